"""Who is speaking in a message: set aside the writer's own heading, and read an agency's quoted
words from the agency's side.

An officer often heads a message with their own unit ("bx narco. HSI invited our team to a
joint op", "warrant squad: the feds asked ..."). The unit is the writer's line of work, never
the requesting agency's purpose: "narco" there says nothing of what HSI wants the op for.

An officer also pastes what an agent wrote ("> HSI SA Ortiz: "For our sex trafficking
investigation, please send ..."). In those words "our" is the agency's and "you" is the NYPD,
the other way round from the officer's own words; the reader reads them as the officer would
say them ("for their sex trafficking investigation", "can we hold him").
"""

from __future__ import annotations

import re

from bot.facts.spans import AGENCY_NAMES
from bot.facts.text import Text

__all__ = ["in_agency_voice", "set_aside_unit_header"]

_BOROUGH = (
    r"(?:bx|bronx|bk|bklyn|brooklyn|qns|queens|si|staten island|manh?|manhattan|mn|mts|pbbx|pbbn|pbbs|pbmn|pbms|pbqn|"
    r"pbqs|pbsi|north|south|east|west)"
)
_UNIT = (
    r"(?:narco|narcs?|narcotics|vice|gangs?(?: squad| unit| division)?|warrants?(?: squad| section| unit| division)?|"
    r"squad|(?:precinct |pct )?squad|dets?|detectives?(?: squad| bureau)?|pds|\d+(?:st|nd|rd|th)? (?:pct|precinct|squad|pds)|"
    r"(?:pct|precinct) \d+|psa ?\d+|transit(?: district \d+| bureau| district)?|td ?\d+|housing(?: bureau| psa ?\d+)?|"
    r"school safety|harbor(?: unit)?|aviation|esu|emergency service(?:s)?(?: unit)?|court section|courts? division|"
    r"(?:the )?desk|desk officer|cb|central booking|dwi(?: unit)?|highway(?: patrol)?|ctb|counter ?terror(?:ism)?(?: bureau)?|"
    r"intel(?:ligence)?(?: bureau| division)?|major case(?: squad)?|svu|special victims(?: division| squad)?|"
    r"hate crimes?(?: task force| unit)?|auto crimes?(?: unit| squad)?|robbery squad|homicide(?: squad)?|cold case(?: squad)?|"
    r"fugitive enforcement(?: division)?|anti-?crime|public morals|firearms suppression(?: division)?|gvsd|"
    r"juvenile(?: unit)?|property clerk|patrol|sector \w)"
)
# the unit alone, at the head of the message, then a stop: "narco.", "bx narco:", "warrant squad -"
_HEADER = re.compile(
    rf"^\s*(?:(?:this is|it's|its|from|fr)\s+)?(?:the\s+)?(?:{_BOROUGH}\s+)?{_UNIT}"
    r"(?:\s+(?:here|team|unit|sgt|sergeant|lt|det|po|officer))?\s*(?:[.:;|,]|\s[-–—](?=\s))"
)


def set_aside_unit_header(text: Text) -> Text:
    """Blank the writer's unit heading the message (same length, same map to the original)."""
    header = _HEADER.match(text.norm)
    if header is None or not text.norm[header.end() :].strip():
        return text
    end = header.end()
    return Text(text.original, " " * end + text.norm[end:], text.origin)


# who wrote the quoted words: an agency, or a federal title ("SA Grady", "Deputy Marshal Yoon")
_SPEAKER = (
    rf"[^:\n\"“]{{0,50}}\b(?:{AGENCY_NAMES}|marshals?|deputy|special agent|sa|agents?|tfo|task force officer|"
    r"homeland security|border patrol)\b[^:\n\"“]{0,40}"
)
# a Slack quote block opened by its speaker: "> FBI SA Grady: ..." and the ">" lines after it
_QUOTE_BLOCK = re.compile(
    rf"^[ \t]*>[ \t]*{_SPEAKER}:[ \t]*(?P<body>[^\n]*(?:\n[ \t]*>[^\n]*)*)", re.IGNORECASE | re.MULTILINE
)
# words in quote marks after their speaker: ERO wrote: "Is Grant a U.S. citizen?"
_INLINE_QUOTE = re.compile(
    rf"{_SPEAKER}(?:\s+(?:wrote|writes|said|says|emailed|texted|asked|asks))?:\s*[\"“](?P<body>[^\"”]+)[\"”]",
    re.IGNORECASE,
)
_PERSON_WORD = re.compile(
    r"\b(?:our|ours|we|we're|we'll|we've|we'd|us|my|me|mine|you|your|yours|you're|you've|you'll|y'all)\b"
)
_FROM_THE_AGENCY = {
    "our": "their", "ours": "theirs", "we": "they", "we're": "they're", "we'll": "they'll", "we've": "they've",
    "we'd": "they'd", "us": "them", "my": "their", "me": "them", "mine": "theirs",
    "you": "we", "your": "our", "yours": "ours", "you're": "we're", "you've": "we've", "you'll": "we'll", "y'all": "we",
}  # fmt: skip


def in_agency_voice(text: Text) -> Text:
    """The message with first and second person swapped inside an agency's quoted words."""
    spans = [m.span("body") for m in _QUOTE_BLOCK.finditer(text.original)]
    spans += [m.span("body") for m in _INLINE_QUOTE.finditer(text.original)]
    if not spans or not text.origin:
        return text
    norm: list[str] = []
    origin: list[int] = []
    position = 0
    for word in _PERSON_WORD.finditer(text.norm):
        at = text.origin[min(word.start(), len(text.origin) - 1)]
        if not any(start <= at < end for start, end in spans):
            continue
        norm.append(text.norm[position : word.start()])
        origin.extend(text.origin[position : word.start()])
        swapped = _FROM_THE_AGENCY[word.group(0)]
        norm.append(swapped)
        origin.extend([at] * len(swapped))
        position = word.end()
    if position == 0:
        return text
    norm.append(text.norm[position:])
    origin.extend(text.origin[position:])
    return Text(text.original, "".join(norm), tuple(origin))
