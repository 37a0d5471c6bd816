"""What a message says besides its requests, set aside or turned before reading: the writer's
own heading, the bot's own earlier answer pasted into a follow-up, an agency's quoted words
read from the agency's side, hypotheticals, background about another agency, and keyboard mash.

An officer often heads a message with their own unit ("bx narco. HSI invited our team to a
joint op", "warrant squad: the feds asked ..."). The unit is the writer's line of work, never
the requesting agency's purpose: "narco" there says nothing of what HSI wants the op for.

An officer also pastes what an agent wrote ("> HSI SA Ortiz: "For our sex trafficking
investigation, please send ..."). In those words "our" is the agency's and "you" is the NYPD,
the other way round from the officer's own words; the reader reads them as the officer would
say them ("for their sex trafficking investigation", "can we hold him").
"""

from __future__ import annotations

import re

from bot.facts.text import AGENCY_NAMES, Text

__all__ = [
    "in_agency_voice",
    "keyboard_mash",
    "set_aside_background",
    "set_aside_bot_replies",
    "set_aside_hypotheticals",
    "set_aside_legal_claims",
    "set_aside_unit_header",
]

_BOROUGH = (
    r"(?:bx|bronx|bk|bklyn|brooklyn|qns|queens|si|staten island|manh?|manhattan|mn|mts|pbbx|pbbn|pbbs|pbmn|pbms|pbqn|"
    r"pbqs|pbsi|north|south|east|west)"
)
_UNIT = (
    r"(?:narco|narcs?|narcotics|vice|gangs?(?: squad| unit| division)?|warrants?(?: squad| section| unit| division)?|"
    r"squad|(?:precinct |pct )?squad|dets?|detectives?(?: squad| bureau)?|pds|\d+(?:st|nd|rd|th)? (?:pct|precinct|squad|pds)|"
    r"(?:pct|precinct) \d+|psa ?\d+|transit(?: district \d+| bureau| district)?|td ?\d+|housing(?: bureau| psa ?\d+)?|"
    r"school safety|harbor(?: unit)?|aviation|esu|emergency service(?:s)?(?: unit)?|court section|courts? division|"
    r"(?:the )?desk|desk officer|cb|central booking|dwi(?: unit)?|highway(?: patrol)?|ctb|counter ?terror(?:ism)?(?: bureau)?|"
    r"intel(?:ligence)?(?: bureau| division)?|major case(?: squad)?|svu|special victims(?: division| squad)?|"
    r"hate crimes?(?: task force| unit)?|auto crimes?(?: unit| squad)?|robbery squad|homicide(?: squad)?|cold case(?: squad)?|"
    r"fugitive enforcement(?: division)?|anti-?crime|public morals|firearms suppression(?: division)?|gvsd|"
    r"juvenile(?: unit)?|property clerk|patrol|sector \w|rtcc|real[- ]time crime cent(?:er|re)|"
    r"fio(?: \d+(?:st|nd|rd|th)? (?:pct|precinct))?|field intel(?:ligence)?(?: officer| unit)?|"
    # the specialised units ("Bomb Squad.", "ESU Truck 2.", "Transit K9.", "SRG.")
    r"bomb squad|arson (?:and|&) explosion(?: squad)?|csu|crime scene(?: unit)?|(?:police )?lab(?:oratory)?|(?:transit )?k-?9(?: unit)?|"
    r"srg|strategic response(?: group)?|domain awareness|latent prints?(?: unit| section)?|ballistics|(?:esu )?truck \d+)"
)
# the unit alone, at the head of the message, then a stop: "narco.", "bx narco:", "warrant squad -"
_HEADER = re.compile(
    rf"^\s*(?:(?:this is|it's|its|from|fr)\s+)?(?:the\s+)?(?:{_BOROUGH}\s+)?{_UNIT}"
    r"(?:\s+(?:here|team|unit|sgt|sergeant|lt|det|po|officer))?\s*(?:[.:;|,]|\s[-–—](?=\s))"
)


# a federal task force the writer serves on, heading the message ("Safe Streets.", "JTTF:", "HIDTA
# here -"): the writer's unit when another agency is named after it, else the one asking
_TASK_FORCE_HEADER = re.compile(
    r"^\s*(?:(?:this is|it's|its|from|fr)\s+)?(?:the\s+)?(?:safe streets|jttf|hidta|ocdetf|strike force)(?:\s+(?:tf|task ?force))?"
    r"(?:\s+(?:here|team|unit|sgt|sergeant|lt|det|po|officer))?\s*[.]"  # (not "JTTF: ...", a speaker's line)
)
_AGENCY_NAMED = re.compile(rf"\b{AGENCY_NAMES}\b")


def set_aside_unit_header(text: Text) -> Text:
    """Blank the writer's unit heading the message (same length, same map to the original)."""
    header = _HEADER.match(text.norm)
    if header is None and (task_force := _TASK_FORCE_HEADER.match(text.norm)) is not None:
        header = task_force if _AGENCY_NAMED.search(text.norm, task_force.end()) else None
    if header is None or not text.norm[header.end() :].strip():
        return text
    end = header.end()
    return Text(text.original, " " * end + text.norm[end:], text.origin)


# who wrote the quoted words: an agency, or a federal title ("SA Grady", "Deputy Marshal Yoon")
_SPEAKER_WORDS = rf"(?:{AGENCY_NAMES}|marshals?|deputy|special agent|sa|agents?|tfo|task force officer|homeland security|border patrol)"
_SPEAKER = rf"[^:\n\"“]{{0,50}}\b{_SPEAKER_WORDS}\b[^:\n\"“]{{0,40}}"
# a Slack quote block opened by its speaker: "> FBI SA Grady: ..." and the ">" lines after it
_QUOTE_BLOCK = re.compile(
    rf"^[ \t]*>[ \t]*{_SPEAKER}:[ \t]*(?P<body>[^\n]*(?:\n[ \t]*>[^\n]*)*)", re.IGNORECASE | re.MULTILINE
)
# words in quote marks after their speaker: ERO wrote: "Is Grant a U.S. citizen?" (found from the
# quote mark back to its speaker: a pattern that looked for the speaker first tried every position)
_QUOTE_OPENS = re.compile(r':\s*["“](?P<body>[^"”]+)["”]')
# or in single quotes, on one line ("fwd from SA Ruiz (ICE): 'need his release date'"); an apostrophe
# inside a word ("He's") neither opens nor closes one
_SINGLE_QUOTE_OPENS = re.compile(r":\s*['‘](?P<body>(?:[^'’\n]|['’](?=[a-z]))+)['’](?![a-z])", re.IGNORECASE)
_SPEAKER_BEFORE = re.compile(
    rf"\b{_SPEAKER_WORDS}\b"
    r"[^:\n\"“]{0,40}(?:\s+(?:wrote|writes|said|says|emailed|texted|asked|asks))?$",
    re.IGNORECASE,
)
# a pasted email or text that its sender signed ("fwd email: '... Thanks, SA Brody, DHS'")
_SIGNED_OFF = re.compile(
    rf"(?:\b(?:thanks|thank you|thx|regards|v/r|respectfully|sincerely)\b|\s[-–—])[\s,.!]*"
    rf"(?:[\w.'-]+\s+){{0,3}}?{_SPEAKER_WORDS}\b[^.?!\n]{{0,40}}$",
    re.IGNORECASE,
)
# a retold dialogue, a line per turn: "CBP officer on the phone: I just need to know if he's a citizen"
# (a speaker is named in a few words: "FBI has 2 asks:" or "Property clerk, ATF here for two things:"
# introduce the officer's own list)
_DIALOGUE_SPEAKER = (
    r"(?!(?:[\w.'-]+[ ,]+){0,5}?(?:has|have|had|here|is|are|was|wants?|asks?|needs?|sent|says|said|called|with|for|"
    r"about|re|things|requests?|two|2|3|three)\b)"
    r"(?:[\w.'-]+ ){0,4}[\w.'-]+(?: \([\w .'-]{1,20}\))?"
)
_DIALOGUE_LINE = re.compile(
    rf"^[ \t]*(?!>)(?={_SPEAKER}:){_DIALOGUE_SPEAKER}:[ \t]*(?P<body>[^\n]+)", re.IGNORECASE | re.MULTILINE
)
# "me: who signed", "PO Chen: what's it for", "my Lt: criminal only?": the officer's side of a dialogue
_OFFICER_TURN = re.compile(
    r"^[ \t]*(?:me|i|po [\w.'-]+|p\.o\. [\w.'-]+|det\.? [\w.'-]+|sgt\.? ?[\w.'-]*|lt\.? ?[\w.'-]*|my [\w.'-]+|co)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_PERSON_WORD = re.compile(
    r"\b(?:our|ours|we|we're|we'll|we've|we'd|my|me|mine|you|your|yours|you're|you've|you'll|y'all|"
    r"i|i'm|i'd|i'll|i've)\b|"
    # ("a US citizen", "the US Attorney", "born in the US": the country)
    r"(?<!\bthe )\bus\b(?! (?:citizens?|citizenship|passports?|attorney|marshals?|district|born|military|army|navy|government|"
    r"customs|border|embassy|consulate|courts?|code|persons?|nationals?|residents?)\b)"
)
_FROM_THE_AGENCY = {
    "our": "their", "ours": "theirs", "we": "they", "we're": "they're", "we'll": "they'll", "we've": "they've",
    "we'd": "they'd", "us": "them", "my": "their", "me": "them", "mine": "theirs",
    "you": "we", "your": "our", "yours": "ours", "you're": "we're", "you've": "we've", "you'll": "we'll", "y'all": "we",
    "i": "they", "i'm": "they're", "i'd": "they'd", "i'll": "they'll", "i've": "they've",
}  # fmt: skip


def in_agency_voice(text: Text) -> Text:
    """The message with first and second person swapped inside an agency's quoted words."""
    spans = [m.span("body") for m in _QUOTE_BLOCK.finditer(text.original)]
    if _OFFICER_TURN.search(text.original):  # a retold dialogue: the officer's own turns are in it too
        spans += [m.span("body") for m in _DIALOGUE_LINE.finditer(text.original)]
    spans += [
        m.span("body")
        for m in _QUOTE_OPENS.finditer(text.original)
        if _SPEAKER_BEFORE.search(
            text.original, max(text.original.rfind("\n", 0, m.start()) + 1, m.start() - 100), m.start()
        )
        or _SIGNED_OFF.search(m.group("body"))
    ]
    # single quotes only when signed: "ero: 'can you check if hes legal?'" turned round reads as our
    # own question to him ("can we check"), where the agency asks us for his status
    spans += [
        m.span("body") for m in _SINGLE_QUOTE_OPENS.finditer(text.original) if _SIGNED_OFF.search(m.group("body"))
    ]
    if not spans or not text.origin:
        return text
    norm: list[str] = []
    origin: list[int] = []
    position = 0
    for word in _PERSON_WORD.finditer(text.norm):
        at = text.origin[min(word.start(), len(text.origin) - 1)]
        if not any(start <= at < end for start, end in spans):
            continue
        norm.append(text.norm[position : word.start()])
        origin.extend(text.origin[position : word.start()])
        swapped = _FROM_THE_AGENCY[word.group(0)]
        norm.append(swapped)
        origin.extend([at] * len(swapped))
        position = word.end()
    if position == 0:
        return text
    norm.append(text.norm[position:])
    origin.extend(text.origin[position:])
    return Text(text.original, "".join(norm), tuple(origin))


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


# "Also, hypothetically, if ICE comes back tomorrow ...", "and suppose he texts back next month",
# "what if ICE calls tomorrow": a request that may come later is not before the officer now
_HYPOTHETICAL = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:(?:and|also|but|oh|plus|separate thing|separately)\W+)*"
    r"(?:what if|hypothetically|suppose|supposing|let's say|lets say|and if|if later|if (?:after|later|tomorrow|next))\b"
    r"[^.?!]*[.?!]?"
)


_LATER = re.compile(
    r"\b(?:tomorrow|later|next (?:week|month|time)|comes? back|calls? back|texts? back|down the road|in the future|"
    r"after (?:we|that|he|she)|afterwards|what then|then what|hypothetically|suppose|supposing|what if)\b"
)


def set_aside_hypotheticals(text: Text) -> Text:
    """Blank the sentences that ask about a request that may come later, when the rest of the
    message is a question of its own; a message that is only "what if" is still read."""
    spans = [m.span() for m in _HYPOTHETICAL.finditer(text.norm) if _LATER.search(m.group(0))]
    if not spans:
        return text
    chars = list(text.norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = "".join(chars)
    if not re.search(r"\w", rest) or not _ASKING_REST.search(rest):
        return text
    return Text(text.original, rest, text.origin)


# "(Earlier this week HSI called the CO about something completely different, not my question.)",
# "Earlier in the tour ICE called about somebody else, the desk told them no, unrelated": another
# agency told as background, set aside so it cannot lend its name to the request asked about
_BACKGROUND_MARK = re.compile(
    r"\b(?:(?<!an )unrelated(?! (?:collar|arrest|charge|case|matter|job|warrant|incident))|not related|(?:a |that'?s a |completely |totally )?different (?:story|thing|matter|case|issue)|"
    r"something (?:completely |totally |entirely )?(?:different|else)|not (?:my|the) question|"
    r"not asking about (?:that|them|it|this)|about (?:somebody|someone) else|separate (?:thing|matter|issue))\b"
)


_SENTENCE = re.compile(r"[^.?!\n]+[.?!)]*")


_ASKED_OF_US = re.compile(
    r"\b(?:asked|asks|asking|wants?|wanted|needs?|requested|requests?) (?:me|us|if (?:i|we)|whether (?:i|we)|for|to|our|that (?:i|we))\b|"
    r"\b(?:can|could|should|may) (?:i|we)\b"
)


_AGENCY_WORD = re.compile(rf"\b(?:{AGENCY_NAMES}|federal)\b")


def set_aside_background(text: Text) -> Text:
    """Blank sentences that tell of another agency as background ("not my question", "unrelated"),
    when the rest still names an agency and asks something."""
    # ("the agent also asked if I could look up an address for his friend at ERO, unrelated": still asked of us)
    if not _BACKGROUND_MARK.search(text.norm):
        return text
    spans = [
        m.span()
        for m in _SENTENCE.finditer(text.norm)
        if (mark := _BACKGROUND_MARK.search(m.group(0))) is not None
        and _AGENCY_NAMED.search(m.group(0), 0, mark.start())  # the agency named, then set aside
        and not _ASKED_OF_US.search(m.group(0))
    ]
    if not spans:
        return text
    chars = list(text.norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = "".join(chars)
    if not _AGENCY_WORD.search(rest) or not _ASKING_REST.search(rest):
        return text
    return Text(text.original, rest, text.origin)


_ASKING_REST = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|request\w*|needs?|can (?:i|we)|should (?:i|we)|may (?:i|we)|"
    r"is (?:it|that|this) (?:ok|okay|allowed|fine)|do (?:i|we))\b|\?"
)


def keyboard_mash(norm: str) -> bool:
    """Runs of neighbouring keys ("sdfg", "hjkl", "qwe") making up a good part of the message, or
    nothing but such runs, punctuation and an agency's name ("asdfgh border patrol ??? ;;;", "?? ICE")."""
    words = re.findall(r"[a-z]+", norm)
    mashed = [w for w in words if len(w) >= 3 and any(w in row for row in _KEYBOARD_ROWS)]
    if words and all(w in mashed or w in _AGENCY_WORDS for w in words):
        return True
    return len(mashed) >= 2 and len(mashed) * 4 >= len(words)


_AGENCY_WORDS = frozenset(
    {"ice", "ero", "hsi", "cbp", "dhs", "fbi", "dea", "atf", "usms", "marshals", "feds", "border", "patrol", "homeland"}
)


# A follow-up in a thread often pastes our earlier answer ("> bot: needs info - which component,
# what offense, any removal purpose?"). Those are the bot's words, not facts of the request: read,
# "removal purpose" would become the agency's aim.
_BOT_LINE = re.compile(
    r"^[ \t]*>?[ \t]*\*?(?:the )?(?:bot|triage ?bot|request triage)\*?(?: said| says| answered| replied| wrote)?[ \t]*[:\-–—][^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_BOT_ASIDE = re.compile(r"\((?:[^()\n]{0,40}\b(?:the )?bot\b[^()\n]{0,40})\)", re.IGNORECASE)


def set_aside_bot_replies(text: Text) -> Text:
    """Blank the bot's own answers pasted into the message (same length, same map to the original)."""
    spans = [m.span() for m in _BOT_LINE.finditer(text.original)]
    spans += [m.span() for m in _BOT_ASIDE.finditer(text.original)]
    if not spans or not text.origin:
        return text
    norm = "".join(
        " " if any(start <= at < end for start, end in spans) else char
        for char, at in zip(text.norm, text.origin, strict=True)
    )
    return Text(text.original, norm, text.origin)


# "10-178 only covers immigration enforcement so we're fine", "I know EO 13 bans staging for civil
# immigration, but ...", "does that make it an immigration thing under 10-178?": the officer's own
# reading of the law is no fact of the request (the rules table decides what the law means).
# (287(g) is left out: "deputized under 287g" is what is asked, not a reading of the law)
_LAW_NAMED = re.compile(
    r"\b(?:10-178|9-131|4-210|14-154|23-\d{3}|eo ?\d{1,3}|executive order|1373|ops order|operations order|"
    r"protect our courts|galarza|consent decree|training slide|local cops local crimes|sanctuary (?:law|city law|rules)|"
    # "LL 228 says joint criminal work is fine": a local law cited by number
    r"ll ?\d{2,3}|local law (?:no\.? ?|#)?\d{1,3}|"
    # "the DOI thing was about civil enforcement": what the investigation found, not this request's aim
    r"(?:the )?doi (?:thing|report|investigation|findings?|review|case)|(?:the )?(?:19|20)\d\d (?:detainer )?(?:law|statute|local law))\b|§"
)
_LAW_CLAIM = re.compile(
    r"\b(?:says?|said|covers?|applies|apply|hits?|bans?|banned|means?|allows?|lets? us|under|per|requires?|only|"
    r"exceptions?|is about|was about|doesn't|does not|is for|is gone)\b"
)
# "Training slide said never ask about status, period. Is that right?": the act the claim forbids
# is what the officer asks about; only the claim's "never" is set aside
_CLAIM_QUESTIONED = re.compile(
    r"\b(?:is|isn't|was) (?:that|this|it|he|she|they|the (?:chief|sarge|sergeant|lieutenant|lt|slide|training)) "
    r"(?:right|true|correct|accurate|so)\b"
)
_CLAIM_NEGATOR = re.compile(r"\b(?:never|not|no longer|don't|do not|can't|cannot|mustn't|shouldn't|won't)\b")
_TRAINING_CLAIM = re.compile(
    r"\b(?:we're|we are|we were|we've been|we get|i was|i've been|i got|i'm|i am)(?: all)? "
    r"(?:trained|taught|told in training|drilled)\b(?: (?:that|to))?(?:(?! (?:so|but|since|because|and|then|can|may|should) )[^.;?!,])*"
)
_GUESS_QUESTIONED = re.compile(
    r"(?:\b(?:so |and )?(?:we're|we are|were|we|i'm|im|i am) (?:good|ok|okay|fine|covered|clear),?\s+)?\b(?:it's|its|it is|this is|that's|thats) "
    r"(?:a )?(?:criminal|crim)(?: case| matter| thing)?,?(?:\s*(?:right|yeah|yes|correct))?\s*\?"
)
_CLAIM_CLAUSE = re.compile(r"[^.;?!,()]+(?:[.;?!,()]|$)")
_CLAIM_CUT = re.compile(r"\s(?:so|but|since|because|and so)\s|\s-+\s")


def set_aside_legal_claims(text: Text) -> Text:
    """Blank the officer's own claims about the law, and the officer's guess put as a question ("we're
    good, it's criminal?"), when the rest of the message still asks."""
    norm = text.norm
    spans: list[tuple[int, int]] = []
    for clause in _CLAIM_CLAUSE.finditer(norm):
        start, end = clause.span()
        for cut in _CLAIM_CUT.finditer(norm, start, end):
            law = _LAW_NAMED.search(norm, start, cut.start())
            if law is None:
                start = cut.end()
                continue
            end = cut.start()
            break
        part = norm[start:end]
        if (
            _LAW_NAMED.search(part)
            and _LAW_CLAIM.search(part)
            and not _AGENCY_NAMED.search(part)
            and not _ASKED_OF_US.search(part)
        ):
            if _CLAIM_QUESTIONED.search(norm, end):
                spans.extend(m.span() for m in _CLAIM_NEGATOR.finditer(norm, start, end))
            else:
                spans.append((start, end))
    # "we're all trained that warrants from ICE are different, but this is USMS": what training
    # says of an agency in general is no request from it
    spans.extend(m.span() for m in _TRAINING_CLAIM.finditer(norm))
    # "we're good, it's criminal?": the officer's own guess put as a question says nothing of the aim
    spans.extend(m.span() for m in _GUESS_QUESTIONED.finditer(norm))
    if not spans:
        return text
    chars = list(norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = "".join(chars)
    if not _ASKING_REST.search(rest):
        return text
    return Text(text.original, rest, text.origin)
