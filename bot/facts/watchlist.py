"""The watchlist (TSDB) result and a prior removal, read from the question; and the `Reading`
every record fact comes back as."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts.model import Conviction, Tri
from bot.facts.text import Text, is_doubted, is_negated

__all__ = ["TSDB_NAME", "Reading", "clause_bounds", "read_reentry", "read_tsdb"]


@dataclass(frozen=True)
class Reading:
    """One record fact: its value and the officer's words it was read from ("" if none)."""

    value: Conviction | Tri
    words: str = ""
    hedged: bool = False


TSDB_NAME = re.compile(
    r"\btsdb\b|\btsc\b|\bterrorist[- ]screening cent(?:er|re)\b|\bterror(?:ist)?[- ](?:screening )?(?:database|data ?base|db|watch ?list|list|screening)\b|"
    r"\bt ?s ?d ?b\b|\bterrorist[- ]screening\b|\bterrorism (?:check|screening|list|database|db|hit)\b|\bwatch ?list\b|\bno[- ]fly\b|\bterror (?:check|hit)\b|\bkst\b|\blist (?:of|from) (?:the )?terrorists?\b"
)


_TSDB_UNKNOWN = re.compile(
    r"\b(?:know|sure|unclear|unknown|idk|checking|to check|pending|waiting|not (?:yet|been|run|checked)|haven't|havent|"
    r"hasn't|whether|maybe|might|probably|possibly\?|think|thinks|thought|believes|guess|nobody|no one|didn't run|did not run|not run|tbd|no result|"
    # "one of the cops thinks the NCIC return had a watchlist caveat, but I can't find it on the printout"
    r"can't find|cannot find|couldn't find|could not find|"
    r"didn't (?:ask|check|look)|did not (?:ask|check|look)|never (?:asked|checked|looked)|not asked|either way|one way or (?:the )?other|"
    r"(?:have not|didn't|did not) (?:heard|hear|gotten|got)|no idea|no clue|no word|"
    # "TSDB check was requested but nothing back yet": asked for, no answer yet
    r"requested|nothing back|not back|hasn't come back|has not come back)\b|"  # a bare "haven't" is listed above
    r"\bif (?:he|she|they)\b|\?|"
    # "we don't have TSDB access at the precinct", "can't run TSDB here": not checked, not negative
    r"\baccess\b|\b(?:can't|cannot|can not|couldn't|unable to) (?:run|check|query|search|get into|see)\b"
)


_NOTHING_SAID = re.compile(
    r"\b(?:nobody|no one|noone)(?: has| had)? (?:said|mentioned|brought up|told us|asked)\b|"
    # "nobody has run him against the terrorist watchlist": not checked, not negative
    # ("nobody on the midnight has run the TSDB screen")
    r"\b(?:nobody|no one|noone)(?: [\w']+){0,3}?(?: has| had| 's)? (?:yet )?(?:run|ran|checked|queried|searched|looked)\b|"
    r"\b(?:didn't|did not|never|don't|do not|doesn't|does not|hasn't|has not|won't|will not|wouldn't|would not|"
    r"couldn't|could not|refused to|refuses to)\b (?:[\w']+ ){0,2}"
    r"(?:say|said|mention|mentioned|bring up|brought up|tell us|told us|know)\b|\bsaid nothing\b|"
    # "nothing about a watchlist check", "no mention of the TSDB": not told, so unknown ("nothing on TSDB" is clear)
    r"\b(?:nothing|no word|no mention|not a word|not one word|no info(?:rmation)?)(?: (?:anywhere|at all|here|there|on it|on the sheet|in the (?:file|paperwork|papers?|packet|warrant|email)))?"
    r"(?: (?:said|mentioned|written|given))? "
    r"(?:about|regarding|re|of|as to)\b"
)


_TSDB_CLEAR = re.compile(
    # ("nothing back yet": no answer, not a clean one)
    r"\b(?:negative|neg|clean|clear|cleared|no hit|no hits|no match|no matches|nothing(?! back| yet| heard)|not on|isn't on|is not on|not in|isn't in|"
    r"is not in|came back (?:negative|clean|clear|no)|: ?no\b|= ?no\b|- ?no\b|no$|none)\b"
)


_TSDB_HEDGED = re.compile(
    r"\b(?:as far as (?:i|we) know|afaik|i think|i believe|probably|supposedly|not sure|nobody told me|i guess|"
    r"(?:have|has|need|needs) to (?:confirm|verify)|unconfirmed|not (?:yet )?confirmed)\b"
)


_TSDB_CLEAR_BEFORE = re.compile(
    r"\b(?:negative|neg|clean|clear|no hits?|no match(?:es)?|nothing)\s+(?:on|in|from|for|against|through|with)\s+(?:the\s+|a\s+)?$"
)


_TSDB_NO_RECORD = re.compile(
    r"\W*(?:(?:check|query|result|return|response|search|hit)\W*)?(?:(?:returned|came back|says|shows|was)\W*)?\W*no records?\b"
)


_TSDB_HIT = re.compile(
    r"\b(?:possible match|match(?:es|ed)?|hits?|flag(?:ged)?|listed|positive|is on|on the|came back (?:a |as a )?(?:possible|hit|match|positive)|: ?yes|yes)\b"
)


_REENTRY = re.compile(
    r"(?:deported|removed)\b.{0,60}\b(?:came back|come back|returned|re-?entered|back in|snuck back|crossed back|back into)|"
    r"\bre-?entered\b|\b(?:previously|prior|already|once|twice) (?:been )?(?:deported|removed)\b|"
    r"\bprior (?:deportation|removal)s?\b|\b(?:was|been|got|were) (?:deported|removed)\b|\bdeported (?:in|back in|before) |"
    # a rap-sheet line: "8 USC 1326 reentry after removal conv EDNY 2022"
    r"\bre-?entry after (?:removal|deportation)\b"
)


def _unknown_here(norm: str, start: int, end: int) -> bool:
    """Doubt about the watchlist result, not about the record beside it ("havent pulled his rap yet")."""
    return any(
        not _RECORD_NOUN.search(norm, found.end(), found.end() + 25)
        for found in _TSDB_UNKNOWN.finditer(norm, start, end)
    )


# "no TSDB info": nothing known about it, which is not a negative result
_NOT_RUN_AFTER = re.compile(
    r"\s*(?:run|ran|check|checked|query|queried|done|search|searched|results?|response|yet|info|information|data|screen|"
    # "no TSDB line on the printout": the field is missing, not negative
    r"(?:line|entry|field|section|box) (?:on|in) (?:the|this|his|her|our) (?:printout|sheet|rap|form|report|paperwork))\b"
)


_RECORD_NOUN = re.compile(r"\b(?:rap(?: sheet)?|record|history|priors|sheet)\b")


# "PL 120.05" is a section number and "Att. Rob 2" an abbreviation, not a full stop
_CLAUSE_MARK = re.compile(r"[;!?]|(?<!\batt)(?<!\batt\.)\.(?!\d)")


def clause_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_MARK.finditer(norm, 0, start)), default=0)
    right = _CLAUSE_MARK.search(norm, end)
    return left, (right.start() if right else len(norm))


def read_tsdb(text: Text) -> Reading:
    """Yes only on a stated hit; doubt ("haven't run the watchlist") stays unknown."""
    readings = [_read_at(text, match) for match in TSDB_NAME.finditer(text.norm)]
    if not readings:
        return Reading(Tri.UNKNOWN)
    # "NCIC/TSDB text: 'WARNING ... POSSIBLE TERRORIST WATCHLIST MATCH'": the result can sit beside
    # a later naming of the list; a first naming that says nothing gives way to one that does
    reading = next((r for r in readings if r.value is not Tri.UNKNOWN or r.hedged), readings[0])
    if reading.value is Tri.YES and _OUR_CHECK_PENDING.search(text.norm):
        # "ICE says he's 'on the watchlist'. Our own check hasn't come back": their word, our result still out
        return Reading(Tri.UNKNOWN, reading.words, hedged=True)
    return reading


_OUR_CHECK_PENDING = re.compile(
    r"\b(?:our|my|the precinct's|the desk's) (?:own )?(?:check|query|screen(?:ing)?|run|search|return)\b[^.;!?]{0,20}?"
    r"\b(?:hasn't|has not|hasnt|isn't|is not|not yet|still) (?:come |came |gotten |got )?(?:back|in|out|pending|running)\b"
)


# "that TSDB 'no match' was run on his brother's NYSID", "that hit was another NYSID": a result
# that is someone else's says nothing of this person's
_SOMEONE_ELSES = re.compile(
    r"\b(?:on|for|was|is|belongs? to|under) (?:his brother'?s?|his cousin'?s?|another (?:nysid|person|guy|name|man|subject|prisoner)|"
    r"the wrong (?:nysid|person|guy|name|subject|prisoner)|someone else'?s?|somebody else'?s?|a different (?:nysid|person|guy|name|subject))"
)
_OWN_RESULT = re.compile(r"\b(?:his|her|their) own\b(?: (?:query|check|result|run|return|search|one|hit))?")
_NOT_THROUGH = re.compile(
    r"\b(?:never|didn't|did not|hasn't|has not) (?:went|go|gone|got|get|come|came) (?:thru|through|back)\b|\bdown\b"
)
# "scratch the TSDB part": the result named there is taken back
_TAKEN_BACK_BEFORE = re.compile(
    r"\b(?:scratch|strike|forget|ignore|disregard)(?: that)? (?:the |that |my |what i said about )?$"
)


def _own_result(text: Text, after: int, words: str) -> Reading:
    """The person's own result, told after a result that was someone else's or taken back."""
    norm = text.norm
    own = _OWN_RESULT.search(norm, after)
    tail = norm[own.end() : own.end() + 60] if own else norm[after : after + 80]
    tail = re.split(r"[.;!?]", tail, maxsplit=1)[0]  # its own clause: "... came back clean. hold?"
    if _NOT_THROUGH.search(tail) or _TSDB_UNKNOWN.search(tail):
        return Reading(Tri.UNKNOWN, words, hedged=True)
    if _TSDB_CLEAR.search(tail):
        return Reading(Tri.NO, words)
    if own is not None and _TSDB_HIT.search(tail):
        return Reading(Tri.YES, words)
    return Reading(Tri.UNKNOWN, words, hedged=True)


def _read_at(text: Text, match: re.Match[str]) -> Reading:
    norm = text.norm
    start, end = clause_bounds(norm, match.start(), match.end())
    words = text.words(start, end)
    if _TAKEN_BACK_BEFORE.search(norm, max(0, match.start() - 30), match.start()):
        return _own_result(text, match.end(), words)
    if (elses := _SOMEONE_ELSES.search(norm, match.end(), min(end, match.end() + 40))) is not None:
        return _own_result(text, elses.end(), words)
    around = norm[max(start, match.start() - 30) : min(end, match.end() + 40)]
    after = norm[match.end() : min(end, match.end() + 60)]
    if _NOTHING_SAID.search(norm[start : match.start()]):
        # "nobody said anything about the terror watchlist": not run, or not told; unknown
        return Reading(Tri.UNKNOWN, words, hedged=True)
    # ("no conviction that I know of, but TSDB came back as a possible match": the doubt before the
    # "but" was about the record)
    lead = max(start, match.start() - 30)
    lead = max((m.end() for m in _CONTRAST.finditer(norm, lead, match.start())), default=lead)
    unknown = _unknown_here(norm, lead, min(end, match.end() + 40))
    # ("no convictions at all clean record the tsdb check came back as a possible match", dictated
    # with no stops: the "no" was said of the record, not of the watchlist)
    record = max(
        (m.end() for m in _RECORD_NOUN.finditer(norm, max(start, match.start() - 40), match.start())), default=0
    )
    if is_negated(norm[record:], match.start() - record) and not unknown:
        if _NOT_RUN_AFTER.match(norm, match.end()):
            return Reading(Tri.UNKNOWN, words, hedged=True)  # "no TSDB run": not checked, not negative
        return Reading(Tri.NO, words)
    if _TSDB_HEDGED.search(after):
        return Reading(Tri.UNKNOWN, words, hedged=True)  # "no hit as far as I know"
    if _TSDB_NO_RECORD.match(after):
        return Reading(Tri.NO, words)  # "NCIC TSDB check 'NO RECORD'": the query found nothing
    if _TSDB_CLEAR_BEFORE.search(norm[max(start, match.start() - 30) : match.start()]):
        return Reading(Tri.NO, words)  # "came back clean on the terrorist database"
    clear = _TSDB_CLEAR.search(after)
    if clear is not None and _RECORD_NOUN.search(after, 0, clear.start()):
        clear = None  # "a possible TSDB match, rap sheet is clean": the clean one is the record
    if clear is not None or re.search(r"\b(?:not|never|isn't|is not|no) (?:on|in|a match|listed)\b", around):
        return Reading(Tri.NO, words)
    if unknown and _RESULT_ARRIVED.search(after):
        return Reading(Tri.YES, words)  # "the TSDB check that was pending just came back as a possible match"
    if unknown or is_doubted(norm, match.start(), match.end()):
        return Reading(Tri.UNKNOWN, words, hedged=True)
    # "the TSDB check our people ran says possible match": the result can come a few words on
    if _TSDB_HIT.search(norm, max(start, match.start() - 30), min(end, match.end() + 60)):
        return Reading(Tri.YES, words)
    return Reading(Tri.UNKNOWN, words)


_CONTRAST = re.compile(r"\b(?:but|however|though|although)\b")
# a result that came in after the wait: what was pending is pending no more
_RESULT_ARRIVED = re.compile(
    r"\b(?:just|now|finally|since|has|have) (?:came|come) back (?:as |with )?(?:a |an )?(?:possible |positive |probable )?(?:match|hit)\b"
)


def read_reentry(text: Text) -> Reading:
    norm = text.norm
    match = _REENTRY.search(norm)
    if not match:
        return Reading(Tri.UNKNOWN)
    words = text.words_of(match)
    if is_negated(norm, match.start()):
        return Reading(Tri.NO, words)
    if is_doubted(norm, match.start(), match.end()) or _UNCONFIRMED.search(norm, match.end(), match.end() + 60):
        return Reading(Tri.UNKNOWN, words, hedged=True)  # "might've been deported before, not sure"
    return Reading(Tri.YES, words)


_UNCONFIRMED = re.compile(
    r"^[^.;!?]{0,40}\b(?:not sure|unsure|nobody confirmed|not confirmed|unconfirmed|unverified)\b"
)
