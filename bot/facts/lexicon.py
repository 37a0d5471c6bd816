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

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.facts.model import Agency, Ask
from bot.facts.prefilter import Prefilter

__all__ = [
    "AGENCY_CUES",
    "CIVIL_STRONG",
    "CIVIL_WEAK",
    "CLOSE_OFF_VERBS",
    "CRIME_TERMS",
    "CRIMINAL_DENIED",
    "CRIMINAL_EXPLICIT",
    "IMMIGRATION_CRIME",
    "INVESTIGATION_CONTEXT",
    "NYPD_OWN_CASE",
    "REQUEST_CONTEXT",
    "STRONG_ASKS",
    "TOPIC_TERMS",
    "WEAK_ASKS",
    "compile_all",
]


def compile_all(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# ---------------------------------------------------------------------------- agencies
# Most specific first: at one position the first agency listed wins ("ice ero" is ERO).
AGENCY_CUES: tuple[tuple[Agency, re.Pattern[str]], ...] = tuple(
    (agency, compile_all(patterns))
    for agency, patterns in (
        (Agency.HSI, [r"\bhsi\b", r"\bh s i\b", r"homeland security investigations?", r"\bhsi-ny\b"]),
        (
            Agency.ICE_ERO,
            [
                r"\b(ice[ /-]?)?\(?ero\)?\b",
                r"\be (?:r|are) o\b",
                r"enforcement (and|&) removal( operations)?",
                r"\bdeportation (officers?|agents?|officials?|unit|office|section|branch|squad)\b",
                r"\b(?:ice|immigration) deportation\b",
                r"\bremoval officers?\b",
                r"\bfugitive operations? team\b",
                r"\bfield office director\b|\bsddo\b",
                r"\bthe do\b(?= (?:also |just |then )?(?:is |was |wants|wanted|said|says|called|asked|sent|needs|emailed|faxed))",
                r"\b(?:the |a |an )?do (?:from|at|out of) (?:varick|26 fed(?:eral)?(?: plaza)?|ero)\b",
                r"\bdetention and deportation officers?\b",
                # voice-to-text: "ice euro supervisor", "the euro team"
                r"\bice euro\b|\beuro (?:officers?|agents?|team|supervisor|guys|people|squad)\b",
            ],
        ),
        (
            Agency.CBP,
            [
                r"\bcbp\b",
                r"\bborder patrol\b",
                r"customs (and|&) border( protection)?",
                r"\bcustoms\b",
                r"\bbp agents?\b",
                r"\bbortac\b",
            ],
        ),
        (
            Agency.ICE,
            [
                r"\bice\b(?! (cream|cold|pack|box|rink|skating|machine))",
                r"\bi\.c\.e\.?",
                # voice-to-text spellings of the letters
                r"\b(?:i|eye|aye) (?:c|see|sea) (?:e|ee)\b|\beyes (?:agents?|officers?|guys|people|van|trucks?)\b",
                r"\bimmigration (and customs enforcement|agents?|officers?|officials?|authorities|people|guys|folks|cops)\b",
                r"\bla migra\b",
                r"\bmigra\b",
                # "marshals and immigration both want my prisoner", "immigration has a judge-signed warrant too"
                r"(?<=from )immigration\b|\bimmigration\b(?= (?:both |also |too |just |now )?(?:called|says|said|wants?|asked|"
                r"is asking|sent|dropped|faxed|came|has|have|had|showed|brought|lodged|left|is here|are here|is at|are at)\b)",
            ],
        ),
        (
            Agency.DHS,
            [
                r"\bdhs\b",
                r"\bd\.? h\.? s\.?(?= )",
                r"\bhomeland( security)?\b",
                r"department of homeland security",
                # the Federal Protective Service guards federal buildings as a DHS component
                r"federal protective service|\bfps\b",
            ],
        ),
        (
            Agency.FBI,
            [
                r"\bfbi\b",
                r"\bjttf\b",
                r"\bsafe streets(?: task ?force| squad| tfo| case agent)?\b",
                r"\bbureau agents?\b",
                r"\bfederal bureau of investigations?\b",
                # "the bureau has a warrant", "bureau sextortion squad": the FBI, not an NYPD bureau
                r"(?<!legal )(?<!detective )(?<!patrol )(?<!housing )(?<!transit )(?<!transportation )(?<!intel )"
                r"(?<!intelligence )(?<!counterterrorism )(?<!narcotics )(?<!training )(?<!personnel )(?<!support )"
                r"(?<!internal affairs )(?<!crime control strategies )(?<!information technology )(?<!special operations )"
                r"(?<!community affairs )(?<!risk management )(?<!collaborative policing )(?<!criminal justice )"
                r"\b(?:the )?bureau\b(?! of\b)(?=(?:'s)? (?:has|had|have|got|gets|is|was|wants?|wanted|asked|asking|called|sent|agents?|guys?|"
                r"people|squad|sup|supervisor|case|task ?force|said|says|came|needs?|showed|here|at|on|took|would|will|"
                r"[\w-]+ (?:squad|unit|task ?force|agents?)))",
            ],
        ),
        (Agency.DEA, [r"\bdea\b", r"drug enforcement( administration)?"]),
        (Agency.ATF, [r"\batf\b", r"alcohol,? tobacco"]),
        (
            Agency.USMS,
            [r"\busms\b", r"\b(us |u\.s\. |united states |federal )?marshals?( service)?\b", r"\bmarshal'?s service\b"],
        ),
        (
            Agency.FEDERAL,
            [
                r"\bfeds\b|\bthe fed\b(?= (?:at|here|wants?|asked|called|said|says|is|was|guy|agent))|\bfed (?:agents?|guys?|officers?)\b",
                r"\b(?:some|another|other|a different|a second) (?:other )?(?:fed|federal agent|agent|investigator)\b"
                # "some other fed - didnt catch the agency - wants the address": an aside between dashes
                r"(?=[,\-–() ]+(?:[\w']+[,\-–() ]+){0,6}(?:called|asked|asking|wants?|came|emailed|texted|showed up)\b|\s+(?:from|who)\b)",
                r"\bfederal (agents?|officers?|partners?|guys|authorities|agency|agencies|law enforcement|people|task ?force)\b",
                r"\bfed (agents?|guys)\b",
                r"\bfederal government\b",
                # "'The task force' called about our perp", "the task force wants a stop notification": a
                # task force with no agency named is somebody federal the officer did not name
                r"(?:^|(?<=\bthe )|(?<=\ba ))['\"]?task ?force\b['\"]?(?= (?:called|calls|wants?|wanted|asked|asking|asks|needs?|said|says|sent|emailed|texted|came|showed up|is asking)\b)",
                r"(?:^|(?<=\ba )|(?<=\bone )|(?<=\bsome ))fed\b(?= (?:at|here|wants?|wanted|asking|asked|asks|called|said|says|emailed|texted|came|showed|from)\b)",
                r"\bagents? federal(?:es)?\b",
                # "a guy w a federal badge (didn't say which)"
                r"\b(?:guy|man|woman|lady|agent|someone|somebody|dude|person|people|guys) (?:w|with|flashing|showing) (?:a |an )?"
                r"(?:federal|fed|government|gov't|govt) (?:badges?|ids?|credentials|creds|jackets?|vests?|shields?)\b",
                # "two feds: one (didn't say agency) wants ..., the other is the FBI": somebody of their own
                r"\b(?:one|the first one|the first|the other one|the other|another one|the second one|the second)\b"
                r"(?=\s*[(,-]?\s*(?:didn't say|didnt say|did not say|unknown|not sure|unsure|no idea|wouldn't say|wouldnt say)\b)",
            ],
        ),
    )
)

# ---------------------------------------------------------------------------- building blocks
# closing a road or an area off: traffic or a perimeter for an arrest, or part of an emergency response
CLOSE_OFF_VERBS = r"(?:close|closing|shut|shutting|block|blocking|cordon|cordoning|seal|sealing|tape|taping)"
_PERSON = (
    r"(?:him|her|them|em|'em|someone|somebody|anyone|(?:the|my|our|this|that|their|a|an|one|his|her) "
    r"(?:[\w']+ )?(?:guy|man|woman|kid|perp|subject|prisoner|person|individual|defendant|arrestee|suspect|collar|"
    r"detainee|target|male|female|inmate|client|dude|lady|gentleman|fugitive|juvenile|teen|boy|girl|shooter|robber|"
    r"dealer|driver|thief|offender|felon|passenger|occupant|rider|worker)s?|\[name\]|"
    # the article dropped by a writer new to English: "want 5 min interview guy in cell"
    r"(?:guy|man|woman|prisoner|perp|suspect|detainee|arrestee|inmate|lady|dude)\b(?! (?:stuff|thing|code|talk|hours?)\b)|"
    r"(?:mr|ms|mrs)\.? \w+|both|each|all (?:of )?(?:them|three|two)|one of (?:their|the|our|his|her|them|those|these)(?: \w+)?|(?:\d+|two|three|four|some|a few|a couple(?: of)?) (?:people|ppl|guys|men|women|detainees|prisoners|arrestees))"
)
_AGENTS = (
    r"(?:them|em|'em|ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|the marshals|marshals|the feds|feds|the agents?|agents?|an agent|"
    r"the (?:ice|hsi|cbp|fbi|dea|federal|immigration) (?:agents?|guys|people|officers?)|federal agents|immigration|"
    r"border patrol|homeland security|him|her)"
)
_CUSTODY_PLACE = (
    r"(?:cells?|holding(?: cells?| pens?)?|the pens|pens|central booking|cb|our custody|custody|lock-?up|the precinct|"
    r"the pct|the house|the station|jail|the tombs|court|arraignment)"
)
_LEAVE = (
    r"(?:releas(?:e|ed|es|ing)|ror'?d|rored|get(?:s|ting)? out|gets? cut loose|cut loose|be(?:ing)? out|walk(?:s|ing)?|"
    r"leav(?:e|es|ing)|let go|discharged?|arraigned|bail(?:s|ed)?(?: out)?|made bail|makes bail|posts? bail|"
    r"transported|processed out|out of (?:the )?(?:system|cells|custody)|(?:done|finished) (?:at|with) (?:court|arraignment|processing)|let (?:him|her|them) (?:go|walk|out)|cut (?:him|her|them) loose|"
    r"(?:moved|sent|taken|transferred|shipped|brought|going|goes|headed) (?:over |down |up )?to (?:central booking|cb|court|arraignment|rikers|the tombs))"
)
# "what to tell the desk before the prisoner goes to court": our own people, not the agency
_NOT_OUR_OWN = r"(?!(?:the |my |our )(?:desk|desk officer|people|officers|cops|team|squad|captain|lt|lieutenant|sgt|sergeant|supervisor|cos?)\b)"
_SHARE_VERB = (
    r"(?:send|sending|give|giving|share|sharing|pass|passing|forward|forwarding|hand|handing|e-?mail|fax|provide|"
    r"providing|turn over|copy|show|showing|release|releasing|disclose|read (?:them|him|her|it to)|let (?:them|him|her|ice|hsi|the agents?) "
    r"(?:see|have|look at|read|copy|listen to|view|take)|get (?:them|him|her) (?:a copy|copies)|make (?:a )?cop(?:y|ies)|"
    r"run|look up|pull|check|confirm|verify|tell|say|furnish|supply|upload|dump|export|burn)"
)
_RECORDS = (
    r"(?:reports?|records?(?! (?:unit|room|division|section|clerk|office))|dd-?5s?|uf-?61s?|61s?|complaints?|"
    r"complaint reports?|arrest reports?|rap sheets?|criminal histor(?:y|ies)|(?:his|her|their) history|(?<!on )(?<!trading )(?<!traded )(?<!swapping )(?<!swapped )(?<!downloading )(?<!downloaded )(?<!uploading )(?<!uploaded )files?|"
    r"(?:property |evidence |invoice )?vouchers?|case files?|(?<!taking )(?<!take )(?<!took )(?<!takes )(?<!surveillance )(?<!field )notes|statements?|911 (?:calls?|recordings?|audio|tapes?|records)|911|sprint(?: reports?)?|footage|"
    r"videos?|recordings?|audio|body ?cam(?:era)?s?|bwc|photos?|pictures|mug ?shots?|fingerprints?|prints|"
    r"(?:gun |firearms? )?traces?|nibin(?: reports?| results?| hits?)?|"
    r"(?:home |last known |current )?address(?:es)?|(?<!by )(?<!over the )phone(?! lines?)(?! calls?\b)(?: numbers?)?|cell ?phone(?: numbers?)?|cell numbers?(?! \d)|(?:full )?names? and (?:dobs?|dates? of birth|addresses)|pedigree(?: info)?|case folders?|(?:database|arrest|criminal history) print ?outs?|aided cards?|names? (?:off|from|on) (?:our|the|his|her|their|those|these)|(?:omny|metrocard) (?:swipes?|swipe history|history|data|records)|swipe history|contact info|info(?:rmation)?|details|"
    r"data|evidence|intel|paperwork on|whatever (?:we|you) (?:have|got)|what (?:we|you) (?:have|got)|everything (?:we|you) "
    r"(?:have|got)|copies|a copy|arrest (?:data|history|info)|booking (?:info|photos?|sheet)|cad|id cards?|"
    r"license|dmv|employer|leads|ballistics|nibin|(?:shell )?casings|spent (?:rounds|shells)|projectiles|lab (?:results?|reports?)|test results|(?:trace|ballistics|nibin|etrace|search|dna|lab|request) results|forensics|dna|buy reports?|"
    r"dispositions?|court dispositions|arrest histor(?:y|ies)|dir|dirs|domestic incident reports?|accident reports?|"
    r"samples?|vouchered (?:items|property|drugs|guns|evidence|phones?)|(?:which|what) (?:shelter|hotel|building|apartment|school)|"
    r"voucher (?:numbers?|info|items)|the (?:gun|glock|firearm|weapon|phone|drugs|rifle|pistol|casings?) (?:we|you) (?:recovered|seized|vouchered)|"
    r"what (?:address|phone|number|name|dob)|(?:arrest|booking|case) paperwork|"
    r"where (?:he|she|they) (?:lives?|stays?|works?|hangs? out)|"
    r"(?:his|her|their) (?:name|dob|date of birth|ssn|social))"
)

# ---------------------------------------------------------------------------- asks
_STRONG: dict[Ask, list[str]] = {
    Ask.HOLD: [
        # "immigration violator hit only, hold or cut loose?": whether to hold is the question
        r"\b(?:hold|keep|detain) (?:him |her |them |the (?:guy|prisoner|perp) )?or (?:cut (?:him |her |them )?loose|release|let (?:him |her |them )?go|kick (?:him |her |them )?(?:loose|out)|dat)\b",
        r"\bhold (?:him|her|them|the (?:[\w']+ )?(?:guy|prisoner|perp|driver|man|woman)) for (?:fbi|dea|atf|usms|the marshals|marshals|ice|ero|hsi|cbp|the feds|federal) pick[- ]?up\b|\bhold for (?:fbi|dea|atf|usms|the marshals|marshals|ice|ero|hsi|cbp|the feds|federal) pick[- ]?up\b",
        r"\bkeep (?:him|her|them|the (?:[\w']+ )?(?:guy|prisoner|perp|man|woman|kid)) (?:an? |\d+ |a few |a couple(?: of)? )?(?:more|extra) (?:hours?|hrs?|mins?|minutes|days?)\b",
        # "they want us to keep Hernandez at the 44 till they come at 2200"
        r"\bkeep (?:him|her|them|[a-z]+) (?:at|in) (?:the )?(?:\d+|pct|precinct|cells|house|station|holding)\b.{0,20}\b(?:till|until|til) (?:they|ice|ero|hsi|cbp|the agents|the feds) (?:come|get|arrive|show)\b",
        # "hold their arrestees in our cells" is the agency using our cells (premises), not a hold of ours
        rf"\bhold(?:ing)? (?:on ?to |onto )?(?!their (?:[\w']+ )?(?:arrestees|detainees|prisoners|people)\b.{{0,40}}\b(?:cells?|cell ?block|holding|pens)\b){_PERSON}(?! (?:accountable|responsible))",
        r"\bhold\b(?! (?:on|up|off|the (?:door|line|scene|perimeter|phone))|(?: [\w']+){0,3} (?:st|street|ave|avenue|block|road|intersection) (?:closed|shut|blocked))\s*(?:[\w']+ ){0,4}(?:past|beyond|after|until|till|til|overnight|longer|extra|over the weekend|for (?:ice|them|the feds|hsi|cbp|ero|transfer|pick ?up|(?:their|the|a) pick ?up|48|an? (?:few|couple|extra)|another|\d+))\b",
        rf"\b(?:want|wants|asking|asked|ask)\b (?:us |me )?to keep {_PERSON}\b",
        rf"\bkeep(?:ing)? {_PERSON} (?:[\w']+ ){{0,8}}(?:past|beyond|after|until|till|til|overnight|longer|extra|over the weekend|for (?:ice|them|the feds|hsi|cbp|ero|transfer|pick ?up|48|an? (?:few|couple|extra)|another|\d+)|locked up|in (?:custody|the cells|cells|holding|jail)|here)",
        r"\bhonou?r(?:ing|ed)? (?:the |this |a |their |an |that |his |her |ice'?s? )?(?:[\w']+ )?(?:detainer|hold|warrant|request|i-?247a?)",
        r"\b(?:honou?r|comply with)(?:ing|ed)? (?:it|that|this one|them)\b",
        rf"\b(?:us|we|you|nypd|officers?|cops?|to) (?:to )?detain(?:ing)? {_PERSON}",
        r"\b(?:do|should|can|must|could|may) (?:we|i) (?:keep|hold|detain) (?:him|her|them|the guy|the prisoner|our prisoner)\b(?! (?:cuffed|in cuffs|calm|safe|comfortable|apart|separated))",
        r"\bhold (?:the )?(?:subject|defendant|arrestee|prisoner|individual) (?:pending|until|till|for)\b",
        # "they want a hold", "asking for a 48 hr hold"
        r"\b(?:want|wants|wanted|asking for|asked for|ask for|asks for|requesting|requested|need|needs)\b (?:us to (?:put|place|do) )?(?:a|an|the) (?:[\w-]+ )?hold\b(?! (?:on (?:the )?(?:line|phone)|music|button))",
        # "48 hours" is a hold when it is time added to custody, not "open 24 hrs"
        r"\b(?:for|extra|another|additional|up to|upto|an extra) (?:48|forty[- ]eight|72|24) ?(?:hours?|hrs?)\b|\b(?:48|forty[- ]eight|72|24)[- ]?(?:hours?|hrs?) (?:hold|detention|window|exception|rule|thing|max|more|longer|past|after|beyond)\b",
        rf"\blodge {_PERSON} (?:[\w']+ ){{0,4}}(?:overnight|for|until|till)\b|\bice hold\b|\bimmigration hold\b|\bput a hold\b|\bplace a hold\b|\blodge(?:d|s)? (?:a |an )?(?:detainer|hold)\b|\bhold (?:request|order|form|notice)s?\b",
        # "got a 'hold' from immigration on the perp"
        r"\b(?:got|have|has|received|sent|faxed|lodged|put)\b (?:a |an |their )?['\"]?hold['\"]? (?:from|on|for)\b",
        rf"\b(?:don't|do not|not|never) (?:release|let go of|cut loose|let (?:him|her|them) (?:go|walk|out|leave)|discharge) (?:{_PERSON} )?(?:[\w']+ ){{0,2}}(?:until|till|before|unless)",
        r"\b(?:delay|hold up|push back|stall) (?:his|her|their|the) (?:release|discharge)",
        # "sit on a subject with them tomorrow" is surveillance beside the agents, not holding someone
        rf"\bsit on {_PERSON}\b(?!'s\b)(?! (?:with|w|alongside) (?:them|the agents|the feds|their team)\b)",
        r"\bhold on (?:a |an |the |their |his |her )?(?:(?!sec\b|second\b|minute\b|moment\b|min\b)[\w'-]+ ){0,3}(?:warrant|detainer|indictment)\b",
        # "feds want him sitting here till their guys arrive", "wants him kept in the cells overnight"
        rf"\b(?:want|wants|wanted|need|needs|have|keep|like|prefer|prefers|asked that|asking that)\b (?:{_PERSON}|him|her|them) (?:be )?(?:kept|sitting|staying|waiting|held|to stay|to sit|to wait) (?:[\w']+ ){{0,3}}(?:here|there|in|until|till|til|overnight|past|longer|for)\b",
        rf"\b(?:don't|do not|not) (?:process|cut|let) (?:{_PERSON} |him |her |them )?(?:out|loose|go)\b (?:yet|until|till|before)\b",
        rf"\bhang(?:ing)? on ?to {_PERSON}\b|\bkeep hold of {_PERSON}\b",
        r"\bextra (?:few |couple (?:of )?)?(?:hours?|day|days|night)\b",
        r"\bnot (?:to )?(?:release|cut loose)\b",
        r"\bhold\s*(?:ok|okay|him|her|them)?\s*\?|\bcan (?:we|i) hold\b|\b(?:ok|okay) to hold\b|\bhold or (?:no|not)\b|\bkeep (?:him|her|them) or (?:no|not)\b",
        # ("who gets held over", "I got held over on a 4x12": overtime, not custody)
        rf"\b{_PERSON} held\b|(?<!gets )(?<!get )(?<!got )(?<!getting )(?<!i )(?<!we )(?<!i was )(?<!we were )\bheld (?:for|until|till|til|past|over|overnight|longer)\b(?<!\bheld over)|\bheld over (?:for|until|till|past|on (?:a|the) (?:warrant|detainer|hold))\b|\bto be held\b",
    ],
    Ask.TRANSFER_CUSTODY: [
        # desk shorthand "TOT" (turn over to): "TOT perp from CB to them?", "TOT to FBI?", "→ TOT?"
        r"\btot\b(?=\s+(?:(?:the |our |this |that |my )?(?:perp|prisoner|him|her|them|guy|arrestee|collar|defendant)\b|to\b)|\s*\?)",
        # "wants us to hand over a guy whose gun case the DA dropped"
        r"\b(?:hand|turn|give)(?:ing|ed|s)? over (?:a|the|our|this|that|my) (?:[\w-]+ )?(?:guy|man|woman|prisoner|perp|collar|kid|person|suspect|defendant|arrestee|detainee)\b",
        rf"\bto take {_PERSON} (?:now|right now|today|tonight|with them|from us|from here)\b",
        r"\bwants? (?:him|her|them) (?:handed|turned|given) over\b",
        r"\b(?:they|the marshals|marshals|the agents|ice|ero|fbi|dea|atf|usms|hsi|cbp) (?:just |can |could )?take (?:him|her|them) (?:from here|from us|right now|now|with them|away)\b",
        # "so HSI can take him on their warrant": the point of the request is the hand-over
        r"\bso (?:that )?(?:they|the marshals|marshals|the agents|the feds|ice|ero|fbi|dea|atf|usms|hsi|cbp) (?:can|could|may|will be able to) (?:take|grab|collect|pick up) (?:him|her|them)\b",
        rf"\bto take {_PERSON} (?:(?:who|that) )?(?:we|i|you) (?:just )?(?:arrested|collared|locked up|picked up|booked|grabbed|have)\b",
        # "hand him to their agents", "take him w/ them tonight"
        rf"\bhand(?:ing)? {_PERSON} (?:over )?to (?:the |their |its )?(?:agents?|feds|marshals|fbi|dea|atf|usms|hsi|ice|ero|cbp|them)\b",
        r"\b(?:take|taking|bring|bringing) (?:him|her|them) (?:with|w/|w) (?:them|the agents|him|her)\b",
        # "can they take him after arraignment": the agency takes our prisoner
        r"\b(?:can|could|may|should) (?:they|the feds|the agents?|the marshals|fbi|dea|atf|usms|hsi|ice|ero|cbp) (?:come )?(?:take|pick up|grab|get|have) (?:him|her|them)\b(?! (?:a |an |the )?(?:copy|report|statement))",
        # "pull it and give it to them": a thing handed over is not a person
        r"\b(?:turn|hand|give|walk|bring|deliver|pass|release|surrender)(?:ed|ing|s)? (?!(?:it|that|this|those|these|them copies|a copy|the (?:data|list|hits|reads|info|information|reports?|results|footage|video|records?|files?|copies|copy|phone|evidence))\b)(?:[\w']+ ){0,3}(?:over )?(?:to|into) (?:the (?=fbi|dea|atf|usms|hsi|cbp|dhs|ice|ero))?(?:federal custody|ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|the marshals|marshals|the feds|feds|the agents?|agents?|them|immigration|border patrol|federal agents|their custody|the federal)\b",
        r"\b(?:turn|hand)(?:ed|ing|s)? (?:[\w']+ ){0,2}over\b(?! (?:the |a |an |our |his |her |their )?(?:[\w']+ )?(?:reports?|records?|files?|footage|video|evidence|paperwork|info|data|dd-?5s?|notes|phone|property|passports?|ids?|licen[cs]es?|cards?|documents?|papers|keys|wallet|registration))",
        r"\bhand-?(?:off|over)\b|\bhand off\b",
        # "a warrant at the desk for custody of marquez"
        r"\b(?:for|take|taking|get|getting|have|want|wants|seeking|seek|asking for|request(?:ing)?) (?:the |physical )?custody of\b"
        # "take custody of the guns we vouchered": evidence, not a person
        r"(?! (?:the |our |his |her |their |those |these )?(?:[\w-]+ )?(?:guns?|firearms?|weapons?|evidence|property|drugs|narcotics|money|cash|phones?|devices?|vehicles?|cars?|items?|records?|pistols?|rifles?))",
        r"\bwants? (?:the|our|my) (?:[\w-]+ )?(?:prisoner|detainee|arrestee|perp|collar)\b(?!'s| to\b| (?:record|file|history|info))",
        r"\b(?:take|grab|collect) (?:our|the|my) (?:collar|prisoner|arrestee|perp|detainee)\b(?!'s| to court| to arraignment)",
        rf"\b(?:want|wants|wanted|asks?|asking|asked)\b (?:[\w']+ ){{0,2}}(?:\d\) )?to take {_PERSON}(?=\s*(?:$|[.,;!?)]|and\b|\d\)|after\b|when\b|once\b|at\b|from\b|tonight\b|tomorrow\b|today\b|into\b))",
        r"\bwants? (?:him|her|them) on the federal side\b|\bon the federal side (?:after|when|once)\b",
        rf"\b{_PERSON} (?:to be |be |being |was |gets? )?(?:given|handed|turned) (?:over )?to (?:them|ice|ero|hsi|cbp|dhs|the feds|feds|the agents?|the marshals|marshals|immigration|federal custody)\b",
        rf"\bhand {_PERSON} off\b",
        rf"\b(?:here|there|came|come|coming|waiting) to (?:take|get|grab|pick up|collect|transport) {_PERSON}(?! to (?:court|arraignment|the hospital))",
        rf"\btake {_PERSON} (?:straight |right |directly )?(?:from|out of) (?:central booking|cb|the cells|our cells|the pct|the precinct|holding|lock-?up|our custody|us|the scene|the street|here)\b",
        r"\bgive (?:him|her|them|the (?:guy|prisoner|perp|kid|arrestee)) up\b(?! (?:for|on) )",
        r"\btransfer(?:red|ring|s)? (?:of )?(?:custody|him|her|them|the (?:prisoner|arrestee|guy|subject|detainee))",
        r"\btransfer(?:red|ring)? to (?:ice|ero|hsi|cbp|dhs|federal|the feds|them)\b",
        r"\btake (?:[\w']+ ){0,3}(?:into )?(?:federal |their |ice )?custody\b|\btake custody\b|\bassume custody\b",
        rf"\b(?:pick|picking|picked|scoop|scooping|collect|collecting) {_PERSON} up\b(?= (?:from|at|here|when (?:we|you|were|we're)|once (?:we|you)|after (?:we|you|processing|arraignment)|from us|tonight|today|tomorrow)\b|\s*[.;,!?]|\s*$)",
        rf"\bpick(?:ing)? up {_PERSON}(?= (?:from|at|here|when (?:we|you)|once (?:we|you)|after (?:we|you|processing|arraignment)|from us|tonight|today|tomorrow)\b|\s*[.;,!?]|\s*$)",
        # "they want to pick him up after he sees the judge"
        rf"\b(?:pick|picking|picked) {_PERSON} up after (?:he|she|they)\b",
        rf"\b(?:come|coming|came|stop by|swing by) (?:to |and )?(?:get|grab|take|pick up|collect) {_PERSON}",
        rf"\b(?:let|allow) (?:{_AGENTS} )(?:take|grab|have|pick up|walk out with|leave with) {_PERSON}",
        r"\b(?:wait|waiting|be waiting|posted up) (?:[\w']+ ){0,3}(?:outside|at the door|in the lobby|downstairs|out front|at the back door) (?:to|for|and) (?:grab|take|get|pick up|snatch|meet)",
        rf"\b(?:grab|snatch|nab|take|get|collect|have) {_PERSON} (?:[\w']+ ){{0,2}}(?:when|as|once|at|on|upon|after) (?:(?:he|she|they)(?:'s|'re| is| are)? |his |her |their )?(?:[\w']+ )?(?:releas|walk|leav|get|come|step|done|finish|process|cut)",
        rf"\bwants? {_PERSON} (?:at|upon|on|when) (?:his|her|their) release",
        rf"\bwants? {_PERSON} at release\b",
        r"\bwants? (?:him|her|them) at (?:cb|central booking|the courthouse|arraignment|court)\b",
        # "FBI agents are at CB to take him"
        r"\b(?:are|is|'re|'s) (?:at|in|outside) (?:the )?(?:[\w']+ ){0,2}to (?:take|get|grab|pick up|collect) (?:him|her|them)\b",
        r"\breleas(?:e|ed|ing) (?:[\w']+ ){0,3}(?:to|into) (?:ice|ero|hsi|cbp|dhs|the feds|the agents?|them|us|immigration|federal|dea|fbi|atf|usms|the marshals|him|her)\b",
        rf"\bbefore (?:they|the agents|the feds|fbi|dea|atf|ice|hsi|the marshals) take {_PERSON}",
        r"\bgive (?:[\w']+ ){0,2}(?:him|her|them|the (?:guy|prisoner|kid)) (?:up )?to\b",
        r"\bwants? (?:him|her|them)\b(?! (?:to|for|at|in|on|out|back|held|kept|sitting|staying|waiting|here|there|arrested|to be|removed|deported|gone|out of)\b)(?! (?:statement|records?|file|address|phone|number|name|info|information|details|report|interview|dob|sheet|history|testimony)s?\b)",
        r"\bturn (?:[\w']+ ){0,2}loose to\b",
        rf"\bwalk (?:{_PERSON}|him|her|them) (?:out )?to (?:their|the agents'?|ice'?s?|the|a) (?:[\w']+ )?(?:car|van|vehicle|truck|suv)\b",
        r"\binstead of (?:letting|releasing|cutting) (?:him|her|them) (?:go|loose|out)\b",
        rf"\bwalk (?:{_PERSON}|him|her|them) out (?:the |a |our )?(?:[\w']+ )?(?:door|back|exit|gate)\b",
        rf"\brelease (?:{_PERSON}|him|her|them) (?:out )?(?:the |a |our )?(?:side|back|front|rear) door\b",
        r"\b(?:they'll|they will|agents will|ice will|ero will|they'd) be (?:waiting|outside|there|out front|out back)\b",
        r"\btransfer(?:red|ring)?\b(?! (?:the |our |his |her |their |of )?(?:files?|records?|data|money|funds|calls?|footage|video|case|reports?|info))",
        r"\b(?:a |the |for )?pick-?up (?:from|at) (?:the |our )?(?:pct|precinct|cells|central booking|cb|station|house|jail)\b",
        r"\bpick-?up (?:at |@ )?\d{1,2}(?::?\d{2})?\b|\bpick-?up (?:time|tonight|today|tomorrow|this (?:afternoon|evening|morning))\b",
    ],
    Ask.NOTIFY_RELEASE: [
        r"\b(?:be |get )?notified when (?:we're|we are|we re|you're|you are) (?:done|finished|through) with (?:him|her|them)\b",
        # "please call us when Mr. Diallo is released", "just tell us if he's been released yet"
        r"\b(?:call|text|email|tell|notify|let) (?:us|them|me|him|her)(?: know)? (?:when|once|if|whether) (?:[\w.']+ ){1,3}?(?:is|gets|has been|was|'s been|s been|been)? ?(?:released|out|let go|cut loose|bailed out)\b",
        rf"\b(?:when|what time|what day|which day|the (?:date|time|day)|time of|date of|day of)\b\s*(?:[\w']+ ){{0,6}}{_LEAVE}",
        rf"\b(?:heads[- ]up|advance (?:notice|warning)|a call|a text|a ring|notice|notification|word)\b\s*(?:[\w']+ ){{0,5}}(?:when|before|once|if|as soon as)\b\s*(?:[\w']+ ){{0,5}}{_LEAVE}",
        rf"\b(?:let|tell|call|text|notify|alert|ping|warn|inform|give|email)(?:ing)? {_NOT_OUR_OWN}(?:{_AGENTS} )?(?:know )?(?:[\w']+ ){{0,2}}(?:when|before|once|as soon as|the minute|the second)\b\s*(?:[\w']+ ){{0,8}}{_LEAVE}",
        r"\brelease (?:date|time|info|information|schedule|details|plan)\b",
        # "call him when a man we're holding on our own case is ready to be released": a long description between
        rf"\b(?:let|tell|call|text|notify|alert|ping|warn|inform|ring|phone|email)(?:ing)? (?:{_AGENTS} )?(?:know )?(?:when|once|as soon as|before|the minute)\b\s*(?:[\w']+ ){{0,14}}?(?:is|are|gets?|will be|'s) (?:ready|about|set|due|going|scheduled) to (?:be )?(?:released|let go|cut loose|get out)\b",
        r"\b(?:heads[- ]?up|a call|notice|notification|word) (?:on|about|for|of|at) (?:his |her |their |the )?release\b",
        r"\b(?:eta|time|date|day|timing) (?:of|for) (?:(?:his|her|their|the) )?release\b",
        r"\b(?:to |us to |asking (?:us )?to |wants? (?:us )?to )notify\b(?! (?:me|us) )",
        r"\bnotif(?:y|ication|ied)\b.{0,40}\breleas",
        r"\b(?:his|her|their) release (?:date|time|day)\b",
    ],
    Ask.SHARE_CUSTODY_OR_COURT_INFO: [
        # "just call ice and let em know we got him": telling them we hold the person
        r"\b(?:let|tell|call|text|notify|inform|alert|ping)(?:ing)? (?:em|'em|them|ice|ero|hsi|cbp|dhs|the feds|feds|the agents?|immigration)\b"
        r"(?: know)? (?:that )?(?:we|we've|we have|we've got|we got|we're|we are|the pct|the precinct) "
        r"(?:got|have|caught|picked up|locked up|collared|grabbed|are holding|holding|have got)\b",
        # "a heads up when our defendant's state case is called so they can grab him": a court-date notice
        r"\b(?:heads[- ]up|a call|a text|a ring|word|notice|let (?:them|him|her|\w+) know|tell (?!the desk\b|my )(?:them|him|her|\w+)|call (?:them|him|her)|notify (?:them|him|her|\w+))\b\s*(?:[\w']+ ){0,4}(?:when|before|once|as soon as)\b\s*(?:[\w']+ ){0,6}(?:case is (?:called|on)|is arraigned|gets arraigned|goes before (?:the|a) judge|is produced|gets produced|comes up|is on the calendar|is in court|goes to court|goes to arraignment|is taken to (?:court|arraignment)|heads to (?:court|arraignment))\b",
        r"\b(?:advise|tell|give|send|share|confirm|provide)\b (?:[\w']+ ){0,3}(?:next |the )?(?:adjourn(?:ment|ed)? date|return date|next appearance|court part|part and date|date and part)\b",
        # "the agent wants the return date on the DAT and the courtroom": the court-date noun itself is the ask
        r"\b(?:wants?|wanted|needs?|needed|asking for|asked for|asks for|requests?|requested|requesting|would like)\b (?:[\w']+ ){0,3}"
        r"(?:next |the )?(?:adjourn(?:ment|ed)? date|return date|next appearance|court part|courtroom|next court date|arraignment date)\b",
        rf"\b{_SHARE_VERB} (?:{_AGENTS} )?(?:[\w']+ ){{0,3}}(?:(?:his|her|their|the|next) )?(?:court (?:date|appearance|part|hearing|time|schedule|info)|arraignment (?:date|time)|dat date|next court)",
        rf"\b(?:if|whether) (?:we|you) (?:still )?(?:have|got|hold|holding) {_PERSON}",
        r"\b(?:if|whether) (?:the guy|the man|the woman|he|she|they|him|her) (?:[\w'-]+ ){0,8}?(?:got|was|were|is|are|gets) (?:dat'?d|released|arraigned|cut loose|still in)\b|\bis still in (?:custody|the cells|our cells|jail)\b",
        rf"\b(?:if|whether) (?:we|you) (?:still )?(?:have|got|hold|holding) (?:[\w'-]+ ){{1,3}}(?:in|at) (?:the |our )?{_CUSTODY_PLACE}",
        r"\b(?:is|if|whether) (?:he|she|they)(?:'s| is| are)? (?:still )?(?:in )?(?:our custody|custody|the cells|jail|locked up|at central booking|in the system)\b",
        r"\bcustody status\b|\bincarceration status\b|\bdate (?:of|from) (?:the )?court\b",
        # "asking where a guy we locked up last night is being held"
        r"\bwhere (?:a |the |our |this |that )?(?!(?:they think |they say |)(?:women|girls|people|victims|workers|kids|children) )(?:[\w']+ ){0,7}?(?:is|are|'s) (?:being )?(?:held|housed|lodged|kept)\b",
        # "asked me what time his case gets called so they can pick him up"
        r"\b(?:what time|when) (?:his|her|their|the) (?:case|matter|hearing|appearance|docket) (?:gets |is |will be )?(?:called|heard|up|on)\b",
        # "a yes or no, is Luis Ferreira in custody at the 4-4": whether and where we hold someone
        r"\b(?:is|if|whether) (?:[\w'-]+ ){1,3}(?:in (?:our )?custody|in (?:our|the) cells|locked up|being held) (?:at|in) (?:the |our )?(?:[\w'-]+ )?(?:\d|pct|precinct|central booking|cb|house)",
        r"\bwhen(?:'s| is| are) (?:his|her|their) next (?:court )?(?:date|appearance)\b|\bout on bail or (?:in|not)\b",
        r"\b(?:told|gave|give|tell|telling|shared|share|sent|send|confirmed|confirm)\b(?:(?!\b(?:but|because)\b).){0,60}\b(?:court date|arraignment date|next court|return date|adjourn\w* date|court part|dat date)\b",
        # "told the ice guy when my perp's arraignment was"
        r"\b(?:when|what time|what day|which day|where)\b (?:[\w']+ ){0,4}(?:arraignment|court date|court appearance|hearing|court|next date) (?:is|was|will be|would be|is going to be|was going to be)\b",
        r"\b(?:is|if|whether) (?:[\w'-]+ ){1,3}still (?:in|at) (?:your|our|the) (?:custody|cells|precinct|pct|holding|central booking)\b",
        r"\b(?:did|has) (?:he|she|they|[\w'-]+ [\w'-]+) (?:go|gone|been taken|been sent) to (?:arraignment|court|central booking)\b",
        r"\b(?:if|whether) (?:[\w'#()-]+ ){1,6}(?:is|'s|are|was) (?:still )?(?:in |at )?(?:our custody|custody|the cells|our cells|jail|locked up|central booking|the pct|the precinct|in the system)\b",
        r"\b(?:went|gone|been moved|was moved|got moved|transferred) to (?:central booking|cb|court|rikers|the tombs)\b",
        r"\bwhere (?:he|she|they|the \w+)(?: is| are|'s)? (?:being )?(?:held|housed|locked up|detained)\b",
        r"\b(?:what|which) (?:facility|jail|precinct|court|part|courtroom)\b",
        r"\b(?:location|whereabouts) of\b",
        r"\b(?:what|which) (?:[\w']+ )?(?:office|agency|facility)\b (?:[\w']+ ){0,2}(?:sent|took|moved|transferred|brought|gave)\b",
        r"\bwhere (?:he|she|they) (?:is|are|'s) (?:right )?now\b",
    ],
    Ask.SHARE_RECORDS: [
        # "testify in federal court about an NYPD arrest I made": what we know, given in court
        r"\b(?:testify|testifying|testified|give testimony|take the stand)\b",
        # "wants the pills from tuesday's collar sent to their lab": evidence sent to the agency
        r"\b(?:sent|send|sending|ship|shipped|shipping|transfer(?:red)?|turned over|handed over|released|release|brought|bring) (?:[\w']+ ){0,2}to (?:their|there|the|a|an) (?:[\w']+ ){0,2}(?:lab|laboratory|evidence (?:room|locker|unit|vault)|field office)\b",
        # "Tasking: conduct NYPD records checks on the subject and report results to the case agent"
        r"\b(?:conduct|run|do|perform|complete)\w* (?:[\w']+ ){0,2}(?:records?|background|database|name|criminal history|arrest history) (?:checks?|searches?|queries|inquiries)\b",
        r"\b(?:gang )?database entry (?:on|for|of) (?:a|the|one|this|that|their|our) [\w']+",
        # "a surveillance still ... asking if anyone in the squad recognizes the guy": identification help
        r"\b(?:recogni[sz](?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|put a name (?:to|on))\b(?=.{0,80}\b(?:photo|still|picture|pic|image|video|footage|surveillance|sketch)s?\b)|"
        r"\b(?:photo|still|picture|pic|image|video|footage|sketch)s?\b.{0,80}\b(?:recogni[sz](?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|put a name (?:to|on))\b",
        # "release a prisoner's vouchered passport to them", "take 300 counterfeit bags we seized": our evidence handed over
        r"\b(?:release|hand over|turn over|give|take|pick up|collect)\b (?:[\w'#]+ ){0,4}(?:vouchered|seized|confiscated|recovered)\b|\b(?:[\w']+ )?(?:we|you) (?:seized|vouchered|confiscated|recovered)\b(?=.{0,40}\b(?:release|give|hand|take|turn over)\b)",
        rf"\b{_SHARE_VERB} (?:{_AGENTS} |us )?(?:[\w']+ ){{0,4}}{_RECORDS}\b",
        r"\brun(?:ning)? (?:\d+ |the |some |a few |these |those |his |her |their |a |that |this )?(?:names?|plates?|tags?|sheets?|records?|history|prints)\b",
        rf"\brun {_PERSON}\b",
        # "run some associates through our systems", "run names in NYPD database"
        r"\brun(?:ning)? (?:[\w']+ ){1,3}(?:through|in|against|on) (?:our|the|nypd'?s?|all our) (?:[\w']+ )?(?:systems?|databases?|computers?|records?|indexes|files)\b",
        # "want to know if we had any contact with a diana reyes": our records of the person
        r"\b(?:if|whether) (?:we|nypd|the (?:pct|precinct|squad|nypd)|you|anyone|any of us)(?: ever)? (?:had|have|has|had any|have any)(?: any)? (?:police )?(?:contacts?|dealings|interactions?|encounters?|run-?ins?) with\b",
        r"\blook (?:him|her|them) up\b",
        r"\bpull (?:up )?(?:his|her|their|the|a) (?:record|file|history|sheet|arrests|priors|rap|info|address)\b",
        r"\b(?:check|search|look in) (?:our |the )?(?:system|database|records|files) for\b",
        rf"\bwhere (?:he|she|they|the \w+|{_PERSON}) (?:lives?|stays?|is staying|works?|hangs? out|sleeps?|is living)\b",
        r"\b(?:his|her|their|[\w]+'s) (?:home |last known |current )?address(?:es)?\b",
        r"\b(?:wants?|asks? for|asking for|asked for|needs?|requests?|requested)\b (?:the |his |her |their |an? )?(?:home |last known |current )?address(?:es)?\b",
        r"\bcopies of\b|\ba copy of\b",
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested)\b (?:the |our |a |\d+ |two |three )?(?:[\w']+ )?(?:pistols?|guns?|firearms?|rifles?|weapons?|drugs|narcotics|evidence|items|property|phones?|devices?|passports?)\b(?= (?:we|that we|you) (?:vouchered|recovered|seized|have|hold|took))",
        r"\bwhich (?:kid|child|person|guy|one|student|man|woman) (?:[\w']+ ){0,3}(?:belongs to|is (?:his|her|their)|lives)\b",
        r"\bwhich (?:house|apartment|apt|building|address|door|unit|floor)\b.{0,40}\b(?:lives?|stays?|is staying)\b",
        r"\b(?:test[- ]?fire (?:results|report)|vouchers?|property invoices?|invoices?|dd ?fives?)\b(?=.{0,80}\b(?:send|give|want|wants|need|needs|share|copy)\b)|(?<=\bwants the )test[- ]?fire",
        r"\b(?:look at|see|copy of|copies of|read|check) (?:our|the) (?:command |desk )?(?:logs?|blotter)\b",
        # "tell him if that's the guy in the photo": identifying a person is information about them
        r"\b(?:tell|confirm|say|let (?:him|her|them) know|verify)\b (?:[\w']+ ){0,3}(?:if|whether|who) (?:that's|thats|that is|this is|it's|it is|he's|she's) (?:the|a|our|same) (?:same )?(?:guy|man|woman|person|kid|dude|lady|one|individual)\b",
        r"\b(?:identify|id|i\.d\.) (?:him|her|them|the (?:guy|man|woman|person|kid|subject|individual))\b(?! (?:as|with|by) (?:ice|hsi|an agent))",
        r"\bwhat (?:address|phone|number|name|dob|date of birth)\b",
    ],
    Ask.SHARE_BULK_DATA: [
        # "ERO wants list of all DATs to non-citizens, 110 PCT, 2026"
        r"\b(?:a )?lists? of (?:all |every |the )?(?:[\w']+ )?(?:dats|arrests|arrestees|summonses|stops|collars|complaints|bookings|people|names)\b",
        r"\blist of (?:every|all|each) (?:[\w']+ ){0,2}(?:arrests?|people|persons|names|tenants|residents|collars|arrestees|summons(?:es)?|tickets|stops|complaints|incidents|reports)\b",
        r"\blist of (?:all |every |the )?(?:[\w']+ ){0,3}(?:people|names|persons|individuals|arrests|arrestees|stops|members|everyone|everybody|anybody|anyone|plates|tags|drivers|vehicles|addresses|immigrants|undocumented|gang members)",
        r"\b(?:gang|our|the|whole|entire|criminal group) (?:database|db)\b(?! entry (?:on|for|of) (?:a|the|one|this|that|their|our)\b)",
        r"\b(?:arrest|stop|summons|arrestee) (?:list|log|roster)s?\b",
        r"\b(?:data ?dump|bulk|extract|export|download|spreadsheet)\b",
        r"\bsign-?in (?:sheets?|lists?|logs?)\b|\battendance (?:lists?|sheets?)\b|\bvisitor (?:logs?|lists?)\b",
        r"\b(?:everyone|everybody|anyone|anybody) (?:we|who|that) (?:[\w']+ ){0,2}(?:arrested|stopped|booked|summonsed|picked up|have|ran)",
        r"\ball (?:the |of the )?(?:[\w']+ )?(?:people|persons|individuals|arrestees|arrests|stops|names|records|summonses) (?:in|from|for|who|we|that)\b",
        r"\b(?:every|all) (?:[\w']+ )?(?:arrest|stop) (?:from|in|since)\b",
        r"\b(?:every|all) (?:the )?(?:[\w']+ )?(?:arrests|stops|complaints|911 calls|summonses|incidents) (?:at|on|in|from|for|around|near)\b",
    ],
    Ask.SHARE_SURVEILLANCE_DATA: [
        r"\bshot ?spotter\b|\bcamera (?:grabs?|pulls?|stills?|screenshots?|canvass(?:es)?)\b",
        r"\b(?:rtcc|camera|cctv|surveillance) (?:camera )?(?:clips?|footage|video|stills|recordings?)\b",
        r"\b(?:our )?(?:cameras?|cams?|lprs?|footage|video)\b (?:[\w']+ ){0,6}(?:caught|picked up|captured|recorded|saw|shows?|got) (?:the |a |him|her|them)",
        # ("is an LPR": a lawful permanent resident, not a plate reader)
        r"(?<!\bis an )(?<!\bwas an )(?<!'s an )\blprs?\b|\balprs?\b|\bplate[- ]?readers?\b|\blicen[cs]e plate (?:readers?|data|hits|scans|reads|cameras?)\b",
        r"\b(?:camera|cctv|ptz|argus|surveillance|pole ?cam)s? (?:footage|feeds?|data|network|video|system|stills|clips?|recordings?)\b",
        r"\bcctv\b|\bdomain awareness\b(?! (?:training|course|class|refresher))|\bdas\b",
        r"\b(?:video|footage|stills) from (?:the |our |a )?(?:[\w']+ )?cameras?\b",
        r"\b(?:plate|tag) (?:hits|reads|scans|history)\b",
        r"\b(?:clips?|videos?|footage|stills|recordings?|feeds?) (?:from|off|of) (?:the |our |a |that |this )?(?:[\w']+ )?(?:pole ?cams?|cams|cameras?|dash ?cams?)\b",
        # "wants the same clip to ID people in the background": the clip named earlier
        r"\b(?:wants?|wanted|asking for|asked for|requests?|requested|needs?) (?:the |that |this |a copy of the )?(?:same )?(?:clips?|stills?)\b",
        r"\b(?:scanned|read|pinged|captured|picked up) by (?:our|the|any|nypd) (?:[\w']+ )?(?:readers?|cameras?|lprs?)\b",
    ],
    Ask.SHARE_STATUS_INFO: [
        # "what our file says about the man's citizenship or immigration status", "whether anything in
        # our file shows the suspect's immigration status": what we hold on his status, asked of us
        r"\b(?:what|whether|if) (?:anything in )?(?:our|the|your|nypd'?s?) (?:[\w']+ )?(?:files?|records?|system|paperwork|database|reports?)\b (?:says?|shows?|has|have|lists?|holds?)\b"
        r"(?:[^.?!]{0,40}?)\b(?:citizenship|immigration status|legal status|nationality|(?:his|her|their) status)\b",
        # terse: "(a) status of our detainee"
        r"(?<!custody )(?<!case )(?<!court )(?<!release )(?<!medical )\bstatus of (?:our|the|his|her|this|that) (?:[\w']+ )?(?:detainee|prisoner|arrestee|perp|guy|man|woman|subject|collar|suspect)\b",
        # "does your precinct have any information on whether Mr. S is a U.S. citizen"
        r"\b(?:does|do|did) (?:your|the) (?:precinct|pct|command|department|squad|unit|office) (?:have|hold|keep) (?:any )?(?:information|info|records?|data|anything) "
        r"(?:on|about|as to|regarding|showing) (?:whether|if) (?:[\w'.-]+ ){1,4}(?:is|was|'s) (?:a |an )?(?:u\.?s\.? citizen|citizen|legal|lawful|lawful permanent resident|permanent resident|green card holder|undocumented|here legally)",
        # "wants to know whatever he tells us about his status": what our suspect says, passed on
        r"\b(?:know|hear|tell (?:them|him|her|ice|hsi|ero)|pass(?:ing)? (?:along|on)|share|give (?:them|him|her))\b (?:[\w']+ ){0,2}"
        r"(?:what(?:ever)?|anything) (?:he|she|they|(?:our|the) (?:[\w']+ ){0,2}(?:suspect|prisoner|perp|collar|arrestee|guy|defendant)) "
        r"(?:tells?|told|says?|said|admits?|admitted) (?:to )?(?:us |me |you )?"
        r"(?:about|regarding|re) (?:his|her|their) (?:immigration )?(?:status|papers|citizenship)\b",
        r"\b(?:whether|if) (?:we|you|nypd) (?:recorded|listed|have|put|entered) (?:him|her|them|the (?:[\w']+ )?(?:guy|man|woman|perp|arrestee|prisoner|driver|passenger|subject|suspect|defendant|person)) (?:down )?as (?:a )?(?:us |u\.s\. )?citizens?\b",
        r"\bis (?:mr|ms|mrs|miss|dr)\.? (?:[\w.'-]+ ){1,2}(?:a )?(?:us |u\.s\. )?citizen\b",
        r"\b(?:whether|if)\b[^.?!;]{0,60}?\b(?:is|'s|are|was|were|isn't|ain't|is not|wasn't|aren't|are not)\s+(?:\w+ )?(?:a (?:us |u\.s\. )?citizen|(?:us |u\.s\. )?citizens)\b",
        r"\bconfirm (?:his |her |their |the )?(?:immigration |citizenship )?status (?:to|for|with) (?:hsi|ice|ero|cbp|dhs|them|the feds|the agents?|fbi|dea|atf|usms)\b",
        # "the arrest report and also whether hes in the country legally": a status question of its own
        r"\b(?:whether|if)\b[^.?!;]{0,60}?\b(?:is|'s|s|hes|shes|are|was|were) (?:\w+ )?(?:here|in (?:the )?(?:country|us|u\.s\.|united states|states|america)) (?:legally|illegally|lawfully|unlawfully|legal|illegal)\b",
        r"\b(?:wants?|wanted|needs?|asking|asked|asks) to know (?:his|her|their) (?:immigration |citizenship |legal )?status\b",
        r"\blists? (?:him|her|them|(?:the|our|this|that) [\w']+) as (?:a |an )?(?:us |u\.s\. )?(?:citizens?|non-?citizens?|immigrants?)\b",
        r"\b(?:are|is) (?:they|he|she|the \d+ [\w']+|(?:the|our|my|this|that) [\w']+) (?:a )?(?:us |u\.s\. )?citizens?\b",
        # "is a guy we arrested last month a US citizen, yes or no"
        r"\bis (?:a|the|this|that|our|my) (?:[\w']+ ){1,6}?(?:a )?(?:us |u\.s\. )?citizen\b(?=\s*(?:\?|,? (?:yes or no|or not|y/n)\b))",
        # "what's the immigration status of the guy in our cells"
        r"\bwhat(?:'s| is| was|s)? (?:the |his |her |their )?(?:immigration|citizenship|legal) status\b",
        r"\b(?:whether|if) (?:[\w']+ ){0,3}(?:is|was|are) (?:a |an )?(?:lawful permanent residents?|green card holders?|permanent residents?|legal residents?)\b",
        # "what country of citizenship you have listed", "born in Mexico or in the United States"
        r"\b(?:country of )?citizenship (?:you |we )?(?:have )?(?:listed|on file|recorded|in (?:the|your|our) (?:system|records?))\b",
        r"\bborn (?:in )?[\w' ]{2,25} or (?:in )?the (?:united states|us|u\.s\.)\b|\bborn (?:in )?the (?:united states|us) or\b",
        # "can I ask him about his status, and tell HSI what he says about it?": his answer passed on
        r"\b(?:status|immigration|papers|legal)\b.{0,80}\b(?:tell|give|pass|share|send|relay|forward)\w* (?:it )?(?:to |on to )?(?:hsi|ice|ero|cbp|dhs|them|the agents?|the feds) (?:what|whatever) (?:status )?(?:he|she|they|the suspect|the perp|he's|she's)(?: (?:says?|said|tells? (?:me|us)|told (?:me|us)|admit\w*|answers?|answered))?\b",
        r"\b(?:tell|give|pass|share|send|relay|forward)\w* (?:it )?(?:to |on to )?(?:hsi|ice|ero|cbp|dhs|them|the agents?|the feds) (?:what|whatever) (?:status )?(?:he|she|they) (?:says?|said|told (?:me|us)|gave)\b.{0,40}\b(?:status|immigration|papers|legal)\b",
        r"\b(?:confirm|verify|tell|give|share|provide|check|run|look up|find out|let (?:them|\w+) know|say|send)\b\s*(?:[\w']+ ){0,6}(?:citizenship|(?:us |u\.s\. )?citizen\b|immigration status|legal status|(?:his|her|their|the) status|(?:if|whether) (?:he|she|they)(?:'s| is| are)? (?:[\w']+ )?(?:legal|illegal|here legally|here illegally|undocumented|a citizen|documented|deportable|removable|out of status|a green card holder|permanent resident|on a visa))",
        r"\b(?:citizenship|immigration status|legal status)\b.{0,30}\b(?:on file|we have|in our (?:records|system))",
        r"\b(?:citizenship|immigration status)\b.{0,40}\b(?:as recorded|recorded by|in (?:our|nypd|the nypd) records|on (?:our|the) (?:arrest report|records?|paperwork))\b",
        r"\b(?:if|whether) your (?:records?|system|files?|paperwork|database) (?:show|shows|list|lists|say|says|have|has) (?:him|her|them) as\b",
        # "whether our records show a man we arrested last week as a U.S. citizen"
        r"\b(?:if|whether) (?:your|our|the|nypd'?s?) (?:records?|system|files?|paperwork|database)s? (?:show|shows|list|lists|say|says|have|has) "
        r"(?:[\w']+ ){1,8}?as (?:a |an )?(?:us |u\.s\. )?(?:citizens?|non-?citizens?|lprs?|permanent residents?|green card holders?)\b",
        # "this man is US citizen or no?", "is he an LPR": a status question, the article dropped or not
        r"\b(?:is|'s|are) (?:a |an )?(?:us |u\.s\. )?citizens?(?=\s*\?| (?:or not|or no|yes or no|y/n)\b)",
        r"\b(?:if|whether|is|'s) (?:[\w']+ ){0,5}?(?:is |'s |was |are )?an lprs?\b(?! (?:hit|camera|reader|read|scan|alert|system|data)s?\b)",
        r"\b(?:what|which) (?:the |his |her |their )?(?:citizenship|nationality|immigration status|country (?:he|she|they) (?:is|are) from)\b",
        r"\b(?:status check|immigration check)\b(?![- ]?ins?\b)",
        r"\b(?:citizenship|immigration) status (?:on|in|from|recorded|listed|noted|we have|on file)\b",
        r"\b(?:shows?|lists?|has|have|puts?) (?:him|her|them) (?:as|down as) (?:a |an )?(?:us |u\.s\. )?(?:citizen|legal|illegal|undocumented|non-?citizen|alien|lpr|green card holder)\b",
        r"\b(?:wants?|needs?|asking for|asked for|asks for|requests?|requested)\b (?:[\w']+ ){0,3}(?:immigration|legal|citizenship) (?:situation|standing|papers|paperwork)\b",
        r"\b(?:green card|legal|documented|citizen) or (?:undocumented|illegal|not|no papers)\b",
        # "told the ERO officer our prisoner said he's from Honduras and has no papers"
        r"\b(?:told|tell|telling|gave|give|confirmed|said to)\b(?:(?!\b(?:but|because)\b).){0,70}\b(?:(?:has|had|have) no (?:papers|status|green card)|(?:is|was|'s|are|were) (?:undocumented|illegal|here illegally|not a (?:us )?citizen|out of status)|(?:was|is|'s) (?:born )?(?:from|in) (?!(?:the|a|an|here|there|our|his|her|custody|court|jail|the cells)\b)[a-z]+ and (?:has|had|is|was)\b)",
        r"\bis (?:he|she) a (?:us |u\.s\. )?citizen\b",
        # "'is this guy legal, what do you have on his status'", "whether the women 'have status'"
        r"\bis (?:this|that|the) (?:guy|man|woman|kid|person|dude|lady|girl|boy|subject|individual) (?:here )?legal(?:ly)?\b",
        r"\bis (?:he|she) (?:here )?legal(?:ly)?\b(?! (?:age|aid|guardian|owner|tender))",
        r"\b(?:what|anything) (?:do )?(?:you |we )?(?:have|got) on (?:his|her|their) (?:immigration )?status\b",
        r"\b(?:if|whether) (?:[\w']+ ){1,5}(?:have|has|had) (?:legal )?status\b",
        r"(?:^|[(,;:.)]\s*|\d\)\s*)(?:whether|if) (?:[\w']+ ){0,6}(?:is|'s|are|was) (?:\w+ )?(?:a (?:us |u\.s\. )?citizen|legal|illegal|undocumented|here legally|here illegally)\b",
        r"\b(?:wants?|asking|asked|asks|needs?|requests?|requested)\b (?:for )?(?:the |their |his |her )?(?:immigration|citizenship|legal) status (?:of|for|on)\b",
        r"\bis (?:[\w']+ ){1,3}(?:legal|illegal|undocumented|a (?:us )?citizen|here legally) (?:or not|or no)\b",
        r"\b(?:know|asking|asks|asked|ask|find out|wants to know|checking|check|confirm|wants?|needs?|tell (?:them|him|her|ice|\w+))\b\s*(?:[\w']+ ){0,5}(?:if|whether) (?:[\w']+ ){0,6}?(?:is|'s|are|was|he's|she's|they're|hes|shes) (?:\w+ )?(?:legal|illegal|a (?:us |u\.s\. )?citizen|undocumented|here legally|here illegally|documented|in status|out of status|a legal resident|deportable|in the country (?:legally|illegally)|(?:legally|illegally) in the country)\b",
        r"\b(?:know|asking|asks|asked|find out|wants to know|checking|confirm|wants?|needs?)\b\s*(?:[\w']+ ){0,5}(?:if|whether) (?:[\w']+ ){0,4}(?:has|have|had) (?:a |his |her |their |any )?(?:green card|papers|visa|legal status|status|work permit|work authorization)\b",
        r"\b(?:anything|info|information|what we have|details|records?) (?:on|about|re) (?:the |his |her |their )?(?:immigration|citizenship|legal) status\b",
        r"\b(?:did|does|has|whether|if|was|is)\b (?:[\w'()-]+ ){0,8}born (?:in (?:the )?(?:us|u\.s\.?|united states|usa|america|this country|the states)|here)\b",
        r"\b(?:know|asking|asks|asked|ask|find out|wants to know|checking|check|confirm|verify)\b (?:[\w']+ ){0,4}(?:if|whether) [^.?!;]{0,50}?\b(?:is|'s|are|was|were) (?:\w+ )?(?:a (?:us |u\.s\. )?citizen|legal|illegal|undocumented|here legally|here illegally)\b",
        r"\b(?:what|anything) (?:[\w']+ ){0,3}(?:told us|said|told) (?:[\w']+ ){0,4}about (?:his|her|their) (?:immigration |citizenship |legal )?status\b",
    ],
    Ask.MONITORING_ALERT: [
        # "an entry in our systems so that if any cop stops or summonses him, the Marshals get a call"
        r"\bif (?:any|a|one of our|our|an?) (?:[\w']+ )?(?:cops?|officers?|units?|rmps?) (?:ever )?(?:(?:stops?|summons(?:es)?|arrests?|runs?|encounters?|comes? across|deals? with)(?:,? or |, )?)+ (?:him|her|them)\b"
        r"(?=.{0,80}\b(?:call|notif\w*|know|alert\w*|ping|text)\b)",
        # "a hit notification on subject Karim Haddad's plate on our LPRs"
        r"\bhit notifications?\b|\bnotifications? (?:on|for) (?:[\w'.-]+ ){0,4}(?:plates?|tags?|cars?|vehicles?|names?)\b",
        r"\b(?:lpr|alpr|plate[- ]?reader|license plate|hot ?list|system|ncic|database)s? (?:alerts?|flags?|notifications?|hits? list)\b",
        r"\b(?:be|get|being) (?:called|texted|notified|pinged|alerted)\b (?:when|once|whenever|as soon as|if) (?:our|the|this|that|my|he|she)\b.{0,30}\b(?:comes?|shows?|walks?|stops?|checks?) (?:in|up|by|back)\b",
        # "call them when our guy comes in to pick up his property"
        r"\b(?:call|text|tell|notify|ping|email|alert|let)\w* (?:them|him|her|us|ice|ero|hsi|the agents?)(?: know)? (?:when|once|whenever|as soon as) (?:our|the|this|that|my) (?:[\w']+ )?(?:guy|man|woman|perp|subject|prisoner|arrestee|kid|person|target) (?:comes?|shows?|walks?|stops?|checks?) (?:in|up|by|back)\b",
        r"\bnotify (?:set |placed |put )?(?:on|for)\b",
        r"\b(?:if|when|whenever|once) (?:a |the |his |her |that |this |their |any )?(?:[\w']+ )?(?:plate|car|name|tag|vehicle)s? (?:ever )?(?:hits|pops|comes up|comes back|gets read|is read|gets scanned|shows up)\b",
        r"\b(?:ping|call|text|tell|let|notify|alert)\w* (?:him|her|them|me|us)(?: know)? (?:if|when|whenever|anytime|any time) (?:[\w']+ ){0,4}?(?:ever )?(?:gets? |is |are )?(?:stopped|arrested|picked up|pulled over|booked)\b",
        r"\b(?:if|whenever|when) any of our (?:cars|cops|guys|officers|units|sector cars) (?:ever )?(?:stops?|arrests?|picks? up|runs? into|pulls? over)\b",
        r"\b(?:an? |the )?(?:alert|flag|lookout|notification)s? (?:in|on|into) (?:our|the) (?:systems?|databases?|computers?|ncic|lprs?|plate readers?)\b",
        r"\bnotify[- ]on[- ](?:arrest|contact|release|stop|encounter)\b",
        r"\bnotified (?:if|when|whenever|anytime) (?:he|she|they|the (?:guy|target|subject))(?:'s| is| are| gets?| get)? (?:ever )?(?:stopped|arrested|picked up|run|booked|pulled over)\b",
        r"\b(?:set(?:ting)? up|put(?:ting)?|place|placing|add|adding|enter|entering|create|creating|turn on) (?:[\w']+ ){0,2}(?:alerts?|flags?|notifications?|lookouts?|hits?|hot ?list|watch|i-?cards?)\b",
        r"\b(?:add|adding|put|putting|enter|entering|place|placing)\b (?:[\w']+ ){0,3}(?:names?|people|persons|him|her|them|plates?|tags?) (?:to|on|in|into) (?:an? |the |our |their )?(?:alert|watch|hot|lookout|flag)[- ]?lists?\b",
        r"\b(?:set|setting|put|putting|place|placing|add|adding|enter|entering|create|creating|run|running)\b\s*(?:[\w']+ ){0,2}(?:alerts?|notifications?|pings?)\b",
        r"\bwhen (?:a |the |his |her |that |this )?(?:[\w']+ )?(?:plate|car|name|tag|vehicle) (?:hits|pops|comes up|gets read)\b",
        # ("the phone we vouchered from him when we arrest": a moment told, no standing alert)
        r"\b(?:if|whenever|anytime|any time|every time|each time|when(?= \w+ (?:ever|again)\b)|(?<=know )when|(?<=them )when|(?<=us )when|(?<=me )when|(?<=call )when|(?<=text )when|(?<=up )when|(?<=alert )when|(?<=ping )when) "
        r"(?:we|you|anyone|nypd|cops|patrol|our (?:guys|cops|officers))\b (?:ever |again )?(?:stop|stops|arrest|arrests|book|books|pick up|picks up|run into|runs into|encounter|come across|see|sees|contact|run|pull over|lock up)\b",
        r"\bflag(?:ging|ged)? (?:him|her|them|the|these|those|his|her|their|people|names|anyone)\b(?! as (?:a |an )?(?:possible |potential |probable |likely )?(?:match|hit|positive))",
        r"\bflag(?:ging|ged)? (?:a |an |some |two |three |\d+ |a couple(?: of)? |a few |few )?(?:[\w']+ )?(?:names?|people|plates?|guys?|persons?|cars?|targets?|members?)\b",
        r"\b(?:if|when|whenever)\b (?:[\w']+ ){0,3}(?:gets?|is|are) (?:stopped|arrested|booked|picked up|pulled over|locked up)\b (?:by (?:us|any of (?:our|us)|our|nypd|police|cops|patrol|anyone)|anywhere|again)",
        r"\b(?:text|call|ping|notify|tell|email|alert|let (?:[\w']+ ){0,2}know)\b.{0,25}\bif\b.{0,40}\b(?:stopped|arrested|booked|picked up|pulled over|locked up|comes in|shows up|comes? back(?: in| by| around)?|walks? in|returns?|shows? back up)\b",
        r"\bhot ?list\b",
        # "a 'stop notification' on two guys": told of every stop
        r"\b(?:stop|arrest|contact|encounter|booking) notifications?\b",
        r"\bset(?:s|ting)? (?:a|an|the|up a|up an) (?:[\w'-]+ )?(?:alert|flag|notification|lookout)s?\b",
        r"\b(?:let (?:[\w']+ ){0,2}know|text|call|notify|tell|ping)\b.{0,100}\bever (?:gets?|is|are) (?:arrested|stopped|booked|picked up|locked up|summonsed|collared)\b",
        r"\b(?:alert|flag|notification|lookout)s? (?:set|put|placed|entered|loaded)\b",
        r"\b(?:put|add|leave|enter|place)\b (?:a |an )?(?:note|flag|alert|message|memo)\b (?:[\w']+ ){0,2}(?:in|into|on) (?:the|our) (?:system|computer|database|file|log|blotter)\b",
        r"\b(?:put|add|enter|place|load)\b.{0,40}\b(?:on|in|into|to) (?:our|the|their) (?:[\w']+ ){0,2}(?:alert|hot|lookout|bolo|flag|wanted) ?lists?\b",
        r"\b(?:notify|tell|alert|ping|call|text|contact)\b (?:[\w']+ ){0,2}(?:if|when|whenever|once) (?:[\w']+ ){0,2}(?:stopped|arrested|booked|seen|spotted|hit|pops|comes up|contacted|encountered|located)\b",
        r"\b(?:put|add|enter|place|load)\b.{0,40}\bon (?:\d+|the|his|her|their|these|those|a|an|that) (?:[\w']+ )?(?:plates?|names?|cars?|vehicles?)\b",
        r"\b(?:if|when|whenever)\b (?:[\w']+ ){0,3}(?:ever|again|anywhere)\b (?:[\w']+ ){0,2}(?:stopped|arrested|booked|picked up|locked up|summonsed|pulled over|shows? up|comes? (?:in|up)|pops? up)\b",
        r"\b(?:put|add|enter|place|load)\b.{0,30}\b(?:in|into) (?:the|our) (?:lpr|alpr|plate[- ]?reader|hotlist)(?: system)?\b",
        r"\b(?:flag|alert|lookout|(?<!lpr )(?<!alpr )(?<!reader )hit|notification)s? (?:on|for) (?:him|her|them|(?:a|an|the|his|her|their|this|that|these|those|our|my|\d+) (?:[\w']+ )?(?:plates?|names?|cars?|vehicles?|trucks?|vans?|suvs?|tags?|guys?|persons?|people|fugitives?|targets?|suspects?|subjects?|members?|individuals?))\b",
        r"\bkeep (?:an |a )?(?:eye|tabs|watch) on\b",
        # "alerts on the same 3 so they get notified at any NYPD contact"
        r"\balerts? on (?:the same |these |those |all )?(?:\d+|two|three|four|five|six)\b|\bnotified (?:at|on|of|about|for) any (?:nypd |police )?(?:contact|stop|arrest|encounter)\b",
        r"\bmonitor(?:ing|ed)?\b(?! (?:this|the) (?:thing|channel|chat|bot|app|slack|inbox)\b)",
        r"\bping (?:me|them|him|her|hsi|ice|the agent)\b",
        r"\b(?:whenever|anytime|any time|every time|each time|if ever|if and when|any time that)\b\s*(?:[\w']+ ){0,5}(?:is |are |gets? |get |comes? |shows? |pops? |turns? |has )?(?:stopped|arrested|booked|picked up|locked up|summonsed|printed|run|ran|up|in|contact|interact|interacts|encounter|deals with|runs into|comes in|shows up|pops up|hits|touched|processed)",
        r"\b(?:if|when) (?:his|her|their|the) (?:name|plate|car|prints?)(?:s)? (?:ever )?(?:pops|comes|shows|turns|hits)",
        r"\b(?:if|when|should) (?:he|she|they|any of (?:them|these|those)|one of them) (?:ever |again |later |\w+ ){0,2}(?:gets?|get|is|are) (?:stopped|arrested|booked|picked up|locked up|summonsed|pulled over)(?! (?:by|for) (?:us|them) (?:today|now))",
        r"\b(?:notify|tell|let (?:[\w']+ ){0,2}know|call|text|email|inform)\b\s*(?:[\w']+ ){0,3}(?:if|whenever|anytime|any time|every time|each time) (?:he|she|they|any of|those|these|this|the)\b\s*(?:[\w']+ ){0,3}(?:stopped|arrested|booked|picked up|locked up|summonsed|comes in|shows up|pops up|contact|interact|runs into|deals with)",
        r"\b(?:put|place|set|enter) (?:him|her|them|these|those|his name|her name|their names|the names?) (?:up )?(?:in|into|on) (?:the |our )?(?:system|database|domain awareness|watch)\b",
        r"\b(?:get|gets|be|are|is)\b (?:pinged|notified|alerted|a (?:call|text|ping|heads[- ]?up|notification)) (?:[\w']+ ){0,2}(?:when|if|whenever|every time|anytime|any time)\b",
        r"\b(?:an? )?(?:alert|alerts|flag|flags|notification|ping|heads[- ]up)\b (?:[\w']+ ){0,2}(?:when|if|whenever|every time|anytime|any time) (?:[\w'-]+ ){0,5}(?:hits?|pops? up|comes? up|shows? up|gets? (?:stopped|arrested|booked|run|picked up|locked up)|is (?:stopped|arrested|booked|run))\b",
        r"\b(?:names?|people|plates?|persons?|targets?|members?|him|her|them)\b (?:[\w']+ ){0,2}(?:flagged|entered|added|put|loaded) (?:in|into|on) (?:our|the|nypd'?s?) (?:[\w']+ )?(?:systems?|database|computers?|records)\b",
        # "flag Jahaira Ruiz in our system": a name between the verb and the system
        r"\b(?:flag|flagging|flagged|tag|tagging|mark|marking)\b (?:[\w'-]+ ){1,4}(?:in|into|on) (?:our|the|nypd'?s?) (?:[\w']+ )?(?:system|database|computers?|records|files)\b",
        # "a heads up if he comes through central booking again": a standing alert, not a release notice
        r"\b(?:heads[- ]?up|a call|a text|a ping|word|notice|a notification)\b.{0,20}\b(?:if|when|whenever|every time|anytime|any time)\b (?:[\w'-]+ ){0,4}(?:comes? through|goes? through|passes? through|shows? up|turns? up|pops? up|comes? in|gets? (?:booked|arrested|stopped|picked up|locked up|printed))\b",
        r"\b(?:when|whenever|if|every time|anytime) (?:he|she|they|he's|she's|they're|any of them)\b (?:is |are |'s |'re )?(?:ever )?(?:in contact|has contact|have contact|comes? into contact|deals?|interacts?) with (?:cops|police|us|nypd|officers|patrol|the police)\b",
    ],
    Ask.ACCESS_PREMISES: [
        # "wait in the back by the cells instead of the lobby", "wait in our muster room"
        r"\bwait (?:in|inside|out) (?:the back|back there|(?:our|the) (?:[\w']+ )?(?:muster|squad|break|back|cell|holding|interview|property) ?(?:room|area|office|hallway))\b",
        r"\b(?:they|agents?|the agents|feds|them)\b (?:[\w']+ )?(?:wants?|need|needs) (?:to get )?in\b(?=\s*(?:$|[.,;!?]))|\blet (?:them|him|her|the agents?) up\b(?=\s*(?:$|[.,;!?]|to\b))",
        r"\bentrar (?:al|a la|en el|en la) (?:area de |zona de )?(?:celdas|calabozos?|oficinas?|precinto|cuartel)\b",
        # "come look at the seized cargo in our property room"
        r"\b(?:come|go|get) (?:in )?(?:and )?(?:look|check|see|inspect)\b.{0,40}\b(?:in|at) (?:our|the) (?:property room|evidence room|vault|impound|tow pound|garage|cells|squad room|lockers?)\b",
        r"\b(?:come|coming|get|getting|go|walk)(?: in)? (?:through|thru|in|into) (?:the )?back\b|\bcheck (?:the|our) (?:muster room|locker ?rooms?|lockers|cells|back rooms?|holding area)\b",
        r"\b(?:use|using|borrow|borrowing|want|wants|need|needs)\b (?:one of |a couple of |two of )?(?:our|the) (?:[\w']+ ){0,2}(?:holding cells?|cells?|interview rooms?|squad room|muster room|conference room|property room|locker room|sally ?port)\b",
        # "sit in on an interview we set up in our squad room": the agent comes into our space
        r"\bsit(?:ting)? in on (?:a |an |the |our |my )?(?:[\w']+ )?(?:interview|interrogation|questioning|debrief)s?\b(?=.{0,60}\b(?:at|in) (?:the|our) (?:[\w']+ )?(?:squad|squad room|pct|precinct|house|station|stationhouse|interview room|office|psa|command)\b)",
        # ("I can take him in?" after a warrant hit: the arrest, not an entry)
        rf"\b(?:let|allow|bring|walk|take|escort|get|show|buzz|wave)(?:ing)? (?:{_AGENTS} )(?<!take him )(?<!take her )(?:[\w']+ ){{0,2}}"
        # "come get him in the morning": when, not where
        r"(?:in(?! (?:the )?(?:morning|afternoon|evening|am|pm|a (?:bit|few|while|minute|sec|couple|day)|an hour|\d|next))|"
        r"into|inside|back|behind|upstairs|downstairs|through|around|past)\b(?! (?:custody|court))",
        r"\b(?:come|go|walk|get|search|look around|look through|poke around|wander|roam|enter|access)(?:ing)? (?:in |into |inside |behind |through |around |in the back of |back to |back into |down to |up to |back in )?(?:the|our) (?:lab|labs|vault|back|cells|cell block|cell area|precinct|pct|station|house|building|squad|holding|muster room|locker room|lockers|basement|garage|property room|evidence room|offices?)\b",
        r"\bnon[- ]?public\b",
        r"\bsearch warrant\b.{0,60}\bfor (?:a|an|the|our|one of our) (?:[\w']+ ){0,2}(?:officer's|cop's|lieutenant's|sergeant's|detective's|captain's|member's|employee's|lt's|sgt's|det's|clerk's) (?:locker|desk|office|computer|phone|car|cubicle)\b",
        # "the part of the lot the public can't go into"
        r"\b(?:the )?public (?:can't|cannot|can not|isn't allowed to|is not allowed to|doesn't|does not|never|don't) (?:go|get|come|enter|walk|see)\b|\b(?:off[- ]limits|closed) to the public\b",
        # "a search warrant for a locker in our muster room ... they want to go back and open it"
        r"\b(?:lockers?|desks?|cabinets?|files? cabinets?)\b (?:[\w']+ ){0,2}(?:in|at|of|inside) "
        r"(?:our|the) (?:muster room|locker room|squad room|property room|evidence room|precinct|pct|station ?house|basement|"
        r"(?:tow |impound )?pound|impound(?: lot| section)?|garage|lab)\b",
        r"\b(?:go|come|walk|head|step)(?:ing|s)? (?:up |down |back |upstairs |downstairs )?(?:to|into) (?:the|our) (?:\d+(?:st|nd|rd|th) floor )?(?:squad (?:area|room)|cell ?block|cells|detective squad|muster room|locker room|squad|interview room|room)\b",
        r"\b(?:access|entry) to (?:the |our )?(?:[\w']+ ){0,2}(?:lab|labs|property|evidence|devices|lockers?|vault|video room|server room)\b",
        r"\bwarrant (?:for|to (?:enter|search)) (?:the|our) (?:[\w']+ ){0,2}(?:room|lab|offices?|floor|cells|building|basement|garage|lockers?)\b",
        r"\bbehind the desk\b",
        # "borrow our interview room to question someone": a room used for one interview is access, not an office
        r"\b(?:borrow|use|using)\b (?:[\w']+ ){0,2}(?:our|the|a) (?:[\w']+ ){0,2}(?:interview room|room|office|space)\b,? (?:[\w',]+ ){0,8}(?:to|for) (?:talk|interview|meet|speak|question|debrief|an interview|the interview)",
        r"\bsearch (?:the |a )?(?:desk|locker|office|workstation|computer)s? (?:of|belonging to) (?:one of our|our|an?) (?:[\w']+ ){0,2}(?:employees?|officers?|members?|staff|civilians?|cops?|detectives?)\b",
        r"\bwarrant\b.{0,40}\bfor (?:a|the|our|his|her) (?:[\w']+ )?(?:lockers?|desk|office|room) (?:in|at) (?:our|the) (?:pct|precinct|house|station|command|building)\b",
        r"\bgo (?:up|down|back) to (?:the |our )?(?:\d+(?:st|nd|rd|th)? ?(?:fl|floor) )?(?:[\w']+ ){0,2}(?:office|offices|squad|room)\b",
        r"\blook (?:at|around|through|in) (?:our|the) (?:cell ?block|cells|holding(?: pens)?|back|garage|lockers?)\b",
        r"\b(?:come|go|get) in and (?:look|search|check)\b",
        r"\b(?:access|entry|entrance) (?:to|into) (?:the|our) (?:[\w']+ ){0,3}(?:precinct|pct|station|building|facility|cells|back|squad|holding|property|house|room|area|cage|garage|office|offices|lockers?|basement)\b",
        r"\bnot (?:a )?public\b",
        r"\bsearch warrant\b (?:[\w']+ ){0,6}(?:for|to search|covering|of|on) (?:our|the) (?:[\w']+ ){0,2}(?:property|evidence|precinct|pct|station|office|offices|room|garage|impound|lot|lockers?|cells|building)\b",
        # "a search warrant signed by a magistrate for a computer in our detective squad": a thing in our
        # house ("an apt in our pct" is the precinct's ground, not its building)
        r"\bsearch warrant\b (?:[\w']+ ){0,6}(?:for|to search|covering|of|on) (?:an? |the |some )?(?:[\w']+ ){0,2}(?:in|at|inside|from) "
        r"(?:our (?:[\w']+ ){0,2}(?:squad|squad room|office|room|building|station house|cells|lockers?|garage|evidence room|property room)|"
        r"the (?:squad room|station house|precinct house|pct house))\b",
        # "a search warrant signed by an EDNY judge for the squad's computer": our equipment, in our house
        r"\bsearch warrant\b (?:[\w']+ ){0,6}(?:for|to search|covering|of|on) (?:our|the) (?:(?:squad|pct|precinct|command|unit|station|office)'?s? )?(?:[\w']+ )?(?:computers?|servers?|server room|hard drives?|desktops?|terminals?|files? room|records room)\b",
        r"\b(?:want|wants|wanted|need|needs|asking|asked)\b (?:to (?:get|go|come|walk) )?(?:in|into|inside) (?:our|the) (?:[\w']+ ){0,2}(?:area|room|cells|holding|precinct|pct|station|building|back|office|garage|lot|basement)\b",
        # "a search warrant for the warehouse" is their target's building; "our warehouse" is ours
        r"\b(?:search|go in|get in|get into|access|look in|look through|inspect|enter|pull)\b.{0,60}\b(?:(?:our|the) (?:[\w']+ )?(?:impound|tow pound|garage|property room|evidence room|armory|vault|storage room|lockers?|cage|basement|property clerk(?: [\w']+)?)|our (?:[\w']+ )?(?:warehouse|storage))\b",
        r"\b(?:our|the) (?:[\w']+ )?(?:impound|tow pound|garage|property room|evidence room|armory|vault|storage room|lockers?|cage)\b.{0,60}\b(?:search|go in|get in|get into|access|look in|look through|inspect|enter)\b",
        r"\bsearch (?:the|our) (?:precinct|building|station|lockers|pct|house)\b",
        r"\bsearch (?:the|our) (?:[\w']+ ){0,3}(?:room|rooms|area|office|offices|cells|lockers?|back|building|precinct|pct|station|house|garage|basement|floor)\b",
        r"\b(?:the |our )?back (?:room|office|area)\b",
        r"\binto (?:the )?(?:cells|cell area|holding area|squad room|interview room)\b",
        r"\b(?:check|search|look (?:in|through)|go (?:in|into)|walk (?:in|into)|enter|entrar al?|pasar al?)\b (?:our|the|el|la) (?:holding pens?|cells|cell block|back|squad room|property room|precinct|pct|yard|impound|tow pound)\b",
        r"\bwalk (?:thru|through) (?:the |our )?(?:back|cells|precinct|pct|squad|muster room|holding)\b",
    ],
    Ask.ACCESS_PRISONER: [
        r"\b(?:interview|question|debrief)\w* (?:him|her|them) (?:in|at) (?:our|the) (?:psa|district|command|station|unit)\b",
        r"\b(?:interview|question|debrief)\w* (?:him|her|them),? (?:[\w']+,? ){0,5}(?:in|at) (?:our|the) (?:interview room|squad room|precinct|pct|station ?house)\b",
        r"\bserv(?:e|ed|ing) (?:a |an |the |him |her )?(?:notice to appear|nta|papers?|paperwork|documents?|i-?\d{3}a?)\b.{0,40}\b(?:prisoner|perp|collar|arrestee|detainee|(?:in|at) (?:our|the) (?:cells|holding|pens|squad))\b",
        r"\b(?:interview|question|debrief|talk to|speak (?:to|with))\w* (?:him|her|them|(?:our|my|the) (?:[\w']+ )?(?:prisoner|perp|collar|arrestee|detainee)) (?:in|at) (?:our|the) (?:squad room|interview room|squad|precinct|pct|house)\b",
        r"\b(?:interview|question|interrogate|debrief|flip)\w* (?:my|our) (?:[\w']+ )?(?:prisoner|perp|collar|arrestee|detainee)\b",
        r"\btalk to (?:our|my|the|a) (?:prisoner|perp|collar|arrestee|detainee)\b",
        rf"\b(?:interview|question|interrogate|debrief|see|visit)(?:ing)? {_PERSON} (?:(?:that|who) )?(?:we|you|i) (?:just )?(?:arrested|brought in|picked up|booked|collared|locked up|grabbed|have in|got in)\b",
        rf"\b(?:sit down|talk|speak|chat|have a word|a word|meet|time)(?:ing)? (?:with|to) {_PERSON} (?:(?:that|who) )?(?:we|you|i) (?:just )?(?:arrested|brought in|picked up|booked|collared|locked up|grabbed|have in)\b",
        rf"\b(?:talk|speak|chat)(?:ing)? (?:to|with) {_PERSON} (?:[\w']+ ){{0,5}}(?:in|at) (?:the |our )?{_CUSTODY_PLACE}",
        r"\b(?:interview|question|see|visit|interrogate|debrief|sit (?:down )?with|meet with|get a word with|have a word with|time (?:alone )?with|minutes? (?:alone )?with|alone with|access to|get at|talk to|speak (?:to|with)|chat with|(?<!i )(?<!we )(?<!me )(?<!us )ask|(?<!i'm )(?<!im )(?<!we're )asking)(?:ing)? (?:our |the |a |this |that )?(?:[\w']+ )?(?:prisoner|arrestee|detainee|inmate|perp|collar|suspect (?:we|you) (?:arrested|have|locked up|collared)|guy (?:in|we have in) (?:the )?(?:cells|holding|custody)|person in (?:our )?custody)s?\b",
        rf"\b(?:time|min|mins|minutes?|a few minutes|some time|a moment|a word|an interview|face time|a sit-?down|a chat|alone time)\b(?: alone| in private| privately)?(?: in (?:the |our )?(?:cells?|holding|pens|interview room))? (?:with|w) {_PERSON}",
        rf"\b(?:interview|question|interrogate|debrief|talk to|speak (?:to|with)|see|visit)(?:ing)? {_PERSON} (?:[\w']+ ){{0,3}}(?:while (?:he's |she's |they're )?(?:in|at) |in |at )(?:the |our )?{_CUSTODY_PLACE}",
        rf"\b(?:cells?|holding|pens|central booking|lock-?up)\b.{{0,40}}\b(?:talk|speak|chat|interview|question|interrogate)(?:ing)? (?:to |with )?{_PERSON}",
        r"\binterview\b.{0,40}\bwith (?:our|the|my) (?:prisoner|arrestee|detainee|perp|collar|guy in custody|inmate)\b",
        r"\b(?:eyes on|a look at|look at|lay eyes on|peek at|see)\b (?:our|the|that|this|my) (?:guy|prisoner|perp|collar|arrestee|detainee|man|woman)s? (?:in|at) (?:the |our )?(?:cells|holding|pens|lock-?up|custody|cell)\b",
        r"\b(?:interview|question|interrogate|debrief)\w* (?:my|our) (?:[\w']+ ){0,2}(?:prisoner|perp|collar|arrestee|detainee|suspect)\b",
        r"\bsit (?:in )?on (?:the |our |an? |my )?(?:[\w']+ )?(?:interview|interrogation|questioning|debrief)s? (?:of|with|w) (?:our|the|my|this|that) (?:[\w']+ )?(?:suspect|perp|prisoner|arrestee|collar|detainee|defendant)\b",
        r"\b(?:interview|question|talk (?:to|with)|speak (?:to|with)|calls?\b.{0,25}\bwith|chat with|ask)\b.{0,40}\b(?:people|prisoners|arrestees|detainees|guys|inmates|persons|everyone|anyone)\b (?:[\w']+ ){0,2}in (?:our|the) (?:holding pens?|cells|holding|pens|lock-?up|central booking|custody)\b",
    ],
    Ask.OFFICE_SPACE: [
        # "CBP wants a room in 1PP for their interdiction task force"
        r"\b(?:wants?|needs?|asks? for|asking for|requests?|requested) (?:a |an |one |two |some )?(?:room|office|desk|space|floor)s? (?:in|at) (?:1pp|one police plaza|(?:one of )?our (?:[\w']+ )?(?:precincts?|pcts?|commands?|buildings?|facilities|houses?)|the (?:precinct|pct|house|stationhouse))\b",
        # "run their wire room out of a vacant floor at one of our precincts"
        r"\b(?:out of|from|on|in) (?:a |an |the )?(?:vacant |empty |spare |unused |extra |whole )?(?:floor|room|office|wing|suite|space)s? (?:at|in|of) (?:one of )?our\b",
        # "put two desks for their SAs in our squad room"
        r"\b(?:put|place|set up|install|add|move)\w* (?:two |three |four |a |some |\d+ |a couple of )?(?:desks?|workstations?|cubicles?|offices?) (?:[\w'-]+ ){0,6}(?:in|at|inside) (?:our|the) (?:[\w']+ ){0,2}(?:squad room|precinct|pct|office|building|station ?house|room|floor)\b",
        # "operating space in one of our facilities on staten island"
        r"\b(?:operating|working|work|office|desk|operations?) space (?:in|at|inside) (?:one of )?(?:our|the|a|an) (?:[\w']+ ){0,2}(?:facilities|facility|buildings?|precincts?|commands?|offices?|bases?|sites?)\b",
        r"\b(?:plac|station|post|put|seat|locat|embed|co-?locat)\w* (?:an?|one|two|three|four|\d+|some|a few|a couple(?: of)?) (?:[\w']+ )?(?:agents?|investigators?|analysts?|officers?)\b (?:[\w']+ ){0,3}(?:at|in) (?:desks?|offices?|workstations?|cubicles?)\b",
        # "leave an agent at the CB intake desk on weekends", "station 2 HSI agents at Brooklyn Central Booking"
        r"\b(?:leave|station|post|keep|put|place|base|embed)\w* (?:an?|one|two|three|\d+|some|a couple(?: of)?) (?:[\w']+ )?(?:agents?|officers?|people|guys|investigators)\b (?:[\w']+ ){0,3}(?:at|in|inside) (?:the |our )?(?:[\w']+ ){0,2}(?:central booking|cb|intake|lobby|hallway|back hallway|precinct|pct|station ?house)\b",
        # "a desk and a corner of the 2nd fl at the 75", "a room at the one thirteen to do interviews for their cases"
        r"\b(?:wants?|wanted|asking for|asked for|asks for|requests?|requested|needs?|to keep|get|have)\b (?:[\w']+ ){0,3}(?:desks?|offices?|workspaces?|cubicles?|rooms?|corners?)\b(?: and (?:a |an )?(?:[\w']+ )?(?:corner|room|space|desk|phone line|cabinet))?(?: of (?:the |our )?[\w' ]{1,15}?)? (?:at|in) (?:the|our) (?:\d{1,3}(?:st|nd|rd|th)?|one [a-z]+(?: [a-z]+)?|pct|precinct|house|squad)\b(?![,:]? (?:\d{4}|\d{1,2}:\d{2})\b)(?!.{0,30}\bto (?:interview|question|talk to|speak (?:to|with)) (?:him|her|them|our|the (?:prisoner|perp|collar|suspect)))",
        # "sit in the muster room and do their paperwork between pickups ... like a little desk"
        r"\b(?:sit|work|set up|camp out|do (?:their|the|some) paperwork)\b (?:[\w']+ ){0,2}in (?:the|our) (?:muster room|squad room|lounge|lunch ?room|break room|conference room|back room|lobby)\b(?=.{0,80}\b(?:paperwork|between (?:pick-? ?ups|arrests|grabs)|for (?:the next|a (?:few|couple)|weeks|months)|like a (?:little )?(?:desk|office))\b)",
        r"\b(?:post|station|place|put|keep|base|embed)(?:ing)? (?:\d+|one|two|three|four|some|a few|a couple(?: of)?) (?:of their )?(?:agents?|officers?|people|guys|investigators)\b (?:full[- ]time |permanently )?(?:in|at|inside) (?:td ?\d+|psa ?\d+|the \d+|\d{1,3}(?:st|nd|rd|th)?)\b",
        r"\b(?:use|using|borrow|get|wants?|for|and|in|into|out of) (?:a |an |our |the )?(?:spare|empty|vacant|unused|extra) (?:office|room|desk|cubicle)s?\b",
        r"\b(?:a|an) (?:room|office|desk|space)s? (?:at|in) (?:our|the) (?:[\w']+ )?(?:base|building|station|unit|command|precinct|pct)s? full[- ]time\b",
        # "station an HSI criminal investigations team inside our Transit District 20 building"
        r"\b(?:station|post|place|base|embed|put|house|locate)\b (?:an?|their|the|its) (?:[\w']+ ){0,3}(?:team|unit|squad|group|task ?force)\b (?:[\w']+ ){0,2}(?:in|inside|at|into|out of) (?:our|the)\b",
        r"\b(?:post|station|place|put|keep|base)\b (?:an?|one|two|\d+|some) (?:of their )?(?:agents?|officers?|people)\b (?:in|at|inside) (?:our|the) (?:[\w']+ ){0,3}(?:office|offices|room|desk|district|command|station|unit)\b",
        r"\brun (?:their|the|its) (?:[\w']+ ){0,2}(?:teams?|units?|ops?|operations?|people|agents|squads?) (?:out of|from) (?:our|the)\b",
        r"\b(?:wants?|wanted|asking for|asked for|asks for|requests?|requested|requesting|need|needs|for|get|getting|give them|lend them)\b (?:[\w']+ ){0,3}?(?:desk|desks|office|offices|workspace|desk space|office space|workstation)s?(?: and a phone line)? (?:at|in|inside|on) (?:the )?(?:[\w'-]+ ){0,4}?(?:pct|precinct|psa|cb|central booking|harbor|narcotics|squad|house|station|stationhouse|command|building|floor|unit|base|\d+-\d+(?:-\d+)?)\b",
        r"\bbase (?:\d+|two|three|four|a few|some|a couple(?: of)?) (?:of their )?(?:guys|agents|people|officers|investigators)\b (?:at|in|out of)\b",
        r"\b(?:room|space|desk|office|spot|area)\b.{0,60}\brun (?:[\w']+ ){0,4}out of\b",
        r"\b(?:office|desk|workspace|room|space)s? (?:at|in) (?:psa|pct|precinct|the \d+|our \d+) ?\d*\b(?=.{0,60}\b(?:for|to) (?:their|there|its|the)\b)",
        r"\b(?:office|desk|desks|workspace|work ?space|workstation|room|quarters|base|cubicle|command post|hq|headquarters|trailer|table)s? (?:at|in|on|inside|out of) (?:our|the|a|one of our) (?:[\w']+ ){0,5}(?:precinct|pct|psa|station|property|facility|building|buildings|command|house|rikers|jail|stationhouse|borough command|office|squad|unit|central booking|booking|cells|lot|garage|muster room)\b",
        r"\b(?:wants?|wanted|asking for|asked for|asks for|needs?|requests?|requested)\b (?:some |a |an |more )?(?:space|room|office|desk)s? (?:at|in) (?:[\w']+ ){0,2}(?:cb|central booking|pct|precinct|psa|station ?house|command|building)\b",
        r"\b(?:asked|asking|asks|wants?|requested|requesting|needs?)\b (?:[\w']+ ){0,4}?(?:for )?(?:a |an |some )?(?:small |little |temporary |permanent |spare |empty )?(?:office|desk|workspace|work space|workstation|laptop station|space) (?:at|in|on|inside) (?:our |the )?(?:central booking|cb\b|our|the)\b",
        r"\b(?:set up|put|install|place)\w* (?:a |an |some |their )?(?:laptop|computer|terminal|kiosk|scanner)s?(?: station)? (?:at|in|inside) (?:our |the )?(?:central booking|booking|pct|precinct|squad|house)\b",
        r"\b(?:office|desk|desks|workspace|room|cubicle|space|quarters|table)s? (?:at|in) (?:[\w']+ )?central booking\b",
        r"\b(?:a |an )?desk\b.{0,40}\b(?:in|at) (?:the|our) (?:[\w']+ ){0,2}(?:squad room|precinct|pct|building|station|office|central booking)\b",
        # "set up shop in the precinct", not "perp runs a shop making fake cards" (a business of his)
        r"(?<!perp )(?<!he )(?<!she )(?<!who )(?<!guy )(?<!suspect )(?<!target )(?<!subject )\b(?:set up|keep|maintain|open|have|run|operate|base|station|install)(?:ing|s)? (?:[\w']+ ){0,2}(?:an |their |a |some )?(?:(?:office|desk|workspace|workstation|cubicle)s?|quarters|shop|command post|base of operations|satellite office|unit)\b(?! (?:visit|hours|space at their|making|selling|that (?:makes|sells)))",
        r"\b(?:put|putting|place|placing|install|installing|set up|setting up|get|getting)\b (?:\d+ |two |three |four |an |a |some |a few |their |a couple(?: of)? )?(?:[\w']+ )?(?:office|offices|desks?|workstations?|cubicles?|work ?spaces?|terminals?) (?:in|at|inside|into) (?:our|the) \b",
        r"\b(?:operate|work|run things|run (?:their|the) ops?|run operations|base (?:themselves|their (?:team|agents)))(?:ing)? (?:out of|from|in|inside) (?:our|the) (?:[\w']+ ){0,2}(?:precinct|pct|station|building|house|facility|property|lot|garage|base|room|psa|command|office|offices)\b",
        r"\boffice (?:on|at) rikers\b|\brikers office\b",
        r"\b(?:spot|space|corner|place|room|desk|area)\b (?:[\w']+ ){0,4}to (?:work|operate|run things) (?:out of|from)\b",
        r"\b(?:room|space|desk|office|spot|area)\b.{0,60}\b(?:work|operate|run things) out of\b",
        r"\b(?:room|space|office|desk)s? (?:at|in) (?:[\w']+ ){0,2}(?:hq|headquarters|borough command)\b|\b(?:room|space|office)s?\b.{0,30}\bto house\b",
        r"\b(?:an? )?(?:office|desk|workspace)s? in (?:our|the) (?:[\w']+ ){0,2}(?:space|section|court section|unit|command)\b",
        r"\b(?:lend|loan|give|let (?:them|\w+) (?:use|have|borrow)|borrow|use)(?:ing)? (?:them |\w+ )?(?:a|an|our|the|some|one of our) (?:[\w']+ ){0,2}(?:room|desk|office|space|cubicle|conference room|interview room|corner|table)\b"
        r"(?!,? (?:[\w',]+ ){0,8}(?:to|for) (?:talk|interview|meet|speak|question|debrief|an interview|the interview|a meeting))",
        r"\buse (?:our|a|the|an) (?:[\w']+ )?(?:room|desk|office|space) (?:as|for) (?:a|an|their) (?:base|office|command post|workspace|staging|hq)",
        r"\bas (?:a|an|their) (?:workspace|work space|office|base|command post|headquarters|hq)\b",
        r"(?<!^)\b(?<!interview )(?<!squad )(?<!their )(?<!his )(?<!her )(?<!on the )(?<!working the )(?<!at the )(?:office|desk|desks|workspace|room|cubicle|space|quarters|table)s? (?:at|in) (?:the |our )?\d{1,3}(?:st|nd|rd|th)?\b(?![,:]? (?:\d{4}|\d{1,2}:\d{2})\b)",
        r"\b(?:station|post|put|place|embed|keep|base|plant)(?:ing)? (?:\d+|one|two|three|some|a few|a couple(?: of)?|their|an?) (?:of their )?(?:agents?|officers?|people|guys)\b (?:[\w']+ ){0,2}(?:at|in|inside) (?:our |the )?(?:[\w']+ )?(?:central booking|cb|precinct|pct|station|cells|squad|building|house|\d{1,3}(?:st|nd|rd|th)?\b)",
        r"\bset up (?:a |an )?(?:laptop|computer|table|desk|shop|station)s?\b(?: [\w']+){0,4} (?:in|at) (?:the back of )?(?:our|the)\b",
        r"\b(?:stationed|posted|based|embedded|housed|assigned|placed)\b (?:[\w']+ )?(?:at|in|inside) (?:our |the )?(?:[\w']+ )?(?:central booking|precinct|pct|station ?house|cells|holding|squad room|borough command)\b",
        r"(?<!we )(?<!i )(?<!we'd )(?<!i'd )\b(?:base|station|(?<=to )house|put|set up|move)\b (?!(?:the |an? )?(?:interview|meeting|briefing|call)\b)(?:[\w']+ ){0,4}(?:in|at|inside|out of|on) (?:our|the) (?:[\w']+ ){0,3}(?:office|offices|floor|room|squad|building|precinct|pct|station)\b(?! (?:for (?:a|an) (?:interview|meeting)))",
        r"\brun (?:their|the) (?:[\w']+ ){0,3}(?:cases?|ops?|operations?|work|unit|team|squad|group|task ?force|office) (?:out of|from) (?:here|our|the|a|an)\b",
        # "a standing desk for their agent", not "the agent is still standing at the desk"
        r"\b(?:permanent|dedicated|full[- ]time|standing(?! (?:at|by|near|in front of|behind|next to)\b))\s+(?:[\w']+ ){0,2}(?:workstations?|desks?|offices?|work ?spaces?|cubicles?|post)\b",
        # "put two agents full time in a room at PSA 2", "like a satellite office"
        r"\b(?:put|putting|station|stationing|keep|keeping|base|basing|place|placing)\b (?:\d+|one|two|three|four|some|a few|a couple(?: of)?) (?:of their )?(?:agents?|officers?|people|guys)\b"
        r"(?: full[- ]time| permanently| there)? (?:in|at|inside) (?:a|an|our|the) (?:[\w']+ )?(?:room|office|desk|space|cubicle)\b",
        r"\bsatellite (?:office|base|hq)\b",
        # "could have two desks and a locked cabinet at the precinct": desks named with where they go
        r"(?<!i'm at )(?<!at the )\b(?:\d+|two|three|four|a few|some|a couple(?: of)?|an?) (?:\(\d+\) )?(?:[\w']+ )?(?:desks?|offices?|workstations?|cubicles?|work ?spaces?) "
        r"(?:with)?in (?:[\w']+ ){0,2}central booking\b",
        r"(?<!i'm at )(?<!at the )\b(?:\d+|two|three|four|a few|some|a couple(?: of)?|an?) (?:[\w']+ )?(?:desks?|offices?|workstations?|cubicles?|work ?spaces?)"
        r"(?: and (?:an? |some |two |\d+ )?[\w']+(?: [\w']+)?)? (?:at|in|inside) (?:the|our) (?:[\w']+ )?(?:precinct|pct|station ?house|command|building|squad room|house)\b",
    ],
    Ask.STAGING_ON_PROPERTY: [
        # "ERO wants to lodge a removal detainee overnight in our precinct cells"
        r"\b(?:lodge|house|keep|put|park|stash|board)\w* (?:one of (?:their|the) |a |an |their |the |one |two |some )?(?:[\w-]+ )?(?:detainees?|prisoners?|arrestees?) (?:[\w']+ ){0,3}(?:in|at) (?:our|the) (?:[\w']+ ){0,2}(?:cells?|holding(?: cells?| pens?)?|pens|cell block|lock-?up)\b",
        # "four SUVs pulled into our back lot ... they'd like to park there and brief until 0600"
        r"\b(?:park|parked|parking|pulled into|pull into|pulling into|stage|staging|brief|briefing|set up)\b (?:[\w']+ ){0,3}(?:in |into |at )?(?:our|the) (?:back |rear |side |front )?(?:precinct |pct |department |muni )?(?:parking )?lot\b",
        r"\bpark (?:there|here) and (?:brief|stage|set up|wait|meet)\b",
        r"\buse (?:our|the) (?:[\w']+ ){0,3}(?:cell ?block|cells|holding(?: cells?| pens?)?|pens)\b (?:[\w']+ ){0,6}to (?:hold|keep|process|put|stash)\b",
        r"\b(?:put|keep|lodge|stash|hold|leave)\b (?:someone|somebody|people|ppl|a guy|guys|detainees|prisoners|(?:their|a) (?:prisoner|detainee|arrestee)s?) (?:they|ice|the agents|hsi|cbp|ero) (?:picked up|grabbed|arrested|detained|caught|have) (?:in|at) (?:our|the) (?:cells|holding(?: cells?| pens?)?|pens|cell block|lock-?up)\b",
        r"\b(?:use|using)\b (?:[\w']+ ){0,2}(?:tow pound|pound|lot|parking lot|garage|yard|sally ?port)s? (?:as|for)\b",
        # "from the staging point on a public street": the street is nobody's property to lend
        r"\bstag(?:e|ed|es|ing)\b(?!(?: [\w']+){0,3} (?:on|at|in) (?:a |the )?(?:public )?(?:[\w']+ ){0,2}(?:street|st|block|corner|avenue|ave|blvd|boulevard|road|rd|parkway|pkwy|expressway|sidewalk|highway)\b)",
        # "couple ICE trucks want to idle in the back lot of the 1-0-8 while they wait for a target"
        r"\b(?:idle|idling|park|parking|sit|sitting|wait|waiting|set up|setting up)\b (?:[\w']+ ){0,2}(?:in|at|on) (?:our|the) (?:back |rear |side |front |precinct |pct |muni |parking )?(?:lot|garage|yard|sally ?port)\b(?= (?:of|at|behind) (?:the|our) |.{0,40}\b(?:while|until|till|before) (?:they|the agents|ice|ero|hsi)\b)",
        r"\b(?:vans?|cars?|vehicles?|trucks?|suvs?|buses)\b (?:[\w']+ ){0,5}(?:lined up|parked|staged|sitting|waiting|line up|park) (?:[\w']+ )?(?:behind|in|at|inside|on) (?:our (?:[\w'-]+ )?(?:house|precinct|pct|station|stationhouse|lot|garage|yard)|the (?:precinct|pct|station|stationhouse|muni lot|motor pool))\b",
        r"\b(?:leave|leaving|keep|keeping|park|parking|put|putting|line up|stash|store)\b (?:\d+ |two |three |four |five |six |a few |some |their |a couple(?: of)? |a )?(?:[\w']+ )?(?:vans?|cars?|vehicles?|trucks?|suvs?|buses|bus|rigs?) (?:[\w'-]+ ){0,2}(?:in|on|at|behind|inside) (?:our|the) (?:[\w'-]+ ){0,2}(?:lot|garage|yard|parking|muni lot|motor pool)\b",
        r"\bpark(?:ing)? (?:their|the|vehicles|cars|vans|trucks|buses|suvs) (?:[\w']+ ){0,2}(?:at|in|on|behind) (?:our|the)",
        r"\b(?:use|using|borrow|lend|set up (?:in|on|at)|meet (?:up )?(?:at|in)|gather (?:at|in)|muster (?:at|in)|form up (?:at|in)|assemble (?:at|in)|stage (?:at|in))(?: \w+)? (?:our|the) (?:[\w']+ )?(?:lot|garage|parking|yard|parking lot|muni lot|back lot)\b",
        r"\bcommand post (?:bus|vehicle|truck|van|rv)\b|\b(?:park|put|keep)\b.{0,40}\b(?:inside|in) (?:the |our )?(?:[\w']+ ){0,3}compound\b",
        r"\b(?:use|set up|run|as)\b\s*(?:[\w']+ ){0,3}processing (?:location|site|center|area|point)\b",
        r"\bprocess (?:ppl|people|them|detainees|arrestees|the people)\b\s*(?:[\w']+ ){0,4}(?:there|here|at (?:our|the))",
        r"\b(?:our|the|precinct|pct|muni|back|city|department) (?:parking )?lot\b(?= .{0,40}\b(?:ice|op|operation|raid|sweep|van|vehicles|agents|them)\b)",
    ],
    Ask.OPERATIONAL_SUPPORT: [
        # "a sector car to close off 41st Ave while they grab a guy": traffic or a perimeter for their arrest
        r"\b"
        + CLOSE_OFF_VERBS
        + r"\b (?:off |down )?(?:the |a |\d+\w* )?(?:[\w'-]+ ){0,2}(?:st|street|ave|avenue|blvd|boulevard|road|rd|block|corner|intersection|lane|traffic|perimeter|area)\b",
        # "wants the squad to canvass for witnesses"; "use my NYPD-assigned car on the DEA surveillance"
        r"\bcanvass(?:ing)?\b",
        r"\b(?:use|take|bring|drive)\w* (?:my|our|an?|the) (?:[\w-]+ ){0,2}(?:car|vehicle|rmp|radio|camera|equipment|van|plate reader)s? (?:on|for|in|during) (?:the |their |a |an )?(?:[\w-]+ ){0,3}(?:surveillance|op|operation|takedown|raid|investigation|case|warrant|detail)\b",
        # "wants our warrant squad on a violent felony warrant sweep next week"
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested|would like)\b (?:our|a|the|some|two|three|\d+) (?:[\w']+ ){0,2}(?:squad|team|unit|detectives|officers|cops|guys|people)\b (?:[\w']+ ){0,2}(?:on|for|in|at) (?:a|an|the|their) (?:[\w'-]+ ){0,3}(?:sweep|operation|op|raid|detail|takedown|roundup|round-up|initiative)\b",
        # "could ride with their team Thursday for local knowledge"
        r"\bride (?:along )?with (?:their|the|an?) (?:[\w']+ )?(?:team|unit|agents?|squad|crew|officers?)\b|\bride[- ]alongs?\b",
        r"\btake (?:one of our|our|an?|two of our|\d+ of our|some of our) (?:[\w']+ )?(?:cops|officers|guys|people|uniforms)\b (?:[\w']+ )?along\b|\b(?:come|ride|tag) along (?:on|with|for) (?:their|the) (?:[\w']+ )?(?:ops?|operations?|raids?|sweeps?|pickups?|arrests?)\b",
        r"\b(?:hold|holding|control|controlling|direct|directing|handle|handling) (?:the )?traffic\b",
        r"\bblock (?:off )?(?:[\w']+ ){0,2}(?:ave|avenue|st|street|blvd|boulevard|road|rd|intersection)\b",
        # ("so they can be at the door" is the agents' plan: bot.facts.asks drops it)
        r"\b(?:stay|stand|post|wait|be) (?:at|by|on|outside) (?:the )?(?:doors?|exits?|entrances?|gates?)\b|\bso (?:nobody|no one|noone|none of them) (?:leaves|gets out|runs|walks out)\b",
        r"\b(?:be )?(?:there |out there )?at the (?:knock|door knock|hit|entry)\b",
        r"\btape off\b|\bkeep (?:people|ppl|the crowd|everyone|folks|bystanders) back\b",
        r"\bescort(?:s|ed|ing)? (?:their|the|an?|ice'?s?|its|his|her) (?:[\w']+ )?(?:convoy|vehicles?|cars?|vans?|trucks?|motorcade)\b",
        r"\bwants? (?:our|a|an|the|two|\d+) (?:[\w']+ )?(?:car|cars|rmp|rmps|unit|units|uniforms?|cops|officers)\b (?:[\w']+ ){0,2}(?:at|on|outside|by|in front of) (?:the )?(?:door|front door|back door|scene|location|address|building|house|apartment|apt|block)\b",
        r"\bclose (?:off )?(?:the |a )?(?:[\w']+ ){0,2}(?:entrance|exit|lot|street|block|gate|driveway)s?\b",
        # "cover the back of the building while they knock", "block the station stairs so nobody runs"
        r"\bcover (?:the )?(?:back|front|rear|exits?|side|stairs|stairwell)(?: (?:of|to) the (?:building|house|apartment|apt|place|station))?\b",
        r"\bblock (?:off )?(?:the|a) (?:[\w']+ ){0,2}(?:stairs|stairway|stairwell|exits?|entrance|doors?|turnstiles?)\b",
        r"\btraffic (?:control|posts?|details?|cones|support)\b|\bhelp (?:w|with|on) (?:the )?traffic\b",
        r"\b(?:block|blocking|stop|stopping|divert|diverting|shut down|close|closing)(?: off)? (?:the )?traffic\b",
        r"\b10-85\b",
        r"\b(?:assist|help)(?:ing)? (?:them |us )?(?:in|with) (?:locating|finding|tracking down|tracking)\b",
        # "asking our sector to just stand by in case it gets hairy while they make the arrest"
        r"\b(?:stand|standing|wait|waiting|be) ?by\b (?:[\w']+ ){0,3}(?:in case|while (?:they|the agents|ice|ero|hsi)|for (?:backup|support|officer safety))\b",
        # "a sector car to sit out front for officer safety"
        r"\b(?:sector cars?|rmps?|radio cars?|marked cars?|patrol cars?|(?:a|one|two|\d+) (?:cars?|units?))\b (?:[\w']+ )?to (?:sit|stand|park|wait|stay|post up|be posted) "
        r"(?:out front|outside|in front|nearby|on the block|down the block|at the (?:corner|door|building|location))\b",
        # "radio says 'respond to assist'" at an ICE scene: help with their operation, for what unknown
        r"\brespond(?:ing)? (?:to )?(?:and )?assist\b|\bassist (?:ice|ero|hsi|cbp|dhs|the agents|the feds|federal agents|them) (?:with|at|on|outside)\b",
        r"\block(?:ing)? (?:down|off) (?:the |a |that )?(?:block|street|area|building|corner|intersection|avenue|road)\b",
        r"\bhold (?:the|a) (?:hallway|perimeter|scene|block|stairwell|stairs|lobby|street|corners?|back|front|roof|exits?|building|area)\b",
        # "two uniformed officers to help secure the exits while agents make the arrest"
        r"\b(?:secure|securing|cover|covering|watch|watching|guard|guarding)\b (?:the |all )?(?:exits?|doors?|back ?doors?|rear|entrances?|stairwells?|fire escapes?|roof|windows|back(?! (?:of|to|in|up|on)\b))\b",
        r"\b(?:hold|keep) (?:[\w']+ ){0,3}(?:st|street|ave|avenue|block|road|intersection|corner|lane|area|bridge) (?:closed|shut|blocked|locked down)\b",
        # "a couple of cops at the door" asked for; "our cops on scene want to pull him out" are ours, already there
        r"\b(?:a |one |two |a couple of |some )?(?<!\bour )(?<!\bmy )(?:uniforms?|uniformed (?:officers?|cops)|rmps?|marked cars?|sector cars?|radio cars?|patrol cars?|cops|officers) (?:or (?:two|2) )?(?:at|for|on|outside|by) (?:the )?(?:lobby|door|front|back|perimeter|building|exit|entrance|scene)\b"
        # "rmp on scene asking can they step in": our car is the one asking
        r"(?! (?:is |are |was |were )?(?:asking|asks|asked|wants? to know|wondering|says|said|radioed|radioing|calling|called))",
        r"\b(?:an? )(?:nypd |police |marked )?escort\b",
        r"\b(?:shut|close|block|seal)(?:ing)? (?:down |off )?(?:both ends of |each end of |either end of |one end of )?(?:the |a |off the )(?:street|block|road|avenue|intersection|area)\b",
        r"\bperimeter\b",
        r"\bride[- ]?alongs?\b|\bride along\b|\bride (?:around |along )?with (?:us|me|our|them|the agents|ice|ero|hsi)\b|\bin (?:the|our) (?:car|rmp|radio car) with (?:us|me)\b",
        r"\bride (?:on|in|with) (?:our|the) (?:[\w']+ )?(?:launch|boat|car|rmp|van|helicopter|vessel|unit|cruiser)\b",
        r"\bset up (?:a |the )?(?:line|perimeter|barrier|wall|police line)\b|\b(?:hold|keep|push) (?:the |that )?crowd back\b",
        r"\bso (?:they|ice|ero|the agents|the feds|hsi|cbp) can (?:finish|get|put|take|load|complete|make|grab|bring|move)\b(?! (?:a |an |the |their )?(?:judge'?s? |judicial |federal )?(?:warrant|paperwork|papers|signature|order|judge))",
        r"\bback ?up\b|\bback (?:them|him|her) up\b",
        r"\bcrowd control\b",
        r"\boverwatch\b|\bair support\b|\bput (?:a|the|our) (?:bird|helicopter|chopper|drone) up\b|\bcheck ?points?\b",
        r"\bround(?:ing)? (?:them |\w+ )?up\b|\b(?:run|ride|sail|go|roll|patrol)(?:ing)? alongside\b",
        r"\bextra (?:boats?|cars?|units?|rmps?|cops|officers|bodies|launches)\b|\b(?:just|for|provide|give|a|our|nypd|police) presence\b",
        rf"\b(?:help|helping)\b (?:them |us |him |her )?(?:put|load|get|carry|walk|drag|lift|place) (?:{_PERSON}|him|her|them|the [\w']+)\b(?: [\w']+){{0,6}} (?:in|into|to) (?:their|the|a|an|our) (?:[\w']+ )?(?:van|car|vehicle|truck|suv|bus|wagon)\b",
        r"\bfollow (?:them|the agents|ice|ero|hsi|cbp|their (?:van|car|vehicle|convoy)) (?:[\w']+ ){0,2}(?:to|back to|over to|down to)\b",
        r"\b(?:a |an |some |\d+ |two |extra )?(?:car|cars|rmps?|units?|vans?|wagons?|radio cars?)\b (?:for|to help with|at) (?:the|their|an|a) (?:[\w']+ )?(?:arrest|raid|op|operation|takedown|search|pickup|pick-up|hit|entry)\b",
        r"\b(?:provide|give|send|lend|spare|detail) (?:[\w']+ ){0,2}(?:security|cover|presence|coverage|uniforms|marked cars|rmps|units|cars|officers|cops|bodies|manpower|people|guys)\b",
        r"\b(?:need|want|ask|asking|request|requesting|asked)(?:s|ed)? (?:for )?(?:the same |same |those |the )?(?:\d+|two|three|four|five|a few|some|a couple(?: of)?|extra|uniformed|marked|nypd) (?:of our )?(?:guys|cops|officers|detectives|units|cars|rmps|bodies|uniforms|marked units|esu|cruisers|squad cars)\b",
        r"\b(?:need|needs|want|wants|asking for|asked for|borrow)\b (?:\d+|two|three|four|five|six|a few|some|a couple) of ours\b",
        r"\b(?:need|needs|want|wants|ask|asks|asking|request|requesting|requested|asked)\b (?:for )?(?:[\w']+ ){0,3}(?:esu|rmps?|marked units?|uniforms|manpower|k-?9|aviation|backup)\b",
        r"\b(?:need|want|ask|asking|request|requesting|asked)(?:s|ed)? (?:for )?(?:our|nypd|a|an|some) (?:help|assistance|backup|support|k-?9|canine|dogs?|helicopter|aviation|esu|harbor|boat|drone|presence|manpower)\b",
        r"\b(?:standby|stand by|stand guard|post up) (?:at|outside|while|during|on|by)\b|\bsit (?:at|outside|on the (?:block|house|location|building|corner|spot))\b",
        r"\b(?:help|assist|support)(?:ing)? (?:[\w']+ ){0,2}(?:with|on|at|during|in) (?:the|an|their|a|this|that) (?:[\w']+ ){0,2}(?:op|operation|raid|sweep|action|arrest|surveillance|stakeout|enforcement|roundup|round-up|takedown|pickup|pick-up)\b",
        r"\bhelp (?:them|ice|ero|hsi|cbp|the agents|the feds|agents) (?:[\w']+ )?(?:arrest|detain|grab|pick up|take|catch|cuff|surround|secure|contain|corner|box in|stop)\b",
        r"\b(?:officers|cops|guys|bodies|units|cars|uniforms) (?:for|to help (?:with|on)|at|during) (?:the |an |their |a )?(?:op|operation|raid|sweep|arrest|action)\b",
        r"\buniformed presence\b|\bmarked (?:car|unit|rmp)s?\b",
        r"\b(?:go|come|roll|respond) with (?:them|ice|ero|hsi|cbp|the agents|the feds)\b(?! to court)",
        r"\bsecure (?:the |a )?(?:scene|area|building|block)\b",
    ],
    Ask.WARRANT_EXECUTION_ASSIST: [
        # "they want one of my detectives with them to knock tomorrow"
        r"\bwith (?:them|the marshals|the agents?|the feds) to (?:knock|do the knock|hit the door|serve (?:it|the warrant)|make the arrest|grab him|grab her)\b",
        # a task-force officer: "tomorrow we're grabbing a hobbs act robbery guy" on the federal warrant
        r"\b(?:we're|we are|we'll|we will|we) (?:gonna |going to )?(?:grabbing|grab|picking up|scooping|hitting|arresting|locking up|taking down|executing|serving)\b"
        r" (?:a |an |the |this |that |our |their |his |her )?(?:[\w'-]+ ){0,3}(?:guy|perp|target|fugitive|subject|warrant|man|woman|suspect)s?\b",
        # "they want us to assist the arrest at a motel", "us doing the arrest" on their warrant
        r"\bassist(?:ing)? (?:on |with |in )?(?:the|an|their|this|that) (?:[\w']+ )?(?:arrest|takedown|search|entry|apprehension)\b",
        r"\b(?:us|we|our (?:team|squad|guys)) (?:doing|do|make|making|conduct(?:ing)?) the (?:arrest|takedown|grab)\b",
        r"\bdo the (?:knock|door knock|entry|talking at the door)\b",
        r"\b(?:help|assist)\w* (?:[\w']+ ){0,4}(?:w/?|with) (?:the )?(?:entry|breach|the door|the hit|vouchering)\b",
        # terse: "assist arrest?", "wants me on 0600 hit", "knock tmrw on EDNY judge search warrant"
        r"\bassist (?:with |on |in )?(?:the |an? |his |her )?(?:arrest|hit|knock|door|entry|takedown|search|apprehension)\b|"
        r"\b(?:me|us|our (?:[\w']+ )?(?:guys|team|unit|squad|cops)) (?:on|for) (?:the |a |an |their )?(?:\d{4} )?(?:hit|knock|takedown|raid|entry)\b|"
        r"\bknock\b(?=[^.?!\n]{0,40}\bwarrant)|"
        r"\bon the door\b|\bhelp (?:with |on )?(?:the |a )door\b|\b(?:us|me|our (?:[\w']+ )?(?:guys|cops|officers|team|unit|squad)|esu) for the (?:door|entry|knock)\b|\b(?:make|making|do|doing) (?:the )?entry\b|\bhit(?:ting)? the door\b|\bbreach(?:ing)? the door\b",
        # "want two of ours to go with them tomorrow to the door"
        r"\b(?:go|come|be|stand|stack) (?:with|alongside) (?:them|the agents?|the marshals|the feds)\b (?:[\w']+ ){0,3}(?:to|at|on) the (?:door|apartment|apt|house|location|address)\b",
        # "where the FBI was serving a warrant": what the agents were doing, not what they ask of us
        r"(?<!\bwas )(?<!\bwere )(?<!\bagents )(?<!\bagent )(?<!\bwhile )\b(?:serv|execut|exec|hit)(?:e|es|ed|ing)? (?:the|a|their|an|this|that|his|her) (?:[\w']+ ){0,2}warrant\b",
        r"\b(?:do|doing|did|run|running) (?:a|the|our|their|this|that) (?:search |arrest )?warrant\b(?= (?:[\w'/-]+ ){0,8}with (?:them|the feds|hsi|fbi|dea|atf|usms|the marshals|cbp|ice|the agents?|federal|homeland)\b)",
        r"\bhelp (?:them |us |him )?(?:serve|execute|exec|breach|hit the (?:door|place|apartment|apt|house)|make entry|search (?:an?|the) (?:apt|apartment|house|building|unit|place|premises))\b",
        r"\b(?:break|breach|bust|kick|knock|ram|force|pop|take)(?:ing)? (?:in |down |open )?(?:the|a|his|her|their|an) (?:[\w']+ )?doors?\b",
        r"\bforced? entry\b|\bdoor (?:team|breach)\b|\bentry team\b",
        r"\bbreach(?:ing)? (?:the |a |their |an |that )?(?:[\w']+ ){0,2}(?:floor|door|apartment|apt|house|unit|building|room)\b",
        # "they want us to make the entry" (through the door), never "make an entry in our system"
        r"\b(?:do|make|doing|making|handle|handling) (?:the|their) (?:door |initial |forced |dynamic |tactical )?entry\b"
        r"(?! (?:in|into|on) (?:the |our |their )?(?:log|system|database|computer|blotter|records?|files?|book))|\bwarrant entry\b",
        r"\b(?:bring|use|borrow) (?:the|a|our) (?:ram|battering ram|halligan|rabbit tool|breaching tools?)\b",
        r"\btake ?down\b",
        r"\bhit (?:it|(?:the|a) (?:door|place|apt|apartment|spot|house|location|building|stash house))\b",
        r"\b(?:help|assist)(?:ing)? (?:[\w']+ )?(?:with|on|in) (?:the|an|their|a) (?:[\w']+ )?(?:arrest warrant|search warrant|warrant|takedown|raid|search)\b",
        rf"\bhelp (?:them |us |him )?(?:arrest|apprehend|grab|catch|cuff|take down|take|pick up|nab|bag|detain) (?:the|a|this|that|{_PERSON})\b",
        rf"\btake (?:{_PERSON}|him|her|them) (?:down )?at the (?:door|house|apartment|apt|location)\b",
        r"\bon the (?:search|entry|arrest|door|warrant|raid) team\b|\b(?:search|entry|arrest) team\b|\b(?:be|are|is|am|we're|were) on the entry\b",
        r"\bwants? (?:us|me|our [\w']+) (?:on|for|with) (?:their|the|a) (?:[\w'-]+ ){0,3}(?:warrant|search|raid|takedown|entry)\b",
        r"\b(?:help|assist)(?:ing)? (?:[\w']+ )?(?:with|on|in) (?:executing|serving) ",
    ],
    Ask.PERSONNEL_ASSIST: [
        # "wants 1 more of our dets", "needs two more of our guys"
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested) (?:\d+|one|two|three|a few|a couple(?: of)?|some) (?:more |extra )?of (?:our|your) (?:[\w']+ )?(?:dets?|detectives?|officers?|cops?|guys|people|uniforms?|pos?)\b",
        r"\bborrow (?:\d+|one|two|three|four|a few|some|a couple(?: of)?) (?:of )?(?:our |your )?(?:officers?|cops?|detectives?|guys|people|uniforms?|pos?|dets?|investigators?)\b",
        r"\b(?:help|assist)(?:ing)? (?:with |on |in )?(?:a |the )?canvass\w*\b",
        r"\btranslat(?:e|ion|or|ing)\b|\binterpret(?:er|ing)?\b",
        r"\bspeaks? (?:spanish|chinese|mandarin|cantonese|fujianese|fuzhounese|russian|arabic|french|creole|haitian|bengali|urdu|polish|korean|albanian|hindi|punjabi|tagalog|vietnamese|portuguese|italian|greek|turkish|farsi|pashto|dari|wolof|yoruba|igbo|amharic|somali|hebrew|yiddish|japanese|ukrainian|romanian|nepali|tibetan|mixteco|quechua|kichwa|garifuna)\b",
        r"\blanguage (?:guy|person|officer|cop|liaison|line|bank|skills?)\b|\bour (?:spanish|chinese|russian|arabic|language)[- ]speak(?:er|ing officer)s?\b",
        r"\baccompan(?:y|ying)\b|\b(?:come|tag) along\b|\bgo with (?:them|ice|the agents|hsi|cbp|ero|the feds)\b(?! to court)",
        r"\b(?:identify|identifying|point out|pointing out|pick out|id|i\.d\.) (?:him|her|them|the|a|this|someone|people|who|which)\b",
        rf"\b(?<!please )(?<!you will )(?:locate|locating|find|finding|track down|tracking down|look for|looking for|search for|searching for|hunt for|hunting for|find out where) (?:{_PERSON}|the|a|this|where|people|them)\b",
        r"\bknock(?:ing)? on (?:the |his |her |their |some |a few )?doors?\b",
        r"\b(?:figure|find|work) out where (?:[\w']+ ){1,3}(?:is|are|lives?|stays?|staying|living|works?|working|hangs? out|sleeps?)\b",
        r"\bshow (?:them|ice|the agents|hsi|the feds|him|her) (?:where|around|which)\b",
        r"\b(?:lend|loan|detail|assign)(?:ed|ing|s)? (?:[\w']+ ){0,2}(?:officers?|cops?|detectives?|people|members?|guys|bodies)\b",
        r"\b(?:help|helping) (?:them|ice|ero|hsi|cbp|the agents|the feds) (?:find|locate|identify|track)\b",
    ],
    Ask.JOINT_INVESTIGATION: [
        # "asked our squad to join their op on a counterfeit-goods warehouse"
        r"\bjoin(?:ing)? (?:them |us )?(?:on |in |for )?(?:the|their|a|an|this|that) (?:[\w'-]+ ){0,2}(?:op|ops|operation|raid|takedown|search|hit|detail|stakeout|sweep)\b",
        # "put our detective on their gang task force full time"
        r"\b(?:put|putting|place|placing|assign|assigning|detail|detailing|loan|loaning|lend|lending)\b (?:our|my|one of our|two of our|a|an) (?:[\w']+ )?(?:det|detectives?|officers?|cops?|sergeants?|sgts?|investigators?|guys?|people) (?:on|to|with) (?:the|their|a|an|its) (?:[\w'-]+ ){0,3}(?:task ?force|tf|team|squad|unit|group)\b",
        # "HSI agent plus our detective": a joint interview the squad set up
        r"\b(?:set|setting) up an? interview\b(?=.{0,140}\b(?:(?:hsi|fbi|dea|atf|usms|federal) )?agents? (?:plus|and|with|w|alongside) (?:our|the|my) (?:det|detective|squad)s?\b)",
        # "interview our robbery complainant ... we'd set it up at the pct with our det in the room"
        r"\b(?:interview|talk to|talk with|speak to|speak with|sit down with|meet with) (?:our|the|a|this|that) (?:[\w']+ )?(?:complainant|victim|vic|witness|ci|informant|cooperator|cw)s?\b(?=.{0,120}\b(?:with our (?:det|dets|detectives?|handler|squad)|our (?:det|detective|handler) (?:present|there|in the room)|(?:we'd|we will|we'll|we) (?:set|setting) (?:it |them )?up)\b)",
        r"\binterview (?:her|him|them|the (?:victim|witness|complainant|vic)) (?:with|w/?|alongside) (?:our|my|the) (?:det|dets|detectives?|squad|officer)\b",
        # "a state search warrant on a brothel with HSI agents alongside ... have them in the stack"
        r"\b(?:have|put|let|keep) (?:them|the agents?|hsi|fbi|dea|atf|the feds) (?:in|on) (?:the|our) (?:stack|entry team|entry|line|perimeter team)\b",
        r"\b(?:with|w/?) (?:the |their |two |\d+ |some )?(?:hsi|fbi|dea|atf|usms|federal|fed) (?:agents?|guys|team|people) (?:alongside|along|right alongside|with us)\b",
        r"\bjoint (?:boat |marine |harbor )?patrols?\b",
        # "a joint interview of the victim with our SVU det", "two of our dets to help interview the families"
        r"\bjoint (?:[\w'/-]+ ){0,2}(?:interviews?|debriefs?|proffers?)\b|\b(?:help|assist)(?:ing)? (?:them |us |him |her )?(?:interview|question|debrief)\b",
        r"\b(?:want|wants|need|needs)\b (?:me|us|him|her|our [\w']+) (?:doing|to do|on|for) (?:the )?surveillance\b",
        r"\bjoint (?:[\w'/-]+ ){0,2}(?:wire|investigation|case|op|operation|task ?force|probe|work|effort|stuff|squad|team|unit|group)\b",
        # "setting up an interview with HSI of a guy cooperating on our case"
        r"\b(?:set(?:ting)? up|do(?:ing)?|conduct(?:ing)?|run(?:ning)?|schedul(?:e|ed|ing)|plan(?:ning)?) (?:a |an |the |our )?(?:joint )?(?:interviews?|debriefs?|proffers?) with (?:them|the feds|hsi|fbi|dea|atf|usms|the marshals|cbp|ice|the agents?|federal|homeland)\b",
        r"\bwork(?:ing)? (?:the|a|this|our|their|that) (?:[\w']+ )?(?:case|wire|investigation) (?:with|together|alongside)\b",
        r"\bkeep working\b",
        # "can 2 of our warrant squad join them on guys wanted on federal warrants"
        r"\bjoin (?:them|the agents|the marshals|the feds|their (?:team|squad|unit)) (?:on|for|in)\b",
        r"\bkeep (?:going|doing|riding|going out|sitting)\b.{0,40}\b(?:with (?:them|the|their|hsi|fbi|dea|atf|usms|the feds|the marshals)|task ?force|tf|wire|ops?)\b",
        r"\bwiretap\b|\bwire[- ]room\b|\bthe wire\b",
        # "asked to join surveillance of a suspect Thursday"
        r"\bjoin(?:ing)? (?:the |their |a |an |in )?(?:[\w'-]+ )?surveillance\b",
        # "they want me to do the buy as UC w them"
        r"\b(?:do|doing|make|making|be|play|provide|providing|supply|supplying|lend|lending) (?:the |a |an )?(?:buy|undercover|uc)\b(?: as (?:the |a |an )?(?:uc|undercover))?|\bas (?:the |a |an )?(?:uc|undercover)\b",
        r"\bjoin(?:ing)? (?:the|their|a|an) (?:[\w'-]+ ){0,3}(?:task ?force|tf|investigation|case|team)\b",
        r"\btask ?force (?:case|work|investigation|op|operation|stuff)\b",
        # "wants me in one of the surveillance cars with an HSI agent"
        r"\b(?:in|ride in|riding in|sit in|sitting in) (?:one of )?(?:the |their |a |an )?(?:[\w']+ )?surveillance (?:cars?|vans?|vehicles?|units?|teams?|plants?)\b",
        r"\b(?:work|partner|team up|collaborate|coordinate|cooperate)(?:ing)? (?:[\w']+ )?(?:with|alongside) (?:them|the feds|hsi|fbi|dea|atf|usms|the marshals|cbp|ice|the agents|federal)\b.{0,30}\b(?:on|in) (?:the|a|an|their|this|our)\b",
        r"\b(?:our|the|my) (?:jttf|task ?force) (?:[\w']+ )?(?:case|work|investigation)\b",
        r"\bwork (?:the |a |this |that |on )?(?:[\w']+ ){0,3}with (?:them|us|hsi|fbi|dea|atf|usms|cbp|the feds|the agents|their team)\b",
        r"\bbuy[- ]and[- ]bust\b|\bbuy[- ]bust\b|"
        # "I'm on the TF — surveillance tonight ok?"
        r"\bsurveillance (?:tonight|tomorrow|today|this (?:week|weekend|morning|afternoon|evening))\b(?=[^.!\n]{0,20}\b(?:ok|okay|allowed|good|fine|cool)\b[^.!\n]{0,5}\?)|\bcontrolled (?:buys?|deliver(?:y|ies))\b|\bsting\b|\bsurveillance (?:op|operation|detail)\b|\bsit on (?:a|the|this|that|his|her|their) (?:[\w']+'s )?(?:location|house|spot|building|block|subject|target|suspect|apartment|address|car|residence|home|place|stash)\b",
        r"\b(?:sit|sitting|sat) in on\b",
        # "set up an interview of our prisoner w the HSI agent present": the NYPD's interview, an agent joining
        r"\b(?:with|w) (?:the |an |a |their |two |2 )?(?:(?:hsi|fbi|dea|atf|cbp|ice|federal|usms|marshals?) )?(?:agents?|sas?|tfos?) (?:present|sitting in|in the room)\b",
        r"\b(?:work|team up|partner)(?:ing)? (?:with|alongside) our (?:[\w']+ )?(?:divers|detectives|team|unit|squad|guys|people|officers|cops|investigators)\b|\bteam(?:ing)? up\b",
        r"\bcover (?:some |a few |two |\d+ )?(?:of )?(?:the |their |our )?(?:surveillance|shifts?|tours?|posts?|the wire|plant|observation)\b",
        r"\b(?:detailed|assigned|going|moving|transferred|loaned|joining)\b (?:to|on|onto) (?:the |a |their )?(?:[\w']+ ){0,3}(?:task ?force|tf)\b",
        r"\b(?:sit|sits|sitting|sat) in\b(?=\s*(?:$|[.,;!?)]|with\b|too\b|as well\b|during\b|while\b|when\b))",
        r"\b(?:case|investigation|operation) (?:is )?joint\b",
        r"\bset(?:ting)? up (?:an? |the )?interview (?:w|with) (?:the |a |our )?(?:caller|witness|victim|complainant|cooperator|informant|ci)\b",
        r"\b(?:set(?:ting)? up|arrang\w+) (?:an? |the )?interview\b(?=.{0,60}\b(?:w|with) (?:our|the) (?:det|detective|squad|officer)s? (?:present|there|in the room|sitting in)\b)",
        r"\b(?:send|sending|sign up|signing up|release|releasing|enroll)\b (?:him|her|them|\d+|one of ours|our [\w']+|[\w']+ of our [\w']+) (?:up )?(?:to|for) (?:a |an |the |their |there )?(?:[\w'-]+ ){0,4}(?:course|training|class|school|academy)\b|\bsign up \d+\b",
        r"\b(?:interview|question|debrief)\w* (?:a |the |our |this |that )?(?:[\w']+ )?(?:suspects?|witness(?:es)?|perps?|guys?|cooperators?|informants?|targets?|victims?) (?:together|jointly)\b",
        r"\bhelp (?:them |us |him |her )?(?:surveil|watch|follow|tail|sit on|conduct surveillance|do surveillance)\b",
        # "may I run surveillance with the agents this week", "do surveillance on terror suspect with the team"
        r"\b(?:run|running|do|doing|conduct|conducting)\b (?:the |some |joint )?surveillance\b(?=[^.;!?]{0,60}\b(?:with|w/?|alongside) (?:the |their |an? |two |some )?(?:agents?|team|task ?force|tf|feds|fbi|dea|atf|hsi|usms|marshals|them|squad)\b)",
        r"\b(?:want|wants|wanted|need|needs)\b (?:me|us|our (?:team|guys|detectives?|squad|unit)) (?:on|for|in|at) (?:the |a |their |our |tomorrow'?s? |tmrw )?(?:[\w']+ )?(?:surveillance|search|op|operation|raid|case|wire|interview|takedown|team|detail|stakeout|buy)\b",
    ],
    Ask.DEPUTIZATION_287G: [
        # "he'd take direction from an ICE supervisor on immigration fugitive arrests"
        r"\b(?:take|taking|takes|took|under|report\w* to|answer\w* to|work\w* (?:for|under))\b (?:[\w']+ ){0,2}(?:from )?(?:an? |the |their )?(?:ice|hsi|ero|dhs|cbp|immigration) (?:[\w']+ )?(?:supervisors?|boss|bosses|sergeants?|managers?|leads?|chiefs?)\b(?=.{0,40}\bimmigration (?:fugitives?|enforcement|arrests?|removals?|deportations?|cases?|sweeps?|ops?|operations?|violators?)\b)",
        r"\b(?:authority|authorized|power|powers|certified|deputized) to (?:lodge|issue|serve|enforce) (?:immigration )?(?:detainers|immigration)\b",
        r"\bunder (?:cbp|border patrol|hsi|dhs|ice|ero)(?:'s)? (?:[\w']+ )?(?:supervisors?|supervision|command|bosses|direction|control)\b",
        r"\b(?:ice|ero|euro|dhs|cbp|border patrol|immigration)\b.{0,80}\b(?:borrow|loan|lend|have|get|assign)\w* (?:\w+ )?(?:of )?our (?:cops|officers|guys|people)\b.{0,60}\b(?:report to|under|for) (?:him|her|them|their|his)\b",
        r"\b(?:ice|ero|euro|dhs|cbp|border patrol)\b.{0,80}\b(?:cops|officers) (?:[\w']+ ){0,2}(?:assigned|detailed|loaned) to (?:a |an |their |the )?(?:[\w']+ ){0,3}(?:team|unit|squad)\b",
        # "the ICE task force where they swear you in to do immigration arrests", "a TFO slot on their ERO team"
        r"\bsw(?:ear|earing|ore|orn)\b (?:[\w']+ ){0,4}in\b.{0,40}\bimmigration (?:arrests?|enforcement|powers?|authority)\b",
        r"\b(?:tfo|task force officer)s? (?:slot|spot|position|seat|job|assignment|gig)?\s*(?:on|with|in|for|at) (?:their |the |an? |ice'?s? )?(?:ice |dhs )?(?:ero|removal|deportation|immigration)\b",
        r"\b(?:do|doing|have|get|start|sign|signs|signed|signing|adopt|adopted|enter|entered)\b (?:into )?(?:a |an |the |our own )?287 ?\(? ?g\b",
        r"\b(?:join|enroll in|sign up for|take part in|participate in)\b (?:[\w']+ ){0,3}program\b(?=.{0,100}\bimmigration\b)",
        r"\btwo[- ]?eighty[- ]?seven[- ]?\(? ?g\b|\b287 ?\(? ?g ?\)?[ -]?(?:style |type |like |kind of |(?:[\w']+ ){1,3})?(?:agreements?|programs?|task force|deals?|mou|moa|partnerships?|training|sign[- ]?ups?|enrollment|arrangements?|setup|set-up)\b|\bsign (?:up|us up) for (?:the )?287",
        r"\bdeputi[sz](?:e|ed|ation|ing)\b",
        r"\b287 ?\(? ?g\)? (?:for|in|at) (?:our|the|my) (?:pct|precinct|command|department|dept|unit|borough|city)\b",
        r"\b(?:apply|applying|applied|sign up|join|joining|enroll|enrolling|be part of)\b (?:[\w']+ ){0,4}287 ?\(? ?g\b",
        r"\b(?:ice|dhs|ero) (?:to )?train(?:s|ing)? (?:[\w']+ ){0,4}(?:us|officers|cops|of us|our (?:guys|people|cops|officers))\b.{0,40}\bimmigration\b",
        r"\bcross[- ]?designat",
        r"\b(?:certify|certified|certification|train|training)\b.{0,60}\b(?:run(?:ning)? immigration checks|issu(?:e|ing) detainers|lodg(?:e|ing) detainers|enforc(?:e|ing) immigration)\b",
        r"\b(?:process|processing|make|making|handle|handling) (?:their |the )?immigration arrests\b",
        r"\bsw(?:ear|earing|ore|orn) in (?:[\w']+ ){0,4}(?:cops|officers|of our|our (?:guys|people|cops|officers))\b|\b(?:cops|officers) (?:to be |get |be )?sworn in\b",
        r"\bunder the (?:direction|supervision|command|control|orders) of (?:ice|dhs|ero|immigration|the feds|federal|homeland security|border patrol|cbp)\b",
        r"\b(?:mou|moa|memorandum of (?:understanding|agreement)|agreement|partnership|contract) with (?:ice|dhs|ero|immigration)\b",
        r"\b(?:mou|moa)\b.{0,60}\b(?:immigration detainers?|immigration (?:checks|screening|enforcement)|ice training|287)",
        r"\b(?:detail|assign|loan|lend|lent|join)\w* (?:[\w']+ ){0,6}(?:immigration|removal|ice|ero)(?: [\w']+){0,2} (?:task ?force|team|unit|squad)\b",
        r"\btaking orders from (?:their|the|an?) (?:sddo|ice|ero|deportation|immigration|supervisory)\b|\b(?:tfo|task force officer) (?:status|credentials?|designation) with (?:ice|ero|dhs)\b|\blodge detainers (?:ourselves|themselves|on our own)\b",
        r"\b(?:they|ice|ero|dhs|the agents)(?:'d| would| will|'ll)? (?:basically |essentially |pretty much |kind of )?be (?:my|our|his|her|their) (?:bosses|boss|supervisors?|chain of command|command)\b",
        r"\b(?:tdy|temporary duty|detail|rotation|loan|assignment)\b (?:[\w']+ ){0,2}(?:with|to|at) (?:ice|ero|dhs|ice ero)(?:'s)?\b",
        r"\bunder (?:ice|dhs|ero|their|federal|immigration)(?:'s)? (?:supervision|direction|command|control)\b",
        r"\breport(?:ing)? (?:directly )?to (?:an |the |a )?(?:ice|dhs|ero|immigration) (?:supervisor|boss|commander|agent|sac|manager)\b",
        r"\b(?:sworn in|badged|credentialed) as (?:federal|ice|immigration)\b",
        r"\b(?:ice|ero|dhs|they|he|she)\b (?:would |will )?(?:runs?|directs?|supervises?|commands?|leads?|tasks?) (?:us|our (?:officers|team|guys|cops|unit|people)|the team)\b",
        r"\bunder (?:his|her|their|an? ice|the ice|ice|ero|an? ero|the ero|an? dhs|dhs) (?:[\w']+ )?(?:supervision|direction|command|control|supervisors?|bosses|lieutenants?|sergeants?|chain of command)\b",
        r"\b(?:detail(?:ed)?|assign(?:ed)?|loan(?:ed)?|lend|lent) (?:[\w']+ ){0,4}to (?:ice|ero|dhs|ice ero)\b",
        r"\b(?:work|working|detail(?:ed)?|assigned)\b\s*(?:[\w']+ ){0,3}(?:under|for) (?:ice|ero|dhs|the ice|an ice)\b",
        r"\b(?:work|working|assigned) (?:for|to|under) (?:ice|ero|dhs)(?: ero)? (?:full[- ]time|for (?:a|the|six|\d+)|as)\b",
    ],
    Ask.TRANSPORT: [
        r"\btake (?:\d+|two|three|four|five|the|their|some) (?:of their )?(?:agents|feds|officers|people) (?:out|over|across|up|down)\b",
        r"\bdrive (?:him|her|them) (?:to|over to|down to|up to|back to)\b",
        r"\bdrive (?:a|the|this|that|their) (?:guy|man|woman|person|prisoner|detainee|kid|suspect|arrestee)\b",
        r"\b(?:conduisent|conduire|llevar|llevarlos|llevarlo|llevarla)\b",
        # "got away from the marshals during a transport": what happened, not an ask
        r"(?<!during a )(?<!during the )(?<!during )(?<!from a )(?<!after a )(?<!after the )"
        r"\btransport(?:ed|ing|s)?\b(?! (?:van|wagon|vehicle|bus|truck|car|team|unit|guys)s?\b| (?:gets|get|arrives?|is here|comes?|shows up|pulls up|is on)\b)",
        rf"\b(?:drive|driving|take|taking|bring|bringing|run|running|shuttle|ferry|move|moving|carry|escort|escorting|drop|dropping) (?:{_PERSON} |\w+ )(?:[\w'-]+ ){{0,9}}(?:to|over to|down to|up to|out to|off at|at) (?:\d+ )?(?:26 federal plaza|federal plaza|26 fed plaza|fed plaza|26 fed\b|varick|ice|ero|hsi|cbp|their (?:[\w']+ )?(?:office|facility|building|van|car|place)|the (?:[\w']+ )?(?:facility|field office|airport|border|detention center|processing center|federal building)|mdc|jfk|newark|laguardia|the feds|them|elizabeth|bergen|orange county|delaney hall|the agents|"
        r"(?:the |their |a )?(?:federal )?court ?house|500 pearl|225 cadman|the federal building|mcc)",
        r"\bgive (?:them|him|her|the agents?|\w+|(?:their|the|our|an?) [\w']+) a (?:ride|lift)\b",
        r"\b(?:need|needs|want|wants|asked for|asking for)\b (?:a )?(?:lift|ride)\b (?:for|to)\b",
        rf"\bdrive (?:{_PERSON}|them|him|her) (?:in|with) (?:the|our|an?) (?:rmp|car|van|wagon|radio car|cruiser)\b",
        r"\b(?:in|using|with|borrow|need) (?:our|an nypd|a department|a pct|one of our|a) (?:car|rmp|van|vehicle|radio car|wagon|prisoner van|patrol car|cruiser)s? (?:to|for) (?:move|take|transport|bring|drive|carry|get)",
        r"\bdrive (?:him|her|them|the \w+) (?:over|down|up|out)\b",
    ],
    Ask.STOP_OR_ARREST: [
        r"\bkeep (?:a |the |this |that )?(?:guy|man|woman|him|her|them|driver|person|kid) (?:at|on) (?:my|the|our|his|her) (?:car stop|stop|traffic stop|scene)\b",
        r"\b(?:do|make|conduct|doing|making) a (?:car|vehicle|traffic) stop\b",
        r"\b(?:scoop|pick|grab|snatch|bring)\w* (?:the guy|him|her|them|this guy|that guy|the target) (?:up|in)\b.{0,30}\bif (?:we|you|patrol|anyone|cops|officers) (?:ever )?(?:see|sees|spot|spots|run into|come across|stop|encounter)\b",
        r"\b(?:stop|arrest|detain|pull over|pick up|grab|cuff|lock up)\b (?:someone|him|her|them|people|a person|anyone|a guy|the guy|the driver|this guy)\b.{0,40}\b(?:undocumented|illegal|no papers|immigration status|because ice|for ice|for immigration|deportation order|removal order)",
        r"\b(?:pull over|stop|arrest|detain|grab|pick up|cuff|lock up)\b.{0,40}\b(?:for|because|bc|since) (?:them|ice|the feds|hsi|cbp|ero|immigration|border patrol)\b",
        r"\b(?:ncic|immigration (?:violator|hit|flag|entry)|(?:immigration|ice) detainer (?:in|on) (?:the )?(?:system|ncic|computer|database)|(?:came|comes) back with (?:an? )?(?:immigration|ice) (?:detainer|hit|warrant|flag)|ice (?:hit|flag|entry|wanted)|(?:hit|entry) (?:came back |comes back )?(?:for|from) (?:ice|immigration)|deportation order|removal order|final order|(?:ice |an? )?(?:administrative|admin) warrants?|i-?20[05]s?)\b.{0,80}\b(?:stop|arrest|pick (?:him|her|them) up|detain|grab|lock (?:him|her|them) up|bring (?:him|her|them) in|cuff|take (?:him|her|them) in|act on|keep (?:him|her|them) (?:on scene|there|here))\b",
        # "NCIC showed an ICE entry on him ... the sergeant wants to hold him for ICE": a hold on the hit alone
        r"\bncic\b[^.]{0,60}\b(?:ice|immigration) (?:entry|hit|flag|record)\b.{0,120}\bhold (?:him|her|them) for (?:ice|them|immigration)\b",
        rf"\b(?:can|should|do|could|may|ok to|okay to) (?:i|we|my partner) (?:stop|grab|arrest|detain|pick up|cuff|pull over|nab|catch|chase|tackle|run down|go after)\b (?:{_PERSON}|him|her|them)\b",
        rf"\b(?:us|me) to (?:stop|grab|arrest|detain|pick up|cuff|pull over|nab|catch|chase|tackle|run down|go after)\b (?:{_PERSON}|him|her|them)\b",
        r"\b(?:catch|chase|tackle|run down|go after|grab|stop)\b (?:the |that |this )?(?:runner|guy|man|woman|kid|dude|target|one)\b(?: (?:who|that) (?:ran|fled|took off|is running|was running))?",
        rf"\b(?:run|chase|track|hunt) (?:{_PERSON}|him|her|them) down\b.{{0,20}}\bfor (?:them|ice|ero|the agents|immigration|cbp|dhs)\b",
        rf"\btake (?:{_PERSON}|him|her|them) in\b.{{0,15}}\bfor (?:them|ice|ero|immigration|cbp|dhs)\b",
        # "agents asking our foot post to help chase him down"
        rf"\b(?:help|assist)(?:ing)? (?:them |the agents? )?(?:chase|catch|tackle|run down|box in)\b (?:{_PERSON}|him|her|them)\b",
        r"\b(?:stop|arrest|detain|grab|lock up|cuff|act on)\b.{0,60}\b(?:ncic|immigration (?:violator|hit|flag|entry)|ice (?:hit|flag)|admin(?:istrative)? warrant|i-?200|i-?205)\b",
    ],
    Ask.PUBLIC_SAFETY_RESPONSE: [
        # "started shaking, foaming at the mouth, then went limp", "one agent on the ground being kicked"
        r"\bfoaming at the mouth\b|\bwent limp\b|\bconvuls\w*|\b(?:being|getting) (?:kicked|punched|beaten|stomped|attacked)\b|"
        r"\bpouring blood\b|\bcovered in blood\b",
        r"\bems (?:is|are) (?:a few minutes|\d+ minutes|on the way|en route|rolling|coming)\b",
        r"\b(?:cracked|smashed|bashed|clocked|struck|whacked)\b (?:[\w']+ ){0,3}(?:w/?|with) (?:a |an )?(?:bottle|bat|brick|rock|pipe|stick|chair|hammer|crowbar)\b",
        r"\brender(?:ing)? (?:first )?aid\b|\b(?:hit|struck|run over) by (?:a|the|an) (?:car|vehicle|truck|van|bus)\b",
        r"\b(?:rock(?:ing|ed)?|shak(?:ing|e)|surround(?:ing|ed)?|box(?:ed|ing) in|bang(?:ing)? on|pound(?:ing)? on|mob(?:bing|bed)|swarm(?:ing|ed)?)\b.{0,40}\b(?:with|w/?) (?:the )?(?:agents?|officers?|feds?|people|them) (?:still )?(?:inside|in it|in there)\b",
        r"\bpinned down\b|\bunder fire\b",
        # "subject went EDP, cutting himself", "crowd set a trash fire next to the agents' car"
        r"\b(?:went|going|is|he's|she's|became) edp\b|\bcutting (?:himself|herself|themselves|his wrists?|her wrists?)\b|\bself[- ]harm\w*|"
        r"\b(?:set|setting|lit|lighting) (?:a |an |some )?(?:[\w']+ )?fires?\b",
        # "a driver is trying to run down ICE agents with his car": a car used as a weapon
        r"\b(?:run|running|runs|ran|mow|mowing|mowed) (?:down|over) (?:the |an? |two |some |three )?(?:federal |ice |hsi |cbp |dhs |fbi |ero )?(?:agents?|officers?|feds?|cops?|people|pedestrians?)\b|"
        r"\b(?:drove|driving|drives|aimed|aiming|aims|steered|accelerat\w*|gunn(?:ed|ing)) (?:his |her |the |a |their )?(?:car|vehicle|truck|van|suv) (?:at|into|toward|towards) (?:the |an? |two |some )?(?:[\w']+ )?(?:agents?|officers?|feds?|cops?|people|crowd)\b",
        r"\bpeople (?:are |were )?in the water\b|\b(?:boat|vessel|car|van) (?:flipped|capsized|sank|overturned)\b|\bcapsized\b",
        r"\b(?:kidnapping|abducting|dragging|snatching) (?:my|a|the|his|her|our) (?:[\w']+ )?(?:neighbor|kid|child|man|woman|wife|husband|son|daughter|friend|mother|father)\b",
        r"\b(?:armed|a man with a gun|a guy with a gun|someone with a gun)\b.{0,40}\b(?:following|threatening|chasing|pointing)\b|\b(?:following|chasing) and threatening\b",
        # "somebody just punched one of the agents", "an agent got jumped"
        r"\b(?:punched|hit|kicked|stabbed|attacked|jumped|assaulted|shoved|tackled|cracked|clocked|decked|smacked|slugged|socked|"
        r"bashed|whacked|struck|headbutted|spit on|spat on|body slammed|bodyslammed|knocked out|knocked down) "
        r"(?:one of (?:the|their) (?:[\w']+ )?(?:agents|officers|feds)|(?:an?|the|their) (?:ice |hsi |cbp |ero |fbi |dea |atf |dhs |federal |fed )?(?:agent|officer|fed))\b"
        r"(?! up\b| back\b| with (?:a |an |the |his |her )?(?:subpoena|warrant|request|paper|letter|e-?mail|fax|notice|detainer|question|call|text))|\b(?:agent|officer|fed)s? (?:just )?got (?:jumped|punched|attacked|assaulted|stabbed|hurt)\b",
        # "HSI agent shot at while serving a warrant, shooter fled on foot"
        r"\b(?:was|were|got|getting|being|been|just|agents?|officers?|cops?|feds?) shot at\b|\bshooter (?:fled|ran|took off|is still|still|on the loose|at large|got away)\b",
        r"\bshots? (?:fired|being fired)\b|\bgun ?fire\b|\bgunshots?\b",
        r"\b(?:fire|fires|fired|firing|shooting|shoots|shot) (?:off )?(?:shots|rounds|a gun|a weapon|a pistol)\b",
        r"\b(?:shooting|firing|shots) at\b|\bopened fire\b|\bunder attack\b",
        r"\bin progress\b",
        r"\b(?:agents?|officers?|feds?|cops?|people|someone|somebody|bystanders?|a (?:man|woman|kid|person|bystander)|he|she|they|one of (?:them|the agents))\b\s*(?:[\w']+ ){0,2}(?:are |were |is |was |being |getting |got |just got |has been |have been )+(?:attacked|assaulted|hurt|injured|shot|stabbed|punched|beaten|beat up|jumped|surrounded|mobbed|dragged|hit|struck|run over|pinned|knocked (?:down|out)|swarmed|cornered|rushed|overpowered)",
        r"\bassault(?:ed|ing)? (?:on )?(?:the |a |an |two |some )?(?:federal |ice |hsi |cbp |dhs |fbi )?(?:agents?|officers?)\b",
        r"\b(?:attack(?:ed|ing)?|punch(?:ed|ing)|hit(?:ting)?|jump(?:ed|ing)|swing(?:ing)? at|swung at|stab(?:bed|bing)|shoot(?:ing)? at|beat(?:ing)?|kick(?:ed|ing)|throw(?:ing)? (?:[\w']+ )?at|threw (?:[\w']+ )?at) (?:on |up )?(?:the |an |a |two |some )?(?:federal |ice |hsi |cbp |dhs |fbi )?(?:agents?|officers?|feds?)\b"
        r"(?! up\b| back\b| with (?:a |an |the |his |her )?(?:subpoena|warrant|request|paper|letter|e-?mail|fax|notice|detainer|question|call|text))",
        r"\b(?:officer|agent)s? (?:needs? assistance|down)\b",
        r"\b(?:punches|hits|kicks|stabs|shoots|attacks|jumps|tackles|swings at|shoots at) (?:one of )?(?:the |an |a |two |some )?(?:federal |ice |hsi |cbp |dhs |fbi |dea |atf )?(?:agents?|officers?|feds?)\b",
        r"\b(?:pull(?:s|ed|ing)?|drew|draws|drawing|brandish\w*|wav(?:es|ed|ing)) (?:a |his |her |out a )?(?:knife|gun|weapon|blade|machete|bat|pistol|firearm|box cutter) (?:on|at)\b",
        r"\b(?:bottles?|rocks?|bricks?|objects?|chairs?) (?:start(?:ed|s)?|are|were|begin|began|come|came) (?:flying|being thrown|raining)\b",
        # "an HSI car hit a cyclist, he's down"
        r"\b(?:hit|struck|ran over|run over|knocked (?:down|over)|mowed down|plowed into|slammed into) (?:a |an |the |some |two )?(?:cyclist|pedestrian|biker|bicyclist|kid|child|person|man|woman|guy|lady|girl|boy|delivery (?:guy|worker|man)|scooter|moped)s?\b",
        r"\b(?:smash\w*|break\w*|broke|vandaliz\w*|slash\w*|kick\w*) (?:in )?(?:the |a |an )?(?:windows?|windshields?|tires?|car|van|vehicle|suv)s? (?:of|on|in) (?:an? |the )?(?:ice|federal|agents?'?|hsi|cbp|dhs|fbi)\b",
        r"\b(?:agents?|officers?|cops?|he|she)\b (?:was |got |being |just |getting )?shot at\b",
        r"\b(?:threw|throwing|thrown|hurled|chucked) (?:a |an |some )?(?:bottles?|bricks?|rocks?|chairs?|objects?|cans?)\b|\bsplit (?:[\w']+ ){0,4}head open\b",
        # a 10-85 asks for another unit, no emergency in itself (operational support below)
        r"\b10-13\b|\b10-10\b",
        r"\bemergenc(?:y|ies)\b",
        r"\briot(?:ing)?\b",
        r"\b(?:fight|brawl|melee|scuffle|struggle|altercation|fistfight|fracas|tussle)\b\s*(?:[\w']+ ){0,2}(?:broke|breaks|breaking|going on|started|starting|erupted|happening|out)\b",
        r"\b(?:crash|crashed|collision|(?<!by )accident|wreck|overturned|flipped|pileup)\b|\brollover\b(?! (?:thing|form|plan|account|ira|401k|paperwork))(?<!comp rollover)",
        r"\b(?:hurt|injured|bleeding|unconscious|unresponsive|not breathing|(?<!a )(?<!another )(?<!one more )shot|stabbed)\b"
        r"(?! (?:in|during) (?:19|20)\d\d| at (?:him|her|them|it) (?:after|later|next|too|first|tomorrow))",
        r"\b(?:ems|ambulance|medics?|bus)\b(?= .{0,30}\b(?:hurt|injur|bleed|rolling|needed|on the way|called)\b)|\bcall(?:ed|ing)? (?:for )?(?:an )?(?:ems|ambulance|bus)\b",
        r"\b(?:throwing|threw|hurling) (?:bottles|rocks|bricks|things|objects|stuff)\b",
        # "911 job: man with a knife", not "charging the guy w/ a gun count"
        r"(?<!charging the )(?<!charge the )(?<!charged the )(?<!arrested the )(?<!collared the )\b(?:man|woman|guy|person|someone|somebody|male|female|perp|edp|subject|kid|teen)s? (?:with|w/?|armed with|holding|waving|swinging|has|got) (?:a |an )?(?:knife|gun|machete|weapon|blade|bat|firearm|box ?cutter|pistol)\b(?! (?:counts?|charges?|case|possession|arrest|collar|conviction|beef|rap|priors?))",
        r"\b(?:gun|knife|weapon|blade|pistol)s? (?:drawn|pulled|out|brandished)\b|\bpulled (?:a|his|her) (?:gun|knife|weapon|blade)\b",
        r"\b(?:screaming|yelling|calling) for help\b|\bcrowd (?:is |was |getting )?(?:violent|attacking|rushing|out of control)\b",
        r"\bon fire\b|\bfire (?:broke out|in the)\b|\bfire (?:in|at) (?:a|an|the|their) (?:[\w']+ )?(?:bldg|building|house|apartment|apt|store|shelter|warehouse|school|basement)\b",
        r"\bthreatening (?:to )?(?:jump|suicide|to kill (?:himself|herself|themselves))\b|\bsuicidal\b|\bjumper (?:on|off) (?:the |a )?(?:roof|ledge|bridge|building)\b|\bon the (?:ledge|roof) (?:threatening|about to)\b",
        r"\b(?:clipped|sideswiped|knocked over|rammed|mowed down|pinned|dragged|ran over|run over)\b",
        r"\b(?:collapsed|passed out|seizing|having a seizure|overdos(?:e|ed|ing)|(?:isn't|not|stopped|isnt) breathing|no pulse|heart attack|cardiac)\b",
        # ("confirm the hit by phone": a warrant hit, the noun)
        r"\b(?:punched|stabbed|shot|beaten|assaulted|attacked|jumped|bit|bitten|kicked|choked|(?<!the )(?<!a )(?<!ncic )hit)\b (?:by|in|during)\b"
        r"(?! (?:ncic|nysid|lpr|tsdb|the (?:system|database|computer|ncic|watch ?list)|our (?:system|database)))",
        r"\bsomeone got (?:punched|hurt|hit|stabbed|shot|beat|jumped)\b",
        r"\b(?:swung|swinging|swings|took a swing|lunging|lunged|lunges|charging|charged|going) (?:on|at|after) (?:an? |the |two |some |our )?(?:[\w']+ )?(?:agents?|officers?|cops?|feds?)\b",
        r"\b(?:swung|swinging|swings|took a swing|lunging|lunged|lunges) (?:on|at)\b",
        r"\b(?:swung|swinging|swings|swing|pointed|pointing|aimed|aiming|waved|waving|threw|throwing|thrown|pulled|pulling)\b (?:a |an |his |her |the |some )?(?:[\w']+ )?(?:bat|knife|gun|pistol|bottle|brick|rock|stick|pipe|machete|hammer|weapon|chair|crowbar|blade|box cutter)s? (?:at|on)\b",
        r"\b(?:choking|strangling|beating|punching|stabbing|shooting|attacking|assaulting|fighting|kicking|hitting|dragging|wrestling|swinging at)\b (?:an? |the |two |some |our |one |his |her |their )?(?:[\w']+ )?(?:agents?|officers?|cops?|feds?|man|woman|guy|people|him|her|them|kid|person|someone|bystanders?|drivers?|wife|husband|girlfriend|boyfriend|mother|father|mom|dad|son|daughter|child|baby|neighbou?r|sister|brother)\b",
        # "somebody just put a brick through the windshield with the agent inside"
        r"\b(?:brick|rock|bottle|cinder ?block|pipe|chair|bat)s? (?:through|into) (?:the|a|an|their|his|her) (?:[\w']+ )?(?:windshield|window|windows|car|door)\b",
        r"\b(?:smoke|fire alarm|trapped|evacuat\w+|burning|flames|gas leak|collapse)\b",
        r"\b(?:maced|pepper[- ]sprayed|tased|stomped|stomping|shoved|shoving|trampled|mugged)\b",
        # "came at one of them with a bat ... the cousin is still swinging"
        r"\bcame at (?:one of )?(?:them|him|her|the agents?|an agent|the officers?|an officer) with (?:a|an) (?:[\w']+ )?(?:bat|knife|gun|pipe|bottle|machete|hammer|crowbar)\b|\bstill (?:swinging|stabbing|shooting|attacking)\b",
        r"\b(?:fell|fallen|falling) (?:down|off|from|onto|on)\b|\bnot moving\b|\b(?:do|doing|handle|handling|take|taking) (?:the|an|that) aided\b",
        r"\b(?:agent|officer|fed|cop)s? (?:is |was |got |just got )?(?:down|hit|shot)\b(?! (?:me|us|him|her|them)? ?up\b)",
        r"\b(?:ran|running|came|coming) (?:out|up|down|away)\b.{0,25}\b(?:shooting|firing|with (?:a|the) (?:gun|knife))\b",
    ],
}
_WEAK: dict[Ask, list[str]] = {
    Ask.SHARE_RECORDS: [
        rf"\b{_RECORDS}\b",
        r"\b(?:work-?ups?|dossiers?|intel (?:reports?|packages?|files?))\b",
        # "arrest and court history on tamika rowe": what we hold on a person
        r"\b(?:arrest|court|criminal|case|rap|prior|booking) (?:and (?:arrest|court|criminal|case|booking) )?histor(?:y|ies)\b",
        r"\bserial(?: numbers?| #| no)?s?\b|\bmake/model\b",
    ],
    Ask.SHARE_CUSTODY_OR_COURT_INFO: [
        r"\bcourt (?:dates?|appearances?|parts?|hearings?|times?|schedules?)\b|\bnext court\b|\barraignment (?:dates?|times?)\b|\bdat (?:dates?|return dates?|history)\b"
    ],
    Ask.NOTIFY_RELEASE: [
        r"\b(?:his|her|their) release\b|\bwhen (?:he|she|they)(?:'s| is| are| gets?)? (?:out|released)\b"
    ],
    # "our debrief of a cooperator in custody": where someone is, not a hand-over
    Ask.TRANSFER_CUSTODY: [
        r"(?<!out of )(?<!out from )(?<!released from )(?<!release from )(?<!\bin )(?<!\bin our )(?<!\bin nypd )\bcustody\b"
    ],
    Ask.DEPUTIZATION_287G: [r"\b287 ?\(? ?g\b"],
    Ask.SHARE_STATUS_INFO: [
        # "if that needs legal" is the Legal Bureau, not the person's status
        r"\b(?:immigration status|citizenship|legal status)\b|\b(?:is|if|whether) (?:[\w']+ ){0,4}"
        r"(?:(?<!needs )(?<!need )(?<!call )(?<!to )(?<!with )(?<!by )(?<!go )(?<!check )legal(?! bureau)|illegal|undocumented|"
        r"a (?:us )?citizen|here legally)\b"
    ],
}
# Searched behind literal gates: most branches cannot match a given message (bench/reader.py)
STRONG_ASKS: Prefilter[Ask] = Prefilter(_STRONG)
WEAK_ASKS: Prefilter[Ask] = Prefilter(_WEAK)

# A word that makes a noun in the same clause a request ("they want the report", "can I send").
REQUEST_CONTEXT = re.compile(
    r"\b(?:wants?|wanted|wanting|asks?|asked|asking|request(?:s|ed|ing)?|needs?|needed|looking for|would like|'d like|"
    r"trying to get|seeking|after|re:|regarding|about|send|give|share|pass|forward|hand|e-?mail(?:ed)?|fax(?:ed)?|provide|"
    r"called (?:for|about|asking)|texted (?:for|about)|reached out (?:for|about)|came (?:by|in) (?:for|asking)|"
    # "i cant tell what it was, rap sheet just says PL 120": telling apart is no request
    r"turn over|copy|show|release|disclose|let (?:them|him|her|ice|hsi|the agents?)|(?<!can't )(?<!cant )(?<!cannot )tell|"
    r"confirm|verify|run|pull|"
    r"look up|check|get (?:them|him|her)|access|into|use|borrow|lend|can (?:i|we)|could (?:i|we)|should (?:i|we)|"
    r"ok to|okay to|allowed to|do (?:i|we)|may (?:i|we)|want us|asking us|asked us|asked me|asking me|subpoena(?:ed)?)\b|"
    # terse: "HSI → last known address": the arrow asks
    r"→|->"
)

# ---------------------------------------------------------------------------- purpose
CIVIL_STRONG = compile_all(
    [
        r"\bdeport(?:ation|ed|ing|able)?\b",
        r"\basylum (?:case|claim|hearing|interview|application|matter)\b|\bimmigration[- ]wise\b",
        # "if it doesn't pan out ICE will take him anyway": removal as the fallback outcome
        r"\b(?:ice|ero|immigration|dhs)\b (?:will|'ll|would|is going to|are going to|gonna|can) (?:just )?(?:take|grab|pick up|get|deport|remove|have) (?:him|her|them)\b",
        # "once we're done ICE takes him", "after that ICE is taking her": said as what happens next
        r"\b(?:ice|ero|immigration|dhs)\b (?:just |then |simply )?(?:takes|gets|grabs|picks up|is taking|is getting|is grabbing|is picking up|'s taking|'s getting) (?:him|her|them)\b",
        r"\bremov(?:als?|e him|e her|e them|ing him|ing her|ing them|able)\b",
        r"\bero referral\b",
        r"\bimmigration fugitives?\b",
        r"\bimmigration (?:hearings?|appointments?|check-?ins?|cases?|violations?|enforcement|arrests?|proceedings|court|charges?|matters?|sweeps?|ops?|operations?|checks?|reasons?|purposes?|stuff|thing|related|warrant|detainer|hold|violators?|custody|raids?|pickups?)\b",
        # "is there any immigration issue" asks whether status matters; it is nobody's aim
        r"(?<!any )(?<!an )(?<!no )\bimmigration (?:issues?|problems?)\b",
        r"\bcivil (?:immigration|matter|case|arrest|warrant|enforcement|violation|stuff|thing|side|work|only|purposes?|reasons?)\b",
        r"\boverst(?:a|e)y(?:s|ed|ing|ers?)?\b|\bvisa (?:overstay|expired|violation)\b|\bexpired visa\b",
        r"\bfinal (?:orders?|removal orders?)\b|\b(?:order|orders) of removal\b|\bremoval order\b|\bdeportation order\b",
        r"\bout[- ]of[- ]status\b|\bstatus violat",
        r"\bfor immigration\b(?! (?:court|lawyers?|attorneys?|fraud|benefits))",
        r"\b(?:for|because|since) (?:being |he's |she's |they're |he is |she is |they are )?(?:undocumented|illegal|here illegally|no papers)\b(?! (?:re-?)?entry)",
        r"\b(?:immigration|ice) (?:detention|custody)\b",
        r"\bkick (?:him|her|them) out of the country\b|\bsend (?:him|her|them) back\b",
        r"\b(?:get|have|see|getting) (?:the |those |these |all the |all )?(?:[\w']+ ){0,2}(?:removed|deported)\b",
        r"\b(?:him|her|them) (?:removed|deported)\b|\b(?:he|she|they)(?:'ll| will| is going to| are going to|'s going to| gonna) be (?:removed|deported)\b",
        r"\bout of the country\b|\b(?:ice|ero|immigration) (?:is|are|'s|will|'ll)? ?(?:going to|gonna|will)? ?(?:deport|remove)s?\b",
        r"(?<!fake )(?<!forged )(?<!counterfeit )(?<!phony )(?<!bogus )\bimmigration (?:papers|paperwork|docs|documents|history|file)\b",
        r"\bagainst (?:their |the |an? )?(?:immigration|ice|dhs|ident|iafis) (?:databases?|systems?|records|files)\b",
        r"\b(?:check|checking|screen|screening|run|running|look(?:ing)? at)\b (?:[\w']+ ){0,3}(?:immigration status|status of (?:people|everyone|arrestees|the people))\b",
        r"\b(?:so|so that) (?:ice|ero|immigration|border patrol|cbp) (?:can|could|will)\b|\bfor (?:ice|ero|immigration) to\b",
        r"\b(?:hand|turn|give|walk|release)\w* (?:him |her |them )?(?:over )?to (?:ice|ero|immigration)\b|\bgoing to (?:ice|ero)\b",
        # "arresting workers who are undocumented": people taken in for their status is the aim
        r"\b(?:arrest|detain|pick(?:ing)? up|round(?:ing)? up|grab|sweep(?:ing)? up|scoop(?:ing)? up)\w* (?:any |all |the )?(?:[\w']+ ){0,2}"
        r"(?:who|that) (?:are|is|were|may be|might be|turn out to be) (?:undocumented|here illegally|illegal|out of status|overstays?)\b",
        r"\b(?:arrest|detain|pick(?:ing)? up|round(?:ing)? up|grab|sweep(?:ing)? up|scoop(?:ing)? up)\w* (?:any |all |the )?"
        r"(?:undocumented|illegal|out-of-status) (?:workers|people|immigrants|migrants|employees|folks|ones|day laborers)\b",
        # "wants to ask her where she came in and when": how and when someone entered the country
        r"\b(?:where|when|how) (?:s?he|they) (?:came in|crossed(?: over)?|entered|got (?:in|here|into the country))\b",
        # "said, 'ERO is interested in these guys once they're out'": the removal arm's interest is the aim
        r"\b(?:ero|deportation officers?|removal officers?) (?:is |are |'s |'re )?(?:interested in|wants?|looking for|after) (?:him|her|them|these|those|the)\b",
        # "for administrative arrest", "ERO has him on their target list"
        r"\badmin(?:istrative)? arrests?\b|\b(?:ero|ice|deportation)(?:'s)?\b.{0,25}\btarget lists?\b",
    ]
)
CIVIL_WEAK = compile_all(
    [
        r"\bcriminal aliens?\b|\bremovab(?:le|ility)\b",
        r"\bcheck(?:ing)? (?:(?:his|her|their|the) )?papers\b|\bscreen(?:ing)? (?:[\w']+ ){0,4}for (?:visa|immigration|legal) status\b",
        r"\bundocumented\b",
        r"\bhere illegally\b",
        r"\bcrossed (?:the border )?illegally\b|\bentered illegally\b|\bsnuck (?:in|across|over)\b",
        r"\billegal(?:ly)? (?:here|in the country|alien|immigrant)\b",
        r"\bno papers\b|\b(?:without|w/o|w/out|with no) (?:papers|work papers|work authorization|status|documents)\b",
        r"\b(?:doing|running|conducting|do|run) (?:a|an|their) (?:[\w']+ )?(?:sweep|raid|roundup)\b",
        r"\b(?:process|processing|book|booking|hold|holding|intake|interview|interviews|screen|screening)\b (?:[\w']+ ){0,3}(?:people|persons|folks|detainees|them|guys) (?:they|ice|ero|cbp|the agents) (?:pick|picked|grab|grabbed|arrest|arrested|detain|detained|round up|rounded up)\b",
        r"\b(?:doing|making|conducting|on) (?:a|an|their) (?:pick-? ?up|grab|removal)\b|\bjust immigration\b|\bimmigration only\b|\bonly immigration\b",
        r"\bnot legal\b",
        r"\b(?:expired|overstayed?|overstaying) (?:(?:his|her|their|a|the) )?(?:visas?|status)\b|\bvisa overstays?\b|\bimmigration papers\b",
        r"\b(?:about|re|regarding) (?:his|her|their) (?:visa|immigration case|removal case|deportation case)\b",
        # the agency grabbing someone; "do we grab him" is the officers' own arrest of an assailant
        r"(?<!we )(?<!i )(?<!you )(?<!us )\b(?:grab|grabbing|grabbed) (?:him|her|them|someone|somebody|a guy|a man|a woman|people|their target)\b",
        r"\b(?:to )?encounter (?:him|her|them|the (?:subject|defendant|individual))\b",
        r"\b(?:pick|picking|scoop) (?:him|her|them|people|folks) up\b",
        r"\bcollateral (?:arrests?|targets?)\b",
        r"\btheir (?:enforcement|removal|fugitive|deportation) (?:teams?|ops?|operations?|officers?|agents?)\b",
        # a DHS desk "to write their paper between pickups" or "on the grab": its own arrests
        r"\b(?:between|after|before|from|on) (?:their |the |its )?(?:pick-? ?ups|grabs?)\b",
        r"\b(?:ice|ero|immigration|cbp|border patrol) (?:op|ops|operation|operations|raid|raids|sweep|sweeps|pickup|pickups|arrests?|enforcement)\b",
        # "a processing table in our garage for people they pick up in the area"
        r"\bfor (?:the )?(?:people|folks|guys|persons|those|anyone|everyone) (?:they|ice|ero|cbp|the agents) (?:pick|picked|grab|grabbed|arrest|arrested|detain|detained|round|rounded|bring|brought) (?:up|in)?",
        r"\bprocessing center\b|\b26 fed(?:eral)? plaza\b|\bvarick\b|\bdelaney hall\b|\bdetention (?:center|facility)\b",
        r"\btheir detainees?\b|\bremoval ops?\b",
        # "ICE was arresting a guy on grand st", "the guy ICE arrested"
        r"\b(?:ice|ero|immigration|border patrol|cbp)(?: agents?| officers?| guys)? (?:was|were|is|are|had been) (?:arresting|detaining|picking up|grabbing|taking)\b",
        r"\b(?:ice|ero|immigration) (?:just )?(?:arrested|detained|picked up|grabbed)\b|\bthe (?:guy|man|woman|person) (?:ice|ero) (?:arrested|detained|picked up|grabbed)\b",
        # questions about how someone came to be here: "asked where he was born and when he came in"
        r"\b(?:where|what country) (?:he|she|they|he's|she's) (?:was |were |is |are )?(?:born|from originally)\b",
        r"\bwhen (?:he|she|they) (?:first )?(?:came in|came over|came here|came to the (?:us|country|states)|entered|crossed)\b",
        r"\bhow (?:he|she|they) (?:came|got|entered) (?:in|here|into the country|over|the country|the us|the states)\b",
        r"\billegals\b",
        r"\btps (?:expired|lapsed|ended|terminated|ran out)\b|\b(?:expired|lapsed) tps\b|\bwhose tps\b",
    ]
)
IMMIGRATION_CRIME = compile_all(
    [
        r"\b(?:8 ?usc ?|8 u\.s\.c\.? ?|§ ?|section )?13(?:25|26|24)\b",
        r"\b(?:for|charge of|charged with|case for|warrant for|indicted for|prosecution for|complaint for|case on|charges? (?:of|for)) (?:illegal |unlawful )?re[- ]?entry\b",
        r"\bthirteen twenty[- ](?:five|six)\b",
        r"\b(?:illegal |unlawful )?re-?entry (?:charges?|case|warrant|prosecution|indictment|offen[cs]e|complaint)\b",
        r"\b(?:illegal|unlawful) entry (?:charges?|case|warrant|prosecution|indictment|offen[cs]e)\b",
        r"\b(?:for|charge of|charged with|case for|warrant for|indicted for|prosecution for|complaint for) (?:illegal|unlawful) entry\b",
        r"\b(?:charged|charging|charge|indicted|indicting|prosecuted|prosecuting|wanted) (?:[\w']+ ){0,3}(?:for|with) (?:illegal|unlawful) (?:re-?entry|entry)\b",
        r"\bre-?entry (?:of|by) (?:an? )?(?:removed|deported|previously (?:removed|deported)) (?:alien|person|immigrant)\b|\bre-?entry after (?:removal|deportation)\b",
        r"\b(?:alien|human|migrant|people) smuggling\b|\bsmuggling (?:migrants|people|aliens|immigrants|undocumented)\b",
        r"\bharbou?ring (?:aliens|illegal|undocumented)\b|\bcoyote\b",
        # the table counts smuggling as an immigration crime unless it is of goods
        "".join(
            f"(?<!{goods}{gap})"
            for goods in (
                "drug",
                "gun",
                "weapons",
                "weapon",
                "cigarette",
                "contraband",
                "narcotics",
                "cash",
                "cocaine",
                "coke",
                "heroin",
                "fentanyl",
                "goods",
                "currency",
                "wildlife",
                "firearms",
                "firearm",
                "arms",
            )
            for gap in (" ", "-")
        )
        + r"\bsmuggling\b(?! (?:of )?(?:drugs|guns|weapons|narcotics|fentanyl|cocaine|heroin|cigarettes|contraband|cash|goods))",
        r"\bsmuggl\w*\b(?=.{0,60}\b(?:people|ppl|persons|migrants|aliens|immigrants|undocumented|over the border|across the border)\b)",
        r"\b(?:brought|bringing|moved|moving|transporting|sneaking|snuck)\b.{0,25}\b(?:people|ppl|migrants|aliens|immigrants)\b.{0,25}\b(?:over|across) the border\b",
    ]
)
CRIME_TERMS = compile_all(
    # "a child-exploitation case", "the sex-trafficking ring": a hyphen joins the words as a space does
    rf"\b(?:{re.sub(r'(?<=[a-z)]) (?=[a-z(])', '[ -]', term)})\b"
    for term in [
        r"traffick(?:ing|ers?)",
        r"fail(?:ed|ure|ing)? to register(?: as a sex offender)?|sex offender registration|sorna",
        # "a federal prisoner got away during a transport ... the escape warrant"
        r"escape (?:warrant|charges?|case)|escapee|escaped (?:federal )?(?:prisoner|inmate|convict)|escape from (?:federal )?custody",
        r"narcotics?",
        r"drugs?",
        r"fentanyl|fent|narco|narcos|dope|oxy(?:codone|contin)?|molly|mdma|ecstasy|ketamine|pcp|k2",
        r"heroin",
        r"cocaine|coke|crack",
        r"meth(?:amphetamine)?",
        r"opioids?|pills",
        r"forced labou?r|labou?r trafficking",
        r"torch(?:ed|ing)|set (?:it |the \w+ )?on fire|firebomb\w*|molotov",
        r"importation|importing (?:drugs|narcotics|cocaine|heroin|fentanyl)",
        r"weapons?",
        r"firearms?",
        r"guns?|gun running|ghost guns?",
        r"gangs?",
        r"ms-?13|trinitarios|bloods|crips|latin kings|tren de aragua|cartels?",
        r"shootings?",
        r"homicides?",
        r"murders?",
        r"robbery|robberies",
        r"hobbs act",
        r"terrorism|counter-?terrorism|counter-?terror|terror(?:ist)?(?: case| plot| investigation| financing| cell| threat| links| ties| suspects?)?",
        r"bomb(?:ing)?s?|explosives?",
        r"frauds?|scam|skimm(?:ing|ers?)|identity theft",
        r"identity theft|id theft",
        r"fake (?:passports?|ids?|documents?|green cards?|papers)",
        r"(?:licen[cs]es?|ids?|documents?|passports?|green cards?) (?:[\w']+ ){0,3}fake",
        r"forged|forgery|forging|counterfeit(?:ing)?",
        r"stolen identit(?:y|ies)|identity theft|id theft",
        r"(?:fake|phony|bogus|fraudulent) (?:green cards?|ids?|i\.d\.s?|documents|papers|passports?|licen[cs]es?|social security cards?|visas?)",
        # "3 green cards on him all w different names": documents in several names are a fraud
        r"(?:\d+|two|three|four|five|several|multiple|a bunch of) (?:[\w']+ )?(?:green cards|ids|i\.d\.s|licenses|passports|social security cards|ss cards|credit cards)\b.{0,40}\bdiff(?:erent|\.)? names",
        # "perp had 3 diff IDs": several identities are a fraud
        r"(?:\d+|two|three|four|five|several|multiple) diff(?:erent|\.)? (?:ids|i\.d\.s|licenses|passports|names|identities|social security numbers|ssns)",
        r"child (?:exploitation|porn|pornography|abuse|sex)",
        r"csam|sextortion",
        r"money laundering|laundering",
        r"kidnapp?ing",
        r"extortion",
        r"carjackings?",
        r"sex trafficking|labor trafficking",
        r"bank robbery",
        r"cyber ?crimes?|hacking|ransomware|(?:computer|network) intrusions?|computer fraud",
        r"straw[- ]?purchas\w*|counter-?narcotics|counter-?terror(?:ism)?|(?:bomb|terror|terroristic) threats?|threats? case|"
        r"transnational criminal organi[sz]ations?|\btcos?\b|(?:child )?luring|enticement|"
        r"drug (?:drops?|deals?|sales?|runs?|shipments?|deliver(?:y|ies))",
        r"(?:drug|gun|weapons?|cigarette|contraband|narcotics|cash|currency|cocaine|coke|heroin|fentanyl|goods|wildlife) smuggling|smuggling (?:drugs|guns|weapons|narcotics|fentanyl|cocaine|cigarettes|contraband)",
        r"racketeering|rico|organized crime|conspiracy",
        r"assaults?|assaulting",
        r"burglar(?:y|ies)",
        r"stabbings?",
        r"arson",
        r"rapes?|sexual assault",
        r"stolen (?:cars|vehicles|goods|property)|chop shop|cargo theft",
        r"tax evasion|financial crimes?|white collar|securities fraud|embezzlement|bribery|corruption|insurance fraud|tax fraud",
        r"sorna|failure to register|sex offender registration",
        r"threats?",
        r"art theft|theft ring|larceny ring",
        r"dealing|distribution|dealers?",
        r"stash (?:house|apt|apartment|spot|location|pad|car|vehicle|van)|trap house|drug spot|drug den|gun shop|gun store|ghost gun shop",
        # ("the lab courier was late": a courier is a crime only as someone's drug or cash courier)
        r"robb\.?|(?:drug |gun )?(?:suppliers?|traffickers?|plugs?)|(?:drug|gun|cash|money|cocaine|heroin|fentanyl|narcotics|their|his|her|cartel|low[- ]level|street) couriers?",
        r"pill mill|pill press|theft|retail theft|organized retail|larceny|shoplifting ring|money laundering|laundering",
        r"felon in possession|(?:gun|weapons?|firearms?) possession|possession of a (?:firearm|weapon|gun)",
        r"child porn|material support|isis|al[- ]qaeda|bomb threat",
        r"hate crimes?|bias (?:crime|attack|incident)|vandalism|threatening",
        r"fake (?:[\w']+ ){0,2}(?:passports?|ids?|documents?|docs|cards?|papers|licen[cs]es?|ssns?|visas?|permits?|birth certificates?|authorizations?)",
        r"violent (?:crimes?|fugitives?|offenders?|felons?)",
        r"benefits fraud|wire fraud|bank fraud|healthcare fraud|visa fraud|marriage fraud|document fraud|doc fraud|"
        r"counterfeit goods|counterfeiting|knockoffs?|knock-offs?|trademark|fake designer",
        r"stolen (?:cars?|vehicles?|goods|property)|car theft|auto theft|(?:car|vehicle) export|abduct\w*",
        r"straw (?:buyers?|purchas\w*)|gun (?:trafficking|runners?)",
        # a federal code section other than Title 8's: "18 USC 922(g)", "21 U.S.C. 841"
        r"(?:18|21|26|31) ?u\.? ?s\.? ?c\.?",
        # escape, absconding and supervision violations are federal crimes the Marshals pursue
        r"escapee|escaped (?:from )?(?:federal )?(?:custody|prison|a halfway house)|abscond\w*|"
        r"(?:supervised[- ]release|federal probation|parole) violat\w*",
        # "using someone else's SSN and ID to get a job": an identity fraud
        r"(?:using|used|uses|use) (?:someone|somebody|another person|a dead (?:guy|man|woman|person))(?: else)?'?s? "
        r"(?:ssn|social(?: security)?(?: number| card)?|ids?|identity|name|papers|documents|licen[cs]e)",
    ]
)
INVESTIGATION_CONTEXT = compile_all(
    [
        r"\binvestigat(?:e|es|ed|ing|ion|ions|ors?)\b",
        # "a truck they think is moving counterfeit goods": what the agency suspects the target of
        r"\b(?:is|are|was|were|been) (?:bringing|moving|smuggling|importing|shipping|running|distributing|dealing|pushing)\b",
        r"\bcases?\b",
        r"\bprobes?\b",
        r"\bcharges?\b",
        r"\bcharged\b|\bcharging\b",
        r"\bindict(?:ed|ment)\b",
        r"\bprosecut",
        r"\bwire\b",
        r"\bcriminal\b",
        r"\brings?\b",
        r"\bsuspects?\b",
        r"\bwarrant\b",
        r"\btask ?force\b",
        r"\bdistribution\b",
        r"\bop(?:eration)?s?\b",
        r"\bconspiracy\b",
        r"\bwanted\b",
        r"\bcrew\b",
        r"\borgani[sz]ation\b",
        r"\bnetwork\b|\blinks\b|\bties\b|\bconnections?\b|\bmill\b|\bspot\b",
        r"\babout (?:possible|potential|suspected|alleged)\b",
        r"\bsting\b|\binterdiction\b|\bcontrolled (?:deliver(?:y|ies)|buys?)\b|\bbuy[- ]and[- ]bust\b",
        r"\b(?:supplier|source|connect|dealer|buyer|customers?|crew|stash)\b",
        r"\babout (?:his|her|their|the|a)\b",
        r"\bwork(?:ing)? (?:the|a|an|this|that)\b",
        r"\bperps?\b|\bcollar\b",
        r"\btargets?\b",
        r"\bfor (?:a|an|the|their|his|her|this)\b",
        r"\bre:|\bregarding\b|\brelated to\b|\bin connection with\b|\btied to\b|\binvolving\b|\bconnected to\b",
        r"\b(?:framed|billed|described|pitched|presented|sold to us) as\b",
    ]
)
CRIMINAL_EXPLICIT = re.compile(
    r"\b(?:criminal (?:cases?|investigations?|matters?|probes?|charges?|complaint|prosecution|conspiracy)|"
    r"(?:federal|fed) (?:criminal )?(?:charges?|case|indictment|prosecutors?|prosecution|investigation|crimes?)|"
    r"criminal (?:investigators?|investigative|work|purposes?|reasons?|squad|division|unit)|"
    r"charg(?:e|ing) (?:him|her|them) (?:w/?|with)|(?:gun|firearms?|weapons?) trace|"
    r"trace (?:it|the (?:gun|weapon|firearm|pistol|rifle))|etrace|"
    r"(?:us|u\.s\.|assistant us) attorney|ausa|grand jury|indicted|indictment|(?:joint )?wire(?:tap)?|title iii|"
    r"undercover buys?|buy[- ]and[- ]bust|buy[- ]?bust(?:s| ops?| operations?)?|controlled buys?|buy reports?|"
    r"joint (?:case|investigation|narcotics|gun|gang|homicide|fraud)|"
    # "for counter narcotics work", "for their narcotics work": the agency's criminal line of work
    r"(?:for|their|its|his|her) (?:counter[- ]?)?(?:narcotics|drug|gang|gun|firearms|fraud|terrorism|counter[- ]?terrorism) (?:work|investigations?|cases?|enforcement|operations?)|"
    r"(?:all|strictly|purely|only|100%) criminal|criminal only|"
    # a federal sentence's terms broken: a criminal court's warrant
    r"supervised release|(?:federal )?probation violation|violat(?:ion|ing|ed) (?:of )?(?:his |her |their )?(?:federal )?probation|"
    # "(es criminal, dijeron)", "it's criminal they said": the case called criminal in so many words
    # ("hsi is criminal, its fine" says what the agency does in general, not what this case is)
    r"(?<!\bhsi )(?<!\bfbi )(?<!\bdea )(?<!\batf )(?<!\bice )(?<!\bero )(?<!\bcbp )(?<!\bdhs )(?<!\bthey )"
    r"(?:it's|its|it is|is|it was|was|this is|that's|thats|case is) criminal(?=\s*(?:$|[),;.!?]|they said|he said|she said|per them))"
    r")\b"
)
CRIMINAL_DENIED = re.compile(
    r"\b(?:no|not|without|isn't|aren't|there's no|no pending|not any|nothing) (?:[\w']+ ){0,2}"
    r"(?:federal |criminal )?(?:charges?|crimes?|criminal (?:case|investigation|charges?|matter)|case against|investigation|indictment)\b|"
    r"\bnothing criminal\b|\bnot (?:a |for a |for any |part of a |part of any )?criminal\b|\bnot (?:for|about) (?:a |any )?(?:crime|case)\b"
)
# The NYPD's own arrest or case: its charge is not the federal agency's purpose.
NYPD_OWN_CASE = re.compile(
    r"\b(?:arrested|collared|locked up|booked|picked up|brought in|pinched|busted|grabbed|nabbed|caught|charged|"
    r"in (?:custody|cells|the cells|our cells|on)|held|holding (?:him|her)|we have (?:him|her)|(?:we|i) (?:got|have|had)(?: (?:him|her|them))?|"
    r"(?:he|she)(?:'s| is| was) in|(?:he|she) got)\b\s*(?:[\w']+ ){0,3}(?:for|on) (?:a |an |the |his |her |some )?(?:[\w']+ ){0,2}$|"
    r"\b(?:our|my|the|a|nypd|state|local|da'?s?) (?:[\w']+ )?(?:collar|arrest|case|perp|charges?|arraignment)\s*(?:for|on|of)?\s*(?:a |an |the )?(?:[\w']+ ){0,1}$|"
    r"\b(?:da|district attorney|d\.a\.)\b.{0,40}$|"
    # "our interview of a robbery suspect": the suspect of our own case
    r"\b(?:our|my) (?:interview|interrogation|questioning|debrief) (?:of|with) (?:a |an |the |our )?$"
)

# ---------------------------------------------------------------------------- topic
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
        r"\bi-?(?:200|205|247a?)s?\b",
        r"\b287",
        r"\bcustody\b",
        r"\bprisoner\b",
        r"\btask ?force\b",
        r"\bhere legally\b",
        r"\bsanctuary\b",
        r"\bagents?\b",
        r"\btsdb\b",
    ]
)
