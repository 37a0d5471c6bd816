"""Files readable by their owner only; the subject key kept apart from the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import KeyFileError, Services
from bot.audit.records import AuditRecord
from tests.conftest import make_settings


def test_the_data_dir_and_the_log_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    services = Services(make_settings(data_dir))
    services.audit.append(AuditRecord.note("feedback", "cli", summary="helpful"))
    assert data_dir.stat().st_mode & 0o777 == 0o700
    files = sorted(data_dir.glob("audit.db*"))
    assert {f.name for f in files} >= {"audit.db", "audit.db-wal"}
    assert {f.name: f.stat().st_mode & 0o777 for f in files} == {f.name: 0o600 for f in files}
    services.engine.dispose()


def test_an_existing_open_data_dir_is_closed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    (data_dir / "audit.db").touch(mode=0o644)
    services = Services(make_settings(data_dir))
    services.audit.count()
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert (data_dir / "audit.db").stat().st_mode & 0o777 == 0o600
    services.engine.dispose()


def test_the_subject_key_file_must_live_outside_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    outside = tmp_path / "secrets" / "subject.key"
    outside.parent.mkdir()
    outside.write_text("an-outside-key-of-some-length\n")
    services = Services(make_settings(data_dir, subject_key=None, subject_key_file=outside))
    assert services.subject_key == b"an-outside-key-of-some-length"
    inside = data_dir / "subject.key"
    data_dir.mkdir()
    inside.write_text("x" * 40)
    with pytest.raises(KeyFileError, match="inside the data dir"):
        _ = Services(make_settings(data_dir, subject_key=None, subject_key_file=inside)).subject_key
    outside.write_text("short")
    with pytest.raises(KeyFileError, match="at least 16"):
        _ = Services(make_settings(data_dir, subject_key=None, subject_key_file=outside)).subject_key
