"""Which paperwork a clause names: civil (a detainer, an I-200) or a judge's warrant, but not
paper named only to compare with."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts.lexicon.warrant import SIGNER_UNKNOWN, WILL_SIGN, persons_own_order
from bot.facts.model import Agency
from bot.facts.spans import (
    ADMIN,
    CRIMINAL_AGENCIES,
    CRIMINAL_PAPER,
    DETAINER,
    JUDICIAL,
    JUDICIAL_DENIED,
    Cue,
)
from bot.facts.text import Clause, is_negated
from bot.facts.warrant import only_promised

__all__ = ["asks_in", "only_if_another_case_fails", "paper_kind_in", "paper_kind_of"]


def asks_in(clauses: list[Clause], cues: list[Cue], norm: str) -> bool:
    """Whether these clauses state an ask, or carry civil paperwork (itself a request to hold)."""
    return any(c.start <= cue.start < c.end for c in clauses for cue in cues) or any(
        _civil_paper_in(norm, c) for c in clauses
    )


# "is this any different from an ICE detainer?": paper named to compare with, not paper in hand
_COMPARED = re.compile(
    r"\b(?:different (?:from|than)|differs? from|unlike|not like|same as|just like|compared (?:to|with)|versus|vs\.?|"
    r"treated (?:like|as)|the way we (?:do|treat|handle))\s+(?:an? |the |any |their )?(?:[\w-]+ ){0,2}$"
)


def _civil_paper_in(norm: str, clause: Clause) -> bool:
    """Whether a clause names civil paperwork (a detainer, an I-200) other than in a comparison, or
    than as what a person has ("for a man who has a removal order": his, not a paper shown)."""
    return any(
        not _COMPARED.search(norm, max(0, m.start() - 40), m.start())
        and not is_negated(norm, m.start())
        and not persons_own_order(norm, m.start())
        for pattern in (DETAINER, ADMIN)
        for m in pattern.finditer(norm, clause.start, clause.end)
    )


def paper_kind_in(norm: str, clause: Clause) -> str | None:
    """The kind of paperwork a clause names, if any: civil (detainer, I-200) or a judge's warrant."""
    if _civil_paper_in(norm, clause):
        return "civil"
    judge = JUDICIAL.search(norm, clause.start, clause.end)
    if judge is not None and JUDICIAL_DENIED.search(norm[max(clause.start, judge.start() - 25) : judge.end()]):
        judge = None  # "a detainer only, no judge warrant": the judge is denied, the paper is the detainer
    if judge is not None and (only_promised(norm, [judge.start()]) or WILL_SIGN.match(norm, judge.end())):
        judge = None  # "so they can get a judge's warrant": paper still to come is no paper of its own
    if SIGNER_UNKNOWN.search(norm, clause.start, clause.end):
        return None  # "what they call an arrest warrant, can't tell if a judge signed it": a kind unknown
    if judge is not None or CRIMINAL_PAPER.search(norm, clause.start, clause.end):
        return "judicial"
    return None


# "if the drug case doesn't pan out, their ICE partners will take him on his old deportation
# order": paper another agency may use one day, told as a plan, not lodged with us now
_FALLBACK_PLAN = re.compile(
    r"\bif (?:the|their|his|her|our) (?:[\w-]+ )?(?:case|charges?|investigation|prosecution) (?:doesn't|does not|don't|falls|fall|won't|"
    r"isn't|is not|gets? dropped|is dropped|goes nowhere|fails?)\b[^.;!?]{0,120}\b(?:will|'ll|would|gonna|going to)\b"
)


def only_if_another_case_fails(norm: str) -> bool:
    return _FALLBACK_PLAN.search(norm) is not None


_IMMIGRATION_DETAINER = re.compile(
    r"\bi-?247|\b247a|\beye[- ]?247|\beye two forty|\b(?:ice|immigration|dhs|ero|civil)(?:'s)? (?:[\w-]+ )?detainers?\b|\bdetain[- ]her\b"
)


def paper_kind_of(agency: Agency | None) -> Callable[[str, Clause], str | None]:
    """The paper kind as the asking agency's words mean it: the FBI's or the Marshals' "detainer"
    rests on their criminal case, only an immigration detainer is civil paper."""
    if agency not in CRIMINAL_AGENCIES:
        return paper_kind_in

    def kind(norm: str, clause: Clause) -> str | None:
        found = paper_kind_in(norm, clause)
        if (
            found == "civil"
            and not ADMIN.search(norm, clause.start, clause.end)
            and not _IMMIGRATION_DETAINER.search(norm, clause.start, clause.end)
        ):
            return "judicial"
        return found

    return kind
