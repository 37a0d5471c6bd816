"""Strong ask cues about operations: support on the street, their warrants, our people lent to them."""

from __future__ import annotations

from bot.facts.lexicon.blocks import CLOSE_OFF_VERBS, PERSON
from bot.facts.model import Ask

__all__ = ["OPERATIONS_ASKS"]

# the languages our officers are asked to speak or translate
_LANGUAGE = (
    r"(?:spanish|chinese|mandarin|cantonese|fujianese|fuzhounese|russian|arabic|french|creole|haitian|"
    r"bengali|urdu|polish|korean|albanian|hindi|punjabi|tagalog|vietnamese|portuguese|italian|greek|"
    r"turkish|farsi|pashto|dari|wolof|yoruba|igbo|amharic|somali|hebrew|yiddish|japanese|ukrainian|"
    r"romanian|nepali|tibetan|mixteco|quechua|kichwa|garifuna)"
)

OPERATIONS_ASKS: dict[Ask, list[str]] = {
    Ask.OPERATIONAL_SUPPORT: [
        # Harbor's and Highway's part in their operation: "help intercept a panga off Breezy Point"
        r"\b(?:help|assist)\w* (?:them |us )?(?:to )?(?:intercept|interdict|board|pursue|chase down|tail|follow) (?:a|an|the|that|this|their) (?:[\w'-]+ ){0,2}"
        r"(?:boat|vessel|panga|ship|tanker|freighter|barge|yacht|car|truck|van|vehicle|bus)s?\b",
        # "wants us to stay and help load the workers they detained onto their bus"
        r"\bhelp (?:them |the agents? )?(?:load|put|walk|move) (?:the |their |those |these )?(?:[\w'-]+ ){0,2}(?:workers|people|detainees|"
        r"prisoners|arrestees|men|women|them|guys) (?:[\w'-]+ ){0,5}(?:onto|into|on|in) (?:their|the|a) (?:[\w'-]+ )?(?:bus|buses|vans?|trucks?|cars?|vehicles?)\b",
        # "my team's been on the outer perimeter for an hour; the case agent wants us to stay until they're done"
        r"\bwants? (?:us|me|my team|our (?:[\w']+ )?(?:team|guys|unit|cops|officers|cars)) to (?:stay|remain|hang on|hold (?:it|on|the perimeter)) "
        r"(?:on |out |there |in place |put )?(?:until|till|til|'til) (?:they(?:'re| are)|the agents are|it's|its|they finish)(?: (?:done|finished|through|clear|out))?\b",
        # "ERO asked us to clear them off the block so their van can leave": crowd control for their arrest
        r"\bclear (?:them|the (?:protesters|crowd|people|onlookers)|everyone|people|protesters) (?:off|out of|away from) (?:the |their )?"
        r"(?:block|street|area|road|way|sidewalk|[\w'-]+ (?:st|street|ave|avenue|blvd|road|rd|pl|place))\b",
        # "they want 2 of us at the jet bridge": officers posted where their arrest happens
        r"\bwants? (?:\d+|two|three|four|a couple|some|a few) of us (?:at|on|by|outside|near) (?:the|their|a)\b",
        # "lend them some of our barriers": our equipment for their operation
        r"\b(?:lend|loan|borrow|give)\w* (?:them |him |her )?(?:some of |a few of |a couple of )?(?:our )?"
        r"(?:barriers|barricades|cones|police tape|crime scene tape|radios|vests|shields)\b",
        # "stand at the apartment door and keep the wife and her brother inside while they take him out"
        r"\b(?:stand|standing|post(?:ed)? (?:a cop |an officer |someone )?|wait(?:ing)?) (?:at|by|outside|in front of) "
        r"(?:the|their|his|her) (?:[\w']+ )?(?:door|doorway|front door|entrance|exit|hallway|stairwell|building)\b"
        r"(?=.{0,80}\bwhile (?:they|the agents?|ero|ice|hsi|cbp)\b)|"
        r"\bkeep (?:the |his |her |their )?(?:[\w']+ ){0,4}(?:inside|back|out of the way|away|in the apartment) while (?:they|the agents?|ero|ice|hsi|cbp)\b",
        # "a 'knock and talk' at 3 addresses w/ 4 of our cops": door-to-door visits with their agents
        r"\bknock[- ](?:and|&|n|'n'|'n)[- ]talks?\b",
        # "wants two of us to keep the stairs clear": a way kept open for their operation
        r"\bkeep(?:ing)? (?:the |a |that |their )?(?:[\w'-]+ )?(?:stairs?|stairwells?|steps|platforms?|mezzanine|exits?|entrances?|"
        r"lobby|hallway|corridor|sidewalk|street|block|area|path|way|doors?|driveway|lane|turnstiles?) (?:clear|open|free|empty)\b"
        r"(?! (?:for|so) (?:fdny|ems|the fire department|firefighters|the ambulances?|the medics)\b)",
        # "clear the sidewalk so their vans with detainees can pull out"
        r"\bclear(?:ing)? (?:the |a |out the )?(?:sidewalk|street|road|way|path|crowd|block|lane|exit|driveway|area|entrance)\b"
        r"(?=.{0,60}\b(?:so|for|while|to let|until)\b)",
        # "a sector car to close off 41st Ave while they grab a guy": traffic or a perimeter for their arrest
        rf"\b{CLOSE_OFF_VERBS}\b (?:off |down )?(?:the |a |\d+\w* )?(?:[\w'-]+ ){{0,3}}(?:st|street|ave|avenue|blvd|boulevard|road|rd|block|corner|intersection|lane|traffic|perimeter|area)\b",
        # "ICE supervisors direct our warrant team on removal targets once a month"
        r"\b(?:direct|directing|task|tasking|supervise|supervising|run|running|command|commanding)\b (?:our|the pct's|the precinct's) (?:[\w']+ )?(?:team|squad|unit|officers|cops|detectives)\b",
        # "should we go stand w ICE to keep order?"
        r"\b(?:go )?stand (?:w/?|with|beside|next to|alongside) (?:ice|ero|hsi|cbp|them|the agents|the feds)\b",
        # "a sector car out front to keep the street safe", "a couple of cars to secure the outside"
        r"\b(?:a|an|one|two|three|four|a couple of|a few|some|\d+) (?:sector |marked |radio |patrol |uniformed )?(?:cars?|rmps?|units?|radio cars?)\b"
        r" (?:(?:[\w']+ ){0,4}(?:out front|outside)\b|to (?:secure|keep|hold|cover|block|watch|guard|seal|stand by)\b|"
        r"for (?:the )?(?:perimeter|outside|street|block|security|scene)\b)",
        # "ATF doing a search warrant at a gun shop on Friday, want a sector car": a car asked for their op
        r"\b(?:want|wants|wanted|need|needs|asking for|asked for|asks for|requesting|requested) (?:a|an|one|two|\d+|a couple of) "
        r"(?:sector|marked|radio|patrol|uniformed) (?:cars?|rmps?|units?)\b",
        # "wants the squad to canvass for witnesses"; "use my NYPD-assigned car on the DEA surveillance"
        r"\bcanvass(?:ing)?\b",
        # "help search the block for a man who ran", "look around the area for him"
        r"\b(?:help|assist)(?:ing)? (?:them |the agents? |hsi |ice |ero |cbp )?(?:to )?(?:search|look|comb|sweep|hunt|check)(?: around)? "
        r"(?:the |this |that )?(?:block|area|building|neighborhood|park|station|yard|streets?)? ?for (?:a |an |the |that |this )?"
        r"(?:[\w']+ )?(?:man|guy|woman|kid|person|suspect|target|runner|him|her|them|one)\b",
        r"\b(?:use|take|bring|drive)\w* (?:my|our|an?|the) (?:[\w-]+ ){0,2}(?:car|vehicle|rmp|radio|camera|equipment|van|plate reader)s? (?:on|for|in|during) (?:the |their |a |an )?(?:[\w-]+ ){0,3}(?:surveillance|op|operation|takedown|raid|investigation|case|warrant|detail)\b",
        # "wants our warrant squad on a violent felony warrant sweep next week"
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested|would like)\b (?:our|a|the|some|two|three|\d+|nypd) (?:[\w']+ ){0,2}(?:squad|team|unit|detectives|officers|cops|guys|people|tfos)\b (?:[\w']+ ){0,2}(?:on|for|in|at) (?:a|an|the|their) (?:[\w'-]+ ){0,3}(?:sweep|operation|op|raid|detail|takedown|roundup|round-up|initiative)\b",
        # "could ride with their team Thursday for local knowledge"
        r"\bride (?:along )?with (?:their|the|an?|his|her) (?:[\w']+ )?(?:team|unit|agents?|squad|crew|officers?)\b|\bride[- ]alongs?\b",
        r"\btake (?:one of our|our|an?|two of our|\d+ of our|some of our) (?:[\w']+ )?(?:cops|officers|guys|people|uniforms)\b (?:[\w']+ )?along\b|\b(?:come|ride|tag) along (?:on|with|for) (?:their|the) (?:[\w']+ )?(?:ops?|operations?|raids?|sweeps?|pickups?|arrests?)\b",
        r"\b(?:hold|holding|control|controlling|direct|directing|handle|handling) (?:the )?traffic\b",
        r"\bblock (?:off )?(?:[\w']+ ){0,2}(?:ave|avenue|st|street|blvd|boulevard|road|rd|intersection)\b",
        # ("so they can be at the door": the agents' plan, dropped in bot.facts.asks; "we're at the post": ours)
        r"\b(?:stay|stand|(?<!the )(?<!our )(?<!a )(?<!my )(?<!fixed )post|wait|be) (?:at|by|on|outside) (?:the )?(?:doors?|exits?|entrances?|gates?)\b|\bso (?:nobody|no one|noone|none of them) (?:leaves|gets out|runs|walks out)\b",
        r"\b(?:be )?(?:there |out there )?at the (?:knock|door knock|hit|entry)\b",
        r"\btape off\b|\bkeep (?:people|ppl|the crowd|everyone|folks|bystanders) back\b",
        r"\bescort(?:s|ed|ing)? (?:their|the|an?|ice'?s?|its|his|her) (?:[\w']+ )?(?:convoy|vehicles?|cars?|vans?|trucks?|motorcade)\b",
        r"\bwants? (?:our|a|an|the|two|\d+) (?:[\w']+ )?(?:car|cars|rmp|rmps|unit|units|uniforms?|cops|officers)\b (?:[\w']+ ){0,2}(?:at|on|outside|by|in front of) (?:the )?(?:door|front door|back door|scene|location|address|building|house|apartment|apt|block)\b",
        r"\bclose (?:off )?(?:the |a )?(?:[\w']+ ){0,2}(?:entrance|exit|lot|street|block|gate|driveway)s?\b",
        # "cover the back of the building while they knock", "block the station stairs so nobody runs"
        r"\bcover (?:the )?(?:back|front|rear|exits?|side|stairs|stairwell)(?: (?:of|to) the (?:building|house|apartment|apt|place|station))?\b",
        r"\bblock (?:off )?(?:the|a) (?:[\w']+ ){0,2}(?:stairs|stairway|stairwell|exits?|entrance|doors?|turnstiles?)\b",
        r"\btraffic (?:control|posts?|details?|cones|support|help|assistance|cover)\b|\bhelp (?:w|with|on) (?:the )?traffic\b",
        # "can our helicopter follow a van carrying people they want to deport", "put a helicopter over a block"
        r"\b(?:helicopter|aviation|chopper|drone|air unit)\b[^.?!]{0,80}\b(?:follow|track|tail|keep (?:an )?eye on|spot|look for|search for|locate)\b",
        # Harbor: "chase a boat with people running from their op"
        r"\b(?:chase|chasing|pursue|pursuing|intercept|intercepting|run down)\b (?:a|the|that|this|their) (?:[\w']+ )?(?:boat|vessel|jet ?ski|speedboat|skiff)\b",
        # "they want a sector car to help pick him up in Far Rockaway"
        r"\b(?:a|one|two|an?other) (?:sector car|rmp|radio car|patrol car|marked car|unit)s? to help (?:them )?(?:pick|grab|bring|arrest|take|"
        r"round|scoop|find|locate)\b",
        r"\b(?:block|blocking|stop|stopping|divert|diverting|shut down|close|closing)(?: off)? (?:the )?traffic\b|"
        # "they just want us to block Junction at both ends for twenty minutes"
        r"\b(?:block|close|shut|seal)(?:ing)? (?:off |down )?[\w'-]+(?: [\w'-]+)? (?:at|from) (?:both|each|either) ends?\b",
        r"\b10-85\b",
        r"\b(?:assist|help)(?:ing)? (?:them |us )?(?:in|with) (?:locating|finding|tracking down|tracking)\b",
        # "asking our sector to just stand by in case it gets hairy while they make the arrest"
        r"\b(?:stand|standing|wait|waiting|be) ?by\b (?:[\w']+ ){0,3}(?:in case|while (?:they|the agents|ice|ero|hsi)|for (?:backup|support|officer safety))\b",
        # "asked a sector car to meet them at the subject's office"
        r"\b(?:sector cars?|rmps?|radio cars?|marked cars?|patrol cars?|uniforms?|(?:a|one|two|\d+) (?:cars?|units?)) to "
        r"(?:meet|join) (?:them|the agents?|the feds|the marshals) (?:at|outside|in front of|on)\b",
        # "a sector car to sit out front for officer safety"
        r"\b(?:sector cars?|rmps?|radio cars?|marked cars?|patrol cars?|(?:a|one|two|\d+) (?:cars?|units?))\b (?:[\w']+ )?to (?:sit|stand|park|wait|stay|post up|be posted) "
        r"(?:out front|outside|in front|nearby|on the block|down the block|at the (?:corner|door|building|location))\b",
        # "radio says 'respond to assist'" at an ICE scene: help with their operation, for what unknown
        r"\brespond(?:ing)? (?:to )?(?:and )?assist\b|\bassist (?:ice|ero|hsi|cbp|dhs|the agents|the feds|federal agents|them) (?:with|at|on|outside)\b",
        r"\block(?:ing)? (?:down|off) (?:the |a |that )?(?:block|street|area|building|corner|intersection|avenue|road)\b",
        # ("hold the street for FDNY": room for the firefighters, the emergency's own help)
        r"\bhold (?:the|a) (?:hallway|perimeter|scene|block|stairwell|stairs|lobby|street|corners?|back|front|roof|exits?|building|area)\b"
        r"(?! (?:open |clear )?for (?:fdny|ems|the fire department|firefighters|the ambulances?|the medics)\b)",
        # "two uniformed officers to help secure the exits while agents make the arrest"
        r"\b(?:secure|securing|cover|covering|watch|watching|guard|guarding)\b (?:the |all )?(?:front |back |rear |side |main )?(?:hallways?|corridors?|exits?|doors?|back ?doors?|rear|entrances?|stairwells?|fire escapes?|roof|windows|back(?! (?:of|to|in|up|on)\b))\b",
        r"\b(?:hold|keep) (?:[\w']+ ){0,3}(?:st|street|ave|avenue|block|road|intersection|corner|lane|area|bridge) (?:closed|shut|blocked|locked down)\b",
        # "a couple of cops at the door" asked for; "our cops on scene want to pull him out" are ours, already there
        # ("two ICE officers at the front counter want ...": their officers standing there, not ours asked for)
        r"\b(?:a |one |two |a couple of |some )?(?<!\bour )(?<!\bmy )(?<!\bice )(?<!\bero )(?<!\bhsi )(?<!\bcbp )(?<!\bdhs )"
        r"(?<!\bfbi )(?<!\bdea )(?<!\batf )(?<!\bfederal )(?<!\bdeportation )(?:uniforms?|uniformed (?:officers?|cops)|rmps?|marked cars?|sector cars?|radio cars?|patrol cars?|cops|officers) (?:or (?:two|2) )?(?:at|for|on|outside|by) (?:the )?(?:lobby|door|front|back|perimeter|building|exit|entrance|scene)\b"
        # "rmp on scene asking can they step in": our car is the one asking
        r"(?! (?:is |are |was |were )?(?:asking|asks|asked|wants? to know|wondering|says|said|radioed|radioing|calling|called))",
        # "(a) two of our cops at the door tomorrow at 0500": some of ours asked for, by count
        r"\b(?:one|two|three|four|a couple|a few|\d) of (?:our|your) (?:uniforms|cops|officers|guys|people|rmps|cars) "
        r"(?:at|for|on|outside|by) (?:the )?(?:lobby|door|front|back|perimeter|building|exit|entrance|scene)\b",
        r"\b(?:an? )(?:nypd |police |marked )?escort\b",
        r"\b(?:shut|close|block|seal)(?:ing)? (?:down |off )?(?:both ends of |each end of |either end of |one end of )?(?:the |a |off the )(?:street|block|road|avenue|intersection|area)\b",
        r"\bperimeter\b",
        r"\b(?:\d+|two|three|four|a couple of) (?:rmps?|radio cars?|sector cars?|marked cars?|patrol cars?|units|uniforms) "
        r"(?:requested|needed|wanted|asked for)\b",
        r"\bride[- ]?alongs?\b|\bride along\b|\bride (?:around |along )?with (?:us|me|our|them|the agents|ice|ero|hsi)\b|\bin (?:the|our) (?:car|rmp|radio car) with (?:us|me)\b",
        r"\bride (?:on|in|with) (?:our|the) (?:[\w']+ )?(?:launch|boat|car|rmp|van|helicopter|vessel|unit|cruiser)\b",
        # "wants to stand with us at the bus terminal and ask for papers": their agents beside our post
        r"\b(?:stand|post up|walk|patrol)(?:ing)? (?:with|alongside|next to) (?:us|me|our (?:[\w']+ )?(?:cops|officers|guys|post|unit|team|detail))\b"
        r"(?= (?:at|on|in|outside|by|near|around)\b)",
        r"\bset up (?:a |the )?(?:line|perimeter|barrier|wall|police line)\b|\b(?:hold|keep|push) (?:the |that )?crowd back\b",
        r"\bso (?:they|ice|ero|the agents|the feds|hsi|cbp) can (?:finish|get|put|take|load|complete|make|grab|bring|move)\b(?! (?:a |an |the |their )?(?:judge'?s? |judicial |federal )?(?:warrant|paperwork|papers|signature|order|judge))",
        # (not "system's back up: priors = ...": the computer running again)
        r"(?<!system's )(?<!systems )(?<!system is )(?<!computer's )(?<!computers )(?<!network's )(?<!server's )(?<!it's )(?<!its )\bback ?up\b|"
        r"\bback (?:them|him|her) up\b",
        r"\bcrowd control\b",
        r"\boverwatch\b|\bair support\b|\bput (?:a|the|our) (?:bird|helicopter|chopper|drone) up\b|\bcheck ?points?\b",
        r"\bround(?:ing)? (?:them |\w+ )?up\b|\b(?:run|ride|sail|go|roll|patrol)(?:ing)? alongside\b",
        r"\bextra (?:boats?|cars?|units?|rmps?|cops|officers|bodies|launches)\b|\b(?:just|for|provide|give|a|our|nypd|police) presence\b",
        rf"\b(?:help|helping)\b (?:them |us |him |her )?(?:put|load|get|carry|walk|drag|lift|place) (?:{PERSON}|him|her|them|the [\w']+)\b(?: [\w']+){{0,6}} (?:in|into|to) (?:their|the|a|an|our) (?:[\w']+ )?(?:van|car|vehicle|truck|suv|bus|wagon)\b",
        r"\bfollow (?:them|the agents|ice|ero|hsi|cbp|their (?:van|car|vehicle|convoy)) (?:[\w']+ ){0,2}(?:to|back to|over to|down to)\b",
        r"\b(?:a |an |some |\d+ |two |extra )?(?:car|cars|rmps?|units?|vans?|wagons?|radio cars?)\b (?:for|to help with|at) (?:the|their|an|a) (?:[\w']+ )?(?:arrest|raid|op|operation|takedown|search|pickup|pick-up|hit|entry)\b",
        r"\b(?:provide|give|send|lend|spare|detail) (?:[\w']+ ){0,2}(?:security|cover|presence|coverage|uniforms|marked cars|rmps|units|cars|officers|cops|bodies|manpower|people|guys)\b",
        r"\b(?:need|want|ask|asking|request|requesting|asked)(?:s|ed)? (?:for )?(?:the same |same |those |the )?(?:\d+|two|three|four|five|a few|some|a couple(?: of)?|extra|uniformed|marked|nypd) (?:of our )?(?:guys|cops|officers|detectives|units|cars|rmps|bodies|uniforms|marked units|esu|cruisers|squad cars)\b",
        r"\b(?:need|needs|want|wants|asking for|asked for|borrow)\b (?:\d+|two|three|four|five|six|a few|some|a couple) of ours\b",
        r"\b(?:need|needs|want|wants|ask|asks|asking|request|requesting|requested|asked)\b (?:for )?(?:[\w']+ ){0,3}(?:esu|rmps?|marked units?|uniforms|manpower|k-?9|aviation|backup)\b",
        r"\b(?:need|want|ask|asking|request|requesting|asked)(?:s|ed)? (?:for )?(?:our|nypd|a|an|some) (?:help|assistance|backup|support|k-?9|canine|dogs?|helicopter|aviation|esu|harbor|boat|drone|presence|manpower)\b"
        r"(?! (?:video|footage|camera|recording|feed|tape|photos?|pictures?|images?)\b)",
        r"\b(?:standby|stand by|stand guard|post up) (?:at|outside|while|during|on|by)\b|\bsit (?:at|outside|on the (?:block|house|location|building|corner|spot))\b",
        r"\b(?:help|assist|support)(?:ing)? (?:[\w']+ ){0,2}(?:with|on|at|during|in) (?:(?:the|an|their|a|this|that) (?:[\w']+ ){0,2}(?:op|operation|raid|sweep|action|arrest|surveillance|stakeout|enforcement|roundup|round-up|takedown|pickup|pick-up)|surveillance|stakeouts?)\b",
        r"\bhelp (?:them|ice|ero|hsi|cbp|the agents|the feds|agents) (?:[\w']+ )?(?:arrest|detain|grab|pick up|take|catch|cuff|surround|secure|contain|corner|box in|stop)\b",
        r"\b(?:officers|cops|guys|bodies|units|cars|uniforms) (?:for|to help (?:with|on)|at|during) (?:the |an |their |a )?(?:op|operation|raid|sweep|arrest|action)\b",
        r"\buniformed presence\b|\bmarked (?:car|unit|rmp)s?\b",
        r"\b(?:go|come|roll|respond) with (?:them|ice|ero|hsi|cbp|the agents|the feds)\b(?! to court)",
        # "keep the scene tape up and guard the building while they bring out the people they detained"
        r"\bkeep (?:the |our )?(?:crime scene |scene )?tape up\b|"
        r"\bguard (?:the|their|a) (?:building|doors?|exits?|entrance|lobby|block|perimeter)\b(?=.{0,40}\bwhile (?:they|the agents|ice|hsi|ero|cbp)\b)",
        # ("respond and secure the scene" of a shooting, "secure the scene and get EMS there": our response)
        r"(?<!respond and )(?<!respond & )\bsecure (?:the |a )?(?:scene|area|building|block)\b"
        r"(?! and (?:get|call|request|wait for|bring) (?:ems|an? ambulance|a bus|medics|fdny|help)\b)",
    ],
    Ask.WARRANT_EXECUTION_ASSIST: [
        # "get the master key from management and go in with them" on their search warrant
        r"\bgo (?:in|inside) with (?:them|the agents|the feds|him|her)\b|\b(?:get|grab) (?:the )?(?:master |super'?s? )?keys? (?:from|off) (?:the )?(?:management|super|landlord|building)\b",
        # "want my agents to call him up to the front lobby so they can arrest him"
        r"\b(?:call|bring|get|send for|page) (?:him|her|them|the [\w'-]+) (?:up |down |out )?to (?:the )?(?:[\w'-]+ )?(?:lobby|office|front desk|door|entrance)\b(?= .{0,30}\b(?:arrest|grab|pick (?:him|her) up|take (?:him|her))\b)",
        # "HSI wants him on a joint execution of a judge-signed search warrant"
        r"\bjoint (?:execution|service|serving|executing) of (?:an? |the |their )?(?:[\w'-]+ ){0,3}warrants?\b",
        # "USMS wants a couple of us along on a fugitive sweep tomorrow": their warrants, our officers
        r"\b(?:a couple of |some of |two of |\d+ of |one of |a few of )?(?:us|ours|our (?:guys|cops|officers|people|detectives)) along "
        r"(?:on|for) (?:a|an|the|their|tomorrow'?s?) (?:[\w'-]+ ){0,2}(?:sweep|roundup|round-up|warrant (?:op|operation|detail))s?\b",
        # "FBI wants us along to pick up a guy on a federal arrest warrant"
        r"\b(?:wants?|wanted|needs?|asked for|asking for|asks for|would like) (?:us|me|our (?:[\w'-]+ )?(?:guys|team|unit|squad|cops|officers|dets|detectives)) "
        r"along (?:to|for) (?:pick up|grab|arrest|serve|execute|hit|knock|take down|bring in|scoop|the (?:arrest|pickup|pick-up|hit|knock|takedown|entry))\b",
        # an agency's letter: "requests 2 uniformed units and an ESU presence for execution of a federal search warrant"
        r"\b(?:for|in|with|during) (?:the )?execution of (?:a|an|the|their|our|its) (?:[\w']+ ){0,3}warrants?\b",
        # "they want one of my detectives with them to knock tomorrow"
        r"\bwith (?:them|the marshals|the agents?|the feds) to (?:knock|do the knock|hit the door|serve (?:it|the warrant)|make the arrest|grab him|grab her)\b",
        # "Marshals fugitive task force wants us with them tmrw 0600 to grab a guy on a federal arrest warrant"
        r"\b(?:wants?|wanted|needs?|asked for|asking for|would like) (?:us|me|our (?:[\w'-]+ )?(?:guys|team|unit|squad|cops|officers|dets|detectives)|"
        r"(?:\d+|two|three|a couple|some) of (?:us|ours)) (?:out )?with (?:them|him|her|the (?:marshals|agents|feds|team|task ?force))\b"
        r"[^.;!?]{0,30}\bto (?:grab|arrest|pick up|take down|get|serve|hit|knock|bring in)\b",
        # a task-force officer: "tomorrow we're grabbing a hobbs act robbery guy" on the federal warrant
        r"\b(?:we're|we are|we'll|we will|we) (?:gonna |going to )?(?:grabbing|grab|picking up|scooping|hitting|arresting|locking up|taking down|executing|serving)\b"
        r" (?:a |an |the |this |that |our |their |his |her )?(?:[\w'-]+ ){0,3}(?:guy|perp|target|fugitive|subject|warrant|man|woman|suspect)s?\b",
        # "wants two of us to back them on an arrest in the 47 tomorrow morning"
        r"\bback (?:them|him|her|the agents|the marshals|the team) (?:up )?(?:on|at|for|during) (?:an?|the|their|this|that) "
        r"(?:[\w']+ )?(?:arrest|takedown|search|entry|hit|knock|warrant)\b",
        # "they want us to assist the arrest at a motel", "us doing the arrest" on their warrant
        r"\bassist(?:ing)? (?:on |with |in )?(?:the|an?|their|this|that) (?:[\w']+ )?(?:arrest|takedown|search|entry|apprehension)\b",
        # "wants our help with the arrest at his apt"
        r"\bhelp (?:(?:them|him|her|us|out) )?(?:with|on|in|making|doing|make|do) (?:the|an?|their|this|that) (?:[\w']+ )?(?:arrest|takedown|search|entry|apprehension)\b",
        # "a search warrant ... and would like our K9 unit there": a dog team at their search
        r"\b(?:wants?|would like|needs?|asking for|asked for|asks for|requests?|requested)\b (?:our |a |an |the )?(?:k-?9|canine|esu|emergency service)"
        r"(?: unit| team| dogs?| officers?| squad)?\b(?= (?:there|on scene|at (?:the|their)|for (?:the|their) (?:search|entry|hit|raid|warrant)))",
        r"\b(?:us|we|our (?:team|squad|guys)) (?:doing|do|make|making|conduct(?:ing)?) the (?:arrest|takedown|grab)\b",
        # "two of our warrant squad dets for the arrest tmrw": our people lent for their arrest
        r"\b(?:\d+|one|two|three|four|a couple|some|a few) of (?:our|my) (?:[\w'-]+ ){0,3}(?:dets|detectives|officers|cops|guys|people|units|uniforms) "
        r"(?:for|on|at) (?:the|an?|their|this|that) (?:[\w']+ )?(?:arrest|takedown|hit|knock|entry|raid|apprehension)\b",
        r"\b(?:do|doing) the (?:knock|door knock|door|entry|talking at the door)\b(?! (?:to|for) (?:the |a |our )?(?:property|evidence|records?|file|supply) (?:room|cage|office))",
        r"\b(?:help|assist)\w* (?:[\w']+ ){0,4}(?:w/?|with) (?:the )?(?:entry|breach|the door|the hit|vouchering)\b",
        # terse: "assist arrest?", "wants me on 0600 hit", "knock tmrw on EDNY judge search warrant"
        r"\bassist (?:with |on |in )?(?:the |an? |his |her )?(?:arrest|hit|knock|door|entry|takedown|search|apprehension)\b|"
        r"\b(?:me|us|our (?:[\w']+ )?(?:guys|team|unit|squad|cops)) (?:on|for) (?:the |a |an |their )?(?:\d{4} )?(?:hit|knock|takedown|raid|entry)\b|"
        r"\bknock\b(?=[^.?!\n]{0,40}\bwarrant)|"
        r"\bon the door\b|\b(?:help|a hand|backup|back-up) (?:with |on |at )?(?:the |a |their )door\b|\b(?:us|me|our (?:[\w']+ )?(?:guys|cops|officers|team|unit|squad)|esu) for (?:the )?(?:door|entry|knock)\b|\b(?:make|making|do|doing) (?:the )?entry\b|\bhit(?:ting)? the door\b|\bbreach(?:ing)? the door\b",
        # "wants a hand picking up a man at his workplace": an arrest out in the city, on their paper
        rf"\b(?<!we )(?:pick|picking|scoop|scooping|grab|grabbing) (?:up )?{PERSON} (?:up )?at (?:his|her|their|a|the) (?:[\w']+ )?"
        r"(?:job|work|home|house|apartment|apt|place|workplace|shop|store|restaurant|site|bodega)\b",
        # "asked our PSA cops to just point them to the right apartment": the way to the door on their warrant
        r"\b(?:point|show|walk|lead|take|bring)(?:s|ed|ing)? (?:them|the agents?|the feds|the marshals|him|her) (?:to|up to|over to) "
        r"(?:the right|his|her|their|which) (?:apartment|apt|door|unit|house)\b|"
        r"\b(?:point|show)(?:s|ed|ing)? (?:them|the agents?|the feds|him|her) which (?:apartment|apt|door|unit|house)\b",
        # "want two of ours to go with them tomorrow to the door"
        r"\b(?:go|come|be|stand|stack) (?:with|alongside) (?:them|the agents?|the marshals|the feds)\b (?:[\w']+ ){0,3}(?:to|at|on) the (?:door|apartment|apt|house|location|address)\b",
        # "where the FBI was serving a warrant": what the agents were doing, not what they ask of us
        # ("ICE served a magistrate-signed warrant for our prisoner": the agency's own act, told)
        r"(?<!\bwas )(?<!\bwere )(?<!\bagents )(?<!\bagent )(?<!\bwhile )\b(?:(?:serv|execut|exec|hit)(?:e|es|ing)?|"
        r"(?<!\bice )(?<!\bero )(?<!\bhsi )(?<!\bfbi )(?<!\bdea )(?<!\batf )(?<!\bcbp )(?<!\bmarshals )(?<!\bthey )(?:serv|execut|exec|hit)ed) "
        r"(?:the|a|their|an|this|that|his|her) (?:[\w'-]+ ){0,2}warrant\b",
        # our people placed where their warrant is served: "wants two of us at a door in the Patterson Houses
        # tomorrow at 0600", "the Marshals want us with them on a federal warrant", "wants them on a 0500 hit"
        r"\b(?:wants?|wanted|needs?|asked for|asking for|asks for|requested|requesting)\b (?:(?:\d+|one|two|three|four|a couple|a few|some) of )?"
        r"(?:us|me|ours|our (?:[\w']+ )?(?:guys|cops|officers|detectives|dets|team|unit|squad|people|uniforms)) (?:with (?:them|the agents|the marshals) )?"
        r"(?:at|on|for) (?:a|an|the|their) (?:[\w'-]+ ){0,3}(?:door|doorway|hit|knock|entry|warrant)\b"
        r"(?! (?:sweeps?|roundups?|round-ups?|initiatives?|ops?|operations?|details?|squads?|task))|"
        r"\bwants? them (?:on|for) (?:a|an|the|their) (?:\d{4} |early |morning |dawn )?(?:hit|knock|entry|takedown|raid)\b",
        r"\b(?:do|doing|did|run|running) (?:a|the|our|their|this|that) (?:search |arrest )?warrant\b(?= (?:[\w'/-]+ ){0,8}with (?:them|the feds|hsi|fbi|dea|atf|usms|the marshals|cbp|ice|the agents?|federal|homeland)\b)",
        # an agent with a warrant "asks us to help stop him", "help arresting a murder fugitive": the arrest itself
        # ("help locate and arrest him": finding him is the first half of the arrest)
        r"\bhelp (?:them |the agents? |him |her )?(?:to |in |with )?(?:(?:locate|find|track down|identify) (?:and|&) )?"
        r"(?:stop(?:ping)?|grab(?:bing)?|detain(?:ing)?|arrest(?:ing)?|apprehend(?:ing)?|cuff(?:ing)?|"
        r"tak(?:e|ing) down|pick(?:ing)? up) (?:him|her|them|(?:(?:the|a|an|this|that) )?(?:[\w'-]+ ){0,2}(?:guy|man|woman|target|subject|suspect|fugitive|perp|defendant))\b",
        r"\bhelp (?:them |us |him )?(?:to )?(?:serve|execute|exec|breach|hit (?:the|an?|that|this|their) (?:door|place|apartment|apt|house|spot|location|address|stash house|crib)|make entry|search (?:an?|the) (?:apt|apartment|house|building|unit|place|premises))\b",
        # "wants us to knock with them at a NYCHA apt" on their warrant
        r"\bknock (?:on (?:the |a |his |her )?(?:door|apartment|apt) )?(?:with|alongside) (?:them|the agents?|the marshals|the feds|the task ?force)\b",
        # (not "men are breaking down her door": a break-in the caller reports, see the emergency asks)
        r"\b(?<!are )(?<!is )(?<!'re )(?:break|breach|bust|kick|knock|ram|force|pop|take)(?:ing)? (?:in |down |open )?"
        r"(?:the|a|his|her|their|an) (?:[\w']+ )?doors?\b",
        r"\bforced? entry\b|\bdoor (?:team|breach)\b|\bentry team\b",
        r"\bbreach(?:ing)? (?:the |a |their |an |that )?(?:[\w']+ ){0,2}(?:floor|door|apartment|apt|house|unit|building|room)\b",
        # "they want us to make the entry" (through the door), never "make an entry in our system"
        r"\b(?:do|make|doing|making|handle|handling) (?:the|their) (?:door |initial |forced |dynamic |tactical )?entry\b"
        r"(?! (?:in|into|on) (?:the |our |their )?(?:log|system|database|computer|blotter|records?|files?|book))|\bwarrant entry\b",
        # "they want me there for the entry since I know the building", "point out his mom's house" for their warrant
        r"\b(?:wants?|needs?|asked for|asking for|would like) (?:me|us|our (?:[\w'-]+ )?(?:nco|guys|cops|officers|team)) (?:there |with them )?"
        r"(?:for|at|on) the (?:entry|search|arrest|hit|knock|door)\b|"
        r"\bpoint(?:ing)? out (?:his|her|their|the) (?:[\w'-]+'s )?(?:house|home|apartment|apt|building|place|door|car)\b|"
        r"\b(?:bring|use|borrow|lend) (?:the|a|our|one of our) (?:[\w'-]+ ){0,2}(?:ram|battering ram|halligan|rabbit tool|breaching tools?|"
        r"(?:door )?spreaders?|hydraulic tools?|pry bars?|bolt cutters)\b",
        # "2 ESU cops for a search warrant on a stash house", "our launch to bring them out to grab him"
        r"\b(?:\d+|one|two|three|four|a couple of|some|a few) (?:[\w'-]+ )?(?:cops|officers|guys|dets|detectives|units|uniforms) (?:for|on|at) "
        r"(?:a|an|the|their|this|that) (?:[\w'-]+ ){0,2}(?:search |arrest )?warrant\b|"
        r"\b(?:launch|boat|bird|helicopter|car|van|truck|rmp) to (?:bring|take|run|get|ferry|drive) (?:them|the agents?|the feds|the marshals) "
        r"(?:out |over |up |down )?to (?:grab|arrest|pick up|get|take down|serve|search|hit)\b",
        r"\btake ?down\b",
        # a request form's "Purpose of request: NYPD assistance executing arrest"
        r"\bassistance (?:with |in |on )?execut\w* (?:the |an? |their )?(?:arrest|search|warrant)s?\b",
        r"\bhit (?:it|(?:the|a) (?:door|place|apt|apartment|spot|house|location|building|stash house))\b",
        r"\b(?:help|assist)(?:ing)? (?:[\w']+ )?(?:with|on|in) (?:the|an|their|a|next week's|this week's|tomorrow's|tonight's) "
        r"(?:[\w']+ )?(?:arrest warrant|search warrant|warrant|takedown|raid|search|sweep)\b",
        rf"\bhelp (?:them |us |him )?(?:arrest|apprehend|grab|catch|cuff|take down|take|pick up|nab|bag|detain) (?:the|a|this|that|{PERSON})\b",
        rf"\btake (?:{PERSON}|him|her|them) (?:down )?at the (?:door|house|apartment|apt|location)\b",
        r"\bon the (?:search|entry|arrest|door|warrant|raid) team\b|\b(?:search|entry|arrest) team\b|\b(?:be|are|is|am|we're|were) on the entry\b",
        r"\bwants? (?:us|me|our [\w']+) (?:on|for|with) (?:their|the|a) (?:[\w'-]+ ){0,3}(?:warrant|search|raid|takedown|entry)\b",
        r"\b(?:help|assist)(?:ing)? (?:[\w']+ )?(?:with|on|in) (?:executing|serving) ",
        # "Marshals want us with them at 0500 to arrest a guy", "ATF wants us with them on an arrest at a house"
        r"\b(?:wants?|wanted|needs?|asked for|asking for) (?:us|me|(?:two |2 |a few |some )?(?:of )?our (?:[\w']+ )?(?:guys|cops|officers|team|squad|unit|detectives))"
        r" (?:with|along with) (?:them|him|her|the agents)\b(?: (?:at|on|in|by|for) (?:[\w':]+ ){1,3}?)? ?"
        r"(?:to (?:arrest|grab|pick up|hit|take down|serve|execute)|on (?:an?|the|their) (?:[\w'-]+ ){0,2}(?:arrest|raid|warrant|takedown|search|hit))\b",
        # "asked for two of my detectives to join the arrest of a murder suspect"
        # ("asked our gang squad to join next week's sweep of an MS-13 clique")
        r"\b(?:join|joining|go on|tag along on|come along on|take part in|be part of|participate in)\b "
        r"(?:the|their|an|a|next week's|this week's|tomorrow's|tonight's|friday's|monday's) "
        r"(?:[\w'-]+ ){0,2}(?:arrest|takedown|take-?down|raid|warrant service|search|sweep|round-?up)\b"
        r"(?! (?:report|paperwork|photos?|data|records?|officers?|program|agreement)\b)",
        # "my team helped the FBI arrest a man", "help cuff and secure the guy when he comes out"
        r"\bhelp(?:ed|ing|s)? (?:the )?(?:fbi|dea|atf|usms|marshals|hsi|ice|ero|cbp|agents?|feds|deputies|them) (?:to )?"
        r"(?:arrest|grab|cuff|take down|pick up|search|apprehend|catch)\b",
        r"\bhelp(?:ed|ing)? (?:to )?(?:cuff|secure|restrain|detain|take down|hold down)(?: and (?:cuff|secure|restrain|detain))? "
        r"(?:the|a|this|that|him|her|them)\b",
        # "keep our two cars on scene while they finish the search"
        r"\b(?:keep|stay|remain|hold)\b.{0,30}\bon (?:the )?scene\b.{0,40}\b(?:search|arrest|warrant|entry)\b",
        # "help with building access and the door"; "walk them to his room so they can arrest him"
        r"\bhelp (?:them |us )?(?:with|w/?|on) (?:[\w']+ ){0,4}(?:the |a )door\b",
        r"\b(?:walk|take|bring|lead|escort|show)(?:s|ing)? (?:them|the agents?|the feds|the marshals) (?:up |over |down |back )?to "
        r"(?:his|her|their|the) (?:[\w']+ )?(?:room|apartment|apt|door|unit|classroom|office|floor|desk|cell)\b"
        r"(?=[^.?!\n]{0,50}\b(?:arrest|grab|cuff|pick (?:him|her) up|warrant)\b)",
    ],
    Ask.PERSONNEL_ASSIST: [
        # "DEA asked for the same team at 1400 for a search warrant": our people, by the team they are
        r"\b(?:asked for|asks for|asking for|wants|wanted|requested|requests|needs?) (?:the same|our|that same) (?:team|squad|unit|crew|guys|detail)\b"
        r"(?= (?:at|for|on|tomorrow|tonight|again|later|\d))",
        # "help pick out passengers coming off the ship who are on their list"
        r"\bhelp (?:them |him |her )?(?:pick|point|single|sort|weed) out\b",
        # "two HSI agents want to talk to the victim ... our squad set up the interview": we arranged it for them
        r"\b(?:our|the) (?:[\w']+ ){0,3}(?:squad|detectives?|dets?|team|unit|officers?|sergeant|sgt|school safety|psa) "
        r"(?:set|sets|setting|lined|lines|lining|arranged|arranges|arranging)(?: up)? (?:the|an|their|this) (?:[\w']+ )?(?:interview|meeting|sit-?down)\b",
        # "wants to know which room the man hit by a car is in": where a person is, to reach him
        r"\b(?:know|asked?(?: me| us)?|asking(?: me| us)?|tell (?:them|him|her)) which (?:room|bed|ward|floor|unit|cell) (?:[\w'-]+ ){1,10}?(?:is|was|'s) (?:in|on|at)\b",
        # "wants my cops to help walk their original target out to the van": a hand in the arrest itself
        r"\b(?:help|helping|assist|assisting) (?:them |the agents? )?(?:walk|escort|bring|move|take|march|carry|get|put|load)\b "
        r"(?:[\w',]+ ){1,10}?(?:out )?(?:to|into|in) (?:the|their|a|an|his|her) (?:[\w']+ )?(?:van|car|vehicle|truck|bus|suv|wagon)s?\b",
        # "ICE also wants help detaining 3 people on their removal list": a hand in their arrests
        r"\b(?:wants?|wanted|needs?|asking for|asked for|asks for|requests?|requested) (?:our )?help (?:with )?(?:detain(?:ing)?|arrest(?:ing)?|grab(?:bing)?|round(?:ing)? up|pick(?:ing)? up|catch(?:ing)?|cuff(?:ing)?)\b",
        # an agency's letter: "could you arrange for us to speak with the security guard (your witness)"
        r"\barrange for (?:us|them|the agents?|our agents?|their agents?) to (?:speak|talk|meet) (?:with|to)\b",
        # "they asked us for two uniformed officers to assist"
        r"\b(?:asked|asking|asks|wants?|need|needs|requested|requesting) (?:us |me )?(?:for )?(?:two|three|four|five|\d+|a couple(?: of)?|some|a few) "
        r"(?:uniformed |uniform |extra )?(?:officers|cops|uniforms|members)\b(?= to (?:assist|help|back (?:them|him|her) up|stand by|be there|go with))",
        # "asked me to set up a meeting with the imam", "walk him to the office where the man works"
        r"\b(?:set(?:ting)? up|arrange|arranging|broker|line up) (?:a |the )?(?:meeting|sit-?down|introduction|intro) (?:with|between)\b|"
        r"\bintroduce (?:him|her|them|the agents?) to\b",
        r"\b(?:take|walk|bring|show|lead|escort|guide)\b (?:him|her|them|the agents?) (?:to|over to|up to|down to) "
        r"(?:the|his|her|their|where)\b(?! (?:cells?|precinct|pct|station|squad|back|property room|holding)\b)",
        # "asks us to guard their detainee while he rides to the hospital"
        r"\b(?:guard|guarding|watch|watching|babysit|babysitting|sit on|sitting on|secure|securing|mind|minding)\b (?:their|the|a|an|his|her|that) "
        r"(?:ice |ero |federal |fed )?(?:detainees?|prisoners?|arrestees?)\b",
        # "wants 1 more of our dets", "needs two more of our guys"
        r"\b(?:wants?|needs?|asking for|asked for|requests?|requested) (?:\d+|one|two|three|a few|a couple(?: of)?|some) (?:more |extra )?of (?:our|your) (?:[\w'-]+ ){0,2}(?:dets?|detectives?|officers?|cops?|guys|people|uniforms?|pos?)\b",
        r"\bborrow (?:\d+|one|two|three|four|a few|some|a couple(?: of)?) (?:of )?(?:our |your )?(?:officers?|cops?|detectives?|guys|people|uniforms?|pos?|dets?|investigators?)\b",
        r"\b(?:help|assist)(?:ing)? (?:with |on |in )?(?:a |the )?canvass\w*\b",
        r"\btranslat(?:e|ed|es|ion|or|ing)\b|\binterpret(?:er|ed|ing)?\b",
        rf"\bspeaks? {_LANGUAGE}\b",
        # "FBI needs a Mandarin speaker to help with a victim interview": one of ours who speaks it
        rf"\b(?:an? |one of our |our ){_LANGUAGE}[- ]speak(?:er|ing (?:officer|cop|det|detective))s?\b",
        r"\blanguage (?:guy|person|officer|cop|liaison|line|bank|skills?)\b|\bour (?:spanish|chinese|russian|arabic|language)[- ]speak(?:er|ing officer)s?\b",
        r"\baccompan(?:y|ying)\b|\b(?:come|tag) along\b|\bgo with (?:them|ice|the agents|hsi|cbp|ero|the feds)\b(?! to court)",
        r"\b(?:identify|identifying|point out|pointing out|pick out|id|i\.d\.) (?:him|her|them|the|a|this|someone|people|who|which)\b",
        # ("a paper ... authorizing entry into our holding area to search": what it lets them do, not our help)
        rf"\b(?<!please )(?<!you will )(?<!area to )(?<!areas to )(?<!premises to )(?<!building to )(?<!entry to )(?:locate|locating|find|finding|track down|tracking down|look for|looking for|search for|searching for|hunt for|hunting for|find out where) (?:{PERSON}|the|a|this|where|people|them)\b",
        r"\bknock(?:ing)? on (?:the |his |her |their |some |a few )?doors?\b",
        r"\b(?:figure|find|work) out where (?:[\w']+ ){1,3}(?:is|are|lives?|stays?|staying|living|works?|working|hangs? out|sleeps?)\b",
        r"\bshow (?:them|ice|the agents|hsi|the feds|him|her) (?:where|around|which)\b",
        r"\b(?:lend|loan|detail|assign)(?:ed|ing|s)? (?:[\w']+ ){0,2}(?:officers?|cops?|detectives?|people|members?|guys|bodies)\b",
        r"\b(?:help|helping) (?:them|ice|ero|hsi|cbp|the agents|the feds) (?:find|locate|identify|track)\b",
        # "need help finding Barros, he's got a federal warrant": a named person found for them
        r"\b(?:need|needs|want|wants|asked for|asking for) (?:our )?help (?:finding|locating|tracking down|to find|to locate) [\w'-]+(?=[,.;!?]| (?:he|she|they)\b)",
    ],
}
