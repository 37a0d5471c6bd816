"""Building blocks the lexicon composes: who, whose custody, records, hand-over verbs."""

from __future__ import annotations

from collections.abc import Iterable

from bot.facts.prefilter import GatedAlternation

__all__ = [
    "AGENTS",
    "CLOSE_OFF_VERBS",
    "CUSTODY_PLACE",
    "LEAVE",
    "LIST_MARKER",
    "NOT_A_COPY_OF",
    "NOT_OUR_OWN",
    "NOT_RECEIVED",
    "PERSON",
    "RECORDS",
    "SHARE_VERB",
    "TAKEN_FROM_A_VICTIM",
    "TOLD",
    "TO_BE_TOLD",
    "compile_all",
]


# "a copy of the criminal complaint on our defendant": our document asked for, not their case or paper
NOT_A_COPY_OF = r"(?<!copy of the )(?<!copy of our )(?<!copies of the )"


def compile_all(patterns: Iterable[str]) -> GatedAlternation:
    """One alternation of many patterns, searched only through the branches a message could match."""
    return GatedAlternation(patterns)


# a numbered or lettered list item's marker: "2) HSI wanted ...", "(b) agent wants ..."
LIST_MARKER = r"(?<![\w(])\(?(?:[1-9]|[a-e])\)(?=\s)"
# closing a road or an area off: traffic or a perimeter for an arrest, or part of an emergency response
# (not "a fight at the block party": the noun, not the verb)
CLOSE_OFF_VERBS = (
    r"(?:close|closing|shut|shutting|block(?! party)(?! parties)|blocking|cordon|cordoning|seal|sealing|tape|taping)"
)
PERSON = (
    r"(?:him|her|them|em|'em|someone|somebody|anyone|(?:the|my|our|this|that|their|a|an|one|his|her) "
    r"(?:[\w'-]+ )?(?:guy|man|woman|kid|perp|subject|prisoner|person|individual|defendant|arrestee|suspect|collar|"
    r"detainee|target|male|female|inmate|client|dude|lady|gentleman|fugitive|juvenile|teen|boy|girl|shooter|robber|"
    r"dealer|driver|thief|offender|felon|passenger|occupant|rider|worker|"
    # ("hold the dad when he comes in to pick up the kid"): the family of the people in a case
    r"dad|father|mom|mother|son|daughter|brother|sister|uncle|aunt|nephew|niece|cousin|husband|wife)s?|\[name\]|"
    # the article dropped by a writer new to English: "want 5 min interview guy in cell"
    r"(?:guy|man|woman|prisoner|perp|suspect|detainee|arrestee|inmate|lady|dude)\b(?! (?:stuff|thing|code|talk|hours?)\b)|"
    r"(?:mr|ms|mrs)\.? \w+|both|each|all (?:of )?(?:them|three|two)|one of (?:their|the|our|his|her|them|those|these)(?: \w+)?|(?:\d+|two|three|four|some|a few|a couple(?: of)?) (?:people|ppl|guys|men|women|detainees|prisoners|arrestees))"
)
AGENTS = (
    r"(?:them|em|'em|ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|the marshals|marshals|the feds|feds|the agents?|agents?|an agent|"
    r"the (?:ice|hsi|cbp|fbi|dea|federal|immigration) (?:agents?|guys|people|officers?)|federal agents|immigration|"
    r"border patrol|homeland security|him|her)"
)
CUSTODY_PLACE = (
    r"(?:cells?|holding(?: cells?| pens?)?|the pens|pens|central booking|cb|our custody|custody|lock-?up|the precinct|"
    r"the pct|the house|the station|jail|the tombs|court|arraignment)"
)
LEAVE = (
    r"(?:releas(?:e|ed|es|ing)|ror'?d|rored|get(?:s|ting)? out|gets? cut loose|cut loose|be(?:ing)? out|walk(?:s|ing)?|"
    r"leav(?:e|es|ing)|let go|discharged?|arraigned|bail(?:s|ed)?(?: out)?|made bail|makes bail|posts? bail|"
    r"transported|processed out|out of (?:the )?(?:system|cells|custody)|(?:done|finished) (?:at|with) (?:court|arraignment|processing|central booking|cb|booking)|let (?:him|her|them) (?:go|walk|out)|cut (?:him|her|them) loose|"
    r"(?:moved|sent|taken|transferred|shipped|brought|going|goes|headed) (?:over |down |up )?to (?:central booking|cb|court|arraignment|rikers|the tombs)|"
    # "a heads up before he's handed to the marshals": his leaving us for another agency
    r"(?:handed|turned) (?:over )?to (?:the )?(?:marshals|usms|fbi|dea|atf|feds))"
)
# "what to tell the desk before the prisoner goes to court": our own people, not the agency
# what a suspect takes from a victim: "the woman whose identity he stole"
TAKEN_FROM_A_VICTIM = (
    "identity", "id", "name", "card", "credit card", "account", "bank account", "car", "phone", "wallet", "purse",
    "papers", "documents", "ssn", "social",
)  # fmt: skip
# "ERO asked to be told when ...": being given word of an event
TOLD = r"(?:told|notified|informed|alerted|called|texted|pinged|advised)"
TO_BE_TOLD = rf"(?:to be|be|get|getting|being) {TOLD}"
NOT_OUR_OWN = r"(?!(?:the |my |our )(?:desk|desk officer|people|officers|cops|team|squad|captain|lt|lieutenant|sgt|sergeant|supervisor|cos?)\b)"
SHARE_VERB = (
    r"(?:send|sending|give|giving|share|sharing|pass|passing|forward|forwarding|hand|handing|fax|provide|"
    # ("reset my email password": the noun, an account)
    r"e-?mail(?! (?:password|account|address|inbox|app|login|settings)s?\b)|"
    # ("our copy of the rap sheet is illegible": the noun, the record we read)
    r"providing|turn over|(?<!our )(?<!my )(?<!the )copy|show|showing|release|releasing|disclose|read (?:them|him|her|it to)|let (?:them|him|her|ice|hsi|the agents?) "
    r"(?:see|have|look at|read|copy|listen to|view|take)|get (?:them|him|her) (?:a copy|copies)|make (?:a )?cop(?:y|ies)|"
    r"run|look up|pull|check|confirm|verify|tell|say|furnish|supply|upload|dump|export|burn)"
)
RECORDS = (
    # ("the same kind of record", "a similar record": the person's record described, not a record asked)
    # ("can I ask her, for the report?": the officer's own writing, nothing shared)
    r"(?:(?<!for the )(?<!for my )(?<!in my )(?<!on my )reports?|(?<!kind of )(?<!similar )records?(?! (?:unit|room|division|section|clerk|office))|dd-?5s?|uf-?61s?|61s?|complaints?|"
    r"complaint reports?|arrest reports?|rap sheets?|criminal histor(?:y|ies)|(?:his|her|their) history|(?<!on )(?<!trading )(?<!traded )(?<!swapping )(?<!swapped )(?<!downloading )(?<!downloaded )(?<!uploading )(?<!uploaded )files?|"
    # ("a 911 job just came over the radio": a job dispatched to us, not a record asked)
    r"(?:property |evidence |invoice )?vouchers?|case files?|(?<!taking )(?<!take )(?<!took )(?<!takes )(?<!surveillance )(?<!field )notes|(?<!giving a )(?<!giving a witness )(?<!making a )(?<!gave a )(?<!give a )statements?|911 (?:calls?|recordings?|audio|tapes?|records)|911(?! (?:jobs?|runs?|came|comes|just came|dispatch|assignment)\b)|sprint(?: reports?)?|footage|"
    r"videos?|recordings?|audio|body ?cam(?:era)?s?|bwc|photos?|pictures|mug ?shots?|fingerprints?|prints|"
    r"(?:gun |firearms? )?traces?|nibin(?: reports?| results?| hits?)?|"
    r"(?:home |last known |current )?address(?:es)?|(?<!by )(?<!over the )(?<!on the )(?<!on their )(?<!on his )(?<!on her )(?<!on my )(?<!on a )(?<!from their )(?<!in their )phone(?! lines?)(?! calls?\b)(?: numbers?)?|cell ?phone(?: numbers?)?|cell numbers?(?! \d)|(?:full )?names? and (?:dobs?|dates? of birth|addresses)|pedigree(?: info)?|case folders?|(?:database|arrest|criminal history) print ?outs?|aided cards?|names? (?:off|from|on) (?:our|the|his|her|their|those|these)(?! (?:signature|signing|bottom|dotted) line| (?:warrant|paper|form|detainer)\b)|(?:omny|metrocard) (?:swipes?|swipe history|history|data|records)|swipe history|contact info|info(?:rmation)?|details|"
    r"data|evidence|intel|paperwork on|whatever (?:we|you) (?:have|got)|what (?:we|you) (?:have|got)|everything (?:we|you) "
    r"(?:have|got)|copies|(?<!we have )(?<!we had )(?<!we keep )(?<!i have )a copy|arrest (?:data|history|info)|booking (?:info|photos?|sheet)|cad|id cards?|"
    r"license|dmv|employer|leads|ballistics|nibin|(?:shell )?casings|spent (?:rounds|shells)|projectiles|lab (?:results?|reports?)|test results|(?:trace|ballistics|nibin|etrace|search|dna|lab|request) results|forensics|dna|buy reports?|"
    r"dispositions?|court dispositions|debriefs|debrief(?:ing)? (?:notes|reports?|sheets?|files?)|arrest histor(?:y|ies)|dir|dirs|domestic incident reports?|accident reports?|"
    r"samples?|vouchered (?:items|property|drugs|guns|evidence|phones?)|(?:which|what) (?:shelter|hotel|building|apartment|school)|"
    r"voucher (?:numbers?|info|items)|the (?:gun|glock|firearm|weapon|phone|drugs|rifle|pistol|casings?) (?:we|you) (?:recovered|seized|vouchered)|"
    r"what (?:address|phone|number|name|dob)|(?:arrest|booking|case) paperwork|"
    r"where (?:he|she|they|(?:the |his |her |their )?(?:[\w']+'s )?(?:mother|mom|father|dad|wife|husband|girlfriend|boyfriend|brother|sister|"
    r"son|daughter|family|cousin|kids?|suspect|victim|witness)) (?:lives?|stays?|works?|hangs? out)|"
    # "look up where Ozmundo lives now": a person named by first name
    r"(?<=look up )where [a-z]+ (?:lives|stays|is staying|is living)\b|"
    r"(?:his|her|their) (?:name|dob|date of birth|ssn|social)|"
    # "the NYPD lab's analysis results", "send the matches to their case agent"
    r"(?:analysis|analytical|forensic|toxicology|tox|drug) (?:results?|findings|reports?)|"
    r"(?:facial recognition|facial rec|face rec) (?:matches|hits|results|returns|reports?)|(?<=the )matches(?= to\b))"
)


# "asked for a copy - not received", "still waiting": paper we asked the agency for and do not have
NOT_RECEIVED = (
    r"(?:not (?:yet )?received|never (?:received|came|arrived|got it)|(?:hasn't|has not|haven't|have not) "
    r"(?:been )?(?:received|come|arrived|got(?:ten)? it)|(?:is |are )?still (?:waiting|pending|coming|not here)|not (?:here|in) yet)"
)
