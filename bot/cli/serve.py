"""`triage serve` (Slack over Socket Mode or HTTP, or the local console) and `triage console`."""

from __future__ import annotations

import contextlib
import sys

import click

from bot.app import KeyFileError, NoActiveKnowledge
from bot.cli.common import (
    ExitCode,
    accounts_of,
    fail,
    operator,
    pipeline_of,
    services_of,
    settings_of,
)
from bot.masking import MaskError
from bot.retrieval.errors import EmbedderError, VectorStoreUnavailable


@click.command("serve")
@click.option(
    "--socket", "mode", flag_value="socket", help="Slack Socket Mode (needs SLACK_BOT_TOKEN, SLACK_APP_TOKEN)."
)
@click.option(
    "--http", "mode", flag_value="http", help="Slack over HTTP (needs SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)."
)
@click.option("--console", "mode", flag_value="console", help="The local console on standard input.")
@click.option("--host", default="127.0.0.1", show_default=True, help="HTTP mode: address to listen on.")
@click.option("--port", type=int, default=3000, show_default=True, help="HTTP mode: port to listen on.")
@click.pass_context
def serve(ctx: click.Context, mode: str | None, host: str, port: int) -> None:
    """Start the bot.

    Without an option: Socket Mode when SLACK_BOT_TOKEN and SLACK_APP_TOKEN are set, else
    the local console. HTTP mode serves POST /slack/events and GET /healthz; in production
    run `uvicorn --factory bot.slack.asgi:create_app` instead (see the Procfile).
    """
    settings = settings_of(ctx)
    mode = mode or ("socket" if settings.slack.configured else "console")
    if mode == "console":
        from bot.console import run_console

        sys.exit(run_console(pipeline_of(ctx), sys.stdin, sys.stdout, sys.stderr, operator(ctx)))

    import logging

    from bot.slack.runtime import SlackSetupError, http_app, prepare, recover_in_background, run_socket_mode

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        slack_app = prepare(settings, mode, services_of(ctx))
    except SlackSetupError as exc:
        fail(f"cannot start Slack {mode} mode: {exc}", ExitCode.USAGE)
    except (NoActiveKnowledge, VectorStoreUnavailable, KeyFileError, MaskError) as exc:
        fail(str(exc), ExitCode.USAGE)
    except EmbedderError as exc:
        fail(f"cannot start: {exc}", ExitCode.USAGE)
    version = slack_app.pipeline.knowledge.version
    recover_in_background(slack_app)
    from bot.audit.checkpoint import CheckpointError
    from bot.slack.schedule import start_schedule

    try:
        start_schedule(slack_app.services, slack_app.bolt.client)
    except CheckpointError as exc:
        fail(f"cannot start the checkpoint schedule: {exc}", ExitCode.USAGE)
    if mode == "http":
        import uvicorn

        from bot.web.server import console_mount, uvicorn_log_config

        click.echo(f"Slack HTTP mode on http://{host}:{port}/slack/events (KB {version})", err=True)
        if settings.console.with_slack:
            click.echo(f"console on http://{host}:{port}/console/", err=True)
        app = http_app(slack_app, extra_routes=console_mount(slack_app.services))
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=True, log_config=uvicorn_log_config())
    else:
        click.echo(f"Slack Socket Mode (KB {version}); Ctrl-C to stop", err=True)
        with contextlib.suppress(KeyboardInterrupt):
            run_socket_mode(slack_app)


# ------------------------------------------------------------------------------ console
@click.command("console")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8080, show_default=True, help="Port to listen on.")
@click.pass_context
def console_command(ctx: click.Context, host: str, port: int) -> None:
    """Serve the web console for reviewers and counsel at http://HOST:PORT/console/.

    Sign-in accounts are made with `triage users add`. `triage serve --http` serves the same
    console at /console beside the Slack endpoint.
    """
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from bot.web.server import standalone_app, uvicorn_log_config

    services = services_of(ctx)
    try:
        services.engine  # noqa: B018 - opens (and migrates) the log database now, with a clear error
        users = len(accounts_of(ctx).list())
    except SQLAlchemyError as exc:
        fail(f"cannot open the log database: {exc.__class__.__name__}: {exc}", ExitCode.USAGE)
    if not users:
        click.echo("note: no console accounts yet: add one with `triage users add NAME --role reviewer`", err=True)
    click.echo(f"console on http://{host}:{port}/console/", err=True)
    uvicorn.run(
        standalone_app(services),
        host=host,
        port=port,
        log_level="info",
        proxy_headers=True,
        log_config=uvicorn_log_config(),
    )
