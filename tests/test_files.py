"""Files written whole or not at all (the reader's vector cache, published checkpoints)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from bot.files import write_atomically


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "checkpoint.json"
    write_atomically(target, lambda handle: handle.write(b"first"), mode=0o644)
    assert target.read_bytes() == b"first" and target.stat().st_mode & 0o777 == 0o644

    def half_then_fail(handle: BinaryIO) -> None:
        handle.write(b"half of the sec")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["checkpoint.json"]


def test_without_a_mode_the_file_is_its_owners_only(tmp_path: Path) -> None:
    target = tmp_path / "vectors.npy"
    write_atomically(target, lambda handle: handle.write(b"\x93NUMPY"))
    assert target.read_bytes() == b"\x93NUMPY" and target.stat().st_mode & 0o777 == 0o600
