"""The log page's filters, as the browser sends them (query string) and as the log reads them."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from bot.audit.records import SORTABLE, LogFilter
from bot.audit.vocabulary import ROW_KINDS, VERDICTS_SHOWN
from bot.audit.when import since_bound, until_bound
from bot.facts.model import Ask
from bot.masking import clean_text

__all__ = ["KINDS", "LABELS", "VERDICTS", "LogQuery"]

VERDICTS = VERDICTS_SHOWN
KINDS = ROW_KINDS
_SHORT = Field(default=None, max_length=200)
_ASKS = frozenset(ask.value for ask in Ask)
LABELS = {
    "start": "From",
    "end": "To",
    "verdict": "Verdict",
    "agency": "Agency",
    "ask": "Ask",
    "officer": "Officer",
    "rule": "Rule",
    "kb": "KB version",
    "kind": "Rows",
    "escalated": "Escalated",
    "flagged": "Flagged by an officer",
    "q": "Search",
    "sort": "Sort",
    "dir": "Sort direction",
    "page": "Page",
}
_DEFAULTS: dict[str, object] = {"kind": "query", "sort": "time", "dir": "desc", "page": 1}


class LogQuery(BaseModel):
    """One filter of the log page. Dates are whole New York days; `end` is included."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    start: dt.date | None = None
    end: dt.date | None = None
    verdict: Literal["prohibited", "permitted", "needs_info", "escalate"] | None = None
    agency: str | None = _SHORT
    ask: str | None = _SHORT
    officer: str | None = _SHORT
    rule: str | None = _SHORT
    kb: str | None = _SHORT
    kind: str = "query"  # one of KINDS, or "all"
    escalated: Literal["yes", "no"] | None = None
    flagged: Literal["yes", "no"] | None = None
    q: str | None = _SHORT
    sort: str = "time"  # one of SORTABLE
    dir: Literal["asc", "desc"] = "desc"
    page: int = Field(default=1, ge=1, le=1_000_000)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any, info: ValidationInfo) -> Any:
        """An empty form field means "any" (or the default sort, kind and page). NUL, zero-width
        and bidirectional-override characters are dropped: they only ever disguise text."""
        if isinstance(value, str):
            value = clean_text(value).replace("\x00", "")
        if isinstance(value, str) and not value.strip():
            return _DEFAULTS.get(str(info.field_name))
        return value.strip() if isinstance(value, str) else value

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in (*KINDS, "all"):
            raise ValueError(f"not one of the kinds of row ({', '.join(KINDS)}) or all")
        return value

    @field_validator("sort")
    @classmethod
    def _known_sort(cls, value: str) -> str:
        if value not in SORTABLE:
            raise ValueError(f"not one of the columns ({', '.join(SORTABLE)})")
        return value

    @field_validator("agency", "ask", "verdict", mode="before")
    @classmethod
    def _any_case(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("ask")
    @classmethod
    def _known_ask(cls, value: str | None) -> str | None:
        if value is not None and value not in _ASKS:
            raise ValueError(f"not one of the asks ({', '.join(sorted(_ASKS))})")
        return value

    def log_filter(self, limit: int | None) -> LogFilter:
        def yes_no(value: str | None) -> bool | None:
            return None if value is None else value == "yes"

        return LogFilter(
            # New York days, read as the command line reads them; `end` is included
            since=since_bound(self.start.isoformat()) if self.start else None,
            until=until_bound(self.end.isoformat()) if self.end else None,
            verdict=self.verdict,
            rule_id=self.rule,
            agency=self.agency,
            user_id=self.officer,
            kb_version=self.kb,
            kind=None if self.kind == "all" else self.kind,
            search=self.q,
            ask=self.ask,
            escalated=yes_no(self.escalated),
            flagged=yes_no(self.flagged),
            limit=limit,
        )

    def chosen(self) -> dict[str, str]:
        """The filters that differ from the defaults, as query-string values (paging left out)."""
        values = self.model_dump(exclude_defaults=True, exclude={"page"}, mode="json")
        return {name: str(value) for name, value in values.items() if value is not None}

    def link(self, **changes: object) -> str:
        """This filter's query string, with some values changed (e.g. page=3)."""
        values: dict[str, object] = {**self.chosen(), **changes}
        return urlencode({name: value for name, value in values.items() if value not in (None, "")})
