"""The facts reader on the way officers type: abbreviations, typos, negations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.facts.extract import FactsReader
from bot.facts.model import Agency, Ask, Conviction, Purpose, Source, Tri, Warrant
from bot.facts.record import load_offenses

OFFENSES = Path(__file__).resolve().parent.parent / "knowledge" / "offenses.yaml"


@pytest.fixture(scope="module")
def reader() -> FactsReader:
    return FactsReader(load_offenses(OFFENSES), lambda: dt.date(2026, 11, 23))


@pytest.mark.parametrize(
    "text,agency",
    [
        ("ERO officer at the desk", Agency.ICE_ERO),
        ("ice deportation officer emailed me", Agency.ICE_ERO),
        ("HSI guys on the TF", Agency.HSI),
        ("CBP wants a ride along", Agency.CBP),
        ("border patrol agents", Agency.CBP),
        ("USMS fugitive task force", Agency.USMS),
        ("the marshals want help", Agency.USMS),
        ("JTTF det here", Agency.FBI),
        ("homeland security agent at the desk", Agency.DHS),
        ("Fed agent from DHS asked me", Agency.DHS),
        ("two feds showed up", Agency.FEDERAL),
        ("my sergeant asked a question", Agency.UNKNOWN),
    ],
)
def test_agency(reader: FactsReader, text: str, agency: Agency) -> None:
    assert reader.read(text).agency is agency


@pytest.mark.parametrize(
    "text,agency",
    [
        ("an agent from ERO or HSI, I forget which, wants our arrest report", Agency.ICE),
        ("ICE or CBP wants his address", Agency.DHS),
        ("the caller was FBI or HSI, the desk isn't sure, and wants the report", Agency.FEDERAL),
    ],
)
def test_two_agencies_offered_for_one_caller_are_one_agency_in_doubt(
    reader: FactsReader, text: str, agency: Agency
) -> None:
    requests = reader.read_message(text)
    assert [facts.agency for facts in requests] == [agency]
    assert requests[0].sources["agency"] is Source.HEDGED


@pytest.mark.parametrize(
    "text,warrant",
    [
        ("ICE sent an I-247A, no judge signed anything", Warrant.DETAINER_ONLY),
        ("i247a detainer only", Warrant.DETAINER_ONLY),
        ("detainer plus some kind of warrant attached", Warrant.UNKNOWN),
        ("ICE has an I-200", Warrant.ADMINISTRATIVE),
        ("they have an admin warrant (I-205)", Warrant.ADMINISTRATIVE),
        ("ICE has a judge-signed warrant", Warrant.JUDICIAL_IMMIGRATION),
        ("warrant signed by a federal magistrate judge from ICE", Warrant.JUDICIAL_IMMIGRATION),
        ("ICE has a judical warrent", Warrant.JUDICIAL_IMMIGRATION),  # typos
        ("it is not a judicial warrant, ICE signed it", Warrant.ADMINISTRATIVE),
        ("FBI has a federal arrest warrant for bank robbery", Warrant.JUDICIAL_CRIMINAL),
        ("ICE faxed a 'warrant'", Warrant.UNKNOWN),
        ("FBI wants him, they dont have a warrant yet", Warrant.NONE),
        ("ICE wants to hold him", Warrant.UNKNOWN),
    ],
)
def test_warrant(reader: FactsReader, text: str, warrant: Warrant) -> None:
    assert reader.read(text).warrant is warrant


@pytest.mark.parametrize(
    "text,conviction",
    [
        ("he has a 2023 robbery 2 conviction", Conviction.QUALIFYING_WITHIN_5Y),
        ("convicted of burglary 2nd in 2012", Conviction.QUALIFYING_OLDER_THAN_5Y),
        # with the prison time set aside, the count runs from release: 2016 + 8 years may come inside,
        # 2012 + 8 years cannot (the line is 30 Nov 2021)
        ("convicted of manslaughter 1st in 2016, did 8 years upstate", Conviction.QUALIFYING_INCARCERATION_ADJUSTED),
        ("convicted of burglary 1st in 2012, did 8 years upstate", Conviction.QUALIFYING_OLDER_THAN_5Y),
        # "Att." is an abbreviation, not the end of a sentence: the attempt is seen
        ("Prisoner's sheet: Att. Rob 2, 2023. TSC negative.", Conviction.UNKNOWN),
        ("convicted of burglary in 2012", Conviction.QUALIFYING_OLDER_THAN_5Y),  # old whatever the degree
        ("only prior is a 2022 petit larceny conviction", Conviction.NON_QUALIFYING),
        ("no convictions", Conviction.NONE),
        ("2022 robbery conviction out of Florida", Conviction.OUT_OF_STATE_UNVERIFIED),
        ("youthful offender adjudication for robbery", Conviction.YOUTHFUL_OFFENDER_ADJUDICATION),
        ("has a manslaughter conviction", Conviction.QUALIFYING_DATE_UNKNOWN),
        ("convicted of robbery 2nd in 2021", Conviction.QUALIFYING_DATE_UNKNOWN),  # on the five-year line: ask
        ("rap sheet just says robbery 2023, no degree listed", Conviction.UNKNOWN),
        ("havent pulled his record yet", Conviction.UNKNOWN),
        ("convicted of something in 2024", Conviction.UNKNOWN),
        # the record restated, or pled down: what he pleaded to is the conviction
        (
            "arrested for assault 2 in 2024, he was convicted, well, he pleaded to assault 3 in the end",
            Conviction.NON_QUALIFYING,
        ),
        ("he pleaded down from robbery 2 to petit larceny in 2023", Conviction.NON_QUALIFYING),
        # the year said in the next sentence dates the offence named before
        ("robbery 2 on his sheet. he was convicted as an adult in 2023", Conviction.QUALIFYING_WITHIN_5Y),
    ],
)
def test_conviction(reader: FactsReader, text: str, conviction: Conviction) -> None:
    assert reader.read(text).conviction is conviction


@pytest.mark.parametrize(
    "text,asks",
    [
        ("can we hold him past release", {Ask.HOLD}),
        ("ICE wants us to hold someone", {Ask.HOLD}),
        ("can we detain a man for the feds", {Ask.STOP_OR_ARREST}),  # on the street: R1b
        ("can we turn him over to the agents", {Ask.TRANSFER_CUSTODY}),
        ("what time is he getting released", {Ask.NOTIFY_RELEASE}),
        ("they want his DAT court date", {Ask.SHARE_CUSTODY_OR_COURT_INFO}),
        ("ping me anytime one of them gets stopped", {Ask.MONITORING_ALERT}),
        ("could we sign a 287(g) agreement", {Ask.DEPUTIZATION_287G}),
        ("use our back lot to stage their vans", {Ask.STAGING_ON_PROPERTY}),
        ("2 RMPs for traffic control", {Ask.OPERATIONAL_SUPPORT}),
        ("wants 10 min with a prisoner in our holding cell", {Ask.ACCESS_PRISONER}),
        ("ICE wants to pick up a guy we collared for a bar fight", {Ask.TRANSFER_CUSTODY}),
        ("they want to grab her at court. so they want the date", {Ask.SHARE_CUSTODY_OR_COURT_INFO}),
        ("CBP, footage from the Jamaica station, smuggling case. ok to send?", {Ask.SHARE_RECORDS}),
        ("can a couple of our cops join ICE's task force model for the OT?", {Ask.DEPUTIZATION_287G}),
    ],
)
def test_asks(reader: FactsReader, text: str, asks: set[Ask]) -> None:
    assert asks <= reader.read(text).asks


def test_her_before_a_noun_is_whose_not_whom(reader: FactsReader) -> None:
    assert reader.read("DHS wants her court date").asks == {Ask.SHARE_CUSTODY_OR_COURT_INFO}
    assert reader.read("ICE wants her when she's released").asks == {Ask.TRANSFER_CUSTODY}


def test_a_closing_hand_over_is_the_person_not_the_record_named_before(reader: FactsReader) -> None:
    asks = reader.read(
        "federal judge signed ICE's warrant. rap sheet shows a robbery conviction. ok to hand over?"
    ).asks
    assert Ask.SHARE_RECORDS not in asks


def test_dictated_words_are_evidence_whole(reader: FactsReader) -> None:
    # letters said one by one are one agency, quoted whole; a name the phone misheard is quoted as heard
    facts = reader.read("F B I J T T F agent wants our arrest report for their terrorism financing case")
    assert facts.agency is Agency.FBI and facts.evidence["agency"] == "F B I"
    facts = reader.read("ice arrow wants him held, he had a robbery in twenty nineteen")
    assert facts.agency is Agency.ICE_ERO and facts.evidence["agency"] == "ice arrow"
    assert not any(value.startswith("rrow") for value in facts.evidence.values())  # never from mid-word


def test_quoted_agent_words_are_read_from_the_agency_side_and_quoted_as_written(reader: FactsReader) -> None:
    text = '> HSI SA Reyes: "For our child exploitation investigation, please send the 911 audio from 11/3."\nsend?'
    facts = reader.read(text)
    assert facts.purpose is Purpose.CRIMINAL_INVESTIGATION  # "our" is HSI's, not the NYPD's own case
    assert facts.evidence["purpose"] == "child exploitation investigation"  # the words as written
    # the same words as the officer's own: the case is the NYPD's, so HSI's purpose is not stated
    assert reader.read("For our child exploitation investigation, HSI wants the 911 audio. send?").purpose is not (
        Purpose.CRIMINAL_INVESTIGATION
    )


def test_the_bots_pasted_answer_is_never_read_as_a_fact(reader: FactsReader) -> None:
    pasted = "> q: HSI wants our footage\n> bot: needs info - what case, any removal purpose?\n"
    facts = reader.read(pasted + "they haven't said yet")
    assert facts.purpose is Purpose.UNKNOWN  # "removal purpose" is the bot's question, not HSI's aim
    assert all("removal" not in words for words in facts.evidence.values())
    assert reader.read(pasted + "HSI says it's for their removal case").purpose is Purpose.CIVIL_IMMIGRATION


def test_the_writers_unit_heading_the_message_is_not_the_agencys_purpose(reader: FactsReader) -> None:
    assert reader.read("bx narco. HSI wants our team on a joint op next week. go?").purpose is Purpose.UNKNOWN
    assert reader.read("HSI wants our team on a joint op next week for their narcotics case. go?").purpose is (
        Purpose.CRIMINAL_INVESTIGATION
    )


def test_negated_purpose_and_evidence(reader: FactsReader) -> None:
    facts = reader.read("HSI wants alerts on them. its for our criminal case on the shootings, not immigration")
    assert facts.purpose is Purpose.CRIMINAL_INVESTIGATION
    assert "criminal case" in facts.evidence["purpose"]
    assert facts.evidence["asks.monitoring_alert"] == "alerts on them"


def test_gang_membership_alone_is_not_a_criminal_purpose(reader: FactsReader) -> None:
    assert reader.read("HSI wants a list of 12 suspected MS-13 members").purpose is Purpose.UNKNOWN


def test_tsdb_negation(reader: FactsReader) -> None:
    assert reader.read("possible match on the terrorist screening database").tsdb_match is Tri.YES
    assert reader.read("no terror watchlist hit").tsdb_match is Tri.NO
    assert reader.read("possible TSDB match").asks == frozenset()


def test_off_topic(reader: FactsReader) -> None:
    assert reader.read("how do i fight a parking ticket").off_topic
    assert reader.read("hello? is this thing on").off_topic
    assert not reader.read("ICE wants to hold him").off_topic


def test_victim_versus_suspect_status_questions(reader: FactsReader) -> None:
    victim = reader.read("robbery victim, can my partner ask if shes here legally?")
    assert Ask.INQUIRE_STATUS_VICTIM_WITNESS in victim.asks and victim.agency is Agency.NONE
    suspect = reader.read("working an ID theft case, can I ask him about his immigration status?")
    assert Ask.INQUIRE_STATUS_SUSPECT in suspect.asks
    assert suspect.purpose is Purpose.CRIMINAL_INVESTIGATION


@pytest.mark.parametrize(
    "text,value",
    [
        ("dont know about any watchlist", Tri.UNKNOWN),
        ("not sure if he is on the terror watchlist", Tri.UNKNOWN),
        ("tsdb check pending", Tri.UNKNOWN),
        ("tsdb came back negative", Tri.NO),
        ("he is flagged on the TSDB", Tri.YES),
    ],
)
def test_tsdb_doubt_is_never_a_match(reader: FactsReader, text: str, value: Tri) -> None:
    assert reader.read(text).tsdb_match is value


def test_inflections_are_not_typo_corrected(reader: FactsReader) -> None:
    facts = reader.read("ICE agents are being assaulted outside a building in our sector, do we go?")
    assert facts.asks == {Ask.PUBLIC_SAFETY_RESPONSE}


def test_the_persons_record_is_not_the_requests_purpose(reader: FactsReader) -> None:
    """A robbery conviction does not turn an ICE warrant into a criminal one (a false permit once)."""
    facts = reader.read("magistrate judge signed warrant for ICE, prior conviction is robbery 2nd, not sure what year")
    assert facts.purpose is Purpose.UNKNOWN
    assert facts.warrant is Warrant.JUDICIAL_IMMIGRATION
    assert facts.conviction is Conviction.QUALIFYING_DATE_UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "not sure if a judge signed it, he has a 2024 robbery conviction. can we hold him for ICE",
        "ICE says they have a judicial warrant i think? he has a 2024 robbery conviction, can we transfer him",
        "if a judge signed the ICE warrant and he has a 2023 burglary conviction can we hold him",
        "maybe TSDB match? judge signed ICE warrant, no convictions. hold?",
        "judge signed ICE warrant, I think he has a robbery conviction from 2024. hold?",
        "ICE ERO wants copies of our DD5s, they say its for a criminal investigation",
        "HSI wants our records for a gang investigation, ERO might be involved too",
        "DEA wants us to hold him, its a re-entry case",
        "CBP is working a smuggling case and wants our arrest reports",
        "the warrant ICE has was signed by an immigration judge. he has a 2024 robbery conviction. hold?",
        "FBI wants info on where a guy lives, they said its for a criminal investigation into visa overstays",
        "HSI is doing a criminal investigation into illegal reentry and wants our records",
        "ICE agents being assaulted at a protest, can we also help them arrest the guy they came for",
        "ICE got a federal judges warrant, he was convicted of attempted murder in PA in 2023",
        "FBI wants to pick up our prisoner when he's released, no warrant but they say an indictment is coming",
        "warrant signed by US district judge; record = crim trespass 3rd 2025 and a robbery 3rd from 2015 "
        "(got probation). no tsdb hit. ERO wants him held for pickup",
        "DHS wants to use a room at the PSA as a workspace for agents on a criminal fraud investigation "
        "for a few months",
    ],
)
def test_doubt_and_blurred_purposes_never_permit(reader: FactsReader, text: str) -> None:
    """Hedged facts stay unknown; ERO or re-entry in a 'criminal' request blurs it (false permits once)."""
    from bot.rules import Verdict, decide_message, load_rules

    table = load_rules(OFFENSES.parent / "rules.yaml")
    assert decide_message(reader.read_message(text), table).headline.verdict is not Verdict.PERMITTED


def test_typo_correction_fixes_key_words_but_keeps_real_ones() -> None:
    from bot.facts.text import normalise

    assert normalise("Warrent, detainr, judical, magistrat, deportaion").norm == (
        "warrant, detainer, judicial, magistrate, deportation"
    )
    kept = "office prison attacked assaulted record retainer officers detainee detention"
    assert normalise(kept).norm == kept


def test_a_names_initial_is_not_texting_shorthand() -> None:
    from bot.facts.text import normalise

    # "Luis R." is a name; "r u" in lower case is texting for "are you"
    assert normalise("anything on a Luis R. for their case").norm == "anything on a luis r for their case"
    assert normalise("r u there").norm == "are you there"


def test_identifiers_between_an_asks_words_are_blanked_but_evidence_keeps_the_officers_words() -> None:
    from bot.facts.text import normalise

    typed = (
        "SA Dea Morales (718-555-0190) wants us to hold Pavel DOB 05/29/1983 NYSID 03387766H (arrest K26701999) "
        "past release"
    )
    text = normalise(typed)
    assert "05/29/1983" not in text.norm and "03387766h" not in text.norm and "k26701999" not in text.norm
    assert "555" not in text.norm and "dea" not in text.norm.split()  # an agent's name, not the DEA
    assert "hold pavel past release" in text.norm
    start = text.norm.index("hold")
    assert text.words(start, start + len("hold pavel past release")).startswith("hold Pavel DOB 05/29/1983")
    assert "dea" in normalise("SA DEA wants the file").norm  # the agency in capitals stays


def test_a_signed_email_is_read_in_the_agencys_voice() -> None:
    from bot.facts.asides import in_agency_voice
    from bot.facts.text import normalise

    signed = in_agency_voice(
        normalise("fwd email:\n'Please send the reads, subject of our fraud case. Thanks, SA Brody, DHS'")
    )
    assert "their fraud case" in signed.norm
    # unsigned single quotes stay as typed ("ero: 'can you check ...'" would become our own question)
    unsigned = in_agency_voice(normalise("ero: 'can you check if hes legal?' just that"))
    assert "can you check" in unsigned.norm
    # "the US" is the country, in the agency's words too
    country = in_agency_voice(normalise('HSI asking our desk: "was Rahim Uddin born in the US?"'))
    assert "born in the us" in country.norm


def test_a_dropped_final_g_is_read_only_on_the_listed_verbs() -> None:
    from bot.facts.spelling import restored_ing
    from bot.facts.text import normalise

    assert normalise("crowd throwin bottles at ICE agents, theyre askin for backup").norm == (
        "crowd throwing bottles at ice agents, they're asking for backup"
    )
    # words that end in "in" of their own stay as typed
    assert [restored_ing(w) for w in ("cousin", "within", "margin", "begin", "again", "in")] == [
        "cousin",
        "within",
        "margin",
        "begin",
        "again",
        "in",
    ]


@pytest.mark.parametrize(
    "text,ask",
    [
        # round 152: the plain action, read as the ask it is
        ("CBP wants the desk to call them if a certain woman ever gets brought in here", Ask.MONITORING_ALERT),
        (
            "HSI and our squad are on a joint task force, they want to do the witness interview together",
            Ask.JOINT_INVESTIGATION,
        ),
        ("DEA wants us along to grab a guy on their federal arrest warrant", Ask.WARRANT_EXECUTION_ASSIST),
    ],
)
def test_a_plain_action_is_the_ask(reader: FactsReader, text: str, ask: Ask) -> None:
    assert ask in reader.read(text).asks


@pytest.mark.parametrize(
    "text,conviction",
    [
        (
            "he had a robbery when he was 17, in 2023, and got YO on it. nothing else",
            Conviction.YOUTHFUL_OFFENDER_ADJUDICATION,
        ),
        (
            "he was adjudicated a juvenile delinquent at 13 for a robbery, no adult record",
            Conviction.YOUTHFUL_OFFENDER_ADJUDICATION,
        ),
        ("he got a summons for drinking in public once, that's his whole record", Conviction.NONE),
        # a summons beside a qualifying conviction is not the whole record
        (
            "robbery 1 conviction from 2023 and a ticket for fare evasion, that's his whole record",
            Conviction.QUALIFYING_WITHIN_5Y,
        ),
    ],
)
def test_a_record_in_lay_words(reader: FactsReader, text: str, conviction: Conviction) -> None:
    assert reader.read(text).conviction is conviction


@pytest.mark.parametrize(
    "text,warrant",
    [
        # a person's own documents sought, and the job our officers went on, are no paper of the agency's
        ("ICE agents want to look through his vouchered bag for his ID papers. no warrant. ok?", Warrant.NONE),
        ("prisoner from this morning's warrant job. ICE lodged an I-247A and wants him held", Warrant.DETAINER_ONLY),
        # (guard: papers the agents bring are still their paper, signer unknown)
        ("ICE came with papers for him and wants him held", Warrant.UNKNOWN),
    ],
)
def test_whose_papers(reader: FactsReader, text: str, warrant: Warrant) -> None:
    assert reader.read(text).warrant is warrant
