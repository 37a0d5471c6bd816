"""The stress runs use the Slack tests' fake Web API."""

from tests.slack.conftest import fake_slack

__all__ = ["fake_slack"]
