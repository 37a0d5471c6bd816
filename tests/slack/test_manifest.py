"""The app manifest and Procfile match what the code does: scopes, events, shortcuts, command."""

from __future__ import annotations

import re
import shlex

import yaml

from bot.slack import listeners
from tests.conftest import ROOT

# Web API methods -> the bot scopes each needs (none: needs no scope).
METHOD_SCOPES: dict[str, set[str]] = {
    "chat_postMessage": {"chat:write"},
    "chat_postEphemeral": {"chat:write"},
    "chat_getPermalink": set(),
    "reactions_add": {"reactions:write"},
    "reactions_remove": {"reactions:write"},
    "views_open": set(),
    "views_publish": set(),
    # reading a thread back after a crash, to see whether the answer was already posted:
    # one scope per kind of conversation the bot answers in
    "conversations_replies": {"channels:history", "groups:history", "im:history", "mpim:history"},
}
EVENT_SCOPES = {"app_mention": "app_mentions:read", "message.im": "im:history", "app_home_opened": ""}


def _manifest() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text())


def test_scopes_are_exactly_those_the_code_needs() -> None:
    source = "\n".join(path.read_text() for path in sorted((ROOT / "bot" / "slack").glob("*.py")))
    used = set(re.findall(r"\b((?:chat|reactions|views|users|conversations|files)_[a-zA-Z]+)\b", source))
    assert used <= set(METHOD_SCOPES), f"a Web API method without a known scope: {used - set(METHOD_SCOPES)}"
    manifest = _manifest()
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    needed = set().union(*(METHOD_SCOPES[m] for m in used)) | {EVENT_SCOPES[e] for e in events} | {"commands"}
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == needed - {""}


def test_events_shortcuts_and_command_match_the_listeners() -> None:
    manifest = _manifest()
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == set(EVENT_SCOPES)
    shortcuts = {s["callback_id"]: s["type"] for s in manifest["features"]["shortcuts"]}
    assert shortcuts == {
        listeners.SHORTCUT_CHECK_MESSAGE: "message",
        listeners.SHORTCUT_OPEN_FORM: "global",
        listeners.SHORTCUT_RECORD_REQUEST: "global",
    }
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == [listeners.COMMAND]


def test_procfile_names_a_web_and_a_worker_process() -> None:
    lines = dict(line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line.strip())
    web = shlex.split(lines["web"])
    assert web[:3] == ["uvicorn", "--factory", "bot.slack.asgi:create_app"]
    assert shlex.split(lines["worker"]) == ["triage", "serve", "--socket"]
