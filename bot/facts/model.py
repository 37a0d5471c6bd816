"""The decisive facts of a request, as counsel's decision table names them.

Every fact is `unknown` unless the officer stated it; `evidence` keeps, per fact, the
officer's own words it was read from, and `sources` how it was read (stated in words, chosen
in the form, presumed from the agency, hedged, or read only by the semantic layer), so the
rules can refuse to permit on anything but explicit words and a reviewer can see why.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CONVICTION_CAUTION",
    "NARROWER",
    "Agency",
    "Ask",
    "Conviction",
    "Facts",
    "Purpose",
    "Source",
    "StatedFacts",
    "Tri",
    "Warrant",
]


class Agency(StrEnum):
    ICE_ERO = "ice_ero"
    HSI = "hsi"
    ICE = "ice"  # ICE, component not stated
    CBP = "cbp"
    DHS = "dhs"  # DHS / "homeland security", component not stated
    FEDERAL = "federal"  # "feds", "federal agents": agency not stated
    FBI = "fbi"
    DEA = "dea"
    ATF = "atf"
    USMS = "usms"
    # a federal agency outside DHS that the table does not name (Postal Inspectors, IRS-CI, a
    # department's inspector general, Diplomatic Security, U.S. Probation, the Bureau of Prisons):
    # named, so no DHS rule can apply, and no purpose is presumed for it
    OTHER_FEDERAL = "other_federal"
    NONE = "none"  # an NYPD-internal question, no outside agency
    UNKNOWN = "unknown"


class Ask(StrEnum):
    HOLD = "hold"
    NOTIFY_RELEASE = "notify_release"
    TRANSFER_CUSTODY = "transfer_custody"
    SHARE_RECORDS = "share_records"
    SHARE_BULK_DATA = "share_bulk_data"
    SHARE_SURVEILLANCE_DATA = "share_surveillance_data"
    SHARE_CUSTODY_OR_COURT_INFO = "share_custody_or_court_info"
    SHARE_STATUS_INFO = "share_status_info"
    MONITORING_ALERT = "monitoring_alert"
    ACCESS_PREMISES = "access_premises"
    ACCESS_PRISONER = "access_prisoner"
    OFFICE_SPACE = "office_space"
    STAGING_ON_PROPERTY = "staging_on_property"
    OPERATIONAL_SUPPORT = "operational_support"
    PERSONNEL_ASSIST = "personnel_assist"
    WARRANT_EXECUTION_ASSIST = "warrant_execution_assist"
    JOINT_INVESTIGATION = "joint_investigation"
    DEPUTIZATION_287G = "deputization_287g"
    TRANSPORT = "transport"
    STOP_OR_ARREST = "stop_or_arrest"  # act on an immigration hit (NCIC entry, admin warrant)
    INQUIRE_STATUS_VICTIM_WITNESS = "inquire_status_victim_witness"
    INQUIRE_STATUS_SUSPECT = "inquire_status_suspect"
    INQUIRE_STATUS_ROLE_UNKNOWN = "inquire_status_role_unknown"  # suspect or witness: not yet clear
    PUBLIC_SAFETY_RESPONSE = "public_safety_response"


class Warrant(StrEnum):
    JUDICIAL_CRIMINAL = "judicial_criminal"
    JUDICIAL_IMMIGRATION = "judicial_immigration"
    ADMINISTRATIVE = "administrative"  # I-200 / I-205, signed by an ICE officer
    DETAINER_ONLY = "detainer_only"  # I-247A
    NONE = "none"
    UNKNOWN = "unknown"


class Purpose(StrEnum):
    CRIMINAL_INVESTIGATION = "criminal_investigation"
    CIVIL_IMMIGRATION = "civil_immigration"
    IMMIGRATION_CRIME = "immigration_crime"  # 8 U.S.C. 1325/1326, smuggling
    MIXED = "mixed"
    PUBLIC_SAFETY = "public_safety"
    UNKNOWN = "unknown"


class Conviction(StrEnum):
    QUALIFYING_WITHIN_5Y = "qualifying_within_5y"
    QUALIFYING_OLDER_THAN_5Y = "qualifying_older_than_5y"
    QUALIFYING_DATE_UNKNOWN = "qualifying_date_unknown"
    QUALIFYING_INCARCERATION_ADJUSTED = "qualifying_incarceration_adjusted"
    OUT_OF_STATE_UNVERIFIED = "out_of_state_unverified"  # also federal and unnamed offences
    YOUTHFUL_OFFENDER_ADJUDICATION = "youthful_offender_adjudication"
    NON_QUALIFYING = "non_qualifying"
    NONE = "none"
    UNKNOWN = "unknown"


# When two readings of a record tie, the one that decides more cautiously comes first.
CONVICTION_CAUTION = (
    Conviction.QUALIFYING_WITHIN_5Y,
    Conviction.OUT_OF_STATE_UNVERIFIED,
    Conviction.QUALIFYING_INCARCERATION_ADJUSTED,
    Conviction.QUALIFYING_DATE_UNKNOWN,
    Conviction.UNKNOWN,
    Conviction.QUALIFYING_OLDER_THAN_5Y,
    Conviction.YOUTHFUL_OFFENDER_ADJUDICATION,
    Conviction.NON_QUALIFYING,
)


class Tri(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Source(StrEnum):
    """How a fact was read. Only STATED and FORM can carry a permission."""

    STATED = "stated"  # the officer's own words say so
    FORM = "form"  # chosen in the intake form
    PRESUMED = "presumed"  # from the agency, by the table's presumption
    HEDGED = "hedged"  # said with doubt ("I think it's HSI")
    SEMANTIC = "semantic"  # read only by the semantic layer (nearest labelled examples)
    TRANSLATED = "translated"  # read through the glossary of another language (`bot.facts.glosses`)


EXPLICIT_SOURCES = frozenset({Source.STATED, Source.FORM})


def explicit_only(logged: Mapping[str, Any]) -> dict[str, Any]:
    """A logged reading (`Facts.to_log`) without the values the officer did not state.

    What pre-fills the form: a presumed, hedged or semantic value shown as a choice would be
    taken as the officer's own with one tap, and could then carry a `permitted`.
    """
    sources = logged.get("sources") or {}
    explicit = {source.value for source in EXPLICIT_SOURCES}
    kept: dict[str, Any] = {}
    for name, value in logged.items():
        if name in ("sources", "evidence"):
            continue
        if name == "asks":
            kept[name] = [ask for ask in value or () if sources.get(f"asks.{ask}") in explicit]
        elif sources.get(name) in explicit:
            kept[name] = value
    return kept


class Facts(BaseModel):
    """What the officer told us, one value per decisive fact, plus where each came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agency: Agency = Agency.UNKNOWN
    asks: frozenset[Ask] = frozenset()
    warrant: Warrant = Warrant.UNKNOWN
    purpose: Purpose = Purpose.UNKNOWN
    conviction: Conviction = Conviction.UNKNOWN
    tsdb_match: Tri = Tri.UNKNOWN
    prior_removal_reentry: Tri = Tri.UNKNOWN
    off_topic: bool = False
    evidence: dict[str, str] = Field(default_factory=dict)
    # per fact (and per ask, as "asks.<ask>"): how it was read; a fact not listed was not read
    sources: dict[str, Source] = Field(default_factory=dict)

    def source_of(self, name: str) -> Source | None:
        """How one fact was read (None: not stated). For `asks`, the weakest source of any ask."""
        if name == "asks":
            found = [self.sources.get(f"asks.{ask.value}") for ask in self.asks]
            if not found:
                return None
            return min(found, key=_source_strength)
        return self.sources.get(name)

    def is_explicit(self, name: str) -> bool:
        """Whether the fact rests on the officer's own words or form choice (and is known)."""
        value = self.value_of(name)
        if value == "unknown" or (name == "asks" and not value):
            return False
        if name == "off_topic":
            return True
        return self.source_of(name) in EXPLICIT_SOURCES

    def value_of(self, name: str) -> str | bool | frozenset[str]:
        """A fact's value by name, as plain strings (the rules table speaks strings)."""
        value = getattr(self, name)
        if isinstance(value, frozenset):
            return frozenset(str(item) for item in value)
        if isinstance(value, bool):
            return value
        return str(value)

    def to_log(self) -> dict[str, object]:
        """A JSON-ready, order-stable form for the audit log."""
        return {
            "agency": self.agency.value,
            "asks": sorted(ask.value for ask in self.asks),
            "warrant": self.warrant.value,
            "purpose": self.purpose.value,
            "conviction": self.conviction.value,
            "tsdb_match": self.tsdb_match.value,
            "prior_removal_reentry": self.prior_removal_reentry.value,
            "off_topic": self.off_topic,
            "evidence": dict(sorted(self.evidence.items())),
            "sources": {name: source.value for name, source in sorted(self.sources.items())},
        }

    def with_asks(self, asks: frozenset[Ask], **changes: object) -> Facts:
        """These facts for only some of their asks (one request split in two), the words and
        sources of the other asks left out; `changes` set other facts of that request."""

        def kept(key: str) -> bool:
            return not key.startswith("asks.") or Ask(key.removeprefix("asks.")) in asks

        evidence = {k: v for k, v in self.evidence.items() if kept(k)}
        sources = {k: v for k, v in self.sources.items() if kept(k)}
        return self.model_copy(update={"asks": asks, "evidence": evidence, "sources": sources, **changes})

    def with_unsaid(self, name: str, value: object) -> Facts:
        """These facts with `name` set by a split itself, not read from words: no evidence, no source."""
        evidence = {k: v for k, v in self.evidence.items() if k != name}
        sources = {k: v for k, v in self.sources.items() if k != name}
        return self.model_copy(update={name: value, "evidence": evidence, "sources": sources})

    def with_stated(self, stated: StatedFacts) -> Facts:
        """These facts combined with what the officer chose in a structured form.

        A choice left empty or "unknown" keeps what the free text says. Asks are combined (a
        form cannot hide an ask the text makes). A choice that only narrows what the text
        says (text "ICE", form "ICE ERO") is taken. A choice that contradicts the text makes
        the fact unknown, so the answer asks for it instead of guessing which one is right.
        """
        update: dict[str, object] = {}
        evidence = dict(self.evidence)
        sources = dict(self.sources)
        for name in sorted(stated.model_fields_set):
            value = getattr(stated, name)
            if value is None or value == "unknown" or value == frozenset():
                continue
            if name == "asks":
                update[name] = self.asks | value
                for ask in sorted(value):
                    if ask not in self.asks or sources.get(f"asks.{ask.value}") not in EXPLICIT_SOURCES:
                        evidence[f"asks.{ask.value}"] = "intake form"
                        sources[f"asks.{ask.value}"] = Source.FORM
                continue
            read = getattr(self, name)
            if read == value or read == "unknown" or value in NARROWER.get(read, ()):
                update[name] = value
                evidence[name] = f"intake form: {value}"
                sources[name] = Source.FORM
            else:
                update[name] = type(value)("unknown")
                evidence[name] = f"form says {value}, text says {read} ('{evidence.get(name, '')}'): which is it?"
                sources.pop(name, None)
        if not update:
            return self
        # A question with any stated fact is on topic, whatever its free text says.
        return self.model_copy(update={**update, "off_topic": False, "evidence": evidence, "sources": sources})


class StatedFacts(BaseModel):
    """Facts an officer chose in a structured form (Slack intake modal); None = not answered."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agency: Agency | None = None
    asks: frozenset[Ask] | None = None
    warrant: Warrant | None = None
    purpose: Purpose | None = None
    conviction: Conviction | None = None
    tsdb_match: Tri | None = None
    prior_removal_reentry: Tri | None = None


_STRENGTH = {
    Source.FORM: 5, Source.STATED: 4, Source.TRANSLATED: 3, Source.PRESUMED: 2, Source.HEDGED: 1, Source.SEMANTIC: 0
}  # fmt: skip


def _source_strength(source: Source | None) -> int:
    return -1 if source is None else _STRENGTH[source]


_QUALIFYING = (
    Conviction.QUALIFYING_WITHIN_5Y,
    Conviction.QUALIFYING_OLDER_THAN_5Y,
    Conviction.QUALIFYING_INCARCERATION_ADJUSTED,
)
# A read value -> the stated values that only make it more precise.
NARROWER: dict[object, tuple[object, ...]] = {
    Agency.ICE: (Agency.ICE_ERO, Agency.HSI),
    Agency.DHS: (Agency.ICE, Agency.ICE_ERO, Agency.HSI, Agency.CBP),
    Agency.FEDERAL: (
        Agency.ICE,
        Agency.ICE_ERO,
        Agency.HSI,
        Agency.CBP,
        Agency.DHS,
        Agency.FBI,
        Agency.DEA,
        Agency.ATF,
        Agency.USMS,
        Agency.OTHER_FEDERAL,
    ),
    Conviction.QUALIFYING_DATE_UNKNOWN: _QUALIFYING,
}

FACT_NAMES: tuple[str, ...] = (
    "agency",
    "asks",
    "warrant",
    "purpose",
    "conviction",
    "tsdb_match",
    "prior_removal_reentry",
    "off_topic",
)
