"""Checks that need counsel's whole table: overlaps, dead rules, questions, dates, supersedes.

The first matching rule decides, so rules overlap by design: a specific prohibition sits
above a general one. Two overlaps are refused because they hide a mistake:

- a `permitted` rule above a rule with another verdict that matches some of the same facts:
  for those facts the permission wins silently (the worst error this bot can make), unless
  the permitted rule names the other in `overrides` to say that is meant;
- a rule that can never decide because one rule above it matches every case it matches.

Facts are analysed symbolically, fact by fact (a rule is a conjunction of per-fact tests),
so the check is exact and fast however many values the facts have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from bot.facts.model import Agency, Ask, Purpose
from bot.kb.checks import supersede_cycle
from bot.kb.citable import citable_authorities
from bot.kb.documents import PolicyDocument
from bot.kb.errors import KnowledgeError
from bot.kb.yaml_lines import rule_line
from bot.rules.table import FACT_VALUES, FactTest, Rule, RuleTable, Verdict

__all__ = ["Overlap", "check_citations", "check_rules", "overlaps", "snapshots"]
_SCALARS = ("warrant", "conviction", "tsdb_match", "prior_removal_reentry", "off_topic")
_ALL_ASKS = frozenset(Ask)
_MAX_ENUMERATED_ASKS = 16  # 2**16 ask sets; wider comparisons are skipped (dead-rule check only)


@dataclass(frozen=True)
class Region:
    """The fact combinations one rule (or two at once) matches, fact by fact."""

    agency_purpose: frozenset[tuple[str, str]]  # joint: the purpose is presumed from the agency
    scalars: dict[str, frozenset[object]]
    asks: tuple[FactTest, ...]

    def meet(self, other: Region) -> Region:
        return Region(
            self.agency_purpose & other.agency_purpose,
            {name: self.scalars[name] & other.scalars[name] for name in _SCALARS},
            self.asks + other.asks,
        )

    def witness(self) -> dict[str, object] | None:
        """One fact combination in the region, or None if it is empty."""
        asks = _asks_witness(self.asks)
        if asks is None or not self.agency_purpose or not all(self.scalars.values()):
            return None
        agency, purpose = min(self.agency_purpose)
        found: dict[str, object] = {"agency": agency, "purpose": purpose, "asks": sorted(asks)}
        found.update({name: min(values, key=str) for name, values in self.scalars.items()})
        return found


def _region(rule: Rule, table: RuleTable) -> Region:
    presumed = {
        str(agency): str(purpose)
        for agency, purpose in table.presumptions.purpose_by_agency.items()
        if purpose is not Purpose.UNKNOWN  # "presumed unknown" leaves the purpose unknown
    }
    pairs = {
        (agency, purpose)
        for agency in Agency
        for purpose in Purpose
        # an unstated purpose of an agency with a presumption is never seen by the rules
        if not (agency in presumed and purpose == Purpose.UNKNOWN)
    }
    scalars: dict[str, frozenset[object]] = {
        name: frozenset(FACT_VALUES[name]) if name in FACT_VALUES else frozenset({True, False}) for name in _SCALARS
    }
    for test in rule.when:
        if test.fact == "agency":
            pairs = {(a, p) for a, p in pairs if test.accepts(str(a))}
        elif test.fact == "purpose":
            pairs = {(a, p) for a, p in pairs if test.accepts(str(p))}
        elif test.fact in scalars:
            scalars[test.fact] = frozenset(v for v in scalars[test.fact] if test.accepts(v))
    return Region(
        frozenset((str(a), str(p)) for a, p in pairs), scalars, tuple(t for t in rule.when if t.fact == "asks")
    )


def _asks_holds(tests: Iterable[FactTest], asks: frozenset[str]) -> bool:
    return all(test.accepts(asks) for test in tests)


def _asks_witness(tests: Sequence[FactTest]) -> frozenset[str] | None:
    """A set of asks meeting every test, or None: each `any` needs one allowed member."""
    allowed: set[str] = {str(ask) for ask in _ALL_ASKS}
    needed_groups: list[frozenset[str]] = []
    must_ask = must_be_empty = False
    for test in tests:
        if test.only is not None:
            allowed &= test.only
            must_ask = True
        if test.none_of is not None:
            allowed -= test.none_of
        if test.any_of is not None:
            needed_groups.append(test.any_of)
        must_ask = must_ask or test.empty is False
        must_be_empty = must_be_empty or test.empty is True
    if must_be_empty:
        return frozenset() if not needed_groups and not must_ask else None
    chosen: set[str] = set()
    for group in needed_groups:
        options = group & allowed
        if not options:
            return None
        if not options & chosen:
            chosen.add(min(options))
    if must_ask and not chosen:
        if not allowed:
            return None
        chosen.add(min(allowed))
    return frozenset(chosen)


def _covers(outer: Region, inner: Region) -> bool | None:
    """Does every combination of `inner` fall in `outer`? None when too wide to enumerate."""
    if not inner.agency_purpose <= outer.agency_purpose:
        return False
    if any(not inner.scalars[name] <= outer.scalars[name] for name in _SCALARS):
        return False
    mentioned: set[str] = set()
    for test in (*outer.asks, *inner.asks):
        for values in (test.any_of, test.only, test.none_of):
            mentioned |= values or frozenset()
    # every ask no test names behaves alike: one of them stands for all
    spare = sorted({str(ask) for ask in _ALL_ASKS} - mentioned)[:1]
    universe = sorted(mentioned) + spare
    if len(universe) > _MAX_ENUMERATED_ASKS:
        return None
    for mask in range(1 << len(universe)):
        asks = frozenset(ask for bit, ask in enumerate(universe) if mask >> bit & 1)
        if _asks_holds(inner.asks, asks) and not _asks_holds(outer.asks, asks):
            return False
    return True


@dataclass(frozen=True)
class Overlap:
    """`earlier` decides facts that `later` also matches, with a different verdict."""

    earlier: Rule
    later: Rule
    facts: dict[str, object]

    def describe(self) -> str:
        shown = ", ".join(f"{name}={_show(value)}" for name, value in self.facts.items())
        return f"e.g. {shown}"


def _show(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _constrained(facts: dict[str, object], *rules: Rule) -> dict[str, object]:
    """Only the facts either rule tests: the rest can be anything."""
    named = {test.fact for rule in rules for test in rule.when}
    if named & {"agency", "purpose"}:  # the purpose may be presumed from the agency: show both
        named |= {"agency", "purpose"}
    return {name: value for name, value in facts.items() if name in named}


def snapshots(table: RuleTable) -> list[RuleTable]:
    """The table as it stands between effective dates: it changes on no other day."""
    days = sorted({dt.date.min} | {rule.effective_date for rule in table.rules if rule.effective_date})
    return [table.as_of(day) for day in days]


def overlaps(table: RuleTable) -> list[Overlap]:
    """Each permitted rule above a rule with another verdict that can match the same facts,
    on any day: rules are compared only when both are in the table on the same day."""
    regions = {rule.id: _region(rule, table) for rule in table.rules}
    found: dict[tuple[str, str], Overlap] = {}
    for snapshot in snapshots(table):
        for earlier, later in combinations(snapshot.rules, 2):
            if earlier.verdict is not Verdict.PERMITTED or later.verdict is Verdict.PERMITTED:
                continue
            if (earlier.id, later.id) in found:
                continue
            witness = regions[earlier.id].meet(regions[later.id]).witness()
            if witness is not None:
                found[(earlier.id, later.id)] = Overlap(earlier, later, _constrained(witness, earlier, later))
    return list(found.values())


def check_rules(table: RuleTable, path: Path, text: str) -> list[KnowledgeError]:
    """Everything about the rules table that one rule alone cannot show."""
    errors: list[KnowledgeError] = []
    position = {rule.id: n for n, rule in enumerate(table.rules)}
    by_id = {rule.id: rule for rule in table.rules}

    declared = {(rule.id, other) for rule in table.rules for other in rule.overrides}
    found = overlaps(table)
    for overlap in found:
        if (overlap.earlier.id, overlap.later.id) in declared:
            continue
        errors.append(
            KnowledgeError(
                path,
                rule_line(text, overlap.earlier.id),
                f"rule {overlap.earlier.id} (permitted) and rule {overlap.later.id} ({overlap.later.verdict.value}) "
                f"both match {overlap.describe()}; the permission would win",
                f"narrow {overlap.earlier.id}'s 'when', move it below {overlap.later.id}, "
                f"or add 'overrides: [{overlap.later.id}]' to {overlap.earlier.id} if the permission is meant to win",
            )
        )
    overlapping = {(o.earlier.id, o.later.id) for o in found}
    for rule in table.rules:
        for other in rule.overrides:
            line = rule_line(text, rule.id, "overrides")
            if other not in position:
                errors.append(KnowledgeError(path, line, f"rule {rule.id} overrides unknown rule '{other}'"))
            elif position[other] < position[rule.id]:
                errors.append(
                    KnowledgeError(
                        path,
                        line,
                        f"rule {rule.id} overrides {other}, which is above it",
                        "a rule can only override rules below it: the first match decides",
                    )
                )
            elif (rule.id, other) not in overlapping:
                errors.append(
                    KnowledgeError(
                        path,
                        line,
                        f"rule {rule.id} overrides {other}, but they never match the same facts",
                        "remove it",
                    )
                )

    for rule in table.rules:
        if rule.verdict is Verdict.PERMITTED and not any(
            test.fact == "asks" and (test.any_of or test.only) for test in rule.when
        ):
            errors.append(
                KnowledgeError(
                    path,
                    rule_line(text, rule.id),
                    f"rule {rule.id} permits without naming what: its 'when' has no asks it allows",
                    "add 'asks: {only: [...]}' (or 'any:') listing the requests this permission covers",
                )
            )
    errors.extend(_dead_rules(table, path, text))
    errors.extend(_missing_questions(table, path, text))
    errors.extend(_supersedes_problems(table, path, text, by_id))
    return errors


def _dead_rules(table: RuleTable, path: Path, text: str) -> list[KnowledgeError]:
    """A rule that never decides on any day it is in the table: a single rule above covers it."""
    regions = {rule.id: _region(rule, table) for rule in table.rules}
    views = snapshots(table)
    errors = []
    for later in table.rules:
        if regions[later.id].witness() is None:
            errors.append(
                KnowledgeError(
                    path,
                    rule_line(text, later.id),
                    f"rule {later.id} can never match: its conditions contradict each other",
                    "check its 'when'",
                )
            )
            continue
        shadows = [_shadow(view, later, regions) for view in views if later in view.rules]
        if shadows and all(shadows):
            earlier = shadows[-1]
            errors.append(
                KnowledgeError(
                    path,
                    rule_line(text, later.id),
                    f"rule {later.id} never decides: rule {earlier} above it matches every case it does",
                    f"move {later.id} above {earlier}, narrow {earlier}, or remove {later.id}",
                )
            )
    return errors


def _shadow(view: RuleTable, later: Rule, regions: dict[str, Region]) -> str | None:
    """The id of a rule above `later` in `view` that matches every case `later` does."""
    above = view.rules[: view.rules.index(later)]
    return next((rule.id for rule in above if _covers(regions[rule.id], regions[later.id])), None)


def _missing_questions(table: RuleTable, path: Path, text: str) -> list[KnowledgeError]:
    """A needs_info rule that fires because a fact is unknown must ask for that fact."""
    errors = []
    for rule in (*table.rules, table.fallback):
        if rule.verdict is not Verdict.NEEDS_INFO:
            continue
        asked = {question.fact for question in rule.questions}
        decisive = {test.fact for test in rule.when if test.in_ is not None and "unknown" in test.in_}
        decisive |= {test.fact for test in rule.when if test.fact == "asks" and test.empty is True}
        for fact in sorted(decisive - asked):
            errors.append(
                KnowledgeError(
                    path,
                    rule_line(text, rule.id),
                    f"rule {rule.id} answers needs_info when '{fact}' is unknown but asks no question about it",
                    f"add '- fact: {fact}' with the question to ask under its 'questions'",
                )
            )
    return errors


def _supersedes_problems(table: RuleTable, path: Path, text: str, by_id: dict[str, Rule]) -> list[KnowledgeError]:
    errors = []
    for rule in table.rules:
        if rule.supersedes is None:
            continue
        line = rule_line(text, rule.id, "supersedes")
        if rule.supersedes not in by_id:
            errors.append(
                KnowledgeError(path, line, f"rule {rule.id} supersedes unknown rule '{rule.supersedes}'", "fix the id")
            )
            continue
        old = by_id[rule.supersedes]
        if rule.effective_date is None or (
            old.effective_date is not None and rule.effective_date <= old.effective_date
        ):
            errors.append(
                KnowledgeError(
                    path,
                    rule_line(text, rule.id, "effective_date") or line,
                    f"rule {rule.id} supersedes {old.id} but does not take effect after it "
                    f"({rule.effective_date or 'no date'} vs {old.effective_date or 'no date'})",
                    "give the newer rule an 'effective_date' later than the one it replaces",
                )
            )
        cycle = supersede_cycle(rule.id, {r.id: r.supersedes for r in table.rules})
        if cycle:
            errors.append(
                KnowledgeError(
                    path,
                    line,
                    f"rules supersede each other in a circle: {' -> '.join(cycle)}",
                    "a newer rule supersedes an older one, never the other way round",
                )
            )
    return errors


def check_citations(
    table: RuleTable, documents: Sequence[PolicyDocument], path: Path, text: str, today: dt.date
) -> list[KnowledgeError]:
    """Every rule can quote each authority it names on every day it is in effect."""
    dates = {doc.front.id: (doc.front.effective_date, doc.front.supersedes) for doc in documents}
    errors = []
    for rule in (*table.rules, table.fallback):
        start = max(rule.effective_date or today, today)  # answers are given from today on
        citable = citable_authorities(dates, start)
        ids = set(rule.authorities) | {a for addition in rule.authorities_when for a in addition.add}
        for authority in sorted(ids & dates.keys() - citable.keys()):
            effective = dates[authority][0]
            errors.append(
                KnowledgeError(
                    path,
                    rule_line(text, rule.id, "authorities") or rule_line(text, rule.id),
                    f"rule {rule.id} applies from {start} but cites {authority}, in effect only from {effective}",
                    f"give {rule.id} 'effective_date: {effective}' or later, or cite a document already in effect",
                )
            )
    return errors
