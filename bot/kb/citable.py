"""Which document is quoted, on a given day, for each authority id a rule names."""

from __future__ import annotations

import datetime as dt

__all__ = ["citable_authorities"]


def citable_authorities(dates: dict[str, tuple[dt.date, str | None]], day: dt.date) -> dict[str, str]:
    """Which document to quote on `day` for each authority id a rule may name.

    `dates` maps each id to (effective date, id it supersedes). A document in effect is
    quoted unless a newer one in effect supersedes it; one not yet in effect falls back to
    the document it will replace. Ids with nothing in effect are absent.
    """
    started = {doc_id for doc_id, (effective, _) in dates.items() if effective <= day}
    replaced_by = {old: doc_id for doc_id, (_, old) in dates.items() if old and doc_id in started}
    citable: dict[str, str] = {}
    for doc_id in dates:
        target: str | None = doc_id
        seen: set[str] = set()
        while target is not None and target not in started and target not in seen:
            seen.add(target)
            target = dates[target][1] if target in dates else None
        if target is None or target not in started:
            continue
        while target in replaced_by and target not in seen:
            seen.add(target)
            target = replaced_by[target]
        citable[doc_id] = target
    return citable
