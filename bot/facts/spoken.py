"""Dictated messages: agencies and forms spelled letter by letter ("f b i", "t s d b"), years said
as words ("two thousand twenty three") and key words a phone's speech-to-text mishears ("search
warren", "majestic rate judge"), written the way typed messages write them."""

from __future__ import annotations

import re

from bot.facts.learner import Spaced, rewrite_all

__all__ = ["spoken_forms"]


_SPELLED_ACRONYMS = frozenset(
    {
        "fbi", "cbp", "hsi", "ice", "ero", "dhs", "dea", "atf", "usms", "tsdb", "tsc", "dwi", "dwai", "dat", "nypd",
        "ncic", "jttf", "uscis", "nta", "dcjs", "lpr", "ausa", "edny", "sdny", "rmp", "psa", "esu", "bwc", "cctv",
        "ofo", "sddo", "fod", "ssa", "oig", "usao", "doi", "nysid",
    }
)  # fmt: skip


_SPELLED = re.compile(r"(?<![\w'])(?:[a-z] ){1,11}[a-z](?![\w'])", re.IGNORECASE)


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


_UNIT = "|".join(_UNITS)


_TEEN = "|".join(_TEENS)


_TEN = "|".join(_TENS)


_TWO_DIGITS = rf"(?:{_TEEN}|(?:{_TEN})(?:[ -](?:{_UNIT}))?|(?:oh|o)[ -](?:{_UNIT}))"


_SPOKEN_YEAR = re.compile(
    # "twenty twenty something" is a decade, not a year
    rf"\b(?:two thousand(?: and)? (?P<modern>{_TWO_DIGITS}|{_UNIT})|(?P<century>nineteen|twenty) (?P<rest>{_TWO_DIGITS}))\b"
    r"(?![ -]?(?:something|ish|odd|or so)\b)",
    re.IGNORECASE,
)


def _two_digits(words: str) -> int:
    parts = re.split(r"[ -]", words.lower())
    if parts[0] in ("oh", "o"):
        return _UNITS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _UNITS:
        return _UNITS[parts[0]]
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)


def _spoken_year(match: re.Match[str]) -> str | None:
    if match.group("modern"):
        return str(2000 + _two_digits(match.group("modern")))
    year = (1900 if match.group("century").lower() == "nineteen" else 2000) + _two_digits(match.group("rest"))
    # "twenty twenty three" is a year; "twenty five" never reaches here (no second number)
    return str(year) if 1950 <= year <= 2039 else None


def _spelled_acronym(match: re.Match[str]) -> str | None:
    """Letters said one by one, as the acronyms they spell.

    "f b i j t t f" is "fbi jttf" (known acronyms, longest first); in "a d e a car" the first
    letter is the article.
    """
    letters = match.group(0).replace(" ", "")
    if letters[0].lower() in "ai" and _acronyms(letters) is None and (rest := _acronyms(letters[1:])) is not None:
        return f"{letters[0]} {rest}"
    return _acronyms(letters)


def _acronyms(letters: str) -> str | None:
    words: list[str] = []
    while letters:
        word = next((letters[:n] for n in range(len(letters), 1, -1) if letters[:n].lower() in _SPELLED_ACRONYMS), None)
        if word is None:
            return None
        words.append(word)
        letters = letters[len(word) :]
    return " ".join(words)


# What a phone's speech-to-text makes of the words that decide an answer, said in context so a
# street or a surname is left alone: "a search warren signed by a majestic rate judge", "an ICE
# retainer", "two forty seven a", "eye see e", "ice arrow" (ERO), "a federal majestrate".
_MISHEARD = re.compile(
    r"\b(?P<before>a|the|search|arrest|judicial|federal|fed|no|his|her|their|bench|criminal|immigration|this|that|any|"
    r"admin|administrative|removal|real|signed) warren(?P<plural>s)?\b|"
    r"\bwarren(?P<plural2>s)? (?P<after>signed|from|for|on him|on her|on them|says|was signed)\b|"
    r"\bmajest(?:ic|y) (?:rate|rat|great)\b|\bma(?:jestrate|jistrate|gestrate|jastrate)s?\b|\bice (?:arrow|euro)s?\b|"
    r"\b(?P<article>an?|the|their|ice|immigration|federal) retainer\b|"
    r"\btwo (?:forty[- ]|four )seven(?: ?a)?\b|\beye (?:see|sea|c) (?:e|ee)\b|\bh s eye\b|"
    r"\b(?P<form>eye|i) (?:two hundred|two oh five|two o five|two zero five|two zero zero)\b|\btee ess dee bee\b",
    re.IGNORECASE,
)


def _misheard(match: re.Match[str]) -> str:
    said = match.group(0).lower()
    if match.group("before"):
        return f"{match.group('before')} warrant{match.group('plural') or ''}"
    if match.group("after"):
        return f"warrant{match.group('plural2') or ''} {match.group('after')}"
    if said.startswith("ma"):
        return "magistrate"
    if said.startswith("ice"):
        return "ice ero"
    if match.group("article"):
        return f"{match.group('article')} detainer"
    if match.group("form"):
        return "i-200" if said.endswith("hundred") or said.endswith("zero zero") else "i-205"
    if said.startswith("tee"):
        return "tsdb"
    if said.startswith("two f"):
        return "247a" if said.endswith("a") else "247"
    return "hsi" if said.startswith("h") else "ice"


def _spread(original: Spaced, replacement: str, _last: int) -> Spaced:
    """The replacement spread over the origins of the spoken words it replaces: letter by letter
    where it spells them ("f b i j t t f" is "fbi jttf"), else evenly, last onto last."""
    said = [(c, i) for c, i in original if not c.isspace()]
    if replacement.replace(" ", "").lower() == "".join(c for c, _ in said).lower():
        spelled = iter(i for _, i in said)
        out: Spaced = []
        for c in replacement:
            out.append((c, out[-1][1] + 1 if c == " " else next(spelled)))
        return out
    origins = [i for _, i in original]
    last = max(len(replacement) - 1, 1)
    return [(c, origins[k * (len(origins) - 1) // last]) for k, c in enumerate(replacement)]


def spoken_forms(spaced: Spaced) -> Spaced:
    """Rewrite spoken forms; each written character keeps the origin of the words it replaces."""
    return rewrite_all(
        spaced, ((_MISHEARD, _misheard), (_SPELLED, _spelled_acronym), (_SPOKEN_YEAR, _spoken_year)), align=_spread
    )
