"""Messages typed by officers who write English as a second language: the small words they drop
("they want transfer him", "ask me come help", "they want we hold him", "join operation",
"possession of weapon", "who sign it I don't know") are written back in, so the same readers
that read a native speaker's message read theirs. Only the grammar is restored; no word that
carries a fact is added."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

__all__ = ["learner_forms", "rewrite_all"]

Spaced = list[tuple[str, int]]

# verbs that name the thing asked after "want"/"ask" ("want take him"); those that are also nouns
# are listed again below
_ASKED_VERBS = (
    "give|take|hold|keep|join|come|go|send|share|tell|notify|let|close|block|arrest|bring|provide|make|put|"
    "detain|grab|escort|assist|wait|delay|meet|drive|transport|speak|talk|lend|secure|sit|knock|enter|execute|serve|"
    "pick|fingerprint|inform|know|see|get|find|borrow|leave|stay|pass|forward|confirm|verify|deliver|open|"
    "interview|question|ask|hand|turn|transfer|pull|run|check|call|help|watch|search|stop|release|show|use|"
    "park|stage|cover|guard|look|contact|book|lodge|house|copy|email|text|move|alert|ping|translate|read|sign|"
    "do|stand|carry|attend|set|print|fax|drop"
)
# the ones that are also nouns ("they want help", "ICE wants transfer of custody", "asked for
# a check") are read as verbs only with someone named who is to do them ("asked us help")
_NOUN_TOO = frozenset(
    {
        "hand", "turn", "transfer", "pull", "run", "check", "call", "help", "watch", "search", "stop", "release",
        "show", "use", "park", "stage", "cover", "guard", "look", "contact", "book", "lodge", "house", "copy",
        "email", "text", "move", "alert", "ping", "read", "sign", "do", "stand", "set", "print", "fax", "drop",
        "question", "interview",
    }
)  # fmt: skip
_ASKING = (
    r"ask|asks|asked|asking|want|wants|wanted|wanting|need|needs|needed|tell|tells|told|request|requests|requested|"
    r"order|orders|ordered|invite|invites|invited|would like|'d like|try|tries|tried|plan|plans|planned|agree|agreed|"
    r"hope|hopes|expect|expects|allow|allows|allowed|permit|permits|permitted"
)
_SOMEONE = (
    r"us|me|him|her|them|you|our [\w']+|my [\w']+|the [\w']+|this [\w']+|that [\w']+|one of (?:us|our [\w']+)|"
    r"[\w']+ (?:squad|team|unit|precinct|pct|desk|sergeant|sgt|lieutenant|lt|captain|co|officers?|cops?|dets?)"
)
# "they want transfer him", "ask me come help ICE", "ask our squad join": "to" before the verb
_MISSING_TO = re.compile(
    rf"\b(?P<asking>{_ASKING}) (?:(?P<someone>{_SOMEONE}) )?(?P<verb>{_ASKED_VERBS})\b"
    r"(?! (?:of|for|from|is|was|are|were|warrants?|reports?|records?)\b)"
    # a verb that is also a noun is a verb when what it acts on follows: "they want transfer him"
    r"(?P<object>(?= (?:him|her|them|it|us|me|the|our|his|their|this|that)\b))?"
)
# "they want we hold him", "want that I give", "ask that we keep": someone named as a subject
_WANT_THAT = re.compile(
    r"\b(?P<asking>want|wants|wanted|ask|asks|asked) (?:that )?(?P<who>i|we|you) "
    rf"(?=(?:{_ASKED_VERBS})\b)"
)
_OBJECT_FORM = {"i": "me", "we": "us", "you": "you"}
# "join operation", "give desk and computer in precinct", "have warrant", "possession of weapon":
# the article before a noun that a native writer never leaves bare
_BARE_THING = re.compile(
    r"\b(?P<before>join|joining|give|giving|send|share|provide|have|has|had|got|with|bring|brought|show|showed|"
    r"set up|setting up|arrange|arranging|schedule|scheduling|conduct|conducting) "
    r"(?P<noun>operation|op|raid|task force|investigation|sweep|stakeout|desk|computer|room|office|"
    r"warrant|detainer|court order|subpoena|interview|meeting|joint interview)\b"
)
_BARE_PLACE = re.compile(
    r"\b(?P<before>in|at|inside|to|from|into) "
    r"(?P<noun>precinct|station house|holding cell|cell|desk|squad room|office)\b"
)
_BARE_OFFENCE = re.compile(
    r"\b(?P<before>possession of|sale of|use of|possessing|selling|carrying|display of|displaying) "
    r"(?P<noun>weapon|firearm|gun|knife|controlled substance|loaded firearm|stolen vehicle|dangerous weapon|"
    r"deadly weapon|imitation pistol|pistol|revolver|rifle|shotgun)\b"
)
_THE_BEFORE = frozenset({"in", "at", "inside", "to", "from", "into", "join", "joining"})
# "who sign it I don't know", "not sure if judge sign it or their boss sign it": the past tense
_SIGNED_BY_WHOM = re.compile(
    r"\b(?:who|which judge|what judge|(?:if|or) (?:a |the |their |his |her )?"
    r"(?:judge|boss|supervisor|officer|agent|sddo)) (?P<verb>sign|write|issue|approve)"
    r"(?= (?:it|this|that|the (?:warrant|paper|papers|document|form))\b| i (?:don't|do not|dont) know\b"
    r"| (?:is )?(?:unknown|unclear|not clear)\b|\s*\?)"
)
# "ask lab report", "ask help arrest the fugitive": "for" before the thing asked
_ASK_FOR = re.compile(
    r"\b(?:ask|asks|asked|asking) (?=(?:(?:the|a|an|our|his|her|their|some|any|all|copy of|copies of) )?"
    r"(?:(?!(?:about|if|whether|to|for|him|her|them|us|me|you|who|what|why|when|how|where)\b)[\w-]+ ){0,2}"
    r"(?:help|reports?|records?|files?|footage|videos?|list|address|data|info|information|photos?|mugshots?|"
    r"fingerprints|paperwork|dd-?5s?|documents?|statements?|copy|copies|backup|assistance|support|passports?|"
    r"property|evidence|phones?)\b)"
)
# "knock doors for people with removal orders": knock on them
_KNOCK = re.compile(r"\bknock(?:ing|ed)? (?=(?:the |his |her |their |some |a few |many |all )?doors?\b)")
# "no reason say", "they no say why": nothing was said
_NO_REASON = re.compile(r"\bno reason (?:say|says|said|give|gives|gave)\b|\b(?:they|he|she) no (?=say|tell|give)")
_PAST = {"sign": "signed", "write": "wrote", "issue": "issued", "approve": "approved"}


def _missing_to(match: re.Match[str]) -> str | None:
    if match.group("someone") is None and match.group("verb") in _NOUN_TOO and match.group("object") is None:
        return None
    if match.group("asking") in ("tell", "tells", "told") and match.group("someone") is None:
        return None  # "tell give" is no construction; "told us give" is
    someone = f"{match.group('someone')} " if match.group("someone") else ""
    return f"{match.group('asking')} {someone}to {match.group('verb')}"


def _want_that(match: re.Match[str]) -> str:
    return f"{match.group('asking')} {_OBJECT_FORM[match.group('who')]} to "


def _bare_noun(match: re.Match[str]) -> str:
    before, noun = match.group("before"), match.group("noun")
    article = "the" if before in _THE_BEFORE else "an" if noun[0] in "aeiou" else "a"
    return f"{before} {article} {noun}"


def _signed(match: re.Match[str]) -> str:
    text = match.group(0)
    return text[: match.start("verb") - match.start()] + _PAST[match.group("verb")]


def _no_reason(match: re.Match[str]) -> str:
    if match.group(0).startswith("no reason"):
        return "no reason given"
    return match.group(0).replace(" no", " did not")


Rewrite = tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]
# (the characters replaced, the replacement, the origin of the last one replaced) -> written characters
Align = Callable[[Spaced, str, int], Spaced]


def rewrite_all(spaced: Spaced, rewrites: tuple[Rewrite, ...], align: Align | None = None) -> Spaced:
    """Each match of each pattern in turn replaced by `written(match)` (None: left as it is);
    each written character keeps the origin of the characters it replaces, so evidence still
    points into the officer's own words. Most messages match none of the patterns, so the flat
    text is joined once, and again only after a pattern changed it (every question pays this).
    `align` gives the written characters their origins (default: kept characters keep their own)."""
    align = align or _aligned
    flat = "".join([c for c, _ in spaced])
    for pattern, written in rewrites:
        out: Spaced | None = None
        position = 0
        for match in pattern.finditer(flat):
            replacement = written(match)
            if replacement is None or replacement == match.group(0):
                continue
            if out is None:
                out = []
            out.extend(spaced[position : match.start()])
            out.extend(align(spaced[match.start() : match.end()], replacement, spaced[match.end() - 1][1]))
            position = match.end()
        if out is not None:
            out.extend(spaced[position:])
            spaced, flat = out, "".join([c for c, _ in out])
    return spaced


def _aligned(original: Spaced, replacement: str, last: int) -> Spaced:
    """The replacement's characters with origins: a kept character keeps its own, an inserted
    word takes the origin of the character it comes before, so quoted evidence starts and ends
    on the officer's own words ("want to transfer him" quotes "want transfer him")."""
    written = "".join(c for c, _ in original)
    origins = [i for _, i in original]
    out: Spaced = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, written, replacement, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(original[a1:a2])
        elif op == "insert":
            anchor = origins[a1] if a1 < len(origins) else last
            out.extend((c, anchor) for c in replacement[b1:b2])
        elif op == "replace":  # "we" -> "us": spread over the characters they replace
            span = origins[a1:a2] or [origins[min(a1, len(origins) - 1)]]
            step = len(span) / (b2 - b1)
            out.extend((c, span[int(k * step)]) for k, c in enumerate(replacement[b1:b2]))
    return out


def learner_forms(spaced: Spaced) -> Spaced:
    """Write back the small words a second-language writer leaves out."""
    return rewrite_all(
        spaced,
        (
            (_WANT_THAT, _want_that),
            (_MISSING_TO, _missing_to),
            (_BARE_THING, _bare_noun),
            (_BARE_PLACE, _bare_noun),
            (_BARE_OFFENCE, _bare_noun),
            (_SIGNED_BY_WHOM, _signed),
            (_ASK_FOR, lambda match: f"{match.group(0)}for "),
            (_KNOCK, lambda match: f"{match.group(0)}on "),
            (_NO_REASON, _no_reason),
        ),
    )
