"""Strong ask cues about custody: holds, hand-overs, release times, court dates."""

from __future__ import annotations

from bot.facts.lexicon.blocks import AGENTS, CUSTODY_PLACE, LEAVE, NOT_OUR_OWN, PERSON, SHARE_VERB, TO_BE_TOLD
from bot.facts.model import Ask

__all__ = ["CUSTODY_ASKS"]

# "asked us to keep them posted on the case": keeping someone informed, not keeping a person in custody
_NOT_INFORMED = (
    r"(?! (?:posted|updated|informed|in the loop|looped in|apprised|advised|up to date|abreast|in touch|aware)\b)"
)

CUSTODY_ASKS: dict[Ask, list[str]] = {
    Ask.HOLD: [
        # "asking us to keep everybody we pull out at the scene so they can check their papers": people held for them
        r"\bkeep (?:everybody|everyone|all of them|the (?:people|workers|men|women|occupants|passengers|survivors|victims|residents))"
        r"(?: (?:we|you|they) (?:pull|get|bring|carry|rescue|dig)\w* out)? (?:here |there )?(?:at|on) (?:the )?(?:scene|site|spot|location)\b",
        # "asked us to keep the guard on him overnight until their deputies take over": our custody, kept for them
        r"\bkeep (?:the |a |our )?guard on (?:him|her|them)\b|\bguard (?:him|her|them) (?:overnight|until|till)\b",
        # an agency's letter: "requests that your agency maintain custody of the above subject
        # pending transfer to ICE", "Subject: Request to maintain custody"
        r"\bmaintain (?:custody|detention)\b|\bcontinue to (?:detain|hold) (?:the |said )?(?:above |above-named |aforementioned )?(?:subject|individual|person|him|her)\b",
        # "agent says hold anyway, it's federal law": the hold pressed after it was questioned
        r"\b(?:says?|said|saying|keeps? saying|insists?|insisting|told (?:us|me)) (?:to |we should |we have to |we gotta )?"
        r"(?:hold|keep|detain)(?: (?:him|her|them))? (?:anyway|regardless|anyhow)\b",
        # "my PO held the driver till the marshals came" (a step already taken, asked about)
        r"\bheld (?:the |our |a |that |this )?(?:driver|guy|man|woman|prisoner|perp|subject|kid|him|her|them) (?:for|until|till|til|pending) "
        r"(?:the )?(?:marshals|feds|ice|ero|hsi|fbi|dea|atf|usms|cbp|agents?|them)\b",
        # after the fact or still going on: "the desk held him about 40 minutes until the deputies arrived",
        # "we held him two hours past his release for HSI, do we keep holding?"
        r"\b(?:held|kept) (?:him|her|them|the (?:[\w']+ )?(?:guy|prisoner|perp|man|woman)) (?:about |around |for |nearly |almost |like )?"
        r"(?:an?|\d+|one|two|three|four|five|six|a few|a couple(?: of)?) (?:more |extra )?(?:hours?|hrs?|mins?|minutes)\b"
        r"(?=.{0,40}\b(?:for|until|till|til|past|after|so) )",
        r"\bkeep(?:ing)? (?:on )?holding\b|\b(?:continue|keep) to hold\b",
        # "asked us to just keep Saavedra overnight at the 90"
        r"\bkeep (?!(?:it|that|this|watch|an eye|quiet|busy|going|trying|calling|safe|warm|him safe|her safe)\b)(?:him|her|them|[a-z]+) "
        r"(?:overnight|over the weekend|another (?:night|day)|(?:until|till|til) (?:morning|tomorrow|monday|the morning))\b",
        # "immigration violator hit only, hold or cut loose?": whether to hold is the question
        r"\b(?:hold|keep|detain) (?:him |her |them |the (?:guy|prisoner|perp) )?or (?:cut (?:him |her |them )?loose|release|let (?:him |her |them )?go|kick (?:him |her |them )?(?:loose|out)|dat)\b",
        r"\bhold (?:him|her|them|the (?:[\w']+ )?(?:guy|prisoner|perp|driver|man|woman)) for (?:fbi|dea|atf|usms|the marshals|marshals|ice|ero|hsi|cbp|the feds|federal) pick[- ]?up\b|\bhold for (?:fbi|dea|atf|usms|the marshals|marshals|ice|ero|hsi|cbp|the feds|federal) pick[- ]?up\b",
        r"\bkeep (?:him|her|them|the (?:[\w']+ )?(?:guy|prisoner|perp|man|woman|kid)) (?:an? |\d+ |a few |a couple(?: of)? )?(?:more|extra) (?:hours?|hrs?|mins?|minutes|days?)\b",
        # "hold its three passengers at our base until ERO comes": the people named by number, then who comes
        r"\bhold (?:the|its|their|his|her|these|those|all) (?:\d+ |two |three |four |five |six )?(?:[\w']+ )?(?:passengers|people|guys|men|"
        r"women|occupants|workers|riders|crew|detainees|prisoners|suspects)\b(?=.{0,50}\b(?:until|till|til) (?:ero|ice|cbp|hsi|the feds|"
        r"immigration|the agents|they)\b)",
        # "ICE ask us also keep the man THEY arrest (for immigration) in our precinct cell until their van come"
        r"\bkeep (?:him|her|them|the (?:[\w']+ )?(?:man|guy|woman|lady|person|kid|prisoner|detainee|arrestee))\b"
        r"[^.?!]{0,50}?\b(?:in|at) (?:our |the )?(?:[\w']+ )?(?:cells?|holding(?: cells?| pens?)?|pens|lock-?up)\b"
        r".{0,25}\b(?:till|until|til) (?:their|the|they|ice|ero|hsi|cbp)\b",
        # "they want us to keep Hernandez at the 44 till they come at 2200"
        r"\bkeep (?:him|her|them|[a-z]+) (?:at|in) (?:the )?(?:\d+|pct|precinct|cells|house|station|holding)\b.{0,20}\b(?:till|until|til) (?:they|ice|ero|hsi|cbp|the agents|the feds) (?:come|get|arrive|show)\b",
        # "can he sit in our cells for an hour until the deputies get here": our prisoner waits for them
        r"\b(?:he|she|they|him|her|them) (?:can |could |to )?(?:sit|wait|stay) in (?:our|the) (?:cells?|holding(?: cells?| pens?)?|pens?|cell ?block)\b"
        r".{0,30}\b(?:till|until|til) (?:they|the (?:deputies|marshals|agents|feds)|deputies|marshals|ice|ero|hsi|cbp|fbi|dea|atf|usms) (?:come|get|arrive|show|pick)",
        # "hold their arrestees in our cells" is the agency using our cells (premises), not a hold of ours
        rf"\bhold(?:ing)? (?:on ?to |onto )?(?!their (?:[\w']+ )?(?:arrestees|detainees|prisoners|people)\b.{{0,40}}\b(?:cells?|cell ?block|holding|pens)\b){PERSON}(?! (?:accountable|responsible))",
        r"\bhold\b(?! (?:on|up|off|(?:the|a) (?:crime scene|door|line|scene|perimeter|phone))|(?: [\w']+){0,3} (?:st|street|ave|avenue|block|road|intersection) (?:closed|shut|blocked))\s*(?:[\w']+ ){0,4}(?:past|beyond|after|until|till|til|overnight|longer|extra|over the weekend|for (?:ice|them|the feds|hsi|cbp|ero|(?:the )?(?:fbi|dea|atf|usms|marshals)|transfer|pick ?up|(?:their|the|a) pick ?up|48|an? (?:few|couple|extra)|another|\d+))\b",
        rf"\b(?:want|wants|asking|asked|ask)\b (?:us |me )?to keep {PERSON}\b{_NOT_INFORMED}",
        rf"\bkeep(?:ing)? {PERSON}{_NOT_INFORMED} (?:[\w']+ ){{0,8}}(?:past|beyond|after|until|till|til|overnight|longer|extra|over the weekend|for (?:ice|them|the feds|hsi|cbp|ero|transfer|pick ?up|48|an? (?:few|couple|extra)|another|\d+)|locked up|in (?:custody|the cells|cells|holding|jail)|here)",
        r"\bhonou?r(?:ing|ed)? (?:the |this |a |their |an |that |his |her |ice'?s? )?(?:[\w']+ )?(?:detainer|hold|warrant|request|i-?247a?)",
        r"\b(?:honou?r|comply with)(?:ing|ed)? (?:it|that|this one|them)\b",
        rf"\b(?:us|we|you|nypd|officers?|cops?|to) (?:to )?detain(?:ing)? {PERSON}",
        r"\b(?:do|should|can|must|could|may) (?:we|i) (?:keep|hold|detain) (?:him|her|them|the guy|the prisoner|our prisoner)\b(?! (?:cuffed|in cuffs|calm|safe|comfortable|apart|separated))",
        r"\bhold (?:the )?(?:subject|defendant|arrestee|prisoner|individual) (?:pending|until|till|for)\b",
        # "they want a hold", "asking for a 48 hr hold"
        r"\b(?:want|wants|wanted|asking for|asked for|ask for|asks for|requesting|requested|need|needs)\b (?:us to (?:put|place|do) )?(?:a|an|the) (?:[\w-]+ )?hold\b(?! (?:on (?:the )?(?:line|phone)|music|button))",
        # "48 hours" is a hold when it is time added to custody, not "open 24 hrs"
        r"\b(?:for|extra|another|additional|up to|upto|an extra|(?<!on )hold) (?:48|forty[- ]eight|72|24) ?(?:hours?|hrs?)\b|\b(?:48|forty[- ]eight|72|24)[- ]?(?:hours?|hrs?) (?:hold|detention|window|exception|rule|thing|max|more|longer|past|after|beyond)\b",
        rf"\blodge {PERSON} (?:[\w']+ ){{0,4}}(?:overnight|for|until|till)\b|\bice hold\b|\bimmigration hold\b|"
        # "FBI hold on him", "the Hobbs Act hold": the hold that agency (or case) asks for
        r"\b(?:federal|fed|feds|fbi|dea|atf|usms|marshals|hsi|cbp|ero|dhs|hobbs act) hold\b|\bput a hold\b|\bplace a hold\b|\blodge(?:d|s)? (?:a |an )?(?:detainer|hold)\b|\bhold (?:request|order|form|notice)s?\b",
        # "got a 'hold' from immigration on the perp"
        r"\b(?:got|have|has|received|sent|faxed|lodged|put)\b (?:a |an |their )?['\"]?hold(?: papers?| paperwork| request| form)?['\"]? (?:from|on|for)\b",
        # "ERO faxed an I-247A on our prisoner": a detainer sent is the hold it asks for
        r"\b(?:sent|faxed|emailed|lodged|served|dropped|filed|issued|placed|put)\b (?:us |over )?(?:a |an |their )?(?:i-?247a?|detainer) "
        r"(?:on|for|against) (?:our|the|this|that|him|her)\b",
        rf"\b(?:don't|do not|not|never) (?:release|let go of|cut loose|let (?:him|her|them) (?:go|walk|out|leave)|discharge) (?:{PERSON} )?(?:[\w']+ ){{0,2}}(?:until|till|before|unless)",
        r"\b(?:delay|hold up|push back|stall) (?:his|her|their|the) (?:release|discharge)",
        # "make sure a guy in our cells doesn't walk before they get here": the hold by its outcome
        rf"\bmake sure {PERSON} (?:[\w']+ ){{0,4}}(?:doesn't|does not|doesnt|don't|dont|won't|wont|isn't|is not) "
        r"(?:walk|leave|get released|get out|go anywhere|walk out|released|cut loose|let go)\b",
        # the hold by another name: "just 'slow-walk' the release paperwork a few hours"
        r"\b(?:slow[- ]?walk|drag (?:our|my) feet on|sit on|drag out|hold off on|take (?:our|my) (?:sweet )?time (?:on|with))['\"]? "
        r"(?:his |her |their |the )?(?:release|discharge)\b",
        # "sit on a subject with them tomorrow" is surveillance beside the agents, not holding someone
        rf"\bsit on {PERSON}\b(?!'s\b)(?! (?:with|w|alongside) (?:them|him|her|the agents?|the case agent|the feds|their team)\b)",
        r"\bhold on (?:a |an |the |their |his |her )?(?:(?!sec\b|second\b|minute\b|moment\b|min\b)[\w'-]+ ){0,3}(?:warrant|detainer|indictment)\b",
        # "feds want him sitting here till their guys arrive", "wants him kept in the cells overnight"
        rf"\b(?:want|wants|wanted|need|needs|have|keep|like|prefer|prefers|asked that|asking that)\b (?:{PERSON}|him|her|them) (?:be )?(?:kept|sitting|staying|waiting|held|to stay|to sit|to wait) (?:[\w']+ ){{0,3}}(?:here|there|in|until|till|til|overnight|past|longer|for)\b"
        # ("wants one of our detectives to sit in on an interview": taking part, not holding anyone)
        r"(?<!\bsit in)(?! on\b)",
        rf"\b(?:don't|do not|not) (?:process|cut|let) (?:{PERSON} |him |her |them )?(?:out|loose|go)\b (?:yet|until|till|before)\b",
        rf"\bhang(?:ing)? on ?to {PERSON}\b|\bkeep hold of {PERSON}\b",
        r"\bextra (?:few |couple (?:of )?)?(?:hours?|day|days|night)\b",
        # (not "asked us not to release a prisoner's property to his family": his belongings kept back)
        r"\bnot (?:to )?(?:release|cut loose)\b(?! (?:an? |the |his |her |their )?(?:[\w'-]+ )?(?:property|belongings|effects|phone|car|vehicle|cash|money|keys|id)\b)",
        r"\bhold\s*(?:ok|okay|him|her|them)?\s*\?|\bcan (?:we|i) hold\b|\b(?:ok|okay) to hold\b|\bhold or (?:no|not)\b|\bkeep (?:him|her|them) or (?:no|not)\b",
        # ("who gets held over", "I got held over on a 4x12": overtime, not custody)
        # ("the people in the truck were being held for ransom": their captors' doing, not a hold asked)
        rf"\b{PERSON} held\b|(?<!gets )(?<!get )(?<!got )(?<!getting )(?<!i )(?<!we )(?<!i was )(?<!we were )\bheld (?:for(?! ransom\b)|until|till|til|past|over|overnight|longer)\b(?<!\bheld over)|\bheld over (?:for|until|till|past|on (?:a|the) (?:warrant|detainer|hold))\b|\bto be held\b",
    ],
    Ask.TRANSFER_CUSTODY: [
        # "walk a defendant out through the side door after his case is called so they can arrest him"
        r"\bwalk (?:a|the|our|this|that) (?:[\w-]+ )?(?:defendant|prisoner|perp|collar|arrestee|detainee|guy) out\b"
        r"(?=[^.;!?]{0,120}\bso (?:that )?(?:they|the agents?|the feds|ice|ero|hsi|fbi|dea|atf|usms|the marshals) can\b)",
        # "asks us to walk him over to their car instead of releasing him": our prisoner handed to them
        r"\b(?:walk|bring|take|escort|deliver|put)\w* (?:him|her|them|(?:our|the) (?:prisoner|perp|collar|arrestee))(?: over| out)? "
        r"(?:to|into) (?:their|the agents'?|the feds'?|hsi's|ice's|ero's|cbp's|the federal) (?:car|van|vehicle|suv|truck)s?\b"
        r"(?=.{0,40}\binstead of (?:releasing|cutting|letting)\b)",
        # desk shorthand "TOT" (turn over to): "TOT perp from CB to them?", "TOT to FBI?", "→ TOT?"
        r"\btot\b(?=\s+(?:(?:the |our |this |that |my )?(?:perp|prisoner|him|her|them|guy|arrestee|collar|defendant)\b|to\b)|\s*\?)",
        # "wants us to hand over a guy whose gun case the DA dropped"
        r"\b(?:hand|turn|give)(?:ing|ed|s)? over (?:a|the|our|this|that|my) (?:[\w-]+ )?(?:guy|man|woman|prisoner|perp|collar|kid|person|suspect|defendant|arrestee|detainee)\b",
        rf"\bto take {PERSON} (?:now|right now|today|tonight|with them|from us|from here)\b",
        r"\bwants? (?:him|her|them) (?:handed|turned|given) over\b|\bwants? (?:him|her|them) for (?:a |the |their )?pick-?up\b",
        # "can we give him over", "give her over to the feds"
        r"\bgiv(?:e|es|ing|en) (?:him|her|them) (?:over|up)\b",
        # a handover note: "FBI pickup of Doe at 1000"
        r"\b(?:fbi|dea|atf|usms|marshals|hsi|ice|ero|cbp|federal) pick[- ]?ups? of (?!(?:the |our |a )?(?:evidence|property|items?|phones?|documents?|records?|reports?|footage|video)\b)",
        # "USMS wants to pick up our prisoner on a judge-signed warrant"
        r"\b(?:wants?|wanted|needs?|coming|here|asking|asked) to pick up (?:our|the|this|that|a) (?:[\w-]+ )?(?:prisoner|perp|collar|arrestee|detainee|defendant)\b",
        # "DEA ask us to give them the guy now": the person, not something about him ("the guy's phone")
        r"\bgiv(?:e|es|ing|en) (?:them|the feds|the agents?|ice|ero|hsi|fbi|dea|atf|usms|cbp|the marshals) (?:the|our|this|that|my) "
        r"(?:[\w-]+ )?(?:guy|man|woman|prisoner|perp|collar|kid|person|suspect|defendant|arrestee|detainee)\b(?!'s)",
        r"\b(?:they|the marshals|marshals|the agents|ice|ero|fbi|dea|atf|usms|hsi|cbp) (?:just |can |could )?take (?:him|her|them) (?:from here|from us|right now|now|with them|away)\b",
        # "FBI is taking our prisoner on a magistrate-signed warrant at 1500"
        r"\b(?:they|the marshals|marshals|the agents|ice|ero|fbi|dea|atf|usms|hsi|cbp) (?:is|are|'s|'re|will be|wants? to be) "
        r"(?:taking|picking up|collecting) (?:our|the|this|that|my) (?:[\w-]+ )?(?:prisoner|perp|collar|arrestee|defendant|detainee|guy)\b(?!'s)",
        # "so HSI can take him on their warrant": the point of the request is the hand-over
        r"\bso (?:that )?(?:they|the marshals|marshals|the agents|the feds|ice|ero|fbi|dea|atf|usms|hsi|cbp) (?:can|could|may|will be able to) (?:take|grab|collect|pick up|arrest) (?:him|her|them)\b",
        rf"\bto (?:take|pick up|grab|collect) {PERSON} (?:(?:who|that) )?(?:we|i|you) (?:just )?(?:arrested|collared|locked up|picked up|booked|grabbed|have)\b",
        # "ICE asks us to bring him to their office instead": our prisoner delivered into their custody
        r"\b(?:bring|take|drive|drop)(?:ing|s)? (?:him|her|them) (?:over |down |up )?(?:to|at|off at) (?:their|ice'?s|ero'?s|hsi'?s|the ice|the ero|the hsi) (?:[\w']+ )?(?:office|field office|facility|building|processing center)\b",
        # "hand him to their agents", "take him w/ them tonight"
        rf"\bhand(?:ing)? {PERSON} (?:over )?to (?:the |their |its )?(?:agents?|feds|marshals|fbi|dea|atf|usms|hsi|ice|ero|cbp|them)\b",
        r"\b(?:take|taking|bring|bringing) (?:him|her|them) (?:with|w/|w) (?:them|the agents|him|her)\b",
        # "can they take him after arraignment": the agency takes our prisoner
        r"\b(?:can|could|may|should) (?:they|the feds|the agents?|the marshals|fbi|dea|atf|usms|hsi|ice|ero|cbp) (?:come )?(?:take|pick up|grab|get|have) (?:him|her|them)\b(?! (?:a |an |the )?(?:copy|report|statement))",
        # "pull it and give it to them": a thing handed over is not a person
        r"\b(?:turn|hand|give|walk|bring|deliver|pass|release|surrender)(?:ed|ing|s)? (?!(?:it|that|this|those|these|them copies|a copy|the (?:data|list|hits|reads|info|information|reports?|results|footage|video|records?|files?|copies|copy|phone|evidence|audio|recordings?|tapes?|calls?|911 (?:call|audio|recording|tape)s?))\b)(?:[\w']+ ){0,3}(?:over )?(?:to|into) (?:the (?=fbi|dea|atf|usms|hsi|cbp|dhs|ice|ero))?(?:federal custody|ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|the marshals|marshals|the feds|feds|the agents?|agents?|them|immigration|border patrol|federal agents|their custody|the federal|the bureau(?! of))\b",
        # ("turn the evidence over", "ok to hand that over": a thing, not a person, between the verb and "over")
        r"\b(?:turn|hand)(?:ed|ing|s)? (?!(?:it|that|this|those|these|everything) over\b|(?:the |our |a |an |his |her |their |that |this |those |these )?(?:[\w']+ )?"
        r"(?:reports?|records?|files?|footage|video|evidence|paperwork|info|data|dd-?5s?|notes|phone|property|drugs|kilos?|"
        r"guns?|items|cash|money) over\b)(?:[\w']+ ){0,2}over\b(?! (?:the |a |an |our |his |her |their )?(?:[\w'-]+ ){0,3}(?:reports?|records?|files?|footage|video|evidence|paperwork|info|data|dd-?5s?|notes|phone|property|passports?|ids?|licen[cs]es?|cards?|documents?|papers|keys|wallet|registration|"
        r"drugs|narcotics|kilos?|pills|guns?|firearms?|weapons?|items|cash|money|ballistics|shell casings|casings))",
        # (not a shift handover: "Handover 0700 re Ramos", "0800 handover:", "handover to days")
        r"(?<!shift )(?<!tour )(?<!\d\d\d\d )\bhand(?:-| )?(?:off|over)\b"
        r"(?!\s*(?::|\d{3,4}\b|notes?\b|(?:to|for) (?:the )?(?:days?|nights?|midnights?|next|day tour|night tour|tour|incoming|oncoming|relief)\b|"
        r"from (?:the )?(?:last|midnights?|nights?|days?|previous)\b)"
        # (nor evidence changing hands: "the handoff of the pistol", "the handoff under evidence procedures")
        r"|\s+of (?:the |a |an |our |that |this )?(?:[\w-]+ )?(?:guns?|pistols?|rifles?|firearms?|weapons?|evidence|property|drugs|"
        r"narcotics|money|cash|phones?|devices?|items?|records?|files?|reports?|video|footage)\b"
        r"|\s+under (?:[\w']+ ){0,2}(?:evidence|property|chain)\b"
        # ("a driver who handed over a forged New York license": a document, not a person)
        r"|\s+(?:the |a |an |his |her |their )?(?:[\w'-]+ ){0,3}(?:licen[cs]es?|ids?|id cards?|passports?|documents?|papers|registration|keys|wallet)\b)",
        # "a warrant at the desk for custody of marquez"
        r"\b(?:for|take|taking|get|getting|have|want|wants|seeking|seek|asking for|request(?:ing)?) (?:the |physical )?custody of\b"
        # "take custody of the guns we vouchered": evidence, not a person
        r"(?! (?:the |our |his |her |their |those |these )?(?:[\w-]+ )?(?:guns?|firearms?|weapons?|evidence|property|drugs|narcotics|money|cash|phones?|devices?|vehicles?|cars?|items?|records?|pistols?|rifles?))",
        r"\bwants? (?:the|our|my) (?:[\w-]+ )?(?:prisoner|detainee|arrestee|perp|collar)\b(?!'s| to\b| (?:record|file|history|info))",
        r"\b(?:take|grab|collect) (?:our|the|my) (?:collar|prisoner|arrestee|perp|detainee)\b(?!'s| to court| to arraignment)",
        rf"\b(?:want|wants|wanted|asks?|asking|asked)\b (?:[\w']+ ){{0,2}}(?:\d\) )?to take {PERSON}(?=\s*(?:$|[.,;!?)]|and\b|\d\)|after\b|when\b|once\b|at\b|from\b|tonight\b|tomorrow\b|today\b|into\b))",
        r"\bwants? (?:him|her|them) on the federal side\b|\bon the federal side (?:after|when|once)\b",
        rf"\b{PERSON} (?:to be |be |being |was |gets? )?(?:given|handed|turned) (?:over )?to (?:them|ice|ero|hsi|cbp|dhs|the feds|feds|the agents?|the marshals|marshals|immigration|federal custody)\b",
        rf"\bhand {PERSON} off\b",
        rf"\b(?:here|there|came|come|coming|waiting) to (?:take|get|grab|pick up|collect|transport) {PERSON}(?! to (?:court|arraignment|the hospital))",
        rf"\btake {PERSON} (?:straight |right |directly )?(?:from|out of) (?:central booking|cb|the cells|our cells|the pct|the precinct|holding|lock-?up|our custody|us|the scene|the street|here)\b",
        r"\bgive (?:him|her|them|the (?:guy|prisoner|perp|kid|arrestee)) up\b(?! (?:for|on) )",
        r"\btransfer(?:red|ring|s)? (?:of )?(?:custody|him|her|them|the (?:prisoner|arrestee|guy|subject|detainee))",
        r"\btransfer(?:red|ring)? to (?:ice|ero|hsi|cbp|dhs|federal|the feds|them)\b",
        r"\btake (?:[\w']+ ){0,3}(?:into )?(?:federal |their |ice )?custody\b|\btake custody\b|\bassume custody\b",
        # (not "picking the guy up at his job": an arrest out in the city, no prisoner of ours)
        rf"\b(?:pick|picking|picked|scoop|scooping|collect|collecting) {PERSON} up\b(?= (?:from|at(?! (?:his|her|their|a|the) (?:[\w']+ )?(?:job|work|home|house|apartment|apt|place|workplace|shop|store|restaurant|site|bodega)\b)|here|when (?:we|you|were|we're)|once (?:we|you)|after (?:we|you|processing|arraignment)|from us|tonight|today|tomorrow)\b|\s*[.;,!?]|\s*$)",
        # "to pick him up on their magistrate-signed federal warrant"
        rf"\b(?:pick|picking|picked) {PERSON} up on (?:a|an|the|their|his|her|its|that|this) (?:[\w'-]+ ){{0,4}}(?:warrant|writ|detainer|charges?)\b",
        rf"\bpick(?:ing)? up {PERSON}(?= (?:from|at(?! (?:his|her|their|a|the) (?:[\w']+ )?(?:job|work|home|house|apartment|apt|place|workplace|shop|store|restaurant|site|bodega)\b)|here|when (?:we|you)|once (?:we|you)|after (?:we|you|processing|arraignment)|from us|tonight|today|tomorrow)\b|\s*[.;,!?]|\s*$)",
        # "they want to pick him up after he sees the judge"
        rf"\b(?:pick|picking|picked) {PERSON} up after (?:he|she|they)\b",
        rf"\b(?:come|coming|came|stop by|swing by) (?:to |and )?(?:get|grab|take|pick up|collect) {PERSON}",
        rf"\b(?:let|allow) (?:{AGENTS} )(?:take|grab|have|pick up|walk out with|leave with) {PERSON}",
        r"\b(?:wait|waiting|be waiting|posted up) (?:[\w']+ ){0,3}(?:outside|at the door|in the lobby|downstairs|out front|at the back door) (?:to|for|and) (?:grab|take|get|pick up|snatch|meet)",
        rf"\b(?:grab|snatch|nab|take|get|collect|have) {PERSON} (?:[\w']+ ){{0,2}}(?:when|as|once|at|on|upon|after) (?:(?:he|she|they)(?:'s|'re| is| are)? |his |her |their )?(?:[\w']+ )?(?:releas|walk|leav|get|come|step|done|finish|process|cut)",
        rf"\bwants? {PERSON} (?:at|upon|on|when) (?:his|her|their) release",
        rf"\bwants? {PERSON} at release\b",
        r"\bwants? (?:him|her|them) at (?:cb|central booking|the courthouse|arraignment|court)\b",
        # "want to take him if the judge releases him": our prisoner, handed over at release
        r"\b(?:wants?|wanted|wanting|would like|'d like) to (?:take|grab|pick up|collect) (?:him|her|them)\b(?= (?:if|when|once|after|as soon as|the minute|the second|before (?:we|you|the pct|the precinct) (?:cut|release|let|kick|spring|turn)) )",
        # "FBI agents are at CB to take him"
        r"\b(?:are|is|'re|'s) (?:at|in|outside) (?:the )?(?:[\w']+ ){0,2}to (?:take|get|grab|pick up|collect) (?:him|her|them)\b",
        # (not "release it to them with the chain-of-custody paperwork": the vouchered pistol)
        r"\breleas(?:e|ed|ing) (?!it\b|(?:the|our|this|that) (?:gun|pistol|glock|revolver|rifle|weapon|firearm|phone|evidence|property|"
        r"car|vehicle|items?|voucher|cash|money|drugs|casings?|shell casings?|audio|recordings?|tapes?|footage|video|reports?|files?|records?|911 (?:call|audio|recording|tape)s?)\b)"
        r"(?:[\w']+ ){0,3}(?:to|into) (?:the )?(?:ice|ero|hsi|cbp|dhs|feds|agents?|them|us|immigration|federal|dea|fbi|atf|usms|marshals|him|her)\b",
        rf"\bbefore (?:they|the agents|the feds|fbi|dea|atf|ice|hsi|the marshals) take {PERSON}",
        r"\bgive (?:[\w']+ ){0,2}(?:him|her|them|the (?:guy|prisoner|kid)) (?:up )?to\b",
        # ("DEA wants our buy reports ... an HSI agent wants them too": the reports, not people)
        # ("DHS wants her court date": "her" before a noun is whose, not whom)
        # ("wants them sent to their lab", "wants them imaged": things, not people)
        r"\bwants? (?:him|her|them)\b(?!(?<=them) (?:too|as well|also|sent|shipped|mailed|couriered)\b)"
        r"(?! (?:tested|examined|imaged|searched|processed|analy[sz]ed|swabbed|printed|dusted|downloaded|dumped|extracted)\b)"
        r"(?!(?<=her) (?!(?:to|for|at|in|on|out|back|now|too|as|when|after|once|if|and|so|because|before|until|till|by|"
        r"right|asap|today|tonight|tomorrow|released|transferred|handed|turned|brought|moved|held|kept)\b)[a-z])(?! (?:to|for|at|in|on|out|back|held|kept|sitting|staying|waiting|here|there|arrested|to be|removed|deported|gone|out of)\b)(?! (?:statement|records?|file|address|phone|number|name|info|information|details|report|interview|dob|sheet|history|testimony)s?\b)",
        r"\bturn (?:[\w']+ ){0,2}loose to\b",
        # ("help them walk the target to the van" is a hand in their arrest, not our hand-over)
        r"(?<!help )(?<!helping )(?<!help them )(?<!helping them )(?<!help the agents )"
        rf"\bwalk (?:{PERSON}|him|her|them) (?:out )?to (?:their|the agents'?|ice'?s?|the|a) (?:[\w']+ )?(?:car|van|vehicle|truck|suv)\b",
        r"\binstead of (?:letting|releasing|cutting) (?:him|her|them) (?:go|loose|out)\b",
        rf"\bwalk (?:{PERSON}|him|her|them) out (?:the |a |our )?(?:[\w']+ )?(?:door|back|exit|gate)\b",
        rf"\brelease (?:{PERSON}|him|her|them) (?:out )?(?:the |a |our )?(?:side|back|front|rear) door\b",
        r"\b(?:they'll|they will|agents will|ice will|ero will|they'd) be (?:waiting|outside|there|out front|out back)\b",
        # ("we'd transfer it thru normal evidence procedures": the vouchered gun, not the person)
        r"(?<!property )(?<!evidence )(?<!voucher )\btransfer(?:red|ring)?\b(?! (?:the |our |his |her |their |of )?(?:files?|records?|data|money|funds|calls?|footage|video|case|reports?|info|"
        r"it|evidence|guns?|glock|firearms?|weapons?|phones?|devices?|property|vouchers?|items?|drugs|samples?|the (?:gun|glock|phone|evidence|property|item))|"
        # "the drugs we vouchered ... transferred to their lab": where evidence goes, not a person
        r" (?:over )?to (?:the |their |its |a |our |(?:dea|fbi|atf|hsi|cbp)'?s? )?(?:[\w-]+ )?(?:lab|labs|laboratory|evidence|property|storage|vault)\b|"
        # "the desk sgt is new, transferred from the 105 last week": a member's new assignment
        r" (?:in |over )?from (?:the |another )?(?:\d+(?:st|nd|rd|th)?|[\w-]+ (?:precinct|pct|command|psa)|precinct|pct|command|psa|district|borough|unit|squad)\b)",
        r"\b(?:a |the |for )?pick-?up (?:from|at) (?:the |our )?(?:pct|precinct|cells|central booking|cb|station|house|jail)\b",
        # ("a controlled cash pickup tonight": money or a package picked up in a case, not a person)
        r"(?<!cash )(?<!money )(?<!drug )(?<!package )(?<!controlled )(?<!surveillance )\bpick-?up "
        r"(?:(?:at |@ )?\d{1,2}(?::?\d{2})?|time|tonight|today|tomorrow|this (?:afternoon|evening|morning))\b",
    ],
    Ask.NOTIFY_RELEASE: [
        r"\b(?:be |get )?notified when (?:we're|we are|we re|you're|you are) (?:done|finished|through) with (?:him|her|them)\b",
        # "please call us when Mr. Diallo is released", "just tell us if he's been released yet"
        r"\b(?:call|text|email|tell|notify|let) (?:us|them|me|him|her)(?: know)? (?:when|once|if|whether) (?:[\w.']+ ){1,3}?(?:is|gets|has been|was|'s been|s been|been)? ?(?:released|out|let go|cut loose|bailed out)\b",
        rf"\b(?:when|what time|what day|which day|the (?:date|time|day)|time of|date of|day of)\b\s*(?:[\w']+ ){{0,6}}{LEAVE}",
        rf"\b(?:heads[- ]up|advance (?:notice|warning)|a call|a text|a ring|notice|notification|word)\b\s*(?:[\w']+ ){{0,5}}(?:when|before|once|if|as soon as)\b\s*(?:[\w']+ ){{0,8}}{LEAVE}",
        rf"\b(?:let|tell|call|text|notify|alert|ping|warn|inform|give|email)(?:ing)? {NOT_OUR_OWN}(?:{AGENTS} )?(?:know )?(?:[\w']+ ){{0,2}}(?:when|before|once|as soon as|the minute|the second)\b\s*(?:[\w']+ ){{0,8}}{LEAVE}",
        r"\brelease (?:date|time|info|information|schedule|details|plan)\b",
        # "wants to know when the guy we collared with the guns gets out": a long description between
        rf"\b(?:wants?|wanted|needs?|needed|asked|asking|asks) (?:us |me )?to know when (?:[\w']+ ){{0,12}}?{LEAVE}",
        # "ERO asked to be told when the Marshals pick him up": the moment he leaves our hands
        rf"\b{TO_BE_TOLD}\b (?:(?:before|when|once|as soon as|the minute) )"
        r"(?:[\w']+ ){0,6}?(?:picks? (?:him|her|them) up|picked up|comes? for (?:him|her|them)|takes? (?:him|her|them)|taken|moved|"
        rf"transferred|{LEAVE})\b",
        # "call him when a man we're holding on our own case is ready to be released": a long description between
        rf"\b(?:let|tell|call|text|notify|alert|ping|warn|inform|ring|phone|email)(?:ing)? (?:{AGENTS} )?(?:know )?(?:when|once|as soon as|before|the minute)\b\s*(?:[\w']+ ){{0,14}}?(?:is|are|gets?|will be|'s) (?:ready|about|set|due|going|scheduled) to (?:be )?(?:released|let go|cut loose|get out)\b",
        r"\b(?:heads[- ]?up|a call|notice|notification|word) (?:on|about|for|of|at) (?:his |her |their |the )?release\b",
        r"\b(?:eta|time|date|day|timing) (?:of|for) (?:(?:his|her|their|the) )?release\b",
        r"\b(?:to |us to |asking (?:us )?to |wants? (?:us )?to )notify\b(?! (?:me|us) )",
        r"\bnotif(?:y|ication|ied)\b.{0,40}\breleas",
        r"\b(?:his|her|their) release (?:date|time|day)\b",
    ],
    Ask.SHARE_CUSTODY_OR_COURT_INFO: [
        # "please confirm whether the following individual is currently in NYPD custody"
        r"\b(?:confirm|verify|advise|let (?:us|me|them) know) (?:if|whether) (?:the )?(?:following |above |above-named |below )?"
        r"(?:individual|subject|person|man|woman|defendant|arrestee)\b(?: [\w',]+){0,6}? (?:is|remains) (?:still |currently |now )?in (?:\w+ )?custody\b|"
        r"\bcustody verification\b",
        # "asks when our DAT recipient is due in court": when the person must next appear
        # ("asking what date my other collar is due back in Brooklyn Criminal Court")
        r"\b(?:asks?|asked|asking|wants? to know|wanted to know|needs? to know) (?:us |me )?(?:when|what (?:date|day|time)|which (?:date|day)) "
        r"(?:[\w'-]+ ){1,12}?(?:is|are|was|'s) (?:next |again )?(?:due|scheduled|supposed|set|expected) (?:to appear )?"
        r"(?:in|for|back in|to be in) (?:[\w'-]+ ){0,3}court\b|"
        # "ERO called asking when he's next in court"
        r"\b(?:asks?|asked|asking|wants? to know|wanted to know|needs? to know) (?:us |me )?when "
        r"(?:he|she|they|the (?:guy|man|woman|defendant|subject))(?:'s|'re| is| are) (?:next|back) in court\b|"
        # "asking when another guy we have goes to court"
        r"\b(?:asks?|asked|asking|wants? to know|wanted to know|needs? to know) (?:us |me )?when (?:[\w'-]+ ){1,6}?"
        r"(?:goes|go|is going|are going|heads|comes up|is up|is due) (?:back )?(?:to|in|before) (?:the )?(?:court|judge)\b",
        # "What's the return date and part for Mendez's DAT?": the court date asked in so many words
        r"\bwhat(?:'s| is|s) (?:the |his |her |their )?(?:next )?(?:return|court|arraignment|adjourn(?:ed|ment)) date\b|"
        r"\b(?:return|court|arraignment) dates? (?:and|&) (?:the )?part\b",
        # "just call ice and let em know we got him": telling them we hold the person
        r"\b(?:let|tell|call|text|notify|inform|alert|ping)(?:ing)? (?:em|'em|them|ice|ero|hsi|cbp|dhs|the feds|feds|the agents?|immigration)\b"
        r"(?: know)? (?:that )?(?:we|we've|we have|we've got|we got|we're|we are|the pct|the precinct) "
        r"(?:got|have|caught|picked up|locked up|collared|grabbed|are holding|holding|have got)\b",
        # "a heads up when our defendant's state case is called so they can grab him": a court-date notice
        r"\b(?:heads[- ]up|a call|a text|a ring|word|notice|let (?:them|him|her|\w+) know|tell (?!the desk\b|my )(?:them|him|her|\w+)|call (?:them|him|her)|notify (?:them|him|her|\w+))\b\s*(?:[\w']+ ){0,4}(?:when|before|once|as soon as)\b\s*(?:[\w']+ ){0,6}(?:case is (?:called|on)|is arraigned|gets arraigned|goes before (?:the|a) judge|(?:is|'s) produced|gets produced|comes up|is on the calendar|(?:is|'s) in court|goes to court|goes to arraignment|is taken to (?:court|arraignment)|heads to (?:court|arraignment)|"
        # ("'give a heads-up' when a certain guy comes back in on his desk appearance ticket")
        r"comes? back in (?:on|for) (?:his|her|their|the) (?:dat|desk appearance(?: ticket)?|court date|appearance|ticket))\b",
        r"\b(?:advise|tell|give|send|share|confirm|provide)\b (?:[\w']+ ){0,3}(?:next |the )?(?:adjourn(?:ment|ed)? date|return date|next appearance|court part|part and date|date and part)\b",
        # "the agent wants the return date on the DAT and the courtroom": the court-date noun itself is the ask
        # ("ERO called asking the return date on the DAT we gave him")
        r"\b(?:wants?|wanted|needs?|needed|asking(?: for)?|asked(?: for)?|asks(?: for)?|requests?|requested|requesting|would like)\b "
        r"(?:[\w']+ ){0,3}(?:next |the )?(?:adjourn(?:ment|ed)? date|return date|next appearance|court part|courtroom|next court date|"
        r"arraignment date)\b",
        # "they want to pick her up at court. so they want the date": the date of the court named before
        r"\b(?:at|in|to) (?:the )?(?:court|courthouse|arraignment)\b[^.;!?]{0,40}[.;!?]?\s*(?:so )?(?:they|he|she|the agents?) "
        r"(?:want|wants|need|needs|are asking for|asked for) (?:the |her |his |their )?(?:date|day|time)\b",
        rf"\b{SHARE_VERB} (?:{AGENTS} )?(?:[\w']+ ){{0,3}}(?:(?:his|her|their|the|next) )?(?:court (?:date|appearance|part|hearing|time|schedule|info)|arraignment (?:date|time)|dat date|next court)",
        rf"\b(?:if|whether) (?:we|you) (?:still )?(?:have|got|hold|holding) {PERSON}",
        r"\b(?:if|whether) (?:the guy|the man|the woman|he|she|they|him|her) (?:[\w'-]+ ){0,8}?(?:got|was|were|is|are|gets) (?:dat'?d|released|arraigned|cut loose|still in)\b|\bis still in (?:custody|the cells|our cells|jail)\b",
        rf"\b(?:if|whether) (?:we|you) (?:still )?(?:have|got|hold|holding) (?:[\w'-]+ ){{1,3}}(?:in|at) (?:the |our )?{CUSTODY_PLACE}",
        r"\b(?:is|if|whether) (?:he|she|they)(?:'s| is| are)? (?:still |currently |now )?(?:in )?(?:our custody|custody|the cells|jail|locked up|at central booking|in the system)\b",
        r"\bcustody status\b|\bincarceration status\b|\bdate (?:of|from) (?:the )?court\b",
        # "asking where a guy we locked up last night is being held"
        r"\bwhere (?:a |the |our |this |that )?(?!(?:they think |they say |)(?:women|girls|people|victims|workers|kids|children) )(?:[\w']+ ){0,7}?(?:is|are|'s) (?:being )?(?:held|housed|lodged|kept)\b",
        # "asking me what time Ramos is on the calendar today so they can pick him up outside"
        r"\bwhat time (?:[\w'-]+ ){1,4}(?:is|'s) (?:on the calendar|on calendar|called|produced|in court|up)\b",
        # "asked me what time his case gets called so they can pick him up"
        # ("what time a defendant's case will be called this afternoon")
        r"\b(?:what time|when) (?:his|her|their|the|a|this|that) (?:[\w'-]+'s )?(?:case|matter|hearing|appearance|docket) "
        r"(?:gets |is |will be |is going to be |should be )?(?:called|heard|up|on)\b",
        # "a yes or no, is Luis Ferreira in custody at the 4-4": whether and where we hold someone
        r"\b(?:is|if|whether) (?:[\w'-]+ ){1,3}(?:in (?:our )?custody|in (?:our|the) cells|locked up|being held) (?:at|in) (?:the |our )?(?:[\w'-]+ )?(?:\d|pct|precinct|central booking|cb|house)",
        r"\bwhen(?:'s| is| are) (?:his|her|their) next (?:court )?(?:date|appearance)\b|\bout on bail or (?:in|not)\b",
        r"\b(?:told|gave|give|tell|telling|shared|share|sent|send|confirmed|confirm)\b(?:(?!\b(?:but|because)\b).){0,60}\b(?:court date|arraignment date|next court|return date|adjourn\w* date|court part|dat date)\b",
        # "told the ice guy when my perp's arraignment was"
        r"\b(?:when|what time|what day|which day|where)\b (?:[\w']+ ){0,4}(?:arraignment|court date|court appearance|hearing|court|next date) (?:is|was|will be|would be|is going to be|was going to be)\b",
        r"\b(?:is|if|whether) (?:[\w'-]+ ){1,3}still (?:in|at) (?:your|our|the) (?:custody|cells|precinct|pct|holding|central booking)\b",
        r"\b(?:did|has) (?:he|she|they|[\w'-]+ [\w'-]+) (?:go|gone|been taken|been sent) to (?:arraignment|court|central booking)\b",
        r"\b(?:if|whether) (?:[\w'#()-]+ ){1,6}(?:is|'s|are|was) (?:still |currently |now |presently )?(?:in |at )?(?:our custody|custody|the cells|our cells|jail|locked up|central booking|the pct|the precinct|in the system)\b",
        r"\b(?:went|gone|been moved|was moved|got moved|transferred) to (?:central booking|cb|court|rikers|the tombs)\b",
        r"\bwhere (?:he|she|they|the \w+)(?: is| are|'s)? (?:being )?(?:held|housed|locked up|detained)\b",
        r"\b(?:what|which) (?:facility|jail|precinct|pct|court|part|courtroom)\b",
        # "ERO calls asking whether anyone with these names got arrested": our arrests of people, asked about
        r"\b(?:asking|asks|asked|ask|wants? to know|wanted to know|find out|check(?:ing)?)\b (?:[\w']+ ){0,6}?(?:if|whether) "
        r"(?:[\w'#()-]+ ){1,6}(?:\([^()]{1,80}\) )?(?:got|gets|was|were|has been|have been|had been) (?:arrested|booked|locked up|collared)\b",
        r"\b(?:location|whereabouts) of\b",
        r"\b(?:what|which) (?:[\w']+ )?(?:office|agency|facility)\b (?:[\w']+ ){0,2}(?:sent|took|moved|transferred|brought|gave)\b",
        r"\bwhere (?:he|she|they) (?:is|are|'s) (?:right )?now\b",
        # "whether our DAT defendant is showing up at Bronx CJC next week, the date and the part"
        # (not "when he's due in court, so they can pick him up": that is a release notice, which
        # LEGAL_FACTS R2 decides on the paper; the table does not yet do so for court dates)
        r"\b(?:if|whether) (?:[\w'-]+ ){1,4}(?:is |will be |are )?(?:showing up|shows up|show up|appearing|appears) "
        r"(?:at|in|for) (?:the )?(?:[\w'-]+ ){0,2}(?:court|cjc|arraignment|part|courthouse|hearing|calendar)\b|"
        r"\b(?:the )?date and (?:the )?part\b",
    ],
}
