"""The words that say which paper a request rests on: who signed it, whether it was seen, whether
it exists yet, and whose paper it is. Read by `bot.facts.warrant`."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import NOT_RECEIVED
from bot.facts.prefilter import gated

__all__ = [
    "ANY_WARRANT",
    "ARTICLE_III",
    "CHARGES_CONSIDERED",
    "CHARGES_ONLY",
    "CIVIL_PAPER_NAMED",
    "COMPARED_TO",
    "CRIME_BESIDE",
    "DETAINER_TEST",
    "FIELD_LABEL_AFTER",
    "FUTURE_WARRANT",
    "HELD_ON_BEFORE",
    "IMMIGRATION_JUDGE",
    "NO_WARRANT",
    "OUR_CHARGE_BEFORE",
    "OWN_WARRANT",
    "PAPER_KIND_DOUBTED",
    "PAPER_NAMED",
    "PERSON_AFTER_CRIME",
    "PROBABLY_DONE_BY_NOW",
    "PROMISED_AFTER",
    "RESTATED",
    "SIGNATURE_ADMIN",
    "SIGNER_CHECKED_ADMIN",
    "SIGNER_UNKNOWN",
    "SIGNING_PROMISED",
    "STATE_COURT_AFTER",
    "TITLE_BEFORE",
    "UNSIGNED",
    "WARRANT_ATTACHED",
    "WARRANT_FOR",
    "WILL_SIGN",
    "persons_own_order",
]

PAPER_NAMED = re.compile(
    r"\b(?:form|paper|papers|it|document|header|top|title|fax|sheet)(?: itself)? (?:says|reads|is|shows|is an?|'s an?|says it's an?)\s+(?:an? )?$"
)
IMMIGRATION_JUDGE = re.compile(
    r"\bimmigration (?:court )?judge'?s?\b|\bjudge (?:at|from|of) (?:the )?immigration court\b"
)
ARTICLE_III = re.compile(r"\b(?:magistrate|mag|district|federal|fed|edny|sdny|u\.?s\.?|united states)\b")
SIGNER_UNKNOWN = gated(
    r"\b(?:don't know|do not know|doesn't know|does not know|not sure|unsure|no idea|can't tell|cannot tell|couldn't tell|unclear|idk|"
    r"(?:didn't|did not|doesn't|does not|wouldn't|would not|won't|never|can't|cannot|couldn't|could not) (?:say|tell|mention|specify|state)|"
    r"(?:nobody|no one|noone) (?:has |had |have )?(?:said|told (?:me|us)|knows|can say|mentioned))\b.{0,30}"
    r"\b(?:who|whose|which judge|if (?:a |the )?judge|if it was a judge|whether (?:a |the )?judge)\b.{0,20}\bsign|"
    # "can't tell if it's a federal criminal warrant or an immigration violator entry": either paper possible
    r"\b(?:can't|cannot|couldn't|not sure|don't know|unclear)\b[^.;]{0,15}\b(?:if|whether) (?:it's|it is|its|this is|that's) "
    r"(?:a|an) [^.;]{0,40}\b(?:warrant|entry|detainer|i-?200|i-?205|i-?247a?)\b[^.;]{0,10} or (?:a|an|one of (?:those|the|them))\b|"
    # "who signed it I don't know", "who sign, we don't know": the question first, then the doubt
    r"\bwho sign(?:ed)?(?: it| this| that| the warrant| the paper)?,? (?:i |we )?(?:don't|do not|dont|doesn't|does not) know\b|"
    r"\bsign(?:ed|er|ature)\b.{0,25}\b(?:unknown|unclear|illegible|a scribble|can't read|not clear|blank|empty|missing)\b|"
    r"\bunsigned\b|\bno signature\b|"
    # "only pages 1-2 came through, the signature page didn't", "the last page with the signature is missing"
    r"\bsignature (?:page|block|line)s?\b[^.;!?]{0,15}\b(?:didn't|did not|never|hasn't|has not|wasn't|was not|isn't|is not|won't|"
    r"doesn't|does not)\b(?: (?:come|get|print|attach|arrive|scan|fax|show))?|"
    r"\b(?:missing|without|minus|no|lost|cut off) (?:the |its |his |her |their )?(?:signature|signed|last|final) (?:page|block|line)\b|"
    r"\b(?:signature|last|final) (?:page|block|line) (?:is |was |got |gets )?(?:missing|cut off|not (?:there|included|attached))\b|"
    r"\bcut off (?:before|above|at) the (?:signature|bottom)\b|"
    # "keeps it folded in his jacket and won't let me read it": the paper is not read
    r"\b(?:won't|wont|will not|wouldn't|would not|refuses? to|refused to) let (?:me|us|the desk) (?:read|see|look at|check) "
    r"(?:it|the warrant|the paper(?:work|s)?)\b|"
    # "only a screenshot, and you can't see who signed it", "I didn't see who signed it"
    r"\b(?:can't|cannot|can not|couldn't|could not|didn't|did not|haven't|have not|never) (?:see|seen|read|tell|make out|check|checked) "
    r"(?:who|whose|which judge)\b.{0,20}\bsign|"
    # "he 'assumes' a judge signed it; he didn't read the signature line"
    r"\b(?:didn't|did not|never|hasn't|has not|haven't|have not) (?:read|check|checked|look at|looked at|see|seen) the signature(?: line| block| page)?\b|"
    r"\bassum(?:es|ed|ing|e) (?:that )?(?:a |the )?(?:federal )?judge signed\b|"
    # "the day-tour sergeant thinks it was 'signed by a judge'": someone's belief, not the paper read
    r"\b(?:thinks|believes|figures|guesses|assumes)\b (?:that )?(?:it|this|that|the (?:warrant|paper(?:work)?|papers))?(?:'s| was| is)? ?['\"]?"
    r"(?:signed by (?:a |the )?(?:federal |u\.?s\.? )?(?:magistrate )?judge|(?:an? |the )?(?:federal )?judge'?s? (?:warrant|paper|order|signature)|(?:a |the )?judge signed)\b|"
    # "hasn't shown the paperwork yet", "never showed us the warrant": paper claimed, not seen
    r"\b(?:hasn't|has not|haven't|have not|didn't|did not|won't|wouldn't|never)(?: yet)? (?:shown|show|showed|produced|produce|"
    r"presented|present|brought|given|handed over|sent|emailed)(?: us| me)? (?:it|the warrant|the paperwork|the paper|the papers|"
    r"any paperwork|any paper|a copy|the copy|anything)\b|"
    # "left the copy at the office": the paper is not here to read
    r"\b(?:left|forgot) (?:the|his|her|their|a) (?:copy|warrant|paperwork|paper|papers) (?:at|in|back at|back in|on)\b|"
    # "won't send a copy til they get here", "nobody here has actually seen it"
    r"\b(?:won't|will not|wouldn't|would not|can't|cannot|refuses? to|refused to) (?:send|show|email|fax|give) (?:us |me )?"
    r"(?:a copy|the copy|copies|it|the warrant|the paper(?:work|s)?)\b|"
    r"\b(?:nobody|no one|none of us)(?: here| on the desk| at the desk)?(?:'s| has| have)? (?:actually |even )?(?:seen|read|looked at) "
    r"(?:it|the warrant|the paper(?:work|s)?|them)\b|"
    # "there's a warrant on our guy, the paper is coming", "they'll bring the paper when they come":
    # the paper is only what the agent says it is until it arrives
    r"\b(?:the |their |a )?(?<!immigration )(?<!travel )(?<!id )(?:paper(?:work|s)?|copy) (?:is |are |will be )?"
    r"(?:coming(?! (?:off|out|from|through|in|into|back|up)\b)|on (?:the|its) way|being (?:sent|faxed|emailed))\b|"
    r"\b(?:they'll|they will|he'll|he will|she'll|she will|will) (?:bring|send|fax|email|drop off) (?:the |a |us the |us a )?(?:paper(?:work|s)?|copy|warrant)\b"
    r"(?: (?:when|once|later|with them|tomorrow|tmrw|after))|"
    # "they're sending the paper 'later'": still to come, so not read
    r"\b(?:they're|they are|he's|he is|she's|she is) (?:sending|bringing|faxing|emailing) (?:us |me )?(?:the |a )?"
    r"(?:paper(?:work|s)?|copy|warrant)\b(?= ['\"]?(?:when|once|later|tomorrow|tmrw|after|tonight|soon)\b)|"
    # "they have 'warrant' for our prisoner, not shown yet"
    r"\bnot (?:shown|showed|seen|produced|presented|sent) (?:to us |to me )?yet\b|"
    # "a signature over the word 'Judge'. no court name, no 'magistrate', no 'district'": the marks
    # of a federal court are missing, and an immigration judge signs as "Judge" too
    r"\bno (?:court(?: name)?|district|magistrate)\b['\"]?,? (?:and )?no ['\"]?(?:court(?: name)?|district|magistrate)\b|"
    # "signed, but the name is illegible and there's no title or court stamp": who signed cannot be read
    r"\b(?:name|signature|signer|sig) (?:is |was )?(?:illegible|unreadable|a scribble|a squiggle)\b|"
    r"\bno (?:title|court stamp|court seal) (?:or|and|nor) (?:a )?(?:title|court stamp|court seal|stamp|seal)\b|"
    # "signed 'R. Castellano' with no title, no court": a name that does not say who signed
    r"\b(?:signed|signature|sig)\b.{0,40}?\b(?:with )?no (?:title|court|district|office)\b|"
    r"\b(?:i |we )?(?:didn't|did not|haven't|have not) (?:see|seen|read) (?:it|the warrant|the paperwork|the paper|them)\b|"
    # "asked for a copy - not received", "no copy yet": the paper is only what the agent says it is
    # (the dash cuts the clause: "not received" is found by looking back at "copy")
    r"(?:(?<=copy - )|(?<=copy -)|(?<=copy, )|(?<=copy )|(?<=copy: )|(?<=copies - )|(?<=copies ))"
    rf"{NOT_RECEIVED}\b|\bno copy(?: yet| received| in hand)?\b|"
    # "there's a warrant too, I'll check who signed it", "a warrant they haven't shown us": who
    # signed is still to be found out
    r"\b(?:i'll|i will|we'll|we will|they'll|they will|he'll|she'll|let me|(?:i|we|they|he|she) (?:need|needs|have|has) to|"
    r"(?:i'm|we're|they're|he's|she's) (?:going to|gonna)) (?:check|find out|confirm|verify|see|look(?: into)?|ask) "
    r"(?:who|whose|which judge|if a judge|whether a judge)\b.{0,20}\bsign|"
    r"\b(?:warrant|paper(?:work)?|papers) (?:that )?(?:they|he|she) (?:haven't|have not|hasn't|has not|didn't|did not|never)(?: yet)? "
    r"(?:shown|show|showed|produced|presented|sent)\b|"
    # "nobody's seen who signed it", "nobody on the desk could read who signed it"
    r"\b(?:nobody|no one|none of us)(?:'s| has| have| on the desk| here)? (?:seen|saw|could read|can read|could tell|can tell|knows?|read)\b.{0,15}\bwho sign"
)
RESTATED = re.compile(
    r"\b(?:correction|update|actually|turns out|scratch that|wait|on second thought|my mistake|i was wrong|my bad)\b"
)
PAPER_KIND_DOUBTED = re.compile(
    r"\b(?:don't know|do not know|not know|dont know|not sure|unsure|unclear|no idea|can't tell|cannot tell)\b[^.;!?]{0,25}?"
    r"\b(?:what (?:kind|type|sort|form)|which (?:kind|type|form)|what it is|if it'?s|if is|whether it'?s|it is|it's|is it)\b"
)
WARRANT_ATTACHED = re.compile(
    r"\bwarrant (?:stapled|attached|clipped|paper-?clipped|with it|behind it)\b|\b(?:with|plus) (?:a|an) (?:[\w']+ )?warrant (?:stapled|attached|clipped)\b|"
    # "ERO faxed a detainer and 'an arrest warrant'": a warrant sent beside the detainer
    # (the clauses are joined without their "and": "detainer an arrest warrant")
    r"\bdetainers?['\"]?,? (?:(?:and|plus|with|along with|together with|&) (?:also )?(?:an? |the |their |what they call |something they call )?|"
    r"(?:an? |their |what they call |something they call ))['\"]?(?:[\w']+ )?warrant"
)
_ADMIN_SIGNER = (
    r"(?:ice |ero |dhs )?(?:authorized |supervisory )?(?:detention (?:and|&) )?(?:deportation officer|sddo|ice officer|immigration officer|ero officer|"
    r"(?:(?:deputy|assistant|acting) )?field office director|border patrol agent|(?:border )?patrol agent in charge|bp agent|cbp officer|"
    # ("signed by their port director": CBP's head of a port of entry)
    r"(?:cbp )?port director)"
)
SIGNATURE_ADMIN = re.compile(
    # "the signature block for an immigration officer", "asked who signed it, the agent said the
    # field office director": an ICE official's signature makes the paper administrative
    r"(?:\b(?:signature|signed|signer|signature line|signature block|sig|sig block|sig line|title|title line|scribble|squiggle)\b (?:[\w']+ ){0,3}"
    r"(?:says|reads|is|shows|for|of|from|was|by)|\bwho signed (?:it|the warrant|the paper|that|this)\b,? (?:[\w']+ ){0,3}(?:said|says|was|is))"
    # ("Signed by: Field Office Director": a notes field)
    rf"\s*:?\s+['\"]?(?:an? |the |their |his |her |some )?{_ADMIN_SIGNER}|"
    # "the copy he handed me says 'Supervisory Detention and Deportation Officer' at the bottom":
    # the title where the paper is signed
    rf"\b(?:says|reads|shows|has|printed|typed) ['\"]?(?:an? |the )?{_ADMIN_SIGNER}['\"]? (?:at|on|along|across|near) the bottom\b|"
    # "a form with DHS at the top and a signature at the bottom from some officer": an officer, no judge
    r"\b(?:signature|signed)\b (?:[\w']+ ){0,4}(?:from|by) (?:some|an?|the|their) (?:dhs |ice |ero |immigration |federal )?"
    r"(?:officer|official)\b(?! of the court)"
)
# "wasn't sure who signed - checked: 'J. Morales, Supervisory Detention and Deportation Officer'":
# the doubt settled by reading the signature, a name and an ICE officer's title
SIGNER_CHECKED_ADMIN = re.compile(
    r"\bwho sign(?:ed)?\b[^.;!?]{0,25}?\b(?:checked|confirmed|verified|looked(?: again)?|turns out|it says|it's)\b\W{0,4}"
    r"(?:[a-z]\.\s*)?(?:[\w']+,?\s+){0,2}(?:ice |ero |dhs )?(?:authorized |supervisory )?(?:detention (?:and|&) )?"
    r"(?:deportation officer|sddo|ice officer|immigration officer|ero officer|field office director)\b"
)
WARRANT_FOR = re.compile(
    r"\b(?:federal )?warrant (?:out )?(?:for|on) (?:(?:him|her|them|(?:the|our|my|this|that) (?:guy|perp|collar|prisoner|man|woman|suspect|subject|defendant)|[\w']+) (?:for|on) )?"
)
ANY_WARRANT = gated(
    # "warrant section. ICE sent an I-247A": the officer's unit, not paper
    # ("warrant prep": paper still being written, none in hand)
    # ("this morning's warrant job": the job our officers went on)
    # ("the seized Mercedes from last year's warrant case": a past case of ours, no paper now)
    r"(?<!last year's )(?<!last month's )(?<!last week's )"
    r"\bwarrants?\b(?! (?:section|squad|unit|office|desk|division|team|room|officers?|prep|preparation|application|applications|affidavit|drafting|jobs?)\b)|"
    # ("the usual chain-of-custody paperwork": evidence forms, not paper for a person; "check papers on
    # the 4 guys", "look through his bag for ID papers": the person's documents, not the agents' paper)
    # ("the court dates and arrest paperwork on our perp": our arrest's records, asked for)
    r"(?<!custody )(?<!evidence )(?<!property )(?<!voucher )(?<!arrest )(?<!booking )(?<!adoption )(?<!forfeiture )\bpaperwork\b|(?<!check )(?<!checking )(?<!check their )(?<!check his )(?<!check her )"
    r"(?<!\bid )(?<!identity )(?<!identification )(?<!travel )(?<!citizenship )(?<!naturalization )"
    r"(?<!drivers )(?<!drivers' )(?<!driver's )(?<!workers )(?<!workers' )(?<!passengers )(?<!passengers' )(?<!people's )(?<!everyone's )(?<!everybody's )\bpapers\b|\bsome kind of\b|\bsomething (?:they're |they are )?calling a warrant"
)
CIVIL_PAPER_NAMED = re.compile(r"\b(?:ice|ero|dhs|immigration|admin(?:istrative)?|civil|i-?2\d\d\w?)\b")
NO_WARRANT = gated(
    # "says complaint gets filed monday": nothing filed or signed yet
    r"\b(?:complaint|charges?|indictment|warrant)s? (?:[\w']+ ){0,2}(?:gets?|will be|is going to be|to be|should be) (?:filed|signed|issued)\b|"
    # ("we've seen no paper at all": none shown, which says nothing of whether one exists)
    r"(?<!seen )\b(?:(?:no|zero|without|don't have|doesn't have|didn't have|never got|haven't got|haven't|hasn't|nothing)\b(?! (?:clue|idea)\b)|"
    # "a real criminal warrant from a real judge, not ICE paper": a contrast, not a denial
    # (but "there's no ICE paperwork at all" denies it)
    r"not\b(?! (?:an? )?(?:ice|ero|dhs|immigration|admin(?:istrative)?|civil)\b))"
    # "haven't shown any paper yet": whether they have one is what is unknown
    r"(?! (?:shown|showed|produced|presented|brought|seen))\s*(?:[\w']+ ){0,2}"
    # ("that's it, no paperwork from us": nothing of ours to hand over, nothing said of their paper)
    r"(?:warrants?|paperwork|papers|judge|signed|paper|complaint|indictment|charges filed|forms?|documents?|docs)\b"
    # ("no warrant mentioned": not said, which is not the same as none; "nothing in the paperwork
    # about the watchlist": the paper is silent on something else)
    r"(?! (?:from|by) (?:us|me|our)\b| (?:was |were |is |got )?(?:mentioned|discussed|brought up|stated)\b| (?:about|regarding|as to)\b)"
    r"|\bno paperwork\b(?! (?:from|by) (?:us|me|our)\b| (?:was |were |is |got )?(?:mentioned|discussed|brought up|stated)\b)|\bnothing signed\b|"
    r"(?<!seen )\bno (?:paper|docs)\b|"
    # a notes field: "Paperwork: none", "Warrant: n/a"
    r"(?:(?<=paperwork: )|(?<=paperwork:)|(?<=warrant: )|(?<=warrant:)|(?<=paper: )|(?<=papers: )|(?<=docs: ))"
    r"(?:none|nothing|n/?a|nil|no|zero)\b|\bnothing (?:is |has been |'s been |was |got )?(?:filed|signed|on paper|in writing)\b|\b(?:not|never|hasn't been|haven't been) filed\b"
)
FIELD_LABEL_AFTER = re.compile(r"\s*(?:\([\w ]{1,12}\)\s*)?:")
# "no charges filed yet": our own case's charges, when told beside a judge's paper
CHARGES_ONLY = re.compile(
    r"(?:no|not|never|nothing|hasn't been|haven't been) (?:[\w']+ ){0,2}charges? filed|(?:not|never|hasn't been|haven't been) filed"
)
# "the feds are considering charges": no charge yet, so no warrant either (when no paper is named)
CHARGES_CONSIDERED = re.compile(
    r"\b(?:considering|thinking about|looking at|weighing|exploring|contemplating|might bring|may bring|could bring|"
    r"planning to (?:bring|file)|plan to (?:bring|file)|want to (?:bring|file)) (?:federal |fed )?charg(?:es|ing)\b|"
    r"\bcharges? (?:are |is )?(?:being )?(?:considered|contemplated)\b|"
    # "our AUSA is reviewing the case for federal charges": a prosecutor deciding, no charge yet
    r"\b(?:reviewing|evaluating|assessing|looking into) (?:the |this |his |her )?(?:case |matter )?for (?:possible |potential )?(?:federal |fed )?charges?\b"
)
# "the sergeant thinks that makes it basically a warrant": the paper compared to a warrant, not more paper
COMPARED_TO = re.compile(
    r"\b(?:basically|like|same as|the same as|counts? as|count as|as good as|equivalent (?:of|to)|makes it|treat it as|"
    r"is it|isn't it|not)\s+(?:a |an |the )?(?:real |actual |judicial |judge'?s? )?$|"
    r"\bis (?:an? |the |this |that )?(?:[\w']+ ){0,3}an? (?:real|actual|proper) $"
)
# "a warrant from Bronx Supreme": a state court's warrant, the NYPD's own matter
STATE_COURT_AFTER = re.compile(
    r"\s*(?:from|out of|issued by) (?:the )?(?:bronx|brooklyn|kings|queens|manhattan|new york|ny|richmond|staten island|"
    r"nassau|suffolk|westchester|state)(?: county)? (?:supreme|criminal|family|county|city|district|local)\b"
)
FUTURE_WARRANT = re.compile(
    # "when juan gets out, they have a judge warrant": getting out is the release, not a warrant to come;
    # "hold him till 4, it's signed by judge liman": a time, not a paper still to come
    r"\b(?:will|'ll|going to|gonna|(?:getting|get|gets)(?! out\b)(?! released\b)(?! here\b)(?! there\b)|waiting (?:on|for)|once|(?:until|till)(?! \d)|trying to get|working on|applying for|yet|"
    r"by (?:tomorrow|tonight|tmrw|the morning|morning|noon|the afternoon|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|next|the end|end of|then|\d)|"
    r"obtain|obtaining|should|supposed to|expected to|expects to|hoping to|hopes to|"
    # "ERO is in the process of seeking a warrant": asked of a judge, not yet issued
    r"seek|seeking|pursuing|applied for|in the process of|"
    r"on the way|on their way|bringing|coming with|en route|"
    # "held until they can get here with papers": the paper comes with them, later ("shows up with a
    # warrant", "NCIC comes back with a warrant": in hand now)
    r"(?:can|could|will|'ll|to) (?:get|come|show up|come back|arrive) (?:here |back |over |down |in )?with)\b"
)
OWN_WARRANT = re.compile(
    r"\b(?:picked|locked|brought|grabbed|arrested|collared|took|scooped)\b.{0,20}\bon (?:a|an|the|his|her|that|an open)\s*$|"
    r"(?<!federal )(?<!fed )\bbench\s*$|\bour\s*$|\bour (?:search|arrest|bench|court|no-knock)\s*$|\bopen\s*$|\bwarrant squad\b|\bnypd\s*$|\bstate\s*$|"
    # "on our own state robbery warrant": the NYPD's own paper, whatever crime it names
    r"\bour own (?:[\w-]+ ){0,2}$|(?<!united )\b(?:nypd|state) (?:robbery|assault|burglary|larceny|homicide|murder|gun|weapons?|drug|narcotics|fraud|rape|arrest|bench|search|court (?:search |arrest )?) $|"
    r"\b(?:is|was|he's|she's) (?:here|in|held|locked up|in custody|being held) on (?:a|an|the)\s*$"
)
DETAINER_TEST = re.compile(r"\btsdb\b|\bwatch ?list\b|\bconvict\w*|\bpriors?\b|\brap\b")
# "for a man who has a removal order. They showed me a warrant signed by a magistrate judge": the
# order is what the person has, the paper shown is the other one (read against the words before it)
_PERSON_WITH_ORDER = re.compile(
    r"\b(?:man|woman|guy|person|someone|somebody|he|she|who|individual|subject|target|tenant|resident|worker|"
    r"prisoner|detainee|people|folks|employee|mechanic|owner|driver|passenger|occupant)\b (?:of (?:the|that|this) [\w-]+ )?(?:who )?(?:(?:they|he|she|ice|ero|the agents?) (?:say|says|said|claim|claims) )?"
    r"(?:has|had|have|with|got|is under|under)\b (?:an? )?"
    r"(?:final |old |outstanding |prior |existing |active )?$"
)
# "an arrest warrant ... for a woman in our cells on a petit larceny": the charge we hold her on
_HELD_ON = (
    r"\b(?:in (?:our |the )?(?:cells|custody|pens)|held|locked up|arrested|collared|booked|picked up|brought in|(?<=prisoner )in)\b"
    r"[^.;]{0,20}\b(?:on|for) (?:an? |the |his |her )?"
)
OUR_CHARGE_BEFORE = re.compile(_HELD_ON + r"(?:[\w-]+ )?$")
# "in custody on a Bronx robbery warrant": the paper we hold the person on, a few words before "warrant"
HELD_ON_BEFORE = re.compile(_HELD_ON + r"(?:[\w-]+ ){0,3}$")


def persons_own_order(norm: str, start: int) -> bool:
    """Whether the removal order at `start` is told as what a person has ("a man who has a removal order")."""
    return _PERSON_WITH_ORDER.search(norm, max(0, start - 50), start) is not None


# a promised warrant that "should be signed by now": perhaps it exists, so who signed it is the question
PROBABLY_DONE_BY_NOW = re.compile(
    r"\b(?:should|ought to|must|probably|prolly) (?:be |have been )?(?:done|signed|ready|finished|through|back|in)"
    r"(?: (?:by now|already|at this point))\b|\b(?:should|must) (?:have|'ve) (?:it|been) (?:signed|done)\b"
)


# "turns out the warrant isn't signed yet": paper that is not a warrant yet
UNSIGNED = re.compile(
    r"\b(?:warrant|complaint|paper|paperwork|it)(?:'s| is| was)? (?:isn't|is not|isnt|wasn't|was not|not|ain't|hasn't been|"
    r"has not been|never been|never got|not yet) (?:been |gotten |got )?signed\b(?! by)|\bunsigned\b"
)
# "they say it'll be signed this afternoon": a signature still to come
SIGNING_PROMISED = re.compile(
    r"\b(?:it'll|it will|it should|it's going to|it is going to|it's gonna|will|should|is going to|gonna) (?:be|get) signed\b|"
    r"\b(?:judge|magistrate)(?: judge)? (?:will|'ll|is going to|should|is supposed to) sign\b"
)


CRIME_BESIDE = re.compile(r"\b(?:criminal|charges?|charged|indicted|illegal(?:ly)? (?!entry|re-?entry|alien|immigra))")

PERSON_AFTER_CRIME = re.compile(
    r"\s+(?:guy|perp|man|woman|kid|dude|suspect|collar|prisoner|arrestee|defendant|one|lady|male|female)s?\b"
)

WILL_SIGN = re.compile(
    r"\s+(?:should|will|'ll|is going to|is supposed to|is expected to|may|might|could|has yet to|hasn't yet) (?:sign|issue|approve)\b"
)

PROMISED_AFTER = re.compile(
    r"^\W*(?:is |are |was |will )?(?:coming|comes later|come later|to follow|will follow|follows later|later|expected|soon|pending|on (?:the|its) way|being (?:drafted|prepared|considered|drawn up|written|worked on)|drawn up|in the works|yet)\b"
)

TITLE_BEFORE = re.compile(
    r"\b(?:title|heading|header|caption)\b[^.;]{0,20}\b(?:reads|says|is)\b\W*$|"
    r"\b(?:(?:at|on) the top|on top|top of (?:the|it|the form|the page))\b[^.;]{0,12}\b(?:reads|says)\b\W*$|\b(?:titled|captioned)\W*$"
)
