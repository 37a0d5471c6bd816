"""Words for the facts: the form's choices, and the short "What I understood" line of an answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.facts.model import Agency, Ask, Conviction, Purpose, Tri, Warrant

__all__ = [
    "AGENCY_LABELS",
    "ASK_LABELS",
    "CONVICTION_LABELS",
    "PURPOSE_LABELS",
    "TRI_LABELS",
    "WARRANT_LABELS",
    "understood",
]

AGENCY_LABELS: dict[Agency, str] = {
    Agency.ICE_ERO: "ICE: Enforcement and Removal Operations (ERO)",
    Agency.HSI: "ICE: Homeland Security Investigations (HSI)",
    Agency.ICE: "ICE, component not known",
    Agency.CBP: "Customs and Border Protection (CBP)",
    Agency.DHS: "DHS, other or not known",
    Agency.FEDERAL: "Federal agents, agency not known",
    Agency.FBI: "FBI",
    Agency.DEA: "DEA",
    Agency.ATF: "ATF",
    Agency.USMS: "US Marshals Service",
    Agency.OTHER_FEDERAL: "Another federal agency, outside DHS (Postal Inspectors, IRS-CI, ...)",
    Agency.NONE: "No outside agency (a question about our own work)",
}
ASK_LABELS: dict[Ask, str] = {
    Ask.HOLD: "Hold someone in custody (detainer)",
    Ask.NOTIFY_RELEASE: "Tell them when someone is released",
    Ask.TRANSFER_CUSTODY: "Hand someone over to them",
    Ask.SHARE_RECORDS: "Share records about a person",
    Ask.SHARE_BULK_DATA: "Share a database or bulk data",
    Ask.SHARE_SURVEILLANCE_DATA: "Share camera, plate-reader or other surveillance data",
    Ask.SHARE_CUSTODY_OR_COURT_INFO: "Share custody status or court dates",
    Ask.SHARE_STATUS_INFO: "Share someone's immigration status",
    Ask.MONITORING_ALERT: "Alert them whenever someone deals with police",
    Ask.ACCESS_PREMISES: "Let them into a precinct or facility",
    Ask.ACCESS_PRISONER: "Let them interview someone in our custody",
    Ask.OFFICE_SPACE: "Give them office or work space",
    Ask.STAGING_ON_PROPERTY: "Let them stage on city property",
    Ask.OPERATIONAL_SUPPORT: "Support their operation (perimeter, traffic, backup)",
    Ask.PERSONNEL_ASSIST: "Lend officers to their operation",
    Ask.WARRANT_EXECUTION_ASSIST: "Help execute their warrant",
    Ask.JOINT_INVESTIGATION: "Work a joint investigation or task force case",
    Ask.DEPUTIZATION_287G: "Deputise officers (287(g) or task-force deputation)",
    Ask.TRANSPORT: "Transport someone for them",
    Ask.STOP_OR_ARREST: "Stop or arrest on an immigration hit or warrant",
    Ask.INQUIRE_STATUS_VICTIM_WITNESS: "Ask a victim or witness about status",
    Ask.INQUIRE_STATUS_SUSPECT: "Ask a suspect about status",
    Ask.INQUIRE_STATUS_ROLE_UNKNOWN: "Ask someone about status (suspect or witness not yet clear)",
    Ask.PUBLIC_SAFETY_RESPONSE: "Respond to an emergency with them",
}
WARRANT_LABELS: dict[Warrant, str] = {
    Warrant.JUDICIAL_CRIMINAL: "Criminal warrant signed by a judge",
    Warrant.JUDICIAL_IMMIGRATION: "Immigration warrant signed by a judge",
    Warrant.ADMINISTRATIVE: "Administrative warrant (I-200 / I-205, signed by an ICE officer)",
    Warrant.DETAINER_ONLY: "Detainer only (I-247A)",
    Warrant.NONE: "No warrant",
    Warrant.UNKNOWN: "Not sure",
}
PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.CRIMINAL_INVESTIGATION: "A criminal investigation",
    Purpose.CIVIL_IMMIGRATION: "Civil immigration enforcement (removal, deportation)",
    Purpose.IMMIGRATION_CRIME: "An immigration crime (illegal re-entry, smuggling)",
    Purpose.MIXED: "Both criminal and civil immigration",
    Purpose.PUBLIC_SAFETY: "An emergency or public-safety threat",
    Purpose.UNKNOWN: "Not sure",
}
CONVICTION_LABELS: dict[Conviction, str] = {
    Conviction.QUALIFYING_WITHIN_5Y: "Violent or serious crime, convicted within 5 years",
    Conviction.QUALIFYING_OLDER_THAN_5Y: "Violent or serious crime, more than 5 years ago",
    Conviction.QUALIFYING_DATE_UNKNOWN: "Violent or serious crime, date not known",
    Conviction.QUALIFYING_INCARCERATION_ADJUSTED: "Violent or serious crime, older but in prison since",
    Conviction.OUT_OF_STATE_UNVERIFIED: "Out-of-state conviction, not verified",
    Conviction.YOUTHFUL_OFFENDER_ADJUDICATION: "Youthful offender adjudication only",
    Conviction.NON_QUALIFYING: "Other convictions only (not violent or serious)",
    Conviction.NONE: "No conviction",
    Conviction.UNKNOWN: "Not known",
}
TRI_LABELS: dict[Tri, str] = {Tri.YES: "Yes", Tri.NO: "No", Tri.UNKNOWN: "Not known"}

SHORT_AGENCY = {  # an agency as an officer names it
    "ice_ero": "ICE ERO",
    "hsi": "HSI",
    "ice": "ICE",
    "cbp": "CBP",
    "dhs": "DHS",
    "federal": "federal agents",
    "fbi": "FBI",
    "dea": "DEA",
    "atf": "ATF",
    "usms": "US Marshals",
    "other_federal": "federal agency outside DHS",
    "none": "no outside agency",
}
_SHORT_WARRANT = {
    "judicial_criminal": "judge-signed criminal warrant",
    "judicial_immigration": "judge-signed immigration warrant",
    "administrative": "ICE administrative warrant (I-200/I-205)",
    "detainer_only": "detainer only (I-247A)",
    "none": "no warrant",
}
_SHORT_PURPOSE = {
    "criminal_investigation": "criminal case",
    "civil_immigration": "civil immigration (removal)",
    "immigration_crime": "immigration crime (entry/re-entry, smuggling)",
    "mixed": "criminal case with removal in view",
    "public_safety": "emergency",
}
_SHORT_CONVICTION = {
    "qualifying_within_5y": "violent/serious conviction within 5 years",
    "qualifying_older_than_5y": "violent/serious conviction over 5 years ago",
    "qualifying_date_unknown": "violent/serious conviction, date not known",
    "qualifying_incarceration_adjusted": "older violent/serious conviction, prison time to count",
    "out_of_state_unverified": "out-of-state or federal conviction to assess",
    "youthful_offender_adjudication": "youthful-offender adjudication only",
    "non_qualifying": "no violent/serious conviction",
    "none": "no convictions",
}
_HOW = {
    "hedged": " (you were unsure)",
    "presumed": " (presumed from who asks)",
    "semantic": " (read from meaning)",
    "translated": " (read from another language)",
}


def understood(facts: Mapping[str, Any]) -> list[str]:
    """The facts of one request as short phrases: agency, asks, paperwork, purpose, record.

    `facts` is the logged form (`Facts.to_log()`). A fact not stated says so, and a fact not
    read from the officer's own words says how it was read, so the officer can correct it.
    """
    sources: Mapping[str, str] = facts.get("sources") or {}

    def how(name: str) -> str:
        return _HOW.get(str(sources.get(name)), "")

    agency = str(facts.get("agency", "unknown"))
    asks = list(facts.get("asks") or [])
    parts = [
        SHORT_AGENCY.get(agency, "agency not said") + how("agency"),
        "; ".join(
            ASK_LABELS[Ask(ask)].lower() + _HOW.get(str(sources.get(f"asks.{ask}")), "")
            for ask in asks
            if ask in set(Ask)
        )
        or "what they ask is not clear",
        _SHORT_WARRANT.get(str(facts.get("warrant")), "paperwork not said") + how("warrant"),
        _SHORT_PURPOSE.get(str(facts.get("purpose")), "purpose not said") + how("purpose"),
    ]
    record = []
    conviction = str(facts.get("conviction"))
    if conviction in _SHORT_CONVICTION:
        record.append(_SHORT_CONVICTION[conviction] + how("conviction"))
    tsdb = str(facts.get("tsdb_match"))
    if tsdb in ("yes", "no"):
        record.append("possible TSDB match" if tsdb == "yes" else "no TSDB match")
    if record:
        parts.append(", ".join(record))
    return parts
