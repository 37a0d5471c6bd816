"""What changed between two knowledge-base versions: passages, rules, offence lists.

Counsel reads it before activating a version; reviewers read it to see why an answer changed.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

import yaml

from bot.kb.store import LoadedVersion

__all__ = ["KbDiff", "diff_versions", "word_diff"]


@dataclass
class KbDiff:
    old: str
    new: str
    passages_added: list[str] = field(default_factory=list)
    passages_removed: list[str] = field(default_factory=list)
    passages_changed: list[str] = field(default_factory=list)
    rules_added: list[str] = field(default_factory=list)
    rules_removed: list[str] = field(default_factory=list)
    rules_changed: list[str] = field(default_factory=list)
    rules_reordered: bool = False  # first match wins: order is meaning
    other_rule_sections_changed: list[str] = field(default_factory=list)  # presumptions, fallback
    offenses_changed: bool = False
    # passage id -> its text with [-removed-] and {+added+} words marked (as `git diff --word-diff`)
    passage_word_diffs: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.passages_added,
                self.passages_removed,
                self.passages_changed,
                self.rules_added,
                self.rules_removed,
                self.rules_changed,
                self.rules_reordered,
                self.other_rule_sections_changed,
                self.offenses_changed,
            )
        )

    def lines(self) -> list[str]:
        out = [f"{self.old} -> {self.new}"]
        for label, items in (
            ("passage added", self.passages_added),
            ("passage removed", self.passages_removed),
            ("passage changed", self.passages_changed),
            ("rule added", self.rules_added),
            ("rule removed", self.rules_removed),
            ("rule changed", self.rules_changed),
            ("rules.yaml section changed", self.other_rule_sections_changed),
        ):
            for item in items:
                out.append(f"  {label}: {item}")
                if label == "passage changed" and item in self.passage_word_diffs:
                    out.extend(f"      {line}" for line in self.passage_word_diffs[item].splitlines())
        if self.rules_reordered:
            out.append("  rules reordered (the first matching rule decides, so order matters)")
        if self.offenses_changed:
            out.append("  offenses.yaml changed (what counts as a violent or serious offence)")
        if self.empty:
            out.append("  no differences")
        return out


def _rules(text: str) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    data = yaml.safe_load(text) or {}
    rules = {str(rule["id"]): rule for rule in data.get("rules", [])}
    order = [str(rule["id"]) for rule in data.get("rules", [])]
    others = {key: value for key, value in data.items() if key != "rules"}
    return rules, order, others


def diff_versions(old: LoadedVersion, new: LoadedVersion) -> KbDiff:
    diff = KbDiff(old.version, new.version)
    before = {p.passage_id: p for p in old.passages}
    after = {p.passage_id: p for p in new.passages}
    diff.passages_added = sorted(after.keys() - before.keys())
    diff.passages_removed = sorted(before.keys() - after.keys())
    diff.passages_changed = sorted(pid for pid in before.keys() & after.keys() if before[pid].text != after[pid].text)
    diff.passage_word_diffs = {pid: word_diff(before[pid].text, after[pid].text) for pid in diff.passages_changed}
    old_rules, old_order, old_other = _rules(old.rules_text)
    new_rules, new_order, new_other = _rules(new.rules_text)
    diff.rules_added = [rid for rid in new_order if rid not in old_rules]
    diff.rules_removed = [rid for rid in old_order if rid not in new_rules]
    diff.rules_changed = [rid for rid in new_order if rid in old_rules and old_rules[rid] != new_rules[rid]]
    kept_old = [rid for rid in old_order if rid in new_rules]
    kept_new = [rid for rid in new_order if rid in old_rules]
    diff.rules_reordered = kept_old != kept_new
    diff.other_rule_sections_changed = sorted(
        key for key in old_other.keys() | new_other.keys() if old_other.get(key) != new_other.get(key)
    )
    diff.offenses_changed = old.offenses_text != new.offenses_text
    return diff


def word_diff(old: str, new: str, context: int = 8) -> str:
    """The changed words of `new` against `old`, marked [-like this-] and {+like this+}, with up
    to `context` unchanged words around each change (`...` where more were left out)."""
    before, after = old.split(), new.split()
    parts: list[str] = []
    opcodes = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = before[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            if len(words) > 2 * context or (first and len(words) > context) or (last and len(words) > context):
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                parts.extend([*head, "...", *tail])
            else:
                parts.extend(words)
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(before[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(after[j1:j2]) + "+}")
    return " ".join(parts)
