"""Checks on what each rule quotes, and the exceptions to the explicit-evidence rule.

Every authority a rule cites must name, under the rule's `quote:`, the section counsel want
shown to the officer; the answer quotes that section and retrieval only ranks among the
sections listed. A section is named by its heading or by the start of its slug, and must
name exactly one section of that authority.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.kb.documents import PolicyDocument, section_matches
from bot.kb.errors import KnowledgeError
from bot.kb.yaml_lines import rule_line
from bot.rules.table import Rule, RuleTable

__all__ = ["check_quotes", "semantic_exceptions"]


def _cited(rule: Rule) -> list[str]:
    return list(dict.fromkeys([*rule.authorities, *(a for addition in rule.authorities_when for a in addition.add)]))


def check_quotes(table: RuleTable, documents: Sequence[PolicyDocument], path: Path, text: str) -> list[KnowledgeError]:
    """Each cited authority has a `quote:` section, and each named section exists once."""
    passages = {doc.front.id: doc.passages for doc in documents}
    errors: list[KnowledgeError] = []
    for rule in (*table.rules, table.fallback):
        line = rule_line(text, rule.id, "quote") or rule_line(text, rule.id)
        cited = _cited(rule)
        for authority in cited:
            if authority not in rule.quote and authority in passages:
                sections = ", ".join(p.passage_id.split("#", 1)[1] for p in passages[authority])
                errors.append(
                    KnowledgeError(
                        path,
                        line,
                        f"rule {rule.id} cites {authority} but names no section of it to quote",
                        f"add under 'quote:' a line '{authority}: SECTION' (sections: {sections})",
                    )
                )
        for authority, anchors in rule.quote.items():
            if authority not in cited:
                errors.append(
                    KnowledgeError(
                        path,
                        line,
                        f"rule {rule.id} names a section of {authority}, which it does not cite",
                        f"add {authority} to its authorities or remove the line",
                    )
                )
                continue
            for anchor in anchors:
                found = [p for p in passages.get(authority, ()) if section_matches(p, anchor)]
                if len(found) == 1:
                    continue
                sections = ", ".join(p.passage_id.split("#", 1)[1] for p in passages.get(authority, ()))
                problem = "matches no section" if not found else f"matches {len(found)} sections"
                errors.append(
                    KnowledgeError(
                        path,
                        line,
                        f"rule {rule.id}: quote section '{anchor}' of {authority} {problem}",
                        f"use a heading or the start of a slug that names one section (sections: {sections})",
                    )
                )
    return errors


def semantic_exceptions(table: RuleTable) -> list[str]:
    """One line per `permitted` rule that may rest on a semantic reading (for `kb check`)."""
    return [
        f"rule {rule.id} may permit on a semantic reading of: {', '.join(rule.trusts_semantic)}"
        for rule in table.rules
        if rule.trusts_semantic
    ]
