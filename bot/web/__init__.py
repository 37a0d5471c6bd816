"""The web console for reviewers and counsel (`triage console`, or /console beside Slack)."""

from bot.web.accounts import Accounts, ConsoleRole
from bot.web.app import console_app
from bot.web.server import standalone_app

__all__ = ["Accounts", "ConsoleRole", "console_app", "standalone_app"]
