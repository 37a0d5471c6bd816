"""A permission rests on explicit evidence only (issue 14, deliverable 4).

Messages are generated from fragments of officers' phrasing (agencies named plainly, in doubt
or not at all; asks; paperwork; purposes stated, hedged, denied or left out; records), read
by the real reader and decided by the bundled table. Whatever hypothesis builds, a request
answered `permitted` must:

- rest, for every fact its rule tests, on the officer's own words (no presumed, hedged or
  semantic-only fact), unless the table declares the rule may trust a semantic reading;
- survive every value the facts left open could take: re-deciding with each open fact set
  to each of its values (brute force, independent of the table analysis the engine uses)
  never gives anything but a permission;
- stand in a message where no other request still needs information.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.facts.extract import FactsReader
from bot.facts.model import NARROWER, Agency, Conviction, Facts, Purpose, Source, Tri, Warrant
from bot.rules import FACT_VALUES, Rule, RuleTable, Verdict, apply_presumptions, decide_message

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
EXPLICIT = {Source.STATED, Source.FORM}


AGENCIES = [
    "FBI",
    "the FBI JTTF",
    "DEA",
    "ATF",
    "US Marshals",
    "HSI",
    "ICE",
    "ERO",
    "CBP",
    "DHS",
    "the feds",
    "i think its HSI but not sure,",
    "some federal agent",
    "an agent",
    "",
]
ASKS = [
    "wants copies of our DD5s",
    "wants the 911 audio",
    "wants us to hold him past release",
    "wants to take custody of our prisoner",
    "wants a heads up when he gets out",
    "wants his next court date",
    "wants to interview our arrestee",
    "wants to come into the back of the pct",
    "wants 2 RMPs for a perimeter",
    "wants us on the door tomorrow",
    "wants LPR reads on a plate",
    "wants an alert if he ever gets stopped",
    "wants our detectives to keep working the joint wire",
    "wants a desk at the precinct",
    "wants us to drive him to their office",
    "wants to know if hes a citizen",
    "might want us to hold him",
    "did not ask us to hold him",
    "",
]
PAPER = [
    "they have a federal arrest warrant signed by a magistrate judge",
    "they have a search warrant signed by a judge",
    "they sent an I-247A detainer",
    "they have an I-200 signed by their supervisor",
    "they say they have a warrant, i didnt see it",
    "no warrant",
    "theyll have a warrant from a judge tomorrow",
    "",
]
PURPOSE = [
    "for their narcotics case",
    "for a bank robbery investigation",
    "for a terrorism case",
    "for his deportation",
    "its for an illegal reentry case (1326)",
    "gang case but the end game is removal",
    "might be for a criminal case idk",
    "they didnt say why",
    "no criminal charges at all",
    "",
]
RECORD = [
    "he has a robbery 2nd conviction from 2024",
    "convicted of attempted robbery in 2023",
    "no record, TSDB no hit",
    "TSDB possible match",
    "carjacking conviction in NJ 2022",
    "",
]
TAILS = ["ok?", "can we?", "thoughts", "", "need an answer asap"]


@st.composite
def messages(draw: st.DrawFn) -> str:
    parts = [
        draw(st.sampled_from(AGENCIES)),
        draw(st.sampled_from(ASKS)),
        draw(st.sampled_from(PAPER)),
        draw(st.sampled_from(PURPOSE)),
    ]
    if draw(st.booleans()):  # a second agency asking something else in the same message
        parts += ["and", draw(st.sampled_from(AGENCIES)), draw(st.sampled_from(ASKS)), draw(st.sampled_from(PAPER))]
    parts += [draw(st.sampled_from(RECORD)), draw(st.sampled_from(TAILS))]
    return " ".join(p for p in parts if p).replace(" and ,", ",")


_SCALARS = ("agency", "warrant", "purpose", "conviction", "tsdb_match", "prior_removal_reentry")


def _open_values(facts: Facts) -> dict[str, list[str]]:
    """Brute force's view of what the facts leave open (independent of the engine's code)."""
    open_values: dict[str, list[str]] = {}
    for name in _SCALARS:
        value = getattr(facts, name)
        explicit = facts.sources.get(name) in EXPLICIT and str(value) != "unknown"
        if name == "warrant" and "warrant" not in facts.evidence:
            continue  # paperwork never mentioned is taken as absent (see bot/rules.py)
        if explicit:
            narrower = NARROWER.get(value, ())
            if narrower:
                open_values[name] = sorted({str(value), *(str(v) for v in narrower)})
            continue
        open_values[name] = sorted(FACT_VALUES[name])
    return open_values


def _first_match_rule(facts: Facts, table: RuleTable) -> Rule:
    resolved = apply_presumptions(facts, table.presumptions)
    return next((rule for rule in table.rules if rule.matches(resolved)), table.fallback)


def _first_match_verdict(facts: Facts, table: RuleTable) -> Verdict:
    return _first_match_rule(facts, table).verdict


def _assert_permission_sound(facts: Facts, rule_id: str, table: RuleTable) -> None:
    rule = table.rule(rule_id)
    for test in rule.when:
        source = facts.source_of(test.fact)
        if test.fact == "off_topic":
            continue
        trusted = test.fact in rule.trusts_semantic and source is Source.SEMANTIC
        assert source in EXPLICIT or trusted, f"{rule_id} permitted on {test.fact} read as {source}: {facts.to_log()}"
        if test.fact == "asks":
            for ask in facts.asks:
                ask_source = facts.sources.get(f"asks.{ask.value}")
                assert ask_source in EXPLICIT or trusted, f"{rule_id} permitted on ask {ask} read as {ask_source}"
    open_values = _open_values(facts)
    names = sorted(open_values)
    for combination in itertools.product(*(open_values[n] for n in names)):
        changed = facts.model_copy(
            update={n: type(getattr(facts, n))(v) for n, v in zip(names, combination, strict=True)}
        )
        if len(facts.asks) < 2:
            verdict = _first_match_verdict(changed, table)
        else:
            # as the engine decides: a combination of asks no rule covers (the fallback) is no verdict
            # of its own when the table decides every ask alone
            whole = _first_match_rule(changed, table)
            alone = [_first_match_rule(changed.model_copy(update={"asks": frozenset({a})}), table) for a in facts.asks]
            fallback = table.fallback.id
            rules = alone if whole.id == fallback and all(r.id != fallback for r in alone) else [whole, *alone]
            verdicts = [rule.verdict for rule in rules]
            verdict = min(
                verdicts,
                key=lambda v: [Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO, Verdict.PERMITTED].index(v),
            )
        assert verdict is Verdict.PERMITTED, (
            f"{rule_id} permitted, but with {dict(zip(names, combination, strict=True))} the table says {verdict}: "
            f"{facts.to_log()}"
        )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(message=messages())
# messages the property once found: an I-247A "for their narcotics case" read as criminal paper (a false
# permit, fixed); two asks of one request that no single rule covers, each permitted alone
@example(
    message="DEA wants us to hold him past release they sent an I-247A detainer for their narcotics case and DEA "
    "wants LPR reads on a plate they sent an I-247A detainer he has a robbery 2nd conviction from 2024 ok?"
)
@example(
    message="FBI wants us to hold him past release they have a federal arrest warrant signed by a magistrate judge "
    "for their narcotics case and FBI wants LPR reads on a plate they have a federal arrest warrant signed by a "
    "magistrate judge he has a robbery 2nd conviction from 2024 ok?"
)
def test_a_permission_rests_only_on_explicit_evidence(message: str, reader: FactsReader, table: RuleTable) -> None:
    decision = decide_message(reader.read_message(message), table)
    permitted = [d for d in decision.requests if d.verdict is Verdict.PERMITTED]
    for request in permitted:
        _assert_permission_sound(request.facts, request.rule_id, table)
    if permitted and len(decision.requests) > 1:
        assert not any(d.verdict is Verdict.NEEDS_INFO for d in decision.requests), message


@pytest.mark.parametrize(
    "message",
    [
        "FBI wants copies of our DD5s",  # purpose only presumed from the agency
        "the feds want copies of our DD5s for a bank robbery case",  # "the feds" could be HSI (R4d)
        "i think its the FBI, they want our DD5s for a bank robbery case",  # agency hedged
        "DEA has a federal arrest warrant signed by a judge, might be for a narcotics case, wants him held",
        "an agent wants copies of our DD5s for the narcotics case",  # no agency: could be HSI (R4d)
    ],
)
def test_these_ask_instead_of_permitting(message: str, reader: FactsReader, table: RuleTable) -> None:
    decision = decide_message(reader.read_message(message), table)
    assert decision.headline.verdict is Verdict.NEEDS_INFO, decision.headline.rule_id


def test_an_unknown_agency_cannot_change_joint_work(reader: FactsReader, table: RuleTable) -> None:
    """Joint criminal work is permitted whoever the partner is (HSI included, R4): nothing to confirm."""
    decision = decide_message(reader.read_message("can we keep working the joint wire on the narcotics case"), table)
    assert (decision.headline.verdict, decision.headline.rule_id) == (Verdict.PERMITTED, "R4")


def test_confirm_answer_names_the_fact_and_the_rule_it_would_permit(reader: FactsReader, table: RuleTable) -> None:
    decision = decide_message(reader.read_message("FBI wants copies of our DD5s"), table).headline
    assert (decision.rule_id, decision.blocked_rule_id, decision.unconfirmed) == ("R-confirm", "R4", ("purpose",))
    assert any("crime" in q for q in decision.questions)


def test_the_same_request_with_explicit_words_is_permitted(reader: FactsReader, table: RuleTable) -> None:
    decision = decide_message(reader.read_message("FBI wants copies of our DD5s for their bank robbery case"), table)
    assert (decision.headline.verdict, decision.headline.rule_id) == (Verdict.PERMITTED, "R4")


def test_form_choices_count_as_explicit(reader: FactsReader, table: RuleTable) -> None:
    from bot.facts.model import StatedFacts

    facts = reader.read("FBI wants copies of our DD5s").with_stated(StatedFacts(purpose=Purpose.CRIMINAL_INVESTIGATION))
    assert facts.sources["purpose"] is Source.FORM
    assert decide_message([facts], table).headline.verdict is Verdict.PERMITTED


def test_an_emergency_read_only_by_meaning_is_confirmed_first(table: RuleTable) -> None:
    """The table may declare R11 `trusts_semantic` (tests/test_kb_checks.py proves the mechanism),
    but the shipped one does not: the only emergency the semantic layer read with confidence on
    the calibration clauses was "the agents were polite and left"; concrete emergencies are
    read by the patterns, as stated facts."""
    from bot.facts.model import Ask

    facts = Facts(
        agency=Agency.ICE,
        asks=frozenset({Ask.PUBLIC_SAFETY_RESPONSE}),
        sources={"agency": Source.STATED, "asks.public_safety_response": Source.SEMANTIC},
    )
    decision = decide_message([facts], table).headline
    assert (decision.verdict, decision.rule_id, decision.unconfirmed) == (
        Verdict.NEEDS_INFO,
        "R-confirm",
        ("asks",),
    )
    stated = facts.model_copy(update={"sources": {**facts.sources, "asks.public_safety_response": Source.STATED}})
    assert decide_message([stated], table).headline.rule_id == "R11"
    records = facts.model_copy(
        update={
            "asks": frozenset({Ask.SHARE_RECORDS}),
            "purpose": Purpose.CRIMINAL_INVESTIGATION,
            "agency": Agency.FBI,
            "sources": {"agency": Source.STATED, "purpose": Source.STATED, "asks.share_records": Source.SEMANTIC},
        }
    )
    assert decide_message([records], table).headline.rule_id == "R-confirm"  # R4 trusts no semantic reading


def test_unused_values_stay_untouched() -> None:
    """The enums the brute force walks are the ones the table speaks (guards the test itself)."""
    assert FACT_VALUES["conviction"] == frozenset(Conviction)
    assert FACT_VALUES["tsdb_match"] == frozenset(Tri)
    assert FACT_VALUES["warrant"] == frozenset(Warrant)
