"""Request bodies shaped like Slack's (Events API, slash commands, interactivity)."""

from __future__ import annotations

import json
import time
import urllib.parse
from typing import Any

from tests.slack.fake_slack import BOT_USER

TEAM = "T1"
DETAINER = "ICE ERO faxed a detainer asking us to hold him 48 hours past his release, no judicial warrant"


def event_callback(event: dict[str, Any], event_id: str = "Ev001") -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": TEAM,
        "api_app_id": "A1",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
    }


def mention(
    text: str, channel: str = "C1", ts: str = "1700000000.000100", user: str = "U1", **extra: Any
) -> dict[str, Any]:
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER}> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
    }
    event.update(extra)
    return event_callback(event, extra.pop("event_id", f"Ev-{channel}-{ts}"))


def direct_message(
    text: str, channel: str = "D1", ts: str = "1700000001.000100", user: str = "U1", **extra: Any
) -> dict[str, Any]:
    event = {"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts, "channel": channel}
    event.update(extra)
    return event_callback(event, f"Ev-{channel}-{ts}")


def home_opened(user: str = "U1") -> dict[str, Any]:
    return event_callback(
        {"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"}, f"Ev-home-{time.time()}"
    )


def slash_command(
    text: str, response_url: str, trigger_id: str = "trig-1", channel: str = "C1", user: str = "U1"
) -> str:
    return urllib.parse.urlencode(
        {
            "token": "legacy",
            "team_id": TEAM,
            "channel_id": channel,
            "user_id": user,
            "command": "/triage",
            "text": text,
            "api_app_id": "A1",
            "response_url": response_url,
            "trigger_id": trigger_id,
        }
    )


def interaction(payload: dict[str, Any]) -> str:
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def message_shortcut(
    message: dict[str, Any], response_url: str, channel: str = "C1", user: str = "U1", trigger_id: str = "trig-s"
) -> str:
    return interaction(
        {
            "type": "message_action",
            "callback_id": "check_request",
            "trigger_id": trigger_id,
            "response_url": response_url,
            "team": {"id": TEAM},
            "user": {"id": user},
            "channel": {"id": channel},
            "message": message,
            "action_ts": "1700000005.1",
        }
    )


def block_action(
    action_id: str,
    value: str,
    response_url: str,
    channel: str = "C1",
    user: str = "U1",
    message_ts: str = "1700000009.000100",
    thread_ts: str | None = "1700000000.000100",
    trigger_id: str = "trig-a",
    ephemeral: bool = False,
) -> str:
    message: dict[str, Any] = {"ts": message_ts, "text": "card"}
    if thread_ts:
        message["thread_ts"] = thread_ts
    payload: dict[str, Any] = {
        "type": "block_actions",
        "trigger_id": trigger_id,
        "response_url": response_url,
        "team": {"id": TEAM},
        "user": {"id": user},
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "message_ts": message_ts, "is_ephemeral": ephemeral},
        "actions": [{"action_id": action_id, "block_id": "follow_up", "value": value, "type": "button"}],
    }
    if not ephemeral:  # Slack sends no message body for an ephemeral message
        payload["message"] = message
    return interaction(payload)


def select_action(
    action_id: str, value: str, response_url: str, user: str = "U1", channel: str = "C1", home: bool = False
) -> str:
    """A choice in a static select: on a card in a channel, or in App Home (`home`)."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "trigger_id": "trig-s",
        "team": {"id": TEAM},
        "user": {"id": user},
        "actions": [
            {
                "action_id": action_id,
                "block_id": "outcome",
                "type": "static_select",
                "selected_option": {"value": value, "text": {"type": "plain_text", "text": value}},
            }
        ],
    }
    if home:
        payload.update(container={"type": "view", "view_id": "VHOME"}, view={"id": "VHOME", "type": "home"})
    else:
        payload.update(
            response_url=response_url,
            channel={"id": channel},
            container={"type": "message", "channel_id": channel, "message_ts": "1700000009.000100"},
            message={"ts": "1700000009.000100", "text": "card"},
        )
    return interaction(payload)


def view_submission(
    callback_id: str, values: dict[str, Any], metadata: str = "", view_id: str = "V1", user: str = "U1"
) -> str:
    return interaction(
        {
            "type": "view_submission",
            "team": {"id": TEAM},
            "user": {"id": user},
            "trigger_id": "trig-v",
            "view": {
                "id": view_id,
                "type": "modal",
                "callback_id": callback_id,
                "private_metadata": metadata,
                "state": {"values": values},
            },
        }
    )


def select(block: str, value: str | None) -> dict[str, Any]:
    option = {"value": value, "text": {"type": "plain_text", "text": value}} if value else None
    return {block: {block: {"type": "static_select", "selected_option": option}}}


def multi_select(block: str, values: list[str]) -> dict[str, Any]:
    return {block: {block: {"type": "multi_static_select", "selected_options": [{"value": v} for v in values]}}}


def text_input(block: str, value: str | None) -> dict[str, Any]:
    return {block: {block: {"type": "plain_text_input", "value": value}}}


def checkboxes(block: str, values: list[str]) -> dict[str, Any]:
    return {block: {block: {"type": "checkboxes", "selected_options": [{"value": v} for v in values]}}}
