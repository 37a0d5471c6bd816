"""Identifiers an officer pastes between the words of a request (a date of birth, a NYSID, an
arrest number, a phone number, a badge) are blanked before reading: "hold Pavel Ostrowski DOB
05/29/1983 NYSID 03387766H past release" is read as "hold Pavel Ostrowski past release". The
masker hides the same identifiers from storage; this only keeps them from splitting a request's
words (a bracketed one would even end the clause)."""

from __future__ import annotations

import re

__all__ = ["blank_identifiers"]

_IDENTIFIER = re.compile(
    r"\b(?:dob|d\.o\.b\.?|date of birth)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
    r"\bnysid\s*(?:#|no\.?|number)?\s*:?\s*\d{6,9}[a-z]?\b|"
    r"\b(?:shield|badge)\s*(?:#|no\.?|number)?\s*:?\s*\d{3,6}\b|"
    # phone numbers: "212-555-0168", "(646) 555-0143"
    r"(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b|"
    # NYPD arrest numbers ("K26701999") and federal docket numbers ("26-mj-05901", "26-cr-0577"), with
    # the word that only says what they are ("arrest S26790011" is no arrest asked)
    r"\b(?:arrest\s*(?:#|no\.?|number)?\s*:?\s*)?[kmbqs]\d{8}\b|\b(?:docket\s*(?:#|no\.?|number)?\s*:?\s*)?\d{2}-(?:mj|cr|cv|m|mag)-\d{3,6}\b"
)
# a bracket left holding nothing but punctuation once its identifiers are blanked, or the words
# that only said what they were: "(090 Pct arrest K26701999)"
_EMPTY_BRACKET = re.compile(
    r"\([\s,;:#]*(?:(?:\d{2,3}\s*(?:pct|precinct)|arrest|arrest no\.?|case|case no\.?|complaint|docket|nysid|dob|"
    r"cell|phone|tel)[\s,;:#]*)*\)"
)
# "SA Dea Morales", "Agent Ice Bishop": a title, then a name that looks like an agency's
_NAMED_LIKE_AN_AGENCY = re.compile(
    r"\b(?:sa|special agent|agent|dusm|deputy|tfo|det|detective|do|officer|po|sgt|lt)\s+"
    r"(dea|ice|ero|hsi|cbp|atf)\s+(?=[a-z])"
)


def blank_identifiers(original: str, chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`chars` (lower-cased characters with their index in `original`) with identifiers as spaces."""
    flat = "".join(c for c, _ in chars)
    spans = [m.span() for m in _IDENTIFIER.finditer(flat)]
    for name in _NAMED_LIKE_AN_AGENCY.finditer(flat):
        start, end = name.span(1)
        typed = original[chars[start][1] : chars[end - 1][1] + 1]
        if typed[:1].isupper() and typed[1:].islower():  # "Dea", not "DEA" or "dea"
            spans.append((start, end))
    if not spans:
        return chars
    blanked = list(chars)
    for start, end in spans:
        blanked[start:end] = [(" ", i) for _, i in chars[start:end]]
    flat = "".join(c for c, _ in blanked)
    for bracket in _EMPTY_BRACKET.finditer(flat):
        blanked[bracket.start() : bracket.end()] = [(" ", i) for _, i in blanked[bracket.start() : bracket.end()]]
    return blanked
