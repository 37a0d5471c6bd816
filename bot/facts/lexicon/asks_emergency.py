"""Strong ask cues for an emergency: violence, injury or danger happening now during a federal operation."""

from __future__ import annotations

import re

from bot.facts.model import Ask

__all__ = ["CALLED_FOR_BACKUP", "EMERGENCY_ASKS", "HELP_CALL", "SEND_UNITS", "THE_ATTACKER"]

# beside an emergency, help asked for is the response to it: "radio says 10-85", "send units"
HELP_CALL = re.compile(r"10-85|10-13|respond(?:ing)? (?:to )?(?:and )?assist")
SEND_UNITS = re.compile(
    # ("send EMS and units?": the ambulance and the cars are the response)
    r"\bsend(?:ing)? (?:any |some |more |the |a )?(?:(?:ems|an ambulance|a bus|fdny|esu) (?:and|&) )?(?:units?|cars?|backup|rmps?|sectors?|help|cops|officers)\b|"
    # "car got rammed, driver bailed on foot. can we canvass and chase?": the pursuit is the response
    r"\b(?:canvass|chase|pursue|search the area|look for (?:him|her|them|the (?:driver|guy|shooter|suspect|attacker)))\b"
)
# "some guy punched an agent ... they want us to grab him": the attacker
THE_ATTACKER = re.compile(
    r"\b(?:him|her|them|the (?:guy|man|woman|person|kid|dude|male|female|attacker|assailant|shooter|perp|driver|cousin|suspect|"
    r"brother|sister|son|daughter|father|dad|mother|mom|uncle|nephew|husband|wife|boyfriend|girlfriend)s?)\s*$"
)
# "shots fired during an HSI raid; agents are calling for backup over the radio"
CALLED_FOR_BACKUP = re.compile(
    r"\b(?:calling|called|radioing|radioed|screaming|yelling|begging|requesting|requested) (?:in )?(?:for )?"
    r"(?:urgent |immediate |emergency |more )?(?:back-?up|back up)$"
)

EMERGENCY_ASKS: dict[Ask, list[str]] = {
    Ask.PUBLIC_SAFETY_RESPONSE: [
        # "a crowd surrounded two ICE agents in their car and is rocking it"
        r"\b(?:crowd|mob|group|people|protesters|bunch of (?:people|guys))\b (?:has |have |had |is |are |just )?"
        r"(?:surrounded|surrounding|swarmed|swarming|mobbed|mobbing|cornered|rocking|attacking|pelting|trapped|trapping) "
        r"(?:the |two |three |some |an? |their |one of the )?(?:[\w']+ )?(?:agents?|officers?|feds?|car|cars|vehicle|van|suv)\b",
        r"\b(?:agents?|officers?|feds?|they) (?:called|are calling|just called) 911\b",
        # "a guy climbed out on the fire escape and is hanging off the 4th floor railing": a life at risk
        r"\bhanging (?:off|from|onto|on to) (?:the |a |his |her )?(?:[\w'-]+ ){0,3}(?:railing|ledge|fire escape|roof|window(?:sill)?|balcony|scaffold(?:ing)?|bridge|pier)\b",
        # the Bomb Squad's and K9's calls: "suspicious package in the lobby", "a phoned in threat ... explosives dog sweep"
        # (not "a 911 call from last tuesday, a bomb threat they're investigating": a past threat is a case)
        r"\bsuspicious (?:package|bag|device|item|box|parcel|suitcase|backpack)s?\b|"
        r"\b(?:explosives?|bomb) (?:dog |k-?9 )?(?:sweep|search)\b",
        # "an HSI agent fell through a skylight ... his partner is asking for ESU and an ambulance"
        # (a person falls; "the case fell through" is no emergency)
        r"\b(?:agents?|officers?|cops?|he|she|someone|somebody|a (?:man|woman|kid|child|person|guy)|partner|detainee|prisoner) "
        r"(?:just )?(?:fell|has fallen|had fallen|is falling|fallen) (?:through|off|from|down|into)\b|"
        r"\b(?:asking|calling|screaming|begging|yelling) for (?:esu|an ambulance|ems|a bus|medics?|a medic)\b|"
        r"\bneeds? (?:an ambulance|ems|medical attention|a medic|a bus)\b",
        # "started shaking, foaming at the mouth, then went limp", "one agent on the ground being kicked"
        r"\bfoaming at the mouth\b|\bwent limp\b|\bconvuls\w*|\b(?:being|getting) (?:kicked|punched|beaten|stomped|attacked)\b|"
        r"\bpouring blood\b|\bcovered in blood\b|"
        # "he's got one agent in a headlock and the agent's turning purple"
        r"\bin a (?:headlock|chokehold|choke ?hold)\b|\bturning (?:blue|purple)\b",
        # "911 call: woman says men saying they're ICE are breaking down her door": a break-in reported
        r"\b(?:911|caller|calling|called|says|said|screaming|reports?|reporting)\b[^.;!?]{0,60}\b(?:are|is|'re|were) "
        r"(?:breaking|kicking|busting|forcing|smashing) (?:down |in |open )?(?:her|his|their|my|our) (?:[\w']+ )?(?:door|window|gate)s?\b",
        # "he's going off, punching nurses": violence on the people around, as it happens
        r"\b(?:is |are |he's |she's |they're )?(?:punching|hitting|kicking|attacking|beating|choking|biting|swinging at|throwing (?:punches|chairs) at) "
        r"(?:the |two |some |a |an |other )?(?:nurses?|doctors?|staff|patients?|security|guards?|people|customers?|passengers?|kids?|"
        r"workers?|residents?|everyone|everybody|anyone)\b",
        # "guy ran and fired a shot back at the agent": shots at people, as it happens
        r"\b(?:fired|firing|fires|shot|shooting|shoots)(?: a shot| shots| a round| rounds| a gun| his gun| at least one shot)?(?: back)? at "
        r"(?:the |an? |one of the |two |both )?(?:[\w'-]+ )?(?:agents?|officers?|feds?|cops?|us|them)\b",
        # "a 14yo got knocked down in the scuffle and hit his head, he's not responding right"
        r"\b(?:not responding|unresponsive|not breathing|isn't breathing|is not breathing|knocked (?:out|unconscious)|"
        r"lost consciousness|passed out|hit (?:his|her|their) head)\b",
        r"\bems (?:is|are) (?:a few minutes|\d+ minutes|on the way|en route|rolling|coming)\b",
        r"\b(?:hold|close|block|clear|keep)(?:ing)? (?:the |a )?(?:street|block|road|area|scene|intersection)(?: open| clear| closed)? "
        r"for (?:fdny|ems|the fire department|firefighters|the ambulances?|the medics)\b",
        r"\b(?:cracked|smashed|bashed|clocked|struck|whacked)\b (?:[\w']+ ){0,3}(?:w/?|with) (?:a |an )?(?:bottle|bat|brick|rock|pipe|stick|chair|hammer|crowbar)\b",
        # "a man just swung a bike lock at an ICE officer's head", "smashed an HSI agent's windshield"
        r"\b(?:swung|swinging|swings|hurled|hurling|lunged|lunging|came at|coming at|went at|going at|charged at|charging at) "
        r"(?:[\w'-]+ ){0,4}?at (?:an? |the |two |some |one of the )?(?:[\w-]+ ){0,4}?(?:agents?|officers?|feds?)(?:'s?)?\b|"
        # "a man is holding a knife to a CBP officer"
        r"\b(?:holding|held|pointing|pointed|has|had|put|putting) (?:a |an |his |her )?(?:knife|gun|pistol|blade|box cutter|machete|weapon) "
        r"(?:to|at|on) (?:a |an |the |one of the )?(?:[\w-]+ )?(?:agents?|officers?|feds?|cops?|woman|man|kid|someone|somebody|hostage)\b|"
        # "a man came out of the store with a kitchen knife and went at one of the agents"
        r"\b(?:came at|coming at|went at|going at|charged at|charging at|lunged at|lunging at) (?:one of )?(?:an? |the |two |some )?"
        r"(?:[\w-]+ )?(?:agents?|officers?|feds?)\b|"
        r"\b(?:smashed|smashing|bashed|bashing|shattered|kicked in|kicking in) (?:an? |the |their )?(?:[\w-]+ )?(?:agent|officer)s?'?s? "
        r"(?:[\w-]+ )?(?:windshield|windows?|car|vehicle|van)\b",
        r"\brender(?:ing|ed)? (?:first )?aid\b|\b(?:hit|struck|run over) by (?:a|the|an) (?:car|vehicle|truck|van|bus)\b",
        # "an ICE vehicle backing out struck a protester": someone hurt by a vehicle
        r"\b(?:car|vehicle|truck|van|suv|bus)\b (?:[\w']+ ){0,3}(?:struck|hit|ran over|knocked down|plowed into|slammed into) "
        r"(?:a|an|the|two|some) (?:[\w'-]+ )?(?:protester|pedestrian|bystander|person|man|woman|kid|child|cyclist|biker|teen|girl|boy)s?\b",
        r"\b(?:rock(?:ing|ed)?|shak(?:ing|e)|surround(?:ing|ed)?|box(?:ed|ing) in|bang(?:ing)? on|pound(?:ing)? on|mob(?:bing|bed)|swarm(?:ing|ed)?)\b.{0,40}\b(?:with|w/?) (?:the )?(?:agents?|officers?|feds?|people|them) (?:still )?(?:inside|in it|in there)\b",
        # "one guy just grabbed an agent's vest and is yanking him away from the car": hands on an agent
        r"\b(?:grabbed|grabbing|yanked|yanking|dragged|dragging|tackled|tackling|choked|choking|punched|punching|"
        r"bit|biting|spat on|spitting on) (?:an? |the |one of the |two )?(?:[\w-]+ ){0,2}?(?:agents?|feds?)(?:'s?)?\b",
        # "pulled a woman out of her car at gunpoint", "forcing her into an unmarked car": a person taken by force
        r"\b(?:forcing|forced|dragging|dragged|pulling|pulled|shoving|shoved|throwing|threw) (?:an? |the )?"
        r"(?:woman|man|kid|child|girl|boy|teen|teenager|person|someone|somebody|driver|her|him) (?:out of|into) (?:an? |the |her |his )?"
        r"(?:[\w-]+ )?(?:car|van|vehicle|suv|truck)\b",
        # "during an HSI raid a suspect fled and carjacked a woman at gunpoint": a new crime, as it happens
        r"\b(?:fled|ran off|took off|bolted|escaped) and (?:just )?(?:carjacked|robbed|stabbed|shot at|shot|attacked|grabbed a hostage)\b",
        r"\bpinned down\b|\bunder fire\b|\b(?:rolling|wrestling|fighting) (?:around )?on the (?:floor|ground)\b|\b(?:is|are|was|were|'s|'re) taking (?:fire|rounds|shots)\b",
        # "one diver is in distress. Requesting our divers now."
        r"\b(?:(?:diver|swimmer|agent|officer|person|man|woman|kid|child|boat|vessel)s?|one of (?:them|the [\w']+)|he|she|they) "
        r"(?:is |are |was |were |'s |'re )?in distress\b",
        # "can we grab the guy who threw the bottle", "grab the crowbar guy": the attacker, a crime going on
        r"\b(?:grab|grabbing|arrest|arresting|collar|cuff|cuffing|take down|tackle|stop|detain)\b (?:the |that |this )?"
        r"(?:(?:guy|man|woman|dude|person|one|kid|perp|male|female) (?:who|that) (?:just )?(?:threw|swung|swings|hit|attacked|assaulted|punched|stabbed|shot|cracked|jumped|rammed)\b|"
        r"(?:crowbar|bottle|bat|knife|brick|pipe|hammer) (?:guy|man|dude|thrower|swinger|perp)\b)",
        # "subject went EDP, cutting himself", "crowd set a trash fire next to the agents' car"
        r"\b(?:went|going|is|he's|she's|became) edp\b|\bcutting (?:himself|herself|themselves|his wrists?|her wrists?)\b|\bself[- ]harm\w*|"
        r"\b(?:set|setting|lit|lighting) (?:a |an |some )?(?:[\w']+ )?fires?\b",
        # "a driver is trying to run down ICE agents with his car": a car used as a weapon
        r"\b(?:run|running|runs|ran|mow|mowing|mowed) (?:down|over) (?:the |an? |two |some |three )?(?:federal |ice |hsi |cbp |dhs |fbi |ero )?(?:agents?|officers?|feds?|cops?|people|pedestrians?)\b|"
        r"\b(?:drove|driving|drives|aimed|aiming|aims|steered|accelerat\w*|gunn(?:ed|ing)) (?:his |her |the |a |their )?(?:car|vehicle|truck|van|suv) (?:at|into|toward|towards) (?:the |an? |two |some )?(?:[\w']+ )?(?:agents?|officers?|feds?|cops?|people|crowd)\b",
        r"\bpeople (?:are |were )?in the water\b|\b(?:boat|vessel|car|van) (?:flipped|capsized|sank|overturned)\b|\bcapsized\b",
        r"\b(?:kidnapping|abducting|dragging|snatching) (?:my|a|the|his|her|our) (?:[\w']+ )?(?:neighbor|kid|child|man|woman|wife|husband|son|daughter|friend|mother|father)\b",
        # "caller screaming that men without uniforms are taking her husband": a reported kidnapping,
        # whoever the men turn out to be
        r"\b(?:men|guys|people|someone|somebody)\b (?:[\w']+ ){0,2}(?:without (?:uniforms?|badges?|ids?)|with no (?:uniforms?|badges?)|in plain ?clothes|in masks|masked)"
        r"\b (?:are |is |were |was |just )?(?:taking|grabbing|grabbed|snatching|snatched|pulling|forcing|shoving|carrying off|took) "
        r"(?:my|a|the|his|her|our|their) (?:[\w']+ )?(?:husband|wife|son|daughter|kid|child|mother|father|mom|dad|brother|sister|neighbou?r|boyfriend|girlfriend)\b|"
        r"\b(?:is|was|are|were|being|getting) (?:being )?(?:grabbed|taken|snatched|pulled|forced) (?:[\w']+ ){0,3}by (?:some |two |three |unknown |unidentified )?(?:men|guys|people)"
        r" (?:without (?:uniforms?|badges?|ids?)|with no (?:uniforms?|badges?)|in plain ?clothes|in masks)\b",
        r"\b(?:armed|a man with a gun|a guy with a gun|someone with a gun)\b.{0,40}\b(?:following|threatening|chasing|pointing)\b|\b(?:following|chasing) and threatening\b",
        # "the suspect broke free in the hallway and lunged at him": an attack going on in front of us
        r"\b(?:lunged|lunging|lunges) at\b",
        # "a resident is going at them with a bat", "came at the agent with a knife", "came at them swinging a machete"
        r"\b(?:going|goes|went|came|coming|comes|charging|charged|running|ran) (?:at|after) (?:him|her|them|us|me|one of them|(?:an? |the |two |some |our |one of the )?(?:[\w']+ )?(?:agents?|officers?|cops?|feds?|guy|man|woman|people))"
        r" (?:with|swinging|waving|wielding|brandishing) (?:a|an|his|her|the|some) (?:[\w']+ )?(?:bat|knife|gun|pistol|bottle|brick|rock|stick|pipe|machete|hammer|weapon|chair|crowbar|blade|box cutter|screwdriver|club)\b",
        # "the other driver is swinging a tire iron at the agents": a weapon used on them now
        r"\b(?:swing(?:ing|s)?|swung|wav(?:ing|es|ed)|brandish(?:ing|es|ed)|point(?:ing|s|ed)|throw(?:ing|s)|threw) "
        r"(?:a |an |his |her |the |some )?(?:[\w']+ )?(?:bat|knife|gun|pistol|bottles?|bricks?|rocks?|stick|pipe|machete|hammer|"
        r"weapon|chair|crowbar|blade|box cutter|screwdriver|club|tire iron) at (?:the |an? |two |some |our |one of the )?"
        r"(?:[\w']+ )?(?:agents?|officers?|cops?|feds?|people|us|them|him|her)\b",
        # "somebody just punched one of the agents", "an agent got jumped"
        r"\b(?:punched|hit|kicked|stabbed|attacked|jumped|assaulted|shoved|tackled|cracked|clocked|decked|smacked|slugged|socked|"
        r"bashed|whacked|struck|headbutted|spit on|spat on|body slammed|bodyslammed|knocked out|knocked down|"
        # the act going on: "a guy is punching one of the agents on the ground RIGHT NOW"
        r"(?:is |are |was |were )?(?:punching|hitting|kicking|stabbing|attacking|beating|choking|stomping|strangling|"
        r"assaulting|shoving|tackling|swinging at|beating on|wailing on)) "
        r"(?:(?:one|two|three|both|some|several|a couple) of (?:the|their) (?:[\w']+ )?(?:agents|officers|feds)|"
        # ("ICE agents in the hallway, some guy just punched one of them")
        r"(?:(?<=punched )|(?<=hit )|(?<=jumped )|(?<=attacked )|(?<=stabbed )|(?<=assaulted )|(?<=struck )|(?<=kicked )|(?<=tackled ))"
        r"(?:one|two|both) of them|(?:an?|the|their) (?:ice |hsi |cbp |ero |fbi |dea |atf |dhs |federal |fed )?(?:protective service |[\w'-]+ )?(?:agent|officer|fed))\b"
        r"(?! up\b| back\b| with (?:a |an |the |his |her )?(?:subpoena|warrant|request|paper|letter|e-?mail|fax|notice|detainer|question|call|text))|\b(?:agent|officer|fed)s? (?:just )?got (?:jumped|punched|attacked|assaulted|stabbed|hurt)\b",
        # "HSI agent shot at while serving a warrant, shooter fled on foot"
        r"\b(?:was|were|got|getting|being|been|just|agents?|officers?|cops?|feds?) shot at\b|\bshooter (?:fled|ran|took off|is still|still|on the loose|at large|got away)\b",
        r"\bshots? (?:fired|being fired|(?:were|was|have been|had been|got|are being) fired)\b|\bgun ?fire\b|\bgunshots?\b",
        r"\b(?:fire|fires|fired|firing|shooting|shoots|shot) (?:off )?(?:shots|rounds|a gun|a weapon|a pistol)\b",
        r"\b(?:shooting|firing|shots) at\b|\b(?<!a )(?<!another )(?<!first )(?<!the )(?:fired|shot) at (?:the |some |two |three )?"
        r"(?:[\w-]+ )?(?:agents?|officers?|cops|feds|marshals|troopers|deputies)\b|\bopened fire\b|\bunder attack\b",
        r"\bin progress\b",
        # "shots fired ... the agents want us to set up a crime scene": the scene of a crime just done
        r"\b(?:set(?:ting)? up|secur(?:e|ing)|hold(?:ing)?|tap(?:e|ing) off|protect(?:ing)?|freez(?:e|ing)) (?:a |the )?crime scene\b",
        r"\b(?:agents?|officers?|feds?|cops?|people|someone|somebody|bystanders?|a (?:man|woman|kid|person|bystander)|he|she|they|one of (?:them|the agents))\b\s*(?:[\w']+ ){0,2}(?:are |were |is |was |being |getting |got |just got |has been |have been )+(?:attacked|assaulted|hurt|injured|shot|stabbed|punched|beaten|beat up|jumped|surrounded|mobbed|dragged|hit|struck|run over|pinned|knocked (?:down|out)|swarmed|cornered|rushed|overpowered)",
        # ("it's for an assault on a federal officer", "video of an assault on agents": the crime of a case)
        r"(?<!for an )(?<!for the )(?<!for )(?<!of an )(?<!of the )(?<!about an )(?<!about the )"
        r"\bassault(?:ed|ing)? (?:on )?(?:the |a |an |two |some )?(?:federal |ice |hsi |cbp |dhs |fbi )?(?:agents?|officers?)\b",
        r"\b(?:attack(?:ed|ing)?|punch(?:ed|ing)|hit(?:ting)?|jump(?:ed|ing)|swing(?:ing)? at|swung at|stab(?:bed|bing)|shoot(?:ing)? at|beat(?:ing)?|kick(?:ed|ing)|throw(?:ing)? (?:[\w']+ )?at|threw (?:[\w']+ )?at) (?:on |up )?(?:the |an |a |two |some )?(?:federal |ice |hsi |cbp |dhs |fbi )?(?:agents?|officers?|feds?)\b"
        r"(?! up\b| back\b| with (?:a |an |the |his |her )?(?:subpoena|warrant|request|paper|letter|e-?mail|fax|notice|detainer|question|call|text))",
        r"\b(?:officer|agent)s? (?:needs? assistance|down)\b",
        r"\b(?:punches|hits|kicks|stabs|shoots|attacks|jumps|tackles|swings at|shoots at) (?:one of )?(?:the |an |a |two |some )?(?:federal |ice |hsi |cbp |dhs |fbi |dea |atf )?(?:agents?|officers?|feds?)\b",
        r"\b(?:pull(?:s|ed|ing)?|drew|draws|drawing|brandish\w*|wav(?:es|ed|ing)) (?:a |his |her |out a )?(?:knife|gun|weapon|blade|machete|bat|pistol|firearm|box cutter) (?:on|at)\b",
        r"\b(?:bottles?|rocks?|bricks?|objects?|chairs?) (?:start(?:ed|s)?|are|were|begin|began|come|came) (?:flying|being thrown|raining)\b",
        r"\b(?:bottles?|rocks?|bricks?|objects?|chairs?|things) (?:being )?thrown at (?:them|the agents?|agents|officers|the feds)\b",
        # "a CBP patrol boat caught fire at the pier, two CBP officers in the water"
        r"\b(?:boat|vessel|car|vehicle|van|suv|truck|building|launch)s? (?:just )?(?:caught fire|is on fire|on fire|is sinking|sank|capsized|flipped)\b|"
        r"\b(?:officers?|agents?|people|guys|someone|somebody|two|three|\d+)(?: [\w']+)? (?:are |is |went |fell )?(?:in the water|overboard)\b",
        # "he's going under", "a woman is drowning off the pier"
        r"\b(?:he|she|they|someone|somebody|a (?:man|woman|kid|person|guy))(?:'s| is| are|'re) (?:going under|drowning|struggling in the water)\b|"
        r"\bjumped (?:off|from) (?:the |a )?(?:[\w']+ )?(?:pier|slip|dock|bridge|boat|ferry|railing|seawall)\b",
        # "his brother has one of the agents in a chokehold"; "a car just jumped the sidewalk toward the crowd"
        r"\b(?:has|had|got|holding|put) (?:one of )?(?:the |an |a )?(?:agents?|officers?|feds?|him|her|them) in a (?:choke ?hold|headlock|strangle ?hold)\b",
        r"\b(?:car|van|truck|suv|driver)s? (?:just )?(?:jumped|mounted|drove (?:up )?onto|went up on|plowed onto|veered onto) "
        r"(?:the )?(?:sidewalk|curb) (?:toward|towards|into|at) (?:the )?(?:crowd|people|kids|children|pedestrians)\b",
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
        # ("the RMP's wipers are shot": worn out, not a wound)
        r"\b(?:is|are) down with (?:an? )?(?:[\w-]+ )?(?:wound|injury|gash|laceration|cut)\b|"
        r"\b(?:hurt|injured|bleeding|unconscious|unresponsive|not breathing|(?<!a )(?<!another )(?<!one more )(?<!wipers are )(?<!brakes are )(?<!tires are )(?<!tyres are )(?<!shocks are )(?<!lights are )(?<!knees are )(?<!nerves are )(?<!radios are )(?<!battery is )(?<!radio is )(?<!car is )(?<!rmp is )(?<!rmp's )(?<!van is )(?<!back is )(?<!knee is )(?<!printer is )(?<!phone is )(?<!voice is )(?<!engine is )(?<!transmission is )shot|stabbed)\b"
        r"(?! (?:in|during) (?:19|20)\d\d| at (?:him|her|them|it) (?:after|later|next|too|first|tomorrow))",
        r"\b(?:ems|ambulance|medics?|bus)\b(?= .{0,30}\b(?:hurt|injur|bleed|rolling|needed|on the way|called)\b)|\bcall(?:ed|ing)? (?:for )?(?:an )?(?:ems|ambulance|bus)\b",
        r"\b(?:throwing|threw|hurling) (?:bottles|rocks|bricks|things|objects|stuff)\b",
        # "911 job: man with a knife", not "charging the guy w/ a gun count"
        r"(?<!charging the )(?<!charge the )(?<!charged the )(?<!arrested the )(?<!collared the )\b(?:man|woman|guy|person|someone|somebody|male|female|perp|edp|subject|kid|teen)s? (?:with|w/?|armed with|holding|waving|swinging|has|got) (?:a |an )?(?:knife|gun|machete|weapon|blade|bat|firearm|box ?cutter|pistol)\b(?! (?:counts?|charges?|case|possession|arrest|collar|conviction|beef|rap|priors?))",
        r"\b(?:gun|knife|weapon|blade|pistol)s? (?:drawn|pulled|out|brandished)\b|\bpulled (?:a|his|her) (?:gun|knife|weapon|blade)\b",
        r"\b(?:screaming|yelling|calling) for help\b|\bcrowd (?:is |was |getting )?(?:violent|attacking|rushing|out of control)\b",
        # "fire on the 3rd floor ... people need to get out"
        r"\bfire on (?:the |a )?(?:[\w']+ )?(?:floor|roof|block)\b|\b(?:people|residents|tenants|everyone|families) (?:need|needs|have|has|got) to get out\b|"
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
        # "a guy from the crowd just smashed a bottle over an agents head"
        r"\b(?:smashed|broke|cracked|busted|slammed)\b (?:a |the |his |her )?(?:bottle|brick|chair|bat|pipe|rock|board|sign|bike lock|glass) "
        r"(?:over|on|against|into) (?:an? |the |one of the )?(?:[\w']+ )?(?:agents?|officers?|cops?|feds?|man|woman|guy|person)'?s? (?:head|face|back)\b",
        # ("a crowd is punching and kicking 2 ICE agents")
        r"\b(?:choking|strangling|beating|punching|stabbing|shooting|attacking|assaulting|fighting|kicking|hitting|dragging|wrestling|swinging at)\b"
        r"(?: and (?:choking|beating|punching|stabbing|kicking|hitting|dragging|stomping|attacking))? (?:an? |the |two |some |our |one |his |her |their |\d+ )?(?:[\w']+ )?(?:agents?|officers?|cops?|feds?|man|woman|guy|people|him|her|them|kid|person|someone|bystanders?|drivers?|wife|husband|girlfriend|boyfriend|mother|father|mom|dad|son|daughter|child|baby|neighbou?r|sister|brother)\b",
        # "somebody just put a brick through the windshield with the agent inside", "guy smashing
        # the windshield with a bat, agents inside"
        r"\b(?:smash|smashes|smashing|smashed|bashing|bashed|breaking|broke) (?:in )?(?:the|a|an|their|his|her) (?:[\w']+ )?(?:windshield|windows?|car|suv|van|vehicle)\b"
        r"(?=.{0,60}\b(?:agents?|officers?|feds?|people|someone|somebody|kids?|driver) (?:are |is |were |was )?(?:still )?inside\b)",
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
