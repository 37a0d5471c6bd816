"""Lists of asked things: where the verb that governs a noun in a list may stand."""

from __future__ import annotations

import re

from bot.facts.text import Clause

__all__ = ["object_list_start"]


def object_list_start(norm: str, parts: tuple[Clause, ...], clause: Clause) -> int:
    """Where the verb of a clause's nouns may be: "wants the casings and the ballistics report"
    is cut into two clauses at "and", and the second one's verb is in the first."""
    index = parts.index(clause)
    while index > 0 and (
        # "(1) our DD5s ..., (2) alerts on ...": the clause cut out for a list marker is no stop
        _BARE_MARKER.fullmatch(parts[index - 1].text)
        or _BARE_MARKER.fullmatch(parts[index].text)
        or _LIST_JOIN.fullmatch(norm, parts[index - 1].end, parts[index].start)
        # "FBI wants 1) our complaint report and 2) the lab results": cut at the marker's bracket
        or (
            _BRACKET_CUT.fullmatch(norm, parts[index - 1].end, parts[index].start)
            and _ENDS_IN_MARKER.search(parts[index - 1].text)
        )
        or (
            # "wants 2 things on our prisoner: the home address ..., and whether ...": a list announced;
            # in notes, a field label: "Ask: arrest report + next court date"
            _LIST_COLON.fullmatch(norm, parts[index - 1].end, parts[index].start)
            # (the label is what stands last before the colon: "Subject: [name], Records requested:")
            and (
                _LIST_ANNOUNCED.search(parts[index - 1].text)
                or _ASK_FIELD.fullmatch(re.split(r"[,;]", parts[index - 1].text)[-1])
            )
        )
    ):
        index -= 1
    own = parts.index(clause)
    dashed = own > 0 and _DASH_ITEM_GAP.fullmatch(norm, parts[own - 1].end, clause.start) is not None
    if _ORDINAL_ITEM.match(norm, clause.start) or dashed:
        # "HSI wants 2 things. First our DD5s. Second ...", "asked for two things:\n- ...\n- ...":
        # the verb announced the list
        announced = [m for m in _LIST_ANNOUNCED.finditer(norm, max(0, clause.start - 300), clause.start)]
        if announced:
            return min(parts[index].start, announced[-1].start())
    return parts[index].start


_LIST_JOIN = re.compile(r",?\s*(?:and|&|plus)?(?: also| then| too)?\s*(?:\(?\d\)|\(?[a-d]\))?\s*|,?\s*also\s*")


_LIST_COLON = re.compile(r":\s*(?:\(?\d\)|\(?[a-d]\))?\s*")


# the gap before a dashed list item on its own line: "(surveillance). - printouts of ..."
_DASH_ITEM_GAP = re.compile(r"\)?[.;:]\s*[-*•]\s*")  # (a line break ends a sentence: ". - ")


_BRACKET_CUT = re.compile(r"\)\s*")
_ENDS_IN_MARKER = re.compile(r"(?:^|\s)\(?(?:[1-9]|[a-e])$")
_BARE_MARKER = re.compile(r"\s*\(?(?:[1-9]|[a-e])\)?\s*")


_ORDINAL_ITEM = re.compile(r"\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|\(?\d\)|\(?[a-d]\)|\d\.|#\d)[\s,:.-]")


# the label of a notes field that holds what was asked: "Ask:", "Request(s):", "What they want:"
_ASK_FIELD = re.compile(
    # ("Records requested: all arrest reports, known addresses": a request form's field)
    r"\s*(?:(?:[-*•]|\d{1,2}[.)])\s*)?(?:the |their |fed |federal |agency |agent'?s? )?"
    r"(?:(?:records?|information|info|items?|documents?|data|materials?) )?(?:asks?|ask\(s\)|requests?|request\(s\)|req|"
    r"requesting|requested|wants?|asking for|looking for|needs?|what (?:they|he|she) (?:want|wants|wanted|asked for|need|needs))\s*"
)


_LIST_ANNOUNCED = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking (?:for|about)|requests?|requested|needs?) (?:(?:us |me )?for )?(?:(?:\d|two|three|four|a couple of|a few|several) "
    r"(?:things|requests|asks|items|favors)|the following)\b"
)
