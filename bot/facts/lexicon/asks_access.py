"""Strong ask cues about places: premises, prisoners, office space, staging."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import AGENTS, CUSTODY_PLACE, PERSON
from bot.facts.model import Ask

__all__ = ["ACCESS_ASKS", "AT_OUR_HOUSE", "MEETING_HELD", "ON_A_SCHEDULE", "OUR_MEETING_BEFORE", "SHORT_USE"]

# "two days a week", "every Tuesday", "going forward": use on a schedule, not for one visit
_SCHEDULE = (
    r"\b(?:(?:one|two|three|four|five|\d|a few|several|a couple of) (?:days?|times?|nights?|mornings?|afternoons?) "
    r"(?:a|per|each|every) (?:week|month)|every (?:day|week|weekday|morning|night|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|weekly|daily|on a regular basis|regularly|going forward|ongoing|permanently|full[- ]time)\b"
)

ACCESS_ASKS: dict[Ask, list[str]] = {
    Ask.ACCESS_PREMISES: [
        # "set up an interview with Rosa Albarrán ... in our interview room Friday"
        r"\bset (?:up )?(?:an? )?interview (?:with|of) (?:[\w'-]+ ){1,3}[^.;!?]{0,60}?\bin (?:our|the|their) (?:[\w'-]+ )?"
        r"(?:interview room|squad room|precinct|pct|station ?house)\b",
        # "someone working in our precinct basement ... they want to go down there": into our house
        # ("a search warrant for one of our dept computers in the squad room ... they want to go up now")
        # ("to image a computer in our precinct's detective squad room. They want in now.")
        r"\b(?:our|the) (?:precinct|pct|station|stationhouse|command|building|squad)(?: house)?(?:'s)? (?:[\w'-]+ ){0,2}?"
        r"(?:basement|cells?|back|garage|cell ?block|room)\b"
        r".{0,120}?\b(?:want|wants|need|needs|asking|asked|trying) (?:to (?:go|get|head|come) (?:down|up|back|in|inside|downstairs|upstairs)|in(?: now| right now| here)?[.!?])",
        # "a BMW sitting in our secured lot ... they want in to search it": into our lot, to search
        r"\b(?:our|the) (?:[\w'-]+ ){0,2}?(?:lot|tow pound|pound|impound|yard|garage|property room|evidence room|storage room)\b"
        r".{0,120}?\b(?:want|wants|need|needs|asking|asked) (?:to (?:get|go|come) )?in(?:to (?:it|there|the lot))? "
        r"to (?:search|look|inspect|check|get|take|photograph|image|seize)\b",
        # "our squad DT set up the interview in our interview room", "I'd set it up at the squad": the
        # agency's interview held in our house
        r"\b(?:set (?:it |the interview |them )?up|arranged|scheduled|booked) (?:the |an |a |their )?(?:[\w']+ )?"
        r"(?:interview|debrief|meeting|meet|sit-?down)?\s?(?:in|at) (?:our|the) (?:interview room|precinct|pct|squad(?: room)?|"
        r"station ?house|house|detective squad|office|facility)\b",
        # "interview a witness from one of our robbery cases in our squad room": their interview, in our house
        r"\b(?:interview|question|debrief|re-?interview|talk to|speak (?:to|with)|meet with|sit down with) (?:a|an|the|our|one of our|this|that|his|her) "
        r"(?:[\w'-]+ ){0,8}?(?:in|at) (?:our|the) (?:squad room|interview room|precinct|pct|station ?house|squad|command|facility)\b"
        # (not "... we'd set it up and sit in": an interview we arrange is joint work, read as such)
        r"(?![^.;!?]{0,80}[.;!?]?\s*(?:we'd|we would|we will|we'll|we) (?:set|arrange|schedule))",
        # "bring the shooter's girlfriend in to our squad for an interview"
        r"\bbring (?:[\w'-]+ ){1,3}in (?:to|at) (?:our|the) (?:squad(?: room)?|pct|precinct|station ?house|office|facility|interview room)\b"
        r"(?=[^.;!?]{0,30}\b(?:interview|debrief|questioning|sit-?down))",
        # "feds want to come by the pct and look at our gang wall": into our house to see what we keep
        r"\b(?:come|stop|swing|drop) (?:by|to|into|over to) (?:the|our) (?:pct|precinct|station ?house|squad(?: room)?|command|house) "
        r"(?:and|to) (?:look at|see|check out|view|go through|look through|photograph)\b",
        # "they want to go back and get it themselves" (the phone in our property room); not "go back
        # and get a judge's warrant"
        r"\b(?:want|wants|wanted|asking|asked|trying) to (?:go|come|walk|head) (?:in the |in )?back (?:there )?(?:and|to) "
        r"(?:get|grab|take|look|search|pull|see)\b(?! (?:a|an|the|their) (?:[\w']+ )?(?:warrant|judge|signature|paper(?:work)?|subpoena)s?\b)",
        # "arranged for them to view the firearms in the property room tomorrow"
        r"\b(?:look at|view|inspect|examine|photograph)\b.{0,40}\b(?:in|at) (?:our|the) (?:property room|evidence room|vault|impound|tow pound)\b",
        # "use our pct bathroom and break room while waiting", "sit in our muster room while they watch a bldg"
        r"\b(?:use|sit in|hang out in|wait in|set up in|take over) (?:our|the) (?:pct |precinct |station ?house |house )?(?:bathroom|restroom|break ?room|muster room|locker ?room|lounge|lunch ?room|kitchen)s?\b",
        # "wait in the back by the cells instead of the lobby", "wait in our muster room"
        r"\bwait (?:in|inside|out) (?:the back|back there|(?:our|the) (?:[\w']+ )?(?:muster|squad|break|back|cell|holding|interview|property) ?(?:room|area|office|hallway))\b",
        r"\b(?:they|agents?|the agents|feds|them)\b (?:[\w']+ )?(?:wants?|need|needs) (?:to get )?in\b(?=\s*(?:$|[.,;!?]))|\blet (?:them|him|her|the agents?) up\b(?=\s*(?:$|[.,;!?]|to\b))",
        r"\bentrar (?:al|a la|en el|en la) (?:area de |zona de )?(?:celdas|calabozos?|oficinas?|precinto|cuartel)\b",
        # "want to look at a car in our precinct's secured impound lot": into our lot to see what we hold
        r"\b(?:look at|inspect|examine|search|process|check out|go through) (?:a|the|their|his|her|that) (?:[\w'-]+ ){1,3}"
        r"(?:in|at) (?:our|the) (?:[\w'-]+ ){0,3}(?:impound(?: lot| yard)?|tow pound|garage|property room|evidence room)\b",
        # "come look at the seized cargo in our property room"
        # ("come to the precinct and look at the counterfeit goods in our property room")
        r"\b(?:come|go|get) (?:in |(?:to|into) (?:the |our )?(?:precinct|pct|station ?house|command|house) )?(?:and )?(?:look|check|see|inspect|view)\b"
        r".{0,40}\b(?:in|at) (?:our|the) (?:property room|evidence room|vault|impound|tow pound|garage|cells|squad room|lockers?)\b",
        r"\b(?:come|coming|get|getting|go|walk)(?: in)? (?:through|thru|in|into) (?:the )?back\b|\bcheck (?:the|our) (?:muster room|locker ?rooms?|lockers|cells|back rooms?|holding area)\b",
        r"\b(?:use|using|borrow|borrowing|want|wants|need|needs)\b (?:one of |a couple of |two of )?(?:our|the) (?:[\w']+ ){0,2}(?:holding cells?|cells?|interview rooms?|squad room|muster room|conference room|property room|locker room|sally ?port)\b"
        # ("the complainant's cell number": a phone)
        r"(?! ?(?:numbers?|phones?|no\b|#))",
        # "sit in on an interview we set up in our squad room": the agent comes into our space
        r"\bsit(?:ting)? in on (?:a |an |the |our |my )?(?:[\w']+ )?(?:interview|interrogation|questioning|debrief)s?\b(?=.{0,60}\b(?:at|in) (?:the|our) (?:[\w']+ )?(?:squad|squad room|pct|precinct|house|station|stationhouse|interview room|office|psa|command)\b)",
        # ("I can take him in?", "do I bring him in?" after a warrant hit: the arrest, not an entry)
        rf"\b(?:let|allow|bring|walk|take|escort|get|show|buzz|wave)(?:s|ing)? (?:{AGENTS} )(?<!take him )(?<!take her )(?<!bring him )(?<!bring her )(?:[\w']+ ){{0,2}}"
        # "come get him in the morning": when, not where
        # ("get them in front of ERO": before a judge or an agency, not into a room)
        r"(?:in(?! (?:the )?(?:morning|afternoon|evening|am|pm|a (?:bit|few|while|minute|sec|couple|day)|an hour|\d|next|half an|front of|"
        r"(?:one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|a couple of|a few) (?:hours?|hrs?|minutes?|mins?|days?)\b))|"
        # ("walk them thru the stash location from our search warrant": explaining, not a way in)
        r"into|inside|back|behind|upstairs|downstairs|through(?! (?:the |a |our |their |what |how )?(?:[\w'-]+ )?"
        r"(?:location|spot|case|file|evidence|timeline|plan|process|steps|paperwork|reports?|details|video|footage|it|what|how)\b)|"
        r"around|past)\b(?! (?:custody|court))",
        r"\b(?:come|go|walk|get|search|look around|look through|poke around|wander|roam|enter|access)(?:ing)? (?:in |into |inside |behind |through |around |in the back of |back to |back into |down to |up to |back in )?(?:the|our) (?:lab|labs|vault|back|cells|cell block|cell area|precinct|pct|station|house|building|squad|holding|muster room|locker room|lockers|basement|garage|property room|evidence room|offices?)\b"
        # ("get the cell block camera fixed": the house's upkeep, nobody let in)
        r"(?! (?:[\w']+ ){0,2}(?:fixed|repaired|cleaned|replaced|painted|serviced)\b)",
        r"\bnon[- ]?public\b",
        # "the FBI victim specialist wants to meet our complainant at the pct, we'd set up the room"
        r"\b(?:meet|meeting|interview|talk to|speak (?:to|with)|sit down with)(?: with)? (?:our|the) (?:cooperating |key |main |star )?(?:complainant|victim|witness|cw|ci|informant) "
        r"(?:at|in) (?:the|our) (?:pct|precinct|squad(?: room)?|station ?house|command|house|psa|interview room)\b",
        r"\b(?:we'd|we would|we'll|we will|we can|i'd|i'll|i will|i can) set up (?:the|a|an|our) (?:[\w']+ )?room\b",
        # "wants us to arrange an interview with a cooperating witness at the 73": we bring the agent to our witness
        r"\b(?:set(?:ting)? up|arrang(?:e|ing)|schedul(?:e|ing)|line up|book) (?:an? |the )?(?:interview|meeting|sit-?down|debrief) "
        r"with (?:a|an|the|our|their) (?:[\w'-]+ ){0,2}(?:witness|victim|complainant|cw|ci|informant|cooperator)s?\b",
        r"\bsearch warrant\b.{0,60}\bfor (?:a|an|the|our|one of our) (?:[\w']+ ){0,2}(?:officer's|cop's|lieutenant's|sergeant's|detective's|captain's|member's|employee's|lt's|sgt's|det's|clerk's) (?:locker|desk|office|computer|phone|car|cubicle)\b",
        # "a search warrant ... for PO Santangelo's locker in the men's locker room": one of ours, by name
        r"\bsearch warrant\b.{0,80}\bfor (?:po|p\.o\.|officer|det|detective|sgt|sergeant|lt|lieutenant|capt|captain) [\w'-]+'s (?:locker|desk|office|computer|cubicle)\b",
        # "the part of the lot the public can't go into"
        r"\b(?:the )?public (?:can't|cannot|can not|isn't allowed to|is not allowed to|doesn't|does not|never|don't) (?:go|get|come|enter|walk|see)\b|\b(?:off[- ]limits|closed) to the public\b",
        # "a search warrant for a locker in our muster room ... they want to go back and open it"
        r"\b(?:lockers?|desks?|cabinets?|files? cabinets?)\b (?:[\w']+ ){0,2}(?:in|at|of|inside) "
        r"(?:our|the) (?:muster room|locker room|squad room|property room|evidence room|precinct|pct|station ?house|basement|"
        r"(?:tow |impound )?pound|impound(?: lot| section)?|garage|lab)\b",
        r"\b(?:go|come|walk|head|step)(?:ing|s)? (?:up |down |back |upstairs |downstairs )?(?:to|into) (?:the|our) (?:\d+(?:st|nd|rd|th) floor )?(?:squad (?:area|room)|cell ?block|cells|pens|holding (?:area|cells|pens)|detective squad|muster room|locker room|squad|interview room|room)\b",
        r"\b(?:access|entry) to (?:the |our )?(?:[\w']+ ){0,2}(?:lab|labs|property|evidence|devices|lockers?|vault|video room|server room)\b",
        # (not "the basement of a barbershop in our confines": somebody else's place)
        r"\bwarrant (?:for|to (?:enter|search)) (?:the|our) (?:[\w']+ ){0,2}(?:room|lab|offices?|floor|cells|building|basement|garage|lockers?)\b"
        r"(?! (?:of|at|in|under) (?:a|an|his|her|their|that|this|some)\b)",
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
        r"\bsearch warrant\b (?:[\w']+ ){0,6}(?:for|to search|covering|of|on) (?:our|the) (?:(?!\w+'s )[\w']+ ){0,2}(?:property|evidence|precinct|pct|station|office|offices|room|garage|impound|lot|lockers?|cells|building)\b",
        # "a search warrant signed by a magistrate for a computer in our detective squad": a thing in our
        # house ("an apt in our pct" is the precinct's ground, not its building)
        r"\bsearch warrant\b (?:[\w']+ ){0,6}(?:for|to search|covering|of|on) (?:an? |the |some )?(?:[\w']+ ){0,2}(?:in|at|inside|from) "
        r"(?:our (?:[\w']+ ){0,2}(?:squad|squad room|office|room|building|station house|cells|lockers?|garage|evidence room|property room)|"
        r"the (?:squad room|station house|precinct house|pct house))\b",
        # "a search warrant signed by an EDNY judge for the squad's computer": our equipment, in our house
        r"\bsearch warrant\b (?:[\w']+ ){0,6}(?:for|to search|covering|of|on) (?:our|the) (?:(?:squad|pct|precinct|command|unit|station|office)'?s? )?(?:[\w']+ )?(?:computers?|servers?|server room|hard drives?|desktops?|terminals?|files? room|records room)\b",
        r"\b(?:want|wants|wanted|need|needs|asking|asked)\b (?:to (?:get|go|come|walk) )?(?:in|into|inside) (?:our|the) (?:[\w']+ ){0,2}(?:area|room|cells|holding|precinct|pct|station|building|back|office|garage|lot|basement)\b",
        # "a search warrant for the warehouse" is their target's building; "our warehouse" is ours
        # ("FBI asked us to pull a vouchered pistol from our property clerk": we fetch it, they do not come in)
        r"\b(?:search|go in|get in|get into|access|look in|look through|inspect|enter|(?<!us to )(?<!me to )(?<!we )(?<!i )pull)\b.{0,60}\b(?:(?:our|the) (?:[\w']+ )?(?:impound|tow pound|garage|property room|evidence room|armory|vault|storage room|lockers?|cage|basement|property clerk(?: [\w']+)?)|our (?:[\w']+ )?(?:warehouse|storage))\b"
        r"(?! (?:of|at|in|under) (?:a|an|his|her|their|that|this|some)\b)",
        r"\b(?:our|the) (?:[\w']+ )?(?:impound|tow pound|garage|property room|evidence room|armory|vault|storage room|lockers?|cage)\b.{0,60}\b(?:search|go in|get in|get into|access|look in|look through|inspect|enter)\b",
        r"\bsearch (?:the|our) (?:precinct|building|station|lockers|pct|house)\b",
        r"\bsearch (?:the|our) (?:[\w']+ ){0,3}(?:room|rooms|area|office|offices|cells|lockers?|back|building|precinct|pct|station|house|garage|basement|floor)\b"
        r"(?! (?:of|at|in|under) (?:a|an|his|her|their|that|this|some)\b)",
        # ("hold him in the back office till their van comes": where the hold happens, not their access)
        r"(?<! him in )(?<! her in )(?<!them in )(?<!him in the )(?<!her in the )(?<!them in the )(?<!him in our )(?<!her in our )"
        r"(?<!them in our )\b(?:the |our )?back (?:room|office|area)\b",
        r"\binto (?:the )?(?:cells|cell area|holding area|squad room|interview room)\b",
        # "could you arrange for us to view it at the Property Clerk", "come look at a phone we vouchered":
        # agents let in to see what we hold
        r"\b(?:arrange|set (?:it )?up|allow|let)\w* (?:for )?(?:us|them|him|her|the agents?) (?:to )?(?:view|examine|inspect|look at|see|photograph)\b|"
        r"\b(?:come (?:and |to )?|wants? to |would like to )(?:look at|see|view|examine|inspect) (?:a|the|an|his|her) (?:[\w'-]+ ){0,2}(?:we|you|your officers|our officers) "
        r"(?:vouchered|towed|seized|recovered|impounded)\b",
        r"\b(?:check|search|look (?:in|through)|go (?:in|into)|walk (?:in|into)|enter|entrar al?|pasar al?)\b (?:our|the|el|la) (?:holding pens?|cells|cell block|back|squad room|property room|precinct|pct|yard|impound|tow pound)\b",
        r"\bwalk (?:thru|through) (?:the |our )?(?:back|cells|precinct|pct|squad|muster room|holding)\b",
    ],
    Ask.ACCESS_PRISONER: [
        # "wants to interview the massage parlor manager we arrested": our arrestee, seen by them
        r"\b(?:interview|question|talk to|speak (?:to|with)|debrief|sit down with) (?:the|this|that|our) (?:[\w'-]+ ){0,4}?"
        r"(?:guy|man|woman|manager|owner|worker|driver|kid|suspect|perp|defendant|prisoner|arrestee|collar|person|subject|employee)s? "
        r"(?:that |who |whom )?(?:we|the (?:pct|precinct|squad)) (?:just )?(?:arrested|locked up|collared|picked up|booked|are holding|have in)\b",
        # "perp under guard ... ICE ERO agent wants to go in and ask him about his status"
        r"\b(?:go|come|get|walk) in(?:side)? (?:there |the room |his room |to (?:see )?(?:him|her) )?(?:and|to) "
        r"(?:ask|question|talk to|interview|speak (?:to|with)) (?:him|her|them|the (?:prisoner|perp|patient|guy|detainee))\b",
        # "our robbery squad has a prisoner the FBI wants to interview"
        r"\b(?:prisoner|perp|collar|arrestee|detainee|guy in custody|guy in the cells)s? (?:that |who |whom )?(?:the )?"
        r"(?:fbi|dea|atf|usms|marshals|hsi|ice|ero|cbp|dhs|feds|agents?)(?: agents?)? (?:wants?|wanted|would like|needs?|asked) to "
        r"(?:interview|talk to|talk with|speak to|speak with|question|debrief|see|sit down with)\b",
        # "wants to interview one of our prisoners about his immigration case"
        r"\b(?:interview|question|interrogate|debrief|see|visit|talk to|speak (?:to|with)|sit down with)(?:ing)? (?:one|some|two|a couple|any|each) of "
        r"(?:our|the|my|your) (?:[\w'-]+ )?(?:prisoners|arrestees|detainees|perps|collars|bodies|inmates)\b",
        # "the LT set up an interview with the HSI agent in our room": the agent's time with our prisoner
        r"\ban interview with (?:the |an? |their )?(?:hsi|fbi|dea|atf|ice|ero|cbp|dhs|federal|fed|usms) (?:agents?|investigators?|case agent|people|guys)\b"
        r"(?= (?:[\w']+ ){0,3}(?:in|at) (?:our|the) (?:room|interview room|squad room|precinct|pct|station ?house|house)\b)",
        r"\b(?:interview|question|debrief)\w* (?:him|her|them) (?:in|at) (?:our|the) (?:psa|district|command|station|unit)\b",
        r"\b(?:interview|question|debrief)\w* (?:him|her|them),? (?:[\w']+,? ){0,5}(?:in|at) (?:our|the) (?:interview room|squad room|precinct|pct|station ?house)\b",
        r"\bserv(?:e|ed|ing) (?:a |an |the |him |her )?(?:notice to appear|nta|papers?|paperwork|documents?|i-?\d{3}a?)\b.{0,40}\b(?:prisoner|perp|collar|arrestee|detainee|(?:in|at) (?:our|the) (?:cells|holding|pens|squad))\b",
        r"\b(?:interview|question|debrief|talk to|speak (?:to|with))\w* (?:him|her|them|(?:our|my|the) (?:[\w']+ )?(?:prisoner|perp|collar|arrestee|detainee)) (?:in|at) (?:our|the) (?:squad room|interview room|squad|precinct|pct|house)\b",
        # (an agent's own email: "interview your arrestee Jian Wu at the 5 Pct")
        r"\b(?:interview|question|interrogate|debrief|flip)\w* (?:my|our|your) (?:[\w']+ )?(?:prisoner|perp|collar|arrestee|detainee)\b",
        # "please arrange for us to interview him at the 67 Pct"
        r"\b(?:arrange|set (?:it )?up)\w* (?:for )?(?:us|them|the agents?) (?:to )?(?:interview|question|debrief|talk to|speak (?:to|with)) (?:him|her|them)\b",
        r"\btalk to (?:our|my|the|a) (?:prisoner|perp|collar|arrestee|detainee)\b",
        # "asking to go back and interview him": into the cells to see our prisoner
        r"\b(?:go|come|walk) (?:back|in|inside|downstairs|upstairs) (?:and|to) (?:interview|question|talk to|speak (?:to|with)|see) "
        r"(?:him|her|them|(?:the|our) (?:prisoner|arrestee|detainee|perp|collar))\b",
        # "interview the Tremont Ave burglary guy": our arrestee, named by his charge
        r"\b(?:interview|question|interrogate|talk to|speak (?:to|with))\w* the (?:[\w'-]+ ){0,3}(?:burglary|robbery|assault|larceny|"
        r"dwi|dui|gun|drug|shooting|stabbing|theft|fraud|trespass|dv|domestic|shoplifting|carjacking) (?:guy|suspect|perp|man|woman|kid)\b",
        rf"\b(?:interview|question|interrogate|debrief|see|visit)(?:ing)? {PERSON} (?:(?:that|who) )?(?:we|you|i) (?:just )?(?:arrested|brought in|picked up|booked|collared|locked up|grabbed|have in|got in)\b",
        rf"\b(?:sit down|talk|speak|chat|have a word|a word|meet|time)(?:ing)? (?:with|to) {PERSON} (?:(?:that|who) )?(?:we|you|i) (?:just )?(?:arrested|brought in|picked up|booked|collared|locked up|grabbed|have in)\b",
        rf"\b(?:talk|speak|chat)(?:ing)? (?:to|with) {PERSON} (?:[\w']+ ){{0,5}}(?:in|at) (?:the |our )?{CUSTODY_PLACE}",
        r"\b(?:interview|question|see|visit|interrogate|debrief|sit (?:down )?with|meet with|get a word with|have a word with|time (?:alone )?with|minutes? (?:alone )?with|alone with|access to|get at|talk to|speak (?:to|with)|chat with|(?<!i )(?<!we )(?<!me )(?<!us )ask|(?<!i'm )(?<!im )(?<!we're )asking)(?:ing)? (?:our |the |a |this |that )?(?!(?:is|was|are|were|does|did|has)\b)(?:(?!(?:whether|if|about|when|why|what|how|for)\b)[\w'-]+ ){0,2}(?:prisoner|arrestee|detainee|inmate|perp|collar|suspect (?:we|you) (?:arrested|have|locked up|collared)|guy (?:in|we have in) (?:the )?(?:cells|holding|custody)|person in (?:our )?custody)s?\b",
        rf"\b(?:time|min|mins|minutes?|a few minutes|some time|a moment|a word|an interview|face time|a sit-?down|a chat|alone time)\b(?: alone| in private| privately)?(?: in (?:the |our )?(?:cells?|holding|pens|interview room))? (?:with|w) {PERSON}",
        rf"\b(?:interview|question|interrogate|debrief|talk to|speak (?:to|with)|see|visit)(?:ing)? {PERSON} (?:[\w']+ ){{0,3}}(?:while (?:he's |she's |they're )?(?:in|at) |in |at )(?:the |our )?{CUSTODY_PLACE}",
        rf"\b(?:cells?|holding|pens|central booking|lock-?up)\b[^.;!?]{{0,40}}\b(?:talk|speak|chat|interview|question|interrogate)(?:ing)? (?:to |with )?{PERSON}",
        r"\binterview\b.{0,40}\bwith (?:one of )?(?:our|the|my) (?:prisoner|arrestee|detainee|perp|collar|guy in custody|inmate)s?\b",
        # "our perp is under guard at Bellevue, ATF wants to interview him": the one in our custody (in
        # one sentence: the words before it may lead into another agency's request too)
        r"\b(?:under guard|in our custody|prison ward|in the cells|in our cells|in holding)\b[^.?!;]{0,80}?"
        r"\b(?:interview|question|debrief|talk to|speak (?:to|with))\w* (?:him|her)\b",
        # "wants access to him, 15 min alone": time alone with a person is time with our prisoner
        r"\b(?:\d+|a few|five|ten|fifteen|twenty|thirty|a couple(?: of)?) ?(?:min|mins|minutes)\b,? alone\b(?! (?:in|at|inside|with|w/?)\b)",
        r"\b(?:eyes on|a look at|look at|lay eyes on|peek at|see)\b (?:our|the|that|this|my) (?:guy|prisoner|perp|collar|arrestee|detainee|man|woman)s? (?:in|at) (?:the |our )?(?:cells|holding|pens|lock-?up|custody|cell)\b",
        # "interview our shooter, who is in our custody": our arrestee, named by what he did
        r"\b(?:interview|question|interrogate|debrief)\w* (?:my|our) (?:[\w']+ ){0,2}(?:prisoner|perp|collar|arrestee|detainee|suspect|"
        r"shooter|gunman|robber|burglar|stabber|carjacker|dealer|defendant)\b",
        r"\bsit (?:in )?on (?:the |our |an? |my )?(?:[\w']+ )?(?:interview|interrogation|questioning|debrief)s? (?:of|with|w) (?:our|the|my|this|that) (?:[\w']+ )?(?:suspect|perp|prisoner|arrestee|collar|detainee|defendant)\b",
        r"\b(?:interview|question|talk (?:to|with)|speak (?:to|with)|calls?\b.{0,25}\bwith|chat with|ask)\b.{0,40}\b(?:people|prisoners|arrestees|detainees|guys|inmates|persons|everyone|anyone)\b (?:[\w']+ ){0,2}in (?:our|the) (?:holding pens?|cells|holding|pens|lock-?up|central booking|custody)\b",
    ],
    Ask.OFFICE_SPACE: [
        # "they'd like a desk at PBBX for 2 weeks"; "wants to 'process' people they arrested in our
        # pct's holding area" (operating in our house)
        r"\b(?:would like|like|wants?|needs?|asking for|asked for|requests?|requested) (?:a |an |two |three |\d+ )?"
        r"(?:desks?|cubicles?|workstations?|work ?spaces?) (?:at|in) (?:the |our )?(?:pb\w+|precinct|pct|\d+|command|borough|squad room|house|station)\b",
        # "ICE wants a room there, permanent, to interview arrestees": a standing place of their own
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested|would like|'d like) (?:a|an|their own) (?:[\w'-]+ )?"
        r"(?:room|space|office|area)\b(?: (?:there|here|in (?:the|our) [\w'-]+|at (?:the|our) [\w'-]+))?,? "
        r"(?:permanent(?:ly)?|full[- ]time|for good|long[- ]term|indefinitely|every day|daily)\b|"
        r"\b(?:a|an|their own) (?:permanent|full[- ]time|long[- ]term|standing) (?:room|space|office|desk|post)\b",
        # "keep an agent at a desk in our auction warehouse a couple days a week"
        r"\b(?:keep|station|post|put|have|park)\w* (?:an? |one |two |\d+ |some |their )?(?:agents?|officers?|people|guys) at (?:a |their )?desks? (?:in|at) (?:our|the)\b",
        # "DHS wants to put a desk at Transit District 20 for an agent"
        r"\b(?:put|putting|set up|setting up|place|placing|park|parking) (?:a |an |two |three |\d+ )?(?:desks?|cubicles?|workstations?) "
        r"(?:at|in) (?:the |our )?(?:pb\w+|precinct|pct|\d+|command|borough|squad room|house|station|transit district|psa|district)\b",
        r"\b(?:to |wants? to |would like to )?(?:process|book|fingerprint|interview) (?:the )?(?:people|persons|folks|detainees|arrestees|those|guys) "
        r"(?:they|ice|ero|cbp|the agents) (?:arrested|picked up|detained|grabbed|brought in) (?:in|at) (?:our |the )?(?:pct'?s? |precinct'?s? )?"
        r"(?:holding area|holding cells?|cells|pens|muster room|garage|lot|basement|sally ?port)\b",
        # "a 2-desk 'criminal intelligence' cell on the pct's 3rd floor", "the DHS 3rd-floor desk email",
        # and a follow-up's "the office is for fugitive ops"
        r"(?<![-\d])\b(?:\d|two|three|four|five|six)[- ]desk (?:[\w'-]+ ){0,2}(?:cell|office|room|unit|setup|set-up|space|operation|suite|team|hub)\b|"
        r"\b(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|top|basement)[- ]floor (?:desks?|space|suite|cell)\b|"
        r"\b(?:the|that|their) (?:office|desk|space|room) (?:is|was|would be) (?:for|to be used for) (?:their |the )?(?:[\w'-]+ )?"
        r"(?:ops|operations|unit|team|squad|work|cases|processing)\b",
        # "asks PSA 7 for two desks and a phone line for their trafficking group"
        r"\b(?:a|an|one|two|three|four|five|\d+) (?:desks?|cubicles?|workstations?|work ?spaces?) (?:and|plus|w/|with) "
        r"(?:a |an )?(?:phone ?lines?|phones?|computers?|network (?:drops?|access|ports?)|lockers?|parking)\b",
        # "CBP wants a room in 1PP for their interdiction task force"
        r"\b(?:wants?|needs?|asks? for|asking for|requests?|requested) (?:a |an |one |two |some )?(?:room|office|desk|space|floor)s? (?:in|at) (?:1pp|one police plaza|(?:one of )?our (?:[\w']+ )?(?:precincts?|pcts?|commands?|buildings?|facilities|houses?)|the (?:precinct|pct|house|stationhouse))\b",
        # "run their wire room out of a vacant floor at one of our precincts"
        r"\b(?:out of|from|on|in) (?:a |an |the )?(?:vacant |empty |spare |unused |extra |whole )?(?:floor|room|office|wing|suite|space)s? (?:at|in|of) (?:one of )?our\b",
        # "a small room at PSA 2 to run their side of the joint investigation out of for a few months"
        r"\b(?:wants?|needs?|would like|asks? for|asking for|asked for|requests?|requested) (?:a |an |one |two |some )?"
        r"(?:small |spare |empty |little |back |extra )?(?:room|office|desk|space|corner)s? (?:at|in) (?:the |our )?(?:psa|pct|precinct|"
        r"command|station ?house|house|\d{1,3}|transit district|td ?\d|(?:transit|housing) (?:bureau|district|psa))\b|\bto run (?:their|its|the|his|her) (?:[\w'-]+ ){1,6}out of\b",
        # "use one of our interview rooms two days a week": a room of ours on a schedule is their working space
        r"\b(?:use|using|borrow|borrowing|have)\b (?:one of |a couple of |two of )?(?:our|the) (?:[\w']+ ){0,2}(?:interview rooms?|rooms?|"
        r"offices?|conference rooms?|squad room|space)\b[^.;?!]{0,40}?" + _SCHEDULE,
        # "put two desks for their SAs in our squad room"
        r"\b(?:put|place|set up|install|add|move)\w* (?:two |three |four |a |some |\d+ |a couple of )?(?:desks?|workstations?|cubicles?|offices?) (?:[\w'-]+ ){0,6}(?:in|at|inside|on) (?:our|the) (?:[\w']+ ){0,2}(?:squad room|precinct|pct|office|building|station ?house|room|floor)\b",
        # "operating space in one of our facilities on staten island"
        r"\b(?:operating|working|work|office|desk|operations?) space (?:in|at|inside) (?:one of )?(?:our|the|a|an) (?:[\w']+ ){0,2}(?:facilities|facility|buildings?|precincts?|commands?|offices?|bases?|sites?)\b",
        r"\b(?:plac|station|post|put|seat|locat|embed|co-?locat)\w* (?:an?|one|two|three|four|\d+|some|a few|a couple(?: of)?) (?:[\w']+ )?(?:agents?|investigators?|analysts?|officers?)\b (?:[\w']+ ){0,3}(?:at|in) (?:desks?|offices?|workstations?|cubicles?)\b",
        # "we propose co-locating two ICE agents at the 90 Pct": agents based in our command
        r"\bco-?locat\w* (?:an?|one|two|three|four|\d+|some|a few|a couple(?: of)?|their) (?:[\w']+ )?(?:agents?|investigators?|analysts?|officers?|personnel|staff|team)\b "
        r"(?:at|in|inside|with) (?:the |our )?(?:[\w-]+ )?(?:pct|precinct|station ?house|command|house|squad|unit|office|central booking)\b",
        # "leave an agent at the CB intake desk on weekends", "station 2 HSI agents at Brooklyn Central Booking"
        r"\b(?:leave|station|post|keep|put|place|base|embed|stash)\w* (?:an?|one|two|three|\d+|some|a couple(?: of)?) (?:[\w']+ )?(?:agents?|officers?|people|guys|investigators)\b (?:[\w']+ ){0,3}(?:at|in|inside) (?:the |our )?(?:[\w']+ ){0,2}(?:central booking|cb|intake|lobby|hallway|back hallway|precinct|pct|station ?house|district office|office)\b",
        # "set up a temp processing desk inside the 110 during their ops"
        r"\bset up (?:a |an )?(?:[\w-]+ ){0,2}(?:desk|office|table|station|command post)s? (?:inside|in|at) (?:the |our )?(?:\d{1,3}(?:st|nd|rd|th)?|pct|precinct|house|station ?house|squad|command)\b",
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
        # ("set it up in the interview room at the precinct": our room for an interview, not one
        # they ask for, as in "borrow an interview room at the pct")
        r"\b(?:office|desk|desks|workspace|work ?space|workstation|(?<!in the interview )(?<!in our interview )(?<!in the squad )(?<!in our squad )room|quarters|base|cubicle|command post|hq|headquarters|trailer|table)s? (?:at|in|on|inside|out of) (?:our|the|a|one of our) (?:[\w']+ ){0,5}(?:precinct|pct|psa|station|property|facility|building|buildings|command|house|rikers|jail|stationhouse|borough command|office|squad|unit|central booking|booking|cells|lot|garage|muster room)\b",
        r"\b(?:wants?|wanted|asking for|asked for|asks for|needs?|requests?|requested)\b (?:some |a |an |more )?(?:space|room|office|desk)s? (?:at|in) (?:[\w']+ ){0,2}(?:cb|central booking|pct|precinct|psa|station ?house|command|building)\b",
        r"\b(?:asked|asking|asks|wants?|requested|requesting|needs?)\b (?:[\w']+ ){0,4}?(?:for )?(?:a |an |some )?(?:small |little |temporary |permanent |spare |empty )?(?:office|desk|workspace|work space|workstation|laptop station|space) (?:at|in|on|inside) (?:our |the )?(?:central booking|cb\b|our|the)\b",
        r"\b(?:set up|put|install|place)\w* (?:a |an |some |their )?(?:laptop|computer|terminal|kiosk|scanner)s?(?: station)? (?:at|in|inside) (?:our |the )?(?:central booking|booking|pct|precinct|squad|house)\b",
        r"\b(?:office|desk|desks|workspace|room|cubicle|space|quarters|table)s? (?:at|in) (?:[\w']+ )?central booking\b",
        # ("Midnight desk. ICE asks if they can stage vans in our precinct lot": the officer's post, and
        # a later sentence)
        r"\b(?:a |an )?desk\b(?! (?:sergeant|sgt|officer|lieutenant|lt)\b)[^.;!?]{0,40}\b(?:in|at) (?:the|our) (?:[\w']+ ){0,2}(?:squad room|precinct|pct|building|station|office|central booking)\b",
        # "ERO wants a desk here to process their removal cases": space in the officer's own command
        r"\b(?:wants?|wanted|needs?|asking for|asked for|asks for|requests?|requested|would like|'d like) (?:a |an |one |two |some )?"
        r"(?:desks?|offices?|workspaces?|work ?spaces?|cubicles?|workstations?|rooms?)(?: and (?:a |an )?(?:phone|computer|phone line))? "
        r"(?:here|in here|over here|in our (?:house|building|command))\b",
        # "set up shop in the precinct", not "perp runs a shop making fake cards" (a business of his)
        r"(?<!perp )(?<!we )(?<!i )(?<!he )(?<!she )(?<!who )(?<!guy )(?<!suspect )(?<!target )(?<!subject )\b(?:set up|keep|maintain|open|have|run|operate|base|station|install)(?:ing|s)? (?!(?:calling|ringing|phoning|emailing) )(?:[\w']+ ){0,2}(?:an |their |a |some )?(?:(?:office|desk|workspace|workstation|cubicle)s?|quarters|shop|command post|base of operations|satellite office|unit)\b(?! (?:visit|hours|space at their|making|selling|that (?:makes|sells)))",
        r"\b(?:put|putting|place|placing|install|installing|set up|setting up|get|getting)\b (?:\d+ |two |three |four |an |a |some |a few |their |a couple(?: of)? )?(?:[\w']+ )?(?:office|offices|desks?|workstations?|cubicles?|work ?spaces?|terminals?) (?:in|at|inside|into) (?:our|the) \b",
        # (not "a contractor who is working in our precinct basement": someone else at work there)
        r"(?<!who is )(?<!who's )(?<!who are )(?<!that is )(?<!who was )"
        r"\b(?:operate|work|run things|run (?:their|the) ops?|run operations|base (?:themselves|their (?:team|agents)))(?:ing)? (?:out of|from|in|inside) (?:our|the) (?:[\w']+ ){0,2}(?:precinct|pct|station|building|house|facility|property|lot|garage|base|room|psa|command|office|offices)\b",
        r"\boffice (?:on|at) rikers\b|\brikers office\b",
        r"\b(?:spot|space|corner|place|room|desk|area)\b (?:[\w']+ ){0,4}to (?:work|operate|run things) (?:out of|from)\b",
        r"\b(?:room|space|desk|office|spot|area)\b.{0,60}\b(?:work|operate|run things) out of\b",
        r"\b(?:room|space|office|desk)s? (?:at|in) (?:[\w']+ ){0,2}(?:hq|headquarters|borough command)\b|\b(?:room|space|office)s?\b.{0,30}\bto house\b",
        r"\b(?:an? )?(?:office|desk|workspace)s? in (?:our|the) (?:[\w']+ ){0,2}(?:space|section|court section|unit|command)\b",
        r"\b(?:lend|loan|give|let (?:them|\w+) (?:use|have|borrow)|borrow|use)(?:ing)? (?:them |\w+ )?(?:a|an|our|the|some|one of our) (?:[\w'-]+ ){0,2}(?:room|desk|office|space|cubicle|conference room|interview room|corner|table)\b"
        r"(?!,? (?:[\w',]+ ){0,8}(?:to|for) (?:talk|interview|meet|speak|question|debrief|an interview|the interview|a meeting))",
        r"\buse (?:our|a|the|an) (?:[\w']+ )?(?:room|desk|office|space) (?:as|for) (?:a|an|their) (?:base|office|command post|workspace|staging|hq)",
        # a follow-up's "now they say the desk would only be for HSI agents working gang cases"
        r"\b(?:desks?|office|room|space|workspace)s? (?:would|will|is|are) (?:only |just |strictly )?(?:be )?(?:for|used by) (?:the |their )?(?:[\w']+ )?(?:agents?|investigators?|analysts?)\b",
        r"\bas (?:a|an|their) (?:workspace|work space|office|base|command post|headquarters|hq)\b",
        r"(?<!^)\b(?<!interview )(?<!squad )(?<!warrant )(?<!front )(?<!property )(?<!intake )(?<!my )(?<!our )(?<!their )(?<!his )(?<!her )(?<!on the )(?<!working the )(?<!at the )(?<!same )(?:office|desk|desks|workspace|room|cubicle|space|quarters|table)s? (?:at|in) (?:the |our )?\d{1,3}(?:st|nd|rd|th)?\b(?![,:]? (?:\d{4}|\d{1,2}:\d{2})\b)"
        # ("a room at the 40 so they can talk with a witness": one interview in our house, not an office)
        r"(?![^.;!?]{0,12}\b(?:so (?:they|he|she|the agents?|the marshals|the feds) can|to|for (?:an?|the)) (?:talk|speak|interview|meet|question|debrief|sit down)\b)",
        r"\b(?:station|post|put|place|embed|keep|base|plant)(?:ing)? (?:\d+|one|two|three|some|a few|a couple(?: of)?|their|an?) (?:of their )?(?:agents?|officers?|people|guys)\b (?:[\w']+ ){0,2}(?:at|in|inside) (?:our |the )?(?:[\w']+ )?(?:central booking|cb|precinct|pct|station|cells|squad|building|house|\d{1,3}(?:st|nd|rd|th)?\b)",
        r"\bset up (?:a |an )?(?:laptop|computer|table|desk|shop|station)s?\b(?: [\w']+){0,4} (?:in|at) (?:the back of )?(?:our|the)\b",
        r"\b(?:stationed|posted|based|embedded|housed|assigned|placed)\b (?:[\w']+ )?(?:at|in|inside) (?:our |the )?(?:[\w']+ )?(?:central booking|precinct|pct|station ?house|cells|holding|squad room|borough command)\b",
        r"(?<!we )(?<!i )(?<!we'd )(?<!i'd )\b(?:base|station|(?<=to )house|put|set up|move)\b (?!(?:the |an? )?(?:interview|meeting|briefing|call)\b)(?:[\w']+ ){0,4}(?:in|at|inside|out of|on) (?:our|the) (?!interview room)(?:[\w']+ ){0,3}(?:office|offices|floor|room|squad|building|precinct|pct|station)\b(?! (?:for (?:a|an) (?:interview|meeting)))",
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
        # "meet up with our team in the lot at 0500 and leave their cars there during the hit"
        r"\bleave (?:their|his|her|the) (?:[\w-]+ )?(?:cars?|vehicles?|vans?|trucks?|suvs?) (?:there|here|in (?:our|the) (?:back |rear |parking )?(?:lot|garage|yard))\b",
        r"\b(?:meet|meet up|stage|muster|gather|assemble) (?:with (?:our|the) (?:[\w-]+ )?(?:team|squad|guys|unit) )?(?:in|at) (?:our|the) (?:pct |precinct )?(?:back |rear |parking )?(?:lot|garage|yard)\b",
        # "USMS wants to stage in our lot ... CBP asked for the same lot the same morning"
        r"\b(?:asked for|ask for|asking for|wants?|requested|need|needs) (?:the same|that same|that|our) (?:back |rear |parking )?lot\b",
        # "ERO wants to lodge a removal detainee overnight in our precinct cells"
        r"\b(?:lodge|house|keep|put|park|stash|board)\w* (?:one of (?:their|the) |a |an |their |the |one |two |some )?(?:[\w-]+ )?(?:detainees?|prisoners?|arrestees?) (?:[\w']+ ){0,3}(?:in|at) (?:our|the) (?:[\w']+ ){0,2}(?:cells?|holding(?: cells?| pens?)?|pens|cell block|lock-?up)\b",
        # "four SUVs pulled into our back lot ... they'd like to park there and brief until 0600"
        r"\b(?:park|parked|parking|pulled into|pull into|pulling into|stage|staging|brief|briefing|set up)\b (?:[\w']+ ){0,3}(?:in |into |at )?(?:our|the) (?:back |rear |side |front )?(?:precinct |pct |department |muni )?(?:parking )?lot\b",
        r"\bpark (?:there|here) and (?:brief|stage|set up|wait|meet)\b",
        r"\buse (?:our|the) (?:[\w']+ ){0,3}(?:cell ?block|cells|holding(?: cells?| pens?)?|pens)\b (?:[\w']+ ){0,6}to (?:hold|keep|process|put|stash)\b",
        r"\b(?:put|keep|lodge|stash|hold|leave)\b (?:someone|somebody|people|ppl|a guy|guys|detainees|prisoners|(?:their|a) (?:prisoner|detainee|arrestee)s?) (?:they|ice|the agents|hsi|cbp|ero) (?:picked up|grabbed|arrested|detained|caught|have) (?:in|at) (?:our|the) (?:cells|holding(?: cells?| pens?)?|pens|cell block|lock-?up)\b",
        r"\b(?:use|using)\b (?:[\w']+ ){0,3}(?:tow pound|pound|lot|parking lot|garage|yard|sally ?port)s? (?:as|for)\b",
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
}

# A room asked for: for how long, and whose meeting it is (read by `bot.facts.asks`).
SHORT_USE = re.compile(
    r"\bfor (?:a |an |the )?(?:joint |short |quick |brief |one )?(?:\d+ ?(?:hr|hrs|hour|hours|min|mins|minutes)|briefing|meeting|interview|quick|couple (?:of )?hours|few hours|the afternoon|the morning)\b"
)

# "two days a week", "every Tuesday": a room of ours on a schedule is their working space
ON_A_SCHEDULE = re.compile(_SCHEDULE)

# "my partner and I are setting up an interview at the squad ... OK to use our interview room?"
OUR_MEETING_BEFORE = re.compile(
    r"\b(?:we|i|we're|i'm|we are|i am|(?:my|our) (?:[\w']+ ){0,3}(?:and (?:me|i)|partner))\b[^.;?!]{0,60}\b"
    r"(?:setting up|set up|arranging|arranged|scheduling|scheduled|doing|having|holding) (?:an? |the |our )?(?:[\w'-]+ ){0,2}"
    r"(?:interview|debrief|proffer|meeting)\b"
)

# "set up a joint interview in our squad room" holds one; "an interview room at the 48" names a room
MEETING_HELD = re.compile(r"\b(?:interview|debrief|proffer|briefing|meeting)s?\b(?! rooms?\b)")
# where an interview we set up is held: in our house
AT_OUR_HOUSE = re.compile(
    r"\b(?:at|in|inside) (?:our|the) (?:[\w']+ )?(?:pct|precinct|station ?house|squad(?: room)?|office|interview room|room|command)\b"
    r"|\bat the (?:\d{1,3}(?:st|nd|rd|th)?|one [a-z]+)\b"
)
