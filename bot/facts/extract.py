"""The facts reader: an officer's message in, one `Facts` per request out, with the words kept.

No language model is involved. The message is tidied (`text.normalise`), cut into clauses,
and each requesting agency gets its own clauses (`parties`), so two agencies' paperwork or
purposes never mix. Within a request each fact is read by the patterns of `lexicon`,
negations are honoured, hedged words are marked as such, and anything not clearly stated
stays `unknown` so the rules ask instead of guessing. An optional semantic layer
(`semantic.py`) may fill a fact the patterns left unknown; what it reads is marked
`semantic` and can never by itself make an answer `permitted`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.facts.lexicon import (
    CIVIL_STRONG,
    CIVIL_WEAK,
    CLOSE_OFF_VERBS,
    CRIME_TERMS,
    CRIMINAL_DENIED,
    CRIMINAL_EXPLICIT,
    IMMIGRATION_CRIME,
    INVESTIGATION_CONTEXT,
    NYPD_OWN_CASE,
    REQUEST_CONTEXT,
    STRONG_ASKS,
    TOPIC_TERMS,
    WEAK_ASKS,
)
from bot.facts.model import Agency, Ask, Facts, Purpose, Source, Warrant
from bot.facts.parties import Mention, Party, find_parties
from bot.facts.record import TSDB_NAME, OffenseTable, RecordReader
from bot.facts.semantic import SemanticReader
from bot.facts.text import Clause, Text, clauses, is_doubted, is_doubted_ask, is_negated, normalise

__all__ = ["FactsReader"]

_DHS_FAMILY = frozenset({Agency.ICE_ERO, Agency.HSI, Agency.ICE, Agency.CBP, Agency.DHS})
# "HSI child exploitation unit", "ICE's gang group": the crime names the agency's own unit
_AGENCY_NAMED_BEFORE = re.compile(
    r"\b(?:hsi|ice|cbp|dhs|homeland security(?: investigations)?)(?:'s)? (?:(?:criminal|special|joint) )?$"
)
_CRIMINAL_AGENCIES = frozenset({Agency.FBI, Agency.DEA, Agency.ATF, Agency.USMS})
_NO_IMMIGRATION_CRIMES = frozenset({Agency.FBI, Agency.DEA, Agency.ATF})
_SPACE_FOR_A_UNIT = frozenset({Ask.OFFICE_SPACE, Ask.STAGING_ON_PROPERTY})
_CUSTODY_OR_PREMISES = frozenset(
    {Ask.HOLD, Ask.TRANSFER_CUSTODY, Ask.NOTIFY_RELEASE, Ask.ACCESS_PREMISES, Ask.ACCESS_PRISONER, Ask.OFFICE_SPACE}
)

_JUDICIAL = re.compile(
    r"judge[- ]?signed|signed (?:off )?by (?:a |an |the )?(?:(?:federal|us|u\.s\.|district|magistrate|mag|fed|edny|sdny|ndny|wdny) )*"
    r"(?:judge|magistrate|court)|judicial (?:[\w']+ )?warrant|judge'?s? (?:(?:arrest|criminal|federal|search|bench) )?(?:warrant|signature|order)|magistrate|"
    r"(?:district|federal) (?:judge|court)|court[- ]issued|signed by (?:a |the )?judge|judge (?:signed|issued)|\bmag signed|\b(?:sdny|edny|ndny|wdny) (?:mag|magistrate|judge)\b|"
    r"warrant (?:from|by|issued by|out of) (?:a |an |the )?(?:(?:federal|us|u\.s\.|district|magistrate|edny|sdny|ndny|wdny) )*(?:judge|magistrate|court)|"
    r"a judge (?:signed|issued)|got a (?:federal )?judge to sign|judge [a-z]+ signed|warrant out of (?:edny|sdny)|"
    r"issued by (?:a |an |the )?(?:(?:federal|us|u\.s\.|district|magistrate) )*(?:judge|magistrate)|"
    r"fed (?:judge|magistrate)|\bfed(?:eral)? bench warrant|magistrate judge|\bmag judge|united states (?:magistrate|district) judge|u\.?s\.? magistrate|"
    r"\bhon\.? [a-z]+ [a-z]+, (?:united states|u\.?s\.?) (?:magistrate|district)|signed by (?:the )?hon(?:orable)?\b|\bmag\.? j\.?(?= [a-z])|\bmag(?:istrate)?'?s? (?:arrest )?warrant\b"
)
_PAPER_NAMED = re.compile(
    r"\b(?:form|paper|papers|it|document|header|top|title|fax|sheet)(?: itself)? (?:says|reads|is|shows|is an?|'s an?|says it's an?)\s+(?:an? )?$"
)
_IMMIGRATION_JUDGE = re.compile(
    r"\bimmigration (?:court )?judge'?s?\b|\bjudge (?:at|from|of) (?:the )?immigration court\b"
)
_ARTICLE_III = re.compile(r"\b(?:magistrate|mag|district|federal|fed|edny|sdny|u\.?s\.?|united states)\b")
_JUDICIAL_DENIED = re.compile(
    r"\b(?:no|not|without|isn't|wasn't|never|nobody) (?:[\w']+ ){0,3}(?:judge|judicial|magistrate|court)\b|"
    r"\bno judge\b|\bnot (?:a )?judicial\b"
)
_ADMIN = re.compile(
    r"\bi-?200s?\b|\bi-?205s?\b|\beye[- ]?20[05]\b|\beye two (?:hundred(?: and five)?|oh (?:five|zero))\b|\badmin(?:istrative)? (?:[\w']+ )?warrant|signed by (?:an? |the |their )?(?:[\w']+ )?(?:ice|ero|dhs|immigration|cbp) "
    r"(?:officer|supervisor|agent|official|sup)|signed by (?:an? |the )?sddo\b|\bsddo signed\b|field office director|warrant of (?:removal|deportation)|"
    r"warrant for arrest of alien|\b(?:ice|ero|dhs)(?: officer| agent| supervisor)? signed\b|"
    r"signed by (?:a |an |the |their )?(?:supervisory )?(?:detention (?:and|&) )?deportation officer|"
    r"signed by (?:a |an |the |their )?(?:supervisory |senior )?(?:border patrol|bp|cbp) (?:agent|supervisor|officer|chief|patrol agent)s?(?: in charge)?\b|"
    r"signed by (?:an? |the |their )?(?:ice|ero|dhs) (?:sddo|sdo|fod|supervisor)\b|"
    r"\bimmigration (?:judge|court)\b|(?<!\bon )\btheir own (?:admin|administrative|\w+ )?warrant|signed by (?:their|his|her) (?:supervisor|boss|sup)\b|"
    r"\b(?:removal|deportation) (?:warrant|order)\b(?!\s*(?:signed|issued) by (?:a |an |the )?(?:[\w.]+ ){0,2}(?:judge|magistrate))|"
    r"\b(?:final |final removal |)order of (?:removal|deportation)\b|\bfinal (?:removal )?order\b|"
    # an NCIC hit is whatever warrant it names; only an immigration entry is civil paper
    r"\bimmigration violator\b|\bncic immigration (?:hit|entry)\b|\bncic (?:hit|entry) (?:for|from) (?:ice|immigration|dhs)\b|"
    r"\bimmigration (?:hit|flag)\b|"
    # "an ICE civil warrant": civil immigration paper is an ICE officer's, never a court's
    r"\b(?:ice |immigration |dhs )?civil (?:immigration )?(?:arrest )?warrants?\b"
    r"(?!\s*(?:signed|issued) by (?:a |an |the )?(?:[\w.]+ ){0,2}(?:judge|magistrate))"
)
_DETAINER = re.compile(
    r"\bi-?247a?s?\b|\b247as?\b|\bdetainee (?:form|paper|request|notice)s?\b|\beye[- ]?247 ?a?\b|\beye two forty[- ]seven(?: a)?\b|\b(?:a|an|the|their|that) 247\b|\b(?:lodged (?:a |an |their )?)?detainers?\b|"
    # voice-to-text: "theres a detain her on my guy"
    r"\b(?:a|an|the|their|that|ice) detain[- ]her\b(?= (?:on|from|for|lodged|in|out|with)\b)"
)
# "A hold" is paperwork whose signer is not stated (LEGAL_FACTS R2d): not read as a detainer.
_HOLD_PAPER = re.compile(
    r"\b(?:ice|immigration|dhs|ero|federal) hold\b|\bhold (?:request|order|form|notice)s?\b|\bput a hold\b|\bhold on (?:him|her)\b|"
    r"\b(?:a|an|the|their|this|that) hold on\b|\bcalling (?:it )?a hold\b"
)
_SIGNER_UNKNOWN = re.compile(
    r"\b(?:don't know|do not know|not sure|unsure|no idea|can't tell|cannot tell|couldn't tell|unclear|idk)\b.{0,30}"
    r"\b(?:who|whose|which judge|if a judge|if it was a judge|whether a judge)\b.{0,20}\bsign|"
    r"\bsign(?:ed|er|ature)\b.{0,25}\b(?:unknown|unclear|illegible|a scribble|can't read|not clear|blank|empty|missing)\b|"
    r"\bunsigned\b|\bno signature\b|"
    # "signed 'R. Castellano' with no title, no court": a name that does not say who signed
    r"\bsigned\b.{0,40}?\b(?:with )?no (?:title|court|district|office)\b|"
    r"\b(?:i |we )?(?:didn't|did not|haven't|have not) (?:see|seen|read) (?:it|the warrant|the paperwork|the paper|them)\b|"
    # "nobody's seen who signed it", "nobody on the desk could read who signed it"
    r"\b(?:nobody|no one|none of us)(?:'s| has| have| on the desk| here)? (?:seen|saw|could read|can read|could tell|can tell|knows?|read)\b.{0,15}\bwho sign"
)
_PAPER_KIND_DOUBTED = re.compile(
    r"\b(?:don't know|do not know|not know|dont know|not sure|unsure|unclear|no idea|can't tell|cannot tell)\b[^.;!?]{0,25}?"
    r"\b(?:what (?:kind|type|sort)|which (?:kind|type)|what it is|if it'?s|if is|whether it'?s|it is|it's|is it)\b"
)
_WARRANT_ATTACHED = re.compile(
    r"\bwarrant (?:stapled|attached|clipped|paper-?clipped|with it|behind it)\b|\b(?:with|plus) (?:a|an) (?:[\w']+ )?warrant (?:stapled|attached|clipped)\b"
)
_SIGNATURE_ADMIN = re.compile(
    # "the signature block for an immigration officer", "asked who signed it, the agent said the
    # field office director": an ICE official's signature makes the paper administrative
    r"(?:\b(?:signature|signed|signer|signature line|signature block|sig|sig block|sig line|title|title line)\b (?:[\w']+ ){0,3}"
    r"(?:says|reads|is|shows|for|of|from|was|by)|\bwho signed (?:it|the warrant|the paper|that|this)\b,? (?:[\w']+ ){0,3}(?:said|says|was|is))"
    r"\s+['\"]?(?:an? |the |their |his |her )?"
    r"(?:ice |ero |dhs )?(?:authorized |supervisory )?(?:detention (?:and|&) )?(?:deportation officer|sddo|ice officer|immigration officer|ero officer|"
    r"field office director|border patrol agent|(?:border )?patrol agent in charge|bp agent|cbp officer)"
)
_CRIMINAL_PAPER = re.compile(
    r"\b(?:criminal|search|federal arrest|arrest) warrant|\border criminal\b|\bindictment\b|\bcriminal complaint\b|\bcomplaint warrant\b|"
    r"\bwarrant (?:for|on) (?:[\w']+ ){0,3}(?:charges?|case|conspiracy)\b|\bfederal (?:criminal )?indictment\b|"
    r"\bsupervised release violation\b|\bprobation violation warrant\b|\bfugitive warrant\b|\bwarrant\b.{0,60}\bto search\b|"
    r"\bcriminal detainer\b|\bdetainer (?:based on|on|for) (?:the |their )?(?:federal |fed )?(?:criminal )?charges\b"
)
_ICE_DETAINER_FORM = re.compile(r"\bi-? ?247\w*\b|\bdhs form 247")
_WARRANT_FOR = re.compile(
    r"\b(?:federal )?warrant (?:out )?(?:for|on) (?:(?:him|her|them|(?:the|our|my|this|that) (?:guy|perp|collar|prisoner|man|woman|suspect|subject|defendant)|[\w']+) (?:for|on) )?"
)
_ANY_WARRANT = re.compile(
    # "warrant section. ICE sent an I-247A": the officer's unit, not paper
    r"\bwarrants?\b(?! (?:section|squad|unit|office|desk|division|team|room|officers?)\b)|\bpaperwork\b|\bpapers\b|\bsome kind of\b|\bsomething (?:they're |they are )?calling a warrant"
)
_NO_WARRANT = re.compile(
    # "says complaint gets filed monday": nothing filed or signed yet
    r"\b(?:complaint|charges?|indictment|warrant)s? (?:[\w']+ ){0,2}(?:gets?|will be|is going to be|to be|should be) (?:filed|signed|issued)\b|"
    r"\b(?:(?:no|zero|without|don't have|doesn't have|didn't have|never got|haven't got|haven't|hasn't|nothing)\b(?! (?:clue|idea)\b)|"
    # "a real criminal warrant from a real judge, not ICE paper": a contrast, not a denial
    # (but "there's no ICE paperwork at all" denies it)
    r"not\b(?! (?:an? )?(?:ice|ero|dhs|immigration|admin(?:istrative)?|civil)\b))"
    # "haven't shown any paper yet": whether they have one is what is unknown
    r"(?! (?:shown|showed|produced|presented|brought|seen))\s*(?:[\w']+ ){0,2}"
    r"(?:warrants?|paperwork|papers|judge|signed|paper|complaint|indictment|charges filed|forms?|documents?|docs)\b|\bno paperwork\b|\bnothing signed\b|"
    r"\bno (?:paper|docs)\b|\bnothing (?:is |has been |'s been |was |got )?(?:filed|signed|on paper|in writing)\b|\b(?:not|never|hasn't been|haven't been) filed\b"
)
# "the feds are considering charges": no charge yet, so no warrant either (when no paper is named)
_CHARGES_CONSIDERED = re.compile(
    r"\b(?:considering|thinking about|looking at|weighing|exploring|contemplating|might bring|may bring|could bring|"
    r"planning to (?:bring|file)|plan to (?:bring|file)|want to (?:bring|file)) (?:federal |fed )?charg(?:es|ing)\b|"
    r"\bcharges? (?:are |is )?(?:being )?(?:considered|contemplated)\b"
)
# "the sergeant thinks that makes it basically a warrant": the paper compared to a warrant, not more paper
_COMPARED_TO = re.compile(
    r"\b(?:basically|like|same as|the same as|counts? as|count as|as good as|equivalent (?:of|to)|makes it|treat it as|"
    r"is it|isn't it|not)\s+(?:a |an |the )?(?:real |actual |judicial |judge'?s? )?$|"
    r"\bis (?:an? |the |this |that )?(?:[\w']+ ){0,3}an? (?:real|actual|proper) $"
)
# "a warrant from Bronx Supreme": a state court's warrant, the NYPD's own matter
_STATE_COURT_AFTER = re.compile(
    r"\s*(?:from|out of|issued by) (?:the )?(?:bronx|brooklyn|kings|queens|manhattan|new york|ny|richmond|staten island|"
    r"nassau|suffolk|westchester|state)(?: county)? (?:supreme|criminal|family|county|city|district|local)\b"
)
_FUTURE_WARRANT = re.compile(
    # "when juan gets out, they have a judge warrant": getting out is the release, not a warrant to come
    r"\b(?:will|'ll|going to|gonna|(?:getting|get|gets)(?! out\b)(?! released\b)|waiting (?:on|for)|once|until|till|trying to get|working on|applying for|yet|"
    r"by (?:tomorrow|tonight|tmrw|the morning|morning|noon|the afternoon|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|next|the end|end of|then|\d)|"
    r"obtain|obtaining|should|supposed to|expected to|expects to|hoping to|hopes to|"
    r"on the way|on their way|bringing|coming with|en route)\b"
)
_OWN_WARRANT = re.compile(
    r"\b(?:picked|locked|brought|grabbed|arrested|collared|took|scooped)\b.{0,20}\bon (?:a|an|the|his|her|that|an open)\s*$|"
    r"(?<!federal )(?<!fed )\bbench\s*$|\bour\s*$|\bopen\s*$|\bwarrant squad\b|\bnypd\s*$|\bstate\s*$|"
    r"\b(?:is|was|he's|she's) (?:here|in|held|locked up|in custody|being held) on (?:a|an|the)\s*$"
)
_RULE_AGAINST_ASKING = re.compile(
    r"\b(?:not supposed to|not allowed to|aren't allowed to|are not allowed to|shouldn't|should not|"
    r"we don't|we do not|we never|we're barred from|we are barred from|not permitted to)\s+(?:[\w']+\s+){0,2}$"
)
_STATUS_INQUIRY = re.compile(
    r"\b(?:ask|asks|asked|asking|question|questioned|questioning|inquire|inquired|inquiring|check|checked|checking|find out|see|get|getting|"
    r"run|running|look up|looking up|wants? to know|want to know|needs? to know)\b\s*(?:\(?[\w']+\)?,? |[&+/] ){0,14}"
    r"(?:status|here legally|legal(?:ly)?|illegal(?:ly)?|undocumented|papers|citizens?|citizenship|green card|visa|immigration|documented|"
    r"where (?:s?he|they|hes|shes)(?: is| are|'s|'re)? (?:originally |really |actually )?from|country of birth|born|"
    r"what country (?:s?he|they|hes|shes)(?: is| are|'s|'re)? (?:originally |really |actually )?from)\b|"
    # "status questions ok in the interview?"
    r"\b(?:status|immigration) questions?\b|\bquestions? about (?:his|her|their|immigration) status\b|"
    # "thinks he's undocumented and wants to ask him straight out": the status named first
    r"\b(?:undocumented|here illegally|illegal|status|papers)\b (?:[\w']+,? ){0,8}?(?:ask|question)(?:ing)? (?:him|her|them) "
    r"(?:straight out|straight up|directly|point blank|outright|flat out|about it)\b|"
    # "going to ask him his status ... can I ask hers too": the status elided after a first question
    r"\b(?:ask|check|run|get) (?:hers|theirs|his|her's) (?:too|as well|also)\b"
)
_ASKED_US_TO = re.compile(
    r"\b(?:us|me|our (?:det|dets|detectives?|officers?|partner|squad|guys?)|my partner) to (?:ask|question|find out|check|learn)\b"
)
# "can I ask him", "my partner wants to question her": the officer is the one asking
_WE_ASK = re.compile(
    r"\b(?:can|may|should|could) (?:i|we|my partner|the dt|he)\b|"
    r"\b(?:i|we|my partner|partner|the dt|my sgt|detective|officer|det|our det|the det|my det) (?:wants?|would like|needs?|has|have|am going|is going|"
    r"are going|plans?)(?: to)? (?:ask|question)\b"
)
_HOW_TO_APPLY = re.compile(
    r"\bhow (?:to|do|does|can|could) (?:i |we |she |he |they |you )?(?:apply|get|renew|file|obtain|sponsor|replace|fix|adjust)\b"
)
_AGENCY_ASKS = re.compile(
    r"\b(?:ice|hsi|cbp|dhs|ero|feds?|fbi|dea|atf|agents?|marshals|border patrol|they|them)\b[^.?!;]{0,60}\b(?:ask|asks|asked|asking|wants?|want|need|needs|request)"
)
_VICTIM = re.compile(
    # ("is this also not allowed like with victims?": a comparison, nobody's role)
    r"(?<!like with )(?<!as with )(?<!like for )(?<!same as )(?<!like )\b(?:victims?|vics?|injured|the aided|an aided|(?:car|traffic) accident|witness(?:es)?|complainants?|callers?|reporting|came (?:to us|in) for help|(?:came|come|coming|walked) (?:in|into)"
    r"(?: the (?:pct|precinct|station))? to report|to report|for help|seeking help|asking for help|"
    # a writer new to English: "woman walk in precinct asking help, somebody rob her phone"
    r"ask(?:s|ed|ing)? help|walks? in (?:the |to the |to )?(?:pct|precinct|station)|(?:somebody|someone|they|he|guy) (?:rob|steal|take) (?:her|his|their)|good samaritan|survivor|aided|"
    r"dv|domestic|walked in|came in|called 911|called the police|called us|calling for help|kid is missing|missing (?:child|person|kid)|"
    r"wits?(?= to\b)|testify|testifying|to testify|"
    r"(?:taking|took|take|taken|took down|filed|filing|wrote|writing) (?:a |the |his |her |an )?(?:[\w']+ ){0,2}report (?:from|for)|u[- ]?visa|t[- ]?visa|(?:he|she|they) (?:reported|was robbed|got robbed|was assaulted)|"
    r"robbed|mugged|flagged (?:us|me|him|her|them) down|flagged down|flagged (?:our|the|my) (?:[\w']+ )?(?:rmp|car|unit|radio car) down|"
    r"asking (?:us )?(?:the way|for directions|directions)|eye ?witness(?:es)?|testigos?|v[ií]ctimas?|(?:que|that) vio|vio todo|"
    r"disclosed (?:abuse|assault|that)|abused|abuse victim|who saw (?:it|everything|the whole thing|what happened)|saw (?:everything|the whole thing)|purse snatch\w*|snatched|(?:dv|domestic violence) (?:victim|complainant))\b"
)
# "can I ask the suspect about his status? and the cashier who saw it all, can I ask her too?"
_ASK_ANOTHER_TOO = re.compile(
    r"\b(?:ask|question) (?:him|her|them|the [\w']+) (?:too|also|as well)\b|\b(?:also|and) ask (?:him|her|them|the [\w']+)\b"
)
_BOTH_OF_THEM = re.compile(
    r"\b(?:both(?: of them)?|the two of them|all of them|each of them|them both|them all|either of them)\b"
)
_REASON_AFTER = re.compile(r"\b(?:bc|because|cuz|cause|since)\b.*$")
_SUSPECT = re.compile(
    r"\b(?:suspects?|perps?|defendants?|arrestees?|collars?|collared|targets?|locked up|arrested|the guy we|busted|"
    r"caught|charging|charged|in custody|the seller|(?:i|we) arrest (?:a |the |this |that )?(?:guy|man|woman|lady|him|her|kid|driver)|interrogat\w*|investigating (?:a|the|this|that) \w+|prisoners?|(?:we're|we are|were) holding|"
    r"(?:guy|man|woman|lady|he|she|they) (?:who |that )?(?:also |just |even )?(?:used|using|was using|is using|selling|was selling|sold|had|tried|forged|stole|got caught|opening|opened)|"
    # "guy at the dealer on northern blvd using a fake green card": the fraud names the suspect
    r"(?:guy|man|woman|lady|adult|person|individual|kid|teen|employee|worker) (?:[\w']+ ){0,7}?(?:using|used|uses|with|had|showed|presented|gave|handed|submitted|sold) (?:[\w']+ ){0,2}?(?:a |an )?(?:fake|forged|counterfeit|phony|bogus|altered)|"
    # "got a guy on a fake green card case": police shorthand for someone arrested on it
    r"got (?:a|this|the|one) (?:guy|man|woman|lady|kid|perp|dude) (?:on|for|in) (?:a|an|the|this|that))\b(?!'s\\b)"
)
_REQUEST_WORDS = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|request(?:s|ed|ing)?|needs?|can (?:i|we)|could (?:i|we)|should (?:i|we)|"
    r"e-?mailed (?:for|about|asking)|called (?:for|about|asking)|texted|faxed|reached out|"
    r"may (?:i|we)|ok to|okay to|ok\b|allowed|do (?:i|we)|is it ok|are we|help|would like|looking for)\b|\?"
)
_HELP_ONLY = frozenset({Ask.OPERATIONAL_SUPPORT, Ask.PERSONNEL_ASSIST})
# an officer asking what to do ("now what?"), not a notice that names the word "detainer"
_ASKING_ABOUT_IT = re.compile(
    r"\?|\bnow what\b|\bwhat (?:do|should|can) (?:i|we)\b|\bhow do (?:i|we)\b|\b(?:can|do|should|may) (?:i|we)\b"
)
_ASSAILANT = re.compile(
    r"\b(?:the )?(?:perp|suspect|assailant|attacker|shooter|stabber|guy who|man who|person who|one who)\b"
)
_FOR_THE_OP = re.compile(
    r"\bso (?:they|ice|ero|the agents|the feds|hsi|cbp) can\b|\bfinish (?:the|their) (?:arrest|op)"
)
_DETAINER_TEST = re.compile(r"\btsdb\b|\bwatch ?list\b|\bconvict\w*|\bpriors?\b|\brap\b")
_IMMIGRATION_WORDS = re.compile(r"\b(?:287|immigra\w*|ice|ero|dhs|deport\w*|removal|undocumented)\b")
_INSTEAD_OF_RELEASE = re.compile(
    r"\b(?:instead of|rather than|not|before) (?:releasing|cutting|letting|kicking|turning) (?:him|her|them)\b|"
    r"\binstead of (?:release|cutting (?:him|her|them) loose|letting (?:him|her|them) (?:go|walk))\b"
)
_IN_OUR_CUSTODY = re.compile(
    r"\b(?:our|my) (?:perp|prisoner|arrestee|collar|guy|subject|detainee)\b|\bin (?:our |the )?(?:cells|custody|holding|pens)\b|"
    r"\bat central booking\b|\bwe (?:have|got) (?:him|her|them)\b"
)


@dataclass(frozen=True)
class _Cue:
    ask: Ask
    start: int
    end: int
    hedged: bool


class FactsReader:
    """Reads one `Facts` per request out of a message. `today()` decides "within five years"."""

    def __init__(
        self, offenses: OffenseTable, today: Callable[[], dt.date], semantic: SemanticReader | None = None
    ) -> None:
        self._record = RecordReader(offenses, today)
        self._semantic = semantic

    @property
    def semantic(self) -> SemanticReader | None:
        return self._semantic

    def read(self, question: str) -> Facts:
        """The first request of the message (most messages hold one)."""
        return self.read_message(question)[0]

    def read_message(self, question: str) -> tuple[Facts, ...]:
        """One `Facts` per request, in the order the message names them."""
        text = _set_aside_hypotheticals(normalise(question))
        if _keyboard_mash(text.norm):
            return (Facts(off_topic=True),)  # "sdfg ICE hold hjkl;; detainer qwe": not a question
        parts = clauses(text.norm)
        parties, shared = find_parties(text.norm, parts)
        cues = _ask_cues(text.norm, parts)
        person = self._person_facts(text)
        scopes: list[tuple[Party | None, list[Clause]]] = (
            _request_scopes(text.norm, parties, shared, cues) if parties else [(None, list(parts))]
        )
        split = Counter(id(party) for party, _ in scopes if party is not None)
        read = [
            (
                self._request(
                    text,
                    party,
                    scope,
                    cues,
                    # one agency on two people ("prisoner A: ... TSDB match. prisoner B: just an I-247A"):
                    # each request reads the record in its own words
                    self._person_facts(
                        _without(text, [c for p, other in scopes if p is party for c in other if c not in scope])
                    )
                    if party is not None and split[id(party)] > 1
                    else person,
                    len(scopes) == 1,
                ),
                scope,
            )
            for party, scope in scopes
        ]
        read = _doubt_a_criminal_aim_beside_removal(read, [party for party, _ in scopes])
        read = [
            (facts, scope)
            for facts, scope in read
            for facts in _emergency_apart(
                facts,
                (_unread_in(text.norm, scope, cues) is not None and not _help_in_the_emergency(text.norm, scope, cues))
                or _wants_unread(text.norm, scope, cues),
            )
        ]
        read = [(facts, scope) for facts, scope in read for facts in _custody_apart(facts, scope)]
        if self._semantic is not None:
            read = [(self._semantic.fill(facts, scope, text), scope) for facts, scope in read]
            # "might be undocumented, does that matter?": whether status counts is the question, not an ask
            read = [
                (facts, scope)
                if not (facts.asks & _STATUS_ASKS and _DOES_STATUS_MATTER.search(text.norm))
                or facts.source_of("asks") is not Source.SEMANTIC
                else (facts.with_asks(facts.asks - _STATUS_ASKS), scope)
                for facts, scope in read
            ]
        requests = _drop_empty_duplicates([facts for facts, _ in read])
        if len(requests) == 1 and (both := _SEVERAL_REQUESTERS.search(text.norm)) is not None:
            # "the marshals and <someone we could not name> both want him": a second requester went
            # unread, so what we read of the first can route the message but never permit it
            only = requests[0]
            hedged = {f"asks.{ask.value}": Source.HEDGED for ask in only.asks}
            requests = [
                only.model_copy(
                    update={
                        "sources": {**only.sources, **hedged},
                        "evidence": {**only.evidence, **{k: text.words(*both.span()) for k in hedged}},
                    }
                )
            ]
        return tuple(requests)

    # ------------------------------------------------------------------ one request
    def _request(
        self,
        text: Text,
        party: Party | None,
        scope: list[Clause],
        cues: list[_Cue],
        person: dict[str, tuple[object, str, Source]],
        alone: bool = True,
    ) -> Facts:
        norm = text.norm
        evidence: dict[str, str] = {}
        sources: dict[str, Source] = {}

        def within(position: int) -> bool:
            return any(c.start <= position < c.end for c in scope)

        agency = Agency.UNKNOWN
        if party is not None:
            agency = party.agency
            first = party.mentions[0]
            evidence["agency"] = text.words(first.start, first.end)
            sources["agency"] = Source.HEDGED if party.hedged else Source.STATED
        asks: set[Ask] = set()
        for cue in cues:
            if within(cue.start) and cue.ask not in asks:
                asks.add(cue.ask)
                evidence[f"asks.{cue.ask.value}"] = text.words(cue.start, cue.end)
                sources[f"asks.{cue.ask.value}"] = Source.HEDGED if cue.hedged else Source.STATED
        status = _status_inquiry(norm, scope, party)
        if status is not None:
            ask, start, end, role_said = status
            # cues inside the officer's own question; "... his status, and tell HSI what he says" runs past it
            inquiry_cues = [c for c in cues if within(c.start) and start <= c.start < end and c.end <= end + 5]
            for dropped in (Ask.SHARE_STATUS_INFO, Ask.SHARE_RECORDS):
                said_here = any(c.ask is dropped for c in inquiry_cues)
                if dropped in asks and (said_here or not _agency_wants(norm, scope)):
                    asks.discard(dropped)
                    evidence.pop(f"asks.{dropped.value}", None)
                    sources.pop(f"asks.{dropped.value}", None)
            asks.add(ask)
            evidence[f"asks.{ask.value}"] = text.words(start, end)
            # "can I ask him if he's legal?" without saying who he is: a suspect is not presumed
            sources[f"asks.{ask.value}"] = Source.STATED if role_said else Source.HEDGED
            if party is None:
                agency = Agency.NONE
            elif _ASKED_TO_ASK.search(norm, max(0, start - 40), end):
                # "ICE wants us to ask the suspect about his status": the agency wants the answer
                asks.add(Ask.SHARE_STATUS_INFO)
                evidence["asks.share_status_info"] = text.words(start, end)
                sources["asks.share_status_info"] = Source.STATED
        unread = _unread_in(norm, scope, cues, status[1] if status is not None else None)
        if unread is not None and asks:
            # "the agent wants us to <something we could not read>": what we did read may not be all
            # they ask, so it can refuse or ask but never permit on its own. An emergency is
            # answered at once all the same; the unread ask becomes a request of its own.
            for ask in asks - {Ask.PUBLIC_SAFETY_RESPONSE}:
                if sources.get(f"asks.{ask.value}") is Source.STATED:
                    sources[f"asks.{ask.value}"] = Source.HEDGED
        purpose = self._purpose(text, scope, agency, asks, evidence, sources)
        warrant = _warrant(text, scope, agency, purpose, evidence, sources)
        if (
            purpose is Purpose.UNKNOWN
            and "purpose" not in sources
            and warrant is Warrant.JUDICIAL_CRIMINAL
            and sources.get("warrant") is Source.STATED
            and agency in _NO_IMMIGRATION_CRIMES
        ):
            # a judge's criminal warrant from the FBI, DEA or ATF is a criminal case in so many words;
            # none of them brings entry or re-entry cases (the Marshals serve those: not here)
            purpose = Purpose.CRIMINAL_INVESTIGATION
            evidence["purpose"] = evidence["warrant"]
            sources["purpose"] = Source.STATED
        if (
            purpose is Purpose.UNKNOWN
            and warrant is Warrant.JUDICIAL_IMMIGRATION
            and asks
            and (
                not asks & (_CUSTODY_OR_PREMISES | {Ask.SHARE_CUSTODY_OR_COURT_INFO})
                or asks & {Ask.ACCESS_PRISONER, Ask.OFFICE_SPACE}
            )
        ):
            # "ICE has a magistrate's warrant for him, and wants the family's address" (or a desk to
            # do the paperwork): the warrant is for immigration custody, and what else its agents
            # ask serves the same removal
            purpose = Purpose.CIVIL_IMMIGRATION
            evidence["purpose"] = evidence["warrant"]
            sources["purpose"] = Source.PRESUMED
        if (
            purpose is Purpose.UNKNOWN
            and Ask.INQUIRE_STATUS_SUSPECT in asks
            and (no_crime := _first(_NO_CRIME_OF_OURS, norm, scope, negated_ok=True)) is not None
        ):
            # "traffic stop, nothing else wrong, can I ask if he's here legally": no crime to
            # investigate leaves only the status itself
            purpose = Purpose.CIVIL_IMMIGRATION
            evidence["purpose"] = text.words(*no_crime)
            sources["purpose"] = Source.STATED
        if Ask.DEPUTIZATION_287G in asks and agency in _CRIMINAL_AGENCIES and not _IMMIGRATION_WORDS.search(norm):
            # a DEA or FBI task-force deputation (Title 21, JTTF) is criminal work, not 287(g)
            asks.discard(Ask.DEPUTIZATION_287G)
            asks.add(Ask.JOINT_INVESTIGATION)
            evidence["asks.joint_investigation"] = evidence.pop("asks.deputization_287g")
            sources["asks.joint_investigation"] = sources.pop("asks.deputization_287g")
        if Ask.STOP_OR_ARREST in asks and warrant is Warrant.JUDICIAL_CRIMINAL:
            # arresting someone on a judge's criminal warrant is executing that warrant
            asks.discard(Ask.STOP_OR_ARREST)
            asks.add(Ask.WARRANT_EXECUTION_ASSIST)
            evidence["asks.warrant_execution_assist"] = evidence.pop("asks.stop_or_arrest")
            sources["asks.warrant_execution_assist"] = sources.pop("asks.stop_or_arrest")
        if (
            not asks
            and warrant in (Warrant.DETAINER_ONLY, Warrant.ADMINISTRATIVE)
            and (
                agency in _DHS_FAMILY
                or (agency is Agency.UNKNOWN and warrant is Warrant.DETAINER_ONLY and _ASKING_ABOUT_IT.search(norm))
            )
        ):
            asks.add(Ask.HOLD)  # a detainer is itself the request to hold (only DHS lodges an I-247A)
            evidence["asks.hold"] = evidence["warrant"]
            sources["asks.hold"] = sources["warrant"]
        elif not asks and warrant is Warrant.JUDICIAL_IMMIGRATION:
            # a judge's warrant for immigration custody is a custody request, but the officer has
            # not said which: read as presumed, so it can refuse or ask but never permit
            asks.add(Ask.HOLD)
            evidence["asks.hold"] = evidence["warrant"]
            sources["asks.hold"] = Source.PRESUMED
        elif not asks and warrant is Warrant.UNKNOWN and _first(_HOLD_PAPER, norm, scope) is not None:
            # "paperwork they're calling a hold": a hold is asked, on paper whose signer is unknown
            asks.add(Ask.HOLD)
            evidence["asks.hold"] = evidence.get("warrant", "hold")
            sources["asks.hold"] = Source.PRESUMED
        elif not asks and party is not None and (lodged := _first(_DETAINER, norm, scope)) is not None:
            # "DEA sent some detainer, not sure what kind": a detainer asks for a hold whoever lodges
            # it; read as presumed, so it can refuse or ask but never permit
            asks.add(Ask.HOLD)
            evidence["asks.hold"] = text.words(*lodged)
            sources["asks.hold"] = Source.PRESUMED
        elif not asks and "warrant" in evidence and _IN_OUR_CUSTODY.search(" ".join(c.text for c in scope)):
            # a warrant for someone in our cells implies they want custody, but the officer has
            # not said so: read as presumed, so it can refuse or ask but never permit
            asks.add(Ask.TRANSFER_CUSTODY)
            evidence["asks.transfer_custody"] = evidence["warrant"]
            sources["asks.transfer_custody"] = Source.PRESUMED
        facts: dict[str, object] = {}
        for name, (value, words, source) in person.items():
            facts[name] = value
            if words:
                evidence[name] = words
                sources[name] = source
        requested = bool(_REQUEST_WORDS.search(norm))
        off_topic = (
            not asks
            and (party is None or not requested)
            and not (TOPIC_TERMS.search(norm) and requested and party is not None)
        )
        if not asks and party is None and status is None:
            off_topic = True
        if party is None and asks == {Ask.PUBLIC_SAFETY_RESPONSE} and not TOPIC_TERMS.search(norm):
            off_topic = True  # an emergency with no federal agency in it is not a question for this bot
        if party is None and asks == {Ask.SHARE_CUSTODY_OR_COURT_INFO} and not TOPIC_TERMS.search(norm):
            off_topic = True  # "where do I get the OT slip for a court appearance": our own paperwork
        if party is None and _OWN_ADMIN.search(norm) and not _IMMIGRATION_WORDS.search(norm):
            off_topic = True  # "the OT rate if I get held over on a 4x12": pay and schedules, nobody federal
        if party is None and asks and asks <= _HELP_ONLY and not TOPIC_TERMS.search(norm):
            off_topic = True  # "the lt is looking for them (the car keys)": help asked, but of nobody federal
        if not asks and _NOTHING_ASKED.search(norm):
            off_topic = True  # "ICE parked outside all afternoon, nobody asked us for anything, just fyi"
        if not alone:
            off_topic = False  # one of several requests: what it asks is unclear, so it is asked about
        return Facts(
            agency=agency,
            asks=frozenset(asks),
            warrant=warrant,
            purpose=purpose,
            off_topic=off_topic,
            evidence=evidence,
            sources=sources,
            **facts,
        )

    def _person_facts(self, text: Text) -> dict[str, tuple[object, str, Source]]:
        """The person's record: shared by every request of the message."""
        found: dict[str, tuple[object, str, Source]] = {}
        for name, reading in (
            ("conviction", self._record.conviction(text)),
            ("tsdb_match", self._record.tsdb(text)),
            ("prior_removal_reentry", self._record.reentry(text)),
        ):
            source = Source.HEDGED if reading.hedged else Source.STATED
            found[name] = (reading.value, reading.words, source)
        return found

    # ------------------------------------------------------------------ purpose
    @staticmethod
    def _purpose(
        text: Text,
        scope: list[Clause],
        agency: Agency,
        asks: set[Ask],
        evidence: dict[str, str],
        sources: dict[str, Source],
    ) -> Purpose:
        norm = text.norm

        def found(value: Purpose, start: int, end: int, hedged: bool = False) -> Purpose:
            evidence["purpose"] = text.words(start, end)
            sources["purpose"] = Source.HEDGED if hedged else Source.STATED
            return Purpose.UNKNOWN if hedged else value

        crime = _first(IMMIGRATION_CRIME, norm, scope)
        if crime is not None:
            return found(Purpose.IMMIGRATION_CRIME, *crime)
        civil = _first(CIVIL_STRONG, norm, scope)
        if civil is not None and _DOES_STATUS_MATTER.search(_sentence_of(norm, *civil)):
            civil = None  # "do I need to check his immigration status first?": the officer's question
        cue = _criminal_cue(norm, scope, agency=agency)
        denied = _first(CRIMINAL_DENIED, norm, scope, negated_ok=True)
        if denied is not None and cue is not None and cue[0] >= denied[0] and cue[1] <= denied[1] + 40:
            cue = None
        criminal = (cue[0], cue[1]) if cue else None
        weak_criminal = bool(cue and cue[2])
        doubted_aim = _doubted_explicit(norm, scope)
        if criminal is not None and doubted_aim is not None and not CRIMINAL_EXPLICIT.search(norm, *criminal):
            # "might be for a criminal case, might not": the aim itself is in doubt, whatever crime is named
            return found(Purpose.UNKNOWN, *doubted_aim, hedged=True)
        unstated = _first(_PURPOSE_UNSTATED, norm, scope, negated_ok=True)
        if (
            criminal is not None
            and unstated is not None
            and (
                any(
                    CRIME_TERMS.match(norm, named.end())
                    for subject in _RECORD_SUBJECT.finditer(norm, max(0, criminal[0] - 40), criminal[1])
                    for words in _PLACE_WORDS
                    if (named := words.match(norm, subject.end())) is not None
                )
                # "the same robbery reports ... he not say why": the crime names the reports
                or any(_RECORD_AFTER_CRIME.match(norm, m.end()) for m in CRIME_TERMS.finditer(norm, *criminal))
            )
        ):
            # "the complaint report on a robbery from March, didn't say why": the crime is what the
            # record is about; why they want it is what the officer says is unknown
            return found(Purpose.UNKNOWN, *unstated)
        if (
            criminal is not None
            and civil is None
            and unstated is not None
            and _OUR_OPERATION_BEFORE.search(norm[max(0, criminal[0] - 60) : criminal[0]])
        ):
            # "ride w our narcotics team on a buy-and-bust, didn't say what it's for": the crime is
            # our own operation; why the agency wants in is what the officer says is unknown
            return found(Purpose.UNKNOWN, *unstated)
        if criminal is not None and unstated is not None and _VAGUE_CASE.fullmatch(norm[criminal[0] : criminal[1]]):
            # "they wouldn't say what it's about, just that it's a federal case": no aim was given
            return found(Purpose.UNKNOWN, *unstated, hedged=True)
        removal_arm = agency is Agency.ICE_ERO
        if civil is None and criminal is not None and not weak_criminal:
            civil = _expected_outcome(norm, scope)  # "framed as trafficking, but most will probably be removed"
        if civil is not None and criminal is not None and not weak_criminal:
            return found(Purpose.MIXED, min(civil[0], criminal[0]), max(civil[1], criminal[1]))
        if removal_arm and criminal is not None and not weak_criminal:
            # ERO is the civil removal arm: its involvement in a "criminal" request blurs the purpose.
            return found(Purpose.MIXED, *criminal)
        if civil is not None:
            return found(Purpose.CIVIL_IMMIGRATION, *civil)
        if criminal is not None and (not weak_criminal or agency in _CRIMINAL_AGENCIES):
            return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
        ours = criminal is not None and _OUR_OR_MY_BEFORE.search(norm[max(0, criminal[0] - 20) : criminal[0]])
        if (
            criminal is not None
            and weak_criminal
            and not removal_arm
            and not ours
            and Ask.JOINT_INVESTIGATION in asks
            and asks <= {Ask.JOINT_INVESTIGATION, Ask.ACCESS_PREMISES}  # an interview it joins in our house
        ):
            # "keep working cases on the HSI child exploitation task force": the joint work is that unit's;
            # "a joint op with our gang unit" names our unit, not the agency's aim
            return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
        if criminal is not None and weak_criminal and not removal_arm and asks & _SPACE_FOR_A_UNIT:
            # "run their child exploitation unit out of our room": the space serves that unit's work
            return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
        if unstated is not None and not removal_arm:
            # "they didn't say what for": the officer tells us the purpose is unknown, so none is
            # presumed; ERO, the removal arm, stays presumed civil (a presumption refuses, never permits)
            return found(Purpose.UNKNOWN, *unstated)
        if criminal is not None and not removal_arm:
            # only the unit's name ("our gang task force"): what the team works on. With the case
            # named as the reason ("for the case we're working") it is that unit's criminal case.
            case = _first(_CASE_MENTION, norm, scope)
            if case is not None:
                return found(Purpose.CRIMINAL_INVESTIGATION, min(criminal[0], case[0]), max(criminal[1], case[1]))
            if (
                agency in _DHS_FAMILY
                and not ours
                and _AGENCY_NAMED_BEFORE.search(norm[max(0, criminal[0] - 40) : criminal[0]])
            ):
                # "HSI child exploitation unit wants the 911 call": the unit's line of work, presumed as
                # the table presumes from an agency; it can route the request (R4d, R3d, R12) but
                # never carry a permission
                evidence["purpose"] = text.words(*criminal)
                sources["purpose"] = Source.PRESUMED
                return Purpose.CRIMINAL_INVESTIGATION
            return found(Purpose.UNKNOWN, *criminal, hedged=True)
        if asks and asks <= {Ask.PUBLIC_SAFETY_RESPONSE}:
            return Purpose.PUBLIC_SAFETY
        weak = _first(CIVIL_WEAK, norm, scope)
        if weak is not None and (agency in _DHS_FAMILY or agency is Agency.FEDERAL):
            return found(Purpose.CIVIL_IMMIGRATION, *weak)
        doubted_criminal = _criminal_cue(norm, scope, allow_doubt=True, agency=agency)
        if doubted_criminal is not None:
            return found(Purpose.UNKNOWN, doubted_criminal[0], doubted_criminal[1], hedged=True)
        if denied is not None:
            # "no criminal charges at all": the officer says there is no criminal purpose, so
            # none is presumed from the agency either.
            return found(Purpose.UNKNOWN, *denied)
        paper = _first(_ADMIN, norm, scope) or _first(_DETAINER, norm, scope)
        if (
            paper is not None
            and agency is Agency.FEDERAL
            and not _ADMIN.search(norm)
            and not _ICE_DETAINER_FORM.search(norm)
        ):
            # "the feds lodged a detainer": the FBI and the Marshals lodge detainers too; which
            # agency, and on what, is what to ask
            return found(Purpose.UNKNOWN, *paper, hedged=True)
        if paper is not None and agency in _DHS_FAMILY | {Agency.FEDERAL, Agency.UNKNOWN}:
            # an I-200, I-205 or detainer is civil immigration paperwork: the operation it serves is civil
            return found(Purpose.CIVIL_IMMIGRATION, *paper)
        return Purpose.UNKNOWN


# ---------------------------------------------------------------------- asks
def _ask_cues(norm: str, parts: tuple[Clause, ...]) -> list[_Cue]:
    """Every ask the message states, with where; negated ones left out, doubted ones marked."""
    cues: list[_Cue] = []
    present = STRONG_ASKS.literals_in(norm)
    for ask in STRONG_ASKS.keys:
        for match in STRONG_ASKS.finditer(ask, norm, present):
            if is_negated(norm, match.start()) and not _negation_is_the_ask(ask, norm, match.start()):
                continue
            cues.append(_Cue(ask, match.start(), match.end(), is_doubted_ask(norm, match.start(), match.end())))
    strong_at = {(c.start, c.end) for c in cues}
    present = WEAK_ASKS.literals_in(norm)
    for ask in WEAK_ASKS.keys:
        for match in WEAK_ASKS.finditer(ask, norm, present):
            if any(s <= match.start() < e for s, e in strong_at) or is_negated(norm, match.start()):
                continue
            clause = next((c for c in parts if c.start <= match.start() < c.end), None)
            if clause is None or not REQUEST_CONTEXT.search(
                norm, _object_list_start(norm, parts, clause), match.start()
            ):
                continue
            if _OURS_BEFORE.search(norm[max(clause.start, match.start() - 30) : match.start()]):
                continue  # "a kid we had an incident report on": our paperwork, named in passing
            if _EVENT_BEFORE.search(norm[max(clause.start, match.start() - 30) : match.start()]):
                continue  # "keep working cases with HSI after the DOI report": a moment in time
            if match.group(0) in ("details", "info", "information") and _TOLD_LATER.match(norm, match.end()):
                continue  # "details when he gets here": what the agent will tell us, not what we give
            if _WRITING_BEFORE.search(norm[max(clause.start, match.start() - 30) : match.start()]):
                continue  # "surveillance and writing reports", "help write the federal complaint": work, not sharing
            if match.group(0) == "record" and _ON_RECORD_BEFORE.search(
                norm[max(0, match.start() - 12) : match.start()]
            ):
                continue  # "just want it on record": an idiom, not a record asked for
            cues.append(_Cue(ask, match.start(), match.end(), is_doubted_ask(norm, match.start(), match.end())))
    cues += _interviews_of_ours(norm, cues)
    cues = [c for c in cues if c.ask is not Ask.PUBLIC_SAFETY_RESPONSE or _happening_now(norm, c)]
    # "don't know if anybody's hurt": an emergency in doubt is no emergency read
    cues = [
        c
        for c in cues
        if c.ask is not Ask.PUBLIC_SAFETY_RESPONSE
        or not _EMERGENCY_DOUBTED.search(norm[max(0, c.start - 40) : c.start])
    ]
    # "the suspect might be undocumented, does that matter?": the officer asks whether status counts
    cues = [
        c
        for c in cues
        if c.ask not in (Ask.SHARE_STATUS_INFO, Ask.INQUIRE_STATUS_SUSPECT)
        or not _DOES_STATUS_MATTER.search(_sentence_of(norm, c.start, c.end))
    ]
    # "in my fraud interview the perp admitted ...": our own interview, named as the moment something was said
    cues = [
        c
        for c in cues
        if c.ask is not Ask.ACCESS_PRISONER or not _OUR_EVENT_BEFORE.search(norm[max(0, c.start - 30) : c.start])
    ]
    # "saw on the news some sheriff signed a 287(g) deal": something told, not asked of us
    cues = [c for c in cues if not _NEWS_BEFORE.search(norm[max(0, c.start - 80) : c.start].split(".")[-1])]
    # "saw 287(g) on the news ... can precincts opt in": the news names the program, the question asks to join it
    if (
        _PROGRAM_287G.search(norm)
        and not any(c.ask is Ask.DEPUTIZATION_287G for c in cues)
        and (join := _OPT_IN.search(norm)) is not None
    ):
        cues.append(_Cue(Ask.DEPUTIZATION_287G, join.start(), join.end(), False))
    # "two desks at the precinct for agents working a joint gang case": the joint case says what
    # something else serves. Beside another ask it is that ask's purpose; alone, the thing it serves
    # went unread, so it can route the request but never permit it.
    served = [
        c
        for c in cues
        if c.ask is Ask.JOINT_INVESTIGATION and _JOINT_CASE_SERVED.search(norm[max(0, c.start - 30) : c.start])
    ]
    if served:
        others = [c for c in cues if c.ask is not Ask.JOINT_INVESTIGATION]
        beside_another = [c for c in served if _any_in_sentence(norm, c, others)]
        cues = [c if c not in served else _Cue(c.ask, c.start, c.end, True) for c in cues if c not in beside_another]
    # "ERO wanted a heads up when he walked out but they dropped it": an ask withdrawn, finished or never made
    cues = [c for c in cues if not _WITHDRAWN.search(_sentence_after(norm, c.end))]
    # "some guy punched an agent ... they want us to grab him": arresting the attacker is the response
    attacks = [c for c in cues if c.ask is Ask.PUBLIC_SAFETY_RESPONSE]
    if attacks and not CIVIL_STRONG.search(norm) and not _DETAINER.search(norm) and not _ADMIN.search(norm):
        cues = [
            _Cue(Ask.PUBLIC_SAFETY_RESPONSE, c.start, c.end, c.hedged)
            if c.ask is Ask.STOP_OR_ARREST
            and _THE_ATTACKER.search(norm[c.start : c.end])
            and any(a.end <= c.start and c.start - a.end < 160 for a in attacks)
            else c
            for c in cues
        ]
    # "keep our prisoner past arraignment so they can grab him": what the agents will do, not an ask of us
    cues = [
        c
        for c in cues
        if c.ask is not Ask.OPERATIONAL_SUPPORT
        or not (_THEIR_PLAN.match(norm, c.start) or _THEIR_PLAN_BEFORE.search(norm[max(0, c.start - 30) : c.start]))
    ]
    # "we grabbed him at the car wash where he works": a place described, not an address asked for
    cues = [
        c
        for c in cues
        if not (
            c.ask is Ask.SHARE_RECORDS
            and norm.startswith("where", c.start)
            and _PLACE_BEFORE_WHERE.search(norm[max(0, c.start - 40) : c.start])
        )
    ]
    # "shots fired at an HSI team serving a warrant": what the agents were doing when it happened,
    # not something they ask of us
    if attacks:
        cues = [
            c
            for c in cues
            if c.ask not in (Ask.WARRANT_EXECUTION_ASSIST, Ask.STOP_OR_ARREST, Ask.OPERATIONAL_SUPPORT)
            or not _AGENTS_AT_WORK_BEFORE.search(norm[max(0, c.start - 40) : c.start])
            or not _AT_WORK.match(norm, c.start)
        ]
    # "3 guys beating on an ICE agent ... radio says 10-85": the call for help is the emergency itself
    if attacks:
        cues = [
            _Cue(Ask.PUBLIC_SAFETY_RESPONSE, c.start, c.end, c.hedged)
            if c.ask is Ask.OPERATIONAL_SUPPORT
            and (
                _HELP_CALL.fullmatch(norm[c.start : c.end])
                or (_ROAD_CLOSED.match(norm, c.start) and not CIVIL_STRONG.search(norm) and not _ADMIN.search(norm))
            )
            else c
            for c in cues
        ]
    # "they want the casings and the ballistics report. ok to release to them?": the thing released
    # is the evidence named, not a person
    if any(c.ask is Ask.SHARE_RECORDS for c in cues) and not _IN_OUR_CUSTODY.search(norm):
        cues = [
            c for c in cues if not (c.ask is Ask.TRANSFER_CUSTODY and _NO_PERSON_HANDED.match(norm[c.start : c.end]))
        ]
    # "release the gun to them": a thing named is handed over, which is sharing evidence
    cues = [
        _Cue(Ask.SHARE_RECORDS, c.start, c.end, c.hedged)
        if c.ask is Ask.TRANSFER_CUSTODY and _THING_HANDED.match(norm, c.start)
        else c
        for c in cues
    ]
    # driving our own prisoner to the agency's office is handing them over, whatever the verb
    cues += [
        _Cue(Ask.TRANSFER_CUSTODY, c.start, c.end, c.hedged)
        for c in cues
        if c.ask is Ask.TRANSPORT and _taken_to_them(norm, c)
    ]
    # a room for an hour's briefing or an interview is access arranged by us, not working space
    cues = [
        _Cue(Ask.ACCESS_PREMISES, c.start, c.end, c.hedged)
        if c.ask is Ask.OFFICE_SPACE
        and (_SHORT_USE.search(norm, c.end, c.end + 50) or _MEETING_HELD.search(norm, c.start, c.end))
        else c
        for c in cues
    ]
    # "we'd set up the interview at the pct and sit in": an interview in our house is access we arrange
    # (beside a warrant it is left alone: R1c's entry on a judge's warrant is not what is asked)
    if not any(c.ask in (Ask.ACCESS_PREMISES, Ask.OFFICE_SPACE) for c in cues) and "warrant" not in norm:
        for cue in [c for c in cues if c.ask is Ask.JOINT_INVESTIGATION and _MEETING.search(norm, c.start, c.end)]:
            left, right = _sentence_bounds(norm, cue.start, cue.end)
            place = _AT_OUR_HOUSE.search(norm, left, right)
            if place is not None:
                cues.append(_Cue(Ask.ACCESS_PREMISES, place.start(), place.end(), cue.hedged))
                break
    # "he needs 'some help' with a subject, he'll explain the rest": help with nothing named is no
    # ask yet; beside a named ask it adds nothing, alone it can refuse but never permit
    vague = [
        c
        for c in cues
        if c.ask is Ask.OPERATIONAL_SUPPORT
        and _VAGUE_HELP.search(norm, c.start, c.end)
        and not _HELP_DOING.match(norm, c.end)
        and not _any_in_sentence(norm, c, [o for o in cues if o is not c])
    ]
    cues = [c if c not in vague else _Cue(c.ask, c.start, c.end, True) for c in cues]
    # "confirm if he's a citizen per our arrest paperwork, just citizenship": the records are where
    # the answer is looked up; the status alone is asked (R9)
    if any(c.ask is Ask.SHARE_STATUS_INFO for c in cues) and _ONLY_STATUS.search(norm):
        cues = [
            c
            for c in cues
            if c.ask is not Ask.SHARE_RECORDS
            or not (
                _LOOKUP_SOURCE.search(norm, c.start, c.end)
                or _RUN_A_NAME.match(norm, c.start)
                or _SOURCE_BEFORE.search(norm[max(0, c.start - 25) : c.start])
            )
        ]
    cues = _resolve(norm, cues, parts)
    return sorted(cues, key=lambda c: (c.start, c.ask.value))


_TOLD_LATER = re.compile(r"\s+(?:when|once|later|to follow|to come|tomorrow|after|as soon as)\b")
_WRITING_BEFORE = re.compile(
    r"\b(?:writ(?:e|es|ing)|draft(?:s|ing)?|prepar(?:e|es|ing)|typ(?:e|es|ing)) (?:up )?(?:the |a |an |our |their |his |her |some )?(?:[\w']+ )?$"
)
_INCIDENTAL_BEFORE = re.compile(
    r"\b(?:in|from|of|about|after|during|re:?|regarding|on|at|for|since|before|over|witness(?:es)? to|witnessed)\s+(?:the|a|an|that|this|last|"
    r"yesterday's|his|her|their|a recent|an old)\s+(?:[\w']+\s+)?$"
)
_INCIDENTAL_AFTER = re.compile(
    r"^\s*(?:[\w']+\s+)?(?:report|reports|case|investigation|footage|video|file|paperwork|victims?)\b"
)
_EVENT_NOUN = re.compile(
    r"(?:crash|crashed|collision|accident|wreck|rollover|pileup|shooting|stabbing|fire|riot|fight|brawl|emergency|"
    r"emergencies|assault|incident)"
)
_PAST_CASE = re.compile(
    r"\b(?:warrant|charged|charges?|indict\w*|convict\w*|wanted for|arrested for|case|prior|record|history)\b"
)
_NOW = re.compile(
    r"\b(?:now|right now|rn|just|currently|happening|in progress|on scene|on my post|we're|we are|i'm|i am|headed|"
    r"responding|here|there|waving|going|is|are|being|getting|still|pinned|under fire|ongoing|active|over the air|"
    r"on the air|10-13|(?:agent|officer|cop|fed)s? (?:is |are )?down)\b|-ing\b"
)


_RECORD_SHOWS = re.compile(
    r"\s*(?:[\w']+ ){0,2}(?:shows?|says?|lists?|has (?:him|her|them) (?:as|down as)|puts? (?:him|her|them) (?:as|down as))\b"
)


_INTERVIEW_PRONOUN = re.compile(r"\b(?:interview|question|debrief|interrogate) (?:him|her|them)\b")
_OURS_NAMED = re.compile(r"\b(?:our|my) (?:[\w']+ )?(?:prisoner|collar|arrestee|detainee|perp)\b")


def _interviews_of_ours(norm: str, cues: list[_Cue]) -> list[_Cue]:
    """ "Our prisoner is charged with ... HSI wants to interview him": the person named a sentence
    before is ours, so the interview is access to a prisoner (the cue is the interview's words)."""
    found: list[_Cue] = []
    for match in _INTERVIEW_PRONOUN.finditer(norm):
        if any(c.start <= match.start() < c.end for c in cues) or is_negated(norm, match.start()):
            continue
        if _OURS_NAMED.search(norm, max(0, match.start() - 250), match.start()):
            found.append(_Cue(Ask.ACCESS_PRISONER, match.start(), match.end(), is_doubted_ask(norm, *match.span())))
    return found


def _when_of(norm: str, handover: _Cue, cue: _Cue) -> bool:
    """ "pick him up from the pct when we cut him loose": a 'when' after a hand-over is its time."""
    return (
        norm.startswith("when ", cue.start)
        and 0 <= cue.start - handover.end < 60
        and not _SENTENCE_END.search(norm, handover.end, cue.start)
    )


_ASKED_TO_ASK = re.compile(
    r"\b(?:us|me|officers?|cops?|our (?:guys|detectives?|officers?)) to (?:ask|question|find out|check)\b"
)
_NO_PERSON_HANDED = re.compile(
    r"(?:releas\w*|turn\w* over|hand\w* over|hand|give|giving|pass\w*) (?:it |them |those |these )?(?:over )?(?:to\b|\s*\?)|"
    r"(?:turn|hand)(?:ed|ing|s)? (?:it |them |those |these )?over\s*(?:$|[?.!])"
)
_THING_HANDED = re.compile(
    r"(?:releas\w*|turn\w*|hand\w*|give|giving|pass\w*) (?:over )?(?:the|that|this|our|those|these) (?:[\w']+ )?"
    r"(?:gun|guns|weapon|firearm|pistol|rifle|9mm|glock|evidence|phone|phones|drugs|casings?|footage|video|report|reports|history|"
    r"file|files|property|car|vehicle|bag|items?|laptop|device|devices|cash|money|records?) (?:over )?to\b"
)
_HELP_CALL = re.compile(r"10-85|10-13|respond(?:ing)? (?:to )?(?:and )?assist")
_THE_ATTACKER = re.compile(
    r"\b(?:him|her|them|the (?:guy|man|woman|person|kid|dude|male|female|attacker|assailant|shooter|perp|driver|cousin|suspect)s?)\s*$"
)
_OUR_CUSTODY = re.compile(
    r"\b(?:our|my) (?:[\w']+ )?(?:guy|prisoner|arrestee|collar|perp|male|female|defendant|detainee|subject|kid)\b|"
    r"\bbefore (?:we|you|they) (?:release|cut|let)\b|\b(?:we|you) (?:have|got|are holding|'re holding) (?:him|her|them)\b|"
    r"\b(?:from|in|out of) (?:our |the )?(?:cells|holding|central booking|lock-?up|custody)\b|"
    r"\b(?:when|after|once) (?:we're|we are|we get) (?:done|finished|through)\b|\bafter (?:processing|arraignment|booking)\b"
)
_THEIR_PERSON = re.compile(
    r"\b(?:their|ice'?s?|ero'?s?|the agents'?) (?:[\w']+ )?(?:detainees?|prisoners?|arrestees?|guy|target)\b"
)


_SEVERAL_REQUESTERS = re.compile(
    r"\b(?:both|the two of them|two (?:different )?agencies|2 (?:different )?agencies|each of them) "
    r"(?:want|wants|are asking|asked|asking|have|need|are after|showed up|came)\b"
)
_ON_RECORD_BEFORE = re.compile(r"\b(?:on|off) (?:the )?$")
_JOINT_CASE_SERVED = re.compile(r"\b(?:for|agents working|people working|guys working) (?:a|an|the|their|its)\s*$")


def _any_in_sentence(norm: str, cue: _Cue, others: list[_Cue]) -> bool:
    """Whether any of `others` starts in the sentence of `cue`."""
    start, end = _sentence_bounds(norm, cue.start, cue.end)
    return any(start <= other.start < end for other in others)


def _taken_to_them(norm: str, cue: _Cue) -> bool:
    """A transport that hands a person over: our own prisoner driven to the agency, or "him" taken
    there "instead of releasing him" when the message is about our arrestee."""
    sentence = _sentence_of(norm, cue.start, cue.end)
    if _ours_in_custody(sentence):
        return True
    if _TO_FEDERAL_SITE.search(norm, cue.end, cue.end + 60):
        return True  # "drive a guy to 26 Fed Plaza for them": delivered into their custody
    return bool(
        _INSTEAD_OF_RELEASE.search(sentence) and not _THEIR_PERSON.search(sentence) and _IN_OUR_CUSTODY.search(norm)
    )


_TO_FEDERAL_SITE = re.compile(
    r"\bto (?:26 fed(?:eral)? plaza|federal plaza|their (?:office|building|field office|facility|hq|headquarters|processing center)|"
    r"the (?:federal building|fbi office|field office|mdc|mcc|federal courthouse)|mdc|mcc|500 pearl|225 cadman)\b"
)


def _ours_in_custody(sentence: str) -> bool:
    return bool(_OUR_CUSTODY.search(sentence)) and not _THEIR_PERSON.search(sentence)


def _object_list_start(norm: str, parts: tuple[Clause, ...], clause: Clause) -> int:
    """Where the verb of a clause's nouns may be: "wants the casings and the ballistics report"
    is cut into two clauses at "and", and the second one's verb is in the first."""
    index = parts.index(clause)
    while index > 0 and (
        # "(1) our DD5s ..., (2) alerts on ...": the clause cut out for a list marker is no stop
        _BARE_MARKER.fullmatch(parts[index - 1].text)
        or _BARE_MARKER.fullmatch(parts[index].text)
        or _LIST_JOIN.fullmatch(norm, parts[index - 1].end, parts[index].start)
        or (
            # "wants 2 things on our prisoner: the home address ..., and whether ...": a list announced
            _LIST_COLON.fullmatch(norm, parts[index - 1].end, parts[index].start)
            and _LIST_ANNOUNCED.search(parts[index - 1].text)
        )
    ):
        index -= 1
    if _ORDINAL_ITEM.match(norm, clause.start):
        # "HSI wants 2 things. First our DD5s. Second ...": the verb announced the list
        announced = [m for m in _LIST_ANNOUNCED.finditer(norm, max(0, clause.start - 300), clause.start)]
        if announced:
            return min(parts[index].start, announced[-1].start())
    return parts[index].start


_LIST_JOIN = re.compile(r",?\s*(?:and|&|plus)?(?: also| then| too)?\s*(?:\(?\d\)|\(?[a-d]\))?\s*|,?\s*also\s*")
_LIST_COLON = re.compile(r":\s*(?:\(?\d\)|\(?[a-d]\))?\s*")
_BARE_MARKER = re.compile(r"\s*\(?(?:[1-9]|[a-e])\)?\s*")
_ORDINAL_ITEM = re.compile(r"\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|\(?\d\)|\(?[a-d]\)|\d\.|#\d)[\s,:.-]")
_LIST_ANNOUNCED = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking (?:for|about)|requests?|requested|needs?) (?:us for |me for )?(?:(?:\d|two|three|four|a couple of|a few|several) "
    r"(?:things|requests|asks|items|favors)|the following)\b"
)


def _sentence_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    left = max(norm.rfind(mark, 0, start) for mark in ".;!?")
    right = min((i for i in (norm.find(mark, end) for mark in ".;!?") if i != -1), default=len(norm))
    return left + 1, right


def _sentence_of(norm: str, start: int, end: int) -> str:
    left, right = _sentence_bounds(norm, start, end)
    return norm[left:right]


_RECORD_WORDS = re.compile(
    r"\b(?:convict\w*|prior|priors|record|pled|pleaded|plea|rap sheet|did time|history)\b|"
    # "subject only got an assault third from 2025", "our prisoner is 22, had a robbery case at 17"
    r"\b(?:only|just) (?:got|has|had) (?:an? |one )?$|"
    r"\b(?:he|she|they|prisoner|perp|guy|subject|defendant|arrestee|\d\d)(?:,)? (?:had|has) (?:an? |one )?$"
)
_PROGRAM_287G = re.compile(r"\b287 ?\(? ?g\b|\btwo[- ]?eighty[- ]?seven[- ]?\(? ?g\b")
_OPT_IN = re.compile(
    r"\b(?:can|could|should|may) (?:we|nypd|the nypd|precincts?|pcts?|commands?|the department|our (?:pct|precinct|command)) "
    r"(?:[\w']+ ){0,2}(?:opt in|opt into|sign up|enroll|participate|join|do (?:that|it|the same|this))\b|"
    r"\b(?:we|nypd|precincts?|pcts?|commands?|the department)\b (?:[\w']+ ){0,2}(?:can|could|should|may) (?:[\w']+ )?"
    r"(?:opt in|opt into|sign up|enroll|participate|join|do (?:that|it|the same|this))\b"
)
_NEWS_BEFORE = re.compile(
    r"\b(?:saw|seen|read|heard|watched)\b (?:[\w']+ ){0,3}(?:on|in) (?:the )?(?:news|tv|paper|papers|post|daily news|twitter|x|"
    r"article|radio)\b|\b(?:in|on) the news\b|\b(?:news|article|story|report) (?:says?|said|about)\b|\bread (?:an|the|that) article\b"
)
_WITHDRAWN = re.compile(
    r"\b(?:(?:they|he|she|ice|ero|hsi|the agents?|the feds|dhs|fbi|dea|and|and then|but then|then)\s+(?:dropped|withdrew|cancell?ed|called off|pulled|took back) "
    r"(?:it|that|the request|the ask|that request)|called it off|"
    r"(?:nobody|no one|noone)(?: from [\w']+)? (?:has |had |ever |actually )?(?:asked|requested|called)|"
    r"(?:nobody|no one|noone) has(?: so far| yet)|(?:that'?s|thats|it'?s|its) (?:all )?(?:done|over|finished|closed)|never mind)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_NOT_WITHDRAWN = re.compile(
    r"\b(?:now|instead|but (?:now )?(?:they|he|she) (?:want|wants|ask|asks|asked|need|needs))\b"
)


def _sentence_after(norm: str, end: int) -> str:
    """The rest of the cue's sentence, up to a turn to a new ask ("... but now they want the file")."""
    cut = _SENTENCE_END.search(norm, end)
    rest = norm[end : cut.start() if cut else len(norm)]
    turn = _NOT_WITHDRAWN.search(rest)
    return rest[: turn.start()] if turn else rest


_CHARGE_BEFORE = re.compile(
    r"\b(?:charges?|charged|wanted|warrant|indicted|arrested|convicted|pled|pleaded|case)\b (?:is |was |are |were )?"
    r"(?:for |of |with |on |to )?(?:[\w']+ )?$"
)


def _happening_now(norm: str, cue: _Cue) -> bool:
    """An emergency read from words that describe it happening, not a past event or a charge."""
    before = norm[max(0, cue.start - 40) : cue.start]
    event = _EVENT_NOUN.fullmatch(norm[cue.start : cue.end])
    if event and (_INCIDENTAL_BEFORE.search(before) or _INCIDENTAL_AFTER.search(norm[cue.end : cue.end + 25])):
        return False  # "the driver in the crash", "the shooting report": an event named, not happening
    if _CHARGE_BEFORE.search(before):
        return False  # "the charge is assaulting a federal officer": a crime named, not happening
    if _PAST_REF_BEFORE.search(before):
        return False  # "the guy from last night's 10-10": an earlier job named, not happening now
    sentence = _sentence_of(norm, cue.start, cue.end)
    return not (_PAST_CASE.search(sentence) and not _NOW.search(sentence))


_PAST_REF_BEFORE = re.compile(
    r"\b(?:last night'?s|yesterday'?s|this morning'?s|the other day'?s|last week'?s|earlier|"
    r"from (?:the|last|yesterday'?s|last night'?s|this morning'?s))\s+(?:[\w']+\s+)?$"
)
_SHORT_USE = re.compile(
    r"\bfor (?:a |an |the )?(?:\d+ ?(?:hr|hrs|hour|hours|min|mins|minutes)|briefing|meeting|interview|quick|couple (?:of )?hours|few hours|the afternoon|the morning)\b"
)
_VAGUE_HELP = re.compile(r"\b(?:help|assistance|support|a hand|a favor)\W*$")
_HELP_DOING = re.compile(r"\s+(?:in |with |on )?(?:the |a )?\w+ing\b")  # "our help grabbing him": a named act
_ONLY_STATUS = re.compile(
    r"\b(?:just|only) (?:the |his |her )?(?:citizen(?:ship)?|status|y/n|yes or no|a yes or no|whether)\b|\bnothing else\b|"
    r"\bthat'?s (?:all|it)\b|\bthats (?:all|it)\b"
)
_LOOKUP_SOURCE = re.compile(r"\b(?:systems?|database|records?|paperwork|files?)\b")
_RUN_A_NAME = re.compile(r"run (?:a|the|this|that) (?:person|name|guy)\b")
_SOURCE_BEFORE = re.compile(
    r"\b(?:per|from|in|on|according to|thru|through|off) (?:our |your |the |his |her )?(?:[\w']+ )?$"
)
_MEETING = re.compile(r"\b(?:interview\w*|debrief\w*|proffer\w*|briefing|meeting|sit in)\b")
# "set up a joint interview in our squad room" holds one; "an interview room at the 48" names a room
_MEETING_HELD = re.compile(r"\b(?:interview|debrief|proffer|briefing|meeting)s?\b(?! rooms?\b)")
_AT_OUR_HOUSE = re.compile(
    r"\b(?:at|in|inside) (?:our|the) (?:[\w']+ )?(?:pct|precinct|station ?house|squad(?: room)?|office|interview room|room|command)\b"
    r"|\bat the (?:\d{1,3}(?:st|nd|rd|th)?|one [a-z]+)\b"
)
_EMERGENCY_DOUBTED = re.compile(
    r"\b(?:don't know|do not know|dont know|not sure|unsure|idk|no idea|unclear|can't tell|cant tell) (?:if|whether)\b(?:[\w' ]{0,25})$"
)
_STATUS_ASKS = frozenset({Ask.SHARE_STATUS_INFO, Ask.INQUIRE_STATUS_SUSPECT})
_DOES_STATUS_MATTER = re.compile(
    r"\b(?:does|would|will|should) (?:that|it|this|his status|her status|the status)(?: even)? (?:matter|change anything|make a difference|"
    r"change things|count|affect)|\b(?:do|should|must) (?:i|we) (?:need to |have to )?(?:check|ask about|worry about|look into) "
    r"(?:his|her|their|the) (?:immigration )?status (?:first|before|too)\b|\bany immigration (?:issue|problem|angle|law thing)"
)
_STATUS_ON_RECORD = re.compile(
    r"\bstatus (?:that's |thats |that is |which is |as it is |as )?(?:on|in|from) (?:our|the|his|her) (?:[\w']+ )?$"
)
_STANDING = re.compile(r"\b(?:whenever|every time|anytime|any time|each time|ever|again|if)\b")
_OUR_EVENT_BEFORE = re.compile(r"\b(?:in|during|at|from|after)\s+(?:my|our)\s+(?:[\w']+\s+)?$")
_EVENT_BEFORE = re.compile(
    r"\b(?:after|since|following|because of|despite)\s+(?:the|a|an|that|this|last)\s+(?:[\w']+\s+)?$"
)
_OURS_BEFORE = re.compile(
    r"\b(?:we|i|they) (?:had|have|wrote|took|made|filed|did|got|opened)\s+(?:a|an|the|that|this|our|his|her)\s+(?:[\w']+\s+)?$"
)


def _negation_is_the_ask(ask: Ask, norm: str, start: int) -> bool:
    """ "don't release him until ICE comes" asks for a hold: the negation is part of the ask."""
    return ask is Ask.HOLD and bool(re.match(r"(?:don't|do not|not|never) ", norm[start:]))


def _resolve(norm: str, cues: list[_Cue], parts: tuple[Clause, ...]) -> list[_Cue]:
    """Where two asks are read from the same words, keep the one those words really mean."""
    kinds = {c.ask for c in cues}

    def overlaps(a: _Cue, others: Iterable[_Cue]) -> bool:
        return any(a.start < b.end and b.start < a.end for b in others)

    def clause_of(cue: _Cue) -> Clause | None:
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
    transfers = [c for c in cues if c.ask in (Ask.TRANSFER_CUSTODY, Ask.HOLD)]
    prisoner = [c for c in cues if c.ask is Ask.ACCESS_PRISONER]
    emergency = [c for c in cues if c.ask is Ask.PUBLIC_SAFETY_RESPONSE]
    status = [c for c in cues if c.ask is Ask.SHARE_STATUS_INFO]
    stops = [c for c in cues if c.ask is Ask.STOP_OR_ARREST]
    kept: list[_Cue] = []
    for cue in cues:
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
        # Help offered in an emergency is the emergency response itself.
        if cue.ask in _HELP_ONLY and emergency and _ASSAILANT.search(norm, cue.start, cue.end + 40):
            continue  # "look for the perp who stabbed the agent" is the response to the crime
        if (
            cue.ask in _HELP_ONLY
            and any(clause_of(e) == clause_of(cue) for e in emergency)
            and not _FOR_THE_OP.search(norm, cue.start, cue.end + 60)
        ):
            continue
        kept.append(cue)
    if Ask.PUBLIC_SAFETY_RESPONSE in kinds:
        # "bleeding", "hurt", "crash" next to a records ask ("the crash report") are not the request
        records = [c for c in kept if c.ask is Ask.SHARE_RECORDS]
        kept = [c for c in kept if not (c.ask is Ask.PUBLIC_SAFETY_RESPONSE and overlaps(c, records))]
    return kept


def _status_inquiry(norm: str, scope: list[Clause], party: Party | None) -> tuple[Ask, int, int, bool] | None:
    """An officer asking a person about status (EO 41), told apart from an agency asking us.

    Two inquiries about two people ("ask the robbery victim if he's documented ... later ask the
    forger what his real status is"): the one about a victim or witness decides, as it is barred.
    """
    first = _one_status_inquiry(norm, scope, party)
    if first is None or first[0] is not Ask.INQUIRE_STATUS_SUSPECT:
        return first
    inquiries = [
        m
        for m in _STATUS_INQUIRY.finditer(norm, scope[0].start, scope[-1].end)
        if not _DOES_STATUS_MATTER.search(_sentence_of(norm, m.start(), m.end()))
        and not _HOW_TO_APPLY.search(m.group(0))
        and not _RULE_AGAINST_ASKING.search(norm, max(0, m.start() - 40), m.start())
        # "my partner says we can never ask anyone about status": the rule quoted, not a question
        and not _NEVER_BEFORE.search(norm, max(0, m.start() - 30), m.start())
        and m.end() - m.start() <= 60  # a question, not a span across someone's argument
    ]
    if len({_sentence_bounds(norm, m.start(), m.end()) for m in inquiries}) > 1:
        # two questions about two people: each about the person the story told of just before it
        # ("taking a robbery report from a delivery worker ... she wants to ask if he's documented")
        for inquiry in inquiries:
            told = norm[scope[0].start : inquiry.start()]
            last_victim = max((m.end() for m in _VICTIM.finditer(told)), default=-1)
            last_suspect = max((m.end() for m in _SUSPECT.finditer(told)), default=-1)
            if last_victim > last_suspect:
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, inquiry.start(), inquiry.end(), True
    return first


def _one_status_inquiry(norm: str, scope: list[Clause], party: Party | None) -> tuple[Ask, int, int, bool] | None:
    for clause in scope:
        # "ask where he got it and what his actual status is": the question can run past its clause
        match = _STATUS_INQUIRY.search(norm, clause.start, _sentence_bounds(norm, clause.start, clause.end)[1])
        if match is None or match.start() >= clause.end:
            continue
        if party is not None and (
            re.search(
                r"\byour (?:records?|system|files?|paperwork|database)\b|\byou (?:have|guys have|all have|got) (?:listed|on file|down)\b",
                norm[match.start() : match.end() + 40],
            )
            or _WHAT_WE_HOLD.search(norm, max(0, match.start() - 80), match.start() + 1)
        ):
            continue  # "if your records show him as a US citizen": the agency asking what we hold
        help_sought = _HELP_SOUGHT.match(match.group(0))
        if help_sought is not None:
            # "people asking for help" is who the rule protects, not a question put to anyone; a
            # question may still follow it ("a victim asking for help, can I ask her if she's legal?")
            match = _STATUS_INQUIRY.search(
                norm, match.start() + help_sought.end(), _sentence_bounds(norm, clause.start, clause.end)[1]
            )
            if match is None:
                continue
        if _WILL_NOT_ASK.search(norm, max(0, match.start() - 40), match.start()):
            continue  # "we have not asked and will not ask the family about status"
        if _DOES_STATUS_MATTER.search(_sentence_of(norm, match.start(), match.end())):
            continue  # "do I need to check his immigration status first?": whether status counts
        if _HOW_TO_APPLY.search(match.group(0)):
            continue  # "my cousin wants to know how to apply for a green card": help for someone, no inquiry
        if _RULE_AGAINST_ASKING.search(norm, max(0, match.start() - 40), match.start()):
            continue  # "we're not supposed to ask or tell about status": the officer citing the rule, not asking
        before = norm[clause.start : match.start()]
        # "ICE asked if he's legal" is their question to us; "they want us to ask the suspect"
        # or "can I ask him" is an officer asking the person
        if (
            party is not None
            and _AGENCY_ASKS.search(before + match.group(0))
            and not _ASKED_US_TO.search(before + match.group(0))
            and not _WE_ASK.search(before + match.group(0))
        ):
            continue
        if (
            party is not None
            and not re.search(r"\b(?:i|we|us|me|my partner|the dt|detective|he|she|officer|det|our squad)\b", before)
            and not _ASKED_US_TO.search(match.group(0))
        ):  # "CBP asked our det to ask the victim"
            continue
        if party is not None and re.search(
            r"\b(?:says?|said|saying|claims?|claimed)\b (?:that )?(?:he|she|they)\b", before
        ):
            continue  # "says he just wants to ask about his papers": the agent's question, not ours
        # the role of the person asked about: the inquiry's own clause first, then its sentence, then
        # the whole request ("robbery victim ... my partner wants to ask her" / "the suspect we arrested")
        # the inquiry's own words first; a reason given after it ("bc the perp keeps saying she's
        # illegal") names somebody else
        own = norm[clause.start : match.end()]
        if _ROLE_IN_DOUBT.search(norm, scope[0].start, scope[-1].end):
            # "not sure yet if he's a suspect or just a witness": whether asking is allowed turns on it
            return Ask.INQUIRE_STATUS_ROLE_UNKNOWN, match.start(), match.end(), True
        if (
            _BOTH_OF_THEM.search(norm, match.start(), match.end() + 30) or _ASK_ANOTHER_TOO.search(norm, match.end())
        ) and _VICTIM.search(norm):
            # "the victim ... and the perp ... can I ask both of them": asking the victim is among it
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        for text in (own, norm[clause.start : clause.end], _sentence_of(norm, match.start(), match.end())):
            text = _REASON_AFTER.sub("", text)
            victim, suspect = _VICTIM.search(text), _SUSPECT.search(text)
            if victim and suspect and _coordinated(text, victim, suspect):
                # "ask the victim AND the suspect": two people asked, and asking the victim is barred
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
            if victim and not suspect:
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
            if suspect:
                return Ask.INQUIRE_STATUS_SUSPECT, match.start(), match.end(), True
        suspect = next((m for c in scope if (m := _SUSPECT.search(_REASON_AFTER.sub("", c.text)))), None)
        victim = next((m for c in scope if (m := _VICTIM.search(_REASON_AFTER.sub("", c.text)))), None)
        if victim and not suspect:
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        return Ask.INQUIRE_STATUS_SUSPECT, match.start(), match.end(), bool(suspect)
    return None


# "does your precinct have any information on whether he is a citizen": what we hold, asked of us
_WHAT_WE_HOLD = re.compile(
    r"\b(?:does|do|did) (?:your|the) (?:precinct|pct|command|department|squad|unit|office|agency) (?:have|hold|keep) "
    r"(?:any )?(?:information|info|records?|data|anything)\b(?: (?:on|about|as to|regarding))?(?: (?:whether|if))?[^.?!]*$"
)
_HELP_SOUGHT = re.compile(r"(?:ask|asks|asked|asking) for (?:help|assistance|services|a hand|protection)\b")
_WILL_NOT_ASK = re.compile(
    r"\b(?:will not|won't|wont|would not|wouldn't|have not|haven't|has not|hasn't|did not|didn't|never|do not|don't|"
    r"are not going to|aren't going to)(?: ever)? (?:(?:asked?|question(?:ed)?|inquire[sd]?)\b[^.?!]{0,30})?$"
)


_ROLE_WORD = r"(?:suspect|perp|witness|wit|victim|vic|complainant|bystander|aided|involved|just (?:a |the )?(?:witness|bystander|victim))"
# "not sure yet if he's a suspect or just a witness", "could be the perp or a witness"
_ROLE_IN_DOUBT = re.compile(
    r"\b(?:not sure|unsure|don't know|dont know|do not know|dunno|unclear|can't tell|cant tell|no idea|not clear|"
    r"could be|might be|may be|either)\b(?: (?:yet|at this point|right now))?(?: (?:if|whether))? "
    r"(?:(?:he|she|they|the (?:guy|man|woman|lady|kid))(?:'s|'re| is| are| was)? )?(?:(?:a|an|the) )?"
    + _ROLE_WORD
    + r"s? or (?:just |only |merely )?(?:(?:a|an|the) )?"
    + _ROLE_WORD
    + r"\b"
)
_JOINED_ROLES = re.compile(
    r"^(?:,? (?:and|&|n|or|plus|as well as|and also|and then) |/ ?)(?:(?:the|a|an|his|her|their) )?$"
)


def _coordinated(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Two roles named as a pair ("the victim and the perp", "witness/suspect"), not one
    inside a description of the other ("the suspect who robbed the victim")."""
    left, right = sorted((first, second), key=lambda m: m.start())
    return left.end() <= right.start() and bool(_JOINED_ROLES.match(text[left.end() : right.start()]))


def _agency_wants(norm: str, scope: list[Clause]) -> bool:
    # "... and HSI also wants our case file": the name and its verb can fall in clauses of their own
    return any(_AGENCY_ASKS.search(norm, c.start, c.end) for c in scope) or any(
        _AGENCY_ASKS.search(norm, a.start, b.end) for a, b in itertools.pairwise(scope)
    )


# ---------------------------------------------------------------------- warrant
def _warrant(
    text: Text,
    scope: list[Clause],
    agency: Agency,
    purpose: Purpose,
    evidence: dict[str, str],
    sources: dict[str, Source],
) -> Warrant:
    norm = text.norm

    def found(value: Warrant, start: int, end: int, hedged: bool = False) -> Warrant:
        evidence["warrant"] = text.words(start, end)
        sources["warrant"] = Source.HEDGED if hedged else Source.STATED
        return Warrant.UNKNOWN if hedged else value

    def matches(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        return [
            m
            for c in scope
            for m in pattern.finditer(norm, c.start, c.end)
            if not _OWN_WARRANT.search(norm[max(0, m.start() - 30) : m.start()])
            and not _STATE_COURT_AFTER.match(norm, m.end())
        ]

    def unnegated(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        return [m for m in matches(pattern) if not is_negated(norm, m.start())]

    admin = unnegated(_ADMIN)
    judicial = [
        m
        for m in unnegated(_JUDICIAL)
        if not _JUDICIAL_DENIED.search(norm[max(0, m.start() - 25) : m.end()])
        and not _only_promised(norm, [m.start()])
        and not _WILL_SIGN.match(norm, m.end())
    ]
    # "the magistrate should sign the arrest warrant tonight": a judge's paper still to come
    promised_judicial = [
        m for m in unnegated(_JUDICIAL) if _only_promised(norm, [m.start()]) or _WILL_SIGN.match(norm, m.end())
    ]
    criminal_paper = unnegated(_CRIMINAL_PAPER)
    if agency in _CRIMINAL_AGENCIES or agency in _DHS_FAMILY:
        # "the Marshals have a federal warrant for him for armed robbery": a warrant for a crime
        # (from a DHS component it is R3d's criminal paper, never a permission)
        criminal_paper += [
            m
            for m in unnegated(_WARRANT_FOR)
            if (crime := CRIME_TERMS.search(norm, m.end(), m.end() + 30)) is not None
            and re.fullmatch(r"(?:an? |the )?(?:[\w']+ )?", norm[m.end() : crime.start()])
            # "ICE says there's a warrant on the robbery guy we're releasing": from a DHS agency the
            # crime names our prisoner, not the paper (the ATF's "warrant for our gun collar" is theirs)
            and not (agency in _DHS_FAMILY and _PERSON_AFTER_CRIME.match(norm, crime.end()))
        ]
        criminal_paper.sort(key=lambda m: m.start())
    detainer = unnegated(_DETAINER)
    judge_denied = [m for c in scope for m in _JUDICIAL_DENIED.finditer(norm, c.start, c.end)]
    denied = [m for c in scope for m in _NO_WARRANT.finditer(norm, c.start, c.end)]
    signer_unknown = [m for c in scope for m in _SIGNER_UNKNOWN.finditer(norm, c.start, c.end)]
    signature = next(
        (
            m
            for c in scope
            if (m := _SIGNATURE_ADMIN.search(norm, c.start, _sentence_bounds(norm, c.start, c.end)[1])) is not None
            and m.start() < c.end
        ),
        None,
    )
    if signature is not None:
        # "says it's a judge's order, but the signature says Deportation Officer": the paper decides
        return found(Warrant.ADMINISTRATIVE, signature.start(), signature.end())
    # "can't tell if a judge or ICE signed it": the ICE named there is a possibility, not a signer
    admin = [m for m in admin if not any(u.start() <= m.start() < u.end() + 10 for u in signer_unknown)]
    # "a 247 came over with a warrant stapled to it ... signed with no title": the warrant beside the
    # detainer is the paper whose signer is unknown
    attached = bool(detainer) and _WARRANT_ATTACHED.search(" ".join(c.text for c in scope)) is not None
    if signer_unknown and not admin and not (detainer and not judicial and not attached):
        # "they say it's a judge's warrant, I didn't see it": who signed is exactly what is unknown
        return found(Warrant.UNKNOWN, signer_unknown[0].start(), signer_unknown[0].end(), hedged=True)
    immigration_judge = next((m for c in scope for m in _IMMIGRATION_JUDGE.finditer(norm, c.start, c.end)), None)
    if immigration_judge and not any(_ARTICLE_III.search(m.group(0)) for m in judicial):
        # an immigration judge's removal order is an agency order, not a warrant from a federal court
        return found(Warrant.ADMINISTRATIVE, immigration_judge.start(), immigration_judge.end())
    if admin and judicial:
        return found(Warrant.UNKNOWN, admin[0].start(), judicial[0].end(), hedged=True)
    if admin:
        return found(Warrant.ADMINISTRATIVE, admin[0].start(), admin[0].end())
    if judicial:
        first = judicial[0]
        sentence_start, sentence_end = _sentence_bounds(norm, first.start(), first.end())
        if denied and not sentence_start <= denied[0].start() < sentence_end:
            # "a judge-signed warrant for one of our prisoners ... the other one, no warrant": two people
            # on different paper in one request; which paper goes with which ask is what to ask
            return found(Warrant.UNKNOWN, first.start(), denied[0].end(), hedged=True)
        if all(is_doubted(norm, m.start(), m.end()) for m in judicial):
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        # the crime named in the warrant's own sentence: "a warrant from a federal judge, charge is assault"
        same_clause_crime = purpose in (Purpose.IMMIGRATION_CRIME, Purpose.CRIMINAL_INVESTIGATION) and any(
            not _RECORD_WORDS.search(m.string[max(0, m.start() - 40) : m.start()])
            and not _OUR_PERSON_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()])
            for m in CRIME_TERMS.finditer(_sentence_of(norm, first.start(), first.end()))
        )
        # A DHS judge's warrant is a warrant for immigration custody unless it is criminal paper
        # or the crime is named with it; another agency's judge-signed warrant is criminal.
        criminal_context = bool(criminal_paper) or (
            purpose in (Purpose.IMMIGRATION_CRIME, Purpose.CRIMINAL_INVESTIGATION)
            and (agency not in _DHS_FAMILY or same_clause_crime)
        )
        civil_context = purpose is Purpose.CIVIL_IMMIGRATION or bool(
            re.search(
                r"\bimmigration (?:warrant|custody)|\b(?:removal|deportation|custody) warrant|\bfor (?:ice|immigration) custody|authoriz\w+ (?:ice|immigration|custody)|\bremoval\b",
                " ".join(c.text for c in scope),
            )
        )
        if civil_context and not bool(criminal_paper):
            return found(Warrant.JUDICIAL_IMMIGRATION, first.start(), first.end())
        if criminal_context or agency in _CRIMINAL_AGENCIES:
            return found(Warrant.JUDICIAL_CRIMINAL, first.start(), first.end())
        if agency in _DHS_FAMILY or (agency is Agency.UNKNOWN and _DETAINER_TEST.search(norm)):
            # DHS with a judge's warrant, or a judge's warrant weighed by record and watchlist
            # (the detainer test of § 14-154): a warrant for immigration custody
            return found(Warrant.JUDICIAL_IMMIGRATION, first.start(), first.end())
        return found(Warrant.UNKNOWN, first.start(), first.end())
    paper_words = [
        m
        for m in unnegated(_ANY_WARRANT)
        if not any(d.start() <= m.start() < d.end() for d in detainer)
        and not any(p.start() <= m.start() < p.end() + 10 for p in promised_judicial)
    ]
    paper_words += [m for m in unnegated(_HOLD_PAPER) if not detainer]
    paper_words.sort(key=lambda m: m.start())
    if detainer:
        first = detainer[0]
        # "can we hold on an i247a?": the question is what to do with the form, not which form it is
        named_form = [m for m in detainer if _ICE_DETAINER_FORM.fullmatch(m.group(0))]
        if (
            all(is_doubted(norm, m.start(), m.end()) for m in detainer)
            and not judge_denied
            and not any(not is_doubted(norm[: m.end()], m.start(), m.end()) for m in named_form)
        ):
            # "can't tell if it's the detainer form or what": which paper it is, is the question
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        ice_form = any(_ICE_DETAINER_FORM.search(norm, c.start, c.end) for c in scope)
        if (
            agency in _CRIMINAL_AGENCIES
            and not ice_form
            and _PAPER_KIND_DOUBTED.search(norm, first.end(), first.end() + 160)
        ):
            # "Marshals lodged a detainer. I don't know what kind, federal charges or something immigration"
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        if (criminal_paper or agency in _CRIMINAL_AGENCIES) and not ice_form:
            # a detainer from the FBI, DEA, ATF or Marshals, or based on federal charges, is criminal;
            # an I-247 form is ICE's civil detainer whoever sends it and whatever case it names
            return found(
                Warrant.JUDICIAL_CRIMINAL, first.start(), (criminal_paper[0] if criminal_paper else first).end()
            )
        if judge_denied:
            return found(Warrant.DETAINER_ONLY, first.start(), first.end())
        if agency is Agency.FEDERAL and not ice_form:
            # "the feds lodged a detainer": a criminal detainer (FBI, Marshals) or ICE's civil one
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        extra = [
            m
            for m in paper_words
            if abs(m.start() - first.start()) > 3
            and "warrant" in m.group(0)
            and not _only_promised(norm, [m.start()])
            and not _COMPARED_TO.search(norm[max(0, m.start() - 30) : m.start()])
        ]
        if extra and any(_PAPER_NAMED.search(norm[max(0, d.start() - 30) : d.start()]) for d in detainer):
            extra = []  # "a 'warrant' (the form says I-247A at the top)": the paper is named, and it is a detainer
        if extra:
            return found(
                Warrant.UNKNOWN,
                min(first.start(), extra[0].start()),
                max(first.end(), extra[0].end()),
                hedged=is_doubted(norm, extra[0].start(), extra[0].end()),
            )
        return found(Warrant.DETAINER_ONLY, first.start(), first.end())
    if criminal_paper:
        first = criminal_paper[0]
        if denied and not re.search(r"\b(?:signed|judge|magistrate)\b", first.group(0)):
            # "no warrant attached" beside talk of an indictment to come: no paperwork now
            return found(Warrant.NONE, denied[0].start(), denied[0].end())
        if _only_promised_paper(norm, first):
            return found(Warrant.NONE, first.start(), first.end())
        arrest_only = re.fullmatch(r"(?:federal )?arrest warrant", first.group(0))
        if agency in _DHS_FAMILY and arrest_only:
            return found(Warrant.UNKNOWN, first.start(), first.end())  # may be an I-200, "warrant for arrest of alien"
        return found(
            Warrant.JUDICIAL_CRIMINAL, first.start(), first.end(), hedged=is_doubted(norm, first.start(), first.end())
        )
    if judge_denied and paper_words:
        # "they have a warrant, not signed by a judge": an ICE officer's paperwork
        return found(Warrant.ADMINISTRATIVE, paper_words[0].start(), judge_denied[0].end())
    if paper_words and denied and all("hold" in m.group(0) for m in paper_words):
        # "they want a hold on him, no paperwork at all": the hold is what they ask, not a paper
        return found(Warrant.NONE, denied[0].start(), denied[0].end())
    if paper_words:
        first = paper_words[0]
        if _only_promised(norm, [m.start() for m in paper_words]) or all(
            _only_promised_paper(norm, m) for m in paper_words
        ):
            return found(Warrant.NONE, first.start(), first.end())
        return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=is_doubted(norm, first.start(), first.end()))
    if denied:
        return found(Warrant.NONE, denied[0].start(), denied[0].end())
    considered = next((m for c in scope for m in _CHARGES_CONSIDERED.finditer(norm, c.start, c.end)), None)
    if considered is not None:
        return found(Warrant.NONE, considered.start(), considered.end())
    if promised_judicial:
        # "they'll have a warrant from a judge by tomorrow": a warrant that does not exist yet
        return found(Warrant.NONE, promised_judicial[0].start(), promised_judicial[0].end())
    return Warrant.UNKNOWN


_PERSON_AFTER_CRIME = re.compile(
    r"\s+(?:guy|perp|man|woman|kid|dude|suspect|collar|prisoner|arrestee|defendant|one|lady|male|female)s?\b"
)


def _only_promised(norm: str, starts: list[int]) -> bool:
    """ "They'll have a warrant from a judge by tomorrow": a warrant that does not exist yet."""
    return bool(starts) and all(_FUTURE_WARRANT.search(norm[max(0, s - 25) : s]) for s in starts)


_WILL_SIGN = re.compile(
    r"\s+(?:should|will|'ll|is going to|is supposed to|is expected to|may|might|could|has yet to|hasn't yet) (?:sign|issue|approve)\b"
)
_PROMISED_AFTER = re.compile(
    r"^\W*(?:is |are |was |will )?(?:coming|comes later|come later|to follow|will follow|follows later|later|expected|soon|pending|on (?:the|its) way|being (?:drafted|prepared|considered|drawn up|written|worked on)|drawn up|in the works|yet)\b"
)


def _only_promised_paper(norm: str, paper: re.Match[str]) -> bool:
    """ "An indictment is coming" beside "no warrant": criminal paper that does not exist yet."""
    before = norm[max(0, paper.start() - 25) : paper.start()]
    return bool(_PROMISED_AFTER.search(norm[paper.end() :]) or _FUTURE_WARRANT.search(before))


# ---------------------------------------------------------------------- purpose helpers
_LIKELY_BEFORE = re.compile(
    r"\b(?:probably|likely|expected to|expect(?:s|ed)? (?:to|that)|end up|going to|gonna|will)\b(?:\s+[\w']+){0,5}\s*$"
)


def _doubted_explicit(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    for clause in scope:
        for match in CRIMINAL_EXPLICIT.finditer(norm, clause.start, clause.end):
            if is_doubted(norm, match.start(), match.end()):
                return match.start(), match.end()
    return None


def _expected_outcome(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    """Removal said as the likely outcome: doubt about the future, not about what is asked."""
    for clause in scope:
        for match in CIVIL_STRONG.finditer(norm, clause.start, clause.end):
            before = norm[max(clause.start, match.start() - 60) : match.start()]
            if not is_negated(norm, match.start()) and _LIKELY_BEFORE.search(before):
                return match.start(), match.end()
    return None


def _first(
    pattern: re.Pattern[str], norm: str, scope: list[Clause], negated_ok: bool = False
) -> tuple[int, int] | None:
    for clause in scope:
        for match in pattern.finditer(norm, clause.start, clause.end):
            if negated_ok or not (is_negated(norm, match.start()) or is_doubted(norm, match.start(), match.end())):
                return match.start(), match.end()
    return None


_CONTEXT_REACH = 45


def _criminal_cue(
    norm: str, scope: list[Clause], allow_doubt: bool = False, agency: Agency = Agency.UNKNOWN
) -> tuple[int, int, bool] | None:
    """The requesting agency's criminal case: a crime named next to an investigation, case or charge.

    Returns (start, end, weak). The person's record is not the request's purpose, nor, when a
    federal agency asks, is the NYPD's own arrest charge ("we locked him up for robbery"):
    those are left out, and the crime must sit close to the word that makes it a case. A
    crime that only names a unit ("our gang task force") is a weak cue: it says what the team
    works on, and yields to any purpose the request itself states.
    """
    weak: tuple[int, int, bool] | None = None
    federal_request = agency not in (Agency.NONE, Agency.UNKNOWN)
    criminal_agency = agency in _CRIMINAL_AGENCIES
    # a crime the message names as the NYPD's own case ("we arrested him for robbery") stays
    # ours wherever it comes up again ("does the robbery charge count")
    ours_elsewhere = {
        crime.group(0)
        for c in clauses(norm)
        for crime in CRIME_TERMS.finditer(norm, c.start, c.end)
        if _is_our_case(norm, c, crime)
    }
    # "arson 5th conviction last yr ... arson sounds serious": the record named again, not a case
    record_elsewhere = {
        crime.group(0)
        for crime in CRIME_TERMS.finditer(norm)
        if _RECORD_BEFORE.search(norm[max(0, crime.start() - 40) : crime.start()])
        or _CONVICTION_AFTER.match(norm, crime.end())
    }
    # "HSI sits in on our interview": the federal agents work a case with us (one look per request)
    joint = any(
        _JOINTLY.search(norm, c.start, c.end) or (criminal_agency and _SITS_IN_ON_OURS.search(norm, c.start, c.end))
        for c in scope
    )
    for clause in scope:
        explicit = CRIMINAL_EXPLICIT.search(norm, clause.start, clause.end)
        if (
            explicit
            and not is_negated(norm, explicit.start())
            and allow_doubt == is_doubted(norm, explicit.start(), explicit.end())
        ):
            return explicit.start(), explicit.end(), False
        terms = list(CRIME_TERMS.finditer(norm, clause.start, clause.end))
        if criminal_agency:  # a Marshals "fugitive" is wanted on a criminal warrant (ERO's are civil)
            terms += list(_FUGITIVE.finditer(norm, clause.start, clause.end))
        for crime in sorted(terms, key=lambda m: m.start()):
            their_case = bool(
                _THEIR_BEFORE.search(norm[max(clause.start, crime.start() - 20) : crime.start()])
                and _CASE_AFTER.match(norm, crime.end())
            )
            if (
                not _CARRIED.match(crime.group(0))
                # "the arrest history of the suspect in their kidnapping case": the agency's case, not his record
                and not their_case
                and (
                    _RECORD_BEFORE.search(norm[max(clause.start, crime.start() - 40) : crime.start()])
                    or _CONVICTION_AFTER.match(norm, crime.end())
                    or crime.group(0) in record_elsewhere
                )
            ):
                continue  # the person's record, not the request's purpose ("perp had 3 fake IDs" is neither)
            if is_negated(norm, crime.start()):
                continue
            if allow_doubt != is_doubted(norm, crime.start(), crime.end()):
                continue
            ours = _is_our_case(norm, clause, crime) or crime.group(0) in ours_elsewhere
            if (
                federal_request
                and joint
                and agency not in _COMPONENT_UNKNOWN
                and (ours or not _UNIT_NAME.match(norm, crime.end()))
            ):
                # "HSI agent on our sex trafficking case": the case they work with us is their purpose
                return crime.start(), crime.end(), False
            if federal_request and ours:
                # The NYPD's own charge is not a DHS agency's purpose. For the FBI, DEA, ATF or
                # Marshals asking about it, it is a weak cue: their interest is likely that crime,
                # but any purpose they state themselves (removal, say) comes first.
                if criminal_agency:
                    weak = weak or (crime.start(), crime.end(), True)
                continue
            if TSDB_NAME.search(norm, max(clause.start, crime.start() - 15), crime.end() + 15):
                continue
            unit = _UNIT_NAME.match(norm, crime.end())
            their = _FOR_THEIR.search(norm[max(0, crime.start() - 25) : crime.start()])
            if unit and their:
                return crime.start() - len(their.group(0)), unit.end(), False
            if unit and not criminal_agency:
                weak = weak or (crime.start(), unit.end(), True)
                continue
            # The case word may sit across a parenthesis: "warrant for Caskivar (bank robbery)".
            nearby = norm[max(0, crime.start() - _CONTEXT_REACH) : crime.end() + _CONTEXT_REACH]
            if INVESTIGATION_CONTEXT.search(nearby) or not federal_request or criminal_agency:
                start, end = _word_span(
                    norm, max(clause.start, crime.start() - 20), min(clause.end, crime.end() + 12), clause
                )
                return start, end, False
    return weak


_NO_CRIME_OF_OURS = re.compile(
    r"\bnothing (?:else )?(?:wrong|going on|illegal|criminal|on (?:him|her|them))\b|\bno (?:other )?(?:crime|offen[cs]e|charges?|reason)\b|"
    r"\bjust (?:curious|wondering|a (?:traffic stop|summons|ticket|car stop|tail ?light|stop))\b|"
    r"\bonly (?:a )?(?:traffic (?:stop|infraction|violation)|summons|ticket|vtl)\b|\bfor no reason\b|\bclean otherwise\b|"
    r"\b(?:nobody|no one|none of them) (?:is|was|are|were) (?:suspected|accused) of (?:anything|any crime)\b|\bjust to know who'?s around\b"
)
_OWN_ADMIN = re.compile(
    r"\b(?:ot|overtime) (?:slips?|rates?|forms?|codes?|sheets?|pay|hours)\b|\bpayroll\b|\bvacation days?\b|"
    r"\bchart days?\b|\btour (?:change|swap)s?\b|\bheld over\b|\bsick (?:days?|leave)\b|"
    r"\bhow long (?:do|should|must) (?:we|i) (?:keep|retain|hold on to|save|store)\b"
)
_NOTHING_ASKED = re.compile(
    r"\b(?:nobody|no one|noone|they|he|she|the agents?|agents) (?:[\w']+ ){0,4}(?:asked|requested|wanted) (?:us |me |anyone |anybody )?(?:for )?(?:anything|nothing)\b|"
    r"\b(?:didn't|did not|haven't|have not|hasn't|never|not) (?:ask|asked|asking|request|requested|want|wanted) (?:us |me |anyone |anybody )?(?:for )?anything\b|"
    r"\bjust (?:fyi|putting (?:it|this) out there|so you know|letting (?:you|y'all|everyone) know|passing (?:it|this) along|an fyi)\b|\bno request (?:was )?made\b"
)
_JOINTLY = re.compile(
    r"\b(?:jointly|alongside us|with us on|joint (?:[\w'/-]+ ){0,2}(?:case|investigation)|(?:agents?|guys?|people) (?:on|in) our|"
    # "our detective is running it, NYPD case": the federal agents join an investigation the NYPD leads
    r"(?:our|my|the nypd) (?:detectives?|det|squad|investigators?|team|case agent) (?:is |are |'s )?(?:running|leading|handling|in charge of) (?:it|this|the (?:case|interview|investigation|search))|"
    r"(?:we|our squad|the squad|our team) (?:run|runs|are running|lead|leads|are leading|handle|are handling) (?:it|this|the (?:case|interview|investigation|search))|"
    r"we invited (?:them|em|'em|him|her)|our collar, our room|working (?:it|the case|this|our case) (?:w|with) us|"
    r"nypd case)\b"
)
# "FBI wants to sit in on our interview": our case is theirs too for an agency that only works crimes;
# a DHS component sitting in may be there for removal, so its own aim is asked
_SITS_IN_ON_OURS = re.compile(r"\b(?:sit|sitting|sat) in on our\b")
# "the complaint report from the assault last month": the event a record is of, not the agency's aim
_RECORD_OF_EVENT = re.compile(
    r"\b(?:reports?|complaints?|complaint reports?|files?|videos?|footage|911 calls?|dd-?5s?|61s?|paperwork|records?|"
    r"photos?|statements?) (?:from|of) (?:the|a|that|this|last \w+'s|yesterday's|last night's)\s+$"
)


def _is_our_case(norm: str, clause: Clause, crime: re.Match[str]) -> bool:
    """The NYPD's own arrest or case: "we collared him for robbery", "our robbery case", "a witness in the robbery"."""
    own = NYPD_OWN_CASE.search(norm[clause.start : crime.start()])
    return bool(
        (own and not _federal_actor(norm[clause.start : clause.start + own.start()]))
        or (
            _OUR_CASE_BEFORE.search(norm[max(0, crime.start() - 20) : crime.start()])
            and _CASE_AFTER.match(norm, crime.end())
            # "I'm on the HSI task force ... for our narcotics case": the task force's case, not the NYPD's
            and not _ON_A_TASK_FORCE.search(norm)
        )
        or _OUR_PERSON_BEFORE.search(norm[max(0, crime.start() - 30) : crime.start()])
        or _RECORD_OF_EVENT.search(norm[max(0, crime.start() - 40) : crime.start()])
        or _our_arrest_sentence(norm, crime)
        # "petit larceny collar, DAT eligible": the crime names our own arrest
        or bool(_OUR_ARREST_AFTER.match(norm, crime.end()))
        # "our collar from this morning (commercial burglary on Broadway)": its charge in brackets
        # (not "a judge's warrant for our prisoner (money laundering)": that is the warrant's crime)
        or bool(
            (bracketed := _OUR_ARREST_BRACKETED.search(norm[max(0, crime.start() - 70) : crime.start()]))
            and "warrant" not in norm[max(0, crime.start() - 70 - 60) : crime.start() - 70 + bracketed.start() + 1]
        )
    )


# A detective's case notes: "Stolen car ring out of the chop shop, we locked up 3 last month",
# "Collar from the jewelry store burglary", "Squad has the collar from the poor-box larceny".
_OUR_ARREST_IN_SENTENCE = re.compile(
    r"\b(?:we|i|my partner|the squad|our squad|squad) (?:[\w']+ )?(?:locked up|arrested|collared|grabbed|picked up|booked|"
    r"pinched|nabbed|caught|scooped|got) (?:him|her|them|the (?:guy|perp|suspect)|\d+|two|three|four|both)\b|"
    r"\b(?:squad|we|i) (?:has|have|had|got|caught) (?:the|a|this) (?:collar|arrest|case)\b|"
    r"(?:^|[.;:!?]\s*|\bthe |\bthis |\ba |\bmy |\bour )(?:[\w']+ )?(?:collar|arrest|arrestee) (?:from|for|on|out of|in) \b|"
    r"\bda(?:'s| is)? (?:charging|writing (?:it|him|her) up|drawing up)\b"
)
_FEDERAL_IN_SENTENCE = re.compile(
    r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals?|feds?|federal|agents?|homeland|border patrol|task ?force|"
    r"immigration|they|their)\b"
)


def _our_arrest_sentence(norm: str, crime: re.Match[str]) -> bool:
    """The crime sits in a sentence about the NYPD's own arrest and no one else: our case, not theirs."""
    left, right = _sentence_bounds(norm, crime.start(), crime.end())
    sentence = norm[left:right]
    return bool(_OUR_ARREST_IN_SENTENCE.search(sentence)) and not _FEDERAL_IN_SENTENCE.search(sentence)


_NEVER_BEFORE = re.compile(r"\b(?:never|can't|cannot|can not|not allowed to|not supposed to|shouldn't)\s+$")
_OUR_ARREST_BRACKETED = re.compile(
    r"\b(?:our|my) (?:[\w']+ )?(?:collar|arrest|prisoner|perp|arrestee)\b[^()]{0,40}\(\s*(?:[\w']+ ){0,2}$"
)


def _word_span(norm: str, start: int, end: int, clause: Clause) -> tuple[int, int]:
    """Widen a span to whole words, so evidence never starts or ends mid-word."""
    while start > clause.start and norm[start - 1].isalnum():
        start -= 1
    while end < clause.end and norm[end].isalnum():
        end += 1
    return start, end


_FUGITIVE = re.compile(r"\bfugitives?\b")
# "homeland security" or "ICE" without the component: joining our interview says nothing of their aim
_COMPONENT_UNKNOWN = frozenset({Agency.ICE, Agency.DHS, Agency.FEDERAL, Agency.UNKNOWN})
_CARRIED = re.compile(
    r"(?:\d+|two|three|four|five|several|multiple|a bunch of) |(?:forged|fake|phony|bogus|fraudulent)\b"
)
_RECORD_BEFORE = re.compile(
    r"\b(?:convicted (?:of|for)|convictions? (?:for|of|is|was)|pled (?:guilty )?(?:to)?|pleaded (?:guilty )?(?:to)?|"
    r"(?:he|she|perp|guy|subject|defendant|prisoner|arrestee) (?:has|had) (?:a |an )?(?:prior |old |\d{4} )?|"
    # "our prisoner w a 2023 robbery 1": an offence dated in the past, held by the person
    r"(?:w|with|has|had|got) (?:a |an )?(?:19|20)\d\d |"
    r"(?:sheet|rap|record) (?:says|shows)|prior (?:case|arrest|collar)s?,? (?:a |an )?|"
    r"(?:took |taken |a )?plea (?:to|for|on)|pled out (?:to|on)|copped (?:a plea )?(?:to|on)|"
    r"priors? (?:for|of|is|are)|record (?:for|of|shows|is)|did time for|served (?:time )?for|rap sheet(?! (?:to|over to|going to)\b)|history of|"
    r"record:|priors:|conviction:|convictions:|(?:his|her|their|the) sheet:|history:)\s*(?:[\w']+ ){0,5}$"
)
# "robbery 2 from 2023", "a burglary conviction": the offence dated in the past is the person's record
_CONVICTION_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:convictions?|prior|plea)\b|\s*(?:(?:\d|1st|2nd|3rd|4th|5th|one|two|three|four)\b\s*)?"
    r"(?:degree )?(?:(?:from|in|back in) )?(?:(?:19|20)\d\d\b|'\d\d\b)|\s*(?:[\w']+ )?(?:from|in|back in) '?\d\d\b"
)
# "for their financial fraud squad": the unit the request serves, so its crime is the purpose
_FOR_THEIR = re.compile(r"\b(?:for|to|of) (?:their|his|her|the agency'?s?) (?:[\w']+ )?$")
# "my witness from the stabbing", "our victim in the robbery": the NYPD's own case
_OUR_PERSON_BEFORE = re.compile(
    r"\b(?:my|our|a|the)\s+(?:[\w']+\s+)?(?:witness|victim|complainant|job|case)\b (?:from|in|of|on|to) (?:the|a|that|our|one of our)\s+(?:[\w']+\s+){0,3}$|"
    # "our guy from the bodega robbery": our own prisoner, named by our case
    r"\b(?:my|our)\s+(?:[\w']+\s+)?(?:guy|perp|collar|prisoner|suspect|defendant|arrestee)\b (?:from|in|on) (?:the|that|our)\s+(?:[\w']+\s+){0,3}$"
)
_OUR_OR_MY_BEFORE = re.compile(r"\b(?:our|my)\s+$")  # "our gang unit", not "the HSI/NYPD task force"
_OUR_OPERATION_BEFORE = re.compile(
    r"\b(?:our|my|nypd'?s?|the squad'?s?)\s+(?:[\w'-]+\s+){0,3}?(?:team|unit|squad|guys|people|detail|module)\s+"
    r"(?:on|for|doing|running|during)\s+(?:(?:a|an|the|their|its|this|that|tonight'?s?)\s+)?$|\b(?:our|my)\s+$|"
    # "a search warrant we're doing tomorrow at a chop shop": our own operation, said with "we"
    r"\b(?:we're|we are|we'll be|we will be)\s+$"
)
_ON_A_TASK_FORCE = re.compile(
    r"\b(?:i'm|i am|im|i've been|we're|we are)\s+(?:a |an )?(?:on|in|with|assigned to|detailed to|detailed on|part of|a member of)\s+"
    r"(?:the |an? |their |our )?(?:[\w']+\s+){0,2}(?:task ?force|jttf|tf)\b|\b(?:i'm|i am|im) (?:an? )?(?:[\w']+ )?(?:tfo|task force officer)\b"
)
_THEIR_BEFORE = re.compile(r"\b(?:their|its|the agency'?s?|the bureau'?s?|the feds'?)\s+(?:[\w']+\s+)?$")
_OUR_CASE_BEFORE = re.compile(r"\b(?:our|my|nypd'?s?|the squad'?s?)\s+(?!joint\b)(?:[\w']+\s+)?$")
_OUR_ARREST_AFTER = re.compile(
    # "gang-associate collar", "gun possession collar": up to two words of the charge between
    r"(?:(?:-|\s+)(?!(?:for|of|the|a|an|to|on|in|and|with|their|his|her|our|my)\b)[\w']+){0,2}\s*"
    r"(?:collar|arrestee|perp|prisoner)\b|\s*(?:arrest|collar),? (?:dat|desk appearance)\b|"
    # "an assault case I caught in September": a case a detective catches is the squad's own
    r"\s*(?:case|job|complaint|pattern) (?:that )?(?:i|we|my partner|our squad|the squad|my squad|our team|our unit) "
    r"(?:caught|catch|had|have|handled|handle|picked up|investigated|am working|are working|worked|opened|took)\b"
)
_CASE_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:case|collar|arrest|investigation|job|complaint|pattern|victim|scene|interview|search|op|operation|"
    r"complainants?|witness(?:es)?|defendants?|suspects?|victims|perps?|arrestees?|prisoners?|collars)\b"
)
_PURPOSE_UNSTATED = re.compile(
    r"\b(?:didn't|did not|won't|will not|wouldn't|would not|doesn't|does not|don't|do not|never|(?<=he )not|(?<=she )not|(?<=they )not) (?:say|tell (?:me|us)|"
    r"explain|mention|specify|give (?:a |any )?reason)\b(?! (?:which|what) (?:part|component|agency|unit|office|branch|division|one)\b)(?: (?:why|what (?:for|it's for|it is for|it's about|its about|"
    r"the case is|their case is|they're working on|he's working on|she's working on|they want it for)))?|"
    r"\bno reason (?:given|stated)\b|\bno idea (?:why|what for|what it's for)\b|\bnot sure (?:why|what (?:for|it's for))\b|"
    # "he not say which office or why"
    r"\b(?:not|never|didn't|did not|won't|wouldn't) (?:say|tell|explain)\w* (?:us |me )?(?:which|what) (?:[\w']+ ){0,2}or why\b"
)
_RECORD_AFTER_CRIME = re.compile(r"\s+(?:reports?|records?|files?|paperwork|complaints?|footage|videos?|dd-?5s?)\b")
_RECORD_SUBJECT = re.compile(
    r"\b(?:reports?|complaints?|files?|folders?|narratives?|paperwork|records?|video|footage|dd-?5s?|61s?|calls?|audio|recordings?|tapes?) "
    r"(?:on|about|from|for|of) (?:an? |the |that |this )?"
)
# "the case folder on the Fordham Rd robbery pattern": up to three words naming where, before the crime
_PLACE_WORDS = tuple(re.compile(rf"(?:[\w'.-]+ ){{{n}}}") for n in range(4))
_VAGUE_CASE = re.compile(r"(?:federal|criminal) (?:criminal )?(?:cases?|investigations?|matters?|probes?)")
_UNIT_NAME = re.compile(
    r"\s*(?:[\w']+ )?(?:task ?force|tf|unit|squad|team|group|division|detail|module|database|db|registry|list)\b"
)
_CASE_MENTION = re.compile(r"\b(?:the|our|their|a|this|that) (?:joint )?case\b(?! (?:for|of) (?:removal|deportation))")


def _federal_actor(before: str) -> bool:
    """Whether the subject of an arrest verb is a federal agency ("HSI arrested him for..."), not us."""
    subject = re.search(r"(?:[\w']+\s+){0,2}$", before)
    words = subject.group(0) if subject else ""
    return bool(re.search(r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals|feds?|agents?|they)\b", words))


# Words that quote an agency rather than bring its own request. Not a bare "from" or "for": "a
# call from ICE" or "an agent from ICE at the desk" is ICE's own request.
_RELAYED = re.compile(
    r"\b(?:says?|said|saying|told (?:me|us)|according to|on behalf of|passing (?:it )?along (?:for|from)|relaying|"
    r"tipped (?:off )?by|(?:info|information|intel|tip|word|lead|heads up) (?:came )?from|his words|her words|quote|"
    r"(?:was|were) (?:honest|upfront|up front|straight|clear) (?:with (?:me|us) )?that|admitted that|made (?:it )?clear that)"
    r",?:?\s+[\"“”']?(?:[\w',]+\s+){0,5}$|"
    # "it's not for them, his buddy at ICE needs it": the agent asks on a friend's behalf
    r"\b(?:buddy|friend|contact|pal|colleague|guy|people|folks) (?:at|in|from|over at|with)\s+(?:the\s+)?$"
)
# "I'm on the HSI task force", "assigned to the FBI group": the officer's own unit, not a request.
# Only with the officer's own words before it: "ICE asked our squad" is ICE asking.
_OWN_ASSIGNMENT = re.compile(r"[a-z]+\s+(?:[\w']+\s+)?(?:task ?force|tf|group|squad|unit|team)\b")
_OWN_ASSIGNMENT_BEFORE = re.compile(
    r"\b(?:i'm|i am|im|we're|we are|i work|i worked|assigned|detailed|my|our|i'm on|i sit on)\s+(?:[\w']+\s+){0,3}$"
)


def _is_own_assignment(norm: str, mention: Mention) -> bool:
    return bool(
        _OWN_ASSIGNMENT.match(norm, mention.start)
        and _OWN_ASSIGNMENT_BEFORE.search(norm[max(0, mention.start - 40) : mention.start])
    )


def _asks_in(clauses: list[Clause], cues: list[_Cue], norm: str) -> bool:
    """Whether these clauses state an ask, or carry civil paperwork (itself a request to hold)."""
    return any(c.start <= cue.start < c.end for c in clauses for cue in cues) or any(
        _civil_paper_in(norm, c) for c in clauses
    )


# "is this any different from an ICE detainer?": paper named to compare with, not paper in hand
_COMPARED = re.compile(
    r"\b(?:different (?:from|than)|differs? from|unlike|not like|same as|just like|compared (?:to|with)|versus|vs\.?|"
    r"treated (?:like|as)|the way we (?:do|treat|handle))\s+(?:an? |the |any |their )?(?:[\w-]+ ){0,2}$"
)


def _civil_paper_in(norm: str, clause: Clause) -> bool:
    """Whether a clause names civil paperwork (a detainer, an I-200) other than in a comparison."""
    return any(
        not _COMPARED.search(norm, max(0, m.start() - 40), m.start()) and not is_negated(norm, m.start())
        for pattern in (_DETAINER, _ADMIN)
        for m in pattern.finditer(norm, clause.start, clause.end)
    )


def _paper_kind(norm: str, clause: Clause) -> str | None:
    """The kind of paperwork a clause names, if any: civil (detainer, I-200) or a judge's warrant."""
    if _civil_paper_in(norm, clause):
        return "civil"
    judge = _JUDICIAL.search(norm, clause.start, clause.end)
    if judge is not None and _JUDICIAL_DENIED.search(norm[max(clause.start, judge.start() - 25) : judge.end()]):
        judge = None  # "a detainer only, no judge warrant": the judge is denied, the paper is the detainer
    if judge is not None and (_only_promised(norm, [judge.start()]) or _WILL_SIGN.match(norm, judge.end())):
        judge = None  # "so they can get a judge's warrant": paper still to come is no paper of its own
    if judge is not None or _CRIMINAL_PAPER.search(norm, clause.start, clause.end):
        return "judicial"
    return None


def _request_scopes(
    norm: str, parties: list[Party], shared: list[Clause], cues: list[_Cue]
) -> list[tuple[Party | None, list[Clause]]]:
    """Each request's clauses.

    - DHS paperwork (a detainer, an I-200) named in another agency's clauses belongs to the
      DHS agency of the message ("DEA wants to interview him; there's also an I-247A on him and
      ICE wants a call").
    - An agency that asks nothing of its own is quoted by one that does ("FBI asked for the
      address, says ICE wants to deport him"): its words join that request.
    - One agency asking on two kinds of paperwork, each with its own ask ("Alvarez only has an
      I-247A, they want him held; Okafor has a judge's warrant, they want him transferred"),
      makes two requests.
    """
    dhs = [p for p in parties if p.agency in _DHS_FAMILY]
    for party in parties:
        if party.agency in _DHS_FAMILY or not dhs:
            continue
        moved = [
            c
            for c in party.clauses
            if _paper_kind(norm, c) == "civil"
            and not any(m.start >= c.start and m.start < c.end for m in party.mentions)
        ]
        for clause in moved:
            party.clauses.remove(clause)
            if clause not in dhs[0].clauses:
                dhs[0].clauses.append(clause)
                dhs[0].clauses.sort(key=lambda c: c.start)
    asking = [p for p in parties if _asks_in(p.clauses, cues, norm)]
    if asking:
        kept = []
        for party in parties:
            if party in asking:
                kept.append(party)
                continue
            if all(_RELAYED.search(norm[max(0, m.start - 30) : m.start]) for m in party.mentions):
                # quoted by the agency that asks ("says ICE wants to deport him"): its words join that request
                before = [p for p in asking if p.mentions[0].start < party.mentions[0].start]
                host = before[-1] if before else asking[0]
                host.clauses.extend(c for c in party.clauses if c not in host.clauses)
                host.clauses.sort(key=lambda c: c.start)
            elif not all(_is_own_assignment(norm, m) for m in party.mentions):
                kept.append(party)  # an agency whose ask we could not read is still a request: it will be asked about
        parties = kept
    first_item = next((n for n, c in enumerate(shared) if _PERSON_ITEM.match(c.text)), None)
    if len(parties) == 1 and first_item is not None:
        # "Prisoner 1: I-247A only. ICE wants him held. Prisoner 2: ...": the first item is the
        # agency's, though it comes before the agency is named
        parties[0].clauses[:0] = shared[first_item:]
        shared = shared[:first_item]
    scopes: list[tuple[Party | None, list[Clause]]] = []
    own: list[Clause] = []
    for party in parties:
        # "1) FBI wants the report ... 2) can I ask him about his status?": the officer's own
        # question, in words that name no agency, is a request of its own beside the agency's
        mine = _own_question_clauses(norm, party)
        if mine and _asks_in([c for c in party.clauses if c not in mine], cues, norm):
            # with the words just before it that name no agency and ask nothing: its context
            first = party.clauses.index(mine[0])
            context: list[Clause] = []
            for clause in reversed(party.clauses[:first]):
                if _names(party, clause) or _asks_in([clause], cues, norm):
                    break
                context.insert(0, clause)
            own += context + mine
            party.clauses[:] = [c for c in party.clauses if c not in mine]
        for item in _person_items(norm, party.clauses, cues):
            for paper in _paper_segments(norm, item, cues, party.agency):
                for segment in _kind_segments(norm, paper, cues, _purpose_kind):
                    scopes.append((party, sorted(segment + shared, key=lambda c: c.start)))
    if own:
        scopes.append((None, sorted(own + shared, key=lambda c: c.start)))
    return scopes


_OWN_QUESTION = re.compile(
    r"\b(?:(?:can|may|should|could) (?:i|we|my partner)|(?:i|we|my partner|partner|the det|det|detective|our det|my det|the dt) "
    r"(?:wants?|would like|needs?|plans?) to)\b.{0,20}\b(?:ask|question)\b.{0,60}"
    r"\b(?:status|legal|legally|illegal|illegally|papers|citizen|citizenship|green card|visa|undocumented|immigration)\b"
)


# "Prisoner 1 (DWI): ...", "• Prisoner B: ...", "second guy: ...": a labelled item about one person
_PERSON_ITEM = re.compile(
    r"\W*(?:(?:prisoner|subject|person|perp|defendant|collar|arrestee|male|female|guy|individual|suspect|detainee)\s*"
    r"(?:#\s*|no\.?\s*)?(?:[1-9]|[a-d])\b|(?:the )?(?:first|second|third|other) (?:prisoner|subject|person|perp|guy|one|collar|male|female)\b\s*[:(-])"
)


def _person_items(norm: str, clauses: list[Clause], cues: list[_Cue]) -> list[list[Clause]]:
    """A party's clauses split by labelled person items, each item a request of its own.

    "Prisoner 1: I-247A only, ICE wants him held. Prisoner 2: a magistrate's warrant.": each
    person's paper decides for that person. The words before the first item belong to every
    item; an item that asks nothing itself takes the clauses that ask in the others ("what do I
    tell both desks") unless those clauses name paperwork or an aim of their own.
    """
    starts = [n for n, clause in enumerate(clauses) if _PERSON_ITEM.match(clause.text)]
    if len(starts) < 2:
        return [clauses]
    header = clauses[: starts[0]]
    items = [clauses[a:b] for a, b in zip(starts, [*starts[1:], len(clauses)], strict=True)]
    borrowable = [
        c
        for item in items
        for c in item
        if _asks_in([c], cues, norm) and _paper_kind(norm, c) is None and _purpose_kind(norm, c) is None
    ]
    return [
        sorted(
            header + item + ([] if _asks_in(item, cues, norm) else [c for c in borrowable if c not in item]),
            key=lambda c: c.start,
        )
        for item in items
    ]


def _own_question_clauses(norm: str, party: Party) -> list[Clause]:
    """The clauses of the officer's own status question: "my partner wants to ask the complainant
    (the victim's mom) if she's legal" runs over three clauses, none naming the agency."""
    mine: list[Clause] = []
    end = -1
    for clause in party.clauses:
        if clause.start < end:
            mine.append(clause)
            continue
        if _names(party, clause):
            continue
        match = _OWN_QUESTION.search(norm, clause.start, _sentence_bounds(norm, clause.start, clause.end)[1])
        if match is not None and match.start() < clause.end:
            mine.append(clause)
            end = match.end()
    return [c for c in mine if not _names(party, c)]


def _names(party: Party, clause: Clause) -> bool:
    return any(clause.start <= m.start < clause.end for m in party.mentions)


_CUSTODY_ASKS = frozenset({Ask.HOLD, Ask.TRANSFER_CUSTODY})
_NOT_ON_WARRANT = re.compile(
    r"\b(?:isn't|is not|wasn't|was not|not|never)\b (?:named |listed |on |in )?(?:on |in )?(?:any|the|a|their) (?:[\w']+ )?warrants?\b|"
    r"\bno warrant (?:for|on) (?:him|her|them|this guy|that guy)\b"
)
_SEARCH_PAPER = re.compile(r"\bsearch warrants?\b")
_ARREST_PAPER = re.compile(
    r"\barrest warrants?\b|\bindict|\bcomplaint\b|\bcriminal detainer\b|\bwarrant for (?:him|her|his arrest)\b"
)


def _custody_apart(facts: Facts, scope: list[Clause]) -> list[Facts]:
    """A judge's search warrant does not reach a person: "they grabbed a guy who isn't named on any
    warrant and want us to hold him" is a hand-over with no warrant, beside the search itself."""
    custody = facts.asks & _CUSTODY_ASKS
    if facts.warrant is not Warrant.JUDICIAL_CRIMINAL or not custody:
        return [facts]
    words = " ".join(c.text for c in scope)
    beside = _NOT_ON_WARRANT.search(words)
    if not beside and not (_SEARCH_PAPER.search(words) and not _ARREST_PAPER.search(words)):
        return [facts]
    said = beside.group(0) if beside else "a search warrant does not cover a person"
    held = facts.with_asks(custody, warrant=Warrant.NONE)
    held = held.model_copy(update={"evidence": {**held.evidence, "warrant": said}})
    rest = facts.asks - custody
    return [facts.with_asks(rest), held] if rest else [held]


_ASK_OF_US = re.compile(
    r"\b(?:wants?|wanted|asking|asked|asks|needs?|needed|yelling at|telling|told|requesting|requested|would like|"
    r"'d like)\s+(?:us|me|our (?:guys|officers|cops|unit|team|squad|detectives?|people|pct|precinct))\s+to\s+(?:\(?\d\)\s*|[a-c]\)\s*)?(?!be\b)\w+|"
    # "the agent asked me something about the neighbors": a question put to us, whatever it is
    r"\b(?:agents?|he|she|they|ice|hsi|cbp|ero|feds?)\s+(?:then |also |later )?(?:asked|asks|asking)\s+(?:us|me)\s+"
    r"(?:something|about|for|if|whether|which|where|who|what|when|how)\b"
)


# Who in our own house puts a question to the officer: not the federal agency asking something of us.
_IN_HOUSE_ASKER = re.compile(
    r"\b(?:lieutenant|lt\.?|lou|sergeant|sgt\.?|sarge|captain|capt\.?|co|c\.o\.|xo|inspector|chief|boss|supervisor|"
    r"desk officer|aide|partner|ico|integrity control officer|legal bureau|records room|dt|detective|squad)(?:'s)?\s+$"
)
_CHECK_FIRST = re.compile(
    r"(?:confirm|check|verify|clear|run|ask|find out|make sure|double[- ]check|get (?:an answer|a ruling|guidance))\b"
)
_LIST_ITEM = re.compile(r"(?<![\w(])\(?(?:[1-9]|[a-e])\)(?=\s)")
# an item of a numbered list that asks something ("2) to put the plate on our alert list"), not a fact
_ITEM_ASKS = re.compile(
    r"\s*(?:to \w+|(?:[\w']+,? ){0,4}(?:wants?|asking|asked|asks|needs?|would like|'d like|requests?|requesting)\b|"
    r"(?:[\w'-]+ ){0,8}to (?:come|go|get|put|take|enter|search|use|have|see|talk|interview|pick|hold|keep|run|send|"
    r"give|share|add|set|place|walk|drive|borrow|park|sit|help|join)\b)"
)


def _unread_in(norm: str, scope: list[Clause], cues: list[_Cue], status_at: int | None = None) -> re.Match[str] | None:
    """`_unread_ask` over the asks read within this request's clauses."""
    read_at = [c.start for c in cues if any(s.start <= c.start < s.end for s in scope)]
    return _unread_ask(norm, scope, read_at + ([status_at] if status_at is not None else []))


_NOBODY_ASKED = re.compile(
    r"\b(?:nobody|no one|none of them|never|not|n't)\b(?: (?:has|have|had|ever|once|even|really))* ?\w?$"
)


def _unread_ask(norm: str, scope: list[Clause], read_at: list[int]) -> re.Match[str] | None:
    """A request made of us ("wants us to ...", a numbered item asking something) with no ask read
    in the words that follow it."""
    for clause in scope:
        # the ask may run past the clause's end ("want us to | also babysit ...")
        for match in _ASK_OF_US.finditer(norm, clause.start, min(len(norm), clause.end + 40)):
            if match.start() >= clause.end:
                break
            if _IN_HOUSE_ASKER.search(norm, max(0, match.start() - 30), match.start()) and _CHECK_FIRST.match(
                norm, match.end() - len(match.group().split()[-1])
            ):
                continue  # "the lieutenant asked me to run it by you": our chain of command asking us to check
            if _NOBODY_ASKED.search(norm, max(0, match.start() - 20), match.start() + 1):
                continue  # "nobody has asked me to do anything about his visa": nothing asked
            if not any(match.start() <= at <= match.end() + 60 for at in read_at):
                return match
    items = list(_LIST_ITEM.finditer(norm))
    ends = [following.start() for following in items[1:]] + ([len(norm)] if items else [])
    for item, item_end in zip(items, ends, strict=True):
        in_scope = any(min(c.end, item_end) - max(c.start, item.end()) > 3 for c in scope)
        if not in_scope or not _ITEM_ASKS.match(norm, item.end()):
            continue
        # "they want 1) to take him": the words read may begin just before the marker
        if not any(item.start() - 15 <= at < item_end for at in read_at):
            return item
    return None


# "HSI wants our arrest list ..., and one of their agents just got punched": something asked
# of us by name, beside an emergency, that the reader could not place
_WANTS_SOMETHING = re.compile(
    r"\b(?:wants?|wanted|asking for|asked for|asks for|requesting|requested|needs?)\s+"
    r"(?:our|the|a|an|all|copies|copy|his|her|their|some|any)\b"
    # help in the emergency itself is the response, not another request
    r"(?!\s+(?:help|backup|back-up|assistance|hand|cavalry|units?|cars?|cops|officers|guys|people|ambulance|ems|bus|medic)\b)"
)


def _wants_unread(norm: str, scope: list[Clause], cues: list[_Cue]) -> bool:
    read_at = [c.start for c in cues if c.ask is not Ask.PUBLIC_SAFETY_RESPONSE]
    return any(
        not any(match.start() <= at <= match.end() + 60 for at in read_at)
        for clause in scope
        for match in _WANTS_SOMETHING.finditer(norm, clause.start, clause.end)
    )


# "so they can grab him", "so theyll be at the door": what the agents will do next
_SO_THEY_WILL = (
    r"so (?:that )?(?:they'?ll|they|the agents?|ice|ero|hsi|cbp|dhs|the feds)(?: can| could|'ll| will| are able to)?"
)
_THEIR_PLAN = re.compile(_SO_THEY_WILL + r"\b")
_THEIR_PLAN_BEFORE = re.compile(r"\b" + _SO_THEY_WILL + " $")
_PLACE_BEFORE_WHERE = re.compile(
    r"\b(?:at|in|on|from|near|outside|by|to) (?:the|a|an|his|her|their) (?:[\w'-]+ ){1,3}$"
)
# "pull him out and shut the lane" beside a crash: closing the road is part of the response
_ROAD_CLOSED = re.compile(CLOSE_OFF_VERBS + r"\b")
_AT_WORK = re.compile(r"(?:serving|executing|making|doing|conducting|carrying out|effecting|hitting)\b")
_AGENTS_AT_WORK_BEFORE = re.compile(
    r"\b(?:team|teams|agents?|officers?|feds|they|ice|hsi|ero|cbp|fbi|dea|atf|usms|marshals)\s+(?:who (?:were|was) |(?:were|was|are|is) )?(?:just )?$|"
    r"\b(?:while|when|as) (?:they|the agents?|the team|agents) (?:were|was|are) (?:\w+ )?$"
)


# "CBP agents are yelling at us to help clear the floor": help in the emergency is the response itself
_HELP_IN_THE_EMERGENCY = re.compile(
    r"\b(?:help|assist|aid)\b(?:\s+(?:us|them|him|her|out))?\s*(?:with\s+(?:the\s+)?)?"
    r"(?:clear|evacuat\w*|get (?:people|everyone|them|folks) out|put out|carry|pull|rescue|treat|stop the|with the (?:fire|victim|injured|wounded))\b"
)


def _help_in_the_emergency(norm: str, scope: list[Clause], cues: list[_Cue]) -> bool:
    """Every unread ask of us is a call for help with the emergency read beside it."""
    if not any(c.ask is Ask.PUBLIC_SAFETY_RESPONSE for c in cues):
        return False
    asks = [m for clause in scope for m in _ASK_OF_US.finditer(norm, clause.start, clause.end)]
    return bool(asks) and all(
        _HELP_IN_THE_EMERGENCY.search(norm, m.end() - len(m.group().split()[-1]), m.end() + 40) for m in asks
    )


def _emergency_apart(facts: Facts, unread: bool = False) -> list[Facts]:
    """ "An agent got jumped, and he wants us to catch the guy they came to deport": responding to
    the violence is one request (answered at once), the enforcement asked beside it another. An
    ask beside it that could not be read ("now they want us to <...>") is that other request,
    with no ask: the officer is asked what it is."""
    if Ask.PUBLIC_SAFETY_RESPONSE not in facts.asks or (len(facts.asks) == 1 and not unread):
        return [facts]
    emergency = _purpose_set(facts.with_asks(frozenset({Ask.PUBLIC_SAFETY_RESPONSE})), Purpose.PUBLIC_SAFETY)
    rest = facts.with_asks(facts.asks - {Ask.PUBLIC_SAFETY_RESPONSE})
    if rest.purpose is Purpose.PUBLIC_SAFETY:  # the emergency's purpose, not the other request's
        rest = _purpose_set(rest, Purpose.UNKNOWN)
    return [emergency, rest]


def _purpose_set(facts: Facts, purpose: Purpose) -> Facts:
    """These facts with a purpose of the split itself, not one read from words: no evidence, no source."""
    return facts.model_copy(
        update={
            "purpose": purpose,
            "evidence": {k: v for k, v in facts.evidence.items() if k != "purpose"},
            "sources": {k: v for k, v in facts.sources.items() if k != "purpose"},
        }
    )


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


# "Also, hypothetically, if ICE comes back tomorrow ...", "and suppose he texts back next month",
# "what if ICE calls tomorrow": a request that may come later is not before the officer now
_HYPOTHETICAL = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:(?:and|also|but|oh|plus|separate thing|separately)\W+)*"
    r"(?:what if|hypothetically|suppose|supposing|let's say|lets say|and if|if later|if (?:after|later|tomorrow|next))\b"
    r"[^.?!]*[.?!]?"
)
_LATER = re.compile(
    r"\b(?:tomorrow|later|next (?:week|month|time)|comes? back|calls? back|texts? back|down the road|in the future|"
    r"after (?:we|that|he|she)|afterwards|what then|then what|hypothetically|suppose|supposing|what if)\b"
)


def _set_aside_hypotheticals(text: Text) -> Text:
    """Blank the sentences that ask about a request that may come later, when the rest of the
    message is a question of its own; a message that is only "what if" is still read."""
    spans = [m.span() for m in _HYPOTHETICAL.finditer(text.norm) if _LATER.search(m.group(0))]
    if not spans:
        return text
    chars = list(text.norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = "".join(chars)
    if not re.search(r"\w", rest) or not _ASKING_REST.search(rest):
        return text
    return Text(text.original, rest, text.origin)


_ASKING_REST = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|request\w*|needs?|can (?:i|we)|should (?:i|we)|may (?:i|we)|"
    r"is (?:it|that|this) (?:ok|okay|allowed|fine)|do (?:i|we))\b|\?"
)


def _keyboard_mash(norm: str) -> bool:
    """Runs of neighbouring keys ("sdfg", "hjkl", "qwe") making up a good part of the message."""
    words = re.findall(r"[a-z]+", norm)
    mashed = [w for w in words if len(w) >= 3 and any(w in row for row in _KEYBOARD_ROWS)]
    return len(mashed) >= 2 and len(mashed) * 4 >= len(words)


def _without(text: Text, others: list[Clause]) -> Text:
    """The text with these clauses blanked (same length, same map to the original)."""
    keep = [True] * len(text.norm)
    for clause in others:
        keep[clause.start : clause.end] = [False] * (clause.end - clause.start)
    norm = "".join(c if kept else " " for c, kept in zip(text.norm, keep, strict=True))
    return Text(text.original, norm, text.origin)


def _doubt_a_criminal_aim_beside_removal(
    read: list[tuple[Facts, list[Clause]]], parties: list[Party | None]
) -> list[tuple[Facts, list[Clause]]]:
    """One agency asking for one thing to remove someone and another for a criminal case: the
    criminal aim may serve the removal too, so it cannot carry a permission on its own."""
    civil = {
        id(party) for (facts, _), party in zip(read, parties, strict=True) if facts.purpose is Purpose.CIVIL_IMMIGRATION
    }
    doubted: list[tuple[Facts, list[Clause]]] = []
    for (facts, scope), party in zip(read, parties, strict=True):
        if party is not None and id(party) in civil and facts.purpose is Purpose.CRIMINAL_INVESTIGATION:
            facts = facts.model_copy(update={"sources": {**facts.sources, "purpose": Source.HEDGED}})
        doubted.append((facts, scope))
    return doubted


_MIXING = re.compile(
    r"\b(?:but|goal|end ?game|plan|expected|expect|really|actually|main|ultimately|in the end|outcome|eventually|"
    r"end up|ends up|real reason|bottom line)\b"
)


def _purpose_kind(norm: str, clause: Clause) -> str | None:
    """The aim a clause names, if any: civil removal, or a criminal case (immigration crimes too)."""
    civil = CIVIL_STRONG.search(norm, clause.start, clause.end)
    if civil and not is_negated(norm, civil.start()):
        # "but the main goal is to get him deported" is the aim of the same request (mixed), not another
        return None if _MIXING.search(norm, clause.start, clause.end) else "civil"
    if IMMIGRATION_CRIME.search(norm, clause.start, clause.end) or CRIMINAL_EXPLICIT.search(
        norm, clause.start, clause.end
    ):
        return "criminal"
    crime = CRIME_TERMS.search(norm, clause.start, clause.end)
    if crime and INVESTIGATION_CONTEXT.search(norm, clause.start, clause.end):
        # "subject was convicted of criminal possession of a weapon": the record, not an aim
        return None if _RECORD_WORDS.search(norm, clause.start, clause.end) else "criminal"
    return None


def _kind_segments(
    norm: str,
    clauses: list[Clause],
    cues: list[_Cue],
    kind_of: Callable[[str, Clause], str | None],
    paper: bool = False,
) -> list[list[Clause]]:
    """Clauses split where a new kind (of paperwork, of aim) comes with asks of its own: "they want to
    interview him about his removal case, and a copy of his report for a smuggling case" is two."""
    segments: list[list[Clause]] = [[]]
    kind: str | None = None
    for clause in clauses:
        this_kind = kind_of(norm, clause)
        current = segments[-1]
        if (
            this_kind
            and paper
            and _PAPER_ONLY.match(clause.text)
            and _MORE_BEFORE.search(norm, max(0, clause.start - 25), clause.start)
        ):
            # "a warrant signed by a magistrate ordering custody, plus the detainer": more paper on
            # the same person adds to the request, it does not start another
            this_kind = None
        if this_kind and kind and this_kind != kind and _asks_in(current, cues, norm):
            segments.append([clause])
            kind = this_kind
            continue
        current.append(clause)
        kind = kind or this_kind
    merged = [s for s in segments if s]
    if all(_asks_in(s, cues, norm) for s in merged):
        return merged
    return [[c for s in merged for c in s]]


_PAPER_ONLY = re.compile(
    r"\W*(?:plus |along with |together with |as well as |and also |also |and )?(?:a |an |the |their |his |her )?(?:[\w-]+ )?"
    r"(?:detainer|i-? ?247\w*|warrant)s?(?: too| also| as well)?\s*[.,;]?\s*$"
)
_MORE_BEFORE = re.compile(r"\b(?:plus|along with|together with|as well as|and also|also|and)\W*$")


_CRIMINAL_AGENCIES = frozenset({Agency.FBI, Agency.DEA, Agency.ATF, Agency.USMS})
_IMMIGRATION_DETAINER = re.compile(
    r"\bi-?247|\b247a|\beye[- ]?247|\beye two forty|\b(?:ice|immigration|dhs|ero|civil)(?:'s)? (?:[\w-]+ )?detainers?\b|\bdetain[- ]her\b"
)


def _paper_kind_of(agency: Agency | None) -> Callable[[str, Clause], str | None]:
    """The paper kind as the asking agency's words mean it: the FBI's or the Marshals' "detainer"
    rests on their criminal case, only an immigration detainer is civil paper."""
    if agency not in _CRIMINAL_AGENCIES:
        return _paper_kind

    def kind(norm: str, clause: Clause) -> str | None:
        found = _paper_kind(norm, clause)
        if (
            found == "civil"
            and not _ADMIN.search(norm, clause.start, clause.end)
            and not _IMMIGRATION_DETAINER.search(norm, clause.start, clause.end)
        ):
            return "judicial"
        return found

    return kind


def _paper_segments(
    norm: str, clauses: list[Clause], cues: list[_Cue], agency: Agency | None = None
) -> list[list[Clause]]:
    """A party's clauses, split where a new kind of paperwork comes with asks of its own."""
    paper_kind = _paper_kind_of(agency)
    merged = _kind_segments(norm, clauses, cues, paper_kind, paper=True)
    kinds = [k for k in (paper_kind(norm, c) for c in clauses) if k]
    both = [c for c in clauses if _BOTH.search(c.text) and _asks_in([c], cues, norm)]
    if len(merged) == 1 and len(set(kinds)) > 1 and both:
        # "... an I-247A for one, a judge's warrant for the other; they want both held": each paper is a request
        by_kind: dict[str, list[Clause]] = {}
        for clause in clauses:
            kind_here = paper_kind(norm, clause)
            if kind_here:
                by_kind.setdefault(kind_here, []).append(clause)
        return [sorted(group + both, key=lambda c: c.start) for group in by_kind.values()]
    return merged


# "they want both held", not "that checks both boxes"
_BOTH = re.compile(
    r"\b(?:both(?! (?:boxes|conditions|requirements|prongs|criteria|tests|things|parts|of those (?:boxes|things)))|each|"
    r"all (?:of )?(?:them|three|two)|the two)\b"
)


def _drop_empty_duplicates(facts: list[Facts]) -> list[Facts]:
    """When no request in the message states an ask, it is one request (the first agency's)."""
    asking = [f for f in facts if f.asks]
    if not asking:
        return facts[:1]
    return facts
