"""Purpose: the requesting agency's own stated aim. The NYPD's charge, a past case or the
person's record is never it; a doubted, denied or unstated aim stays unknown."""

from __future__ import annotations

import re

from bot.facts.aim_doubt import (
    NOT_SETTLED_AFTER,
    UNSURE_AFTER,
    WHAT_SMUGGLED,
    doubted_explicit,
    expected_outcome,
    first_match,
    foreseen_beside_a_case,
    in_record,
    one_of_aims_offered,
    removal_foreseen,
    removal_guessed,
    removal_if_charges_fail,
)
from bot.facts.asks import DOES_STATUS_MATTER
from bot.facts.criminal import criminal_cue, names_a_record
from bot.facts.lexicon import (
    CIVIL_STRONG,
    CIVIL_WEAK,
    CRIME_TERMS,
    CRIMINAL_DENIED,
    CRIMINAL_EXPLICIT,
    ICE_ARREST_SCENE,
    IMMIGRATION_CRIME,
)
from bot.facts.lexicon.purpose import STATUS_BELIEVED
from bot.facts.lexicon.purpose_criminal import (
    AGENCYS_CASE,
    AN_AIM_OF_THEIR_OWN,
    CASE_MENTION,
    CHARGED_FEDERALLY,
    GANG_RECORD,
    NOT_A_CRIMINAL_AIM,
    OUR_OPERATION_BEFORE,
    OUR_OR_MY_BEFORE,
    SAME_TEAM_OR_CASE,
    THEIR_OWN_CASE,
    THEIR_PROSECUTION,
    VAGUE_CASE,
)
from bot.facts.lexicon.purpose_unsaid import (
    AIM_PUT_OFF,
    AIM_TAKEN_BACK,
    MAYBE_CIVIL,
    PURPOSE_UNSTATED,
    REASON_WORDS,
    THEIR_CASE_UNSAID,
    TURN,
    WHAT_CASE,
    WHICH_AGENT,
)
from bot.facts.lexicon.warrant import CHARGES_CONSIDERED
from bot.facts.model import Agency, Ask, Purpose, Source
from bot.facts.spans import (
    ADMIN,
    CRIMINAL_AGENCIES,
    DETAINER,
    DHS_FAMILY,
    ICE_DETAINER_FORM,
    JUDICIAL,
    NO_IMMIGRATION_CRIMES,
    sentence_bounds,
    sentence_of,
)
from bot.facts.text import AGENCY_NAMES, Clause, Text, clauses, is_doubted, is_negated

# "HSI child exploitation unit", "ICE's gang group": the crime names the agency's own unit
_AGENCY_NAMED_BEFORE = re.compile(
    r"\b(?:hsi|ice|cbp|dhs|homeland security(?: investigations)?)(?:'s)? (?:(?:criminal|special|joint) )?$"
)
_SPACE_FOR_A_UNIT = frozenset({Ask.OFFICE_SPACE, Ask.STAGING_ON_PROPERTY})
_JOINED_IN_OUR_HOUSE = frozenset({Ask.JOINT_INVESTIGATION, Ask.ACCESS_PREMISES, Ask.ACCESS_PRISONER})


def read_purpose(
    text: Text,
    scope: list[Clause],
    agency: Agency,
    asks: set[Ask],
    evidence: dict[str, str],
    sources: dict[str, Source],
) -> Purpose:
    norm = text.norm

    def found(value: Purpose, start: int, end: int, hedged: bool = False) -> Purpose:
        evidence["purpose"] = text.words(start, end)
        sources["purpose"] = Source.HEDGED if hedged else Source.STATED
        return Purpose.UNKNOWN if hedged else value

    # "first said it's for a fraud case, then took it back", "he wouldn't confirm that": an aim
    # withdrawn after it was given; what the officer says last stands
    taken_back = first_match(AIM_TAKEN_BACK, norm, scope, negated_ok=True)
    crime = first_match(IMMIGRATION_CRIME, norm, scope, skip=in_record)
    if crime is not None and taken_back is not None and taken_back[0] > crime[0]:
        return found(Purpose.UNKNOWN, *taken_back)
    if crime is not None and "smuggl" in norm[crime[0] : crime[1]] and (what := WHAT_SMUGGLED.search(norm)):
        return found(Purpose.UNKNOWN, crime[0], max(crime[1], what.end()), hedged=True)  # people or goods
    if crime is not None:
        return found(Purpose.IMMIGRATION_CRIME, *crime)
    if (fallback := removal_if_charges_fail(norm, scope)) is not None:
        return found(Purpose.MIXED, *fallback)
    civil = first_match(CIVIL_STRONG, norm, scope, skip=one_of_aims_offered)
    if civil is not None and DOES_STATUS_MATTER.search(sentence_of(norm, *civil)):
        civil = None  # "do I need to check his immigration status first?": the officer's question
    cue = criminal_cue(norm, scope, agency=agency)
    denied = first_match(CRIMINAL_DENIED, norm, scope, negated_ok=True)
    if denied is not None and first_match(CHARGES_CONSIDERED, norm, scope) is not None:
        denied = None  # "no charges filed, they say charges are being considered": a case weighed, not denied
    if denied is not None and cue is not None and cue[0] >= denied[0] and cue[1] <= denied[1] + 40:
        cue = None
    aim_denied = first_match(NOT_A_CRIMINAL_AIM, norm, scope, negated_ok=True) if cue is not None else None
    if aim_denied and cue and (cue[0] < aim_denied[0] or not CRIMINAL_EXPLICIT.search(norm, cue[0], cue[1])):
        cue, denied = None, denied or aim_denied  # the officer's "not a criminal case" over a crime word
    if cue is not None and scope and _CASE_ANSWERED_NO.search(norm, scope[0].start, scope[-1].end):
        cue = None  # "me: you have a criminal case on him? him: no": asked outright, whatever was said before
    criminal = (cue[0], cue[1]) if cue else None
    if civil is not None and criminal is not None and GANG_RECORD.match(norm, criminal[0]):
        criminal = None  # "for their removal cases (gang label helps them in immigration court)": a label, no case
    weak_criminal = bool(cue and cue[2])
    doubted_aim = doubted_explicit(norm, scope)
    if criminal is not None and doubted_aim is not None and not CRIMINAL_EXPLICIT.search(norm, *criminal):
        # "might be for a criminal case, might not": the aim itself is in doubt, whatever crime is named
        return found(Purpose.UNKNOWN, *doubted_aim, hedged=True)
    unstated = first_match(PURPOSE_UNSTATED, norm, scope, negated_ok=True)
    their_unsaid = first_match(THEIR_CASE_UNSAID, norm, scope, negated_ok=True)
    if (
        criminal is not None
        and their_unsaid is not None
        and not re.search(r"\b(?:their|its)\b", norm[max(0, criminal[0] - 25) : criminal[1]])
    ):
        # "wants the video canvass (same homicide), wouldn't say what case theirs is": the crime is
        # ours; the officer says the agency's own case is unknown
        return found(Purpose.UNKNOWN, *their_unsaid)
    put_off = AIM_PUT_OFF.search(norm, scope[0].start, scope[-1].end) if scope else None  # (across "and")
    if criminal is not None and put_off is not None and put_off.start() > criminal[1]:
        # "the HSI child exploitation task force ... I asked what case and he said he'd tell me
        # later": the unit's line of work is not this request's aim, and the aim was put off
        return found(Purpose.UNKNOWN, *put_off.span())
    if (
        criminal is not None
        and unstated is not None
        and unstated[0] > criminal[1]
        and WHAT_CASE.search(norm, *unstated)
        and not CRIME_TERMS.search(norm, *criminal)
    ):
        # "wants our team in their wire room, didn't say which agency or what case": the setting
        # tells what kind of work it is; the officer says no case was named
        return found(Purpose.UNKNOWN, *unstated)
    if criminal is not None and unstated is not None and names_a_record(norm, criminal):
        # "the complaint report on a robbery from March, didn't say why": the crime is what the
        # record is about; why they want it is what the officer says is unknown
        return found(Purpose.UNKNOWN, *unstated)
    if (
        criminal is not None
        and civil is None
        and unstated is not None
        and unstated[0] > criminal[1]
        # ("didn't say what case it's for or why he wants them": the reason left unsaid, to the sentence's end)
        and REASON_WORDS.search(norm, unstated[0], sentence_bounds(norm, *unstated)[1]) is not None
        # (a case the agency itself was said to have stays its aim: "HSI has a fraud case on him"; a DHS
        # agent asking for our reports "on the crew from the January shooting" names our crime, not theirs)
        and not any(
            c.start <= criminal[0] < c.end
            and re.search(rf"\b{AGENCY_NAMES}\b", c.text)
            and (agency not in DHS_FAMILY or re.search(r"\b(?:case|investigation|probe)\b", c.text))
            for c in scope
        )
        and sentence_of(norm, *criminal) != sentence_of(norm, *unstated)
        and not CRIMINAL_EXPLICIT.search(norm, *criminal)
    ):
        # "2 asks on the same shooting case: ... ICE: 'what address do you have for him' no reason
        # given": the officer's word on this request outweighs a case named earlier in the message
        return found(Purpose.UNKNOWN, *unstated)
    if criminal is not None and civil is None and taken_back is not None and taken_back[0] > criminal[0]:
        return found(Purpose.UNKNOWN, *taken_back)  # the crime was their aim until they took it back
    if (
        criminal is not None
        and civil is None
        and unstated is not None
        and (
            # "said it's for a fugitive warrant - wait, he just called back: ... won't say why"
            (unstated[0] > criminal[0] and TURN.search(norm, criminal[0], unstated[0]))
            # "ride w our narcotics team on a buy-and-bust, didn't say what it's for": the crime is
            # our own operation; why the agency wants in is what the officer says is unknown
            or OUR_OPERATION_BEFORE.search(norm[max(0, criminal[0] - 60) : criminal[0]])
        )
    ):
        return found(Purpose.UNKNOWN, *unstated)
    if criminal is not None and unstated is not None and VAGUE_CASE.fullmatch(norm[criminal[0] : criminal[1]]):
        # "they wouldn't say what it's about, just that it's a federal case": no aim was given
        return found(Purpose.UNKNOWN, *unstated, hedged=True)
    if (
        agency in DHS_FAMILY
        and civil is None
        and criminal is not None
        and names_a_record(norm, criminal, served=False)
        and not any(
            CRIMINAL_EXPLICIT.search(norm, c.start, c.end)
            # ("no case or reason given" names none; "probably for a gang case" is no aim given)
            or any(
                not is_negated(norm, m.start()) and not is_doubted(norm, m.start(), m.end())
                for m in AN_AIM_OF_THEIR_OWN.finditer(norm, c.start, c.end)
            )
            for c in scope
        )
    ):
        # "a woman with 'DHS' asked for the DD-5s on last weekend's stabbing": the crime says which
        # of our records; what a DHS agency wants them for is not said
        return found(Purpose.UNKNOWN, *criminal)
    removal_arm = agency is Agency.ICE_ERO
    if civil is None and criminal is not None and weak_criminal and (foreseen := removal_foreseen(norm, scope)):
        # "the trafficking task force ... realistically the end game is getting the workers removed"
        return found(Purpose.MIXED, min(criminal[0], foreseen[0]), max(criminal[1], foreseen[1]))
    if civil is None and criminal is not None and not weak_criminal:
        civil = expected_outcome(norm, scope)  # "framed as trafficking, but most will probably be removed"
        # "a criminal trafficking matter, and maybe immigration too": removal left open beside the crime
        maybe = None if civil else first_match(MAYBE_CIVIL, norm, scope, negated_ok=True)
        if maybe is not None and (unsure := UNSURE_AFTER.search(norm, maybe[1], sentence_bounds(norm, *maybe)[1])):
            # "mostly a drug thing, maybe some immigration stuff too, I'm not sure yet": neither aim settled
            return found(Purpose.UNKNOWN, maybe[0], unsure.end(), hedged=True)
        civil = civil or maybe
        if civil is None and (guessed := removal_guessed(norm, scope)) is not None:
            # "their heroin case, i think they want him deported too": removal in doubt beside the
            # crime leaves the aim unsettled; a doubted removal never lets the crime permit alone
            return found(Purpose.UNKNOWN, *guessed, hedged=True)
    if (
        civil is not None
        and criminal is not None
        and WHICH_AGENT.search(norm, max(0, criminal[0] - 40), criminal[1] + 20)
        and civil[0] > criminal[1]
    ):
        # "same DEA agent from the fentanyl OD case now wants her address, says ICE wants her for
        # removal": the case says which agent it is; the aim this ask serves is the removal
        return found(Purpose.CIVIL_IMMIGRATION, *civil)
    if (
        civil is not None
        and criminal is not None
        and agency in DHS_FAMILY
        and names_a_record(norm, criminal, served=False)
        and not any(
            CRIMINAL_EXPLICIT.search(norm, c.start, c.end) or THEIR_OWN_CASE.search(norm, c.start, c.end) for c in scope
        )
    ):
        criminal = None  # "the complaint report from the Dec 1 assault, for their removal case": which record
    if civil is not None and criminal is not None and not weak_criminal:
        start, end = min(civil[0], criminal[0]), max(civil[1], criminal[1])
        # "kind of an immigration thing, kind of a gang thing, we're not sure yet": neither aim settled
        unsure = UNSURE_AFTER.search(norm, end, sentence_bounds(norm, start, end)[1])
        return found(Purpose.UNKNOWN, start, unsure.end(), hedged=True) if unsure else found(Purpose.MIXED, start, end)
    if removal_arm and criminal is not None and not weak_criminal:
        # ERO is the civil removal arm: its involvement in a "criminal" request blurs the purpose.
        return found(Purpose.MIXED, *criminal)
    if civil is not None and criminal is None and foreseen_beside_a_case(norm, civil, scope):
        return found(Purpose.MIXED, *civil)
    if civil is not None:
        # "kind of a trafficking thing, kind of an immigration thing, they're not sure yet"
        if unsettled := NOT_SETTLED_AFTER.search(norm, civil[1], sentence_bounds(norm, *civil)[1]):
            return found(Purpose.UNKNOWN, civil[0], unsettled.end(), hedged=True)
        return found(Purpose.CIVIL_IMMIGRATION, *civil)
    if criminal is not None and weak_criminal and (maybe := first_match(MAYBE_CIVIL, norm, scope, negated_ok=True)):
        # "the guy we arrested for card skimmers ... he said 'might be an immigration thing'": our
        # charge says which records; the agent's own word leaves the aim open
        return found(Purpose.UNKNOWN, maybe[0], maybe[1], hedged=True)
    if criminal is not None and (not weak_criminal or agency in CRIMINAL_AGENCIES):
        return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
    ours = criminal is not None and OUR_OR_MY_BEFORE.search(norm[max(0, criminal[0] - 20) : criminal[0]])
    if (
        criminal is not None
        and weak_criminal
        and not removal_arm
        and not ours
        and Ask.JOINT_INVESTIGATION in asks
        and asks <= _JOINED_IN_OUR_HOUSE  # an interview it joins in our house
        and unstated is None  # ("I'm on the HSI gang task force ... nobody's told me what the op is")
    ):
        # "cases on the HSI child exploitation task force": that unit's joint work ("our gang unit" is ours)
        return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
    if criminal is not None and weak_criminal and not removal_arm and asks & _SPACE_FOR_A_UNIT:
        # "run their child exploitation unit out of our room": the space serves that unit's work
        return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
    if unstated is not None and not removal_arm:
        # "they didn't say what for": the officer tells us the purpose is unknown, so none is
        # presumed; ERO, the removal arm, stays presumed civil (a presumption refuses, never permits)
        return found(Purpose.UNKNOWN, *unstated)
    if criminal is not None and not removal_arm:
        # only the unit's name ("our gang task force"): what the team works on. With the case
        # named as the reason ("for the case we're working") it is that unit's criminal case.
        case = first_match(CASE_MENTION, norm, scope)
        if case is not None:
            return found(Purpose.CRIMINAL_INVESTIGATION, min(criminal[0], case[0]), max(criminal[1], case[1]))
        if (
            agency in DHS_FAMILY
            and not ours
            and _AGENCY_NAMED_BEFORE.search(norm[max(0, criminal[0] - 40) : criminal[0]])
        ):
            # "HSI child exploitation unit wants the 911 call": the unit's line of work, presumed as
            # the table presumes from an agency; it can route the request (R4d, R3d, R12) but
            # never carry a permission
            evidence["purpose"] = text.words(*criminal)
            sources["purpose"] = Source.PRESUMED
            return Purpose.CRIMINAL_INVESTIGATION
        return found(Purpose.UNKNOWN, *criminal, hedged=True)
    if asks and asks <= {Ask.PUBLIC_SAFETY_RESPONSE}:
        return Purpose.PUBLIC_SAFETY
    same = first_match(SAME_TEAM_OR_CASE, norm, scope)
    if same is not None and not removal_arm and unstated is None:
        # "ATF wants ... for a gun trafficking case. An HSI agent on the same task force wants ...":
        # the case named before is the one this agent works; presumed, so it routes but never permits
        before = [c for c in clauses(norm) if c.end <= same[0]]
        earlier = criminal_cue(norm, before, agency=agency) if before else None
        if earlier is not None and not earlier[2]:
            evidence["purpose"] = text.words(same[0], same[1])
            sources["purpose"] = Source.PRESUMED
            return Purpose.CRIMINAL_INVESTIGATION
    weak = first_match(CIVIL_WEAK, norm, scope) or first_match(STATUS_BELIEVED, norm, scope, negated_ok=True)
    if (
        weak is not None
        and agency is Agency.HSI
        and _ARREST_ONLY.match(norm, weak[0])
        and _judge_signed_in(norm, scope)
    ):
        # "HSI has a warrant signed by Magistrate Judge Parker ... so they can grab him after
        # court": ICE's criminal arm carrying out a judge's warrant, not a sign of removal work
        weak = None
    if weak is not None and unstated is not None:
        # "ERO grabbing a guy ... don't know what it's for": the officer says the aim is unknown; what
        # the agents are seen doing is a guess at it
        return found(Purpose.UNKNOWN, *unstated)
    if weak is not None and (agency in DHS_FAMILY or agency in (Agency.FEDERAL, Agency.OTHER_FEDERAL)):
        return found(Purpose.CIVIL_IMMIGRATION, *weak)
    scene = first_match(ICE_ARREST_SCENE, norm, scope)
    if scene is not None and agency in DHS_FAMILY - {Agency.HSI}:
        return found(Purpose.CIVIL_IMMIGRATION, *scene)
    doubted_criminal = criminal_cue(norm, scope, allow_doubt=True, agency=agency)
    if doubted_criminal is not None:
        return found(Purpose.UNKNOWN, doubted_criminal[0], doubted_criminal[1], hedged=True)
    if denied is not None:
        # "no criminal charges at all": the officer says there is no criminal purpose, so
        # none is presumed from the agency either; ERO's, with no crime, is its civil removal work
        return found(Purpose.CIVIL_IMMIGRATION if agency is Agency.ICE_ERO else Purpose.UNKNOWN, *denied)
    if agency in NO_IMMIGRATION_CRIMES:
        # The FBI, DEA and ATF have no civil immigration work: "DEA wants the footage, their case" is
        # a criminal case though the crime is not named, and "FBI wants the DD5s on our robbery
        # pattern" wants them for that crime (what the records are about is their case too)
        case = (
            first_match(AGENCYS_CASE, norm, scope)
            or first_match(CRIME_TERMS, norm, scope, skip=in_record)
            or first_match(THEIR_PROSECUTION, norm, scope)
        )
        if case is not None and unstated is not None and unstated[0] > case[0]:
            # "a flag on a guy ... 'I'm not sure what they want him for'. I do these for terrorism
            # cases all the time": the officer says this request's aim is not known
            return found(Purpose.UNKNOWN, *unstated)
        if case is not None:
            return found(Purpose.CRIMINAL_INVESTIGATION, *case)
    charged = first_match(CHARGED_FEDERALLY, norm, scope) if agency in (Agency.FEDERAL, Agency.OTHER_FEDERAL) else None
    if charged is not None:
        # "the feds are thinking about charging my guy federally": a federal prosecution is their aim
        return found(Purpose.CRIMINAL_INVESTIGATION, *charged)
    paper = first_match(ADMIN, norm, scope) or first_match(DETAINER, norm, scope)
    if paper is not None and agency is Agency.FEDERAL and not ADMIN.search(norm) and not ICE_DETAINER_FORM.search(norm):
        # "the feds lodged a detainer": the FBI and the Marshals lodge detainers too; which
        # agency, and on what, is what to ask
        return found(Purpose.UNKNOWN, *paper, hedged=True)
    if paper is not None and agency in DHS_FAMILY | {Agency.FEDERAL, Agency.UNKNOWN}:
        # an I-200, I-205 or detainer is civil immigration paperwork: the operation it serves is civil
        return found(Purpose.CIVIL_IMMIGRATION, *paper)
    return Purpose.UNKNOWN


# a chat across clauses: "me: you have a criminal case on him? him: no, he has a final removal order"
_CASE_ANSWERED_NO = re.compile(
    r"\bcriminal (?:case|charges?|investigation|matter)(?: (?:on|against) (?:him|her|them))?\? (?:him|her|agent|they|he|she|ero|ice|hsi|cbp): no\b"
)
_ARREST_ONLY = re.compile(r"(?:grab|grabbing|grabbed|pick|picking|scoop|to encounter|encounter)\b")


def _judge_signed_in(norm: str, scope: list[Clause]) -> bool:
    """Whether the request names a warrant a judge signed, said plainly (not denied, not doubted)."""
    return any(
        not is_negated(norm, m.start()) and not is_doubted(norm, m.start(), m.end())
        for clause in scope
        for m in JUDICIAL.finditer(norm, clause.start, clause.end)
    )
