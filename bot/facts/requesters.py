"""Which agencies a message names are asking for something.

An agency can be named without asking: as part of the person's history ("deported by ICE in
2019"), as a comparison ("like we would for ATF"), as a fear ("afraid ICE will find her"), as
where the person goes next, as the aim a request serves ("Reason given: ERO removal"), or as a
task-force partner. `requesting_mentions` keeps the mentions of those who ask; `parties` then
groups them into one request per agency.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.facts.corrections import corrected
from bot.facts.lexicon import AGENCY_CUES
from bot.facts.lexicon.blocks import TOLD
from bot.facts.model import Agency
from bot.facts.spans import DHS_FAMILY, MAYBE_LATER, Mention
from bot.facts.text import is_doubted, is_negated

__all__ = ["AGENCY_NOT_GIVEN", "requesting_mentions"]

# An agency named as part of the person's history, not as the one asking now.
_HISTORY_BEFORE = re.compile(
    r"\b(?:deported|removed|released|arrested|detained|picked up|processed|caught|apprehended|encountered|"
    r"was in|been in|out of|prior|previous|old|former|past|from)\s+"
    # ("an email from someone signing 'DHS'": who sent it, not the person's past)
    r"(?:(?!(?:and|but|so|then|while|plus|now|someone|somebody|signing|signed)\b)[\w']+ ){0,2}(?:by |with )?(?:the )?$|"
    r"\b(?:about|report on|report about|news about|story about|article about|reading about|heard about)\s+(?:the )?$"
)
_HISTORY_AFTER = re.compile(
    r"^\s*(?:deported|removed|had (?:him|her|them)|released (?:him|her|them)|custody (?:in|back in|before) \d{4}|"
    r"(?:in|back in) (?:19|20)\d\d|years? ago|before|previously|once|"
    # "the end game is ICE removes him": the agency that would deport, not one asking now
    r"removes?|removing|deports?|deporting|(?:will|would|can|could|gonna|is going to|are going to|'ll) "
    r"(?:(?:end up|just|eventually|probably) )?(?:remove|deport|take (?:him|her|them) out|removing|deporting)|"
    # "the plan is basically to get ICE to remove him": the outcome planned, not an agency asking
    r"to (?:remove|deport) (?:him|her|them)|"
    # "realistically ICE takes him at the end, that's the plan": the outcome foreseen, not a request
    r"takes? (?:him|her|them)(?: in| away)? (?:at the end|in the end|afterwards?|"
    r"when (?:it's|this is|the case is) (?:over|done))|"
    # "double checking bc of all the ice stuff": the topic in the news, not somebody asking
    r"stuff|situation|drama|mess|crackdown|news|raids? (?:lately|recently|in the news))\b"
)


def _mentions(norm: str) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for agency, pattern in AGENCY_CUES:
        for match in pattern.finditer(norm):
            start, end = match.span()
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue  # a more specific name already covers these words ("ice ero")
            taken.append((start, end))
            unsure = bool(_UNSURE_WHICH.search(norm[max(0, start - 40) : start]))
            found.append(Mention(start, end, agency, unsure or is_doubted(norm, start, end), match.group(0)))
    return sorted(found, key=lambda m: m.start)


# "ICE agent (not sure ERO or HSI)": the components named in doubt
_UNSURE_WHICH = re.compile(
    r"\b(?:not sure|unsure|idk|dunno|don't know|dont know|no idea|didn't say|didnt say)\b(?: (?:if|whether|which))?"
    r"(?: (?:it's|its|it was|they're|theyre|he's|hes))?(?: (?:ero|hsi|cbp|ice|fbi|dea|atf|usms|dhs)(?: or|/| /))? ?$"
)
# "a voicemail from an ERO officer", "an agent from HSI": the agency is the one reaching out;
# "fwd from SA Kowalczyk HSI NY:", "3 things from the same ERO team": who the asks come from
_CONTACT_FROM = re.compile(
    r"\b(?:call|calls|voicemail|vm|message|msg|email|e-mail|text|request|letter|fax|visit|agent|agents|officer|officers|"
    r"guy|guys|lady|sup|supervisor|someone|somebody|rep|tfo|sa|detective|people|folks|team|anyone|anybody|"
    # "a VM on the squad line from an HSI agent"
    # ("a special agent from the HUD Inspector General's office": the department named before the office)
    r"line|phone|inbox|mailbox|box)s? from (?:an? |the )?"
    r"(?:hud |va |ssa |usda |doe |dol |epa |sba |hhs |education |labor )?$|"
    r"\b(?:fwd|fw|forwarded|things|asks?|requests?|questions?|stuff|note|memo)\s+from\s+(?:[\w.']+ ){0,3}$|"
    # "a call from someone at DHS asking whether ...": the person calling, at their agency
    r"\b(?:someone|somebody|a guy|a lady|a man|a woman|an? (?:agent|officer|analyst|supervisor|rep)) "
    r"(?:at|with|over at) (?:the )?$"
)


# "can we hand him over like we would for ATF": an agency named to compare with, not one asking
_COMPARISON_BEFORE = re.compile(
    r"\b(?:like|as|the way|than|same as|unlike)\s+"
    r"(?:(?:we|you|i|they) (?:would|do|did|'d|normally do|usually do|always do)\s+)?(?:for|with)\s+(?:the )?$|"
    r"\b(?:same as|just like|unlike)\s+(?:when |with |for )?(?:the )?$|"
    # "I thought we can't hold people for the feds, or is that only ICE": a musing, not a requester
    r"\b(?:is (?:that|it)|or is (?:that|it)|that's|thats|only applies to|just applies to) "
    r"(?:only|just)? ?(?:for |with |to )?(?:the )?$"
)

_TASK_FORCE_NAME = re.compile(r"\bjttf\b|\btask ?force\b|\bsafe streets\b")
_LIKE_BEFORE = re.compile(r"\b(?:like|same as|unlike) (?:an? |any )?(?:other )?$")
_PAPER_AFTER = re.compile(r"\s*(?:warrants?|paper|paperwork|detainers?|case|request|one)\b")


def _is_requester(norm: str, mention: Mention) -> bool:
    if is_negated(norm, mention.start):
        return False  # "not ICE, it's the Marshals"
    before = norm[max(0, mention.start - 30) : mention.start]
    if _COMPARISON_BEFORE.search(before):
        return False
    if (_LIKE_BEFORE.search(before) or re.search(r"\bor\s+(?:an? )?$", before)) and _PAPER_AFTER.match(
        norm, mention.end, mention.end + 20
    ):
        # "hand him over like an FBI warrant", "judge-signed or ICE paper": a kind of paper, not a requester
        return False
    if _FEARED_BEFORE.search(before):
        return False  # "the victim is afraid ICE will find her": a fear, not a request to us
    # ("magistrate judge's warrant for ICE custody": the paper is the agency's own, so it asks)
    if re.search(r"(?<!warrant )(?<!warrants )(?<!order )(?<!paper )(?<!paperwork )\bfor\s+$", before) and re.match(
        r"\s*(?:removal|deportation|processing|custody|detention)\b",
        norm[mention.end : mention.end + 30],
    ):
        return False  # "it's for ERO removal": the aim the records would serve, not a second requester
    if _AIM_FIELD_BEFORE.search(before):
        return False  # "Reason given: ERO collateral arrests": whose aim the request serves, not who asks
    if _BACKING_UP_BEFORE.search(before) and _OPERATION_AFTER.match(norm, mention.end):
        return False  # "CBP ... they're backing up ICE removal arrests": the operation served, not who asks
    if _TASK_FORCE_WITH.search(norm[max(0, mention.start - 60) : mention.start]):
        return False  # "I'm on a joint task force with DEA and HSI": who the officer works with
    if _WAITS_ON_BEFORE.search(before) and _WAITS_ON_AFTER.match(norm, mention.end):
        return False  # "HSI wants him after the Marshals are done": the other agency's turn, told as time
    if _ONLY_PRESENT_AFTER.match(norm, mention.end, mention.end + 60):
        return False  # "the CBP officer was only riding along": there, but not asking
    if _IN_THE_NEWS_AFTER.match(norm, mention.end):
        return False  # "saw the ICE raid on Canal St on the news": told as news, nothing asked of us
    if _CONTACT_FROM.search(before):
        return True
    after = norm[mention.end : mention.end + 30]
    if re.search(r"\(\s*$", before) and _CASE_IN_BRACKETS.match(after):
        return False  # "felon in possession (ATF case)", "(DEA case, cocaine conspiracy)": whose case it is
    # ("two from the same FBI agent", "an email from an HSI agent": who the asks come from)
    if (
        _HISTORY_BEFORE.search(before)
        and not re.search(r"\bfrom\s+(?:the )?(?:same |that |this |one )?$", before)
        # ("a federal warrant out of the FBI for fraud": whose warrant it is, not where he has been)
        and not _PAPER_OUT_OF.search(norm, max(0, mention.start - 80), mention.start)
        and not (re.search(r"\bfrom\s+an? $", before) and _ONE_OF_THEIRS_AFTER.match(after))
        # ("following up on my q earlier about the FBI bank robbery records - the agent now wants"):
        # the request asked about before is the same agency's, asking again
        and not _MY_QUESTION_ABOUT_BEFORE.search(norm, max(0, mention.start - 40), mention.start)
    ):
        return False
    return not (_HISTORY_AFTER.search(after) and not re.search(r"^\s*(?:wants?|asks?|asked|says|said|has|sent)", after))


_MY_QUESTION_ABOUT_BEFORE = re.compile(
    r"\b(?:my|the|our) (?:q|question|ask|msg|message|post)(?: (?:earlier|from earlier|this morning|yesterday|before))? "
    r"(?:about|re|on) (?:the )?$"
)
_PAPER_OUT_OF = re.compile(
    r"\b(?:warrants?|detainers?|cases?|indictments?|complaints?)\b[^.;!?]{0,50} out of (?:the )?$"
)
_PAPER_KIND_AFTER = re.compile(r"\s*(?:violation|violator|vop)s? (?:warrants?|detainers?)\b")
_CASE_IN_BRACKETS = re.compile(r"\s*(?:case|investigation|matter|indictment|charges?)\s*[),;:]")
# ("an email from an HSI agent", "another one from a dhs.gov address": someone of theirs writing)
_ONE_OF_THEIRS_AFTER = re.compile(
    r"\s*(?:special )?(?:agent|officer|supervisor|investigator|analyst|deputy|sa|rep)\b|\.gov\b"
)
_ONLY_PRESENT_AFTER = re.compile(
    r"\s*(?:(?:officer|agent|guy|rep|supervisor)s? )?(?:was|were|is|are|'s) (?:only|just|simply|merely) "
    r"(?:riding along|along for the ride|tagging along|there|present|observing|watching|standing there|in the room)\b|"
    # "only ATF is asking now; DHS dropped off the thread": no longer asking
    r"\s*(?:has |have )?(?:dropped off|dropped out of|bowed out of|backed out of|left) (?:the |that |this )?"
    r"(?:thread|e-?mail|chain|call|request)\b"
)
_WAITS_ON_BEFORE = re.compile(r"\b(?:after|if|once|until|till|unless|when)\s+(?:the )?$")
_WAITS_ON_AFTER = re.compile(
    r"\s+(?:are |is )?(?:done|finished|through|(?:don't|doesn't|never) show|no-show)\b|"
    # "just let us know when the Marshals take him": the moment another's notice waits for
    r"\s+(?:take|takes|took|pick up|picks up|come for|comes for|get|gets|grab|grabs|collect|collects) "
    r"(?:him|her|them)\b"
)
_BACKING_UP_BEFORE = re.compile(
    r"\b(?:backing up|back up|backup for|supporting|support for|assisting|assisting with|helping with|covering for)\s+"
    r"(?:an? |the |their |some )?$"
)
_OPERATION_AFTER = re.compile(
    r"\s+(?:ero\s+|removal\s+|enforcement\s+|deportation\s+)*(?:removal|arrests?|operations?|ops?|raids?|sweeps?|"
    r"enforcement|pickups?|teams?|actions?)\b"
)
_AIM_FIELD_BEFORE = re.compile(
    r"\b(?:reason(?: given)?|purpose|stated purpose|why|aim|goal|what for|case type)\s*[:=-]\s*"
    r"['\"]?(?:the |an? |for )?$"
)
_FEARED_BEFORE = re.compile(
    r"\b(?:afraid|scared|worried|fear(?:s|ful|ed)?|terrified|nervous|panicking)\b "
    r"(?:[\w']+ ){0,2}(?:that |of |about )?(?:the )?$|"
    # "her ex threatened to call ICE on her": a threat against the victim, not an agency asking
    r"\b(?:threaten(?:s|ed|ing)?|threat) (?:to )?(?:call|report (?:her|him|them) to|get|send) (?:the )?$|"
    # "someone at the command is saying she 'assisted ICE'", "asked if we were 'helping DHS'": a charge
    # made against our officer, not an agency asking
    r"\b(?:saying|says|said|asked (?:if|whether)|accus\w+ (?:her|him|us|them) of|claim\w*|complain\w*) (?:that )?"
    r"(?:she|he|we|they|i|our [\w']+)? ?(?:was |were |is |are )?['\"]?"
    r"(?:assist|help|aid|cooperat|work)\w*(?: with| for)? ['\"]?$"
)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|going to|goes to|go to|sent to|send (?:him|her|them) to|hand(?:ed)? (?:him |her |them )?(?:over )?to|"
    r"turn(?:ed)? (?:him |her |them )?over to|transfer(?:red)? (?:him |her |them )?to|give (?:him|her|them) to|"
    # ("get them in front of ERO and removed": before the agency that decides, not one asking)
    r"end up with|released to|over to|into|in front of|before)\s+(?:the )?$"
)


# "give the same guy's rap sheet to HSI": records going to an agency make it a requester, not a destination
_RECORDS_SENT_BEFORE = re.compile(
    r"\b(?:rap sheets?|records?|reports?|files?|dd-?5s?|footage|videos?|photos?|info(?:rmation)?|data|address(?:es)?|"
    r"history|paperwork|copies|a copy|notes|statements?|intel|evidence|results|prints)\b"
    r"(?:(?!\b(?:him|her|them|guy|prisoner|perp|collar|body)\b).){0,40}$"
)


_PARTNER_ASKS = re.compile(
    r"\b(?:they|he|she|them|their (?:agents?|guys|people|case agent)|the (?:agents?|case agent))(?:'re| are| is)? "
    r"(?:want|wants|wanted|asked|asking|asks|need|needs|requested|requesting)\b"
)
_TASK_FORCE_WITH = re.compile(
    r"\btask ?force (?:with|w|alongside) (?:the )?(?:(?!(?:the|a|an|our|their|his|her)\b)[\w']+,? (?:and |& )?){0,3}$|"
    # "they're working the fentanyl supply line alongside DEA": the partner on their case
    r"\b(?:working|work|works|worked|running|investigating) (?:[\w'-]+ ){0,5}"
    r"(?:alongside|together with|jointly with) (?:the )?$"
)


# "someone from the feds also wants the 911 audio, didn't say what agency": the agency left
# unnamed later in the same sentence
AGENCY_NOT_GIVEN = re.compile(
    r"\b(?:didn't|didnt|did not|wouldn't|wouldnt|won't|never|doesn't|doesnt) "
    r"(?:say|said|give|gave|name|named|tell us|told us|tell me|told me|mention|mentioned|get|got|catch|caught|"
    r"write down|wrote down|note|noted|hear|heard) (?:what|which|the|an?|his|her|their) agency\b|"
    r"\bno agency(?: (?:given|named|stated|said|mentioned)\b|(?= or | and |[,.;)]|$))|"
    # "a man who identified himself only as a federal agent ... gave no agency"
    r"\b(?:gave|give|gives|giving|with|left) no (?:agency|name|badge|callback|call-back)\b|"
    r"\bidentified (?:himself|herself|themselves) only as\b"
)


def _member_unnamed(norm: str, mention: Mention) -> Mention:
    """ "JTTF. someone from the task force (didn't say which agency)": a task force has many member
    agencies, and which one asks was not said, so it is an unnamed federal agency, not its lead."""
    if (
        mention.agency is not Agency.FEDERAL
        and _TASK_FORCE_NAME.search(mention.words)
        and AGENCY_NOT_GIVEN.search(norm, mention.end)
    ):
        return replace(mention, agency=Agency.FEDERAL)
    return mention


_WHOSE_CASE = re.compile(
    r"\b(?:an?|the|their|its|in|on)\s+(?:(?:ongoing|open|active|pending|separate|old|existing)\s+)?$"
)
_VICTIM_BEFORE = re.compile(
    r"\b(?:assault(?:ed|ing)?|attack(?:ed|ing)?|punch(?:ed|ing)?|shot|shooting|stabb(?:ed|ing)|struck|hitting|threat(?:s|ened)?|"
    r"injur(?:ed|ing|y)|hurt|kill(?:ed|ing)|murder(?:ed)?)(?: (?:on|of|against|at|to))? "
    r"(?:a|an|the|two|three|several|some|an off-duty) (?:deputy |special |federal |off-duty )?$"
)
_OFFICER_AFTER = re.compile(r"\s+(?:officers?|agents?|special agents?|deput(?:y|ies)|employees?)\b")
_NAMES_AN_OFFICER = re.compile(r"\b(?:marshal|agent|officer)s?$")  # "the deputy marshal"
_PLAN_TO_PASS_BEFORE = re.compile(
    r"\b(?:the plan is|plans?|planning|intends?|intending|is going|are going|gonna) to "
    r"(?:hand|give|pass|send|turn over|share|forward)\b"
    r"[^.;]{0,40}\bto (?:the )?$"
)
_BECAUSE_BEFORE = re.compile(r"\b(?:because|bc|cause|cuz|since)\s+(?:the )?$")
_WANTS_HIM_AFTER = re.compile(
    r"\s+(?:agents? )?(?:wants?|needs?|is trying|are trying|plans?|is planning|would like|is looking|are looking) to "
    r"(?:pick|grab|take|deport|remove|arrest|get|detain|find|locate)\b|"
    # "bc 'ICE needs it for his removal case'": whose aim the ask serves
    r"\s+(?:agents? )?(?:wants?|needs?) (?:it|that|this|the info) for\b"
)
_SO_THAT_BEFORE = re.compile(r"\bso(?: that)?\s+(?:the )?$")
_CAN_AFTER = re.compile(r"\s+(?:agents?\s+)?(?:can|could|may|might|will|would|'ll|is able to|are able to)\b")
_CASE_AFTER = re.compile(r"\s+(?:case|investigation|matter|file)\b(?! (?:agent|officer)s?\b)")


_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+(?:an? |the )?")
_ICE_PARTS = frozenset({Agency.ICE_ERO, Agency.HSI, Agency.ICE})


def _either_or(norm: str, mentions: list[Mention]) -> list[Mention]:
    """ "an agent, ERO or HSI, I forget which": two names offered for one caller are one agency in
    doubt (ICE when both are ICE's, DHS when both are DHS's, else unnamed feds), where a DHS name
    is one of them (a DHS name decides what may be done, so the doubt must be asked about)."""
    pairs = [
        (first, second)
        for first, second in pairwise(mentions)
        if first.agency is not second.agency
        and {first.agency, second.agency} & DHS_FAMILY
        and _OR_BETWEEN.fullmatch(norm, first.end, second.start)
    ]
    joined = {id(m) for pair in pairs for m in pair}
    doubted = [
        Mention(
            first.start,
            second.end,
            Agency.ICE
            if {first.agency, second.agency} <= _ICE_PARTS
            else Agency.DHS
            if {first.agency, second.agency} <= DHS_FAMILY
            else Agency.FEDERAL,
            True,
            f"{first.words} or {second.words}".strip(),
        )
        for first, second in pairs
    ]
    return sorted([m for m in mentions if id(m) not in joined] + doubted, key=lambda m: m.start)


def requesting_mentions(norm: str) -> list[Mention]:
    """The agency mentions of those asking, in the order the message names them."""
    every_mention = _either_or(norm, [_member_unnamed(norm, m) for m in corrected(norm, _mentions(norm))])
    mentions = [m for m in every_mention if _is_requester(norm, m)]
    if not mentions:
        # "joint firearms task force with ATF - they want a list of the guns": when nobody else is
        # named, the partner is the one asking
        mentions = [
            m
            for m in every_mention
            if _TASK_FORCE_WITH.search(norm[max(0, m.start - 60) : m.start])
            and not is_negated(norm, m.start)
            and _PARTNER_ASKS.search(norm, m.end, m.end + 40)
        ]
    # An agency named only as where the person goes ("he's going to ICE after"), as one that may
    # ask some day ("ICE might want him eventually"), or as whose case it is ("HSI wants his photo,
    # subject of interest in an ongoing ERO case") is not asking, as long as another agency is.
    for aside in (
        [
            m
            for m in mentions
            if _DESTINATION_BEFORE.search(norm[max(0, m.start - 35) : m.start])
            and not _RECORDS_SENT_BEFORE.search(norm[max(0, m.start - 60) : m.start])
        ],
        [m for m in mentions if MAYBE_LATER.match(norm, m.end)],
        [
            m
            for m in mentions
            if _WHOSE_CASE.search(norm, max(0, m.start - 25), m.start) and _CASE_AFTER.match(norm, m.end)
        ],
        # "the FBI wants our report on the assault on a CBP officer": the agency the crime hurt (when
        # one outside its family asks: "ERO wants the reports" after "an assault on an ICE agent" may
        # be the same agency's request)
        [
            m
            for m in mentions
            if _VICTIM_BEFORE.search(norm, max(0, m.start - 30), m.start)
            and (_OFFICER_AFTER.match(norm, m.end) or _NAMES_AN_OFFICER.search(m.words))
            and any(o.agency is not m.agency and not {o.agency, m.agency} <= DHS_FAMILY for o in mentions)
        ],
        # "Marshals called: ... a federal probation violation warrant signed by an EDNY judge": a kind of paper
        [m for m in mentions if _PAPER_KIND_AFTER.match(norm, m.end, m.end + 40)],
        # "ATF wants the DD5s ... the plan is to hand the whole file to ERO after": the asking agency's
        # own next step, not a second requester
        [m for m in mentions if _PLAN_TO_PASS_BEFORE.search(norm, max(0, m.start - 70), m.start)],
        # "HSI wants his address, so ERO can serve removal papers", "ping him if the guy gets stopped,
        # bc ERO wants to pick him up": the aim the ask serves
        [
            m
            for m in mentions
            if (_SO_THAT_BEFORE.search(norm, max(0, m.start - 20), m.start) and _CAN_AFTER.match(norm, m.end))
            or (_BECAUSE_BEFORE.search(norm, max(0, m.start - 20), m.start) and _WANTS_HIM_AFTER.match(norm, m.end))
        ],
    ):
        if aside and len({m.agency for m in mentions} - {m.agency for m in aside}) >= 1:
            named_elsewhere = {m.agency for m in mentions if m not in aside}
            mentions = [m for m in mentions if m not in aside or m.agency in named_elsewhere]
    # "ERO asked to be told when the Marshals pick him up": that naming is the event ERO wants
    # word of, not the Marshals asking (their own ask, if any, is named elsewhere)
    in_the_event = [m for m in mentions if _EVENT_NOTICE_BEFORE.search(norm, max(0, m.start - 80), m.start)]
    if in_the_event and {m.agency for m in mentions} - {m.agency for m in in_the_event}:
        mentions = [m for m in mentions if m not in in_the_event]
    return mentions


_NO_ASKING_VERB = r"(?:(?!\b(?:wants?|wanted|asks?|asked|asking|needs?|requested|called|came|sent)\b)[^.;!?])"
_IN_THE_NEWS_AFTER = re.compile(
    # (no asking verb in its sentence: "ICE wants his address, the raid was all over the news" and "an
    # ICE officer who saw it on the news wants the clip" still ask)
    rf"{_NO_ASKING_VERB}{{0,60}}?\b(?:on|in|all over) (?:the )?(?:news|tv|twitter|internet|social media)\b"
    rf"{_NO_ASKING_VERB}*(?:[.;!?]|$)"
)
_EVENT_NOTICE_BEFORE = re.compile(
    rf"\b(?:{TOLD}|a heads[- ]?up|let (?:them|him|her|us) know|"
    r"tell (?:them|him|her|us)|call (?:them|him|her|us)) (?:when|once|before|as soon as|the minute) (?:the )?$|"
    # "HSI wants a call when we release him to ATF": the agency he goes to, in the event told of
    r"\b(?:told|notified|a call|a heads[- ]?up|a text|word|notice) (?:when|once|before|as soon as) [^.;!?]{0,30}\b"
    r"(?:releases?|released|hands?|handed|turns?|turned|gives?) (?:him|her|them) (?:over )?to (?:the )?$"
)
