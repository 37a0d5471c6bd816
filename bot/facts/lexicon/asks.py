"""Ask cues, strong and weak, behind their literal prefilters; the words that make a noun a request."""

from __future__ import annotations

import re

from bot.facts.lexicon.asks_access import ACCESS_ASKS
from bot.facts.lexicon.asks_alerts import ALERT_ASKS
from bot.facts.lexicon.asks_custody import CUSTODY_ASKS
from bot.facts.lexicon.asks_emergency import EMERGENCY_ASKS
from bot.facts.lexicon.asks_information import INFORMATION_ASKS
from bot.facts.lexicon.asks_movement import MOVEMENT_ASKS
from bot.facts.lexicon.asks_operations import OPERATIONS_ASKS
from bot.facts.lexicon.asks_task_force import TASK_FORCE_ASKS
from bot.facts.lexicon.blocks import RECORDS
from bot.facts.model import Ask
from bot.facts.prefilter import Prefilter

__all__ = [
    "EMERGENCY_DOUBTED",
    "HELP_DOING",
    "HELP_WITH_A_CASE",
    "LOOKUP_SOURCE",
    "MEETING",
    "NO_RECORD_FOUND",
    "ONLY_STATUS",
    "REQUEST_CONTEXT",
    "RUN_A_NAME",
    "SOURCE_BEFORE",
    "STRONG_ASKS",
    "VAGUE_HELP",
    "WEAK_ASKS",
]

# A *strong* cue names the act itself and counts wherever it stands (one table per family of acts).
_STRONG: dict[Ask, list[str]] = {
    **CUSTODY_ASKS,
    **INFORMATION_ASKS,
    **ALERT_ASKS,
    **ACCESS_ASKS,
    **OPERATIONS_ASKS,
    **TASK_FORCE_ASKS,
    **MOVEMENT_ASKS,
    **EMERGENCY_ASKS,
}
_WEAK: dict[Ask, list[str]] = {
    Ask.SHARE_RECORDS: [
        rf"\b{RECORDS}\b",
        r"\b(?:work-?ups?|dossiers?|intel (?:reports?|packages?|files?))\b",
        # "arrest and court history on tamika rowe": what we hold on a person
        r"\b(?:arrest|court|criminal|case|rap|prior|booking) (?:and (?:arrest|court|criminal|case|booking) )?histor(?:y|ies)\b",
        r"\bserial(?: numbers?| #| no)?s?\b|\bmake/model\b",
        # "HSI wants his priors", "USMS asked for our wanted card": squad words for a person's record
        r"\b(?:his|her|their|the|our|all (?:his|her|their)) priors\b|\bwanted cards?\b|"
        r"\bwitness lists?\b|\b(?:scene|crime scene) (?:sketch(?:es)?|diagrams?)\b",
    ],
    Ask.SHARE_CUSTODY_OR_COURT_INFO: [
        r"\bcourt (?:dates?|appearances?|parts?|hearings?|times?|schedules?)\b|\bnext court\b|\barraignment (?:dates?|times?)\b|\bdat (?:dates?|return dates?|history)\b"
    ],
    Ask.NOTIFY_RELEASE: [
        r"\b(?:his|her|their) release\b|\bwhen (?:he|she|they)(?:'s| is| are| gets?)? (?:out|released)\b"
    ],
    # "our debrief of a cooperator in custody": where someone is, not a hand-over; "chain of custody"
    # is how evidence is handed over
    Ask.TRANSFER_CUSTODY: [
        r"(?<!out of )(?<!out from )(?<!released from )(?<!release from )(?<!\bin )(?<!\bin our )(?<!\bin nypd )(?<!chain of )(?<!chain-of-)\bcustody\b"
    ],
    Ask.DEPUTIZATION_287G: [r"\b287 ?\(? ?g\b"],
    Ask.SHARE_STATUS_INFO: [
        # "if that needs legal" is the Legal Bureau, not the person's status
        r"\b(?:immigration status|citizenship|legal status)\b|\b(?:is|if|whether) (?:[\w']+ ){0,4}"
        r"(?:(?<!needs )(?<!need )(?<!call )(?<!to )(?<!with )(?<!by )(?<!go )(?<!check )legal(?! bureau)|illegal|undocumented|"
        r"a (?:us |u\.s\. |u\.s |american )?citizen|here legally|a (?:lawful |legal )?permanent resident|an lpr|"
        r"a green ?card holder|a legal resident)\b"
    ],
}
# Searched behind literal gates: most branches cannot match a given message (bench/reader.py)
STRONG_ASKS: Prefilter[Ask] = Prefilter(_STRONG)
WEAK_ASKS: Prefilter[Ask] = Prefilter(_WEAK)

# A word that makes a noun in the same clause a request ("they want the report", "can I send").
REQUEST_CONTEXT = re.compile(
    r"\b(?:wants?|wanted|wanting|asks?|asked|asking|request(?:s|ed|ing)?|needs?|needed|looking for|would (?:also )?like|'d (?:also )?like|"
    # (not a sentence opened with "About his record, all I've got is ...": the officer's topic)
    r"trying to get|seeking|after|re:|regarding|(?<![.;!?] )(?<!^)(?<!\n)about|send|give|share|pass|forward|hand|e-?mail(?:ed)?|fax(?:ed)?|provide|"
    r"called (?:for|about|asking)|texted (?:for|about)|reached out (?:for|about)|came (?:by|in) (?:for|asking)|"
    # "i cant tell what it was, rap sheet just says PL 120": telling apart is no request
    r"turn over|copy|show|release|disclose|let (?:them|him|her|ice|hsi|the agents?)|(?<!can't )(?<!cant )(?<!cannot )tell|"
    r"confirm|verify|run|pull|"
    r"look up|check|get (?:them|him|her)|access|into|use|borrow|lend|can (?:i|we)|could (?:i|we)|should (?:i|we)|"
    # an agent's "can we get ..." retold in a dialogue, read in the agency's voice
    r"(?:can|could) they (?:get|have|see|grab|take|borrow|use|pull)|"
    r"ok to|okay to|allowed to|do (?:i|we)|may (?:i|we)|want us|asking us|asked us|asked me|asking me|subpoena(?:ed)?|"
    # "asking two things: is he a citizen, and what's the home address on his arrest report"
    r"(?:(?<=and )|(?<=, ))what(?:'s| is) (?:the|his|her|their)|"
    # "one of them asks me just one thing: what's the perp's immigration status?"
    r"(?:(?<=thing: )|(?<=asks: )|(?<=asked: )|(?<=asks me: )|(?<=asked me: )|(?<=asking: )|(?<=to know: ))"
    r"what(?:'s| is) (?:the|his|her|their))\b|"
    # terse: "HSI → last known address": the arrow asks
    r"→|->"
)


# ("traffic support", "perimeter help": the help is named)
VAGUE_HELP = re.compile(
    r"(?<!traffic )(?<!perimeter )(?<!crowd )(?<!security )(?<!tactical )(?<!air )(?<!k9 )(?<!canine )(?<!esu )"
    r"\b(?:help|assistance|support|a hand|a favor)\W*$"
)
HELP_WITH_A_CASE = re.compile(
    r"\s+(?:with|on|in) (?:a|an|the|their|this|that|its) (?:[\w'-]+ ){0,4}(?:case|investigation|probe)\b"
)
HELP_DOING = re.compile(r"\s+(?:in |with |on )?(?:the |a )?\w+ing\b")  # "our help grabbing him": a named act
ONLY_STATUS = re.compile(
    r"\b(?:just|only) (?:the |his |her )?(?:citizen(?:ship)?|status|y/n|yes or no|a yes or no|whether)\b|\bnothing else\b|"
    r"\bthat'?s (?:all|it)\b|\bthats (?:all|it)\b"
)
NO_RECORD_FOUND = re.compile(r"\bno records?\b")
LOOKUP_SOURCE = re.compile(r"\b(?:systems?|database|records?|paperwork|files?)\b")
RUN_A_NAME = re.compile(r"run (?:a|the|this|that) (?:person|name|guy)\b")
SOURCE_BEFORE = re.compile(
    r"\b(?:per|from|in|on|according to|thru|through|off) (?:our |your |the |his |her )?(?:[\w']+ )?$"
)
MEETING = re.compile(r"\b(?:interview\w*|debrief\w*|proffer\w*|briefing|meeting|sit in)\b")
EMERGENCY_DOUBTED = re.compile(
    r"\b(?:don't know|do not know|dont know|not sure|unsure|idk|no idea|unclear|can't tell|cant tell) (?:if|whether)\b(?:[\w' ]{0,25})$"
)
