"""Truth tables: counsel's rules file against an oracle written independently from the
decision table (LEGAL_FACTS §8 as revised on 30 Nov 2026), over every combination of the
decisive facts. Facts here are stated in the officer's own words (source `stated`): what a
presumed or hedged fact does is tested in test_permission_invariant.py."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.facts.model import Agency, Ask, Conviction, Facts, Purpose, Source, Tri, Warrant
from bot.rules import RuleTable, Verdict, decide, load_rules

RULES = Path(__file__).resolve().parent.parent / "knowledge" / "rules.yaml"
NON_JUDICIAL = {Warrant.DETAINER_ONLY, Warrant.ADMINISTRATIVE, Warrant.NONE}
DHS = {Agency.ICE_ERO, Agency.HSI, Agency.ICE, Agency.CBP, Agency.DHS}
PRESUMED_CRIMINAL = {Agency.FBI, Agency.DEA, Agency.ATF, Agency.USMS}
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


def stated(**values: object) -> Facts:
    """Facts as if the officer said each of them in so many words (an unknown value: not said)."""
    facts = Facts(**values)  # type: ignore[arg-type]
    sources = {
        name: Source.STATED
        for name in ("agency", "warrant", "purpose", "conviction", "tsdb_match", "prior_removal_reentry")
        if name in values and str(values[name]) != "unknown"
    }
    evidence = {name: "said" for name in sources}
    sources.update({f"asks.{ask.value}": Source.STATED for ask in facts.asks})
    return facts.model_copy(update={"sources": sources, "evidence": evidence})


@pytest.fixture(scope="module")
def table() -> RuleTable:
    return load_rules(RULES)


def custody_oracle(facts: Facts) -> Verdict:
    """R2a-f, R3, R3d, R7 for hold / transfer requests, in the revised table's precedence."""
    a, w, c, t, p = facts.agency, facts.warrant, facts.conviction, facts.tsdb_match, facts.purpose
    presumed = p is Purpose.UNKNOWN and a in PRESUMED_CRIMINAL | {Agency.ICE_ERO}
    if presumed:
        p = Purpose.CIVIL_IMMIGRATION if a is Agency.ICE_ERO else Purpose.CRIMINAL_INVESTIGATION
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
            return Verdict.PROHIBITED  # R2a, no warrant
        if a in (Agency.ICE_ERO, Agency.ICE) and p is Purpose.UNKNOWN:
            return Verdict.PROHIBITED  # R2a, ICE without any warrant
        if p is Purpose.UNKNOWN:
            return Verdict.NEEDS_INFO  # R5
        return Verdict.ESCALATE  # R7: warrantless hand-over on a criminal claim, or mixed
    if w is Warrant.UNKNOWN:
        return Verdict.NEEDS_INFO  # R2d
    if w is Warrant.JUDICIAL_IMMIGRATION:
        if c in {Conviction.QUALIFYING_INCARCERATION_ADJUSTED, Conviction.OUT_OF_STATE_UNVERIFIED} and t is not Tri.YES:
            return Verdict.ESCALATE  # R2f(ii), (iii)
        if c is Conviction.QUALIFYING_WITHIN_5Y or t is Tri.YES:
            return Verdict.ESCALATE  # R2b (revised): allowed, but only with Legal Bureau + Operations
        if c in NOT_QUALIFYING and t is Tri.NO:
            return Verdict.PROHIBITED  # R2c
        return Verdict.NEEDS_INFO  # R2e
    # judicial criminal warrant
    if a in DHS:
        return Verdict.ESCALATE  # R3d (revised): custody to a DHS component needs authorization
    if p is Purpose.CRIMINAL_INVESTIGATION:
        if presumed or a in (Agency.FEDERAL, Agency.UNKNOWN):
            return Verdict.NEEDS_INFO  # a permission on a presumed purpose or an open agency: confirm it
        return Verdict.PERMITTED  # R3
    if p is Purpose.UNKNOWN:
        return Verdict.NEEDS_INFO  # R3-charge-unknown
    return Verdict.ESCALATE


CUSTODY_CASES = [
    stated(
        agency=agency,
        asks=frozenset({ask}),
        warrant=warrant,
        conviction=conviction,
        tsdb_match=tsdb,
        prior_removal_reentry=reentry,
        purpose=purpose,
    )
    for agency, ask, warrant, conviction, tsdb, reentry, purpose in itertools.product(
        [Agency.ICE_ERO, Agency.HSI, Agency.FBI, Agency.FEDERAL, Agency.UNKNOWN],
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
        expected = custody_oracle(facts)
        decision = decide(facts, table)
        if decision.verdict is not expected:
            mismatches.append((facts.to_log(), decision.rule_id, decision.verdict.value, expected.value))
    assert len(CUSTODY_CASES) > 10_000
    assert not mismatches, mismatches[:5]


# ask -> verdict for a civil, criminal and unstated purpose (R1, R1a, R4, R4d, R5, R6, R9, R10, R12),
# asked by HSI (a DHS component: identifying information escalates even for a crime, R4d).
INFO_TABLE: dict[Ask, tuple[Verdict, Verdict, Verdict]] = {
    Ask.SHARE_RECORDS: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.SHARE_SURVEILLANCE_DATA: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.SHARE_CUSTODY_OR_COURT_INFO: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.SHARE_BULK_DATA: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.MONITORING_ALERT: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    # an ICE or CBP office for civil enforcement is barred (R1a), one for a stated criminal purpose
    # goes to the Legal Bureau (R12); with no purpose stated the officer is asked (R5)
    Ask.OFFICE_SPACE: (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO),
    Ask.ACCESS_PRISONER: (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO),
    # with no warrant at all, § 4-210 keeps a DHS agency out of non-public areas for civil work
    # (R1a-no-warrant-entry); with no purpose stated the officer is asked it, as R5 reads (every
    # independent set labels it so)
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
    facts = stated(agency=Agency.HSI, asks=frozenset({ask}), warrant=Warrant.NONE, purpose=purpose)
    assert decide(facts, table).verdict is INFO_TABLE[ask][column]


@pytest.mark.parametrize("ask", [Ask.SHARE_RECORDS, Ask.SHARE_SURVEILLANCE_DATA, Ask.SHARE_CUSTODY_OR_COURT_INFO])
def test_criminal_agencies_get_records_for_a_stated_crime(table: RuleTable, ask: Ask) -> None:
    facts = stated(agency=Agency.FBI, asks=frozenset({ask}), purpose=Purpose.CRIMINAL_INVESTIGATION)
    assert (decide(facts, table).verdict, decide(facts, table).rule_id) == (Verdict.PERMITTED, "R4")


@pytest.mark.parametrize("agency", [Agency.FBI, Agency.DEA, Agency.ATF, Agency.USMS])
def test_criminal_agencies_stage_for_their_own_case(table: RuleTable, agency: Agency) -> None:
    # R12 (escalate) is the DHS pattern of the table; the FBI, DEA, ATF or Marshals staging on our lot
    # before their own criminal warrant is ordinary cooperation (R4), and ICE, CBP or an unnamed
    # agency staging for a stated crime still goes to counsel
    facts = stated(agency=agency, asks=frozenset({Ask.STAGING_ON_PROPERTY}), purpose=Purpose.CRIMINAL_INVESTIGATION)
    assert (decide(facts, table).verdict, decide(facts, table).rule_id) == (Verdict.PERMITTED, "R4")
    for other in (Agency.ICE, Agency.CBP, Agency.UNKNOWN):
        assert decide(facts.model_copy(update={"agency": other}), table).rule_id == "R12"


def test_a_judge_signed_warrant_at_the_door_of_the_precinct_escalates(table: RuleTable) -> None:
    for warrant in (Warrant.JUDICIAL_CRIMINAL, Warrant.JUDICIAL_IMMIGRATION):
        for agency in (Agency.FBI, Agency.HSI, Agency.ICE_ERO):
            facts = stated(
                agency=agency,
                asks=frozenset({Ask.ACCESS_PREMISES}),
                warrant=warrant,
                purpose=Purpose.CRIMINAL_INVESTIGATION,
            )
            assert decide(facts, table).rule_id == "R1c"


def test_a_paper_at_the_door_whose_signer_is_unknown_asks_who_signed(table: RuleTable) -> None:
    """R1c if a judge signed, R1a if an ICE officer did: with the signer unknown, the signer is asked
    (R2d); with no paper mentioned at all, civil entry stays refused (R1a)."""
    door = stated(agency=Agency.ICE_ERO, asks=frozenset({Ask.ACCESS_PREMISES}), purpose=Purpose.CIVIL_IMMIGRATION)
    seen = door.model_copy(update={"warrant": Warrant.UNKNOWN, "evidence": {**door.evidence, "warrant": "a warrant"}})
    decision = decide(seen, table)
    assert (decision.verdict, decision.rule_id) == (Verdict.NEEDS_INFO, "R2d-entry-signer-unknown")
    assert any("signed" in q for q in decision.questions)
    assert (decide(door, table).verdict, decide(door, table).rule_id) == (Verdict.PROHIBITED, "R1a")
    for warrant in (Warrant.ADMINISTRATIVE, Warrant.NONE):
        assert decide(door.model_copy(update={"warrant": warrant}), table).verdict is Verdict.PROHIBITED


@pytest.mark.parametrize(
    "facts,verdict,rule",
    [
        (stated(off_topic=True), Verdict.ESCALATE, "R0"),
        (
            stated(agency=Agency.NONE, asks=frozenset({Ask.INQUIRE_STATUS_VICTIM_WITNESS})),
            Verdict.PROHIBITED,
            "R8-victim-witness",
        ),
        (
            stated(
                agency=Agency.NONE,
                asks=frozenset({Ask.INQUIRE_STATUS_SUSPECT}),
                purpose=Purpose.CRIMINAL_INVESTIGATION,
            ),
            Verdict.PERMITTED,
            "R8-suspect-crime",
        ),
        (
            stated(agency=Agency.NONE, asks=frozenset({Ask.INQUIRE_STATUS_SUSPECT})),
            Verdict.NEEDS_INFO,
            "R8-suspect-purpose",
        ),
        (
            stated(
                agency=Agency.NONE,
                asks=frozenset({Ask.INQUIRE_STATUS_ROLE_UNKNOWN}),
                purpose=Purpose.CRIMINAL_INVESTIGATION,
            ),
            Verdict.NEEDS_INFO,
            "R8-role-unknown",
        ),
        (stated(agency=Agency.ICE, asks=frozenset({Ask.PUBLIC_SAFETY_RESPONSE})), Verdict.PERMITTED, "R11"),
        (
            stated(agency=Agency.ICE_ERO, asks=frozenset({Ask.PUBLIC_SAFETY_RESPONSE, Ask.OPERATIONAL_SUPPORT})),
            Verdict.PROHIBITED,
            "R1",
        ),
        (
            stated(agency=Agency.ICE_ERO, asks=frozenset({Ask.STOP_OR_ARREST}), warrant=Warrant.ADMINISTRATIVE),
            Verdict.PROHIBITED,
            "R1b",
        ),
        (
            stated(agency=Agency.HSI, asks=frozenset({Ask.SHARE_RECORDS}), purpose=Purpose.MIXED),
            Verdict.ESCALATE,
            "R7-mixed",
        ),
        (stated(agency=Agency.ICE_ERO), Verdict.NEEDS_INFO, "R-ask-unclear"),
        (
            stated(agency=Agency.HSI, asks=frozenset({Ask.SHARE_RECORDS}), purpose=Purpose.CRIMINAL_INVESTIGATION),
            Verdict.ESCALATE,
            "R4d",
        ),
        (
            stated(
                agency=Agency.HSI, asks=frozenset({Ask.JOINT_INVESTIGATION}), purpose=Purpose.CRIMINAL_INVESTIGATION
            ),
            Verdict.PERMITTED,
            "R4",
        ),
        (
            stated(
                agency=Agency.CBP,
                asks=frozenset({Ask.TRANSFER_CUSTODY}),
                warrant=Warrant.JUDICIAL_CRIMINAL,
                purpose=Purpose.CRIMINAL_INVESTIGATION,
            ),
            Verdict.ESCALATE,
            "R3d",
        ),
        (
            stated(
                agency=Agency.ICE_ERO,
                asks=frozenset({Ask.HOLD}),
                warrant=Warrant.JUDICIAL_IMMIGRATION,
                conviction=Conviction.QUALIFYING_WITHIN_5Y,
            ),
            Verdict.ESCALATE,
            "R2b-judicial-conviction",
        ),
    ],
)
def test_named_rows(table: RuleTable, facts: Facts, verdict: Verdict, rule: str) -> None:
    decision = decide(facts, table)
    assert (decision.verdict, decision.rule_id) == (verdict, rule)


def test_permitted_never_rests_on_an_unknown_decisive_fact(table: RuleTable) -> None:
    """Across the whole custody product: a permit needs a judge's criminal warrant, a stated crime
    and a named non-DHS agency; custody on a judge's immigration warrant is never permitted."""
    for facts in CUSTODY_CASES:
        decision = decide(facts, table)
        if decision.verdict is Verdict.PERMITTED:
            assert decision.facts.warrant is Warrant.JUDICIAL_CRIMINAL
            assert decision.facts.purpose is Purpose.CRIMINAL_INVESTIGATION and facts.purpose is not Purpose.UNKNOWN
            assert decision.facts.agency in PRESUMED_CRIMINAL
            assert decision.conditions, decision.rule_id


def test_every_decision_names_its_rule_and_authorities(table: RuleTable) -> None:
    for rule in table.rules:
        assert rule.id and rule.summary and rule.action
        if rule.verdict is not Verdict.ESCALATE or rule.id != "R0":
            assert rule.authorities or rule.id == "R0"
    needs_info = [r for r in table.rules if r.verdict is Verdict.NEEDS_INFO]
    assert all(r.questions for r in needs_info)


def test_needs_info_asks_only_about_unknown_facts(table: RuleTable) -> None:
    facts = stated(
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


def test_an_unseen_warrant_for_a_criminal_case_quotes_the_criminal_warrant_guidance(table: RuleTable) -> None:
    """ATF says there is a federal warrant for its gun case, nobody has seen it: the signer is asked
    (R2d), and the answer quotes what decides once it is known, the guidance on criminal warrants."""
    unseen = stated(agency=Agency.ATF, asks=frozenset({Ask.TRANSFER_CUSTODY}), purpose=Purpose.CRIMINAL_INVESTIGATION)
    decision = decide(unseen.model_copy(update={"warrant": Warrant.UNKNOWN}), table)
    assert decision.rule_id == "R2d-signer-unknown"
    assert "GEN-FED-CRIMINAL-COOP" in decision.authorities
    civil = stated(agency=Agency.ICE_ERO, asks=frozenset({Ask.HOLD}), warrant=Warrant.UNKNOWN)
    assert "GEN-FED-CRIMINAL-COOP" not in decide(civil, table).authorities


@pytest.mark.parametrize("agency", sorted(PRESUMED_CRIMINAL, key=lambda a: a.value))
def test_help_executing_a_warrant_nobody_has_seen_asks_who_signed(table: RuleTable, agency: Agency) -> None:
    """R3 lets officers help execute a judge-signed criminal warrant; a warrant spoken of whose
    signer is unknown ("they say they have one, didn't show me") is asked about, while a joint
    takedown that names no warrant stays R4."""
    asked = frozenset({Ask.WARRANT_EXECUTION_ASSIST})
    base = stated(agency=agency, asks=asked, purpose=Purpose.CRIMINAL_INVESTIGATION)
    spoken_of = base.model_copy(update={"evidence": {**base.evidence, "warrant": "they say they have a warrant"}})
    decision = decide(spoken_of, table)
    assert (decision.rule_id, decision.verdict) == ("R3-signer-unknown", Verdict.NEEDS_INFO)
    assert any("signed" in q for q in decision.questions)
    assert decide(base, table).verdict is Verdict.PERMITTED  # no warrant named: joint work (R4)
    judicial = stated(
        agency=agency, asks=asked, purpose=Purpose.CRIMINAL_INVESTIGATION, warrant=Warrant.JUDICIAL_CRIMINAL
    )
    assert decide(judicial, table).verdict is Verdict.PERMITTED


@pytest.mark.parametrize(
    "ask", [Ask.SHARE_RECORDS, Ask.SHARE_SURVEILLANCE_DATA, Ask.SHARE_CUSTODY_OR_COURT_INFO, Ask.SHARE_BULK_DATA]
)
def test_records_in_a_case_that_may_end_in_removal_cite_the_identifying_information_law(
    table: RuleTable, ask: Ask
) -> None:
    """R7-mixed escalates a criminal case whose expected outcome is removal; when what is asked is
    records about a person, the answer cites the identifying-information law as R1, R4 and R5 do."""
    mixed = stated(agency=Agency.HSI, asks=frozenset({ask}), purpose=Purpose.MIXED)
    decision = decide(mixed, table)
    assert decision.rule_id == "R7-mixed"
    assert "NYC-AC-23-CH12" in decision.authorities
    access = stated(agency=Agency.HSI, asks=frozenset({Ask.ACCESS_PRISONER}), purpose=Purpose.MIXED)
    assert "NYC-AC-23-CH12" not in decide(access, table).authorities


def test_a_stop_on_a_hit_of_unknown_kind_asks_what_it_is(table: RuleTable) -> None:
    """R1b refuses a stop *solely* on an immigration hit; with no agency, paper or aim known, nothing
    says it is one (a judge's criminal warrant would be R3), so the officer is asked which it is.
    Any sign of immigration (a DHS agency, a civil aim, ICE paperwork) keeps the refusal."""
    hit = stated(agency=Agency.UNKNOWN, asks=frozenset({Ask.STOP_OR_ARREST}))
    for agency in (Agency.UNKNOWN, Agency.FEDERAL):
        decision = decide(hit.model_copy(update={"agency": agency}), table)
        assert (decision.verdict, decision.rule_id) == (Verdict.NEEDS_INFO, "R1b-kind-unknown")
        assert any("signed" in q for q in decision.questions)
    refused = [
        stated(agency=Agency.UNKNOWN, asks=frozenset({Ask.STOP_OR_ARREST}), purpose=Purpose.CIVIL_IMMIGRATION),
        stated(agency=Agency.FEDERAL, asks=frozenset({Ask.STOP_OR_ARREST}), warrant=Warrant.ADMINISTRATIVE),
        stated(agency=Agency.ICE_ERO, asks=frozenset({Ask.STOP_OR_ARREST})),
    ]
    for facts in refused:
        assert decide(facts, table).verdict is Verdict.PROHIBITED


def test_a_stop_for_a_criminal_case_where_removal_is_the_plan_goes_to_counsel(table: RuleTable) -> None:
    """With no immigration paper, a stop for a mixed case is not made solely on an immigration hit
    (R1b): it is R7's case for the Legal Bureau. On an ICE administrative warrant it stays refused."""
    stop = stated(agency=Agency.HSI, asks=frozenset({Ask.STOP_OR_ARREST}), purpose=Purpose.MIXED)
    for warrant in (Warrant.NONE, Warrant.UNKNOWN):
        decision = decide(stop.model_copy(update={"warrant": warrant}), table)
        assert (decision.verdict, decision.rule_id) == (Verdict.ESCALATE, "R7-mixed-stop")
    for warrant in (Warrant.ADMINISTRATIVE, Warrant.DETAINER_ONLY):
        assert decide(stop.model_copy(update={"warrant": warrant}), table).verdict is Verdict.PROHIBITED
