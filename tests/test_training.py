"""Training evaluations: counsel's scenario bank checked against the rules, practice rounds on the
command line recorded as `training` rows (SQLite and PostgreSQL), the roster, and the half-year
report whose totals match the log."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import Engine

from bot.app import Services
from bot.audit.records import LogFilter
from bot.audit.store import AuditLog
from bot.audit.training_report import render_html, training_report
from bot.audit.training_rows import half_bounds, misses_of, record_answer
from bot.bundle import load_bundle
from bot.cli import main
from bot.kb.errors import KnowledgeErrors
from bot.roster import Roster, RosterError
from bot.rules import Verdict
from bot.training import (
    TRAINING,
    Scenario,
    draw_round,
    parse_bank,
    read_bank_files,
)
from tests.conftest import KNOWLEDGE, cli_env


def bank() -> list[Scenario]:
    scenarios, errors = parse_bank(read_bank_files(KNOWLEDGE), KNOWLEDGE)
    assert not errors
    return scenarios


def knowledge_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    return copy


def edit_bank(folder: Path, change: dict[str, object], scenario_id: str = "T07") -> None:
    path = folder / "training" / "basics.jsonl"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == scenario_id:
            item.update(change)
        lines.append(json.dumps(item))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------- the bank
def test_the_bundled_bank_covers_every_verdict_and_is_part_of_the_version(tmp_path: Path) -> None:
    bundled = load_bundle(KNOWLEDGE)
    assert Counter(s.expected_verdict for s in bundled.training) == {v: 6 for v in Verdict}
    folder = knowledge_copy(tmp_path)
    edit_bank(folder, {"why": "A detainer is a request, never a reason to hold anyone past release."})
    assert load_bundle(folder).version != bundled.version  # counsel's edit is a new version to ingest


def test_kb_check_refuses_a_scenario_the_rules_answer_differently(tmp_path: Path) -> None:
    folder = knowledge_copy(tmp_path)
    edit_bank(folder, {"expected_verdict": "permitted"})  # an I-247A hold: the rules say prohibited
    with pytest.raises(KnowledgeErrors) as refused:
        load_bundle(folder)
    message = str(refused.value)
    assert "basics.jsonl:7" in message and "scenario T07 expects permitted, but the rules answer prohibited" in message
    result = CliRunner().invoke(main, ["kb", "check", str(folder)], env=cli_env(tmp_path / "data"))
    assert result.exit_code != 0 and "scenario T07 expects permitted" in result.output


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "X1", "scenario": "ICE wants him held.", "expected_verdict": "maybe"}', "expected_verdict"),
        (
            '{"id": "T01", "scenario": "The FBI wants our report on a robbery.", "expected_verdict": "permitted",'
            ' "teaches": {"authority": "GEN-FED-CRIMINAL-COOP", "section": "federal-criminal-warrants"},'
            ' "why": "Criminal cooperation with the FBI is allowed."}',
            "also used in",
        ),
        (
            '{"id": "X2", "scenario": "The FBI wants our report on a robbery.", "expected_verdict": "permitted",'
            ' "teaches": {"authority": "NYC-AC-99-999", "section": "anything"}, "why": "Criminal cooperation."}',
            "unknown authority 'NYC-AC-99-999'",
        ),
        (
            '{"id": "X3", "scenario": "The FBI wants our report on a robbery.", "expected_verdict": "permitted",'
            ' "teaches": {"authority": "GEN-FED-CRIMINAL-COOP", "section": "no-such-section"}, "why": "Cooperation."}',
            "names no single section",
        ),
    ],
)
def test_a_broken_scenario_is_named_with_its_file_and_line(tmp_path: Path, line: str, said: str) -> None:
    folder = knowledge_copy(tmp_path)
    extra = folder / "training" / "more.jsonl"
    extra.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeErrors) as refused:
        load_bundle(folder)
    assert said in str(refused.value)
    assert "more.jsonl" in str(refused.value)


# ---------------------------------------------------------------------------- rounds
def test_a_round_takes_every_verdict_in_turn_and_leans_on_what_was_missed() -> None:
    scenarios = bank()
    drawn = draw_round(scenarios, {}, seed="U1:r1")
    assert len(drawn) == 8 and len({s.id for s in drawn}) == 8
    assert Counter(s.expected_verdict for s in drawn) == {v: 2 for v in Verdict}
    assert [s.id for s in draw_round(scenarios, {}, seed="U1:r1")] == [s.id for s in drawn]  # same seed, same round
    seeds = [f"U1:{n}" for n in range(200)]
    plain = sum("T19" in {s.id for s in draw_round(scenarios, {}, seed)} for seed in seeds)
    leaning = sum("T19" in {s.id for s in draw_round(scenarios, {"T19": 3}, seed)} for seed in seeds)
    assert leaning > plain * 1.5  # a scenario missed three times comes back far more often


def practise(data_dir: Path, answers: str, user: str = "U7") -> str:
    result = CliRunner().invoke(
        main, ["practice", "--user", user, "--count", "4"], input=answers, env=cli_env(data_dir)
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_a_practice_round_on_the_command_line_is_graded_and_logged(data_dir: Path) -> None:
    output = practise(data_dir, "1\n2\nperhaps\n3\n4\n")
    assert output.count("Scenario ") == 4 and "answer 1, 2, 3 or 4" in output
    log = log_of(data_dir)
    rows = log.list(LogFilter(kind=TRAINING, limit=None))
    assert len(rows) == 4 and {r["user_id"] for r in rows} == {"U7"}
    assert len({(r.get("facts") or {})["round"] for r in rows}) == 1
    right = sum(r["outcome"] == "correct" for r in rows)
    assert f"{right} of 4 right." in output
    for row in rows:  # the answer, the scenario and whether it was right, as the bank says
        expected = (row.get("facts") or {})["expected"]
        assert (row["verdict"] == expected) == (row["outcome"] == "correct")
    assert "  > " in output  # the teaching passage, quoted
    assert log.list(LogFilter(kind="query", limit=None)) == []  # never counted with the questions
    assert log.verify()[0]


def test_a_round_stopped_early_keeps_what_was_answered(data_dir: Path) -> None:
    output = practise(data_dir, "1\n")
    assert "round stopped" in output
    assert len(log_of(data_dir).list(LogFilter(kind=TRAINING, limit=None))) == 1


def log_of(data_dir: Path) -> AuditLog:
    from bot.db import make_engine

    return AuditLog(make_engine(f"sqlite:///{data_dir / 'audit.db'}"))


def test_answers_misses_and_results_on_both_databases(engine: Engine) -> None:
    log = AuditLog(engine)
    scenarios = {s.id: s for s in bank()}
    for scenario_id, answer in (("T07", Verdict.PERMITTED), ("T07", Verdict.PROHIBITED), ("T13", Verdict.PERMITTED)):
        record_answer(
            log,
            scenario=scenarios[scenario_id],
            answer=answer,
            rule_id="R-test",
            user_id="U1",
            source="slack",
            round_id="r1",
            kb_version="v1",
        )
    assert misses_of(log, "U1") == Counter({"T07": 1, "T13": 1})
    roster = Roster(engine, log)
    roster.set("U1", name="Officer One", unit="75 Pct", by="counsel")
    with pytest.raises(RosterError):
        roster.set("U2", name=" ", unit="75 Pct", by="counsel")
    since, until = half_bounds("2026h2")
    rows = [r for r in log.list(LogFilter(kind=TRAINING, limit=None)) if since <= r["created_at"] < until]
    report = training_report("2026H2", "2026-07-01", "2026-12-31", rows, roster.by_user(), "head")
    (officer,) = report.officers
    assert (officer.name, officer.unit, officer.answered, officer.correct) == ("Officer One", "75 Pct", 3, 1)
    assert officer.most_missed == (("R-test", 2),)
    assert "Officer One" in render_html(report, "now")
    assert [r["kind"] for r in log.list(LogFilter(kind="roster_change", limit=None))] == ["roster_change"]
    assert log.verify()[0]


def test_half_years_are_named_like_2026h2() -> None:
    first, last = half_bounds("2026H1")
    assert first.startswith("2026-01-01") and last.startswith("2026-07-01")
    with pytest.raises(ValueError, match="2026H2"):
        half_bounds("2026Q3")


# ---------------------------------------------------------------------------- roster and report
def test_the_roster_and_the_training_report_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    env = cli_env(data_dir)
    runner = CliRunner()
    added = runner.invoke(
        main, ["roster", "set", "U7", "--name", "Det. Rivera", "--unit", "75 Pct", "--task-force", "HSI TF"], env=env
    )
    assert added.exit_code == 0, added.output
    bad = runner.invoke(main, ["roster", "set", "U8", "--name", "X", "--unit", "Y", "--agency", "nasa"], env=env)
    assert bad.exit_code == 2 and "unknown agency" in bad.output
    listed = json.loads(runner.invoke(main, ["roster", "list", "--json"], env=env).output)
    assert [(r["user_id"], r["task_force"]) for r in listed] == [("U7", "HSI TF")]
    practise(data_dir, "1\n1\n1\n1\n")
    practise(data_dir, "4\n4\n", user="U9")  # not on the roster, stopped after two
    out, csv_out = tmp_path / "training.html", tmp_path / "training.csv"
    made = runner.invoke(
        main,
        ["audit", "report", "--training", "--half", "2026H2", "--out", str(out), "--csv", str(csv_out), "--json"],
        env=env,
    )
    assert made.exit_code == 0, made.output
    figures = json.loads(made.output[made.output.index("{") :])
    listed_rows = runner.invoke(main, ["audit", "list", "--kind", "training", "--json"], env=env).output
    assert figures["answers"] == len(listed_rows.strip().splitlines()) == 6
    assert figures["officers"] == 2 and figures["completed_rounds"] == 0  # rounds of four, not eight
    csv_lines = csv_out.read_text(encoding="utf-8").splitlines()
    assert csv_lines[0].startswith("half,unit,officer") and len(csv_lines) == 3
    assert "Det. Rivera" in out.read_text(encoding="utf-8") and "75 Pct" in csv_lines[1] + csv_lines[2]
    wrong = runner.invoke(main, ["audit", "report", "--training", "--quarter", "2026Q4", "--out", str(out)], env=env)
    assert wrong.exit_code == 2 and "--half" in wrong.output
    # the register names the officer from the roster, and keeps only task-force officers on request
    for user in ("U7", "U9"):
        new = ["record", "--new", "--agency", "hsi", "--asks", "share_records", "--outcome", "declined", "--user", user]
        assert runner.invoke(main, new, env=env).exit_code == 0
    register = runner.invoke(main, ["audit", "register", "--json"], env=env).output.strip().splitlines()
    assert sorted(json.loads(line)["officer_name"] for line in register) == ["", "Det. Rivera"]
    only = runner.invoke(main, ["audit", "register", "--task-force", "--json"], env=env).output.strip().splitlines()
    assert [(json.loads(line)["officer"], json.loads(line)["task_force"]) for line in only] == [("U7", "HSI TF")]


def test_an_answer_is_graded_by_the_rules_of_the_round_s_own_version(services: Services) -> None:
    """Counsel may switch versions mid-round: the row's rule comes from the version the round was drawn from."""
    from bot.practice import Practice, Round, StoredKnowledge

    version = services.kb.active_version()
    assert version is not None

    class Switched:  # what a running bot holds after `kb activate` elsewhere
        version = "a-newer-version"
        reader = None  # never used: the round's own version grades
        rules = None

    practice = Practice(lambda: Switched(), services.kb, services.audit)  # type: ignore[arg-type, return-value]
    feedback = practice.answer(Round("r1", version, ("T07",)), 0, Verdict.PROHIBITED, user_id="U1", source="cli")
    assert feedback.correct and feedback.rule_id == "R2a-civil-paperwork"
    assert feedback.row["kb_version"] == version and feedback.passage is not None
    assert StoredKnowledge.active(services.kb).version == version
