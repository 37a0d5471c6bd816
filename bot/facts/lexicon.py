"""How officers actually write things: the patterns the facts reader looks for.

Patterns run on text that `normalise` has lower-cased, de-typoed and tidied. They are
ordinary regular expressions; each names the value it is evidence for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.facts.model import Agency, Ask

__all__ = [
    "AGENCY_CUES",
    "ASK_CUES",
    "CIVIL_STRONG",
    "CIVIL_WEAK",
    "CRIME_TERMS",
    "IMMIGRATION_CRIME",
    "INVESTIGATION_CONTEXT",
    "TOPIC_TERMS",
    "compile_all",
]


def compile_all(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Most specific first: the first agency found in this order is the agency of the request.
AGENCY_CUES: tuple[tuple[Agency, re.Pattern[str]], ...] = tuple(
    (agency, compile_all(patterns))
    for agency, patterns in (
        (Agency.HSI, [r"\bhsi\b", r"homeland security investigations?"]),
        (
            Agency.ICE_ERO,
            [
                r"\bero\b",
                r"enforcement (and|&) removal",
                r"deportation (officer|agent)s?",
                r"removal officers?",
            ],
        ),
        (Agency.CBP, [r"\bcbp\b", r"border patrol", r"customs (and|&) border", r"\bcustoms\b"]),
        (
            Agency.ICE,
            [
                r"\bice\b",
                r"\bimmigration (agents?|officers?|officials?|authorities|people)\b",
                r"\bla migra\b",
            ],
        ),
        (Agency.DHS, [r"\bdhs\b", r"homeland security"]),
        (Agency.FBI, [r"\bfbi\b", r"\bjttf\b"]),
        (Agency.DEA, [r"\bdea\b"]),
        (Agency.ATF, [r"\batf\b"]),
        (Agency.USMS, [r"\busms\b", r"\b(us |u\.s\. |federal )?marshals?\b"]),
        (
            Agency.FEDERAL,
            [
                r"\bfeds?\b",
                r"\bfederal (agents?|officers?|partners?|guys|authorities|agency)\b",
                r"\bfed (agents?|guys)\b",
            ],
        ),
    )
)

_PRONOUN = (
    r"(him|her|them|someone|somebody|(the|my|our|this|that|their|a|an) (guy|man|woman|perp|subject|prisoner|person"
    r"|individual|defendant|arrestee|suspect|collar|detainee))"
)

ASK_CUES: dict[Ask, re.Pattern[str]] = {
    ask: compile_all(patterns)
    for ask, patterns in {
        Ask.HOLD: [
            rf"\bhold(ing)? (on ?to )?{_PRONOUN}",
            r"\bhold\b.{0,25}\b(past|beyond|after|until|till|til|for (ice|them|transfer|pick ?up|48))",
            rf"\bkeep(ing)? {_PRONOUN}",
            r"\bhonou?r(ing)? (the |this |a |their |an |that |his |her )?(\w+ )?(detainer|hold|warrant|it|request)",
            rf"\bdetain(ing)? {_PRONOUN}",
            r"\b(48|forty[- ]eight) ?(hrs?|hours?)\b",
            r"\bice hold\b",
        ],
        Ask.TRANSFER_CUSTODY: [
            r"\b(turn|hand)(ing|ed)? (\w+ ){0,2}over\b",
            rf"\brelease(d|ing)? {_PRONOUN} (to|into)\b",
            r"\btransfer",
            r"\btake (\w+ ){0,3}(into )?(federal )?custody\b",
            r"\btake custody\b",
            rf"\bwants? {_PRONOUN} (at|upon|on|when) (his |her |their )?release",
            rf"\b(pick|picking|take|taking|grab) (up )?{_PRONOUN}( up)? (at|on|upon|when) (his |her |their )?release",
            rf"\b(pick|picking) {_PRONOUN} up (at|on|upon|when|from) (his |her |their )?(release|the (pct|precinct|cells|station)|our|central booking)",
            r"\bhand-?over\b",
            rf"\bpick up {_PRONOUN} (when|once|after|at) (he|she|they|his|her)",
            rf"\b(give|deliver) {_PRONOUN} to\b",
        ],
        Ask.NOTIFY_RELEASE: [
            r"\b(when|what time|what day|which day)\b.{0,50}\b(release|released|getting out|gets out|be out|leaving)\b",
            r"\brelease (date|time)\b",
            r"\bnotif(y|ication)\b.{0,40}\brelease",
            r"\b(let|tell|call|text) (them|ice|him|the agents?) (know )?(when|before)\b",
        ],
        Ask.SHARE_CUSTODY_OR_COURT_INFO: [
            r"\bcourt (date|appearance|part|hearing|time)\b",
            r"\bdat\b",
            r"\bnext court\b",
            r"\b(if|whether) (we|you) (still )?(have|got)\b.{0,40}\bin (custody|the cells|our cells|jail|the pens)\b",
            r"\bcustody status\b",
            r"\bwhere (he|she|they) (is|are|is being held|is locked up)\b",
            r"\bstill in (custody|our cells|the cells|jail)\b",
        ],
        Ask.SHARE_RECORDS: [
            r"\b(records(?! (unit|room|division|section|clerk|office))|(arrest|police|stop|case) records?|reports?|dd-?5s?|complaints?|rap sheets?|files|911 calls?|sprint|summons(es)?"
            r"|footage|recordings?|audio|tapes?|body ?cam|bwc|video|photos?|mug ?shots?|fingerprints?|(home )?address(es)?|phone numbers?"
            r"|whatever comes back|paperwork on|info(rmation)? (on|about)|case file|evidence|intel)\b",
            r"\brun(ning)? (\d+ |the |some |a few |these |those |his |her |their |a )?(names?|plates?)\b",
            rf"\brun {_PRONOUN}\b",
            r"\blook (him|her|them) up\b",
            r"\bwhere (he|she|they|the \w+) (lives?|stays?|is staying|works?)\b",
        ],
        Ask.SHARE_BULK_DATA: [
            r"\blist of\b",
            r"\bdatabase\b",
            r"\bbulk\b",
            r"\bextract\b",
            r"\bspreadsheet\b",
            r"\beveryone (we|who)\b",
            r"\ball (the )?(people|persons|individuals|arrestees|arrests|stops) (in|from|for)\b",
        ],
        Ask.SHARE_SURVEILLANCE_DATA: [
            r"\blpr\b",
            r"plate readers?",
            r"license plates?",
            r"\bcameras?\b",
            r"\bcctv\b",
            r"domain awareness",
            r"\bsurveillance\b",
        ],
        Ask.SHARE_STATUS_INFO: [
            r"\b(confirm|tell|give|share|send|provide|verify|check)\b.{0,40}\b(citizenship|(us |u\.s\. )?citizen|immigration status|legal status)\b",
            r"\b(citizenship|immigration status|legal status)\b.{0,30}\b(on file|we have|in our (records|system))",
            r"\b(what|which) (citizenship|immigration status|nationality)\b",
        ],
        Ask.MONITORING_ALERT: [
            r"\balerts?\b",
            r"\bping(ed|s)?\b",
            r"\bhot ?list\b",
            r"\bflag (him|her|them|the|these|those|his|her|their)\b",
            r"\bnotif(y|ied|ication)\b.{0,40}\b(if|whenever|anytime|any time|every time)\b",
            r"\b(whenever|anytime|any time|every time)\b.{0,60}\b(stopped|arrested|picked up|locked up|booked"
            r"|hits?|comes up|shows up|interacts?|contact)",
            r"\bmonitor(ing)?\b",
            r"\bkeep (an |a )?(eye|tabs) on\b",
            r"\bnotif(y|ication|ications)s? on\b",
            r"\b(so|and) (they|he|she|i|we) (know|knows|get notified|gets notified|hear)\b.{0,20}\b(when|if|whenever|anytime)\b"
            r".{0,40}\b(stopped|arrested|picked up|locked up|booked|comes in|shows up)",
        ],
        Ask.ACCESS_PREMISES: [
            r"\b(interview|conference|meeting|break|back|squad) room\b",
            r"\b(use|borrow|into|access to) (our|the|a) (\w+ )?(room|space|facility|building|precinct|station)",
            r"\bnon-?public\b",
            r"\bbehind the desk\b",
            r"\b(come|get|go|walk) (in|into|inside|behind|upstairs|back)\b.{0,30}\b(precinct|pct|station|building|house)",
            r"\bsearch (our|the) (precinct|building|station)",
        ],
        Ask.ACCESS_PRISONER: [
            r"\b(see|talk to|speak (to|with)|sit (down )?with|interview|question|visit|min(ute)?s? with|time with|access to)\b"
            r".{0,25}\b(prisoner|detainee|arrestee|perp|collar|in (our |the )?(cells?|holding|custody|pens?))\b",
        ],
        Ask.OFFICE_SPACE: [
            r"\b(office|desk|workspace|work space|quarters|base|space)\b.{0,15}\b(at|in|on|inside) (our|the|a) "
            r"(\w+ )?(precinct|pct|station|property|facility|building|command|house)",
            r"\b(set up|keep|maintain|open|put|have|run|operate)( \w+){0,2} (an? |their )?(office|desk|workspace|quarters)\b",
            r"\b(operate|work) out of\b",
            r"\boffice (on|at) rikers\b",
            r"\bas (a|an|their) (workspace|work space|office|base|command post|headquarters|hq)\b",
        ],
        Ask.STAGING_ON_PROPERTY: [
            r"\bstag(e|ing)\b",
            r"\bpark (their|the|vehicles|cars|vans|trucks)",
            r"\b(our|the|precinct|pct) (parking |back |muni )?lot\b",
        ],
        Ask.OPERATIONAL_SUPPORT: [
            r"\btraffic (control|posts?)\b",
            r"\bperimeter\b",
            r"\bride[- ]?alongs?\b",
            r"\bride along\b",
            r"\bback ?up\b",
            r"\brmps?\b",
            r"\bcrowd control\b",
            r"\bsecurity for\b",
            r"\bassist (with|on|at) (the|an|their|a) (op|operation|raid|sweep|action)\b",
            r"\bhelp (them|ice|the agents|the feds|hsi|cbp|ero)( \w+)? (with|on) (the|an|their|a|this) (arrest|op|operation|raid|sweep)",
            r"\bhelp (them|ice|the agents|the feds|hsi|cbp|ero) (arrest|detain|grab|pick up|take|catch|cuff)",
            r"\b(want|wants|need|needs|asked|asking)( for)? (our|nypd) (help|assistance|backup|support)\b",
            r"\b(want|wants|need|needs|asked|asking)( for)? (\d+|two|three|four|a few|some|extra) (of our )?"
            r"(guys|cops|officers|detectives|units|cars|rmps|bodies)\b",
            r"\b(want|wants|need|needs|asked|asking)( for)? (our|nypd|a|an) (k-?9|canine|dogs?|helicopter|aviation|esu|harbor)\b",
            r"\b(want|wants|need|needs|asked|asking)( for)? (our|some of our|a few of our|\d+ of our|two of our) (\w+ ){0,2}"
            r"(guys|cops|officers|detectives|esu|people|bodies)\b",
            r"\bblock (off|the street)\b",
            r"\b(officers|cops|guys|bodies|units|cars) (for|to help (with|on)|at) (the |an |their |a )?(op|operation|raid|sweep)",
        ],
        Ask.PERSONNEL_ASSIST: [
            r"\btranslat(e|ion|or|ing)\b",
            r"\binterpret(er|ing)?\b",
            r"\baccompany\b",
            r"\bgo with (them|ice|the agents)\b",
            r"\b(identify|identifying|locate|locating|find|finding|point out|track down|tracking down) (him|her|them|the|a|this|someone|people|where)\b",
            r"\bknock on\b",
            r"\b(assign|detail|lend|loan)(ed|ing)? (an? |some |\d+ |two |one of our |our )?(officers?|cops?|detectives?|people|members?)\b",
        ],
        Ask.WARRANT_EXECUTION_ASSIST: [
            r"\bon the door\b",
            r"\b(serv|execut|exec|hit)(e|es|ed|ing)? (the|a|their|an|this|that) (\w+ ){0,2}warrant\b",
            r"\bhelp (them )?(serve|execute)\b",
            r"\bhelp (\w+ )?(executing|serving|execute|serve|exec) (it|them|the warrant|their warrant|the search)\b",
            r"\bassist (\w+ )?(with|on|in) (the|an|their|a) (\w+ )?(arrest|takedown|warrant|raid)",
            r"\btake ?down\b",
        ],
        Ask.JOINT_INVESTIGATION: [
            r"\bjoint (wire|investigation|case|op|operation|task ?force|probe)\b",
            r"\bwork(ing)? (the|a|this|our) (case|wire|investigation) with\b",
            r"\bkeep working\b",
            r"\bwiretap\b",
            r"\bjoin (the|their|a) (task ?force|investigation|case)\b",
        ],
        Ask.DEPUTIZATION_287G: [
            r"\b287 ?\(? ?g ?\)?",
            r"\bdeputi[sz](e|ed|ation|ing)\b",
            r"\bcross[- ]?designat",
            r"\bunder (ice|dhs|their) (supervision|direction|command)\b",
        ],
        Ask.TRANSPORT: [
            r"\btransport",
            rf"\b(drive|bring|take|drop) {_PRONOUN} (to|over to|down to) (26 federal plaza|federal plaza|ice|varick|mdc|their)",
            r"\bgive (them|him|her) a (ride|lift)\b",
        ],
        Ask.STOP_OR_ARREST: [
            r"\b(stop|arrest|detain|pull over|pick up|grab)\b (someone|him|her|them|people|a person|anyone|a guy)\b.{0,40}"
            r"\b(undocumented|illegal|no papers|immigration status|because ice|for ice)",
            r"\b(pull over|stop|arrest|detain|grab|pick up|cuff)\b.{0,40}\bfor (them|ice|the feds|hsi|cbp|ero|immigration)\b",
            r"\b(ncic|immigration (violator|hit|flag|entry)|ice (hit|flag|entry)|hit (came back |comes back )?(for|from) "
            r"(ice|immigration))\b.{0,80}\b(stop|arrest|pick (him|her|them) up|detain|grab|lock (him|her|them) up|bring "
            r"(him|her|them) in|cuff|hold)",
            r"\b(stop|arrest|detain|grab|lock up|cuff)\b.{0,60}\b(ncic|immigration (violator|hit|flag|entry)|ice (hit|flag)"
            r"|admin(istrative)? warrant|i-?200|i-?205)\b",
        ],
        Ask.PUBLIC_SAFETY_RESPONSE: [
            r"\bshots? fired\b",
            r"\b(shooting|firing|shots) at\b|\bopened fire\b|\bunder attack\b",
            r"\bin progress\b",
            r"\b(agents?|officers?) (are |were |is |being |getting )+(attacked|assaulted|hurt|injured|surrounded|jumped)",
            r"\bassault(ed|ing)? (on )?(the )?(federal |ice )?agents?\b",
            r"\bofficer needs assistance\b",
            r"\b10-13\b",
            r"\bemergency\b",
            r"\briot\b",
            r"\bfight (broke|breaks|breaking|is breaking) out\b",
        ],
    }.items()
}

# Purpose cues. A civil cue states the aim of removal; a weak one only describes a person.
CIVIL_STRONG = compile_all(
    [
        r"\bdeport(ation|ed|ing)?\b",
        r"\bremov(al|e him|e her|e them)\b",
        r"\bero referral\b",
        r"\bimmigration (case|violation|enforcement|arrest|proceedings|court|charges?|matter|sweep|op|operation|check)\b",
        r"\bcivil immigration\b",
        r"\boverst(a|e)y(s|ed|ing|ers?)?\b",
        r"\bfinal order\b",
        r"\bgrab (him|her|them)\b",
        r"\b(pick|picking|scoop) (him|her|them|people|folks) up\b",
        r"\bout of status\b",
    ]
)
CIVIL_WEAK = compile_all(
    [
        r"\bundocumented\b",
        r"\bhere illegally\b",
        r"\billegal(ly)? (here|in the country|alien)\b",
        r"\bno papers\b",
    ]
)
IMMIGRATION_CRIME = compile_all(
    [
        r"\b(8 ?usc ?|8 u\.s\.c\. ?|§ ?)?13(25|26)\b",
        r"\b(for|charge of|charged with|case for|warrant for|indicted for|prosecution for) (illegal |unlawful )?re-?entry\b",
        r"\b(illegal )?re-?entry (charge|case|warrant|prosecution|indictment|offen[cs]e)\b",
        r"\b(illegal|unlawful) (re-?entry|entry)\b",
        r"\b(alien|human|migrant|people) smuggling\b",
        r"\bsmuggling (migrants|people|aliens|immigrants)\b",
    ]
)
CRIME_TERMS = compile_all(
    rf"\b(?:{term})\b"
    for term in [
        r"traffick(ing|ers?)",
        r"narcotics?",
        r"drugs?",
        r"fentanyl",
        r"heroin",
        r"cocaine",
        r"weapons?",
        r"firearms?",
        r"guns?",
        r"gangs?",
        r"ms-?13",
        r"shootings?",
        r"homicides?",
        r"murders?",
        r"robbery",
        r"robberies",
        r"hobbs act",
        r"terrorism",
        r"terror (case|plot|investigation)",
        r"frauds?",
        r"identity theft",
        r"id theft",
        r"fake (passport|id|documents?|green card)",
        r"forged",
        r"counterfeit",
        r"child (exploitation|porn|pornography|abuse)",
        r"csam",
        r"money laundering",
        r"kidnapp?ing",
        r"extortion",
        r"carjackings?",
        r"sex trafficking",
        r"bank robbery",
        r"cyber ?crime",
        r"(drug|gun|weapons?|cigarette|contraband|narcotics) smuggling",
        r"assaults?",
        r"burglar(y|ies)",
        r"stabbings?",
    ]
)
INVESTIGATION_CONTEXT = compile_all(
    [
        r"\binvestigat(e|es|ing|ion|ions)\b",
        r"\bcases?\b",
        r"\bprobe\b",
        r"\bcharges?\b",
        r"\bcharged\b",
        r"\bindict(ed|ment)\b",
        r"\bprosecut",
        r"\bwire\b",
        r"\bcriminal\b",
        r"\bring\b",
        r"\bsuspects?\b",
        r"\bwarrant for\b",
        r"\bsearch warrant\b",
        r"\b(arrested|collared|booked|locked up|charged) for\b",
        r"\bcharges?\b",
        r"\bdistribution\b",
        r"\bunit\b",
    ]
)

# Words that show a message is about federal requests or immigration at all.
TOPIC_TERMS = compile_all(
    [
        r"\bimmigra",
        r"\bdetainer",
        r"\bwarrant",
        r"\bdeport",
        r"\bfederal\b",
        r"\bfeds?\b",
        r"\bcitizenship",
        r"\bstatus\b",
        r"\bundocumented",
        r"\bvisa\b",
        r"\bi-?(200|205|247a?)\b",
        r"\b287",
        r"\bcustody\b",
        r"\bprisoner\b",
        r"\btask ?force\b",
        r"\bhere legally\b",
        r"\bsanctuary\b",
    ]
)
