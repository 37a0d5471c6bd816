"""The reviewer's filters and columns, shared by `audit list` and `audit export`."""

from __future__ import annotations

from collections.abc import Callable

import click

from bot.audit.records import LogFilter
from bot.audit.vocabulary import ROW_KINDS, ROW_OUTCOMES, VERDICTS_SHOWN
from bot.cli.common import SINCE, UNTIL
from bot.facts.model import Agency, Ask

__all__ = ["LIST_COLUMNS", "filter_options", "log_filter"]

LIST_COLUMNS = (
    "query_id",
    "created_at",
    "user_id",
    "agency",
    "verdict",
    "rule_id",
    "kb_version",
    "outcome",
    "question_masked",
)


_FILTER_OPTIONS = (
    click.option(
        "--since", type=SINCE, help="From this New York day or time on: 2026-10-01, '2026-10-01 09:00', yesterday, 7d."
    ),
    click.option("--until", type=UNTIL, help="Up to and including this day or time (same forms as --since)."),
    click.option("--verdict", type=click.Choice(VERDICTS_SHOWN, case_sensitive=False)),
    click.option("--rule", "rule_id", help="Rule id, e.g. R2a-civil-paperwork."),
    click.option(
        "--agency",
        type=click.Choice([a.value for a in Agency], case_sensitive=False),
        help="As the reader names it; ice is ICE with no component stated (ice_ero and hsi are apart).",
    ),
    click.option("--user", "user_id", help="Who asked (Slack user id or local:NAME)."),
    click.option("--channel", "channel_id", help="Slack channel id."),
    click.option(
        "--outcome",
        type=click.Choice(
            ROW_OUTCOMES,
            case_sensitive=False,
        ),
        help="A row's outcome; for `--kind outcome` rows, what was done.",
    ),
    click.option("--kind", type=click.Choice(ROW_KINDS, case_sensitive=False)),
    click.option("--kb-version", help="Knowledge-base version hash."),
    click.option("--search", help="Words that must all appear in the masked question (any case)."),
    click.option(
        "--ask", type=click.Choice(sorted(a.value for a in Ask), case_sensitive=False), help="e.g. share_records."
    ),
    click.option("--escalated", is_flag=True, default=None, help="Only answers the bot or an officer escalated."),
    click.option("--flagged", is_flag=True, default=None, help="Only answers an officer escalated or marked wrong."),
)


def log_filter(filters: dict[str, object], **options: object) -> LogFilter:
    """The filter the options ask for; an absent flag filters nothing (not "only rows without")."""
    chosen = {name: value for name, value in filters.items() if value is not None and value is not False}
    return LogFilter(**chosen, **options)  # type: ignore[arg-type]


def filter_options(command: Callable[..., None]) -> Callable[..., None]:
    """The reviewer's filters, shared by `audit list` and `audit export`."""
    for option in reversed(_FILTER_OPTIONS):
        command = option(command)
    return command
