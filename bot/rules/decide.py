"""Deciding facts against the table: first match wins, permission only on explicit evidence."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from bot.facts.model import NARROWER, Ask, Facts, Purpose, Source
from bot.rules.table import (
    FACT_VALUES,
    OTHER_REQUESTS,
    RESTRICTIVENESS,
    FactTest,
    Presumptions,
    Rule,
    RuleTable,
    Verdict,
)

__all__ = ["Decision", "MessageDecision", "apply_presumptions", "decide", "decide_message", "unconfirmed_facts"]


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
    if not test.words_agree(facts):
        return False  # ("a warrant they spoke of" cannot turn into one nobody mentioned)
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
