"""A person named where an ask expects a pronoun: "grab Dante Ruiz when he shows", "hold Maria
Lopez for pickup" read as "grab him", "hold her". The asks know "him", "her" and "the guy"; a name
in their place left the ask unread, and an unread ask makes whatever else was read uncertain.

A name is told from the original text: two or three capitalised words right after an asking verb
written in lower case, none of them a title, a place, a day or a month. The pronoun keeps the
name's origin, so evidence still quotes the officer's own words.
"""

from __future__ import annotations

import re

from bot.facts.learner import Spaced

__all__ = ["names_as_pronouns"]

_ASKING_VERB = (
    r"grab|hold|arrest|detain|pick up|scoop|locate|find|transport|drive|bring|bring in|interview|question|"
    r"debrief|stop|release|hand over|turn over|take|keep|book|fingerprint|print|flag|watch|follow|track|tail|"
    r"surveil|escort|move|transfer|serve|identify|produce|lodge"
)
_WORD = r"[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?"
# ("hold Lamar H. for pickup": an initial ends a name)
_NAMED_AFTER_VERB = re.compile(
    rf"\b(?:{_ASKING_VERB}) (?P<name>{_WORD}(?: {_WORD}| [A-Z]\.?(?=[\s,;:!?]|$)){{1,2}})(?![A-Za-z])"
)
# capitalised words that are not a person: titles, places and their kinds, days and months
# fmt: off
_NOT_A_NAME = frozenset([
    "agent", "special", "deputy", "det", "detective", "sgt", "sergeant", "lt", "lieutenant", "officer", "po",
    "captain", "capt", "inspector", "chief", "judge", "magistrate", "mr", "ms", "mrs", "dr", "central", "booking",
    "rikers", "island", "bronx", "brooklyn", "queens", "manhattan", "staten", "penn", "grand", "port", "times",
    "union", "federal", "supreme", "criminal", "crim", "family", "kings", "county", "new", "york", "nyc", "jfk",
    "laguardia", "street", "st", "ave", "avenue", "rd", "road", "blvd", "boulevard", "pkwy", "parkway", "park",
    "station", "court", "ct", "plaza", "hospital", "terminal", "bridge", "houses", "center", "centre", "hall",
    "building", "tower", "precinct", "pct", "ice", "hsi", "ero", "cbp", "dhs", "fbi", "dea", "atf", "usms",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
])
# fmt: on


def names_as_pronouns(original: str, spaced: Spaced) -> Spaced:
    """`spaced` (lower-cased characters, each with its index in `original`) with each person named
    after an asking verb written as "him"."""
    names = [
        (m.start("name"), m.end("name") - m.group("name").endswith("."))
        for m in _NAMED_AFTER_VERB.finditer(original)
        if not any(word.strip(".").lower() in _NOT_A_NAME for word in m.group("name").split())
    ]
    for start, end in reversed(names):  # from the end, so earlier positions stay where they are
        inside = [n for n, (_, origin) in enumerate(spaced) if start <= origin < end]
        if inside:
            first, last = inside[0], inside[-1]
            pronoun = [("h", spaced[first][1]), ("i", spaced[first][1]), ("m", spaced[last][1])]
            spaced = [*spaced[:first], *pronoun, *spaced[last + 1 :]]
    return spaced
