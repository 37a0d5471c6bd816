"""Tamper evidence beyond the database: signed checkpoints, exports that verify on their own."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.audit.checkpoint import (
    Checkpoint,
    CheckpointError,
    check_against,
    generate_key,
    load_private_key,
    load_public_key,
    make_checkpoint,
)
from bot.audit.export import export_lines, read_export, verify_rows
from bot.audit.hashing import row_hash
from bot.audit.records import LogFilter
from bot.audit.store import AuditLog
from bot.db import make_engine
from tests.conftest import cli_env
from tests.test_audit import record

TRIAGE = str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "triage")


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return make_engine(f"sqlite:///{tmp_path / 'audit.db'}")


def _rehash_from(engine: Engine, seq: int) -> None:
    """What someone with write access to the database can do: change a row, rehash the rest."""
    log = AuditLog(engine)
    rows = list(log.rows_in_order())
    previous = rows[seq - 2]["row_hash"] if seq > 1 else "0" * 64
    with engine.begin() as connection:
        for row in rows[seq - 1 :]:
            row = {**row, "prev_hash": previous}
            if row["seq"] == seq:
                row["verdict"] = "permitted"
            row["row_hash"] = row_hash(row)
            connection.execute(
                text("UPDATE audit_log SET verdict=:v, prev_hash=:p, row_hash=:h WHERE seq=:s"),
                {"v": row["verdict"], "p": row["prev_hash"], "h": row["row_hash"], "s": row["seq"]},
            )
            previous = row["row_hash"]


def test_a_checkpoint_catches_a_cut_tail_and_a_rewritten_tail(engine: Engine, tmp_path: Path) -> None:
    log = AuditLog(engine)
    for n in range(6):
        log.append(record(n))
    generate_key(tmp_path / "committee.key")
    mark = make_checkpoint(log, load_private_key(tmp_path / "committee.key"))
    assert mark.seq == 6 and mark.rows == 6
    assert check_against(log, mark)[0]
    log.append(record(7))  # the log grows: it still extends the checkpoint
    assert check_against(log, mark)[0]

    _rehash_from(engine, 3)
    assert log.verify()[0], "a rehashed tail passes the chain alone: that is why checkpoints exist"
    holds, message = check_against(log, mark)
    assert not holds and "rewritten" in message

    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE seq >= 5"))
    holds, message = check_against(log, mark)
    assert not holds and "gone" in message


def test_a_forged_or_foreign_checkpoint_does_not_verify(engine: Engine, tmp_path: Path) -> None:
    log = AuditLog(engine)
    log.append(record(1))
    generate_key(tmp_path / "ours.key")
    generate_key(tmp_path / "theirs.key")
    mark = make_checkpoint(log, load_private_key(tmp_path / "ours.key"))
    edited = Checkpoint.from_json(mark.to_json().replace(f'"rows": {mark.rows}', '"rows": 99'))
    assert not check_against(log, edited)[0]
    foreign = make_checkpoint(log, load_private_key(tmp_path / "theirs.key"))
    trusted = load_public_key(tmp_path / "ours.key.pub")
    assert check_against(log, mark, trusted)[0]
    holds, message = check_against(log, foreign, trusted)
    assert not holds and "not the trusted key" in message
    assert (tmp_path / "ours.key").stat().st_mode & 0o777 == 0o600
    with pytest.raises(CheckpointError, match="never overwritten"):
        generate_key(tmp_path / "ours.key")
    with pytest.raises(CheckpointError, match="not a triage-audit-checkpoint"):
        Checkpoint.from_json('{"seq": 1}')


def test_csv_cells_never_run_as_formulas_and_exports_reverify(engine: Engine, tmp_path: Path) -> None:
    log = AuditLog(engine, mask=lambda value: value)
    log.append(record(1, summary='=HYPERLINK("http://evil.example","click")'))
    log.append(record(2, summary="'already quoted", error="-2+3"))
    log.append(record(3, summary="@SUM(A1:A2)", channel_id="+C1"))
    rows = list(log.stream(LogFilter(limit=None)))
    csv_text = "".join(export_lines(rows, "csv"))
    cells = [cell for line in csv.reader(io.StringIO(csv_text)) for cell in line]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    for fmt in ("csv", "jsonl"):
        path = tmp_path / f"export.{fmt}"
        path.write_text("".join(export_lines(rows, fmt)), encoding="utf-8")
        assert [r["row_hash"] for r in read_export(path)] == [r["row_hash"] for r in rows]
        assert verify_rows(read_export(path)) == (
            True,
            3,
            "ok: 3 rows, every hash intact, one unbroken stretch of the chain",
        )
        edited = path.read_text(encoding="utf-8").replace("already quoted", "already edited")
        path.write_text(edited, encoding="utf-8")
        intact, _count, message = verify_rows(read_export(path))
        assert not intact and "seq=2" in message


def test_verify_on_the_command_line_against_checkpoints_and_exports(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    engine = make_engine(f"sqlite:///{data_dir / 'audit.db'}")
    log = AuditLog(engine)
    for n in range(4):
        log.append(record(n))
    env = cli_env(data_dir)

    def triage(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([TRIAGE, *args], env=env, capture_output=True, text=True, timeout=120, check=False)

    key = tmp_path / "committee.key"
    assert triage("audit", "keygen", "--out", str(key)).returncode == 0
    assert triage("audit", "checkpoint", "--key", str(key), "--out", str(tmp_path / "cp.json")).returncode == 0
    mark = json.loads((tmp_path / "cp.json").read_text())
    assert mark["seq"] == 5  # four rows and the checkpoint command's own logged read
    ok = triage("audit", "verify", "--against", str(tmp_path / "cp.json"), "--public-key", f"{key}.pub")
    assert ok.returncode == 0 and "extends checkpoint seq=5" in ok.stdout
    exported = triage("audit", "export", "--format", "csv", "--out", str(tmp_path / "all.csv"))
    assert exported.returncode == 0, exported.stderr
    assert triage("audit", "verify", "--export", str(tmp_path / "all.csv")).returncode == 0

    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))
    emptied = triage("audit", "verify")
    assert emptied.returncode == 0 and "0 rows" in emptied.stdout and "--against" in emptied.stdout
    caught = triage("audit", "verify", "--against", str(tmp_path / "cp.json"))
    assert caught.returncode == 1 and "gone" in caught.stderr
