"""The words that say a request's aim was not given, withdrawn or only guessed ("didn't say what
for", "took it back", "maybe immigration too"). Read by `bot.facts.purpose`."""

from __future__ import annotations

import re

__all__ = [
    "AIMS_OFFERED",
    "AIM_TAKEN_BACK",
    "CRIMINAL_GUESSED",
    "MAYBE_CIVIL",
    "PURPOSE_UNSTATED",
    "REASON_WORDS",
    "THEIR_CASE_UNSAID",
    "TURN",
    "WHAT_CASE",
    "WHICH_AGENT",
]

PURPOSE_UNSTATED = re.compile(
    r"\b(?:didn't|did not|won't|will not|wouldn't|would not|doesn't|does not|don't|do not|never|(?<=he )not|(?<=she )not|(?<=they )not) (?:really |even |actually )?(?:say|tell (?:me|us)|"
    r"explain|mention|specify|give (?:a |any )?reason)\b(?! (?:which|what) (?:part|component|agency|unit|office|branch|division|one)\b)"
    # "didn't say who signed it": the warrant's signer left unsaid, not the aim
    r"(?! (?:who|whom) (?:signed|signs|sign|issued)\b| (?:what|which) (?:kind|type|sort) of (?:warrant|paper)\b)"
    # "ICE agent (didn't say ERO or HSI)": the component left unsaid, not the aim
    r"(?! (?:if |whether )?(?:ero|hsi|ice|cbp|dhs|fbi|dea|atf|usms|marshals|his agency|her agency|their agency|his name|her name|his badge)\b)(?: (?:why|what (?:for|about|it's for|it is for|it's about|its about|"
    r"the case is|their case is|they're working on|he's working on|she's working on|they want it for)))?|"
    # "CBP wants the same reports for 'their end of it'": a share of the case, not which case or why
    r"\bfor (?:their|his|her|its) (?:own )?(?:end|side|part) of (?:it|this|that|things|the case)\b|"
    # "said 'for our files'": a place to keep it, not an aim
    r"\b(?:said|says|saying|just|only)\s*['\"‘“]?\s*(?:it's |its |it is )?(?:just )?for (?:our|their|his|her) (?:own )?"
    r"(?:files?|records|database)\b|"
    # "an export of our gang database for 'another project'"
    r"\bfor (?:an?other|some other|a different|a separate|some) (?:project|thing|matter)\b|"
    # "said it 'might be for the case, might be for something else'": the aim offered and taken back at once
    r"\b(?:might|could|may) be (?:for |about )?(?:something|anything) else\b|"
    # "I don't have details on that one": said of one ask beside another
    r"\b(?:don't|do not|dont) have (?:any )?(?:details|info|information|specifics) (?:on|about|for) (?:that|this|the second|the other) (?:one|part|ask|request)\b|"
    # (not the officer's own "no reason not to, right?" or "no reason I can't")
    r"\bno (?:reason|purpose)(?: (?:given|stated|why|at all|offered|provided))?\b(?! (?:to|not|for (?:concern|alarm))\b| (?:why )?(?:i|we|you|they|he|she) (?:can'?t|cannot|couldn'?t|shouldn'?t|wouldn'?t|won'?t)\b)|"
    r"\bno idea (?:why|what for|what it's for)\b|"
    # "don't know what agency or what it's for" (not "don't know why the lab liaison can't handle it")
    r"\b(?:don't|do not) know (?:[\w']+ ){0,4}?(?:why(?=\s*(?:[.,;!?]|$)|\s+(?:they|he|she|the (?:agents?|feds)|ice|ero|hsi|cbp|dhs|"
    r"fbi|dea|atf) (?:wants?|needs?|asked|is asking|are asking))|what (?:for|it'?s for|it is for|they want it for|the case is))\b|\bnot sure (?:why|what (?:for|it's for|(?:they|he|she) (?:want|wants|need|needs) (?:him|her|them|it) for))\b|"
    # "he not say which office or why"
    r"\b(?:not|never|didn't|did not|won't|wouldn't) (?:say|tell|explain)\w* (?:us |me )?(?:which|what) (?:[\w']+ ){0,2}or why\b|"
    # "agent didn't say which agency or what case"
    # ("wouldn't say which part of DHS or what his case is")
    r"\b(?:not|never|didn't|did not|won't|wouldn't) (?:say|tell|explain)\w* (?:us |me )?(?:which|what|who) (?:[\w']+ ){0,3}or "
    r"what (?:(?:his|her|their|the) )?(?:case|for|it's for|it is for|it's about|op|operation|investigation|"
    # ("didn't say which agency inside DHS or what they're working on")
    r"(?:they're|they are|he's|he is|she's|she is) working on)\b|"
    # "when i asked why he just said 'for the case' and changed the subject": asked, and evaded
    r"\b(?:changed the subject|dodged (?:the|my) question|wouldn't elaborate|would not elaborate|brushed (?:it|me) off|"
    r"wouldn't go into (?:it|detail)|would not go into (?:it|detail))\b|"
    # "nobody's told me what the op is either", "no one said what it's for"
    r"\b(?:nobody|no one|noone)(?:'s| has| had)? (?:told|said|explained|mentioned)\b (?:(?:to )?(?:me|us) )?"
    r"(?:what|why)\b(?: (?:the |their |this |that )?(?:op|operation|case|job|detail|raid|sweep|it|they want)\b)?"
)
# "I asked what case and he said he'd tell me later": the aim asked for and put off is not given
# ("I asked what their case is and got 'we'll explain later'")
AIM_PUT_OFF = re.compile(
    r"\b(?:asked|ask) (?:him|her|them|the agent|the guy)? ?(?:what (?:(?:the|their|his|her) )?(?:case|op|operation|investigation)"
    r"(?: (?:is|was|it is|it was))?|what (?:it's for|it is for|for|it's about|it is about|case it is)|why)\b[^.;?!]{0,12}?"
    r"(?:(?:he|she|they) (?:said|says|told me|told us)|(?:i |we )?(?:got|was told|were told|heard back)|the answer was)"
    r"(?: ['\"]?(?:he'd|she'd|they'd|he would|she would|they would|he'll|she'll|they'll|he will|she will|they will|"
    r"we'll|we will|i'll|i will))? ['\"]?"
    r"(?:tell (?:me|us|you)|fill (?:me|us|you) in|brief (?:me|us|you)|let (?:me|us|you) know|get back to (?:me|us|you)|explain)"
    r"(?: (?:on|about) (?:that|it))? "
    r"(?:later|after|tomorrow|once|when|at some point|another time)\b"
)
# ("didn't say which agency or why": no reason at all, whatever the setting suggests)
WHAT_CASE = re.compile(r"\bwhat (?:case|investigation|op|operation)\b|\bor why\b")
WHICH_AGENT = re.compile(
    r"\b(?:same|that) (?:[\w]+ )?(?:agent|officer|guy|detective|investigator|deputy|sa) from (?:the|that) (?:[\w-]+ ){0,3}"
    r"(?:case|investigation|op|operation|task ?force|tf)\b"
)
THEIR_CASE_UNSAID = re.compile(
    r"\b(?:didn't|did not|won't|will not|wouldn't|would not|doesn't|does not|never|refused to|not) (?:say|tell (?:me|us)|explain|mention|specify) "
    r"(?:what|which) (?:case (?:theirs|it) is|case (?:it's|it is|that's|this is) for|(?:their|his|her) (?:own )?(?:case|interest|angle|reason|investigation) (?:is|was))\b|"
    # "a CBP officer on the same thread asked for the address too, with no context"
    r"\b(?:with )?no (?:context|explanation)(?: (?:given|at all|whatsoever))?\b"
)
CRIMINAL_GUESSED = re.compile(
    r"\b(?:thinks?|thought|believes?|guess(?:es|ed)?|assumes?|assumed|figures?|figured|suspects?) (?:that )?"
    r"(?:it's |its |it is |it was |this is |they're )?(?:(?:for |on )?(?:a |an )?)?criminal\b"
)
MAYBE_CIVIL = re.compile(
    # ("or maybe it's more of an immigration thing")
    r"\b(?:maybe|possibly|might be|may be|could be|perhaps|potentially)\b,? (?:[\w']+ ){0,4}?"
    # not "some feds, I think HSI? maybe ICE, want our video": which agency asks, not what for
    r"(?:immigration|deportation|removal|ice\b(?!\s*(?:[?)/]|or\b|, (?:want|wants|wanted|asked|asking|need|needs|said|says)\b)))"
    r"\b(?! (?:fraud|crimes?|smuggling|court|lawyer|attorney))"
)
AIM_TAKEN_BACK = re.compile(
    r"\b(?:wouldn't|would not|won't|will not|didn't|did not|couldn't|could not|can't|cannot|refused to) confirm "
    r"(?:that|it|this|the case|any of that)\b|\btook (?:it|that) back\b|"
    r"\b(?:don't|do not|didn't|did not) (?:actually|really) know (?:why|what (?:it's|it is|its) for)\b|"
    r"\b(?:can't|cannot|couldn't|could not) (?:tell|say)(?: me| us)? (?:why|what (?:it's|it is|its) for)\b|"
    # "hinted ICE is the endgame, then said no, just the gun case. I honestly can't tell which it is"
    r"\b(?:can't|cannot|couldn't|could not) (?:really |honestly )?tell (?:which (?:it is|one it is|it's|one)|what (?:they're|they are) (?:really )?after)\b|"
    r"\b(?:not sure|unsure|no idea) which (?:it is|one it is|it's)\b"
)
# a turn between an aim and the later word that no aim was given: the later word stands
TURN = re.compile(r"\b(?:wait|called back|update|updated|actually|turns out|again|checked|clarified|corrected|now)\b")
# ("for 'their piece of it', didn't say what that is": what their part is, left unsaid)
REASON_WORDS = re.compile(
    r"\b(?:why|reason|what (?:for|about|it's for|it is for|it's about|its about)|what (?:that|it) (?:is|was|means)|purpose)\b"
)


# "me: criminal or removal / ICE: we'll brief Thursday": the two aims offered side by side, a
# question put to the agency, not its answer
AIMS_OFFERED = re.compile(
    r"\b(?:criminal|crim)(?: case| matter| thing)?,? or (?:a |an |is it )?(?:civil|removal|immigration|deportation|admin(?:istrative)?)\b|"
    r"\b(?:civil|removal|immigration|deportation|admin(?:istrative)?)(?: case| matter| thing)?,? or (?:a |an |is it )?criminal\b"
)
