"""`triage users`: the web console's sign-in accounts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from bot.audit.records import AuditRecord, AuditUnavailable
from bot.roles import Role

if TYPE_CHECKING:
    from sqlalchemy import Connection


from bot.cli.common import (
    ExitCode,
    accounts_of,
    fail,
    require_role,
    services_of,
)


def _new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        fail("no terminal to ask for the password on: pass --password-stdin and pipe it in", ExitCode.USAGE)
    password: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@click.group("users")
def users() -> None:
    """Web console accounts (reviewers, counsel, admins). Officers need none: they use Slack."""


def _change_account(
    ctx: click.Context, action: str, name: str, change: Callable[[Connection], object], **shown: str
) -> None:
    """Make an account change and log it (kind `account_change`) in one transaction."""
    from bot.web.accounts import AccountError

    operator = require_role(ctx, Role.COUNSEL, "manage console accounts")

    def logged(connection: Connection) -> AuditRecord:
        change(connection)
        summary = json.dumps({"action": action, "account": name, **shown}, sort_keys=True)
        return AuditRecord.note("account_change", "cli", user_id=operator, summary=summary)

    try:
        services_of(ctx).audit.append_with(logged)
    except AccountError as exc:
        fail(str(exc), ExitCode.FAILED)
    except AuditUnavailable as exc:
        fail(f"the change could not be logged, so it was not made: {exc}", ExitCode.NO_RECORD)


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "counsel", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def users_add(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Add an account NAME: reviewers read the log, counsel also manage the knowledge base, admins
    read the log and see the accounts. Only counsel may manage accounts (TRIAGE_COUNSEL)."""
    from bot.web.accounts import ConsoleRole

    password = _new_password(password_stdin)
    accounts = accounts_of(ctx)
    _change_account(ctx, "add", name, lambda c: accounts.add(name, ConsoleRole(role), password, c), role=role)
    click.echo(f"added {name} ({role})")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def users_passwd(ctx: click.Context, name: str, password_stdin: bool) -> None:
    """Set a new password for NAME (re-enables a disabled account; signs out its sessions)."""
    password = _new_password(password_stdin)
    accounts = accounts_of(ctx)
    _change_account(ctx, "passwd", name, lambda c: accounts.set_password(name, password, c))
    click.echo(f"password changed for {name}")


@users.command("disable")
@click.argument("name")
@click.pass_context
def users_disable(ctx: click.Context, name: str) -> None:
    """Stop NAME from signing in (their open sessions end at once)."""
    accounts = accounts_of(ctx)
    _change_account(ctx, "disable", name, lambda c: accounts.disable(name, c))
    click.echo(f"disabled {name}")


@users.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def users_list(ctx: click.Context, as_json: bool) -> None:
    """Every console account and its role."""
    require_role(ctx, Role.COUNSEL, "see the console accounts")
    accounts = accounts_of(ctx).list()
    if as_json:
        for account in accounts:
            click.echo(
                json.dumps(
                    {
                        "name": account.name,
                        "role": account.role.value,
                        "created_at": account.created_at,
                        "disabled": account.disabled,
                    }
                )
            )
        return
    if not accounts:
        click.echo("no console accounts: add one with `triage users add NAME --role reviewer`")
    for account in accounts:
        state = "  (disabled)" if account.disabled else ""
        click.echo(f"{account.name:<24} {account.role.value:<9} since {account.created_at[:10]}{state}")
