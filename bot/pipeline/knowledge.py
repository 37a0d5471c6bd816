"""The knowledge base version that answers, and following counsel's switch to a new one while
the process runs."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.facts.extract import FactsReader
from bot.kb.citable import citable_authorities
from bot.retrieval.hybrid import HybridRanker
from bot.rules import RuleTable

__all__ = ["ActiveKnowledge", "KnowledgeFollower"]


@dataclass(frozen=True)
class ActiveKnowledge:
    """Everything one KB version needs to answer."""

    version: str
    rules: RuleTable
    reader: FactsReader
    ranker: HybridRanker
    documents: dict[str, str]
    # authority id -> (effective date, id it supersedes); empty: every document always in effect
    document_dates: dict[str, tuple[dt.date, str | None]] = field(default_factory=dict)

    _by_day: dict[dt.date, tuple[RuleTable, dict[str, str]]] = field(default_factory=dict, repr=False, compare=False)

    def warm_up(self) -> None:
        """Load the embedding model, the index and the reader's examples before the first answer."""
        self.ranker.warm_up()
        if self.reader.semantic is not None:
            self.reader.semantic.warm_up()

    def as_of(self, day: dt.date) -> tuple[RuleTable, dict[str, str]]:
        """The rules in effect on `day`, and which document to quote for each authority id."""
        found = self._by_day.get(day)
        if found is None:  # two threads may both compute it: same result
            found = (self.rules.as_of(day), citable_authorities(self.document_dates, day))
            self._by_day[day] = found
        return found


class KnowledgeFollower:
    """Keeps a running process on the active KB version: `kb activate` elsewhere takes effect here.

    The pointer is read at most every `interval` seconds, on a background thread that also
    loads the new version; answers go on from the version in hand meanwhile, so no officer
    waits for a load. A version that fails to load (or fails today's checks) is not tried
    again for a while; the process keeps answering with what it has and says so.
    """

    def __init__(
        self,
        knowledge: ActiveKnowledge,
        active_version: Callable[[], str | None],
        load: Callable[[str], ActiveKnowledge],
        interval: float = 10.0,
        notify: Callable[[str], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._knowledge = knowledge
        self._active_version = active_version
        self._load = load
        self._interval = interval
        self._notify = notify or (lambda message: None)
        self._monotonic = monotonic
        self._checked = monotonic()
        self._busy = threading.Lock()
        self._retry_after: dict[str, float] = {}  # refused version -> when to try it again
        self._worker: threading.Thread | None = None

    @property
    def knowledge(self) -> ActiveKnowledge:
        """The version in hand, without checking the pointer (for health probes)."""
        return self._knowledge

    def current(self) -> ActiveKnowledge:
        now = self._monotonic()
        if now - self._checked >= self._interval and self._busy.acquire(blocking=False):
            self._checked = now
            self._worker = threading.Thread(target=self._refresh, name="kb-follower", daemon=True)
            self._worker.start()
        return self._knowledge

    def wait(self, timeout: float | None = None) -> None:
        """Until a check under way has finished (tests; a clean shutdown)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _refresh(self) -> None:
        version: str | None = None
        try:
            version = self._active_version()
            if version is None or version == self._knowledge.version:
                return
            if self._monotonic() < self._retry_after.get(version, 0.0):
                return
            loaded = self._load(version)
            loaded.warm_up()
            self._notify(f"knowledge base {version} activated; answering with it (was {self._knowledge.version})")
            self._knowledge = loaded
        except Exception as exc:  # a DB hiccup or a bad version must not stop answers from the version in hand
            if version is None:
                self._notify(f"could not check for a newly activated knowledge base: {exc}")
            else:
                self._retry_after[version] = self._monotonic() + max(60.0, 6 * self._interval)
                self._notify(
                    f"knowledge base {version} was activated but cannot be used here ({exc}); "
                    f"still answering with {self._knowledge.version}"
                )
        finally:
            self._busy.release()
