"""Counsel's rules table as data: the verdicts, the fact tests, the rules, and loading rules.yaml
with errors that name the file and line."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.facts.model import FACT_NAMES, Agency, Ask, Conviction, Facts, Purpose, Source, Tri, Warrant
from bot.kb.errors import KnowledgeError, KnowledgeErrors
from bot.kb.yaml_lines import line_of, load_with_lines

__all__ = [
    "FACT_VALUES",
    "OTHER_REQUESTS",
    "RESTRICTIVENESS",
    "AuthorityAddition",
    "FactTest",
    "Presumptions",
    "Question",
    "Rule",
    "RuleTable",
    "Verdict",
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
    # the officer said outright it cannot be told ("the signature page didn't come through"):
    # in doubt, not merely unsaid
    doubted: bool | None = None

    def holds(self, facts: Facts) -> bool:
        return self.words_agree(facts) and self.accepts(facts.value_of(self.fact))

    def words_agree(self, facts: Facts) -> bool:
        """Whether the officer's words on the fact are as this test needs (spoken of, in doubt):
        settled by what was written, whatever value the fact may turn out to have."""
        return (self.mentioned is None or (self.fact in facts.evidence) == self.mentioned) and (
            self.doubted is None or (facts.sources.get(self.fact) is Source.HEDGED) == self.doubted
        )

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
    allowed_keys = {"any", "only", "none", "empty"} if fact == "asks" else {"in", "not", "mentioned", "doubted"}
    unknown_keys = set(spec) - allowed_keys
    if unknown_keys:
        raise ValueError(f"'{fact}' takes {sorted(allowed_keys)}, not {sorted(unknown_keys)}")
    empty = spec.pop("empty", None)
    if empty is not None and not isinstance(empty, bool):
        raise ValueError(f"'{fact}.empty' must be true or false")
    mentioned, doubted = spec.pop("mentioned", None), spec.pop("doubted", None)
    for name, flag in (("mentioned", mentioned), ("doubted", doubted)):
        if flag is not None and not isinstance(flag, bool):
            raise ValueError(f"'{fact}.{name}' must be true or false")
    for key, values in spec.items():
        bad = set(values) - FACT_VALUES.get(fact, frozenset())
        if bad:
            raise ValueError(f"'{fact}.{key}' has unknown value(s) {sorted(bad)}")
    keys = {"in": "in_", "not": "not_in", "any": "any_of", "only": "only", "none": "none_of"}
    tests = {keys[key]: frozenset(values) for key, values in spec.items()}
    return FactTest(fact=fact, empty=empty, mentioned=mentioned, doubted=doubted, **tests)


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
