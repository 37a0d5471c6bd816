"""Status questions: an officer asking a person about immigration status (EO 41: a victim or
witness never; a suspect only for a crime other than status), told apart from an agency asking us."""

from __future__ import annotations

import re

from bot.facts.asks import AGENCY_ASKS, ASKED_TO_ASK, DOES_STATUS_MATTER
from bot.facts.lexicon.blocks import TAKEN_FROM_A_VICTIM
from bot.facts.lexicon.roles import ROLE_IN_DOUBT, told_a_victim_or_witness
from bot.facts.model import Ask
from bot.facts.parties import Party
from bot.facts.spans import NEVER_BEFORE, sentence_bounds, sentence_of
from bot.facts.text import Clause

_RULE_AGAINST_ASKING = re.compile(
    r"\b(?:not supposed to|not allowed to|aren't allowed to|are not allowed to|shouldn't|should not|"
    r"we don't|we do not|we never|we're barred from|we are barred from|not permitted to)\s+(?:[\w']+\s+){0,2}$"
)
_STATUS_INQUIRY = re.compile(
    r"\b(?:ask|asks|asked|asking|question|questioned|questioning|inquire|inquired|inquiring|check(?![- ]cash)|checked|checking(?![- ]account)|find out|see|get|getting|"
    # ("when I asked why he said 'mostly a drug thing, maybe some immigration stuff'", "asked what case it's for")
    r"run|running|look up|looking up|wants? to know|want to know|needs? to know)\b(?!\s*(?:(?:him|her|them|the agent) )?"
    r"(?:why|what for|what (?:case|it's for|it is for|the case is|it's about|it is about))\b)"
    r"\s*(?:\(?[\w'#]+\)?,? |[&+/] ){0,14}"
    r"(?:status|here legally|legal(?:ly)?|illegal(?:ly)?|undocumented|papers|citizens?|citizenship|green card|visa|immigration|documented|"
    r"overst(?:a|e)y(?:ed|s)?|"
    r"where (?:s?he|they|hes|shes)(?: is| are|'s|'re)? (?:originally |really |actually )?from|country of birth|born|"
    r"what country (?:s?he|they|hes|shes)(?: is| are|'s|'re)? (?:originally |really |actually )?from)\b|"
    # "status questions ok in the interview?"
    r"\b(?:status|immigration) questions?\b|\bquestions? about (?:his|her|their|immigration) status\b|"
    # "thinks he's undocumented and wants to ask him straight out": the status named first
    # ("the ADA wonders if his status will come up - can I just ask him?")
    r"\b(?:undocumented|here illegally|illegal|status|papers)\b,? (?:[\w']+,? |- ){0,8}?(?:ask|question)(?:ing)? (?:him|her|them)"
    r"(?: (?:straight out|straight up|directly|point blank|outright|flat out|about it)\b|(?=\s*(?:[.?!;]|$)))|"
    # "is she legal can I ask her": the question put first, then whether the officer may ask it
    r"\b(?:is|are) (?:she|he|they) (?:legal|illegal|documented|undocumented|a citizen|here legally|here illegally)\b,? "
    r"(?:can|may|should|could) (?:i|we) (?:ask|question) (?:her|him|them)\b|"
    # "going to ask him his status ... can I ask hers too": the status elided after a first question
    r"\b(?:ask|check|run|get) (?:hers|theirs|his|her's) (?:too|as well|also)\b"
)
_STATUS_THEN_ASK = re.compile(
    r"\b(?:undocumented|here illegally|illegal)\. (?:[\w']+ ){0,4}?(?:ask|question) (?:him|her|them)"
    r"(?: straight out| straight up| outright| directly| point blank| about it)?(?=\s*(?:[?.!]|$))"
)
_ASKED_US_TO = re.compile(
    r"\b(?:us|me|our (?:det|dets|detectives?|officers?|partner|squad|guys?)|my partner) to (?:ask|question|find out|check|learn|get|obtain)\b"
)


def _told_to_ask(words: str) -> bool:
    """ "CBP asked our det to ask the victim", "the agent says I should ask if she has papers": the
    question is put to the officer to ask, so it is the officer's inquiry."""
    return bool(_ASKED_US_TO.search(words) or ASKED_TO_ASK.search(words))


# "can I ask him", "my partner wants to question her": the officer is the one asking
_WE_ASK = re.compile(
    r"\b(?:can|may|should|could) (?:i|we|my partner|the dt|he)\b|"
    r"\b(?:i|we|my partner|partner|the dt|my sgt|detective|officer|det|our det|the det|my det) (?:wants?|would like|needs?|has|have|am going|is going|"
    r"are going|plans?)(?: to)? (?:ask|question)\b"
)
# "ERO deportation officer called the squad. all she (or "all the officer") wants to know is whether ..."
_PRONOUN_ASKS = re.compile(
    r"\b(?:he|she|the (?:officer|agent|caller))\b[^.?!;]{0,30}\b(?:wants?|wanted|needs?|asked|asks|asking)\b"
)
_AGENT_CAME = re.compile(
    r"\b(?:ice|hsi|cbp|dhs|ero|fbi|dea|atf|agent|officer|marshals?)\b[^.?!]{0,40}\b(?:called|came|emailed|texted|reached out|"
    r"showed up|stopped by|walked in|is here|is at the desk)\b[^.?!]*[.!]\s*$"
)


def _the_agent_asks(norm: str, start: int, before: str) -> bool:
    """A "he" or "she" asking, just after a sentence about the agent who came or called."""
    return bool(_PRONOUN_ASKS.search(before)) and bool(_AGENT_CAME.search(norm, max(0, start - 160), start))


_HOW_TO_APPLY = re.compile(
    r"\bhow (?:to|do|does|can|could) (?:i |we |she |he |they |you )?(?:apply|get|renew|file|obtain|sponsor|replace|fix|adjust)\b"
)
_THE_VICTIM_TOO = re.compile(
    r"\b(?:and|also|what about|how about) (?:the |his |her |my |our )?(?:[\w'-]+ ){0,3}?\(?(?:the )?"
    r"(?:victim|vic|witness|complainant|caller)s?\)?(?: [\w'-]+){0,2}? (?:too|also|as well)\b"
)
_ASKED_AGAIN = re.compile(
    r"\b(?:ask|question)\b(?P<whom>(?: [\w'-]+){1,12}?) (?:the same(?: thing| question| questions)?|that (?:same )?question|that too)\b"
)
_VICTIM = re.compile(
    # ("is this also not allowed like with victims?": a comparison, nobody's role; "cards in the victim's name": what he took)
    r"(?<!like with )(?<!as with )(?<!like for )(?<!same as )(?<!like )\b(?:victims?(?!'s (?:name|identity|credit|card|account|social|ssn|info))|vics?|injured|who witnessed|witnessed (?:it|the|this|that)|the aided|an aided|(?:car|traffic) accident|witness(?:es)?|complainants?|callers?|reporting|came (?:to us|in) for help|(?:came|come|coming|walked) (?:in|into)"
    r"(?: the (?:pct|precinct|station))? to report|to report|for help|seeking help|asking for help|"
    # a writer new to English: "woman walk in precinct asking help, somebody rob her phone"
    r"ask(?:s|ed|ing)? help|gave (?:us |me )?(?:a |the )?(?:good |great |full )?description|(?:has|have|had) to (?:go|come) to court|walks? in (?:the |to the |to )?(?:pct|precinct|station)|(?:somebody|someone|they|he|guy) (?:rob|steal|take) (?:her|his|their)|good samaritan|survivor|aided|"
    # ("the lady whose checks got stolen": whatever was taken from her)
    r"whose (?:identity|id|name|card|credit card|account|bank account|car|phone|wallet|purse) (?:was |got )?(?:stolen|used|taken|robbed)|"
    r"whose (?:[\w'-]+ ){1,2}(?:was|were|got|have been|had been) (?:stolen|taken|robbed|broken into|hacked|cloned|vandali[sz]ed)|"
    # "the woman whose identity he stole": what was done to her names her the victim
    rf"whose (?:{'|'.join(TAKEN_FROM_A_VICTIM)}) "
    r"(?:he|she|they|the (?:guy|suspect|perp|defendant|subject)) (?:stole|took|used|swiped|cloned|hacked|forged|robbed|sold)|"
    r"identity (?:theft )?victim|"
    r"dv|domestic|walked in|came in|came into (?:the |our )?(?:pct|precinct|station(?: ?house)?|command)|called 911|called the police|called us|called it in|calling for help|kid is missing|missing (?:child|person|kid)|"
    r"wits?(?= to\b)|testify|testifying|to testify|"
    # "ask the neighbours they canvass whether they're here legally": people canvassed are witnesses
    r"neighbou?rs? (?:we|they|you|our officers|the officers) (?:canvass|canvassed|canvassing|knock on|interview)|canvass(?:ing|ed)? (?:the )?neighbou?rs|"
    r"(?:taking|took|take|taken|took down|filed|filing|wrote|writing) (?:a |the |his |her |an )?(?:[\w']+ ){0,2}report (?:from|for)|"
    r"(?:before|after|while|when) (?:we|i) (?:take|took|taking|write|writing) (?:the|her|his|their|a) (?:[\w']+ )?report\b|u[- ]?visas?|t[- ]?visas?|(?:taking|took|take|filing|filed|writing) (?:a |the )?(?:dir|domestic incident report|complaint report|complaint) from|whose (?:boyfriend|girlfriend|husband|wife|partner|ex|boss|landlord|father|mother|stepfather) (?:beat|hit|attacked|assaulted|abused|choked|threatened|robbed)|(?:he|she|they) (?:reported|was robbed|got robbed|was assaulted)|"
    r"robbed|mugged|flagged (?:us|me|him|her|them) down|flagged down|flagged (?:our|the|my) (?:[\w']+ )?(?:rmp|car|unit|radio car) down|"
    r"asking (?:us )?(?:the way|for directions|directions)|eye ?witness(?:es)?|testigos?|v[ií]ctimas?|(?:que|that) vio|vio todo|"
    # "a delivery guy who saw the perp run out ... he's the one who got us the collar": the helper
    r"who (?:saw|spotted|watched|pointed out|identified|recognized|chased|followed) (?:the|a|our) (?:perp|suspect|shooter|robber|guy|thief)|"
    # "the customer who pointed him out to us is giving a statement"
    r"who (?:pointed|picked) (?:him|her|them) out|"
    r"(?:he|she)(?:'s| is| was) the one who (?:got us|helped|called|pointed|gave|flagged|spotted|saw|found|led)\b|"
    # "his mom saw it and wants to give a statement", "a resident says his bunkmate beat him with a lock"
    r"(?:he|she|they|mom|mother|dad|father|woman|man|lady|guy|neighbou?r|bystander|clerk|cashier|driver|teacher|worker) "
    r"saw (?:it|everything|the whole thing|what happened)|"
    r"says (?:his|her|their) [\w-]+ (?:beat|hit|attacked|assaulted|punched|stabbed|robbed|slashed|choked|cut) (?:him|her|them)|"
    # "the woman who reported that her identity was stolen", "pulled a woman out of the massage parlor"
    r"who reported\b|(?:pulled|rescued|recovered|took|got) (?:a |the |two |three |some )?(?:woman|women|girl|girls|man|men|kid|kids|"
    r"worker|workers|teen|teens) out of (?:the |a |that )?(?:[\w'-]+ )?(?:massage parlou?r|brothel|spa|sweatshop|stash house|basement|container|truck)|"
    # "a student told me he saw another kid get jumped", "a lost elderly lady", "somebody used a fake license in HIS
    # name ... he wants to make a report", "told the SSA she's being hurt at home"
    r"(?:used|opened|took out|filed|bought|rented) (?:[\w'-]+ ){0,5}in (?:his|her|their) name|(?:make|file|making|filing) (?:a |the )?(?:police )?report\b|"
    r"(?:she's|he's|she is|he is|shes|hes|they're|they are) being (?:hurt|abused|beaten|hit|threatened|trafficked|exploited)|"
    r"saw (?:[\w'-]+ ){0,3}get (?:jumped|hit|robbed|stabbed|shot|beat|beaten|attacked|assaulted|mugged)|saw (?:a|the|that) fight|"
    r"(?:will|wants? to|going to|gonna) give (?:us |me )?(?:a |the )?statement|\blost (?:elderly |old |little )?(?:lady|woman|man|kid|child|person|boy|girl)|"
    r"disclosed (?:abuse|assault|that)|abused|abuse victim|who saw (?:it|everything|the whole thing|what happened|the (?:[\w']+ )?(?:stabbing|shooting|robbery|assault|fight|crash|accident|attack|incident|mugging|carjacking|deal|sale|buy|hand-?off|beating|crime|break-?in|burglary|theft))|saw (?:everything|the whole thing)|(?<!for the )(?<!for a )(?<!on the )(?<!on a )purse snatch\w*|snatched|(?:dv|domestic violence) (?:victim|complainant))\b"
)
# "can I ask the suspect about his status? and the cashier who saw it all, can I ask her too?"
_ASK_ANOTHER_TOO = re.compile(
    r"\b(?:ask|question) (?:him|her|them|the [\w']+) (?:too|also|as well)\b|\b(?:also|and) ask (?:him|her|them|the [\w']+)\b|"
    # "he also wants to ask the cashier who called 911"
    r"\balso (?:wants?|would like|needs?|plans?|has|hopes?|intends?) to (?:ask|question) (?:him|her|them|the [\w']+)\b"
)
_BOTH_OF_THEM = re.compile(
    r"\b(?:both(?: of them)?|the two of them|all of them|each of them|them both|them all|either of them)\b"
)
_REASON_AFTER = re.compile(r"\b(?:bc|because|cuz|cause|since)\b.*$")
_SUSPECT = re.compile(
    r"\b(?<!isn't the )(?<!isnt the )(?<!not the )(?<!not a )(?:suspects?|perps?|defendants?|arrestees?|(?:our|the|my|this|that) subject|"
    # "we took down a passport mill ... can I ask the owner": the operation busted names its people
    r"(?:took|take|taking|taken) down (?:an?|the|this|that|his|her|their) "
    r"(?!(?:[\w']+ )?(?:report|statement|info|information|details?|names?|numbers?|plates?|description|complaint|notes?|dir)\b)|raided|"
    r"(?<!got us the )(?<!got me the )(?<!helped make the )collars?|collared|targets?|locked up|arrested|the guy we|busted|"
    # ("we have him for forgery", "subject we stopped for a forged check")
    r"(?:we|i) (?:have|got|stopped|grabbed) (?:him|her|them) (?:for|on)\b|subject (?:we|i) (?:stopped|arrested|have|collared)|"
    r"caught|charging|charged|in custody|under arrest|the seller|(?:doing|booking|writing up|processing) (?:him|her|them) (?:for|on)\b|(?:i|we) arrest (?:a |the |this |that )?(?:guy|man|woman|lady|him|her|kid|driver)|arresting (?:him|her|them)\b|subject in (?:my|our|the) (?:[\w-]+ ){0,3}case|interrogat\w*|investigating (?:a|the|this|that) \w+|prisoners?|(?:we're|we are|were) holding|"
    # ("the woman whose identity he stole": he is the suspect, and she is who the clause is about)
    + "".join(sorted({f"(?<!{thing.split()[-1]} )" for thing in TAKEN_FROM_A_VICTIM}))
    # (not "asked if she had papers": the status question itself)
    + r"(?:guy|man|woman|lady|he|she|they|subject) (?:who |that )?(?:also |just |even )?(?:used|using|was using|is using|selling|was selling|sold|had|tried|trying|forged|stole|got caught|opening|opened|ran|was running|runs)"
    # ("she had no ID": a victim without papers is no suspect)
    r"(?! (?:any |legal |her |his |their )?(?:papers|status|a green card|green cards?|a visa|visas?|documents|id)\b)(?! no\b)|"
    # "guy at the dealer on northern blvd using a fake green card": the fraud names the suspect
    r"(?:guy|man|woman|lady|adult|person|individual|kid|teen|employee|worker) (?:[\w']+ ){0,7}?(?:using|used|uses|with|had|showed|presented|gave|handed|submitted|sold) (?:[\w']+ ){0,2}?(?:a |an )?(?:fake|forged|counterfeit|phony|bogus|altered)|"
    # "investigating him for document fraud", "we're adding ID theft + forged instrument" (charges added)
    r"(?:we're|we are|i'm|i am) (?:adding|tacking on)\b|"
    r"investigating (?:him|her|them)\b|investigating (?:[\w-]+ ){1,3}(?:on|against) (?:him|her|them)\b|"
    # "handed me a PA license that looks fake", "the passport he handed us looks altered": the one who used it
    r"(?:handed|gave|showed|presented) (?:me |us |the officer |our officer )?(?:[\w'#]+ ){0,5}?(?:that |which )?"
    r"(?:(?:looks?|looked|seems?|seemed|appears?|appeared) (?:to be )?|(?:that's|that is|which is|it's|it is) (?:obviously |clearly |definitely |plainly )?)"
    r"(?:fake|forged|altered|counterfeit|phony|bogus)|"
    # "#1 had a fake passport", "as part of the forgery charge": the one charged
    r"(?:#\s?\d|number (?:\d|one|two|three)) (?:had|has|used|showed|presented|handed over) (?:a |an )?"
    r"(?:fake|forged|counterfeit|altered|phony|bogus)|as part of (?:the|my|our|his|her) (?:[\w-]+ ){0,2}(?:charge|arrest|case|investigation)|"
    # a training scenario's "a PO arrests a man", "during processing on the forgery charges", "suspected of using"
    r"(?:po|officers?|cops|detectives?|dts?|police) (?:arrest|arrests|arrested) (?:a|the|this|that) (?:guy|man|woman|lady|kid|driver)|"
    r"processing on (?:the|his|her|their) (?:[\w-]+ ){0,2}charges?|suspected of|"
    # "got a guy on a fake green card case": police shorthand for someone arrested on it
    r"got (?:a|this|the|one) (?:guy|man|woman|lady|kid|perp|dude) (?:on|for|in) (?:a|an|the|this|that))\b"
    # ("the target's wife, who's a witness": someone close to the suspect, not the suspect)
    r"(?!'s (?:wife|husband|girlfriend|boyfriend|sister|brother|mother|father|mom|dad|son|daughter|kids?|family|partner|"
    r"cousin|friend|roommate|neighbou?r|landlord|employer|boss)\b)"
)


def status_inquiry(norm: str, scope: list[Clause], party: Party | None) -> tuple[Ask, int, int, bool] | None:
    """An officer asking a person about status (EO 41), told apart from an agency asking us.

    Two inquiries about two people ("ask the robbery victim if he's documented ... later ask the
    forger what his real status is"): the one about a victim or witness decides, as it is barred.
    """
    first = _one_status_inquiry(norm, scope, party)
    if first is None or first[0] is not Ask.INQUIRE_STATUS_SUSPECT:
        return first
    also = _THE_VICTIM_TOO.search(norm, first[2], scope[-1].end)
    if also is None:
        # "2) can I ask the customer who came in to report him the same thing?": the question put
        # again, by reference, to someone the rule protects
        again = _ASKED_AGAIN.search(norm, first[2], scope[-1].end)
        if again is not None and _VICTIM.search(again.group("whom")):
            also = again
        elif again is not None and not _SUSPECT.search(again.group("whom")):
            # ("... ask his wife the same thing?": whether she is a suspect or a witness is not said)
            return Ask.INQUIRE_STATUS_ROLE_UNKNOWN, first[1], again.end(), True
    if also is not None:
        # "can I ask the perp about his status? And the bodega clerk (the victim) too": the same
        # question put to a victim, which is barred
        return Ask.INQUIRE_STATUS_VICTIM_WITNESS, first[1], also.end(), True
    inquiries = [
        m
        for m in _STATUS_INQUIRY.finditer(norm, scope[0].start, scope[-1].end)
        if not DOES_STATUS_MATTER.search(sentence_of(norm, m.start(), m.end()))
        and not _HOW_TO_APPLY.search(m.group(0))
        and not _RULE_AGAINST_ASKING.search(norm, max(0, m.start() - 40), m.start())
        # "my partner says we can never ask anyone about status": the rule quoted, not a question
        and not NEVER_BEFORE.search(norm, max(0, m.start() - 30), m.start())
        and m.end() - m.start() <= 60  # a question, not a span across someone's argument
    ]
    if len({sentence_bounds(norm, m.start(), m.end()) for m in inquiries}) > 1:
        # two questions about two people: each about the person the story told of just before it
        # ("taking a robbery report from a delivery worker ... she wants to ask if he's documented")
        for inquiry in inquiries:
            told = norm[scope[0].start : inquiry.start()]
            last_victim = max((m.end() for m in _VICTIM.finditer(told)), default=-1)
            last_suspect = max((m.end() for m in _SUSPECT.finditer(told)), default=-1)
            if last_victim > last_suspect:
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, inquiry.start(), inquiry.end(), True
    return first


def _one_status_inquiry(norm: str, scope: list[Clause], party: Party | None) -> tuple[Ask, int, int, bool] | None:
    for clause in scope:
        # "ask where he got it and what his actual status is": the question can run past its clause
        match = _STATUS_INQUIRY.search(norm, clause.start, sentence_bounds(norm, clause.start, clause.end)[1])
        # "my partner thinks he's undocumented. Can I just ask him?": the question a sentence of its own
        match = match or _STATUS_THEN_ASK.search(norm, clause.start, clause.end + 40)
        if match is None or match.start() >= clause.end:
            continue
        if party is not None and (
            re.search(
                r"\byour (?:records?|system|files?|paperwork|database)\b|\byou (?:have|guys have|all have|got) (?:listed|on file|down)\b|"
                r"\b(?:what|whether|if) (?:anything in )?(?:our|the) (?:[\w']+ )?(?:files?|records?|system|paperwork|database|reports?) (?:says?|shows?|has|have|lists?)\b",
                norm[match.start() : match.end() + 40],
            )
            or _WHAT_WE_HOLD.search(norm, max(0, match.start() - 80), match.start() + 1)
        ):
            continue  # "if your records show him as a US citizen": the agency asking what we hold
        help_sought = _HELP_SOUGHT.match(match.group(0))
        if help_sought is not None:
            # "people asking for help" is who the rule protects, not a question put to anyone; a
            # question may still follow it ("a victim asking for help, can I ask her if she's legal?")
            match = _STATUS_INQUIRY.search(
                norm, match.start() + help_sought.end(), sentence_bounds(norm, clause.start, clause.end)[1]
            )
            if match is None:
                continue
        if _WILL_NOT_ASK.search(norm, max(0, match.start() - 40), match.start()):
            continue  # "we have not asked and will not ask the family about status"
        if DOES_STATUS_MATTER.search(sentence_of(norm, match.start(), match.end())):
            continue  # "do I need to check his immigration status first?": whether status counts
        if _HOW_TO_APPLY.search(match.group(0)):
            continue  # "my cousin wants to know how to apply for a green card": help for someone, no inquiry
        if _RULE_AGAINST_ASKING.search(norm, max(0, match.start() - 40), match.start()):
            continue  # "we're not supposed to ask or tell about status": the officer citing the rule, not asking
        before = norm[clause.start : match.start()]
        # "ICE asked if he's legal" is their question to us; "they want us to ask the suspect"
        # or "can I ask him" is an officer asking the person
        if (
            party is not None
            and (
                AGENCY_ASKS.search(before + match.group(0))
                or _the_agent_asks(norm, clause.start, before + match.group(0))
            )
            and not _told_to_ask(before + match.group(0))
            and not _WE_ASK.search(before + match.group(0))
        ):
            continue
        if (
            party is not None
            and not re.search(r"\b(?:i|we|us|me|my partner|the dt|detective|he|she|officer|det|our squad)\b", before)
            # ("wants our officers to ask the neighbours": asked of us, in the words just before)
            and not _told_to_ask(before[-40:] + match.group(0))
            # "robbery witness at desk. ask her status? + FBI wants ...": a bare "ask her" opening its
            # own sentence is the officer's question
            and not (
                before.strip() == ""
                and re.match(r"ask (?:him|her|them)\b", match.group(0))
                and _OPENS_SENTENCE.search(norm, 0, clause.start)
            )
        ):  # "CBP asked our det to ask the victim"
            continue
        if party is not None and re.search(
            r"\b(?:says?|said|saying|claims?|claimed)\b (?:that )?(?:he|she|they)\b", before
        ):
            continue  # "says he just wants to ask about his papers": the agent's question, not ours
        # the role of the person asked about: the inquiry's own clause first, then its sentence, then
        # the whole request ("robbery victim ... my partner wants to ask her" / "the suspect we arrested")
        # the inquiry's own words first; a reason given after it ("bc the perp keeps saying she's
        # illegal") names somebody else
        own = norm[clause.start : match.end()]
        if _WHICH_ONE_ANSWERED.search(norm, match.end()) or told_a_victim_or_witness(norm[: match.start()], own):
            # "can I ask the guy about his status? - which guy, the teller? - yeah, he's our witness";
            # "the bouncer who caught him is our witness ... my partner wants to ask the bouncer"
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        if ROLE_IN_DOUBT.search(norm, scope[0].start, scope[-1].end):
            # "not sure yet if he's a suspect or just a witness": whether asking is allowed turns on it
            return Ask.INQUIRE_STATUS_ROLE_UNKNOWN, match.start(), match.end(), True
        if (
            _BOTH_OF_THEM.search(norm, match.start(), match.end() + 30) or _ASK_ANOTHER_TOO.search(norm, match.end())
        ) and _VICTIM.search(norm):
            # "the victim ... and the perp ... can I ask both of them": asking the victim is among it
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        other = _ASK_ANOTHER_TOO.search(norm, match.end())
        if (
            other is not None
            and re.search(r" the [\w']+$", other.group(0))
            and not _SUSPECT.search(norm, other.start(), other.end() + 40)
        ):
            # "... and she also wants to ask the teller, who might be undocumented": a second person
            # asked, not told to be a suspect; whether asking is allowed turns on who they are
            return Ask.INQUIRE_STATUS_ROLE_UNKNOWN, match.start(), match.end(), True
        whole = norm[scope[0].start : scope[-1].end]
        if (
            _ASKED_IS_THE_OTHER.search(norm, match.start(), match.end() + 30)
            and _VICTIM.search(whole)
            and _SUSPECT.search(whole)
            and not _FEMALE_SUSPECT.search(whole)
        ):
            # "the cashier who called us about the guy with the fake green card is she legal can I ask
            # her": the one asked is a woman and the suspect told of is a man, so she is the caller
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        for text in (own, norm[clause.start : clause.end], sentence_of(norm, match.start(), match.end())):
            text = _REASON_AFTER.sub("", text)
            victim, suspect = _VICTIM.search(text), _SUSPECT.search(text)
            if victim and suspect and _coordinated(text, victim, suspect):
                # "ask the victim AND the suspect": two people asked, and asking the victim is barred
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
            if victim and not suspect:
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
            if suspect:
                return Ask.INQUIRE_STATUS_SUSPECT, match.start(), match.end(), True
        suspect = next((m for c in scope if (m := _SUSPECT.search(_REASON_AFTER.sub("", c.text)))), None)
        victim = next((m for c in scope if (m := _VICTIM.search(_REASON_AFTER.sub("", c.text)))), None)
        if victim and not suspect:
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        if not victim and not suspect and _last_told_is_a_victim(norm[: match.start()]):
            # "A trafficking victim is giving a statement with HSI ... our detective wants to ask her":
            # the person was told of in the agency's words, before the officer's own question
            return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        if victim and suspect:
            # "the clerk gave us a description, the perp was grabbed ... the clerk was nervous ... can
            # I ask her": the person the story last told of before the question is the one asked
            told = _REASON_AFTER.sub("", norm[scope[0].start : match.start()])
            # ("the sergeant says that rule is about victims and witnesses": the rule told, nobody's role)
            last_victim = max(
                (
                    m.end()
                    for m in _VICTIM.finditer(told)
                    if not _RULE_TALK.search(sentence_of(told, m.start(), m.end()))
                ),
                default=-1,
            )
            last_suspect = max((m.end() for m in _SUSPECT.finditer(told)), default=-1)
            if last_victim > last_suspect:
                return Ask.INQUIRE_STATUS_VICTIM_WITNESS, match.start(), match.end(), True
        return Ask.INQUIRE_STATUS_SUSPECT, match.start(), match.end(), bool(suspect)
    return None


def _last_told_is_a_victim(told: str) -> bool:
    told = _REASON_AFTER.sub("", told)
    last_victim = max((m.end() for m in _VICTIM.finditer(told)), default=-1)
    return last_victim > max((m.end() for m in _SUSPECT.finditer(told)), default=-1)


# a thread reply asking whom the officer means, answered with a witness or a victim
_WHICH_ONE_ANSWERED = re.compile(
    r"\bwhich (?:guy|one|person|man|woman|lady|kid)\b[^?]{0,80}\?[^?]{0,80}?\b(?:he|she)(?:'s| is) (?:our |the |a |just a )?"
    r"(?:witness|victim|complainant|caller|vic)\b"
)
_ASKED_IS_THE_OTHER = re.compile(r"\b(?:ask|question|asking) (?:her|the (?:woman|lady|girl))\b")
_FEMALE_SUSPECT = re.compile(
    r"\b(?:the |a |that )?(?:woman|lady|girl|female|she)\b (?:[\w']+ ){0,3}(?:who |that )?(?:used|had|presented|showed|"
    r"sold|stole|forged|opened|tried|was arrested|we arrested|is the suspect|is a suspect)|\b(?:female|woman) (?:suspect|perp)\b|"
    r"\b(?:arrested|collared|locked up|grabbed) (?:the |a )?(?:woman|lady|girl|her)\b"
)

# "does your precinct have any information on whether he is a citizen": what we hold, asked of us
_RULE_TALK = re.compile(r"\b(?:rule|rules|protects?|applies|is about|policy|eo ?41|executive order|the law)\b")
_OPENS_SENTENCE = re.compile(r"(?:^|[.?!\n])\s*$")
_WHAT_WE_HOLD = re.compile(
    r"\b(?:does|do|did) (?:your|the) (?:precinct|pct|command|department|squad|unit|office|agency) (?:have|hold|keep) "
    r"(?:any )?(?:information|info|records?|data|anything)\b(?: (?:on|about|as to|regarding))?(?: (?:whether|if))?[^.?!]*$"
)
_HELP_SOUGHT = re.compile(r"(?:ask|asks|asked|asking) for (?:help|assistance|services|a hand|protection)\b")
_WILL_NOT_ASK = re.compile(
    r"\b(?:will not|won't|wont|would not|wouldn't|have not|haven't|has not|hasn't|did not|didn't|never|do not|don't|"
    r"are not going to|aren't going to)(?: ever)? (?:(?:asked?|question(?:ed)?|inquire[sd]?)\b[^.?!]{0,30})?$"
)
_JOINED_ROLES = re.compile(
    r"^(?:,? (?:and|&|n|or|plus|as well as|and also|and then) |/ ?)(?:(?:the|a|an|his|her|their) )?$"
)


def _coordinated(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Two roles named as a pair ("the victim and the perp", "witness/suspect"), not one
    inside a description of the other ("the suspect who robbed the victim")."""
    left, right = sorted((first, second), key=lambda m: m.start())
    return left.end() <= right.start() and bool(_JOINED_ROLES.match(text[left.end() : right.start()]))
