"""Block Kit output and Slack text handling, without a server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.explain import Citation
from bot.facts.model import Agency, Ask, Conviction, Facts, Purpose, StatedFacts, Warrant
from bot.pipeline import Answer, Pipeline
from bot.render import render_text
from bot.slack.cards import VERDICT_STYLE, verdict_card
from bot.slack.text import escape_mrkdwn, plain_text
from bot.slack.views import FormContext, intake_view, read_intake
from tests.conftest import ROOT
from tests.slack import payloads
from tests.slack.fake_slack import block_kit_problem


def _answer(
    verdict: str, quote: str = "Officers must not hold a person on a detainer alone.", **extra: object
) -> Answer:
    fields: dict[str, object] = {
        "query_id": "q-1",
        "verdict": verdict,
        "summary": "Summary with <angle> & ampersand.",
        "action": "Decline.",
        "rule_id": "R1",
        "rule_title": "t",
        "conditions": (),
        "questions": (),
        "citations": (Citation(authority="nyc-ac-9-131", title="Detainers", section="Holds", text=quote, score=1.0),),
        "kb_version": "abc123def456",
        "latency_ms": 12.3,
        "facts": {},
        "prompt_hash": "h",
    }
    fields.update(extra)
    return Answer(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("verdict", sorted(VERDICT_STYLE))
def test_each_verdict_has_its_emoji_label_and_provenance(verdict: str) -> None:
    message = verdict_card(_answer(verdict))
    emoji, label = VERDICT_STYLE[verdict]
    assert message["blocks"][0]["text"]["text"] == f"{emoji} {label}"
    assert message["text"].startswith(label)
    provenance = json.dumps([b for b in message["blocks"] if b.get("block_id") == "provenance"])
    assert "abc123def456" in provenance and "q-1" in provenance and "R1" in provenance
    actions = [e["action_id"] for b in message["blocks"] if b.get("block_id") == "follow_up" for e in b["elements"]]
    assert actions == ["feedback_helpful", "feedback_wrong", "escalate_to_counsel"]
    assert len(message["blocks"]) <= 50


def test_mrkdwn_is_escaped_but_quotes_are_sent_as_rich_text_verbatim() -> None:
    quote = "A <b>tag</b> & *stars* stay exactly as written"
    message = verdict_card(_answer("prohibited", quote))
    summary = next(b for b in message["blocks"] if b.get("block_id") == "summary")
    assert summary["text"]["text"] == "*t*\nSummary with &lt;angle&gt; &amp; ampersand."
    [rich] = [b for b in message["blocks"] if b["type"] == "rich_text"]
    assert rich["elements"][0]["elements"][0]["text"] == quote


def test_a_long_quote_is_split_into_pieces_that_join_to_the_quote() -> None:
    quote = " ".join(f"word{n}" for n in range(1500))
    message = verdict_card(_answer("prohibited", quote))
    [rich] = [b for b in message["blocks"] if b["type"] == "rich_text"]
    pieces = [element["elements"][0]["text"] for element in rich["elements"]]
    assert len(pieces) > 1 and all(len(p) <= 2900 for p in pieces)
    assert "".join(pieces) == quote


def test_needs_info_card_lists_questions_with_a_form_button_and_permitted_lists_conditions() -> None:
    asking = verdict_card(_answer("needs_info", questions=("Who signed the warrant?", "What is it for?")))
    questions = next(b for b in asking["blocks"] if b.get("block_id") == "questions")["text"]["text"]
    assert "1. Who signed the warrant?" in questions and "2. What is it for?" in questions
    assert any(b.get("block_id") == "answer_questions" for b in asking["blocks"])
    allowed = verdict_card(_answer("permitted", conditions=("A judge signed the warrant",)))
    conditions = next(b for b in allowed["blocks"] if b.get("block_id") == "conditions")["text"]["text"]
    assert "A judge signed the warrant" in conditions


@pytest.mark.parametrize(
    ("slack", "plain"),
    [
        ("<@UBOT> hold him?", "hold him?"),
        ("mail <mailto:a@b.gov|a@b.gov> now", "mail a@b.gov now"),
        ("see <https://x.gov/doc|the doc>", "see the doc"),
        ("in <#C1|ops> channel", "in #ops channel"),
        ("<!here> 5 &lt; 6 &amp; &gt;", "5 < 6 & >"),
        ("&lt;@U1&gt; stays literal", "<@U1> stays literal"),
    ],
)
def test_slack_markup_becomes_what_the_officer_saw(slack: str, plain: str) -> None:
    assert plain_text(slack) == plain


def test_escape_mrkdwn_round_trips_with_plain_text() -> None:
    text = "a < b & c > d"
    assert plain_text(escape_mrkdwn(text)) == text


def test_the_intake_form_reads_back_what_it_offers() -> None:
    view = intake_view(FormContext(channel="C1"), {"agency": "hsi", "asks": ["share_records"]})
    state: dict[str, object] = {}
    for block in view["blocks"]:
        element = block.get("element", {})
        if element.get("initial_option"):
            state.update(payloads.select(block["block_id"], element["initial_option"]["value"]))
        if element.get("initial_options"):
            state.update(payloads.multi_select(block["block_id"], [o["value"] for o in element["initial_options"]]))
    state.update(payloads.select("warrant", "none"))
    form = read_intake({"state": {"values": state}, "private_metadata": view["private_metadata"]})
    assert form.errors == {}
    assert form.stated == StatedFacts(agency=Agency.HSI, asks=frozenset({Ask.SHARE_RECORDS}), warrant=Warrant.NONE)
    assert form.context == FormContext(channel="C1")


def test_unknown_form_values_are_errors_not_facts() -> None:
    state = {
        **payloads.select("agency", "kgb"),
        **payloads.multi_select("asks", ["hold"]),
        **payloads.select("warrant", "none"),
    }
    form = read_intake({"state": {"values": state}})
    assert set(form.errors) == {"agency"}


def test_stated_facts_fill_and_narrow_the_text_but_a_contradiction_becomes_unknown() -> None:
    read = Facts(
        agency=Agency.ICE,
        asks=frozenset({Ask.HOLD}),
        warrant=Warrant.ADMINISTRATIVE,
        evidence={"warrant": "I-200", "agency": "ICE"},
    )
    merged = read.with_stated(
        StatedFacts(
            agency=Agency.ICE_ERO,  # narrows "ICE"
            asks=frozenset({Ask.SHARE_RECORDS}),  # adds to the text's asks
            warrant=Warrant.JUDICIAL_CRIMINAL,  # contradicts "I-200"
            purpose=Purpose.CRIMINAL_INVESTIGATION,  # the text said nothing
            conviction=Conviction.UNKNOWN,  # "not known" changes nothing
        )
    )
    assert merged.agency is Agency.ICE_ERO and merged.evidence["agency"] == "intake form: ice_ero"
    assert merged.asks == {Ask.HOLD, Ask.SHARE_RECORDS}
    assert merged.warrant is Warrant.UNKNOWN and "which is it" in merged.evidence["warrant"]
    assert merged.purpose is Purpose.CRIMINAL_INVESTIGATION
    assert merged.conviction is Conviction.UNKNOWN
    assert read.with_stated(StatedFacts()) is read
    contradicted = Facts(agency=Agency.FBI).with_stated(StatedFacts(agency=Agency.ICE_ERO))
    assert contradicted.agency is Agency.UNKNOWN


def test_form_context_survives_garbage_metadata() -> None:
    assert FormContext.load("not json") == FormContext()
    assert FormContext.load('["list"]') == FormContext()
    assert FormContext.load(FormContext("C1", "1.2", "q").dump()) == FormContext("C1", "1.2", "q")


def test_the_fake_slack_refuses_what_real_slack_refuses() -> None:
    too_long = {"blocks": [{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}]}
    assert block_kit_problem(too_long)
    view = intake_view(FormContext())
    view["blocks"][-2]["element"]["max_length"] = 20_000
    assert block_kit_problem({"view": view})
    assert block_kit_problem({"view": intake_view(FormContext(), max_chars=20_000)}) is None


def test_every_team_scenario_renders_a_card_slack_accepts(pipeline: Pipeline) -> None:
    questions = [json.loads(line)["question"] for line in (ROOT / "eval" / "scenarios-team.jsonl").open()]
    verdicts = set()
    for question in questions:
        answer = pipeline.answer(question)
        verdicts.add(answer.verdict)
        message = verdict_card(answer)
        assert block_kit_problem(message) is None, question
        quoted = [
            e["elements"][0]["text"] for b in message["blocks"] if b["type"] == "rich_text" for e in b["elements"]
        ]
        # one short excerpt per authority, verbatim from its passage, the rule's plain title first
        assert "".join(quoted) == "".join(c.excerpt for c in answer.citations)
        assert all(c.excerpt and c.excerpt in c.text and len(c.excerpt) <= 400 for c in answer.citations)
        summary = next(b for b in message["blocks"] if b.get("block_id") == "summary")["text"]["text"]
        assert summary.startswith(f"*{escape_mrkdwn(answer.rule_title)}*") and answer.rule_id not in summary
        understood = next(b for b in message["blocks"] if b.get("block_id") == "understood")
        assert understood["accessory"]["action_id"] == "answer_questions"
    assert verdicts == set(VERDICT_STYLE)


def test_a_message_with_two_requests_lists_each_with_its_verdict(pipeline: Pipeline) -> None:
    answer = pipeline.answer(
        "FBI has a judge-signed criminal arrest warrant for our prisoner for bank robbery and wants to pick him up; "
        "ICE also sent an I-247A detainer and wants him held"
    )
    assert answer.verdict == "prohibited" and [r.verdict for r in answer.requests] == ["permitted", "prohibited"]
    text = next(b for b in verdict_card(answer)["blocks"] if b.get("block_id") == "understood")["text"]["text"]
    assert "2 requests" in text and "*FBI*" in text and "*ICE*" in text
    # the permitted FBI request is not the headline: its own action and conditions are on the card
    fbi = answer.requests[0]
    assert fbi.conditions and f"Do: {fbi.action}" in text
    assert all(escape_mrkdwn(condition) in text for condition in fbi.conditions)
    assert f"Do: {fbi.action}" in render_text(answer)


def test_show_full_passages_gives_the_whole_logged_passages() -> None:
    from bot.slack.cards import full_passages_message

    quote = "First sentence of the passage. " * 20
    card = verdict_card(
        _answer(
            "prohibited",
            quote,
            citations=(
                Citation(
                    authority="A-1",
                    title="T",
                    section="S",
                    text=quote,
                    excerpt="First sentence of the passage.",
                    score=1.0,
                ),
            ),
        )
    )
    assert any(b.get("block_id") == "passages" for b in card["blocks"])
    full = full_passages_message([{"authority": "A-1", "title": "T", "section": "S", "text": quote}], "v1")
    quoted = [e["elements"][0]["text"] for b in full["blocks"] if b["type"] == "rich_text" for e in b["elements"]]
    assert "".join(quoted) == quote and block_kit_problem(full) is None


def test_ask_blocks_prints_the_card_slack_would_show(data_dir: Path) -> None:
    env = {
        "TRIAGE_DATA_DIR": str(data_dir),
        "TRIAGE_KNOWLEDGE_DIR": str(ROOT / "knowledge"),
        "TRIAGE_PROMPTS_DIR": str(ROOT / "prompts"),
    }
    result = CliRunner().invoke(main, ["ask", "--blocks", payloads.DETAINER], env=env)
    assert result.exit_code == 0, result.output
    card = json.loads(result.output)
    assert card["blocks"][0]["text"]["text"] == " ".join(VERDICT_STYLE["prohibited"])
    assert block_kit_problem(card) is None
