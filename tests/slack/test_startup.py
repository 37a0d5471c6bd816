"""Start-up with missing or wrong Slack settings: a sentence saying what to fix, exit 2, no trace."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.slack.fake_slack import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, FakeSlack


def _serve(tmp_path: Path, args: list[str], **env: str | None) -> tuple[int, str]:
    base: dict[str, str | None] = {
        "TRIAGE_DATA_DIR": str(tmp_path),
        "SLACK_BOT_TOKEN": None,
        "SLACK_APP_TOKEN": None,
        "SLACK_SIGNING_SECRET": None,
        "TRIAGE_SLACK_API_URL": None,
    }
    result = CliRunner().invoke(main, ["serve", *args], env={**base, **env})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_http_mode_without_credentials_names_each_missing_setting(tmp_path: Path) -> None:
    code, output = _serve(tmp_path, ["--http"])
    assert code == 2
    assert "SLACK_BOT_TOKEN" in output and "SLACK_SIGNING_SECRET" in output and "Traceback" not in output


def test_socket_mode_needs_an_app_token(tmp_path: Path) -> None:
    code, output = _serve(tmp_path, ["--socket"], SLACK_BOT_TOKEN=BOT_TOKEN)
    assert code == 2 and "SLACK_APP_TOKEN" in output


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [("SLACK_BOT_TOKEN", "xoxp-user-token", "xoxb-"), ("SLACK_APP_TOKEN", "xoxb-wrong-kind", "xapp-")],
)
def test_tokens_of_the_wrong_kind_are_named(tmp_path: Path, variable: str, value: str, expected: str) -> None:
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, variable: value}
    code, output = _serve(tmp_path, ["--socket"], **env)
    assert code == 2 and expected in output and variable in output


def test_a_token_slack_refuses_is_reported_with_slacks_reason(tmp_path: Path, fake_slack: FakeSlack) -> None:
    fake_slack.refused_tokens.add(BOT_TOKEN)
    code, output = _serve(
        tmp_path,
        ["--http"],
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        TRIAGE_SLACK_API_URL=fake_slack.api_url,
    )
    assert code == 2 and "invalid_auth" in output and "Traceback" not in output


def test_unreachable_slack_is_reported(tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    code, output = _serve(
        tmp_path,
        ["--http"],
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        TRIAGE_SLACK_API_URL=f"http://127.0.0.1:{port}/api/",
    )
    assert code == 2 and "cannot reach Slack" in output


def test_serving_needs_a_subject_key_kept_outside_the_data_dir(tmp_path: Path, fake_slack: FakeSlack) -> None:
    slack = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET}
    env = {**slack, "TRIAGE_SLACK_API_URL": fake_slack.api_url, "TRIAGE_SUBJECT_KEY": None}
    code, output = _serve(tmp_path / "data", ["--http"], **env, TRIAGE_SUBJECT_KEY_FILE=None)
    assert code == 2 and "TRIAGE_SUBJECT_KEY" in output and "Traceback" not in output
    inside = tmp_path / "data" / "subject.key"
    inside.parent.mkdir()
    inside.write_text("k" * 32)
    code, output = _serve(tmp_path / "data", ["--http"], **env, TRIAGE_SUBJECT_KEY_FILE=str(inside))
    assert code == 2 and "inside the data dir" in output and "Traceback" not in output
