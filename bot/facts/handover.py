"""Transport that hands a person over: our prisoner driven to the agency, or taken there
instead of being released; and a ride for their agents, which hands over no one."""

from __future__ import annotations

import re

from bot.facts.model import Ask
from bot.facts.spans import IN_OUR_CUSTODY, Cue, sentence_of

__all__ = ["rides_to_their_warrant", "taken_to_them"]


_INSTEAD_OF_RELEASE = re.compile(
    r"\b(?:instead of|rather than|not|before) (?:releasing|cutting|letting|kicking|turning) (?:him|her|them)\b|"
    r"\binstead of (?:release|cutting (?:him|her|them) loose|letting (?:him|her|them) (?:go|walk))\b"
)


_OUR_CUSTODY = re.compile(
    r"\b(?:our|my) (?:[\w']+ )?(?:guy|prisoner|arrestee|collar|perp|male|female|defendant|detainee|subject|kid)\b|"
    r"\bbefore (?:we|you|they) (?:release|cut|let)\b|\b(?:we|you) (?:have|got|are holding|'re holding) (?:him|her|them)\b|"
    r"\b(?:from|in|out of) (?:our |the )?(?:cells|holding|central booking|lock-?up|custody)\b|"
    r"\b(?:when|after|once) (?:we're|we are|we get) (?:done|finished|through)\b|\bafter (?:processing|arraignment|booking)\b"
)


_THEIR_PERSON = re.compile(
    r"\b(?:their|ice'?s?|ero'?s?|the agents'?) (?:[\w']+ )?(?:detainees?|prisoners?|arrestees?|guy|target)\b"
)


def taken_to_them(norm: str, cue: Cue) -> bool:
    """A transport that hands a person over: our own prisoner driven to the agency, or "him" taken
    there "instead of releasing him" when the message is about our arrestee."""
    sentence = sentence_of(norm, cue.start, cue.end)
    if _ours_in_custody(sentence):
        return True
    if _TO_FEDERAL_SITE.search(norm, cue.end, cue.end + 60):
        return True  # "drive a guy to 26 Fed Plaza for them": delivered into their custody
    return bool(
        _INSTEAD_OF_RELEASE.search(sentence) and not _THEIR_PERSON.search(sentence) and IN_OUR_CUSTODY.search(norm)
    )


_TO_FEDERAL_SITE = re.compile(
    r"\bto (?:26 fed(?:eral)? plaza|federal plaza|their (?:office|building|field office|facility|hq|headquarters|processing center)|"
    r"the (?:federal building|fbi office|field office|mdc|mcc|federal courthouse)|mdc|mcc|500 pearl|225 cadman)\b"
)


def _ours_in_custody(sentence: str) -> bool:
    return bool(_OUR_CUSTODY.search(sentence)) and not _THEIR_PERSON.search(sentence)


_AGENTS_FERRIED = re.compile(
    r"(?:take|run|ferry|shuttle|carry|bring) (?:\d+|two|three|four|five|the|their|some) (?:of their )?(?:agents|feds|officers|team)\b"
)
_A_WARRANT_SERVED = re.compile(r"\b(?:search|arrest) warrant\b")


def rides_to_their_warrant(norm: str, cues: list[Cue]) -> list[Cue]:
    """ "run 2 of their officers out to a tanker" to serve a search warrant: the ride is help with the warrant."""
    if not _A_WARRANT_SERVED.search(norm):
        return cues
    return [
        Cue(Ask.WARRANT_EXECUTION_ASSIST, c.start, c.end, c.hedged)
        if c.ask is Ask.TRANSPORT and _AGENTS_FERRIED.match(norm, c.start)
        else c
        for c in cues
    ]
