"""Reviewers' exports: every row and column, re-verifiable, in JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from bot.audit.hashing import GENESIS_HASH, row_hash
from bot.audit.store import AuditLog
from bot.cli import main
from bot.db import make_engine
from tests.test_audit import record

ROWS = 1200


def _seeded(tmp_path: Path) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    engine = make_engine(url)
    log = AuditLog(engine)
    for n in range(ROWS):
        log.append(record(n % 60, user_id=f"U{n % 7}", channel_id="C1" if n % 2 else "C2"))
    engine.dispose()
    return {"TRIAGE_DATABASE_URL": url, "TRIAGE_DATA_DIR": str(tmp_path)}


def test_jsonl_export_holds_every_row_and_can_be_re_verified(tmp_path: Path) -> None:
    env = _seeded(tmp_path)
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(main, ["audit", "export", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.output
    # the export's own read is logged first, so it is the last row exported
    assert f"wrote {ROWS + 1:,} rows" in result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == ROWS + 1 and [r["seq"] for r in rows] == list(range(1, ROWS + 2))
    assert rows[-1]["kind"] == "review_read" and json.loads(rows[-1]["summary"])["command"] == "audit export"
    previous = GENESIS_HASH
    for row in rows:  # a committee can check the chain from the export alone
        assert row["prev_hash"] == previous and row_hash(row) == row["row_hash"]
        previous = row["row_hash"]


def test_csv_export_applies_the_filters(tmp_path: Path) -> None:
    env = _seeded(tmp_path)
    out = tmp_path / "u3.csv"
    args = ["audit", "export", "--format", "csv", "--user", "U3", "--channel", "C1", "--out", str(out)]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.output
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = [n for n in range(ROWS) if n % 7 == 3 and n % 2 == 1]
    assert len(rows) == len(expected) and {r["user_id"] for r in rows} == {"U3"}
    assert json.loads(rows[0]["mask_kinds"]) == ["a_number"] and len(rows[0]["row_hash"]) == 64

    listed = CliRunner().invoke(
        main, ["audit", "list", "--user", "U3", "--channel", "C1", "--limit", "0", "--json"], env=env
    )
    assert len(listed.output.splitlines()) == len(expected)


def test_prune_says_what_it_would_do_then_does_it_with_yes(tmp_path: Path) -> None:
    env = _seeded(tmp_path)
    before = "2026-11-23T10:00:30"
    dry = CliRunner().invoke(main, ["audit", "prune", "--before", before], env=env)
    expected = sum(1 for n in range(ROWS) if n % 60 < 30)
    assert dry.exit_code == 0 and f"{expected:,} rows were created before" in dry.output
    assert "seq" not in dry.output
    # rows are in time order only within each minute of the seed, so only the first 30 form the prefix
    done = CliRunner().invoke(main, ["audit", "prune", "--before", before, "--yes"], env=env)
    assert done.exit_code == 0 and "pruned 30 rows (seq 1-30" in done.output
    verified = CliRunner().invoke(main, ["audit", "verify"], env=env)
    assert verified.exit_code == 0 and "30 older rows pruned" in verified.output
    none = CliRunner().invoke(main, ["audit", "prune"], env=env)
    assert none.exit_code == 2 and "TRIAGE_AUDIT_RETENTION_DAYS" in none.output


def test_roles_officers_cannot_read_the_log_and_every_reviewer_read_is_logged(tmp_path: Path) -> None:
    env = {**_seeded(tmp_path), "TRIAGE_REVIEWERS": "local:alice", "TRIAGE_COUNSEL": "local:carol"}
    refused = CliRunner().invoke(main, ["audit", "list", "--json"], env={**env, "TRIAGE_OPERATOR": "local:bob"})
    assert refused.exit_code == 4 and "TRIAGE_REVIEWERS" in refused.output and "local:bob" in refused.output
    for command in (["audit", "export"], ["audit", "verify"], ["audit", "show", "x"], ["audit", "prune", "--yes"]):
        assert CliRunner().invoke(main, command, env={**env, "TRIAGE_OPERATOR": "local:bob"}).exit_code == 4

    alice = {**env, "TRIAGE_OPERATOR": "local:alice"}
    listed = CliRunner().invoke(main, ["audit", "list", "--verdict", "prohibited", "--limit", "3", "--json"], env=alice)
    assert listed.exit_code == 0 and len(listed.output.splitlines()) == 3
    reads = CliRunner().invoke(main, ["audit", "list", "--kind", "review_read", "--limit", "0", "--json"], env=alice)
    logged = [json.loads(line) for line in reads.output.splitlines()]
    assert [r["user_id"] for r in logged] == ["local:alice", "local:alice"]  # this read, then the first
    assert json.loads(logged[1]["summary"]) == {"command": "audit list", "limit": 3, "verdict": "prohibited"}

    # reviewers cannot change the knowledge base
    ingest = CliRunner().invoke(main, ["kb", "ingest", "--quiet"], env=alice)
    assert ingest.exit_code == 4 and "TRIAGE_COUNSEL" in ingest.output
