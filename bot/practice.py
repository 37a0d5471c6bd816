"""A practice round, the same in Slack and on the command line.

`start` draws a round from the active version's training bank (stratified over the verdicts,
weighted towards what the officer missed before); `answer` records one answer as a `training`
row and gives what the officer should see next: right or wrong, the expected verdict, why,
and the teaching passage quoted verbatim from the version the round was drawn from. A round
is named by its id and version, so a Slack button can carry it: no state is held between
answers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bot.audit.training_rows import misses_of, record_answer
from bot.kb.documents import Passage
from bot.rules import Verdict
from bot.training import (
    ROUND_SIZE,
    Scenario,
    decide_scenario,
    draw_round,
    parse_bank,
    teaching_passage,
)

if TYPE_CHECKING:
    from bot.audit.store import AuditLog
    from bot.facts.extract import FactsReader
    from bot.kb.store import KbStore
    from bot.rules import RuleTable

__all__ = ["Feedback", "Knowledge", "NoTraining", "Practice", "Round", "StoredKnowledge"]

_ROOT = Path("knowledge")  # where errors would point; a stored bank was checked when it was ingested


class Knowledge(Protocol):
    """What grading needs of the version that answers (a pipeline's ActiveKnowledge has it)."""

    @property
    def version(self) -> str: ...
    @property
    def reader(self) -> FactsReader: ...
    @property
    def rules(self) -> RuleTable: ...


@dataclass(frozen=True)
class StoredKnowledge:
    """The active version's reader and rules, read from the store without the retrieval stack."""

    version: str
    reader: FactsReader
    rules: RuleTable

    @classmethod
    def active(cls, kb: KbStore) -> StoredKnowledge:
        version = kb.active_version()
        if version is None:
            raise NoTraining("no knowledge base is active yet: run `triage kb ingest` first")
        return cls.of(kb, version)

    @classmethod
    def of(cls, kb: KbStore, version: str) -> StoredKnowledge:
        from bot.clock import local_today
        from bot.facts.extract import FactsReader
        from bot.facts.record import load_offenses
        from bot.rules import load_rules

        loaded = kb.load(version)
        offenses = load_offenses(Path("offenses.yaml"), loaded.offenses_text)
        return cls(version, FactsReader(offenses, local_today), load_rules(Path("rules.yaml"), loaded.rules_text))


class NoTraining(LookupError):
    """There is nothing to practise: no active version, no bank in it, or no such scenario."""


@dataclass(frozen=True)
class Round:
    round_id: str
    kb_version: str
    scenario_ids: tuple[str, ...]

    def token(self) -> str:
        """The round in one string (a Slack button's value): id, version, scenario ids."""
        return "|".join((self.round_id, self.kb_version, ",".join(self.scenario_ids)))

    @classmethod
    def from_token(cls, token: str) -> Round:
        parts = token.split("|")
        if len(parts) != 3 or not all(parts):
            raise NoTraining("that practice round could not be read; start a new one")
        return cls(parts[0], parts[1], tuple(parts[2].split(",")))


@dataclass(frozen=True)
class Feedback:
    scenario: Scenario
    answer: Verdict
    correct: bool
    rule_id: str
    rule_title: str
    passage: Passage | None
    row: dict[str, Any]


class Practice:
    def __init__(self, knowledge: Callable[[], Knowledge], kb: KbStore, audit: AuditLog) -> None:
        self._knowledge = knowledge
        self._kb = kb
        self._audit = audit
        self._version = lru_cache(maxsize=4)(self._load_version)
        self._stored = lru_cache(maxsize=2)(lambda version: StoredKnowledge.of(kb, version))

    def _load_version(self, version: str) -> tuple[dict[str, Scenario], tuple[Passage, ...]]:
        try:
            loaded = self._kb.load(version)
        except KeyError:
            raise NoTraining(f"knowledge-base version {version} is not stored here") from None
        scenarios, _errors = parse_bank(loaded.training_files, _ROOT)  # checked when it was ingested
        return {s.id: s for s in scenarios}, loaded.passages

    def start(self, user_id: str, size: int = ROUND_SIZE) -> Round:
        version = self._knowledge().version
        bank, _ = self._version(version)
        if not bank:
            raise NoTraining(
                f"the active knowledge base ({version}) has no training scenarios: counsel add them under "
                "knowledge/training/ and ingest"
            )
        round_id = uuid.uuid4().hex[:12]
        drawn = draw_round(list(bank.values()), misses_of(self._audit, user_id), f"{user_id}:{round_id}", size)
        return Round(round_id, version, tuple(s.id for s in drawn))

    def scenario(self, round_: Round, index: int) -> Scenario:
        bank, _ = self._version(round_.kb_version)
        if not 0 <= index < len(round_.scenario_ids) or round_.scenario_ids[index] not in bank:
            raise NoTraining("that scenario is not in this round's knowledge base; start a new round")
        return bank[round_.scenario_ids[index]]

    def answer(
        self,
        round_: Round,
        index: int,
        answer: Verdict,
        *,
        user_id: str,
        source: str,
        event_id: str | None = None,
    ) -> Feedback:
        """Record the answer (AuditUnavailable: nothing recorded, nothing to show) and grade it."""
        scenario = self.scenario(round_, index)
        _, passages = self._version(round_.kb_version)
        knowledge: Knowledge = self._knowledge()
        if knowledge.version != round_.kb_version:  # counsel switched versions mid-round: grade by the round's
            knowledge = self._stored(round_.kb_version)
        decided = decide_scenario(scenario, knowledge.reader.read_message, knowledge.rules)
        row = record_answer(
            self._audit,
            scenario=scenario,
            answer=answer,
            rule_id=decided.rule_id,
            user_id=user_id,
            source=source,
            round_id=round_.round_id,
            kb_version=round_.kb_version,
            event_id=event_id,
        )
        return Feedback(
            scenario=scenario,
            answer=answer,
            correct=answer is scenario.expected_verdict,
            rule_id=decided.rule_id,
            rule_title=decided.rule_title,
            passage=teaching_passage(scenario, passages),
            row=row,
        )

    def score(self, round_: Round, user_id: str) -> tuple[int, int]:
        """(right, answered) in this round so far."""
        from bot.audit.records import LogFilter
        from bot.training import TRAINING

        rows = self._audit.list(LogFilter(kind=TRAINING, user_id=user_id, limit=None))
        mine = [r for r in rows if (r.get("facts") or {}).get("round") == round_.round_id]
        return sum(1 for r in mine if r["outcome"] == "correct"), len(mine)
