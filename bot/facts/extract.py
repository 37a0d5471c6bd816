"""The deterministic facts reader: officer's words in, `Facts` out, with the words kept.

No model is involved. Each fact is read by patterns from `lexicon`, negations are honoured,
and anything not clearly stated stays `unknown` so the rules ask instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.facts.lexicon import (
    AGENCY_CUES,
    ASK_CUES,
    CIVIL_STRONG,
    CIVIL_WEAK,
    CRIME_TERMS,
    IMMIGRATION_CRIME,
    INVESTIGATION_CONTEXT,
    TOPIC_TERMS,
)
from bot.facts.model import Agency, Ask, Facts, Purpose, Warrant
from bot.facts.normalise import is_doubted, is_negated, normalise
from bot.facts.record import TSDB_NAME, OffenseTable, RecordReader, mentions_record

__all__ = ["FactsReader"]

_DHS_FAMILY = frozenset({Agency.ICE_ERO, Agency.HSI, Agency.ICE, Agency.CBP, Agency.DHS})
_CRIMINAL_AGENCIES = frozenset({Agency.FBI, Agency.DEA, Agency.ATF, Agency.USMS})

_JUDICIAL = re.compile(
    r"judge[- ]?signed|signed by (a |an |the )?((federal|us|u\.s\.|district|magistrate|fed|edny|sdny|ndny|wdny) )*"
    r"(judge|magistrate|court)|judicial warrant|judge'?s? (warrant|signature|order)|magistrate|"
    r"(district|federal) (judge|court)|court[- ]issued|signed by (a |the )?judge|judge (signed|issued)|"
    r"warrant (from|by|issued by) (a |an |the )?((federal|us|u\.s\.|district|magistrate) )*(judge|magistrate)"
)
_ADMIN = re.compile(
    r"\bi-?200\b|\bi-?205\b|admin(istrative)? warrant|signed by (an? |the )?(ice|ero|dhs|immigration) "
    r"(officer|supervisor|agent|official)|\bsddo\b|field office director|warrant of (removal|deportation)|"
    r"warrant for arrest of alien|\b(ice|ero|dhs)( officer| agent| supervisor)? signed\b|"
    r"signed by (a |an |the )?(supervisory? )?(detention (and|&) )?deportation officer|"
    r"\bimmigration (judge|court)\b"
)
_DETAINER = re.compile(r"\bi-?247a?\b|\bdetainers?\b|\bice hold\b|\bimmigration hold\b|\bhold request\b")
_CRIMINAL_WARRANT = re.compile(
    r"\b(criminal|arrest|search) warrant|\bindictment\b|\bcomplaint warrant\b|\bcriminal complaint\b"
)
_FUTURE_WARRANT = re.compile(r"\b(will|'ll|going to|gonna|getting|get|waiting (on|for)|once|until|till|by)\b")
_ANY_WARRANT = re.compile(r"\bwarrants?\b|\bpaperwork\b|\bpapers\b|\bsome kind of\b")

_ERO_MENTION = re.compile(r"\bero\b|enforcement (and|&) removal")


class FactsReader:
    """Reads `Facts` out of one question. `today()` decides what "within five years" means."""

    def __init__(self, offenses: OffenseTable, today: Callable[[], dt.date]) -> None:
        self._record = RecordReader(offenses, today)

    def read(self, question: str) -> Facts:
        text = normalise(question)
        evidence: dict[str, str] = {}
        agency = self._agency(text, evidence)
        # The watchlist's name ("terrorist screening database") is not a request for a database.
        asks = self._asks(TSDB_NAME.sub("tsdb", text), evidence)
        purpose = self._purpose(text, agency, asks, evidence)
        warrant = self._warrant(text, agency, purpose, evidence)
        if not asks and warrant is not Warrant.UNKNOWN and "warrant" in evidence and agency in _DHS_FAMILY:
            asks = {Ask.HOLD}
            evidence["asks.hold"] = f"implied by '{evidence['warrant']}'"
        if agency is Agency.UNKNOWN and asks & {
            Ask.INQUIRE_STATUS_SUSPECT,
            Ask.INQUIRE_STATUS_VICTIM_WITNESS,
        }:
            agency = Agency.NONE
        off_topic = not asks and agency is Agency.UNKNOWN and not TOPIC_TERMS.search(text)
        return Facts(
            agency=agency,
            asks=frozenset(asks),
            warrant=warrant,
            purpose=purpose,
            conviction=self._record.conviction(text, evidence),
            tsdb_match=self._record.tsdb(text, evidence),
            prior_removal_reentry=self._record.reentry(text, evidence),
            off_topic=off_topic,
            evidence=evidence,
        )

    # -- agency ---------------------------------------------------------------------------
    @staticmethod
    def _agency(text: str, evidence: dict[str, str]) -> Agency:
        for agency, pattern in AGENCY_CUES:
            match = pattern.search(text)
            if match:
                evidence["agency"] = match.group(0)
                return agency
        return Agency.UNKNOWN

    # -- asks -----------------------------------------------------------------------------
    @staticmethod
    def _asks(text: str, evidence: dict[str, str]) -> set[Ask]:
        asks: set[Ask] = set()
        for ask, pattern in ASK_CUES.items():
            match = pattern.search(text)
            if match:
                asks.add(ask)
                evidence[f"asks.{ask.value}"] = match.group(0)
        status = _status_inquiry(text)
        if status is not None:
            ask, words = status
            asks.discard(Ask.SHARE_STATUS_INFO)
            asks.add(ask)
            evidence[f"asks.{ask.value}"] = words
        if Ask.MONITORING_ALERT in asks:
            # "ping me when he's released" style cues belong to the alert, not to a release notice.
            asks.discard(Ask.NOTIFY_RELEASE)
        if Ask.ACCESS_PRISONER in asks:
            asks.discard(Ask.ACCESS_PREMISES)
        return asks

    # -- purpose --------------------------------------------------------------------------
    @staticmethod
    def _purpose(text: str, agency: Agency, asks: set[Ask], evidence: dict[str, str]) -> Purpose:
        if asks & {Ask.PUBLIC_SAFETY_RESPONSE} and len(asks) == 1:
            return Purpose.PUBLIC_SAFETY
        crime_match = IMMIGRATION_CRIME.search(text)
        if crime_match:
            evidence["purpose"] = crime_match.group(0)
            return Purpose.IMMIGRATION_CRIME
        civil = _first_unnegated(CIVIL_STRONG, text)
        criminal = _criminal_cue(text)
        removal_arm = _first_unnegated(_ERO_MENTION, text)
        if removal_arm and criminal and not civil:
            # ERO is the civil removal arm: its involvement in a "criminal" request blurs the purpose.
            evidence["purpose"] = f"{criminal} / {removal_arm}"
            return Purpose.MIXED
        civil = civil or removal_arm
        if civil and criminal:
            if re.search(r"\b(but|also|and)\b.{0,40}\b(deport|remov)", text):
                evidence["purpose"] = f"{criminal} / {civil}"
                return Purpose.MIXED
            evidence["purpose"] = civil
            return Purpose.CIVIL_IMMIGRATION
        if civil:
            evidence["purpose"] = civil
            return Purpose.CIVIL_IMMIGRATION
        if criminal:
            evidence["purpose"] = criminal
            return Purpose.CRIMINAL_INVESTIGATION
        weak = _first_unnegated(CIVIL_WEAK, text)
        if weak and agency in _DHS_FAMILY:
            evidence["purpose"] = weak
            return Purpose.CIVIL_IMMIGRATION
        return Purpose.UNKNOWN

    # -- warrant --------------------------------------------------------------------------
    @staticmethod
    def _warrant(text: str, agency: Agency, purpose: Purpose, evidence: dict[str, str]) -> Warrant:
        admin = _first_unnegated(_ADMIN, text)
        if admin:
            evidence["warrant"] = admin
            return Warrant.ADMINISTRATIVE
        judicial = _first_unnegated(_JUDICIAL, text)
        criminal_paper = _first_unnegated(_CRIMINAL_WARRANT, text)
        if judicial and _all_doubted(_JUDICIAL, text):
            evidence["warrant"] = f"unsure: {judicial}"
            return Warrant.UNKNOWN
        if judicial and _only_promised(text):
            evidence["warrant"] = f"not yet: {judicial}"
            return Warrant.NONE
        if judicial:
            evidence["warrant"] = judicial
            criminal_context = bool(
                criminal_paper and re.search(r"criminal|search|indictment", criminal_paper)
            ) or purpose in (
                Purpose.IMMIGRATION_CRIME,
                Purpose.CRIMINAL_INVESTIGATION,
            )
            if criminal_context or agency in _CRIMINAL_AGENCIES:
                return Warrant.JUDICIAL_CRIMINAL
            if agency in _DHS_FAMILY or purpose is Purpose.CIVIL_IMMIGRATION:
                return Warrant.JUDICIAL_IMMIGRATION
            return Warrant.UNKNOWN
        detainer = _first_unnegated(_DETAINER, text)
        other_paper = [
            m
            for m in _ANY_WARRANT.finditer(text)
            if not is_negated(text, m.start()) and not _our_own_warrant(text, m.start())
        ]
        if detainer:
            evidence["warrant"] = detainer
            return Warrant.UNKNOWN if other_paper else Warrant.DETAINER_ONLY
        if criminal_paper and _only_promised_paper(text, criminal_paper):
            evidence["warrant"] = f"not yet: {criminal_paper}"
            return Warrant.NONE
        if criminal_paper and (agency in _CRIMINAL_AGENCIES or purpose is Purpose.CRIMINAL_INVESTIGATION):
            evidence["warrant"] = criminal_paper
            return Warrant.JUDICIAL_CRIMINAL
        if other_paper:
            evidence["warrant"] = other_paper[0].group(0)
            return Warrant.UNKNOWN
        negated = next(
            (
                m
                for m in re.finditer(r"\bwarrants?\b|judge|\bpaperwork\b|\bpapers\b", text)
                if is_negated(text, m.start())
            ),
            None,
        )
        if negated:
            evidence["warrant"] = text[max(0, negated.start() - 12) : negated.end()].strip()
            return Warrant.NONE
        return Warrant.UNKNOWN


def _first_unnegated(pattern: re.Pattern[str], text: str) -> str | None:
    for match in pattern.finditer(text):
        if not is_negated(text, match.start()):
            return match.group(0)
    return None


def _only_promised(text: str) -> bool:
    """ "They'll have a warrant from a judge by tomorrow": a warrant that does not exist yet."""
    found = [m for m in re.finditer(r"\bwarrants?\b", text) if not is_negated(text, m.start())]
    return bool(found) and all(_FUTURE_WARRANT.search(text[max(0, m.start() - 25) : m.start()]) for m in found)


_PROMISED_AFTER = re.compile(
    r"^\W*(is |are |was )?(coming|expected|soon|pending|on (the|its) way|being (drafted|prepared|considered)|in the works)\b"
)


def _only_promised_paper(text: str, paper: str) -> bool:
    """ "An indictment is coming" beside "no warrant": criminal paper that does not exist yet."""
    at = text.find(paper)
    before = text[max(0, at - 25) : at]
    return bool(_PROMISED_AFTER.search(text[at + len(paper) :]) or _FUTURE_WARRANT.search(before))


_OWN_ARREST = re.compile(
    r"\b(picked|locked|brought|grabbed|arrested|collared|took)\b.{0,20}\bon (a|an|the|his|her)\s*$|\bbench\s*$"
)


def _our_own_warrant(text: str, start: int) -> bool:
    """ "We picked him up on a warrant for petit larceny": the NYPD's own arrest warrant."""
    return bool(_OWN_ARREST.search(text[max(0, start - 30) : start]))


def _all_doubted(pattern: re.Pattern[str], text: str) -> bool:
    """Every un-negated occurrence of the cue is hedged ("not sure if", "i think", "?")."""
    found = [m for m in pattern.finditer(text) if not is_negated(text, m.start())]
    return bool(found) and all(is_doubted(text, m.start(), m.end()) for m in found)


def _criminal_cue(text: str) -> str | None:
    """A crime named next to an investigation, case or charge: a criminal purpose.

    The person's record is not the request's purpose, so sentences about convictions are
    left out, and the crime must sit close to the word that makes it a case.
    """
    text = _without_record(text)
    explicit = re.search(r"\bcriminal (cases?|investigations?|matters?|probes?|charges?)\b", text)
    if explicit and not is_negated(text, explicit.start()) and not is_doubted(text, explicit.start(), explicit.end()):
        return explicit.group(0)
    for crime in CRIME_TERMS.finditer(text):
        if is_negated(text, crime.start()) or is_doubted(text, crime.start(), crime.end()):
            continue
        nearby = text[max(0, crime.start() - _CONTEXT_REACH) : crime.end() + _CONTEXT_REACH]
        context = INVESTIGATION_CONTEXT.search(nearby)
        if context:
            return nearby.strip()
    return None


_CONTEXT_REACH = 45


def _without_record(text: str) -> str:
    """The question minus the sentences that describe the person's criminal record."""
    sentences = re.split(r"(?<=[.;!?])\s+", text)
    return " ".join(s for s in sentences if not mentions_record(s))


def _status_inquiry(text: str) -> tuple[Ask, str] | None:
    """An officer asking a person about status (EO 41), told apart from an agency asking us."""
    match = re.search(
        r"\b(ask|asking|question|inquire|inquiring)\b.{0,90}\b(status|here legally|legal|undocumented|papers|"
        r"citizen|citizenship|green card|visa|where (s?he|they) (is|are) from)\b",
        text,
    )
    if not match:
        return None
    if re.search(r"\b(ice|hsi|cbp|dhs|ero|feds?|fbi|agents?)\b.{0,30}\b(ask|asks|asked|asking|wants|want)\b", text):
        return None
    span = match.group(0)
    suspect = re.search(r"\b(suspects?|perps?|defendants?|arrestees?|collars?|target)\b", span)
    victim = re.search(
        r"\b(victims?|witness(es)?|complainants?|callers?|reporting|came (to us|in) for help|(came|come|coming) (in )?to report|"
        r"for help|seeking help|good samaritan|survivor)\b",
        span if suspect else text,
    )
    if victim and not suspect:
        return Ask.INQUIRE_STATUS_VICTIM_WITNESS, victim.group(0)
    return Ask.INQUIRE_STATUS_SUSPECT, span
