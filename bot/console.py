"""The local console: questions on standard input, answers on standard output."""

from __future__ import annotations

import select
from collections.abc import Iterator
from typing import TextIO

from bot.audit.records import AuditUnavailable
from bot.intake import IntakeError
from bot.pipeline import Pipeline, PipelineError
from bot.render import render_text

__all__ = ["run_console"]

_BANNER = """Request Triage Bot - local console (KB {version})
Type a federal request as an officer would, then Enter; a pasted e-mail is one question.
Ctrl-D or 'quit' to leave. Mark names to be masked in the log like [[Jane Doe]]."""
_PASTE_SECONDS = 0.05  # lines that arrive closer together than this were pasted, not typed


def _pasted_rest(stdin: TextIO) -> Iterator[str]:
    """The lines that came in the same paste as the one just read (a terminal only)."""
    while select.select([stdin], [], [], _PASTE_SECONDS)[0]:
        line = stdin.readline()
        if not line:
            return
        yield line


def _questions(stdin: TextIO, interactive: bool, paragraphs: bool, prompt: TextIO | None) -> Iterator[str]:
    """What the officer asked, one question at a time.

    At a terminal, a pasted block (an e-mail) is one question; piped, each line is one, or with
    `paragraphs` each block of lines up to a blank line.
    """
    block: list[str] = []
    while True:
        if prompt is not None and not block:
            print("\ntriage> ", end="", file=prompt, flush=True)
        line = stdin.readline()
        if not line:
            break
        if interactive:
            yield "\n".join(part.strip() for part in [line, *_pasted_rest(stdin)] if part.strip())
        elif not paragraphs:
            yield line.strip()
        elif line.strip():
            block.append(line.strip())
        else:
            yield "\n".join(block)
            block = []
    if block:
        yield "\n".join(block)


def run_console(
    pipeline: Pipeline, stdin: TextIO, stdout: TextIO, stderr: TextIO, user_id: str, paragraphs: bool = False
) -> int:
    """Answer question by question until end of input or a line saying quit. Returns the exit status."""
    interactive = stdin.isatty()
    if interactive:
        print(_BANNER.format(version=pipeline.knowledge.version), file=stdout)
    failures = rejected = 0
    heard = False  # any line with words: a question, or quit
    for question in _questions(stdin, interactive, paragraphs, stdout if interactive else None):
        if not question:
            continue
        heard = True
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
    if not heard and not interactive:
        # `printf '' | triage ask`: a script that piped nothing must not read silence as success
        print("error: no question on standard input (one per line; see `triage ask --help`)", file=stderr)
        return 1
    # as `triage ask` exits: 3 when an answer could not be recorded, 1 when a question was refused
    return 3 if failures else 1 if rejected else 0
