"""Whether an emergency read from the words is happening now: not a past event, a charge, an
earlier job named, or violence the officer says has ended; and the response to it set apart from
what else the same request asks."""

from __future__ import annotations

import re

from bot.facts.model import Ask, Facts, Purpose
from bot.facts.spans import Cue, sentence_of

__all__ = ["emergency_apart", "happening_now"]


_INCIDENTAL_BEFORE = re.compile(
    # ("they're investigating the assault on two federal officers there": a crime their case is about)
    r"\b(?:in|from|of|about|after|during|re:?|regarding|on|at|for|since|before|over|witness(?:es)? to|witnessed|"
    r"investigat(?:e|es|ed|ing)|looking into|look into|probing|probe into)\s+(?:the|a|an|that|this|last|"
    r"yesterday's|his|her|their|a recent|an old)\s+(?:[\w']+\s+){0,2}$"
)


_INCIDENTAL_AFTER = re.compile(
    r"^\s*(?:[\w']+\s+)?(?:report|reports|case|investigation|footage|video|file|paperwork|victims?)\b"
)


_EVENT_NOUN = re.compile(
    r"(?:crash|crashed|collision|accident|wreck|rollover|pileup|shooting|stabbing|fire|riot|fight|brawl|emergency|"
    r"emergencies|assault|incident)"
)


# ("the assault on a CBP officer last weekend": the cue may run on past the event's noun)
_EVENT_NOUN_FIRST = re.compile(rf"{_EVENT_NOUN.pattern}\b")


_PAST_CASE = re.compile(
    # ("shot at while serving a warrant": what the agents were doing when it happened)
    r"(?<!serving a )(?<!serving the )(?<!serving their )(?<!executing a )(?<!executing the )"
    r"(?<!serving a search )(?<!executing a search )(?<!serving an arrest )(?<!executing an arrest )"
    r"\b(?:warrant|charged|charges?|indict\w*|convict\w*|wanted for|arrested for|case|prior|record|history)\b"
)


_NOW = re.compile(
    r"\b(?:now|right now|rn|just|currently|happening|in progress|on scene|on my post|we're|we are|i'm|i am|headed|"
    r"responding|here|there|waving|going|is|are|being|getting|still|pinned|under fire|ongoing|active|over the air|"
    r"on the air|10-13|(?:agent|officer|cop|fed)s? (?:is |are )?down|"
    # "HSI executing a federal search warrant, shots fired at the agents": the warrant is what they are doing
    r"executing|serving|conducting|raiding)\b|-ing\b|"
    # "started shooting at ATF agents during their search warrant": the warrant is the operation under way
    r"\bduring (?:a |an |the |their |his |her )?(?:federal |search |arrest |no-knock )?(?:warrant|raid|arrest|operation|op|takedown)\b"
)


_CHARGE_BEFORE = re.compile(
    r"\b(?:charges?|charged|wanted|warrant|indicted|arrested|convicted|pled|pleaded|case)\b (?:is |was |are |were )?"
    r"(?:for |of |with |on |to )?(?:[\w']+ )?$"
)


def happening_now(norm: str, cue: Cue) -> bool:
    """An emergency read from words that describe it happening, not a past event or a charge."""
    before = norm[max(0, cue.start - 40) : cue.start]
    event = _EVENT_NOUN_FIRST.match(norm[cue.start : cue.end])
    if _RECORD_OF_PERSON_BEFORE.search(before):
        return False  # "our body cam from the guy who punched the federal agent": who the record is about
    if event and (_INCIDENTAL_BEFORE.search(before) or _INCIDENTAL_AFTER.search(norm[cue.end : cue.end + 25])):
        return False  # "the driver in the crash", "the shooting report": an event named, not happening
    if _CHARGE_BEFORE.search(before):
        return False  # "the charge is assaulting a federal officer": a crime named, not happening
    if _PAST_REF_BEFORE.search(before):
        return False  # "the guy from last night's 10-10": an earlier job named, not happening now
    if _PAST_TIME_AFTER.match(norm, cue.end):
        return False  # "which room the man hit by a car last night is in": who he is, not happening now
    if _THING_OR_OWN_ACHE_BEFORE.search(before) or _FIGURE_OF_SPEECH_AFTER.match(norm, cue.end):
        return False  # "the system crashed", "I hurt my back", "bleeding us dry with OT", "on fire lol"
    sentence = sentence_of(norm, cue.start, cue.end)
    if _WHICH_ROOM.search(sentence):
        return False  # "asked me which room a man hit by a car is in": the event says who, the ask is where
    if _EMERGENCY_OVER.search(sentence) or _EMERGENCY_OVER.search(before):
        return False  # "the fight is over, the guys who swung at the agents took off": it has ended
    return not (_PAST_CASE.search(sentence) and not _NOW.search(sentence))


_EMERGENCY_OVER = re.compile(
    r"\b(?:fight|fighting|scuffle|brawl|struggle|melee|shooting|standoff|commotion|disturbance|incident|situation|emergency|"
    r"it|that|everything|things)(?:'s| is| was| are| has| got| has been) (?:now |all |already )?(?:over|ended|done|finished|broken up|broke up|"
    r"under control|contained|resolved|calm(?:ed down)?|quiet(?:ed down)?|settled(?: down)?|secure[d]?)\b|"
    r"\ball clear\b|\bscene (?:is |was )?(?:now )?(?:secure[d]?|safe|calm|clear(?:ed)?)\b|"
    r"\bno longer (?:happening|going on|fighting|violent|a threat|on scene)\b|\b(?:nobody|no one) (?:is )?fighting (?:any ?more|now)\b|"
    # "got rammed by a car, agent's fine, EMS already handled it": the injury seen to, nothing under way
    # ("we handled the accident scene": our own response, which may be what is asked about)
    r"\b(?:ems|medics|paramedics|fdny|the ambulance|an ambulance)\b "
    r"(?:already |has |have |had )*(?:handled|took care of|taken care of|treated|transported)\b"
)


_WHICH_ROOM = re.compile(r"\bwhich (?:room|bed|ward|floor|unit|cell|hospital)\b")
# ("the printer is on fire", "the system crashed twice tonight", "I hurt it lifting the barrier",
# "my knee's killing me": a machine or the officer's own ache, nobody in danger)
_THING_OR_OWN_ACHE_BEFORE = re.compile(
    r"\b(?:system|computer|server|network|app|printer|laptop|phone|portal|database|site|website|cad|e-?mail|wifi|internet|"
    r"screen|copier|fax)s? (?:[\w']+ ){0,2}$|"
    # ("I hurt it lifting the barrier"; but "I got hurt", "I was shot" are happening to the officer)
    r"\bi\s+$|\bmy (?:[\w']+ )?(?:back|knees?|feet|foot|head|shoulders?|hands?|ankles?|wrists?|neck|legs?)(?:'s| is| are)?\s+(?:[\w']+\s+)?$"
)
_FIGURE_OF_SPEECH_AFTER = re.compile(r"\s*(?:(?:us|me|them|him|her|the \w+) dry\b|lol\b|lmao\b|haha\b)")
_PAST_TIME_AFTER = re.compile(
    # ("he was shot in 2019, that's why he limps", "got hurt in a car accident last year")
    r"\s*(?:[\w']+\s+){0,4}?(?:(?:back )?in (?:19|20)\d\d\b|last (?:year|summer|spring|fall|autumn|winter)|"
    r"in (?:january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"last (?:night|week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"yesterday|the other (?:day|night)|(?:a|one|two|three|four|five|several|a few|\d+) (?:days?|weeks?|months?|years?) ago)\b"
)
_PAST_REF_BEFORE = re.compile(
    r"\b(?:last night'?s|yesterday'?s|this morning'?s|the other day'?s|last week'?s|earlier|"
    r"from (?:the|last|yesterday'?s|last night'?s|this morning'?s))\s+(?:[\w']+\s+)?$"
)


_RECORD_OF_PERSON_BEFORE = re.compile(
    r"\b(?:from|of|on|about|showing) (?:the|a|that|this) (?:[\w']+ )?(?:guy|man|woman|person|suspect|perp|kid|male|female|subject|individual)s? "
    r"(?:who|that)\s+$"
)


def emergency_apart(facts: Facts, unread: bool = False) -> list[Facts]:
    """ "An agent got jumped, and he wants us to catch the guy they came to deport": responding to
    the violence is one request (answered at once), the enforcement asked beside it another. An
    ask beside it that could not be read ("now they want us to <...>") is that other request,
    with no ask: the officer is asked what it is."""
    if Ask.PUBLIC_SAFETY_RESPONSE not in facts.asks or (len(facts.asks) == 1 and not unread):
        return [facts]
    emergency = facts.with_asks(frozenset({Ask.PUBLIC_SAFETY_RESPONSE})).with_unsaid("purpose", Purpose.PUBLIC_SAFETY)
    rest = facts.with_asks(facts.asks - {Ask.PUBLIC_SAFETY_RESPONSE})
    if rest.purpose is Purpose.PUBLIC_SAFETY:  # the emergency's purpose, not the other request's
        rest = rest.with_unsaid("purpose", Purpose.UNKNOWN)
    return [emergency, rest]
