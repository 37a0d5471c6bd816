"""A practice round in Slack, through real signed requests: `/triage practice` (or "practice" in
a DM) posts a scenario with four answers; an answer is recorded as a `training` row, then the
message shows the grade, why and the teaching passage verbatim; the last one shows the score.
No row, no grade."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.audit.records import AuditRecord, AuditUnavailable, LogFilter
from bot.audit.report import build_report
from bot.practice import NoTraining, Practice, Round
from bot.rules import Verdict
from bot.slack.practice import ACTION_PRACTICE_NEXT, ACTION_PRACTICE_START, CONTROLS_BLOCK, NOT_RECORDED
from bot.training import Scenario, parse_bank, read_bank_files, teaching_passage
from tests.conftest import KNOWLEDGE
from tests.slack import payloads
from tests.slack.conftest import Server
from tests.slack.fake_slack import Call, FakeSlack

BANK = {s.id: s for s in parse_bank(read_bank_files(KNOWLEDGE), KNOWLEDGE)[0]}
OFFICER = "U3"
ANSWERS = ["Permitted", "Prohibited", "Escalate", "Needs info"]


def _press(
    server: Server,
    fake_slack: FakeSlack,
    button: dict[str, Any],
    user: str = OFFICER,
    message: dict[str, Any] | None = None,
    home: bool = False,
) -> None:
    """A tap on a button in the officer's DM with the bot (or in App Home), as Slack sends it."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "trigger_id": f"trig-{time.monotonic_ns()}",
        "team": {"id": payloads.TEAM},
        "user": {"id": user},
        "actions": [{**button, "block_id": "b", "type": "button", "action_ts": str(time.time())}],
    }
    if home:
        payload.update(container={"type": "view", "view_id": "VHOME"}, view={"id": "VHOME", "type": "home"})
    else:
        ts = str((message or {}).get("ts") or "1700000900.000100")
        payload.update(
            response_url=fake_slack.response_url(f"p{time.monotonic_ns()}"),
            channel={"id": "D3"},
            container={"type": "message", "channel_id": "D3", "message_ts": ts, "is_ephemeral": False},
            message={"ts": ts, "text": "practice", **(message or {})},
        )
    assert server.form(payloads.interaction(payload)).status_code == 200


def _buttons(blocks: list[dict[str, Any]], block_id: str) -> list[dict[str, Any]]:
    [block] = [b for b in blocks if b.get("block_id") == block_id]
    return list(block["elements"])


def _scenario_posted(fake_slack: FakeSlack, count: int) -> tuple[Call, Round, int, Scenario]:
    post = fake_slack.wait_for("chat.postMessage", count=count)[count - 1]
    answers = _buttons(post.args["blocks"], "practice_answer")
    index, _, token = answers[0]["value"].partition(" ")
    round_ = Round.from_token(token)
    return post, round_, int(index), BANK[round_.scenario_ids[int(index)]]


def _answer(server: Server, fake_slack: FakeSlack, post: Call, verdict: Verdict) -> Call:
    """Tap one of the four answers on a posted scenario; Slack's next response_url call."""
    before = len(fake_slack.of("response_url"))
    [button] = [b for b in _buttons(post.args["blocks"], "practice_answer") if b["action_id"].endswith(verdict.value)]
    _press(server, fake_slack, button)
    return fake_slack.wait_for("response_url", count=before + 1)[before]


def _wrong(verdict: Verdict) -> Verdict:
    return next(v for v in Verdict if v is not verdict)


def _training_rows(server: Server, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        rows = server.audit.list(LogFilter(kind="training", limit=None))
        if len(rows) >= count:
            return rows
        time.sleep(0.05)
    raise AssertionError(f"expected {count} training row(s)")


def _quoted(blocks: list[dict[str, Any]]) -> str:
    return "".join(
        piece["text"]
        for block in blocks
        if block["type"] == "rich_text"
        for quote in block["elements"]
        for piece in quote["elements"]
    )


def test_a_round_from_the_slash_command_to_its_score(server: Server, fake_slack: FakeSlack) -> None:
    response = server.form(payloads.slash_command("practice", fake_slack.response_url("cmd"), user=OFFICER))
    assert response.status_code == 200 and not response.text  # nothing in the channel: the round is in the DM
    post, round_, index, scenario = _scenario_posted(fake_slack, 1)
    assert post.args["channel"] == OFFICER and index == 0 and len(round_.scenario_ids) == 8
    shown = " ".join(b["text"]["text"] for b in post.args["blocks"] if b["type"] == "section")
    assert "Scenario 1 of 8" in shown and scenario.scenario in shown
    answers = _buttons(post.args["blocks"], "practice_answer")
    assert [b["text"]["text"] for b in answers] == ANSWERS
    assert [b["action_id"] for b in answers] == [
        "practice_answer_permitted",
        "practice_answer_prohibited",
        "practice_answer_escalate",
        "practice_answer_needs_info",
    ]
    [note] = fake_slack.wait_for("response_url")
    assert "direct messages" in note.args["text"] and note.args["response_type"] == "ephemeral"

    # right: recorded first, then the message becomes the feedback, its buttons gone
    feedback = _answer(server, fake_slack, post, scenario.expected_verdict)
    assert feedback.args["replace_original"] is True and feedback.args["text"].startswith("Right.")
    blocks = feedback.args["blocks"]
    assert not [b for b in blocks if b.get("block_id") == "practice_answer"]
    said = " ".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    assert ":white_check_mark: *Right.*" in said and scenario.why in said
    passage = teaching_passage(scenario, server.app.services.kb.load(round_.kb_version).passages)
    assert passage is not None and _quoted(blocks) == passage.text.strip()  # verbatim
    assert passage.authority in said and passage.section in said
    [row] = _training_rows(server, 1)
    assert (row["outcome"], row["user_id"], row["summary"], row["source"]) == ("correct", OFFICER, scenario.id, "slack")
    assert row["verdict"] == scenario.expected_verdict.value and row["facts"]["round"] == round_.round_id
    assert row["event_id"] == f"slack:practice:{round_.round_id}:0:{OFFICER}"

    # "Next scenario" posts scenario 2 and takes itself off the feedback
    [next_button] = _buttons(blocks, CONTROLS_BLOCK)
    assert next_button["action_id"] == ACTION_PRACTICE_NEXT and next_button["text"]["text"] == "Next scenario"
    retired = len(fake_slack.of("response_url"))
    _press(server, fake_slack, next_button, message={"text": feedback.args["text"], "blocks": blocks})
    post, round_two, index, scenario = _scenario_posted(fake_slack, 2)
    assert round_two == round_ and index == 1 and "Scenario 2 of 8" in str(post.args["blocks"])
    kept = fake_slack.wait_for("response_url", count=retired + 1)[retired]
    assert kept.args["replace_original"] is True
    assert [b.get("block_id") for b in kept.args["blocks"]] == [
        b.get("block_id") for b in blocks if b.get("block_id") != CONTROLS_BLOCK
    ]

    # wrong: recorded as wrong, and the expected verdict is said in plain words
    feedback = _answer(server, fake_slack, post, _wrong(scenario.expected_verdict))
    assert feedback.args["text"].startswith("Not quite.")
    said = " ".join(b["text"]["text"] for b in feedback.args["blocks"] if b["type"] == "section")
    assert ":x: *Not quite.*" in said and "*The answer is " in said
    rows = _training_rows(server, 2)
    assert rows[0]["outcome"] == "wrong" and rows[0]["summary"] == scenario.id and rows[0]["user_id"] == OFFICER
    # a second tap on the same scenario (before the message changed) is not a second answer
    again = _answer(server, fake_slack, post, scenario.expected_verdict)
    assert "already answered" in again.args["text"] and again.args["replace_original"] is False
    fake_slack.settle(0.3)
    assert len(server.audit.list(LogFilter(kind="training", limit=None))) == 2

    # the rest of the round, right each time; the last feedback carries the score
    for number in range(3, 9):
        _press(server, fake_slack, _buttons(feedback.args["blocks"], CONTROLS_BLOCK)[0])
        post, _, index, scenario = _scenario_posted(fake_slack, number)
        assert index == number - 1 and f"Scenario {number} of 8" in str(post.args["blocks"])
        feedback = _answer(server, fake_slack, post, scenario.expected_verdict)
    blocks = feedback.args["blocks"]
    score = next(b for b in blocks if b.get("block_id") == "practice_score")
    assert "7 of 8 right" in score["text"]["text"]
    [again_button] = _buttons(blocks, CONTROLS_BLOCK)
    assert again_button["action_id"] == ACTION_PRACTICE_START and again_button["text"]["text"] == "Practice again"
    rows = _training_rows(server, 8)
    assert len(rows) == 8 and {r["facts"]["round"] for r in rows} == {round_.round_id}
    assert sorted(r["outcome"] for r in rows) == ["correct"] * 7 + ["wrong"]

    # "Practice again": a new round in the DM
    _press(server, fake_slack, again_button, message={"text": feedback.args["text"], "blocks": blocks})
    _, new_round, index, _ = _scenario_posted(fake_slack, 9)
    assert index == 0 and new_round.round_id != round_.round_id

    # training is never counted with the questions
    created = dt.datetime.fromisoformat(rows[0]["created_at"]).astimezone(ZoneInfo("America/New_York"))
    quarter = f"{created.year}Q{(created.month - 1) // 3 + 1}"
    report = build_report(quarter, server.audit.stream(LogFilter(limit=None)))
    assert report.questions == 0 and not report.by_verdict
    assert server.audit.list(LogFilter(kind="query")) == []
    assert server.audit.verify()[0]


def test_no_row_no_grade(server: Server, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    # "practice" in a DM starts a round too, and is not a question
    server.event(payloads.direct_message("practice", channel="D3", user=OFFICER))
    post, _, _, scenario = _scenario_posted(fake_slack, 1)
    assert post.args["channel"] == OFFICER
    append = server.audit.append

    def refusing_training(record: AuditRecord) -> dict[str, Any]:
        if record.kind == "training":
            raise AuditUnavailable("the log refuses writes")
        return append(record)

    with monkeypatch.context() as patch:
        patch.setattr(server.audit, "append", refusing_training)
        said = _answer(server, fake_slack, post, scenario.expected_verdict)
    assert said.args["text"] == NOT_RECORDED
    assert "could not be recorded, so it was not graded; try again in a minute" in said.args["text"]
    assert said.args["replace_original"] is False and "blocks" not in said.args  # the scenario stays, no grade
    assert server.audit.list(LogFilter(kind="training")) == [] and server.audit.list(LogFilter(kind="query")) == []
    # a minute later the log takes it: the same buttons now grade the answer
    graded = _answer(server, fake_slack, post, scenario.expected_verdict)
    assert graded.args["text"].startswith("Right.") and graded.args["replace_original"] is True
    assert [r["outcome"] for r in _training_rows(server, 1)] == ["correct"]


def test_nothing_to_practise_is_said_plainly(
    server: Server, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    help_text = server.form(payloads.slash_command("help", fake_slack.response_url("h"))).text
    assert "`/triage practice`" in help_text

    def no_bank(self: Practice, user_id: str, size: int = 8) -> Round:
        raise NoTraining("the active knowledge base (kb-x) has no training scenarios")

    monkeypatch.setattr(Practice, "start", no_bank)
    server.form(payloads.slash_command("practice", fake_slack.response_url("n"), user=OFFICER))
    [said] = fake_slack.wait_for("response_url")
    assert "no practice round to take" in said.args["text"] and said.args["response_type"] == "ephemeral"
    fake_slack.settle(0.3)
    assert fake_slack.of("chat.postMessage") == []


def test_app_home_offers_a_practice_round(server: Server, fake_slack: FakeSlack) -> None:
    server.event(payloads.home_opened(user=OFFICER))
    [published] = fake_slack.wait_for("views.publish")
    button = next(
        e
        for b in published.args["view"]["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e.get("action_id") == ACTION_PRACTICE_START
    )
    assert button["text"]["text"] == "Practice"
    _press(server, fake_slack, {"action_id": button["action_id"], "value": button["value"]}, home=True)
    post, _, index, _ = _scenario_posted(fake_slack, 1)
    assert post.args["channel"] == OFFICER and index == 0
