"""What the officer takes back about who is asking: "scratch that, the agent is HSI", "he's FBI,
not DHS", "it's not DEA, it's CBP", "scratch the part about ICE"."""

from __future__ import annotations

import re

from bot.facts.model import Agency
from bot.facts.spans import Mention

__all__ = ["corrected", "withdrawn"]


# "FBI wants ... - actually scratch that, the agent is HSI", "HSI - sorry my bad, its DEA"
_CORRECTION = re.compile(
    r"\b(?:scratch that|strike that|sorry,? my bad|my bad|my mistake|correction|i mean|i meant|sorry,? i meant|"
    r"sorry,? meant|wait,? no|no wait|actually,? (?:it's|its|it is|they're|theyre|he's|hes|she's|shes|the agent is)|"
    # "ICE ERO, sorry, the card says HSI", "ICE, sorry, HSI": the slip right after the name
    r"(?<=[,(-] )(?:no,? )?sorry(?=,? (?:(?:the |his |her |their )?(?:card|business card|badge|id|paper|papers|email|sheet|form|letterhead) "
    r"(?:says|said|reads|shows)|(?:it's |its |it is |they're |he's |she's )?(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals?)\b))|"
    # "HSI? no, checked his email signature, he's FBI": the officer's own doubt answered
    r"(?<=\? )no\b(?!,? (?:idea|clue|one|way|name|reason|paper|warrant)\b)|"
    # "update: agent just told me it's actually HSI running the case"
    r"(?:it's|its|it is|they're|theyre|they are|he's|hes|she's|shes) (?:really|actually))\b"
)


# "I called Ferrante: he's FBI, not DHS, the subject line was a copy-paste error"
_IS_BEFORE = re.compile(
    r"\b(?:he|she|they|it|the agent|the caller|the sender)(?:'s| is| are| was| were|s)\s+"
    r"(?:really |actually |in fact )?(?:the |an? )?$"
)


# ("it's HSI calling not DEA", "the agent is CBP Office of Field Operations, not FBI": a few words
# of who they are or what they do may come between)
# ("they clarified it's HSI, for a criminal gang investigation, not ERO", "it's actually ICE ERO that
# wants to talk to him, about his immigration case, not HSI": what they want may come between too)
_NOT_BETWEEN = re.compile(r"(?:,?\s+[\w'-]+){0,10}?,?\s+not\s+(?:the |an? )?")


# "correction - it's not DEA, it's CBP": the agency denied, then the one that is
_NOT_BEFORE = re.compile(r"\bnot (?:the |an? )?$")


_IT_IS_BETWEEN = re.compile(
    r",?\s*(?:-\s*)?(?:it's|its|it is|it was|they're|theyre|they are|he's|hes|she's|shes)\s+"
    r"(?:really |actually )?(?:the |an? )?"
)


# "scratch the part about ICE, I had the wrong fax": the agency taken back
_TAKEN_BACK_BEFORE = re.compile(
    r"\b(?:scratch|strike|forget|ignore|disregard|drop)(?: that)? (?:the part about|the bit about|the stuff about|"
    r"what i said about|everything about) (?:the )?$"
)


# "it's actually HSI running the case, DEA's not involved": the agency the officer rules out
_NOT_INVOLVED_AFTER = re.compile(
    r"(?:'s| is| are)? (?:not|no longer|never was|never were|wasn't|weren't|isn't|aren't) (?:involved|part of (?:it|this))\b"
)


def _ruled_out(norm: str, mentions: list[Mention]) -> set[Agency]:
    """Agencies the officer says the requester is not: "he's FBI, not DHS", "it's not DEA, it's CBP"
    and "scratch the part about ICE" rule that agency out everywhere in the message."""
    out = {
        other.agency
        for named in mentions
        if _IS_BEFORE.search(norm, max(0, named.start - 30), named.start)
        for other in mentions
        if other.agency is not named.agency and _NOT_BETWEEN.fullmatch(norm, named.end, other.start)
    }
    out |= {
        denied.agency
        for denied in mentions
        if _NOT_BEFORE.search(norm, max(0, denied.start - 10), denied.start)
        for named in mentions
        if named.agency is not denied.agency and _IT_IS_BETWEEN.fullmatch(norm, denied.end, named.start)
    }
    out |= {m.agency for m in mentions if _TAKEN_BACK_BEFORE.search(norm, max(0, m.start - 40), m.start)}
    out |= {m.agency for m in mentions if _NOT_INVOLVED_AFTER.match(norm, m.end)}
    return out


# "update: ERO withdrew the detainer, only the FBI pickup is left": that agency asks no more
_WITHDRAWN_AFTER = re.compile(
    r"\s+(?:has |have |had |just |since )*(?:withdrew|withdrawn|dropped|cancell?ed|rescinded|lifted|pulled|took back|called off)"
    r" (?:the |their |its |that )?(?:detainer|request|ask|hold|warrant|i-?247a?|paperwork|it)\b|"
    # a handover note: "ERO called about Rivera yesterday but cancelled, nothing pending from them"
    r"\s+[^.;!?]{0,50}\b(?:but|then) (?:they |he |she |the agent )?(?:cancell?ed|withdrew|called (?:it )?off|took it back)\b"
    r"(?!\s+(?:the|their|his|her|a|an|our)\b)"
)


def withdrawn(norm: str, agencies: dict[Agency, list[Mention]]) -> set[Agency]:
    """The agencies that withdrew their request ("ERO withdrew the detainer"), while another
    still asks. Their words stay theirs (not another request's); their request is dropped."""
    gone = set()
    for agency, named in agencies.items():
        withdrawals = [m.end for m in named if _WITHDRAWN_AFTER.match(norm, m.end)]
        # ("ERO withdrew its detainer. Now someone just saying 'ICE' wants his fingerprints": named
        # again after the withdrawal, the agency asks something new, and that request stays)
        if withdrawals and not any(m.start > max(withdrawals) for m in named):
            gone.add(agency)
    return gone if set(agencies) - gone else set()


def corrected(norm: str, mentions: list[Mention]) -> list[Mention]:
    """An agency the officer takes back: a correction follows it and names another agency."""
    ruled_out = _ruled_out(norm, mentions)
    mentions = [m for m in mentions if m.agency not in ruled_out]
    kept = []
    for mention in mentions:
        fix = _CORRECTION.search(norm, mention.end, mention.end + 120)
        replacement = fix is not None and any(
            other.agency is not mention.agency and fix.start() < other.start <= fix.end() + 40 for other in mentions
        )
        if not replacement:
            kept.append(mention)
    return kept
