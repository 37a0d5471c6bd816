"""Tidy an officer's message before the patterns run: case, quotes, dashes, common typos."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

__all__ = ["NEGATORS", "clause_around", "is_doubted", "is_negated", "normalise"]

# Words the facts reader must recognise even when misspelt. Inflections are listed so that a
# correctly spelt neighbour ("detained") is never "corrected" into another word ("detainer").
_VOCABULARY = frozenset(
    [
        "warrant",
        "warrants",
        "supervisory",
        "record",
        "release",
        "transfer",
        "sign",
        "detain",
        "convict",
        "investigate",
        "officer",
        "agent",
        "alert",
        "office",
        "offices",
        "prison",
        "prisons",
        "judged",
        "reported",
        "report",
        "reports",
        "precincts",
        "interviews",
        "signing",
        "signs",
        "recorded",
        "releases",
        "detainer",
        "detainers",
        "detained",
        "detain",
        "detaining",
        "judicial",
        "judge",
        "judges",
        "magistrate",
        "deportation",
        "deported",
        "deport",
        "deporting",
        "immigration",
        "immigrant",
        "immigrants",
        "administrative",
        "conviction",
        "convicted",
        "convictions",
        "custody",
        "release",
        "released",
        "releasing",
        "transfer",
        "transferred",
        "terrorist",
        "terrorism",
        "watchlist",
        "screening",
        "database",
        "federal",
        "homeland",
        "security",
        "investigation",
        "investigating",
        "investigate",
        "trafficking",
        "narcotics",
        "removal",
        "citizenship",
        "prisoner",
        "precinct",
        "interview",
        "signed",
        "criminal",
        "robbery",
        "burglary",
        "assault",
        "manslaughter",
        "larceny",
        "records",
        "alerts",
        "reentry",
        "smuggling",
        "passport",
        "undocumented",
        "detective",
        "sergeant",
        "lieutenant",
        "agents",
        "officers",
        "operation",
        "attacked",
        "attacking",
        "faxed",
        "supervisor",
        "signature",
    ]
)
_SUFFIXES = frozenset({"s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ly", "ment", "ments"})
_MIN_TYPO_LENGTH = 6
_TYPO_CUTOFF = 85.0

_PUNCTUATION = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_WORD = re.compile(r"[a-z]+")


def _correct(match: re.Match[str]) -> str:
    word = match.group(0)
    if len(word) < _MIN_TYPO_LENGTH or word in _VOCABULARY:
        return word
    if any(word.startswith(known) and word[len(known) :] in _SUFFIXES for known in _VOCABULARY):
        return word  # an inflection ("assaulted"), not a typo
    # A typo keeps the first letter and the length give or take one; anything further away is
    # more likely another real word ("office" is not a misspelt "officers").
    candidates = [known for known in _VOCABULARY if known[0] == word[0] and abs(len(known) - len(word)) <= 1]
    best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF)
    return best[0] if best else word


def normalise(text: str) -> str:
    """Lower-case, straighten quotes and dashes, collapse spaces, fix near-miss key words."""
    lowered = text.translate(_PUNCTUATION).lower()
    lowered = re.sub(r"\s+", " ", lowered).strip()
    lowered = lowered.replace("didnt", "didn't").replace("dont", "don't").replace("doesnt", "doesn't")
    lowered = lowered.replace("havent", "haven't").replace("isnt", "isn't").replace("wasnt", "wasn't")
    return _WORD.sub(_correct, lowered)


NEGATORS = re.compile(r"\b(no|not|without|never|none|nothing|nobody|lacks?|missing|negative)\b|n't\b|\bw/o\b")
_UNCERTAIN = re.compile(r"\b(know|sure|clear|if|whether|unsure|idk|think)\b")
_CLAUSE_BREAK = re.compile(r"[.;!?,]|\bbut\b|\bplus\b|\band\b")
_NEGATION_WINDOW = 40


def is_negated(text: str, start: int) -> bool:
    """True when a negating word governs the cue starting at `start` in the same clause."""
    window = text[max(0, start - _NEGATION_WINDOW) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    negators = list(NEGATORS.finditer(window))
    if not negators:
        return False
    negator = negators[-1]
    # "don't know if it's a judicial warrant" is doubt, not denial.
    return not _UNCERTAIN.search(window[negator.end() :])


_DOUBT_BEFORE = re.compile(
    r"\b(not sure|unsure|don't know|do not know|idk|unclear|maybe|might|possibly|perhaps|i think|i guess|"
    r"supposedly|allegedly|if|whether|unless|in case)\b"
)
_DOUBT_AFTER = re.compile(r"^[^.;!,]{0,20}(\?|\bi think\b|\bmaybe\b|\bnot sure\b|\bi guess\b|\bunclear\b)")


def is_doubted(text: str, start: int, end: int) -> bool:
    """True when the officer is unsure of the cue ("not sure if a judge signed it", "TSDB match?").

    A doubted fact is not a stated fact: it stays unknown, so the rules ask instead of permitting.
    """
    window = text[max(0, start - _NEGATION_WINDOW) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return bool(_DOUBT_BEFORE.search(window) or _DOUBT_AFTER.search(text[end:]))


def clause_around(text: str, start: int, end: int) -> str:
    """The sentence holding a cue (split on . ; ! ?), for reading the words beside it."""
    left = max(text.rfind(mark, 0, start) for mark in ".;!?")
    rights = [i for i in (text.find(mark, end) for mark in ".;!?") if i != -1]
    return text[left + 1 : min(rights) if rights else len(text)].strip()
