"""Purpose cues: civil removal, immigration crimes, ordinary crimes and the words around an investigation."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import compile_all

__all__ = [
    "CIVIL_STRONG",
    "CIVIL_WEAK",
    "ICE_ARREST_SCENE",
    "IMMIGRATION_CRIME",
    "INVESTIGATION_CONTEXT",
    "SAYS_A_CRIME",
    "STATUS_BELIEVED",
]

# ---------------------------------------------------------------------------- purpose
CIVIL_STRONG = compile_all(
    [
        # "they're reviewing his admissibility before his next trip": whether he may enter, a civil question
        r"\b(?:in)?admissibility\b|\binadmissib\w*\b",
        # ("was deported in 2019 and came back last year": his history, not anyone's aim now)
        r"\bdeport(?:ations?|ing|able|s)?\b|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bgot )(?<!\bonce )(?<!\bpreviously )\bdeported\b",
        # "looking for the owner's papers because they say he's in the country illegally": status is the reason
        r"\b(?:because|since|bc|cause|cuz) (?:they say |they said |he says |she says |the agents? says? )?(?:he|she|they|the (?:owner|driver|guy|man|woman))"
        r"(?:'s| is| are|'re) (?:in the country |here |in the us )?(?:illegally|undocumented|out of status|without (?:papers|status)|unlawfully present)\b",
        # "the guy will 'almost certainly be removed' once they're done with him" (not "removed from the car")
        r"\b(?:he|she|they|guy|man|woman|person|people|most|many|all|some|detainees?|targets?)(?:'ll| will| would| could| might| is going to| are going to| gonna)? "
        r"(?:[\w']+ ){0,2}(?:be|being|get|gets|getting) removed\b(?! from)|\bends? up (?:being |getting )?(?:removed|deported)\b(?! from)",
        r"\basylum (?:case|claim|hearing|interview|application|matter)\b|\bimmigration[- ]wise\b",
        # "a desk for their officers doing immigration processing": admitting or removing people, civil work
        r"\bimmigration (?:processing|intake|paperwork processing)\b|\bprocessing (?:migrants|immigrants|arrivals|asylum seekers)\b",
        # "can I ask him whether he's here legally so we can let ICE know?": the answer goes to ICE
        r"(?:(?<=\bso we can )|(?<=\bso i can )|(?<=\bso we could )|(?<=\bso that we can ))"
        r"(?:let|tell|notify|inform|call|alert) (?:ice|ero|immigration|dhs|border patrol)\b",
        # "if it doesn't pan out ICE will take him anyway": removal as the fallback outcome
        r"\b(?:ice|ero|immigration|dhs)\b (?:will|'ll|would|is going to|are going to|gonna|can) (?:just )?(?:take|grab|pick up|get|deport|remove|have) (?:him|her|them)\b",
        # "once we're done ICE takes him", "after that ICE is taking her": said as what happens next
        r"\b(?:ice|ero|immigration|dhs)\b (?:just |then |simply )?(?:takes|gets|grabs|picks up|is taking|is getting|is grabbing|is picking up|'s taking|'s getting) (?:him|her|them)\b",
        r"\bremov(?:als?|e him|e her|e them|ing him|ing her|ing them|able)\b",
        # "help transport a group they're removing tomorrow": the people named before the verb
        r"\b(?:group|people|family|families|guys|men|women|detainees|passengers|folks|individuals|ones|persons?|man|woman|guy) "
        r"(?:(?:that|who|whom) )?(?:they|ice|ero|cbp|dhs|the agents|the feds)(?:'re| are| is|'s) (?:removing|deporting|flying out)\b",
        # "interview him about his status and whether he's removable": what they would find out, not doubt
        r"\bwhether (?:he|she|they)(?:'s| is| are|'re) (?:removable|deportable)\b",
        r"\bero referral\b",
        # an agency's letter: "a worksite enforcement action ... to identify unauthorized workers for
        # administrative processing" (administrative, not criminal, arrests of people for their status)
        r"\b(?:for|pending) administrative (?:processing|arrest|removal|proceedings)\b|\bfor (?:ice|ero|immigration) processing\b",
        # ICE's supervision of people in removal proceedings: "stopped showing up for his ATD check-ins"
        r"\b(?:atd|isap|alternatives? to detention)\b|\b(?:ice|ero) (?:check-?ins?|reporting appointments?)\b"
        r"(?! (?:the )?(?:office|center|centre|building|site|location|on)\b)",
        r"\bimmigration fugitives?\b",
        r"\bimmigration (?:hearings?|appointments?|check-?ins?|cases?|violations?|enforcement|arrests?|proceedings|court|charges?|matters?|sweeps?|ops?|operations?|checks?|inspections?|reasons?|purposes?|stuff|thing|related|warrant|detainer|hold|violators?|custody|raids?|pickups?)\b",
        # "is there any immigration issue" asks whether status matters; it is nobody's aim
        r"(?<!any )(?<!an )(?<!no )\bimmigration (?:issues?|problems?)\b",
        r"\bcivil (?:immigration|matter|case|arrest|warrant|enforcement|violation|stuff|thing|side|work|only|purposes?|reasons?)\b",
        # "no warrant, they said its civil"
        r"\b(?:it's|its|it is|it was|this is|that's|thats|all|purely|strictly) civil\b(?=\s*(?:$|[),;.!?]|they said|he said|she said|per them))",
        r"\boverst(?:a|e)y(?:s|ed|ing|ers?)?\b|\bvisa (?:overstay|expired|violation)\b|\bexpired visa\b"
        r"|\bvisas? (?:(?:has |have |had )?(?:ran|run) out|(?:has |have |had )?(?:lapsed|expired))\b",
        r"\bfinal (?:orders?|removal orders?)\b|\b(?:order|orders) of removal\b|\bremoval order\b|\bdeportation order\b",
        r"\bout[- ]of[- ]status\b|\bstatus violat",
        r"\bfor immigration\b(?! (?:court|lawyers?|attorneys?|fraud|benefits))",
        r"\b(?:for|because|since) (?:being |he's |she's |they're |he is |she is |they are )?(?:undocumented|illegal|here illegally|no papers|"
        r"in the (?:country|us|u\.s\.) illegally)\b(?! (?:re-?)?entry)"
        # ("for illegal firearms dealing": the crime's own adjective)
        r"(?! (?:firearms?|guns?|weapons?|arms|possession|dumping|gambling|sales?|dealing|drugs?|narcotics|vending|"
        r"fireworks|trafficking|transport|dispensary|dispensaries|cigarettes|eviction|lockout|discharge|search|wiretaps?)\b)",
        r"\b(?:immigration|ice) (?:detention|custody)\b",
        r"\bkick (?:him|her|them) out of the country\b|\bsend (?:him|her) back\b(?! (?:to (?:me|us|them|him|her)|over|with)\b)|\bsend them back\b(?= (?:to (?:(?:his|her|their|the) )?(?:country|home|homeland)|home)\b)",
        r"\b(?:get|have|see|getting) (?:the |those |these |all the |all )?(?:[\w']+ ){0,5}?(?:removed|deported)\b",
        r"\b(?:him|her|them) (?:removed|deported)\b|\b(?:he|she) gets (?:removed|deported)\b|\b(?:he|she|they)(?:'ll| will| is going to| are going to|'s going to| gonna) (?:probably |likely |most likely |just )?be (?:removed|deported)\b",
        r"\bout of the country\b|\b(?:ice|ero|immigration) (?:is|are|'s|will|'ll)? ?(?:going to|gonna|will)? ?(?:deport|remove)s?\b",
        r"(?<!fake )(?<!forged )(?<!counterfeit )(?<!phony )(?<!bogus )\bimmigration (?:papers|paperwork|docs|documents|history|file)\b",
        r"\bagainst (?:their |the |an? )?(?:immigration|ice|dhs|ident|iafis) (?:databases?|systems?|records|files)\b",
        r"\b(?:check|checking|screen|screening|run|running|look(?:ing)? at)\b (?:[\w']+ ){0,3}(?:immigration status|status of (?:people|everyone|arrestees|the people))\b",
        r"\b(?:so|so that) (?:ice|ero|immigration|border patrol|cbp) (?:can|could|will)\b|\bfor (?:ice|ero|immigration) to\b",
        r"\b(?:hand|turn|give|walk|release)\w* (?:him |her |them )?(?:over )?to (?:ice|ero|immigration)\b|\bgoing to (?:ice|ero)\b",
        # "arresting workers who are undocumented": people taken in for their status is the aim
        # ("to identify vendors who may be in the country illegally": finding them is the same aim)
        r"\b(?:arrest|detain|pick(?:ing)? up|round(?:ing)? up|grab|sweep(?:ing)? up|scoop(?:ing)? up|identify|identifying|locate|locating|find|finding|track|tracking)\w* "
        r"(?:any |all |the )?(?:[\w']+ ){0,2}(?:who|that) (?:are|is|were|may be|might be|turn out to be|could be) "
        r"(?:undocumented|here illegally|illegal|out of status|overstays?|in the (?:country|us|u\.s\.) illegally|(?:here |in the country )?without (?:papers|status))\b",
        r"\b(?:arrest|detain|pick(?:ing)? up|round(?:ing)? up|grab|sweep(?:ing)? up|scoop(?:ing)? up)\w* (?:any |all |the )?"
        r"(?:undocumented|illegal|out-of-status) (?:workers|people|immigrants|migrants|employees|folks|ones|day laborers)\b",
        # "wants to talk to our prisoner about whether he overstayed his visa": the questions are the aim
        r"\b(?:interview|question|talk (?:to|with)|speak (?:to|with)|ask)\w* (?:[\w']+ ){0,6}about (?:whether|if) (?:s?he|they) "
        r"(?:overstayed|(?:is|are|was|were) (?:here |in the country )?(?:illegally|undocumented)|(?:came|got) (?:in|here) illegally|"
        r"entered illegally|crossed (?:the border )?illegally|(?:has|have) (?:papers|status))\b",
        # "can we detain him if he admits he's undocumented?": held for the status itself
        r"\b(?:arrest|detain|hold|cuff|lock)\w* (?:him|her|them)(?: up)? (?:if|because|since|once|when) (?:s?he|they)"
        r"(?: (?:admits?|says?|confirms?|turns? out)(?: (?:s?he|they|to be))?)?(?:'s| is| are|'re)? ?"
        r"(?:undocumented|here illegally|illegal|out of status)\b",
        # a DEA agent who "just wants to ask about his status" beside a drug case: the agents' own
        # questions about status (the officer's own question to a suspect is R8's, not an aim)
        r"\b(?:they|the agents?|agents?|the feds|feds|he|she)(?: just| only| also)? (?:wants?|wanna|wanted|would like|need|needs|are going)(?: to)? "
        r"(?:ask|question|interview|talk to)\w* (?:[\w']+ ){0,4}about (?:his|her|their) (?:immigration |legal |visa )?(?:status|papers)\b(?! as\b)",
        # "wants to ask her where she came in and when": how and when someone entered the country
        r"\b(?:where|when|how) (?:s?he|they) (?:came in|crossed(?: over)?|entered|got (?:in|here|into the country))\b",
        # "said, 'ERO is interested in these guys once they're out'": the removal arm's interest is the aim
        r"\b(?:ero|deportation officers?|removal officers?) (?:is |are |'s |'re )?(?:interested in|wants?|looking for|after) (?:him|her|them|these|those|the)\b",
        # "the driver is someone ERO is trying to find"
        r"\b(?:someone|somebody|a guy|a man|a woman|the guy|the man|the woman|who|whom|that) (?:ero|ice|immigration|deportation officers?) "
        r"(?:is|are|'s|has been|have been|was) (?:trying to (?:find|locate|catch|get)|looking for|searching for|hunting)\b",
        # "for administrative arrest", "ERO has him on their target list"
        r"\badmin(?:istrative)? arrests?\b|\b(?:ero|ice|deportation)(?:'s)?\b.{0,25}\btarget lists?\b",
    ]
)
CIVIL_WEAK = compile_all(
    [
        r"\bcriminal aliens?\b|\bremovab(?:le|ility)\b",
        r"\bcheck(?:ing)? (?:(?:his|her|their|the) )?papers\b|"
        # "so they can check drivers documents", "check everybody's papers"
        r"\bcheck(?:ing)? (?:(?:the )?(?:drivers?'?|passengers?'?|workers?'?|riders?'?|residents?'?|tenants?'?|everyone'?s|everybody'?s|people'?s) )(?:papers|documents|docs)\b|\bscreen(?:ing)? (?:[\w']+ ){0,4}for (?:visa|immigration|legal) status\b",
        r"\bundocumented\b|\b(?:who|that) (?:don't|do not|doesn't|does not) have (?:papers|status|legal status)\b",
        r"\bhere illegally\b",
        r"\bcrossed (?:the border )?illegally\b|\bentered illegally\b|\bsnuck (?:in|across|over)\b",
        r"\billegal(?:ly)? (?:here|in the country|alien|immigrant)\b",
        r"\bno papers\b|\b(?:without|w/o|w/out|with no) (?:papers|work papers|work authorization|status|documents)\b",
        r"\b(?:doing|running|conducting|do|run) (?:a|an|their) (?:[\w']+ )?(?:sweep|raid|roundup)\b",
        r"\b(?:process|processing|book|booking|hold|holding|intake|interview|interviews|screen|screening)\b (?:[\w']+ ){0,3}(?:people|persons|folks|detainees|them|guys) (?:they|ice|ero|cbp|the agents) (?:pick|picked|grab|grabbed|arrest|arrested|detain|detained|round up|rounded up)\b",
        r"\b(?:doing|making|conducting|on) (?:a|an|their) (?:pick-? ?up|grab|removal)\b|\bjust immigration\b|\bimmigration only\b|\bonly immigration\b",
        r"\bnot legal\b",
        # "check IDs on people who look like recent arrivals": people picked by how they look, for status
        r"\b(?:people|persons|folks|guys|men|women|anyone|anybody|everyone|riders|passengers|workers|kids)\b (?:who|that) "
        r"(?:looks?|seems?|appears?) (?:like )?(?:(?:recent|new|fresh) )?(?:arrivals?|immigrants?|migrants?|foreigners?|illegals?|foreign|"
        r"(?:they|he|she) (?:just )?(?:got here|arrived|came over|crossed))\b",
        # "every DAT we issued to people with no SSN", "everyone born outside the US we arrested": people
        # chosen for where they were born or a number they lack are chosen for their status
        r"\b(?:born (?:outside|abroad|overseas|out of) (?:of )?(?:the )?(?:us|u\.s\.|united states|usa|country)?|foreign[- ]born|"
        r"born in (?:another|a foreign) country|(?:no|without|w/o|lacking) (?:an? )?(?:ssn|social security(?: numbers?)?))\b",
        # "a 'possible admin case'": an immigration officer's administrative case is civil
        r"\b(?:possible |potential )?admin(?:istrative)? (?:immigration )?(?:case|matter)s?\b",
        # "leave an agent at the CB intake desk to 'screen' arrestees as they come in": every arrestee looked over
        r"\b(?:screen|observe|watch|vet|eyeball)(?:s|ed|ing)? (?:the |our |all |every |each )?(?:arrestees?|prisoners|detainees)"
        r"(?: (?:as they|coming|who come|that come|being))\b",
        r"\b(?:expired|overstayed?|overstaying) (?:(?:his|her|their|a|the) )?(?:visas?|status)\b|\bvisa overstays?\b|\bimmigration papers\b",
        r"\b(?:about|re|regarding) (?:his|her|their) (?:visa|immigration case|removal case|deportation case)\b",
        # "ICE agents want to interview our prisoner in the cells about his immigration status"
        r"\b(?:interview|question|talk (?:to|with)|speak (?:to|with)|debrief)\w* (?:[\w']+ ){0,6}about (?:his|her|their) "
        r"(?:immigration |legal |visa )?(?:status|papers|visa)\b",
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
        r"\bprocessing (?:center|tent|area|site|station|table)s?\b|"
        # where ICE takes or holds people; not "a demonstration outside 26 Federal Plaza" (where a
        # protest was) nor "some fed from 26 Fed Plaza" (an office several agencies share)
        r"(?<!march )\b(?:(?:down |over |back )?to|into|(?:held|detained|locked up|processed|sitting|waiting) (?:at|in)) 26 fed(?:eral)? plaza\b|\bvarick\b|\bdelaney hall\b|\bdetention (?:center|facility)\b",
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
        # "walk back to the cells to see if anybody is on their list": looking over our prisoners for theirs
        r"\bto see if (?:any(?:one|body)|someone|somebody|any of (?:them|the prisoners|our prisoners)) "
        r"(?:is |are |'s )?(?:on their list|(?:they're|they are|theyre) looking for|they want)\b|"
        r"\bto see (?:who|if any(?:one|body)) (?:got |was |were |has been |had been |they )?(?:brought in|locked up|picked up|booked|"
        r"in (?:the |our )?(?:cells|holding|pens))\b",
    ]
)
# ICE's own arrest going on as the officer writes, and the help asked is for it: "block the street
# while they make an arrest", "stand by at their arrest", "an ICE team knocking on an apartment".
# ERO makes ICE's arrests; HSI's and unnamed feds' are as often criminal: only beside ICE, CBP or DHS.
ICE_ARREST_SCENE = compile_all(
    [
        # (the clause starts after "while": the scene is its subject and verb)
        r"\b(?:they|the agents|ice|their team|the team)(?: agents?| officers?)?(?: just)? (?:make|do|finish|finished|complete|completed|wrap up|conduct|"
        r"are making|are doing|finish up|is making|is doing|making) (?:an?|their|the) (?:[\w']+ )?arrests?\b",
        r"\b(?:stand by|standby|back(?:ing)? (?:them|us) up|be there|support) (?:at|during|for) (?:their|the ice) arrests?\b",
        r"\bice (?:team|agents?|officers?) (?:is |are )?knocking (?:on|at) (?:an?|the|a neighbor's) (?:apartment|apt|door)\b|"
        r"\bice (?:team|agents?|officers?) (?:is|are|was|were) (?:arresting|grabbing|detaining|picking up|taking down)\b|"
        # "ICE team is mid-arrest on the mezzanine"
        r"\b(?:they|the agents|ice|their team|the team)(?: team| agents?| officers?)? (?:is |are |'re |'s )?"
        r"(?:mid-?arrest|in the middle of (?:an?|the|their) (?:[\w']+ )?arrest)\b",
        r"\b(?:walk|put|load|get|carry|drag) (?:the|their) (?:[\w']+ )?(?:target|subject|guy|man|woman) (?:out )?(?:to|in|into) (?:the|their) (?:van|car|vehicle|truck|suv)\b",
        # "they want to meet him at the courthouse and take him": an arrest where he answers a ticket
        r"\b(?:meet|catch|grab|wait for) (?:him|her|them) (?:at|outside|in front of) (?:the )?(?:court ?house|court)\b(?=.{0,20}\b(?:take|grab|arrest|pick)\b)",
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
        r"\b(?:alien|human|migrant|people) smuggling\b|\bsmuggling (?:migrants|people|aliens|immigrants|undocumented)\b|"
        r"\b(?:people|persons|migrants|aliens|immigrants) (?:who were |being |were )?smuggled\b",
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
                "cargo",
                "freight",
                "wildlife",
                "firearms",
                "firearm",
                "arms",
                "pill",
                "pills",
                "opioid",
                "meth",
                "marijuana",
                "tobacco",
            )
            for gap in (" ", "-")
        )
        + r"\bsmuggling\b(?! (?:of )?(?:drugs|guns|weapons|narcotics|fentanyl|cocaine|heroin|cigarettes|contraband|cash|goods|"
        r"pills|opioids|oxy\w*|meth|marijuana|tobacco|merchandise|counterfeit|controlled substances?))"
        # "21 USC 952 smuggling": the drug-import section names what was smuggled
        r"(?<!21 usc 952 smuggling)(?<!21 usc 960 smuggling)",
        r"\bsmuggl\w*\b(?=.{0,60}\b(?:people|ppl|persons|migrants|aliens|immigrants|undocumented|over the border|across the border)\b)",
        r"\b(?:brought|bringing|moved|moving|transporting|sneaking|snuck)\b.{0,25}\b(?:people|ppl|migrants|aliens|immigrants)\b.{0,25}\b(?:over|across) the border\b",
        # "the driver is bringing people across from Canada and dropping them in Queens"
        r"\b(?:brought|bringing|brings|moved|moving|moves|transporting|sneaking|snuck|running)\b (?:[\w']+ ){0,2}(?:people|ppl|migrants|aliens|immigrants)\b"
        r"[^.?!]{0,25}\b(?:across|over|in) from (?:canada|mexico)\b",
    ]
)
# "pretty sure he's here illegally, should I call ICE": the officer's belief of the status is the
# reason for the call; the doubt is of his status, not of what the call is for
STATUS_BELIEVED = re.compile(
    r"\b(?:(?:pretty|fairly) sure|i think|i believe|i'm guessing) (?:he|she|they)(?:'s|s| is| are|'re) "
    r"(?:here illegally|undocumented|illegal|in the country illegally|out of status)\b"
)
SAYS_A_CRIME = (
    r"(?:\b(?:both|they|agents) (?:say|claim)|\b(?:says|said|claims|claimed)) (?:it's |its |it is |for |about |a |an |their |federal ){0,3}"
    r"(?:[\w-]+ )?(?:traffick\w*|narcotics|drugs?|fentanyl|heroin|cocaine|guns?|weapons?|firearms?|fraud|gangs?|terrorism|robbery|"
    r"smuggling)\b(?!'? (?:thing|stuff|info|information|kind of thing|aren't|isn't|are not|is not|arent|isnt)\b)"
)
INVESTIGATION_CONTEXT = compile_all(
    [
        r"\binvestigat(?:e|es|ed|ing|ion|ions|ors?)\b",
        # "a truck they think is moving counterfeit goods": what the agency suspects the target of
        r"\b(?:is|are|was|were|been) (?:bringing|moving|smuggling|importing|shipping|running|distributing|dealing|pushing)\b",
        r"\bcases?\b",
        # "it's for the double homicide the task force is working": the crime they work
        # ("an MS-13 homicide his group is working with our squad")
        r"\b(?:the task ?force|they|we|the squad|the agents?|he|she|(?:his|her|their) (?:group|team|unit|squad)) "
        r"(?:is |are |'re |was |were )?(?:working|working on|investigating)\b",
        # "says they're looking into counterfeit bags": the crime they look into
        r"\b(?:they|the agents?|he|she|hsi|fbi|dea|atf|cbp)(?: is| are|'re|'s| was| were)? looking into\b",
        # "FBI agent at TD 1 working the slashing on the 42 St platform"
        r"\bagents? (?:[\w'-]+ ){0,4}working (?:on )?(?:the|a|an|their|that|this)\b",
        r"\bprobes?\b",
        r"\bcharges?\b",
        r"\bcharged\b|\bcharging\b",
        r"\bindict(?:ed|ment)\b",
        r"\bprosecut",
        r"\bwire\b(?! fraud)",  # a wiretap, not the crime
        r"\bcriminal\b",
        r"\brings?\b",
        r"\bsuspects?\b",
        r"\bwarrant\b",
        r"\btask ?force\b",
        r"\bdistribution\b",
        r"\bop(?:eration)?s?\b|\btake ?downs?\b|\braids?\b|\bbusts?\b",
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
        # the agent naming the case in a word: "it's trafficking, but ...", "he says it's guns" (not a
        # guess, "figures it's a gang thing", nor a vague "a 'fraud' thing")
        r"(?<!figures )(?<!figure )(?<!thinks )(?<!think )(?<!guess )(?<!guessing )(?<!assume )(?<!assumes )(?<!maybe )"
        r"\b(?:it's|it is|this is|it was|that's|its) (?:a |an |all |about |for |just |only )?(?:[\w-]+ )?"
        r"(?:traffick\w*|narcotics|drugs?|fentanyl|heroin|cocaine|guns?|weapons?|firearms?|fraud|gangs?|terrorism|"
        r"robbery|robberies|smuggling|money laundering|child exploitation)\b(?! (?:thing|stuff|type thing|kind of thing)\b)",
        SAYS_A_CRIME,  # "both say gun trafficking": their own word for it
        r"\bfor (?:a|an|the|their|his|her|this)\b",
        r"\bre:|\bregarding\b|\brelated to\b|\bin connection with\b|\btied to\b|\binvolving\b|\bconnected to\b",
        r"\b(?:framed|billed|described|pitched|presented|sold to us) as\b",
        # "a counterfeit goods warehouse, 18 USC 2320": a federal criminal code section names the case
        r"\b(?:18|21|26|31) ?u\.?s\.?c\b|\btitle (?:18|21)\b",
    ]
)
