"""`triage`: a thin command line over the services. No decisions are made here.

One module per command group; the groups are put together here.
"""

from __future__ import annotations

import click
from pydantic import ValidationError

from bot.cli.common import ExitCode, fail
from bot.settings import Settings

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


def _assemble() -> None:
    from bot.cli.answer import ask, eval_command, record
    from bot.cli.audit import audit
    from bot.cli.audit_chain import audit_checkpoint, audit_keygen, audit_verify
    from bot.cli.audit_report import audit_report
    from bot.cli.kb import kb
    from bot.cli.model import model
    from bot.cli.serve import console_command, serve
    from bot.cli.training import practice, roster
    from bot.cli.users import users

    for command in (audit_report, audit_verify, audit_keygen, audit_checkpoint):
        audit.add_command(command)
    for command in (ask, record, eval_command, serve, console_command, users, model, kb, audit, practice, roster):
        main.add_command(command)


_assemble()
