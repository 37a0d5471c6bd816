"""Where two asks are read from the same words, which one those words really mean."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.facts.lexicon.blocks import TO_BE_TOLD
from bot.facts.model import Ask
from bot.facts.spans import HELP_ONLY, Cue
from bot.facts.text import Clause

__all__ = ["FOR_THE_OP", "SENTENCE_END", "resolve_overlaps"]


_ASSAILANT = re.compile(
    r"\b(?:the )?(?:perp|suspect|assailant|attacker|shooter|stabber|guy who|man who|person who|one who)\b"
)
# "help search for a man who ran, the one they came to pick up on a removal order": the agents'
# own target, not whoever caused the emergency
_THEIR_TARGET = re.compile(
    r"\b(?:they|ice|ero|hsi|cbp|the agents|the feds) (?:had )?(?:came|come|were there|went|were out) (?:out )?to "
    r"(?:pick up|arrest|grab|get|take|detain)\b|\bon (?:a|an|the|his|her) (?:removal|deportation|final|admin(?:istrative)?) (?:order|warrant)\b"
)


_WE_ARREST = re.compile(r"(?:we|us|i|me) (?:make|making|do|doing) the (?:arrest|collar)\b")
_A_WARRANT = re.compile(r"\bwarrants?\b")


# help that serves the agents' own operation, not the emergency: "close the street so they can finish their arrest"
FOR_THE_OP = re.compile(
    r"\bso (?:they|ice|ero|the agents|the feds|hsi|cbp) can\b|\bfinish (?:the|their) (?:arrest|op)|"
    # "shut the block so their vans can get out with the guy"
    r"\bso (?:their|the|ice's|ero's) (?:[\w'-]+ )?(?:vans?|cars?|agents?|team|trucks?|vehicles?|convoy|suvs?) can\b|"
    # "two cars to block the street afterwards while they finish picking up their target"
    r"\bwhile (?:they|ice|ero|the agents|the feds|hsi|cbp) (?:finish|complete|wrap up|make|do)\b"
)


_RECORD_SHOWS = re.compile(
    r"\s*(?:[\w']+ ){0,2}(?:shows?|says?|lists?|has (?:him|her|them) (?:as|down as)|puts? (?:him|her|them) (?:as|down as))\b"
)


def _when_of(norm: str, handover: Cue, cue: Cue) -> bool:
    """ "pick him up from the pct when we cut him loose": a 'when' after a hand-over is its time."""
    return (
        # ("want him held after his court appearance": the court event is when the hold starts)
        (norm.startswith("when ", cue.start) or _TIME_OF.fullmatch(norm, handover.end, cue.start) is not None)
        and 0 <= cue.start - handover.end < 60
        and not SENTENCE_END.search(norm, handover.end, cue.start)
    )


_TIME_OF = re.compile(
    r"\s*(?:[\w']+ ){0,2}?(?:after|following|until|till|at|before|once)(?: (?:his|her|their|the|next))? ?"
)


SENTENCE_END = re.compile(r"[.!?\n]")


_STATUS_ON_RECORD = re.compile(
    r"\bstatus (?:that's |thats |that is |which is |as it is |as )?(?:on|in|from) (?:our|the|his|her) (?:[\w']+ )?$"
)


_BARE_HAND_OVER = re.compile(r"(?:hand|turn)(?:-| )?over")
_NOTHING_AFTER = re.compile(r"\s*(?:[?.!]|$)")
_THINGS = frozenset({Ask.SHARE_RECORDS, Ask.SHARE_SURVEILLANCE_DATA, Ask.SHARE_BULK_DATA})
_A_PERSON_HELD = re.compile(
    r"\b(?:prisoner|perp|collar|arrestee|detainee|defendant|in custody|in our cells|in the cells|him|her|guy|man|woman|kid)\b"
)


_TOLD_WHEN = re.compile(
    rf"{TO_BE_TOLD}\b|"
    # "HSI wants a call when we release him to ATF": the hand-over to another agency is the event
    r"(?:(?:a )?call|(?:a )?heads[- ]?up|(?:a )?text|word|notice) (?:when|once|before|as soon as)\b(?=[^.;!?]{0,40}\b(?:to|over to) "
    r"(?:the )?(?:atf|fbi|dea|usms|marshals|hsi|cbp|ice|ero|the feds)\b)"
)
_STANDING = re.compile(r"\b(?:whenever|every time|anytime|any time|each time|ever|again|if)\b")


def resolve_overlaps(norm: str, cues: list[Cue], parts: tuple[Clause, ...]) -> list[Cue]:
    """Where two asks are read from the same words, keep the one those words really mean."""
    kinds = {c.ask for c in cues}

    def overlaps(a: Cue, others: Iterable[Cue]) -> bool:
        return any(a.start < b.end and b.start < a.end for b in others)

    def clause_of(cue: Cue) -> Clause | None:
        return next((c for c in parts if c.start <= cue.start < c.end), None)

    notices = [c for c in cues if c.ask is Ask.NOTIFY_RELEASE]
    # "all they want is a heads up when he walks": one release, not a standing alert
    monitoring = [
        c
        for c in cues
        if c.ask is Ask.MONITORING_ALERT
        and not any(
            c.start < n.end and n.start < c.end and not _STANDING.search(norm, min(c.start, n.start), max(c.end, n.end))
            for n in notices
        )
    ]
    # "ERO asked to be told when the Marshals pick him up": the pick-up is the event told of, not an ask
    told_of = [n for n in notices if _TOLD_WHEN.match(norm, n.start)]
    inside_a_notice = [
        c for c in cues if c.ask is Ask.TRANSFER_CUSTODY and any(n.start <= c.start < n.end for n in told_of)
    ]
    transfers = [c for c in cues if c.ask in (Ask.TRANSFER_CUSTODY, Ask.HOLD) and c not in inside_a_notice]
    prisoner = [c for c in cues if c.ask is Ask.ACCESS_PRISONER]
    emergency = [c for c in cues if c.ask is Ask.PUBLIC_SAFETY_RESPONSE]
    status = [c for c in cues if c.ask is Ask.SHARE_STATUS_INFO]
    stops = [c for c in cues if c.ask is Ask.STOP_OR_ARREST]
    kept: list[Cue] = []
    for cue in cues:
        if cue in inside_a_notice:
            continue
        # "can patrol grab them if we see them on post": the condition of a stop, not an alert
        if cue.ask is Ask.MONITORING_ALERT and any(0 <= cue.start - s.end <= 30 for s in stops):
            continue
        if cue.ask is Ask.MONITORING_ALERT and cue not in monitoring:
            continue
        # "ping them whenever he gets booked" is the alert, not a release notice.
        if cue.ask in (
            Ask.NOTIFY_RELEASE,
            Ask.SHARE_RECORDS,
            Ask.SHARE_CUSTODY_OR_COURT_INFO,
            Ask.SHARE_SURVEILLANCE_DATA,
        ) and overlaps(cue, monitoring):
            continue
        # "take him when he's released", "hold him past his release": the timing of a hand-over or a
        # hold, not a release notice
        if cue.ask is Ask.NOTIFY_RELEASE and any(
            t.start < cue.start <= t.end + 12 or overlaps(cue, [t]) or _when_of(norm, t, cue) for t in transfers
        ):
            continue
        # "wants her handed over when her case is called": the time of the hand-over, not a court date asked
        if cue.ask is Ask.SHARE_CUSTODY_OR_COURT_INFO and any(_when_of(norm, t, cue) for t in transfers):
            continue
        if cue.ask is Ask.ACCESS_PREMISES and any(clause_of(p) == clause_of(cue) for p in prisoner):
            continue
        if cue.ask is Ask.SHARE_RECORDS and overlaps(cue, status):
            continue
        # "the citizenship status that's on our arrest report": the record consulted for the status
        if (
            cue.ask is Ask.SHARE_RECORDS
            and status
            and _STATUS_ON_RECORD.search(norm[max(0, cue.start - 40) : cue.start])
        ):
            continue
        # "asked if our arrest paperwork shows him as a US citizen": the record consulted, not shared
        if (
            cue.ask is Ask.SHARE_RECORDS
            and _RECORD_SHOWS.match(norm, cue.end)
            and any(0 <= s.start - cue.end < 80 for s in status)
        ):
            continue
        if cue.ask in (Ask.HOLD, Ask.TRANSFER_CUSTODY) and overlaps(cue, stops):
            continue
        # "the camera footage plus the 911 calls ... ok to hand over?": the things asked for, not a person
        if (
            cue.ask is Ask.TRANSFER_CUSTODY
            and _BARE_HAND_OVER.fullmatch(norm, cue.start, cue.end)
            and _NOTHING_AFTER.match(norm, cue.end)
            and any(c.ask in _THINGS for c in cues)
            and not _A_PERSON_HELD.search(norm)
        ):
            continue
        # "give him a call if we ever stop this guy": the stop is when the alert fires, not an ask
        if cue.ask is Ask.STOP_OR_ARREST and any(m.start <= cue.start < m.end for m in monitoring):
            continue
        # "can we grab the crowbar guy" who swung at the agents: arresting the attacker is the response
        if cue.ask in (Ask.STOP_OR_ARREST, Ask.WARRANT_EXECUTION_ASSIST) and overlaps(cue, emergency):
            continue
        # "someone threw a rock at an FPS officer and he's bleeding. Can we make the arrest?": the
        # arrest of whoever caused the emergency, ours to make (not "their target" on a warrant)
        if (
            cue.ask in (Ask.STOP_OR_ARREST, Ask.WARRANT_EXECUTION_ASSIST)
            and emergency
            and _WE_ARREST.match(norm, cue.start)
            and not _THEIR_TARGET.search(norm)
            and not _A_WARRANT.search(norm)
        ):
            continue
        # Help offered in an emergency is the emergency response itself.
        if (
            cue.ask in HELP_ONLY
            and emergency
            and _ASSAILANT.search(norm, cue.start, cue.end + 40)
            and not _THEIR_TARGET.search(norm, cue.start, cue.end + 100)
        ):
            continue  # "look for the perp who stabbed the agent" is the response to the crime
        if (
            cue.ask in HELP_ONLY
            and any(clause_of(e) == clause_of(cue) for e in emergency)
            and not FOR_THE_OP.search(norm, cue.start, cue.end + 60)
        ):
            continue
        kept.append(cue)
    if Ask.PUBLIC_SAFETY_RESPONSE in kinds:
        # "bleeding", "hurt", "crash" next to a records ask ("the crash report") are not the request
        records = [c for c in kept if c.ask is Ask.SHARE_RECORDS]
        kept = [c for c in kept if not (c.ask is Ask.PUBLIC_SAFETY_RESPONSE and overlaps(c, records))]
    return kept
