"""`triage audit verify`, `keygen` and `checkpoint`: the log's tamper evidence."""

from __future__ import annotations

from pathlib import Path

import click

from bot.audit.records import AuditUnavailable
from bot.cli.common import (
    ExitCode,
    fail,
    require_existing_log,
    reviewer_read,
    services_of,
)


@click.command("verify")
@click.option(
    "--against",
    "checkpoints",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A signed checkpoint (`audit checkpoint`) the log must still extend; repeatable.",
)
@click.option(
    "--public-key",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The committee's public key (KEY.pub): checkpoints signed by any other key fail.",
)
@click.option(
    "--export",
    "export_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Verify an export file (CSV or JSON Lines) on its own, without the database.",
)
@click.pass_context
def audit_verify(
    ctx: click.Context, checkpoints: tuple[Path, ...], public_key: Path | None, export_file: Path | None
) -> None:
    """Walk the hash chain; exit 0 with "ok" if intact, else name the first bad row.

    The chain shows edits, insertions and deletions inside the log; a log cut short or rewritten
    from some row on is only caught against a checkpoint kept outside it (--against). This
    check's own log row is not part of what it verifies.
    """
    from bot.audit.checkpoint import Checkpoint, CheckpointError, check_against, load_public_key
    from bot.audit.export import read_export, verify_rows

    if export_file is not None:
        try:
            intact, _count, message = verify_rows(read_export(export_file))
        except (ValueError, KeyError) as exc:
            fail(f"{export_file}: {exc}", ExitCode.FAILED)
        if not intact:
            fail(f"{export_file}: {message}", ExitCode.FAILED)
        click.echo(f"{export_file}: {message}")
        return
    try:
        trusted = load_public_key(public_key) if public_key else None
        marks = [Checkpoint.from_json(path.read_text(encoding="utf-8"), str(path)) for path in checkpoints]
    except CheckpointError as exc:
        fail(str(exc), ExitCode.USAGE)
    require_existing_log(ctx)
    head = services_of(ctx).audit.head()  # before this check's own row is written
    log = reviewer_read(ctx, "audit verify", against=[str(p) for p in checkpoints])
    if head is None:
        intact, message = True, "ok: 0 rows (the log held nothing before this check)"
    else:
        intact, _count, message = log.verify(through=head[0])
    for mark in marks:
        holds, said = check_against(log, mark, trusted)
        intact = intact and holds
        message += f"\n{'ok' if holds else 'FAILED'}: {said}"
    if head is None and not marks:
        message += "\nnote: only `--against CHECKPOINT` can tell an emptied log from a new one"
    if not intact:
        fail(message, ExitCode.FAILED)
    click.echo(message)


@click.command("keygen")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Private key file.")
def audit_keygen(out: Path) -> None:
    """Make an Ed25519 signing key for checkpoints (OUT, mode 0600) and its public half (OUT.pub).

    Keep the private key off the database's host; give OUT.pub to whoever verifies.
    """
    from bot.audit.checkpoint import CheckpointError, generate_key

    try:
        identity = generate_key(out)
    except CheckpointError as exc:
        fail(str(exc), ExitCode.USAGE)
    click.echo(f"key {identity}: private {out}, public {out}.pub")


@click.command("checkpoint")
@click.option("--key", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Signing key.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option(
    "--scheduled",
    is_flag=True,
    help="Do now what `serve` does on its timer: sign if due (TRIAGE_CHECKPOINT_EVERY_ROWS/_HOURS) with "
    "TRIAGE_CHECKPOINT_KEY_FILE and send to TRIAGE_CHECKPOINT_DIR/_URL. For cron where no bot runs.",
)
@click.pass_context
def audit_checkpoint(ctx: click.Context, key: Path | None, out: Path | None, scheduled: bool) -> None:
    """Sign the log's head (seq, hash, row count, time) for safekeeping outside the database.

    Keep the file (or publish it); `audit verify --against FILE` later proves the log still
    extends it, which catches rows cut from the end and a tail rewritten with new hashes.
    """
    from bot.audit.checkpoint import CheckpointError, load_private_key, make_checkpoint

    if scheduled:
        if key is not None or out is not None:
            raise click.UsageError("--scheduled takes the key and the destinations from TRIAGE_CHECKPOINT_*")
        _scheduled_checkpoint(ctx)
        return
    if key is None:
        raise click.UsageError("give --key KEY (made by `triage audit keygen`), or --scheduled")
    log = reviewer_read(ctx, "audit checkpoint")
    try:
        mark = make_checkpoint(log, load_private_key(key))
    except CheckpointError as exc:
        fail(str(exc), ExitCode.USAGE)
    if out is None:
        click.echo(mark.to_json(), nl=False)
    else:
        out.write_text(mark.to_json(), encoding="utf-8")
        click.echo(f"checkpoint seq={mark.seq} head {mark.head_hash[:16]}... written to {out}", err=True)


def _scheduled_checkpoint(ctx: click.Context) -> None:
    from bot.audit.checkpoint import CheckpointError
    from bot.slack.schedule import checkpoint_publisher

    try:
        publisher = checkpoint_publisher(services_of(ctx))
    except CheckpointError as exc:
        fail(str(exc), ExitCode.USAGE)
    if publisher is None:
        fail(
            "no schedule: set TRIAGE_CHECKPOINT_KEY_FILE and TRIAGE_CHECKPOINT_DIR or TRIAGE_CHECKPOINT_URL",
            ExitCode.USAGE,
        )
    try:
        mark = publisher.publish_if_due()
    except AuditUnavailable as exc:
        fail(f"no checkpoint made: {exc}", ExitCode.NO_RECORD)
    if mark is None:
        seq, when = publisher.last_signed()
        since = f"seq={seq} of {when.isoformat()}" if when else "none yet"
        click.echo(f"no checkpoint due (last scheduled checkpoint: {since})")
        return
    click.echo(f"checkpoint seq={mark.seq} head {mark.head_hash[:16]}... signed")
    if publisher.unsent:
        fail(f"checkpoint seq={mark.seq} was signed but not delivered (see the error above)", ExitCode.FAILED)
