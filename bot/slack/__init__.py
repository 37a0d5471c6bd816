"""The Slack adapter: listeners, Block Kit cards, and the HTTP / Socket Mode entry points."""

from bot.slack.listeners import SlackTriage
from bot.slack.runtime import SlackApp, SlackSetupError, build_slack_app, check_credentials, http_app, prepare

__all__ = ["SlackApp", "SlackSetupError", "SlackTriage", "build_slack_app", "check_credentials", "http_app", "prepare"]
