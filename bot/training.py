"""Officers' training evaluations: counsel's scenario bank, practice rounds, and their results.

The bank is part of the knowledge folder (`knowledge/training/*.jsonl`) and of each
knowledge-base version: `kb check` decides every scenario with the version's own reader and
rules and refuses one whose expected verdict differs, and a round quotes the teaching passage
from the version that answers. Each answer an officer gives is a `training` row in the log,
written and summed by bot.audit.training_rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.kb.documents import Passage, section_matches
from bot.kb.errors import KnowledgeError
from bot.rules import RESTRICTIVENESS, Decision, RuleTable, Verdict, decide_message

__all__ = [
    "TRAINING",
    "TRAINING_DIR",
    "Scenario",
    "check_scenarios",
    "decide_scenario",
    "draw_round",
    "parse_bank",
    "read_bank_files",
    "teaching_passage",
]

TRAINING = "training"  # the kind of row
TRAINING_DIR = "training"  # inside the knowledge folder
ROUND_SIZE = 8


class Teaching(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    authority: str = Field(min_length=1, max_length=80)
    section: str = Field(min_length=1, max_length=200)


class Scenario(BaseModel):
    """One situation an officer meets, the verdict counsel expect, and the passage that teaches it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
    scenario: str = Field(min_length=10, max_length=2000)
    expected_verdict: Verdict
    teaches: Teaching
    why: str = Field(min_length=10, max_length=1000)


def read_bank_files(knowledge_dir: Path) -> dict[str, str]:
    """The bank's files as `training/<name>.jsonl` -> text (empty when the folder has none)."""
    folder = knowledge_dir / TRAINING_DIR
    return {f"{TRAINING_DIR}/{path.name}": path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.jsonl"))}


def parse_bank(files: Mapping[str, str], root: Path) -> tuple[list[Scenario], list[KnowledgeError]]:
    """Every scenario of every file, and what is wrong with the ones that could not be read."""
    scenarios: list[Scenario] = []
    errors: list[KnowledgeError] = []
    seen: dict[str, str] = {}
    for name, text in sorted(files.items()):
        path = root / name
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                scenario = Scenario.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(KnowledgeError(path, number, f"not valid JSON: {exc.msg}", "one JSON object per line"))
                continue
            except ValidationError as exc:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) or 'line'}: {e['msg']}" for e in exc.errors()
                )
                errors.append(KnowledgeError(path, number, f"not a training scenario: {problems}"))
                continue
            if scenario.id in seen:
                errors.append(
                    KnowledgeError(path, number, f"scenario id {scenario.id} is also used in {seen[scenario.id]}")
                )
                continue
            seen[scenario.id] = f"{name} line {number}"
            scenarios.append(scenario)
    return scenarios, errors


def decide_scenario(scenario: Scenario, read: Callable[[str], Sequence[Any]], table: RuleTable) -> Decision:
    """What the rules answer for the scenario: the most restrictive of its requests."""
    decided = decide_message(read(scenario.scenario), table).requests
    return min(decided, key=lambda d: RESTRICTIVENESS.index(d.verdict))


def teaching_passage(scenario: Scenario, passages: Iterable[Passage]) -> Passage | None:
    found = [
        p
        for p in passages
        if p.authority == scenario.teaches.authority and section_matches(p, scenario.teaches.section)
    ]
    return found[0] if len(found) == 1 else None


def check_scenarios(
    scenarios: Sequence[Scenario],
    files: Mapping[str, str],
    root: Path,
    passages: Sequence[Passage],
    read: Callable[[str], Sequence[Any]],
    table: RuleTable,
) -> list[KnowledgeError]:
    """A scenario must name one existing section to quote, and the rules must decide it as expected."""
    errors: list[KnowledgeError] = []
    authorities = {p.authority for p in passages}
    for scenario in scenarios:
        path, line = _where(scenario.id, files, root)
        if scenario.teaches.authority not in authorities:
            errors.append(
                KnowledgeError(
                    path,
                    line,
                    f"scenario {scenario.id} teaches from unknown authority {scenario.teaches.authority!r}",
                    f"use one of the policy documents' ids ({', '.join(sorted(authorities))})",
                )
            )
        elif teaching_passage(scenario, passages) is None:
            sections = ", ".join(
                p.passage_id.split("#", 1)[1] for p in passages if p.authority == scenario.teaches.authority
            )
            errors.append(
                KnowledgeError(
                    path,
                    line,
                    f"scenario {scenario.id}: section '{scenario.teaches.section}' of {scenario.teaches.authority} "
                    "names no single section",
                    f"use a heading or the start of a slug (sections: {sections})",
                )
            )
        decided = decide_scenario(scenario, read, table)
        if decided.verdict is not scenario.expected_verdict:
            errors.append(
                KnowledgeError(
                    path,
                    line,
                    f"scenario {scenario.id} expects {scenario.expected_verdict.value}, but the rules answer "
                    f"{decided.verdict.value} (rule {decided.rule_id})",
                    "correct the scenario, its expected verdict or the rules: training must teach what the bot answers",
                )
            )
    return errors


def _where(scenario_id: str, files: Mapping[str, str], root: Path) -> tuple[Path, int | None]:
    needle = f'"id": "{scenario_id}"'
    for name, text in sorted(files.items()):
        for number, line in enumerate(text.splitlines(), start=1):
            if needle in line.replace('"id":"', '"id": "'):
                return root / name, number
    return root / TRAINING_DIR, None


# ---------------------------------------------------------------------------- rounds
def draw_round(
    bank: Sequence[Scenario], missed: Mapping[str, int], seed: str, size: int = ROUND_SIZE
) -> list[Scenario]:
    """Scenarios for one round: the verdicts taken in turn, so each is practised, and within a
    verdict those the officer got wrong before drawn more often. The same seed, the same round."""
    rng = random.Random(seed)  # noqa: S311 - a practice draw, not a secret
    by_verdict: dict[Verdict, list[Scenario]] = {v: [s for s in bank if s.expected_verdict is v] for v in Verdict}
    order = [v for v in sorted(Verdict, key=lambda v: v.value) if by_verdict[v]]
    rng.shuffle(order)
    chosen: list[Scenario] = []
    while len(chosen) < min(size, len(bank)):
        for verdict in order:
            left = [s for s in by_verdict[verdict] if s not in chosen]
            if not left or len(chosen) >= size:
                continue
            weights = [1 + 3 * missed.get(s.id, 0) for s in left]
            chosen.append(rng.choices(left, weights=weights)[0])
    return chosen
