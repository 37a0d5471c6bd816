"""Pasted Slack threads: a reply that only names a topic as a question ("TSDB?", "paperwork?",
"criminal case?", "why") is answered by the next reply ("ran it, no match", "arrest warrant
signed by a US District Judge", "yes, federal fraud charges"). Read apart, the question is a
doubt and the answer has no subject; joined as "tsdb: ran it, no match", they read as the
labelled fields of a note do."""

from __future__ import annotations

import re

from bot.facts.learner import Spaced, rewrite_all

__all__ = ["thread_answers"]

_TOPIC = (
    r"tsdb|tsdb check|tsdb hit|tsdb match|watch ?list|the watch ?list|terror watch ?list|tsc|"
    r"record|his record|her record|rap sheet|priors|history|criminal history|convictions?|"
    r"paper|papers|paperwork|what paper|what paperwork|warrant type|"
    r"signed by|signed by who|signed by whom|who signed|signer|"
    r"why|reason|purpose|what for|for what|on what|"
    r"criminal case|criminal|case|what case|which case|federal case|federal|"
    r"what crime|what charge|what charges|charges|charged|which agency|agency"
)
_HEADER = r"\s*(?:\[\d{1,2}:\d{2}(?:\s*[ap]m)?\]\s*)?(?:[\w.'-]+ ){0,3}[\w.'-]+:\s+"
# the question is a whole reply: it follows a speaker's header and ends at the next one
_QUESTION_AND_ANSWER = re.compile(
    rf"(?<=: )(?P<topic>{_TOPIC})(?:\s*\?+\s*\.?|\s*\.(?=\s*\[\d))" + _HEADER + r"(?!(?:" + _TOPIC + r")\s*\?)"
)


# "do they have a warrant?" answered "no, just says charges are being considered": no warrant
_HAVE_ANY_ANSWERED_NO = re.compile(
    r"(?<=: )(?:do|does|did) (?:they|he|she|the (?:agent|agents|feds)) (?:have|got|show|bring|send) (?:a |an |any )?"
    r"(?P<thing>warrant|paperwork|paper|papers|detainer|court order)\s*\?+\s*\.?"
    + _HEADER
    + r"(?:no|nope|nah|none|negative)\b"
)


def thread_answers(spaced: Spaced) -> Spaced:
    """Join each one-topic question in a pasted thread to the reply that answers it."""
    return rewrite_all(
        spaced,
        (
            (_HAVE_ANY_ANSWERED_NO, lambda match: f"no {match.group('thing')}"),
            (_QUESTION_AND_ANSWER, lambda match: f"{match.group('topic')}: "),
        ),
    )
