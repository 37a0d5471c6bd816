"""How officers actually write things: the patterns the facts reader looks for.

Patterns run on `Text.norm` (lower case, abbreviations spelled out, typos fixed). They are
grouped by the fact they are evidence for and written for classes of phrasing (a verb class
with an object class), not for sentences: "drive / take / bring / run him over to / Varick".

Asks come in two strengths. A *strong* cue names the act itself ("hold him past release",
"turn him over", "set up an alert") and counts wherever it stands. A *weak* cue is a noun
that only names a thing ("the report", "his court date", "the precinct"); it counts only when
a request word governs it in the same clause ("they want the report"), so an officer's
mention of a report they wrote or of the precinct they work in is not read as a request.
"""

from bot.facts.lexicon.agencies import AGENCY_CUES
from bot.facts.lexicon.asks import REQUEST_CONTEXT, STRONG_ASKS, WEAK_ASKS
from bot.facts.lexicon.blocks import CLOSE_OFF_VERBS, compile_all
from bot.facts.lexicon.crimes import CRIME_TERMS
from bot.facts.lexicon.purpose import (
    CIVIL_STRONG,
    CIVIL_WEAK,
    ICE_ARREST_SCENE,
    IMMIGRATION_CRIME,
    INVESTIGATION_CONTEXT,
)
from bot.facts.lexicon.purpose_criminal import CRIMINAL_DENIED, CRIMINAL_EXPLICIT, NYPD_OWN_CASE, OUR_ARREST_BRACKETED
from bot.facts.lexicon.topic import TOPIC_TERMS

__all__ = [
    "AGENCY_CUES",
    "CIVIL_STRONG",
    "CIVIL_WEAK",
    "CLOSE_OFF_VERBS",
    "CRIME_TERMS",
    "CRIMINAL_DENIED",
    "CRIMINAL_EXPLICIT",
    "ICE_ARREST_SCENE",
    "IMMIGRATION_CRIME",
    "INVESTIGATION_CONTEXT",
    "NYPD_OWN_CASE",
    "OUR_ARREST_BRACKETED",
    "REQUEST_CONTEXT",
    "STRONG_ASKS",
    "TOPIC_TERMS",
    "WEAK_ASKS",
    "compile_all",
]
