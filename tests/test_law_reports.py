"""The reports the law asks for (§ 10-178(d) quarterly, the annual detainer report), from the
register, with totals checked against `audit list --json` for the same period."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from bot.cli import main
from bot.clock import local_today
from tests.conftest import cli_env

QUESTIONS = {
    "detainer_declined": ("ICE faxed an I-247A detainer, no judge signed it: can we hold him?", "declined"),
    "detainer_held": ("ICE ERO lodged a detainer on our prisoner and wants him held 48 hours", "fulfilled"),
    "detainer_open": ("ICE dropped off an I-247A for the guy in cell 3, hold him?", None),
    "status": ("ICE wants to know if our complainant is here legally", "declined"),
    "criminal": ("The FBI wants our arrest report for a bank robbery", "fulfilled"),
}


def _run(runner: CliRunner, env: dict[str, str], *args: str) -> str:
    done = runner.invoke(main, list(args), env=env)
    assert done.exit_code == 0, done.output
    return done.stdout


def test_the_10_178_and_detainer_reports_agree_with_the_log(data_dir: Path, tmp_path: Path) -> None:
    runner, env = CliRunner(), cli_env(data_dir)
    for question, outcome in QUESTIONS.values():
        _run(runner, env, "ask", question)
        if outcome:
            _run(runner, env, "record", "last", "--outcome", outcome)
    today = local_today()
    quarter = f"{today.year}Q{(today.month - 1) // 3 + 1}"

    law = json.loads(
        _run(runner, env, "audit", "report", "--law", "10-178", "--quarter", quarter,
             "--out", str(tmp_path / "law.html"), "--csv", str(tmp_path / "law.csv"), "--json")
    )  # fmt: skip
    detainers = json.loads(
        _run(runner, env, "audit", "report", "--detainers", "--year", str(today.year),
             "--out", str(tmp_path / "detainers.html"), "--csv", str(tmp_path / "detainers.csv"), "--json")
    )  # fmt: skip

    # the same counts, from the raw rows a reviewer can list
    since = dt.date(today.year, 1, 1).isoformat()
    queries = [json.loads(line) for line in _run(runner, env, "audit", "list", "--kind", "query", "--since", since,
                                                    "--limit", "0", "--json").splitlines()]  # fmt: skip
    outcomes = {
        row["parent_query_id"]: row["outcome"]
        for row in map(
            json.loads, _run(runner, env, "audit", "list", "--kind", "outcome", "--limit", "0", "--json").splitlines()
        )
    }
    detainer_rows = [q for q in queries if q["facts"]["warrant"] == "detainer_only"]
    assert detainers["received"] == len(detainer_rows) == 3
    assert detainers["not_honored"] == sum(outcomes.get(q["query_id"]) == "declined" for q in detainer_rows) == 1
    assert detainers["held_past_release"] == 1 and detainers["pending_or_not_recorded"] == 1
    assert detainers["not_honored_because"] == {"no judicial warrant": 1}
    immigration = [
        q for q in queries
        if q["facts"]["warrant"] in ("detainer_only", "administrative", "judicial_immigration")
        or q["facts"]["purpose"] in ("civil_immigration", "mixed", "immigration_crime")
        or "status" in (q["asks"] or "")
    ]  # fmt: skip
    assert law["requests"] == len(immigration) == 4  # the FBI's bank robbery is no immigration request
    assert sum(law["by_response"].values()) == law["requests"]
    assert law["by_response"] == {"Declined": 2, "Fulfilled": 1, "not recorded": 1}

    page = (tmp_path / "law.html").read_text()
    assert "<svg" in page and law["head_hash"] in page and "local:" not in page  # anonymised: no officer
    assert (tmp_path / "law.csv").read_text().count("\n") == 1 + 4
    assert "officer" not in (tmp_path / "law.csv").read_text().splitlines()[0]
    assert (tmp_path / "detainers.csv").read_text().count("\n") == 1 + 3

    # the quarterly compliance report gains what was done and what went against the advice
    quarterly = json.loads(
        _run(runner, env, "audit", "report", "--quarter", quarter, "--out", str(tmp_path / "q.html"), "--json")
    )
    held = next(q["query_id"] for q in detainer_rows if outcomes.get(q["query_id"]) == "fulfilled")
    assert quarterly["against_advice"] == [held] and quarterly["unsigned_handovers"] == []
    assert quarterly["done"] == {"Declined": 2, "Fulfilled": 2, "not recorded": 1}
    assert held[:8] in (tmp_path / "q.html").read_text()


def test_report_options_are_checked(data_dir: Path, tmp_path: Path) -> None:
    runner, env = CliRunner(), cli_env(data_dir)
    out = str(tmp_path / "r.html")
    for args, said in (
        (["--detainers", "--out", out], "--detainers needs --year"),
        (["--out", out], "give --quarter"),
        (["--detainers", "--year", "2026", "--quarter", "2026Q4", "--out", out], "takes --year, not --quarter"),
        (["--law", "10-178", "--quarter", "2026Q9", "--out", out], "2026Q9"),
    ):
        refused = runner.invoke(main, ["audit", "report", *args], env=env)
        assert refused.exit_code == 2 and said in refused.output, refused.output
