"""The half-yearly training evaluation: per officer and per unit, rounds, score, the rules most missed.

Built from the period's `training` rows (bot.audit.training_rows) and the roster (names and units); a
self-contained HTML page with the chain head at generation, and the per-officer rows as CSV.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.audit.law_reports import REPORT_STYLE
from bot.audit.report import bar_chart
from bot.audit.training_rows import Result, results

__all__ = ["TRAINING_COLUMNS", "TrainingReport", "render_html", "training_report"]

TRAINING_COLUMNS = (
    "half",
    "unit",
    "officer",
    "user_id",
    "rounds",
    "completed_rounds",
    "answered",
    "correct",
    "score",
    "most_missed_rules",
)


@dataclass(frozen=True)
class UnitSummary:
    unit: str
    officers: int
    answered: int
    correct: int
    most_missed: tuple[tuple[str, int], ...]

    @property
    def score(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class TrainingReport:
    half: str
    first_day: str
    last_day: str
    officers: tuple[Result, ...]
    units: tuple[UnitSummary, ...]
    head_hash: str | None

    def figures(self) -> dict[str, Any]:
        answered = sum(r.answered for r in self.officers)
        return {
            "half": self.half,
            "officers": len(self.officers),
            "answers": answered,
            "correct": sum(r.correct for r in self.officers),
            "completed_rounds": sum(r.completed_rounds for r in self.officers),
            "head_hash": self.head_hash,
        }

    def rows(self) -> list[dict[str, Any]]:
        """One row per officer (the CSV)."""
        return [
            {
                "half": self.half,
                "unit": r.unit,
                "officer": r.name,
                "user_id": r.user_id,
                "rounds": r.rounds,
                "completed_rounds": r.completed_rounds,
                "answered": r.answered,
                "correct": r.correct,
                "score": f"{r.score:.2f}",
                "most_missed_rules": " ".join(f"{rule}({n})" for rule, n in r.most_missed),
            }
            for r in self.officers
        ]


def training_report(
    half: str,
    first_day: str,
    last_day: str,
    rows: Iterable[Mapping[str, Any]],
    roster: Mapping[str, Mapping[str, Any]],
    head_hash: str | None,
) -> TrainingReport:
    rows = list(rows)
    officers = results(rows, roster)
    missed_by_unit: dict[str, Counter[str]] = {}
    for row in rows:
        if row["kind"] == "training" and row["outcome"] == "wrong" and row.get("user_id"):
            unit = str(roster.get(str(row["user_id"]), {}).get("unit") or "(no unit on the roster)")
            missed_by_unit.setdefault(unit, Counter())[str(row["rule_id"])] += 1
    units = []
    for unit in sorted({r.unit for r in officers}):
        mine = [r for r in officers if r.unit == unit]
        missed = missed_by_unit.get(unit, Counter())
        units.append(
            UnitSummary(
                unit=unit,
                officers=len(mine),
                answered=sum(r.answered for r in mine),
                correct=sum(r.correct for r in mine),
                most_missed=tuple(sorted(missed.items(), key=lambda item: (-item[1], item[0]))[:3]),
            )
        )
    return TrainingReport(half, first_day, last_day, tuple(officers), tuple(units), head_hash)


def _missed(most_missed: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{html.escape(rule)} ({n})" for rule, n in most_missed) or "none"


def render_html(report: TrainingReport, generated_at: str) -> str:
    """A self-contained page (inline SVG, no scripts) naming the chain head at generation."""
    title = f"Training evaluations, {report.half}"
    figures = report.figures()
    answered = figures["answers"]
    score = f"{figures['correct'] / answered:.0%}" if answered else "-"
    totals = {
        "officers": figures["officers"],
        "answers": answered,
        "right": score,
        "completed rounds": figures["completed_rounds"],
    }
    boxes = "".join(f'<div class="total">{html.escape(k)}<b>{v}</b></div>' for k, v in totals.items())
    unit_rows = "".join(
        f"<tr><th>{html.escape(u.unit)}</th><td>{u.officers}</td><td>{u.answered}</td><td>{u.score:.0%}</td>"
        f"<td>{_missed(u.most_missed)}</td></tr>"
        for u in report.units
    )
    officer_rows = "".join(
        f"<tr><td>{html.escape(r.unit)}</td><th>{html.escape(r.name)}</th><td>{r.completed_rounds} of {r.rounds}</td>"
        f"<td>{r.correct} of {r.answered}</td><td>{r.score:.0%}</td><td>{_missed(r.most_missed)}</td></tr>"
        for r in report.officers
    )
    missed = Counter({rule: n for u in report.units for rule, n in u.most_missed})
    body = (
        (
            "<h2>By unit</h2><table><thead><tr><th>unit</th><th>officers</th><th>answers</th><th>right</th>"
            f"<th>rules most missed</th></tr></thead><tbody>{unit_rows}</tbody></table>"
            "<h2>Rules most missed</h2>"
            + (bar_chart(dict(missed), "answers missed by rule") if missed else "<p>No answer was wrong.</p>")
            + "<h2>By officer</h2><table><thead><tr><th>unit</th><th>officer</th><th>rounds completed</th>"
            f"<th>answers right</th><th>score</th><th>rules most missed</th></tr></thead><tbody>{officer_rows}</tbody>"
            "</table>"
        )
        if report.officers
        else "<p>No practice rounds were taken in this half-year.</p>"
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{REPORT_STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
        f'<p class="meta">Practice answers from {report.first_day} to {report.last_day} (New York days, both '
        f"included). Generated {html.escape(generated_at)}. A round is completed when all its scenarios are "
        "answered; the rules named are those that decide the scenarios answered wrongly. Names and units come "
        "from the roster; officers not on it are listed by their Slack id. Chain head at generation: "
        f"<code>{html.escape(report.head_hash or 'empty log')}</code>.</p>"
        f'<div class="totals" id="totals">{boxes}</div>{body}</body></html>'
    )
