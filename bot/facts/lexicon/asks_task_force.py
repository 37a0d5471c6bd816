"""Strong ask cues about working under or beside an agency: joint cases, task forces, 287(g)."""

from __future__ import annotations

from bot.facts.model import Ask

__all__ = ["TASK_FORCE_ASKS"]

TASK_FORCE_ASKS: dict[Ask, list[str]] = {
    Ask.JOINT_INVESTIGATION: [
        # "asked if our squad can work the carjacking pattern in the 1-0-3 jointly with them"
        r"\b(?:work|working|investigate|investigating|handle|handling|run|running)\b (?:the |a |an |this |that |their |our |it )?(?:[\w'-]+ ){0,5}?"
        r"(?:jointly|together) with (?:them|the agents?|the feds|fbi|dea|atf|hsi|usms|the marshals|their (?:[\w'-]+ )?(?:team|squad|task ?force|tf|unit|agents))\b",
        # "wants to interview our victim ... I'd set it up at the advocate's office and I'd be in the room"
        r"\b(?:interview|talk to|speak (?:to|with)|meet(?: with)?|debrief) (?:our|the|my) (?:[\w'-]+ )?(?:victim|witness|complainant|ci|informant|source)s?\b"
        r"(?=[^?]{0,150}\b(?:i'd|we'd|i would|we would|i'll|we'll|i will|we will|i can|we can) (?:set|arrange|schedule) (?:it|that|this|the interview|the meeting) up\b"
        r"[^?]{0,80}\b(?:i'd|we'd|i would|we would|i'll|we'll|i will|we will|our det|my partner) (?:be|sit) (?:in the room|there|present|in on it|in)\b)",
        # "wants to debrief our CI ..., we'd set it up and our det would be there": their interview, run with us
        r"\b(?:interview|question|debrief|talk to|speak (?:to|with)|meet with|sit down with) (?:a|an|the|our|one of our|this|that|his|her) "
        r"(?:[\w'-]+ ){0,8}?(?:in|at) (?:our|the) (?:squad room|interview room|precinct|pct|station ?house|squad|command|facility)\b"
        r"(?=[^.;!?]{0,80}[.;!?]?\s*(?:we'd|we would|we will|we'll|we) (?:set|arrange|schedule)(?: it| that| this)? up\b[^.;!?]{0,40}"
        r"\b(?:our|my) (?:det|detective|dets|detectives|officer|sgt|sergeant|squad|case officer) (?:would|will|'d|'ll|to|can) (?:be there|sit in|be present|be in the room)\b)",
        # a unit's skill lent to their case: "one of our narcotics dogs for a parcel sniff", "our CSU to
        # process a car they seized"
        r"\b(?:dogs?|k-?9s?|canines?)(?: teams?| units?)? (?:for|to do|to run|to give) (?:a|an|the|some) (?:[\w'-]+ ){0,2}(?:sniffs?|scans?)\b|"
        r"\b(?:our|the nypd's|nypd) (?:csu|crime scene(?: unit)?|lab|techs?|latent (?:unit|section)|ballistics)\b (?:[\w'-]+ ){0,2}"
        r"(?:to )?(?:process|print|dust|swab|go over|test[- ]fire)\b",
        # "FBI wants me to run down a lead in Bay Ridge"
        r"\b(?:run|running|chase|chasing|track|tracking) down (?:a |the |some |their |two |\d+ )?leads?\b|\bfollow(?:ing)? up (?:on )?(?:a|the|their) leads?\b",
        # "DEA hitting a stash apt tmrw ... ATF wants to piggyback since there's guns in there too"
        r"\bwants? to (?:piggyback|piggy-back|piggy back)\b",
        # "HSI wants us in on a 'gang' sweep in Corona next wk"
        r"\bwants? (?:us|me|our (?:[\w']+ )?(?:squad|team|unit|guys|cops|officers)) in on (?:a|an|the|their) (?:[\w'-]+ ){0,2}"
        r"(?:sweep|op|operation|raid|takedown|roundup|round-up|search|hit)\b",
        # "the FBI case agent wants me to stay on the surveillance rotation through next week"
        r"\b(?:stay|stays|staying|remain|remaining|keep (?:me|us|him|her)) on (?:the |their |our |his )?(?:[\w'-]+ ){0,2}"
        r"(?:surveillance|wire(?! fraud)|rotation|detail|task ?force|tf|case|team|squad|plant)\b",
        # "my HSI partner wants me with him tomorrow to interview a bank manager": our officer at their interview
        r"\b(?:wants?|needs?|asked|asking|asks)\b (?:me|us|our (?:[\w']+ )?(?:det|detective|dets|detectives|officer|officers|squad|team)) "
        r"(?:with (?:him|her|them) )?(?:[\w']+ ){0,2}to (?:help |go |come )?(?:interview|question|debrief|re-?interview)\b",
        # "they want us to do the victim interview together": one interview, theirs and ours
        r"\b(?:do|doing|conduct|conducting|run|running|hold|holding)\b (?:the |a |an |this |that )?(?:[\w'-]+ ){0,2}interviews? "
        r"(?:together|jointly|with (?:us|them|the agents?|our (?:[\w']+ )?(?:det|detective|dets|detectives)))\b",
        # "HSI wants two Transit detectives on their counterfeit-goods task force"
        r"\b(?:wants?|wanted|needs?|asking for|asked for|requests?|requested|would like|'d like)\b (?:\d+|one|two|three|four|a couple of|a few|some|a|an) (?:of our )?(?:[\w'-]+ ){0,2}(?:dets?|detectives?|cops?|officers?|investigators?|analysts?|guys)\b "
        r"(?:on|for|to join|assigned to) (?:their|a|the) (?:[\w'-]+ ){0,2}(?:task ?force|tf|case|investigation|squad|group|sweep|op|operation)\b",
        # "invited me to work with their task force on a case", "I'd be part of the team on the case"
        r"\b(?:invited|invites|invite|asked|asks|asking|wants?|wanted)\b (?:me|us|our (?:[\w']+ )?(?:squad|team|unit|officers?|dets?|detectives?)) "
        r"to (?:work with|join|be part of|be on|sit on) (?:their|the|a) (?:[\w'-]+ ){0,2}(?:task ?force|tf|team|squad|unit|group|investigation)\b|"
        r"\b(?:i'?d|i would|we'?d|we would|i'?ll|we'?ll) be (?:part of|on) (?:their|the) (?:[\w'-]+ ){0,2}(?:task ?force|tf|team|squad)\b",
        # "wants to add one of our narcotics detectives to their task force for six months"
        r"\b(?:add|put|bring|assign|take)\w* (?:\d+|one|two|three|a couple|a few|some) (?:of )?(?:our|my|your) (?:[\w'-]+ ){0,2}"
        r"(?:dets?|detectives?|cops?|officers?|investigators?|analysts?) (?:to|on|onto|into) (?:their|a|the) (?:[\w'-]+ ){0,2}(?:task ?force|tf|group|squad)\b",
        # "JTTF wants me to ride with FBI agents on surveillance", "come with her to interview the workers"
        r"\bride (?:along )?with (?:the |their )?(?:fbi|dea|atf|hsi|usms|marshals|federal|fed)? ?(?:agents?|guys|team|case agent) (?:on|for|during) "
        r"(?:a |an |the |their )?(?:[\w'-]+ )?(?:surveillance|op|operation|takedown|stakeout|buy)s?\b|"
        r"\b(?:come|go|tag along) with (?:her|him|them|the agents?|the case agent) (?:to (?:a|an|the|their|his|her) (?:[\w'-]+ ){1,5})?to (?:interview|canvass|talk to|speak (?:to|with))\b",
        # "FBI wants to interview the SSAs who handled last week's bomb threat": our own people as witnesses
        r"\b(?:interview|talk to|speak (?:to|with)|question)\b (?:the|our|two of our|some of our|a few of our) (?:[\w'-]+ ){0,2}"
        r"(?:officers|cops|ssas|agents|members|staff|dets|detectives|pos|sergeants) (?:who|that) (?:handled|responded|took|caught|worked)\b",
        # "two slots on its drug task force", "wanting one of our cops along" on their surveillance
        r"\b(?:slots?|spots?|seats?|positions?) on (?:its|their|the|a) (?:[\w'-]+ ){0,2}(?:task ?force|tf)\b|\b(?:one|two|three|a couple|"
        r"some|a few|\d+) of (?:our|my) (?:cops|officers|guys|detectives|people) along\b(?! (?:on|for) (?:a|an|the|their) \w+ sweep)",
        # "DEA wants to borrow 2 of our narco dets for a joint wire room tonight"
        r"\b(?:borrow|loan|lend|detail|use)\w* (?:\d+|one|two|three|four|a couple|a few|some) (?:of )?(?:our|my|your) (?:[\w'-]+ )?"
        r"(?:dets|detectives|cops|officers|investigators|guys|people|analysts)\b(?= (?:[\w']+ ){0,2}(?:for|on|in) (?:a |an |the |their )?(?:joint|wire(?! fraud)|task|case|investigation|op|operation))",
        # "asked to process our homicide scene with us ... ok to work it jointly?"
        r"\bwork (?:it|this|this one|the case|the scene|the job) (?:jointly|together|with (?:them|us))\b|"
        r"\bprocess (?:our|the) (?:[\w']+ )?scene (?:with us|together|jointly)\b",
        # "two NYPD detectives for TFO designation to the El Dorado Task Force" (ICE's: deputation, its own cue)
        r"\b(?:tfo|task force officer) (?:designation|position|slots?|spots?|openings?|nominations?|assignments?) (?:to|on|with|for) (?:the |their |a |an )?(?:[\w'/-]+ ){0,4}(?:task ?force|tf|jttf|group|strike force)\b",
        # "Sgt asked if I want to be a TFO on the HSI violent gang task force"
        r"\b(?:be|become|being|serve as) an? (?:tfo|task ?force officer|task ?force member) (?:on|with|for|in) (?:the |their |a |an )?(?:[\w'/-]+ ){0,4}(?:task ?force|tf|jttf|group|strike force)\b",
        # "HSI wants me at a proffer session they've scheduled with a cooperating defendant"
        r"\bwants? (?:me|us|our [\w']+) (?:at|in|to attend|to sit in on|to join) (?:a |an |the |their )?(?:proffer|debrief(?:ing)?)s?(?: sessions?)?\b|"
        # "HSI wants me as a task force officer on their gang squad", "wants me in the planning for a search"
        r"\bwants? (?:me|us|one of (?:us|our [\w']+)|our [\w']+) (?:as an? |to be an? |to serve as an? )(?:tfo|task ?force officer|task ?force member)\b|"
        r"\bwants? (?:me|us|our [\w']+) (?:in|at|on) (?:the|their) (?:planning|plan|briefings?|planning meetings?|ops? planning)\b "
        r"(?:for|of|on) (?:a|an|the|their) (?:[\w'-]+ ){0,2}(?:search|takedown|op|operation|warrant|arrest|raid|case)\b",
        # "got offered a full-time spot on the FBI JTTF": an assignment to a joint task force
        r"\b(?:spot|position|slot|seat|detail|assignment|posting|billet) (?:on|with|in|at) (?:the |their |a )?(?:[\w'/-]+ ){0,4}(?:jttf|task ?force|tf|strike ?force)\b",
        # "the task force wants me to attend its briefings and make link charts for the team"
        r"\b(?:attend|sit in on|join) (?:its|their|the (?:task force's|team's|squad's)|the team's) (?:briefings?|meetings?|case meetings?)\b|"
        r"\b(?:make|build|do|prepare|run) (?:the )?(?:link charts?|link analysis|phone analysis|charts?) for (?:the|their|them)\b",
        # "I'm being assigned to the USMS NY/NJ regional fugitive TF"
        # ("two of our detectives can be assigned full time to their child exploitation task force")
        r"\b(?:assigned|detailed|going|transferred|loaned)(?: full[- ]time| part[- ]time| permanently| temporarily)? (?:to|on) (?:the|a|their) (?:[\w'/-]+ ){0,5}(?:tf|task ?force|strike ?force)\b",
        # "asked our squad to join their op on a counterfeit-goods warehouse"
        r"\bjoin(?:ing)? (?:them |us )?(?:on |in |for )?(?:the|their|a|an|this|that) (?:[\w'-]+ ){0,2}(?:op|ops|operation|raid|takedown|search|hit|detail|stakeout|sweep)\b",
        # "JTTF wants to assign me as a task force officer on their terrorism cases", "make him a TFO"
        r"\b(?:assign|assigning|detail|detailing|make|making|bring|bringing|sign|signing)\b (?:me|us|him|her|them|one of (?:us|our [\w']+)|our [\w']+|a [\w']+) (?:on |in )?(?:(?:as|to be|to become|into) )?(?:an? |their |the )?(?:[\w'-]+ )?(?:task ?force officers?|tfos?)\b",
        # "put our detective on their gang task force full time"
        r"\b(?:put|putting|place|placing|assign|assigning|detail|detailing|loan|loaning|lend|lending)\b (?:our|my|one of our|two of our|a|an|one|two|three|four|\d+|some|a few|a couple of) (?:[\w']+ )?(?:det|detectives?|officers?|cops?|sergeants?|sgts?|investigators?|guys?|people) (?:on|to|with) (?:the|their|a|an|its) (?:[\w'-]+ ){0,3}(?:task ?force|tf|jttf|team|squad|unit|group)\b",
        # "DEA wants to join our wire case on the Washington Heights crew"
        r"\bjoin(?:ing)? (?:our|the squad's|my) (?:[\w'-]+ ){0,2}(?:case|investigation|wire(?! fraud)|op|operation)\b",
        # "HSI agent plus our detective": a joint interview the squad set up
        r"\b(?:set|setting) up an? interview\b(?=.{0,140}\b(?:(?:hsi|fbi|dea|atf|usms|federal) )?agents? (?:plus|and|with|w|alongside) (?:our|the|my) (?:det|detective|squad)s?\b)",
        # "interview our robbery complainant ... we'd set it up at the pct with our det in the room"
        r"\b(?:interview|talk to|talk with|speak to|speak with|sit down with|meet with) (?:our|the|a|this|that) (?:[\w']+ )?(?:complainant|victim|vic|witness|ci|informant|cooperator|cw)s?\b(?=.{0,120}\b(?:with our (?:det|dets|detectives?|handler|squad)|our (?:det|detective|handler) (?:present|there|in the room)|(?:we'd|we will|we'll|we're|we are|we|i'm|i am) (?:set|setting|arranging) (?:it |them )?up"
        # "our detective arranged the meeting at the precinct"
        r"|(?:our|my) (?:det|dets|detectives?|squad|handler|sergeant|sgt|officer) (?:arranged|set up|scheduled|organi[sz]ed) (?:the|it|a|this)"
        r"|(?:we|i) (?:arranged|scheduled|organi[sz]ed) (?:the|it|a|this)"
        # "want to talk to our complainant ... Do I set it up?": the interview we would arrange
        r"|(?:do|should|can|could|may|shall) (?:i|we) (?:set|arrange|schedule) (?:it|this|that|the (?:interview|meeting|sit-?down))(?: up)?)\b)",
        r"\binterview (?:her|him|them|the (?:victim|witness|complainant|vic)) (?:with|w/?|alongside) (?:our|my|the) (?:det|dets|detectives?|squad|officer)\b",
        # "a state search warrant on a brothel with HSI agents alongside ... have them in the stack"
        r"\b(?:have|put|let|keep) (?:them|the agents?|hsi|fbi|dea|atf|the feds) (?:in|on) (?:the|our) (?:stack|entry team|entry|line|perimeter team)\b",
        r"\b(?:with|w/?) (?:the |their |two |\d+ |some )?(?:hsi|fbi|dea|atf|usms|federal|fed) (?:agents?|guys|team|people) (?:alongside|along|right alongside|with us)\b",
        r"\bjoint (?:boat |marine |harbor )?patrols?\b",
        # "wants to join our follow-up at the restaurant", "a joint visit": our case work, with them along
        r"\bjoin(?:ing)? (?:us (?:on|for|in) )?(?:our|the squad's|the) (?:[\w'-]+ ){0,2}(?:follow-?ups?|canvass(?:es)?|visits?|re-?interviews?)\b|"
        r"\bjoint (?:[\w'-]+ )?visits?\b",
        # "a joint interview of the victim with our SVU det", "two of our dets to help interview the families"
        r"\bjoint (?:[\w'/-]+ ){0,2}(?:interviews?|debriefs?|proffers?)\b|\b(?:help|assist)(?:ing)? (?:them |us |him |her )?(?:interview|question|debrief)\b|"
        # "can we sit with your det when he interviews Dukes": in the room for our interview
        r"\b(?:sit|sitting) (?:in )?with (?:your|our|the|my) (?:[\w']+ )?(?:det|detective|dets|detectives|squad|team|officers?) (?:when|while|as) "
        r"(?:he|she|they|we|you) (?:interviews?|questions?|debriefs?|talks? to)\b",
        # ("sit on a check-cashing place on Fordham Rd with our team tomorrow": a stakeout)
        r"\b(?:want|wants|need|needs)\b (?:me|us|him|her|our [\w']+) (?:\([^()]{1,30}\) )?(?:doing|to do|on|for) (?:the )?surveillance\b|\b(?:sit|sitting) on (?:a|the|his|her|their|that|this) "
        r"(?:[\w'-]+ ){0,4}(?:place|spot|location|house|apartment|building|store|shop|bodega|business|block|corner|address|stash house|"
        # ("wants me to sit on a controlled cash pickup tonight", "wants me on a cash pickup surveillance")
        r"pick-?up|pick-?up surveillance|delivery|controlled delivery|meet|drop|buy|deal)\b|"
        r"\bwants? me (?:on|in on) (?:a|the|their|that|this) (?:[\w'-]+ ){0,3}(?:pick-?up|delivery|meet|drop|buy|deal) surveillance\b",
        r"\bjoint (?:[\w'/-]+ ){0,3}(?:wire(?! fraud)|investigation|case|op|operation|task ?force|probe|work|effort|stuff|squad|team|unit|group|"
        r"surveillance|stakeout|sting|buy-and-bust|buy and bust|buys?|search warrants?|searches|search|raids?|takedowns?)\b",
        # "the HSI agent will watch from the monitor room with the ADA": sitting in on our interview
        r"\b(?:watch|observe|listen in|sit in)\w* (?:[\w']+ ){0,3}(?:from|in) (?:the |our )?(?:monitor|monitoring|observation|viewing|control) room\b",
        # "(1) come out on surveillance tomorrow on the MS-13 RICO target"
        r"\b(?:come|go|be|head|ride) (?:out )?(?:on|for|to) (?:a |the |their |some )?(?:[\w'-]+ ){0,2}surveillance\b",
        # on a task force: "keep running the undercover chats with the target"; "they want me working the
        # fake-ID factory case", "DEA wants me to work with their enforcement group"
        r"\bwants? (?:me|us|him|her|our (?:squad|team|unit|guys|people|dets?|detectives?|officers?|cops|sergeant|sgt)) (?:working|to work|to keep working|in on|on|in|with) (?:on |with |in )?(?:the |their |a |an |this |that )?"
        # ("case agent wants me on an undercover buy of counterfeit oxy")
        r"(?:[\w'-]+ ){0,3}(?:case|investigation|group|squad|team|unit|task ?force|detail|op|operation|entry team|wire(?! fraud)|"
        r"buys?|sting|stakeout|takedown)\b",
        r"\b(?:run|running|do|doing|keep running|keep doing|work|working) (?:the |an? |their )?"
        r"(?:undercover\b|uc (?:chats?|buys?|ops?|operation|work|role)\b)",
        # "setting up an interview with HSI of a guy cooperating on our case"
        r"\b(?:set(?:ting)? up|do(?:ing)?|conduct(?:ing)?|run(?:ning)?|schedul(?:e|ed|ing)|plan(?:ning)?) (?:a |an |the |our )?(?:joint )?(?:interviews?|debriefs?|proffers?) with (?:them|the feds|hsi|fbi|dea|atf|usms|the marshals|cbp|ice|the agents?|federal|homeland)\b",
        r"\bwork(?:ing)? (?:the|a|this|our|their|that) (?:[\w']+ )?(?:case|wire(?! fraud)|investigation) (?:with|together|alongside|jointly)\b",
        r"\bkeep working\b",
        # "can 2 of our warrant squad join them on guys wanted on federal warrants"
        r"\bjoin (?:them|the agents|the marshals|the feds|their (?:team|squad|unit)) (?:on|for|in)\b",
        r"\bkeep (?:going|doing|riding|going out|sitting)\b.{0,40}\b(?:with (?:them|the|their|hsi|fbi|dea|atf|usms|the feds|the marshals)|task ?force|tf|wire(?! fraud)|ops?)\b",
        r"\bwiretap\b|\bwire[- ]room\b|\bthe wire\b(?! fraud)",
        # "asked to join surveillance of a suspect Thursday"
        r"\bjoin(?:ing)? (?:the |their |a |an |in )?(?:[\w'-]+ )?surveillance\b",
        # "they want me to do the buy as UC w them"
        r"\b(?:make|making|do|doing|place|placing) (?:a |the )?(?:controlled|recorded|consensual|monitored) (?:phone )?calls?\b|"
        r"\b(?:do|doing|make|making|be|play|provide|providing|supply|supplying|lend|lending) (?:the |a |an )?(?:buy|undercover|uc)\b(?: as (?:the |a |an )?(?:uc|undercover))?|\bas (?:the |a |an )?(?:uc|undercover)\b",
        r"\bjoin(?:ing)? (?:the|their|a|an) (?:[\w'-]+ ){0,3}(?:task ?force|tf|investigation|case|team|interviews?|debriefs?)\b",
        # "we want their agent to join our interview - we're arranging it": our interview, an agent joining
        r"\bjoin(?:ing)? (?:us (?:in|for) )?our (?:[\w'-]+ ){0,2}(?:interviews?|debriefs?|interrogations?)\b",
        r"\btask ?force (?:case|work|investigation|op|operation|stuff)\b",
        # "wants me in one of the surveillance cars with an HSI agent"
        r"\b(?:in|ride in|riding in|sit in|sitting in) (?:one of )?(?:the |their |a |an )?(?:[\w']+ )?surveillance (?:cars?|vans?|vehicles?|units?|teams?|plants?)\b",
        r"\b(?:work|partner|team up|collaborate|coordinate|cooperate)(?:ing)? (?:[\w']+ )?(?:with|alongside) (?:them|the feds|hsi|fbi|dea|atf|usms|the marshals|cbp|ice|the agents|federal)\b.{0,30}\b(?:on|in) (?:the|a|an|their|this|our)\b",
        r"\b(?:our|the|my) (?:jttf|task ?force) (?:[\w']+ )?(?:case|work|investigation)\b",
        r"\bwork (?:the |a |this |that |on )?(?:[\w']+ ){0,3}with (?:them|us|hsi|fbi|dea|atf|usms|cbp|the feds|the agents|their team)\b",
        # (not "the buy-and-bust prisoner": our arrest, named by the operation that made it)
        r"\bbuy[- ]and[- ]bust\b(?! (?:prisoners?|collars?|arrests?|arrestees?|perps?|defendants?|reports?))|\bbuy[- ]bust\b|"
        # "I'm on the TF — surveillance tonight ok?"
        r"\bsurveillance (?:tonight|tomorrow|today|this (?:week|weekend|morning|afternoon|evening))\b(?=[^.!\n]{0,20}\b(?:ok|okay|allowed|good|fine|cool)\b[^.!\n]{0,5}\?)|\bcontrolled (?:buys?|deliver(?:y|ies))\b|\bsting\b|(?<!during a )(?<!during an )(?<!during the )(?<!during their )(?<!during his )\bsurveillance (?:op|operation|detail)\b|\bsit on (?:a|the|this|that|his|her|their) (?:[\w']+'s )?(?:location|house|spot|building|block|subject|target|suspect|apartment|address|car|residence|home|place|stash)\b",
        r"\b(?:sit|sitting|sat) in on\b|\b(?:sit|sitting|sat) on (?:the |a |their )?(?:surveillance|wire(?! fraud)|wire ?room|plant|stakeout)\b",
        # "our narcotics detective lined up an interview for DEA with a prisoner in our cells"
        r"\b(?:lined|lining|set|setting) up an? (?:[\w']+ )?interview for (?:the )?(?:dea|fbi|atf|usms|hsi|marshals|feds|agents?|them)\b",
        # "set up an interview of our prisoner w the HSI agent present": the NYPD's interview, an agent joining
        r"\b(?:with|w) (?:the |an |a |their |two |2 )?(?:(?:hsi|fbi|dea|atf|cbp|ice|federal|usms|marshals?) )?(?:agents?|sas?|tfos?) (?:present|sitting in|in the room)\b",
        r"\b(?:work|team up|partner)(?:ing)? (?:with|alongside) our (?:[\w']+ )?(?:divers|detectives|team|unit|squad|guys|people|officers|cops|investigators)\b|\bteam(?:ing)? up\b",
        r"\bcover (?:some |a few |two |\d+ )?(?:of )?(?:the |their |our )?(?:surveillance|shifts?|tours?|posts?|the wire(?! fraud)|plant|observation)\b",
        r"\b(?:detailed|assigned|go|goes|going|moving|transferred|loaned|joining)\b (?:to|on|onto) (?:the |a |their )?(?:[\w'-]+ ){0,3}(?:task ?force|tf)\b",
        r"\b(?:sit|sits|sitting|sat) in\b(?=\s*(?:$|[.,;!?)]|with\b|too\b|as well\b|during\b|while\b|when\b))",
        r"\b(?:case|investigation|operation) (?:is )?joint\b",
        r"\bset(?:ting)? up (?:an? |the )?interview (?:w|with) (?:the |a |our )?(?:caller|witness|victim|complainant|cooperator|informant|ci)\b",
        r"\b(?:set(?:ting)? up|arrang\w+) (?:an? |the )?interview\b(?=.{0,60}\b(?:w|with) (?:our|the) (?:det|detective|squad|officer)s? (?:present|there|in the room|sitting in)\b)",
        r"\b(?:send|sending|sign up|signing up|release|releasing|enroll)\b (?:him|her|them|\d+|one of ours|our [\w']+|[\w']+ of our [\w']+) (?:up )?(?:to|for) (?:a |an |the |their |there )?(?:[\w'-]+ ){0,4}(?:course|training|class|school|academy)\b|\bsign up \d+\b",
        r"\b(?:interview|question|debrief)\w* (?:a |the |our |this |that )?(?:[\w']+ )?(?:suspects?|witness(?:es)?|perps?|guys?|cooperators?|informants?|targets?|victims?) (?:together|jointly)\b",
        r"\bhelp (?:them |us |him |her )?(?:surveil|watch|follow|tail|sit on|conduct surveillance|do surveillance)\b",
        # "may I run surveillance with the agents this week", "do surveillance on terror suspect with the team"
        r"\b(?:run|running|do|doing|conduct|conducting)\b (?:the |some |joint )?surveillance\b(?=[^.;!?]{0,60}\b(?:with|w/?|alongside) (?:the |their |an? |two |some )?(?:agents?|team|task ?force|tf|feds|fbi|dea|atf|hsi|usms|marshals|them|squad)\b)",
        # "DEA wants 2 of our narcs on their heroin op tonight"
        r"\b(?:want|wants|wanted|need|needs)\b (?:me|us|our (?:[\w']+ )?(?:team|guys|detectives?|squad|unit)|(?:\d+|one|two|three|four|some|a few|a couple) of (?:our|my) [\w']+) "
        r"(?:on|for|in|at) (?:the |a |their |our |tomorrow'?s? |tmrw )?(?:[\w']+ )?(?:surveillance|search|op|operation|raid|case|wire(?! fraud)|interview|takedown|team|detail|stakeout|buy)\b",
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
        r"\b(?:tfo|task force officer)s? (?:slot|spot|position|seat|job|assignment|gig)?\s*(?:on|with|in|for|at) (?:their |the |an? |ice'?s? )?(?:ice |dhs )?(?:ero|removal|deportation|immigration)\b|\b(?:tfo|task force officer)'? credentials\b.{0,80}\b(?:help|assist|work)\w* (?:with |on )?(?:serv\w* |execut\w* |mak\w* )?"
        r"(?:immigration|removal|deportation) (?:cases|enforcement|arrests|work|warrants)\b",
        r"\b(?:do|doing|have|get|start|sign|signs|signed|signing|adopt|adopted|enter|entered)\b (?:into )?(?:a |an |the |our own )?287 ?\(? ?g\b",
        r"\b(?:join|enroll in|sign up for|take part in|participate in)\b (?:[\w']+ ){0,3}program\b(?=.{0,100}\bimmigration\b)",
        r"\btwo[- ]?eighty[- ]?seven[- ]?\(? ?g\b|\b287 ?\(? ?g ?\)?[ -]?(?:style |type |like |kind of |(?:[\w']+ ){1,3})?(?:agreements?|programs?|task force|deals?|mou|moa|partnerships?|training|sign[- ]?ups?|enrollment|arrangements?|setup|set-up)\b|\bsign (?:up|us up) for (?:the )?287",
        r"\bdeputi[sz](?:e|ed|ation|ing)\b|\bdeputations?\b",
        # "swear me in as a special deputy US marshal": a deputation, whatever the agency (its aim decides)
        r"\bspecial deput(?:y|ies)\b|\bsw(?:ear|earing|ore|orn)\b (?:[\w']+ ){0,2}in as (?:an? )?(?:[\w']+ )?deput(?:y|ies)\b",
        # "join ICE's 'task force model'": the 287(g) program's name for officers doing immigration work
        r"\b(?:ice'?s? |287 ?\(? ?g\)? )?task[- ]?force model\b|\bwarrant service officer (?:program|model)\b",
        # "could be sworn in as customs/immigration officers"
        r"\bsw(?:ear|earing|ore|orn)\b (?:[\w']+ ){0,2}in as (?:an? )?(?:[\w'/-]+ ){0,2}?(?:customs|immigration|border|ice|cbp)\b",
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
}
