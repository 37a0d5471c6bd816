"""The local console: questions on standard input, answers on standard output."""

from __future__ import annotations

from typing import TextIO

from bot.audit.store import AuditUnavailable
from bot.intake import IntakeError
from bot.pipeline import Pipeline, PipelineError
from bot.render import render_text

__all__ = ["run_console"]

_BANNER = """Request Triage Bot - local console (KB {version})
Type a federal request as an officer would, then Enter. Ctrl-D or 'quit' to leave.
Mark names to be masked in the log like [[Jane Doe]]."""


def run_console(pipeline: Pipeline, stdin: TextIO, stdout: TextIO, stderr: TextIO, user_id: str) -> int:
    """Answer line by line until end of input or a line saying quit. Returns the exit status."""
    interactive = stdin.isatty()
    if interactive:
        print(_BANNER.format(version=pipeline.knowledge.version), file=stdout)
    failures = rejected = 0
    while True:
        if interactive:
            print("\ntriage> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        if question.lower() in {"quit", "exit"}:  # typed or piped: the end, never a question
            break
        try:
            answer = pipeline.answer(question, source="console", user_id=user_id)
        except IntakeError as exc:
            print(f"error: {exc}", file=stderr)
            rejected += 1
            continue
        except (PipelineError, AuditUnavailable) as exc:
            print(f"error: no verdict given - {exc}", file=stderr)
            failures += 1
            continue
        print(render_text(answer), file=stdout, flush=True)
        if not interactive:
            print(file=stdout)
    # as `triage ask` exits: 3 when an answer could not be recorded, 1 when a question was refused
    return 3 if failures else 1 if rejected else 0
