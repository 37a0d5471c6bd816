"""The quarterly compliance report: what was asked, what was answered, and what looks wrong.

Built from the log alone (masked rows), so it can be handed to a review committee. Charts are
inline SVG: the HTML file is self-contained and opens offline. The pattern flags look for the
breach behind this project: one officer repeatedly asking about the same request, requests
to be alerted whenever someone deals with the police, and prohibited answers asked again with
changed facts until the answer changed.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from bot.audit.records import NOT_A_REQUEST_RULE, asks_of
from bot.audit.register import UNSIGNED_FLAG, RegisterEntry
from bot.audit.when import since_bound, until_bound

__all__ = ["Flag", "QuarterReport", "build_report", "quarter_bounds", "quarter_days", "render_html"]

VERDICTS = ("prohibited", "permitted", "needs_info", "escalate")
_COLOURS = {"prohibited": "#c62828", "permitted": "#2e7d32", "needs_info": "#f9a825", "escalate": "#ef6c00"}
REASK_WINDOW = dt.timedelta(days=14)
REPEAT_THRESHOLD = 3


def quarter_days(quarter: str) -> tuple[dt.date, dt.date]:
    """'2026Q4' -> (2026-10-01, 2026-12-31): its first and last New York days."""
    match = re.fullmatch(r"(\d{4})Q([1-4])", quarter.strip().upper())
    if not match:
        raise ValueError(f"quarter must look like 2026Q4, not {quarter!r}")
    year, number = int(match.group(1)), int(match.group(2))
    start = dt.date(year, 3 * number - 2, 1)
    after = dt.date(year + 1, 1, 1) if number == 4 else dt.date(year, 3 * number + 1, 1)
    return start, after - dt.timedelta(days=1)


def quarter_bounds(quarter: str) -> tuple[str, str]:
    """The quarter's New York days as the log's UTC timestamps compare: [since, until)."""
    first, last = quarter_days(quarter)
    return since_bound(first.isoformat()), until_bound(last.isoformat())


# A person, or their custody, going to a federal agency: what DOI asked to scrutinise one by one.
# Records, emergencies and the rest are not hand-overs, whatever their verdict.
HANDOVER_ASKS = frozenset({"transfer_custody", "hold", "notify_release", "transport"})


@dataclass(frozen=True)
class Flag:
    kind: str  # monitoring | same_subject | repeated | reasked
    user: str
    summary: str
    query_ids: tuple[str, ...]


@dataclass
class QuarterReport:
    quarter: str
    since: str  # the first New York day
    until: str  # the last New York day (included)
    questions: int = 0
    by_verdict: Counter[str] = field(default_factory=Counter)
    by_agency: Counter[str] = field(default_factory=Counter)
    by_ask: Counter[str] = field(default_factory=Counter)
    by_outcome: Counter[str] = field(default_factory=Counter)
    by_week: dict[str, Counter[str]] = field(default_factory=dict)
    permitted: list[dict[str, Any]] = field(default_factory=list)
    escalations: list[dict[str, Any]] = field(default_factory=list)
    not_requests: int = 0  # escalated only because they were no federal request (R0): not counsel's cases
    flags: list[Flag] = field(default_factory=list)
    head_hash: str | None = None  # the chain head when the report was built: publish it
    # from the register: what was done with each request, and what goes against the advice
    done: Counter[str] = field(default_factory=Counter)
    against_advice: list[dict[str, Any]] = field(default_factory=list)
    unsigned_handovers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def handovers(self) -> list[dict[str, Any]]:
        """Permitted answers that hand a person or their custody to a federal agency."""
        return [row for row in self.permitted if _asks(row) & HANDOVER_ASKS]

    def figures(self) -> dict[str, Any]:
        """The report's numbers as plain JSON data."""
        return {
            "quarter": self.quarter,
            "since": self.since,
            "until": self.until,
            "questions": self.questions,
            "by_verdict": dict(self.by_verdict),
            "by_agency": dict(self.by_agency),
            "by_ask": dict(self.by_ask),
            "by_outcome": dict(self.by_outcome),
            "by_week": {week: dict(counts) for week, counts in sorted(self.by_week.items())},
            "permitted": [row["query_id"] for row in self.permitted],
            "handovers": [row["query_id"] for row in self.handovers],
            "escalations": self.escalations,
            "not_requests": self.not_requests,
            "flags": [asdict(flag) for flag in self.flags],
            "done": dict(self.done),
            "against_advice": [row["query_id"] for row in self.against_advice],
            "unsigned_handovers": [row["query_id"] for row in self.unsigned_handovers],
            "head_hash": self.head_hash,
        }


def _week(created_at: str) -> str:
    year, week, _ = dt.datetime.fromisoformat(created_at).isocalendar()
    return f"{year}-W{week:02d}"


def _asks(row: Mapping[str, Any]) -> set[str]:
    return set(asks_of(row))


def build_report(
    quarter: str,
    rows: Iterable[Mapping[str, Any]],
    head_hash: str | None = None,
    register: Iterable[RegisterEntry] = (),
) -> QuarterReport:
    """`rows`: the quarter's rows, oldest first (e.g. `AuditLog.stream`); `register`: the
    quarter's requests with what was done (bot.audit.register), for outcomes and their flags."""
    since, until = quarter_bounds(quarter)
    first, last = quarter_days(quarter)
    report = QuarterReport(quarter.upper(), first.isoformat(), last.isoformat(), head_hash=head_hash)
    queries: list[Mapping[str, Any]] = []
    follow_ups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        if not since <= row["created_at"] < until or row.get("source") == "eval":
            continue  # evaluation runs test the bot; they are not officers' questions
        if row["kind"] == "query":
            queries.append(row)
        elif row.get("parent_query_id"):
            follow_ups[row["parent_query_id"]].append(row)
    by_id = {row["query_id"]: row for row in queries}
    for row in queries:
        report.questions += 1
        report.by_outcome[row["outcome"]] += 1
        if row["outcome"] != "answered":
            continue
        verdict = row["verdict"]
        report.by_verdict[verdict] += 1
        report.by_agency[row.get("agency") or "unknown"] += 1
        for ask in _asks(row) or {"(none stated)"}:
            report.by_ask[ask] += 1
        report.by_week.setdefault(_week(row["created_at"]), Counter())[verdict] += 1
        if verdict == "permitted":
            report.permitted.append(dict(row))
    for query_id, linked in follow_ups.items():
        escalated = [r for r in linked if r["kind"] == "escalation"]
        decisions = [r for r in linked if r["kind"] == "counsel_decision"]
        parent = by_id.get(query_id)
        if escalated or (parent and parent.get("verdict") == "escalate"):
            if not escalated and parent and parent.get("rule_id") == NOT_A_REQUEST_RULE:
                continue  # counted below with the other messages that were no request
            report.escalations.append(_case(query_id, parent, escalated, decisions))
    known = {e["query_id"] for e in report.escalations}
    for row in queries:  # bot said "escalate" but nobody pressed the button
        if row.get("verdict") == "escalate" and row["query_id"] not in known:
            if row.get("rule_id") == NOT_A_REQUEST_RULE:
                report.not_requests += 1  # gibberish, off-topic: nothing for counsel to decide
                continue
            report.escalations.append(_case(row["query_id"], row, [], []))
    report.flags = _flags([q for q in queries if q["outcome"] == "answered"])
    for entry in register:
        report.done[entry.done or "not recorded"] += 1
        row = entry.as_row()
        if any(flag != UNSIGNED_FLAG for flag in entry.flags):
            report.against_advice.append(row)
        if UNSIGNED_FLAG in entry.flags:
            report.unsigned_handovers.append(row)
    return report


def _case(
    query_id: str,
    row: Mapping[str, Any] | None,
    escalated: list[Mapping[str, Any]],
    decisions: list[Mapping[str, Any]],
) -> dict[str, Any]:
    """One escalation as a reader needs it: what was asked (masked), what the bot read and said,
    who escalated and what counsel decided."""
    row = row or {}
    return {
        "query_id": query_id,
        "created_at": row.get("created_at"),
        "question": row.get("question_masked"),
        "agency": row.get("agency"),
        "asks": sorted(_asks(row)) if row else [],
        "rule_id": row.get("rule_id"),
        "bot_verdict": row.get("verdict"),
        "escalated_by": escalated[0]["user_id"] if escalated else None,
        "decision": decisions[-1]["verdict"] if decisions else None,
        "decided_by": decisions[-1]["user_id"] if decisions else None,
    }


def _flags(answered: list[Mapping[str, Any]]) -> list[Flag]:
    flags: list[Flag] = []
    monitoring: dict[str, list[str]] = defaultdict(list)
    repeats: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    subjects: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_user: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in answered:
        user = row.get("user_id") or "unknown"
        if "monitoring_alert" in _asks(row):
            monitoring[user].append(row["query_id"])
        repeats[(user, row.get("agency") or "unknown", row.get("asks") or "")].append(row["query_id"])
        for subject in row.get("subject_keys") or ():
            subjects[(user, subject)].append(row["query_id"])
        by_user[user].append(row)
    for user, ids in monitoring.items():
        flags.append(
            Flag("monitoring", user, f"{len(ids)} request(s) to be alerted when someone deals with police", tuple(ids))
        )
    for (user, subject), ids in subjects.items():
        if len(ids) >= REPEAT_THRESHOLD:
            kind = subject.split(":", 1)[0].replace("_", " ")
            flags.append(
                Flag(
                    "same_subject", user, f"asked {len(ids)} times about the same person ({kind} {subject})", tuple(ids)
                )
            )
    for (user, agency, asks), ids in repeats.items():
        if len(ids) >= REPEAT_THRESHOLD:
            what = asks.replace(",", ", ") or "unstated asks"
            flags.append(Flag("repeated", user, f"asked {len(ids)} times: {agency} wants {what}", tuple(ids)))
    for user, rows in by_user.items():
        for index, first in enumerate(rows):
            if first["verdict"] != "prohibited":
                continue
            asked = dt.datetime.fromisoformat(first["created_at"])
            for later in rows[index + 1 :]:
                if dt.datetime.fromisoformat(later["created_at"]) - asked > REASK_WINDOW:
                    break
                same_request = later.get("agency") == first.get("agency") and _asks(later) & _asks(first)
                if same_request and later["verdict"] != "prohibited" and later.get("facts") != first.get("facts"):
                    flags.append(
                        Flag(
                            "reasked",
                            user,
                            f"prohibited ({first['rule_id']}), asked again with changed facts: {later['verdict']} "
                            f"({later['rule_id']})",
                            (first["query_id"], later["query_id"]),
                        )
                    )
                    break
    return flags


def bar_chart(counts: Mapping[str, int], title: str, width: int = 520) -> str:
    """A horizontal bar chart as inline SVG (no scripts, no external files)."""
    items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    bar_height, gap, label_width = 18, 6, 190
    height = 28 + len(items) * (bar_height + gap)
    most = max((count for _, count in items), default=1) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>'
    ]
    for number, (label, count) in enumerate(items):
        y = 20 + number * (bar_height + gap)
        length = round((width - label_width - 50) * count / most)
        colour = _COLOURS.get(label, "#455a64")
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end" font-size="12">{html.escape(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" fill="{colour}"/>'
            f'<text x="{label_width + length + 4}" y="{y + 13}" font-size="12" data-count="{count}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def weekly_chart(by_week: Mapping[str, Counter[str]], width: int = 720, height: int = 220) -> str:
    """Stacked columns per ISO week, one colour per verdict, with a count scale and readable weeks.

    Each column is labelled, level and unclipped, by its week number and the date its Monday
    falls on ("W48" over "23 Nov"), with its total above it; the left axis shows 0, half and the
    most answers in any week.
    """
    weeks = sorted(by_week)
    if not weeks:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    most = max(sum(c.values()) for c in by_week.values()) or 1
    left, top = 44, 18  # room for the scale, and for the tallest column's total
    column = min(48, max(8, (width - left - 10) // len(weeks) - 4))
    every = max(1, -(-34 // (column + 4)))  # label every n-th week when columns are narrower than a label
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height + 34}" '
        'aria-label="answers per week by verdict"><title>answers per week by verdict</title>',
        f'<line x1="{left - 4}" y1="{top}" x2="{left - 4}" y2="{height}" stroke="#90a4ae"/>',
    ]
    for tick in sorted({0, most // 2, most}):
        y = height - round((height - top) * tick / most)
        parts.append(
            f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" font-size="11">{tick}</text>'
            f'<line x1="{left - 4}" y1="{y}" x2="{width - 6}" y2="{y}" stroke="#eceff1"/>'
        )
    for number, week in enumerate(weeks):
        x, base = left + number * (column + 4), height
        for verdict in VERDICTS:
            count = by_week[week][verdict]
            if not count:
                continue
            size = round((height - top) * count / most)
            base -= size
            parts.append(
                f'<rect x="{x}" y="{base}" width="{column}" height="{size}" fill="{_COLOURS[verdict]}">'
                f"<title>{week} {verdict}: {count}</title></rect>"
            )
        middle = x + column / 2
        total = sum(by_week[week].values())
        parts.append(f'<text x="{middle}" y="{base - 4}" text-anchor="middle" font-size="10">{total}</text>')
        if number % every == 0:
            year, number_in_year = (int(part) for part in week.split("-W"))
            monday = dt.date.fromisocalendar(year, number_in_year, 1)
            parts.append(
                f'<text x="{middle}" y="{height + 14}" text-anchor="middle" font-size="11">W{number_in_year:02d}</text>'
                f'<text x="{middle}" y="{height + 28}" text-anchor="middle" font-size="10" fill="#546e7a">'
                f"{monday.day} {monday:%b}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: QuarterReport, generated_at: str) -> str:
    environment = Environment(
        loader=PackageLoader("bot.audit", "templates"), autoescape=select_autoescape(["html", "j2"])
    )
    template = environment.get_template("report.html.j2")
    return template.render(
        report=report,
        verdicts=VERDICTS,
        colours=_COLOURS,
        generated_at=generated_at,
        charts={
            "verdict": bar_chart(report.by_verdict, "answers by verdict"),
            "agency": bar_chart(report.by_agency, "answers by agency"),
            "ask": bar_chart(report.by_ask, "answers by what was asked"),
            "weeks": weekly_chart(report.by_week),
        },
    )
