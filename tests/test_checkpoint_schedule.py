"""Scheduled signed checkpoints: signed when due, claimed once across processes, sent to a
folder and over HTTP to a real server on loopback, retried when the server was down."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.engine import Engine

from bot.app import Services
from bot.audit.checkpoint import Checkpoint, CheckpointError, CheckpointPublisher, check_against
from bot.audit.records import SIGNED_CHECKPOINT, LogFilter
from bot.audit.store import AuditLog
from bot.db import make_engine
from bot.settings import Settings
from bot.slack.schedule import checkpoint_publisher, start_schedule
from tests.conftest import TEST_SUBJECT_KEY, cli_env
from tests.test_audit import record
from tests.test_tamper_evidence import TRIAGE


class _Collector(BaseHTTPRequestHandler):
    """A committee's endpoint: keeps every checkpoint POSTed, or answers 503 while `down`."""

    received: list[dict[str, object]]
    down: bool

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if type(self).down:
            self.send_response(503)
            self.end_headers()
            return
        type(self).received.append(json.loads(body))
        self.send_response(201)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def collector() -> Iterator[tuple[str, type[_Collector]]]:
    handler = type("Collector", (_Collector,), {"received": [], "down": False})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/checkpoints", handler
    finally:
        server.shutdown()
        server.server_close()


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("checkpoint-*.json"))


def test_signed_after_enough_rows_written_to_a_folder_and_the_log_extends_it(engine: Engine, tmp_path: Path) -> None:
    log = AuditLog(engine)
    publisher = CheckpointPublisher(
        log, Ed25519PrivateKey.generate(), every_rows=3, every_hours=None, out_dir=tmp_path / "out"
    )
    assert publisher.publish_if_due() is None  # an empty log has nothing to sign
    log.append(record(0))
    log.append(record(1))
    assert publisher.publish_if_due() is None
    log.append(record(2))
    mark = publisher.publish_if_due()
    assert mark is not None and mark.seq == 3 and mark.rows == 3
    [written] = _files(tmp_path / "out")
    assert Checkpoint.from_json(written.read_text()) == mark
    assert written.stat().st_mode & 0o777 == 0o644
    # the checkpoint's own row is not a reason for the next one
    assert publisher.publish_if_due() is None
    [row] = log.list(LogFilter(kind=SIGNED_CHECKPOINT))
    assert row["event_id"] == "checkpoint-after:0" and Checkpoint.from_json(row["summary"]) == mark
    for n in range(3, 6):
        log.append(record(n))
    later = publisher.publish_if_due()
    assert later is not None and later.seq == 7  # rows 5..7 after the first checkpoint's row at 4
    assert check_against(log, Checkpoint.from_json(written.read_text()))[0]
    assert log.verify()[0]


def test_signed_after_enough_hours_only_when_something_new_was_logged(engine: Engine, tmp_path: Path) -> None:
    log = AuditLog(engine)
    clock = _Clock()
    publisher = CheckpointPublisher(
        log, Ed25519PrivateKey.generate(), every_rows=None, every_hours=1, out_dir=tmp_path, clock=clock
    )
    log.append(record(0))
    first = publisher.publish_if_due()
    assert first is not None  # the first checkpoint does not wait for the period
    clock.now += dt.timedelta(hours=5)
    assert publisher.publish_if_due() is None  # nothing new: the same head is not signed again
    log.append(record(1))
    clock.now = dt.datetime.fromisoformat(first.created_at) + dt.timedelta(minutes=59)
    assert publisher.publish_if_due() is None
    clock.now += dt.timedelta(minutes=2)
    second = publisher.publish_if_due()
    assert second is not None and second.seq > first.seq
    assert [Checkpoint.from_json(p.read_text()).seq for p in _files(tmp_path)] == [first.seq, second.seq]


def test_posted_to_a_server_and_resent_after_it_was_down(
    tmp_path: Path, collector: tuple[str, type[_Collector]]
) -> None:
    url, server = collector
    log = AuditLog(make_engine(f"sqlite:///{tmp_path / 'audit.db'}"))
    publisher = CheckpointPublisher(log, Ed25519PrivateKey.generate(), every_rows=1, every_hours=None, url=url)
    log.append(record(0))
    server.down = True
    mark = publisher.publish_if_due()
    assert mark is not None and publisher.unsent == [mark] and server.received == []
    server.down = False
    assert publisher.publish_if_due() is None  # nothing new to sign, but the unsent one goes out
    assert publisher.unsent == []
    [body] = server.received
    posted = Checkpoint.from_json(json.dumps(body))
    assert posted == mark and check_against(log, posted)[0]


def test_several_processes_sign_each_step_once(engine: Engine, tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    log = AuditLog(engine)
    for n in range(4):
        log.append(record(n))
    publishers = [
        CheckpointPublisher(AuditLog(engine), key, every_rows=2, every_hours=None, out_dir=tmp_path) for _ in range(4)
    ]
    start = threading.Barrier(len(publishers))
    signed: list[Checkpoint | None] = []

    def run(publisher: CheckpointPublisher) -> None:
        start.wait()
        signed.append(publisher.publish_if_due())

    threads = [threading.Thread(target=run, args=(publisher,)) for publisher in publishers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len([mark for mark in signed if mark is not None]) == 1
    assert len(log.list(LogFilter(kind=SIGNED_CHECKPOINT))) == 1
    assert log.verify()[0]


def _settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        subject_key=TEST_SUBJECT_KEY,  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


def test_the_schedule_runs_in_the_background_and_half_a_setting_stops_the_start(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="TRIAGE_CHECKPOINT_KEY_FILE"):
        checkpoint_publisher(Services(_settings(tmp_path, checkpoint_dir=tmp_path / "out")))
    key = tmp_path / "schedule.key"
    subprocess.run([TRIAGE, "audit", "keygen", "--out", str(key)], check=True, capture_output=True, timeout=60)
    with pytest.raises(CheckpointError, match="somewhere to go"):
        checkpoint_publisher(Services(_settings(tmp_path, checkpoint_key_file=key)))
    assert checkpoint_publisher(Services(_settings(tmp_path))) is None

    services = Services(
        _settings(
            tmp_path,
            checkpoint_key_file=key,
            checkpoint_dir=tmp_path / "out",
            checkpoint_every_rows=2,
            # With no checkpoint yet, the hours trigger fires at the first row; a tick
            # between the two appends would then sign seq=1. Rows alone are tested here.
            checkpoint_every_hours=None,
            checkpoint_poll_seconds=0.2,
        )
    )
    scheduler = start_schedule(services)
    assert scheduler is not None
    try:
        services.audit.append(record(0))
        services.audit.append(record(1))
        deadline = time.monotonic() + 20
        while not _files(tmp_path / "out") and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        scheduler.shutdown(wait=True)
    [written] = _files(tmp_path / "out")
    ok = subprocess.run(
        [TRIAGE, "audit", "verify", "--against", str(written), "--public-key", f"{key}.pub"],
        env=cli_env(tmp_path / "data"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ok.returncode == 0 and "extends checkpoint seq=2" in ok.stdout, ok.stderr


def test_scheduled_on_the_command_line_for_cron(tmp_path: Path, collector: tuple[str, type[_Collector]]) -> None:
    url, server = collector
    data_dir = tmp_path / "data"
    log = AuditLog(make_engine(f"sqlite:///{data_dir / 'audit.db'}"))
    key = tmp_path / "cron.key"
    env = {
        **cli_env(data_dir),
        "TRIAGE_CHECKPOINT_KEY_FILE": str(key),
        "TRIAGE_CHECKPOINT_URL": url,
        "TRIAGE_CHECKPOINT_EVERY_ROWS": "2",
    }

    def triage(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([TRIAGE, *args], env=env, capture_output=True, text=True, timeout=120, check=False)

    missing = triage("audit", "checkpoint", "--scheduled")
    assert missing.returncode == 2 and "cannot read the signing key" in missing.stderr
    assert triage("audit", "keygen", "--out", str(key)).returncode == 0
    log.append(record(0))
    first = triage("audit", "checkpoint", "--scheduled")
    assert first.returncode == 0 and "checkpoint seq=1" in first.stdout  # the first anchor does not wait
    early = triage("audit", "checkpoint", "--scheduled")
    assert early.returncode == 0 and "no checkpoint due (last scheduled checkpoint: seq=1 of 2026-" in early.stdout
    log.append(record(1))
    log.append(record(2))
    server.down = True
    undelivered = triage("audit", "checkpoint", "--scheduled")
    assert undelivered.returncode == 1 and "seq=4 was signed but not delivered" in undelivered.stderr
    server.down = False
    log.append(record(3))
    log.append(record(4))
    sent = triage("audit", "checkpoint", "--scheduled")
    assert sent.returncode == 0 and "checkpoint seq=7" in sent.stdout, sent.stderr
    assert [body["seq"] for body in server.received] == [1, 7]
    mixed = triage("audit", "checkpoint", "--scheduled", "--key", str(key))
    assert mixed.returncode == 2 and "TRIAGE_CHECKPOINT_" in mixed.stderr
