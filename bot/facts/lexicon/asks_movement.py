"""Strong ask cues about moving or taking a person: a ride in our vehicles, stops and arrests."""

from __future__ import annotations

from bot.facts.lexicon.blocks import PERSON
from bot.facts.model import Ask

__all__ = ["MOVEMENT_ASKS"]

MOVEMENT_ASKS: dict[Ask, list[str]] = {
    Ask.TRANSPORT: [
        # "could we drive the four guns we seized on Tuesday over to their lab for tracing"
        r"\b(?:drive|bring|take|run|deliver)\b (?:the |our |those |these )?(?:[\w'-]+ ){0,2}(?:guns?|firearms|rifles?|pistols?|weapons|evidence|drugs|narcotics|phones?|items|property|cash|casings) "
        r"(?:[\w'-]+ ){0,5}?(?:over |down |up )?to (?:their|the|its) (?:[\w'-]+ )?(?:lab|laboratory|office|field office|headquarters|hq)\b",
        # "run two of their officers out to a freighter at anchor"
        r"\b(?:take|run|ferry|shuttle|carry|bring) (?:\d+|two|three|four|five|the|their|some) (?:of their )?(?:agents|feds|officers|people|team|guys) (?:out|over|across|up|down)\b",
        r"\bdrive (?:him|her|them) (?:to|over to|down to|up to|back to)\b",
        # "run the 2 detainees over to their other boat"
        r"\b(?:run|take|bring|ferry|shuttle|move|carry|drive) (?:the |their |those |these )?(?:\d+ |two |three |four )?(?:detainees?|prisoners?|arrestees?) "
        r"(?:over |out |across |back )?to (?:their|the) (?:[\w'-]+ ){0,2}(?:boat|van|car|vehicle|bus|truck|launch|vessel|cutter|facility|office)\b",
        # "needs our prisoner brought to 500 Pearl", "can our wagon take him?"
        r"\b(?:needs?|wants?|asks?|asked|asking)(?: for)? (?:our |the |this |that |their )?(?:prisoner|guy|perp|defendant|arrestee|detainee|him|her|them) (?:brought|taken|driven|transported|delivered|moved) (?:over |down |up )?to\b",
        r"\b(?:can|could|should|may) (?:our|the|a) (?:wagon|van|car|rmp|sector car|transport(?: van)?|prisoner van) (?:take|bring|drive|run|move) (?:him|her|them|the prisoner)\b",
        # "drive a federal prisoner from Brooklyn to EDNY"
        r"\bdrive (?:a|the|this|that|their|our) (?:[\w'-]+ )?(?:guy|man|woman|person|prisoner|detainee|kid|suspect|arrestee)\b",
        r"\b(?:conduisent|conduire|llevar|llevarlos|llevarlo|llevarla)\b",
        # "got away from the marshals during a transport": what happened, not an ask
        r"(?<!during a )(?<!during the )(?<!during )(?<!from a )(?<!after a )(?<!after the )"
        # ("Transport detail. Marshals asked us to ...": the writer's own unit, named first)
        r"\btransport(?:ed|ing|s)?\b(?! (?:van|wagon|vehicle|bus|truck|car|team|unit|guys)s?\b| (?:gets|get|arrives?|is here|comes?|shows up|shows|pulls up|rolls up|is on)\b)"
        r"(?!(?<=^transport) (?:detail|squad|section|division)(?: here)?\s*[.:,;!-])",
        rf"\b(?:drive|driving|take|taking|bring|bringing|run|running|shuttle|ferry|move|moving|carry|escort|escorting|drop|dropping) (?:{PERSON} |\w+ )(?:[\w'-]+ ){{0,12}}(?:to|over to|down to|up to|out to|off at|at) (?:\d+ )?(?:26 federal plaza|federal plaza|26 fed plaza|fed plaza|26 fed\b|varick|ice|ero|hsi|cbp|their (?:[\w']+ )?(?:office|facility|building|van|car|place|site|center)|the (?:[\w']+ )?(?:facility|field office|airport|border|detention center|processing center|federal building)|mdc|jfk|newark|laguardia|the feds|them|elizabeth|bergen|orange county|delaney hall|the agents|"
        r"(?:the |their |a )?(?:federal )?court ?house|500 pearl|225 cadman|the federal building|mcc)",
        # "walk their 2 detainees over to their van": the agency's own prisoners (walking ours out: a hand-over)
        r"\bwalk(?:ing)? (?:their|the agents'?|ice's|hsi's|the feds'?) (?:\d+ |two |three |four )?(?:detainees|prisoners|arrestees|detainee|prisoner|arrestee)\b"
        r" (?:[\w'-]+ ){0,3}(?:to|over to|out to) (?:their|the) (?:van|car|vehicle|suv|truck|bus)\b",
        # "give him and the guy a lift": the agent and the man he arrested
        r"\bgive (?:them|him|her|the agents?|\w+|(?:their|the|our|an?) [\w']+)(?: and (?:the |his |her |their )?[\w']+)? a (?:ride|lift)\b",
        r"\b(?:need|needs|want|wants|asked for|asking for)\b (?:a )?(?:lift|ride)\b (?:for|to)\b",
        rf"\bdrive (?:{PERSON}|them|him|her) (?:in|with) (?:the|our|an?) (?:rmp|car|van|wagon|radio car|cruiser)\b",
        r"\b(?:in|using|with|borrow|need) (?:our|an nypd|a department|a pct|one of our|a) (?:car|rmp|van|vehicle|radio car|wagon|prisoner van|patrol car|cruiser)s? (?:to|for) (?:move|take|transport|bring|drive|carry|get)",
        r"\bdrive (?:him|her|them|the \w+) (?:over|down|up|out)\b",
        # "can our van drive Ramón Iturbe, whom USMS arrested this morning on ..., down to 500 Pearl St"
        r"\b(?:drive|driving|transport|transporting|bring|bringing) (?:[\w'-]+ ){1,3}[^.;!?]{0,160}? (?:down |over |up |out )?to "
        r"(?:\d+ )?(?:26 federal plaza|federal plaza|500 pearl|225 cadman|varick|mdc|the federal building|their (?:[\w']+ )?(?:office|facility))\b",
    ],
    Ask.STOP_OR_ARREST: [
        # "the deputy wants patrol to stop a gray Accord this afternoon": a car stop for them
        r"\b(?:wants?|needs?|asked|asking|asks)\b (?:patrol|us|me|a (?:sector |marked |radio |patrol )?car|(?:a |one of )?our (?:[\w']+ )?(?:cars?|units?|cops|officers|guys|sector)) "
        r"to (?:stop|pull over|box in|car[- ]stop) (?:a|the|that|this|his|her) (?:[\w'-]+ ){0,3}(?:car|vehicle|van|truck|suv|sedan|accord|camry|civic|altima|corolla|"
        r"honda|toyota|nissan|bmw|mercedes|jeep|minivan|pickup)\b",
        # "USMS asks our squad to arrest an absconder on a federal judge-signed warrant"
        r"\b(?:arrest|grab|pick up|apprehend|lock up) (?:an?|the|this|that|their) (?:[\w'-]+ )?(?:absconder|fugitive|escapee|parole violator)\b",
        r"\bkeep (?:a |the |this |that )?(?:guy|man|woman|him|her|them|driver|person|kid) (?:at|on) (?:my|the|our|his|her) (?:car stop|stop|traffic stop|scene)\b",
        r"\b(?:do|make|conduct|doing|making) (?:a|the) (?:car|vehicle|traffic) stop\b",
        # a hit found on a stop: "there was a DEA warrant ... do I bring him in?"
        r"\b(?:do|should|can|may) (?:i|we) (?:bring|take) (?:him|her|them) in\b|\b(?:do|should|can|may) (?:i|we) lock (?:him|her|them) up\b",
        r"\b(?:scoop|pick|grab|snatch|bring)\w* (?:the guy|him|her|them|this guy|that guy|the target) (?:up|in)\b.{0,30}\bif (?:we|you|patrol|anyone|cops|officers) (?:ever )?(?:see|sees|spot|spots|run into|come across|stop|encounter)\b",
        r"\b(?:stop|arrest|detain|pull over|pick up|grab|cuff|lock up)\b (?:someone|him|her|them|people|a person|anyone|a guy|the guy|the driver|this guy)\b.{0,40}\b(?:undocumented|illegal|no papers|immigration status|because ice|for ice|for immigration|deportation order|removal order)",
        # ("arrest warrant, same ask, hold him for them": the warrant's name, and a hold asked)
        # "they want our Warrant Squad to help pick him up in Far Rockaway"
        r"\bto help (?:them |the agents? )?(?:pick|grab|scoop|bring|take) (?:him|her|them|the (?:[\w']+ )?(?:guy|target|subject|suspect|fugitive)) (?:up|in)\b",
        # ("people they pick up for immigration": the agency's own arrests)
        r"(?<!they )(?<!ice )(?<!cbp )(?<!ero )(?<!agents )"
        r"\b(?:pull over|stop|arrest(?! warrants?\b)|detain|grab|pick up|cuff|lock up)\b[^.;!?]{0,40}\b(?:for|because|bc|since) "
        r"(?:them|ice|the feds|hsi|cbp|ero|immigration|border patrol)\b",
        # (the verb is never the form's own title: 'an I-200, "Warrant for Arrest of Alien"', nor what
        # the paper allows: "a warrant signed by a magistrate judge authorizing ICE to arrest him")
        r"\b(?:ncic|immigration (?:violator|hit|flag|entry)|(?:immigration|ice) detainer (?:in|on) (?:the )?(?:system|ncic|computer|database)|(?:came|comes) back with (?:an? )?(?:immigration|ice) (?:detainer|hit|warrant|flag)|ice (?:hit|flag|entry|wanted)|(?:hit|entry) (?:came back |comes back )?(?:for|from) (?:ice|immigration)|deportation order|removal order|final order|(?:ice |an? )?(?:administrative|admin) warrants?|i-?20[05]s?)\b.{0,80}\b(?<!warrant for )(?<!warrant of )(?<!warrant for his )(?<!warrant for her )(?<!authorizing ice to )(?<!authorizing them to )(?<!authorizes ice to )(?<!authorizes them to )(?:stop|arrest|pick (?:him|her|them) up|detain|grab|lock (?:him|her|them) up|bring (?:him|her|them) in|cuff|take (?:him|her|them) in|act on|keep (?:him|her|them) (?:on scene|there|here))\b",
        # "NCIC showed an ICE entry on him ... the sergeant wants to hold him for ICE": a hold on the hit alone
        r"\bncic\b[^.]{0,60}\b(?:ice|immigration) (?:entry|hit|flag|record)\b.{0,120}\bhold (?:him|her|them) for (?:ice|them|immigration)\b",
        rf"\b(?:can|should|do|could|may|ok to|okay to) (?:i|we|my partner) (?:stop|grab|arrest|detain|pick up|cuff|pull over|nab|catch|chase|tackle|run down|go after)\b (?:{PERSON}|him|her|them)\b",
        # "we good to collar him if we see him?", "grab him on sight": our own arrest, asked about
        rf"\b(?:we|i)(?: are|'re| am|'m)? (?:good|ok|okay|clear|cool|allowed|cleared) to (?:stop|grab|arrest|detain|pick up|cuff|nab|collar|lock up|scoop|take)\b (?:{PERSON}|him|her|them)\b|"
        rf"\b(?:stop|grab|arrest|detain|pick up|cuff|nab|collar|lock up|scoop) (?:{PERSON}|him|her|them) (?:up )?on sight\b",
        # "NCIC came back: wanted by USMS ... Do I take him in for the Marshals?"
        rf"\b(?:can|should|do|could|may|ok to|okay to) (?:i|we|my partner) take (?:{PERSON}|him|her|them) in\b",
        # ("CBP asked us to also grab another passenger on the same flight")
        rf"\b(?:us|me) to (?:also |just )?(?:stop|grab|arrest|detain|pick up|cuff|pull over|nab|catch|chase|tackle|run down|go after)\b(?: down)? "
        rf"(?:{PERSON}|him|her|them|another (?:[\w'-]+ )?(?:passenger|traveler|traveller|rider|driver|occupant|guy|man|woman|person))\b",
        r"\b(?:catch|chase|tackle|run down|go after|grab|stop)\b (?:the |that |this )?(?:runner|guy|man|woman|kid|dude|target|one)\b(?: (?:who|that) (?:ran|fled|took off|is running|was running))?",
        rf"\b(?:run|chase|track|hunt) (?:{PERSON}|him|her|them) down\b.{{0,20}}\bfor (?:them|ice|ero|the agents|immigration|cbp|dhs)\b",
        rf"\btake (?:{PERSON}|him|her|them) in\b.{{0,15}}\bfor (?:them|ice|ero|immigration|cbp|dhs)\b",
        # "agents asking our foot post to help chase him down", "help chase down the workers who ran"
        rf"\b(?:help|assist)(?:ing)? (?:them |the agents? )?(?:chase|catch|tackle|run down|box in|round up|track down|hunt down)(?: down)?\b (?:{PERSON}|him|her|them)\b",
        # (not "header says 'WARRANT OF ARREST', form I-200": the form's title, not an arrest asked; nor
        # "first arrest. But NCIC printed 'POSSIBLE TERRORIST WATCHLIST MATCH'": another sentence)
        r"(?<!warrant of )(?<!warrants of )\b(?:stop|arrest|detain|grab|lock up|cuff|act on)\b(?:(?![.;!?] )(?!\n).){0,60}\b(?:ncic|immigration (?:violator|hit|flag|entry)|ice (?:hit|flag)|admin(?:istrative)? warrant|i-?200|i-?205)\b",
        # "sector brings in a guy they stopped bc NCIC showed an immigration violator entry", "brought a
        # guy in bc NCIC said ICE wanted him" (not "grabbed a guy for farebeat, NCIC shows a federal entry")
        r"\b(?:(?<!gets )(?<!get )(?<!got )(?<!if )(?:stopped|arrested|detained|grabbed|locked up|cuffed)|(?:brought|brings|bring) (?:[\w']+ ){0,2}in)\b"
        r".{0,60}\b(?:immigration (?:violator|hit|flag|entry)|ice (?:hit|flag|entry|wanted)|admin(?:istrative)? warrant|i-?200|i-?205)\b",
    ],
}
