"""Score the bot on a labelled file: accuracy, false permits, citation recall, confusion."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.batch import answer_lines
from bot.pipeline import Pipeline

__all__ = ["EvalReport", "evaluate", "format_report"]

VERDICTS = ("prohibited", "permitted", "needs_info", "escalate")
_LABEL_FIELDS = frozenset({"expected_verdict", "must_cite", "facts", "rationale"})


@dataclass
class EvalReport:
    total: int = 0
    correct: int = 0
    false_permits: list[str] = field(default_factory=list)
    cited_all: int = 0
    errors: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def citation_recall(self) -> float:
        return self.cited_all / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.total,
            "accuracy": round(self.accuracy, 4),
            "false_permits": len(self.false_permits),
            "false_permit_ids": self.false_permits,
            "citation_recall": round(self.citation_recall, 4),
            "errors": self.errors,
            "misses": self.misses,
        }


def evaluate(pipeline: Pipeline, labelled: Iterable[str]) -> EvalReport:
    items = [json.loads(line) for line in labelled if line.strip()]
    lines = [json.dumps({"id": i["id"], "question": i["question"]}).encode() for i in items]
    report = EvalReport()
    for item, answer in zip(
        items, answer_lines(pipeline, lines, source="eval", allowed_extra=_LABEL_FIELDS), strict=True
    ):
        report.total += 1
        expected = item["expected_verdict"]
        if "error" in answer:
            report.errors.append(f"{item['id']}: {answer['error']}")
            report.confusion[(expected, "error")] += 1
            continue
        got = answer["verdict"]
        report.confusion[(expected, got)] += 1
        cited = {c["authority"] for c in answer["citations"]}
        missing = sorted(set(item.get("must_cite", [])) - cited)
        report.correct += got == expected
        report.cited_all += not missing
        if got == "permitted" and expected != "permitted":
            report.false_permits.append(item["id"])
        if got != expected or missing:
            report.misses.append(
                {
                    "id": item["id"],
                    "expected": expected,
                    "got": got,
                    "rule": answer["rule_id"],
                    "missing_citations": missing,
                }
            )
    return report


def format_report(report: EvalReport, path: Path) -> str:
    lines = [
        f"{path}: {report.total} items",
        f"  verdict accuracy  {report.accuracy:.3f} ({report.correct}/{report.total})",
        f"  false permits     {len(report.false_permits)} {report.false_permits or ''}".rstrip(),
        f"  citation recall   {report.citation_recall:.3f} ({report.cited_all}/{report.total})",
        "",
        "  confusion (rows: expected, columns: answered)",
        "  " + " " * 12 + "".join(f"{v:>12}" for v in (*VERDICTS, "error")),
    ]
    for expected in VERDICTS:
        row = "".join(f"{report.confusion[(expected, got)]:>12}" for got in (*VERDICTS, "error"))
        lines.append(f"  {expected:>12}{row}")
    if report.misses:
        lines.append("")
        lines.append("  misses:")
        lines.extend(
            f"    {m['id']}: expected {m['expected']}, got {m['got']} ({m['rule']})"
            + (f", missing {', '.join(m['missing_citations'])}" if m["missing_citations"] else "")
            for m in report.misses
        )
    lines.extend(f"  error: {e}" for e in report.errors)
    return "\n".join(lines)
