"""One agency's request split by the people it is about: "Prisoner 1: ... Prisoner 2: ..."."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts.model import Ask
from bot.facts.paper import asks_in, paper_kind_in
from bot.facts.spans import Cue
from bot.facts.text import Clause

__all__ = ["PERSON_ITEM", "person_items"]


# "Prisoner 1 (DWI): ...", "• Prisoner B: ...", "second guy: ...": a labelled item about one person
PERSON_ITEM = re.compile(
    r"\W*(?:(?:prisoner|subject|person|perp|defendant|collar|arrestee|male|female|guy|man|woman|lady|inmate|juvenile|individual|suspect|detainee)\s*"
    r"(?:#\s*|no\.?\s*)?(?:[1-9]|[a-d])\b|(?:the )?(?:first|second|third|other) (?:prisoner|subject|person|perp|guy|one|collar|male|female)\b\s*[:(-]|"
    # "One has a robbery 1 conviction from 2023. The other has no record": two people told apart
    r"(?:one|the other|the first|the second)(?: one| guy| prisoner| man| woman)? (?:has|had|got|is|was)\b|"
    # "- one has an I-247A ... - for the other they say there's a warrant"
    r"(?:for|as for) the (?:other|first|second)(?: one| guy| prisoner| man| woman)?\b)"
)

# a request about someone other than the one asked about before
_SOMEONE_ELSE = re.compile(
    r"\b(?:a second|another|one more|a 2nd|a different|the other) "
    r"(?:guy|man|woman|prisoner|perp|collar|person|arrestee|detainee|kid|defendant|suspect)\b"
)

_TOLD_AS_PAST = re.compile(r"\b(?:last (?:week|month|year|time)|(?:days|weeks|months|years) ago|previously|back in)\b")


def person_items(
    norm: str,
    clauses: list[Clause],
    cues: list[Cue],
    purpose_kind: Callable[[str, Clause], str | None],
    names_another_agency: Callable[[Clause], bool],
) -> list[list[Clause]]:
    """A party's clauses split by labelled person items, each item a request of its own.

    "Prisoner 1: I-247A only, ICE wants him held. Prisoner 2: a magistrate's warrant.": each
    person's paper decides for that person. The words before the first item belong to every
    item; an item that asks nothing itself takes the clauses that ask in the others ("what do I
    tell both desks") unless those clauses name paperwork or an aim of their own.
    """
    starts = [n for n, clause in enumerate(clauses) if PERSON_ITEM.match(clause.text)]
    if len(starts) < 2:
        # "marshals need 2 cops for a judge's warrant. they also want us to hold a second guy we
        # have, some federal hold": the second person's request rests on its own paper
        # (not "a second guy ran out the back, shooting": the emergency the request is about; nor
        # "last month a different agent asked for reports on another guy": a request told as history;
        # nor "the marshals want us to hold a different guy": another agency's request, split already)
        asking = [cue for cue in cues if cue.ask is not Ask.PUBLIC_SAFETY_RESPONSE]
        later = [
            n
            for n, c in enumerate(clauses)
            if n
            and asks_in([c], asking, norm)
            and _SOMEONE_ELSE.search(c.text)
            and not _TOLD_AS_PAST.search(c.text)
            and not names_another_agency(c)
        ]
        if len(later) == 1 and asks_in(clauses[: later[0]], cues, norm):
            return [clauses[: later[0]], clauses[later[0] :]]
        return [clauses]
    header = clauses[: starts[0]]
    items = [clauses[a:b] for a, b in zip(starts, [*starts[1:], len(clauses)], strict=True)]
    borrowable = [
        c
        for item in items
        for c in item
        if asks_in([c], cues, norm) and paper_kind_in(norm, c) is None and purpose_kind(norm, c) is None
    ]
    return [
        sorted(
            header + item + ([] if asks_in(item, cues, norm) else [c for c in borrowable if c not in item]),
            key=lambda c: c.start,
        )
        for item in items
    ]
