"""The rules-table analysis (overlaps, dead rules) against brute force, and dates at answer time."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.app import Services, build_pipeline, ingest
from bot.bundle import load_bundle
from bot.explain import Explainer
from bot.facts.model import Agency, Ask, Conviction, Facts, Purpose, Source, Tri, Warrant
from bot.kb.citable import citable_authorities
from bot.prompts import load_prompts
from bot.review.replay import replay
from bot.rules import RuleTable, apply_presumptions, decide
from bot.rules.analysis import _covers, _region, overlaps
from bot.rules.quotes import semantic_exceptions
from tests.conftest import KNOWLEDGE, ROOT, fixed_clock

PROMPTS = ROOT / "prompts"

TABLE = load_bundle(KNOWLEDGE).rules

facts_strategy = st.builds(
    Facts,
    agency=st.sampled_from(Agency),
    asks=st.frozensets(st.sampled_from(Ask), max_size=4),
    warrant=st.sampled_from(Warrant),
    purpose=st.sampled_from(Purpose),
    conviction=st.sampled_from(Conviction),
    tsdb_match=st.sampled_from(Tri),
    prior_removal_reentry=st.sampled_from(Tri),
    off_topic=st.booleans(),
)
FOUND = {(o.earlier.id, o.later.id): o for o in overlaps(TABLE)}


@settings(max_examples=3000, deadline=None)
@given(facts_strategy)
def test_every_overlap_that_occurs_is_found(facts: Facts) -> None:
    """Brute force: a permitted rule and a later rule with another verdict both matching = found."""
    resolved = apply_presumptions(facts, TABLE.presumptions)
    matching = [rule for rule in TABLE.rules if rule.matches(resolved)]
    for index, earlier in enumerate(matching):
        if earlier.verdict != "permitted":
            continue
        for later in matching[index + 1 :]:
            if later.verdict != "permitted":
                assert (earlier.id, later.id) in FOUND


def test_each_overlap_found_is_real_and_declared() -> None:
    assert FOUND, "the bundled table has declared overrides, so some overlaps exist"
    for (earlier, later), overlap in FOUND.items():
        witness = apply_presumptions(Facts(**overlap.facts), TABLE.presumptions)  # type: ignore[arg-type]
        assert overlap.earlier.matches(witness) and overlap.later.matches(witness), (earlier, later, overlap.facts)
        assert later in overlap.earlier.overrides  # the bundled table declares every one


def _table(*rules: dict[str, Any]) -> RuleTable:
    fallback = {"id": "F", "title": "t", "verdict": "escalate", "summary": "s", "action": "a"}
    defaults = {"title": "t", "summary": "s", "action": "a"}
    shaped = [
        {**defaults, **rule, **({"conditions": ["c"]} if rule["verdict"] == "permitted" else {})} for rule in rules
    ]
    return RuleTable.model_validate(
        {
            "presumptions": {"purpose_by_agency": {"fbi": "criminal_investigation", "ice_ero": "unknown"}},
            "rules": shaped,
            "fallback": fallback,
        }
    )


# (permitted rule's `when`, later prohibited rule's `when`, do they overlap?)
OVERLAP_TRUTH = [
    ({"asks": {"only": ["share_records"]}}, {"asks": {"none": ["share_records"]}}, False),
    ({"asks": {"only": ["share_records"]}}, {"asks": {"any": ["share_records", "hold"]}}, True),
    ({"asks": {"only": ["share_records"]}}, {"asks": {"any": ["hold"]}}, False),
    ({"asks": {"any": ["share_records"]}}, {"asks": {"any": ["hold"]}}, True),  # both asked at once
    ({"asks": {"empty": True}}, {"asks": {"any": ["hold"]}}, False),
    ({"asks": {"empty": True}}, {"warrant": ["none"]}, True),
    ({"agency": ["fbi"]}, {"purpose": ["unknown"]}, False),  # the FBI's purpose is presumed
    ({"agency": ["dea"]}, {"purpose": ["unknown"]}, True),  # no presumption for the DEA here
    ({"warrant": {"not": ["none", "unknown"]}}, {"warrant": ["unknown"]}, False),
    ({"off_topic": True}, {"off_topic": False}, False),
    ({"agency": ["ice_ero"]}, {"purpose": ["unknown"]}, True),  # ERO's presumption below is "unknown"
]


@pytest.mark.parametrize(("permitted", "prohibited", "expected"), OVERLAP_TRUTH)
def test_overlap_truth_table(permitted: dict[str, Any], prohibited: dict[str, Any], expected: bool) -> None:
    table = _table(
        {"id": "P", "when": permitted, "verdict": "permitted"}, {"id": "X", "when": prohibited, "verdict": "prohibited"}
    )
    assert bool(overlaps(table)) is expected
    reversed_order = _table(
        {"id": "X", "when": prohibited, "verdict": "prohibited"}, {"id": "P", "when": permitted, "verdict": "permitted"}
    )
    assert overlaps(reversed_order) == []  # a restriction above a permission is how the table is meant to be read


# (earlier `when`, later `when`, does the earlier match every case of the later?)
COVER_TRUTH = [
    ({"asks": {"any": ["hold"]}}, {"asks": {"only": ["hold"]}}, True),
    ({"asks": {"only": ["hold"]}}, {"asks": {"any": ["hold"]}}, False),
    ({"asks": {"any": ["hold", "transport"]}}, {"asks": {"any": ["transport"]}, "warrant": ["none"]}, True),
    ({"warrant": ["none"]}, {"warrant": ["none", "unknown"]}, False),
    ({"asks": {"empty": False}}, {"asks": {"any": ["hold"]}}, True),
    ({"purpose": {"not": ["unknown"]}}, {"agency": ["fbi"]}, True),  # the FBI's purpose is never unknown
    ({"purpose": {"not": ["unknown"]}}, {"agency": ["dea"]}, False),  # no presumption for the DEA here
    ({"purpose": ["criminal_investigation"]}, {"agency": ["fbi"]}, False),  # a stated purpose controls
    ({"asks": {"none": ["hold"]}}, {"asks": {"only": ["transport", "hold"]}}, False),
]


@pytest.mark.parametrize(("earlier", "later", "expected"), COVER_TRUTH)
def test_covers_truth_table(earlier: dict[str, Any], later: dict[str, Any], expected: bool) -> None:
    table = _table(
        {"id": "A", "when": earlier, "verdict": "escalate"}, {"id": "B", "when": later, "verdict": "escalate"}
    )
    assert _covers(_region(table.rules[0], table), _region(table.rules[1], table)) is expected


def test_citable_authorities_follow_dates_and_supersedes() -> None:
    dates = {
        "OLD": (dt.date(2014, 1, 1), None),
        "NEW": (dt.date(2027, 1, 1), "OLD"),
        "NEWER": (dt.date(2028, 1, 1), "NEW"),
        "LATER": (dt.date(2030, 1, 1), None),
    }
    before = citable_authorities(dates, dt.date(2026, 11, 23))
    assert before == {"OLD": "OLD", "NEW": "OLD", "NEWER": "OLD"}  # not yet: quote what it will replace
    assert citable_authorities(dates, dt.date(2027, 1, 1)) == {"OLD": "NEW", "NEW": "NEW", "NEWER": "NEW"}
    assert citable_authorities(dates, dt.date(2031, 1, 1)) == {
        "OLD": "NEWER",
        "NEW": "NEWER",
        "NEWER": "NEWER",
        "LATER": "LATER",
    }


REPLACEMENT_POLICY = """---
id: NYC-AC-14-154-A2027
title: Section 14-154 as amended (written for this test)
version: "2"
effective_date: 2027-01-01
source: written by the test suite
supersedes: NYC-AC-14-154
---

# Section 14-154 as amended

## Detainers after the amendment

From 2027 the test amendment says no detainer is honoured without a judge's warrant.
"""


def test_rules_and_documents_take_effect_on_their_date(services: Services, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "policies" / "NYC-AC-14-154-A2027.md").write_text(REPLACEMENT_POLICY)
    rules_path = knowledge / "rules.yaml"
    text = rules_path.read_text().replace("authorities:\n", "authorities:\n  - NYC-AC-14-154-A2027\n", 1)
    data = yaml.safe_load(text)
    old_rule = next(r for r in data["rules"] if r["id"] == "R2a-civil-paperwork")
    start = text.index("  - id: R2a-civil-paperwork\n")
    new_rule = (
        "  - id: R2a-2027\n    title: Civil paperwork after the amendment\n    effective_date: 2027-01-01\n"
        "    supersedes: R2a-civil-paperwork\n"
        f"    when: {yaml.safe_dump(old_rule['when'], default_flow_style=True).strip()}\n"
        "    verdict: prohibited\n    authorities: [NYC-AC-14-154]\n"
        "    quote: {NYC-AC-14-154: when-the-nypd-may-honor}\n"
        "    summary: Not after the amendment.\n    action: Release on schedule.\n\n"
    )
    rules_path.write_text(text[:start] + new_rule + text[start:])
    ingest(services, knowledge, activate=True)
    now = [fixed_clock()]
    pipeline = build_pipeline(services, clock=lambda: now[0])
    question = "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"

    today = pipeline.answer(question)  # 2026-11-23: neither the rule nor the document is in effect
    assert today.rule_id == "R2a-civil-paperwork"
    assert "NYC-AC-14-154" in [c.authority for c in today.citations]

    # 22:30 on New Year's Eve in New York is already 1 January in UTC: still the old rule
    now[0] = dt.datetime(2027, 1, 1, 3, 30, tzinfo=dt.UTC)
    eve = pipeline.answer(question)
    assert eve.rule_id == "R2a-civil-paperwork"

    now[0] = dt.datetime(2027, 1, 1, 5, 30, tzinfo=dt.UTC)  # 00:30 in New York
    later = pipeline.answer(question)
    assert later.rule_id == "R2a-2027"
    assert [(c.authority, c.text) for c in later.citations] == [
        ("NYC-AC-14-154-A2027", "From 2027 the test amendment says no detainer is honoured without a judge's warrant.")
    ]

    # replay re-decides each row as of the day it was asked, not as of today (2026-11-23)
    row = services.audit.get(later.query_id)
    assert row is not None
    report = replay(row, lambda v, day: services.load_knowledge(v, today=day), Explainer(load_prompts(PROMPTS)))
    assert report.original.rule_id == "R2a-2027"
    assert [c.split(":")[0] for c in report.original.citations] == ["NYC-AC-14-154-A2027"]


def test_the_false_permit_the_overlap_check_found_stays_fixed(services: Services) -> None:
    """Asking a suspect's status (permitted for a crime) must not carry a detainer hold with it."""
    pipeline = build_pipeline(services, clock=fixed_clock)
    both = pipeline.answer(
        "DEA is investigating his drug dealing and wants us to ask the suspect about his immigration status "
        "and also hold him on the ICE detainer they faxed. OK?"
    )
    assert (both.verdict, both.rule_id) == ("prohibited", "R2a-civil-paperwork")
    alone = pipeline.answer("For our ID fraud case can I ask the suspect about his immigration status?")
    assert (alone.verdict, alone.rule_id) == ("permitted", "R8-suspect-crime")


def test_a_declared_semantic_exception_is_listed_and_only_it_is_trusted() -> None:
    emergency = {"asks": {"only": ["public_safety_response"]}}
    trusting = _table({"id": "E", "when": emergency, "verdict": "permitted", "trusts_semantic": ["asks"]})
    cautious = _table({"id": "E", "when": emergency, "verdict": "permitted"})
    assert semantic_exceptions(trusting) == ["rule E may permit on a semantic reading of: asks"]
    assert semantic_exceptions(cautious) == []
    assert semantic_exceptions(TABLE) == []  # the shipped table declares none (README, knowledge/README.md)
    read = Facts(
        agency=Agency.ICE,
        asks=frozenset({Ask.PUBLIC_SAFETY_RESPONSE}),
        sources={"agency": Source.STATED, "asks.public_safety_response": Source.SEMANTIC},
    )
    assert decide(read, trusting).verdict.value == "permitted"
    assert decide(read, cautious).verdict.value != "permitted"


SUPERSEDING_POLICY = """---
id: NYC-AC-14-154-A2026
title: Section 14-154 as amended (written for this test)
version: "2"
effective_date: 2026-01-01
source: written by the test suite
supersedes: NYC-AC-14-154
---

# Section 14-154 as amended

## I-247A detainers, holds past release, and judges

An I-247A detainer that no judge signed does not let the NYPD hold anyone past release.

## When the NYPD may honor a detainer

Only a judge's warrant and a serious conviction let the NYPD honor a detainer.
"""


def test_a_superseding_document_is_quoted_at_the_section_counsel_named(services: Services, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "policies" / "NYC-AC-14-154-A2026.md").write_text(SUPERSEDING_POLICY)
    rules_path = knowledge / "rules.yaml"
    rules_path.write_text(
        rules_path.read_text().replace("authorities:\n", "authorities:\n  - NYC-AC-14-154-A2026\n", 1)
    )
    ingest(services, knowledge, activate=True)
    answer = build_pipeline(services, clock=fixed_clock).answer(
        "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"
    )
    assert answer.rule_id == "R2a-civil-paperwork"  # quotes NYC-AC-14-154 at when-the-nypd-may-honor...
    quoted = {c.authority: c.section for c in answer.citations}
    assert "NYC-AC-14-154" not in quoted
    assert quoted["NYC-AC-14-154-A2026"] == "When the NYPD may honor a detainer"  # ...so its successor is too
