"""`triage model`: the local embedding model's ONNX export and its check against torch."""

from __future__ import annotations

import click

from bot.cli.common import (
    ExitCode,
    fail,
    settings_of,
)
from bot.retrieval.errors import EmbedderError


@click.group("model")
def model() -> None:
    """The local embedding model: export it for ONNX Runtime, check it."""


@model.command("export")
@click.option("--force", is_flag=True, help="Export again even if an export for these weights exists.")
@click.option(
    "--isolated/--here",
    default=None,
    help="Trace in a throw-away environment with torch (the default where torch is not installed) "
    "or with the torch installed here.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the path.")
@click.pass_context
def model_export(ctx: click.Context, force: bool, isolated: bool | None, quiet: bool) -> None:
    """Write the ONNX model the bot serves with (once; `make install` runs this).

    Torch is needed for this step only. Where it is not installed (a serving install), it is put
    into a throw-away environment for the trace (about a minute, from the package index) and
    deleted afterwards; the weights' sha256 is checked before, and the graph must reproduce
    torch's embeddings after, or nothing is kept.
    """
    from bot.retrieval.onnx_embedder import export_onnx

    def say(line: str) -> None:
        if not quiet:
            click.echo(f"  {line}", err=True)

    try:
        path = export_onnx(settings_of(ctx).embedder, force=force, say=say, isolated=isolated)
    except EmbedderError as exc:
        fail(str(exc), ExitCode.USAGE)
    click.echo(path if quiet else f"ONNX embedding model: {path}")


@model.command("check")
@click.pass_context
def model_check(ctx: click.Context) -> None:
    """Which embedding backend answers, whether its files verify, and one embedding's cost."""
    import time

    from bot.retrieval.onnx_embedder import make_embedder

    embedder = make_embedder(settings_of(ctx).embedder)
    try:
        path = embedder.verify()
        started = time.perf_counter()
        [vector] = embedder.embed(["check the embedding model"])
    except EmbedderError as exc:
        fail(str(exc), ExitCode.USAGE)
    took = (time.perf_counter() - started) * 1000
    click.echo(f"{type(embedder).__name__} {embedder.model_id} at {path}: ok, {len(vector)} dimensions, {took:.0f} ms")
