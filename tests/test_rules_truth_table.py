"""Truth tables: counsel's rules file against an oracle written independently from the
decision table (LEGAL_FACTS §8), over every combination of the decisive facts."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.facts.model import Agency, Ask, Conviction, Facts, Purpose, Tri, Warrant
from bot.rules import RuleTable, Verdict, apply_presumptions, decide, load_rules

RULES = Path(__file__).resolve().parent.parent / "knowledge" / "rules.yaml"
NON_JUDICIAL = {Warrant.DETAINER_ONLY, Warrant.ADMINISTRATIVE, Warrant.NONE, Warrant.UNKNOWN}
QUALIFYING = {
    Conviction.QUALIFYING_WITHIN_5Y,
    Conviction.QUALIFYING_OLDER_THAN_5Y,
    Conviction.QUALIFYING_DATE_UNKNOWN,
    Conviction.QUALIFYING_INCARCERATION_ADJUSTED,
}
NOT_QUALIFYING = {
    Conviction.NONE,
    Conviction.NON_QUALIFYING,
    Conviction.QUALIFYING_OLDER_THAN_5Y,
    Conviction.YOUTHFUL_OFFENDER_ADJUDICATION,
}


@pytest.fixture(scope="module")
def table() -> RuleTable:
    return load_rules(RULES)


def custody_oracle(facts: Facts) -> Verdict:
    """R2a-f, R3, R7 for hold / transfer / release-notice requests, in the table's precedence."""
    w, c, t, p = facts.warrant, facts.conviction, facts.tsdb_match, facts.purpose
    if w in NON_JUDICIAL and t is Tri.YES:
        return Verdict.ESCALATE  # R2f(i): TSDB without a judicial warrant
    if w in NON_JUDICIAL and facts.prior_removal_reentry is Tri.YES and c in QUALIFYING:
        return Verdict.ESCALATE  # R2f(i): the 48-hour re-entry exception
    if w in {Warrant.DETAINER_ONLY, Warrant.ADMINISTRATIVE}:
        return Verdict.PROHIBITED  # R2a: paperwork beats any claimed purpose
    if p is Purpose.IMMIGRATION_CRIME:
        return Verdict.ESCALATE  # R7
    if w is Warrant.NONE:
        if p is Purpose.CIVIL_IMMIGRATION:
            return Verdict.PROHIBITED
        if p is Purpose.UNKNOWN:
            return Verdict.NEEDS_INFO
        return Verdict.ESCALATE  # R7: warrantless hand-over on a criminal claim
    if w is Warrant.UNKNOWN:
        return Verdict.NEEDS_INFO  # R2d
    if w is Warrant.JUDICIAL_IMMIGRATION:
        if c in {Conviction.QUALIFYING_INCARCERATION_ADJUSTED, Conviction.OUT_OF_STATE_UNVERIFIED} and t is not Tri.YES:
            return Verdict.ESCALATE  # R2f(ii), (iii)
        if c is Conviction.QUALIFYING_WITHIN_5Y or t is Tri.YES:
            return Verdict.PERMITTED  # R2b
        if c in NOT_QUALIFYING and t is Tri.NO:
            return Verdict.PROHIBITED  # R2c
        return Verdict.NEEDS_INFO  # R2e
    # judicial criminal warrant
    if p is Purpose.CRIMINAL_INVESTIGATION:
        return Verdict.PERMITTED  # R3
    if p is Purpose.UNKNOWN:
        return Verdict.NEEDS_INFO
    return Verdict.ESCALATE


CUSTODY_CASES = [
    Facts(
        agency=agency,
        asks=frozenset({ask}),
        warrant=warrant,
        conviction=conviction,
        tsdb_match=tsdb,
        prior_removal_reentry=reentry,
        purpose=purpose,
    )
    for agency, ask, warrant, conviction, tsdb, reentry, purpose in itertools.product(
        [Agency.ICE_ERO, Agency.HSI, Agency.FBI, Agency.FEDERAL],
        [Ask.HOLD, Ask.TRANSFER_CUSTODY],
        list(Warrant),
        list(Conviction),
        list(Tri),
        list(Tri),
        [Purpose.UNKNOWN, Purpose.CIVIL_IMMIGRATION, Purpose.CRIMINAL_INVESTIGATION, Purpose.IMMIGRATION_CRIME],
    )
]


def test_custody_truth_table(table: RuleTable) -> None:
    mismatches = []
    for facts in CUSTODY_CASES:
        expected = custody_oracle(apply_presumptions(facts, table.presumptions))
        decision = decide(facts, table)
        if decision.verdict is not expected:
            mismatches.append((facts.to_log(), decision.rule_id, decision.verdict.value, expected.value))
    assert len(CUSTODY_CASES) > 10_000
    assert not mismatches, mismatches[:5]


# ask -> verdict for a civil, criminal and unstated purpose (R1, R1a, R4, R5, R6, R9, R10, R12).
INFO_TABLE: dict[Ask, tuple[Verdict, Verdict, Verdict]] = {
    Ask.SHARE_RECORDS: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.SHARE_SURVEILLANCE_DATA: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.SHARE_CUSTODY_OR_COURT_INFO: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.SHARE_BULK_DATA: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.MONITORING_ALERT: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.OFFICE_SPACE: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.ACCESS_PRISONER: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.ACCESS_PREMISES: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.OPERATIONAL_SUPPORT: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.PERSONNEL_ASSIST: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.TRANSPORT: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.JOINT_INVESTIGATION: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    Ask.STAGING_ON_PROPERTY: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.DEPUTIZATION_287G: (Verdict.PROHIBITED, Verdict.PROHIBITED, Verdict.PROHIBITED),
    Ask.SHARE_STATUS_INFO: (Verdict.ESCALATE, Verdict.ESCALATE, Verdict.ESCALATE),
}


@pytest.mark.parametrize("ask", list(INFO_TABLE))
@pytest.mark.parametrize(
    "column,purpose",
    [(0, Purpose.CIVIL_IMMIGRATION), (1, Purpose.CRIMINAL_INVESTIGATION), (2, Purpose.UNKNOWN)],
)
def test_information_and_access_table(table: RuleTable, ask: Ask, column: int, purpose: Purpose) -> None:
    facts = Facts(agency=Agency.HSI, asks=frozenset({ask}), warrant=Warrant.NONE, purpose=purpose)
    assert decide(facts, table).verdict is INFO_TABLE[ask][column]


@pytest.mark.parametrize(
    "facts,verdict,rule",
    [
        (Facts(off_topic=True), Verdict.ESCALATE, "R0"),
        (
            Facts(agency=Agency.NONE, asks=frozenset({Ask.INQUIRE_STATUS_VICTIM_WITNESS})),
            Verdict.PROHIBITED,
            "R8-victim-witness",
        ),
        (
            Facts(
                agency=Agency.NONE,
                asks=frozenset({Ask.INQUIRE_STATUS_SUSPECT}),
                purpose=Purpose.CRIMINAL_INVESTIGATION,
            ),
            Verdict.PERMITTED,
            "R8-suspect-crime",
        ),
        (
            Facts(agency=Agency.NONE, asks=frozenset({Ask.INQUIRE_STATUS_SUSPECT})),
            Verdict.NEEDS_INFO,
            "R8-suspect-purpose",
        ),
        (Facts(agency=Agency.ICE, asks=frozenset({Ask.PUBLIC_SAFETY_RESPONSE})), Verdict.PERMITTED, "R11"),
        (
            Facts(agency=Agency.ICE_ERO, asks=frozenset({Ask.PUBLIC_SAFETY_RESPONSE, Ask.OPERATIONAL_SUPPORT})),
            Verdict.PROHIBITED,
            "R1",
        ),
        (
            Facts(agency=Agency.ICE_ERO, asks=frozenset({Ask.STOP_OR_ARREST}), warrant=Warrant.ADMINISTRATIVE),
            Verdict.PROHIBITED,
            "R1b",
        ),
        (
            Facts(agency=Agency.HSI, asks=frozenset({Ask.SHARE_RECORDS}), purpose=Purpose.MIXED),
            Verdict.ESCALATE,
            "R7-mixed",
        ),
        (Facts(agency=Agency.ICE_ERO), Verdict.NEEDS_INFO, "R-ask-unclear"),
    ],
)
def test_named_rows(table: RuleTable, facts: Facts, verdict: Verdict, rule: str) -> None:
    decision = decide(facts, table)
    assert (decision.verdict, decision.rule_id) == (verdict, rule)


def test_permitted_never_rests_on_an_unknown_decisive_fact(table: RuleTable) -> None:
    """Across the whole custody product: a permit needs a known warrant and a known purpose."""
    for facts in CUSTODY_CASES:
        decision = decide(facts, table)
        if decision.verdict is Verdict.PERMITTED:
            assert decision.facts.warrant not in (Warrant.UNKNOWN, Warrant.NONE)
            assert decision.facts.purpose is not Purpose.UNKNOWN or facts.warrant is Warrant.JUDICIAL_IMMIGRATION
            assert decision.conditions, decision.rule_id


def test_every_decision_names_its_rule_and_authorities(table: RuleTable) -> None:
    for rule in table.rules:
        assert rule.id and rule.summary and rule.action
        if rule.verdict is not Verdict.ESCALATE or rule.id != "R0":
            assert rule.authorities or rule.id == "R0"
    needs_info = [r for r in table.rules if r.verdict is Verdict.NEEDS_INFO]
    assert all(r.questions for r in needs_info)


def test_needs_info_asks_only_about_unknown_facts(table: RuleTable) -> None:
    facts = Facts(
        agency=Agency.ICE_ERO,
        asks=frozenset({Ask.HOLD}),
        warrant=Warrant.UNKNOWN,
        conviction=Conviction.QUALIFYING_WITHIN_5Y,
    )
    decision = decide(facts, table)
    assert decision.rule_id == "R2d-signer-unknown"
    assert any("signed" in q for q in decision.questions)
    assert not any("convictions" in q for q in decision.questions)  # already known
    assert not any("Which agency" in q for q in decision.questions)
