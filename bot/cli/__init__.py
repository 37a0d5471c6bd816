"""`triage`: a thin command line over the services. No decisions are made here.

One module per command group; the groups are put together here.
"""

from __future__ import annotations

import importlib

import click
from pydantic import ValidationError

from bot.cli.exits import ExitCode, fail
from bot.settings import Settings

__all__ = ["COMMANDS", "main"]

# name -> (module, attribute, the first line of its help). Command modules import what answering
# needs (SQLAlchemy, Chroma, the models); they are imported only when their command runs, so
# `triage --help` starts fast. tests/test_cli.py checks each line against the command's own help.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ask": ("bot.cli.answer", "ask", "Answer one QUESTION, or a batch from standard input."),
    "audit": ("bot.cli.audit", "audit", "The query log, for reviewers."),
    "console": (
        "bot.cli.serve",
        "console_command",
        "Serve the web console for reviewers and counsel at http://HOST:PORT/console/.",
    ),
    "eval": (
        "bot.cli.answer",
        "eval_command",
        "Score labelled JSON Lines files (id, question, expected_verdict, must_cite).",
    ),
    "kb": (
        "bot.cli.kb",
        "kb",
        "Counsel's knowledge base: check, stage, see the impact, activate, roll back, review queue.",
    ),
    "model": ("bot.cli.model", "model", "The local embedding model: export it for ONNX Runtime, check it."),
    "practice": (
        "bot.cli.training",
        "practice",
        "A practice round: read each scenario, answer with the verdict you would give.",
    ),
    "record": ("bot.cli.answer", "record", "Record what was done with a federal request, for the register."),
    "roster": (
        "bot.cli.training",
        "roster",
        "Who officers are: name, command or unit, and task force (counsel or an admin keep it).",
    ),
    "serve": ("bot.cli.serve", "serve", "Start the bot."),
    "users": (
        "bot.cli.users",
        "users",
        "Web console accounts (reviewers, counsel, admins). Officers need none: they use Slack.",
    ),
}


def load_command(name: str) -> click.Command:
    """Import one command's module and return the command (the audit group with its subcommands)."""
    module, attribute, _ = COMMANDS[name]
    command: click.Command = getattr(importlib.import_module(module), attribute)
    if name == "audit" and isinstance(command, click.Group) and "verify" not in command.commands:
        from bot.cli.audit_chain import audit_checkpoint, audit_keygen, audit_verify
        from bot.cli.audit_report import audit_report

        for subcommand in (audit_report, audit_verify, audit_keygen, audit_checkpoint):
            command.add_command(subcommand)
    return command


class _LazyGroup(click.Group):
    """Lists the commands from `COMMANDS` and imports one only when it is run or asked for help."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return load_command(cmd_name) if cmd_name in COMMANDS else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        # the same shortening click gives a loaded command's help, without importing it
        rows = [
            (name, click.Command(name, help=COMMANDS[name][2]).get_short_help_str(limit)) for name in sorted(COMMANDS)
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """Request Triage Bot: may an NYPD officer fulfil this federal request?

    Answers come from counsel's rules table (knowledge/rules.yaml), quote the policy
    passages of the active knowledge-base version, and are logged before they are shown.
    """
    try:
        ctx.obj = {"settings": Settings()}
    except ValidationError as exc:
        fail(f"bad setting: {exc}", ExitCode.USAGE)
