"""Counsel's decision rules: policy as data, evaluated in order, first match wins.

The verdict an officer sees comes from here and nowhere else. A decision names the rule
that fired, so every answer and log row can be traced to one row of counsel's table.

A `permitted` rule permits only on explicit evidence: every fact it tests must have been
stated in the officer's words or chosen in the form (never presumed from the agency, hedged,
or read only by the semantic layer), and no fact left open may be able to turn the answer
(no rule above it may match any value the open facts could take). Otherwise the answer is
counsel's `confirm` rule: `needs_info`, asking for exactly those facts. A message with
several requests is decided request by request; its headline is the most restrictive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.facts.model import FACT_NAMES, NARROWER, Agency, Ask, Conviction, Facts, Purpose, Source, Tri, Warrant
from bot.kb.errors import KnowledgeError, KnowledgeErrors
from bot.kb.yaml_lines import line_of, load_with_lines

__all__ = [
    "FACT_VALUES",
    "RESTRICTIVENESS",
    "Decision",
    "FactTest",
    "MessageDecision",
    "Rule",
    "RuleTable",
    "Verdict",
    "decide",
    "decide_message",
    "load_rules",
]


class Verdict(StrEnum):
    PROHIBITED = "prohibited"
    PERMITTED = "permitted"
    NEEDS_INFO = "needs_info"
    ESCALATE = "escalate"


# The headline of a message with several requests is its most restrictive verdict.
RESTRICTIVENESS: tuple[Verdict, ...] = (Verdict.PROHIBITED, Verdict.ESCALATE, Verdict.NEEDS_INFO, Verdict.PERMITTED)


# Every value each fact can take; `off_topic` is true or false.
FACT_VALUES: dict[str, frozenset[str]] = {
    "agency": frozenset(Agency),
    "asks": frozenset(Ask),
    "warrant": frozenset(Warrant),
    "purpose": frozenset(Purpose),
    "conviction": frozenset(Conviction),
    "tsdb_match": frozenset(Tri),
    "prior_removal_reentry": frozenset(Tri),
}


class FactTest(BaseModel):
    """One condition on one fact. Lists are sets of allowed values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: str
    in_: frozenset[str] | None = None  # scalar value is one of
    not_in: frozenset[str] | None = None  # scalar value is none of
    any_of: frozenset[str] | None = None  # set fact shares a value with
    only: frozenset[str] | None = None  # set fact is non-empty and within
    none_of: frozenset[str] | None = None  # set fact shares no value with
    empty: bool | None = None  # set fact is (not) empty
    equals: bool | None = None
    # the officer spoke of the fact (its words are in the evidence), whatever its value:
    # "a warrant, I didn't see who signed it" is mentioned and unknown
    mentioned: bool | None = None

    def holds(self, facts: Facts) -> bool:
        if self.mentioned is not None and (self.fact in facts.evidence) != self.mentioned:
            return False
        return self.accepts(facts.value_of(self.fact))

    def accepts(self, value: object) -> bool:
        """Whether this fact having `value` meets the condition (a set for `asks`)."""
        if isinstance(value, frozenset):
            return (
                (self.any_of is None or bool(value & self.any_of))
                and (self.only is None or (bool(value) and value <= self.only))
                and (self.none_of is None or not value & self.none_of)
                and (self.empty is None or self.empty == (not value))
            )
        if self.equals is not None:
            return value == self.equals
        return (self.in_ is None or value in self.in_) and (self.not_in is None or value not in self.not_in)


def _parse_test(fact: str, spec: Any) -> FactTest:
    if fact not in FACT_NAMES:
        raise ValueError(f"unknown fact '{fact}'; known facts: {', '.join(FACT_NAMES)}")
    if isinstance(spec, bool):
        return FactTest(fact=fact, equals=spec)
    if isinstance(spec, str):
        spec = [spec]
    if isinstance(spec, list):
        spec = {"in": spec}
    if not isinstance(spec, dict) or not spec:
        raise ValueError(f"condition on '{fact}' must be a list of values or a mapping")
    spec = dict(spec)
    allowed_keys = {"any", "only", "none", "empty"} if fact == "asks" else {"in", "not", "mentioned"}
    unknown_keys = set(spec) - allowed_keys
    if unknown_keys:
        raise ValueError(f"'{fact}' takes {sorted(allowed_keys)}, not {sorted(unknown_keys)}")
    empty = spec.pop("empty", None)
    if empty is not None and not isinstance(empty, bool):
        raise ValueError(f"'{fact}.empty' must be true or false")
    mentioned = spec.pop("mentioned", None)
    if mentioned is not None and not isinstance(mentioned, bool):
        raise ValueError(f"'{fact}.mentioned' must be true or false")
    for key, values in spec.items():
        bad = set(values) - FACT_VALUES.get(fact, frozenset())
        if bad:
            raise ValueError(f"'{fact}.{key}' has unknown value(s) {sorted(bad)}")
    keys = {"in": "in_", "not": "not_in", "any": "any_of", "only": "only", "none": "none_of"}
    tests = {keys[key]: frozenset(values) for key, values in spec.items()}
    return FactTest(fact=fact, empty=empty, mentioned=mentioned, **tests)


def _parse_conditions(value: Any) -> Any:
    """`{fact: spec, ...}` as counsel writes it, into typed tests."""
    if isinstance(value, dict):
        return tuple(_parse_test(fact, spec) for fact, spec in value.items())
    return value


Conditions = Annotated[tuple[FactTest, ...], BeforeValidator(_parse_conditions)]


# The `confirm` rule's question for a permission that waits on another request of the message.
OTHER_REQUESTS = "requests"


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: str
    text: str

    @field_validator("fact")
    @classmethod
    def _known_fact(cls, fact: str) -> str:
        if fact not in (*FACT_NAMES, OTHER_REQUESTS):
            raise ValueError(f"unknown fact '{fact}'; known facts: {', '.join(FACT_NAMES)}")
        return fact


def _parse_quote(value: Any) -> Any:
    """`{AUTHORITY: section}` or `{AUTHORITY: [section, ...]}` into tuples of section names."""
    if isinstance(value, dict):
        return {str(k): (v,) if isinstance(v, str) else tuple(v) for k, v in value.items()}
    return value


QuoteMap = Annotated[dict[str, tuple[str, ...]], BeforeValidator(_parse_quote)]


class AuthorityAddition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    when: Conditions
    add: tuple[str, ...]


class Rule(BaseModel):
    """One row of counsel's table."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    title: str
    when: Conditions = ()
    verdict: Verdict
    authorities: tuple[str, ...] = ()
    authorities_when: tuple[AuthorityAddition, ...] = ()
    summary: str
    action: str
    conditions: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()
    # Dates: a rule is used from `effective_date` on (none: always); a rule in effect that
    # `supersedes` another takes that one out of the table from its own date on.
    effective_date: dt.date | None = None
    supersedes: str | None = None
    # Later rules this one is meant to win over where both match (checked by `kb check`).
    overrides: tuple[str, ...] = ()
    # Per authority, the section(s) counsel want quoted (a heading, or the start of its slug).
    quote: QuoteMap = Field(default_factory=dict)
    # Facts a `permitted` rule may rest on when read only by the semantic layer (declared
    # exceptions to the explicit-evidence rule; `kb check` lists them).
    trusts_semantic: tuple[str, ...] = ()

    @field_validator("trusts_semantic")
    @classmethod
    def _known_facts(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [name for name in names if name not in FACT_NAMES]
        if unknown:
            raise ValueError(f"unknown fact(s) {unknown}; known facts: {', '.join(FACT_NAMES)}")
        return names

    @model_validator(mode="after")
    def _verdict_needs(self) -> Rule:
        if self.trusts_semantic and self.verdict is not Verdict.PERMITTED:
            raise ValueError("'trusts_semantic' only makes sense on a 'permitted' rule")
        if self.verdict is Verdict.PERMITTED and not self.conditions:
            raise ValueError("a 'permitted' rule must list the conditions the officer must meet")
        if self.verdict is Verdict.NEEDS_INFO and not self.questions:
            raise ValueError("a 'needs_info' rule must list the clarifying questions")
        return self

    def matches(self, facts: Facts) -> bool:
        return all(test.holds(facts) for test in self.when)

    def started(self, day: dt.date) -> bool:
        return self.effective_date is None or self.effective_date <= day

    def authorities_for(self, facts: Facts) -> tuple[str, ...]:
        found = list(self.authorities)
        for addition in self.authorities_when:
            if all(test.holds(facts) for test in addition.when):
                found.extend(a for a in addition.add if a not in found)
        return tuple(found)


class Presumptions(BaseModel):
    """What the table presumes when a fact is not stated (e.g. ERO's purpose is civil)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    purpose_by_agency: dict[Agency, Purpose] = Field(default_factory=dict)


class RuleTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # The authority ids counsel recognises; policy files and rules may use only these.
    # Optional here so versions stored before it existed still load; `kb check` requires it.
    authorities: tuple[str, ...] = ()
    presumptions: Presumptions = Presumptions()
    shared_conditions: dict[str, Any] = Field(default_factory=dict)  # YAML anchors only
    rules: tuple[Rule, ...]
    fallback: Rule
    # Asked instead of permitting when a permission rests on unconfirmed facts.
    confirm: Rule | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> RuleTable:
        ids = [rule.id for rule in self.rules] + [self.fallback.id] + ([self.confirm.id] if self.confirm else [])
        duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
        if duplicates:
            raise ValueError(f"rule ids must be unique: {duplicates}")
        if self.fallback.verdict not in (Verdict.ESCALATE, Verdict.NEEDS_INFO):
            raise ValueError("the fallback rule must escalate or ask: an unmatched case is never decided")
        if self.confirm is not None and self.confirm.verdict is not Verdict.NEEDS_INFO:
            raise ValueError("the 'confirm' rule asks for what a permission rests on: its verdict is needs_info")
        return self

    def as_of(self, day: dt.date) -> RuleTable:
        """The table as it stands on `day`: rules not yet in effect, or superseded, left out."""
        started = [rule for rule in self.rules if rule.started(day)]
        replaced = {rule.supersedes for rule in started if rule.supersedes}
        kept = tuple(rule for rule in started if rule.id not in replaced)
        return self if len(kept) == len(self.rules) else self.model_copy(update={"rules": kept})

    def rule(self, rule_id: str) -> Rule:
        """A rule of the table (or the fallback / confirm rule) by its id."""
        every: list[Rule] = [*self.rules, self.fallback, *((self.confirm,) if self.confirm else ())]
        for rule in every:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def authority_ids(self) -> set[str]:
        ids: set[str] = set()
        for rule in (*self.rules, self.fallback, *((self.confirm,) if self.confirm else ())):
            ids.update(rule.authorities)
            for addition in rule.authorities_when:
                ids.update(addition.add)
        return ids


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    verdict: Verdict
    rule_id: str
    rule_title: str
    summary: str
    action: str
    authorities: tuple[str, ...]
    conditions: tuple[str, ...]
    questions: tuple[str, ...]
    facts: Facts
    quote: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # When counsel's `confirm` rule answered: the rule that would permit, and the facts to confirm.
    blocked_rule_id: str | None = None
    blocked_rule_title: str | None = None
    unconfirmed: tuple[str, ...] = ()


class MessageDecision(BaseModel):
    """Every request of one message, each decided on its own; the headline is the most restrictive."""

    model_config = ConfigDict(frozen=True)

    requests: tuple[Decision, ...]

    @property
    def headline(self) -> Decision:
        """The most restrictive request; among equals, one that waits on its own facts rather than
        one held back only because another request is unresolved (its questions come first)."""
        return min(
            self.requests,
            key=lambda d: (RESTRICTIVENESS.index(d.verdict), d.unconfirmed == (OTHER_REQUESTS,)),
        )


def apply_presumptions(facts: Facts, presumptions: Presumptions) -> Facts:
    """Fill an unstated purpose from the agency, noting that it was presumed.

    A purpose the officer spoke of (denied, hedged) is not "unstated": nothing is presumed.
    """
    presumed = presumptions.purpose_by_agency.get(facts.agency)
    if facts.purpose is not Purpose.UNKNOWN or presumed is None or "purpose" in facts.sources:
        return facts
    evidence = {**facts.evidence, "purpose": f"presumed from agency '{facts.agency.value}'"}
    sources = {**facts.sources, "purpose": Source.PRESUMED}
    return facts.model_copy(update={"purpose": presumed, "evidence": evidence, "sources": sources})


def decide(facts: Facts, table: RuleTable) -> Decision:
    """The first rule whose conditions hold decides; none holding means the fallback.

    A `permitted` rule that rests on a fact not stated explicitly, or that an open fact could
    overturn, gives way to counsel's `confirm` rule, which asks for those facts.
    """
    resolved = apply_presumptions(facts, table.presumptions)
    whole = _decide_one(resolved, table)
    if len(resolved.asks) < 2:
        return whole
    # Several asks in one request: each is also decided alone, and the most restrictive answer
    # stands, so an ask that is refused on its own is never carried by another's rule.
    alone = [
        _decide_one(resolved.model_copy(update={"asks": frozenset({ask})}), table) for ask in sorted(resolved.asks)
    ]
    # No rule written for this combination of asks (the fallback) is no verdict of its own when
    # the table decides every ask alone: "hold him on the judge's warrant, and keep our detective
    # on the wire" is two permissions, not a case for counsel.
    fallback = table.fallback.id
    decided = alone if whole.rule_id == fallback and all(d.rule_id != fallback for d in alone) else [whole, *alone]
    strictest = min(decided, key=lambda d: RESTRICTIVENESS.index(d.verdict))
    # Every rule that reaches that verdict for some ask is quoted first, so each refused ask is
    # explained; the rules deciding the other asks follow, since the answer speaks to them too.
    same = [d for d in decided if d.verdict is strictest.verdict]
    others = [d for d in decided if d.verdict is not strictest.verdict]
    authorities = tuple(dict.fromkeys(a for d in (*same, *others) for a in d.authorities))
    quote = {a: s for d in reversed((*same, *others)) for a, s in d.quote.items()}
    questions = tuple(dict.fromkeys(q for d in same for q in d.questions))
    return strictest.model_copy(
        update={"facts": resolved, "authorities": authorities, "quote": quote, "questions": questions}
    )


def _decide_one(resolved: Facts, table: RuleTable) -> Decision:
    position, rule = next(
        ((n, rule) for n, rule in enumerate(table.rules) if rule.matches(resolved)), (len(table.rules), table.fallback)
    )
    if rule.verdict is Verdict.PERMITTED:
        unconfirmed = unconfirmed_facts(rule, table.rules[:position], resolved)
        if unconfirmed:
            return _confirm(rule, unconfirmed, resolved, table)
    return _decision(rule, resolved)


def decide_message(requests: Sequence[Facts], table: RuleTable) -> MessageDecision:
    """Each request on its own; a permission stands only while no other request is still open."""
    decisions = [decide(facts, table) for facts in requests]
    if len(decisions) > 1 and any(d.verdict is Verdict.NEEDS_INFO for d in decisions):
        # responding to violence in progress never waits on another request's question
        decisions = [
            _confirm(table.rule(d.rule_id), (OTHER_REQUESTS,), d.facts, table)
            if d.verdict is Verdict.PERMITTED and d.facts.asks != {Ask.PUBLIC_SAFETY_RESPONSE}
            else d
            for d in decisions
        ]
    return MessageDecision(requests=tuple(decisions))


def _decision(rule: Rule, facts: Facts) -> Decision:
    return Decision(
        verdict=rule.verdict,
        rule_id=rule.id,
        rule_title=rule.title,
        summary=rule.summary.strip(),
        action=rule.action.strip(),
        authorities=rule.authorities_for(facts),
        conditions=rule.conditions,
        questions=_questions_for(rule, facts),
        facts=facts,
        quote=rule.quote,
    )


def _confirm(blocked: Rule, unconfirmed: tuple[str, ...], facts: Facts, table: RuleTable) -> Decision:
    """Counsel's `confirm` rule, asking for exactly the facts the blocked permission rests on."""
    confirm = table.confirm or table.fallback
    by_fact = {q.fact: q.text for q in confirm.questions}
    questions = tuple(by_fact[name] for name in unconfirmed if name in by_fact) or tuple(by_fact.values())
    return Decision(
        verdict=confirm.verdict,
        rule_id=confirm.id,
        rule_title=confirm.title,
        summary=confirm.summary.strip(),
        action=confirm.action.strip(),
        authorities=blocked.authorities_for(facts),
        conditions=(),
        questions=questions if confirm.verdict is Verdict.NEEDS_INFO else (),
        facts=facts,
        quote=blocked.quote,
        blocked_rule_id=blocked.id,
        blocked_rule_title=blocked.title,
        unconfirmed=unconfirmed,
    )


def unconfirmed_facts(rule: Rule, above: Sequence[Rule], facts: Facts) -> tuple[str, ...]:
    """The facts a permission by `rule` rests on without explicit evidence (empty: it may permit).

    1. Every fact `rule` tests must be explicit, unless the rule trusts a semantic reading of it.
    2. No rule above `rule` may match any value the open facts could take: if one could, the
       facts it would need are asked for ("the feds" might be HSI, whose records ask escalates).
    """
    needed: list[str] = []
    for test in rule.when:
        name = test.fact
        trusted = name in rule.trusts_semantic and facts.source_of(name) is Source.SEMANTIC
        if not facts.is_explicit(name) and not trusted and name not in needed:
            needed.append(name)
    if needed:
        return tuple(needed)
    open_values = _open_values(facts)
    for other in above:
        if other.verdict is Verdict.PERMITTED:
            continue  # where it would match instead, the answer is still a permission
        if not all(_can_hold(test, facts, open_values) for test in other.when):
            continue
        for test in other.when:
            if test.fact in open_values and not test.holds(facts) and test.fact not in needed:
                needed.append(test.fact)
        if not needed:  # it matches as the facts stand: cannot happen for a rule above the first match
            needed.extend(t.fact for t in other.when if t.fact in open_values)
    return tuple(dict.fromkeys(needed))


_SCALAR_FACTS = ("agency", "warrant", "purpose", "conviction", "tsdb_match", "prior_removal_reentry")


def _open_values(facts: Facts) -> dict[str, frozenset[str]]:
    """For each fact not settled by explicit words, the values it could really have.

    Paperwork the officer never mentioned is taken as not there: an agency holding a warrant
    presents it, and a permission never rests on a warrant it does not test. Paperwork
    mentioned but not identified ("they have a warrant") stays open.
    """
    open_values: dict[str, frozenset[str]] = {}
    for name in _SCALAR_FACTS:
        value = str(facts.value_of(name))
        if name == "warrant" and name not in facts.evidence:
            continue
        if facts.is_explicit(name):
            narrower = NARROWER.get(getattr(facts, name), ())
            if narrower:  # "ICE" may be ERO or HSI, "the feds" any agency
                open_values[name] = frozenset({value, *(str(v) for v in narrower)})
            continue
        open_values[name] = FACT_VALUES[name]
    return open_values


def _can_hold(test: FactTest, facts: Facts, open_values: dict[str, frozenset[str]]) -> bool:
    values = open_values.get(test.fact)
    if values is None:
        return test.holds(facts)
    return any(test.accepts(value) for value in values)


def _questions_for(rule: Rule, facts: Facts) -> tuple[str, ...]:
    if rule.verdict is not Verdict.NEEDS_INFO:
        return ()
    unknown = [q.text for q in rule.questions if _is_unknown(facts, q.fact)]
    return tuple(unknown) or tuple(q.text for q in rule.questions)


def _is_unknown(facts: Facts, name: str) -> bool:
    value = facts.value_of(name)
    return value == "unknown" or value == frozenset()


def load_rules(path: Path, text: str | None = None) -> RuleTable:
    """Parse and validate counsel's rules file; errors name the file and line."""
    text = path.read_text(encoding="utf-8") if text is None else text
    try:
        data = load_with_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise KnowledgeErrors([KnowledgeError(path, line, f"not valid YAML: {exc}")]) from None
    try:
        return RuleTable.model_validate(data)
    except ValidationError as exc:
        raise KnowledgeErrors(
            [
                KnowledgeError(
                    path,
                    line_of(data, tuple(error["loc"])),
                    f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}",
                )
                for error in exc.errors()
            ]
        ) from None
