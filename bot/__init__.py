"""Request Triage Bot: may an NYPD officer fulfil this federal request?"""

from bot.pipeline import Answer, Pipeline
from bot.rules import Decision, Verdict, decide

__all__ = ["Answer", "Decision", "Pipeline", "Verdict", "decide"]
__version__ = "0.1.0"
