"""Files written whole or not at all: a temporary file in the same folder, renamed over the target,
so a reader (another process, a reviewer's script) never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["write_atomically"]


def write_atomically(path: Path, write: Callable[[BinaryIO], object], mode: int | None = None) -> None:
    """`write(handle)` into a temporary file beside `path`, then renamed to `path` (OSError as raised).

    `mode` sets the file's permissions before the rename (mkstemp makes it owner-only, 0o600).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
        if mode is not None:
            temporary.chmod(mode)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)  # gone already after the rename; removed after a failure
