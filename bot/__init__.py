"""Request Triage Bot: may an NYPD officer fulfil this federal request?"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.pipeline import Answer, Pipeline
    from bot.rules import Decision, Verdict, decide

__all__ = ["Answer", "Decision", "Pipeline", "Verdict", "decide"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The public names, imported on first use: `import bot.settings` must not load the whole bot."""
    if name in ("Answer", "Pipeline"):
        from bot import pipeline

        return getattr(pipeline, name)
    if name in ("Decision", "Verdict", "decide"):
        from bot import rules

        return getattr(rules, name)
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
