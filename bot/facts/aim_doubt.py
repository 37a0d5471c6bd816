"""How sure the message is of the agency's aim: a crime only guessed at, two aims offered as a
question, an aim left open ("not sure yet"), removal foreseen as the outcome; and the scan that
finds a pattern in a request's own clauses. Read by `bot.facts.purpose`."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts.lexicon import CIVIL_STRONG, CRIME_TERMS, CRIMINAL_EXPLICIT
from bot.facts.lexicon.purpose_unsaid import AIMS_OFFERED, CRIMINAL_GUESSED
from bot.facts.prefilter import Searcher
from bot.facts.text import Clause, is_doubted, is_negated

__all__ = [
    "NOT_SETTLED_AFTER",
    "UNSURE_AFTER",
    "WHAT_SMUGGLED",
    "doubted_explicit",
    "expected_outcome",
    "first_match",
    "foreseen_beside_a_case",
    "in_record",
    "one_of_aims_offered",
    "removal_foreseen",
    "removal_guessed",
    "removal_if_charges_fail",
]

NOT_SETTLED_AFTER = re.compile(r"\b(?:not sure yet|don't know yet|dont know yet|not decided yet|undecided|tbd)\b")
# "a smuggling case ... didn't say smuggling of what": people (an immigration crime) or goods
WHAT_SMUGGLED = re.compile(
    r"\bsmuggling (?:of )?what\b|\bwhat (?:kind of |sort of )?smuggling\b|\bwhat (?:he|she|they) (?:was |were |is |are )?smuggl|"
    # "kind of a smuggling thing, could be drugs, could be people": what is smuggled left open
    r"\b(?:could|might|may) be (?:drugs|guns|goods|cash|contraband),? (?:or |could be |might be |may be )+(?:people|migrants)\b|"
    r"\b(?:could|might|may) be (?:people|migrants),? (?:or |could be |might be |may be )+(?:drugs|guns|goods|cash|contraband)\b"
)
_LIKELY_BEFORE = re.compile(
    # ("ICE will prob want them too for the removal side", "ICE might want them too for removal after")
    # (not "some targets may be overstays": what they are, not what is foreseen)
    r"\b(?:(?:probably|prob|prolly|likely|expected to|expect(?:s|ed)? (?:to|that)|end up|going to|gonna|will)\b|"
    r"(?:might|may|could) (?:also |well |even )?(?:want|use|need|ask for|take|go after|try|pursue|seek)\b)(?:\s+[\w']+){0,6}\s*$"
)


# "both fine since its criminal?": the officer's own reasoning put as a question, not doubt about the aim
_REASONING_BEFORE = re.compile(r"\b(?:since|because|cause|cuz|bc|as|given(?: that)?|seeing as)\s+(?:[\w']+\s+){0,2}$")


UNSURE_AFTER = re.compile(
    r"\b(?:not sure|unsure|we'll see|well see|who knows|no idea|don't know yet|dont know yet|tbd|"
    # "for a fraud case, 'but also maybe some immigration stuff', he wasn't clear"
    r"(?:wasn't|was not|weren't|were not|isn't|is not|not) (?:very |really |totally )?clear)\b"
)


def doubted_explicit(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    if (guessed := first_match(CRIMINAL_GUESSED, norm, scope, negated_ok=True)) is not None:
        return guessed  # "partner thinks criminal but not sure": the aim is the relayer's guess
    for clause in scope:
        for match in CRIMINAL_EXPLICIT.finditer(norm, clause.start, clause.end):
            if _REASONING_BEFORE.search(norm, max(0, match.start() - 30), match.start()):
                continue
            if is_doubted(norm, match.start(), match.end()):
                return match.start(), match.end()
    return None


def expected_outcome(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    """Removal said as the likely outcome: doubt about the future, not about what is asked."""
    for clause in scope:
        for match in CIVIL_STRONG.finditer(norm, clause.start, clause.end):
            before = norm[max(clause.start, match.start() - 60) : match.start()]
            if not is_negated(norm, match.start()) and _LIKELY_BEFORE.search(before):
                return match.start(), match.end()
    return removal_foreseen(norm, scope)


def removal_foreseen(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    """ "realistically the end game is getting the workers and the owner removed": the outcome named,
    whatever the clauses it runs across."""
    if scope and (foreseen := _REMOVAL_FORESEEN.search(norm, scope[0].start, scope[-1].end)) is not None:
        return foreseen.start(), foreseen.end()
    return None


# "if charges don't stick they'll just go the ICE route": removal as the fallback of a criminal case
_CHARGES_FALLBACK = re.compile(
    r"\bif (?:the )?(?:charges?|case|criminal case|prosecution|indictment)\b[^.;!?]{0,20}?\b(?:don't|doesn't|do not|does not|won't|"
    r"fails?|falls? (?:apart|through)|gets? dropped|are dropped|is dropped)\b[^.;!?]{0,60}?\b(?:ice|ero|removal|removed|deport\w*)\b|"
    # "the drug case probably won't get charged and ICE will end up deporting him": removal expected instead
    r"\b(?:case|charges?)\b (?:(?:probably|likely|prob|realistically) )?(?:won't|will not|isn't going to|is not going to|wont|never) "
    r"(?:get |be )?(?:charged|stick|go anywhere|prosecuted|filed|brought)\b[^.;!?]{0,60}?\b(?:ice|ero|removal|removed|deport\w*)\b"
)
_REMOVAL_FORESEEN = re.compile(
    r"\b(?:end game|endgame|end result|realistic outcome|expected outcome|likely outcome)\b[^.;!?]{0,60}?\b(?:removed|removal|deport\w*)\b|"
    # "the plan for the couriers is to 'get them in front of ERO and removed, charges are secondary'"
    r"\bthe (?:real )?plan (?:for [\w' ]{1,30} )?is (?:basically |really |just )?to\b[^.;!?]{0,60}?\b(?:removed?|removal|deport\w*)\b"
)


def first_match(
    pattern: Searcher,
    norm: str,
    scope: list[Clause],
    negated_ok: bool = False,
    skip: Callable[[str, int, int], bool] | None = None,
) -> tuple[int, int] | None:
    for clause in scope:
        for match in pattern.finditer(norm, clause.start, clause.end):
            if skip is not None and skip(norm, match.start(), match.end()):
                continue
            if negated_ok or not (is_negated(norm, match.start()) or is_doubted(norm, match.start(), match.end())):
                return match.start(), match.end()
    return None


_RECORD_BEFORE = re.compile(
    r"\b(?:record|rap(?: sheet)?|priors?|(?:criminal )?history|convictions?)\b\s*(?:[:=-]|shows|has|includes|lists)[^.;]{0,30}$"
)
_CONVICTED_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:conviction|convicted|pled|pleaded|sentenced|sent \d)")


def one_of_aims_offered(norm: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in AIMS_OFFERED.finditer(norm, max(0, start - 30), end + 30))


def in_record(norm: str, start: int, end: int) -> bool:
    """A line of the person's record ("his record: 8 USC 1326 reentry after removal conv EDNY 2022"),
    which is a past conviction, not what the agency is after now."""
    return bool(_RECORD_BEFORE.search(norm, max(0, start - 60), start) or _CONVICTED_AFTER.search(norm[end : end + 60]))


# "we'll probably charge the drugs, but the realistic outcome is we get him removed", "we expect the
# outcome for him to be removal rather than prosecution": removal foreseen at the end of a case
_OUTCOME_BEFORE = re.compile(
    r"\b(?:outcome|end game|endgame|end result|realistic(?:ally)?|in the end|at the end|expect(?:ed|s)?|likely)\b[^.;!?]{0,50}$"
)
_A_CASE = re.compile(r"\b(?:prosecut\w*|charg(?:e|es|ed|ing)|investigat\w*|indict\w*|takedown|entry team|criminal)\b")


def removal_if_charges_fail(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    """ "if charges don't stick they'll just go the ICE route": a criminal case pursued, with removal
    as its fallback: both aims at once (R7, mixed)."""
    found = _CHARGES_FALLBACK.search(norm, scope[0].start, scope[-1].end) if scope else None
    return (found.start(), found.end()) if found is not None else None


def foreseen_beside_a_case(norm: str, civil: tuple[int, int], scope: list[Clause]) -> bool:
    """Removal named as the outcome foreseen for a criminal case: the aim is mixed (R7), not civil."""
    if not _OUTCOME_BEFORE.search(norm, max(0, civil[0] - 60), civil[0]):
        return False
    return any(_A_CASE.search(norm, c.start, c.end) or CRIME_TERMS.search(norm, c.start, c.end) for c in scope)


_REMOVAL_WORD = re.compile(r"deport|remov")


def removal_guessed(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    """A removal aim named in doubt ("I think they want him deported"), not denied."""
    return first_match(CIVIL_STRONG, norm, scope, negated_ok=True, skip=_not_a_removal_in_doubt)


def _not_a_removal_in_doubt(norm: str, start: int, end: int) -> bool:
    # (a person's status in doubt, "apparently out of status", is no aim of anyone's)
    return not (_REMOVAL_WORD.search(norm, start, end) and not is_negated(norm, start) and is_doubted(norm, start, end))
