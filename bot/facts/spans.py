"""What the reader's parts share: an ask found in the text (`Cue`), sentence spans, and the
paper, agency and record words more than one part tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts.lexicon.blocks import NOT_A_COPY_OF
from bot.facts.model import Agency, Ask
from bot.facts.prefilter import gated
from bot.facts.text import Clause

# "he's in the gang database", "she is on our list": who the person is, not data asked for
PERSON_IN_BEFORE = re.compile(
    r"\b(?:he|she|they)(?:'s| is| are| was| were|s) (?:listed )?(?:in|on) (?:the|our|a) (?:[\w']+ )?$"
)
DHS_FAMILY = frozenset({Agency.ICE_ERO, Agency.HSI, Agency.ICE, Agency.CBP, Agency.DHS})
CRIMINAL_AGENCIES = frozenset({Agency.FBI, Agency.DEA, Agency.ATF, Agency.USMS})
# none of them brings entry or re-entry cases (the Marshals serve those)
NO_IMMIGRATION_CRIMES = frozenset({Agency.FBI, Agency.DEA, Agency.ATF})
JUDICIAL = gated(
    r"judge[- ]?signed|signed (?:off )?by (?:a |an |the )?(?:(?:federal|us|u\.s\.|district|magistrate|mag|fed|edny|sdny|ndny|wdny|sentencing|trial) )*"
    r"(?:judge|magistrate|court)|judicial (?:[\w']+ ){0,2}warrant|judge'?s? (?:(?:arrest|criminal|federal|search|bench) )?(?:warrant|signature|order)|magistrate|"
    r"(?:district|federal)[- ](?:judge|court)|court[- ]issued|signed by (?:a |the )?judge|judge (?:signed|issued)|\bmag signed|\b(?:sdny|edny|ndny|wdny) (?:mag|magistrate|judge)\b|"
    r"warrant (?:from|by|issued by|out of) (?:a |an |the )?(?:(?:federal|us|u\.s\.|district|magistrate|edny|sdny|ndny|wdny) )*(?:judge|magistrate|court)|"
    r"a judge (?:signed|issued)|got a (?:federal )?judge to sign|judge [a-z]+ signed|warrant out of (?:edny|sdny)|"
    # "an SDNY arrest warrant", "federal arrest warrant (signed, SDNY, wire fraud)": a federal court's paper
    r"\b(?:sdny|edny|ndny|wdny) (?:arrest |bench |criminal )?warrant\b|\bsigned,? (?:by |in |out of )?(?:the )?(?:sdny|edny|ndny|wdny)\b|"
    r"issued by (?:a |an |the )?(?:(?:federal|us|u\.s\.|district|magistrate) )*(?:judge|magistrate)|"
    r"fed (?:judge|magistrate)|\bfed(?:eral)? bench warrant|magistrate judge|\bmag judge|united states (?:magistrate|district) judge|u\.?s\.? magistrate|"
    # "the federal murder warrant (Judge Garaufis)", "a warrant, Judge Vyskocil, SDNY", "Judge Cronan's warrant"
    # (the parenthesis starts a clause of its own, so the match starts after it)
    r"(?:(?<=\bwarrant \()|(?<=\bwarrants \()|(?<=\bwarrant, )|(?<=\bwarrant \(signed by )|(?<=\bwarrant signed by ))"
    r"(?:the )?(?:hon(?:orable)?\.? )?(?:(?:federal|district|magistrate|us|u\.s\.) )*judge [a-z]+\b"
    r"(?! (?:said|says|denied|refused|declined|wouldn't|won't|didn't|did not|will|would)\b)|"
    r"(?<!immigration )(?<!immigration court )\bjudge [a-z]+'?s (?:arrest |criminal |federal )?warrant\b|"
    r"\bhon\.? [a-z]+ [a-z]+, (?:united states|u\.?s\.?) (?:magistrate|district)|signed by (?:the )?hon(?:orable)?\b|\bmag\.? j\.?(?= [a-z])|\bmag(?:istrate)?'?s? (?:arrest )?warrant\b"
)
JUDICIAL_DENIED = re.compile(
    r"\b(?:no|not|without|isn't|wasn't|never|nobody) (?:[\w']+ ){0,3}(?:judge|judicial|magistrate|court)\b|"
    r"\bno judge\b|\bnot (?:a )?judicial\b|"
    # "a judge never signed it", "the magistrate didn't sign anything": the denial after the judge
    r"\b(?:judge|magistrate)s? (?:never|didn't|did not|hasn't|has not|has never|haven't|have not) (?:even )?sign(?:ed)?\b"
)
ADMIN = gated(
    r"\bi-?200s?\b|\bi-?205s?\b|\beye[- ]?20[05]\b|\beye two (?:hundred(?: and five)?|oh (?:five|zero))\b|\badmin(?:istrative)? (?:[\w']+ )?warrant|signed by (?:an? |the |their )?(?:[\w']+ )?(?:ice|ero|dhs|immigration|cbp) "
    r"(?:officer|supervisor|agent|official|sup)|signed (?:by )?(?:an? |the )?sddo\b|\bsddo signed\b|field office director|warrant of (?:removal|deportation)|"
    r"warrant for arrest of alien|\b(?:ice|ero|dhs)(?: officer| agent| supervisor)? signed\b(?! by\b)|"
    r"signed by (?:a |an |the |their |his |her )?(?:own )?(?:supervisory )?(?:detention (?:and|&) )?deportation officer|"
    r"signed by (?:a |an |the |their )?(?:supervisory |senior )?(?:border patrol|bp|cbp) (?:agent|supervisor|officer|chief|patrol agent)s?(?: in charge)?\b|"
    r"signed by (?:an? |the |their )?(?:ice|ero|dhs) (?:sddo|sdo|fod|supervisor)\b|"
    # "the copy they left has an ICE supervisor's name on the signature line"
    r"\b(?:ice|ero|dhs|cbp|immigration) (?:officer|supervisor|agent|official|sddo|sdo)'?s (?:name|signature) (?:is )?on (?:it|the (?:signature|signing|bottom) line|the bottom)\b|"
    r"\bimmigration (?:judge|court)\b|(?<!\bon )\btheir own (?:admin|administrative|\w+ )?warrant|signed by (?:their|his|her) (?:supervisor|boss|sup)\b|"
    r"(?<!judge-signed )(?<!magistrate-signed )(?<!judge-signed ice )(?<!magistrate-signed ice )"
    r"\b(?:removal|deportation) (?:warrant|order)\b(?!\s*(?:for (?:our |the |his |her |a |an )?(?:[\w'-]+ ){0,3})?(?:signed|issued) by (?:a |an |the )?(?:[\w.]+ ){0,2}(?:judge|magistrate))|"
    r"\b(?:final |final removal |)order of (?:removal|deportation)\b|\bfinal (?:removal )?order\b|"
    # an NCIC hit is whatever warrant it names; only an immigration entry is civil paper
    r"\bimmigration[- ]violator\b|\bncic immigration (?:hit|entry)\b|\bncic (?:hit|entry) (?:for|from) (?:ice|immigration|dhs)\b|"
    r"\bimmigration (?:hit|flag)\b|"
    # "an ICE civil warrant": civil immigration paper is an ICE officer's, never a court's
    r"\b(?:ice |immigration |dhs )?civil (?:immigration )?(?:arrest )?warrants?\b"
    r"(?!\s*(?:signed|issued) by (?:a |an |the )?(?:[\w.]+ ){0,2}(?:judge|magistrate))"
)
DETAINER = gated(
    r"\bi-?247a?s?\b|\b247as?\b|\bdetainee (?:form|paper|request|notice)s?\b|\beye[- ]?247 ?a?\b|\beye two forty[- ]seven(?: a)?\b|\b(?:a|an|the|their|that) 247\b|\b(?:lodged (?:a |an |their )?)?detainers?\b|"
    # voice-to-text: "theres a detain her on my guy"
    r"\b(?:a|an|the|their|that|ice) detain[- ]her\b(?= (?:on|from|for|lodged|in|out|with)\b)"
)
# "A hold" is paperwork whose signer is not stated (LEGAL_FACTS R2d): not read as a detainer.
HOLD_PAPER = re.compile(
    r"\b(?:ice|immigration|dhs|ero|federal) hold\b|\bhold (?:request|order|form|notice)s?\b|\bput a hold\b|\bhold on (?:him|her)\b|"
    r"\b(?:a|an|the|their|this|that) hold on\b|\bcalling (?:it )?a hold\b"
)
CRIMINAL_PAPER = gated(
    # (not "an immigration arrest warrant" or "administrative arrest warrant": civil paper)
    r"\b(?:criminal|search|federal arrest|(?<!immigration )(?<!administrative )(?<!admin )(?<!removal )arrest) warrant|\border criminal\b|\bindictment\b|"
    + NOT_A_COPY_OF
    + r"\bcriminal complaint\b|\bcomplaint warrant\b|"
    r"\bwarrant (?:for|on) (?:[\w']+ ){0,3}(?:charges?|case|conspiracy)\b|\bfederal (?:criminal )?indictment\b|"
    r"\bsupervised release violation\b|\bprobation violation warrant\b|\bfugitive warrant\b|\bwarrant\b.{0,60}\bto search\b|"
    r"\bcriminal detainer\b|\bdetainer (?:based on|on|for) (?:the |their )?(?:federal |fed )?(?:criminal )?charges\b"
)
ICE_DETAINER_FORM = re.compile(r"\bi-? ?247\w*\b|\bdhs form 247")
HELP_ONLY = frozenset({Ask.OPERATIONAL_SUPPORT, Ask.PERSONNEL_ASSIST})
IN_OUR_CUSTODY = re.compile(
    r"\b(?:our|my) (?:perp|prisoner|arrestee|collar|guy|subject|detainee)s?\b|\bin (?:our |the )?(?:[\w-]+ )?(?:cells|custody|holding|pens)\b|"
    # "a warrant for the prisoner at the 19", "for a prisoner in the 7-5 cells"
    r"\b(?:the|a) (?:prisoner|arrestee|detainee)\b|\bat central booking\b|\bwe (?:have|got) (?:him|her|them)\b"
)


@dataclass(frozen=True)
class Cue:
    ask: Ask
    start: int
    end: int
    hedged: bool


def sentence_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    left = max(norm.rfind(mark, 0, start) for mark in ".;!?")
    right = min((i for i in (norm.find(mark, end) for mark in ".;!?") if i != -1), default=len(norm))
    return left + 1, right


def sentence_of(norm: str, start: int, end: int) -> str:
    left, right = sentence_bounds(norm, start, end)
    return norm[left:right]


RECORD_WORDS = re.compile(
    r"\b(?:convict\w*|prior|priors|record|pled|pleaded|plea|rap sheet|(?:did|doing|done) time|history)\b|"
    # "subject only got an assault third from 2025", "our prisoner is 22, had a robbery case at 17"
    r"\b(?:only|just) (?:got|has|had) (?:an? |one )?$|"
    r"\b(?:he|she|they|prisoner|perp|guy|subject|defendant|arrestee|\d\d)(?:,)? (?:had|has) (?:an? |one )?$"
)
NEVER_BEFORE = re.compile(r"\b(?:never|can't|cannot|can not|not allowed to|not supposed to|shouldn't)\s+$")


def word_span(norm: str, start: int, end: int, clause: Clause) -> tuple[int, int]:
    """Widen a span to whole words, so evidence never starts or ends mid-word."""
    while start > clause.start and norm[start - 1].isalnum():
        start -= 1
    while end < clause.end and norm[end].isalnum():
        end += 1
    return start, end


# "my witness from the stabbing", "our victim in the robbery": the NYPD's own case
OUR_PERSON_BEFORE = re.compile(
    r"\b(?:my|our|a|the)\s+(?:[\w']+\s+)?(?:witness|victim|complainant|job|case)\b (?:from|in|of|on|to) (?:the|a|that|our|one of our)\s+(?:[\w']+\s+){0,3}$|"
    # "our guy from the bodega robbery": our own prisoner, named by our case
    r"\b(?:my|our)\s+(?:[\w']+\s+)?(?:guy|perp|collar|prisoner|suspect|defendant|arrestee)\b (?:from|in|on) (?:the|that|our)\s+(?:[\w']+\s+){0,3}$|"
    # "my prisoner is a shooting suspect": what we hold our own prisoner for
    r"\b(?:my|our)\s+(?:prisoner|perp|collar|arrestee|guy|patient)\b(?:'s| is| was) (?:a|an|the) (?:[\w'-]+ )?$|"
    # "a farebeat we DAT'd (theft of services)", "a man we collared for assault": our charge, told of our person
    r"\b(?:we|i|patrol|the desk)\s+(?:dat'?d|dated|arrested|collared|locked up|booked|charged|summonsed|picked up)"
    r"(?: (?:him|her|them))?(?: last night| yesterday| today| this morning)?\s*(?:\(|for |on |with )(?:an? )?$"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    agency: Agency
    hedged: bool
    words: str = ""


# "ICE might want him eventually": an agency that may ask some day is not asking now
MAYBE_LATER = re.compile(
    r"\s+(?:might|may|could|will probably|would probably|probably)(?: also)? (?:want|come (?:for|after|looking)|ask for|"
    r"be interested in|lodge|put a detainer)\b(?=[^.?!]{0,40}\b(?:eventually|later|down the (?:line|road)|at some point|"
    r"some ?day|in the future)\b)|"
    # "DEA wants our buy reports ... says ICE will use them to get the targets deported": who the
    # records would serve, told by the agency that asks
    r"\s+(?:will|would|is going to|are going to|'s going to|gonna|plans? to|wants? to|can|could) (?:also )?use "
    r"(?:them|it|those|these|that|the (?:[\w'-]+ )?(?:reports?|records?|files?|info|information|data|video|footage))\b"
)
