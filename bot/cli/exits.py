"""What `triage` exits with, and how it says why: light enough for `triage --help` to import."""

from __future__ import annotations

import sys
from enum import IntEnum
from typing import NoReturn

import click

__all__ = ["ExitCode", "fail"]


class ExitCode(IntEnum):
    """What `triage` exits with; scripts and cron jobs branch on these."""

    OK = 0
    FAILED = 1  # the command ran and found a problem: a check failed, an answer would change
    USAGE = 2  # bad arguments or settings, or nothing to work on yet: nothing was done
    NO_RECORD = 3  # the log could not be written or read, so nothing was done or shown
    FORBIDDEN = 4  # the operator does not hold the role the command needs


def fail(message: str, code: int = ExitCode.FAILED) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
