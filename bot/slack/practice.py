"""A practice round in Slack: `/triage practice` (or "practice" in a DM) and its buttons.

A thin adapter over `bot.practice.Practice`: each scenario is posted in the officer's DM with
four answer buttons whose value carries the round (no state is held between answers). An
answer is recorded first, as a `training` row, and only then graded: the message is replaced
by the feedback (so its buttons are gone), or, when the log cannot take the row, the officer
is told so and shown no grade. One answer per scenario, round and officer: the row's event id
says so, so a retried delivery or a second tap is not recorded twice.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.audit.records import AuditUnavailable, DuplicateEvent
from bot.practice import Feedback, NoTraining, Practice, Round
from bot.rules import Verdict
from bot.slack.cards import Message, quote_block
from bot.slack.delivery import checked, respond_privately, slack_errors_logged
from bot.slack.text import escape_mrkdwn
from bot.training import ROUND_SIZE, Scenario

__all__ = [
    "ACTION_PRACTICE_NEXT",
    "ACTION_PRACTICE_START",
    "ANSWER_ACTIONS",
    "CONTROLS_BLOCK",
    "NOT_RECORDED",
    "SlackPractice",
    "asks_for_practice",
    "feedback_message",
    "scenario_message",
]

log = logging.getLogger(__name__)

Block = dict[str, Any]

ACTION_PRACTICE_NEXT = "practice_next"
ACTION_PRACTICE_START = "practice_start"  # "Practice again", and App Home's "Practice"
# the answer buttons, in the order shown: action id -> the verdict it answers
ANSWER_ACTIONS: dict[str, Verdict] = {
    f"practice_answer_{verdict.value}": verdict
    for verdict in (Verdict.PERMITTED, Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO)
}
CONTROLS_BLOCK = "practice_controls"  # "Next scenario" / "Practice again": retired once pressed

NOT_RECORDED = ":warning: Your answer could not be recorded, so it was not graded; try again in a minute."

_WORDS = {
    Verdict.PERMITTED: "Permitted",
    Verdict.PROHIBITED: "Prohibited",
    Verdict.ESCALATE: "Escalate",
    Verdict.NEEDS_INFO: "Needs info",
}
_MEANING = {
    Verdict.PERMITTED: "the request may be fulfilled, under the rule's conditions",
    Verdict.PROHIBITED: "do not fulfil this request",
    Verdict.ESCALATE: "send it to counsel before acting",
    Verdict.NEEDS_INFO: "the facts that decide it are missing; ask for them before acting",
}
_WORDS_TO_START = frozenset({"practice", "practise"})


def asks_for_practice(text: str) -> bool:
    """`/triage practice`, or "practice" alone in a DM."""
    return text.strip().lower().rstrip(".!") in _WORDS_TO_START


# ---------------------------------------------------------------------------- messages
def _section(text: str, block_id: str) -> Block:
    return {"type": "section", "block_id": block_id, "text": {"type": "mrkdwn", "text": text[:3000]}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:3000]}]}


def _button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _value(round_: Round, index: int) -> str:
    return f"{index} {round_.token()}"


def _read_value(value: str) -> tuple[Round, int]:
    index, _, token = value.partition(" ")
    if not index.isdigit():
        raise NoTraining("that practice button could not be read; start a new round")
    return Round.from_token(token), int(index)


def _scenario_blocks(round_: Round, index: int, scenario: Scenario) -> list[Block]:
    return [
        _section(f":mortar_board: *Practice* · Scenario {index + 1} of {len(round_.scenario_ids)}", "practice_head"),
        _section(escape_mrkdwn(scenario.scenario), "practice_scenario"),
    ]


def scenario_message(round_: Round, index: int, scenario: Scenario) -> Message:
    """One scenario of a round and the four answers."""
    blocks = [
        *_scenario_blocks(round_, index, scenario),
        _context("What would you answer? Your answer is recorded in your training record."),
        {
            "type": "actions",
            "block_id": "practice_answer",
            "elements": [
                _button(_WORDS[verdict], action_id, _value(round_, index))
                for action_id, verdict in ANSWER_ACTIONS.items()
            ],
        },
    ]
    return {"text": f"Practice: scenario {index + 1} of {len(round_.scenario_ids)}", "blocks": blocks}


def _controls(round_: Round, index: int, score: tuple[int, int] | None) -> list[Block]:
    """ "Next scenario", or at the end of the round its score and "Practice again"."""
    if index + 1 < len(round_.scenario_ids):
        button = _button("Next scenario", ACTION_PRACTICE_NEXT, _value(round_, index + 1), "primary")
        return [{"type": "actions", "block_id": CONTROLS_BLOCK, "elements": [button]}]
    said = (
        f"*Round finished: {score[0]} of {score[1]} right.*"
        if score is not None
        else "*Round finished.* (Your score could not be read just now.)"
    )
    again = _button("Practice again", ACTION_PRACTICE_START, "again", "primary")
    return [_section(said, "practice_score"), {"type": "actions", "block_id": CONTROLS_BLOCK, "elements": [again]}]


def feedback_message(round_: Round, index: int, feedback: Feedback, score: tuple[int, int] | None = None) -> Message:
    """The answered scenario: right or not, the expected verdict, why, and the teaching passage verbatim."""
    expected = feedback.scenario.expected_verdict
    if feedback.correct:
        mark, said = ":white_check_mark: *Right.*", f"Right. The answer is {_WORDS[expected]}."
    else:
        mark = f":x: *Not quite.* You answered {_WORDS[feedback.answer]}."
        said = f"Not quite. The answer is {_WORDS[expected]}."
    blocks = [
        *_scenario_blocks(round_, index, feedback.scenario),
        {"type": "divider"},
        _section(f"{mark}\n*The answer is {_WORDS[expected]}:* {_MEANING[expected]}.", "practice_result"),
        _section(f"*Why:* {escape_mrkdwn(feedback.scenario.why)}", "practice_why"),
    ]
    passage = feedback.passage
    if passage is not None:
        heading = f"*{escape_mrkdwn(passage.title)}*: {escape_mrkdwn(passage.section)}  `{passage.authority}`"
        blocks.extend([_section(heading, "practice_passage"), quote_block(passage.text.strip())])
    else:
        teaches = feedback.scenario.teaches
        blocks.append(_context(f"The passage that teaches this ({teaches.authority}, {teaches.section}) is not found."))
    blocks.append(
        _context(
            f"Counsel's rules: {escape_mrkdwn(feedback.rule_title)} · rule `{feedback.rule_id}` · "
            f"KB `{round_.kb_version}` · scenario `{feedback.scenario.id}`"
        )
    )
    blocks.extend(_controls(round_, index, score))
    return {"text": said, "blocks": blocks}


# ---------------------------------------------------------------------------- listeners
def _ack(ack: Ack) -> None:
    ack()


class SlackPractice:
    """Practice rounds in Slack over one `Practice`; SlackTriage hands it `/triage practice` and DMs."""

    def __init__(self, practice: Practice, round_size: int = ROUND_SIZE) -> None:
        self._practice = practice
        self._round_size = round_size

    def register(self, app: App) -> None:
        for action_id in ANSWER_ACTIONS:
            app.action(action_id)(ack=_ack, lazy=[self.on_answer])
        app.action(ACTION_PRACTICE_NEXT)(ack=_ack, lazy=[self.on_next])
        app.action(ACTION_PRACTICE_START)(ack=_ack, lazy=[self.on_start])

    def start(self, user: str, client: WebClient, tell: Callable[[str], None] | None = None) -> bool:
        """Post scenario 1 of a new round in the officer's DM; `tell` says why not (default: a DM)."""
        notify = tell or (lambda text: self._dm(client, user, {"text": text}))
        try:
            round_ = self._practice.start(user, self._round_size)
            scenario = self._practice.scenario(round_, 0)
        except NoTraining as exc:
            notify(f":warning: There is no practice round to take: {exc}.")
            return False
        except AuditUnavailable as exc:  # the officer's earlier misses could not be read
            log.error("no practice round for %s: %s", user, exc)
            notify(":warning: A practice round could not be started (the log is unavailable); try again in a minute.")
            return False
        if self._dm(client, user, scenario_message(round_, 0, scenario)):
            return True
        if tell is not None:
            tell(":warning: Your practice round could not be posted to your direct messages; try again.")
        return False

    def on_start(self, body: dict[str, Any], client: WebClient, respond: Respond | None) -> None:
        _retire_controls(body, respond)
        self.start(str(body["user"]["id"]), client)

    def on_next(self, body: dict[str, Any], client: WebClient, respond: Respond | None) -> None:
        user = str(body["user"]["id"])
        try:
            round_, index = _read_value(str(body["actions"][0]["value"]))
            scenario = self._practice.scenario(round_, index)
        except NoTraining as exc:
            self._dm(client, user, {"text": f":warning: {exc}."})
            return
        _retire_controls(body, respond)
        self._dm(client, user, scenario_message(round_, index, scenario))

    def on_answer(self, body: dict[str, Any], respond: Respond) -> None:
        action = body["actions"][0]
        user = str(body["user"]["id"])
        try:
            round_, index = _read_value(str(action["value"]))
            feedback = self._practice.answer(
                round_,
                index,
                ANSWER_ACTIONS[str(action["action_id"])],
                user_id=user,
                source="slack",
                event_id=f"slack:practice:{round_.round_id}:{index}:{user}",
            )
        except NoTraining as exc:
            _tell(respond, {"text": f":warning: {exc}."})
            return
        except DuplicateEvent:  # a retry, or a second tap before the first was shown
            text = "You already answered this scenario; your first answer stands."
            _tell(
                respond, {"text": text, "blocks": [_section(text, "practice_again"), *_controls(round_, index, None)]}
            )
            return
        except AuditUnavailable as exc:
            log.error("a practice answer of %s was not recorded: %s", user, exc)
            _tell(respond, {"text": NOT_RECORDED})  # the buttons stay: the officer may answer again
            return
        score = None
        if index + 1 >= len(round_.scenario_ids):
            with contextlib.suppress(AuditUnavailable):
                score = self._practice.score(round_, user)
        with slack_errors_logged("response_url"):
            checked(respond(replace_original=True, **feedback_message(round_, index, feedback, score)))

    def _dm(self, client: WebClient, user: str, message: Message) -> bool:
        with slack_errors_logged("chat.postMessage (DM)"):
            client.chat_postMessage(channel=user, **message)
            return True
        return False


def _retire_controls(body: Mapping[str, Any], respond: Respond | None) -> None:
    """Take "Next scenario" / "Practice again" off the message they were pressed on (once is enough)."""
    message = body.get("message") or {}
    blocks = message.get("blocks")
    if respond is None or not blocks:
        return
    kept = [block for block in blocks if block.get("block_id") != CONTROLS_BLOCK]
    with slack_errors_logged("response_url"):
        checked(respond(replace_original=True, text=str(message.get("text") or "Practice"), blocks=kept))


def _tell(respond: Respond, message: Message) -> None:
    """A notice only the officer sees, leaving the message they pressed on as it was."""
    with slack_errors_logged("response_url"):
        respond_privately(respond, message)
