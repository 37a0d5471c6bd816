"""Reading a person's record from the question: convictions, the TSDB, prior removal.

Conservative by design (revision of 30 Nov 2026): a conviction is `qualifying_within_5y`
only when the offence is clearly one of counsel's qualifying offences, stated as a
conviction (not an arrest, a charge or the federal case), not an attempt, from New York, and
dated within five years. An out-of-state, federal or unnamed offence is
`out_of_state_unverified` (a legal assessment: escalate); an attempt or a degree not stated
is `unknown` (ask), so the answer never rests on a guess.

The five-year window is counted from `today()`, a clock the caller passes in (not the system
date), so a long-running bot stays current and tests and replays can fix the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.facts.lexicon import compile_all
from bot.facts.model import Conviction, Tri
from bot.facts.text import Text, is_doubted, is_negated

__all__ = ["TSDB_NAME", "OffenseTable", "Reading", "RecordReader", "load_offenses", "mentions_record"]


@dataclass(frozen=True)
class Reading:
    """One record fact: its value and the officer's words it was read from ("" if none)."""

    value: Conviction | Tri
    words: str = ""
    hedged: bool = False


TSDB_NAME = re.compile(
    r"\btsdb\b|\btsc\b|\bterrorist screening cent(?:er|re)\b|\bterror(?:ist)? (?:screening )?(?:database|data ?base|db|watch ?list|list|screening)\b|"
    r"\bt ?s ?d ?b\b|\bterrorist screening\b|\bterrorism (?:check|screening|list|database|db|hit)\b|\bwatch ?list\b|\bno[- ]fly\b|\bterror (?:check|hit)\b|\bkst\b|\blist (?:of|from) (?:the )?terrorists?\b"
)
_TSDB_UNKNOWN = re.compile(
    r"\b(?:know|sure|unclear|unknown|idk|checking|to check|pending|waiting|not (?:yet|been|run|checked)|haven't|havent|"
    r"hasn't|whether|maybe|might|possibly\?|think|guess|nobody|no one|didn't run|did not run|not run|tbd|no result|"
    r"didn't (?:ask|check|look)|did not (?:ask|check|look)|never (?:asked|checked|looked)|not asked|either way|"
    r"(?:have not|didn't|did not) (?:heard|hear|gotten|got)|no idea|no clue|no word)\b|"  # a bare "haven't" is listed above
    r"\bif (?:he|she|they)\b|\?|"
    # "we don't have TSDB access at the precinct", "can't run TSDB here": not checked, not negative
    r"\baccess\b|\b(?:can't|cannot|can not|couldn't|unable to) (?:run|check|query|search|get into|see)\b"
)
_NOTHING_SAID = re.compile(
    r"\b(?:nobody|no one|noone)(?: has| had)? (?:said|mentioned|brought up|told us|asked)\b|"
    r"\b(?:didn't|did not|never|don't|do not|doesn't|does not|hasn't|has not|won't|will not|wouldn't|would not|"
    r"couldn't|could not|refused to|refuses to)\b (?:[\w']+ ){0,2}"
    r"(?:say|said|mention|mentioned|bring up|brought up|tell us|told us|know)\b|\bsaid nothing\b|"
    # "nothing about a watchlist check", "no mention of the TSDB": not told, so unknown ("nothing on TSDB" is clear)
    r"\b(?:nothing|no word|no mention|not a word|not one word|no info(?:rmation)?)(?: (?:said|mentioned|written|given))? "
    r"(?:about|regarding|re|of|as to)\b"
)
_TSDB_CLEAR = re.compile(
    r"\b(?:negative|neg|clean|clear|cleared|no hit|no hits|no match|no matches|nothing|not on|isn't on|is not on|not in|isn't in|"
    r"is not in|came back (?:negative|clean|clear|no)|: ?no\b|= ?no\b|- ?no\b|no$|none)\b"
)
_TSDB_HEDGED = re.compile(
    r"\b(?:as far as (?:i|we) know|afaik|i think|i believe|probably|supposedly|not sure|nobody told me|i guess|"
    r"(?:have|has|need|needs) to (?:confirm|verify)|unconfirmed|not (?:yet )?confirmed)\b"
)
_TSDB_CLEAR_BEFORE = re.compile(
    r"\b(?:negative|neg|clean|clear|no hits?|no match(?:es)?|nothing)\s+(?:on|in|from|for|against|through|with)\s+(?:the\s+|a\s+)?$"
)
_TSDB_HIT = re.compile(
    r"\b(?:possible match|match(?:es|ed)?|hits?|flag(?:ged)?|listed|positive|is on|on the|came back (?:a |as a )?(?:possible|hit|match|positive)|: ?yes|yes)\b"
)
_REENTRY = re.compile(
    r"(?:deported|removed)\b.{0,60}\b(?:came back|come back|returned|re-?entered|back in|snuck back|crossed back|back into)|"
    r"\bre-?entered\b|\b(?:previously|prior|already|once|twice) (?:been )?(?:deported|removed)\b|"
    r"\bprior (?:deportation|removal)s?\b|\b(?:was|been|got|were) (?:deported|removed)\b|\bdeported (?:in|back in|before) "
)
_CONVICTION_CUE = re.compile(
    r"\bconvict(?:ed|ion|ions)?\b|\bpled\b|\bpleaded\b|\bplead\b|\bplea\b|\bpriors?\b|\brecord\b|\brap(?: sheet)?\b|"
    r"\bcriminal history\b|\bhistory\b|\bdid (?:time|[\w.]+ (?:years?|yrs?|months?|mos?))\b|\bserved\b|\bsentenced\b|"
    r"\badjudicat|\bfound guilty\b|\bguilty of\b|\bdisposition\b|\bcopped\b|\bwent upstate\b|\bconvo\b|\bsheet\b|"
    # "hes got crim mischief 4th 2024", "only a 2020 petit larc", "condenado por ..." ("convicción" is
    # spelled out as "conviction" before the patterns run)
    r"\b(?:he|she|they|hes|shes)(?:'s| has| have)? got\b(?! (?:a |an |two |2 )?(?:open |pending |active |federal )?(?:warrants?|detainers?|holds?|cases?|charges?|arrests?))|\bonly (?:a|an|one) (?:19|20)\d\d\b|\bcondena(?:do|da)?\b|"
    r"\bgot (?:[\w.]+ (?:yrs?|years?) )?probation\b|\bprobation (?:for|on)\b|"
    # "Assault 2nd 2018, probation only, never jailed": the sentence says it was a conviction
    r"\bprobation only\b|\bonly (?:got )?probation\b|\bnever (?:jailed|locked up|did (?:any )?time)\b|\bno jail(?: time)?\b"
)
_NO_CONVICTION = re.compile(
    r"\b(?:no|zero|0) (?:prior |criminal |known )?(?:convictions?|record|priors|criminal (?:history|record)|rap(?: sheet)?|history)\b|"
    r"\bclean (?:record|history|rap)\b|\bno (?:prior )?arrests? (?:ever )?(?:besides|except|other than|before)\b|\bnever (?:been )?convicted\b|\bno criminal\b|\b(?:record|priors|convictions?|rap|history)\s*[:=-]\s*(?:none|no|nothing|clean)\b|"
    r"\b(?:doesn't|does not|don't|do not) have (?:a |any )?(?:record|priors|convictions?|criminal history)\b|"
    r"\bno record at all\b|\bnothing on (?:his|her|their) (?:record|rap|sheet)\b|\brecord (?:is )?clean\b|\b(?:rap|rap sheet|record|history|sheet) (?:is |was |came back |comes back )(?:totally |completely |fully |100% |all )?clean\b|"
    r"\bonly (?:prior )?(?:case|arrest|charge)\b.{0,50}\b(?:dismissed|acquitted|dropped|sealed|thrown out)\b"
)
_RECORD_UNKNOWN = re.compile(
    r"\b(?:haven't|have not|didn't|did not|not yet|nobody|no one)\b.{0,25}\b(?:pulled|run|ran|checked|seen|gotten|got)\b.{0,25}\b(?:record|history|rap|priors)|"
    r"\b(?:don't|do not|dont) (?:know|have)\b.{0,30}\b(?:record|history|convictions?|priors|rap)\b|"
    r"\b(?:record|history|rap|priors)\b.{0,20}\b(?:unknown|pending|not (?:back|in) yet|tbd)\b|"
    r"\bwaiting (?:on|for) (?:his|her|their|the) (?:record|rap|history)\b|"
    # "I have no rap sheet yet": the paper is not here, which says nothing of the record
    r"\bno (?:rap(?: sheet)?|record|history|printout|criminal history) (?:yet|back yet|in hand|to look at)\b|"
    r"\bnot sure what\b.{0,30}\b(?:record|convict|priors)|\b(?:for )?'?something'?\b.{0,40}\b(?:doesn't|does not|don't) know what"
)
_YOUTHFUL = re.compile(
    r"\byouthful[- ]offender\b|\by\.o\.|\byo (?:adjudication|adj|plea|finding|status|case|treatment)\b|"
    r"\b(?:got|given|granted|received|gets) (?:a |an )?yo\b|\byo'?d\b|"
    r"\bjuvenile (?:adjudication|delinquen|record|case)\b|\bas a (?:juvenile|minor|kid|teen|teenager)\b|"
    r"\bwhen (?:he|she) was (?:1[0-8]|a juvenile|a minor|a kid|a teen)\b|\bjd adjudication\b"
)
_ORIGINAL_YO = re.compile(r"\bYO\b")
# "adult court, no YO", "not a youthful offender": the adjudication denied
_NO_YOUTHFUL_BEFORE = re.compile(
    r"\b(?:no|not|non|never|wasn't|was not|isn't|is not|without|denied)\s+(?:an? )?$", re.IGNORECASE
)


def _said_youthful(pattern: re.Pattern[str], clause: str) -> bool:
    return any(
        not _NO_YOUTHFUL_BEFORE.search(clause[max(0, m.start() - 14) : m.start()]) for m in pattern.finditer(clause)
    )


_YOUTHFUL_ONLY = re.compile(
    r"\b(?:only|just|all)\b (?:[\w']+ ){0,5}(?:is|was|'s) (?:a |an |one )?(?:(?:19|20)\d\d )?(?:yo|youthful[- ]offender|juvenile) "
    r"(?:adjudication|adj|finding|case)\b"
)
# the offence named was the arrest charge, or the plea is not known
_CHARGE_NOT_CONVICTION = re.compile(
    r"\b(?:that|it|this) (?:was|is|'s) (?:just |only )?(?:the|his|her) (?:arrest )?charge\b|"
    r"\b(?:don't|do not|dont|not sure|no idea|unsure) (?:know )?(?:what|if) (?:he|she|they) (?:pled|pleaded|plead|copped|"
    r"was convicted|got convicted|were convicted|ended up)|"
    # "ARR 2023 - PL 160.15 - DISP: PENDING": an arrest whose case is still open
    r"\bdisp(?:osition)?\W{0,3}(?:pending|open|none|unknown|tbd|n/?a)\b"
)
_DEGREE_IN_DOUBT = re.compile(
    r"\b(?:with |has |had )?no degree\b|\bdegree (?:is |was )?(?:unknown|not (?:given|listed|stated|known|shown))\b|"
    r"\b(?:don't|do not|doesn't|does not) (?:know|say|show|list) (?:the |what |which )?degree\b|"
    r"\bcould be (?:[\w']+ ){1,4}(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|[1-5])\b[^.;]{0,40}\bor\b"
)
_DEGREE_LATER = re.compile(r"\b(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) degree\b|\bdegree (1|2|3|4|5)\b")
_ATTEMPT = re.compile(
    r"\b(?:attempt(?:ed)?|att\.?|conspiracy to(?: commit)?|solicitation (?:of|to)|facilitation of)\s+(?:[\w']+ )?$"
)
_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|jersey|new mexico|north carolina|"
    "north dakota|ohio|oklahoma|oregon|pennsylvania|philly|rhode island|south carolina|south dakota|tennessee|texas|"
    "utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|"
    "nj|pa|ct|fl|tx|ca|ga|md|va|nc|sc|az|nv|nm|ut|wa|mi|mn|wi|il|ky|tn|al|ar|ks|ne|sd|nd|mt|wy|vt|nh|ri|wv|ak|dc|pr"
)
_FOREIGN = (
    "mexico|el salvador|honduras|guatemala|dominican republic|the dr|colombia|venezuela|ecuador|haiti|jamaica|"
    "china|india|canada|another country|abroad|his home country|her home country|overseas"
)
_OUT_OF_STATE = re.compile(
    rf"\bout of (?:state|the country|{_STATES})\b|\b(?:in|from|out of) (?:another state|{_STATES}|{_FOREIGN})\b|"
    rf"\b(?:{_STATES})\b (?:[\w']+ )?(?:conviction|case|charge|felony)|\bfederal(?:ly)? (?:conviction|court|case|offen[cs]e|charge|crime|felony)|\bfederally\b|"
    # "a federal felon-in-possession (922g)": an offence under federal law
    r"\bfederal (?:[\w'-]+ ){0,2}?(?:felon|felony|offen[cs]es?|convictions?|gun|firearms?|drugs?|narcotics|fraud|possession)\b|"
    r"\b(?:922 ?\(?g\)?|924 ?\(?c\)?|841 ?\(?a\)?|846|1326|1324)\b|"
    r"\bother state\b|\b18 ?u\.?s\.?c\b|\bfed (?:case|conviction|charge)\b"
)
_INCARCERATION = re.compile(
    r"\bparoled\b|\bon parole\b|\bsentenced (?:to )?[\w.]+ (?:yrs?|years?)\b(?! (?:of )?probation)|\bdid (?:[\w'.]+ )?(?:years?|yrs?|time|months?|mos?|a bid|a stretch)\b|\bserved\b|\bgot out (?:in|of)\b|\bupstate\b|"
    r"\bstate prison\b|\bprison\b|\blocked up (?:until|till|til)\b|\blocked up from \d{4}\b|\b(?:green haven|sing sing|attica|clinton|auburn|rikers)\b|\bincarcerated\b|\bwas (?:inside|away) (?:until|till|til)\b|"
    r"\breleased (?:from|in) \d{4}\b|\bparole\b|\bin (?:jail|prison) (?:until|till|til|for)\b|"
    r"\bcame (?:home|out) in \d{4}\b|\bgot (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?)\b(?!'?s?'? (?:of )?probation)|\bsentenced to\b|"
    r"\b(?:in|at) doccs\b|\bdoccs (?:until|till|til|custody)\b"
)
_NO_INCARCERATION = re.compile(
    r"\bnever did (?:a day|time|any time)\b|\bno (?:jail|prison|time served)\b|\bprobation only\b|\bonly probation\b|"
    r"\bgot probation\b|\bjust probation\b|\bnever (?:locked up|incarcerated|went (?:in|upstate))\b|\bdidn't (?:do|serve) (?:any )?time\b|"
    r"\b(?:never|didn't|did not) (?:did|do|serve|served) (?:any |a day of )?(?:jail|prison) ?time\b|\bno (?:jail|prison) ?time\b"
)
_YEAR = re.compile(
    r"\b(19[5-9]\d|20[0-4]\d)\b|'(\d\d)\b|"
    # "arson 2nd in 24": a two-digit year after in/from, never "in 24 hours" or "the 24 pct"
    r"\b(?:in|from|back in|since|circa) (\d\d)\b(?!\s*(?:hours?|hrs?|days?|mins?|minutes?|months?|mos?|years?|yrs?|weeks?|"
    r"pct|precinct|pdu|st\b|th\b|nd\b|rd\b|%|:|\.\d|-|/|ave|street|blocks?))"
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:of )?(19[5-9]\d|20[0-4]\d)\b"
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
}
_YEARS_AGO = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple(?: of)?|couple(?: of)?|a|an) "
    r"(?:years?|yrs?) (?:ago|back|before)\b"
)
_MONTHS_AGO = re.compile(r"\b(?:\d{1,2}|a few|few|couple|a couple(?: of)?|some|six|three|two) months? (?:ago|back)\b")
_NOT_A_CONVICTION = re.compile(
    r"\b(?:arrested|charged|collar(?:ed)?|locked up|picked up|booked|brought in|wanted|warrant|investigat\w*|indicted|"
    r"accused|suspected|suspect|pending|open case|case for|for their|their|the feds'?|busted|pinched|in on|held on|for the)\s+"
    r"(?:[\w']+ ){0,3}$"
)


_CHARGE_AFTER = re.compile(r"\s*(?:[\w']+ )?(?:charge|charges|arrest|collar|count|case is pending|case pending)\b")
_NOT_CONVICTED = re.compile(
    r"\b(?:dismissed|acquitted|not guilty|sealed|dropped|declined to prosecute|no conviction|never convicted|"
    r"still pending|pending case|open case)\b"
)


@dataclass(frozen=True)
class OffenseTable:
    """Counsel's offence lists (knowledge/offenses.yaml), compiled."""

    qualifying: re.Pattern[str]
    degree_needed: re.Pattern[str]
    no_new_york_name: re.Pattern[str]
    non_qualifying: re.Pattern[str]


def load_offenses(path: Path, text: str | None = None) -> OffenseTable:
    data = yaml.safe_load(path.read_text(encoding="utf-8") if text is None else text)

    def listed(name: str) -> re.Pattern[str]:
        return compile_all(rf"\b{p}" for p in data.get(name) or ["(?!x)x"])

    return OffenseTable(
        qualifying=listed("qualifying"),
        degree_needed=listed("degree_needed"),
        no_new_york_name=listed("no_new_york_name"),
        non_qualifying=listed("non_qualifying"),
    )


def mentions_record(sentence: str) -> bool:
    """Whether a sentence talks about the person's criminal record."""
    return bool(_CONVICTION_CUE.search(sentence) or _NO_CONVICTION.search(sentence))


@dataclass(frozen=True)
class _Offense:
    start: int
    end: int
    kind: str  # non_qualifying | no_new_york_name | degree_needed | qualifying


# When two readings tie, the one that decides more cautiously comes first.
_ORDER = [
    Conviction.QUALIFYING_WITHIN_5Y,
    Conviction.OUT_OF_STATE_UNVERIFIED,
    Conviction.QUALIFYING_INCARCERATION_ADJUSTED,
    Conviction.QUALIFYING_DATE_UNKNOWN,
    Conviction.UNKNOWN,
    Conviction.QUALIFYING_OLDER_THAN_5Y,
    Conviction.YOUTHFUL_OFFENDER_ADJUDICATION,
    Conviction.NON_QUALIFYING,
]


class RecordReader:
    """Convictions, watchlist and prior removal, as the officer describes them."""

    def __init__(self, offenses: OffenseTable, today: Callable[[], dt.date]) -> None:
        self._offenses = offenses
        self._today = today

    # ------------------------------------------------------------------ convictions
    def _offences(self, norm: str) -> list[_Offense]:
        found: list[_Offense] = []
        for kind, pattern in (
            ("non_qualifying", self._offenses.non_qualifying),
            ("no_new_york_name", self._offenses.no_new_york_name),
            ("degree_needed", self._offenses.degree_needed),
            ("qualifying", self._offenses.qualifying),
        ):
            found.extend(_Offense(m.start(), m.end(), kind) for m in pattern.finditer(norm))
        # Overlapping matches: the longest wins ("assault 3rd" over "assault"); ties go to the
        # list read first above (the more cautious reading of a misdemeanour is "not qualifying").
        kept: list[_Offense] = []
        for offence in sorted(found, key=lambda o: (-(o.end - o.start), o.start)):
            if not any(o.start < offence.end and offence.start < o.end for o in kept):
                kept.append(offence)
        return sorted(kept, key=lambda o: o.start)

    def conviction(self, text: Text) -> Reading:
        norm = text.norm
        unknown = _RECORD_UNKNOWN.search(norm)
        none = _NO_CONVICTION.search(norm)
        readings: list[tuple[Conviction, str]] = []
        named: list[str] = []
        for offence in self._offences(norm):
            clause_start, clause_end = _clause_bounds(norm, offence.start, offence.end)
            clause = norm[clause_start:clause_end]
            before = norm[clause_start : offence.start]
            if not _is_conviction(norm, clause, before, offence):
                continue
            words = text.words(clause_start, clause_end)
            readings.append((self._classify(text, offence, clause_start, clause_end), words))
            named.append(norm[offence.start : offence.end])
        # "has a robbery 2 from 2022 ... the 2022 robbery 2 was a youthful offender adjudication":
        # the same offence named twice is one conviction, and what the later words say of it holds
        youthful = {
            n
            for (value, _), n in zip(readings, named, strict=True)
            if value is Conviction.YOUTHFUL_OFFENDER_ADJUDICATION
        }
        # "arson in the 5th degree ... arson sounds serious": the offence named again without its
        # degree is the same conviction, already read with the degree
        readings = [
            r
            for r, n in zip(readings, named, strict=True)
            if (n not in youthful or r[0] is Conviction.YOUTHFUL_OFFENDER_ADJUDICATION)
            and not any(other != n and other.startswith(n + " ") for other in named)
        ]
        if readings and (doubt := _DEGREE_IN_DOUBT.search(norm)):
            # "'Assault' with no degree ... could be Assault 3rd or Assault 2nd": which offence is the question
            return Reading(Conviction.UNKNOWN, text.words_of(doubt))
        if readings and (correction := _CHARGE_NOT_CONVICTION.search(norm)):
            # "robbery 2 in 2024 - wait, that was the arrest charge, dont know what he pled to"
            return Reading(Conviction.UNKNOWN, text.words_of(correction))
        if not readings:
            federal = [
                m
                for m in _CONVICTION_CUE.finditer(norm)
                if _OUT_OF_STATE.search(norm, *_clause_bounds(norm, m.start(), m.end()))
            ]
            if federal and not unknown:
                start, end = _clause_bounds(norm, federal[0].start(), federal[0].end())
                return Reading(Conviction.OUT_OF_STATE_UNVERIFIED, text.words(start, end))  # e.g. "18 USC 924(c), EDNY"
            if unknown:
                return Reading(Conviction.UNKNOWN, text.words_of(unknown))
            if (youthful_only := _YOUTHFUL_ONLY.search(norm)) is not None:
                # "only thing on him is a 2022 YO adjudication": no conviction, whatever the offence was
                return Reading(Conviction.YOUTHFUL_OFFENDER_ADJUDICATION, text.words_of(youthful_only))
            if none and not is_doubted(norm, none.start(), none.end()):
                return Reading(Conviction.NONE, text.words_of(none))
            return Reading(Conviction.UNKNOWN)
        value, words = min(readings, key=lambda r: _ORDER.index(r[0]))
        return Reading(value, words)

    def _classify(self, text: Text, offence: _Offense, clause_start: int, clause_end: int) -> Conviction:
        norm = text.norm
        clause = norm[clause_start:clause_end]
        local = offence.start - clause_start
        if _said_youthful(_YOUTHFUL, clause) or _said_youthful(_ORIGINAL_YO, text.words(clause_start, clause_end)):
            return Conviction.YOUTHFUL_OFFENDER_ADJUDICATION
        if offence.kind == "degree_needed":
            # "CPW but its 4th degree": the degree said later in the sentence settles the offence
            degree = _DEGREE_LATER.search(clause, local)
            if degree:
                named = f"{norm[offence.start : offence.end]} {degree.group(1) or degree.group(2)}"
                if self._offenses.non_qualifying.search(named):
                    return Conviction.NON_QUALIFYING
                if self._offenses.qualifying.search(named):
                    offence = _Offense(offence.start, offence.end, "qualifying")
        if offence.kind == "non_qualifying":
            return Conviction.NON_QUALIFYING
        age = self._age_in_years(clause, local)
        incarcerated = _INCARCERATION.search(norm)
        served = bool(
            incarcerated and not _NO_INCARCERATION.search(norm) and not is_negated(norm, incarcerated.start())
        )
        if age is not None and age > 5 and not served:
            # whatever the offence, a conviction more than five years old with no prison time to
            # set aside cannot be "within five years"
            return Conviction.QUALIFYING_OLDER_THAN_5Y
        if _OUT_OF_STATE.search(clause) or offence.kind == "no_new_york_name":
            return Conviction.OUT_OF_STATE_UNVERIFIED  # equivalence to a listed felony: a legal assessment
        attempted = bool(_ATTEMPT.search(clause[max(0, local - 30) : local]))
        if offence.kind == "degree_needed" or attempted or is_doubted(norm, offence.start, offence.end):
            return Conviction.UNKNOWN  # ask for the exact offence and degree
        if age is None:
            return Conviction.QUALIFYING_DATE_UNKNOWN
        if age < 5:
            return Conviction.QUALIFYING_WITHIN_5Y
        if age == 5:
            # on the five-year line: prison time served since then decides it (a legal computation)
            return Conviction.QUALIFYING_INCARCERATION_ADJUSTED if served else Conviction.QUALIFYING_DATE_UNKNOWN
        return Conviction.QUALIFYING_INCARCERATION_ADJUSTED if served else Conviction.QUALIFYING_OLDER_THAN_5Y

    def _age_in_years(self, clause: str, offense_at: int) -> int | None:
        """Whole years since the conviction; 5 means "on the five-year line, ask".

        A record can list several convictions ("trespass 2025 and a robbery from 2015"), so
        the date read is the one closest to the offence, not the first one.
        """
        today = self._today()
        # The list item holding the offence first ("trespass 2025 and a robbery 3rd from 2015"),
        # then the closest date in the sentence.
        seg_start, seg_end = _segment_at(clause, offense_at)
        for part, at in ((clause[seg_start:seg_end], offense_at - seg_start), (clause, offense_at)):
            month_year = _closest(_MONTH_YEAR, part, at)
            if month_year:
                month = _MONTHS.index(month_year.group(1)) + 1
                months = (today.year - int(month_year.group(2))) * 12 + today.month - month
                return 5 if months == 60 else (4 if months < 60 else 6)
            year = _closest(_YEAR, part, at)
            if year:
                if year.group(1):
                    value = int(year.group(1))
                else:
                    short = int(year.group(2) or year.group(3))
                    value = 2000 + short if 2000 + short <= today.year else 1900 + short
                return today.year - value
            ago = _closest(_YEARS_AGO, part, at)
            if ago:
                count = ago.group(1)
                return int(count) if count.isdigit() else _NUMBER_WORDS.get(count, 1 if count in ("a", "an") else 2)
        if re.search(r"\blast (?:year|spring|summer|fall|autumn|winter)\b", clause):
            return 1
        if re.search(r"\bthis year\b|\bearlier this year\b", clause) or _MONTHS_AGO.search(clause):
            return 0
        return None

    # ------------------------------------------------------------------ watchlist and re-entry
    @staticmethod
    def tsdb(text: Text) -> Reading:
        """Yes only on a stated hit; doubt ("haven't run the watchlist") stays unknown."""
        norm = text.norm
        match = TSDB_NAME.search(norm)
        if not match:
            return Reading(Tri.UNKNOWN)
        start, end = _clause_bounds(norm, match.start(), match.end())
        words = text.words(start, end)
        around = norm[max(start, match.start() - 30) : min(end, match.end() + 40)]
        after = norm[match.end() : min(end, match.end() + 40)]
        if _NOTHING_SAID.search(norm[start : match.start()]):
            # "nobody said anything about the terror watchlist": not run, or not told; unknown
            return Reading(Tri.UNKNOWN, words, hedged=True)
        unknown = _unknown_here(norm, max(start, match.start() - 30), min(end, match.end() + 40))
        if is_negated(norm, match.start()) and not unknown:
            return Reading(Tri.NO, words)
        if _TSDB_HEDGED.search(after):
            return Reading(Tri.UNKNOWN, words, hedged=True)  # "no hit as far as I know"
        if _TSDB_CLEAR_BEFORE.search(norm[max(start, match.start() - 30) : match.start()]):
            return Reading(Tri.NO, words)  # "came back clean on the terrorist database"
        clear = _TSDB_CLEAR.search(after)
        if clear is not None and _RECORD_NOUN.search(after, 0, clear.start()):
            clear = None  # "a possible TSDB match, rap sheet is clean": the clean one is the record
        if clear is not None or re.search(r"\b(?:not|never|isn't|is not|no) (?:on|in|a match|listed)\b", around):
            return Reading(Tri.NO, words)
        if unknown or is_doubted(norm, match.start(), match.end()):
            return Reading(Tri.UNKNOWN, words, hedged=True)
        # "the TSDB check our people ran says possible match": the result can come a few words on
        if _TSDB_HIT.search(norm, max(start, match.start() - 30), min(end, match.end() + 60)):
            return Reading(Tri.YES, words)
        return Reading(Tri.UNKNOWN, words)

    @staticmethod
    def reentry(text: Text) -> Reading:
        norm = text.norm
        match = _REENTRY.search(norm)
        if not match:
            return Reading(Tri.UNKNOWN)
        words = text.words_of(match)
        if is_negated(norm, match.start()):
            return Reading(Tri.NO, words)
        return Reading(Tri.YES, words)


def _unknown_here(norm: str, start: int, end: int) -> bool:
    """Doubt about the watchlist result, not about the record beside it ("havent pulled his rap yet")."""
    return any(
        not _RECORD_NOUN.search(norm, found.end(), found.end() + 25)
        for found in _TSDB_UNKNOWN.finditer(norm, start, end)
    )


_RECORD_NOUN = re.compile(r"\b(?:rap(?: sheet)?|record|history|priors|sheet)\b")
_CLAUSE_MARK = re.compile(r"[;!?]|\.(?!\d)")  # "PL 120.05" is a section number, not a full stop


def _clause_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_MARK.finditer(norm, 0, start)), default=0)
    right = _CLAUSE_MARK.search(norm, end)
    return left, (right.start() if right else len(norm))


_LIST_BREAK = re.compile(r",|;|\(|\)|\band\b|\bplus\b|\balso\b|\bbut\b")


def _segment_at(clause: str, position: int) -> tuple[int, int]:
    """The bounds of the list item of a record holding `position`."""
    start, end = 0, len(clause)
    for mark in _LIST_BREAK.finditer(clause):
        if mark.end() <= position:
            start = mark.end()
        elif mark.start() > position:
            end = mark.start()
            break
    return start, end


def _closest(pattern: re.Pattern[str], clause: str, at: int) -> re.Match[str] | None:
    return min(pattern.finditer(clause), key=lambda m: abs(m.start() - at), default=None)


def _dismissed(clause: str, at: int, length: int) -> bool:
    """A dismissal or acquittal said of this offence, not of another one listed beside it.

    "a 2024 assault 3 and a dismissed trespass": the trespass was dismissed, the assault stands.
    """
    for word in _NOT_CONVICTED.finditer(clause):
        between = clause[word.end() : at] if word.end() <= at else clause[at + length : word.start()]
        if not _OTHER_ITEM.search(between):
            return True
    return False


_OTHER_ITEM = re.compile(r";|\band (?:an? |one |two |\d+ |his |her |some )|\bplus\b|\balso\b")


def _is_conviction(norm: str, clause: str, before: str, offence: _Offense) -> bool:
    """The offence is part of the person's record, not an arrest, a charge or a federal case."""
    if _NOT_A_CONVICTION.search(before[-40:]) and not _CONVICTION_CUE.search(before[-25:]):
        return False
    if re.search(r"\bnot (?:an? |the )?$", before[-15:]):
        return False  # "I misread the rap sheet, it's not assault 1, the only conviction is arson 5th"
    if _CHARGE_AFTER.match(norm, offence.end) or _dismissed(clause, len(before), offence.end - offence.start):
        return False  # "the robbery charge", "a robbery case that got dismissed"
    if _CONVICTION_CUE.search(clause):
        return True
    # "he has a robbery 1 from 2024": an offence with a past date, held by the person.
    after = norm[offence.end : offence.end + 30]
    dated = re.search(
        r"^\s*(?:[\w']+ ){0,2}(?:from|in|back in|circa) (?:'?\d{2,4}|last year)|^\s*(?:[\w']+ ){0,2}\d+ (?:years?|yrs?) ago",
        after,
    )
    holder = re.search(r"\b(?:has|had|got|with|only|a|an) (?:[\w']+ ){0,3}$", before[-30:])
    # "the guy had a 2022 burglary 2nd": the year before the offence dates it just the same
    dated_before = re.search(r"\b(?:has|had|got|with) (?:a |an )?(?:19|20)\d\d\s+$", before[-20:])
    return bool((dated and holder) or dated_before)
