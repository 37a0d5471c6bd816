"""Criminal aims said in so many words, a criminal case denied, and the NYPD's own case (never the agency's aim)."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import NOT_A_COPY_OF
from bot.facts.lexicon.purpose import SAYS_A_CRIME

__all__ = [
    "AGENCYS_CASE",
    "AN_AIM_OF_THEIR_OWN",
    "CASE_MENTION",
    "CHARGED_FEDERALLY",
    "CREW_NOUN",
    "CRIMINAL_DENIED",
    "CRIMINAL_EXPLICIT",
    "DECONFLICTING",
    "GANG_RECORD",
    "NO_AIM_BEFORE",
    "NYPD_OWN_CASE",
    "OUR_ARREST_BRACKETED",
    "OUR_OPERATION_BEFORE",
    "OUR_OR_MY_BEFORE",
    "OUR_PAST_TOGETHER",
    "PAST_WORK",
    "SAME_TEAM_OR_CASE",
    "THEIR_OWN_CASE",
    "THEIR_PROSECUTION",
    "VAGUE_CASE",
    "WE_HOLD_A_SUSPECT_IN",
]

_CREW_AT_WORK = (
    r"(?:crew|ring|gang|cartel) (?:that's |that is |who are |who's |that was |who were )?(?:stealing|fishing|robbing|selling|dealing|"
    r"running guns|moving|passing|cashing|skimming|breaking into|hitting|smuggling (?:guns|drugs|weapons)|trafficking)\b"
)
# a group named as a criminal target ("the Bushwick crew", "a ring stealing Hondas")
CREW_NOUN = r"(?:crew|gang|ring|cartel|dto)\b"
# "we have a suspect in a child-exploitation case": the case we hold him on, ours, not the agency's
_WE_HOLD_A_SUSPECT_IN = (
    r"\b(?:we|i) (?:have|got|are holding|'re holding) (?:a|an|the|this) (?:suspect|prisoner|defendant|subject|perp) in "
    r"(?:a|an|the|our|my) $"
)
WE_HOLD_A_SUSPECT_IN = re.compile(_WE_HOLD_A_SUSPECT_IN)
# "our collar from this morning (commercial burglary on Broadway)": the charge of our arrest in brackets
OUR_ARREST_BRACKETED = re.compile(
    r"\b(?:(?:our|my) (?:[\w']+ )?(?:collar|arrest|prisoner|perp|arrestee)|(?:he's|she's|he is|she is|that one's|that one is) "
    r"(?:ours|mine)|(?:guy|man|woman|person|prisoner|perp|arrestee)s? in (?:our|the) (?:cells|holding|pens|custody|lock-?up)(?P<held_for> (?:for|on) )?)"
    r"\b[^()]{0,40}\(\s*(?:[\w']+,? (?:and )?){0,3}$"  # ("a guy in our cells (shoplifting arrest)")
)


# "called to deconflict": checking whether two agencies' operations overlap. From the FBI or DEA
# that is a criminal case; from a DHS component it may be a removal operation, so no aim is read
_DECONFLICTING = (
    r"(?:called|calling|call|wants?|wanted|asking|asked) to deconflict|deconfliction (?:call|check|request)"
)
DECONFLICTING = re.compile(_DECONFLICTING)
CRIMINAL_EXPLICIT = re.compile(
    r"\b(?:" + NOT_A_COPY_OF + "criminal "
    r"(?:(?!court|immigration|re-?entry|reentry|alien|smuggling|history|records?|defen[cs]e|justice)[\w-]+ )?"
    r"(?:cases?|investigations?|matters?|probes?|charges?|complaint|prosecution|conspiracy)|"
    r"(?:federal|fed) (?:criminal )?(?:charges?|case|indictment|prosecutors?|prosecution|investigation|crimes?)|"
    r"criminal (?:investigators?|investigative|work|purposes?|reasons?|squad|division|unit)|"
    # "they're investigating it as a crime", "treating the assault as a federal crime"
    r"(?:investigat\w+|treat\w*|work\w*|handl\w+|look\w* into) (?:it|this|that|the (?:[\w'-]+ ){0,2}[\w'-]+) as (?:a |an )?(?:federal )?(?:crime|criminal (?:case|matter))|"
    r"charg(?:e|ing) (?:him|her|them) (?:w/?|with)|(?:will|'ll|gonna|going to|can|to) charge (?:him|her|them) federally|"
    r"(?:gun|firearms?|weapons?) trace|"
    r"trace (?:it|the (?:gun|weapon|firearm|pistol|rifle))|etrace|"
    r"(?:us|u\.s\.|assistant us) attorney|ausa|"
    # "EDNY is considering charges": a federal prosecutor's office weighing a case
    r"(?:edny|sdny|ndny|wdny|usao|the us attorney's office) (?:is |are |has |have )?(?:[\w']+ )?(?:considering|weighing|looking at|bringing|filing|bring|file|building|preparing|reviewing|drafting) (?:[\w']+ )?(?:charges?|a case|an? indictment|a complaint)|"
    r"grand jury|indicted|indictment|(?:joint )?wire(?:tap)?(?! fraud)|title iii|"
    # "our prisoner will be charged federally 'soon'": a federal case to come
    r"(?:will|'ll|is going to|are going to|gonna|about to|expected to|set to|to) be (?:charged|indicted|prosecuted) "
    r"(?:federally|in federal court|by the feds)|federal charges? (?:are )?(?:coming|pending|expected|on the way)|"
    # "DEA group called to deconflict": two agencies' criminal cases on one target checked against each other
    # (not "our deconfliction meeting", "their deconfliction lists": a meeting or a list, no case of theirs)
    rf"{_DECONFLICTING}|undercover buys?|buy[- ]and[- ]bust|buy[- ]?bust(?:s| ops?| operations?)?|controlled (?:buys?|deliver(?:y|ies))|buy reports?|"
    # "a guy they think is planning an attack on a synagogue": a plot is a crime in the making
    r"(?:planning|plotting|planned|plotted|plans? to|plots? to) (?:an? |the |to )?(?:[\w-]+ )?(?:attack|bombing|bomb|shooting|massacre|murder|assassination|kidnapping|robbery|heist)s?\b|"
    r"joint (?:(?:dea|fbi|atf|usms|marshals|federal|fed|task ?force) )?(?:case|investigation|narcotics|gun|gang|homicide|fraud)|(?:ms-?13|gang|narcotics|drug|gun|firearms?) (?:search |arrest )warrants?|jttf (?:case|investigation|matter)|(?<!our )(?<!my )(?:child[- ](?:exploitation|sexual abuse|porn\w*)|csam|sextortion|sex[- ]trafficking) (?:[\w-]+ )?(?:investigations?|cases?|task ?force|group|unit|squad|probe|matter|op|operation)\b|(?:do|doing|make|making) (?:the|a) buy\b|"
    # "for counter narcotics work", "for their narcotics work": the agency's criminal line of work
    r"(?:for|their|its|his|her) (?:counter[- ]?)?(?:narcotics|drug|gang|gun|firearms|fraud|terrorism|counter[- ]?terrorism) (?:work|investigations?|cases?|enforcement|operations?)|"
    # "carrying 10 kilos for the crew they're investigating": a crew is a criminal target
    # ("reports on a crew fishing checks out of mailboxes": a crew named by the crime it commits)
    rf"{_CREW_AT_WORK}|"
    # "the debrief notes from our informant on the Bushwick crew": what is known of a crew is a criminal case's
    rf"(?:notes?|reports?|intel|debriefs?|files?|information|info) (?:[\w']+ ){{0,3}}(?:on|about) (?:the|a|that) (?:[\w'-]+ ){{0,2}}{CREW_NOUN}|"
    r"(?:crew|ring|gang|cartel|dto|trafficking (?:org|organization|network)) (?:that |which )?(?:they're|they are|theyre|they were|"
    r"(?:the )?(?:agents?|feds?|dea|fbi|atf|hsi|usms|marshals) (?:is|are|was|were)) (?:investigating|building a case on|targeting)|"
    # "wants to come interview him about the whole crew"
    r"(?:interview|question|debrief|talk to) (?:him|her|them) about (?:the |his |her |their )?(?:whole |rest of the )?(?:crew|ring|gang|cartel)|"
    r"(?:all|strictly|purely|only|100%) criminal|criminal only|criminal (?:stuff|things|fugitives?|liaison)|counter-?terrorism|"
    # "DEA wants our buy reports and HSI the 911 calls ... both criminal": said of each request
    r"both (?:say |said |claim )?(?:are |of them (?:are )?|cases (?:are )?|requests (?:are )?|it's |its )?criminal(?=\s*(?:$|[),;.!?]))|"
    # a federal sentence's terms broken: a criminal court's warrant
    r"supervised[- ]release|(?:federal )?probation violation|violat(?:ion|ing|ed) (?:of )?(?:his |her |their )?(?:federal )?probation|"
    # a probation officer's "violation report with the judge": the supervision of a criminal sentence
    r"(?:file|filing|write|writing|submit|submitting|prepare|preparing) (?:a |the |her |his |their )?violation (?:report|petition)|supervisees?|"
    # "(es criminal, dijeron)", "it's criminal they said": the case called criminal in so many words
    # ("hsi is criminal, its fine" says what the agency does in general, not what this case is)
    r"(?<!\bhsi )(?<!\bfbi )(?<!\bdea )(?<!\batf )(?<!\bice )(?<!\bero )(?<!\bcbp )(?<!\bdhs )(?<!\bthey )"
    r"(?:it's|its|it is|is|it was|was|this is|that's|thats|case is) criminal(?=\s*(?:$|[),;.!?]|they said|he said|she said|per them))"
    r")\b"
)
CRIMINAL_DENIED = re.compile(
    r"\b(?:no|not|without|isn't|aren't|there's no|no pending|not any|nothing) (?:[\w']+ ){0,2}"
    r"(?:federal |criminal )?(?:charges?|crimes?|criminal (?:case|investigation|charges?|matter)|case against|investigation|indictment)\b|"
    r"\bnothing criminal\b|\bnot (?:a |for a |for any |part of a |part of any )?criminal\b|\bnot (?:for|about) (?:a |any )?(?:crime|case)\b|"
    # "when I asked about a criminal case, they said no": the officer's question, answered no
    r"\basked (?:them |him |her )?(?:about|if|whether) (?:there's |there is |there was |it's |it is |it was )?(?:a |any )?"
    r"criminal (?:case|charges?|investigation|matter)\b,? (?:they|he|she|the agent) (?:said|says) no\b"
)
# "ATF wants our gun recovery report. not a criminal case, a regulatory inspection", "I don't think
# it's really for a drug case": the officer says the request serves no crime, whatever crime words
# (the records' subject, the agency's usual work) came before
NOT_A_CRIMINAL_AIM = re.compile(
    r"\bnot (?:a |for a |for any |for their |for the |part of a |part of any |about a |about their )?"
    r"(?:criminal|(?:their |a |any )?case)\b(?! (?:against|on) (?:him|her|them|our))|\bnothing criminal\b|"
    r"\b(?:don't|do not|dont|doesn't) (?:think|believe) (?:it's|its|it is|this is|that's) (?:really |actually )?"
    r"(?:for |about |part of )?(?:a |an |any |their )?(?:[\w-]+ ){0,2}(?:case|investigation|crime)\b"
)
# The NYPD's own arrest or case: its charge is not the federal agency's purpose.
NYPD_OWN_CASE = re.compile(
    r"\b(?:arrested|collared|locked up|booked|picked up|brought in|pinched|busted|grabbed|nabbed|caught|charged|"
    r"in (?:custody|cells|the cells|our cells|on|cuffs|our cuffs)|cuffed|held|holding (?:him|her)|we have (?:him|her)|(?:we|i) (?:got|have|had)(?: (?:him|her|them))?|"
    r"(?:he|she)(?:'s| is| was) in|(?:he|she) got|(?:we're|we are|we've been|i'm|i am) holding)\b\s*(?:[\w']+ ){0,5}(?:for|on) (?:a |an |the |his |her |some )?(?:[\w']+ ){0,2}$|"
    r"\b(?:our|my|the|a|nypd|state|local|da'?s?) (?:[\w']+ )?(?:collar|arrest|case|perp|charges?|arraignment)\s*(?:for|on|of)?\s*(?:a |an |the )?(?:[\w']+ ){0,1}$|"
    r"\b(?:da|district attorney|d\.a\.)\b.{0,40}$|"
    # "the 2nd guy from the burglary (the lookout)": one of the people of our own case
    r"\b(?:guy|perp|one|lookout|driver|kid|dude|male|female|shooter)s? from (?:the|our|that|this) (?!same\b)(?:[\w']+ )?$|"
    # "a perp under guard from a shooting" at the hospital: our prisoner, held on our case
    r"\b(?:perp|prisoner|guy|patient|male|female|collar)s? (?:under guard|on a hospital guard|we're guarding) (?:from|for|on) (?:a|an|the|our) (?:[\w']+ )?$|"
    # "we have a suspect in a child-exploitation case in the interview room": the case we hold him on
    rf"{_WE_HOLD_A_SUSPECT_IN}|"
    # "our interview of a robbery suspect": the suspect of our own case
    r"\b(?:our|my) (?:interview|interrogation|questioning|debrief) (?:of|with) (?:a |an |the |our )?$"
)


OUR_PAST_TOGETHER = re.compile(
    r"\b(?:we|i) (?:did|worked|ran|had|were on|was on) (?:a |an |the |that |some )?(?:[\w'-]+ ){0,3}together\b|"
    r"\bback in (?:19|20)\d\d\b|\b(?:from|on) (?:an|a|that|the) (?:old|previous|past|prior) case\b"
)
# "I've done alerts for the gang case before": the officer's past work, not this request's aim
PAST_WORK = re.compile(
    r"\b(?:i've|i have|we've|we have) (?:done|set up|put up|put in|run|handled) (?:[\w'-]+ ){1,6}?(?:before|in the past|previously)\b|"
    # "I do these for terrorism cases all the time": the officer's usual work, not this request's aim
    r"\b(?:i|we) (?:do|set up|put in|run|handle) (?:these|those|them|this|that|it) (?:[\w'-]+ ){0,5}?(?:all the time|every day|every week|a lot|regularly|routinely)\b"
)


# an event the crime names ("ran off during the shooting") or the person's own case, won or lost
# ("he beat his gun case"): neither is what the agency is after
NO_AIM_BEFORE = re.compile(
    r"\b(?:during|amid|in the middle of|in the chaos of) (?:the|a|an|that|this) (?:joint |federal |big |same )?$|"
    r"\b(?:beat|beats|beaten|won|dodged|got off on|beat the rap on|took a plea on|pled out (?:on|of)) (?:(?:his|her|their|the|a|that) )?$"
)


# a case of the agency's own, said without its crime ("DEA wants the footage, their case")
AGENCYS_CASE = re.compile(
    r"\b(?:their|his|her|its|a|an|the|same|related|joint|(?:fbi|dea|atf)'s) (?:own |joint |related |federal |open |active |ongoing )?"
    r"(?:case|investigation|probe)s?\b(?! (?:for|of) (?:removal|deportation))(?! (?:file|folder|jacket|binder|number|no|#|report|paperwork|notes))(?! (?:is|was) (?:closed|dropped|dismissed|over))"
)
# "charging my guy ..." (with a crime, or federally): a prosecution of the person
_CHARGING_HIM = r"charg(?:e|es|ed|ing) (?:him|her|them|the guy|the suspect|(?:my|our|this|that) (?:guy|perp|prisoner|collar|suspect))"
CHARGED_FEDERALLY = re.compile(rf"\b{_CHARGING_HIM} federally\b")
THEIR_PROSECUTION = re.compile(
    rf"\b(?:{_CHARGING_HIM} (?:federally|with)|(?:bring|bringing|filing|file) (?:federal )?(?:[\w]+ )?charges)\b|"
    # "DEA wants to adopt the 2 kilos we seized": a federal adoption is a prosecution
    r"\badopt(?:s|ed|ing)? (?:the|our|this|that|their|a) (?:[\w']+ ){0,2}(?:case|kilos?|guns?|drugs|seizure|collar|arrest)s?\b|"
    # "DEA wants to interview our prisoner about who supplies him": his supplier is their case
    r"\b(?:who|where) (?:supplies|supplied|sells to|sold to|got (?:the|his|her) (?:guns?|drugs|pills|work)) (?:him|her|them)\b|\b(?:his|her|their) (?:suppliers?|source of supply|connect|plug)\b"
)


SAME_TEAM_OR_CASE = re.compile(
    r"\b(?:on|in|from|with|working|of|for) (?:their (?:side|end|part) of )?the same (?:(?:ocdetf|hidta|jttf|dea|fbi|atf|joint|federal|wire|rico) )?(?:task ?force|tf|case|investigation|team|"
    r"squad|op|operation|joint op|crew|gang|ring|target)\b|"
    # "the HSI co-case agent": the agent of the case named before ("asked for the same DD5s" says
    # which records, not why)
    r"\bco-?case agents?\b"
)


OUR_OR_MY_BEFORE = re.compile(r"\b(?:our|my)\s+$")  # "our gang unit", not "the HSI/NYPD task force"
OUR_OPERATION_BEFORE = re.compile(
    r"\b(?:our|my|nypd'?s?|the squad'?s?)\s+(?:[\w'-]+\s+){0,3}?(?:team|unit|squad|guys|people|detail|module)(?:'s\s+|\s+"
    r"(?:on|for|doing|running|during)\s+(?:(?:a|an|the|their|its|this|that|tonight'?s?)\s+)?)$|\b(?:our|my)\s+$|"
    # "a search warrant we're doing tomorrow at a chop shop": our own operation, said with "we"
    r"\b(?:we're|we are|we'll be|we will be)\s+$"
)
# a case, ring, unit or line of work of the agency's own, said anywhere in the request
AN_AIM_OF_THEIR_OWN = re.compile(
    # (not "said it's 'for a case', nothing more": a case, unnamed, is no aim given)
    r"\b(?:their|its|his|her)\b|(?<!\bfor a )(?<!'for a )(?<!\"for a )(?<!\babout a )"
    r"\b(?:case|investigation|probe|ring|crew|task ?force|tf|unit|group|crimes|rico|op|operation)\b|" + SAYS_A_CRIME
)
# "for their burglary-ring case" (not "their removal case"): a case of the agency's own
THEIR_OWN_CASE = re.compile(
    r"\b(?:their|his|her|its) (?!(?:[\w-]+ )?(?:removal|deportation|immigration|civil|admin\w*)\b)(?:[\w-]+ ){0,2}(?:case|investigation|probe)\b"
)
VAGUE_CASE = re.compile(r"(?:federal|criminal) (?:criminal )?(?:cases?|investigations?|matters?|probes?)")
CASE_MENTION = re.compile(r"\b(?:the|our|their|a|this|that) (?:joint )?case\b(?! (?:for|of) (?:removal|deportation))")


GANG_RECORD = re.compile(
    r"(?:(?:the|a|our|their) )?gang (?:label|labels|database|databases|list|designation|tag|affiliation)\b"
)
