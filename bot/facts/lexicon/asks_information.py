"""Strong ask cues about information: records, bulk data, surveillance data, status."""

from __future__ import annotations

from bot.facts.lexicon.blocks import AGENTS, PERSON, RECORDS, SHARE_VERB
from bot.facts.model import Ask

__all__ = ["INFORMATION_ASKS"]

# "gang database entries on the 3 guys they're indicting": a few people's records, not the database
# (a count up to twenty: "the 12 indicted members of the crew" are named defendants, not the database)
_FEW = r"(?:[1-9]|1[0-9]|20|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_FEW_PEOPLE = (
    rf"(?:(?:the |these |those |my |our )?{_FEW} "
    r"(?:[\w']+ )?(?:guys|men|women|people|defendants|suspects|targets|subjects|individuals|brothers|teens|members|associates)\b"
    r"|(?:him|her|the (?:suspect|target|subject|defendant|guy|man|woman))\b"
    # ("entries on 5 Trinitarios": a few members named by their gang)
    # (not "for 3 years", "on 5 cases": a span of time or of records, not people)
    rf"|{_FEW} "
    r"(?!(?:years?|months?|weeks?|days?|hours?|mins?|minutes?|times?|cases?|incidents?|arrests?|calls?|reports?|stops?|"
    r"addresses|plates?|cars?|vehicles?|locations?|blocks?|buildings?)\b)[\w'-]+s\b"
    # "the gang database entry on a Trinitarios member": one person's entry
    r"|(?:a|an|one|this|that) (?:[\w'-]+ ){0,2}?(?:member|associate|guy|man|woman|kid|person|suspect|target|subject|defendant|individual|"
    r"teen|juvenile|y/o|yo|year[- ]old)(?![\w/])"
    r")"
)
# what a database holds on a person: "entries", "write-ups", "the entry and last known address"
_DATABASE_RECORD = (
    r"(?:entry|entries|write-?ups?|records?|files?|info|profiles?|cards?|sheets?|hits|printouts?|print-?outs?)"
)
_FEW_NAMED = rf"{_DATABASE_RECORD}(?: and (?:[\w'-]+ ){{0,3}}?[\w'-]+)? (?:on|for|about) {_FEW_PEOPLE}"

INFORMATION_ASKS: dict[Ask, list[str]] = {
    Ask.SHARE_RECORDS: [
        # "wants us to point out for them who's who in the crowd": naming people for the agents
        r"\bpoint(?:ing)? out (?:for (?:them|him|her|the agents?) )?(?:who(?:'s| is) who|which (?:one|guy|person|people))\b|"
        r"\bpoint (?:him|her|them|people|the guy) out (?:to|for) (?:them|the agents?|ice|ero|hsi|cbp)\b",
        # "add my FBI JTTF counterpart to the email thread for our investigation": the case's mail, shared
        r"\b(?:add|adding|cc|copy|include|put)\w* (?:my |our |the |their |an? )?(?:[\w'-]+ ){0,3}(?:counterpart|agent|contact|partner|sa|fed|liaison)s? "
        r"(?:on|to|in|onto) (?:the|our|my) (?:[\w'-]+ )?(?:email|e-mail|mail|distribution|group|text|chat)(?: thread| list| chain| chat)?s?\b",
        # "asked us to keep them posted on our homicide case as it goes": the case file as it grows
        r"\bkeep (?:them|him|her|us|the (?:feds|agents?|agency|task force)|ice|ero|hsi|cbp|fbi|dea|atf|usms|(?:the )?marshals) "
        r"(?:posted|updated|informed|in the loop|looped in|apprised|up to date) (?:on|about|with|re|regarding) "
        r"(?:our|the|this|that|his|her) (?:[\w-]+ ){0,2}(?:case|investigation|homicide|shooting|robbery|murder|progress|developments)\b",
        # "wants the vendor's name off my summons": a named person's identifiers
        r"\bwants? (?:the|that|this) [\w-]+'s (?:full )?(?:name|dob|date of birth|address|id|id info|phone number)\b",
        # "ATF wants the gun for tracing (their trafficking case)": the evidence itself, for their lab
        r"\bwants? (?:the|our|that|those) (?:guns?|firearms?|weapons?|pistols?|rifles?|glocks?|casings?|shell casings?) "
        r"(?:for|to) (?:tracing|trace|a trace|testing|test|nibin|ballistics)\b",
        # "ATF wants us to run an eTrace on the gun recovered in our homicide": the gun's record, sent to them
        r"\b(?:run|running|do|doing|submit|submitting|put in) (?:an? )?(?:e-?trace|gun trace|firearms? trace|trace request)\b",
        # "HSI now says the prints are to confirm his identity for his removal case": his fingerprints, wanted
        r"\b(?:the|his|her|their|our) (?:finger ?)?prints (?:are|is|were|would be) (?:for|to|needed)\b",
        # "they want us to bring it out and hand it over under the warrant": the evidence itself
        r"\b(?:hand|turn|give)(?:ing)? (?:it|that|the (?:phone|gun|firearm|evidence|item|property|laptop|device|drugs|cash|money)s?) over\b",
        # "asked what time dismissal is and who usually picks up a certain 6th grader": a person's routine
        r"\bwho (?:usually |normally |typically |always )?(?:picks? up|drops? off|comes? for|collects?) (?:a |the |that |this |his |her )?(?:certain )?[\w'-]+\b|"
        r"\bwhat time (?:dismissal is|school (?:lets out|ends)|(?:he|she|they) (?:leaves?|gets? out|gets? off|finish(?:es)?))\b",
        # "asks me to confirm whether a certain man is staying here": where a person is, told to them
        r"\b(?:confirm|tell (?:him|her|them)|say|check) (?:whether|if) (?:a (?:certain )?|the |this |that )?(?:man|woman|person|guy|lady|resident|client|kid|student|he|she)\b (?:[\w'-]+ ){0,3}?(?:is |'s )?(?:staying|living|lives|stays|sleeping|registered|housed) (?:here|there|at)\b",
        # a deconfliction call: "they want to confirm whether we have an open case on the address"
        r"\b(?:confirm|know|check|find out|tell them|let them know)\b (?:[\w']+ )?(?:whether|if) (?:we|the squad|our squad|nypd) "
        r"(?:have|has|had|are working|is working|got) (?:an? |any |anything |something )?(?:open |active |ongoing )?(?:case|investigation|file)",
        # "passenger says he's undocumented ... can we call ICE on him?": telling them where he is is the ask
        # ("her bf threatened to call ICE on her": someone else's threat, nothing asked of us)
        r"\b(?:(?:can|could|should|do|may|shall|would) (?:we|i)|(?:us|me) to|we (?:should|could|can|have to|gotta))(?: just)? "
        r"(?:call|notify|contact|alert|tip off|report)\w* (?:ice|ero|immigration|dhs|cbp|border patrol|hsi) (?:on|about) "
        r"(?:him|her|them|(?:the|this|that) (?:[\w']+ )?(?:guy|man|woman|driver|passenger|kid|person|lady|worker|vendor))\b",
        # "also wants to know where the suspect's mother lives": an address asked in so many words
        r"\b(?:wants?|wanted|needs?|asking|asked|asks) to know where (?:[\w'-]+ ){1,4}(?:lives|is living|stays|is staying|resides)\b",
        # "asked us to photograph all the IDs and papers in the apt and email them to him"
        r"\b(?:photograph|photo|copy|scan|snap|take (?:pictures|photos|pics) of)\b[^.;!?]{0,60}\b(?:email|send|text|fax|forward)\w* "
        r"(?:them|it|those|these|the (?:photos|pictures|pics|copies|scans)) to (?:him|her|them|the agents?|ice|ero|hsi|cbp|dhs)\b",
        # "DEA asking for our vertical patrol arrests at Building 4": our arrest records
        r"\b(?:asking for|asked for|asks for|wants?|wanted|needs?|requesting|requested)\b (?:our|copies of our) (?:[\w'-]+ ){0,2}"
        r"(?:arrests|collars|stops|summonses)\b(?= (?:at|in|on|from|for)\b)",
        # "asks if we've got anything on a Luis R.": whatever our records hold on someone
        r"\b(?:wants?|wanted|needs?|asking|asked|asks|ask) (?:us |me )?(?:to know )?(?:if|whether) (?:we|you|the squad|the pct|nypd)"
        r"(?:'ve| have| has)? (?:got |have |has )?anything (?:on|about) (?!(?:it|that|this)\b)",
        # "HSI wants the NYSID printout on a guy" (not "the rap printout is cut off": the record we read)
        r"\b(?:wants?|wanted|needs?|asking for|asked for|asks for|requests?|requested|send|sending|give|giving|email|fax)\b "
        r"(?:them |him |her |the agents? )?(?:the |a |his |her |our |a copy of the )?(?:nysid|rap|criminal history|arrest) (?:sheet )?printouts?\b",
        # the officer asked to search our systems for the agent: "run our internal databases on the
        # subject", "run all our RICO targets through NYPD's arrest database", "look up a name in our systems"
        # (not "the name check says possible match in the terrorist screening database": a result)
        r"\b(?:run|search|check|look up)\b(?! (?:says|said|came|comes|shows|showed|returned|hits?|is|was|results?)\b) "
        r"(?:(?!(?:him|her|them|it)\b)[\w']+ ){0,4}(?:through|in|against|on) (?:our|the|nypd's|nypd) "
        r"(?:[\w']+ ){0,2}(?:databases?|systems?|indices|indexes)\b|\brun (?:our|the|nypd's) (?:[\w']+ ){0,2}(?:databases?|systems?) (?:on|for)\b",
        # "the name my HSI buddy wanted looked up", "the name he wants run": a records check asked for
        r"\b(?:name|names|plate|plates|tag|tags)\b (?:[\w']+ ){0,4}(?:wants?|wanted|needs?|needed) (?:looked up|run|ran|checked)\b",
        # "agent wants the same 12 names run": a records check asked for
        r"\bwants? (?:(?:the|those|these|same|his|her|their|a few|some|\d+|two|three|four|five) ){0,3}(?:names?|plates?|tags?|people|guys) (?:ran|run)\b",
        # "our gang database entries on the 3 guys they're indicting": named people's records, not the database
        rf"\b(?:database|db|system) {_DATABASE_RECORD} (?:on|for|about) (?:him|her|them)\b|\b(?:database|db|system) {_FEW_NAMED}",
        # "HSI asked for entries on the same 5": the records named before, asked again
        r"\b(?:asked for|asks for|asking for|wants?|wanted|requested|requesting|needs?) (?:our |the |their |his |her )?"
        r"(?:entries|write-?ups?|database entries|db entries) (?:on|for|about)\b",
        # "the desk sgt let two HSI agents sit in the back and read our DD5s" (a step already taken, asked about)
        r"\blet (?:two |the |some |a couple of |\d+ )?(?:hsi|ice|ero|cbp|dhs|fbi|dea|atf|federal|fed)? ?(?:agents?|feds|officers|guys) "
        r"(?:[\w']+ ){0,5}(?:read|see|look (?:at|through)|copy|photograph|go through) (?:our |the |his |her )?"
        r"(?:dd-?5s?|reports?|files?|records?|case folders?|notes|paperwork)\b",
        r"\b(?:database|system|records?) (?:results?|hits?|returns?|checks?|search(?:es)?) (?:on|for|about) (?:a|an|the|one|this|that|him|her)\b",
        # transit fare records: "asking for the OMNY tap history of a card"
        r"\b(?:asking for|asks? for|asked for|wants?|requests?|requested|needs?)\b (?:the |our |his |her )?(?:[\w'-]+ ){0,2}"
        r"(?:tap|swipe|omny|metrocard) (?:history|records?|data|logs?)\b",
        # the Property Clerk's evidence: "wants the laptop we vouchered from a Staten Island arrest"
        r"\b(?:wants?|asks? for|asking for|asked for|requests?|requested|release|turn over|hand over)\b (?:the |our )?"
        # (not "wants to come look at the vouchered merchandise": a visit, not the things handed over)
        r"(?:(?!to\b)[\w'-]+ ){0,5}?(?:(?:we|that we|the pct|the precinct) )?vouchered\b|"
        # the lab's and CSU's findings: "wants our latent results from a car", "the post-blast report and the lab results"
        r"\b(?:wants?|asking for|asked for|asks for|requests?|requested|needs?|share|send|give)\b (?:our |the |their |his |her |any )?(?:[\w'-]+ ){0,3}?"
        r"(?:lab|latent|ballistics?|dna|fingerprint|print|tox(?:icology)?|forensic|post-blast|nibin) (?:results?|reports?|hits?|match(?:es)?|analysis|findings|workups?)\b|"
        # "wants to examine a vouchered passport": our evidence shown to them
        r"\b(?:examine|inspect|test|swab|image|photograph|copy) (?:the |a |an |our |that |this |those |these )?(?:[\w'-]+ )?vouchered\b",
        # a form's field: "ask - records", "Request: DD5s and the arrest report"
        r"\b(?:ask|asks|request|requesting|wants?|needs?)(?: for)?\s*[:=-]\s*(?:the |our |a |an |copies of |copy of |a copy of )?"
        # (an empty template's next label, "Ask:\nPaperwork:", is no value)
        r"(?:[\w'-]+ ){0,2}(?:records?|reports?|files?|dd-?5s?|paperwork|notes|rap sheets?|arrest history)\b(?!\s*:)",
        # the agent's ask relayed as a question: "can he have the arrest report now?", "could they get
        # a copy of the DD5?"
        r"\b(?:can|could|may|should) (?:he|she|they|the agents?|hsi|ice|dhs|cbp|fbi|dea|atf|the feds) (?:have|get|take|see) "
        r"(?:a copy of |copies of )?(?:the|our|his|her|that|those) (?:[\w'-]+ ){0,2}(?:reports?|dd-?5s?|files?|records?|paperwork|notes)\b",
        # after the fact: "ran our databases and gave HSI printouts on 6 members", "sent ERO the arrest report"
        r"\b(?:gave|handed|sent|emailed|e-mailed|faxed|passed|forwarded|shared|turned over|released)\b "
        r"(?:(?:hsi|ice|ero|cbp|dhs|fbi|dea|atf|usms|the marshals|them|the agents?|the feds|him|her) )?"
        r"(?:the |our |his |her |their |some |copies of (?:the |our )?|a copy of (?:the |our )?)?(?:[\w']+ )?"
        r"(?:printouts?|print-outs?|reports?|records?|files?|footage|videos?|photos?|rap sheets?|dd-?5s?|screenshots?)\b"
        r"(?! (?:unit|room|division|section|clerk|office|supervisor|department|bureau)\b)",
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
        # "release a prisoner's vouchered passport to them", "take 300 counterfeit bags we seized", "pull a
        # vouchered pistol from our property clerk": our evidence handed over
        r"\b(?:release|hand over|turn over|give|take|pick up|collect|pull|retrieve|fetch)\b (?:[\w'#$.,]+ ){0,4}(?:vouchered|seized|confiscated|recovered)\b|\b(?:[\w']+ )?(?:we|you) (?:seized|vouchered|confiscated|recovered)\b(?=.{0,40}\b(?:release|give|hand|take|turn over)\b)",
        rf"\b{SHARE_VERB} (?:{AGENTS} |us )?(?:[\w']+ ){{0,4}}{RECORDS}\b",
        r"\brun(?:ning)? (?:\d+ |the |some |a few |these |those |his |her |their |a |that |this )?(?:names?|plates?|tags?|sheets?|records?|history|prints)\b",
        # (not "run the 2 detainees over to their other boat": a ride)
        rf"\brun {PERSON}\b(?! (?:over |out |across |back )?to (?:their|the) )",
        # "run some associates through our systems", "run names in NYPD database"
        r"\brun(?:ning)? (?:[\w']+ ){1,3}(?:through|in|against|on) (?:our|the|nypd'?s?|all our) (?:[\w']+ )?(?:systems?|databases?|computers?|records?|indexes|files)\b",
        # "want to know if we had any contact with a diana reyes": our records of the person
        r"\b(?:if|whether) (?:we|nypd|the (?:pct|precinct|squad|nypd)|you|anyone|any of us)(?:'ve|'d| have| had)?(?: ever)? (?:had|have|has|had any|have any)(?: any)? (?:police )?(?:contacts?|dealings|interactions?|encounters?|run-?ins?) with\b",
        r"\blook (?:him|her|them) up\b",
        # "can we tell HSI if a particular car got towed to our pound?", "the prints ... send now?"
        r"\b(?:if|whether) (?:a|the|his|her|this|that) (?:particular |certain )?(?:car|vehicle|van|truck|plate) (?:got|was|has been) (?:towed|impounded|stopped|ticketed|summonsed)\b|"
        r"\b(?:the|his|her|their) (?:finger ?)?prints\b(?=[^.?!]{0,80}[.?!]?\s*send\b)",
        # "the summons history on a plate", "the prisoner property inventory": a record asked for
        r"\b(?:wants?|needs?|asking for|asked for|asks for|requests?|requested) (?:the |our |his |her )?(?:[\w'-]+ ){0,2}"
        r"(?:summons|ticket|tow|stop|complaint) history\b|\b(?:asks?|asking|asked) for (?:the |our )?(?:prisoner )?property inventor(?:y|ies)\b",
        r"\bpull (?:up )?(?:his|her|their|the|a) (?:record|file|history|sheet|arrests|priors|rap|info|address)\b",
        r"\b(?:check|search|look in) (?:our |the )?(?:system|database|records|files) for\b",
        rf"\bwhere (?:he|she|they|the \w+|{PERSON}) (?:lives?|stays?|is staying|works?|hangs? out|sleeps?|is living)\b",
        # "asking if a certain parent picks her kid up every day and what time": a person's routine
        r"\b(?:if|whether|what time|when) (?:[\w']+ ){1,4}(?:picks?|drops?) (?:[\w']+ ){0,3}(?:up|off)\b"
        r"(?=[^.?!]{0,40}\b(?:every|each|what time|usually|daily)\b)",
        # "asked where the lady from the dispute on 37 Av lives": a person named by a phrase
        r"\bwhere (?:the|that|this|his|her|their) (?:(?!(?:is|are|was|were|and|but|because|so)\b)[\w'#.-]+ ){1,7}?(?:lives|is living|stays|is staying|resides)\b",
        r"\b(?:his|her|their|[\w]+'s) (?:home |last known |current )?address(?:es)?\b",
        # 911: "ERO wants the caller's callback number"
        r"\b(?:his|her|their|[\w]+'s) (?:call ?back|cell|cellphone|phone|home phone|contact) (?:number|no|#)s?\b|\bcall ?back numbers?\b",
        r"\b(?:wants?|asks? for|asking for|asked for|needs?|requests?|requested)\b (?:the |his |her |their |an? )?(?:home |last known |current )?address(?:es)?\b",
        # the second of two things asked: "asks for both: citizenship status AND the address"
        r"\b(?:asks? for|asking for|asked for|wants?|wanted|requests?|requested)\b (?:both|two things)\W+(?:[\w']+ ){1,4}(?:and|&|\+|plus) "
        r"(?:the |his |her |their )?(?:home |last known |current )?address(?:es)?\b",
        # ("we have a copy of his naturalization certificate in our file": what we hold, not what is asked)
        r"(?<!we have )(?<!we had )(?<!we keep )(?<!i have )(?<!we've got )\b(?:copies of|a copy of)\b",
        # "the passport and travel documents we vouchered from him"
        r"\b(?:wants?|needs?|asks? for|asking for|asked for|requests?|requested)\b (?:the |our |a |his |her |\d+ |two |three )?(?:[\w']+ )?"
        r"(?:pistols?|guns?|firearms?|rifles?|weapons?|drugs|narcotics|evidence|items|property|phones?|devices?|passports?|travel documents?|id cards?)\b"
        r"(?:(?: and| or|,) (?:the |his |her )?(?:[\w']+ ){0,2}(?:documents?|papers|ids?|id cards?|items|property|cards?|phones?))?"
        r"(?= (?:we|that we|you) (?:vouchered|recovered|seized|have|hold|took))",
        r"\bwhich (?:kid|child|person|guy|one|student|man|woman) (?:[\w']+ ){0,3}(?:belongs to|is (?:his|her|their)|lives)\b",
        r"\bwhich (?:house|apartment|apt|building|address|door|unit|floor)\b.{0,40}\b(?:lives?|stays?|is staying)\b",
        r"\b(?:test[- ]?fire (?:results|report)|vouchers?|property invoices?|invoices?|dd ?fives?)\b(?=.{0,80}\b(?:send|give|want|wants|need|needs|share|copy)\b)|(?<=\bwants the )test[- ]?fire",
        # "Follow-up on the Tremont shooting DD5s: ... OK to send now?"
        r"\bdd-?5s\b(?=.{0,200}\b(?:ok|okay|good|fine|clear) to (?:send|share|give|forward|email)\b)",
        r"\b(?:look at|see|copy of|copies of|read|check) (?:our|the) (?:command |desk )?(?:logs?|blotter)\b",
        # "they want his bed number", "her room number at the shelter": where one person sleeps
        r"\b(?:his|her|their|the guy's|the resident's) (?:bed|room|cell|locker|unit|apartment|apt|cot) (?:number|#|no\.?|assignment)\b",
        # "go through our case folder with our detectives", "his NYSID and mugshot"
        r"\bgo (?:through|over) (?:our|the) (?:[\w']+ )?case (?:folder|file|jacket|binder)s?\b|\bmug ?shots?\b|\bnysid (?:and|&) (?:photo|picture|mug)",
        # "wants the same prisoner's property clerk invoice"
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested) (?:the |a |our |a copy of the |copies of the )?(?:[\w']+ ){0,3}(?:property (?:clerk )?)?invoices?\b",
        # "look at today's prisoner holding log", "a copy of the shelter's sign-in log"
        r"\b(?:look at|see|copy of|copies of|read|check|go through|review|photograph|photo of|pic of|picture of) "
        r"(?:our |the |today's |tonight's |yesterday's |this week's |the day's |the shelter's |the school's )?(?:[\w'-]+ ){0,2}(?:logs?|blotters?|rosters?|sign-?in sheets?)\b",
        # "the class schedule and attendance for a 16 y/o": one student's school records
        r"\b(?:class|school|bell) schedules?(?: and attendance)?\b|\battendance (?:records?|history)\b|\b(?:school|student|enrollment|disciplinary) records?\b",
        # "tell him if that's the guy in the photo": identifying a person is information about them
        r"\b(?:tell|confirm|say|let (?:him|her|them) know|verify)\b (?:[\w']+ ){0,3}(?:if|whether|who) (?:that's|thats|that is|this is|it's|it is|he's|she's) (?:the|a|our|same) (?:same )?(?:guy|man|woman|person|kid|dude|lady|one|individual)\b",
        r"\b(?:identify|id|i\.d\.) (?:him|her|them|the (?:guy|man|woman|person|kid|subject|individual))\b(?! (?:as|with|by) (?:ice|hsi|an agent))",
        r"\bwhat (?:address|phone|number|name|dob|date of birth)\b",
        # "look through our prisoner log for last week": the log's entries, as a day's log is read
        # (not "the sgt wrote in the command log", "a command log entry": where something was written down)
        r"(?<!in the )(?<!in our )(?<!in a )(?<!in his )(?<!in her )\b(?:prisoner|command|desk|holding|cell|pen|visitor|"
        r"central booking) (?:logs?|books?|blotters?|rosters?)\b(?! entr(?:y|ies)\b)",
        # "Same attachments, same case, but this time the ask came from the FBI ... Send?": the files sent before
        r"\b(?:same|the|those|these) attachments?\b(?=[^.;!?]{0,160}[.;!?]?[^.;!?]{0,160}\b(?:send|forward|email|share)\b(?: (?:it|them|those))?\s*\?)",
        # a list of asks by agency, "ATF: the trace paperwork / FBI: the shooting complaint report": the thing named
        r"(?:^|[./;]\s*)(?:fbi|dea|atf|usms|marshals|hsi|ice|ero|cbp|dhs)\s*:\s*(?:the |our |a |copies of (?:the |our )?)?(?:[\w'-]+ ){0,3}"
        r"(?:reports?|paperwork|files?|dd-?5s?|footage|video|records?|photos?|statements?|invoices?)\b",
        # "our NIBIN leads on the crew": what our ballistics matching found
        r"\b(?:nibin|ballistics?|ballistic) (?:leads?|hits?|reports?|results?|matches|links?|notifications?)\b",
    ],
    Ask.SHARE_BULK_DATA: [
        # "a database pull of everyone we've arrested with MS-13 ties", "read-only login to our arrest database"
        r"\b(?:database|db|data|system) (?:pull|dump|extract|query|search|run)s? (?:of|on|for) (?:every|all|everyone|everybody|each)\b|"
        r"\b(?:logins?|log-?ins?|accounts?|credentials|direct access) (?:to|for|into) (?:our|the|nypd's) (?:[\w'-]+ ){0,2}(?:database|system|records system|portal)s?\b",
        # "wants every bootleg-handbag arrest on Canal St for 3 yrs": every record of a kind, over a span
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested) (?:every |all (?:the |our )?)(?:[\w'-]+ ){0,2}"
        # (not "all our arrest paperwork on a named man": one person's file)
        r"(?:arrests?|stops|summons(?:es)?|complaints|reports|collars)\b(?! (?:paperwork|reports?|records?|history|files?)\b)"
        r"(?![^.;!?]{0,30}\bon (?:him|her|a (?:named|single|specific) |one |this (?:guy|man|woman)))(?=[^.;!?]{0,60}\b(?:for|over|in|from) (?:the )?(?:past |last )?"
        r"(?:\d+|two|three|four|five|six|several|a few) (?:yrs?|years?|months?)\b)",
        # "a printout of all our arrests of Trinitarios in the 34 for the past 2 yrs"
        # ("a list from us of every call we've had at the shelter this year": every job at one place)
        r"\b(?:printout|print-out|list|spreadsheet|extract|dump|rundown)s? (?:from (?:us|our [\w']+) )?of (?:all |every )(?:of )?(?:our |the )?"
        r"(?:arrests|stops|summonses|collars|complaints|contacts|arrestees|(?:911 )?calls?|radio runs?|jobs?|incidents?)\b",
        # "ICE asked for every DAT we issued this month", "wants every SR from callers who picked Spanish"
        r"\b(?:wants?|wanted|asked for|asking for|asks for|needs?|requests?|requested)\b (?:every |all (?:the |of the |our |of our )?)"
        r"(?:[\w'-]+ )?(?:dats?|srs?|service requests|summonses|tickets|stop reports|311 calls)\b",
        # "ERO wants list of all DATs to non-citizens, 110 PCT, 2026"
        r"\b(?:a )?lists? of (?:all |every |the )?(?:[\w']+ )?(?:dats|arrests|arrestees|summonses|stops|collars|complaints|bookings|people|names)\b",
        r"\blist of (?:every|all|each) (?:[\w']+ ){0,2}(?:arrests?|people|persons|names|tenants|residents|collars|arrestees|summons(?:es)?|tickets|stops|complaints|incidents|reports)\b",
        r"\blist of (?:all |every |the )?(?:[\w']+ ){0,3}(?:people|names|persons|individuals|arrests|arrestees|stops|members|everyone|everybody|anybody|anyone|plates|tags|drivers|vehicles|addresses|immigrants|undocumented|gang members|"
        r"workers|employees)",
        # ("run his name through our gang database": one name checked, not the database handed over)
        r"(?<!through )(?<!through our )(?<!through the )(?<!against )(?<!against our )(?<!against the )"
        rf"\b(?:gang|our|the|whole|entire|criminal group) (?:database|db)\b(?! entry (?:on|for|of) (?:a|the|one|this|that|their|our)\b)(?! {_FEW_NAMED})"
        # ("our database results on a terror suspect": one person's records)
        r"(?! (?:results?|hits?|returns?|checks?|search(?:es)?) (?:on|for|about) (?:a|an|the|one|this|that|him|her)\b)",
        # "the roster of our summer youth program (names, ages, parents' contacts)"
        r"\b(?:rosters?|sign-?in sheets?|attendance (?:lists?|sheets?)|enrollment lists?) (?:of|for|from) (?:our|the|their|a) (?:[\w'-]+ ){0,3}"
        r"(?:program|class|classes|league|team|meeting|council|camp|center|school|club|group)s?\b",
        # "the list of families who come to the mosque's Saturday classes"
        r"\b(?:list|names|roster|sign-?in sheets?) of (?:the |all (?:the )?|every )?(?:families|people|members|worshippers|congregants|parents|"
        r"students|residents|attendees|tenants|clients|visitors|workers|employees|staff)\b",
        r"\b(?:arrest|stop|summons|arrestee) (?:list|log|roster)s?\b",
        # "ERO wants that same gang list", "the gang roster": a list of people kept by the NYPD
        r"\bgang (?:lists?|rosters?|spreadsheets?)\b",
        # ("our IT would export it and send it": one clip copied out, not a data set)
        # ("an extract of our records on three named suspects": a few people's records, not a data set;
        # "a weapons export case": the crime, not a copy of data)
        # ("wants the lobby cams from last Tuesday. OK to export?": the officer's verb for the copy asked)
        r"(?<!ok to )(?<!okay to )(?<!can i )(?<!can we )(?<!should i )(?<!should we )"
        r"\b(?:data ?dump|bulk(?! cash)|extract|export|download|spreadsheet)\b(?! (?:it|that|the (?:clip|video|footage|photo|file))\b)"
        rf"(?!(?: of (?:our |the |their |his |her )?(?:[\w']+ ){{0,2}}(?:records?|files?|data|reports?))? (?:on|for|about) {_FEW_PEOPLE})"
        r"(?<!\bexport(?= (?:cases?|control|violations?|crimes?|charges?|schemes?|investigations?|probes?|laws?|licen[sc]es?|rings?|fraud)\b))",
        r"\bsign-?in (?:sheets?|lists?|logs?)\b|\battendance (?:lists?|sheets?)\b|\bvisitor (?:logs?|lists?)\b",
        r"\b(?:everyone|everybody|anyone|anybody) (?:we|who|that) (?:[\w']+ ){0,2}(?:arrested|stopped|booked|summonsed|picked up|have|ran)",
        r"\ball (?:the |of the )?(?:[\w']+ )?(?:people|persons|individuals|arrestees|arrests|stops|names|records|summonses) (?:in|from|for|who|we|that)\b",
        r"\b(?:every|all) (?:[\w']+ )?(?:arrest|stop) (?:from|in|since)\b",
        r"\b(?:every|all) (?:the )?(?:[\w']+ )?(?:arrests|stops|complaints|911 calls|summonses|incidents) (?:at|on|in|from|for|around|near)\b",
    ],
    Ask.SHARE_SURVEILLANCE_DATA: [
        # "CBP called back about the Van Wyck plate ... send the reads?"
        r"\b(?:send|give|share|pass|forward|email|hand over|release)\w* (?:them |him |her |over )?(?:the |our |those |any )?(?:lpr |plate |alpr )?reads\b",
        # "the FBI wants the plate reader hits for the car", "pull the hits for them"
        r"\b(?:plate[- ]?reader|lpr|alpr|license plate reader) (?:hits|reads|data|records|history|logs)\b|\bpull (?:the |those |any )?(?:lpr |plate )?(?:hits|reads)\b",
        r"\bshot ?spotter\b|\bcamera (?:grabs?|pulls?|stills?|screenshots?|canvass(?:es)?)\b",
        # "send stills of the faces to his buddy at ERO": frames of our video, sent on
        r"\b(?:send|give|share|forward|email|text)\w* (?:him |them |her )?(?:the |those |some |our )?(?:stills|screen ?grabs?|still images?)\b",
        r"\b(?:rtcc|camera|cctv|surveillance) (?:camera )?(?:clips?|footage|video|stills|recordings?)\b",
        # "the bldg 3 lobby stills", "lobby cam stills": a place's camera, named by the place
        r"\b(?:lobby|hallway|elevator|stairwell|platform|turnstile|entrance|door|bldg|building|station|mezzanine|garage|"
        r"gate|yard|waiting room) (?:cam(?:era)?s? )?(?:stills|clips?|footage|video|recordings?|screenshots?|screen ?grabs?)\b|"
        r"\bcam (?:stills|clips?|footage|video|recordings?)\b",
        # "wants the station cams from last fri 6-8pm": a place's cameras asked, for a time
        r"\b(?:wants?|need|needs|asking for|asked for|requesting) (?:the |our |those |any )?(?:[\w'-]+ )?(?:cams|cameras) "
        r"(?:from|for) (?:the |last |this |yesterday|\d)",
        r"\b(?:our )?(?:cameras?|cams?|lprs?|footage|video)\b (?:[\w']+ ){0,6}(?:caught|picked up|captured|recorded|saw|shows?|got) (?:the |a |him|her|them)",
        # ("is an LPR": a lawful permanent resident, not a plate reader)
        r"(?<!\bis an )(?<!\bwas an )(?<!'s an )\blprs?\b|\balprs?\b|\bplate[- ]?readers?\b|\blicen[cs]e plate (?:readers?|data|hits|scans|reads|cameras?)\b",
        r"\b(?:camera|cctv|ptz|argus|surveillance|pole ?cam)s? (?:footage|feeds?|data|network|video|system|stills|clips?|recordings?)\b",
        r"\bcctv\b|\bdomain awareness\b(?! (?:training|course|class|refresher))|\bdas\b",
        r"\b(?:video|footage|stills) from (?:the |our |a )?(?:[\w']+ )?cameras?\b",
        r"\b(?:plate|tag) (?:hits|reads|scans|history)\b",
        # "wants our surveillance logs on a guy": what our people watching him wrote down
        r"\b(?:our|the|those|any|copies of (?:our|the)|a copy of (?:our|the)) (?:surveillance|stakeout|observation) (?:logs?|notes|reports?|photos?|pictures|pics|sheets?)\b",
        r"\b(?:clips?|videos?|footage|stills|recordings?|feeds?) (?:from|off|of) (?:the |our |a |that |this )?(?:[\w']+ )?(?:pole ?cams?|cams|cameras?|dash ?cams?)\b",
        # "wants the same clip to ID people in the background": the clip named earlier
        r"\b(?:wants?|wanted|asking for|asked for|requests?|requested|needs?) (?:the |that |this |a copy of the )?(?:same )?(?:kind of |sort of )?(?:[\w'-]+ ){0,2}(?:clips?|stills)\b",
        r"\b(?:scanned|read|pinged|captured|picked up) by (?:our|the|any|nypd) (?:[\w']+ )?(?:readers?|cameras?|lprs?)\b",
    ],
    Ask.SHARE_STATUS_INFO: [
        # "what's the immigration status of the guy in our cells", "they asked me what country he's a citizen of"
        r"\bwhat(?:'s| is| was|s)? (?:the |his |her |their )?(?:immigration|citizenship|legal) status\b|"
        r"\b(?:what|which) (?:country|nation) (?:he|she|they|our [\w']+|the [\w']+)(?:'s| is| are| was)? (?:a )?(?:citizens?|nationals?) of\b",
        # "asks us to confirm one thing: whether our arrestee is a US citizen"
        # ("called asking one thing: whether the man we arrested at the terminal is a U.S. citizen")
        r"\b(?:confirm|verify|tell (?:them|him|her)|asking)\b[^.?!]{0,30}\b(?:whether|if) (?:he|she|they|(?:our|your|the|this) [\w']+)"
        # ("whether your arrestee [name, DOB] is a United States citizen": the agent's own words)
        r"(?: [\w'.-]+| \[[^\]]{0,30}\]){0,10}? (?:is|are|was|were|'s) (?:a |an )?(?:us |u\.s\. |american |united states )?citizens?\b",
        # "what our file says about the man's citizenship or immigration status", "whether anything in
        # our file shows the suspect's immigration status": what we hold on his status, asked of us
        r"\b(?:what|whether|if) (?:anything in )?(?:our|the|your|nypd'?s?) (?:[\w']+ )?(?:files?|records?|system|paperwork|database|reports?)\b (?:says?|shows?|has|have|lists?|holds?)\b"
        r"(?:[^.?!]{0,40}?)\b(?:citizenship|immigration status|legal status|nationality|(?:his|her|their) status)\b",
        # "a letter demanding the citizenship status of everyone we arrested at the protest"
        r"\b(?:demand\w*|request\w*|asking for|asks? for|asked for|wants?) (?:the |their )?(?:citizenship|immigration) status(?:es)? of\b",
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
        # "only want to know 'is he documented'"
        r"\b(?:is|are) (?:he|she|they|the (?:guy|man|woman|person|kid|driver|suspect|perp|prisoner|arrestee)) (?:documented|undocumented)\b|"
        r"\b(?:if|whether) (?:he|she|they|the (?:guy|man|woman|person|kid|driver|suspect|perp|prisoner|arrestee))\b (?:[\w']+ ){0,7}?"
        r"(?:is|are|'s) (?:documented|undocumented)\b",
        # "ERO ask only: is Jan K. a US citizen? just yes or no": the question put to us, a name and no title
        r"\bis (?:[\w.'-]+ ){1,3}?(?:a )?(?:us |u\.s\. )?citizen\b(?=\s*(?:\?|[,.]? (?:yes or no|or not|y/n)\b))",
        # ("whether the subject, whom we arrested last month, is a naturalized citizen or a green-card holder")
        r"\b(?:whether|if)\b[^.?!;]{0,80}?\b(?:is|'s|are|was|were|isn't|ain't|is not|wasn't|aren't|are not)\s+(?:\w+ )?"
        r"(?:an? (?:us |u\.s\. |naturalized |american )?citizen|(?:us |u\.s\. |naturalized )?citizens|"
        r"an? (?:green[- ]card holder|lawful permanent resident|permanent resident|lpr)|(?:here )?(?:legally|illegally))\b",
        r"\bconfirm (?:his |her |their |the )?(?:immigration |citizenship )?status (?:to|for|with) (?:hsi|ice|ero|cbp|dhs|them|the feds|the agents?|fbi|dea|atf|usms)\b",
        # "the arrest report and also whether hes in the country legally": a status question of its own
        r"\b(?:whether|if)\b[^.?!;]{0,60}?\b(?:is|'s|s|hes|shes|are|was|were) (?:\w+ )?(?:here|in (?:the )?(?:country|us|u\.s\.|united states|states|america)) (?:legally|illegally|lawfully|unlawfully|legal|illegal)\b",
        r"\b(?:wants?|wanted|needs?|asking|asked|asks) to know (?:his|her|their) (?:immigration |citizenship |legal )?status\b",
        # "wants only one thing from us: the immigration status of a man in their case"
        r"\b(?:wants?|wanted|needs?|asking for|asked for|asks for|requests?|requested)\b (?:[\w':]+ ){0,5}?"
        r"(?:the |his |her |their )?(?:immigration|citizenship|legal) status (?:of|for)\b",
        # "wants to know which of the five are citizens"
        r"\b(?:wants?|wanted|needs?|asking|asked|asks) to know (?:which|who|whether|if|how many)(?: (?:of )?(?:them|the [\w']+|those|these|our [\w']+))? "
        r"(?:is|are|was|were) (?:a |an )?(?:us |u\.s\. )?(?:citizens?|non-?citizens?|legal|illegal|documented|undocumented|here legally|here illegally)\b",
        r"\blists? (?:him|her|them|(?:the|our|this|that) [\w']+) as (?:a |an )?(?:us |u\.s\. )?(?:citizens?|non-?citizens?|immigrants?)\b",
        r"\b(?:are|is) (?:they|he|she|the \d+ [\w']+|(?:the|our|my|this|that) [\w']+) (?:a )?(?:us |u\.s\. )?citizens?\b",
        # "is a guy we arrested last month a US citizen, yes or no"
        r"\bis (?:a|the|this|that|our|my) (?:[\w']+ ){1,6}?(?:a )?(?:us |u\.s\. )?citizen\b(?=\s*(?:\?|,? (?:yes or no|or not|y/n)\b))",
        r"\b(?:whether|if) (?:[\w']+ ){0,3}(?:is|was|are) (?:a |an )?(?:lawful permanent residents?|green card holders?|permanent residents?|legal residents?)\b",
        # "asking one thing: is a defendant arraigned today a lawful permanent resident or not?"
        r"\b(?:is|was) (?:he|she|a|the|our) (?:[\w'-]+ ){0,4}(?:a |an )?(?:lawful permanent resident|green card holder|legal permanent resident)\b",
        # "what country of citizenship you have listed", "born in Mexico or in the United States"
        r"\b(?:country of )?citizenship (?:you |we )?(?:have )?(?:listed|on file|recorded|in (?:the|your|our) (?:system|records?))\b",
        r"\bborn (?:in )?[\w' ]{2,25} or (?:in )?the (?:united states|us|u\.s\.)\b|\bborn (?:in )?the (?:united states|us) or\b",
        # "can I ask him about his status, and tell HSI what he says about it?": his answer passed on
        r"\b(?:status|immigration|papers|legal)\b.{0,80}\b(?:tell|give|pass|share|send|relay|forward)\w* (?:it )?(?:to |on to )?(?:hsi|ice|ero|cbp|dhs|them|the agents?|the feds) (?:what|whatever) (?:status )?(?:he|she|they|the suspect|the perp|he's|she's)(?: (?:says?|said|tells? (?:me|us)|told (?:me|us)|admit\w*|answers?|answered))?\b",
        r"\b(?:tell|give|pass|share|send|relay|forward)\w* (?:it )?(?:to |on to )?(?:hsi|ice|ero|cbp|dhs|them|the agents?|the feds) (?:what|whatever) (?:status )?(?:he|she|they) (?:says?|said|told (?:me|us)|gave)\b.{0,40}\b(?:status|immigration|papers|legal)\b",
        r"\b(?:confirm|verify|tell|give|share|provide|check|run|look up|find out|let (?:them|\w+) know|say|send)\b\s*(?:[\w']+ ){0,6}(?:citizenship|(?:us |u\.s\. )?citizen\b|immigration status|legal status|(?:his|her|their|the) status|(?:if|whether) (?:he|she|they)(?:'s| is| are)? (?:[\w']+ )?(?:legal|illegal|here legally|here illegally|undocumented|a citizen|documented|deportable|removable|out of status|a green card holder|permanent resident|on a visa))",
        # "asking us to confirm whether the man we arrested yesterday has a green card"
        r"\b(?:confirm|verify|tell|check|find out|let (?:them|\w+) know)\b (?:[\w']+ ){0,2}(?:if|whether) (?:[\w']+ ){0,8}?(?:has|have|holds?|had) "
        r"(?:a |an |any )?(?:green card|visa|legal status|status|papers|work permit|work authorization)\b",
        r"\b(?:citizenship|immigration status|legal status)\b.{0,30}\b(?:on file|we have|in our (?:records|system))",
        r"\b(?:citizenship|immigration status)\b.{0,40}\b(?:as recorded|recorded by|in (?:our|nypd|the nypd) records|on (?:our|the) (?:arrest report|records?|paperwork))\b",
        r"\b(?:if|whether) your (?:records?|system|files?|paperwork|database) (?:show|shows|list|lists|say|says|have|has) (?:him|her|them) as\b",
        # "whether our records show a man we arrested last week as a U.S. citizen"
        r"\b(?:if|whether) (?:your|our|the|nypd'?s?) (?:records?|system|files?|paperwork|database)s? (?:show|shows|list|lists|say|says|have|has) "
        r"(?:[\w']+ ){1,8}?as (?:a |an )?(?:us |u\.s\. )?(?:citizens?|non-?citizens?|lprs?|permanent residents?|green card holders?)\b",
        # "this man is US citizen or no?", "is he an LPR": a status question, the article dropped or not
        r"\b(?:is|'s|are) (?:a |an )?(?:us |u\.s\. )?citizens?(?=\s*\?| (?:or not|or no|yes or no|y/n)\b)",
        # (not "if it hits an LPR": a plate reader the car drives past)
        r"\b(?:if|whether|is|'s) (?:[\w']+ ){0,5}?(?:is |'s |was |are )?(?<!hits )(?<!hit )(?<!pings )(?<!passes )(?<!by )(?<!past )"
        r"an lprs?\b(?! (?:hit|camera|reader|read|scan|alert|system|data)s?\b)",
        r"\b(?:what|which) (?:the |his |her |their )?(?:citizenship|nationality|immigration status|country (?:he|she|they) (?:is|are) from)\b",
        r"\b(?:status check|immigration check)\b(?![- ]?ins?\b)",
        r"\b(?:citizenship|immigration) status (?:on|in|from|recorded|listed|noted|we have|on file)\b",
        r"\b(?:shows?|lists?|has|have|puts?) (?:him|her|them) (?:as|down as) (?:a |an )?(?:us |u\.s\. )?(?:citizen|legal|illegal|undocumented|non-?citizen|alien|lpr|green card holder)\b",
        r"\b(?:wants?|needs?|asking for|asked for|asks for|requests?|requested)\b (?:[\w']+ ){0,3}(?:immigration|legal|citizenship) (?:situation|standing|papers|paperwork)\b",
        r"\b(?:green card|legal|documented|citizen) or (?:undocumented|illegal|not|no papers)\b",
        # "told the ERO officer our prisoner said he's from Honduras and has no papers"
        r"\b(?:told|tell|telling|gave|give|confirmed|said to)\b(?:(?!\b(?:but|because)\b).){0,70}\b(?:(?:has|had|have) no (?:papers|status|green card)|(?:is|was|'s|are|were) (?:undocumented|illegal|here illegally|not a (?:us |u\.s\. |u\.s |american )?citizen|out of status)|(?:was|is|'s) (?:born )?(?:from|in) (?!(?:the|a|an|here|there|our|his|her|custody|court|jail|the cells)\b)[a-z]+ and (?:has|had|is|was)\b)",
        r"\bis (?:he|she) a (?:us |u\.s\. )?citizen\b",
        # "'is this guy legal, what do you have on his status'", "whether the women 'have status'"
        r"\bis (?:this|that|the) (?:guy|man|woman|kid|person|dude|lady|girl|boy|subject|individual) (?:here )?legal(?:ly)?\b",
        r"\bis (?:he|she) (?:here )?legal(?:ly)?\b(?! (?:age|aid|guardian|owner|tender))",
        r"\b(?:what|anything) (?:do )?(?:you |we )?(?:have|got) on (?:his|her|their) (?:immigration )?status\b",
        r"\b(?:if|whether) (?:[\w']+ ){1,5}(?:have|has|had) (?:legal )?status\b",
        r"(?:^|[(,;:.)]\s*|\d\)\s*)(?:whether|if) (?:[\w']+ ){0,6}(?:is|'s|are|was) (?:\w+ )?(?:a (?:us |u\.s\. )?citizen|legal|illegal|undocumented|here legally|here illegally)\b",
        r"\b(?:wants?|asking|asked|asks|needs?|requests?|requested)\b (?:for )?(?:the |their |his |her )?(?:immigration|citizenship|legal) status (?:of|for|on)\b",
        r"\bis (?:[\w']+ ){1,3}(?:legal|illegal|undocumented|a (?:us |u\.s\. |u\.s |american )?citizen|here legally) (?:or not|or no)\b",
        r"\b(?:know|asking|asks|asked|ask|find out|wants to know|checking|check|confirm|wants?|needs?|tell (?:them|him|her|ice|\w+))\b\s*(?:(?!and\b)[\w']+ ){0,5}(?:if|whether) (?:[\w']+ ){0,6}?(?:is|'s|are|was|he's|she's|they're|hes|shes) (?:\w+ )?(?:legal|illegal|a (?:us |u\.s\. )?citizen|undocumented|here legally|here illegally|documented|in status|out of status|a legal resident|deportable|in the country (?:legally|illegally)|(?:legally|illegally) in the country)\b",
        r"\b(?:know|asking|asks|asked|find out|wants to know|checking|confirm|wants?|needs?)\b\s*(?:[\w']+ ){0,5}(?:if|whether) (?:[\w']+ ){0,4}(?:has|have|had) (?:a |his |her |their |any )?(?:green card|papers|visa|legal status|status|work permit|work authorization)\b",
        r"\b(?:anything|info|information|what we have|details|records?) (?:on|about|re) (?:the |his |her |their )?(?:immigration|citizenship|legal) status\b",
        r"\b(?:did|does|has|whether|if|was|is)\b (?:[\w'()-]+ ){0,8}born (?:in (?:the )?(?:us|u\.s\.?|united states|usa|america|this country|the states)|here)\b",
        r"\b(?:know|asking|asks|asked|ask|find out|wants to know|checking|check|confirm|verify)\b (?:[\w']+ ){0,4}(?:if|whether) [^.?!;]{0,50}?\b(?:is|'s|are|was|were) (?:\w+ )?(?:a (?:us |u\.s\. )?citizen|legal|illegal|undocumented|here legally|here illegally)\b",
        r"\b(?:what|anything) (?:[\w']+ ){0,3}(?:told us|said|told) (?:[\w']+ ){0,4}about (?:his|her|their) (?:immigration |citizenship |legal )?status\b",
    ],
}
