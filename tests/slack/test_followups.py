"""The intake form, feedback, escalation to counsel and counsel's decision, App Home."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bot.audit.records import LogFilter
from tests.conftest import AFTER_INSTALL
from tests.slack import payloads
from tests.slack.conftest import COUNSEL_CHANNEL, Server
from tests.slack.fake_slack import FakeSlack


def _form_values(**chosen: object) -> dict[str, object]:
    values: dict[str, object] = {}
    for block in ("agency", "warrant", "purpose", "conviction", "tsdb_match", "prior_removal_reentry"):
        values.update(payloads.select(block, chosen.get(block)))  # type: ignore[arg-type]
    values.update(payloads.multi_select("asks", list(chosen.get("asks", []))))  # type: ignore[call-overload]
    values.update(payloads.text_input("details", chosen.get("details")))  # type: ignore[arg-type]
    values.update(payloads.checkboxes("private", ["private"] if chosen.get("private") else []))
    return values


def _wait_rows(server: Server, kind: str, count: int = 1) -> list[dict[str, object]]:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        rows = server.audit.list(LogFilter(kind=kind))
        if len(rows) >= count:
            return rows
        time.sleep(0.05)
    raise AssertionError(f"expected {count} {kind} row(s)")


def test_form_with_missing_fields_returns_inline_errors_and_logs_nothing(server: Server, fake_slack: FakeSlack) -> None:
    values = _form_values(agency="ice_ero")  # no asks, no warrant
    response = server.form(payloads.view_submission("intake_form", values))
    assert response.status_code == 200
    errors = response.json()
    assert errors["response_action"] == "errors"
    assert set(errors["errors"]) == {"asks", "warrant"}
    fake_slack.settle(0.5)
    assert server.audit.matching(AFTER_INSTALL) == 0 and fake_slack.of("chat.postMessage") == []


def test_form_answers_feed_the_facts_directly(server: Server, fake_slack: FakeSlack) -> None:
    # The free text says nothing decisive; the chosen facts decide.
    values = _form_values(
        agency="ice_ero", asks=["notify_release"], warrant="administrative", details="they emailed about [[Juan Perez]]"
    )
    metadata = json.dumps({"channel": "C7", "thread_ts": "1700000010.1"})
    response = server.form(payloads.view_submission("intake_form", values, metadata, view_id="VFORM1"))
    assert response.status_code == 200 and response.text == ""
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["channel"] == "C7" and post.args["thread_ts"] == "1700000010.1"
    [row] = server.audit.list(LogFilter(kind="query"))
    assert row["source"] == "slack-form" and row["event_id"] == "slack:form:VFORM1"
    facts = row["facts"]
    assert facts["agency"] == "ice_ero" and facts["asks"] == ["notify_release"]
    assert facts["warrant"] == "administrative"
    assert facts["evidence"]["agency"].startswith("intake form")
    assert row["verdict"] == "prohibited"
    assert "Juan Perez" not in row["question_masked"] and "marked_name" in row["mask_kinds"]


def test_private_form_answer_is_ephemeral(server: Server, fake_slack: FakeSlack) -> None:
    values = _form_values(
        agency="fbi", asks=["share_records"], warrant="none", purpose="criminal_investigation", private=True
    )
    server.form(payloads.view_submission("intake_form", values, json.dumps({"channel": "C8"}), view_id="VFORM2"))
    [post] = fake_slack.wait_for("chat.postEphemeral")
    assert post.args["channel"] == "C8" and post.args["user"] == "U1"
    assert fake_slack.of("chat.postMessage") == []


def test_form_from_app_home_answers_in_the_dm(server: Server, fake_slack: FakeSlack) -> None:
    values = _form_values(agency="ice_ero", asks=["hold"], warrant="detainer_only")
    server.form(payloads.view_submission("intake_form", values, "", view_id="VFORM3", user="U5"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["channel"] == "U5"


def test_needs_info_card_offers_a_prefilled_form_and_its_answer_links_back(
    server: Server, fake_slack: FakeSlack
) -> None:
    server.event(payloads.mention("ICE wants us to hold him past his release", ts="1700000020.1"))
    [post] = fake_slack.wait_for("chat.postMessage")
    [first] = server.audit.list(LogFilter(kind="query"))
    assert first["verdict"] == "needs_info"
    button = next(b for b in post.args["blocks"] if b.get("block_id") == "answer_questions")["elements"][0]

    server.form(
        payloads.block_action(button["action_id"], button["value"], fake_slack.response_url(), thread_ts="1700000020.1")
    )
    [opened] = fake_slack.wait_for("views.open")
    view = opened.args["view"]
    asks = next(b for b in view["blocks"] if b.get("block_id") == "asks")["element"]
    assert [o["value"] for o in asks.get("initial_options", [])] == ["hold"], (first["facts"], asks.keys())
    metadata = json.loads(view["private_metadata"])
    assert metadata == {"channel": "C1", "thread_ts": "1700000020.1", "parent_query_id": first["query_id"]}

    values = _form_values(agency="ice", asks=["hold"], warrant="judicial_criminal", purpose="criminal_investigation")
    server.form(payloads.view_submission("intake_form", values, view["private_metadata"], view_id="VFOLLOW"))
    fake_slack.wait_for("chat.postMessage", count=2)
    follow_up = _wait_rows(server, "query", 2)[0]
    assert follow_up["parent_query_id"] == first["query_id"]


def test_the_prefilled_form_holds_only_what_the_officer_said(server: Server, fake_slack: FakeSlack) -> None:
    """A presumed purpose shown as a choice would become the officer's own with one tap."""
    server.event(payloads.mention("The FBI wants copies of our reports on him", ts="1700000025.1"))
    [post] = fake_slack.wait_for("chat.postMessage")
    [first] = server.audit.list(LogFilter(kind="query"))
    assert (first["verdict"], first["rule_id"]) == ("needs_info", "R-confirm")
    assert first["facts"]["purpose"] == "criminal_investigation"  # presumed from the agency
    button = next(b for b in post.args["blocks"] if b.get("block_id") == "answer_questions")["elements"][0]
    server.form(
        payloads.block_action(button["action_id"], button["value"], fake_slack.response_url(), thread_ts="1700000025.1")
    )
    [opened] = fake_slack.wait_for("views.open")
    fields = {b.get("block_id"): b.get("element", {}) for b in opened.args["view"]["blocks"]}
    assert fields["agency"]["initial_option"]["value"] == "fbi"
    assert [o["value"] for o in fields["asks"]["initial_options"]] == ["share_records"]
    assert "initial_option" not in fields["purpose"]


def test_feedback_is_a_linked_row_once_per_officer(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention(payloads.DETAINER, ts="1700000030.1"))
    fake_slack.wait_for("chat.postMessage")
    [query] = server.audit.list(LogFilter(kind="query"))
    for _ in range(2):
        server.form(payloads.block_action("feedback_wrong", query["query_id"], fake_slack.response_url("fb")))
    replies = sorted(reply.args["text"] for reply in fake_slack.wait_for("response_url", count=2))
    # the two clicks are handled in parallel: either may be the one that counts
    assert [("already" in text, "recorded" in text) for text in replies] == [(False, True), (True, False)]
    [feedback] = server.audit.list(LogFilter(kind="feedback"))
    assert feedback["parent_query_id"] == query["query_id"] and feedback["summary"] == "wrong"
    assert feedback["user_id"] == "U1"


@pytest.mark.slack_settings(counsel="UCOUNSEL")
def test_escalation_reaches_counsel_and_counsels_decision_is_logged_and_posted(
    server: Server, fake_slack: FakeSlack
) -> None:
    server.event(payloads.mention(payloads.DETAINER, ts="1700000040.1"))
    fake_slack.wait_for("chat.postMessage")
    [query] = server.audit.list(LogFilter(kind="query"))

    server.form(
        payloads.block_action(
            "escalate_to_counsel", query["query_id"], fake_slack.response_url(), thread_ts="1700000040.1"
        )
    )
    posts = fake_slack.wait_for("chat.postMessage", count=3)
    to_counsel = next(p for p in posts if p.args["channel"] == COUNSEL_CHANNEL)
    assert query["query_id"] in to_counsel.args["text"]
    notice = next(p for p in posts[1:] if p.args["channel"] == "C1")
    assert notice.args["thread_ts"] == "1700000040.1" and "counsel" in notice.args["text"]
    [escalation] = server.audit.list(LogFilter(kind="escalation"))
    assert escalation["parent_query_id"] == query["query_id"]
    [case] = fake_slack.wait_for("webhook")  # a copy for counsel's case system
    assert case.args["query_id"] == query["query_id"] and case.args["escalated_by"] == "U1"
    assert case.args["question_masked"] == query["question_masked"] and case.args["verdict"] == query["verdict"]

    decide = next(b for b in to_counsel.args["blocks"] if b.get("block_id") == "counsel")["elements"][0]
    server.form(
        payloads.block_action(
            decide["action_id"], decide["value"], fake_slack.response_url(), channel=COUNSEL_CHANNEL, user="UCOUNSEL"
        )
    )
    [opened] = fake_slack.wait_for("views.open")
    metadata = opened.args["view"]["private_metadata"]

    missing = server.form(
        payloads.view_submission(
            "counsel_decision",
            {**payloads.select("verdict", "escalate"), **payloads.text_input("note", "")},
            metadata,
            user="UCOUNSEL",
        )
    )
    assert set(missing.json()["errors"]) == {"note"}

    values = {
        **payloads.select("verdict", "prohibited"),
        **payloads.text_input("note", "Administrative warrant only; decline."),
    }
    server.form(payloads.view_submission("counsel_decision", values, metadata, view_id="VCOUNSEL", user="UCOUNSEL"))
    posts = fake_slack.wait_for("chat.postMessage", count=4)
    decision_post = posts[-1]
    assert decision_post.args["channel"] == "C1" and decision_post.args["thread_ts"] == "1700000040.1"
    assert "Counsel's decision" in decision_post.args["text"]
    [decision] = _wait_rows(server, "counsel_decision")
    assert decision["parent_query_id"] == query["query_id"]
    assert decision["verdict"] == "prohibited" and decision["user_id"] == "UCOUNSEL"
    assert server.audit.verify()[0]

    # escalating the same answer again does not post a second case
    server.form(payloads.block_action("escalate_to_counsel", query["query_id"], fake_slack.response_url("again")))
    [again] = fake_slack.wait_for("response_url")
    assert "already" in again.args["text"]
    assert len(server.audit.list(LogFilter(kind="escalation"))) == 1


def test_home_tab_shows_own_recent_questions_and_kb_version(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention(payloads.DETAINER, ts="1700000050.1", user="U9"))
    server.event(payloads.mention("the FBI wants our arrest report for a bank robbery", ts="1700000050.2", user="U2"))
    fake_slack.wait_for("chat.postMessage", count=2)
    server.event(payloads.home_opened(user="U9"))
    [published] = fake_slack.wait_for("views.publish")
    assert published.args["user_id"] == "U9"
    shown = json.dumps(published.args["view"])
    assert "prohibited" in shown and "bank robbery" not in shown
    assert server.app.pipeline.knowledge.version in shown


@pytest.mark.slack_settings(counsel="UCOUNSEL")
def test_only_configured_counsel_may_record_a_decision(server: Server, fake_slack: FakeSlack) -> None:
    case = 'q-1 {"channel": "C1", "thread_ts": "1.1"}'
    server.form(payloads.block_action("counsel_decide", case, fake_slack.response_url("deny"), user="U1"))
    [denied] = fake_slack.wait_for("response_url")
    assert "Only counsel" in denied.args["text"]
    assert fake_slack.of("views.open") == []
    values = {**payloads.select("verdict", "permitted"), **payloads.text_input("note", "fine")}
    metadata = json.dumps({"query_id": "q-1", "channel": "C1", "thread_ts": "1.1"})
    refused = server.form(payloads.view_submission("counsel_decision", values, metadata, user="U1"))
    assert refused.json()["response_action"] == "errors"
    fake_slack.settle(0.5)
    assert server.audit.matching(AFTER_INSTALL) == 0


def test_with_no_counsel_configured_nobody_records_a_decision(server: Server, fake_slack: FakeSlack) -> None:
    case = 'q-1 {"channel": "C1", "thread_ts": "1.1"}'
    server.form(payloads.block_action("counsel_decide", case, fake_slack.response_url("none"), user="U1"))
    [denied] = fake_slack.wait_for("response_url")
    assert "No counsel is configured" in denied.args["text"] and "TRIAGE_COUNSEL" in denied.args["text"]
    values = {**payloads.select("verdict", "permitted"), **payloads.text_input("note", "fine")}
    metadata = json.dumps({"query_id": "q-1", "channel": "C1", "thread_ts": "1.1"})
    refused = server.form(payloads.view_submission("counsel_decision", values, metadata, user="U1"))
    assert "TRIAGE_COUNSEL" in json.dumps(refused.json()["errors"])
    fake_slack.settle(0.5)
    assert server.audit.matching(AFTER_INSTALL) == 0


@pytest.mark.slack_settings(slack_counsel_channel=None)
def test_escalation_without_a_counsel_channel_tells_the_officer_what_to_do(
    server: Server, fake_slack: FakeSlack
) -> None:
    server.form(payloads.block_action("escalate_to_counsel", "q-1", fake_slack.response_url("nocounsel")))
    [reply] = fake_slack.wait_for("response_url")
    assert "Legal Bureau" in reply.args["text"]
    assert fake_slack.of("chat.postMessage") == []


@pytest.mark.slack_settings(counsel="UC")
def test_escalating_a_private_answer_keeps_it_private(server: Server, fake_slack: FakeSlack) -> None:
    server.form(payloads.slash_command(payloads.DETAINER, fake_slack.response_url("cmd"), trigger_id="trig-priv"))
    fake_slack.wait_for("response_url")
    [query] = _wait_rows(server, "query")
    server.form(
        payloads.block_action(
            "escalate_to_counsel", query["query_id"], fake_slack.response_url("esc"), channel="C1", ephemeral=True
        )
    )
    [to_counsel] = fake_slack.wait_for("chat.postMessage")
    assert to_counsel.args["channel"] == COUNSEL_CHANNEL
    [_, notice] = fake_slack.wait_for("response_url", count=2)
    assert "direct messages" in notice.args["text"]

    decide = next(b for b in to_counsel.args["blocks"] if b.get("block_id") == "counsel")["elements"][0]
    server.form(payloads.block_action(decide["action_id"], decide["value"], fake_slack.response_url(), user="UC"))
    [opened] = fake_slack.wait_for("views.open")
    values = {**payloads.select("verdict", "escalate"), **payloads.text_input("note", "Call me.")}
    server.form(
        payloads.view_submission("counsel_decision", values, opened.args["view"]["private_metadata"], user="UC")
    )
    [_, decision] = fake_slack.wait_for("chat.postMessage", count=2)
    assert decision.args["channel"] == "U1" and decision.args.get("thread_ts") is None
    fake_slack.settle(0.3)
    assert all(call.args.get("channel") != "C1" for call in fake_slack.of("chat.postMessage"))


def test_the_form_cannot_hide_an_ask_the_details_make(server: Server, fake_slack: FakeSlack) -> None:
    # The officer ticks only "share records"; the details also ask for a hold.
    values = _form_values(
        agency="ice_ero",
        asks=["share_records"],
        warrant="detainer_only",
        details="ICE ERO asks us to hold him past release on a detainer and also to send them his rap sheet",
    )
    server.form(payloads.view_submission("intake_form", values, json.dumps({"channel": "C1"}), view_id="VUNION"))
    fake_slack.wait_for("chat.postMessage")
    [row] = _wait_rows(server, "query")
    assert set(row["facts"]["asks"]) >= {"hold", "share_records"}
    assert row["verdict"] == "prohibited"


def test_a_form_choice_that_contradicts_the_details_is_asked_about_not_guessed(
    server: Server, fake_slack: FakeSlack
) -> None:
    values = _form_values(
        agency="ice_ero",
        asks=["hold"],
        warrant="judicial_criminal",
        purpose="criminal_investigation",
        details="all they gave us is an I-200 administrative warrant signed by an ICE officer",
    )
    server.form(payloads.view_submission("intake_form", values, json.dumps({"channel": "C1"}), view_id="VCONFLICT"))
    fake_slack.wait_for("chat.postMessage")
    [row] = _wait_rows(server, "query")
    assert row["facts"]["warrant"] == "unknown"
    assert "which is it" in row["facts"]["evidence"]["warrant"]
    assert row["verdict"] in {"needs_info", "escalate"}


def test_a_form_opened_from_slash_command_answers_privately(server: Server, fake_slack: FakeSlack) -> None:
    server.form(payloads.slash_command("", fake_slack.response_url(), trigger_id="trig-private-form", channel="C2"))
    [opened] = fake_slack.wait_for("views.open")
    metadata = opened.args["view"]["private_metadata"]
    assert json.loads(metadata)["private"] is True
    values = _form_values(agency="ice_ero", asks=["hold"], warrant="detainer_only")
    server.form(payloads.view_submission("intake_form", values, metadata, view_id="VPRIV"))
    [post] = fake_slack.wait_for("chat.postEphemeral")
    assert post.args["channel"] == "C2" and post.args["user"] == "U1"
    assert fake_slack.of("chat.postMessage") == []


def test_a_private_answer_where_the_bot_is_not_a_member_goes_to_the_dm(server: Server, fake_slack: FakeSlack) -> None:
    fake_slack.fail["chat.postEphemeral"] = "not_in_channel"
    values = _form_values(agency="ice_ero", asks=["hold"], warrant="detainer_only", private=True)
    server.form(payloads.view_submission("intake_form", values, json.dumps({"channel": "C9"}), view_id="VDM"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["channel"] == "U1"
    fake_slack.settle(0.3)
    assert server.audit.list(LogFilter(kind="delivery")) == []


def test_an_escalation_whose_post_to_counsel_failed_can_be_sent_again(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention(payloads.DETAINER, ts="1700000090.1"))
    fake_slack.wait_for("chat.postMessage")
    [query] = _wait_rows(server, "query")
    fake_slack.fail["chat.postMessage"] = "channel_not_found"
    server.form(payloads.block_action("escalate_to_counsel", query["query_id"], fake_slack.response_url("e1")))
    [failed] = _wait_rows(server, "delivery")
    assert failed["channel_id"] == COUNSEL_CHANNEL

    del fake_slack.fail["chat.postMessage"]
    server.form(payloads.block_action("escalate_to_counsel", query["query_id"], fake_slack.response_url("e2")))
    deadline = time.monotonic() + 10
    while not [p for p in fake_slack.of("chat.postMessage") if p.args["channel"] == COUNSEL_CHANNEL][1:]:
        assert time.monotonic() < deadline, "the case was not posted to counsel again"
        time.sleep(0.05)
    server.form(payloads.block_action("escalate_to_counsel", query["query_id"], fake_slack.response_url("e3")))
    [third] = [c for c in fake_slack.wait_for("response_url") if c.args.get("text", "").startswith("This answer")]
    assert "already with counsel" in third.args["text"]


def test_with_the_log_database_broken_the_officer_gets_no_verdict_and_no_internals(
    server: Server, fake_slack: FakeSlack, data_dir: Path
) -> None:
    server.app.services.engine.dispose()
    for path in data_dir.glob("audit.db*"):
        path.unlink()
    (data_dir / "audit.db").write_bytes(b"this is not a database " * 200)
    server.event(payloads.mention(payloads.DETAINER, ts="1700000095.1"))
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["text"].startswith("No verdict")
    assert not any(b.get("block_id") == "verdict" for b in post.args["blocks"])
    sent = json.dumps([call.args for call in fake_slack.calls])
    assert "SQL" not in sent and "DatabaseError" not in sent and "audit.db" not in sent

    server.event(payloads.home_opened(user="U1"))
    fake_slack.wait_for("views.publish")  # App Home still opens, without recent questions


@pytest.mark.slack_settings(counsel="UCOUNSEL")
def test_counsel_sees_the_review_queue_in_app_home_and_decides_from_it(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.mention(payloads.DETAINER, ts="1700000120.1", user="U3"))
    fake_slack.wait_for("chat.postMessage")
    [query] = _wait_rows(server, "query")
    server.form(payloads.block_action("feedback_wrong", query["query_id"], fake_slack.response_url("w1"), user="U3"))
    _wait_rows(server, "feedback")

    server.event(payloads.home_opened(user="U3"))  # an officer: no queue, even their own flag
    [officer_home] = fake_slack.wait_for("views.publish")
    assert "Review queue" not in json.dumps(officer_home.args["view"])

    server.event(payloads.home_opened(user="UCOUNSEL"))
    counsel_home = fake_slack.wait_for("views.publish", count=2)[1]
    blocks = counsel_home.args["view"]["blocks"]
    assert any(b.get("text", {}).get("text") == "Review queue: 1 open" for b in blocks)
    [item] = [b for b in blocks if b.get("accessory", {}).get("action_id") == "counsel_decide"]
    assert "marked wrong" in item["text"]["text"] and "R2a-civil-paperwork" in item["text"]["text"]
    assert [r["user_id"] for r in server.audit.list(LogFilter(kind="review_read"))] == ["UCOUNSEL"]

    value = item["accessory"]["value"]
    assert value.startswith(query["query_id"] + " ")
    server.form(payloads.block_action("counsel_decide", value, fake_slack.response_url("d1"), user="UCOUNSEL"))
    [opened] = fake_slack.wait_for("views.open")
    metadata = json.loads(opened.args["view"]["private_metadata"])
    assert metadata["query_id"] == query["query_id"] and metadata["channel"] == "U3"  # to the officer's DM


def test_a_case_the_webhook_never_took_is_logged_and_the_escalation_stands(
    server: Server, fake_slack: FakeSlack
) -> None:
    fake_slack.transient["webhook"] = [500, 500, 500]
    server.event(payloads.mention(payloads.DETAINER, ts="1700000090.1"))
    fake_slack.wait_for("chat.postMessage")
    [query] = server.audit.list(LogFilter(kind="query"))
    server.form(
        payloads.block_action(
            "escalate_to_counsel", query["query_id"], fake_slack.response_url(), thread_ts="1700000090.1"
        )
    )
    posts = fake_slack.wait_for("chat.postMessage", count=3)
    assert any(p.args["channel"] == COUNSEL_CHANNEL for p in posts)  # counsel still has the case
    [failed] = _wait_rows(server, "delivery")
    assert failed["parent_query_id"] == query["query_id"] and failed["channel_id"] == "webhook"
    assert failed["outcome"] == "error" and "HTTP 500" in str(failed["error"])
    assert len(fake_slack.of("webhook")) == 3
    assert server.audit.verify()[0]
