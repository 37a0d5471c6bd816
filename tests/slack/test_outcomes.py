"""What was done with a request, recorded from Slack: the card's "What was done?", the note form,
App Home's list of answers still waiting, counsel's decision, and the one reminder."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from slack_sdk import WebClient

from bot.audit.outcomes import latest_outcomes
from bot.audit.records import LogFilter
from bot.slack.reminders import OutcomeReminders
from tests.conftest import fixed_clock
from tests.slack import payloads
from tests.slack.conftest import Server
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack
from tests.slack.test_followups import _wait_rows


def _outcome_select(blocks: list[dict[str, object]]) -> dict[str, object]:
    [block] = [b for b in blocks if str(b.get("block_id", "")).startswith("outcome_")]
    select = block["elements"][0]  # type: ignore[index]
    assert isinstance(select, dict)
    return select


def _ask(
    server: Server, fake_slack: FakeSlack, text: str, ts: str, user: str = "U1"
) -> tuple[str, list[dict[str, object]]]:
    before = len(fake_slack.of("chat.postMessage"))
    server.event(payloads.mention(text, ts=ts, user=user), headers=None)
    post = fake_slack.wait_for("chat.postMessage", count=before + 1)[-1]
    row = next(r for r in server.audit.list(LogFilter(kind="query", user_id=user)) if r["event_id"].endswith(ts))
    return str(row["query_id"]), post.args["blocks"]


def test_one_tap_on_the_card_records_what_was_done(server: Server, fake_slack: FakeSlack) -> None:
    query_id, blocks = _ask(server, fake_slack, payloads.DETAINER, "1700000070.1")
    select = _outcome_select(blocks)
    values = [o["value"] for o in select["options"]]  # type: ignore[index,union-attr]
    assert values == [f"{query_id} {v}" for v in ("declined", "fulfilled", "referred", "pending")]

    server.form(payloads.select_action(select["action_id"], f"{query_id} pending", fake_slack.response_url("o1")))  # type: ignore[arg-type]
    [said] = fake_slack.wait_for("response_url")
    assert "Still pending" in said.args["text"] and query_id in said.args["text"]
    server.form(payloads.select_action(select["action_id"], f"{query_id} fulfilled", fake_slack.response_url("o2")))  # type: ignore[arg-type]
    fake_slack.wait_for("response_url", count=2)
    rows = _wait_rows(server, "outcome", count=2)
    assert {r["parent_query_id"] for r in rows} == {query_id} and {r["user_id"] for r in rows} == {"U1"}
    assert latest_outcomes(server.audit)[query_id]["outcome"] == "fulfilled"
    assert server.audit.verify()[0]


def test_the_note_form_records_a_masked_note_and_refuses_no_choice(server: Server, fake_slack: FakeSlack) -> None:
    query_id, blocks = _ask(server, fake_slack, payloads.DETAINER, "1700000071.1")
    [block] = [b for b in blocks if str(b.get("block_id", "")).startswith("outcome_")]
    note_button = block["elements"][1]  # type: ignore[index]
    server.form(payloads.block_action(note_button["action_id"], note_button["value"], fake_slack.response_url()))
    [opened] = fake_slack.wait_for("views.open")
    view = opened.args["view"]
    assert view["callback_id"] == "record_outcome" and query_id in view["private_metadata"]

    empty = server.form(
        payloads.view_submission("record_outcome", payloads.select("outcome", None), view["private_metadata"])
    )
    assert empty.json()["response_action"] == "errors" and set(empty.json()["errors"]) == {"outcome"}
    values = {
        **payloads.select("outcome", "referred"),
        **payloads.text_input("note", "agent Smith called, DOB 1/2/1990"),
    }
    server.form(payloads.view_submission("record_outcome", values, view["private_metadata"], view_id="VOUT1"))
    [row] = _wait_rows(server, "outcome")
    assert row["outcome"] == "referred" and row["event_id"] == "slack:outcome:VOUT1"
    assert "1/2/1990" not in row["summary"] and "[DATE]" in row["summary"]
    dm = fake_slack.wait_for("chat.postMessage", count=2)[-1]
    assert dm.args["channel"] == "U1" and "Referred to Legal Bureau" in dm.args["text"]


def test_app_home_lists_answers_without_an_outcome_and_records_from_there(
    server: Server, fake_slack: FakeSlack
) -> None:
    first, _ = _ask(server, fake_slack, payloads.DETAINER, "1700000072.1", user="U7")
    second, _ = _ask(
        server, fake_slack, "the FBI wants our arrest report for a bank robbery", "1700000072.2", user="U7"
    )
    server.event(payloads.home_opened(user="U7"))
    [published] = fake_slack.wait_for("views.publish")
    waiting = [
        b["block_id"] for b in published.args["view"]["blocks"] if str(b.get("block_id", "")).startswith("outcome_")
    ]
    assert sorted(waiting) == sorted([f"outcome_{first}", f"outcome_{second}"])

    server.form(payloads.select_action("record_outcome", f"{first} declined", "", user="U7", home=True))
    republished = fake_slack.wait_for("views.publish", count=2)[-1]
    shown = json.dumps(republished.args["view"])
    assert f"outcome_{first}" not in shown and f"outcome_{second}" in shown
    dm = next(p for p in fake_slack.of("chat.postMessage") if p.args["channel"] == "U7")
    assert "Declined" in dm.args["text"]


@pytest.mark.slack_settings(counsel="UCOUNSEL")
def test_counsel_can_record_the_outcome_with_the_decision(server: Server, fake_slack: FakeSlack) -> None:
    query_id, _ = _ask(server, fake_slack, payloads.DETAINER, "1700000073.1")
    metadata = json.dumps({"query_id": query_id, "channel": "C1", "thread_ts": "1700000073.1"})
    values = {
        **payloads.select("verdict", "prohibited"),
        **payloads.text_input("note", "Administrative warrant only; decline."),
        **payloads.select("outcome", "declined"),
    }
    server.form(payloads.view_submission("counsel_decision", values, metadata, view_id="VC2", user="UCOUNSEL"))
    [row] = _wait_rows(server, "outcome")
    assert row["parent_query_id"] == query_id and row["user_id"] == "UCOUNSEL" and row["outcome"] == "declined"
    [decision] = _wait_rows(server, "counsel_decision")
    assert decision["verdict"] == "prohibited"  # the decision is recorded as before, the outcome beside it


def test_one_reminder_per_answer_however_many_workers_look(server: Server, fake_slack: FakeSlack) -> None:
    waiting, _ = _ask(server, fake_slack, payloads.DETAINER, "1700000074.1", user="U5")
    done, _ = _ask(server, fake_slack, "the FBI wants our arrest report for a bank robbery", "1700000074.2", user="U5")
    server.form(payloads.select_action("record_outcome", f"{done} fulfilled", fake_slack.response_url(), user="U5"))
    _wait_rows(server, "outcome")
    client = WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
    two_hours_on = lambda: fixed_clock() + dt.timedelta(hours=2)  # noqa: E731  (answers are stamped fixed_clock)
    workers = [OutcomeReminders(server.audit, client, dt.timedelta(hours=1), two_hours_on) for _ in range(2)]
    assert sum(worker.tick() for worker in workers + workers) == 1
    rows_after_first_round = server.audit.count()
    assert workers[0].tick() == 0 and server.audit.count() == rows_after_first_round  # reminded once, not again
    [reminder] = [p for p in fake_slack.of("chat.postMessage") if p.args["channel"] == "U5"]
    assert waiting[:8] in reminder.args["text"] and _outcome_select(reminder.args["blocks"])
    [claimed] = server.audit.list(LogFilter(kind="reminder"))
    assert claimed["parent_query_id"] == waiting and claimed["user_id"] == "U5"
    # not yet due: nobody is reminded of an answer younger than the configured time
    later, _ = _ask(server, fake_slack, payloads.DETAINER, "1700000074.3", user="U5")
    assert OutcomeReminders(server.audit, client, dt.timedelta(hours=1), fixed_clock).tick() == 0
    assert OutcomeReminders(server.audit, client, dt.timedelta(hours=1), two_hours_on).tick() == 1
    assert {r["parent_query_id"] for r in server.audit.list(LogFilter(kind="reminder"))} == {waiting, later}


def test_a_request_handled_without_asking_is_recorded_and_checked_against_the_rules(
    server: Server, fake_slack: FakeSlack
) -> None:
    shortcut = {"type": "shortcut", "callback_id": "record_request", "trigger_id": "trig-r", "team": {"id": "T1"}}
    server.form(payloads.interaction({**shortcut, "user": {"id": "U3"}}))
    [opened] = fake_slack.wait_for("views.open")
    view = opened.args["view"]
    assert view["callback_id"] == "record_request"
    assert {b.get("block_id") for b in view["blocks"]} >= {"agency", "asks", "warrant", "outcome", "note"}

    chosen = {
        **payloads.select("agency", "ice_ero"),
        **payloads.multi_select("asks", ["hold"]),
        **payloads.select("warrant", "detainer_only"),
        **payloads.text_input("details", "ERO asked us to keep [[Juan Perez]] past release"),
    }
    refused = server.form(payloads.view_submission("record_request", chosen, user="U3"))
    assert refused.json()["errors"] == {"outcome": "Choose what was done."}
    assert server.audit.list(LogFilter(kind="query")) == []

    done = {**chosen, **payloads.select("outcome", "fulfilled"), **payloads.text_input("note", "sgt said ok")}
    server.form(payloads.view_submission("record_request", done, view_id="VREC1", user="U3"))
    [outcome] = _wait_rows(server, "outcome")
    [query] = server.audit.list(LogFilter(kind="query"))
    assert query["source"] == "slack-record" and query["event_id"] == "slack:record:VREC1"
    assert query["verdict"] == "prohibited" and "Juan Perez" not in query["question_masked"]
    assert outcome["parent_query_id"] == query["query_id"] and outcome["outcome"] == "fulfilled"
    [dm] = [p for p in fake_slack.wait_for("chat.postMessage") if p.args["channel"] == "U3"]
    shown = json.dumps(dm.args["blocks"])
    assert "Recorded in the register" in shown and "flagged for the review committee" in shown
    assert "outcome_" not in shown  # already recorded: no second "What was done?"
