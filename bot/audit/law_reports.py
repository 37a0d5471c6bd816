"""The reports the law asks for, built from the register (bot.audit.register).

- § 10-178(d): each agency records every request for assistance with immigration enforcement
  and its response, summarised quarterly for the Council Speaker. Here: the register's
  requests that concern immigration enforcement, anonymised (no officer, no question), by
  agency and by what was asked, each with the response recorded.
- The NYPD's annual civil immigration detainer report: detainers received, held past release,
  transferred to ICE, not honored, with the reason the rules give for not honoring.

What counts as a request for immigration enforcement is read from the logged facts: a civil,
mixed or immigration-crime purpose, or civil immigration paperwork (detainer, administrative
warrant, a judge's immigration warrant), or a question about a person's status.
"""

from __future__ import annotations

import csv
import html
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.audit.outcomes import OUTCOMES
from bot.audit.records import asks_of
from bot.audit.register import RegisterEntry
from bot.audit.report import bar_chart

__all__ = [
    "REPORT_STYLE",
    "RESPONSES",
    "DetainerReport",
    "ImmigrationRequestsReport",
    "detainer_report",
    "immigration_requests_report",
    "is_immigration_request",
    "render_html",
    "to_csv",
    "year_bounds",
]

NOT_RECORDED = "not recorded"
RESPONSES = (*OUTCOMES.values(), NOT_RECORDED)
_IMMIGRATION_PURPOSES = frozenset({"civil_immigration", "mixed", "immigration_crime"})
_IMMIGRATION_PAPER = frozenset({"detainer_only", "administrative", "judicial_immigration"})
_STATUS_ASKS = frozenset(
    {"share_status_info", "inquire_status_victim_witness", "inquire_status_suspect", "inquire_status_role_unknown"}
)
# why a detainer is not honored, by the rule that answered (counsel's table)
_NOT_HONORED_BECAUSE = (
    ("R2a", "no judicial warrant"),
    ("R2c", "no qualifying conviction or watchlist match"),
    ("R2e", "record or watchlist result not known"),
    ("R2d", "paperwork or signer unclear"),
    ("R2b", "held for legal review (qualifying conviction or watchlist)"),
    ("R2f", "held for legal review (48-hour exception or equivalence)"),
)


def year_bounds(year: int) -> tuple[str, str]:
    """[since, until) of a calendar year, New York days, as the log compares them."""
    from bot.audit.when import since_bound, until_bound

    return since_bound(f"{year}-01-01"), until_bound(f"{year}-12-31")


def _facts(entry: RegisterEntry) -> dict[str, Any]:
    return entry.query.get("facts") or {}


def _asks(entry: RegisterEntry) -> list[str]:
    return asks_of(entry.query)


def is_immigration_request(entry: RegisterEntry) -> bool:
    facts = _facts(entry)
    return (
        facts.get("purpose") in _IMMIGRATION_PURPOSES
        or facts.get("warrant") in _IMMIGRATION_PAPER
        or bool(_STATUS_ASKS & set(_asks(entry)))
    )


def _response(entry: RegisterEntry) -> str:
    return entry.done or NOT_RECORDED


@dataclass
class ImmigrationRequestsReport:
    period: str
    since: str
    until: str
    head_hash: str | None
    total: int = 0
    by_response: Counter[str] = field(default_factory=Counter)
    by_agency: dict[str, Counter[str]] = field(default_factory=dict)  # agency -> response -> count
    by_ask: dict[str, Counter[str]] = field(default_factory=dict)  # what was asked -> response -> count
    rows: list[dict[str, Any]] = field(default_factory=list)  # one anonymised row per request

    def figures(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "requests": self.total,
            "by_response": dict(self.by_response),
            "by_agency": {agency: dict(counts) for agency, counts in self.by_agency.items()},
            "by_ask": {ask: dict(counts) for ask, counts in self.by_ask.items()},
            "head_hash": self.head_hash,
        }


def immigration_requests_report(
    period: str, since: str, until: str, entries: Iterable[RegisterEntry], head_hash: str | None
) -> ImmigrationRequestsReport:
    """§ 10-178(d): requests for assistance with immigration enforcement and the responses."""
    from bot.facts.labels import AGENCY_LABELS, ASK_LABELS

    agencies = {str(a): label for a, label in AGENCY_LABELS.items()}
    asks = {str(a): label for a, label in ASK_LABELS.items()}
    report = ImmigrationRequestsReport(period, since, until, head_hash)
    for entry in entries:
        if not is_immigration_request(entry):
            continue
        response = _response(entry)
        agency = agencies.get(str(entry.query.get("agency")), "Agency not stated")
        report.total += 1
        report.by_response[response] += 1
        report.by_agency.setdefault(agency, Counter())[response] += 1
        for ask in _asks(entry) or ["not stated"]:
            report.by_ask.setdefault(asks.get(ask, ask), Counter())[response] += 1
        report.rows.append(
            {
                "date": str(entry.query["created_at"])[:10],
                "agency": agency,
                "requested": "; ".join(asks.get(a, a) for a in _asks(entry)),
                "paperwork": _facts(entry).get("warrant") or "",
                "advice": entry.query.get("verdict"),
                "response": response,
            }
        )
    return report


@dataclass
class DetainerReport:
    period: str
    since: str
    until: str
    head_hash: str | None
    received: int = 0
    held_past_release: int = 0
    transferred: int = 0
    not_honored: int = 0
    pending: int = 0
    not_honored_because: Counter[str] = field(default_factory=Counter)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "received": self.received,
            "held_past_release": self.held_past_release,
            "transferred_to_ice": self.transferred,
            "not_honored": self.not_honored,
            "pending_or_not_recorded": self.pending,
            "not_honored_because": dict(self.not_honored_because),
            "head_hash": self.head_hash,
        }


def _reason(rule_id: str) -> str:
    return next((why for prefix, why in _NOT_HONORED_BECAUSE if rule_id.startswith(prefix)), f"rule {rule_id}")


def detainer_report(
    period: str, since: str, until: str, entries: Iterable[RegisterEntry], head_hash: str | None
) -> DetainerReport:
    """Civil immigration detainers received and what became of them (the NYPD's annual report)."""
    report = DetainerReport(period, since, until, head_hash)
    for entry in entries:
        if _facts(entry).get("warrant") != "detainer_only":
            continue
        asks = set(_asks(entry))
        outcome = entry.outcome["outcome"] if entry.outcome else None
        report.received += 1
        held = outcome == "fulfilled" and "hold" in asks
        transferred = outcome == "fulfilled" and "transfer_custody" in asks
        report.held_past_release += held
        report.transferred += transferred
        reason = ""
        if outcome == "declined":
            report.not_honored += 1
            reason = _reason(str(entry.query.get("rule_id") or ""))
            report.not_honored_because[reason] += 1
        elif outcome in (None, "pending", "referred"):
            report.pending += 1
        report.rows.append(
            {
                "date": str(entry.query["created_at"])[:10],
                "agency": entry.query.get("agency") or "",
                "requested": "; ".join(sorted(asks)),
                "advice": entry.query.get("verdict"),
                "rule_id": entry.query.get("rule_id"),
                "response": _response(entry),
                "held_past_release": held,
                "transferred": transferred,
                "not_honored_because": reason,
            }
        )
    return report


def _days(period: str) -> tuple[str, str]:
    """The first and last New York day of a quarter ("2026Q4") or a year ("2026")."""
    from bot.audit.report import quarter_days

    if period.isdigit():
        return f"{period}-01-01", f"{period}-12-31"
    first, last = quarter_days(period)
    return first.isoformat(), last.isoformat()


def to_csv(rows: list[dict[str, Any]], columns: Sequence[str] = ("date",)) -> str:
    """Rows as CSV; `columns` head an empty file (a report of a period with nothing in it)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(columns))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _table(counts: dict[str, Counter[str]], first: str) -> str:
    head = "".join(f"<th>{html.escape(r)}</th>" for r in RESPONSES)
    lines = [f"<table><thead><tr><th>{html.escape(first)}</th>{head}<th>total</th></tr></thead><tbody>"]
    for name in sorted(counts, key=lambda n: (-sum(counts[n].values()), n)):
        cells = "".join(f"<td>{counts[name][r]}</td>" for r in RESPONSES)
        lines.append(f"<tr><th>{html.escape(name)}</th>{cells}<td>{sum(counts[name].values())}</td></tr>")
    lines.append("</tbody></table>")
    return "".join(lines)


REPORT_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#212121}"
    "h2{border-bottom:2px solid #1d3557;padding-bottom:.2rem;margin-top:2rem}.meta{color:#616161;font-size:.9rem}"
    "table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{border-bottom:1px solid #e0e0e0;"
    "padding:.3rem .4rem;text-align:left}thead th{background:#eceff1}.totals{display:flex;gap:1rem;flex-wrap:wrap}"
    ".total{border:1px solid #cfd8dc;border-radius:6px;padding:.6rem 1rem;min-width:8rem}"
    ".total b{display:block;font-size:1.6rem}"
)


def render_html(report: ImmigrationRequestsReport | DetainerReport, generated_at: str) -> str:
    """A self-contained page (inline SVG, no scripts) with the chain head at generation."""
    if isinstance(report, ImmigrationRequestsReport):
        title = f"Requests for assistance with immigration enforcement, {report.period} (§ 10-178(d))"
        totals = {"requests": report.total, **{r: report.by_response[r] for r in RESPONSES}}
        body = (
            "<h2>Responses</h2>"
            + bar_chart(dict(report.by_response), "requests by response")
            + "<h2>By agency</h2>"
            + _table(report.by_agency, "agency")
            + "<h2>By what was asked</h2><p class='meta'>A request asking several things counts under each.</p>"
            + _table(report.by_ask, "asked for")
        )
        scope = (
            "Requests whose logged facts show civil immigration paperwork (detainer, administrative "
            "warrant, a judge's immigration warrant), a civil, mixed or immigration-crime purpose, or a "
            "question about a person's status; answered by the bot or recorded without asking. "
            "Anonymised: no officer, no question text."
        )
    else:
        title = f"Civil immigration detainers, {report.period}"
        totals = {
            "received": report.received,
            "held past release": report.held_past_release,
            "transferred to ICE": report.transferred,
            "not honored": report.not_honored,
            "pending or not recorded": report.pending,
        }
        reasons = "".join(
            f"<tr><td>{html.escape(why)}</td><td>{count}</td></tr>"
            for why, count in report.not_honored_because.most_common()
        )
        body = "<h2>Not honored, by reason</h2>" + (
            bar_chart(dict(report.not_honored_because), "detainers not honored by reason")
            + "<table><thead><tr><th>reason (the rule that answered)</th><th>detainers</th></tr></thead>"
            + f"<tbody>{reasons}</tbody></table>"
            if reasons
            else "<p>None recorded as declined in this period.</p>"
        )
        scope = (
            "Requests logged with a detainer as the only paperwork. Held past release: a hold asked and "
            "fulfilled; transferred: custody asked and fulfilled; not honored: declined."
        )
    first, last = _days(report.period)
    boxes = "".join(f'<div class="total">{html.escape(k)}<b>{v}</b></div>' for k, v in totals.items())
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{REPORT_STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
        f'<p class="meta">Rows from {first} to {last} (New York days, both included). '
        f"Generated {html.escape(generated_at)}. {html.escape(scope)} Chain head at generation: "
        f"<code>{html.escape(report.head_hash or 'empty log')}</code>.</p>"
        f'<div class="totals" id="totals">{boxes}</div>{body}</body></html>'
    )
