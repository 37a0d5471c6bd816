"""Near-miss key words corrected: "detainr" is read as "detainer", never a real word one letter off.

The corrector picks from a sorted vocabulary with ties broken alphabetically, so the same word
is corrected the same way in every process."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

__all__ = ["correct_typo", "restored_ing"]


# Words the facts reader must recognise even when misspelt. Inflections are listed so that a
# correctly spelt neighbour ("detained") is never "corrected" into another word ("detainer").
_VOCABULARY: tuple[str, ...] = tuple(
    sorted(
        {
            "administrative",
            "agent",
            "arraignment",
            "agents",
            "alert",
            "alerts",
            "assault",
            "attacked",
            "attacking",
            "burglary",
            "citizenship",
            "conviction",
            "convictions",
            "convicted",
            "criminal",
            "custody",
            "database",
            "deport",
            "deportation",
            "deported",
            "deporting",
            "detain",
            "detained",
            "detainer",
            "detainers",
            "detaining",
            "detective",
            "federal",
            "homeland",
            "immigrant",
            "immigrants",
            "immigration",
            "interview",
            "interviews",
            "investigate",
            "investigating",
            "investigation",
            "judge",
            "judges",
            "judicial",
            "larceny",
            "lieutenant",
            "magistrate",
            "manslaughter",
            "narcotics",
            "office",
            "officer",
            "officers",
            "offices",
            "operation",
            "passport",
            "precinct",
            "precincts",
            "prison",
            "prisoner",
            "prisons",
            "record",
            "recorded",
            "records",
            "reentry",
            "release",
            "released",
            "releases",
            "releasing",
            "removal",
            "report",
            "reported",
            "reports",
            "robbery",
            "screening",
            "security",
            "sergeant",
            "sign",
            "signature",
            "signed",
            "signing",
            "signs",
            "smuggling",
            "supervisor",
            "supervisory",
            "terrorism",
            "terrorist",
            "trafficking",
            "transfer",
            "transferred",
            "undocumented",
            "warrant",
            "warrants",
            "watchlist",
        }
    )
)


# Real words that sit one letter away from a key word: never "corrected".
_PROTECTED = frozenset(
    {
        "detainee",
        "detainees",
        "detention",
        "reporter",
        "recorder",
        "signal",
        "signals",
        "offices",
        "officials",
        "official",
        "transfers",
        "relapse",
        "reentered",
        "records",
        "released",
        "removed",
        "remove",
        "prisons",
        "passports",
        "agency",
        "agenda",
        "custodian",
        "federally",
        "judgment",
        "judging",
        "screened",
        "security",
        "securing",
        "securities",
        "deputy",
        # "a Title 21 TFO deputation" is a task-force appointment, never a misspelt "deportation"
        "deputation",
        "deputations",
        "immigrate",
        "convection",
        "transferee",
        "detail",
        "details",
        "detailed",
        "detained",
        "detainer",
        "sergeants",
        "investigator",
        "investigators",
        "interviewed",
        "interviewing",
        "supervised",
        "supervision",
        "operations",
        "operational",
        "operating",
        "criminals",
        "immigrated",
        "warranted",
        "warranty",
        "recording",
        "reporting",
        "returned",
        "revealed",
        "convince",
        "convinced",
        "conviction",
        "assaulted",
        "assaults",
        "assaulting",
        # who did it, not the crime: "interview our robber" names our arrestee
        "robber",
        "robbers",
        "burglar",
        "burglars",
        # e-mail words one letter from a key word: "Attached please find" is no attack
        "attached",
        "attach",
        "attaching",
        "attachment",
        "attachments",
    }
)


# Verbs officers type with the final g dropped ("crowd throwin bottles at the agents", "theyre askin
# for the release time"). A list, not a rule: "cousin", "within" and "margin" end in "in" too.
_DROPPED_G = frozenset(
    {
        "asking",
        "attacking",
        "banging",
        "beating",
        "bleeding",
        "breaking",
        "bringing",
        "calling",
        "chasing",
        "checking",
        "choking",
        "coming",
        "doing",
        "dragging",
        "driving",
        "fighting",
        "following",
        "getting",
        "going",
        "grabbing",
        "hitting",
        "holding",
        "kicking",
        "leaving",
        "looking",
        "moving",
        "pointing",
        "pulling",
        "punching",
        "pushing",
        "putting",
        "running",
        "saying",
        "screaming",
        "sending",
        "shooting",
        "sitting",
        "stabbing",
        "standing",
        "swinging",
        "taking",
        "talking",
        "telling",
        "throwing",
        "trying",
        "waiting",
        "walking",
        "watching",
        "waving",
        "yelling",
    }
)


def restored_ing(word: str) -> str:
    """ "throwin" -> "throwing": a verb from the list above typed without its final g."""
    return word + "g" if word.endswith("in") and word + "g" in _DROPPED_G else word


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ly", "ment", "ments")


_MIN_TYPO_LENGTH = 6


_TYPO_CUTOFF = 85.0


@lru_cache(maxsize=4096)
def correct_typo(word: str) -> str:
    if len(word) < _MIN_TYPO_LENGTH or word in _PROTECTED or not word.isalpha():
        return word
    if word in _VOCABULARY:
        return word
    if any(word.startswith(known) and word[len(known) :] in _SUFFIXES for known in _VOCABULARY):
        return word  # an inflection ("assaulted"), not a typo
    # A typo keeps the first letter and the length give or take one; anything further away is
    # more likely another real word ("office" is not a misspelt "officers").
    candidates = [known for known in _VOCABULARY if known[0] == word[0] and abs(len(known) - len(word)) <= 1]
    scored = [(fuzz.ratio(word, known), known) for known in candidates]
    best = [known for score, known in scored if score >= _TYPO_CUTOFF]
    if not best:
        return word
    top = max(score for score, known in scored if known in best)
    # Ties go to the alphabetically first word: the same answer in every process.
    return min(known for score, known in scored if score == top and known in best)
