"""Strong ask cues about alerts: being told whenever a person is stopped, arrested or seen."""

from __future__ import annotations

from bot.facts.model import Ask

__all__ = ["ALERT_ASKS"]

# up to six words between "when" and the event, one of them perhaps a whole aside in brackets
# ("a call when the wife (she's the complainant on our DV case) comes back in")
_WORDS_TO_THE_EVENT = r"(?:(?:[\w',-]+|\([^()]{1,60}\)) ){0,6}?"

ALERT_ASKS: dict[Ask, list[str]] = {
    Ask.MONITORING_ALERT: [
        # "asked the agent about the three flags ... still set them up?": the flags named before
        r"\b(?:flags?|alerts?|notifications?|lookouts?)\b[^?]{0,100}\bset (?:them|it|those|these|that|those flags) up\b",
        # "the CBP guy who wants a ping on our regular": told whenever that person turns up
        r"\b(?:wants?|wanted|needs?|asking for|asked for|asks for|requests?|requested|put|set up|keep) (?:a |an )?(?:ping|flag|heads[- ]up) on "
        # ("a heads up on his next court date": one notice of a court date, not a standing alert)
        r"(?:him|her|them|our|the|this|that|a|his|every)\b(?! (?:next )?(?:court|release|arraignment|hearing|sentencing))",
        # "a flag in our arrest system so they're told immediately if their target is picked up"
        r"\b(?:flag|alert|hit notice|entry|notification)s? in (?:our|the) (?:[\w']+ )?(?:system|database|index)s?\b"
        r"(?= (?:[\w']+ ){0,4}(?:told|notified|alerted|pinged|called|get a call))",
        # "keep a standing alert so they're told if those prints hit again"
        r"\bstanding (?:alert|notification|flag|hit notice)s?\b|"
        r"\b(?:told|notified|alerted|pinged|called|emailed|texted) (?:if|when|whenever|every time) (?:those|these|the|his|her|their|that|this) "
        r"(?:[\w']+ )?(?:prints?|plates?|fingerprints?|name|dna|profile)s? (?:hits?|comes? up|pops? up|shows? up|matche?s?) (?:again|anywhere)\b",
        # "HSI wants an alert on his cousin", "asked for a flag on the brother"
        # (the asking verb behind, so the evidence is the alert itself)
        r"(?:(?<=\bwants )|(?<=\bwant )|(?<=\bwanted )|(?<=\bneeds )|(?<=\bneed )|(?<=\basking for )|(?<=\basked for )|"
        r"(?<=\basks for )|(?<=\brequests )|(?<=\brequested )|(?<=\brequesting ))"
        r"(?:an? |the )?(?:[\w']+ )?(?:alerts?|flags?|lookouts?) (?:on|for) (?:his|her|their|the|a|an|this|that|him|them)\b",
        # "an entry in our systems so that if any cop stops or summonses him, the Marshals get a call"
        r"\bif (?:any|a|one of our|our|an?) (?:[\w']+ )?(?:cops?|officers?|units?|rmps?) (?:ever )?(?:(?:stops?|summons(?:es)?|arrests?|runs?|encounters?|comes? across|deals? with)(?:,? or |, )?)+ (?:him|her|them)\b"
        r"(?=.{0,80}\b(?:call|notif\w*|know|alert\w*|ping|text)\b)",
        # "a hit notification on subject Karim Haddad's plate on our LPRs"
        r"\bhit notifications?\b|\bnotifications? (?:on|for) (?:[\w'.-]+ ){0,4}(?:plates?|tags?|cars?|vehicles?|names?)\b",
        # (not "NCIC flags him as a possible TSDB match": what the system says of him)
        r"\b(?:lpr|alpr|plate[- ]?reader|license plate|hot ?list|system|ncic|database)s? (?:alerts?|flags?|notifications?|hits? list)\b"
        r"(?! (?:him|her|them|it|the guy|the man|the woman|as)\b)",
        r"\b(?:be|get|being) (?:called|texted|notified|pinged|alerted)\b (?:when|once|whenever|as soon as|if) (?:our|the|this|that|my|he|she)\b.{0,30}\b(?:comes?|shows?|walks?|stops?|checks?) (?:in|up|by|back)\b",
        # "call them when our guy comes in to pick up his property"
        r"\b(?:call|text|tell|notify|ping|email|alert|let)\w* (?:them|him|her|us|ice|ero|hsi|the agents?)(?: know)? (?:when|once|whenever|as soon as) (?:our|the|this|that|my) (?:[\w']+ )?(?:guy|man|woman|perp|subject|prisoner|arrestee|kid|person|target) (?:comes?|shows?|walks?|stops?|checks?) (?:in|up|by|back)\b",
        r"\bnotify (?:set |placed |put )?(?:on|for)\b",
        r"\b(?:if|when|whenever|once) (?:a |the |his |her |that |this |their |any )?(?:[\w']+ )?(?:plate|car|name|tag|vehicle)s? (?:ever )?(?:hits|pops|comes up|comes back|gets read|is read|gets scanned|shows up)\b",
        # "text them if a certain name gets run by any of our cops", "give them a call when a certain
        # guy comes to pick up his property"
        r"\b(?:(?:ping|call|text|tell|let|notify|alert|ring|phone)\w* (?:him|her|them|me|us|the (?:case )?agents?|the feds)(?: know)?|give (?:him|her|them|me|us) a (?:call|heads[- ]?up|ring|text|shout)) "
        rf"(?:if|when|whenever|anytime|any time|every time) {_WORDS_TO_THE_EVENT}(?:ever )?(?:gets? |is |are )?"
        r"(?:stopped|arrested|picked up|pulled over|booked|run|ran|brought in|(?:comes?|walks?) (?:back )?(?:into|in|by|to)(?! (?:court|his court|her court|arraignment)))\b",
        r"\b(?:if|whenever|when) any of our (?:cars|cops|guys|officers|units|sector cars) (?:ever )?(?:stops?|arrests?|picks? up|runs? into|pulls? over)\b",
        # "ERO wants to know when they surface": word each time the people come to our notice
        r"\b(?:wants?|wanted|would like|needs?|asking|asked) to (?:know|hear|be told) (?:when|if|whenever|every time|anytime|any time) "
        r"(?:they|he|she|(?:any|one|each) of (?:them|these|those)(?: \w+)?|the (?:guy|target|subject|name)s?) (?:ever )?"
        r"(?:surface|surfaces|pop up|pops up|show up|shows up|turn up|turns up|come up|comes up|get stopped|gets stopped|get arrested|gets arrested|get booked|gets booked)\b",
        # "gave me a photo and asked me to call him if I see this guy around the church": a lookout
        r"\b(?:call|text|ping|tell|let|notify|alert|ring|phone)\w* (?:him|her|them|the (?:case )?agents?|the feds)(?: know)? "
        r"(?:if|when|whenever|anytime|any time|every time) (?:i|we|you|anyone|any of us|our (?:guys|cops|officers|units)|patrol)"
        r"(?: ever)? (?:see|sees|spot|spots|run into|runs into|come across|comes across)\b",
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
        r"\bflag(?:ging|ged)? (?:him|her|them|the|these|those|his|her|their|people|names|anyone)\b(?! as (?:a |an )?(?:possible |potential |probable |likely )?(?:[\w'()-]+ ){0,3}(?:match|hit|positive))",
        r"\bflag(?:ging|ged)? (?:a |an |some |two |three |\d+ |a couple(?: of)? |a few |few )?(?:[\w']+ )?(?:names?|people|plates?|guys?|persons?|cars?|targets?|members?)\b",
        # ("if either of 2 targets in their fentanyl case gets stopped by any of our cops")
        r"\b(?:if|when|whenever)\b (?:[\w']+ ){0,10}(?:gets?|is|are) (?:stopped|arrested|booked|picked up|pulled over|locked up)\b (?:by (?:us|any of (?:our|us)|our|nypd|police|cops|patrol|anyone)|anywhere|again)",
        r"\b(?:text|call|ping|notify|tell|email|alert|let (?:[\w']+ ){0,2}know|keep (?:[\w']+ ){0,2}(?:posted|informed|updated|in the loop))\b.{0,25}\bif\b.{0,40}\b(?:stopped|arrested|booked|picked up|pulled over|locked up|comes in(?:to)?|shows up|comes? back(?: in| by| around)?|walks? in(?:to)?|returns?|shows? back up)\b",
        r"\bhot ?list\b",
        # "agent now says the alerts are for 'potential civil immigration enforcement'": the alerts asked before
        r"\b(?:the|their|those|these) (?:alerts?|flags?|stop notifications?) (?:are|is|were|was) (?:for|so|meant for|to help)\b",
        # "a 'stop notification' on two guys": told of every stop
        r"\b(?:stop|arrest|contact|encounter|booking) notifications?\b",
        r"\bset(?:s|ting)? (?:a|an|the|up a|up an) (?:[\w'-]+ )?(?:alert|flag|notification|lookout)s?\b",
        r"\b(?:let (?:[\w']+ ){0,2}know|keep (?:[\w']+ ){0,2}(?:posted|informed|updated|in the loop)|text|call|notify|tell|ping)\b.{0,100}\bever (?:gets?|is|are) (?:arrested|stopped|booked|picked up|locked up|summonsed|collared)\b",
        r"\b(?:alert|flag|notification|lookout)s? (?:set|put|placed|entered|loaded)\b",
        r"\b(?:put|add|leave|enter|place)\b (?:a |an )?(?:note|flag|alert|message|memo)\b (?:[\w']+ ){0,2}(?:in|into|on) (?:the|our) (?:system|computer|database|file|log|blotter)\b",
        r"\b(?:put|add|enter|place|load)\b.{0,40}\b(?:on|in|into|to) (?:our|the|their) (?:[\w']+ ){0,2}(?:alert|hot|lookout|bolo|flag|wanted) ?lists?\b",
        r"\b(?:notify|tell|alert|ping|call|text|contact)\b (?:[\w']+ ){0,2}(?:if|when|whenever|once) (?:[\w']+ ){0,2}(?:stopped|arrested|booked|seen|spotted|hit|pops|comes up|contacted|encountered|located)\b",
        r"\b(?:put|add|enter|place|load)\b.{0,40}\bon (?:\d+|the|his|her|their|these|those|a|an|that) (?:[\w']+ )?(?:plates?|names?|cars?|vehicles?)\b",
        r"\b(?:if|when|whenever)\b (?:[\w']+ ){0,3}(?:ever|again|anywhere)\b (?:[\w']+ ){0,2}(?:stopped|arrested|booked|picked up|locked up|summonsed|pulled over|shows? up|comes? (?:in|up)|pops? up)\b",
        r"\b(?:put|add|enter|place|load)\b.{0,30}\b(?:in|into) (?:the|our) (?:lpr|alpr|plate[- ]?reader|hotlist)(?: system)?\b",
        r"\b(?:flag|alert|lookout|(?<!lpr )(?<!alpr )(?<!reader )(?<!the )(?<!pull )(?<!past )hit|notification)s? (?:on|for) (?:him|her|them|(?:a|an|the|his|her|their|this|that|these|those|our|my|\d+) (?:[\w']+ )?(?:plates?|names?|cars?|vehicles?|trucks?|vans?|suvs?|tags?|guys?|persons?|people|fugitives?|targets?|suspects?|subjects?|members?|individuals?|nysids?))\b",
        r"\bkeep (?:an |a )?(?:eye|tabs|watch) on\b",
        # "alerts on the same 3 so they get notified at any NYPD contact"
        r"\balerts? on (?:the same |these |those |all )?(?:\d+|two|three|four|five|six)\b|\bnotified (?:at|on|of|about|for) any (?:nypd |police )?(?:contact|stop|arrest|encounter)\b",
        # ("cut his ankle monitor", "on electronic monitoring": a court's device on the person, not an alert)
        r"(?<!ankle )(?<!ankle-)(?<!leg )(?<!gps )(?<!electronic )(?<!bracelet )"
        # ("will watch from the monitor room": a room to watch an interview from)
        r"\bmonitor(?:ing|ed)?\b(?! (?:this|the) (?:thing|channel|chat|bot|app|slack|inbox)\b)(?! bracelet)(?! (?:room|screen|feed)\b)",
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
        rf"\b(?:heads[- ]?up|a call|a text|a ping|word|notice|a notification)\b.{{0,20}}\b(?:if|when|whenever|every time|anytime|any time)\b {_WORDS_TO_THE_EVENT}(?:comes? through|goes? through|(?:passes?(?: through| by)?|drives? (?:by|past|through))(?: (?:our|the|any|an?) (?:[\w'-]+ )?(?:lprs?|alprs?|plate readers?|readers?|cameras?|cams?))?|shows? up|turns? up|pops? up|comes? in|gets? (?:booked|arrested|stopped|picked up|locked up|printed))\b",
        # "keep the alerts we set up last year on a few gang members active": a standing alert kept on
        r"\b(?:keep|keeping|leave|leaving|extend|extending|renew|renewing|maintain|maintaining|reactivate|reactivating)\b (?:the |those |these |our |their |that |this |his |her )?"
        r"(?:[\w'-]+ ){0,2}(?:alerts?|flags?|hotlist entr(?:y|ies)|notifications?)\b(?! (?:off|down|disabled)\b)",
        r"\b(?:when|whenever|if|every time|anytime) (?:he|she|they|he's|she's|they're|any of them)\b (?:is |are |'s |'re )?(?:ever )?(?:in contact|has contact|have contact|comes? into contact|deals?|interacts?) with (?:cops|police|us|nypd|officers|patrol|the police)\b",
        # "flag 2 NYSIDs so he gets notified on any new arrest", "add 3 names to our arrest alert system"
        r"\bso (?:that )?(?:he|she|they|the agents?|ice|hsi|dhs|cbp|the feds) (?:gets?|get|is|are|will be|can be|will get|can get) "
        r"(?:notified|alerted|pinged|a (?:call|text|ping|heads[- ]?up|notification))\b",
        r"\b(?:notified|alerted|pinged) (?:on|of|at|about) (?:any|every|each) (?:new )?(?:arrest|stop|contact|booking|encounter)s?\b",
        r"\b(?:arrest|stop|contact|booking) (?:alert|notification|flag)s? (?:system|list)\b",
        r"\bflag(?:ging|ged)? (?:\d+|two|three|four|five|a few|some|his|her|their|the|these|those) nysids?\b",
        # "set things up so that if a certain man is stopped or his name is run by any cop, they get a call"
        r"\b(?:if|when|whenever|any ?time|every time)\b[^.?!;]{0,80}\b(?:stopped|arrested|booked|run|ran|pulled over|picked up|"
        r"comes? up|pops? up|encountered)\b[^.?!;]{0,60}\b(?:they|he|she|the agents?|the feds|fbi|ice|hsi|dea|atf|marshals|usms|cbp) "
        r"(?:get|gets|will get|would get|receive|receives|are|is|will be|would be) (?:a )?(?:call|text|ping|heads[- ]?up|notified|"
        r"alerted|notification|e-?mail|alert)\b",
    ],
}
