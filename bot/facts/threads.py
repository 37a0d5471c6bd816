"""Pasted Slack threads and retold dialogues: a reply that only names a topic as a question
("TSDB?", "paperwork?", "who signed", "what's it for") is answered by the next reply ("ran it, no
match", "Judge Liman", "yes, federal fraud charges"). Read apart, the question is a doubt and the
answer has no subject; joined as "tsdb: ran it, no match", they read as the labelled fields of a
note do. Whether the case is criminal is settled only by an answer that does not dodge: "criminal
case?" answered "it's an investigation" stays a question."""

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
    r"case|what case|which case|"
    r"what crime|what charge|what charges|charges|charged|which agency|agency"
)
_WHO_SIGNED = r"who signed(?: it)?|signed by who|signed by whom"
# asked in so many words, these need no question mark: "me: who signed. him: Judge Liman"
_ASKING = (
    rf"{_WHO_SIGNED}|what(?:'s| is|s) it for|what for|for what|why|"
    r"what(?:'s| is|s) (?:his|her|the) record|what(?:'s| is|s) the (?:charge|case|paper|paperwork)|"
    r"what case|what crime|what charges?|which agency|who(?:'s| is) asking"
)
# whether it is criminal: joined to the answer unless the answer dodges
_CRIMINAL_TOPIC = r"criminal case|criminal|federal case|federal|criminal only|all criminal|strictly criminal"
# (an answer that dodges or hedges leaves the question open: "it's an investigation", "can't say")
_DODGES = (
    r"(?:(?:[\w.']+ ){0,2}(?:says|said|told me),? )?"
    r"(?:no|not|nope|nah|never|none|can't|cannot|won't|wouldn't|dunno|idk|maybe|probably|possibly|could be|"
    r"don't know|not sure|unclear|it's an? (?:ongoing )?(?:investigation|matter|inquiry)|ongoing|i can't|depends)\b"
)
_HEADER = r"\s*(?:\[\d{1,2}:\d{2}(?:\s*[ap]m)?\]\s*)?(?:[\w.'-]+ ){0,3}[\w.'-]+(?: \([\w .'-]{1,20}\))?:\s+"
# the question is a whole reply: it follows a speaker's header and ends at the next one
_QUESTION_AND_ANSWER = re.compile(
    rf"(?<=: )(?:(?P<topic>{_TOPIC})(?:\s*\?+\s*\.?|\s*\.(?=\s*\[\d))|(?P<asked>{_ASKING})\s*[?.]+)"
    + _HEADER
    + r"(?!(?:"
    + _TOPIC
    + r")\s*\?)"
)
_SIGNER_ANSWERED = re.compile(
    rf"(?<=: )(?:{_WHO_SIGNED}|signer|signed by)\s*[?.]*"
    + _HEADER
    + r"(?=(?:a |the )?(?:federal |us |u\.s\. )?(?:district |magistrate )?judge\b)"
)
_CRIMINAL_ANSWERED = re.compile(rf"(?<=: )(?P<topic>{_CRIMINAL_TOPIC})\s*\?+\s*\.?" + _HEADER + rf"(?!{_DODGES})")
_CANONICAL = (
    (re.compile(r"who signed|signed by"), "who signed"),
    (re.compile(r"for|why"), "what for"),
    (re.compile(r"record"), "record"),
    (re.compile(r"charge"), "charges"),
    (re.compile(r"case"), "what case"),
    (re.compile(r"crime"), "what crime"),
    (re.compile(r"paper"), "paperwork"),
    (re.compile(r"agency|asking"), "which agency"),
)


def _asked_topic(asked: str) -> str:
    return next((name for pattern, name in _CANONICAL if pattern.search(asked)), asked)


# "do they have a warrant?" answered "no, just says charges are being considered": no warrant
_HAVE_ANY_ANSWERED_NO = re.compile(
    r"(?<=: )(?:(?:do|does|did) (?:you|they|he|she|the (?:agent|agents|feds))|you|u|they) (?:have|got|show|bring|send) "
    r"(?:a |an |any )?(?P<thing>warrant|paperwork|paper|papers|detainer|court order)\s*\?+\s*\.?"
    + _HEADER
    + r"(?:no|nope|nah|none|negative|not yet|not today|nothing)\b"
)


def thread_answers(spaced: Spaced) -> Spaced:
    """Join each one-topic question in a pasted thread to the reply that answers it."""
    return rewrite_all(
        spaced,
        (
            (_HAVE_ANY_ANSWERED_NO, lambda match: f"no {match.group('thing')}"),
            (_CRIMINAL_ANSWERED, lambda match: f"{match.group('topic')}: "),
            # "who signed" answered "Judge Liman": "signed by Judge Liman", as the officer would write it
            (_SIGNER_ANSWERED, lambda match: "signed by "),
            (
                _QUESTION_AND_ANSWER,
                lambda match: f"{match.group('topic') or _asked_topic(match.group('asked'))}: ",
            ),
        ),
    )
