"""The reader on the classes of phrasing that failed on unseen questions (issue 14).

One or two sentences per class, each asserting what is read and how it is decided; the
classes come from fresh labelled sets scored at first sight (eval/heldout/README.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.facts.extract import FactsReader
from bot.facts.labels import AGENCY_LABELS, SHORT_AGENCY, understood
from bot.facts.model import Agency, Ask, Conviction, Purpose, Source, Tri, Warrant
from bot.facts.text import normalise
from bot.rules import RuleTable, Verdict, decide_message

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


def verdicts(reader: FactsReader, table: RuleTable, text: str) -> list[tuple[str, str]]:
    return [(d.facts.agency.value, d.verdict.value) for d in decide_message(reader.read_message(text), table).requests]


# ---------------------------------------------------------------- several requests in one message
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # one agency's criminal warrant next to another's civil detainer: the most dangerous class
            "FBI has a judge-signed criminal arrest warrant for our prisoner for bank robbery and wants to pick him "
            "up; ICE also sent an I-247A detainer and wants him held",
            [("fbi", "permitted"), ("ice", "prohibited")],
        ),
        (
            "we have him in the cells. FBI has a magistrate-signed arrest warrant (carjacking crew) and ICE also "
            "dropped off a 247A. FBI wants to pick him up at 3, ICE wants a call when he leaves",
            [("fbi", "permitted"), ("ice", "prohibited")],
        ),
        (  # DHS paperwork named in another agency's sentence belongs to the DHS request
            "DEA wants to interview my perp tomorrow about his supplier, i set it up in the squad. btw theres also "
            "an I-247A on him and ICE wants a call when he gets out",
            [("dea", "permitted"), ("ice", "prohibited")],
        ),
        (  # one agency, two kinds of paperwork, one ask for both
            "ICE brought two sets of paper. for one guy a warrant signed by a federal magistrate (2024 robbery 1st "
            "conviction). for his codefendant an I-200 signed by a deportation officer. they want both held.",
            [("ice_ero", "escalate"), ("ice_ero", "prohibited")],
        ),
        (  # an unnamed second agency is a request of its own, not part of the first
            "DEA wants a few of our guys for a buy and bust on their heroin case. also some other fed, not sure "
            "which agency, called asking for a copy of a 911 call from that block, no reason given.",
            [("dea", "needs_info"), ("federal", "needs_info")],
        ),
    ],
)
def test_each_request_keeps_its_own_paperwork_and_purpose(
    reader: FactsReader, table: RuleTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(reader, table, text) == expected


def test_the_headline_is_the_most_restrictive_request(reader: FactsReader, table: RuleTable) -> None:
    decision = decide_message(
        reader.read_message(
            "FBI has a judge-signed criminal warrant for our prisoner on a robbery case and wants him; "
            "ICE also sent an I-247A detainer and wants him held"
        ),
        table,
    )
    assert (decision.headline.verdict, decision.headline.rule_id) == (Verdict.PROHIBITED, "R2a-civil-paperwork")


def test_an_agency_quoted_by_another_joins_its_request(reader: FactsReader, table: RuleTable) -> None:
    text = (
        "FBI agent asked me for the home address of the perp from my robbery collar. says ICE wants to deport him "
        "and hes just passing it along for them"
    )
    [request] = decide_message(reader.read_message(text), table).requests
    assert (request.facts.agency, request.facts.purpose, request.verdict) == (
        Agency.FBI,
        Purpose.CIVIL_IMMIGRATION,
        Verdict.PROHIBITED,
    )


ROBBERY_RECORDS = "The FBI wants our reports for their bank robbery investigation."


@pytest.mark.parametrize(
    "second",
    [
        "ICE asked our squad about him too.",  # a unit word after the agency is not the officer's own unit
        "CBP team is at the desk asking about him.",
        "We also got a call from ICE about him.",  # "from" and "for" do not quote an agency
        "There's an agent from ICE at the desk too.",
        "DEA wants the squad for something too.",
    ],
)
def test_a_second_agency_whose_ask_is_unclear_stays_a_request(
    reader: FactsReader, table: RuleTable, second: str
) -> None:
    decision = decide_message(reader.read_message(f"{ROBBERY_RECORDS} {second}"), table)
    assert len(decision.requests) == 2
    assert decision.headline.verdict is Verdict.NEEDS_INFO  # the FBI's permission waits for the other request


def test_the_officers_own_task_force_is_no_request(reader: FactsReader, table: RuleTable) -> None:
    [request] = decide_message(reader.read_message(f"I'm on the HSI task force. {ROBBERY_RECORDS}"), table).requests
    assert (request.facts.agency, request.verdict) == (Agency.FBI, Verdict.PERMITTED)


ROUND_EIGHT = [
    # one agency, two people: each request reads the record in its own words
    (
        "two ICE requests tonight.\nprisoner A: immigration warrant signed by a US magistrate judge,"
        " TSDB possible match.\nprisoner B: just an I-247A, no judge.\nICE wants both held for pickup",
        [("ice", "escalate"), ("ice", "prohibited")],
    ),
    # the officer's own question beside an agency's request, in a numbered list
    (
        "1) FBI wants the complaint report on our wire fraud collar for their case\n"
        "2) same perp had a forged green card on him, we're charging the forgery. can i ask him about his status?",
        [("fbi", "permitted"), ("none", "permitted")],
    ),
    # an e-mail: a signer's title, "Attached please find", a judge named with her title, a record of a weapon charge
    (
        "From: SDDO R. Kaminsky, ERO NYC\nSubject: Custody transfer\nAttached please find a warrant issued by"
        " Hon. Lorraine Pettigrew, United States Magistrate Judge, EDNY, authorizing ICE custody. Subject was convicted"
        " of Criminal Possession of a Weapon 2nd Degree on 04/12/2022. Please advise when he can be transferred.",
        [("ice_ero", "escalate")],
    ),
    # a thing released is evidence shared; a report "from the assault" names the record, not the aim
    (
        "ATF wants the 9mm we recovered for tracing, its for their gun trafficking case. release the gun to them?",
        [("atf", "permitted")],
    ),
    (
        "HSI wants the complaint report from the assault last month. its for a removal case, he overstayed his visa",
        [("hsi", "prohibited")],
    ),
    # "so they can get a warrant" is why they want the hold, not another ask
    (
        "just an I-247A, but the TSDB check says possible match. ICE wants a 48 hr hold so they can get a warrant",
        [("ice", "escalate")],
    ),
    # a robbery with no degree is not clearly a listed felony: the degree is asked for
    (
        "magistrate signed immigration warrant. rap sheet just says robbery 2023. TSDB negative. transfer ok?",
        [("unknown", "needs_info")],
    ),
    # keyboard mash and an errand among colleagues are no requests
    ("sdfg ICE hold hjkl;; detainer qwe 247", [("unknown", "escalate")]),
    ("whoever took the keys for 2-adam pls put them back, lt is looking for them", [("unknown", "escalate")]),
    # plain words of this round
    ("no paperwork, ICE asked if we could hang on to him till 6pm when their team frees up", [("ice", "prohibited")]),
    (
        "an ERO officer asked to be stationed at Brooklyn Central Booking on weekends to screen arrestees",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE op, a woman fell down the subway stairs running from the agents, shes not moving. we can do the aided?",
        [("ice", "permitted")],
    ),
]


ROUND_NINE = [
    # a numbered item that asks something the reader cannot read keeps the rest from permitting
    (
        "FBI (1) has a judge signed warrant to go through our vault and take a laptop and (2) wants our DD5s on it",
        [("fbi", "escalate")],
    ),
    (
        "DEA asked for (1) our body cam video of the buy and (2) to put the dealer's plate on our LPR hot list",
        [("dea", "escalate")],
    ),
    # the agency whose case it is, in brackets, is not a second requester
    (
        "USMS asked us to help on a door tomorrow, federal judge signed the warrant, armed robbery (FBI case). ok?",
        [("usms", "permitted")],
    ),
    # DHS agents working our own case with us: the case is their purpose
    ("HSI agents on our gun trafficking case want copies of our DD5s", [("hsi", "escalate")]),
    # a conviction named again ("burglary sounds bad") is still the record, not a case
    (
        "burglary 3rd conviction 2023 and ICE has a warrant signed by a magistrate judge, no tsdb hit. burglary sounds "
        "bad, does it count?",
        [("ice", "needs_info")],
    ),
    # paper being drawn up and nothing signed: no warrant now
    (
        "ATF wants to take our collar now, the complaint is being drawn up on a gun charge. nothing signed yet",
        [("atf", "escalate")],
    ),
    # nobody mentioned the watchlist: unknown, not clear
    (
        "ICE has a warrant signed by a magistrate judge for our prisoner, no record. nobody mentioned the terror "
        "watchlist. they want him held",
        [("ice", "needs_info")],
    ),
    # a hit in a database is no injury; our own arrest charge is not the agency's purpose
    (
        "shoplifting collar. ICE wants him held till morning bc of the hit in NCIC, no judge paperwork",
        [("ice", "prohibited")],
    ),
    # the record consulted to answer a status question is not shared
    ("ERO asked if our booking sheet shows her as a US citizen, nothing more", [("ice_ero", "escalate")]),
    # Spanish with its accents
    ("ICE dice que tiene una orden firmada por un juez, quieren llevárselo cuando salga", [("ice", "needs_info")]),
    # an ICE arrest in progress is enforcement: help with it is refused, the violence answered at once
    (
        "ICE grabbing a guy outside the bodega, a man hit an agent with a bottle. ICE wants our cops to help get "
        "their target in the van",
        [("ice", "permitted"), ("ice", "prohibited")],
    ),
]


ROUND_TEN = [
    # officers named by title or building are the agency's own
    ("ERO called, zero paperwork, wants him kept till their team gets here", [("ice_ero", "prohibited")]),
    ("DO from Varick asking if we still have Perez in the cells", [("ice_ero", "prohibited")]),
    # what the paper's signature says outweighs what the agent calls it
    (
        "ICE agent says its a judge's order but the signature line says Deportation Officer. do we hand him over?",
        [("ice_ero", "prohibited")],
    ),
    # "issued by the Honorable ..." is a judge's warrant that exists, not one promised "by" a date
    (
        "warrant issued by the Honorable Jane Roe, United States Magistrate Judge, for ICE to take custody. "
        "conviction: murder 2nd 2022. no tsdb hit",
        [("ice", "escalate")],
    ),
    # a warrant that exists beside a word about the request ("requesting custody on"), and one still to come
    ("FBI is requesting custody on a judge-signed warrant for bank robbery", [("fbi", "permitted")]),
    ("ERO: please hold him while we obtain a judicial warrant", [("ice_ero", "prohibited")]),
    # asks said with the unit's words: the entry, a hold on a warrant, lists and logs, a workup
    (
        "ESU here. FBI has a judge signed search warrant for a stash apt and wants us to make the entry. ok?",
        [("fbi", "permitted")],
    ),
    # an emergency beside an ask that could not be read: the response now, the unread ask asked about
    (
        "a guy was swinging on an ICE agent during their arrest, we cuffed him for assault. now the agents want us "
        "to also babysit the woman they came for till their van gets here",
        [("ice", "permitted"), ("ice", "needs_info")],
    ),
    # "a shot at him" is a turn, not gunfire; an aim the agency would not give is not "a federal case"
    ("CBP also wants a shot at him after, didnt say about what", [("cbp", "needs_info")]),
    (
        "homeland security wants a couple of our guys to go with them to knock on a door tmrw, they wouldnt say "
        "what its about, just that its a federal case",
        [("dhs", "needs_info")],
    ),
    # ... but an entry in our system is no entry through a door (it was read as one, and permitted)
    (
        "FBI has a judge-signed warrant for bank robbery, they want us to make an entry in our system for him",
        [("fbi", "needs_info")],
    ),
    ("USMS: hold on a judge-signed federal narcotics warrant. ok?", [("usms", "permitted")]),
    ("ERO asked for the visitor log from our community meeting", [("ice_ero", "prohibited")]),
    ("CBP wants a list of plates of drivers with expired visas from our readers", [("cbp", "prohibited")]),
    ("DEA wants the workup our intel guys did on the crew for their joint case", [("dea", "permitted")]),
    ("man lunging at the agents with a box cutter outside the precinct", [("unknown", "permitted")]),
    # a report named as a moment in time is no request
    (
        "det on the HSI child exploitation TF. can I keep working cases with HSI after the DOI report? all criminal",
        [("hsi", "permitted")],
    ),
]


ROUND_ELEVEN = [
    # "not asking us to hold him, just want a call when he's out": the call is asked, the hold is not
    (
        "ERO lodged a detainer, they say they're not asking us to hold her, just want a call when she's getting out",
        [("ice_ero", "prohibited")],
    ),
    ("there's a detain her on him from ice, what do we do", [("ice", "prohibited")]),
    # done already, said in the past tense: still the act the table judges
    ("yesterday i told an ERO officer when the arraignment was, was that a problem", [("ice_ero", "prohibited")]),
    ("ERO asking what time our prisoner gets moved to central booking", [("ice_ero", "prohibited")]),
    (
        "last week we handed a man to the DEA on an arrest warrant a federal magistrate signed for heroin sales",
        [("dea", "permitted")],
    ),
    ("an ICE agent went back to the cells to ask our prisoner where he was born", [("ice", "prohibited")]),
    # HSI joining an investigation the NYPD leads is joint criminal work; asking for our prisoner is not
    ("HSI wants to sit in on our robbery interview, our detective is running it", [("hsi", "permitted")]),
    ("we're doing a search warrant on the shooting case with HSI, joint NYPD/HSI case", [("hsi", "permitted")]),
    ("HSI wants to interview the guy we locked up for robbery", [("hsi", "needs_info")]),
    # an agency named to compare with is not a second requester
    (
        "HSI has a judge's arrest warrant on the gun case, can we hand him over like we would for the FBI",
        [("hsi", "escalate")],
    ),
    # an immigration judge's removal order is not a federal court's warrant
    ("ICE has a removal order signed by an immigration judge, can we hold him", [("ice", "prohibited")]),
    # cleared before the list's name, and a criminal case said in Spanish
    (
        "ICE has a magistrate's warrant, no record, came back negative on the terrorist watchlist. hold him?",
        [("ice", "prohibited")],
    ),
    ("HSI quiere el reporte del caso de fraude (es criminal, dijeron)", [("hsi", "escalate")]),
    ("un agente de ice esta pidiendo su dirección, dice que tiene orden de deportación", [("ice", "prohibited")]),
    ("un agente de ice esta pidiendo su dirección", [("ice", "needs_info")]),
    # an agent nearby who asks for nothing is not a request; "no warrant" does not deny what follows
    ("fyi two ICE vans sat on our block all morning, nobody asked us for anything", [("ice", "escalate")]),
    (
        "CBP officer with no warrant wants to walk back to the cells to look for visa overstays",
        [("cbp", "prohibited")],
    ),
    # a supervised-release violation is a federal criminal case; a stop with nothing else wrong has no crime
    (
        "the marshals have a district judge's warrant for a supervised release violation, want us to hold him",
        [("usms", "permitted")],
    ),
    ("car stop, nothing else wrong, can i ask the driver if hes here legally", [("none", "prohibited")]),
]


ROUND_TWELVE = [
    # "the bureau" is the FBI; the NYPD's own bureaus are not
    (
        "the bureau has a magistrate's arrest warrant for bank fraud on our prisoner, agents here to take him",
        [("fbi", "permitted")],
    ),
    ("the Legal Bureau wants a copy of the arrest report", [("unknown", "needs_info")]),
    # Spanish asks: a copy, the reports, going with them to the door
    ("la DEA quiere copia de las fotos del arresto, es para su caso federal de narcoticos", [("dea", "permitted")]),
    (
        "los marshals tienen un warrant firmado por el juez de EDNY por robo, quieren que vayan con ellos a la puerta",
        [("usms", "permitted")],
    ),
    # status asked in plain words, and said already
    ("border patrol called: is this guy legal? thats all they want", [("cbp", "escalate")]),
    (
        "PO told an ERO officer that our prisoner is from Guatemala and has no papers, was that ok",
        [("ice_ero", "escalate")],
    ),
    ("a woman came in to report a robbery and the desk officer asked if she was legal", [("none", "prohibited")]),
    # "immigration check in" is an appointment, not a status check; identifying a person is information
    (
        "DHS agent with a photo wants us to tell him if thats the guy from the deli, says he missed his "
        "immigration check in",
        [("dhs", "prohibited")],
    ),
    # the program named in the news, the question asking to join it
    ("saw on tv other cities do two eighty seven g, can our precinct sign up", [("unknown", "prohibited")]),
    # an unsure reading of the paper; "any immigration issue" is a question, not an aim
    (
        "homeland left some paper for our prisoner, cant tell if its a detainer or what, do we hold",
        [("dhs", "needs_info")],
    ),
    (
        "FBI has a magistrate's search warrant on the kidnapping case and wants ESU on the entry, any "
        "immigration issue since the tenants might be undocumented?",
        [("fbi", "permitted")],
    ),
    # conviction details: a federal offence with no New York name, a year before the offence, youthful offender
    ("ICE judicial warrant, he has a federal car jacking conviction from 2023, hold?", [("ice", "escalate")]),
    ("ICE magistrate warrant, the guy had a 2023 burglary 2nd, can we transfer", [("ice", "escalate")]),
    (
        "ICE magistrate warrant, agent says robbery 2 from 2023, but the robbery 2 was a youthful offender "
        "adjudication, no tsdb hit. hold?",
        [("ice", "prohibited")],
    ),
    # an unnamed second agent is a request of its own; "needs legal" is the Legal Bureau
    (
        "two feds came by: one (didnt say agency) wants to see our prisoner, the other is the FBI asking for a 911 "
        "recording on the bank robbery case",
        [("federal", "needs_info"), ("fbi", "needs_info")],
    ),
    (
        "ATF wants a joint controlled buy with our team on the gun case, lt asking if that needs legal",
        [("atf", "permitted")],
    ),
    ("can we send ATF the trace results on the two guns from our shooting case, its criminal", [("atf", "permitted")]),
    # joint work named by the task force's crime; an NYPD interview with an agent present
    (
        "PO Diaz is on the HSI child exploitation task force, can she keep working cases with them",
        [("hsi", "permitted")],
    ),
    (
        "our det is setting up an interview of our prisoner on our trafficking case w the HSI agent present, we run it",
        [("hsi", "permitted")],
    ),
    ("caller from ICE deportation wants the DAT return date for a guy we gave a ticket", [("ice_ero", "prohibited")]),
    # a judge's immigration warrant: what else its agents ask serves removal
    (
        "ICE has a magistrate's warrant for him and also wants his mother's address from our report",
        [("ice", "prohibited")],
    ),
    (
        "ICE judge warrant and a possible TSDB hit, they dont want a hold, all they want is a heads up when he walks",
        [("ice", "escalate")],
    ),
]


ROUND_THIRTEEN = [
    # records handed to an agency make it a requester, not a place the person goes
    (
        "FBI judge warrant pickup at cb for robbery, and can we give the same guy's rap sheet to hsi for their "
        "separate fraud case",
        [("fbi", "permitted"), ("hsi", "escalate")],
    ),
    # a correction takes back the words just before it
    (
        "ICE has a warrant signed by a judge - wait no, my partner read it, signed by a supervisory deportation "
        "officer. they want a hold",
        [("ice_ero", "prohibited")],
    ),
    (
        "HSI wants arrest records for their smuggling case - wait no, sorry i reread it, it's for ERO removal",
        [("hsi", "prohibited")],
    ),
    # paper named by voice-to-text, or by what the form says at the top
    ("ICE has an eye 247 a on him and wants custody", [("ice", "prohibited")]),
    ("ICE sent a 'warrant' (the form says i-247a at the top), hold him?", [("ice", "prohibited")]),
    # an ICE desk on NYPD property is barred unless a criminal aim is stated
    ("ice wants a desk in our squad room, just to write their paper between pickups", [("ice", "prohibited")]),
    # a room lent for one interview is access, not an office
    ("DEA wants to borrow our interview room to talk to a witness on their heroin case", [("dea", "permitted")]),
    # whether status matters is a question, not an inquiry or an aim
    (
        "the marshals have a district judge's warrant for a federal fraud fugitive in our cells, want to pick him "
        "up. do i need to check his immigration status first?",
        [("usms", "permitted")],
    ),
    # an agency named in a musing is not a requester
    (
        "DEA has a magistrate's warrant and wants him held for pickup. i thought we cant hold for the feds, or is "
        "that only ice",
        [("dea", "permitted")],
    ),
    # status questions to people who came for help, said plainly
    ("witness to a shooting, sgt wants to know is he legal before the dd5", [("none", "prohibited")]),
    ("we ask every complainant for id, where they're from, and status, for the 61", [("none", "prohibited")]),
    # Spanish: a fight against an agent; a watchlist match on a detainer; a conviction by degree
    ("hay una pelea afuera, un hombre esta golpeando a un agente de ice. puedo intervenir?", [("ice", "permitted")]),
    (
        "detainer nomas, pero el sistema dice possible match en la lista de terroristas. lo retenemos?",
        [("unknown", "escalate")],
    ),
    (
        "ice trae una orden firmada por un juez federal y el detenido tiene condena de robo en segundo grado del 2025",
        [("ice", "escalate")],
    ),
    # records of a two-digit year; youthful offender said as "got yo"; a petit larceny
    ("ice warrant from an edny judge, he's got a burglary 2nd from '23, hand off at the door", [("ice", "escalate")]),
    ("ice magistrate warrant, my guy got yo on a robbery 2nd in 2024, no tsdb hit. hold?", [("ice", "prohibited")]),
    ("ice has a magistrate signed warrant, only prior is a 2023 petit larc, tsdb neg. hold?", [("ice", "prohibited")]),
    # joint work said by the officer's team
    (
        "hsi trafficking tf wants to sit in when our det interviews the suspect, our collar, we invited em",
        [("hsi", "permitted")],
    ),
    (
        "im on a task force with dea and hsi, the dea case agent wants our buy reports on the joint case",
        [("dea", "permitted")],
    ),
    # a paper promised for later is no warrant now
    (
        "FBI wants custody now, no warrant, they say paperwork comes later, charges being considered",
        [("fbi", "escalate")],
    ),
]


ROUND_FOURTEEN = [
    # an emergency with no federal agency in it is not this bot's question
    ("can u help me with the 401k rollover form, payroll isnt answering", [("unknown", "escalate")]),
    # someone with a federal badge who gave no agency is a request of its own
    (
        "two asks: a guy w a federal badge (didnt say which) wants the court date for our perp, and DEA wants our "
        "video from the heroin sale on the corner",
        # the DEA part alone would be permitted; beside an unresolved request it is asked about too
        [("federal", "needs_info"), ("dea", "needs_info")],
    ),
    # a thrown object that hurt an agent is violence in progress
    ("somebody threw a brick and split an hsi agent's head open, do we grab him", [("hsi", "permitted")]),
    # a street held closed is perimeter support, not a hold of a person
    (
        "ICE wants us to keep 5th ave closed after the parade for their op picking up people w final orders",
        [("ice", "prohibited")],
    ),
    (
        "usms has a judge signed warrant for a robbery fugitive, asking for a uniform or two at the lobby door",
        [("usms", "permitted")],
    ),
    (
        "the marshals want help search an apartment for a fugitive, federal warrant signed by a judge",
        [("usms", "permitted")],
    ),
    # the person asked about: a victim, whatever the reason given after
    (
        "DV victim at the hospital, sgt wants me to ask if she has papers bc the boyfriend says shes illegal",
        [("none", "prohibited")],
    ),
    ("lady flagged us down after a purse snatch, can i ask her status", [("none", "prohibited")]),
    # identifying a child for removal; whether a camera caught him
    ("ice agent at dismissal asks which kid belongs to a dad they want to deport", [("ice", "prohibited")]),
    (
        "ERO asking if our camera on 37th ave caught the guy with the removal order, just yes or no",
        [("ice_ero", "prohibited")],
    ),
    # records said by their NYPD names
    (
        "ATF wants the test fire results and vouchers on the ghost gun for their trafficking case",
        [("atf", "permitted")],
    ),
    # custody said other ways
    (
        "atf arrest warrant signed by a judge for our gun collar, can we lodge him overnight for ATF",
        [("atf", "permitted")],
    ),
    (
        "dea agent texted: 'can u release ur DAT guy to us, indictment coming nxt wk, no paper yet'",
        [("dea", "escalate")],
    ),
    (
        "ice lady in the courthouse asks is the guy out on bail or in, and whens his next date, its a deportation case",
        [("ice", "prohibited")],
    ),
    # NYPD-arranged interviews
    (
        "FBI wants to interview my robbery perp about bank jobs, in our squad room with his lawyer",
        [("fbi", "permitted")],
    ),
    # access with no warrant at all; a room to work out of
    (
        "ICE wants to walk thru the back of the pct to see who got brought in, no warrant, routine they said",
        [("ice", "prohibited")],
    ),
    (
        "DHS wants a room at PSA 9 for their financial crimes agents to work out of, not immigration they said",
        [("dhs", "escalate")],
    ),
    # an offence named again without its degree is the conviction already read with it
    (
        "ice magistrate warrant, only conviction is arson in the 5th degree from 2023, watchlist negative. arson "
        "sounds bad, hold?",
        [("ice", "prohibited")],
    ),
    # the program heard about, the question whether we can do it
    ("heard a county upstate did 287g, can our precinct do that", [("unknown", "prohibited")]),
]


ROUND_FIFTEEN = [
    # agencies by their full names; spelled-out letters
    (
        "The Federal Bureau of Investigation has requested copies of our DD5s for the kidnapping, they are "
        "opening a federal case. Kindly advise.",
        [("fbi", "permitted")],
    ),
    ("during an E R O op one of their vans hit a car, people injured, can we handle it", [("ice_ero", "permitted")]),
    # custody said the paperwork's way
    (
        "USMS has an EDNY judge's warrant for a bank robbery fugitive we have, want to pick him up when were done",
        [("usms", "permitted")],
    ),
    (
        "fbi has a magistrate's warrant for a federal hate crime, they want him on the federal side after we process",
        [("fbi", "permitted")],
    ),
    # status as the NYPD recorded it
    (
        "RE: status verification. Requesting agency: HSI. Items requested: citizenship of subject as recorded "
        "by NYPD, nothing else",
        [("hsi", "escalate")],
    ),
    (
        "ERO asked us to confirm the citizenship status thats on our arrest report, nothing else",
        [("ice_ero", "escalate")],
    ),
    ("CBP called: we just need to know if your records show him as a US citizen", [("cbp", "escalate")]),
    # a long description between "let them know when" and the release
    ("ERO asked us to let them know when a guy we arrested for shoplifting gets released", [("ice_ero", "prohibited")]),
    # a room lent for a conversation; an office at a PSA
    ("CBP asked to use the interview room at the 113 for an hour tomorrow to talk to someone", [("cbp", "needs_info")]),
    (
        "ICE wants an office at PSA 2 for their criminal investigations unit, in writing, criminal only",
        [("ice", "escalate")],
    ),
    # officers lent for a canvass; training offered to our officers
    (
        "FBI asked to borrow 2 of our officers to help canvass for a missing kid, federal kidnapping case",
        [("fbi", "permitted")],
    ),
    (
        "ERO offers training to certify our desk officers to run immigration checks and issue detainers",
        [("ice_ero", "prohibited")],
    ),
    # watchlist spelled out, a section number that is no full stop
    (
        "judicial warrant, only conviction is criminal mischief 4th 2025, no t s d b hit, transfer to ERO",
        [("ice_ero", "prohibited")],
    ),
    (
        "ERO has a warrant signed by a US magistrate judge. criminal history: assault 2nd (PL 120.05), convicted "
        "06/2023. transfer at 1500?",
        [("ice_ero", "escalate")],
    ),
    # going up to an office with a judge's warrant; searching an employee's desk
    (
        "ICE has a district judge's warrant and wants to go up to the 2nd fl admin office to take her",
        [("ice", "escalate")],
    ),
    # evidence asked by what it is
    ("ATF wants the 2 pistols we vouchered, felon in possession case, grand jury subpoena", [("atf", "permitted")]),
    # HSI working our case with us
    ("armed robbery of a jewelry store, HSI is working it w us and wants our camera footage", [("hsi", "escalate")]),
]


ROUND_SIXTEEN = [
    # an emergency beside a question put to the officer that the reader cannot read: the
    # emergency is answered, the rest is asked about (never permitted on the emergency's back)
    (
        "off duty, ICE pickup on my block, a guy is punching an agent, can i step in? after that the agent asked "
        "me something about the neighbors",
        [("ice", "permitted"), ("ice", "needs_info")],
    ),
    # (read since round 20: where the brother lives, asked during an ICE pickup, is refused)
    (
        "ice doing a pickup, 1) a guy shoving an agent, can i intervene 2) after, agent asks me which house his "
        "brother lives in",
        [("ice", "permitted"), ("ice", "prohibited")],
    ),
    # a 10-85 asks for another unit; it is no emergency by itself
    (
        "sector gets a 10-85 from 'federal agents' at a house in corona, nothing else in the job",
        [("federal", "needs_info")],
    ),
    # property damage to an agency car in progress is a crime to stop
    ("saw a guy smash the window of an ICE car while the agents were inside, can i stop him", [("ice", "permitted")]),
    # hedged or cleared watchlist results
    (
        "judicial warrant, conviction trespass 2025, tsdb no hit as far as i know. can ICE take him",
        [("ice", "needs_info")],
    ),
    ("no priors at all, tsdb cleared, magistrate signed the ice warrant, they want him held", [("ice", "prohibited")]),
    # ERO stays presumed civil even when it gave no reason
    ("ERO wants his work address from our complaint report, didnt say why", [("ice_ero", "prohibited")]),
    # an officer's status questions in a fraud case; a detective's to a witness
    (
        "suspect used a fake green card for a job, identity theft case, status questions ok in the interview?",
        [("none", "permitted")],
    ),
    # shots fired during an operation; an asylum case; minutes with a prisoner
    ("during an ERO op someone fires shots in the air, do we respond", [("ice_ero", "permitted")]),
    (
        "ICE called asking to speak to our prisoner about his asylum case, can we put him on the phone",
        [("ice", "prohibited")],
    ),
    # removal as the fallback outcome makes a criminal request mixed
    (
        "fbi wants our records on a guy for a fraud case but said if it doesnt pan out ICE will take him anyway",
        [("fbi", "escalate"), ("ice", "escalate")],
    ),
    # typing slips
    ("HSI wnats the DD5s from our robbery pattern for their gang case", [("hsi", "escalate")]),
    # something asked of us by name beside an emergency is a request of its own (set Q's false permit);
    # "do we grab him" is the officers' arrest of the assailant, not an agency's civil grab
    (
        "HSI wants our arrest list from tonight for their investigation into who torched their van, and one of "
        "their agents just got punched by a guy in the crowd, do we grab him",
        [("hsi", "permitted"), ("hsi", "escalate")],
    ),
    (
        "HSI wants the thing from the thing, and one of their agents just got punched, do we grab the guy",
        [("hsi", "permitted"), ("hsi", "needs_info")],
    ),
    # help asked in the emergency is the response itself: answered at once, nothing asked back
    ("an ICE agent just got punched by a guy in the crowd, they want our help, do we grab him", [("ice", "permitted")]),
    ("shots fired at ICE agents on 5th ave, they need our help now", [("ice", "permitted")]),
    # a correction officer is no correction; "actually no warrant" is a statement, "wait no one" is nobody
    ("a correction officer at rikers said ICE has a detainer on him, can we hold", [("ice", "prohibited")]),
    (
        "wait no one from ICE called, the FBI has a judge signed warrant for bank robbery and wants him",
        [("fbi", "permitted")],
    ),
]


ROUND_SEVEN = [
    # an emergency beside an enforcement ask: two requests, the response answered at once
    (
        "an ICE agent got jumped during an arrest, and he is yelling at us to catch the guy they came to deport",
        [("ice", "permitted"), ("ice", "prohibited")],
    ),
    (
        "a fight broke out and an agent got punched. now ICE wants us to help put the guy they came to deport"
        " in their van",
        [("ice", "permitted"), ("ice", "prohibited")],
    ),
    # a judge's search warrant does not reach a person nobody has a warrant for
    (
        "DEA has a magistrate-signed search warrant and wants us to help breach. they also grabbed a guy "
        "who isn't named on any warrant and want us to hold him for them",
        [("dea", "permitted"), ("dea", "escalate")],
    ),
    # one agency, two asks for two aims
    (
        "CBP wants to interview our prisoner about his removal case, and they want a copy of his arrest report "
        "for an alien smuggling case",
        [("cbp", "prohibited"), ("cbp", "escalate")],
    ),
    # the aim of the same request said after "but the main goal": mixed, not two requests
    ("HSI wants a joint op on a fraud case, but the main goal is to get him deported", [("hsi", "escalate")]),
    # a purpose said with doubt outweighs a crime named elsewhere
    (
        "HSI wants the 911 call from the shooting. agent said it might be for a criminal case, might not",
        [("hsi", "needs_info")],
    ),
    # the news is no request; a detainer compared to a warrant is still a detainer
    (
        "saw on the news a sheriff upstate signed a 287(g) deal. what's the OT code for saturday?",
        [("unknown", "escalate")],
    ),
    (
        "the I-247A says probable cause exists, sgt thinks that makes it basically a warrant. can we hold him?",
        [("unknown", "prohibited")],
    ),
    # an officer mixing in Spanish
    ("HSI pregunta si el muchacho tiene papeles, solo eso. le digo?", [("hsi", "escalate")]),
    (
        "los del FBI tienen un warrant de un juez federal for a kidnapping case, quieren que se lo entreguemos",
        [("fbi", "permitted")],
    ),
    # a request made of us that the reader could not read: what it did read cannot permit alone
    ("ATF wants copies of our reports for their gun case and wants us to fnord the gizmo", [("atf", "needs_info")]),
]


def test_an_emergency_never_waits_on_another_requests_question(reader: FactsReader, table: RuleTable) -> None:
    text = "an ICE agent is getting beat up outside the pct. separately DEA called, not sure what they want"
    decision = decide_message(reader.read_message(text), table)
    emergency = next(d for d in decision.requests if d.facts.asks == {Ask.PUBLIC_SAFETY_RESPONSE})
    assert emergency.verdict is Verdict.PERMITTED and decision.headline.verdict is Verdict.NEEDS_INFO


ROUND_SIX = [
    # paperwork with no ask stated is the request it carries; a notice naming it is not
    ("I-247A only, no judge warrant, but TSDB came back possible match. now what", [("unknown", "escalate")]),
    ("ice left paperwork they're calling a hold on Diaz, what do we do", [("ice", "needs_info")]),
    ("reminder: detainer refresher training thursday 0800, bring memo books", [("unknown", "escalate")]),
    # a stop on an administrative warrant that came up when the person was run
    ("ran him and an ICE administrative warrant popped up, do we take him in on that", [("ice", "prohibited")]),
    ("ERO left 3 people with I-200s, can patrol grab them if we see them on post", [("ice_ero", "prohibited")]),
    ("can our unit sign an MOU with ICE to check immigration databases at booking", [("ice", "prohibited")]),
    ("ERO wants video calls from their office with the people in our holding pens", [("ice_ero", "prohibited")]),
    # a voicemail or an agent "from" an agency: that agency is the one asking
    (
        "got a voicemail from an ERO officer, he wants us to put a flag on Ivan Soto in our system",
        [("ice_ero", "prohibited")],
    ),
    # an agency quoted across a comma; "wants him removed" is a purpose, not custody
    (
        "FBI TFO asked for his address. I asked what case, he said there's no case, ICE wants him removed",
        [("fbi", "prohibited")],
    ),
    # the agency that would deport is not one asking: removal is the end game of the FBI's case
    ("FBI wants our file on him for a fraud case, but the end game is ICE removes him", [("fbi", "escalate")]),
    # a charge named is no emergency
    (
        "CBP agents have a warrant from a federal judge, charge is assaulting an officer,"
        " they want to take him at release",
        [("cbp", "escalate")],
    ),
    # our own prisoner driven to their office is a hand-over; "nothing filed" is no warrant
    (
        "DEA wants us to release him straight to them, the AUSA is looking at charges, nothing filed",
        [("dea", "escalate")],
    ),
    # a warrant a judge will sign tomorrow does not exist yet
    (
        "ICE says a judge will sign the warrant tomorrow, can we hold him overnight on the detainer",
        [("ice", "prohibited")],
    ),
    # a judge's criminal warrant from the ATF is a criminal case in so many words
    (
        "ATF has a search warrant signed by a magistrate for an apt on 3rd ave, they want ESU to help breach",
        [("atf", "permitted")],
    ),
    # the role of the person asked about is not presumed: a complainant is a victim
    ("taking a robbery report from a delivery guy, can i ask him if hes legal?", [("none", "prohibited")]),
    ("can i ask him if hes legal?", [("none", "needs_info")]),
    (
        "investigating a guy selling fake work permits, can i ask him about his status in the interview",
        [("none", "permitted")],
    ),
    # the agent's own question to a prisoner is the agency's ask, about immigration papers
    (
        "ice agent wants 15 min alone with the guy in cell 3, says he just wants to ask about his immigration papers",
        [("ice", "prohibited")],
    ),
    # "HSI is the criminal side, right?" is the officer's question, not the purpose
    (
        "HSI wants our camera footage to find where a guy with a deportation order is staying."
        " HSI is the criminal side tho?",
        [("hsi", "prohibited")],
    ),
]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agency the officer could not name is a request of its own, not a name for the FBI
        (
            "the feds (not sure which) want our plate reader data, and the FBI separately wants our robbery report",
            [("federal", "needs_info"), ("fbi", "needs_info")],
        ),
        # arresting the one who attacked an agent is the emergency response
        ("someone just punched an ICE agent outside the pct, they want us to grab him", [("ice", "permitted")]),
        # a form number without its prefix
        ("ERO faxed a 247 for the guy in cell 3, they want him held", [("ice_ero", "prohibited")]),
        # what is released is the evidence named, not a person
        (
            "FBI wants the casings and the lab report from the shooting for their gang case. ok to release to them?",
            [("fbi", "permitted")],
        ),
        # removal as the expected outcome of a criminal case is a mixed purpose
        (
            "HSI wants our help on a raid framed as labor trafficking but the workers will likely be deported",
            [("hsi", "escalate")],
        ),
        # the agency wants the answer of a question we would put to the suspect
        ("ICE wants us to ask the suspect about his immigration status", [("ice", "escalate")]),
        # the officer's own question to a victim, beside an agency's request
        (
            "FBI wants to interview our victim with our det present, and my partner wants to ask her if she has papers",
            [("fbi", "prohibited")],
        ),
    ],
)
def test_round_five_classes(reader: FactsReader, table: RuleTable, text: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts(reader, table, text) == expected


# ---------------------------------------------------------------- plain verbs, not keywords
@pytest.mark.parametrize(
    "text,ask",
    [
        ("ICE picked up 3 ppl and their van died, can we drive them to 26 fed plaza in our wagon", Ask.TRANSPORT),
        ("can the agent come into the back of the pct to look for him", Ask.ACCESS_PREMISES),
        ("ice agent asked for like 10 min alone w my prisoner in the holding cell", Ask.ACCESS_PRISONER),
        ("can we lend ice the lot behind the 115 for their morning sweep", Ask.STAGING_ON_PROPERTY),
        ("they want to take him when hes released, no warrant", Ask.TRANSFER_CUSTODY),
        ("dea asked us to help break the door on a stash house", Ask.WARRANT_EXECUTION_ASSIST),
        ("ice wants a heads up when he gets out of the pct", Ask.NOTIFY_RELEASE),
        ("dhs wants to know if this lady is legal, just a yes or no", Ask.SHARE_STATUS_INFO),
        ("ICE asked if we could put a flag on a guy in our system so they get pinged", Ask.MONITORING_ALERT),
        ("ERO needs a lift for 2 ppl to varick st, can we drive them in the RMP", Ask.TRANSPORT),
        ("HSI wants to base their team on our 2nd floor for 3 months", Ask.OFFICE_SPACE),
        # round 5 (fresh set E): a name, a number or a precinct between the verb and the rest
        ("CBP asked us to flag Tomas Reyes in the system so they hear when hes stopped", Ask.MONITORING_ALERT),
        ("HSI wants a heads up if she comes through booking again", Ask.MONITORING_ALERT),
        ("a man is swinging a pipe at an ICE agent on our block", Ask.PUBLIC_SAFETY_RESPONSE),
        ("ERO wants a sector car to drive their detainee from the 7-5 over to 26 fed", Ask.TRANSPORT),
        ("CBP wants to leave three vans in our lot overnight", Ask.STAGING_ON_PROPERTY),
        ("HSI wants to put two desks in the squad room", Ask.OFFICE_SPACE),
        ("ERO wants to keep one agent at queens central booking", Ask.OFFICE_SPACE),
        ("ERO needs someone who speaks albanian for a door knock", Ask.PERSONNEL_ASSIST),
        ("the FBI wants to sit in while our detectives interview the victim", Ask.JOINT_INVESTIGATION),
        ("ICE offered me a TDY with ERO, they'd be my bosses", Ask.DEPUTIZATION_287G),
        ("marshals want our team to help them take him at the apartment", Ask.WARRANT_EXECUTION_ASSIST),
        ("DHS wants to know if the driver (the one from the crash) was a US citizen", Ask.SHARE_STATUS_INFO),
        ("ERO asked whether our arrestee told us he was born in the US", Ask.SHARE_STATUS_INFO),
        ("DEA wants us to bring our prisoner over to their office before we release him", Ask.TRANSFER_CUSTODY),
        # round 6 (fresh set F)
        ("ERO wants his addy. ok?", Ask.SHARE_RECORDS),
        ("FBI wants us to set something up so they get pinged when the suspect gets stopped", Ask.MONITORING_ALERT),
        ("HSI wants an alert when any of the 4 targets hit our systems", Ask.MONITORING_ALERT),
        ("detainer on Ortiz, he has a robbery 1 from last year. can we honor it?", Ask.HOLD),
        ("fwd from SA Lin: pls advise ETA of release for subject PENA, I-247A lodged", Ask.NOTIFY_RELEASE),
        ("HSI wants to run their fraud unit out of the empty room at PSA 4", Ask.OFFICE_SPACE),
        ("DHS wants a permanent workstation in the RTCC", Ask.OFFICE_SPACE),
        ("ICE has a search warrant from a federal judge to search the 3rd floor admin offices", Ask.ACCESS_PREMISES),
        ("got detailed to the DEA heroin task force starting monday, anything to clear first", Ask.JOINT_INVESTIGATION),
        ("FBI has a warrant for him and wants a car for the arrest tomorrow", Ask.OPERATIONAL_SUPPORT),
        ("ERO sup asks if we can drive them the rest of the way to 26 fed plaza", Ask.TRANSPORT),
        # plain-word clauses written apart (tests/data/semantic_calibration.jsonl), fixed by class
        ("HSI would like her kept in holding until their team shows up", Ask.HOLD),
        ("the marshals want to take the perp directly from central booking", Ask.TRANSFER_CUSTODY),
        ("ERO asked that the girl be handed over to them once we finish", Ask.TRANSFER_CUSTODY),
        ("ICE wants a text before we let her walk", Ask.NOTIFY_RELEASE),
        # the moment he leaves our hands, said as the other agency's act
        ("the Marshals take him at noon; ERO asked to be told when the Marshals pick him up", Ask.NOTIFY_RELEASE),
        ("DHS wants all the summons names from the weekend emailed over", Ask.SHARE_BULK_DATA),
        ("the FBI wants the footage off our dash cams from the chase", Ask.SHARE_SURVEILLANCE_DATA),
        ("ICE wants every time his car was captured by the plate readers on the bridge", Ask.SHARE_SURVEILLANCE_DATA),
        ("DHS just wants her immigration standing, nothing more", Ask.SHARE_STATUS_INFO),
        ("ERO wants to talk to the man we collared this morning", Ask.ACCESS_PRISONER),
        ("HSI wants a corner on the third floor to operate out of", Ask.OFFICE_SPACE),
        ("ICE wants their vans parked in our precinct lot the night before", Ask.STAGING_ON_PROPERTY),
        ("they asked us to close off each end of the street during the pickup", Ask.OPERATIONAL_SUPPORT),
        ("ICE wants us to work out where he is living these days", Ask.PERSONNEL_ASSIST),
        ("the DEA wants me sitting in on their wire for a month", Ask.JOINT_INVESTIGATION),
        ("ICE wants to swear in some of our officers as immigration agents", Ask.DEPUTIZATION_287G),
        # round 124 (set EK): a prisoner named as "one of our prisoners"
        ("ERO asked to set up a video interview with one of our prisoners tonight", Ask.ACCESS_PRISONER),
    ],
)
def test_asks_in_plain_verbs(reader: FactsReader, text: str, ask: Ask) -> None:
    assert ask in {a for f in reader.read_message(text) for a in f.asks}


def test_a_dropped_case_takes_back_the_aim_but_not_the_record(reader: FactsReader) -> None:
    """Round 124 (set EK): "they dropped the drug thing" gives up the narcotics case named before;
    a conviction on the record in between is still the record."""
    facts = reader.read(
        "HSI wants our complaint reports on a guy for a narcotics case. He has a 2019 robbery 1st conviction. "
        "His partner says they dropped the drug thing, this is for his removal."
    )
    assert facts.purpose is Purpose.CIVIL_IMMIGRATION
    assert facts.conviction is not Conviction.UNKNOWN
    assert "robbery" in facts.evidence["conviction"]


def test_the_charge_of_our_prisoner_in_brackets_is_not_the_agencys_aim(reader: FactsReader) -> None:
    """Round 125 (set EL): "a man in our cells (petit larceny arrest)" tells our own charge."""
    facts = reader.read(
        "Desk at the 120. Two CBP officers walked in asking to talk to a guy in our cells (petit larceny arrest) "
        "about his immigration status and whether he has papers. Can I bring them back?"
    )
    assert facts.agency is Agency.CBP
    assert facts.purpose is not Purpose.CRIMINAL_INVESTIGATION


@pytest.mark.parametrize(
    "text",
    [
        "ICE asked us to hold him over the weekend, but then they withdrew the request",
        "the feds took custody of him at the courthouse yesterday, it's over",
        "no idea if HSI will want his phone records, nobody has asked",
        "if DHS ever calls about the victim's papers, nobody has so far",
    ],
)
def test_an_ask_withdrawn_finished_or_never_made_is_no_request(reader: FactsReader, text: str) -> None:
    assert not {a for f in reader.read_message(text) for a in f.asks}


def test_a_new_ask_after_a_withdrawn_one_still_counts(reader: FactsReader) -> None:
    text = "ICE asked for a hold and dropped it, but now they want his home address"
    assert {a for f in reader.read_message(text) for a in f.asks} == {Ask.SHARE_RECORDS}


def test_a_release_named_as_the_time_of_a_hand_over_is_no_release_notice(reader: FactsReader) -> None:
    asks = {a for f in reader.read_message("can ERO pick him up at the pct when we cut him loose?") for a in f.asks}
    assert asks == {Ask.TRANSFER_CUSTODY}


@pytest.mark.parametrize(
    "text",
    [
        "i wrote the report on the robbery last week, what a day",  # our own paperwork, named in passing
        "whats the OT code for a court appearance on an RDO again",
        "saw the DOI report about the HSI task force alerts on the news. anyone know if the gym is open?",
    ],
)
def test_incidental_nouns_are_not_requests(reader: FactsReader, table: RuleTable, text: str) -> None:
    headline = decide_message(reader.read_message(text), table).headline
    assert headline.rule_id == "R0", (headline.rule_id, headline.facts.asks)


# ---------------------------------------------------------------- emergencies without the word
@pytest.mark.parametrize(
    "text",
    [
        "an ICE agent got clipped by a car backing out of a driveway during their op, driver took off",
        "the guy ICE was detaining collapsed and isnt breathing, agents are waving us over",
        "ICE doing an arrest outside a deli, someone just swung on one of the agents, agent is on the ground bleeding",
    ],
)
def test_concrete_emergencies_are_answered(reader: FactsReader, table: RuleTable, text: str) -> None:
    headline = decide_message(reader.read_message(text), table).headline
    assert (headline.verdict, headline.rule_id) == (Verdict.PERMITTED, "R11")


def test_an_emergency_does_not_carry_the_enforcement_action(reader: FactsReader, table: RuleTable) -> None:
    text = (
        "ERO is arresting someone for deportation, crowd got heated, one guy shoved an agent and punches are being "
        "thrown. ERO sgt is yelling for us to set up a line so they can finish putting the guy in the van"
    )
    assert decide_message(reader.read_message(text), table).headline.verdict is Verdict.PROHIBITED


def test_a_crash_named_as_a_past_event_is_no_emergency(reader: FactsReader) -> None:
    facts = reader.read("CBP asked what the citizenship was of the driver in the crash on the van wyck")
    assert facts.asks == {Ask.SHARE_STATUS_INFO}


# ---------------------------------------------------------------- convictions
@pytest.mark.parametrize(
    "text,conviction",
    [
        ("he has a robbery 1 from 2024 if that matters", Conviction.QUALIFYING_WITHIN_5Y),
        ("convicted of robbery 2nd two years ago", Conviction.QUALIFYING_WITHIN_5Y),
        ("YO adjudication for robbery 2 when he was 17, that was 2022", Conviction.YOUTHFUL_OFFENDER_ADJUDICATION),
        ("convicted of attempted robbery 2nd in 2023", Conviction.UNKNOWN),  # an attempt: ask
        ("convicted of attempted robbery 2nd back in 2016, no jail time", Conviction.QUALIFYING_OLDER_THAN_5Y),
        ("federal carjacking conviction, 2023", Conviction.OUT_OF_STATE_UNVERIFIED),
        ("NJ aggravated assault conviction from 2024", Conviction.OUT_OF_STATE_UNVERIFIED),
        ("only conviction is federal: 18 usc 924(c) in EDNY, 2023", Conviction.OUT_OF_STATE_UNVERIFIED),
        ("sheet says CPW but its 4th degree from 2025", Conviction.NON_QUALIFYING),
        ("perp has arson 5th from 2024", Conviction.NON_QUALIFYING),
        ("she's got a misd DWI from last year and thats it", Conviction.NON_QUALIFYING),
        ("robbery 1 conviction from 2012, got probation, never did a day", Conviction.QUALIFYING_OLDER_THAN_5Y),
        ("assault 1st conviction in 2018 but he was upstate til 2024", Conviction.QUALIFYING_INCARCERATION_ADJUSTED),
        ("his only prior case, a robbery from 2024, got dismissed", Conviction.NONE),
        ("we arrested him for robbery 1 yesterday, havent seen his rap sheet", Conviction.UNKNOWN),
        ("zero arrests, zero convictions", Conviction.NONE),
        ("contempt conviction 2024, not sure if it was the misd or the felony", Conviction.UNKNOWN),
    ],
)
def test_convictions_are_read_conservatively(reader: FactsReader, text: str, conviction: Conviction) -> None:
    assert reader.read(f"ICE has a judge signed warrant. {text}").conviction is conviction


@pytest.mark.parametrize(
    "text,value",
    [
        ("TSDB: possible match", Tri.YES),
        ("TSDB: no hit", Tri.NO),
        ("not in the tsdb", Tri.NO),
        ("the TSDB check came back possible match", Tri.YES),
        ("tsdb: pending", Tri.UNKNOWN),
        ("nobody ran the watchlist", Tri.UNKNOWN),
    ],
)
def test_watchlist_results_in_officers_shorthand(reader: FactsReader, text: str, value: Tri) -> None:
    assert reader.read(f"ICE wants him held. {text}").tsdb_match is value


# ---------------------------------------------------------------- purpose belongs to the requesting agency
@pytest.mark.parametrize(
    "text,purpose",
    [
        (
            "ERO wants the arrest report on the guy we locked up for the bodega burglary, for his removal case",
            Purpose.CIVIL_IMMIGRATION,
        ),
        ("ICE wants the address we have for a witness in the kings plaza robbery", Purpose.UNKNOWN),
        (
            "DHS guy wants to ride w/ our narcotics team on a buy tonight. didnt say what hes working on",
            Purpose.UNKNOWN,
        ),
        ("FBI wants the DD5s, they didnt say why", Purpose.UNKNOWN),
        ("ice agents want our records, no criminal charges at all", Purpose.UNKNOWN),
        ("HSI wants our arrest reports for a counterfeit handbag case", Purpose.CRIMINAL_INVESTIGATION),
        ("FBI is charging him w/ wire fraud but the end game is getting him removed. want his file", Purpose.MIXED),
    ],
)
def test_purpose_is_the_agencys_stated_aim(reader: FactsReader, text: str, purpose: Purpose) -> None:
    assert reader.read(text).purpose is purpose


def test_an_unstated_reason_stops_the_agency_presumption(reader: FactsReader, table: RuleTable) -> None:
    headline = decide_message(reader.read_message("FBI wants the DD5s, they didnt say why"), table).headline
    assert headline.facts.sources.get("purpose") is Source.STATED and headline.facts.purpose is Purpose.UNKNOWN
    assert headline.verdict is Verdict.NEEDS_INFO


def test_hedged_agency_is_marked_hedged(reader: FactsReader) -> None:
    facts = reader.read("i think its ICE? they want our camera footage from saturday")
    assert facts.agency is Agency.ICE and facts.sources["agency"] is Source.HEDGED


# ---------------------------------------------------------------- paperwork
@pytest.mark.parametrize(
    "text,warrant",
    [
        ("theres an ICE hold on the guy in cell 3, can we keep him overnight", Warrant.UNKNOWN),  # R2d: ask who signed
        ("ice says they're on the way w paperwork, can we keep him a couple extra hours", Warrant.NONE),
        (
            "got a 'warrant' from ICE, signed by a 'supervisory detention and deportation officer'",
            Warrant.ADMINISTRATIVE,
        ),
        ("TSDB possible match. paperwork is just an I-247A. hold?", Warrant.DETAINER_ONLY),
        ("ICE removal warrant signed by US magistrate, conviction misd 2025", Warrant.JUDICIAL_IMMIGRATION),
        ("fbi says prosecutors may charge him, no warrant attached", Warrant.NONE),
    ],
)
def test_paperwork(reader: FactsReader, text: str, warrant: Warrant) -> None:
    assert reader.read(text).warrant is warrant


# ---------------------------------------------------------------- evidence is the officer's own words
def test_evidence_is_a_span_of_what_the_officer_typed(reader: FactsReader) -> None:
    text = "ICE has a judical warrent w/ a detainr, can we hold him? he has a robbery conviction from 2024"
    facts = reader.read(text)
    for name, words in facts.evidence.items():
        assert words in text, (name, words)  # never a corrected word the officer did not type
    assert facts.evidence["warrant"] == "judical warrent"


def test_normalised_text_maps_back_character_by_character() -> None:
    text = "  HSI   wants  the DD5s w/o delay, dont wait\u200b!"
    tidy = normalise(text)
    assert tidy.norm == "hsi wants the dd5s without delay, don't wait!"
    start = tidy.norm.index("without")
    assert tidy.words(start, start + len("without")) == "w/o"


def test_a_claimed_identity_or_a_dotted_capital_is_read_for_what_it_is(reader: FactsReader, table: RuleTable) -> None:
    claimed = reader.read("a guy who says he's with the FBI wants our robbery reports for their case")
    assert claimed.sources.get("agency") is not Source.STATED  # claimed, not verified: never permits
    assert decide_message([claimed], table).headline.verdict is not Verdict.PERMITTED
    assert reader.read("İCE sent a detainer, hold him past release?").agency is Agency.ICE


# ---------------------------------------------------------------- determinism
def _digest_in_subprocess(seed: str) -> str:
    code = f"""
import datetime as dt, hashlib, json, sys
from pathlib import Path
from bot.facts.extract import FactsReader
from bot.facts.record import load_offenses
from bot.rules import load_rules, decide_message
K = Path({str(KNOWLEDGE)!r})
table = load_rules(K / "rules.yaml")
reader = FactsReader(load_offenses(K / "offenses.yaml"), lambda: dt.date(2026, 11, 30))
digest = hashlib.sha256()
for line in sys.stdin:
    decision = decide_message(reader.read_message(json.loads(line)["question"]), table)
    row = [[d.verdict.value, d.rule_id, d.facts.to_log()] for d in decision.requests]
    digest.update(json.dumps(row, sort_keys=True).encode())
print(digest.hexdigest())
"""
    questions = (ROOT / "eval" / "scenarios-team.jsonl").read_text() + (
        ROOT / "eval" / "heldout" / "fresh-2026-11-30-d.jsonl"
    ).read_text()
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], input=questions, capture_output=True, text=True, env=env, check=True, cwd=ROOT
    )
    return done.stdout.strip()


def test_same_facts_and_verdicts_under_every_hash_seed() -> None:
    digests = {_digest_in_subprocess(str(seed)) for seed in range(5)}
    assert len(digests) == 1


def test_same_facts_and_verdicts_across_threads(reader: FactsReader, table: RuleTable) -> None:
    questions = [json.loads(line)["question"] for line in (ROOT / "eval" / "scenarios-team.jsonl").open()]

    def read_all(_: int) -> list[object]:
        return [[d.facts.to_log() for d in decide_message(reader.read_message(q), table).requests] for q in questions]

    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(read_all, range(4)))
    assert all(run == runs[0] for run in runs)


def test_the_headline_among_equals_is_the_request_that_waits_on_its_own_facts(
    reader: FactsReader, table: RuleTable
) -> None:
    """The FBI request waits only on the DEA one: the DEA's question leads the card and the form."""
    decision = decide_message(reader.read_message(f"{ROBBERY_RECORDS} DEA also called."), table)
    assert [d.verdict for d in decision.requests] == [Verdict.NEEDS_INFO, Verdict.NEEDS_INFO]
    assert (decision.headline.facts.agency, decision.headline.rule_id) == (Agency.DEA, "R-ask-unclear")


ROUND_SEVENTEEN = [
    # an emergency the officer is unsure of is not read as one
    (
        "ERO asking for backup at a job in corona, getting heated, dont know if anybodys hurt",
        [("ice_ero", "prohibited")],
    ),
    # an office in our court section; a command post bus in our compound
    ("ICE asking for an office in our court section space, criminal investigations only", [("ice", "escalate")]),
    (
        "ERO wants to park their command post bus inside the ESU compound all week for their operation",
        [("ice_ero", "prohibited")],
    ),
    # a hold while ICE "gets" a judge's warrant rests on the detainer alone
    (
        "detainer only, ICE says he was deported 2016 and came back, 2009 murder 2 conviction, hold 48 hrs while "
        "ice gets a judge warrant?",
        [("ice", "escalate")],
    ),
    # a prisoner found with forged cards is a suspect in a crime other than status
    (
        "the prisoner came in with 30 forged social security cards, can the detective ask him about his status",
        [("none", "permitted")],
    ),
    # crimes named by the unit's words
    ("HSI wants our LPR reads on a plate for their stolen car export case", [("hsi", "escalate")]),
    (
        "HSI wants our arrest history on 3 guys selling fake designer bags, for their trademark case",
        [("hsi", "escalate")],
    ),
    ("HSI tiene orden criminal firmada por juez federal y quiere al detenido", [("hsi", "escalate")]),
    # set R's false permit: "our prisoner w a 2023 robbery 1" is his record, not ICE's criminal case;
    # ICE interviewing him on a judge's immigration warrant is a civil interview in our custody
    (
        "ice has a judge warrant for our prisoner w a 2023 robbery 1 and they also want to interview him in "
        "our cells first",
        [("ice", "prohibited")],
    ),
]


# Each round's classes, found by a fresh set written apart from the reader and kept as
# regressions: one case per sentence, named by its round.
ROUND_EIGHTEEN = [
    # "24 hrs" is opening hours, not a hold; a hold asked in so many words
    ("is the cafeteria at the 4-1 open 24 hrs on weekends", [("unknown", "escalate")]),
    ("ice wants a hold on our prisoner, no paperwork at all", [("ice", "prohibited")]),
    # custody asked as "for custody of"; an interview of our suspect joined by the agency
    ("deportation officer came in with a warrant for custody of our prisoner", [("ice_ero", "needs_info")]),
    (
        "hsi would like to sit in on the interview of our assault suspect, its for their gun trafficking case",
        [("hsi", "permitted")],
    ),
    # our own arrest charge is not the agency's case; a warrant for a named crime from the DEA
    (
        "ice has a warrant signed by a magistrate for a man we have on a robbery arrest, can we hand him over",
        [("ice", "needs_info")],
    ),
    (
        "dea has a federal warrant for her for heroin distribution, they want her after arraignment",
        [("dea", "permitted")],
    ),
    # the task-force partner who asks, when nobody else is named
    (
        "narcotics task force with dea, they want our buy reports on the target for their conspiracy case",
        [("dea", "permitted")],
    ),
    # records asked as "any contact with"; a victim whose report we took
    ("the feds want to know if we had any contact with a john smith this year", [("federal", "needs_info")]),
    ("took a robbery report from a guy at the bodega, can i ask him if hes legal", [("none", "prohibited")]),
    # 287(g) asked as joining it, or ICE training officers for immigration work
    (
        "are we applying to join 287g? ice said they would train our officers for immigration screening",
        [("ice", "prohibited")],
    ),
    ("my kid is doing a school project on 287g, anyone got a good article?", [("unknown", "escalate")]),
    # an armed person at an ICE scene is an emergency; "respond and assist" is help with their operation
    ("call came in, guy waving a machete near where ice is doing an arrest, do we go", [("ice", "permitted")]),
    ("radio says respond and assist ice at the shelter, with what?", [("ice", "needs_info")]),
    # voice-to-text letters
    ("eye see e wants to know when he gets out", [("ice", "needs_info")]),
    # a conviction on the five-year line with prison time since: a legal computation
    ("ice magistrate warrant, he has a 2021 robbery 1st conviction and did 2 yrs, transfer ok?", [("ice", "escalate")]),
    # a release notice on paper whose signer is unknown is asked about; with no paper, refused
    (
        "ero emailed a paper they call a warrant, they want a call when he's released, i havent seen who signed it",
        [("ice_ero", "needs_info")],
    ),
    ("ero called, want a heads up when he gets released", [("ice_ero", "prohibited")]),
    # a desk for their arrests is civil; a desk with no purpose stated is asked about
    ("ice wants a desk in the squad to do their paperwork between pickups", [("ice", "prohibited")]),
    ("cbp asked for a desk at the 120 for a couple weeks", [("cbp", "needs_info")]),
    # the same officers asked by a second agency
    (
        "usms wants 3 cops for a fugitive warrant (judge signed, robbery) and ero wants the same 3 cops after "
        "for a pickup",
        [("usms", "permitted"), ("ice_ero", "prohibited")],
    ),
]

ROUND_NINETEEN = [
    # two people in one status question, one a victim: asking the victim is part of it (set T's false permit)
    (
        "the victim is afraid ICE will find her, and the guy we arrested had forged papers. can i ask both of them "
        "about status?",
        [("none", "prohibited")],
    ),
    # two asks each decided by the table are two answers, not a case no rule covers
    (
        "DEA wants two things: our det to stay on the wire another month, and to hold a guy for them on a fed arrest "
        "warrant signed by an EDNY judge for cocaine distribution",
        [("dea", "permitted")],
    ),
    # paperwork read by its signature line; a hold paper and "do we keep him"
    (
        "the ICE paper's signature line says authorized immigration officer. they want him when he's released",
        [("ice", "prohibited")],
    ),
    ("got a 'hold' from immigration on our prisoner by fax. do we keep him", [("ice", "needs_info")]),
    # emergencies said concretely
    ("EDP on the roof threatening to jump while ice is doing an arrest next door", [("ice", "permitted")]),
    # asks in plain words: a ride, an alert list, a look at a prisoner, space to process arrests
    (
        "ice van broke down, they asked if we can drive a detainee they picked up down to 26 fed plaza",
        [("ice", "prohibited")],
    ),
    ("ICE asked us to add 6 names to an alert list", [("ice", "needs_info")]),
    ("ice wants eyes on our guy in the cells to confirm his identity for removal", [("ice", "prohibited")]),
    (
        "can ICE use the interview room at the 110 to process the people they pick up on the block",
        [("ice", "prohibited")],
    ),
    ("hsi pitched a 287g style arrangement for our squad", [("hsi", "prohibited")]),
    # record details: abbreviations, prison time, violations
    ("ice magistrate warrant, burg 2nd 2017, did 5 yrs, out in 2022, tsdb negative", [("ice", "escalate")]),
    (
        "ice has a judge's warrant, he has crim mischief 4th from 2023 and a dis con, tsdb no. hold him?",
        [("ice", "prohibited")],
    ),
    # the target's conduct is the agency's case; removal said of them
    (
        "CBP wants our camera footage on a truck they say is moving counterfeit sneakers out of the port",
        [("cbp", "escalate")],
    ),
    (
        "hsi asked for our gang database entries on 2 kids, said ERO is looking at removing them",
        [("hsi", "prohibited")],
    ),
    # documents carried in several names are a crime other than status, not a record
    (
        "perp had 4 fake licenses in different names, ok to ask where hes from and his immigration status",
        [("none", "permitted")],
    ),
    # historical plate reads are data, not an alert; our own overtime paperwork is off topic
    ("fbi wants lpr hits for a plate tied to a kidnapping, last 10 days", [("fbi", "permitted")]),
    ("where do i put in the ot slip for court", [("unknown", "escalate")]),
    # a re-entry charge in words; a release to the agent himself
    (
        "usms has an arrest warrant signed by an sdny judge, charge is reentry of removed alien, want him after "
        "arraignment",
        [("usms", "escalate")],
    ),
    (
        "HSI says release the prisoner to him, they have a federal fraud arrest warrant signed by a judge",
        [("hsi", "escalate")],
    ),
]

ROUND_TWENTY = [
    # a court-date notice asked as a heads-up when the case is called (set V's false permit)
    (
        "HSI wants a heads up when our defendant's case is called in state court so they can pick him up on their "
        "EDNY fraud warrant",
        [("hsi", "escalate")],
    ),
    # our collar asked for with an adjective; charges only likely (set V's false permit)
    (
        "FBI wants our robbery collar tonight, AUSA says charges are likely but nothing filed. and our DD5s",
        [("fbi", "escalate")],
    ),
    # the suspect's answer passed on to the agency is a status request (set V's false permit)
    (
        "can i ask the suspect about his status, and then tell ICE what he says about it? they asked me to",
        [("ice", "escalate")],
    ),
    # an office in more words; a civil aim hyphenated
    ("CBP wants a desk at the 1-1-5 to process out-of-status travelers", [("cbp", "prohibited")]),
    # an alert in our system
    (
        "FBI wants an alert in our system on a bank robbery suspect so they're notified if he's stopped",
        [("fbi", "escalate")],
    ),
    # complainants asked about citizenship
    ("should we be asking complainants if they're citizens on the 61s?", [("none", "prohibited")]),
    # entry through the back
    (
        "border patrol wants to come in through the back and check the locker rooms for a guy who overstayed",
        [("cbp", "prohibited")],
    ),
    # 287(g) asked in four words
    ("287g for our pct, yes or no", [("unknown", "prohibited")]),
    # making entry on a judge's search warrant
    (
        "ATF has a search warrant signed by a fed magistrate for a ghost gun apartment and wants us to make entry",
        [("atf", "permitted")],
    ),
    # staying on a task force
    (
        "im on the DEA task force, can i keep going out on surveillance with them on the heroin crew",
        [("dea", "permitted")],
    ),
    # our own retention question
    ("how long do we keep body cam video from a car stop", [("unknown", "escalate")]),
    # 'mag signed' is a magistrate
    ("sdny mag signed immigration warrant, conviction 2024 robbery 1st. release him to ice?", [("ice", "escalate")]),
    # a forged card carried is a crime, not a record
    ("perp had a forged green card on him. can i ask his status?", [("none", "permitted")]),
    # our prisoner named by our case is not ICE's criminal warrant
    (
        "ICE has a judge's warrant on our guy from the bodega robbery, TSDB clear, his record isnt back",
        [("ice", "needs_info")],
    ),
    # holding the corners for a sweep
    ("ero wants a hand: hold the corners so nobody runs during their car wash sweep", [("ice_ero", "prohibited")]),
]

ROUND_TWENTY_ONE = [
    # our own unit named in a joint op is not a DHS agency's aim (set Y's false permit)
    ("HSI wants a joint op with our robbery unit tomorrow, ok?", [("hsi", "needs_info")]),
    # violence against the driver of an ICE van
    ("a crowd has an ice van boxed in and a guy is punching the driver, can we step in", [("ice", "permitted")]),
    # 'where hes really from'; passports in 'diff names'
    (
        "burglary/ID theft, perp had 2 passports w/ 2 diff names on him. can i ask where hes really from and what "
        "his status is?",
        [("none", "permitted")],
    ),
    # a caller's status 'got' for the paperwork
    (
        "good samaritan called 911 for an OD, sgt wants us to get the caller's immigration status for the report",
        [("none", "prohibited")],
    ),
    # an immigration hearing is a civil aim
    ("ICE wants the station camera video of a guy who skipped his immigration hearing", [("ice", "prohibited")]),
    # a lot used as a spot
    ("cbp asked to use our tow pound as a spot to load the people they pick up tonight", [("cbp", "needs_info")]),
    # an alert asked as 'if any of our cars ever stops'
    ("cbp guy wants me to let him know if any of our cars ever stops this individual", [("cbp", "needs_info")]),
    # taking orders from ERO
    (
        "can a couple of us get assigned to the ERO fugitive ops team, taking orders from their SDDO?",
        [("ice_ero", "prohibited")],
    ),
    # their enforcement teams run out of our room
    ("ICE wants to run their enforcement teams out of our old muster room for a month", [("ice", "prohibited")]),
]

ROUND_TWENTY_TWO = [
    # a DHS agency's hold pending its own transport is a custody ask (set X's false permit)
    (
        "HSI has a magistrate-signed arrest warrant for our arrestee on a fraud conspiracy and asks us to "
        "hold the subject pending their transport",
        [("hsi", "escalate")],
    ),
    # two prisoners on different paper in one request: never permitted on the warrant of one (set X)
    (
        "FBI has a judge-signed warrant for one of our 2 prisoners. for the other one they have no warrant, "
        "says charges are coming. they want both",
        [("fbi", "needs_info")],
    ),
    # last night's 10-10 is an earlier job, not an emergency now (set X)
    ("ice called asking if the guy from last nights 10-10 got DAT'd or is still in", [("ice", "needs_info")]),
    # an agency whose component is unknown joining our interview states no aim (set X)
    ("dhs agent wants to sit in on our interview of an assault suspect", [("dhs", "needs_info")]),
    # 'whether he's in the country legally' asked beside a warrant hand-over (set X)
    (
        "DEA has a federal arrest warrant signed by a judge for my prisoner and we're handing him over. "
        "agent also asked if we know whether he's in the country legally",
        [("dea", "escalate")],
    ),
]

ROUND_TWENTY_THREE = [
    # the agency's own unit names its line of work: presumed, so it routes (R4d) but never permits
    ("HSI gang unit is asking for the 911 call and the complaint report on a stabbing", [("hsi", "escalate")]),
    ("HSI narcotics group wants a heads up when any of 3 guys gets stopped", [("hsi", "escalate")]),
    # a crime word in the thing asked for ("gang database") or our own unit names no aim of theirs
    ("ICE agent asked me to pull gang database entries for 2 names", [("ice", "needs_info")]),
    # a judge's search warrant for our equipment or rooms is entry to non-public areas (R1c)
    (
        "DEA came in with a search warrant signed by a federal magistrate for the precinct's computers",
        [("dea", "escalate")],
    ),
    # coming upstairs, serving papers on a prisoner, agents kept at booking: premises and prisoner asks
    ("ERO officer wants to walk upstairs to the squad to see who we have in", [("ice_ero", "prohibited")]),
    ("ero wants to serve an NTA on our prisoner while he is in our cells", [("ice_ero", "prohibited")]),
    ("CBP wants to keep 3 agents at brooklyn CB to check the arrestees", [("cbp", "needs_info")]),
    ("ICE asked for some space at Queens central booking for their criminal unit", [("ice", "escalate")]),
    # joining a task force, the joint stuff, an agent who sits in, being on the entry
    ("my lt wants me to join the HSI child exploitation task force, all criminal work", [("hsi", "permitted")]),
    (
        "ATF has a search warrant signed by a judge for a gun stash house, can we be on the entry",
        [("atf", "permitted")],
    ),
    # a federal bench warrant is a judge's warrant; a federal code section is a crime
    (
        "usms has a federal bench warrant for a guy in our cells who skipped his federal wire fraud case, "
        "they want him",
        [("usms", "permitted")],
    ),
    (
        "DEA has a magistrate-signed warrant under 21 USC 841 for our prisoner, can they take him after arraignment",
        [("dea", "permitted")],
    ),
    # escape and supervision violations are federal crimes; so is using another person's ID
    (
        "marshals have a judge-signed federal warrant for an escapee from a halfway house and want us to hold him",
        [("usms", "permitted")],
    ),
    (
        "investigating a guy for using someone else's social security card to get a job, "
        "ok to ask about his immigration status?",
        [("none", "permitted")],
    ),
    # an I-247 form is ICE's civil detainer whoever sends it (found by the permission property test)
    ("FBI sent an I-247A detainer on our prisoner for their bank robbery case, hold him?", [("fbi", "prohibited")]),
    # set AB's false permits: desks asked beside the joint case they serve; "bring him to their office
    # instead of releasing him" when the message is about our arrestee
    (
        "DEA wants to know if they could have three desks and a file cabinet at the precinct for their joint "
        "heroin case with our squad",
        [("dea", "escalate")],
    ),
    (
        "our arrestee had his state case dismissed. ATF says they may charge him federally for gun running and "
        "wants us to drive him to their office instead of releasing him. no warrant",
        [("atf", "escalate")],
    ),
    # an emergency told as an agent being shot at
    ("ICE agent was just shot at outside the deli, do we respond", [("ice", "permitted")]),
]

ROUND_TWENTY_FOUR = [
    # emergencies said as an agent punched or jumped, or an armed man threatening them (sets AA, AB)
    ("crowd at the ICE scene and some guy just punched one of the agents, do we go in", [("ice", "permitted")]),
    (
        "HSI radioed that an armed man is following and threatening them outside the bodega, can we respond",
        [("hsi", "permitted")],
    ),
    # a witness to an accident is not an accident now; an NCIC immigration entry alone holds nobody (AB)
    (
        "ran a witness to a car accident and NCIC showed an ICE entry on him, boss wants to hold him for ICE",
        [("ice", "prohibited")],
    ),
    # the crime a record is about is not the agency's aim when the officer says no reason was given (AA)
    ("ICE emailed asking for the complaint report on a burglary from june, no reason given", [("ice", "needs_info")]),
    # a woman flagging down the car for directions is a person seeking help (AA)
    ("woman flagged down our car asking for directions, can my partner ask if she is legal", [("none", "prohibited")]),
    # status questions with no crime suspected are about status alone (AB)
    (
        "lt wants us to ask the guys outside the shelter if they are legal. nobody is suspected of anything",
        [("none", "prohibited")],
    ),
    # plain-word asks: lock down the block, cars for the hit, hand him to their agents, take him with them,
    # a look at the seized goods in our property room, the joint team, an interview in our room (AA, AB)
    (
        "DEA has a judge-signed search warrant for a heroin mill in our sector and wants a car to lock down the block",
        [("dea", "permitted")],
    ),
    (
        "ATF has a magistrate signed search warrant on a gun stash house, wants 2 sector cars for the hit tmrw",
        [("atf", "permitted")],
    ),
    (
        "DEA has an SDNY judge's arrest warrant for the guy in cell 3, cocaine conspiracy. "
        "they want to take him with them",
        [("dea", "permitted")],
    ),
    ("CBP wants to come look at the seized boxes in our property room", [("cbp", "needs_info")]),
    ("FBI wants one of our dets on the joint team for their bank robbery case", [("fbi", "permitted")]),
    # a birthplace or a citizenship on file, asked alone, is a status request (AB)
    (
        "HSI only wants to know if our arrestee was born in Honduras or in the United States",
        [("hsi", "escalate")],
    ),
    # cocaine smuggling is a crime about goods, not an immigration crime (AB)
    ("CBP wants our camera footage from the pier for a cocaine smuggling investigation", [("cbp", "escalate")]),
]

ROUND_TWENTY_FIVE = [
    # a joint case named as what something else serves never permits on its own (set AD's false permit)
    (
        "HSI wants to put two agents full time in a room at the 109 for a joint narcotics investigation",
        [("hsi", "escalate")],
    ),
    ("FBI wants a desk at our district office for a joint bank robbery case", [("fbi", "escalate")]),
    # plain-word asks from sets AC and AD
    (
        "USMS has a judge-signed warrant for an armed robbery fugitive and wants us to cover the back while they knock",
        [("usms", "permitted")],
    ),
    (
        "ERO wants one of our cars to drive a man they arrested on a removal order to Varick",
        [("ice_ero", "prohibited")],
    ),
    (
        "ERO asked transit cops to block the station stairs so nobody runs during their removal op",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE deportation officer wants the property clerk to release his vouchered passport for his removal",
        [("ice_ero", "prohibited")],
    ),
    ("ICE left a message, call them when Mr. Okafor is released. no paperwork", [("ice", "prohibited")]),
    (
        "ERO wants a list of every arrest we made at the shelter last month so they can check who is removable",
        [("ice_ero", "prohibited")],
    ),
    (
        "CBP wants to post an agent in our airport district office to screen arrestees for visa status",
        [("cbp", "prohibited")],
    ),
    (
        "ICE wants to station an HSI criminal investigations team inside our transit district building",
        [("hsi", "escalate")],
    ),
    (
        "USMS with a judge-signed arrest warrant want to go back into our cell area and get the guy themselves",
        [("usms", "escalate")],
    ),
    (
        "HSI says he is a criminal alien, no warrant and no detainer, asks us to hold him overnight for them",
        [("hsi", "prohibited")],
    ),
    ("ERO says keep Ramos at the 44 till they come tonight, they have a final order", [("ice_ero", "prohibited")]),
    ("HSI asked only whether our arrest record lists the arrestee as a US citizen", [("hsi", "escalate")]),
    # emergencies: people in the water after a boat flipped; someone being dragged into a van
    (
        "CBP chase, the boat flipped near the pier and people are in the water, do we go",
        [("cbp", "permitted")],
    ),
    (
        "911 job, men are dragging my neighbor into a van, caller thinks it might be ICE. do we send a car",
        [("ice", "permitted")],
    ),
]

ROUND_TWENTY_SIX = [
    # "a detainer only ... no judge warrant": the denied judge is no second paper (set Q)
    (
        "ICE faxed a detainer only and says he is a possible terrorist watchlist match. no judge warrant. hold him?",
        [("ice", "escalate")],
    ),
    # "just want it on record" is an idiom, not a record asked for (set Q)
    (
        "HSI boat capsized near the pier during their op, agents in the water. launching now, want it on record",
        [("hsi", "permitted")],
    ),
    # plain-word asks from set Q
    (
        "ERO op at the houses tomorrow, they want us to close off the parking lot entrance with an RMP",
        [("ice_ero", "prohibited")],
    ),
    (
        "DEA has a judge-signed search warrant for a boat at the marina, want our launch to take 4 agents out to it",
        [("dea", "permitted")],
    ),
    ("DHS asks if their counter narcotics guys can have a room at our base full time", [("dhs", "needs_info")]),
]

ROUND_TWENTY_SEVEN = [
    # "immigration" named as the agency that has or wants something (set AF's false permit)
    (
        "marshals and immigration both want my prisoner. marshals have a judge-signed federal warrant for bank "
        "robbery. immigration has a judge-signed warrant too and he has a 2024 robbery 1 conviction",
        [("usms", "permitted"), ("ice", "escalate")],
    ),
    # a second requester we cannot name: what we read of the first never permits alone
    (
        "the marshals and the state parole office both want my prisoner. marshals have a judge-signed federal "
        "warrant for carjacking. who gets him?",
        [("usms", "needs_info")],
    ),
]

ROUND_TWENTY_EIGHT = [
    # set AE's classes
    (
        "ice wants us to call them when maria gets out, they have a judge warrant. dont know her record",
        [("ice", "needs_info")],
    ),
    (
        "USMS lodged a detainer based on a federal indictment for a gun trafficking conspiracy, they want to be "
        "notified when we are done with him",
        [("usms", "permitted")],
    ),
    (
        "HSI email: arrest warrant signed by Hon. R.T. Lee attached for wire fraud, notify us before release",
        [("hsi", "escalate")],
    ),
    ("an I-247A and a warrant signed by an ICE SDDO, do we hold him", [("ice_ero", "prohibited")]),
    ("ERO asked me to keep the driver at my car stop until they get there", [("ice_ero", "prohibited")]),
    (
        "vic from the burglary asked if we will call immigration, can I ask her if she is legal",
        [("none", "prohibited")],
    ),
    ("FBI asks whether our records list our arrestee as a US citizen", [("fbi", "escalate")]),
    (
        "HSI group wants me on a judge-signed search warrant tomorrow for their child exploitation case",
        [("hsi", "permitted")],
    ),
    ("DEA wants our gang database entry on one narcotics target", [("dea", "permitted")]),
    (
        "judge-signed ICE warrant, he has a 2024 robbery 1st conviction. ICE only wants his next court date",
        [("ice", "escalate")],
    ),
]

ROUND_TWENTY_NINE = [
    # a second status question about a witness, asked "too" after the suspect's (set AG's false permit)
    (
        "document fraud collar: can I ask the suspect about his status? and the clerk who saw everything, "
        "can I ask her too?",
        [("none", "prohibited")],
    ),
    (
        "caso de fraude: can I ask the suspect about his status? y la testigo, can I ask her too?",
        [("none", "prohibited")],
    ),
    # the same question about the suspect alone stays permitted
    ("document fraud collar: can I ask the suspect about his status?", [("none", "permitted")]),
]

ROUND_THIRTY = [
    # set AI (first sight 0.900 / 1 false permit / 0.858) and set AJ (0.858 / 0 / 0.921) worked by class
    # a status question joined to a records ask by "and also whether" (set AI's false permit)
    (
        "DEA wants our complaint report on the stabbing and also whether the suspect is in the country legally",
        [("dea", "escalate")],
    ),
    ("marshals asking for the arrest photo, plus if hes here illegally", [("usms", "escalate")]),
    ("ICE wants to know her status, shes the victim in our burglary", [("ice", "escalate")]),
    # a bare "fed" asking is a federal agency, not the officer's own question
    ("fed asking if our collar is a US citizen. do i answer?", [("federal", "escalate")]),
    # deputization in plain words
    (
        "lt says ICE will swear some of us in to help with immigration arrests on the weekend, can I sign up",
        [("ice", "prohibited")],
    ),
    ("got offered a TFO spot with ERO, worth it?", [("ice_ero", "prohibited")]),
    ("could the department do a 287g like nassau county", [("unknown", "prohibited")]),
    # attacks described without the word emergency
    ("crowd has the HSI van surrounded with agents inside, somebody has a pipe. go?", [("hsi", "permitted")]),
    ("shots fired on the block where FBI was serving a warrant, agents pinned down. rolling?", [("fbi", "permitted")]),
    # plain-verb asks
    ("CBP has a magistrate's search warrant for a trailer in our tow pound. they want in", [("cbp", "escalate")]),
    (
        "ATF has a federal search warrant for a stash apartment, wants our team to help with entry",
        [("atf", "permitted")],
    ),
    ("HSI wants the shotspotter alerts from the 4-4 for their gun trafficking case", [("hsi", "escalate")]),
    ("ERO asked to be called when our guy comes back in for his property", [("ice_ero", "prohibited")]),
    ("ERO wants to put people they picked up in our cells for a couple hours", [("ice_ero", "prohibited")]),
    ("HSI wants to post 3 agents full time in PSA 4 for their trafficking unit", [("hsi", "escalate")]),
    ("HSI wants the court dates for a ring of car thieves, criminal case", [("hsi", "escalate")]),
    ("border patrol wants to ride with our sector tonight to look for illegals", [("cbp", "prohibited")]),
    (
        "ICE asked us to escort their vehicles out of the neighborhood after the arrest, no crowd now",
        [("ice", "needs_info")],
    ),
    # "desk at the 77, 0200" is where the officer sits, not an office asked for
    ("desk at the 77, 0200. ERO wants us to hold a guy on a detainer till morning", [("ice_ero", "prohibited")]),
    # the NYPD's own case (a complainant, a folder on our pattern) is not the agency's purpose
    (
        "warrant check on our assault complainant shows an ICE administrative warrant. do we arrest him?",
        [("ice", "prohibited")],
    ),
    (
        "HSI wants to look through our case file on the Jamaica Ave burglary pattern, didnt say why",
        [("hsi", "needs_info")],
    ),
    # records: names and dates of birth, OMNY swipes
    ("CBP wants the names and DOBs of the 4 kids we summonsed at the park, no reason", [("cbp", "needs_info")]),
    # convictions: a dismissed charge beside a misdemeanour; a YO adjudication alone; a correction
    (
        "ICE warrant signed by a federal magistrate, only record is a 2023 misdemeanor assault 3 and a dismissed "
        "petit larceny, tsdb negative. release to ICE?",
        [("ice", "prohibited")],
    ),
    (
        "judge-signed ICE warrant. only thing on him is a 2021 youthful offender adjudication. tsdb no. hand over?",
        [("ice", "prohibited")],
    ),
    (
        "judge signed ICE warrant, he has a burglary 2 from 2023 - actually that was the arrest charge, "
        "not sure what he pled to. tsdb negative",
        [("ice", "needs_info")],
    ),
    ("judge signed ICE warrant, only thing is a YO adjudication. nobody asked about tsdb", [("ice", "needs_info")]),
    # paperwork: a detainer form asked about; a signature block read after all; paper not shown yet
    ("can we hold on an i-247a?", [("unknown", "prohibited")]),
    (
        "immigration has some kind of warrant, wants a hold. just read it, sig block says deportation officer",
        [("ice_ero", "prohibited")],
    ),
    (
        "DEA wants to take a prisoner we have, says charges are coming. havent shown any paper yet",
        [("dea", "needs_info")],
    ),
    # a judge's warrant "plus the detainer" is one request; "checks both boxes" is not two people
    (
        "ICE has a warrant signed by a federal judge, plus the detainer. 2024 robbery 1 conviction. they want him at "
        "release, that checks both boxes right?",
        [("ice", "escalate")],
    ),
]

ROUND_THIRTY_ONE = [
    # set AK (first sight 0.863 / 0 / 0.900) and set AL (0.863 / 1 false permit / 0.884) worked by class
    # asks numbered after a fight that is over are read, not lost behind it (set AL's false permit)
    (
        "fight at the bus terminal during a CBP op, we broke it up. now CBP wants us to (1) stand at the exits so "
        "nobody leaves (2) give them the names off our aided reports",
        [("cbp", "prohibited")],
    ),
    # voice-to-text: "ice euro" is ERO, "eye two forty seven a" a detainer, "thirteen twenty six" re-entry
    (
        "ice euro asked if one of our cars can drive a guy they grabbed to twenty six federal plaza",
        [("ice_ero", "prohibited")],
    ),
    ("perp got an eye two forty seven a faxed over, ice says keep him past his release. ok", [("ice", "prohibited")]),
    (
        "marshals have a warrant signed by a magistrate for illegal re entry, eight usc thirteen twenty six. take him?",
        [("usms", "escalate")],
    ),
    # officers placed under an immigration agency
    (
        "ice offers a course where our cops get authority to lodge detainers on our arrests, ok to sign up?",
        [("ice", "prohibited")],
    ),
    (
        "cbp wants six of our cops at the airport working under cbp supervisors to process arrivals",
        [("cbp", "prohibited")],
    ),
    ("ERO invited one of our guys to ride along on their morning ops", [("ice_ero", "prohibited")]),
    # support asks in plain words
    (
        "ERO picking up people with final orders at a shelter, they want us to hold traffic while they load the van",
        [("ice_ero", "prohibited")],
    ),
    ("border patrol wants us to block off 42nd st for their checks", [("cbp", "needs_info")]),
    (
        "FBI has a judge signed arrest warrant for a robbery suspect, wants a sector car at the knock in case he runs",
        [("fbi", "permitted")],
    ),
    (
        "us marshals have a judge signed federal warrant for our prisoner on a gun case. they take him from here?",
        [("usms", "permitted")],
    ),
    # desks and rooms
    ("HSI wants to keep 3 desks permanently at the 110 for their gang unit, criminal only", [("hsi", "escalate")]),
    (
        "ERO officers want to sit in our muster room and do their paperwork between pickups for a few weeks",
        [("ice_ero", "prohibited")],
    ),
    # their arrestees held in our cells: ICE unnamed and no paper named, so the bot asks before anything
    ("ICE wants to use our cell block to hold their arrestees for an hour tomorrow", [("ice", "needs_info")]),
    # status questions: plural citizens, the answer a person gave, "confirm status to"
    ("ERO emailed asking whether 4 of our arrestees are citizens or not, nothing else", [("ice_ero", "escalate")]),
    ("can we confirm status to HSI if status is all they ask for", [("hsi", "escalate")]),
    (
        "fraud collar used a fake green card. det wants to ask where he bought it and what his real status is",
        [("none", "permitted")],
    ),
    # records: a list of every summons; a database printout
    (
        "CBP wants a list of every summons we wrote at the terminal this year for a cargo theft case",
        [("cbp", "escalate")],
    ),
    # the officer's own doubt is no ask ("I can't tell what it was" is not "tell them")
    (
        "magistrate signed ICE warrant, conviction from 2024 but i cant tell what it was, rap sheet just says "
        "PL 120. hold?",
        [("ice", "needs_info")],
    ),
    # records: misdemeanours and none; the terrorism check
    (
        "immigration warrant signed by a district judge. record is a dwi 2023 and petit larceny 2022. terrorism check "
        "clean. hold him?",
        [("unknown", "prohibited")],
    ),
    (
        "magistrate judge warrant for ICE, no arrests ever besides this fare beat. TSDB negative",
        [("ice", "prohibited")],
    ),
    (
        "judge signed ICE warrant, only conviction is a 2014 robbery 1 with probation. their paperwork doesn't say "
        "anything about a terrorism screening. release to them?",
        [("ice", "needs_info")],
    ),
    # who asks: a forwarded note, "things from the same ERO team"
    (
        "fwd from SA Ortiz HSI: pls send the 61s on the Flushing robbery pattern. didnt say why. ok?",
        [("hsi", "needs_info")],
    ),
    (
        "2 things from the ERO team today: 1) his address off our report 2) his next court date",
        [("ice_ero", "prohibited")],
    ),
    # a lapsed TPS is a civil aim
    ("DHS wants us to flag people whose TPS expired in our plate readers", [("dhs", "prohibited")]),
]

ROUND_THIRTY_TWO = [
    # set AM (first sight 0.900 / 0 / 0.911) and set AN (0.874 / 1 false permit / 0.858) worked by class
    # an alert on a vehicle is monitoring (R6), not camera data shared (set AN's false permit)
    ("DEA wants an LPR alert on a white van tied to their heroin case. set it up?", [("dea", "escalate")]),
    ("FBI wants a plate reader alert on a grey SUV for their kidnapping case", [("fbi", "escalate")]),
    # emergencies in plain words
    (
        "crowd outside during an ICE op, somebody just clocked a guy with a bottle and a fight is starting. go in?",
        [("ice", "permitted")],
    ),
    ("FBI agent got hit by a car chasing a suspect on grand concourse. ok to render aid?", [("fbi", "permitted")]),
    # agents left or stationed in our buildings; desks named with more words
    (
        "ERO wants to leave two agents in the lobby of the 44 overnight to grab people as they get DAT'd",
        [("ice_ero", "prohibited")],
    ),
    (
        "HSI wants to station 3 HSI agents at Manhattan Central Booking to look at arrestees, criminal only",
        [("hsi", "escalate")],
    ),
    (
        "DHS asked for a permanent fugitive liaison desk inside our warrant squad office, criminal cases only",
        [("dhs", "escalate")],
    ),
    # "do the knock" for ERO
    (
        "ERO wants our uniforms to do the knock at an apartment in woodside for their immigration arrest",
        [("ice_ero", "prohibited")],
    ),
    # hand-overs said plainly; charges still to be filed
    ("ATF wants to take him now, says the AUSA is looking at charges, no warrant yet", [("atf", "escalate")]),
    ("DEA wants him handed over today, complaint gets filed next week", [("dea", "escalate")]),
    # records handed over are records, not a person
    (
        "on the FBI task force, ok to pull a guy's arrest history and hand it to the case agent for their "
        "terrorism case?",
        [("fbi", "permitted")],
    ),
    # interviews we set up
    (
        "FBI wants to interview our burglary victim for their fraud case, we'd set it up at the pct with our det there",
        [("fbi", "permitted")],
    ),
    # status questions: "was he born in the US?", a title before the name, a victim who disclosed abuse
    ("HSI asking the desk: was Ali Rahman born in the US? nothing else", [("hsi", "escalate")]),
    ("CBP asks: is Mr. Baptiste a US citizen? he was a victim in one of our cases. only that", [("cbp", "escalate")]),
    (
        "a 10th grader disclosed abuse at home, the dean wants me to ask if she has papers. do i",
        [("none", "prohibited")],
    ),
    # fake immigration documents are the crime, not an immigration aim
    (
        "det working a guy selling fake immigration docs. ok to ask the suspect about his own status?",
        [("none", "permitted")],
    ),
    # paper not seen yet
    (
        "ICE says they have a judicial warrant for our prisoner, havent seen it yet, coming by fax. "
        "robbery 2 from 2023",
        [("ice", "needs_info")],
    ),
    # a prior case named before a judge's immigration warrant is his record, not the warrant's crime
    (
        "magistrate signed ICE warrant, our prisoner had a robbery case at 16, not sure if it was YO. tsdb not run",
        [("ice", "needs_info")],
    ),
]

ROUND_THIRTY_THREE = [
    # set AO (first sight 0.968 / 1 false permit / 0.947) and set AP (0.905 / 0 / 0.911) worked by class
    # a DHS component sitting in on our interview of our own collar: its aim is asked (set AO's false permit)
    (
        "HSI wants to sit in on our interview with a guy we arrested for a knifepoint robbery. ok?",
        [("hsi", "needs_info")],
    ),
    ("CBP asked to sit in on our interview of the burglary collar", [("cbp", "needs_info")]),
    # the same for an agency that only works crimes stays cooperation on our case
    (
        "DEA wants to sit in on our interview with a guy we arrested for a knifepoint robbery. ok?",
        [("dea", "permitted")],
    ),
    # an NCIC hit is whatever warrant it names; "issued by a judge"
    (
        "NCIC hit on the driver: federal warrant from the DEA for distribution, issued by a judge. "
        "hold for DEA pickup?",
        [("dea", "permitted")],
    ),
    # live shooting at agents "executing a warrant", said over the air
    ("shots fired at FBI agents executing a warrant on fulton st, 10-13 over the air", [("fbi", "permitted")]),
    # "keep the guy 2 more hrs" is a hold
    ("ICE called, nothing on paper yet, wants us to keep the guy 3 more hours", [("ice", "prohibited")]),
    # how we recorded someone's citizenship is a status question
    ("HSI called asking only whether we recorded the driver as a US citizen on the arrest", [("hsi", "escalate")]),
]

ROUND_THIRTY_FOUR = [
    # sets AQ (first sight 0.911 / 1 / 0.905) and AR (0.789 / 1 / 0.816): their two false permits, by class
    # a negation in an "if" clause does not reach the main clause's new subject: removal is the outcome
    (
        "FBI wants our whole case file. agent said if the US attorney wont take it he'll be handed to ICE for removal",
        [("fbi", "escalate")],
    ),
    # a "hit notification" on a named person's plate is an alert (R6), not plate-reader data shared
    (
        "ATF wants a hit notification on subject Luis Ortega's plate on our LPRs, gun case. set it up?",
        [("atf", "escalate")],
    ),
]

ROUND_THIRTY_FIVE = [
    # sets AS (first sight 0.884 / 1 / 0.921) and AT (0.868 / 3 / 0.826), and AR's scene voice: by class
    # the officer says the reason was not given: the crime a record is about is not the agency's aim
    (
        "dea called for the arrest report on the gunpoint robbery from friday, wouldnt tell me what its for",
        [("dea", "needs_info")],
    ),
    # the officer's own status question beside the agency's request, over several clauses, is its own request
    (
        "ATF has a magistrate's arrest warrant for a gun seller and wants 3 of ours at the door thursday. "
        "also my partner wants to ask the caller (the sellers neighbor) if shes legal. ok on both?",
        [("atf", "permitted"), ("none", "prohibited")],
    ),
    (
        "a witness to the stabbing thinks he might get deported, my partner thinks hes undocumented and "
        "wants to ask him directly. ok?",
        [("none", "prohibited")],
    ),
    # a judge's search warrant for a thing inside our house is entry to our premises (R1c)
    (
        "DEA has a search warrant signed by a federal judge for a laptop in our narcotics office. ok?",
        [("dea", "escalate")],
    ),
    (
        "ATF has a judge signed search warrant for an apartment in our pct and wants 2 cars at the door",
        [("atf", "permitted")],
    ),
    # people taken in for their status beside a criminal case make the aim mixed
    (
        "HSI wants backup at a warehouse, smuggling of stolen cars, and they plan on detaining any workers "
        "who are undocumented",
        [("hsi", "escalate")],
    ),
    # TSDB refused or not known is unknown, not a no and not a hit
    (
        "ICE has a magistrate's warrant for our prisoner. agent wouldnt say whether hes on the watchlist. hold?",
        [("ice", "needs_info")],
    ),
    (
        "ICE has a federal judge's warrant for him. no idea on the terror watchlist. hand him over?",
        [("ice", "needs_info")],
    ),
    (
        "ICE judicial warrant, the watchlist check we ran says possible match, no record back yet. hold him?",
        [("ice", "escalate")],
    ),
    # who signed decides the paper, whatever it is called
    (
        "ICE calls it a 'judicial warrant'. I asked who signed it and the agent said their deportation officer. hold?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE sent a 'warrant', the signature block is for an ICE supervisory deportation officer. honor it?",
        [("ice_ero", "prohibited")],
    ),
    ("can we keep a guy overnight on an ICE civil warrant? nothing else on him", [("ice", "prohibited")]),
    ("ICE faxed a hold order for our collar, cant read who signed it", [("ice", "needs_info")]),
    ("ICE asking us to keep him two more hours, no forms of any kind, just a phone call", [("ice", "prohibited")]),
    # a list announced ("wants 2 things") carries its verb to items in later sentences or after a colon
    (
        "HSI wants 3 things. First our DD5s on the robbery crew (criminal case). Second the 911 audio.",
        [("hsi", "escalate")],
    ),
    (
        "ERO wants two things on our arrestee: his address from the arrest report, and whether he says hes a citizen",
        [("ice_ero", "prohibited")],
    ),
    # a yes-or-no question is not a denial
    ("ERO just wants a yes or no on whether our prisoner was born in the US", [("ice_ero", "escalate")]),
    # a friend at another agency named as who needs it: that agency's aim
    (
        "FBI agent wants the address on a DV report, says its not for the bureau, his friend at ICE needs it "
        "for a removal case",
        [("fbi", "prohibited")],
    ),
    # plain-verb asks
    (
        "DEA wants one of our dets to help interview the store clerks about the pharmacy robbery crew",
        [("dea", "permitted")],
    ),
    ("FBI wants us to sit on a subject with them tonight, bank robbery crew", [("fbi", "permitted")]),
    (
        "the marshals have a judge signed warrant for bank robbery for a guy we just locked up, they want to "
        "take him from the scene",
        [("usms", "permitted")],
    ),
    ("ERO asked for a car to sit out front of the building while they knock", [("ice_ero", "prohibited")]),
    ("DEA requested a notify-on-arrest flag in our systems for a heroin target", [("dea", "escalate")]),
    (
        "HSI wants a computer and 2 agents in the spare office on our 3rd floor for a joint gun case",
        [("hsi", "escalate")],
    ),
    ("ERO wants our sector car to stand by in case things go bad while they grab a guy", [("ice_ero", "prohibited")]),
    (
        "two ERO vans want to park in the back lot of the 6-7 while they wait on their target",
        [("ice_ero", "prohibited")],
    ),
    ("DEA TF wants one more of our detectives for the fentanyl case", [("dea", "permitted")]),
    # writing the case's reports is the work, not records shared
    (
        "on the HSI money laundering task force, they want me doing surveillance and writing the reports, "
        "purely criminal",
        [("hsi", "permitted")],
    ),
    # a suspect in a document-fraud case may be asked (R8); a person's own immigration question is off topic
    (
        "got a guy who used a fake green card to rent a car. can i ask him about his immigration status?",
        [("none", "permitted")],
    ),
    ("my neighbor wants to know how to apply for a green card, where do i send him", [("unknown", "escalate")]),
    # what our suspect tells us about status, passed on, is status information (R9)
    ("ICE called, they want to know whatever our forgery suspect tells us about his status", [("ice", "escalate")]),
    # the calls for help at an attack on an agent are the emergency (R11)
    ("people are beating on a CBP officer outside the courthouse, radio says 10-85. do we go?", [("cbp", "permitted")]),
    # a thing handed over on a judge's search warrant is evidence shared, not a person
    (
        "FBI has a federal judge's search warrant for our prisoner's laptop, they want us to hand the laptop "
        "over to their agent",
        [("fbi", "permitted")],
    ),
    (
        "ICE magistrate warrant, the rap sheet came back totally clean and TSDB negative. turn him over?",
        [("ice", "prohibited")],
    ),
    ("ICE has a mag warrant for our perp, he has no priors, TSDB not back. hold him?", [("ice", "needs_info")]),
    (
        "HSI has a criminal detainer based on federal charges for a passport fraud ring and wants him held",
        [("hsi", "escalate")],
    ),
    (
        "DEA wants our collar today, their AUSA is writing a complaint but nothing has been filed. hand him over?",
        [("dea", "escalate")],
    ),
    ("ERO wants to know if Jose Perez is in custody at the 4-6, just that", [("ice_ero", "prohibited")]),
    (
        "ICE says he's on the terror watchlist, his record is clean, magistrate warrant. release to them?",
        [("ice", "escalate")],
    ),
]

ROUND_THIRTY_SIX = [
    # set AU (first sight on 704e439: 0.884 / 0 / 0.911), AV (0.942 / 1 / 0.942) and the pending sets: by class
    # help with nothing named is no ask yet: it can refuse, never permit (AV's false permit)
    (
        "DEA agent says he needs a hand with a target next week, narcotics case, details when he gets here",
        [("dea", "needs_info")],
    ),
    (
        "ATF has a judge signed warrant for a gun trafficker and wants our help grabbing him tomorrow",
        [("atf", "permitted")],
    ),
    ("ERO wants our help tonight", [("ice_ero", "prohibited")]),
    # a status inquiry said with "run" or over many words, by the officer or someone we are asked to send
    (
        "domestic complainant in the 120, my new partner wants to run her immigration status for the 61. ok?",
        [("none", "prohibited")],
    ),
    ("HSI asked our detective to ask the witness whether he has a green card", [("hsi", "prohibited")]),
    (
        "we collared a guy with a counterfeit green card he used at the bank. can i ask him in the interview "
        "where he bought the card and what his actual immigration status is?",
        [("none", "permitted")],
    ),
    (
        "the mother is the victim and she's afraid to testify. our det wants to ask her about her status, ok?",
        [("none", "prohibited")],
    ),
    # records as the place the answer is looked up, when only the status is asked (R9, not R1)
    (
        "ERO wants us to confirm from our booking records whether he's a citizen, only that, nothing else",
        [("ice_ero", "escalate")],
    ),
    # "can't tell if a judge or ICE signed it": ICE named as a possibility is not the signer
    (
        "we got a 'hold' from immigration with a warrant attached, cant tell if a judge or ice signed it",
        [("ice", "needs_info")],
    ),
    # a conviction with probation and no jail time is not adjusted for incarceration
    (
        "ICE has a magistrate's warrant. his only conviction is robbery 2nd from 2017, five years probation, "
        "never did any jail time. TSDB negative. hold him?",
        [("ice", "prohibited")],
    ),
    (
        "ICE judge warrant, TSDB possible match per their email, haven't run his rap yet. can we hold him "
        "for them tonight?",
        [("ice", "escalate")],
    ),
    (
        "ICE judge warrant for our prisoner, they say possible watchlist hit but they still have to confirm it. hold?",
        [("ice", "needs_info")],
    ),
    # agencies and aims named in new words
    (
        "Federal Protective Service has a judge signed warrant for assaulting a guard, wants our prisoner",
        [("dhs", "escalate")],
    ),
    ("HSI asks us to help in locating a guy for an administrative arrest", [("hsi", "prohibited")]),
    (
        "HSI wants to know where our prisoner is being held, says ERO has him on their target list",
        [("hsi", "prohibited")],
    ),
    (
        "HSI agent wants our gang database entries on three guys, he was honest that ERO plans to prioritize "
        "them for deportation",
        # ERO, named with its aim, is read as asking too: both refused
        [("hsi", "prohibited"), ("ice_ero", "prohibited")],
    ),
    ("HSI wants our arrest photo of a guy, I assume for one of their gun cases", [("hsi", "needs_info")]),
    (
        "CBP has a judge signed complaint warrant for drug importation, they want him at central booking",
        [("cbp", "escalate")],
    ),
    ("ICE requests two (2) desks within Brooklyn Central Booking for criminal cases only", [("ice", "escalate")]),
    # a paper compared with, not a second requester; "not ICE paper" is a contrast, not a denial
    (
        "HSI has a criminal arrest warrant signed by an EDNY judge for wire fraud on our prisoner. its a real judge, "
        "not ICE paper. can we hand him over like an FBI warrant?",
        [("hsi", "escalate")],
    ),
    # lists: numbered items after a colon carry the verb
    ("HSI asked 2 things: (1) our DD5s on the crew for the gang case, (2) the 911 audio", [("hsi", "escalate")]),
    # takes and emergencies in new words
    (
        "FBI agents are at central booking to take him on their judge signed bank robbery warrant. ok?",
        [("fbi", "permitted")],
    ),
    (
        "USMS has a magistrate warrant for armed robbery, they want to pick him up after he sees the judge",
        [("usms", "permitted")],
    ),
    (
        "ICE agents were making an arrest and a man came at one of them with a pipe, he's still swinging. do we go in?",
        [("ice", "permitted")],
    ),
    (
        "someone tried to run over an ICE agent with his car and clipped him, can we go after the driver?",
        [("ice", "permitted")],
    ),
]

ROUND_THIRTY_SEVEN = [
    # sets AW (first sight on 9fb17c7: 0.816 / 1 / 0.842) and AX (0.879 / 2 / 0.937): their false permits, by class
    # a person driven to a federal office for the agency is handed over, whatever the verb
    (
        "DEA wants one of our cars to drive a guy to their office, the AUSA might charge him, no warrant",
        [("dea", "escalate")],
    ),
    # a judge's signature still to come is no warrant yet
    (
        "ATF says the judge will sign the arrest warrant in the morning, can we give him to them after?",
        [("atf", "escalate")],
    ),
    # a second federal requester set off by dashes or brackets is a request of its own
    (
        "ATF wants our ballistics report on the shooting (their gun case) and another agent - no idea which agency - "
        "wants the shooter's phone number",
        [("atf", "needs_info"), ("federal", "needs_info")],
    ),
    # an agency the officer takes back ("sorry my bad, its DEA") is not a requester
    (
        "ATF - my mistake, its the DEA - wants our buy reports for their heroin case. ok to send?",
        [("dea", "permitted")],
    ),
    (
        "DEA wants our LPR hits on a car for a heroin case - actually scratch that, it's HSI asking. ok?",
        [("hsi", "needs_info")],  # HSI's own case is then asked (R5), never DEA's taken for it
    ),
]

ROUND_THIRTY_EIGHT = [
    # set AY (first sight on 3b037d3: 0.900 / 2 / 0.926): its false permits, by class
    # a victim or witness named as a pair with the suspect is among those asked, and asking them is barred
    ("can we ask the witness and the perp about their papers? its a burglary", [("none", "prohibited")]),
    (
        "detective wants to ask both the complainant & the suspect if they're here legally, assault case",
        [("none", "prohibited")],
    ),
    # the suspect alone, the victim only named in what the suspect did: the suspect's inquiry stands
    (
        "can I ask the suspect who robbed the victim about his status? we're investigating the robbery",
        [("none", "permitted")],
    ),
    # our own operation is not the agency's purpose when the officer says it was not given
    (
        "HSI agent wants to come along with our vice squad on a raid tomorrow, he wouldn't say why",
        [("hsi", "needs_info")],
    ),
    ("ICE wants to sit in on our gang unit for the sweep friday, no reason given", [("ice", "needs_info")]),
]

ROUND_THIRTY_NINE = [
    # set AZ (first sight on 974de26: 0.911 / 3 / 0.872): its false permits, by class
    # removal said as what happens after the criminal case makes the purpose mixed
    (
        "DEA wants our file on the seller for their heroin case; agent says after that immigration gets him",
        [("dea", "escalate")],
    ),
    # an umbrella name marked as unnamed is somebody of its own, not the named agency's agent
    (
        "HSI wants our reports on the smuggling case and a fed agent - agency not stated - wants the driver's address",
        [("hsi", "escalate"), ("federal", "needs_info")],
    ),
    # the person's role still in doubt: asking turns on it
    (
        "can't tell if she's the victim or the perp yet, ok to ask her if she's legal? its an assault",
        [("none", "needs_info")],
    ),
    ("the guy might be a witness or a suspect, can I check his immigration status", [("none", "needs_info")]),
]

ROUND_FORTY = [
    # set BB (first sight on e865415: 0.883 / 1 / 0.906; desk officers relaying what an agent said)
    # its false permit: a release notice with the person described at length between "when" and "released"
    (
        "HSI has a judge-signed warrant for selling counterfeit goods; the agent wants us to call him when the "
        "man we're holding on our burglary case is ready to be released.",
        [("hsi", "escalate")],
    ),
    # "the Bureau's got ...": the FBI
    (
        "The Bureau's got an arrest warrant signed by a federal judge for a bank robber in our cells; can they "
        "pick him up tonight?",
        [("fbi", "permitted")],
    ),
    # handing a described person (not only "him") to the agents
    (
        "DEA has a magistrate-signed warrant on a heroin case, can we hand the arrestee to their agents at CB?",
        [("dea", "permitted")],
    ),
    # talking to (not only interviewing) our victim or witness, set up by us
    (
        "FBI would like to speak with the witness in our shooting case for their federal gun case; we'd set it "
        "up at the squad with our detective present.",
        [("fbi", "permitted")],
    ),
    # joining surveillance is joint work on their case
    (
        "ATF asked our gun squad detective to join the surveillance on a trafficking suspect for their firearms case.",
        [("atf", "permitted")],
    ),
    # "whether he can ..." is the officer's question to us, not doubt of the facts
    (
        "PO Diaz was just detailed to the DEA task force. He asked me whether he can take wire-room shifts and "
        "help with a takedown next week. It's a fentanyl trafficking case, no immigration angle.",
        [("dea", "permitted")],
    ),
    # our own chain of command asking the officer to check first is not a federal ask we failed to read
    (
        "FBI wants the complaint reports on the bank robbery for their federal fraud case. My sergeant asked me "
        "to check with you first.",
        [("fbi", "permitted")],
    ),
    # our cops already on scene at a crash are the response, not officers the agency asks for
    (
        "An HSI car crashed on the FDR and two agents are hurt; our cops on scene are pulling them out, "
        "that's fine right?",
        [("hsi", "permitted")],
    ),
    # a youthful-offender adjudication written with a hyphen is still no conviction
    (
        "ICE has a judge-signed immigration warrant for our 19-year-old and wants him transferred; his only prior "
        "is a youthful-offender adjudication for a 2023 burglary and TSDB came back negative.",
        [("ice", "prohibited")],
    ),
    # "no rap sheet yet": the paper is missing, not the record
    (
        "ICE has a judge-signed immigration warrant and wants him kept until their van comes. TSDB negative, and "
        "I have no rap sheet yet.",
        [("ice", "needs_info")],
    ),
]


def test_so_they_can_take_him_is_a_hand_over(reader: FactsReader, table: RuleTable) -> None:
    """Round forty: "so HSI can collect him" states the hand-over the hold is for."""
    text = (
        "HSI has a magistrate's warrant for wire fraud on our prisoner; they'd like us to keep him until he "
        "sees the judge so HSI can collect him."
    )
    [request] = decide_message(reader.read_message(text), table).requests
    assert {a.value for a in request.facts.asks} == {"hold", "transfer_custody"}
    assert request.verdict.value == "escalate"


ROUND_FORTY_ONE = [
    # set BC (first sight on 4e7d8de: 0.828 / 2 / 0.928; new officers and pasted federal e-mails):
    # its two false permits, by class
    # "U.S." is not texting "u" for "you": the citizenship question was lost with it
    (
        "An ATF agent on a gun-trafficking case asked whether our arrestee is a U.S. citizen, for the complaint.",
        [("atf", "escalate")],
    ),
    # the officer citing the rule against asking about status is not the officer asking
    (
        "A DEA agent on a pill-mill case wants a copy of our arrest report, and she also asked whether he is a "
        "U.S. citizen. Not sure about that one since we're not supposed to ask or tell about status.",
        [("dea", "escalate")],
    ),
    # our own operation said with "we're" is not the agency's purpose when it gave none
    (
        "I'm the case officer on a search warrant we're executing Friday at a chop shop. An HSI agent asked if "
        "he can come along; he didn't say why HSI is interested.",
        [("hsi", "needs_info")],
    ),
]


ROUND_FORTY_TWO = [
    # set BD (first sight on 0a93dac: 0.872 / 1 / 0.917; officers typing fast in Slack): its false
    # permit, then each class of miss
    # an umbrella "feds" whose agency is left unnamed later in the sentence is a second requester
    (
        "dea wants the 61s on our stabbing, sure. somebody from the feds also wants the body cam, "
        "wouldnt say which agency",
        [("dea", "needs_info"), ("federal", "needs_info")],
    ),
    # "all the ice stuff" is the news, not ICE asking; "come get him in the afternoon" is when, not entry
    (
        "fbi lodged a detainer on him based on federal wire fraud charges, a judge signed the warrant, they want "
        "him held till they come get him in the afternoon. asking bc of all the ice stuff in the news",
        [("fbi", "permitted")],
    ),
    # violence against an agent in slang verbs; "hit me up" is a call, not a blow
    ("guy on the platform just clocked a cbp officer with a bottle. lock him up?", [("cbp", "permitted")]),
    ("the ice agent hit me up asking for his home address", [("ice", "needs_info")]),
    # a radio car on the door, a controlled delivery, naming the man in a still: asks in plain words
    (
        "marshals need a radio car on the front door while they hit the apt, judge signed fed warrant for carjacking",
        [("usms", "permitted")],
    ),
    (
        "hsi task force is running a controlled delivery of heroin tonight and im the nypd det assigned. "
        "anything special i need to do",
        [("hsi", "permitted")],
    ),
    (
        "atf emailed a still from the gun store burglary asking if anyone at the pct can identify the guy",
        [("atf", "permitted")],
    ),
    ("dhs wants our gang database entries for 12 names, for deportation", [("dhs", "prohibited")]),
    # telling ICE we hold someone, said as a colleague's advice
    (
        "perp in the cells on a summons, says he has no papers. sgt says call ice and tell them we got him. do i?",
        [("ice", "prohibited")],
    ),
    # "the burglary guy we're cutting loose" describes our prisoner, not the warrant's crime
    ("ice says theres a warrant on the burglary guy we're cutting loose. hold him?", [("ice", "needs_info")]),
    # a judge's warrant "on our prisoner for heroin importation" is criminal paper (R3d from HSI)
    (
        "hsi has a judge signed federal warrant on our prisoner for heroin importation, they only want to know "
        "his next court date",
        [("hsi", "escalate")],
    ),
    # charges only "being considered": no warrant, so the hand-over goes to counsel (R7)
    (
        'fbi is "thinking about charges" on the guy the DA dropped and wants him when we release him',
        [("fbi", "escalate")],
    ),
    # a colleague's "hsi is criminal" is not this request's purpose
    (
        "hsi wants our complaint report on a guy with a deportation order, no criminal case, the sergeant says "
        '"hsi is criminal"',
        [("hsi", "prohibited")],
    ),
    # records: a two-digit year after "in"; a federal offence needs a legal assessment
    (
        "ice has a magistrate's warrant, tsdb negative, he got convicted of robbery 2nd in 23. can we hand him over?",
        [("ice", "escalate")],
    ),
    (
        "ice has a judge's warrant, tsdb neg, his conviction is a federal gun possession from 2023. turn him over?",
        [("ice", "escalate")],
    ),
    # a judge's warrant still to come is no second paper, so no second request
    (
        "ice faxed an i-247a, he was deported before and came back, manslaughter 1 conviction in 2016, they want "
        "a 48 hour hold so they can get a judges warrant",
        [("ice", "escalate")],
    ),
    # "the feds" lodging a bare detainer: criminal or civil is what to ask
    ("the feds put a detainer on our prisoner, no idea what kind. do we hold him?", [("federal", "needs_info")]),
    # an escape is the Marshals' crime; "during a transport" is the story, not an ask
    (
        "escaped federal inmate hiding in our sector, the marshals want our k9 to help search",
        [("usms", "permitted")],
    ),
]


ROUND_FORTY_THREE = [
    # set BE (first sight on 5560594: 0.811 / 5 / 0.906; supervisors relaying, call logs, bullets):
    # its five false permits, by class, then the commonest misses
    # a search warrant for a desk or locker inside our building is entry to a non-public area (R1c)
    (
        "two FBI agents at the desk: a magistrate's arrest warrant for our prisoner on wire fraud, they take him "
        "when we're done; and a federal search warrant for a desk in our squad room that belongs to one of our "
        "clerks. they want to go up and open it now.",
        [("fbi", "escalate")],
    ),
    # two status questions about two people: the one about a victim decides
    (
        "officer took a burglary report from a store clerk, no ID on him, she wants to ask if he's legal. later "
        "she collared a guy with a fake license and wants to ask him what his real status is. what do I tell her?",
        [("none", "prohibited")],
    ),
    # someone who "identified himself only as a federal agent" is a requester of his own
    (
        "ATF joint op on a gun crew next week, our team on the perimeter. separately someone who identified "
        "himself only as a federal agent called for LPR reads on a plate and hung up.",
        [("atf", "needs_info"), ("federal", "needs_info")],
    ),
    # our collar's charge in brackets is not HSI's purpose
    (
        "HSI wants twenty minutes with our prisoner in the interview room, our collar from last night (a "
        "commercial burglary). they wouldn't say what it's about.",
        [("hsi", "needs_info")],
    ),
    # an agency's request a sentence away from its name is still its request, beside our own status question
    (
        "detective wants to ask our forgery suspect what his real status is. HSI's document unit heard about it "
        "and wants copies of the fake card and his prints for their federal case. ok on both?",
        [("none", "permitted"), ("hsi", "escalate")],
    ),
    # ... but a colleague quoting the rule about victims is no second question about a victim
    (
        "we arrested a guy who makes fake green cards. my partner says we can never ask anyone about immigration "
        "status. my sergeant says that rule is about victims and witnesses and people asking for help. can I ask "
        "him about his status?",
        [("none", "permitted")],
    ),
    # TSC is the watchlist check
    (
        "ICE has a warrant signed by a magistrate judge. his only conviction is petit larceny from 2024, TSC came "
        "back no match. hold him?",
        [("ice", "prohibited")],
    ),
    # asks in plain words: parking and briefing in our lot, riding with their team, going along to knock
    (
        "ERO vans pulled into our back lot, they want to park there and brief before some removals this morning",
        [("ice_ero", "prohibited")],
    ),
    (
        "ERO asked if one of our cops can ride with their team tomorrow while they serve removal orders",
        [("ice_ero", "prohibited")],
    ),
    (
        "marshals want a detective with them to knock tomorrow on a judge-signed warrant for failure to register "
        "as a sex offender",
        [("usms", "permitted")],
    ),
    # a medical crisis said in symptoms
    (
        "man in ICE custody in their van started convulsing and went limp, agents asking our cops to help, EMS is "
        "on the way",
        [("ice", "permitted")],
    ),
    # "what to tell the desk before he goes to court" is our own people, not a release notice
    (
        "ICE faxed an I-247A, TSC called back with a possible match, they want a 48 hour hold. what do I tell the "
        "desk before he goes to court?",
        [("ice", "escalate")],
    ),
]


ROUND_FORTY_FOUR = [
    # set BF (first sight on f18ab60: 0.783 / 2 / 0.822; messages dictated by voice): both false
    # permits were one class, agencies spelt letter by letter
    (
        "c b p phoned asking what the immigration status is of a man we collared at the terminal for theft",
        [("cbp", "escalate")],
    ),
    (
        "i'm on the d e a task force, they want me on a search thursday at a stash spot, and then h s i also "
        "asked for two of our guys for some thing at the navy yard, didn't say what for",
        [("dea", "needs_info"), ("hsi", "needs_info")],
    ),
    # years said as words
    (
        "ice has a warrant signed by a federal magistrate judge for our prisoner, he was convicted of robbery in "
        "the first degree in two thousand twenty four, t s d b negative, they want him held for pickup",
        [("ice", "escalate")],
    ),
    # a restated noun after "no" corrects the first, it does not deny the second
    (
        "the marshals have a federal arrest warrant signed by a magistrate judge uh a district judge no a "
        "magistrate judge for bank robbery and want to take our prisoner when he's arraigned",
        [("usms", "permitted")],
    ),
    # ICE on one person and HSI "also" on a different one are two requests
    (
        "ice brought a warrant signed by a magistrate for a guy with only a petit larceny from twenty twenty "
        "three, t s d b negative, they want him. h s i also wants our arrest report on a different guy for "
        "their narcotics case",
        [("ice", "prohibited"), ("hsi", "escalate")],
    ),
    # labelled person items are requests of their own
    (
        "Two prisoners at the 1-0-5 desk.\n- Prisoner 1: ICE detainer only, they want him kept overnight.\n"
        "- Prisoner 2: ICE warrant signed by an EDNY magistrate judge, no rap sheet yet.\nWhat do I tell the desk?",
        [("ice", "prohibited"), ("ice", "needs_info")],
    ),
    # an FBI detainer rests on its criminal complaint; an ICE detainer named only to compare is no paper
    (
        "the FBI lodged a detainer on our prisoner based on a federal complaint for armed robbery signed by a "
        "magistrate judge, they ask us to hold him for their pickup. is that any different from an ICE detainer?",
        [("fbi", "permitted")],
    ),
    # silence about removal denies it, to the end of the sentence
    (
        "I'm a TFO with HSI's fraud group; tomorrow I ride in one of their surveillance cars on an identity "
        "theft ring. the AUSA is on it and nobody has said a word about anyone's status or about deportation. ok?",
        [("hsi", "permitted")],
    ),
    # plural forms, and a detainee form for a detainer form
    (
        "HSI left two I-247As at the desk for two of our collars and wants them kept after arraignment",
        [("hsi", "prohibited")],
    ),
    ("ice wants a heads up when our guy is released, they faxed a detainee form", [("ice", "prohibited")]),
    # a court-date noun asked for is the ask
    (
        "the DEA agent wants the return date on the DAT and the courtroom for his federal heroin case",
        [("dea", "permitted")],
    ),
    # HSI making arrests on its own criminal warrants is not administrative paper
    (
        "HSI's narcotics group has a fentanyl case and wants two of our teams on the perimeter of Friday's "
        "takedown; HSI agents make the arrests on their own warrants",
        [("hsi", "permitted")],
    ),
    # a thing handed over is not a person
    (
        "DEA's task force group wants a month of plate reader hits on a car tied to their heroin wire; our TFO "
        "would pull it and give it to them",
        [("dea", "permitted")],
    ),
    # a search warrant for a private building is not entry into ours; a staging point on a street is nobody's lot
    (
        "we're at the staging point on Metropolitan Ave: HSI's magistrate search warrant for a pill lab in a "
        "warehouse and arrest warrants for the owners on drug charges; our detectives are on the entry team",
        [("hsi", "permitted")],
    ),
    # the part of our lot the public can't go into is a non-public area
    (
        "two ICE agents at the pound gate with a search warrant signed by a district judge for a van in the "
        "part of the lot the public can't go into. they want in now.",
        [("ice", "escalate")],
    ),
    # a car that hit a cyclist is an emergency
    (
        "traffic agent here a d e a car just hit a pedestrian on canal she's down can I call it in",
        [("dea", "permitted")],
    ),
    # hold or cut loose is the hold question
    ("ncic immigration violator hit and nothing else on him, hold or cut loose", [("unknown", "prohibited")]),
    # and the classes left in sets BC and BE: a request that may come later is not before the officer
    (
        "DEA has a magistrate's arrest warrant for our prisoner on a heroin conspiracy and wants him when we're "
        "done. Also, hypothetically, if ICE calls tomorrow asking when he gets out of federal custody, what then?",
        [("dea", "permitted")],
    ),
    # a case a detective "caught" is the squad's own, never the agency's purpose
    (
        "ERO emailed the squad: the woman who was the complainant in a robbery case I caught in June has a final "
        "order of removal; they want her phone number from our report.",
        [("ice_ero", "prohibited")],
    ),
    # the agency saying it will not ask about status asks nothing about status
    (
        "the FBI wants our detective at their interview of the victim's mother at the advocacy center for their "
        "kidnapping case. they have not asked and will not ask the family about status.",
        [("fbi", "permitted")],
    ),
    # guards found by the whole-repo run: an interview a sentence after custody does not swallow it
    (
        "HSI has a warrant signed by a magistrate for our prisoner (child porn distribution) and wants custody. "
        "first our squad wants to interview him with the HSI agent sitting in. ok on both?",
        [("hsi", "escalate")],
    ),
    # "nobody that speaks Spanish, asked me to translate" is no silence about what follows
    (
        "ERO team doing a knock on a house in corona, they got nobody that speaks spanish, asked me to translate "
        "at the door for a few minutes. can i",
        [("ice_ero", "prohibited")],
    ),
    # a paper denied ("that's not an immigration detainer") is no paper of its own
    (
        "the marshals lodged a detainer on my prisoner on a federal indictment for gun trafficking and want him "
        "held for pickup. that's not an immigration detainer, right?",
        [("usms", "permitted")],
    ),
    # "people asking for help" names who the rule protects; the question is the last one
    (
        "we executed a search warrant on a fake ID mill and arrested the owner. my partner says we can never ask "
        "anyone about status. my sergeant says the rule protects victims, witnesses and people asking for help, "
        "and for a man who makes fake immigration papers his own status is part of the case. can I ask him "
        "about his status?",
        [("none", "permitted")],
    ),
    # "does your precinct have any information on whether he is a citizen" asks what we hold
    (
        "CBP officer wrote: does your precinct have any information on whether Mr. Diallo is a U.S. citizen? "
        "That's all we need.",
        [("cbp", "escalate")],
    ),
]

ROUND_FORTY_FIVE = [
    # set BG (first sight on ea3c15b: 0.861 / 1 / 0.878; task-force officers and their supervisors):
    # its false permit was space asked in other words
    (
        "HSI would like to base their criminal wire room on an empty floor at one of our precincts through "
        "the summer. Narcotics only. ok?",
        [("hsi", "escalate")],
    ),
    (
        "HSI wants to set up three desks for their gang group agents in our squad room. Criminal cases only.",
        [("hsi", "escalate")],
    ),
    # emergencies in other words: a weapon pulled, a punch in the present tense, objects flying
    (
        "ERO is arresting someone on our sector and a guy draws a knife on one of the agents. we're across the "
        "street, do we go?",
        [("ice_ero", "permitted")],
    ),
    (
        "ICE arrest on Junction Blvd, a man in the crowd kicks an ICE officer and rocks start flying. go in?",
        [("ice", "permitted")],
    ),
    # the FBI's Safe Streets task forces
    ("Safe Streets case agent wants our arrest report for his 302 on a gang case. fine?", [("fbi", "permitted")]),
    # "flagged him as a possible match" is a result; "in our custody" is where he is
    (
        "detainer only, no judge. the prints came back and flagged him as a possible match in the terrorist "
        "screening database. ICE wants him kept 48 hours.",
        [("ice", "escalate")],
    ),
    (
        "the FBI wants to interview a prisoner in our custody about a bank robbery pattern; our detective would "
        "sit in, in the squad's interview room",
        [("fbi", "permitted")],
    ),
    # a document handed over is not a person; a witness named by someone else's role is the witness
    (
        "car stop, the driver handed over a license that's clearly fake. can I ask him about his immigration "
        "status while I'm investigating the fake license?",
        [("none", "permitted")],
    ),
    # someone else's detainee lodged in our cells; a dash ends a denial
    (
        "ERO asks to keep one of their removal detainees overnight in our precinct holding cells, 26 Fed is full",
        [("ice_ero", "prohibited")],
    ),
    (
        "No paperwork - ICE phoned the desk and asked us to hold the prisoner in cell 3 until they arrive",
        [("ice", "prohibited")],
    ),
    # a blank signature block leaves the signer unknown
    (
        "ICE sent a PDF they call a judicial warrant for our prisoner but the signature block is blank. robbery "
        "1 conviction from 2024. they want him held.",
        [("ice", "needs_info")],
    ),
    # guards from the whole-repo run: a question may follow "asking for help"; a misspelt arraignment
    ("domestic victim came in asking for help, can i ask her if she's legal?", [("none", "prohibited")]),
    (
        "the FBI asked us to tell them when our prisoner goes to arraingment; they have a magistrate's arrest "
        "warrant on a child exploitation complaint. ok for the FBI?",
        [("fbi", "permitted")],
    ),
    # testimony and a search warrant for one of our members' lockers
    (
        "as a JTTF TFO, can I testify in federal court on an arrest I made? the AUSA subpoenaed me",
        [("fbi", "permitted")],
    ),
    (
        "FBI agents in the lobby with a district judge's search warrant for a sergeant's locker. walk them up?",
        [("fbi", "escalate")],
    ),
]

ROUND_FORTY_SIX = [
    # set BH (first sight on 7a8589a: 0.844 / 0 / 0.917; detectives' case-file shorthand): our own
    # collar told first is not the agency's purpose
    (
        "Collar from the Flatbush Ave pharmacy burglary, we got him on video. ICE agent stopped by, wants "
        "his booking photos and prints, wouldn't say what for. Give them?",
        [("ice", "needs_info")],
    ),
    (
        "Car theft crew out of the body shop on Atlantic, we locked up two of them last week. HSI called "
        "and wants a plate alert on a Jersey car, no reason. Set it?",
        [("hsi", "needs_info")],
    ),
    # a voicemail on a line; a task force with no agency named
    (
        "Found a voicemail on the squad phone from an HSI agent about our prisoner, wants a call back. "
        "Nothing else said.",
        [("hsi", "needs_info")],
    ),
    (
        "the task force called, they need a favor with our prisoner before court. which task force? no idea",
        [("federal", "needs_info")],
    ),
    # alerts and status questions on "our" person
    ("DEA wants a flag on my perp's name in our system for their heroin case. ok?", [("dea", "escalate")]),
    (
        "ERO on the phone: what's the immigration status of the woman we booked last night? that's it",
        [("ice_ero", "escalate")],
    ),
    ("HSI wants to know, is my collar a citizen or not", [("hsi", "escalate")]),
    # asks in plain verbs: joining an op, a detail to a task force, a chase, a street closed
    (
        "ATF asked our squad to join their raid on a gun stash in Brownsville tomorrow, trafficking case. ok?",
        [("atf", "permitted")],
    ),
    (
        "FBI wants to put two of our detectives on their violent gang task force for a year, RICO cases.",
        [("fbi", "permitted")],
    ),
    (
        "HSI wants our detective detailed to a team where he'd answer to an ICE supervisor on immigration "
        "fugitive arrests.",
        [("hsi", "prohibited")],
    ),
    (
        "ERO guy bolted from the van, the agents want our post to help tackle him. nobody is hurt.",
        [("ice_ero", "prohibited")],
    ),
    ("ERO wants a car to block off the corner while they pick up a guy for removal.", [("ice_ero", "prohibited")]),
    # emergencies said concretely; what the agents were doing is not an ask
    (
        "Somebody threw a rock through the window of an HSI car with two agents in it. we respond?",
        [("hsi", "permitted")],
    ),
    ("Gunfire at a DEA team executing a warrant on Fox St, officer down. go?", [("dea", "permitted")]),
    (
        "ICE knocking on a door on 3rd Ave when the boyfriend starts strangling his girlfriend in the hall. go in?",
        [("ice", "permitted")],
    ),
    (
        "CBP was doing an arrest at a hotel when a fire broke out on the 2nd floor; the agents are yelling at us "
        "to help evacuate the floor. ok?",
        [("cbp", "permitted")],
    ),
    # the document's signer decides, whatever the agent calls it; a name with no title says nothing
    (
        "The CBP agent keeps calling it a court warrant, but the paper is signed by a Border Patrol Agent in "
        "Charge. He wants our prisoner held.",
        [("cbp", "prohibited")],
    ),
    (
        "ICE faxed a detainer with a warrant attached, the warrant is signed 'J. Ruiz' with no title and no "
        "court. They want him held after court.",
        [("ice", "needs_info")],
    ),
    # a relative clause about a place; a person's shop; a plan of the agents
    (
        "We picked him up at the deli where he works. ICE wants him handed over after processing, they say "
        "there's an immigration warrant nobody has seen.",
        [("ice", "needs_info")],
    ),
    ("Suspect runs a shop selling fake green cards. can I ask him about his status?", [("none", "permitted")]),
    (
        "ERO has a warrant signed by a federal magistrate judge for our prisoner, who has a robbery 2nd "
        "conviction from March 2024. They want his release time so they can be at the door.",
        [("ice_ero", "escalate")],
    ),
]

ROUND_FORTY_SEVEN = [
    # set BI (first sight on b37d4d8: 0.928 / 3 / 0.950; Slack threads sent as one message): its
    # three false permits, one class each. A second caller from "a federal agency" whose agency
    # was not caught is somebody of their own
    (
        "DEA asked for the lab results on the powder from our Tuesday collar, for their fentanyl case\n"
        "also someone from 'a federal agency' phoned for the suspect's cell number\n"
        "nobody got which agency",
        [("dea", "needs_info"), ("federal", "needs_info")],
    ),
    # our collar's charge, two words before "collar", is not an unnamed agent's purpose
    (
        "fed agent at the desk wants to talk to the prisoner in cell 2, desk didn't note the agency.\n"
        "he's in on a weapon possession collar",
        [("federal", "needs_info")],
    ),
    # "ask hers too": the status question elided after a first one
    (
        "collared a guy printing fake work permits, I'll ask him his status\n"
        "and the lady who flagged us down for help, can I ask hers too?",
        [("none", "prohibited")],
    ),
    # the officer's own question is not the agent's answer; a relative-clause subject in a status
    # question; a record after "his sheet:"; the agents' plan "so they can grab him"
    ("HSI wants our 61 from the bar fight. I asked if it's criminal, he said maybe. ok?", [("hsi", "needs_info")]),
    (
        "ERO only wants to know one thing: is a woman we booked in May a US citizen, yes or no",
        [("ice_ero", "escalate")],
    ),
    (
        "ICE wants our prisoner kept past arraignment so they can grab him, they say a magistrate judge signed "
        "the warrant. his sheet: burglary in the second degree, pled in 2024",
        [("ice", "escalate")],
    ),
    (
        "ERO wants to wait in the back by the cells for a guy getting out on a DAT, so they can grab him",
        [("ice_ero", "prohibited")],
    ),
]

ROUND_FORTY_EIGHT = [
    # sets BJ and BK (first sight on 34cfbad: 0.878 / 1 / 0.922 and 0.872 / 0 / 0.894; officers writing
    # in a second language, and legal-minded hypotheticals): BJ's
    # false permit. A guess among others ("federal charges or something immigration", "if is ...")
    # leaves the paper and the purpose unknown
    (
        "Marshals put detainer on the prisoner. I not know what type it is, if is federal charges or something "
        "immigration, copy is blurry.",
        [("usms", "needs_info")],
    ),
    (
        "ATF sent over some detainer on him, not sure it is a complaint or what, or who signed it",
        [("atf", "needs_info")],
    ),
    # non-native grammar: a dropped article before the person, a dropped "to", "asking help"
    ("ERO officer want 10 min talk to prisoner in cell about his deportation case", [("ice_ero", "prohibited")]),
    (
        "Man walk in precinct asking help, somebody steal his wallet on the bus. He have no ID. "
        "Can I ask him if he is legal for the report?",
        [("none", "prohibited")],
    ),
    ("HSI ask alert if its gang target get stopped by our cars. for their gang case", [("hsi", "escalate")]),
    # a status-only question: "is an LPR", "is citizen or no", "whether your records show X as a citizen"
    ("CBP asks only if our prisoner is an LPR. nothing more", [("cbp", "escalate")]),
    ("ICE call, one question: this woman is US citizen or no?", [("ice", "escalate")]),
    (
        "HSI e-mailed to ask whether our files show a man we locked up in June as a US citizen. Nothing else.",
        [("hsi", "escalate")],
    ),
    # a hyphenated crime is a crime; a task-force officer's "our case" is the task force's
    ("HSI sex-trafficking case: they want our 911 audio for one building", [("hsi", "escalate")]),
    ("I'm on the HSI task force, agent wants me to run plates in our system for our gun case", [("hsi", "escalate")]),
    # the agency's case after a record word ("arrest history of the suspect in their X case")
    ("FBI wants the arrest history of the suspect in their kidnapping case", [("fbi", "permitted")]),
    # convictions: "no YO" denies the adjudication; a sentence ("probation only") makes it a conviction;
    # an offence "with no degree" that could be either is unknown
    (
        "ICE has a magistrate's warrant. convicted of robbery 2nd in 2024 in adult court, no YO. "
        "TSDB negative. hand him over?",
        [("ice", "escalate")],
    ),
    (
        "magistrate-signed ICE warrant, burglary 2nd 2019, probation only, never locked up. TSDB neg",
        [("ice", "prohibited")],
    ),
    (
        "judge-signed ICE warrant. TSDB negative. his record has a 2024 'Assault' with no degree, could be "
        "assault 3rd or assault 2nd",
        [("ice", "needs_info")],
    ),
    # no TSDB access is no TSDB result
    ("ICE has a magistrate warrant, the prisoner has no record. we have no TSDB access here", [("ice", "needs_info")]),
    # who signed it, nobody saw
    (
        "ICE says they hold a warrant for my assault prisoner. nobody here has seen who signed it. hold?",
        [("ice", "needs_info")],
    ),
    # "no ICE paperwork at all" denies the paper; the hold on the criminal warrant waits on it
    (
        "DEA has a judge-signed narcotics warrant and wants him held for them. The agent also wants us to tell ICE "
        "when he gets out. There is no ICE paperwork at all.",
        [("dea", "permitted"), ("ice", "prohibited")],
    ),
    # a car used as a weapon against agents is an emergency; a 287(g) agreement with words between
    (
        "Radio run: a man is trying to run over HSI agents with his van on Atlantic Ave. do we go?",
        [("hsi", "permitted")],
    ),
    (
        "If the city signed a 287(g) jail enforcement agreement, could our cops serve I-205s?",
        [("unknown", "prohibited")],
    ),
    # plain-verb asks: running people through our systems, surveillance with the agents, "us for the door"
    ("HSI agent wants me to run a few names through our databases to see who is removable", [("hsi", "prohibited")]),
    (
        "I'm detailed to the JTTF. For the FBI's bomb plot case, can I do surveillance with the agents tonight?",
        [("fbi", "permitted")],
    ),
    (
        "ATF has a federal arrest warrant signed by a judge for gun trafficking. They need us for the door tomorrow",
        [("atf", "permitted")],
    ),
    # a moment told is no standing alert; "confirm the hit by phone" is no records ask or emergency;
    # "take him in" after a warrant hit is the arrest
    (
        "FBI has a judge-signed arrest warrant for wire fraud, wants him held for pickup and the laptop we vouchered "
        "from him when we arrest. laptop is evidence in their case",
        [("fbi", "permitted")],
    ),
    (
        "car stop, NCIC hit is a DEA federal arrest warrant signed by a judge for heroin distribution. "
        "DEA confirmed the hit by phone. can I take him in?",
        [("dea", "permitted")],
    ),
    # "like with victims" compares, it names nobody; "I arrest guy" names a suspect
    (
        "I arrest guy today for fake ID, he use a forged green card at the bank. For the fraud case can I ask him his "
        "real status? or is it not allowed like with victims?",
        [("none", "permitted")],
    ),
    # "he not say which office or why": a second requester's purpose unknown, whatever the first's is
    (
        "Two agencies want the same burglary reports: FBI for their bank burglary case, and a DHS guy, he not say "
        "which office or why",
        [("fbi", "needs_info"), ("dhs", "needs_info")],
    ),
]

ROUND_FORTY_NINE = [
    # sets BL and BM (first sight on 4c4d084: BL 0.861 / 3 / 0.961, long tired narratives; BM 0.756 /
    # 1 / 0.883, terse desk shorthand). BL's false permits: an agency asking what our file says about
    # someone's status is a status-only request (R9), not the officer's own question or a records ask
    (
        "Slow midnight, the heat is broken again. An HSI agent phoned about a man we locked up for a "
        "state burglary. All he wants is what our records say about the man's citizenship, nothing else. "
        "Can I tell him?",
        [("hsi", "escalate")],
    ),
    (
        "DEA agent on their heroin case asks whether anything in our file shows the suspect's immigration "
        "status. Nothing else. It's criminal, obviously. ok?",
        [("dea", "escalate")],
    ),
    # both a victim and a suspect in the story: the one told of last before the question is asked about
    (
        "Bodega robbery, the perp got grabbed on the corner. The cashier gave us a good description and "
        "kept asking if she has to go to court. Can I ask her if she's here legally?",
        [("none", "prohibited")],
    ),
    # BM's false permit: the list after the agency's colon is asked ("HSI case: DD5s + ...")
    ("HSI fraud case: UF-61 + we set up an interview w/ the perp?", [("hsi", "escalate")]),
    ("ERO, removal case: is she a citizen? + home addr + court date", [("ice_ero", "prohibited")]),
    ("CBP → last known addr of a DAT'd perp, for his removal", [("cbp", "prohibited")]),
    # shorthand: "conv", "TOT", "hist", "TF"; Penal Law sections name the offence
    ("EDNY mag judge ICE warrant + PL 160.10 conv 2023, TSDB neg → hold for ERO?", [("ice", "escalate")]),
    ("judicial ICE warrant (SDNY mag). only conv PL 240.20 2024. TSDB neg. hold?", [("ice", "prohibited")]),
    ("ATF has SDNY judge criminal warrant (gun trafficking). TOT perp from CB to them?", [("atf", "permitted")]),
    ("USMS SDNY judge warrant, bank robbery → assist arrest?", [("usms", "permitted")]),
    ("DEA TF wants me on 0500 hit, EDNY judge warrant, fentanyl distribution", [("dea", "permitted")]),
    ("on FBI TF. buy-bust tmrw on their gun case — ok?", [("fbi", "permitted")]),
    # "(a) status of our detainee", "a room in 1PP", "list of all DATs", an EDP cutting himself, a fire set
    ("CBP: (a) status of our prisoner (b) nothing else", [("cbp", "escalate")]),
    ("HSI wants a room in 1PP for their gang task force", [("hsi", "escalate")]),
    ("ERO wants a list of all DATs to non-citizens in the 115", [("ice_ero", "prohibited")]),
    ("ICE op at a hotel, the man they came for went EDP, cutting himself. respond?", [("ice", "permitted")]),
    ("ICE arrest on 5th Ave, someone set a dumpster fire by their van. do we go?", [("ice", "permitted")]),
    # "wants her statement" is no custody ask; "an Argus clip"; "3 diff IDs" is a fraud
    ("FBI wants her statement for their carjacking case", [("fbi", "permitted")]),
    ("CBP wants an Argus clip of the ferry terminal to find overstays", [("cbp", "prohibited")]),
    ("perp had 4 diff IDs. ask him his status?", [("none", "permitted")]),
    # long narratives: another agency told as background is set aside, unless it asks something of us
    (
        "Cold 4x12, two out sick, everybody worried about who gets held over. ATF has a federal arrest "
        "warrant signed by a district judge for a gun trafficker and wants a marked car out front while they "
        "make entry tomorrow. (HSI called the captain earlier about something completely different, not my "
        "question.) Any issue?",
        [("atf", "permitted")],
    ),
    (
        "DEA has a judge-signed search warrant for a stash apartment and wants us on the perimeter at 0600. "
        "The agent also asked if I could look up an address for his buddy at ERO, unrelated, a guy with a "
        "removal order.",
        [("dea", "permitted"), ("ice_ero", "prohibited")],
    ),
    # "the lab courier was late" names no crime; a second agency that "didn't say why" is asked about
    (
        "Long tour, the lab courier was late again. FBI has a judge-signed arrest warrant for our prisoner and "
        "wants him held for pickup. Separately an HSI agent called for a copy of our arrest report, didn't say why.",
        [("fbi", "needs_info"), ("hsi", "needs_info")],
    ),
    # a bare "ask her status?" opening its own sentence is the officer's question beside the agency's
    (
        "burglary witness at the desk. ask her status? + DEA wants her statement for their case",
        [("none", "prohibited"), ("dea", "permitted")],
    ),
]


ROUND_FIFTY = [
    # sets BN and BO (first sight on af28f02: BN 0.911 / 2 / 0.895, relayed and forwarded requests;
    # BO 0.911 / 3 / 0.895, leading questions from specialised units). Three of the five false
    # permits: a second requester whose agency is left unsaid is somebody of their own, not the
    # agency named beside them (and a request beside an unresolved one is never permitted)
    (
        "two agents came by: the FBI one wants our DD5 on the pharmacy robbery for their Hobbs Act case, and "
        "the guy with her, who never said what agency he works for, wants the perp's address. both ok?",
        [("fbi", "needs_info"), ("federal", "needs_info")],
    ),
    (
        "ATF wants the trace results on the gun for their trafficking case. another agent with them, not ATF, "
        "didn't say what agency, asked for the owner's phone number. give both?",
        [("atf", "needs_info"), ("federal", "needs_info")],
    ),
    (
        "'the feds' asked us to help find a guy, and DEA separately wants our buy reports on the heroin case. ok?",
        [("federal", "needs_info"), ("dea", "needs_info")],
    ),
    # the writer's unit heading the message is their own line of work, not the agency's purpose
    ("bx narco. HSI wants our team on a joint op next week, nothing on what case. go?", [("hsi", "needs_info")]),
    ("gang squad: HSI asked for the same DD5s, didn't say what case. ok?", [("hsi", "needs_info")]),
    # an emergency told as over is no emergency: what is asked after it is the enforcement's help
    (
        "the scuffle is over, the people who pushed the agents ran off, nobody hurt. now ERO wants our cars to "
        "block the street while they load the guy they arrested. ok?",
        [("ice_ero", "prohibited")],
    ),
    # "nothing about" a watchlist check is not told, not negative; a record's words are not the purpose
    (
        "ICE has a magistrate judge's warrant. his only record: youthful offender adjudication, robbery 2nd, "
        "2024. nothing about a TSDB check. hold?",
        [("ice", "needs_info")],
    ),
    # our own check still pending is neither an ask nor a record
    (
        "ERO has a warrant signed by a federal magistrate judge. TSDB negative. they want a hold but his rap "
        "sheet isn't back yet. hold?",
        [("ice_ero", "needs_info")],
    ),
    # the judge named after the warrant; "chain of custody" is how evidence changes hands
    (
        "USMS will take him at noon on the federal carjacking warrant (Judge Brodie). hold him till then?",
        [("usms", "permitted")],
    ),
    (
        "DEA has a warrant (Judge Komitee, EDNY, fentanyl distribution) for our collar. they want him held for "
        "pickup and his phone released to them with the chain of custody. fine?",
        [("dea", "permitted")],
    ),
    # "he's FBI, not DHS": the officer rules the other agency out
    (
        "email subject said ICE REQUEST but I called the agent back, she's FBI, not ICE. the warrant is signed by "
        "Judge Rakoff, SDNY, for wire fraud. hold him for her?",
        [("fbi", "permitted")],
    ),
    # a status question quoted with "U.S." is still a status question
    ("ERO emailed: is the guy we arrested a U.S. citizen? only need yes or no. answer?", [("ice_ero", "escalate")]),
    # made a task force officer; walked to the room for an arrest; help with the door
    (
        "the FBI wants to make me a task force officer on their bank robbery squad. allowed?",
        [("fbi", "permitted")],
    ),
    (
        "FBI has a judge-signed arrest warrant for child exploitation. they want me to walk them to his "
        "apartment so they can arrest him. ok?",
        [("fbi", "permitted")],
    ),
    # an agent's quoted words: "our" is the agency's, "you" is us
    (
        '> HSI SA Reyes: "For our child exploitation investigation, please send the 911 audio from 11/3."\nsend?',
        [("hsi", "escalate")],
    ),
    (
        '> Deputy Marshal Cho: "We have a federal warrant (Judge Chen) for armed robbery. Can you hold him?"',
        [("usms", "permitted")],
    ),
    # a leading "since it's criminal?" does not put in doubt a crime the agency named
    (
        "HSI wants an alert on his cousin for their gun trafficking case. fine since its criminal?",
        [("hsi", "escalate")],
    ),
    # the list after "two asks:" is asked
    (
        "CBP at the port, two asks:\n- our complaint reports on the cargo theft\n- a detective for their stakeout\n"
        "criminal case. ok?",
        [("cbp", "escalate")],
    ),
    # the property clerk asking me to check is our house, not another request
    (
        "ATF wants to test-fire the pistol we vouchered for their gun trafficking case. property clerk asked me "
        "to check first",
        [("atf", "permitted")],
    ),
]

ROUND_FIFTY_ONE = [
    # set BQ (first sight on b091130: 0.884 / 1 / 0.926, thread follow-ups that paste the earlier
    # exchange). The false permit: paperwork claimed but not yet seen has no known signer
    (
        "ATF agent at the desk says there's a federal warrant for our guy on a gun trafficking charge, wants him "
        "held for transfer. she hasn't shown us the warrant yet. ok?",
        [("atf", "needs_info")],
    ),
    # the bot's own answer pasted into a follow-up is not a fact of the request
    (
        "> q: HSI wants a joint op with our squad next week\n> bot: needs info - what case, any removal purpose?\n"
        "update: HSI says it's a criminal case on a counterfeit pills ring, no removal piece. ok?",
        [("hsi", "permitted")],
    ),
    (
        "> me: ICE has a warrant for our prisoner, can we hold him?\n> bot: needs info, who signed it?\n"
        "turns out there's no warrant at all, they just want him held till their van comes",
        [("ice", "prohibited")],
    ),
    (
        "> q: ERO gave us an I-205 and wants him held\n> bot: prohibited\ncorrection: not sure it's an I-205, "
        "nobody here can tell who signed it",
        [("ice_ero", "needs_info")],
    ),
    # the officer corrects or rules out the agency
    (
        "> me earlier: FBI has a judge-signed warrant for my prisoner (bank fraud), wants him held\n"
        "correction - it's not FBI, it's HSI. same judge-signed criminal warrant. still ok?",
        [("hsi", "escalate")],
    ),
    (
        "> me: ICE sent a detainer for Lopez\nscratch the part about ICE, wrong fax. the DEA has a federal arrest "
        "warrant signed by Judge Furman for heroin distribution and wants him held for pickup",
        [("dea", "permitted")],
    ),
    # the agency named when the officer calls back is the one left unnamed before
    (
        "> earlier: a fed wants the 911 audio from the shooting, didn't catch the agency\n"
        "called back: it's DEA, the shooting is part of their heroin case. ok?",
        [("dea", "permitted")],
    ),
    # a correction of the record: "it's not X" takes X off it
    (
        "I misread his sheet: it's not robbery 1, the only conviction is a petit larceny from 2023. ICE warrant "
        "signed by an SDNY magistrate, TSDB negative. hold?",
        [("ice", "prohibited")],
    ),
    # violence going on now, said with -ing
    (
        "ERO making an arrest outside, a man is kicking one of the agents on the ground right now. can we go?",
        [("ice_ero", "permitted")],
    ),
    # help with their case is joint work; joint surveillance; undercover on a task force
    (
        "HSI wants our help with a prescription fraud case, joint surveillance with our squad next week. criminal "
        "case only, no removal piece. ok?",
        [("hsi", "permitted")],
    ),
    # a search warrant for somebody else's basement is no entry into our building
    (
        "DEA has a search warrant signed by a magistrate judge for the basement of a bodega in our sector (drug "
        "stash). they want uniforms on the perimeter. ok?",
        [("dea", "permitted")],
    ),
    ("CBP asking only whether the guy we collared is a lawful permanent resident. answer?", [("cbp", "escalate")]),
    (
        "JTTF: FBI wants copies of his old arrest reports for the terrorism case. ok?",
        [("fbi", "permitted")],
    ),
]

ROUND_FIFTY_TWO = [
    # set BP (first sight on e94d5e1: 0.895 / 0 / 0.921, questions after the fact from supervisors
    # and reviewers). What was done is asked about as much as what is still to do
    (
        "retro: last night the desk held him about an hour until the marshals got there, they had a federal "
        "warrant signed by a district judge for a parole violation. was that fine?",
        [("usms", "permitted")],
    ),
    (
        "we've held him 3 hours past his release for HSI, they have a judge-signed federal warrant for a gun "
        "trafficking conspiracy. do we keep holding?",
        [("hsi", "escalate")],
    ),
    (
        "sgt here: this morning my squad helped the DEA arrest a guy on a judge-signed federal warrant for "
        "fentanyl distribution. now they want our cars to stay on scene while they finish the search. ok?",
        [("dea", "permitted")],
    ),
    (
        "Lt: a PO on the HSI task force gave HSI printouts from our databases on 4 crew members for their gang "
        "homicide case. was that ok?",
        [("hsi", "escalate")],
    ),
    # a task force officer's own work asked of them
    (
        "I'm a TFO with the DEA. they want me working their heroin distribution case this month. fine?",
        [("dea", "permitted")],
    ),
    (
        "ATF agents have a federal arrest warrant signed by a magistrate judge for gun trafficking and want me to "
        "help cuff and secure the guy when he walks out. go?",
        [("atf", "permitted")],
    ),
    (
        "car stop, NCIC hit is an FBI federal arrest warrant signed by a district judge for bank robbery, "
        "confirmed. do I bring him in?",
        [("fbi", "permitted")],
    ),
    # clearing the way for their vans is support for the enforcement
    (
        "a guy threw a rock at an ERO officer and ran, we caught him. now ERO wants us to clear the street so "
        "their vans can leave with the people they arrested. ok?",
        [("ice_ero", "permitted"), ("ice_ero", "prohibited")],
    ),
    # "same kind of record" describes the person, it is no record asked
    (
        "ERO brought a warrant signed by a magistrate judge for a man with a robbery 1 conviction from 2024, "
        "TSDB negative. they want the same for his brother tonight, same judge, same kind of record. ok?",
        [("ice_ero", "escalate")],
    ),
]


ROUND_FIFTY_FOUR = [
    # set BS (first sight on 1adbd4c: 0.889 / 1 / 0.895, structured notes with labelled fields and
    # bullets). A list item headed by its own requester is a call of its own; an agency left blank is
    # somebody else, never the agency named on another line (the false permit)
    (
        "Two calls this morning:\n- DEA: wants our DD5 on the pill mill case\n- feds (agency ?): want his "
        "next court date, no reason",
        [("dea", "needs_info"), ("federal", "needs_info")],  # held back while the other is unresolved
    ),
    (
        "- FBI: interview our prisoner on the carjacking, we set it up in the squad room\n- feds: also want "
        "his custody status",
        [("fbi", "needs_info"), ("federal", "needs_info")],
    ),
    # a notes field label asks for what follows it
    (
        "Agency: HSI\nRequest: arrest report + next court date on subj\nReason: their narcotics case",
        [("hsi", "escalate")],
    ),
    (
        "Agency: CBP\nWants: our camera footage from the pier lot\nReason given: n/a",
        [("cbp", "needs_info")],
    ),
    # "AGENCY - thing" in a list: the thing is asked
    (
        "today:\n1. ATF - our NIBIN report on the recovered Taurus, their trafficking case\n2. DEA - copies "
        "of our buy reports, joint case",
        [("atf", "permitted"), ("dea", "permitted")],
    ),
    # the paperwork field: its label names no paper, what follows it does
    (
        "Agency: USMS\nAsk: hand him over when we release him\nPaperwork: none\nAUSA is considering charges",
        [("usms", "escalate")],
    ),
    (
        "Agency: ICE ERO\nAsk: hold for pickup\nPaperwork: warrant\nSigned by: SDDO",
        [("ice_ero", "prohibited")],
    ),
    # the field that gives the reason names an aim, not a second requester
    (
        "Agency: HSI\nAsk: 5 of our cops for a door-to-door knock and talk in Sunset Park\nReason given: ERO "
        "targets w final orders",
        [("hsi", "prohibited")],
    ),
    (
        "HSI wants a knock and talk at two addresses in Elmhurst with our cops, sex trafficking case, AUSA "
        "assigned. ok?",
        [("hsi", "permitted")],
    ),
    # ICE's supervision programme is a civil aim
    (
        "CBP asked for LPR hits on a plate, the owner missed his ISAP check-ins. send?",
        [("cbp", "prohibited")],
    ),
    # a federal prosecutor's office weighing charges
    (
        "HSI wants him released to them when we're done, no warrant, SDNY is weighing charges",
        [("hsi", "escalate")],
    ),
    # a crime read from the emergency is not the aim of the other request
    (
        "2 things: we locked up the guy who shoved the ICE agent, assault on an officer. also ERO wants us to hold "
        "traffic on the block till their target is loaded. ok?",
        [("ice_ero", "permitted"), ("ice_ero", "prohibited")],
    ),
    # the caller at an agency is the requester
    (
        "got a call from somebody at DHS asking if a woman we arrested last month is a citizen, that's all they want",
        [("dhs", "escalate")],
    ),
    # the officer's word on one request outweighs a case named earlier in the message
    (
        "on the same stabbing case: ATF wants the gun, fine. HSI wants his address, didn't say why",
        [("atf", "needs_info"), ("hsi", "needs_info")],
    ),
    # the paper is only what the agent said it is until a copy arrives
    (
        "ERO says there's a judge-signed warrant with the detainer, asked them for a copy, still waiting. hold him?",
        [("ice_ero", "needs_info")],
    ),
    # the help asked of us under a judge's warrant
    (
        "DEA agent has an SDNY magistrate's arrest warrant for a heroin dealer and asked us to help grab him "
        "at the bodega. go?",
        [("dea", "permitted")],
    ),
    (
        "FBI search warrant signed by an EDNY judge on a stash apartment, they want ESU for entry at 0600",
        [("fbi", "permitted")],
    ),
    # a task force seat and a joint interview
    (
        "sgt asked if I'd go to the HSI-led gang task force as a TFO, gang cases only, NYPD chain of command. ok?",
        [("hsi", "permitted")],
    ),
    (
        "I'm a TFO on the FBI violent crimes TF. the SA wants me to join the interview of a carjacking "
        "victim, we're setting it up at the pct",
        [("fbi", "permitted")],
    ),
]

ROUND_FIFTY_SIX = [
    # set BT (first sight on ba493a5: 0.853 / 0 / 0.905, rap-sheet lines and dates). The five-year
    # window is counted from the record's own dates (today is 30 Nov 2026 here), with prison time set
    # aside: a release inside the window may bring an older conviction in (a computation for counsel)
    (
        "ICE has a magistrate judge's warrant for our prisoner, TSDB clear. Record: robbery 1st (PL 160.15) "
        "convicted 03/2019, sentenced 4 yrs, released 01/2023. Hold him?",
        [("ice", "escalate")],
    ),
    # ... and a release long ago cannot
    (
        "judge-signed ICE warrant, tsdb negative. burglary 2nd conv 05/2012, did 2 years, out 05/2014. hold?",
        [("ice", "prohibited")],
    ),
    # an older conviction whose sentence the record leaves out: the sentence is what to ask
    (
        "ICE judicial warrant (magistrate), TSDB neg. his rap: assault 2nd conviction 08/2020, the printout "
        "doesn't list the sentence. transfer?",
        [("ice", "needs_info")],
    ),
    # a date to the day decides which side of the line it falls
    (
        "ICE magistrate warrant, TSDB negative. assault 2nd conviction 12/20/2021, probation. hold?",
        [("ice", "escalate")],
    ),
    (
        "ICE magistrate warrant, TSDB negative. assault 2nd conviction 11/02/2021, probation only. hold?",
        [("ice", "prohibited")],
    ),
    # a month that straddles the line: the date is what to ask
    (
        "ICE magistrate warrant, TSDB negative. assault 2nd conviction 11/2021, probation only. hold?",
        [("ice", "needs_info")],
    ),
    # the watchlist result can come after a first naming of the list
    (
        "I-247A only, no judge. the NCIC return reads 'CAUTION - POSSIBLE WATCHLIST MATCH - CALL TSC'. ICE "
        "wants a hold",
        [("ice", "escalate")],
    ),
    # "NO RECORD" from a watchlist query is a clear result, and no record asked for
    (
        "NCIC TSDB query came back 'NO RECORD'. record: robbery 2nd conviction 2023. ICE magistrate-signed "
        "warrant, they want him at release",
        [("ice", "escalate")],
    ),
    # a re-entry conviction on the rap sheet is a prior removal, not the agency's aim
    (
        "I-247A, nothing signed by a judge. his sheet: 8 USC 1326 reentry after deportation conv 2020 EDNY; "
        "PL 125.20 mansl 1 conv 2011. ICE wants 48 hrs to get a judge",
        [("ice", "escalate")],
    ),
    # smuggling of drugs is a crime, not an immigration crime
    (
        "CBP has a magistrate's search warrant for a van in our tow pound, 21 USC 952 smuggling of opioids. "
        "they want in now",
        [("cbp", "escalate")],
    ),
    (
        "HSI asks for traffic cover on Canal St while they serve a judge-signed search warrant on a counterfeit "
        "goods stockroom, 18 USC 2320",
        [("hsi", "permitted")],
    ),
    # a task-force deputation with a criminal agency is joint work ("deputation" is no misspelt "deportation")
    (
        "DEA asked if two of our narcotics detectives can take a Title 21 TFO deputation on their group",
        [("dea", "permitted")],
    ),
    (
        "I'm being assigned to the FBI violent gang TF next month with a special deputation. anything to know?",
        [("fbi", "permitted")],
    ),
    # charges to come, no warrant yet: a hand-over for counsel
    (
        "HSI says the guy will be charged federally next week, no warrant yet; they want him released to them tonight",
        [("hsi", "escalate")],
    ),
    # transferring a vouchered gun is evidence handling, not custody
    (
        "ATF wants to take the revolver we vouchered to their lab for their gun trafficking case; we'd "
        "transfer it through property",
        [("atf", "permitted")],
    ),
    # standing alerts in new words
    (
        "ICE asks us to flag three NYSIDs so the agent gets notified on any new arrest, no reason given",
        [("ice", "needs_info")],
    ),
    ("DHS wants 2 names added to our arrest alert system so they get pinged. didn't say why", [("dhs", "needs_info")]),
    # a meeting the NYPD sets up in its own house
    (
        "FBI victim specialist wants to meet our complainant at the precinct for their extortion case, we'd "
        "set up the room",
        [("fbi", "permitted")],
    ),
    # a gang named as who is in a list is not the agency's case
    ("ERO asks for a printout of all MS-13 members in the 110 from the gang database", [("ice_ero", "prohibited")]),
    (
        "ICE wants a list of all Latin Kings members in the 40 from the gang database, didn't say what for",
        [("ice", "needs_info")],
    ),
    # "on the same case" carries the case another agency named
    (
        "FBI wants the DD5s for their bank robbery case and an HSI agent on the same case wants copies too",
        [("fbi", "permitted"), ("hsi", "escalate")],
    ),
    # ... carried, not said by that agency: it routes, but never permits on its own
    (
        "FBI has a robbery case on our prisoner; an ICE agent on the same case wants to interview him in our squad "
        "room, our detective set it up",
        [("fbi", "needs_info"), ("ice", "needs_info")],
    ),
    # status questions: a role in doubt, a complainant who came in
    ("not sure yet if the woman is a witness or part of it, can I ask her status?", [("none", "needs_info")]),
    (
        "a man came into the precinct saying his boss kept his passport and never paid him. can I ask about his "
        "status before I take the report?",
        [("none", "prohibited")],
    ),
    # paper whose kind and signer are unknown
    (
        "HSI sent what they call a 'detainer', we can't tell what form it is or who signed it. they want a call "
        "before release",
        [("hsi", "needs_info")],
    ),
    ("ICE emailed a 'warrant', signature reads 'M. Ortiz' with no title, wants him held", [("ice", "needs_info")]),
    # the same lot asked for by a second agency; the Marshals' own staging for a warrant is ordinary (R4)
    (
        "USMS wants to stage in our lot at 0500 for a fugitive pickup on a federal warrant; CBP asked for the "
        "same lot that morning, no reason",
        [("usms", "needs_info"), ("cbp", "needs_info")],
    ),
    ("FBI wants to stage two cars in our lot tonight before their kidnapping warrant arrest", [("fbi", "permitted")]),
    # entry with no warrant: an interview about status is civil; no reason given is asked (R5)
    (
        "ICE agents want to talk to our prisoner in the back about his immigration status, no warrant",
        [("ice", "prohibited")],
    ),
    ("CBP agent wants to walk back to the cells to find someone, no warrant, won't say why", [("cbp", "needs_info")]),
    # guarding a civil detainee after a crash is help with the enforcement, beside the emergency
    (
        "ERO's car crashed and EMS took the agent; his partner asks us to watch their detainee while he goes to "
        "the hospital",
        [("ice_ero", "permitted"), ("ice_ero", "prohibited")],
    ),
    # a form's title is not an arrest asked for
    (
        "ERO paperwork titled 'WARRANT OF ARREST', I-200, signed by a deportation officer. can we hold him?",
        [("ice_ero", "prohibited")],
    ),
]


ROUND_FIFTY_SEVEN = [
    # set BU (first sight on 2056586: 0.895 / 1 / 0.889; civilian staff and non-patrol units in plain
    # words). The false permit: a standing alert told as a condition and its consequence ("if he is
    # stopped or his name is run by any cop, they get a call") read as a records check
    (
        "Records analyst. The DEA asked us to fix it so that if a certain guy gets stopped or his name gets run "
        "by any of our cops, they get a call. He's a target in their fentanyl case.",
        [("dea", "escalate")],
    ),
    # evidence released with chain-of-custody forms is no custody hand-over and no paper for a person
    (
        "Property room. FBI wants to take the rifle we vouchered to their lab for testing on their bank robbery "
        "case. Can I release it to them with the normal chain-of-custody forms?",
        [("fbi", "permitted")],
    ),
    # arranging a meeting, walking an agent to a place: help from a person
    (
        "Community affairs. An FBI agent on their arson case asked me to set up a meeting with the pastor of "
        "the church I cover. OK?",
        [("fbi", "permitted")],
    ),
    (
        "School safety. A DEA agent has a judge-signed arrest warrant for a cafeteria worker on drug charges "
        "and wants me to walk him to the kitchen where the man works.",
        [("dea", "permitted")],
    ),
    ("Aviation. ICE wants our helicopter to follow a truck of people they plan to deport.", [("ice", "prohibited")]),
    # "same prisoner": talking to him is access to someone in our custody
    ("Same prisoner. An HSI agent wants to talk to him about his expired visa.", [("hsi", "prohibited")]),
    # emergencies told by call-takers: the units sent are the response; a fall and a call for an ambulance
    (
        "911 operator. People calling that CBP officers are being shot at near the port. Do we send units?",
        [("cbp", "permitted")],
    ),
    (
        "911. A DEA agent fell off a fire escape during their raid, his partner is asking for an ambulance",
        [("dea", "permitted")],
    ),
    # a case that "fell through" is no fall
    ("HSI says their case fell through, now they want his address", [("hsi", "needs_info")]),
    # a processing tent for an operation: people the agency picks up
    (
        "Tow pound. ICE wants to set up a processing tent in our lot during their operation this weekend.",
        [("ice", "prohibited")],
    ),
    (
        "PAA. A CBP officer called asking us to confirm whether the woman we arrested this morning has a green "
        "card. Nothing else.",
        [("cbp", "escalate")],
    ),
    # one person's database results are records, not a bulk extract; a list of families is
    (
        "Analyst on the JTTF. The FBI members want my database results on the suspect in their bomb plot.",
        [("fbi", "permitted")],
    ),
    (
        "A man from Homeland Security asked the community affairs officer for the list of families who attend "
        "the Sunday school. He didn't say why.",
        [("dhs", "needs_info")],
    ),
    (
        "I'm a civilian analyst on the joint HSI-NYPD gang task force; they want me to attend their briefings "
        "and make link charts for the team on the shooting case.",
        [("hsi", "permitted")],
    ),
    # "served no time" is no prison time; "nobody knows his record" is a record unknown
    (
        "Magistrate-signed ICE warrant for our prisoner; only conviction is robbery 2nd from 2015, he served no "
        "time; TSDB not run. ICE wants a hold",
        [("ice", "needs_info")],
    ),
    (
        "ICE magistrate's warrant; he's from Honduras, first arrest here, nobody knows his record from back "
        "home; TSDB negative. Transfer?",
        [("ice", "needs_info")],
    ),
    # a message that continues another: in a question weighed by record and watchlist, a dated
    # offence is the person's record ("petit larceny, 2024" needs no "he has")
    (
        "Same guy as before, magistrate-signed ICE warrant, petit larceny, 2024. Watch list came back clean. "
        "ICE wants him transferred.",
        [("ice", "prohibited")],
    ),
]


ROUND_FIFTY_EIGHT = [
    # set BV (first sight on e9d8975: 0.853 / 4 / 0.921; dictated by voice, as a phone's speech-to-text wrote it).
    # The false permits: a custody hand-over said "can we give him over" unread beside paper of unknown kind
    (
        "F B I wants the guy from the robbery collar D A tossed it the agent says there is paperwork but "
        "he could not say if it is a warren or a letter from the prosecutor can we give him over",
        [("fbi", "needs_info")],
    ),
    # "search warren signed by a majestic rate judge": a judge's warrant at the door (R1c), not a permitted visit
    (
        "D E A agents at the desk with a search warren signed by a majestic rate judge want to go back "
        "to our property room and take the rifle from the homicide can I let them back",
        [("dea", "escalate")],
    ),
    # the one asked is a woman and the suspect told of is a man: she is the caller (a witness)
    (
        "the clerk at the phone store who called us about the guy with the forged passport is she legal can I ask her",
        [("none", "prohibited")],
    ),
    # "whose identity was stolen": the victim of the fraud
    (
        "Someone used a man's stolen identity to rent cars. We arrested the woman who signed the "
        "contracts. Can I ask the man whose identity was stolen about his immigration status?",
        [("none", "prohibited")],
    ),
    # an immigration arrest warrant is civil paper however it is named (R2c, not R3d)
    (
        "ICE showed us an immigration arrest warrant signed by a federal magistrate judge. His only "
        "conviction is a 2023 trespass misdemeanor and TSDB is negative. Can we hand him over?",
        [("ice", "prohibited")],
    ),
    # dictated watchlist, and a "no" said of the record is not said of the watchlist
    (
        "immigration warren signed by a district judge for the guy at the one oh four no record at all "
        "clean sheet the tee ess dee bee check came back as a possible match can we hand him to eye see "
        "e",
        [("ice", "escalate")],
    ),
    # "eye two hundred", "eye see e"
    (
        "they dropped off an eye two hundred for the guy in the cells eye see e wants him held till they come",
        [("ice", "prohibited")],
    ),
    # a sector car to help pick him up
    (
        "the marshals have a warren from a federal judge for a shooting suspect and want a sector car to "
        "help pick him up in Canarsie can we",
        [("usms", "permitted")],
    ),
    # two uniformed officers to assist
    (
        "ATF has a search warrant signed by a magistrate judge for a storage unit in a gun trafficking "
        "case and asked us for two uniformed officers to assist",
        [("atf", "permitted")],
    ),
]


ROUND_FIFTY_NINE = [
    # set BW (first sight on 49f1e70: 0.916 / 0 / 0.942, at the bar; looking back at steps already
    # taken, "was that allowed?"). A hand-over said in the past ("released him to the DEA") is read
    (
        "review question: in March the DA dropped our burglary case, DEA agents said the US attorney was "
        "thinking about charges, so we released him to the DEA with no warrant. was that ok?",
        [("dea", "escalate")],
    ),
    (
        "in March the DA dropped our gun case and ATF came with an arrest warrant signed by a federal "
        "magistrate judge for felon in possession, so we released him to the ATF. was that ok?",
        [("atf", "permitted")],
    ),
    # "asked him if he had papers" is the status question, not a sign he is the suspect
    (
        "a man walked into the precinct to report his car stolen and the officer asked him if he had papers. "
        "should he have?",
        [("none", "prohibited")],
    ),
]


ROUND_SIXTY = [
    # set BX (first sight on ee9361d: 0.905 / 2 false permits / 0.937; officers who write English as a
    # second language). A road closed "so they can finish their arrest" serves the agents' operation
    # even beside an emergency; it was folded into the emergency response and permitted
    (
        "an ICE car crashed into a cab during their op, we are doing first aid on the driver. the agents "
        "also want us to shut the block so they can finish their arrest",
        [("ice", "permitted"), ("ice", "needs_info")],
    ),
    # the small words a second-language writer drops are written back in ("want take", "ask me come
    # help", "want we hold", "who sign it I don't know", "possession of weapon", "ask help arrest")
    (
        "FBI agent want take our prisoner, they have arrest warrant signed by federal magistrate judge for "
        "bank robbery. ok?",
        [("fbi", "permitted")],
    ),
    (
        "my sergeant on the task force ask me come help ICE ERO on saturday, knock doors of people with "
        "final removal orders",
        [("ice_ero", "prohibited")],
    ),
    (
        "HSI phone the desk, say they have warrant for our prisoner on a fraud case, not shown yet. They "
        "want we hold him till tomorrow. Who sign it I don't know.",
        [("hsi", "needs_info")],
    ),
    ("DEA ask us give them the guy, the AUSA still deciding about charges, no warrant", [("dea", "escalate")]),
    (
        "ICE have warrant signed by magistrate judge for our prisoner. Conviction criminal possession of "
        "weapon second degree, March 2024. TSDB no match. They want pick him up from us.",
        [("ice", "escalate")],
    ),
    ("US Marshals ask help arrest fugitive on warrant signed by federal judge for murder", [("usms", "permitted")]),
    # a list of the workers of places we inspected is bulk data; with no reason given, ask
    (
        "HSI want a list of all the workers in the nail salons we inspected, they no say why",
        [("hsi", "needs_info")],
    ),
    # our vouchered property asked for is shared like a record; "no reason say" is no reason given
    ("CBP officer ask the passport and id card we vouchered from him, no reason say", [("cbp", "needs_info")]),
    # a status question put to us about a person named without a title
    ("HSI call and ask only one thing: is Ana P. a US citizen? yes or no", [("hsi", "escalate")]),
    # an interview of a victim that our detective set up is joint work on our case
    (
        "FBI agent wants to interview the victim of the extortion, our detective arranged the meeting at the "
        "precinct, it is a criminal case",
        [("fbi", "permitted")],
    ),
]


ROUND_SIXTY_ONE = [
    # set BY (first sight on 7123fb2: 0.868 / 1 false permit / 0.932; pasted Slack threads whose facts
    # are spread over replies). A reply that only names a topic ("TSDB?", "paperwork?", "criminal
    # case?") is answered by the next reply; "no ICE forms" does not deny the judge's warrant
    (
        "[09:01] Sgt. Alvarez: ICE warrant signed by a US magistrate judge for our prisoner, they want a hold\n"
        "[09:02] PO Brandt: record?\n"
        "[09:03] Sgt. Alvarez: clean, no convictions\n"
        "[09:04] PO Brandt: TSDB?\n"
        "[09:05] Sgt. Alvarez: ran it, negative\n"
        "hold?",
        [("ice", "prohibited")],
    ),
    (
        "[16:10] Det. Ruiz: ICE agent says it's a criminal matter, wants our prisoner transferred to them\n"
        "[16:11] Lt. Cole: paperwork?\n"
        "[16:14] Det. Ruiz: arrest warrant signed by a US District Judge, EDNY, for firearms trafficking. "
        "no ICE forms\n"
        "transfer?",
        [("ice", "escalate")],
    ),
    (
        "[11:00] Capt. Hale: HSI asked for two desks at the precinct for a month for their visa fraud investigation\n"
        "[11:02] Insp. Dunn: criminal case?\n"
        "[11:04] Capt. Hale: yes, AUSA assigned, charges coming, nothing civil\n"
        "ok to give them the desks?",
        [("hsi", "escalate")],
    ),
    # a later reply saying which person the status question is about
    (
        "[23:01] PO Kim: identity theft case, stolen credit cards used at the pharmacy\n"
        "[23:02] PO Kim: can I ask the guy about his status?\n"
        "[23:04] Sgt. Bell: which guy, the pharmacist who called it in?\n"
        "[23:05] PO Kim: yes the pharmacist, he's our witness. perp ran\n"
        "can I ask him?",
        [("none", "prohibited")],
    ),
    # a domestic incident report taken from the victim; U-visas
    (
        "Taking a DIR from a man whose wife beat him, he seems scared. Can I ask his status so I can tell him "
        "about U-visas?",
        [("none", "prohibited")],
    ),
    # "if the guy ... is documented": the status question put to us
    (
        "ICE on the line, only want to know if the guy we arrested for the bar fight is documented. Can I answer?",
        [("ice", "escalate")],
    ),
    # "currently in our custody"
    (
        "ICE ERO called asking if Luis Mejia is currently in our custody, he has a removal order. Can I tell them?",
        [("ice_ero", "prohibited")],
    ),
    # a few named people's gang-database entries are their records; 40 names are the database
    (
        "FBI asking for our gang database entries on the 3 guys they're indicting, RICO case with SDNY. ok to send?",
        [("fbi", "permitted")],
    ),
    (
        "ice wants our gang db entries on 40 names for removal priorities",
        [("ice", "prohibited")],
    ),
    # "2 of our narcs on their op"
    (
        "DEA wants 2 of our narcs on their heroin op tonight, AUSA on it. ok?",
        [("dea", "permitted")],
    ),
    # "do they have a warrant?" answered "no" is no warrant
    (
        "[08:40] Det. Lowe: DA dropped our assault case on Pena. ATF agent says the US Attorney may charge him "
        "on the gun and wants us to hand him over when he's released\n"
        "[08:41] Sgt. Ruiz: do they have a warrant?\n"
        "[08:43] Det. Lowe: no, just says charges may come\n"
        "can we give him to ATF?",
        [("atf", "escalate")],
    ),
    # coming to the precinct to look at evidence in our property room, escorted
    (
        "FBI agents want to come to the precinct and look at the seized laptops in our property room for their "
        "child exploitation case, our detective would be with them the whole time",
        [("fbi", "permitted")],
    ),
    # a deputy relaying a hold who "doesn't know who signed it"
    (
        "Marshals want us to hold Greene for pickup, deputy says it's not their warrant, he's just relaying a "
        "hold from NCIC and doesn't know who signed it",
        [("usms", "needs_info")],
    ),
]


ROUND_SIXTY_TWO = [
    # set BZ (first sight on 27d427e: 0.889 / 0 / 0.911; officers pressed by an agent at the desk). A
    # hold pressed "anyway" is the ask; paper or a watchlist result about someone in our hands, with
    # no agency named, is this bot's subject, not off-topic
    (
        "Khan: I-247A only, no judge warrant, TSDB came back no match. agent says hold anyway, it's federal law.",
        [("unknown", "prohibited")],
    ),
    ("Osei - TSDB came back negative. agent still wants him at 4.", [("unknown", "needs_info")]),
    # "the clerk who witnessed it" is a witness
    (
        "robbery at the deli on Jerome. can I ask the clerk who witnessed it whether he's legal? the HSI agent "
        "here says it would help",
        [("hsi", "prohibited")],
    ),
    # "wants the same 8 names run": a records check
    (
        "same HSI agent. wants the same 8 names run but now says they're ERO targets with removal orders. ok?",
        [("hsi", "prohibited")],
    ),
    # "our gang team for a joint takedown", "pick up our prisoner"
    ("DEA group wants our gang team for a joint takedown on their fentanyl case tomorrow. ok?", [("dea", "permitted")]),
    (
        "USMS wants to pick up our prisoner on a judge-signed warrant for federal bank robbery. ok?",
        [("usms", "permitted")],
    ),
]


ROUND_SIXTY_THREE = [
    # set CA (first sight on 3b1a3e3: 0.947 / 0 / 0.958; detectives and task-force members in squad
    # jargon). "his priors" and "our wanted card" are a person's record
    ("the DEA agent wants all his priors for their heroin conspiracy case", [("dea", "permitted")]),
    ("marshals want our wanted card on her for their federal fugitive case", [("usms", "permitted")]),
    # "can't tell me if it's X or an ICE thing": neither the paper nor the agency is known
    (
        "warrant hit on a stop but dispatch can't tell me if it's a criminal warrant or an ICE thing. hold her?",
        [("ice", "needs_info")],
    ),
    # a task force whose member agency was not given: an unnamed federal agency, not its lead agency
    (
        "Safe Streets. someone from the task force (didn't say what agency) wants a flag on him in our system",
        [("federal", "needs_info")],
    ),
    # ", same case" after a second agency's ask: the criminal case the first one named, in our words
    (
        "FBI wants our complaint reports for their bank robbery case, and ATF wants the shell casings sent to "
        "their lab, same case",
        [("fbi", "permitted"), ("atf", "permitted")],
    ),
    # ... but for an agency left unnamed (or a DHS component) the carried case cannot permit
    (
        "DEA wants our arrest report for their heroin case, and some other fed agency wants the arrest report as "
        "well, same case",
        [("dea", "needs_info"), ("federal", "needs_info")],
    ),
    # the status named first, then "wants to question him." with nothing after it
    (
        "nothing on him, no crime. my partner figures he's here illegally and wants to question him.",
        [("none", "prohibited")],
    ),
    # "swear ... in as special deputies": a deputation, decided by the agency's aim
    (
        "ATF wants to swear two of our detectives in as special deputies for their gun trafficking task force",
        [("atf", "permitted")],
    ),
    # "Rap: petit larceny 2022, crim trespass 3rd 2023" is his record, not a second aim (or request)
    (
        "ERO came with a warrant signed by a federal magistrate judge for removal, plus an I-247A. Rap: petit "
        "larceny 2022, crim trespass 3rd 2023. TSDB negative. can we hold him for them?",
        [("ice_ero", "prohibited")],
    ),
    # "guy in our cells" is the prisoner, not agents working with us: ERO's aim stays removal
    ("guy in our cells on a burglary collar. ERO wants a copy of his arrest report", [("ice_ero", "prohibited")]),
    # "if not ERO will take them out": removal as the fallback makes the aim mixed
    (
        "HSI wants our DD5s on 2 guys. SA's words: we'll try to make a gun case, if not ERO will take them out anyway",
        [("hsi", "escalate")],
    ),
]


ROUND_SIXTY_FOUR = [
    # set CB (first sight on cfc9a78: 0.895 / 0 / 0.921; scenes with several people in them). The one
    # who handed over a document that looks forged, or is investigated for it, is the suspect
    (
        "stopped a van, driver and two passengers. the driver gave me a registration that looks forged, I'm "
        "investigating him for it. can I ask him about his immigration status?",
        [("none", "permitted")],
    ),
    ("FBI wants our DIR and the 911 audio for their cyberstalking case on the husband", [("fbi", "permitted")]),
    # an interview our squad set up in our house; joining our follow-up
    (
        "the cousin is a witness in HSI's gun trafficking case, our squad set up the interview in our interview room",
        [("hsi", "permitted")],
    ),
    ("ATF wants to join our follow-up at the bodega on their gun trafficking case", [("atf", "permitted")]),
    ("an ATF agent was here for a meeting and the prisoner lunged at him in the hallway", [("atf", "permitted")]),
    # "export it": one clip copied out, not a data set; "the landlord's office": their target, not our premises
    (
        "USMS wants a copy of the lobby video for their fugitive case, our IT would export it and email it",
        [("usms", "permitted")],
    ),
    (
        "FBI has a search warrant signed by a judge for the landlord's office on their fraud case and wants two of "
        "our cops to assist with the search",
        [("fbi", "permitted")],
    ),
    # another person's conviction is not the record of the one asked about, whose rap is still out
    (
        "ICE brought a warrant signed by a federal magistrate judge for Sal. Rico and Tony both have violent priors "
        "(robbery 1st 2022). Sal's rap isn't back yet. ICE wants Sal",
        [("ice", "needs_info")],
    ),
    (
        "ERO wants us to stand at the front door and keep the family inside while they take him out",
        [("ice_ero", "prohibited")],
    ),
    # (set BW, still pending) using somebody else's papers is a crime other than status
    (
        "our perp opened credit cards with somebody else's social security number. can the det ask him if he's here "
        "legally?",
        [("none", "permitted")],
    ),
]


ROUND_SIXTY_FIVE = [
    # set CC (first sight on 49c8df0: 0.932 / 1 / 0.889; requests tied to city places). A closing
    # question that asks two agencies two things gives each agency only its own ask
    (
        "ATF wants copies of our arrest reports for their gun trafficking case. ICE also faxed an I-247A for him. "
        "can we send ATF the reports and hold him for ICE?",
        [("atf", "permitted"), ("ice", "prohibited")],
    ),
    # help executing a warrant nobody has seen is not help on a judge's warrant (the false permit)
    (
        "DEA wants three of ours on the door for the entry on their fentanyl case tomorrow, they say there's a "
        "warrant but nobody has seen it",
        [("dea", "needs_info")],
    ),
    (
        "HSI wants our detective on the interviews and the warrant prep for their gang shooting case",
        [("hsi", "permitted")],
    ),
    # "whether a judge signed" left unsaid is a signer unknown
    (
        "DEA wants him held for pickup on their cocaine case, the agent didn't say if a judge signed anything",
        [("dea", "needs_info")],
    ),
    # "illegal" naming the crime ("illegal gun sales") is no civil aim; a criminal agency's judge-signed
    # warrant stays criminal paper when removal is the plan after it
    (
        "ATF has a warrant signed by a district judge for illegal gun sales and wants our prisoner when we're done",
        [("atf", "permitted")],
    ),
    (
        "FBI has a warrant from a magistrate for bank fraud and wants him at release, but the agent admitted the "
        "real plan is removal afterwards",
        [("fbi", "escalate")],
    ),
    # a victim with no ID is no suspect; the man collared "for the purse snatch" is no victim
    (
        "took a report from a man whose phone got snatched on the platform, he had no ID on him. can I ask him if "
        "he's legal?",
        [("none", "prohibited")],
    ),
    (
        "the kid we collared for the purse snatch had two passports on him, both look fake. can I ask him about his "
        "status?",
        [("none", "permitted")],
    ),
    # a place's camera, named by the place; a plate that "hits an LPR" is no permanent resident
    ("FBI wants the hallway cam stills from last night for their kidnapping case", [("fbi", "permitted")]),
    (
        "an agent wants a ping if his target's plate hits an LPR in the 40, no agency or reason given",
        [("unknown", "needs_info")],
    ),
    # a log looked at, one student's schedule, a flag on a NYSID, a property invoice, a prisoner picked up
    ("FBI wants to go through today's prisoner holding log for their carjacking case", [("fbi", "permitted")]),
    ("FBI wants the class schedule of a 16 year old witness for their kidnapping case", [("fbi", "permitted")]),
    (
        'FBI asked us to put a "notify FBI on any stop" flag on a NYSID for their extortion case',
        [("fbi", "escalate")],
    ),
    (
        "USMS wants to pick up a prisoner on a judge's warrant for bank robbery, and an HSI agent wants his property "
        "invoice without saying why",
        [("usms", "needs_info"), ("hsi", "needs_info")],
    ),
    # an attack told as "came at them with a knife"; "the post by the door" is where we stand
    (
        "ICE agents outside the shelter and a man came at them with a knife. we're at the post by the door",
        [("ice", "permitted")],
    ),
    # holding someone in a back room is a hold, not their access to it
    (
        "ICE picked up a guy in the lobby and wants us to hold him in the back office till their van comes, they say "
        "they have a warrant",
        [("ice", "needs_info")],
    ),
    (
        "HSI wants to interview our prisoner about a forced prostitution ring, our squad arranged it",
        [("hsi", "permitted")],
    ),
    # another agency named as time ("after the Marshals are done") is not asking in that sentence
    (
        "Marshals have a judge-signed warrant on a federal robbery indictment and will pick him up at 9. HSI wants "
        "him after the Marshals are done, or held for them if the Marshals don't show. HSI didn't say who signed "
        "their paper.",
        [("usms", "needs_info"), ("hsi", "needs_info")],
    ),
]

ROUND_SIXTY_SIX = [
    # set CD (first sight on 28e49d5: 0.900 / 4 / 0.926; relayed, second-hand messages). A criminal
    # aim only guessed by the one relaying it is no stated aim (two of the false permits)
    (
        "my partner says a DEA agent wants our DD5s on the Fordham burglary pattern, partner thinks it's "
        "criminal but isn't sure",
        [("dea", "needs_info")],
    ),
    # removal left open beside the crime ("and maybe immigration too") is a mixed aim
    (
        "sgt says HSI wants three of our cops for a joint op at a nail salon. agent said it's a criminal "
        "trafficking case, and maybe immigration too",
        [("hsi", "escalate")],
    ),
    # our case board, or "the buy-and-bust prisoner", names our case, not why the agent asks
    (
        "two HSI agents want to come up to the squad to look at our case board on the Jerome Ave burglaries, "
        "didn't say why",
        [("hsi", "needs_info")],
    ),
    (
        "an HSI agent wants to talk to the same buy-and-bust prisoner tomorrow, didn't say what about",
        [("hsi", "needs_info")],
    ),
    # a second caller who only claimed to be 'federal', with no agency, is a request of its own
    (
        "ATF wants the ballistics report for their gun case, and someone who said he was 'federal' called "
        "for the same guy's address, no agency or reason",
        [("atf", "needs_info"), ("federal", "needs_info")],
    ),
    # a closing "send both?" is no unread item of the first agency's
    (
        "from the desk: 1) DEA wants copies of the buy reports for their heroin conspiracy case 2) FBI wants the "
        "mugshots of the same crew for their RICO case. ok to send both?",
        [("dea", "permitted"), ("fbi", "permitted")],
    ),
    # a deportation only guessed is no re-entry; ICE sending us his record is not our records going out
    (
        "another I-247A and an I-200. the officer thinks he might have been deported before, nobody "
        "confirmed it. robbery 1st conviction 2012. hold 48 hours for ICE?",
        [("ice", "prohibited")],
    ),
    (
        "the warrant is signed by a US magistrate judge. ICE also sent his record: assault 1st degree, "
        "convicted 2022. can we hold him for ICE?",
        [("ice", "escalate")],
    ),
    # an address asked beside a citizenship question is more than a status-only request
    (
        "ICE now wants his home address and whether he's a citizen, for a removal case",
        [("ice", "prohibited")],
    ),
    # (sets still pending) an agency that may ask some day is not asking now; a hedged "might want"
    # gives way to the plain question
    (
        "FBI has an arrest warrant signed by an EDNY magistrate for wire fraud on our prisoner. the agent said ICE "
        "might want him eventually. can we hand him to the FBI?",
        [("fbi", "permitted")],
    ),
    ("HSI agent shot at while serving a warrant in the Bronx, gunman ran. we going?", [("hsi", "permitted")]),
    (
        "Purpose of request: NYPD assistance executing arrest. Legal authority: arrest warrant signed by a US "
        "District Judge, FBI, bank robbery",
        [("fbi", "permitted")],
    ),
    (
        "FBI agents at the desk with a search warrant signed by a magistrate judge for PO Rivera's locker, "
        "corruption case. desk asking if he walks them back there",
        [("fbi", "escalate")],
    ),
]

ROUND_SIXTY_SEVEN = [
    # set CE (first sight on cf78c6d: 0.858 / 2 / 0.921; officers correcting themselves). A first
    # impression the officer turns from is taken back: the paper, the agency, or the aim
    (
        "ICE wants him held. At first I read their paper as an I-200 but it's signed by an EDNY magistrate "
        "judge. No priors, TSDB negative",
        [("ice", "prohibited")],
    ),
    (
        "ATF wants to pick up our prisoner (originally typed DEA, it's ATF), district judge signed the arrest "
        "warrant for gun trafficking",
        [("atf", "permitted")],
    ),
    # (this one guards the turn: the signature read after "I thought" still decides)
    (
        "CBP wants him held on their narcotics warrant. I thought a magistrate judge signed it, but the "
        "signature says CBP officer",
        [("cbp", "prohibited")],
    ),
    # "edit:" takes back the words before it
    (
        "ICE says they have a warrant for her, edit: it's only an I-247A, they want a heads up on release",
        [("ice", "prohibited")],
    ),
    # the agency corrected: "sorry, meant ATF"; "it's actually the FBI, HSI's not involved"
    (
        "DEA wants us to hold a guy for pickup, sorry, meant ATF. They have a district judge's arrest warrant "
        "for gun trafficking",
        [("atf", "permitted")],
    ),
    (
        "HSI wants the complaint report on the cargo theft for their case. update: agent says it's actually "
        "the FBI on this one, HSI's not involved",
        [("fbi", "permitted")],
    ),
    # a request withdrawn, by the agency or the officer, is no longer asked (one of the false permits
    # was the other way round: the withdrawn agency's words went to the one still asking)
    (
        "Marshals have a district judge's warrant for our prisoner on a bank robbery, want him held for "
        "pickup. ERO sent an I-247A asking for his release date too, update: ERO has since withdrawn the "
        "detainer",
        [("usms", "permitted")],
    ),
    (
        "FBI wants our arrest report for their carjacking case, and they dropped the request to put an alert on him",
        [("fbi", "permitted")],
    ),
    (
        "ATF wants an alert on him and our arrest report for their gun case. never mind the alert",
        [("atf", "permitted")],
    ),
    # an aim taken back is no aim: what the officer says last stands
    (
        "DEA wants his address. agent said it was for a heroin case, then took it back, won't say why",
        [("dea", "needs_info")],
    ),
    (
        "CBP wants his home address. the desk was told it's for a smuggling case but the agent wouldn't "
        "confirm that when I called",
        [("cbp", "needs_info")],
    ),
    # his rap sheet asked for a case is no line of his record, and the case is their aim
    ("HSI wants a copy of his rap sheet for a separate arson case", [("hsi", "escalate")]),
    # the signer settled after a doubt: an ICE officer's title read off the paper
    (
        "ICE left a warrant, want her held. nobody was sure who signed, checked: D. Park, Supervisory "
        "Detention and Deportation Officer",
        [("ice_ero", "prohibited")],
    ),
    # an agency named as whose case it is asks nothing when another agency does
    (
        "HSI wants his booking photo, their email calls him a subject in an open ERO case, removal pending",
        [("hsi", "prohibited")],
    ),
    # one name run through our gang database is a records check, not the database handed over
    ("ATF wants to run one name through our gang database for their gun case", [("atf", "permitted")]),
]

ROUND_SIXTY_EIGHT = [
    # set CF (first sight on edc9ed7: 0.868 / 0 / 0.889; officers citing the law themselves). The
    # officer's own reading of the law is no fact of the request
    (
        "DEA has a magistrate judge's arrest warrant for meth distribution, wants him held for pickup. "
        "10-178 only covers immigration stuff so we're good?",
        [("dea", "permitted")],
    ),
    (
        "HSI wants to park 5 cars in our lot Friday morning, didn't say what for. I know EO 13 bans staging "
        "for civil immigration ops",
        [("hsi", "needs_info")],
    ),
    # (these two guard its edges: 287(g) named as what is asked, and a question that names the agency)
    ("ICE asked if a few of our cops can be deputized under 287g, ok?", [("ice", "prohibited")]),
    ("Under 10-178 can I give ICE his address for his removal case?", [("ice", "prohibited")]),
]

ROUND_SIXTY_NINE = [
    # set CF's next classes and set CG (first sight on 262ecfa: 0.911 / 0 / 0.895; officers pasting
    # what the agency sent). A rule the officer quotes and then asks about ("is that true?") is
    # the question: the act it forbids is what is asked, its "never" is the claim's
    (
        "Sgt told us 10-178 means we can never ask a suspect about status. Is that true? My perp had a forged "
        "passport, I'm charging him with forgery",
        [("none", "permitted")],
    ),
    # a later agency's own paper and aim come before the words told ahead of the first agency
    (
        "Prisoner has a federal arrest warrant signed by a district judge for bank fraud, USMS is picking him up "
        "at noon. ICE also faxed an I-247A and wants him handed to them instead",
        [("usms", "permitted"), ("ice", "prohibited")],
    ),
    # asks in plain or formal words: a squad brought in on a case, a task-force slot, TFO designation,
    # a warrant's execution, a custody check, "maintain custody", a witness interview arranged
    (
        "HSI wants our squad in on their passport fraud case, federal charges filed, AUSA assigned. ok?",
        [("hsi", "permitted")],
    ),
    (
        "Got offered a slot on the FBI Brooklyn violent gang task force, criminal cases only. ok to take it?",
        [("fbi", "permitted")],
    ),
    (
        "HSI needs two of our detectives for TFO designation to their money laundering task force, bulk cash "
        "smuggling cases, criminal only",
        [("hsi", "permitted")],
    ),
    (
        "ATF requests three uniformed units for execution of a federal search warrant signed by a magistrate judge "
        "at a gun shop, briefing at 0500",
        [("atf", "permitted")],
    ),
    (
        "From: ICE ERO New York\nPlease confirm whether the individual named below is currently in NYPD custody.",
        [("ice_ero", "prohibited")],
    ),
    (
        "From: DO R. Kaye, ERO New York\nERO requests that your agency maintain custody of the subject. Warrant "
        "signed by a U.S. magistrate judge attached. No prior criminal convictions, TSDB negative.",
        [("ice_ero", "prohibited")],
    ),
    (
        "The FBI asks if we can arrange for their agents to speak with our witness about the federal arson case, "
        "our det will be there",
        [("fbi", "permitted")],
    ),
    # emergencies described, not named
    (
        "Apartment fire on the 2nd floor, people have to get out, HSI agents are in the building serving "
        "something. do we stay back?",
        [("hsi", "permitted")],
    ),
    (
        "Someone is smashing an ICE van's windshield with a bat, two agents inside. We're around the corner, do "
        "we respond?",
        [("ice", "permitted")],
    ),
    # an aim in an agency's formal words; an investigation's finding is no aim of this request
    (
        "HSI plans an operation at two nail salons to find unauthorized workers for administrative processing "
        "and wants our officers to secure the exits",
        [("hsi", "prohibited")],
    ),
    (
        "DHS wants 4 plates put in our LPR alerts, no reason given. The DOI report was about civil enforcement so "
        "this is different right?",
        [("dhs", "needs_info")],
    ),
    # probation is no time inside: the five years run from the 2019 conviction
    (
        "ERO has a magistrate judge's warrant for him. Robbery 2 conviction in 2019, sentenced to 5 years "
        "probation, TSDB negative. They want him held",
        [("ice_ero", "prohibited")],
    ),
    # walking the agency's own detainees to their van moves them for the agency; walking ours out
    # to them (the guard) is a hand-over
    (
        "After the ICE deportation arrests on our block their team asks us to walk their three detainees to their "
        "van, crowd's gone",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE ERO has a magistrate judge's warrant for him and he has a 2024 robbery 1 conviction; sgt says we can "
        "just walk him out to them",
        [("ice_ero", "escalate")],
    ),
]

ROUND_SEVENTY = [
    # set CH (first sight on 69bcf35: 0.947 / 0 / 0.942; shift handovers) and CF's and CG's next
    # classes. The note's own "handover" is the shift's, not a prisoner handed over
    (
        "0700 handover: DEA called for our DD5s on the Fordham shooting for their heroin conspiracy case. ok to send?",
        [("dea", "permitted")],
    ),
    # (these two guard it: a pickup named in a handover note, a handover the agency asks for)
    (
        "Handover 1900, one open: ATF pickup of Ortiz at 2100 on a magistrate judge's warrant for gun trafficking",
        [("atf", "permitted")],
    ),
    (
        "FBI wants us to do the handover at the precinct; they have a magistrate judge's warrant for bank robbery",
        [("fbi", "permitted")],
    ),
    # our own case names no aim of the agency's
    (
        "ICE asked for the phone number we have for the victim in Saturday's burglary. didn't say why",
        [("ice", "needs_info")],
    ),
    # after the emergency: holding a scene while they bring out people detained for ICE processing
    # is help with their operation; securing the scene we respond to is the response itself
    (
        "HSI agents done with their search, no one hurt, now asking us to keep the tape up and guard the building "
        "while they walk out the people they detained for ICE processing",
        [("hsi", "prohibited")],
    ),
    (
        "shots fired at ATF agents serving a warrant in the Bronx, 911 calls coming in. confirm we can respond and "
        "secure the scene",
        [("atf", "permitted")],
    ),
    # "what's the home address on his arrest report" after "two questions:" is asked
    (
        "ERO called with two questions about our collar: is he a citizen, and what's the home address on his "
        "arrest report",
        [("ice_ero", "prohibited")],
    ),
    # where a protest was is no one's aim
    ("DHS wants names for the people in photos from a protest outside 26 Federal Plaza", [("dhs", "needs_info")]),
    (
        "Guy smashing the windows of two HSI cars while the agents are inside a building, do we go?",
        [("hsi", "permitted")],
    ),
    # an agency that called "but then cancelled" asks no more, while another still does
    (
        "Handover 0800: FBI pickup of Soto at 1000 on a magistrate judge's warrant for bank robbery. ERO called "
        "about him last night but then cancelled, nothing pending from them",
        [("fbi", "permitted")],
    ),
]

ROUND_SEVENTY_ONE = [
    # set CI (first sight on 18f655b: 0.853 / 2 / 0.905; members outside patrol, each from their own
    # job). Both false permits, in our own words: an assault named as the case's crime is no
    # violence going on now, and a standing alert asked beside records is an alert
    (
        "Same HSI agent again - now he says the footage is for an assault on a federal officer at the station "
        "last week, criminal case",
        [("hsi", "escalate")],
    ),
    (
        "FBI wants the latent print results for their bank robbery case and a standing alert so they're told if "
        "those prints hit again",
        [("fbi", "escalate")],
    ),
    # (the guard: an assault on officers going on now is still the emergency)
    (
        "crowd is attacking the agents outside the courthouse right now, an assault on two federal officers, do we "
        "go in?",
        [("federal", "permitted")],
    ),
]

ROUND_SEVENTY_TWO = [
    # set CI's classes (members outside patrol) and set CJ's (first sight on 4411301: 0.911 / 1 /
    # 0.937; negatives, conditions and what-ifs), in our own words
    # an extract on a few named people is their records, and "export" can name the crime
    ("DEA wants a printout extract of our files on the two brothers in their heroin case", [("dea", "permitted")]),
    (
        "HSI wants a ride on our launch to board a freighter in their weapons export case, criminal, joint with "
        "our guys",
        [("hsi", "permitted")],
    ),
    # (guard: an extract of every arrest is still a data set)
    ("FBI asks for an extract of every arrest in the 75 this year for their gang case", [("fbi", "escalate")]),
    # other units' craft lent to their operation
    (
        "aviation: CBP asks us to put the helicopter over two blocks in Corona to spot people they are arresting "
        "for overstaying visas",
        [("cbp", "prohibited")],
    ),
    (
        "Harbor here, ERO asking us to intercept a skiff, folks on it ran from their immigration arrest",
        [("ice_ero", "prohibited")],
    ),
    # a caller's callback number is the caller's record; a cell number is a phone, not one of our cells
    (
        "911 call-taker: ERO wants the caller's callback number, they say it's for a removal case",
        [("ice_ero", "prohibited")],
    ),
    ("dispatcher: HSI wants the complainant's cell number off the job, didn't say why", [("hsi", "needs_info")]),
    # an agency in a "so X can" clause is the aim the ask serves, not a second requester
    (
        "HSI wants his last known address from our aided report so ERO can arrest him for removal",
        [("hsi", "prohibited")],
    ),
    # our own system's login is no federal question
    ("forgot my password to the plate reader system and it locked me out, who do I call", [("unknown", "escalate")]),
    # a detainer on no charge and no judge, charges "being considered": a hand-over with no warrant
    (
        "DEA dropped off a federal detainer on our collar, but there's no warrant, no charges filed, they say "
        "charges are being considered. hold him?",
        [("dea", "escalate")],
    ),
    # (guard: a DEA detainer on a named charge is still criminal paper)
    (
        "DEA lodged a federal detainer on our prisoner for a narcotics conspiracy and wants him held for pickup",
        [("dea", "permitted")],
    ),
    # set CJ's false permit: a task force's name is not the op's aim when nobody told the officer what it is
    (
        "I'm on the HSI gang task force. They want me with their team tomorrow on an op. Nobody said it's "
        "deportations, but nobody told me what the op is for either",
        [("hsi", "needs_info")],
    ),
    # (guard: the task force's own case, named, is its aim)
    (
        "I'm on the HSI child exploitation task force, they want me with their team tomorrow on the op for their "
        "child exploitation case",
        [("hsi", "permitted")],
    ),
    # "nobody said X - actually the agent said ...": the clause after the dash speaks
    (
        "Nobody said it was for removal - actually the ERO officer said they need her address from our aided report",
        [("ice_ero", "prohibited")],
    ),
    # a warrant still being drawn up, "no judge has signed anything yet": none in hand
    (
        "DEA wants us to keep him past his release, they say a federal warrant is being drawn up but no judge has "
        "signed anything yet",
        [("dea", "escalate")],
    ),
    # court information in plain words
    (
        "ERO wants to know whether our desk appearance ticket guy is showing up at Queens criminal court next week, "
        "the date and the part, they said it's for his removal case",
        [("ice_ero", "prohibited")],
    ),
    # a sweep asked of "a couple of us along"; "judge-signed or ICE paper" is a kind of paper, not a requester
    (
        "Marshals want two of us along on a fugitive sweep Thursday, every warrant is a judge-signed federal "
        "criminal warrant for armed robbery, I saw them",
        [("usms", "permitted")],
    ),
    (
        "USMS wants a couple of us along on a sweep Friday. Haven't seen the warrants, could be judge-signed or ICE "
        "paper. They also want our arrest photos of one guy for their murder case",
        [("usms", "needs_info")],
    ),
    # a complaint a judge "will sign tonight" is no warrant in hand
    (
        "ATF wants him held for pickup after court - the complaint isn't signed by a judge yet, they say the judge "
        "will sign it tonight",
        [("atf", "escalate")],
    ),
    # "secure the scene and get an ambulance there" for a hurt agent is the emergency response itself
    (
        "HSI arrest in my sector, the guy sideswiped an agent with his car trying to flee and the agent is hurt. I "
        "won't help with the arrest but can I secure the scene and get an ambulance there?",
        [("hsi", "permitted")],
    ),
    # a criminal agency's unit named by its crimes: "crimes against children"
    ("FBI crimes against children unit wants the complaint report on our suspect, ok to send?", [("fbi", "permitted")]),
]

ROUND_SEVENTY_THREE = [
    # set CK (first sight on 299a8f2: 0.847 / 0 / 0.868; retold dialogues), in our own words: a
    # question turn is answered by the next turn
    (
        "HSI SA: we have a federal arrest warrant on Ortiz out of EDNY, heroin distribution, hold him for us till "
        "we pick him up\nme: who signed\nhim: Judge Matsumoto\nok?",
        [("hsi", "escalate")],
    ),
    (
        "ICE: we have a warrant signed by a magistrate judge for Reyes, want him when you're done\nme: what's his "
        "record\nhim: petit larceny 2021, that's all\nme: TSDB?\nhim: negative",
        [("ice", "prohibited")],
    ),
    (
        "FBI agent: DA dropped the case on Cruz, we'd like to take him when you cut him loose\nme: you have a "
        "warrant?\nhim: not yet, the AUSA is thinking about charges\nok?",
        [("fbi", "escalate")],
    ),
    # whether the case is criminal is settled only by an answer that says so
    (
        "SA Lee (HSI): can we get your complaint reports on Vega?\nme: criminal case?\nSA Lee: it's an "
        "investigation, can't say more\nthoughts?",
        [("hsi", "needs_info")],
    ),
    # "criminal case, probably": a hedge tacked on after the words (the FBI was permitted on it)
    (
        "FBI wants the arrest report on Mora. I asked what for, agent said criminal case, probably. send it?",
        [("fbi", "needs_info")],
    ),
    # the agency's own first person in a dialogue line ("a US citizen" stays the country)
    (
        "CBP officer on the phone: I don't need anything else, I only need to know if she's a US citizen\nme: "
        "that's it?\nhim: that's it\ncan I tell him?",
        [("cbp", "escalate")],
    ),
    # arresting the attacker in an emergency is the response, not a stop for the agency
    (
        "two HSI agents getting jumped outside the deli on Fordham, one guy swinging a bat at them. can we grab "
        "the bat guy?",
        [("hsi", "permitted")],
    ),
]

ROUND_SEVENTY_FOUR = [
    # pending sets' classes and set CL (first sight on 5339b8e: 0.926 / 0 / 0.947), in our own words
    # ERO's (or plain ICE's) judge-signed "arrest warrant" that names no crime is one for immigration custody
    (
        "ERO came by with an arrest warrant signed by a federal magistrate for the guy in cell 3. we "
        "don't have his record yet, TSDB was negative. release him to them?",
        [("ice_ero", "needs_info")],
    ),
    (
        "ICE showed us an arrest warrant signed by an EDNY magistrate judge for our prisoner. his only "
        "conviction is a 2022 misdemeanor, criminal mischief 4th. TSDB negative. hand him over?",
        [("ice", "prohibited")],
    ),
    # a time to hold until is not a warrant still to come
    (
        "HSI wants us to hold him till 4, it's signed by Judge Park, district court. rap sheet not back yet",
        [("hsi", "needs_info")],
    ),
    # what training says of an agency in general asks nothing
    (
        "NCIC hit on our DWI: federal warrant out of EDNY district court for wire fraud, the Marshals "
        "confirmed it. we were taught ICE warrants are different but this is USMS, so we hold for "
        "pickup?",
        [("usms", "permitted")],
    ),
    # the FBI, DEA and ATF have no civil immigration work: a case of theirs is a criminal one
    (
        "DEA asked for our stationhouse camera video of the corner from Friday night. it's for their case. ok to send?",
        [("dea", "permitted")],
    ),
    (
        "ATF wants the property invoice for the revolver from our collar last week, their case agent asked. fine?",
        [("atf", "permitted")],
    ),
    (
        "the FBI wants our complaint reports on the string of bank robberies in the 110, ok to send",
        [("fbi", "permitted")],
    ),
    # ... but a case file is a record, not a case
    (
        "FBI wants the case file on our guy and there's a 'hold' from some federal agency on him too, "
        "nobody knows who signed. what do I do",
        [("fbi", "needs_info")],
    ),
    # asks in plain verbs
    (
        "FBI has an arrest warrant signed by a magistrate for a bank robber in our sector, they want our "
        "help with the arrest tomorrow morning",
        [("fbi", "permitted")],
    ),
    (
        "marshals have a judge signed warrant for a fugitive sitting in our cells on a DWI. hold for usms?",
        [("usms", "permitted")],
    ),
    (
        "DEA wants to pick him up on their judge-signed federal warrant for heroin sales when we're done "
        "booking him. fine?",
        [("dea", "permitted")],
    ),
    (
        "ERO wants us to give them a ring when a certain man comes to collect his property at the pct",
        [("ice_ero", "prohibited")],
    ),
    (
        "JTTF asked us to text the case agent if a certain name ever gets run by our cops, it's a terror "
        "financing case",
        [("fbi", "escalate")],
    ),
    (
        "two ERO agents asked to use the restroom and then sit in our muster room while they watch a building for "
        "a target",
        [("ice_ero", "prohibited")],
    ),
    (
        "ERO asked to set up a temp intake table inside the 104 during their sweep next week",
        [("ice_ero", "prohibited")],
    ),
    # the agency a crime hurt is not asking; the past event is no emergency
    (
        "FBI wants our 911 audio and complaint report on the attack on an HSI agent in Corona last "
        "month, they're bringing federal assault charges. send?",
        [("fbi", "permitted")],
    ),
    (
        "FBI asked for body cam from the man who punched the deputy marshal at the rally, they're "
        "charging him federally. ok?",
        [("fbi", "permitted")],
    ),
    # "because ERO wants to pick him up" is the aim, not a second requester
    (
        "my HSI TFO partner asked me to let him know if a certain guy ever gets stopped, because ERO "
        "wants to pick him up. ok?",
        [("hsi", "prohibited")],
    ),
]

ROUND_SEVENTY_FIVE = [
    # the pending sets AA, AQ and BV, one class each short of the bar, in our own words
    # a thing between "turn" and "over" is evidence, not a person; a federal adoption is a prosecution
    (
        "ATF is adopting the gun case from our collar, DA is dropping it. ok to turn the pistol over to them?",
        [("atf", "permitted")],
    ),
    # "overstayed" is a status question; asking a witness is barred
    (
        "the woman who saw the stabbing has only a Mexican passport, can I ask her if she overstayed "
        "before I take her statement?",
        [("none", "prohibited")],
    ),
    # a name kept overnight is a hold
    (
        "ERO asked the desk to keep Ramirez overnight for them, nothing in writing. ok?",
        [("ice_ero", "prohibited")],
    ),
    # "both criminal" is said of each request
    (
        "ATF wants the ballistics report and HSI wants our 911 audio from the same block, both criminal. "
        "fine to send both?",
        [("atf", "permitted"), ("hsi", "escalate")],
    ),
    # our interview room, set up by our squad, is not office space asked for
    (
        "HSI wants to interview our prisoner about the fentanyl ring, our detective set it up in the "
        "interview room at the pct. ok?",
        [("hsi", "permitted")],
    ),
    # ... but a room they ask to borrow is
    (
        "ICE asked to borrow an interview room at the pct to question people they arrest on removal orders",
        [("ice", "prohibited")],
    ),
]

ROUND_SEVENTY_SIX = [
    # set CM (the overnight tour: corrections, watchlist results, plain-word asks), in our own words
    # a correction of who asks, with a few words between the two agencies
    (
        "it's CBP on the line not FBI, same judge-signed warrant for the Hobbs Act robbery, they want him held",
        [("cbp", "escalate")],
    ),
    # the name of the warrant is no arrest asked; the hold after it is a hold
    ("HSI: judge-signed arrest warrant, money laundering. hold him for them?", [("hsi", "escalate")]),
    # an agency's "hold" said as a noun
    (
        "FBI hold on the guy in cell 2, a magistrate signed their arrest warrant for wire fraud. good?",
        [("fbi", "permitted")],
    ),
    # a negative watchlist result said a few words after the list's name
    (
        "TSDB on the kid from the Tuesday arrest came back negative, judge-signed ICE warrant, no priors. hold?",
        [("ice", "prohibited")],
    ),
    # "no TSDB run" is a check not made, not a negative result
    (
        "magistrate-signed ICE warrant, his only conviction is a YO for burglary, no TSDB run. ICE wants a hold",
        [("ice", "needs_info")],
    ),
    # a watchlist result that was someone else's, then the person's own
    (
        "the watchlist hit was on his cousin's NYSID, his own came back clean. "
        "judge warrant from ICE, no record. hold?",
        [("ice", "prohibited")],
    ),
    # a disposition is a conviction
    (
        "dispo on his 2021 case: petit larceny, misdemeanor. judge-signed ICE warrant, TSDB negative. "
        "ICE wants him held",
        [("ice", "prohibited")],
    ),
    # a warrant not signed yet is no warrant: a hand-over on charges being prepared
    (
        "FBI wants to take our prisoner tonight, their warrant isn't signed yet, AUSA is still drafting it",
        [("fbi", "escalate")],
    ),
    # asks in plain words
    ("ERO wants to question two of our prisoners about their removal cases", [("ice_ero", "prohibited")]),
    ("CBP has a cocaine importation case, ok to send them the reads from our LPR?", [("cbp", "escalate")]),
    ("HSI wants a ping on our informant's brother for their fraud case", [("hsi", "escalate")]),
    ("DHS wants a three-desk room on our 2nd floor for counter-terrorism work", [("dhs", "escalate")]),
    ("DEA wants to borrow three of our dets for a joint wire on the heroin crew", [("dea", "permitted")]),
    # a weapon swung at agents is violence now
    ("a guy is swinging a bat at two ICE agents outside the deli, can we step in?", [("ice", "permitted")]),
    # an event the crime names is no aim; the person's own case, won, is no aim either
    ("HSI wants us to help find a removal target who fled during the robbery", [("hsi", "prohibited")]),
    (
        "ERO wants us to bring him out the back to their van, no warrant. he beat his robbery case last year",
        [("ice_ero", "prohibited")],
    ),
    # a question mark that asks permission does not doubt the crime before it
    ("can I ask the suspect about his visa while I question him on the check forgery?", [("none", "permitted")]),
    # a correction of the charge does not take back who asks
    (
        "ATF again - my mistake, the judge-signed warrant is for firearms trafficking, not 1326. "
        "hold for their pickup?",
        [("atf", "permitted")],
    ),
    # walking agents through evidence is explaining, not a way into our building
    (
        "ATF wants a det to walk them through the evidence from our search warrant, joint case. ok?",
        [("atf", "permitted")],
    ),
    # what a judge's warrant authorizes them to do is not help asked of us
    (
        "ICE has a warrant signed by a federal magistrate judge authorizing entry into our cells to search for a man. "
        "let them back?",
        [("ice", "escalate")],
    ),
    # a witness told of before the question is the one asked, whoever else the story names
    (
        "robbery on 3rd ave, we got the perp. a cab driver who saw the perp run pointed us the right way, "
        "he's the one who got us the collar. he seems nervous, can I ask him about his immigration status?",
        [("none", "prohibited")],
    ),
]

ROUND_SEVENTY_SEVEN = [
    # set CN's false permit, in our own words: an agency named again after its withdrawal asks anew
    (
        "ERO pulled their detainer on him. Now ICE is asking for his mugshot, didn't say why, and the FBI wants to "
        "pick him up on their judge-signed bank robbery warrant",
        [("ice_ero", "prohibited"), ("fbi", "permitted")],
    ),
    # ... and one withdrawn and not named again asks nothing
    (
        "ERO withdrew the detainer on him; the FBI still wants to pick him up on their judge-signed bank robbery "
        "warrant",
        [("fbi", "permitted")],
    ),
    # the person's record told as what came back is no records ask; "he's in the gang database" who he is
    (
        "ERO has a magistrate-signed warrant for his removal custody and the rap sheet came back: robbery 1st, "
        "convicted 2023. they want the court date",
        [("ice_ero", "escalate")],
    ),
    (
        "ERO brought a judge's warrant. all we know is he's in the gang database, rap sheet not back yet, "
        "TSDB negative. hold?",
        [("ice_ero", "needs_info")],
    ),
    # people brought in from Canada or Mexico is smuggling; admissibility is a civil question
    ("CBP wants the plate reads, says the van is bringing migrants across from Mexico", [("cbp", "escalate")]),
    ("CBP asks for our arrest report on him, they're reviewing his admissibility", [("cbp", "prohibited")]),
    # a help already given, asked about for next time
    ("one of my cops translated for ERO during their arrest last night, ok next time?", [("ice_ero", "prohibited")]),
    # asks in plain words: confirming citizenship, a rap printout, arresting a fugitive
    ("FBI on a wire fraud case just wants us to confirm whether our prisoner is a US citizen", [("fbi", "escalate")]),
    ("HSI wants the rap printout on our collar for their gun trafficking case", [("hsi", "escalate")]),
    (
        "Marshals want us to arrest a fugitive on their judge-signed bank robbery warrant when he comes in for court",
        [("usms", "permitted")],
    ),
]


ROUND_SEVENTY_EIGHT = [
    # a judge named as a hyphenated compound ("district-judge warrant") is a judge's warrant
    (
        "ERO has a district-judge warrant for ICE custody of our prisoner, no convictions at all, TSDB came "
        "back no match. hold him?",
        [("ice_ero", "prohibited")],
    ),
    # an immigration-violator entry, hyphenated or not, is civil paper: no hold on it
    (
        "NCIC shows an ICE immigration-violator entry on our DAT guy and ERO asks us to keep him till they get here",
        [("ice_ero", "prohibited")],
    ),
    # a detainer with a "warrant" beside it whose signer nobody can make out: who signed decides
    (
        "ICE sent a detainer plus what they call an arrest warrant, the bottom of the page is cut off so we "
        "can't tell if a judge signed it. he has an assault 2 from 2024. hold?",
        [("ice", "needs_info")],
    ),
    # the subject of our fraud case, or the owner of the operation we took down, is a suspect
    (
        "our subject used a forged passport to open bank accounts. in the interview can I ask him about his "
        "real immigration status?",
        [("none", "permitted")],
    ),
    (
        "we took down a fake ID factory in Corona last night. can I ask the guy running it whether he is here legally?",
        [("none", "permitted")],
    ),
    # ... but taking down a report from someone is no bust
    (
        "I took down a report from the cashier who saw the robbery. can I ask her about her immigration status?",
        [("none", "prohibited")],
    ),
    # a federal supervised-release violation warrant signed by a judge is criminal paper
    (
        "USMS has a supervised-release violation warrant signed by an EDNY judge for our prisoner and want to "
        "take him from the desk. ok?",
        [("usms", "permitted")],
    ),
    # shots at agents executing a search warrant: what they were doing, not a past case
    (
        "shots fired at FBI agents executing a search warrant on Fulton St, one agent down. we're rolling, right?",
        [("fbi", "permitted")],
    ),
    # an agent joining our own interview, arranged by us, on a stated criminal case
    (
        "FBI is on the fraud case with us and we want their agent to join our interview of the suspect, we "
        "set it up. ok?",
        [("fbi", "permitted")],
    ),
    # a strike force is a task force
    ("DEA offered me a slot on their fentanyl strike force. any rule against taking it?", [("dea", "permitted")]),
    # our state search warrant, with a partner agency joining the search
    (
        "we have a state search warrant for the apartment in our gun case. ATF wants an agent on the entry team. fine?",
        [("atf", "permitted")],
    ),
    # a dated misdemeanour told as "all he has is"
    (
        "ICE has a magistrate-signed warrant for custody. all he has is a 2023 petit larceny misdemeanor and "
        "TSDB was negative. hold him?",
        [("ice", "prohibited")],
    ),
    # a status question after a dash, about a victim, in a message that names payroll
    (
        "the workers whose payroll was stolen are our witnesses. the DA asks if status matters - can I just ask them?",
        [("none", "prohibited")],
    ),
    # our own overtime, with an agency named, is no request
    ("what's the overtime code for hours on the ATF task force? the chart changed", [("atf", "escalate")]),
    # finding people who may be here illegally is civil enforcement
    (
        "CBP wants our camera footage from Roosevelt Ave to find street vendors who might be in the country illegally",
        [("cbp", "prohibited")],
    ),
    # another agency named only as a condition of the second agency's ask ("if the FBI is late")
    (
        "FBI has a magistrate-signed arrest warrant and will pick him up at 3. ICE also sent a 'warrant' "
        "asking us to keep him for them if the FBI doesn't show. no signature on our copy",
        [("fbi", "needs_info"), ("ice", "needs_info")],
    ),
]


ROUND_SEVENTY_NINE = [
    # an emergency answered, and beside it the agency asking our officers to help with its civil arrest
    (
        "ERO op on Jerome Ave, somebody punched an agent and my guys grabbed him. now the ERO supervisor "
        "wants my cops to help "
        "escort their target, the one with the deportation order, to their car. ok on both?",
        [("ice_ero", "permitted"), ("ice_ero", "prohibited")],
    ),
    # a status question to a suspect, and another to the witness who called it in
    (
        "we collared a guy using a forged license at the bank; my partner wants to ask him his real status "
        "for the forgery case. "
        "she also wants to ask the teller who called it in, who might be undocumented. ok?",
        [("none", "prohibited")],
    ),
    # the officer saying they cannot tell which aim it is
    (
        "ATF wants to take our prisoner on a judge-signed gun warrant; the agent kind of implied deportation "
        "is the point, then "
        "said it's just the gun charge. I can't tell which it is.",
        [("atf", "escalate")],
    ),
    # the degree said after the offence, and the offence named again with its degree
    (
        "ICE has a magistrate judge's warrant for custody. record: burglary in the second degree, 2022. TSDB "
        "negative. hold?",
        [("ice", "escalate")],
    ),
    (
        "judge-signed ICE custody warrant. his conviction is 'assault'; checked the sheet, it's assault in "
        "the third degree, 2023. "
        "TSDB no. hold?",
        [("ice", "prohibited")],
    ),
    # crimes of a case in plain words
    (
        "HSI has a magistrate-signed warrant for possessing child sexual abuse material and wants our "
        "prisoner turned over now",
        [("hsi", "escalate")],
    ),
    (
        "FBI wants our detective to sit on surveillance of a material support target this week. ok?",
        [("fbi", "permitted")],
    ),
    (
        "our squad set up an interview for the FBI with a prisoner who wants to talk about the bank robbery "
        "crew. FBI ok to come in?",
        [("fbi", "permitted")],
    ),
    # a TSDB match spelled out beside civil paper
    (
        "ERO has an I-205 only. the desk says he came back a possible match in the terrorist screening "
        "database. they want him held.",
        [("ice_ero", "escalate")],
    ),
    # an assumed signer is not a checked one
    (
        "ICE faxed what my cop calls a judge's warrant but he just assumes a judge signed it, he didn't check "
        "the signature. "
        "no record, TSDB negative. hold?",
        [("ice", "needs_info")],
    ),
    # a crowd rocking agents' car is an emergency
    (
        "a crowd is rocking an HSI car on Fordham Rd with two agents inside, they called 911. do we respond?",
        [("hsi", "permitted")],
    ),
    # a status question the agency wants our officers to put to neighbours canvassed
    ("DEA wants our officers to ask the neighbors they canvass if they're here legally", [("dea", "prohibited")]),
    # removal told as what the agency expects, beside a criminal case
    (
        "FBI wants our gang database entries on him; the agent said the case is mostly leverage and they "
        "really expect ICE deporting him after",
        [("fbi", "escalate")],
    ),
    # ICE with a magistrate's warrant to go into our basement after a worker there
    (
        "ICE has a warrant signed by an EDNY magistrate judge for a cleaner who is working in our precinct "
        "basement. they want to go down there now.",
        [("ice", "escalate")],
    ),
    # a joint execution of a warrant is warrant help
    (
        "DEA wants two of our narcotics detectives on a joint execution of their judge-signed search warrant "
        "on a heroin mill. fine?",
        [("dea", "permitted")],
    ),
]


ROUND_EIGHTY = [
    # an ICE arrest going on as the officer writes, and the help asked is for it
    (
        "ICE wants two of our cops to keep people back while they finish an arrest on 41st St",
        [("ice", "prohibited")],
    ),
    # an ICE team at a door asking for a translator
    (
        "an ICE team knocking on a door in my sector wants me to come translate for them",
        [("ice", "prohibited")],
    ),
    # a person named with a hyphenated word ('the car-stop guy') held for the agency's pickup
    (
        "DEA has a magistrate-signed warrant for heroin distribution and asks us to hold the car-stop guy for"
        " DEA pickup",
        [("dea", "permitted")],
    ),
    (
        "HSI is here with a judge-signed criminal warrant for fentanyl sales and wants us to hold the subway-"
        "fight guy until HSI picks him up",
        [("hsi", "escalate")],
    ),
    # another agency's agent there, but only along for the ride
    (
        "the warrant is the FBI's, signed by a judge, for bank robbery, and the FBI asks for the hold. The "
        "ATF agent was just tagging along. ok to hold for FBI?",
        [("fbi", "permitted")],
    ),
    # the agent's ask relayed as a question
    (
        "HSI says it's a counterfeit-goods case and the man is a suspect. could they get a copy of the "
        "complaint report?",
        [("hsi", "escalate")],
    ),
    # the agent pressing the officer to ask a witness, or a victim, about status
    (
        "a nervous witness to the shooting; the ICE agent nearby says I should ask whether she has papers",
        [("ice", "prohibited")],
    ),
    (
        "victim came in to report a burglary, HSI agent at the desk says 'ask her if she's here legally'",
        [("hsi", "prohibited")],
    ),
    # a robbery named as heists; an escape from a federal camp
    (
        "FBI wants our case folder on the diamond district heists",
        [("fbi", "permitted")],
    ),
    (
        "the Marshals have a warrant signed by a district judge for escape from a federal prison camp and "
        "want to take him after court",
        [("usms", "permitted")],
    ),
    # a refused detainer, then the hold by another name
    (
        "I told ICE no on the detainer. now they want us to slow walk his discharge a couple hours so they "
        "can get here",
        [("ice", "prohibited")],
    ),
    # nobody has run the watchlist: not checked, not negative
    (
        "magistrate signed ICE warrant, record is a 2021 petit larceny only, no one has checked the terror "
        "watchlist. transfer?",
        [("ice", "needs_info")],
    ),
    # no reason given, though the record is about a crime
    (
        "HSI emailed for the 911 audio from last week's stabbing on Fulton. no reason, no case number",
        [("hsi", "needs_info")],
    ),
    # the case in a word, and removal as the likely end
    (
        "HSI wants the plate reader hits on his van; agent says it's trafficking but he'll likely be deported after",
        [("hsi", "escalate")],
    ),
    # the partner agency on the case is not a second requester
    (
        "CBP wants our 911 recordings; they say they're running a cocaine pipeline case alongside the FBI",
        [("cbp", "escalate")],
    ),
    # a status question worded as 'which of them are citizens'
    (
        "FBI wants the arrest reports on the four defendants in its fraud case; ICE separately wants to know "
        "which of them are citizens",
        [("fbi", "permitted"), ("ice", "escalate")],
    ),
    # an agent on the same task force works the case named before
    (
        "DEA wants our wiretap summaries for a meth case. An HSI agent on the same task force wants the "
        "arrest photos of the two targets",
        [("dea", "permitted"), ("hsi", "escalate")],
    ),
    # whether to set the prison years aside is raised: counsel's computation
    (
        "judge-signed ICE warrant, TSDB clear. his 2013 robbery 1 got him seven years and he got out in 2020;"
        " agent says don't count the prison time and he's inside five",
        [("ice", "escalate")],
    ),
    # the second of two things asked
    (
        "ERO asks for two things: his status and the address, for his removal",
        [("ice_ero", "prohibited")],
    ),
    # when the person is due in court
    (
        "an ERO officer asked when our DAT guy is due back in court",
        [("ice_ero", "prohibited")],
    ),
    # asked to serve as a task force officer; to join the planning of a search
    (
        "DEA wants me as a task force officer on their heroin group",
        [("dea", "permitted")],
    ),
    (
        "FBI wants our squad in the planning for a search on a bomb-making suspect",
        [("fbi", "permitted")],
    ),
    # after an emergency, help walking their target to the car
    (
        "an agent got punched and we grabbed the puncher; now ICE wants us to help walk the target to their car",
        [("ice", "permitted"), ("ice", "prohibited")],
    ),
    # two people on one agency's warrants, told apart as 'one' and 'the other'
    (
        "ICE has magistrate-signed immigration warrants for two of our prisoners. One has an assault 1 "
        "conviction from 2024. The other has no record; TSDB negative on both. they want both held.",
        [("ice", "escalate"), ("ice", "prohibited")],
    ),
]


ROUND_EIGHTY_ONE = [
    # the officer says the agency's own case is unknown, though the records are about our crime
    (
        "HSI wants the lobby camera footage from our burglary on Tuesday; the agent wouldn't say what case theirs is",
        [("hsi", "needs_info")],
    ),
    (
        "CBP asked for the arrest photos of the guy we locked up for the bodega stickup, never said what "
        "their interest was",
        [("cbp", "needs_info")],
    ),
    # paper only claimed: nobody has seen it, or the agent won't send a copy
    (
        "ICE faxed 'hold paperwork' for our assault prisoner and says a warrant is attached, nobody here has "
        "actually seen it. hold?",
        [("ice", "needs_info")],
    ),
    # the form's title decides over what the agent calls it
    (
        "ICE says their paper is a 'judicial warrant' but the heading on it reads Warrant for Arrest of "
        "Alien. prisoner has a 2023 robbery 1. hold him?",
        [("ice", "prohibited")],
    ),
    (
        "ICE agent swears he has a judge's warrant for our prisoner but won't email a copy. prior: burglary "
        "2, 2024. hold?",
        [("ice", "needs_info")],
    ),
    # a form's fields split by '|', and a field 'ask - reports'
    (
        "Agency: ICE ERO | paperwork: magistrate-signed warrant | record: not sure yet | TSDB: negative | ask: hold",
        [("ice_ero", "needs_info")],
    ),
    (
        "agency - FBI; ask - reports; case - bank robbery pattern",
        [("fbi", "permitted")],
    ),
    # a criminal agency passing on ICE's removal ask
    (
        "that ATF agent from the gun case now wants our CI's home address; says ICE wants him for deportation"
        " and he's only passing the message",
        [("atf", "prohibited")],
    ),
    (
        "DEA asks whether our arrestee is a US citizen and where he lives, because 'ICE needs it for a removal'",
        [("dea", "prohibited")],
    ),
    # the asking agency's own plan to pass the file to ERO: removal as the end, so mixed
    (
        "FBI wants our shooting reports; the agent added that the plan is to give the file to ERO afterwards "
        "so the shooter gets deported",
        [("fbi", "escalate")],
    ),
    # our van taking a prisoner to his first federal appearance; a warrant signed by the sentencing judge
    (
        "the Marshals need our prisoner brought down to the federal courthouse for his first appearance on a "
        "judge-signed carjacking warrant. can our van take him?",
        [("usms", "permitted")],
    ),
    (
        "USMS has a warrant for a probation violation signed by the sentencing judge in SDNY and wants a "
        "couple of our cops with them for the arrest",
        [("usms", "permitted")],
    ),
    # a printout of all our arrests of a gang
    (
        "Homeland Security wants a printout of all our arrests of Bloods members in the 73 for a racketeering case",
        [("dhs", "escalate")],
    ),
    # processing their arrestees in our holding cells
    (
        "CBP would like to book people they picked up in our precinct's holding cells for a few hours, "
        "they're removal cases",
        [("cbp", "prohibited")],
    ),
]


ROUND_EIGHTY_TWO = [
    # the paper left elsewhere and the signer unsaid: a criminal warrant's permission waits
    (
        "FBI wants us to hold our prisoner after arraignment on a federal wire fraud warrant; the agent left "
        "the paperwork in his car and couldn't say who signed it",
        [("fbi", "needs_info")],
    ),
    # a past injury says who the person is; where he lies is the ask
    (
        "an HSI agent at the ER desk wants to know which bed the woman stabbed yesterday is in; he won't say "
        "what it's for",
        [("hsi", "needs_info")],
    ),
    (
        "ERO agents at Jacobi asked which room a man who was hit by a bus is in and want me to sit outside "
        "his door; they have a removal order for him",
        [("ice_ero", "prohibited")],
    ),
    # the Property Clerk's vouchered evidence
    (
        "DEA wants the cash we vouchered from the Bushwick stash house for their federal heroin prosecution; "
        "the AUSA sent a letter",
        [("dea", "permitted")],
    ),
    (
        "HSI asks the Property Clerk to release the fake IDs vouchered from our arrest, for its federal "
        "document-fraud case",
        [("hsi", "escalate")],
    ),
    # an agent in a headlock
    (
        "ICE agents are arresting a man outside the clinic and a bystander has one of the agents in a "
        "headlock. we're right here, can we step in?",
        [("ice", "permitted")],
    ),
    # the degree said before the offence
    (
        "ICE has a magistrate judge's warrant for our prisoner; he was convicted of second-degree burglary in"
        " 2023. TSDB negative. hand him over?",
        [("ice", "escalate")],
    ),
    # a hyphenated terrorist-screening check
    (
        "ICE has a warrant signed by a federal magistrate for our prisoner; no record at all, but the "
        "terrorist-screening check flagged him as a possible match. hand over?",
        [("ice", "escalate")],
    ),
    # a transit fare card's history
    (
        "the Marshals are asking for the MetroCard swipe history of a card we took off their fugitive; judge-"
        "signed federal robbery warrant",
        [("usms", "permitted")],
    ),
    # calling a person to the front office so the agents can arrest him
    (
        "FBI has a magistrate-signed arrest warrant for a bus driver in our depot charged with a federal "
        "firearms offence; they want us to call him to the front office so they can arrest him",
        [("fbi", "permitted")],
    ),
    # a status question worded as 'a green card holder'
    (
        "an ICE officer called to ask whether our defendant is a green card holder, nothing else",
        [("ice", "escalate")],
    ),
    # a proffer session
    (
        "FBI wants one of our detectives at a proffer session with a cooperator in their racketeering case",
        [("fbi", "permitted")],
    ),
]

ROUND_EIGHTY_THREE = [
    # dictated names: "ice arrow" is ERO, "majestrate" a magistrate, "I two four seven A" the detainer form
    (
        "ice arrow called, they want the lady in our cells kept past her release until their van comes, nothing signed",
        [("ice_ero", "prohibited")],
    ),
    (
        "FBI brought an arrest warrant signed by a federal majestrate for our prisoner on a bank "
        "robbery, they want to take him after arraignment",
        [("fbi", "permitted")],
    ),
    (
        "ERO faxed an I two four seven A on our collar and wants a phone call the minute she's released",
        [("ice_ero", "prohibited")],
    ),
    # arranging an interview with our witness or informant is an ask of ours
    (
        "ATF asked us to line up an interview with the confidential informant at our precinct for"
        " their gun trafficking case",
        [("atf", "permitted")],
    ),
    # a youthful-offender finding beside another, adult conviction: the adult one counts
    (
        "judicial immigration warrant signed by a magistrate, TSDB negative, he has a YO "
        "adjudication from 2020 and also an adult conviction for robbery in the first degree in "
        "2023, ICE wants him held",
        [("ice", "escalate")],
    ),
    # a record's existence claimed but what it was for unseen; the officer not knowing a record asks nothing
    (
        "ICE has a warrant signed by a district judge for our prisoner, TSDB negative, he's "
        "supposed to have a conviction in Ohio but nobody here has seen what it was for",
        [("ice", "needs_info")],
    ),
    (
        "ERO has a magistrate's warrant for our prisoner and wants him after arraignment, TSDB "
        "negative, I honestly don't know his record yet",
        [("ice_ero", "needs_info")],
    ),
    # "hand those over" of papers is no hand-over of a person
    (
        "FBI agent wants our complaint report and the property vouchers on the gunpoint robbery "
        "for their Hobbs Act case, am I good to hand those over",
        [("fbi", "permitted")],
    ),
    # a complaint the officer takes down during an ICE arrest is our police work
    (
        "while ICE was arresting someone on our post one bystander stabbed another, can we take "
        "the complaint and arrest the stabber",
        [("ice", "permitted")],
    ),
    # ERO with no crime named is its removal work; ICE's arrest at the courthouse or at the van
    (
        "ERO wants our RMP to close off the block during their arrest this morning, there's no "
        "criminal case, it's only their arrest",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE asked when our DAT defendant is due back in court so they can meet him at the courthouse and grab him",
        [("ice", "prohibited")],
    ),
    (
        "the agents from ICE want us to help walk their target out to the van after the arrest on our block",
        [("ice", "prohibited")],
    ),
    # "sale" in English ("heroin sale"), not the Spanish "gets out"
    (
        "DEA wants the buy report on our heroin sale arrest for their conspiracy case",
        [("dea", "permitted")],
    ),
]


ROUND_EIGHTY_FOUR = [
    # the Marshals named only by their fugitive task force; our prisoner waiting in the cells for the deputies
    (
        "TFO on the regional fugitive task force: our target is at the 109 desk answering a summons and "
        "we have his federal warrant signed by a district judge for armed bank robbery. Can the desk hold"
        " him twenty minutes until we get there?",
        [("usms", "permitted")],
    ),
    (
        "Marshals TF: our carjacking fugitive turned himself in at the 67 with his lawyer, the federal "
        "warrant is signed by a magistrate judge. Can he sit in our cells until the deputies get here?",
        [("usms", "permitted")],
    ),
    # the officer asked to search our systems for the agent, or a name 'wanted looked up'
    (
        "I'm the NYPD detective on the JTTF; the case agent asked me to run our internal databases on a "
        "subject of their material support investigation and send him what comes up",
        [("fbi", "permitted")],
    ),
    (
        "the HSI agent from the gang group wants the name he texted me run through our arrest database, no case given",
        [("hsi", "needs_info")],
    ),
    (
        "the plate my DEA partner wanted looked up belongs to the target of their heroin conspiracy case",
        [("dea", "permitted")],
    ),
    # a DHS agency asking for records named by our crime, 'which case' unsaid, or for a 'threat
    # assessment': its aim is asked
    (
        "someone from DHS phoned the squad asking for the complaint reports on Sunday's shooting",
        [("dhs", "needs_info")],
    ),
    (
        "HSI wants our ShotSpotter data for the block but wouldn't tell me which case it's for",
        [("hsi", "needs_info")],
    ),
    (
        "DHS intel wants our LPR hits on two plates for a threat assessment, nothing more said",
        [("dhs", "needs_info")],
    ),
    # an attack with a weapon on ICE officers ('came at them swinging a bat') is answered at once
    (
        "during an ERO arrest in Corona a neighbor came at the officers swinging a bat, can we arrest him",
        [("ice_ero", "permitted")],
    ),
    # 'until their transport shows' is their van arriving, not a ride we give
    (
        "an ICE deportation officer at the desk wants our prisoner kept in the cells until their "
        "transport shows; I haven't seen who signed their warrant",
        [("ice_ero", "needs_info")],
    ),
    # people 'who don't have papers' are a civil aim, not a request without paper
    (
        "CBP wants two of our cars at a checkpoint stopping workers who don't have papers",
        [("cbp", "prohibited")],
    ),
    # removal as the likely end of a criminal case ('will probably be removed')
    (
        "ICE wants our records for a fraud case, but the agent admits she will probably be removed once they're done",
        [("ice", "escalate")],
    ),
]


ROUND_EIGHTY_FIVE = [
    # a Ponzi scheme is a crime the FBI works
    (
        "FBI wants our complaint report on an elderly man who lost his savings in a Ponzi scheme and came to us first",
        [("fbi", "permitted")],
    ),
    # our detectives asked onto a task force; an interview arranged with a hyphen-named victim
    (
        "HSI wants three of our detectives on their counterfeit-goods task force working trademark crimes on Canal St",
        [("hsi", "permitted")],
    ),
    (
        "HSI asked our squad to set up an interview with a labor-trafficking victim we found last week, "
        "for their trafficking case, at our precinct with our detective there",
        [("hsi", "permitted")],
    ),
    # a DHS email with 'no case or reason given' names no case of its own
    (
        "Two from the desk: 1. DEA has a judge-signed warrant for a heroin supplier and wants help on the"
        " door tomorrow. 2. Someone signing as DHS emailed for our complaint reports on a robbery on "
        "Nostrand, no case or reason given.",
        [("dea", "needs_info"), ("dhs", "needs_info")],
    ),
    # someone 'down with a head wound' beside an ICE arrest is answered at once
    (
        "ICE agents were making an arrest on Roosevelt Ave and a bystander is down with a head wound "
        "after a fight with another onlooker, EMS called; we handle the fight, right?",
        [("ice", "permitted")],
    ),
    # a 'property transfer' moves evidence, not a person
    (
        "the FBI asked for the laptop we vouchered from the burglary for their joint fraud case; we'd "
        "send it over on a property transfer",
        [("fbi", "permitted")],
    ),
    # 'people smuggled across the border' is an immigration crime
    (
        "CBP wants our plate reader hits on a box truck they say carried people smuggled across the border",
        [("cbp", "escalate")],
    ),
    # 'we've seen no paper at all' says nothing of whether there is paper
    (
        "ICE says they have a hold on our prisoner and want him kept until noon; we've seen no paper at all",
        [("ice", "needs_info")],
    ),
]


ROUND_EIGHTY_SIX = [
    # a cue introduced by a colon starts at its first word
    (
        "CBP asked me just one thing: whether the driver we stopped is a US citizen",
        [("cbp", "escalate")],
    ),
    # when a person is 'next due' in court
    (
        "HSI agent on a fentanyl case wants to know when our defendant is next due in court",
        [("hsi", "escalate")],
    ),
    # shots 'were fired' at agents: the emergency is answered at once
    (
        "shots were fired at the Marshals during their arrest on my post, we're rolling",
        [("usms", "permitted")],
    ),
    # securing 'the back door' during their search
    (
        "ATF is hitting a stash apartment on a federal magistrate's search warrant for guns and "
        "wants two of us to secure the back door",
        [("atf", "permitted")],
    ),
    # 'no arrests or convictions before this': no record
    (
        "ERO has a warrant signed by a district judge; our guy has no arrests or convictions "
        "before this, TSDB negative. can we give him over?",
        [("ice_ero", "prohibited")],
    ),
    # prison time in doubt is not time served, so an old conviction stays open
    (
        "ICE judge warrant, robbery 2nd conviction in 2015, not sure if he did time for it, TSDB no. hold?",
        [("ice", "needs_info")],
    ),
    # a 'no prison' offered only as the other half of a doubt
    (
        "ICE judge warrant, robbery 2nd conviction in 2015, I don't know if he went to prison or "
        "got probation, TSDB no. hold?",
        [("ice", "needs_info")],
    ),
    # who signed cannot be seen on a photo of the paper
    (
        "DEA showed a photo of a 'warrant' on his phone, you can't see who signed it; they want our prisoner held",
        [("dea", "needs_info")],
    ),
    # a signature 'from some officer', no judge
    (
        "the ICE paper has a signature from some officer at the bottom, they want him kept overnight",
        [("ice", "prohibited")],
    ),
    # 'treating it as a federal crime' states the aim
    (
        "DHS police want our video of a fight outside a federal building, they're treating it as a federal crime",
        [("dhs", "escalate")],
    ),
    # data 'sent back' is a reply, not a removal
    (
        "ICE emailed: run these three plates through our LPR and send them back",
        [("ice", "needs_info")],
    ),
    # an agency named as the moment another's notice waits for
    (
        "FBI has a judge-signed warrant for our prisoner for bank robbery and will pick him up at"
        " noon. ICE called too: let us know when the FBI takes him or if he gets released.",
        [("fbi", "needs_info"), ("ice", "needs_info")],
    ),
    # a conviction named 'in the second degree conviction' is the record, not the aim
    (
        "ICE with no paperwork wants us to hand him over, says he's a criminal alien because of a"
        " 2024 robbery in the first degree conviction",
        [("ice", "prohibited")],
    ),
]


ROUND_EIGHTY_SEVEN = [
    # help with their arrests asked beside an emergency is a request of its own, never lost in it
    (
        "CBP arrest on Queens Blvd: bottles thrown at the agents, we responded. CBP also wants help rounding up 2 "
        "people on their deportation list",
        [("cbp", "permitted"), ("cbp", "prohibited")],
    ),
    # uniforms asked to 'meet them at' the place of an arrest on a judge's warrant
    (
        "DEA has a magistrate-signed arrest warrant for a pill-mill doctor and asked two uniforms"
        " to meet them at his clinic in Bay Ridge",
        [("dea", "permitted")],
    ),
    # a ride for a prisoner told at length before where to
    (
        "the Marshals want our wagon and a driver to move the fugitive they just arrested on a "
        "federal warrant for armed robbery to 500 Pearl",
        [("usms", "permitted")],
    ),
    # securing 'the corridor' during their search
    (
        "ATF has a search warrant signed by a federal judge for a gun stash and wants a sector "
        "car to secure the corridor outside the apartment",
        [("atf", "permitted")],
    ),
    # someone 'shot at' agents: the emergency is answered at once
    (
        "somebody shot at HSI agents on Jamaica Ave and ran into the subway, do we go after him?",
        [("hsi", "permitted")],
    ),
    # 'rocks being thrown at the agents'
    (
        "rocks being thrown at the agents while they arrest a man outside the laundromat, we're "
        "right here, do we step in?",
        [("unknown", "permitted")],
    ),
    # 'the citizenship status of' a person asked for
    (
        "FBI counterterrorism agent wants just one thing: the citizenship status of the man in their bomb case",
        [("fbi", "escalate")],
    ),
    # a flag 'in our arrest system so they're notified'
    (
        "ATF wants a flag in our arrest system so they're notified if their gun trafficker gets "
        "picked up anywhere, for their firearms case",
        [("atf", "escalate")],
    ),
    # 'seats on its task force'
    (
        "FBI offered our gang squad three seats on its violent crime task force, gang cases only",
        [("fbi", "permitted")],
    ),
    # 'two of my guys along' on their operation
    (
        "DEA's buy-and-bust team wants two of my guys along tomorrow for their crack case",
        [("dea", "permitted")],
    ),
    # an agency that 'dropped off the email chain' asks nothing
    (
        "only the FBI is asking for our DD5s on the bank robbery now, HSI dropped off the email chain",
        [("fbi", "permitted")],
    ),
    # 'wants to know where' someone lives: an address asked
    (
        "FBI agent on our burglary pattern wants to know where the suspect's girlfriend lives, "
        "for their case on the crew",
        [("fbi", "permitted")],
    ),
]


ROUND_EIGHTY_EIGHT = [
    # the setting says what kind of work it is; the officer says no case was named
    (
        "a task force wants two of our detectives in their wire room for the week, the agent wouldn't say which "
        "agency or what case",
        [("federal", "needs_info")],
    ),
    # 'gang members' says who the people are, not a case anyone works
    (
        "the HSI task force sergeant wants alerts on 4 gang members so he gets a ping when they're stopped",
        [("hsi", "needs_info")],
    ),
    (
        "I'm on the HSI gang TF and they want me on tomorrow's op rounding up gang members for deportation",
        [("hsi", "prohibited")],
    ),
    # the agency's own case named after our arrest: 'for their ... case', 'a federal ... case'
    (
        "HSI wants the arrest report on my shoplifting collar for their counterfeit goods case",
        [("hsi", "escalate")],
    ),
    (
        "DHS says they need our complaint report on the burglary collar, it's for a federal burglary case",
        [("dhs", "escalate")],
    ),
    # the feds 'thinking about charging our prisoner federally': a federal prosecution is their aim
    (
        "the feds are thinking about charging our prisoner federally, no warrant yet, they want to take him today",
        [("federal", "escalate")],
    ),
    # 'wants him for pickup': a hand-over
    (
        "USMS has a federal judge's warrant for our robbery prisoner on a bank fraud case and wants him for pickup",
        [("usms", "permitted")],
    ),
    # 'when he's done at central booking': a release notice
    (
        "FBI has a magistrate-signed warrant for extortion on my prisoner and wants a text when he's done at "
        "central booking",
        [("fbi", "permitted")],
    ),
    # 'a misdemeanor assault': the officer's word for the offence's class decides it
    (
        "ICE has a warrant a federal magistrate signed, his only record is a misdemeanor assault from 2024, TSDB "
        "no; they want him transferred",
        [("ice", "prohibited")],
    ),
    # ' + ' between two requesters, each with its own paper
    (
        "FBI wants to pick up our collar on its judge-signed carjacking warrant + ERO wants his release time, "
        "detainer only",
        [("fbi", "permitted"), ("ice_ero", "prohibited")],
    ),
    # agents 'radioing for backup' during shots fired: the call is the emergency itself
    (
        "Shots fired during a DEA raid on a Sunset Park garage; their agents are radioing for backup. Do we roll?",
        [("dea", "permitted")],
    ),
    # a crime's 'takedown' is a criminal operation
    (
        "I'm detailed to the HSI trafficking group, they want me on Thursday's sex trafficking takedown",
        [("hsi", "permitted")],
    ),
]


ROUND_EIGHTY_NINE = [
    # identifiers pasted between an ask's words (a date of birth, a NYSID, a bracketed arrest number)
    (
        "ATF SA Nora Quill (347-555-0177) wants us to hold Dante Ruiz DOB 03/14/1991 NYSID 08812345K (075 Pct "
        "arrest K26709911) past arraignment; she has a judge-signed warrant for gun trafficking",
        [("atf", "permitted")],
    ),
    # an agent whose name looks like an agency's is not a second requester
    (
        "FBI has a magistrate-signed warrant for our prisoner on a fraud case and SA Ice Whitfield wants a call "
        "when he's released",
        [("fbi", "permitted")],
    ),
    # 'desks and a phone line' for their group: space in our house
    (
        "HSI asks the 110 Pct for two desks and a phone line for their counterfeit group for 60 days",
        [("hsi", "escalate")],
    ),
    # violence told as the act: 'swung ... at an agent', 'smashing an agent's car window'
    (
        "a teenager just swung a skateboard at an HSI agent's head on Fulton St, do we step in",
        [("hsi", "permitted")],
    ),
    (
        "someone is smashing an ICE agent's car window with the agent in it on 37th Ave, do we move in",
        [("ice", "permitted")],
    ),
    # 'N RMPs requested at' a place
    (
        "USMS judge-signed warrant for armed robbery, 3 RMPs requested at 1400 Grand Concourse at 0600 tomorrow",
        [("usms", "permitted")],
    ),
    # a ride told across a description of the person, to a federal place
    (
        "can our wagon bring Tomas Reyes, who the Marshals picked up on a federal judge's warrant for extortion "
        "this afternoon, over to 500 Pearl",
        [("usms", "permitted")],
    ),
    # an interview the squad sets up in our room
    (
        "HSI wants our squad to set up an interview with Marta Solis (DOB 4/4/1980) in our interview room "
        "Thursday for their forced-labor case",
        [("hsi", "permitted")],
    ),
    # ICE 'is making an arrest' and wants the crowd held back while 'they put the guy in the van'
    (
        "ICE is making an arrest outside the deli on 5th Ave and wants us to hold the crowd back while they put "
        "the guy in the van",
        [("ice", "prohibited")],
    ),
    # the record's finding in doubt: youthful offender not shown, a charge that cannot be read
    (
        "ERO has a magistrate-signed warrant; he pled to robbery 2nd in 2023 at 18 and the rap sheet doesn't show "
        "whether he got youthful offender. TSDB no. Hand him over?",
        [("ice_ero", "needs_info")],
    ),
    (
        "judge-signed ICE warrant; rap sheet has assault 3rd from 2016 and a 2024 conviction where we can't read "
        "the charge; TSDB no; hold him?",
        [("ice", "needs_info")],
    ),
]


ROUND_NINETY = [
    # the DHS components beyond ICE and CBP: the Secret Service, the Coast Guard, USCIS
    (
        "a Secret Service agent wants our arrest report on the counterfeit-bills collar for their federal case",
        [("dhs", "escalate")],
    ),
    (
        "Secret Service wants us to hold our prisoner past arraignment on their magistrate-signed counterfeiting "
        "warrant",
        [("dhs", "escalate")],
    ),
    (
        "the Coast Guard investigators want the 911 call from the pier stabbing for their assault case",
        [("dhs", "escalate")],
    ),
    (
        "a USCIS officer only wants to know whether our complainant is a citizen",
        [("dhs", "prohibited")],
    ),
    # 'nobody has said who signed' the other paper: a judge's warrant for one ask is not the hold's
    (
        "JTTF asks me to join a search Friday on a magistrate-signed warrant, no problem. They also want the "
        "target held when he's picked up on 'the papers the agent is bringing'. Nobody has said who signed "
        "those papers.",
        [("fbi", "needs_info")],
    ),
]


ROUND_NINETY_ONE = [
    # a federal agency outside DHS, named: no DHS rule can apply, and its stated criminal case decides
    (
        "Postal Inspector asks for the arrest report on the guy we collared with the stolen checks. They're building "
        "a federal mail fraud case. Send?",
        [("other_federal", "permitted")],
    ),
    (
        "U.S. Postal Inspector at the desk with an arrest warrant signed by a U.S. Magistrate Judge for mail theft, 18 "
        "U.S.C. 1708, "
        "wants our prisoner held for pickup",
        [("other_federal", "permitted")],
    ),
    ("HHS OIG agent wants our arrest report on the Medicaid fraud case we made", [("other_federal", "permitted")]),
    # the agency a person is held for ends the same request; the Justice Department is one of its agencies
    (
        "A U.S. Probation officer faxed us a warrant for violation of supervised release, signed by a U.S. District "
        "Judge. She wants him held for the Marshals.",
        [("other_federal", "permitted")],
    ),
    (
        "U.S. DEPARTMENT OF JUSTICE / BUREAU OF ALCOHOL, TOBACCO, FIREARMS AND EXPLOSIVES: request for the property "
        "invoices on the three pistols for our firearms trafficking case (18 U.S.C. 933). ok to send?",
        [("atf", "permitted")],
    ),
    # "no purpose given" leaves the aim unsaid
    (
        "ICE (didn't say ERO or HSI) wants to come into the squad room to look through our case folder on a robbery "
        "crew. no purpose given, no paperwork.",
        [("ice", "needs_info")],
    ),
    # DHS's own inspector general is DHS
    ("DHS Office of Inspector General agent wants our arrest report on a fraud case", [("dhs", "escalate")]),
    # where a person was taken, lives, or whether they were arrested, asked by ERO
    (
        "deportation officer askng which pct the lady from the dispute on 37 Av got taken to??",
        [("ice_ero", "prohibited")],
    ),
    ("ERO asked where the lady from the dispute lives", [("ice_ero", "prohibited")]),
    (
        "ICE ERO calls our desk every day asking whether anyone w certain names got arrested. ok as long as we dont "
        "hold anybody?",
        [("ice_ero", "prohibited")],
    ),
    # the component left unsaid is not the aim left unsaid
    (
        "ICE agent (didn't say ERO or HSI) wants copies of the 911 calls from Tuesday's shooting. says it's for a "
        "federal firearms trafficking case. send?",
        [("ice", "escalate")],
    ),
    # "both say ...": the aim each agency gave
    (
        "ATF and HSI both asking for our camera footage from the brownsville shooting, both say gun trafficking. "
        "send to both?",
        [("atf", "permitted"), ("hsi", "escalate")],
    ),
    (
        "JTTF and HSI both want the pct camera footage of the shooting outside crim court saturday, both say "
        "criminal. can i burn 2 copies",
        [("fbi", "permitted"), ("hsi", "escalate")],
    ),
    # rap-sheet abbreviations
    ("SDNY mag ICE warrant. conv NJ agg assault 2022. TSDB neg. hold?", [("ice", "escalate")]),
    (
        "ICE magistrate warrant. subject convicted of crim poss weapon 2nd in 2023. hold till 0600?",
        [("ice", "escalate")],
    ),
    # agents arriving are no paper promised
    (
        "FBI wants us to hold our prisoner until their agents get here. they have a judge-signed federal warrant "
        "for bank robbery",
        [("fbi", "permitted")],
    ),
    (
        "hold the man we brought in on our own bench warrant until their agents get here - the FBI has a "
        "judge-signed federal bank-robbery warrant",
        [("fbi", "permitted")],
    ),
    # a prosecutor reviewing the case is a charge still to come
    (
        "DA dismissed. DEA: our AUSA is reviewing the case for federal charges, we would like to take custody of "
        "him when he is released",
        [("dea", "escalate")],
    ),
    # an agent's email in its own words: seeing what we hold, interviewing "your arrestee"
    (
        "FBI wants to come look at a phone we vouchered for their bank fraud case (18 U.S.C. 1344). No warrant, "
        "they want us to set it up. OK?",
        [("fbi", "permitted")],
    ),
    (
        "ATF: please send the arrest report and arrange for us to interview him at the 67 Pct. We are investigating "
        "him for dealing firearms without a license.",
        [("atf", "permitted")],
    ),
    (
        "HSI El Dorado task force wants one of our financial crimes detectives on their money laundering case "
        "(18 U.S.C. 1956). OK?",
        [("hsi", "permitted")],
    ),
]


ROUND_NINETY_TWO = [
    # help and nothing more, beside an emergency, is help with the emergency
    (
        "Harbor: CBP boat was chasing a go-fast boat, it flipped near the Verrazzano and people are in the water. CBP "
        "is asking us to help. go?",
        [("cbp", "permitted")],
    ),
    (
        "HSI agents were arresting someone and a man came out of the store with a kitchen knife and went at one of "
        "the agents. we drew and cuffed him. was that ok?",
        [("hsi", "permitted")],
    ),
    # joint work said in plain words, and its civil twin
    (
        "JTTF wants me (TFO) to ride with FBI agents on surveillance of a subject in an open terrorism case",
        [("fbi", "permitted")],
    ),
    ("ICE ERO wants two of our guys on a sweep next week", [("ice_ero", "prohibited")]),
    (
        "Deputy Marshal: need help finding Barros, he's got a federal warrant for the Hobbs Act robberies, signed by "
        "Judge Chen",
        [("usms", "permitted")],
    ),
    (
        "TEA. FBI wants the summons history on a plate from our handhelds for a kidnapping case. fine?",
        [("fbi", "permitted")],
    ),
    # records and data asked in other words: to a DHS component on a criminal case, escalated
    (
        "HSI gang group wants a database pull of everyone we've arrested with MS-13 ties in the last year, for their "
        "RICO case",
        [("hsi", "escalate")],
    ),
    (
        "can we tell HSI if a particular car got towed to our pound? theyre tracking it for a trafficking case",
        [("hsi", "escalate")],
    ),
    # a criminal aim said in other words
    (
        "DHS asked if their agents can have a desk in our warrant squad office for criminal fugitive cases. cool?",
        [("dhs", "escalate")],
    ),
    ("HSI wants our DD5s for a criminal fraud investigation", [("hsi", "escalate")]),
    # the officer's reading of a local law is no stated purpose
    (
        "DHS asked for a joint operation with our team next week, details to follow. Do I say yes now? LL 228 says "
        "joint criminal work is fine.",
        [("dhs", "needs_info")],
    ),
    # violence in progress said in other words, and the agents' own warrant beside it
    (
        "911 call: a man is holding a knife to a CBP officer outside the Port Authority. CBP might be doing "
        "immigration stuff. Do we still respond?",
        [("cbp", "permitted")],
    ),
    (
        "HSI executing a federal search warrant in Jamaica, shots fired at the agents from a window. Dispatcher asks "
        "if the ops order limits us since it's DHS.",
        [("hsi", "permitted")],
    ),
    # what NCIC says of the man is no alert asked for
    (
        "Prisoner has an I-247A from ICE ERO, no warrant attached. No violent record, but NCIC flags him as a "
        "possible TSDB match. Hold him?",
        [("ice_ero", "escalate")],
    ),
    (
        "Marshals fugitive task force wants two of us to back them on an arrest tomorrow. Federal arrest warrant for "
        "armed bank robbery, signed by a magistrate judge.",
        [("usms", "permitted")],
    ),
    (
        "Follow-up on the Tremont shooting DD5s: the caller is an FBI agent on the violent gang task force, the "
        "shooting is an overt act in their federal RICO case. OK to send now?",
        [("fbi", "permitted")],
    ),
    (
        "DHS sent a letter demanding the citizenship status of everyone we arrested at last week's protest",
        [("dhs", "escalate")],
    ),
]


ROUND_NINETY_THREE = [
    # a watchlist check nobody has run, or only guessed at, is no negative result
    (
        "judicial warrant (magistrate) from ICE for our farebeat collar. only prior is a 2025 criminal trespass 3rd "
        "misdemeanor. no TSDB info. hand him over?",
        [("ice", "needs_info")],
    ),
    (
        "ICE has a warrant signed by a federal district judge for a guy we have for a DWI. His only conviction is a "
        "2022 DWI misdemeanor. Nobody on the midnight has run the TSDB screen.",
        [("ice", "needs_info")],
    ),
    (
        "Federal magistrate's ICE warrant. His only conviction is sexual abuse in the third degree (misdemeanor), "
        "2025. The analyst said he's 'probably not' a TSDB match. Transfer him?",
        [("ice", "needs_info")],
    ),
    ("ICE judicial warrant, conviction petit larceny 2022, no TSDB hit. hold?", [("ice", "prohibited")]),
    # a youthful-offender finding only guessed at
    (
        "ICE has a judicial warrant (magistrate). rap sheet shows burglary 2nd 2023 but it looks like he got YO on it? "
        "no TSDB hit",
        [("ice", "needs_info")],
    ),
    # paper for someone in our cells asks for him, though the officer does not say so
    (
        "ICE on the phone says they have a warrant for the prisoner at the 19. Judge or not, they didn't say. He has "
        "no convictions.",
        [("ice", "needs_info")],
    ),
    (
        "ICE emailed a warrant of arrest for a prisoner in the 7-5 cells. tsdb hit possible per them. what now",
        [("ice", "needs_info")],
    ),  # DE's false permits: a thing wanted that was never read, a second person asked about "too"
    (
        "<@U04ABC123> HSI wants a small room at PSA 2 to run their side of the joint *narcotics* investigation out of "
        "for a few months, wifi + a locking cabinet. Ok to set up?",
        [("hsi", "escalate")],
    ),
    (
        "robbery at a bodega. Perp used a fake driver's license when he tried to pawn the stuff. Can I ask the perp "
        "about his immigration status? And the bodega clerk (the victim) too, since he seems nervous?",
        [("none", "prohibited")],
    ),
    (
        "at an ICE arrest on Canal St, protesters are chanting, nobody violent. ERO asked us to clear them off the "
        "block so their van can leave with the guy they picked up on his removal order. Do we?",
        [("ice_ero", "prohibited")],
    ),
    (
        "Marshals fugitive task force called: guy we have at the desk for a DAT has a federal arrest warrant signed "
        "by a U.S. District Judge for armed bank robbery. They want us to hold him. OK?",
        [("usms", "permitted")],
    ),
]


def test_every_agency_read_has_a_name_on_the_card() -> None:
    # ("other_federal" once showed as "agency not said" in the "What I understood" line)
    for agency in set(Agency) - {Agency.UNKNOWN}:
        assert agency in AGENCY_LABELS and agency.value in SHORT_AGENCY, agency
    assert understood({"agency": "other_federal", "asks": ["share_records"]})[0] == "federal agency outside DHS"


def test_round_ninety_one_asks(reader: FactsReader) -> None:
    # the evidence handed over is no person handed over
    (facts,) = reader.read_message(
        "DEA sent the AUSA's letter asking us to turn over the 2 kilos under invoice 3000566104 for the federal "
        "prosecution"
    )
    assert Ask.TRANSFER_CUSTODY not in facts.asks
    # an officer's own donation or course is nothing asked of the NYPD
    (facts,) = reader.read_message("FBI liaison forwarded the charity campaign email. Can I donate through this?")
    assert facts.off_topic


ROUND_NINETY_FOUR = [
    # the end of time inside said as "locked up / inside until": the five years count from release
    (
        "ICE has a warrant signed by a magistrate judge for my prisoner. burglary 2nd conviction 2019, he was inside "
        "until 2023. hand him over?",
        [("ice", "escalate")],
    ),
    # "seems illegal, can I ask her": the status named, a comma, then the question
    ("the witness to the shooting seems illegal, can i ask her", [("none", "prohibited")]),
    (
        "1. the complainant in my burglary looks undocumented, can i ask him\n"
        "2. the perp used a fake green card, can i ask him his status",
        [("none", "prohibited")],
    ),
    # a federal charge as the reason for the records: a criminal aim, from a DHS agency
    (
        "HSI agent wants our arrest report on the guy who assaulted him so they can charge him federally",
        [("hsi", "escalate")],
    ),
    # a room at a transit district is space on our property
    ("HSI wants a room at Transit District 4 for their fraud investigators", [("hsi", "escalate")]),
    # "a judicial criminal arrest warrant": two words between judicial and warrant
    (
        "HSI has a judicial criminal arrest warrant from SDNY for wire fraud and wants us to hand over our prisoner",
        [("hsi", "escalate")],
    ),
    # the agency's own arrests are not an arrest asked of us; a hold in our cells until they come is
    (
        "ERO wants to use our garage to process people they pick up for immigration violations",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE says keep the guy they arrested in our cells until their van gets here, nobody mentioned any paper",
        [("ice", "needs_info")],
    ),
    # "might charge her federally": the charge in doubt, not the aim; a hand-over with no paper
    (
        "DEA says they might charge her federally, wants us to drive her to their office. no paper",
        [("dea", "escalate")],
    ),
    # one ask of the agency with no reason given, beside another whose aim is said: two requests
    (
        "DEA: 1) joint buy tonight on a heroin spot, 2) the agent wants an alert on two plates so he knows if they get "
        "stopped, didn't say why",
        [("dea", "needs_info"), ("dea", "needs_info")],
    ),
    (
        "I'm on the FBI gang task force, we have a takedown thursday on a crew doing robberies, fine. separately an "
        "agent asked me to flag a name in our system so he hears about any stop. didn't say what for",
        [("fbi", "needs_info"), ("fbi", "needs_info")],
    ),
]


def test_round_ninety_four_facts(reader: FactsReader) -> None:
    # the warrant's signer left unsaid is not the aim left unsaid
    (facts,) = reader.read_message(
        "ICE has a warrant for our prisoner and wants his release time, didn't say who signed it"
    )
    assert "purpose" not in facts.evidence
    # the aim read for one ask is not the aim of the ask the officer says has none
    joint, alert = reader.read_message(
        "HSI task force: (a) joint op tonight on a gun stash, (b) agent wants alerts set on 3 names, didnt say for what"
    )
    assert joint.purpose is Purpose.CRIMINAL_INVESTIGATION and joint.asks == {Ask.JOINT_INVESTIGATION}
    assert alert.purpose is Purpose.UNKNOWN and alert.asks == {Ask.MONITORING_ALERT}
    assert alert.evidence["purpose"] == "didnt say"


ROUND_NINETY_FIVE = [
    # a request taken back is no request, beside one still asked
    (
        "two asks tonight: 1) FBI wants our complaint report on the Fulton St shooting 2) HSI wanted his court "
        "date but they withdrew it. ok on the FBI one?",
        [("fbi", "permitted")],
    ),
    (
        "DEA wants the DD5s on the Bushwick robbery. ICE separately asked for his address but their supervisor pulled "
        "that request. send the DD5s?",
        [("dea", "permitted")],
    ),
    (
        "ATF wanted our arrest report on Marcus (gun trafficking) and an alert on his car - scratch the alert, they "
        "dont need it. just the report ok?",
        [("atf", "permitted")],
    ),
    # a taken-back request leaves the others as they are: ICE's still asks why
    (
        "1) ICE wants his court date 2) DEA wanted the arrest report but they withdrew it. ok to give ICE the date?",
        [("ice", "needs_info")],
    ),
    # a name's initial does not end the sentence
    (
        "Marshals want us to hold Kevin R. for pickup (judge-signed federal warrant, bank robbery)",
        [("usms", "permitted")],
    ),
    # violence told in other words, help asked in other words
    (
        "HSI agents making an arrest on Broadway, a guy has one of them in a chokehold, can we step in?",
        [("hsi", "permitted")],
    ),
    ("DEA wants one of our Spanish-speaking detectives for a wire on their heroin case", [("dea", "permitted")]),
    ("FBI wants our UC to make a controlled call to a target in their extortion case", [("fbi", "permitted")]),
    # "no paperwork from us": nothing of ours handed over, nothing said of their warrant
    (
        "ATF wants 3 of our guys at the door tomorrow on a gun search warrant signed by an EDNY judge, that's all, no "
        "paperwork from us",
        [("atf", "permitted")],
    ),
    # the signer quoted: "signed 'SDDO K. Lee'"
    (
        "ERO sent a warrant signed 'SDDO K. Lee' for our prisoner, robbery 1st 2024 conviction, they want him held",
        [("ice_ero", "prohibited")],
    ),
    # a record found to be someone else's leaves the record unknown
    (
        "ICE has a judicial warrant from a magistrate for our prisoner. rap shows burglary 2nd 2022 but the record is "
        "for a different guy, DOB doesn't match. TSDB no. hold?",
        [("ice", "needs_info")],
    ),
    # the status named, then the question as a sentence of its own
    ("kid loitering by the school, no crime, my partner says he's illegal. Can I ask him?", [("none", "prohibited")]),
    # ICE's own arrest under way is the scene the help serves
    (
        "ICE making an arrest on Jamaica Ave, nobody hurt, they want us to hold traffic till they're done",
        [("ice", "prohibited")],
    ),
    # debriefs are records; a gang search warrant names a crime
    (
        "HSI wants 2 of our cops at the door on gang search warrants signed by a magistrate, and asks for our debriefs "
        "on the crew",
        [("hsi", "escalate")],
    ),
    # one agency's numbered asks, one of them about status: that one's aim is not the case's
    (
        "HSI wants (1) our DD5s on the fentanyl collar for their criminal case and (2) to interview our prisoners in "
        "the cells about their immigration status",
        [("hsi", "escalate"), ("hsi", "prohibited")],
    ),
    # (the FBI's or DEA's own arrest told in words an ICE request would use is no removal)
    (
        "DEA has a judge-signed arrest warrant for a heroin dealer. (1) they want us to help grab him tomorrow and (2) "
        "they want the body cam from our stop of him. ok?",
        [("dea", "permitted")],
    ),
    # something of ours asked for that we cannot read holds back the permission beside it
    (
        "FBI needs 2 of our guys at the door on a narcotics search warrant signed by a judge and asks for our "
        "whiteboards from the squad",
        [("fbi", "needs_info")],
    ),
]


ROUND_NINETY_SIX = [
    # a lift for the agent and the man he just arrested: ICE's own arrest is the scene
    (
        "ICE agent just finished an arrest on Roosevelt and his car is blocks away, he wants me to give him and the "
        "prisoner a lift",
        [("ice", "prohibited")],
    ),
    # "call ICE on him": telling them where he is
    (
        "car stop, driver has no license, says he's undocumented, no warrant. can we call ICE on him?",
        [("ice", "prohibited")],
    ),
    # a criminal case named in so many words: a joint case with the agency, a JTTF case, a buy, child exploitation
    ("FBI agents want to sit in on our interview of a cooperator for our joint FBI case", [("fbi", "permitted")]),
    ("I'm on the DEA task force, they want me to make the buy in the Bronx tomorrow", [("dea", "permitted")]),
    ("FBI wants to use our interview room to talk to a witness in the JTTF case", [("fbi", "permitted")]),
    (
        "HSI child-exploitation group has a search warrant signed by a magistrate and wants 2 of our cops at the door",
        [("hsi", "permitted")],
    ),
    # (a unit's name is not the charge on its warrant: a gang unit's may be re-entry)
    (
        "HSI gang group has a judge-signed arrest warrant and wants our help picking him up",
        [("hsi", "escalate")],
    ),
    # removal told as the plan beside a criminal label: "without papers" is the people's, not a denial
    (
        "HSI wants three of our detectives on a labor trafficking op in Sunset Park. the agent said anyone they find "
        "there without papers gets processed for removal",
        [("hsi", "escalate")],
    ),
    # "two from the same DEA agent": who the asks come from
    (
        "Two from the same DEA agent on the Bushwick shooting: 1) copies of our DD5s 2) can our det sit in on their "
        "proffer",
        [("dea", "permitted")],
    ),
    (
        "our burglary squad has a prisoner the DEA wants to interview about a heroin supplier, the lieutenant set it "
        "up for tomorrow",
        [("dea", "permitted")],
    ),
    # "wants the same stuff": what the other agency asked, asked again (HSI's records go through counsel)
    (
        "ATF wants the NIBIN report on the Fulton St shooting, and an HSI agent on their task force wants the same "
        "stuff. ok for both?",
        [("atf", "needs_info"), ("hsi", "needs_info")],
    ),
    # the plea, or the time inside, not known
    (
        "Magistrate-signed ICE warrant. rap shows an arrest for robbery 2nd in 2022 but he pled it down and I can't "
        "tell which one he was convicted of. TSDB no. hold?",
        [("ice", "needs_info")],
    ),
    (
        "Judge-signed ICE warrant. He has a robbery 1st conviction from 2019 and I don't know if or how long he was "
        "locked up. TSDB negative. hold?",
        [("ice", "needs_info")],
    ),
    # a second ask "for another project": its aim unknown
    (
        "FBI TFO here. they want me on surveillance for their bank robbery case tomorrow. separately the same agent "
        "wants an export of our gang database for another project. ok?",
        [("fbi", "needs_info"), ("fbi", "needs_info")],
    ),
    (
        "ATF has an arrest warrant signed by a magistrate judge for a gun trafficker. They want our warrant squad to "
        "help pick him up tomorrow",
        [("atf", "permitted")],
    ),
    (
        "Harbor: an HSI boat capsized off the pier, two agents in the water. we're going, any issue?",
        [("hsi", "permitted")],
    ),
    # "maybe some immigration stuff too, he's not sure yet": neither aim settled
    (
        "HSI wants the arrest report on our Jamaica collar. agent said its mostly a fraud thing, maybe some "
        "immigration stuff too, he's not sure yet",
        [("hsi", "needs_info")],
    ),
    # someone else's threat to call ICE is nothing asked of us
    (
        "our DV complainant says her ex threatened to call ICE on her. can I ask her status for the DIR?",
        [("none", "prohibited")],
    ),
    # people held by number "until ERO gets there"
    (
        "CBP wants us to hold the four workers at the pier until ERO gets there, no paper",
        [("cbp", "needs_info"), ("ice_ero", "prohibited")],
    ),
]


ROUND_NINETY_SEVEN = [
    # our prisoner walked "to their van instead of releasing him" is a hand-over, with no warrant
    (
        "DA dropped the charges on our collar. DEA says a federal case is likely and wants us to walk him over to "
        "their van instead of releasing him. no warrant",
        [("dea", "escalate")],
    ),
    # "I don't have details on that one": the second ask's aim unknown, beside the joint case
    (
        "HSI TFO: the joint gun case with our squad is fine. my boss also asked if two of your cops can help us pick "
        "up a few guys next week. I don't have details on that one",
        [("hsi", "needs_info"), ("hsi", "needs_info")],
    ),
]


ROUND_NINETY_EIGHT = [
    # "text him if we ever stop this woman": the stop is when the alert fires, not a stop asked for
    ("CBP agent asked me to text him if we ever stop this woman. he didn't say why", [("cbp", "needs_info")]),
    # a federal inmate "who escaped": the escape is the Marshals' federal case
    (
        "Marshals asked for our aviation unit to help track a federal prisoner who escaped from a transport an hour "
        "ago, he's armed. ok?",
        [("usms", "permitted")],
    ),
    # "the crew they're investigating": a crew is a criminal target
    ("ATF asked for our plate reader hits on a car used by the crew they're investigating", [("atf", "permitted")]),
    # "ferry three of their officers out to a cargo ship", to crew "whose visas expired"
    (
        "CBP wants our harbor boat to ferry three of their officers out to a cargo ship so they can check on crew "
        "whose visas expired",
        [("cbp", "prohibited")],
    ),
    # when someone "is due back in court", however long the words that name him
    (
        "ERO keeps calling asking when the man we locked up on the assault last week is due back in court",
        [("ice_ero", "prohibited")],
    ),
    # "he wants to know", just after the sentence about the agent who came: the agency asks, not us
    (
        "An HSI agent came by the desk. he wants to know if the woman we arrested last night is a citizen. that's all",
        [("hsi", "escalate")],
    ),
    # "ok to hand over?" after the recordings asked for: the things, not a person
    (
        "the LPR hits and the 911 recording from the shooting: ATF wants both for their gun trafficking case. ok to "
        "hand over?",
        [("atf", "permitted")],
    ),
    # "a joint search warrant" with the task force the officer is on
    (
        "I'm a TFO with the FBI violent crimes task force, next week we have a joint search warrant on a robbery "
        "crew's stash house. anything I need to do?",
        [("fbi", "permitted")],
    ),
    # "put a desk at Transit District 3": space on our property
    (
        "HSI wants to put a desk at Transit District 3 for an agent working narcotics cases, criminal work only",
        [("hsi", "escalate")],
    ),
    # "maybe for a fraud case, maybe something else": the aim in doubt, the records' crime is ours
    (
        "CBP wants our complaint reports on the Main St burglaries. agent said it's maybe for a fraud case, maybe "
        "something else, not sure yet",
        [("cbp", "needs_info")],
    ),
    # a conviction "out of Florida" whose crime was not said: the history is unknown, nothing to assess
    (
        "ICE has a warrant signed by a federal judge. says he has a conviction out of Florida but wouldn't say what "
        "for. TSDB no. can we turn him over?",
        [("ice", "needs_info")],
    ),
    # a detainer "sent on our prisoner" is the hold it asks for, beside the second ask
    ("ICE sent a detainer on our prisoner and also wants to know if he is a citizen", [("ice", "prohibited")]),
    # "anything on a Luis R.": records asked for; the initial is a name, not texting "r" for "are"
    ("HSI agent asks whether we've got anything on a Luis R. for their fentanyl case", [("hsi", "escalate")]),
]


ROUND_NINETY_NINE = [
    # "two cars out front while they search": support for their search, asked in plain words
    (
        "ATF has a federal search warrant signed by a magistrate for a garage in Hunts Point, gun trafficking case. "
        "they asked the 41 for two cars out front while they search. ok?",
        [("atf", "permitted")],
    ),
    # "nobody's asking for anyone to be handed over": nothing asked, so nothing unread
    (
        "HSI child exploitation group has a judge-signed search warrant for an apartment in Elmhurst, they want a "
        "sector car to keep the block clear while they go in. nobody's asking for anyone to be handed over. ok?",
        [("hsi", "permitted")],
    ),
    # beside the officer's own question, the FBI's request keeps the crime it names
    (
        "locked up a guy with a fake work permit (forgery). can I ask him his real status? also the FBI wants our "
        "arrest report on him for their identity theft ring case",
        [("none", "permitted"), ("fbi", "permitted")],
    ),
    # and HSI's, asked about our case, names its own: a DHS component's records ask (R4d)
    (
        "we arrested a woman with 20 forged green cards. 1) can I ask her about her own status for the forgery case? "
        "2) HSI's document fraud group wants our arrest report for their federal case",
        [("none", "permitted"), ("hsi", "escalate")],
    ),
    # "(we did a gun case together back in 2021)": how they know each other, not this aim
    (
        "an agent I know from an old case (we did a gun case together back in 2021) asked me to call him if a "
        "certain guy gets stopped. didn't say what agency he's with now or why. ok?",
        [("unknown", "needs_info")],
    ),
    # the officer's own status question beside a fed's ask: two requests; our forgery case is not the fed's aim
    (
        "1) we have a woman in for selling fake MetroCards and she had a fake passport. can I ask her about her "
        "status as part of the forgery case? 2) a fed, no agency given, wants me to tell him when she's released. ok?",
        [("none", "needs_info"), ("federal", "needs_info")],
    ),
    # "a guy we arrested two weeks ago in Jamaica for a gunpoint robbery": our own case, however far the "for"
    (
        "CBP wants a copy of the complaint report on a guy we arrested two weeks ago in Jamaica for a gunpoint "
        "robbery. didn't say what for. can I send it?",
        [("cbp", "needs_info")],
    ),
    # "a prisoner we're holding on a burglary charge": our charge, not ERO's aim
    (
        "ICE ERO wants to interview a prisoner we're holding on a burglary charge about where he lives. ok?",
        [("ice_ero", "prohibited")],
    ),
    # "could be 2012, could be 2023": which year is the question
    (
        "ICE warrant signed by a magistrate judge. his rap shows robbery 2nd but the date is blank, could be 2012, "
        "could be 2023. TSDB negative. hold?",
        [("ice", "needs_info")],
    ),
    # "until they can get here with papers": no paper yet (R2f on a watchlist match)
    (
        "ICE called, no paperwork yet, says our prisoner is a TSDB match and wants him held until they can get here "
        "with papers. hold him?",
        [("ice", "escalate")],
    ),
    # "not really a work question"
    (
        "not really a work question but my brother in law just started with HSI, can he come to our PBA holiday party?",
        [("hsi", "escalate")],
    ),
    # "NYPD TFOs on a sweep", and "most of these guys will end up removed": the removal beside the crime
    (
        "HSI case agent wants NYPD TFOs on a sweep next week against a robbery crew, and said most of these guys "
        "will end up removed anyway. can I go?",
        [("hsi", "escalate")],
    ),
    # "we're arresting him for forgery": the one asked is our suspect, not the pharmacy that called
    (
        "A pharmacy on Main St called us: a man trying to fill a prescription with an ID that turned out to be "
        "forged. We're arresting him for forgery. Can I ask him about his immigration status during the interview?",
        [("none", "permitted")],
    ),
]


ROUND_ONE_HUNDRED = [
    # "a room at the 43 so they can talk with a witness": one interview in our house, not an office
    (
        "ATF asked our squad to set up a room at the 43 so they can talk with a witness in their gun trafficking "
        "case. our det arranged it. ok?",
        [("atf", "permitted")],
    ),
    # "DEA is taking our prisoner on a judge-signed warrant": the hand-over, said as what they do
    (
        "Sgt, 75 pct. DEA is taking our prisoner on a judge-signed heroin distribution warrant at noon. anything I "
        "need to do?",
        [("dea", "permitted")],
    ),
    # "wants to join our robbery case": joint work asked
    (
        "two from the task force: ATF wants the 911 audio from the shooting on Fulton, and the FBI wants to join our "
        "robbery case on the Jamaica crew. both ok?",
        [("atf", "permitted"), ("fbi", "permitted")],
    ),
    # "subject used a forged green card": the subject is the suspect
    (
        "Fraud squad: subject used a forged green card to rent an apartment. can we ask about his immigration status "
        "in the interview?",
        [("none", "permitted")],
    ),
    # "talk to him about his papers in the cells": the ERO officer's time with our prisoner, beside DEA's warrant
    (
        "DEA has a judge-signed warrant for Ortiz and wants to take him from our cells. an ERO officer with them wants "
        "to talk to him about his papers in the cells first. ok on both?",
        [("dea", "permitted"), ("ice_ero", "prohibited")],
    ),
    # "photograph the passports and text them to him": records sent
    (
        "crime scene in the Bronx, an ERO agent showed up and asked us to photograph the passports in the apartment "
        "and text them to him. do we?",
        [("ice_ero", "prohibited")],
    ),
    # "go stand with ICE to keep order" at their operation
    (
        "ERO op going on across from the church, people yelling, nothing violent. should we go stand with ICE to keep "
        "order?",
        [("ice_ero", "prohibited")],
    ),
    # a helicopter to "track anyone who runs", however many words between
    (
        "Aviation. ERO asked if our chopper could circle over Corona during an early morning operation to track anyone "
        "who runs; the targets have removal orders. ok?",
        [("ice_ero", "prohibited")],
    ),
    # "every DAT we issued": bulk data
    ("ERO wants every DAT we issued last month. send?", [("ice_ero", "prohibited")]),
    # "brought a guy in bc NCIC said ICE wanted him", "stopped bc NCIC showed an immigration violator entry"
    (
        "I brought a guy in last night bc NCIC said ICE wanted him, there was no criminal warrant. released him after "
        "an hour. was that ok?",
        [("ice", "prohibited")],
    ),
    (
        "desk here. patrol brings in a man they stopped bc NCIC showed an immigration violator entry, nothing else. "
        "do I book him?",
        [("unknown", "prohibited")],
    ),
    # "ICE supervisors direct our warrant squad": our officers under their command
    (
        "can we set up a standing arrangement where ICE supervisors direct our warrant squad on their removal targets?",
        [("ice", "prohibited")],
    ),
    # a rap sheet's arrest entry is not the conviction: the disposition decides (a plea, YO, a dismissal)
    (
        "Bronx CB. ICE has a warrant signed by a U.S. Magistrate Judge and wants him when he's released.\n"
        "RAP: ARR 03/11/2025 PL 160.10 ROB 2 / DISP 09/02/2025 PLED PL 155.25 PETIT LARCENY, 10 DAYS\n"
        "TSDB: NEG\nrelease to ICE?",
        [("ice", "prohibited")],
    ),
    (
        "Queens CB. ICE warrant signed by an EDNY magistrate judge for our 18 year old.\n"
        "RAP: ARR 02/2024 PL 160.15 ROB 1 / DISP 07/2024 YOUTHFUL OFFENDER ADJUDICATION - SEALED (CPL 720.35)\n"
        "Watchlist: NEG\nhold him?",
        [("ice", "prohibited")],
    ),
    (
        "ICE warrant signed by an SDNY magistrate judge. rap sheet: ARR 05/2023 PL 120.10 ASLT 1 - DISP: 11/2023 "
        "DISMISSED, SEALED. TSDB negative. hold?",
        [("ice", "prohibited")],
    ),
    # "no TSDB line on the printout": the result is missing, not negative
    (
        "ICE warrant signed by an EDNY magistrate judge. conviction: 2025 petit larceny, a misdemeanor. there's no "
        "TSDB line on the printout. hold him for ICE?",
        [("ice", "needs_info")],
    ),
    # "signed by a judge, I think - ...": the signer in doubt
    (
        "ERO officer says the warrant is signed by a judge, I think - he left it in his car. our guy has a 2025 "
        "petit larceny, a misdemeanor, TSDB negative. hold him?",
        [("ice_ero", "needs_info")],
    ),
    # "handed over when her case is called": the time of the hand-over, not her court date asked for
    (
        "Court section. ICE deportation officer wants to take the defendant when his case is called and he's "
        "released. says the warrant is signed by a judge, I think - his office has it. conviction: 2024 robbery 2. "
        "TSDB negative.",
        [("ice_ero", "needs_info")],
    ),
    # "my partner thinks the NCIC return had a watchlist note but I can't find it": the watchlist unknown
    (
        "ICE warrant signed by an EDNY magistrate judge. conviction 2025 petit larceny, a misdemeanor. my partner "
        "thinks the NCIC return had a watchlist note but I can't find it on the printout. hold?",
        [("ice", "needs_info")],
    ),
    # "something violent in Florida, maybe an assault": no offence named for sure
    (
        "ICE warrant signed by an SDNY magistrate judge. our rap sheet is clean, but the ICE officer says he has "
        "something violent in Florida, maybe an assault. TSDB negative. hold him?",
        [("ice", "needs_info")],
    ),
    # "walk a defendant out through the side door ... so they can arrest him": the hand-over on their warrant
    (
        "Court section. DEA asks us to walk a defendant out through the side door after his case is called so they "
        "can arrest him without a scene. they have an arrest warrant signed by an EDNY magistrate judge for heroin "
        "distribution. ok?",
        [("dea", "permitted")],
    ),
    # a Postal Inspector's "federal mail-theft case"
    (
        "Desk. a US Postal Inspector wants to interview our mail-theft prisoner here before he goes to Central "
        "Booking, for their federal mail-theft case. our detective set it up. ok?",
        [("other_federal", "permitted")],
    ),
    # "asking the same thing": the second agency's ask is the first one's
    (
        "Court section. USMS fugitive task force wants our defendant's next court date so they can grab him on their "
        "federal warrant for failure to register, signed by an SDNY judge. an ERO officer called an hour later asking "
        "the same thing. both ok?",
        [("usms", "permitted"), ("ice_ero", "prohibited")],
    ),
    # "an email from someone signing DHS": DHS asks
    (
        "Court section got an email from someone signing DHS asking for the next court date for one of our "
        "defendants. no reason given. answer it?",
        [("dhs", "needs_info")],
    ),
    # "so we can let ICE know": the status question serves ICE
    (
        "my collar is in on trespass only, no ID, no fraud. can I ask him whether he's here legally so we can let "
        "ICE know?",
        [("ice", "prohibited")],
    ),
    # "ICE team is arresting a man": their arrest is the civil operation our perimeter would serve
    (
        "ICE team is arresting a man outside the courthouse. no violence. the ICE supervisor asks our court "
        "officers to hold a perimeter while they put him in the van. ok?",
        [("ice", "prohibited")],
    ),
    # "two ICE officers at the front counter": theirs standing there; "walk back to the pens" is the ask
    (
        "Queens CB. two ICE officers at the front counter want to walk back to the pens to see who's in there. they "
        "showed a search warrant signed by a U.S. Magistrate Judge that lists the pens.",
        [("ice", "escalate")],
    ),
    # HSI's narcotics cross-designation, "all federal criminal": joint work, not 287(g)
    (
        "HSI offered me a cross-designated TFO spot on their narcotics group, heroin and fentanyl trafficking cases "
        "only, all federal criminal. can I take it?",
        [("hsi", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_ONE = [
    # a federal boat "taking fire", a diver "in distress": emergencies, and the help asked is the response
    (
        "Harbor. CBP boat stopped a vessel off Red Hook and is taking fire. They're requesting assist. Launching?",
        [("cbp", "permitted")],
    ),
    (
        "Harbor. FBI divers searching the Harlem River for a gun and one of them is in distress. Requesting our divers "
        "now.",
        [("fbi", "permitted")],
    ),
    # "asking for our vertical patrol arrests at Building 4": our arrest records
    (
        "Housing. ATF asking for our vertical patrol arrests at the Smith Houses for their gun trafficking case.",
        [("atf", "permitted")],
    ),
    # "can i ask him straight out?" after "pretty sure he's undocumented": a witness asked about status
    (
        "witness to the stabbing on Nostrand has no ID, pretty sure he's undocumented. can i ask him straight out?",
        [("none", "prohibited")],
    ),
    # "grabbed a guy for farebeat, NCIC shows some federal wanted entry": no immigration hit named
    (
        "Transit. Grabbed a guy for farebeat, NCIC shows some federal wanted entry but nobody has confirmed who "
        "issued it or what for. They want us to hold him for pickup.",
        [("unknown", "needs_info")],
    ),
    # "what time Ramos is on the calendar so they can pick him up": the court time asked for
    (
        "Court liaison. An ICE deportation officer is asking what time Diaz is on the calendar today so they can "
        "pick him up outside.",
        [("ice_ero", "prohibited")],
    ),
    # "subject in my ID theft case": the subject is the suspect
    (
        "Det here. Subject in my ID theft case bought stolen identities to open accounts. Can I ask about his actual "
        "status in the interview?",
        [("none", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_TWO = [
    # "same desk at the 4-3": the officer's own post, not a desk lent to the agency
    (
        "Same desk at the 4-3, another prisoner. ICE brought a warrant from the Eastern District signed by a "
        "United States Magistrate Judge; he was convicted of assault 1st in 2024. They want him held till they come.",
        [("ice", "escalate")],
    ),
    # the form's own title 'Warrant for Arrest of Alien' is paper, not an arrest asked of us
    (
        'ERO faxed an I-200, "Warrant for Arrest of Alien", signed by an SDDO. He was convicted of rape 1st in 2010, '
        "was removed in 2015 and came back. They ask us to hold him 48 hours while they get a judge's warrant.",
        [("ice_ero", "escalate")],
    ),
    # "pull a vouchered rifle from the property clerk and hand it to them": our evidence, not a person
    (
        "ATF asked us to pull a vouchered rifle from the property clerk and hand it to them for a gun trace. We'd do "
        "the handoff under normal evidence procedures.",
        [("atf", "permitted")],
    ),
    # a follow-up's "the desk would only be for HSI agents working gang cases": the desk is the ask
    (
        "Update from the CO: they now say the desk would only be for HSI agents working narcotics cases, nothing "
        "civil. Does that change it?",
        [("hsi", "escalate")],
    ),
    # "help with surveillance on a man they think is plotting a bombing": support on a criminal case
    (
        "My FBI case agent on the task force wants me to help with surveillance on a man they think is plotting a "
        "bombing. Fine?",
        [("fbi", "permitted")],
    ),
    # "help search the area for the one they came to arrest": the agents' target, after the emergency
    (
        "Shots fired at an ICE team on Fulton; we responded, no one hit. Now ICE wants us to help search the block "
        "for a man who ran, the one they came to pick up on a removal order. Ok?",
        [("ice", "permitted"), ("ice", "prohibited")],
    ),
    # "can't tell whether it ended as a YO or a conviction": either finding possible
    (
        "ICE has a magistrate judge's warrant, no TSDB hit. Rap sheet shows burglary 2nd in 2022 but I can't tell "
        "whether it ended as a YO or a conviction. Hold him?",
        [("ice", "needs_info")],
    ),
    # "a magistrate judge's warrant for ICE custody ... the FBI also wants": two requesters
    (
        "Magistrate judge's warrant for ICE custody on a prisoner of ours; his only record is a YO adjudication, no "
        "watchlist hit. The FBI also wants our arrest report on him for a drug case. Both OK?",
        [("ice", "prohibited"), ("fbi", "permitted")],
    ),
    # "no reason given" is the agency's silence, not the officer asking for no reason
    (
        "Counterfeit green card case: can I ask my suspect about status in the fraud interview? Also an HSI agent "
        "asked for my interview notes, no reason given.",
        [("none", "needs_info"), ("hsi", "needs_info")],
    ),
    # "a ring cashing stolen checks": a crew named by the crime it commits
    (
        "Postal inspectors want our complaint reports on a ring cashing stolen checks in Flushing. Send them?",
        [("other_federal", "permitted")],
    ),
    # (a guard) "wouldn't say which part of DHS or what his case is": the aim unsaid, whatever the records are about
    (
        "A DHS agent wants our complaint reports on a ring cashing stolen checks. Wouldn't say which part of DHS or "
        "what his case is. Send?",
        [("dhs", "needs_info")],
    ),
    # "a controlled delivery" of seized drugs: a criminal case
    (
        "CBP found heroin in a parcel at JFK and wants our narcotics team on a controlled delivery to the Bronx "
        "address. OK?",
        [("cbp", "permitted")],
    ),
]


def test_round_one_hundred_two_hold_hours(reader: FactsReader) -> None:
    # "hold 48 hrs" is a hold asked, said with its length
    (facts,) = reader.read_message("ICE called the desk and says hold 48 hrs. ok?")
    assert facts.asks == {Ask.HOLD}


ROUND_ONE_HUNDRED_THREE = [
    # an emergency told after the fact, with a charge made against our officer ("she 'assisted ICE'")
    (
        "Delegate here, asking for a member. PO Lin was on a domestic job when HSI agents making an arrest next "
        "door got jumped by two men, one with a pipe. He broke it up and cuffed one. Now people are saying he "
        "'helped HSI'. Was he allowed to?",
        [("hsi", "permitted")],
    ),
    # "punched a Federal Protective Service officer": an attack on a federal officer of any title
    (
        "Sgt. At a rally outside the federal building a woman punched a Federal Protective Service officer and our "
        "cops arrested her for assault. Was that OK?",
        [("dhs", "permitted")],
    ),
    # "interview him ... while we have him": our suspect, though never called our prisoner
    (
        "Squad det. We have a suspect in a burglary pattern sitting in the interview room. An ERO officer wants to "
        "come in and interview him about his immigration status while we have him. OK?",
        [("ice_ero", "prohibited")],
    ),
    # "ride with his ERO team": our officers lent to the agency's team
    (
        "An ICE supervisor offered to have three of our cops ride with his ERO team for a month to learn the area. "
        "Allowed?",
        [("ice_ero", "prohibited")],
    ),
    # "help with a fugitive apprehension": help executing the warrant
    (
        "The Marshals want help with a fugitive apprehension tomorrow on a federal warrant signed by an EDNY judge "
        "for carjacking. Fine?",
        [("usms", "permitted")],
    ),
    # "our copy of the rap sheet": the record we read, not records asked for
    (
        "ICE has an EDNY magistrate judge's warrant for ICE custody; he was convicted of burglary 2nd 'around 2021' "
        "per the agent, and our copy of the rap sheet is cut off at the date. TSDB negative. Can we hold him?",
        [("ice", "needs_info")],
    ),
    # "the debrief notes ... on the Flatbush crew": what is known of a crew serves a criminal case
    (
        "DEA wants our debrief notes from a CI on the Flatbush crew. Ok to send?",
        [("dea", "permitted")],
    ),
    # "where do i file the UF-49": an internal form, nothing federal
    (
        "how do i file a UF-49 about the broken lockers in the muster room",
        [("unknown", "escalate")],
    ),
]


ROUND_ONE_HUNDRED_FOUR = [
    # "bring their team out" to a boat, "ferry the people ... to their processing site": transport
    (
        "Harbor. ATF has a search warrant signed by a magistrate judge for a yacht moored off City Island (gun "
        "trafficking). They want us to bring their team out to it. OK?",
        [("atf", "permitted")],
    ),
    (
        "Harbor. CBP wants us to ferry the migrants they pulled off the boat to their processing site in Red Hook for "
        "removal. Do we?",
        [("cbp", "prohibited")],
    ),
    # "called to deconflict": a criminal case checked against ours
    (
        "FBI squad called to deconflict: they want to confirm whether we have an open case on 1420 Grand Concourse. "
        "Can I confirm it?",
        [("fbi", "permitted")],
    ),
    # (a guard) "our deconfliction meeting", the agency and its interest unsaid: no aim of theirs
    (
        "Narcotics. 'The feds' want to sit in on our deconfliction meeting about the Sunset Park crew. Didn't say "
        "which agency or what their interest is.",
        [("federal", "needs_info")],
    ),
    # an officer's own credentials: nothing federal asked
    (
        "My FBI task force credentials are expiring next month, who renews them?",
        [("fbi", "escalate")],
    ),
    # "from an HSI agent (... Task Force)": the agent is the requester
    (
        "Text to the squad from an HSI agent (C3 task force): 'what day is his next court date?' Counterfeit "
        "goods case. Answer?",
        [("hsi", "escalate")],
    ),
    # "screen arrestees as they come in": every arrestee looked over, the civil aim
    (
        "ICE wants to keep an agent at the Queens CB intake desk to screen arrestees as they come in. OK?",
        [("ice", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_FIVE = [
    # "a warrant from ICE signed by a federal district judge": the agency before "signed by" is not the signer
    (
        "ERO dropped off a warrant from ICE signed by a federal district judge for our prisoner. His only record is "
        "petit larceny from 2022, no TSDB hit. They want him held for them.",
        [("ice_ero", "prohibited")],
    ),
    # (a guard) an ICE officer who signed is still the signer
    (
        "The warrant is ICE signed, Supervisory Detention and Deportation Officer. They want him held till pickup.",
        [("ice_ero", "prohibited")],
    ),
    # "asking is our prisoner X a citizen or not": a question about him, not time with him
    (
        "ERO called the desk asking is our prisoner Ortiz a citizen or not, that's all they want.",
        [("ice_ero", "escalate")],
    ),
    # (a guard) asking our prisoner himself is time with him
    ("ICE wants to ask our prisoner about his immigration case in the cells.", [("ice", "prohibited")]),
    # "whether Ruiz (on federal supervised release ...) was arrested": an aside between name and verb
    (
        "US Probation asked whether Ruiz (on federal supervised release for a drug case) was arrested by us over the "
        "weekend and what the charges are.",
        [("other_federal", "permitted")],
    ),
    # "get the precinct garage door fixed": the house's upkeep, nobody let in
    ("How do I get the precinct garage door fixed? It's been stuck open all week.", [("unknown", "escalate")]),
    # (a guard) agents getting into the cell block are let in
    ("ICE agents want to get into the cell block to look for a guy.", [("ice", "needs_info")]),
    # people chosen for where they were born or for a number they lack are chosen for their status
    (
        "DHS wants a list of everyone with no social security number we gave a summons to last month.",
        [("dhs", "prohibited")],
    ),
    ("HSI asked for our arrest reports on people born outside the country for the past year.", [("hsi", "prohibited")]),
    # "a possible administrative case": an immigration officer's administrative case is civil
    (
        "An HSI agent says it's a possible administrative case and wants our complaint history on the guy.",
        [("hsi", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_SIX = [
    # "maybe 2019, maybe 2023": two years offered, neither settled, so the date is unknown
    (
        "ICE has a magistrate judge's warrant for our prisoner, robbery 1st conviction, maybe 2019 maybe 2023, "
        "sheet is cut off. TSDB neg. Transfer him?",
        [("ice", "needs_info")],
    ),
    # (a guard) one year said plainly is read
    (
        "ICE has a magistrate judge's warrant for our prisoner, robbery 1st conviction in 2016, served no time. "
        "TSDB neg. Transfer him?",
        [("ice", "prohibited")],
    ),
    # "they're backing up ICE removal arrests": the operation served, not a second requester
    (
        "CBP wants to park two vans in our lot Thursday, they're backing up ICE removal arrests on the block. OK?",
        [("cbp", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_SEVEN = [
    # "asking whether a certain mom picks her son up every day and at what time": a person's routine
    (
        "CBP called the school asking whether a certain mom picks her son up every day and at what time, they say "
        "she overstayed.",
        [("cbp", "prohibited")],
    ),
    # "asking to go back and interview him": into the cells to our prisoner
    (
        "Two ERO officers came to the desk asking to go back and interview him about where he crossed the border. OK?",
        [("ice_ero", "prohibited")],
    ),
    # "send stills of the faces to his friend at ERO": frames of our video, sent on
    (
        "ATF got the lobby video for their gun case. The agent also wants me to send stills of the faces to his friend "
        "at ERO so ERO can check them against their removal targets. Both OK?",
        [("atf", "permitted"), ("ice_ero", "prohibited")],
    ),
    # "a removal warrant for our prisoner signed by a U.S. magistrate judge": a judge's immigration warrant
    (
        "ERO has a removal warrant for our prisoner signed by a U.S. magistrate judge in the SDNY. His only record is "
        "a 2022 petit larceny, TSDB negative. Hold him for pickup?",
        [("ice_ero", "prohibited")],
    ),
    (
        "Judge-signed ICE removal warrant for our prisoner; his record is criminal mischief 4th from 2023, TSDB neg. "
        "Hold him?",
        [("ice", "prohibited")],
    ),
    # (a guard) a removal warrant signed by their own officer is theirs
    (
        "ERO has a removal warrant for our prisoner, signed by their deportation officer. Hold him?",
        [("ice_ero", "prohibited")],
    ),
    # "two guys jumped three of the officers", "went after one of them with a golf club": violence now
    (
        "ICE was arresting a man on Myrtle Ave when two guys jumped three of the officers. Do we go?",
        [("ice", "permitted")],
    ),
    (
        "A neighbor went after one of them with a golf club while HSI was serving a warrant. Respond?",
        [("hsi", "permitted")],
    ),
    # "add two of our gun detectives to their task force"
    (
        "ATF wants to add two of our gun detectives to their task force on a trafficking case. OK?",
        [("atf", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_EIGHT = [
    # a record the officer takes back: "- sorry, I misread the rap sheet, it was ..."
    (
        "ICE has a warrant signed by a federal magistrate judge for our prisoner. His only conviction is robbery in "
        "the first degree in New Jersey, 2024 - sorry, I misread the rap sheet, it was a disorderly conduct violation. "
        "TSDB no match. Hold him?",
        [("ice", "prohibited")],
    ),
    # (a guard) a correction about something else leaves the record standing
    (
        "ICE has a warrant signed by a federal magistrate judge for our prisoner. His record shows robbery 1st from "
        "2024, TSDB no match. The agent is Diaz from Varick - sorry, misread his card, it's Ruiz. Hold him?",
        [("ice", "escalate")],
    ),
    # a dictated run-on: the "no" of "no judge warrant" does not reach the next clause's subject
    (
        "ice detainer no judge warrant he was deported in 2018 came back illegally he has a robbery one conviction "
        "from 2017 can we hold him the forty eight hours",
        [("ice", "escalate")],
    ),
    # the officer's "criminal or removal" offers the two aims; it is not the agency's answer
    (
        "ICE wants three cars for a perimeter Saturday.\nme: criminal or removal\nagent: we'll brief you Saturday",
        [("ice", "needs_info")],
    ),
    # (a guard) the answer that follows still counts
    (
        "ICE wants three cars for a perimeter Saturday.\nme: criminal or removal?\nagent: removal, it's a fugitive op "
        "on people with final orders",
        [("ice", "prohibited")],
    ),
    # "from 26 Federal Plaza": an office many agencies share, not a place of removal
    (
        "A federal agent out of 26 Fed Plaza wants our aided report on a woman from Tuesday. OK to give?",
        [("federal", "needs_info")],
    ),
    # (a guard) driving a detainee to 26 Federal Plaza is where ICE holds people
    (
        "ICE wants a sector car to drive their detainee down to 26 Federal Plaza. OK?",
        [("ice", "prohibited")],
    ),
    # "on their phone": where a warrant was shown, no phone number asked
    (
        "ERO wants our prisoner when he's done at arraignment, they have a warrant on their phone, I don't know who "
        "signed it. What do I tell them",
        [("ice_ero", "needs_info")],
    ),
    # person items labelled "Man 1" / "Man 2", each on its own paper
    (
        "DEA asks about two men in our cells:\nMan 1: federal warrant signed by a district judge for heroin sales, "
        "hold him;\nMan 2: 'we have a warrant too, I'll find out who signed it.'\nHold both?",
        [("dea", "needs_info"), ("dea", "needs_info")],
    ),
    # a warrant "they haven't shown us" beside a judge's: whose signer is unknown
    (
        "USMS wants two prisoners held for pickup: Diaz on a federal arrest warrant for bank robbery signed by a "
        "magistrate judge, and Soto on a warrant they haven't shown us. OK?",
        [("usms", "needs_info")],
    ),
    # "the same thing" asked of the person who reported the crime
    (
        "Two questions on my check-fraud case: can I ask the suspect about his immigration status, and can I ask "
        "the customer who called it in the same thing?",
        [("none", "prohibited")],
    ),
    # ... or of someone whose role is not told
    (
        "Two questions on my check-fraud case: can I ask the suspect about his immigration status, and can I ask "
        "his roommate the same question?",
        [("none", "needs_info")],
    ),
    # someone's belief about the signer is no reading of the paper
    (
        "ERO left paperwork for our prisoner; my lieutenant thinks it was signed by a judge but the agent took it "
        "back with him. He has a 2024 assault 1st conviction. Hold him?",
        [("ice_ero", "needs_info")],
    ),
    # an assistant field office director's signature makes the paper ICE's own
    (
        "ICE says it's a judicial warrant, but the page is an I-200 signed by an assistant field office director. "
        "They want him held. Do we?",
        [("ice_ero", "prohibited")],
    ),
    # a juvenile delinquency adjudication is no conviction
    (
        "ICE warrant signed by a magistrate judge; his only record is a juvenile delinquency adjudication from when "
        "he was 14; TSDB negative. Hold?",
        [("ice", "prohibited")],
    ),
    # "after doing time for ...": the prison time of a conviction
    (
        "I-247A only. ICE says he was removed in 2017 after doing time for manslaughter 1st (2012) and came back. "
        "They want him held 48 hours.",
        [("ice", "escalate")],
    ),
    # ICE's full name holds "Customs"; a request form's "Records requested:" field is what is asked
    (
        "Request form from U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, DOB "
        "01/02/1990\nRecords requested: arrest reports, known addresses\nReason: removal proceedings\nSend?",
        [("ice_ero", "prohibited")],
    ),
    # a driver who "handed over a fake license" hands over a document, not a person
    (
        "My officer stopped a driver who handed over a fake out-of-state license. We're charging forged instrument. "
        "Can he ask the driver about his immigration status?",
        [("none", "permitted")],
    ),
    # "sit on a pawn shop": a stakeout, work on the agency's case
    (
        "The HSI group supervisor wants our detective to sit on a pawn shop on Jamaica Ave tomorrow for their bank "
        "fraud case. Fine?",
        [("hsi", "permitted")],
    ),
    # a watchlist check that was pending "has come back as a possible match": the result, now in
    (
        "ICE has a magistrate judge's warrant for our prisoner; his only conviction is a 2023 petit larceny, and the "
        "TSDB query that was pending has come back as a possible match. What now?",
        [("ice", "escalate")],
    ),
    # records named in other words: facial-recognition "matches", a lab's "analysis results"
    (
        "FBI bank robbery squad wants our real time crime center to run stills of their subject through facial "
        "recognition and send the matches to their case agent. OK?",
        [("fbi", "permitted")],
    ),
    (
        "A DEA chemist asked our lab for the NYPD lab's analysis results on the fentanyl we seized in May, for their "
        "federal case against the same supplier. Send them?",
        [("dea", "permitted")],
    ),
    # "work their case jointly"; "sit with your det when he interviews him": joint work on their case
    (
        "The DEA group supervisor asked our narcotics squad to work their heroin case jointly next month, surveillance "
        "and buys. Go ahead?",
        [("dea", "permitted")],
    ),
    (
        "our robbery collar is in the cells. FBI bank robbery squad has him on video at two banks.\nFBI SA: can we "
        "sit with your det when he interviews him about the banks?\nok?",
        [("fbi", "permitted")],
    ),
    # a suspect who "fled and carjacked a man" during a federal arrest: a crime as it happens
    (
        "During an FBI arrest in Midwood the subject fled and carjacked a man at a red light. We're going after him, "
        "right?",
        [("fbi", "permitted")],
    ),
    # (a guard) a crime in the person's past is no emergency
    (
        "ICE wants the address of a guy who robbed a bodega at gunpoint last year. Send?",
        [("ice", "needs_info")],
    ),
    # "if their drug case falls apart, their ICE partners will pick him up on his old removal order": a
    # fallback plan; removal as the outcome beside the criminal case, no hold lodged with us
    (
        "DEA wants our complaint reports and hallway video on a tenant. The agent said if their drug case falls "
        "apart, their ICE partners will pick him up on his old removal order. Send?",
        [("dea", "needs_info"), ("ice", "escalate")],
    ),
    # "in the process of seeking a warrant": no warrant yet, only the detainer
    (
        "Only paper we have is the I-247A. ERO says they are in the process of seeking a warrant and asks us to keep "
        "him 48 hours. He has no record at all. Do we?",
        [("ice_ero", "prohibited")],
    ),
    # a DHS part asking "for their side of the same case", or "the HSI co-case agent": the case named
    # before is the one it works, presumed, so it routes (R4d) and never permits
    (
        "DEA wants our buy reports on the heroin case. CBP also wants the same reports for their side of the same "
        "case. Send to both?",
        [("dea", "permitted"), ("cbp", "escalate")],
    ),
    (
        "Joint fentanyl case with the FBI and HSI. The FBI case agent wants our arrest reports; the HSI co-case agent "
        "emailed asking for the same reports. Send to both?",
        [("fbi", "permitted"), ("hsi", "escalate")],
    ),
    # (a guard) "the same report", no reason given: which records, not why
    (
        "FBI wants the incident report on the pharmacy robbery for their Hobbs Act case, and an HSI agent asked for "
        "the same report with no reason. Both OK?",
        [("fbi", "needs_info"), ("hsi", "needs_info")],
    ),
    # a victim told of in the agency's words, then "my detective wants to ask her"
    (
        "A robbery victim is giving a statement with HSI agents present. Afterwards my detective wants to ask her if "
        "she's here legally. OK?",
        [("hsi", "needs_info"), ("none", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_NINE = [
    # a custody hand-over said as a condition: "want to take him if the judge cuts him loose"
    (
        "Brooklyn arraignments. The Marshals have a warrant signed by an EDNY judge (armed robbery) for my "
        "defendant and want to take him if the judge cuts him loose. OK?",
        [("usms", "permitted")],
    ),
    (
        "Two agents at the part say they have a warrant for my defendant and want to grab him if he's released. "
        "Wouldn't say what agency and won't show the paper.",
        [("unknown", "needs_info")],
    ),
    # "- one has ... - for the other ...": two people, each on their own paper
    (
        "Brooklyn Central Booking. ERO wants two prisoners held:\n- one has only an I-247A and a 2023 burglary "
        "2nd\n- for the other they say there's a warrant but nobody has seen the signature page\nHold both?",
        [("ice_ero", "prohibited"), ("ice_ero", "needs_info")],
    ),
    # "(1) ICE has ... (2) Separately HSI wants ...": two DHS requests, not one
    (
        "Central Booking.\n(1) ICE has a magistrate judge's warrant for our prisoner; his only conviction is a "
        "2025 petit larceny; TSDB negative; they want him handed over at release.\n(2) Separately HSI wants our "
        "arrest report on him for a visa-fraud case.",
        [("ice", "prohibited"), ("hsi", "escalate")],
    ),
    # a victim or witness told in plain words: "a tenant says her neighbor punched her", "a woman saw it"
    (
        "Housing PSA. A tenant says her neighbor punched her in the hallway. My partner wants to ask her if she's "
        "legal before we write it up. OK?",
        [("none", "prohibited")],
    ),
    (
        "Transit. Two teens fought on the platform; a woman saw it and is waiting to talk to us. My partner wants "
        "to ask her if she's documented. Can he?",
        [("none", "prohibited")],
    ),
    # a suspect who "handed over a Social Security card that's clearly fake"
    (
        "A guy applying at the shelter handed over a Social Security card that's clearly fake. I'm investigating "
        "forgery. Can I ask him about his immigration status?",
        [("none", "permitted")],
    ),
    # two aims offered and left open: "kind of ..., kind of ..., they're not sure yet"
    (
        "HSI agent wants our arrest report on a guy, says it's kind of a trafficking thing, kind of an "
        "immigration thing, they're not sure yet. Send it?",
        [("hsi", "needs_info")],
    ),
    # "a smuggling case ... didn't say smuggling of what": people or goods
    (
        'Highway. FBI wants the dashcam video of a van we stopped for "a smuggling case". Didn\'t say smuggling '
        "of what. Send it?",
        [("fbi", "needs_info")],
    ),
    # "realistically ICE takes him at the end": removal foreseen beside the criminal case; ICE asks nothing
    (
        "Gang squad. FBI agent wants our debrief notes on a cooperator. He says it's for their RICO case but also "
        'that "realistically ICE takes him at the end, that\'s the plan." Do I send?',
        [("fbi", "escalate")],
    ),
    # "for the triple shooting the task force is working": the crime they work, not the unit's name
    (
        "I'm NYPD on the HSI violent gang task force. An HSI agent asked me to put alerts on five names so I get "
        "pinged whenever one is stopped. He said it's for the triple shooting the task force is working - all "
        "five are suspects. Set them up?",
        [("hsi", "escalate")],
    ),
    # asks in other words: meet up in our lot and leave their cars there; sit on a suspect with the agent;
    # get the master key and go in with them; confirm whether a woman is staying here
    (
        "DEA and our narcotics team are hitting a spot across the street tomorrow on a search warrant signed by "
        "an SDNY magistrate judge (heroin sales). DEA asks to meet up with our team in the lot at 0600 and leave "
        "their cars there during the hit. OK?",
        [("dea", "permitted")],
    ),
    (
        "I'm on the HSI/NYPD fraud task force. The HSI case agent wants me to sit on a check-fraud suspect with "
        "him tomorrow, joint surveillance, criminal case. OK?",
        [("hsi", "permitted")],
    ),
    (
        "PSA 3. FBI has an EDNY magistrate's search warrant for an apartment (gun trafficking) and asks us to get "
        "the master key from management and go in with them. OK?",
        [("fbi", "permitted")],
    ),
    (
        "Shelter detail. An HSI agent asks me to confirm whether a certain woman is staying here; she's a witness "
        "in their labor-trafficking case. Can I tell him?",
        [("hsi", "escalate")],
    ),
    # a victim told in other words ("pulled two women out of the spa", "the man who reported that his car
    # was stolen"), or an agency asking us to "get her immigration status": the officer asks a victim
    (
        "We pulled two women out of the spa on the HSI trafficking op last night. Before the debrief the case "
        "agent wants me to ask if they're here legally. OK?",
        [("hsi", "prohibited")],
    ),
    (
        "The man who reported that his car was stolen is here to give a statement. The IRS agent on our fraud "
        "case wants me to ask if he's documented. Can I?",
        [("other_federal", "prohibited")],
    ),
    # (since round 162 "giving a statement" asks for no records: HSI's one request is a victim's status)
    (
        "Trafficking victim from the nail salon case is giving a statement today. HSI asked us to get her "
        "immigration status during the interview and pass it on. OK?",
        [("hsi", "prohibited")],
    ),
    # (a guard) "defendant's in on a ... case": "is", not a possessive
    (
        "court officer: defendant's in on a check-kiting case and had a fake green card on him. can I ask him about "
        "his status?",
        [("none", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_TEN = [
    # removal named as the outcome foreseen for a criminal case: mixed (R7), not civil
    (
        "HSI wants our narcotics arrest file on a man. The agent said they'll probably charge the gun, but the "
        "realistic outcome is he gets removed. Send it?",
        [("hsi", "escalate")],
    ),
    (
        "Revised plan for Thursday's raid: the HSI case agent says the expected outcome for most of the people inside "
        "is removal, not prosecution. Do we still go in with the entry team?",
        [("hsi", "escalate")],
    ),
    # (a guard) with no case at all, removal foreseen is removal
    (
        "ERO wants his home address; the agent says the realistic outcome is he gets removed. Send?",
        [("ice_ero", "prohibited")],
    ),
    # an out-of-state record with no offence named ("the Ohio history hasn't come back", "some conviction
    # in Georgia, doesn't know for what"): nothing to compare yet, so the history is asked for
    (
        "ICE has a warrant signed by a magistrate judge for our prisoner. No NY record, but he lived in Ohio until "
        "2022 and the Ohio history hasn't come back. TSDB no hit. Hold?",
        [("ice", "needs_info")],
    ),
    (
        "Magistrate-signed ICE warrant for Pena. He has 'some conviction in Georgia', the agent doesn't know for "
        "what. TSDB negative. Hold him?",
        [("ice", "needs_info")],
    ),
    # (a guard) an out-of-state offence named is one to assess for equivalence
    (
        "Magistrate-signed ICE warrant. His only conviction is a 2023 armed robbery in Georgia. TSDB negative. Hold?",
        [("ice", "escalate")],
    ),
    # "do us a favor on this one": an agency asking something, though what is not said
    (
        "ATF agent pinged me about our gun collar, 'do us a favor on this one'. no details",
        [("atf", "needs_info")],
    ),
    # "task force officer credentials so our sergeants can help with immigration arrests": deputization
    (
        "DHS is offering training and task force officer credentials so our transit sergeants can help with "
        "immigration arrests. Can we sign up?",
        [("dhs", "prohibited")],
    ),
    # DX's false permitted: "realistically the end game is getting the crew and their families removed"
    # beside a criminal case (said across clauses, the removal after a list of people): mixed, never permitted
    (
        "Same HSI gang task force. The agent says the case is criminal 'but realistically the end game is getting "
        "the crew and their families removed'. Still fine to join the op?",
        [("hsi", "escalate")],
    ),
    (
        "FBI wants our DD5s for their wire fraud case; the agent admits the end game is getting him and his two "
        "brothers removed. Send?",
        [("fbi", "escalate")],
    ),
    # (a guard) "Federal conviction." first, the offence named further on ("of carjacking (18 U.S.C.
    # 2119)"): an offence to assess for equivalence
    (
        "Below from ICE on a prisoner at the 44. Federal conviction. What do I tell them?\nERO has a warrant for "
        "the subject signed by U.S. Magistrate Judge Ana Reyes (S.D.N.Y.). In 2023 the subject was convicted in the "
        "U.S. District Court for the Southern District of New York of carjacking (18 U.S.C. 2119). TSDB: negative. "
        "Request hold for ERO.",
        [("ice_ero", "escalate")],
    ),
]


ROUND_ONE_HUNDRED_ELEVEN = [
    # DY's false permitted: a victim told of by what the suspect did to her ("whose wallet the suspect
    # took"), the suspect's act inside her description
    (
        "The man whose wallet the suspect took is coming in to pick him out of a lineup. Can my partner ask him "
        "whether he's here legally?",
        [("none", "prohibited")],
    ),
    # DY's other false permitted: the aim asked for and put off ("said she'd tell me later") is not given,
    # whatever the task force's name says it works on
    (
        "I'm on the HSI human trafficking task force. A new agent wants me to sit on a building in Corona "
        "tomorrow; I asked what case and she said she'd tell me later. Go?",
        [("hsi", "needs_info")],
    ),
    # (a guard) the case named for this very job
    (
        "I'm on the HSI human trafficking task force. The case agent wants me to sit on a building in Corona "
        "tomorrow for the trafficking case. Go?",
        [("hsi", "permitted")],
    ),
    # "nothing at all about TSDB one way or the other": not told, so unknown
    (
        "Magistrate-signed ICE warrant. His sheet shows one misdemeanor trespass from 2022, and the paperwork says "
        "nothing at all about TSDB one way or the other. Hold him?",
        [("ice", "needs_info")],
    ),
    # an agency taken back in the same breath: "HSI, sorry, the business card says DEA"
    (
        "HSI, sorry, the business card says DEA, wants our buy reports for their heroin case. ok?",
        [("dea", "permitted")],
    ),
    # "an I-247A plus a warrant signed by a magistrate judge, asking us to hold her": two papers, one request
    (
        "ICE emailed an I-247A plus a warrant signed by a magistrate judge, asking us to hold her until they get "
        "here. Her record hasn't been run, TSDB unknown. Hold?",
        [("ice", "needs_info")],
    ),
    # "I've done alerts for the gang case before": the officer's past work, not this request's aim
    (
        "HSI gang task force agent wants alerts on three names so she hears whenever they're stopped, \"for future "
        "removal cases\". I've done alerts for the gang case before. do it?",
        [("hsi", "prohibited")],
    ),
    # a signature over the word "Judge" with the marks of a federal court missing: who signed is unknown
    (
        'The ICE warrant has a signature over the word "Judge". No court name, no district on it. Hold him?',
        [("ice", "needs_info")],
    ),
    # copied on what was sent: "ERO asked me to cc them on the same email"
    (
        "DEA wants our arrest reports on the crew for their fentanyl case. ERO asked me to cc them on the same "
        "email, for removal. Can I?",
        [("dea", "permitted"), ("ice_ero", "prohibited")],
    ),
    # squad words for a crime: "a bank job" is a robbery
    (
        "FBI wants to interview our prisoner about a bank job; he's waived and wants to talk, our det sets it up in "
        "the interview room. ok?",
        [("fbi", "permitted")],
    ),
    # "wants a call when we release him to DEA": the hand-over to another agency is the event told of
    (
        "Same prisoner, two agencies: DEA has a judge-signed warrant for heroin distribution and wants a hold; HSI "
        "has its own judge-signed warrant for bulk cash smuggling and wants a call when we release him to DEA. How "
        "do I handle it?",
        [("dea", "permitted"), ("hsi", "escalate")],
    ),
    # a correction takes back as many words as it puts in their place: the crime, not the signer
    # ("for bank fraud, wait no, money laundering"), the year, not the offence ("2013, no wait, 2014")
    (
        "HSI agents have an arrest warrant signed by an SDNY magistrate for bank fraud, wait no, money laundering, "
        "for a man in our cells on a DWI. They want him released to them now. Hand him over?",
        [("hsi", "escalate")],
    ),
    (
        "Magistrate-signed ICE warrant. His only conviction is burglary 2nd in 2013, no wait, 2014; he was released "
        "in 2016 and nothing since. TSDB negative. Hold him?",
        [("ice", "prohibited")],
    ),
    # a task-force deputation whose writer rules immigration out ("no immigration work") is criminal work
    (
        "The Marshals want to swear two of our warrant detectives in as special deputies for their fugitive task "
        "force. Felony warrants only, no immigration work. OK?",
        [("usms", "permitted")],
    ),
    # "asking one thing: whether the man we booked ... this afternoon is a U.S. citizen": a long subject
    (
        "A CBP officer at the cruise terminal called, asking one thing: whether the man we booked for a fight at the "
        "terminal this afternoon is a U.S. citizen. Nothing else. What do I tell him?",
        [("cbp", "escalate")],
    ),
    # "when I asked about a criminal case, they said no": the officer's question answered no is no aim
    (
        "ERO says the man we arrested is 'a known crew member' and wants his address. When I asked about a criminal "
        "case, they said no, only his removal order. Send?",
        [("ice_ero", "prohibited")],
    ),
    # "signed, but the name is illegible and there's no title or court stamp": who signed cannot be read
    (
        "ERO brought a 'warrant' for our prisoner. It's signed, but the name is illegible and there's no title or "
        "court stamp. His record: robbery 1st, 2023. Hold?",
        [("ice_ero", "needs_info")],
    ),
    (
        "Magistrate-signed ICE warrant. Conviction: robbery 1st degree, 2016 - sorry, meant 2018. Probation only, "
        "never locked up. TSDB negative. Hold?",
        [("ice", "prohibited")],
    ),
    # evidence "transferred over to the ATF lab" is property, not a person handed over
    (
        "ATF wants the pistol we vouchered transferred over to the ATF lab for tracing on their gun trafficking "
        "case, normal property channels. ok?",
        [("atf", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_TWELVE = [
    # DZ's false permitted: our own charge named for a criminal agency's records, and the agent, asked
    # what case it is for, leaving removal open ("might be an immigration thing"): the aim is unknown;
    # and "I asked what case it's for" is the officer's question to the agent, not a status question
    (
        "DEA wants copies of our arrest report on the man we collared for selling pills out of a car. When I asked "
        "what case it's for, the agent said \"might be an immigration thing, we'll see.\" Send?",
        [("dea", "needs_info")],
    ),
    (
        "ATF wants our arrest photos of the guy we locked up for the gun in his waistband. I asked what it's for and "
        "he said maybe a deportation case, not sure yet. ok?",
        [("atf", "needs_info")],
    ),
    # (a guard) the agency's own case named
    (
        "DEA wants copies of our arrest report on the man we collared for selling pills out of a car, for their "
        "oxycodone distribution case. Send?",
        [("dea", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_THIRTEEN = [
    # our people placed where their warrant is served, said in plain words: at a door at dawn, on a hit,
    # with them on their warrant; and a hyphenated signer before "warrant" ("a magistrate-signed warrant")
    (
        "DEA wants three of us at a door on Webster Ave Thursday at 0500. Their arrest warrant is signed by a "
        "magistrate judge, heroin distribution. ok to go?",
        [("dea", "permitted")],
    ),
    (
        "two of mine are on the FBI violent gang task force, FBI wants them on a 0600 hit, federal warrant signed "
        "by an SDNY judge for a carjacking. fine?",
        [("fbi", "permitted")],
    ),
    (
        "ATF asked for help serving a judge-signed search warrant at a garage in Maspeth for gun trafficking. go?",
        [("atf", "permitted")],
    ),
    # (a guard) the same words with an officer's signature on ICE's paper, and with the paper unsaid
    (
        "ICE wants three of us at a door on Webster Ave Thursday at 0500, the warrant is signed by a supervisory "
        "deportation officer. ok to go?",
        [("ice_ero", "prohibited")],
    ),
    ("HSI wants two of us at a door tomorrow at 0600, they say they have a warrant. go?", [("hsi", "needs_info")]),
    # a plural aim is still the aim: "so they can prioritize deportations"
    (
        "ICE asked for the list of everyone we arrested on the gang squad who isn't a citizen, to prioritize "
        "deportations. Pull it?",
        [("ice", "prohibited")],
    ),
    # EA's classes. Our own moves of our prisoner are no entry for the agents: "pick him up in three
    # hours" says when; what follows "instead of" is the road not taken
    (
        "ATF has a judge-signed federal warrant for the man in our cells on the trespass, gun trafficking case. "
        "Can we hold him? Their agents will come get him in three hours.",
        [("atf", "permitted")],
    ),
    (
        "FBI has a district judge's arrest warrant for our defendant, bank fraud. They want him at the courthouse "
        "after his arraignment instead of us walking him back to the cells. ok?",
        [("fbi", "permitted")],
    ),
    # a standing "ring him if he ever walks into the precinct" is an alert
    (
        "A DEA agent asked us to ring him if a certain dealer ever walks into the precinct, for their heroin "
        "distribution case.",
        [("dea", "escalate")],
    ),
    # what a check says of him ("flagged him as a possible terrorist watchlist match") is no alert asked
    (
        "Detainer from ICE on a man in our cells, no judge's warrant. NCIC flagged him as a possible terrorist "
        "watchlist match. Hold him?",
        [("ice", "escalate")],
    ),
    # an agency's word that he is on the list, with our own check still out: not known yet
    (
        "ICE has a magistrate judge's warrant for our prisoner and tells us he's on the terror watchlist. Our own "
        "query isn't back yet. No convictions on his rap.",
        [("ice", "needs_info")],
    ),
    # a conviction claimed elsewhere with what and where withheld; one modified on appeal to we know not what
    (
        "Magistrate judge's warrant for ICE custody of our prisoner. His rap sheet is clean here, but the ICE "
        "agent says he was convicted somewhere else, won't say what or where. Watchlist negative.",
        [("ice", "needs_info")],
    ),
    (
        "Magistrate judge's warrant for ICE custody. Prisoner's sheet shows robbery 2nd, 2022, but a note says it "
        "was modified on appeal and the printout doesn't say to what. TSDB negative.",
        [("ice", "needs_info")],
    ),
    # a disposition told by court and year, without the word "convicted"
    (
        "Magistrate judge's warrant for ICE custody. Prisoner has burglary 2nd degree, Bronx Supreme, 2023. ICE "
        "wants him when he's released.",
        [("ice", "escalate")],
    ),
    # another state's offence the officer grades below a felony: never on New York's list
    (
        "Magistrate judge's warrant for ICE custody. His record: simple assault in Pennsylvania 2024, graded a "
        "misdemeanor there. TSDB negative. Hold?",
        [("ice", "prohibited")],
    ),
    # (a guard) another state's felony stays counsel's assessment
    (
        "Magistrate judge's warrant for ICE custody. His record: aggravated assault in New Jersey 2023, a felony "
        "there. TSDB negative. Hold?",
        [("ice", "escalate")],
    ),
    # interviews asked in plain words: our officer along to debrief, a meeting our squad set up for them
    (
        "The detective on the DEA task force says his DEA partner wants me along tomorrow to debrief a "
        "cooperating witness, heroin trafficking case. ok?",
        [("dea", "permitted")],
    ),
    (
        "Two FBI agents want to speak with the store clerk who witnessed the robbery; our squad set up the "
        "meeting at the store for their bank robbery case. ok?",
        [("fbi", "permitted")],
    ),
    # our own arrest at the scene ("we took one for the assault") is no part of ERO's aim
    (
        "Crowd's gone and we took one for the assault on the officer. Now ERO wants a car to block the street "
        "while they load the man with the removal order. Do it?",
        [("ice_ero", "prohibited")],
    ),
    # a rap line whose disposition is blank: whether it ended in a conviction is open
    (
        "Magistrate judge's warrant for ICE custody of our prisoner. TSDB negative. His rap: PL 120.05 assault 2nd, "
        "2024, disposition field is blank. Turn him over?",
        [("ice", "needs_info")],
    ),
    # two names for one call: a criminal-side office named with the agency that asks is one request
    (
        "U.S. Probation and the Marshals phoned about our prisoner, in on a trespass. Federal warrant signed by a "
        "district judge for violating supervised release. Hold him for their pickup?",
        [("usms", "permitted")],
    ),
    # (a guard) the FBI's paper never joins ERO's ask when both came in together
    (
        "The FBI and ERO came in together. The FBI has a magistrate-signed arrest warrant for our prisoner, "
        "carjacking. ERO just wants his release date.",
        [("fbi", "needs_info"), ("ice_ero", "prohibited")],
    ),
    # (a guard) ICE named so stays a request of its own, asked about
    (
        "ICE and the Marshals called, they want him held, the Marshals have a judge-signed federal warrant for "
        "robbery.",
        [("ice", "needs_info"), ("usms", "needs_info")],
    ),
    # a paper "being signed this afternoon, should be done by now": maybe signed, so the signer is asked
    # (also a guard: the door-and-knock asks above must never permit on a paper not known to be signed)
    (
        "ATF wants 3 of us with them for the knock tonight. The agent said the judge was signing the warrant this "
        "afternoon, should be done by now. ok?",
        [("atf", "needs_info")],
    ),
    # a printout of our incident says what it is of, not the agency's aim; the guess at it is a guess
    (
        "HSI asked for our 911 recording and the ICAD printout from the stabbing on Nostrand. I think it's for a "
        "gun case but he didn't say.",
        [("hsi", "needs_info")],
    ),
    # (a guard) after "instead of ..." a new request: "can you just hand him to us"
    (
        "DEA says no warrant yet. instead of cutting him loose on the DAT can you just hand him to us tonight?",
        [("dea", "escalate")],
    ),
    # "what country he's a citizen of" is his status asked
    (
        "The DEA agents on our prisoner's heroin case, federal warrant signed by a judge, asked me what country "
        "he's a citizen of. Just that. Tell them?",
        [("dea", "escalate")],
    ),
    # "disposition: pled down to assault 3rd": the arrest charge gives way to what he pled to
    (
        "Magistrate judge's warrant for ICE custody. TSDB negative. Rap: 2022 arrest, PL 120.05 assault 2nd, "
        "disposition: pled down to PL 120.00 assault 3rd. Hold him?",
        [("ice", "prohibited")],
    ),
    # (a guard) a plea down only thought of leaves the conviction open
    (
        "ICE judicial warrant signed by a magistrate judge. He was arrested for assault 2nd last year, but the ADA "
        "thinks it was pled down to assault 3rd. TSDB negative. Hold?",
        [("ice", "needs_info")],
    ),
    # into our impound lot to look at what we hold; our room for a short briefing is access, not office space
    (
        "FBI agents want to look at the Honda in our precinct's impound lot for their kidnapping case. CO okayed it.",
        [("fbi", "permitted")],
    ),
    (
        "FBI wants to use our conference room for a short briefing with our squad before their arrest on the "
        "carjacking crew. CO approved. ok?",
        [("fbi", "permitted")],
    ),
    # "a smuggling case, or maybe just locating her": one guess beside another
    (
        "A CBP officer asked for the home address of a woman we arrested. Said something about a smuggling case, or "
        "maybe just locating her. Give it?",
        [("cbp", "needs_info")],
    ),
    # "they'd also like our old complaint reports": asked all the same; an interview with our cooperating
    # witness at the precinct brings the agents into our house
    (
        "FBI will execute a judge-signed search warrant on a chop shop tomorrow, car theft ring. They'd also like "
        "our old complaint reports on the shop. ok?",
        [("fbi", "permitted")],
    ),
    (
        "FBI asked for an interview with our cooperating witness at the precinct tomorrow, for their robbery case.",
        [("fbi", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_FOURTEEN = [
    # the paper on a piece of evidence names the evidence, not the agency's aim
    (
        "HSI guy wants voucher copies for the firearm we took off a man last week, didn't say what for.",
        [("hsi", "needs_info")],
    ),
    # asks said in plain words: a court day, a child's routine, flags already named, evidence handed
    # over, a fugitive to find and arrest, a car stop, a guard kept, a perimeter held, guns driven over
    (
        "An ERO officer phoned asking what day my DAT guy is due back in Queens Criminal Court. Tell him?",
        [("ice_ero", "prohibited")],
    ),
    (
        "An ERO officer asked our school safety agent who usually picks up a certain 4th grader and what time "
        "school lets out.",
        [("ice_ero", "prohibited")],
    ),
    (
        "The HSI agent explained the two flags he wanted: it's for civil immigration enforcement down the line. "
        "Do I still set them up?",
        [("hsi", "prohibited")],
    ),
    (
        "FBI has a search warrant signed by a magistrate judge for the laptop we vouchered. They want us to hand it "
        "over under the warrant. ok?",
        [("fbi", "permitted")],
    ),
    (
        "DEA agents have an arrest warrant signed by a district judge for a fentanyl dealer and want our team to "
        "help locate and arrest him in the Bronx. ok?",
        [("dea", "permitted")],
    ),
    (
        "The ATF agent wants patrol to stop a black Camry tonight; the driver has a federal gun trafficking warrant "
        "signed by a district judge. Do it?",
        [("atf", "permitted")],
    ),
    (
        "One of ours is guarding a prisoner at Jacobi who's wanted on a federal carjacking warrant signed by a "
        "district judge. The Marshals asked us to keep the guard on him until their deputies get there. Good?",
        [("usms", "permitted")],
    ),
    (
        "DEA is executing a search warrant signed by a district judge at a stash apartment; my team has the "
        "perimeter and the case agent wants us to stay until they're done. Keep going?",
        [("dea", "permitted")],
    ),
    (
        "ATF asked if we could drive the two rifles we seized over to their lab for tracing, their gun trafficking "
        "case. OK?",
        [("atf", "permitted")],
    ),
    (
        "ERO is arresting a man on Roosevelt Ave, no trouble at all; they want us to block Roosevelt at both ends "
        "for ten minutes while they finish. ok?",
        [("ice_ero", "prohibited")],
    ),
    (
        "An ERO officer asked our desk to 'give a heads-up' when a certain woman comes back in on her desk "
        "appearance ticket. Call them?",
        [("ice_ero", "prohibited")],
    ),
    # "stay on the surveillance rotation" is task-force work asked, beside the records asked with it
    (
        "Task force detective. The DEA group supervisor wants me to stay on the surveillance rotation next week, and "
        "is also asking for copies of our DD5s on the same heroin case. Both ok?",
        [("dea", "permitted")],
    ),
    # our own form to fill out; statements we take from the workers; the officer's own question about a record
    ("how do I fill out the new overtime report on my phone, the app keeps crashing", [("unknown", "escalate")]),
    (
        "HSI asked for a Spanish-speaking officer to knock on doors with their agents to find the workers in their "
        "forced labor case and get them statements. ok?",
        [("hsi", "permitted")],
    ),
    (
        "ERO has a judge-signed warrant for our prisoner and wants him transferred. TSDB negative. When I asked "
        'about his record the officer said "bad guy, trust me." I haven\'t pulled it. Transfer?',
        [("ice_ero", "needs_info")],
    ),
    # our rap sheet not back yet beside an agent's guess that he is clean: not known
    (
        "ICE has a district judge's warrant for our prisoner. TSDB negative. The agent thinks he has no record, but "
        "our rap sheet hasn't come back yet. Hold him?",
        [("ice", "needs_info")],
    ),
    # a status given as the reason is the aim
    (
        "HSI wants our arrest report on the driver because they say he's in the country illegally. Send it?",
        [("hsi", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_FIFTEEN = [
    # "the prints are to confirm who he is": his fingerprints, wanted for that
    (
        "Our DWI collar: HSI now says the prints are to confirm who he is for his removal case. OK?",
        [("hsi", "prohibited")],
    ),
    # a conviction told by the prisoner and not yet checked is not known
    (
        "Judge-signed ICE warrant, TSDB negative. The prisoner says his 2022 conviction was only a misdemeanor "
        "assault, but we haven't verified it. Hold?",
        [("ice", "needs_info")],
    ),
]


ROUND_ONE_HUNDRED_SIXTEEN = [
    # "for a man who has a removal order": what the man has; the paper shown is the judge's
    (
        "Two ERO officers at the desk want to go back to the pens for a woman who has a removal order. They showed "
        "me a warrant signed by a federal magistrate judge authorizing ICE to arrest her. Let them back?",
        [("ice_ero", "escalate")],
    ),
    # a paper at the door whose signer nobody saw: who signed it is what to ask
    (
        "ERO agents want to go back to the cells for a guy with a deportation order. They say they have a warrant "
        "but I didn't see who signed it. Let them in?",
        [("ice_ero", "needs_info")],
    ),
    # "a 911 job came over the radio": a job for us in the emergency, not a record asked
    (
        "ICE arrest on Jamaica Ave: a 911 job just came over, a man is beating one of the agents with a bat "
        "and she's bleeding. Can we respond?",
        [("ice", "permitted")],
    ),
    # a cash pickup watched for a laundering case is surveillance, not a prisoner picked up
    (
        "On the HSI money laundering task force. Case agent wants me to sit on a controlled cash pickup tomorrow, "
        "criminal case only, no immigration angle. OK?",
        [("hsi", "permitted")],
    ),
    # "the plan is to get them in front of ERO and removed": removal named beside the crime (a guard)
    (
        "HSI case agent wants me on a cash pickup surveillance for the laundering case, but says the plan for "
        "the runners is to get them in front of ERO and removed. OK?",
        [("hsi", "escalate")],
    ),
    # "said they're 'federal'": an agency claimed and never named; an interview we would set up
    (
        "Two guys in suits at the desk said they're 'federal' and want to talk to our complainant from the "
        "burglary. No ID shown. Should I set it up?",
        [("federal", "needs_info")],
    ),
    # "help chase down the workers who ran" from an immigration sweep
    (
        "After an HSI immigration sweep at a laundromat, an agent radios our sector car to help chase down the "
        "workers who ran. Do we?",
        [("hsi", "prohibited")],
    ),
    # agents co-located at a precinct are office space
    (
        "ICE email proposes co-locating three ICE agents at the 75 Pct for criminal gang investigations only. "
        "Can the CO agree?",
        [("ice", "escalate")],
    ),
    # "asks for:" opens a list of what is asked
    (
        "CBP asks for:\n- our arrest reports from the 11/30 knockoff sneaker seizure\n- the 911 call\nThey say "
        "it's a federal counterfeiting case. Send?",
        [("cbp", "escalate")],
    ),
    # "two of our cops at the door", asked by count
    (
        "USMS asks: (a) two of our cops at the door Friday at 0600 for a man wanted on a federal warrant for "
        "armed bank robbery signed by Judge Chen. Fine?",
        [("usms", "permitted")],
    ),
    # "hold the street for FDNY" is the emergency's own help
    (
        "During an ATF search warrant at a garage a fire broke out upstairs, people are trapped, and the agents "
        "ask our cops to help get them out and hold the street for FDNY. Go?",
        [("atf", "permitted")],
    ),
    # a probation officer's violation report serves a criminal sentence
    (
        "U.S. Probation officer wants our arrest report on her supervisee, picked up Sunday for a DWI; she has "
        "to file a violation report with the judge. OK to send?",
        [("other_federal", "permitted")],
    ),
    # "in the victim's name": what he took, so the one asked about is our suspect
    (
        "Identity theft collar: the perp rented cars in the victim's name with a forged passport. Can I ask him "
        "about his immigration status?",
        [("none", "permitted")],
    ),
    # our reports "from the 12/2 seizure" name the event, not CBP's aim
    (
        "CBP asks for our arrest reports from the 12/2 counterfeit watch seizure. No case number, no reason. Send?",
        [("cbp", "needs_info")],
    ),
    # the charge we hold her on is not the crime of ICE's warrant
    (
        "ICE brought an arrest warrant signed by a federal magistrate judge for a woman in our cells on a "
        "shoplifting. Only prior: a 2022 petit larceny misdemeanor. TSDB negative. Hand her over?",
        [("ice", "prohibited")],
    ),
    # an agent "from the HUD Inspector General's office" asks
    (
        "An agent from the HUD Inspector General's office wants our complaint reports on a contractor for a "
        "federal fraud case with the EDNY. OK?",
        [("other_federal", "permitted")],
    ),
    # "someone 'federal' called": a second requester, never named
    (
        "- ATF wants the voucher list for our gun collar, their trafficking case.\n- Someone 'federal' called "
        "about another prisoner: hold him. No agency, no paper sent.\nBoth OK?",
        [("atf", "needs_info"), ("federal", "needs_info")],
    ),
    # "look up where Ramon lives": an address asked, the person named by first name
    (
        "DEA agent asked me to look up where Ramon lives now, for their heroin case. OK to run it?",
        [("dea", "permitted")],
    ),
    # "check papers on the guys": their documents, not the agents' paper (a guard: the new question
    # for paper at the door whose signer is unknown must not take it)
    (
        "CBP officers want to go back to the cells and check papers on the three guys we brought in from the "
        "warehouse job.",
        [("cbp", "prohibited")],
    ),
    # "signed by their own supervisory deportation officer": an ICE officer's paper (a guard, as above)
    (
        "ICE wants into our impound lot to search a car. Their warrant is signed by their own supervisory "
        "deportation officer. Let them in?",
        [("ice_ero", "prohibited")],
    ),
]

ROUND_ONE_HUNDRED_SEVENTEEN = [
    # "locked up 2015 to 2023": the second year ends the time inside, which may bring the conviction inside
    (
        "Judge-signed ICE warrant for our prisoner. Only record: robbery 1st in 2015, but he was locked up 2015 "
        "to 2023. TSDB no. Transfer?",
        [("ice", "escalate")],
    ),
    # "some guy just punched one of them": an assault on the agents, told without the word emergency
    (
        "ERO agents in the lobby of the family court, a guy just punched one of them and they're wrestling on "
        "the ground. Court officers yelling for us. We go?",
        [("ice_ero", "permitted")],
    ),
    # "want us to chase down their target"
    (
        "ERO arrest outside the deli, an agent got hit by a car and we called a bus. Now the other agents want us "
        "to chase down their target who ran into the deli, he has a removal order.",
        [("ice_ero", "permitted"), ("ice_ero", "prohibited")],
    ),
    # "wants the lobby cams from last Tuesday": a place's cameras, for a time
    (
        "FBI agent on the Fordham shooting (their gang RICO case) wants the lobby cams from last Tuesday 9-11pm. "
        "OK to export?",
        [("fbi", "permitted")],
    ),
    # "be a TFO on their task force"
    (
        "Lt asked if I want to be a TFO on the DEA fentanyl task force, working trafficking cases in the Bronx. OK?",
        [("dea", "permitted")],
    ),
    # "they want to go up now": into our squad room, on a judge's search warrant
    (
        "FBI agents at the desk w a search warrant signed by an SDNY magistrate judge for one of our dept laptops "
        "in the squad room (fraud case). they want to go up now",
        [("fbi", "escalate")],
    ),
    # "ATF wants to piggyback" on the DEA's search
    (
        "DEA hitting a stash house in Bushwick tomorrow on an EDNY magistrate's search warrant, wants 2 RMPs on the "
        "perimeter. ATF wants to piggyback for their gun trafficking case. Both OK?",
        [("dea", "permitted"), ("atf", "permitted")],
    ),
    # "wants the rifle for testing": the evidence itself
    (
        "ATF wants the rifle for testing, their trafficking case. OK?",
        [("atf", "permitted")],
    ),
    # "if charges don't stick they'll go the ICE route": removal as the fallback, beside a sweep asked
    (
        "HSI wants us in on a gang sweep in Jackson Heights next week. The agent said if charges don't stick "
        "they'll just go the ICE route. OK?",
        [("hsi", "escalate")],
    ),
    # "says they're looking into counterfeit watches": HSI's stated aim
    (
        "HSI agent says they're looking into counterfeit watches, wants the vendor's name off my summons. OK?",
        [("hsi", "escalate")],
    ),
    # "working the slashing": the crime the agent works
    (
        "FBI agent working the slashing at the Jay St station wants our stop reports on the suspect. OK?",
        [("fbi", "permitted")],
    ),
    # "(gang label helps them in immigration court)": a label for removal, no criminal case
    (
        "ERO emailed asking if two men are in our gang database, for their removal cases (the gang label helps "
        "them in immigration court).",
        [("ice_ero", "prohibited")],
    ),
    # "a copy of the criminal complaint on our defendant": our document asked, no aim given
    (
        "HSI agent at Queens Criminal Court asked for a copy of the criminal complaint on our defendant. Didn't "
        "say why.",
        [("hsi", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_EIGHTEEN = [
    # a status-only question with a long aside, "a naturalized citizen or a green-card holder"; a copy
    # we hold in our file is not what is asked (a permission here was a false `permitted`)
    (
        "The FBI case agent on a bombing case wants to know only whether the suspect, whom we arrested in "
        "June on a state weapons charge, is a naturalized citizen or a green-card holder. We have a copy of "
        "his naturalization papers in our file. Can I tell him?",
        [("fbi", "escalate")],
    ),
    (
        "ATF agent on their gun case asks whether our prisoner is a green-card holder. Can I say?",
        [("atf", "escalate")],
    ),
    # "who they say has a removal order" beside a magistrate's "warrant for his arrest" at our gate
    (
        "ERO officers at the impound lot gate want to go into the yard to arrest a mechanic who they say has a "
        "removal order. They showed a warrant for his arrest signed by a U.S. magistrate judge. Let them in?",
        [("ice_ero", "escalate")],
    ),
]

ROUND_ONE_HUNDRED_NINETEEN = [
    # "pretty sure" / "fairly certain" a judge signed: belief, not a signer known (a permission here was a
    # false `permitted`)
    (
        "The DEA agent says he's pretty sure a judge signed the arrest warrant, but he doesn't have it with "
        "him. They want two of our cops on the door at 5am. OK?",
        [("dea", "needs_info")],
    ),
    (
        "FBI agent is fairly certain the magistrate signed the warrant already. Can we help them make entry on "
        "the apartment tomorrow?",
        [("fbi", "needs_info")],
    ),
    # an arrest that ended in an ACD or a dismissal is no conviction (the first a guard)
    (
        "ICE has a warrant signed by a federal magistrate judge for a man at the 7-9. His only prior is an ACD "
        "on a 2021 trespass. TSDB negative. Do we turn him over?",
        [("ice", "prohibited")],
    ),
    (
        "ERO has a warrant signed by a U.S. district judge for our prisoner. His sheet shows a 2020 robbery "
        "arrest that ended in a dismissal, sealed. TSDB no match. Hand him over?",
        [("ice_ero", "prohibited")],
    ),
    # "no charges filed yet" on our own case says nothing of the judge's paper
    (
        "Our collar from last night is being released, DA declined, no charges filed yet. ICE ERO brought a "
        "warrant signed by a U.S. magistrate judge. No priors, TSDB negative. Do we give him to them?",
        [("ice_ero", "prohibited")],
    ),
    # "might be for the case, might be for something else": the aim offered and taken back
    (
        "An ATF agent wants us to put a plate on the hotlist and call him when it hits. He said it might be "
        "for the case, might be for something else. Do it?",
        [("atf", "needs_info")],
    ),
    # victims "held for ransom" are not a hold asked
    (
        "Two men were found locked in a van on Atlantic Ave, held for ransom by the crew we arrested. FBI "
        "wants our complaint reports for their kidnapping case. Send them?",
        [("fbi", "permitted")],
    ),
    # "wants to know when the guy we picked up ... gets out": the release time, a long description between
    (
        "ERO officer wants to know when the guy we picked up with the stolen scooters last night gets out. Tell him?",
        [("ice_ero", "prohibited")],
    ),
    # our own charge told of the person ("a turnstile jumper we DAT'd for theft of services") is not the
    # crime of ICE's judge-signed warrant
    (
        "ICE has a judge-signed warrant from an EDNY magistrate for a turnstile jumper we DAT'd for theft of "
        "services. No priors at all, TSDB negative. Hand him over when he comes back in?",
        [("ice", "prohibited")],
    ),
    # the officer's belief of the status is the reason for a call to ICE, not doubt of its aim
    (
        "guy in our cells on a DAT, no ID, i think hes undocumented. can i just call ICE and tell them we have him?",
        [("ice", "prohibited")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY = [
    # a room of ours on a schedule ("three days a week") is working space, not a visit (a permission here
    # was a false `permitted`)
    (
        "ATF asked the CO if they can use one of our conference rooms three days a week for their "
        "gun-trafficking interviews. OK?",
        [("atf", "escalate")],
    ),
    # desks and a cabinet "on our third floor" are office space (a guard)
    (
        "HSI wants to set up two workstations and a file cabinet on our third floor for their agents on the "
        "fraud case. Can we?",
        [("hsi", "escalate")],
    ),
    # a debrief we are setting up ourselves, in our own interview room, is access we arrange
    (
        "My DEA partner and I are setting up a debrief at our squad with an informant on our heroin case. OK "
        "to use our interview room?",
        [("dea", "permitted")],
    ),
    # "a list from us of every 911 call at the church" is bulk data; no reason given, so ask (a guard)
    (
        "HSI wants a list from us of every 911 call at the church this year, no reason given. Send it?",
        [("hsi", "needs_info")],
    ),
    # "help make the arrest", "our K9 unit there" on a judge-signed criminal warrant: help with its execution
    (
        "The super says the Marshals have an arrest warrant signed by a district judge for a tenant wanted "
        "for carjacking and want our cops to come help make the arrest. Send a car?",
        [("usms", "permitted")],
    ),
    (
        "ATF has a search warrant signed by a magistrate judge for a garage in Hunts Point and would like our "
        "K9 unit there for the search. OK?",
        [("atf", "permitted")],
    ),
    # a crash "last week", asked about, is no emergency under way (R11 permitted it)
    (
        "An HSI agent asking about her son's motorcycle crash on the Belt Parkway last week wants our "
        "accident report. Give it to him?",
        [("hsi", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_ONE = [
    # an injury already seen to ("the medics already treated the other") is no emergency under way: the
    # ask after it is decided on its own (an R11 permission stood beside it)
    (
        "HSI agents got hit by a car while making an arrest on Roosevelt Ave, one agent's fine, the medics "
        "already treated the other. Now they want us to help them find the guy who ran. OK?",
        [("hsi", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_TWO = [
    # an umbrella name that asks first, then "Also, the FBI ..." opening its own sentence: two
    # requesters, so the footage does not ride on the FBI's warrant (a false permitted)
    (
        "A couple of federal agents at the desk want our lobby video from Saturday. Also, the FBI wants us "
        "to hold our prisoner on their judge-signed warrant for bank robbery. OK?",
        [("federal", "needs_info"), ("fbi", "needs_info")],
    ),
    # a conviction dated "last <month>" is within five years; "N years ago this <season>" is that
    # season of a known year
    (
        "ICE has a warrant signed by a federal magistrate judge. He was convicted last June of robbery in the "
        "first degree. TSDB no. They want him held.",
        [("ice", "escalate")],
    ),
    (
        "ICE has a warrant signed by a federal magistrate judge. Burglary 2nd, convicted five years ago this "
        "spring, probation, never locked up. TSDB no. They want him held.",
        [("ice", "prohibited")],
    ),
    # dispositions that are no conviction: an ACD, a dismissed and sealed arrest, a case still open
    (
        "ERO has a judge-signed immigration warrant. His rap: an ACD on a 2024 assault, nothing else. "
        "Watchlist negative. Hold him?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE warrant signed by a U.S. District Judge. Only thing on her sheet is a 2023 robbery arrest that "
        "got dismissed. TSDB no match. Transfer?",
        [("ice", "prohibited")],
    ),
    (
        "ICE warrant signed by a magistrate judge. His burglary 2nd case is still open in Kings Supreme, not "
        "tried yet. No other convictions. Watchlist no. They want him when he's released.",
        [("ice", "prohibited")],
    ),
    # ... unless the disposition itself is in doubt
    (
        "ICE warrant signed by a magistrate judge. His sheet shows a robbery 1 from 2024 but I can't tell if "
        "it was dismissed. TSDB no. Hold?",
        [("ice", "needs_info")],
    ),
    # "first arrest. But NCIC printed ..." is no arrest on an NCIC hit: the watchlist decides (R2f)
    (
        "CBP put an I-247A on our prisoner. First arrest. But NCIC printed 'POSSIBLE TERRORIST WATCHLIST "
        "MATCH'. CBP wants him held until they get here.",
        [("cbp", "escalate")],
    ),
    # "Should I take him in?" on a Marshals NCIC hit is the arrest asked (a guard: a "stop" in the
    # sentence before no longer reaches the NCIC hit in the next)
    (
        "Car stop on the Major Deegan. NCIC came back: wanted by USMS on a federal arrest warrant signed by a "
        "U.S. District Judge, armed bank robbery. Should I take him in for the Marshals?",
        [("usms", "permitted")],
    ),
    # wire fraud named in the person's record is no wiretap, and no aim of ERO's
    (
        "ICE ERO emailed for the next court date of one of our defendants, no warrant, and says he has a "
        "conviction in Texas for wire fraud. Reply?",
        [("ice_ero", "prohibited")],
    ),
    # an I-247A "and" a judge's warrant, or a warrant "attached" to it, are the same person's papers:
    # one request on the judge's warrant, not a detainer refused beside it
    (
        "ICE lodged an I-247A and a warrant signed by a U.S. Magistrate Judge on our prisoner. He was convicted "
        "of robbery in the first degree in 2024. TSDB no. They want him held past release.",
        [("ice", "escalate")],
    ),
    (
        "ERO faxed a detainer on the guy in our cells. Attached is a warrant for his arrest signed by a federal "
        "judge. He has no record at all, TSDB no. Can we hold him for them?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE emailed an I-247A on a woman in our cells. The agent says a judge signed the attached warrant but "
        "the page never came through. No record. Hold her?",
        [("ice", "needs_info")],
    ),
    # a sentence opened with "About his record, ..." is the officer's topic, not a records ask
    (
        "ERO has a warrant signed by a magistrate judge. About his record, all I know is 'he's been locked up "
        "before'. TSDB no. They want a hold.",
        [("ice_ero", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_THREE = [
    # a check-cashing store is no status check; the one "who picked him out" is a witness (EJ's
    # false permitted: asking a witness about status was read as asking the suspect)
    (
        "Check-cashing store on Jamaica Ave: a man tried to pass a fake passport and we arrested him. The "
        "teller who picked him out is still here. Can I ask the teller whether she's legal?",
        [("none", "prohibited")],
    ),
    # violence as it happens, told without the word emergency: hands on an agent, a blow swung at
    # an officer named by a long agency name, a person forced into a vehicle
    (
        "HSI is making an arrest on 149th St and a man just grabbed an agent's vest and is yanking him away "
        "from the van right now. Can we go in?",
        [("hsi", "permitted")],
    ),
    (
        "Rally at Foley Square, a man just swung a bike lock at a Customs and Border Protection officer's "
        "head. We're right there.",
        [("cbp", "permitted")],
    ),
    (
        "Radio job: caller says two guys forced a teenager into a gray van on Broadway, sarge thinks it's "
        "immigration agents. Do we respond?",
        [("ice", "permitted")],
    ),
    # when the person is "next in court" is the court date asked
    ("ERO emailed the court section asking when she's next in court. Answer them?", [("ice_ero", "prohibited")]),
    # "immigration processing" is civil work
    (
        "CBP wants two desks at the precinct for their officers doing immigration processing at the airport. OK?",
        [("cbp", "prohibited")],
    ),
    # "could be guns, could be people": what is smuggled, so the aim, is open
    (
        "HSI stopped a van on the Gowanus and wants us to hold traffic while they search it; agent says it's "
        "a smuggling job, could be guns, could be people. OK?",
        [("hsi", "needs_info")],
    ),
    # "asks me one thing: what's the driver's immigration status?" is the status asked (R9), not an
    # off-topic line
    (
        "DEA agent on my scene asks me one thing: what's the driver's immigration status? That's all he wants.",
        [("dea", "escalate")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_FOUR = [
    # ICE's arrest under way ("mid-arrest") is the civil operation the perimeter would serve
    (
        "Queens Plaza station: an ICE team is in the middle of an arrest on the platform, people filming but "
        "calm. The ICE supervisor wants two of us to keep the stairs clear. Do we?",
        [("ice", "prohibited")],
    ),
    # "a desk here" is space in the officer's own command; the officer's own post ("desk officer at
    # the 70") is not space asked for
    (
        "70 Pct. ERO wants a desk here for the agents working their removal cases. That's all, they say.",
        [("ice_ero", "prohibited")],
    ),
    (
        "Desk officer at the 44 Pct. FBI wants our complaint report on a bank robbery they're working. OK to send?",
        [("fbi", "permitted")],
    ),
    # the rescue's own means (divers, a launch) asked for in an emergency are the response itself
    (
        "A man jumped off the ferry slip chasing from a CBP stop and he's going under. CBP on scene asks for "
        "our divers. Go?",
        [("cbp", "permitted")],
    ),
    # "(FBI case; bank robbery)" says whose case the warrant is in; the Marshals are the ones asking
    (
        "NCIC hit on a federal warrant (FBI case; bank robbery) during a car stop. The Marshals confirm a "
        "district judge signed it and want him held until their deputies arrive. Hold him?",
        [("usms", "permitted")],
    ),
    # a record named earlier is what the closing "can I send it?" offers to hand over
    (
        "The DEA agent called back: the dashcam video is for a heroin distribution case they're running. "
        "Can I send it now?",
        [("dea", "permitted")],
    ),
    # "scratch the <which> question" takes that ask back, not only the word "question"
    (
        "FBI wants the complaint report on a carjacking suspect and whether he is undocumented. The agent "
        "texted back, scratch the immigration status question, report only.",
        [("fbi", "permitted")],
    ),
    # "we dropped the fraud angle": the criminal aim named before is given up
    (
        "HSI said it was a fraud case and wants his home address. Later the agent admitted they dropped "
        "the fraud angle and it's about deporting him. Give the address?",
        [("hsi", "prohibited")],
    ),
    # the title printed where the paper is signed decides over what the agent claims
    (
        "Agent insists it's a court warrant, but the paper reads 'Deportation Officer' at the bottom. ERO "
        "wants him handed over at release.",
        [("ice_ero", "prohibited")],
    ),
    # an assault their case investigates is no emergency now
    (
        "FBI wants our complaint reports from Saturday's march, they're investigating the assault on two "
        "federal officers there. OK to send?",
        [("fbi", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_FIVE = [
    # violence told as two acts at once ("punching and kicking") against a counted group of agents
    (
        "911 job: a crowd is punching and kicking 2 CBP officers by the bus depot, one is on the ground. Do we "
        "send cars?",
        [("cbp", "permitted")],
    ),
    # desks "and network drops" are working space
    (
        "HSI asked the captain for 2 desks and network drops on our third floor for agents on a gang case they "
        "work with our squad. Set it up?",
        [("hsi", "escalate")],
    ),
    # a court's ankle monitor on the person is no alert asked of us
    (
        "Marshals have a federal warrant signed by an SDNY judge for a man who cut off his GPS ankle monitor "
        "(bank robbery case). They want two cops at the door to help take him. ok?",
        [("usms", "permitted")],
    ),
    # "a federal probation violation warrant" names a kind of paper, not a second agency asking
    (
        "Marshals called about our prisoner: there's a federal probation violation warrant on him signed by an "
        "SDNY judge, the original case was bank fraud. They want him held till they come. ok?",
        [("usms", "permitted")],
    ),
    # our own records work with nobody outside asking is no federal request
    (
        "Property clerk: what's the procedure to release a vouchered scooter back to its owner without the receipt?",
        [("unknown", "escalate")],
    ),
    # (but handing something over names someone it goes to: who wants it is asked)
    ("can I send the arrest report from last night?", [("unknown", "needs_info")]),
    # prison time the officer is unsure of may bring an old conviction inside the five years
    (
        "ICE has a warrant signed by a magistrate judge for our burglary collar. I believe he did time for an "
        "assault 2nd, maybe back in 2018. TSDB no hit. Hold him?",
        [("ice", "needs_info")],
    ),
    # "a homicide his group is working": the crime the agent's own unit works is their aim
    (
        "RTCC. An HSI agent from the gang task force asked me to set alerts on 4 names so he hears whenever "
        "they get stopped. He said they're the shooters in a Trinitarios homicide his group is working with our "
        "squad. Can I?",
        [("hsi", "escalate")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_SIX = [
    # nothing but an agency's name and junk is no question
    ("??? border patrol", [("unknown", "escalate")]),
    # "the robbery file is to support her removal proceedings": the file asked, for removal (the
    # crime names our record, not their aim)
    ("ERO says the robbery file is to support her removal proceedings.", [("ice_ero", "prohibited")]),
    # clearing protesters off a named street; our barricades lent; officers posted at the pier;
    # picking people out for "an immigration inspection thing"
    ("ERO sup wants us to clear the protesters off Varick St, nobody's fighting.", [("ice_ero", "prohibited")]),
    (
        "ICE asked if we could lend them some of our barricades for their removal sweep on 5th Ave tomorrow.",
        [("ice", "prohibited")],
    ),
    (
        "HSI wants 3 of us at the pier when the ship docks to grab a guy on their list, said it's an "
        "immigration inspection.",
        [("hsi", "prohibited")],
    ),
    (
        "CBP asked us to stand at the gate with them and help pick out passengers who are on their list, "
        "said it's an immigration inspection thing.",
        [("cbp", "prohibited")],
    ),
    # the Park Police are a federal agency; "charging him federally" is their aim
    (
        "US Park Police want a copy of our arrest report on the man who punched a ranger at Gateway, they are "
        "charging him federally.",
        [("other_federal", "permitted")],
    ),
    # running down a lead is task-force work
    (
        "I'm on the FBI bank robbery task force; they want me to run down a lead on the crew in Astoria. ok?",
        [("fbi", "permitted")],
    ),
    # a bottle cracked over an agent's head is violence as it happens
    (
        "ICE agents arresting a man on Canal St and someone just cracked a bottle over an agent's head. Do we go?",
        [("ice", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_TWENTY_SEVEN = [
    # a person named where the ask expects "him": "grab Marcus Bell", "hold Tomas Vega"
    (
        "FBI wants us to grab Marcus Bell when he shows for his DAT at Queens Crim Ct tmrw and hold him for their "
        "pickup. They have a federal arrest warrant for bank robbery signed by a magistrate judge.",
        [("fbi", "permitted")],
    ),
    # a task force heading the message is the writer's unit when another agency asks after it
    ("JTTF. HSI agent wants the 911 call from the shooting on Webster Ave for their gun case.", [("hsi", "escalate")]),
    # a few people's gang-database records are records; the whole database is bulk data
    (
        "ATF wants our gang database write-ups on the 9 defendants they indicted for gun trafficking.",
        [("atf", "permitted")],
    ),
    (
        "FBI wants the gang database entry and home address on a Latin Kings member for their RICO case.",
        [("fbi", "permitted")],
    ),
    ("FBI wants a copy of our whole gang database for their RICO case.", [("fbi", "escalate")]),
    # the charge our prisoner is held on, in brackets after what she is held for, is no federal aim
    (
        "ICE has a warrant signed by a federal judge for a woman in our cells for a shoplift (petit larceny). "
        "Her record is clean and the TSDB check was negative. Hold her for them?",
        [("ice", "prohibited")],
    ),
    # the indictment he was once convicted on is his record, not paper for a case now
    (
        "ICE judicial warrant signed by a magistrate for our prisoner. He was convicted in 2022 on an indictment "
        "for robbery 1st but pled down, not sure to what. TSDB negative.",
        [("ice", "needs_info")],
    ),
    # VICAR is a federal crime
    (
        "HSI wants a flag on four guys so they hear whenever one gets arrested, for their VICAR case.",
        [("hsi", "escalate")],
    ),
    # a detective assigned full time to a task force is joint work
    (
        "DEA asked if one of our narcotics detectives can be assigned full time to their heroin task force, strictly "
        "drug cases.",
        [("dea", "permitted")],
    ),
    # "wants them too" after records asked: the same records, from the same case
    (
        "FBI wants our DD5s on the carjacking for their case. An HSI agent on the same FBI case wants them too.",
        [("fbi", "permitted"), ("hsi", "escalate")],
    ),
    # removal expected because the case will not be charged: both aims (R7)
    (
        "ATF wants our surveillance photos of a guy. He admits the gun case probably won't stick and ICE will end "
        "up removing him.",
        [("atf", "escalate")],
    ),
    # an alert kept on for removal
    (
        "ICE asked us to keep the flags we put on three guys last spring active so they can pick them up for removal.",
        [("ice", "prohibited")],
    ),
    # their interview in our house, set up by us
    (
        "FBI wants us to bring the victim's sister in to our squad for an interview about their kidnapping case.",
        [("fbi", "permitted")],
    ),
]


def test_a_named_person_is_read_as_the_asks_object_and_quoted_as_written(reader: FactsReader) -> None:
    facts = reader.read("HSI wants us to hold Tomas Vega until they get here.")
    assert Ask.HOLD in facts.asks
    assert facts.evidence["asks.hold"] == "hold Tomas Vega"
    # a place after the same verb is not a person
    assert Ask.HOLD not in reader.read("ICE wants us to take Central Booking off their list.").asks


def test_nibin_leads_are_records(reader: FactsReader) -> None:
    facts = reader.read("ATF wants\n- our NIBIN leads on the crew\n- a ride along with our gun team Thursday")
    assert Ask.SHARE_RECORDS in facts.asks


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        # an alert kept on; an alert when a car passes our readers (the readers are how, not data asked)
        (
            "ICE asked us to keep the flags we put on three guys last spring active. No reason given.",
            Ask.MONITORING_ALERT,
        ),
        (
            "HSI wants a heads up whenever a grey van drives past our plate readers, didn't say what for.",
            Ask.MONITORING_ALERT,
        ),
        # their interview in our house; coming by to look at what we keep
        ("CBP wants to question a witness from our burglary case in our squad room.", Ask.ACCESS_PREMISES),
        ("feds want to come by the precinct and look at our robbery pattern board", Ask.ACCESS_PREMISES),
    ],
)
def test_round_one_hundred_twenty_seven_asks(reader: FactsReader, text: str, ask: Ask) -> None:
    assert reader.read(text).asks == {ask}


def test_a_task_force_heading_alone_still_names_who_asks(reader: FactsReader) -> None:
    assert (
        reader.read("Safe Streets. wants our DD5s on the Boston Rd shooting for their RICO case.").agency is Agency.FBI
    )
    assert reader.read("Safe Streets. HSI wants our DD5s on the Boston Rd shooting.").agency is Agency.HSI


ROUND_ONE_HUNDRED_TWENTY_EIGHT = [
    # the paper described without its signature: who signed it is in doubt, whatever it is called
    (
        "DEA emailed their search warrant for a stash house but the signature page never came through. They want "
        "two uniforms at the door tomorrow. Go?",
        [("dea", "needs_info")],
    ),
    (
        "Two CBP officers want into our back office with what they call a search warrant, but he won't let me read it.",
        [("cbp", "needs_info")],
    ),
    # "entries on the same 4" asked by a second agency after the first named them
    (
        "FBI asked for our gang database entries on 4 Bloods for their murder case. HSI asked for entries on the same "
        "4 for their gun case.",
        [("fbi", "permitted"), ("hsi", "escalate")],
    ),
    # the prisoner log asked by a DHS component for its case
    (
        "HSI agents want to look through our prisoner log for last month to find suspects in a check fraud ring.",
        [("hsi", "escalate")],
    ),
    # "didn't say which unit or what they're working on": the aim left unsaid (our case file's crime is ours)
    (
        "Someone from HSI wants to come go through our case file on the burglary pattern. Didn't say which unit or "
        "what they're working on.",
        [("hsi", "needs_info")],
    ),
    # a sector car asked for their judge-signed search; "wants me to go interview" with their agent
    (
        "ATF hitting a gun shop Thursday on a search warrant signed by a magistrate judge, they want a sector car.",
        [("atf", "permitted")],
    ),
    (
        "HSI sup on our fraud task force wants me to go interview a bank manager with the HSI agent for their money "
        "laundering case.",
        [("hsi", "permitted")],
    ),
    # the paperwork silent on the watchlist is not a negative check
    (
        "ICE warrant signed by a magistrate judge for our prisoner, misdemeanor record only, nothing in the paperwork "
        "about the TSDB. Hold him?",
        [("ice", "needs_info")],
    ),
    # arresting whoever hurt a federal officer is the emergency response
    (
        "Someone just punched a Federal Protective Service officer outside the courthouse, he's down. Can we make the "
        "arrest?",
        [("dhs", "permitted")],
    ),
    # a degree guessed, and a case he "caught" somewhere else, are no conviction known
    (
        "CBP has a warrant signed by a magistrate judge for our prisoner. Rap: burglary, 2023, I think 2nd degree but "
        "could be 3rd. TSDB negative. Hold?",
        [("cbp", "needs_info")],
    ),
    (
        "Judge-signed ICE warrant for our prisoner, no NY record, but he says he caught a robbery case in Pennsylvania "
        "years ago. TSDB negative. Hold?",
        [("ice", "needs_info")],
    ),
]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # the court appearance is when the hold starts, not a court date asked for
        (
            "ICE has a warrant signed by a federal magistrate judge and wants her held after her court appearance.",
            {Ask.HOLD},
        ),
        # the prisoner log is read as a day's log is: the records in it
        ("DHS agents at the pct want to look through our prisoner log for last week.", {Ask.SHARE_RECORDS}),
        # the status question in the agent's own quoted words
        (
            "ERO sent an email to our squad: 'Please confirm whether your arrestee [name, DOB] is a United States "
            "citizen.' Can I answer?",
            {Ask.SHARE_STATUS_INFO},
        ),
    ],
)
def test_round_one_hundred_twenty_eight_asks(reader: FactsReader, text: str, asks: set[Ask]) -> None:
    assert reader.read(text).asks == asks


def test_a_log_written_in_is_not_the_log_asked_for(reader: FactsReader) -> None:
    for text in (
        "ICO here, reviewing a command log entry: was the hand-over to ICE on an I-205 authorized?",
        "ICE ERO brought a warrant, the sgt wrote in the command log that a judge signed it. Can we honor it?",
    ):
        assert not reader.read(text).asks & {Ask.SHARE_RECORDS, Ask.SHARE_BULK_DATA}


def test_the_suspect_we_are_doing_for_a_forgery_is_a_suspect(reader: FactsReader) -> None:
    facts = reader.read(
        "The driver gave me a consular ID that looks doctored, we're doing him for the forged license. Can I ask him "
        "about his status?"
    )
    assert facts.asks == {Ask.INQUIRE_STATUS_SUSPECT}
    assert facts.sources["asks.inquire_status_suspect"] is Source.STATED


ROUND_ONE_HUNDRED_TWENTY_NINE = [
    # classes the pending sets AC, CN and CK still showed: a few people's gang-database printouts,
    # one young man's entries; HSI "our partner on the case"; "same attachments ... Send?"; a list of
    # asks by agency ("ATF: the trace report / FBI: the complaint report")
    (
        "ATF wants our gang database printouts on 6 members of the crew they're charging with gun trafficking.",
        [("atf", "permitted")],
    ),
    ("FBI wants our gang database entries on a 17 y/o they like for two carjackings.", [("fbi", "permitted")]),
    (
        "We locked up a guy for sex trafficking; HSI is our partner on the case and wants to interview him at the "
        "precinct with our detective in the room.",
        [("hsi", "permitted")],
    ),
    (
        "Same attachments as last week, same fraud case, now an FBI agent working it with us is asking. Send?",
        [("fbi", "permitted")],
    ),
    (
        "two asks, same case / ATF: the trace report on the pistol from the 44 shooting / FBI: the shooting complaint "
        "report, it's tied to the Bloods RICO we're doing with ATF / both criminal. send both?",
        [("atf", "permitted"), ("fbi", "permitted")],
    ),
    # set EP's classes: "some feds" after an agency was named is somebody else; the charge itself in
    # doubt; a watchlist check requested with nothing back; violence on the people around and an
    # injured bystander; a federal prosecutor asking in person; "the plan is really to get ICE to
    # remove him"; a role in doubt; an interview we are setting up; a stolen social security number
    (
        "DEA wants our buy reports for their heroin case, and some feds asked to stage two vans in our lot tonight, "
        "no details.",
        [("dea", "needs_info"), ("federal", "needs_info")],
    ),
    (
        "We brought the husband in on a DV call but the sgt isn't sure we're charging him with anything. Can I ask "
        "him if he's legal?",
        [("none", "needs_info")],
    ),
    (
        "ICE has a warrant signed by a magistrate judge for our prisoner, his only conviction is a 2020 misdemeanor, "
        "TSDB was requested but nothing back yet. Hold him?",
        [("ice", "needs_info")],
    ),
    (
        "CBP brought a detainee into the ER and he's punching the security guards. Can we go hands on?",
        [("cbp", "permitted")],
    ),
    ("AUSA from EDNY wants our DD5s on the bank robbery for the indictment.", [("other_federal", "permitted")]),
    (
        "DEA says our robbery suspect is part of their heroin investigation but the plan is really to get ICE to "
        "remove him. They want our DD5s.",
        [("dea", "escalate")],
    ),
    (
        "Complainant on an identity theft, but now it looks like she might be in on it. Can I ask her about her "
        "status?",
        [("none", "needs_info")],
    ),
    (
        "HSI wants to interview the victim of our forced labor case at the hospital; we're setting it up with her "
        "lawyer.",
        [("hsi", "permitted")],
    ),
    (
        "We locked up a guy for using a stolen social security number to get a job. Can I ask him about his "
        "immigration status?",
        [("none", "permitted")],
    ),
]


def test_a_span_of_time_is_not_a_few_people(reader: FactsReader) -> None:
    # "entries on 5 Trinitarios" are a few people's records; "an export ... for 3 years" is still bulk data
    assert (
        Ask.SHARE_BULK_DATA
        in reader.read("FBI wants an export of our arrest data for 3 years for their RICO case.").asks
    )
    assert reader.read("FBI wants our gang database entries on 5 Trinitarios for their RICO case.").asks == {
        Ask.SHARE_RECORDS
    }


def test_a_heads_up_before_the_hand_over_to_the_marshals_is_a_release_notice(reader: FactsReader) -> None:
    requests = reader.read_message(
        "Marshals have a judge-signed federal warrant for our prisoner and want him held for pickup. Also someone "
        "from ERO called asking for a heads up before he's handed to the marshals."
    )
    ero = next(facts for facts in requests if facts.agency is Agency.ICE_ERO)
    assert ero.asks == {Ask.NOTIFY_RELEASE}


ROUND_ONE_HUNDRED_THIRTY = [
    # set EQ's classes: a shot fired at an agent; a degree the printout leaves open; an interview our
    # detective would sit in on, in our own case
    (
        "HSI raid in Corona, a man ran out the back and fired a shot at one of the agents. We're two blocks away, "
        "what can we do?",
        [("hsi", "permitted")],
    ),
    (
        "ICE has a magistrate-signed warrant for our prisoner. Record: criminal contempt 2022, can't tell if it was "
        "1st or 2nd degree. TSDB negative. Hold?",
        [("ice", "needs_info")],
    ),
    (
        "HSI wants our det to set up an interview with the victim in our labor trafficking case, our det would be "
        "in the room.",
        [("hsi", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_THIRTY_ONE = [
    # set ER's classes: paper said to be on its way; keeping an agency posted on a case; a judge's
    # warrant carried out by ICE's criminal arm; an agency named with doubt; another agency named
    # only as a time ("before DEA gets here"); plain asks (interview our shooter, join the arrest,
    # what time a case is called); an attack on "one of them"; a vehicle striking a person
    (
        "DEA says there's a warrant on our prisoner for heroin sales, the paperwork is on its way. They want him held.",
        [("dea", "needs_info")],
    ),
    (
        "ATF asked us to keep them updated on our shooting investigation, send the DD5s as we close them out. ok?",
        [("atf", "permitted")],
    ),
    (
        "HSI has a warrant signed by a magistrate judge for our guy (money laundering). They want his court date "
        "so they can grab him after.",
        [("hsi", "escalate")],
    ),
    (
        "an agent, HSI? maybe ICE, wants our 911 audio from the stabbing on Fulton. didnt say what for.",
        [("hsi", "needs_info")],
    ),
    (
        "FBI wants him held on their warrant signed by Judge Furman for bank robbery. HSI also wants to talk to him "
        "before the FBI gets here, didn't say why.",
        [("fbi", "needs_info"), ("hsi", "needs_info")],
    ),
    ("DEA wants to question our robber in the cells for their pharmacy heist case. ok?", [("dea", "permitted")]),
    (
        "USMS wants three of our cops to join the takedown of their fugitive, federal warrant signed by a district "
        "judge for murder.",
        [("usms", "permitted")],
    ),
    (
        "ICE agents making an arrest on our post, a bystander attacked one of them with a pipe. can we step in?",
        [("ice", "permitted")],
    ),
    ("during an HSI op on Roosevelt Ave their van struck a pedestrian, can our sector help?", [("hsi", "permitted")]),
    (
        "FBI agent has an arrest warrant signed by a US magistrate judge for wire fraud and asked what time the "
        "defendant's case will be called today. ok to tell him?",
        [("fbi", "permitted")],
    ),
    # the pending sets' classes: a crime named as intellectual property; the case worked together;
    # the alerts asked before, now given an aim; the warrant we hold him on beside ICE's detainer; a
    # second traveller to grab; property kept back, not the person
    (
        "HSI wants every bootleg-handbag arrest on Canal St for 3 yrs for their intellectual property case",
        [("hsi", "escalate")],
    ),
    (
        "HSI wants his court date and custody status, its for the smuggling case we're working together with them",
        [("hsi", "escalate")],
    ),
    ("CBP agent now says the flags are for possible removal cases.", [("cbp", "prohibited")]),
    (
        "man in custody on a Queens burglary warrant, no record. ICE sent only an I-247A and wants him held "
        "for pickup.",
        [("ice", "prohibited")],
    ),
    (
        "at JFK CBP asked us to also grab another traveler off the flight, a visa overstay, and hold him",
        [("cbp", "prohibited")],
    ),
    ("ERO asked the property clerk not to release a prisoners phone to his sister. ok?", [("ice_ero", "needs_info")]),
]


ROUND_ONE_HUNDRED_THIRTY_TWO = [
    # the pending sets' status questions: the person asked about is the suspect, told in a training
    # scenario's words ("officers arrest a man", "processing on the charges", "suspected of") or as
    # "part of the forgery case"; a victim told the same way is still barred
    (
        "Scenario: officers arrest a man who used a forged social security card at a bank. During processing "
        "on the forgery charges the detective asks him about his immigration status, since it bears on the "
        "documents. Allowed?",
        [("none", "permitted")],
    ),
    (
        "detectives arrest a woman selling fake green cards; she is suspected of using one herself. can the "
        "detective ask her about her own immigration status?",
        [("none", "permitted")],
    ),
    (
        "driver at a car stop had a passport that looks altered. can I ask about his status as part of the "
        "forgery investigation?",
        [("none", "permitted")],
    ),
    ("the robbery victim at the desk, can I ask her about her immigration status?", [("none", "prohibited")]),
]


ROUND_ONE_HUNDRED_THIRTY_THREE = [
    # set ES's classes: our prisoner's own charge told as what he is ("my prisoner is a stabbing
    # suspect") is no DHS agency's aim (es-130, the false permitted at first sight); "wants us with
    # them ... to arrest"; a list announced as "asked for 2 things ...:"; the FDNY's fire marshals; the
    # writer's own "warrant desk at the 113"; an aim the agent "wasn't clear" about
    (
        "Bellevue prison ward, my prisoner is a stabbing suspect.\n- DEA wants our complaint report for their "
        "pill case\n- CBP separately wants to talk to him, didn't say about what.",
        [("dea", "needs_info"), ("cbp", "needs_info")],
    ),
    (
        "ATF wants us with them at 6am to arrest a guy in Canarsie, warrant signed by Judge Chen EDNY, gun "
        "trafficking. ok?",
        [("atf", "permitted")],
    ),
    (
        "FBI asked for 3 things for their kidnapping case: our 911 audio, the DD5s, and the canvass notes. ok?",
        [("fbi", "permitted")],
    ),
    (
        "ATF wants our scene photos from the warehouse fire for their federal arson case. Fire marshals already "
        "gave theirs. ok?",
        [("atf", "permitted")],
    ),
    (
        "Warrant desk at the 1-0-4. ERO brought a warrant signed by a US magistrate judge for our prisoner and "
        "wants to take custody. He has a 2024 conviction for robbery 1st, TSDB negative.",
        [("ice_ero", "escalate")],
    ),
    (
        "HSI wants our DD5s on a guy, says it's for a fraud case but also maybe some immigration thing, he "
        "wasn't clear. send?",
        [("hsi", "needs_info")],
    ),
]


ROUND_ONE_HUNDRED_THIRTY_FOUR = [
    # a chat in which the officer asks outright whether there is a criminal case and the agent says
    # no: the gang label said before is no case (pending set CK)
    (
        "him: what address do you have for Reyes?\nme: who's asking\nhim: ERO\nme: what for\nhim: he's a "
        "gang guy, we want him off the street\nme: you have a criminal case on him?\nhim: no, he has a final "
        "removal order",
        [("ice_ero", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_THIRTY_FIVE = [
    # set ET's classes: one of ours who speaks the language; a federal partner added to the case's
    # email thread; helping load people detained for removal onto their bus
    (
        "DEA needs a Cantonese speaker for a witness interview on their heroin importation case, can I send PO Lau?",
        [("dea", "permitted")],
    ),
    (
        "ok to cc my ATF counterpart on the email thread for our gun trafficking investigation? he's working the "
        "federal side of the same case",
        [("atf", "permitted")],
    ),
    ("ICE wants us to help load the people they detained for removal onto their vans. ok?", [("ice", "prohibited")]),
    (
        "HSI asked our squad to join tomorrow's sweep, the list is people with final removal orders. we'd do the "
        "entries. ok?",
        [("hsi", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_THIRTY_SIX = [
    # set EU's classes: the judge's signature denied or disbelieved never makes a criminal warrant
    # judge-signed (each of these answered `permitted` before); a doubt between two kinds of paper;
    # a record with one more conviction nobody can name; time inside put in doubt after all;
    # "a warrant out of the FBI"; violence during the agents' own warrant; an agent of an agency
    # left unnamed, who gave no reason
    (
        "FBI brought a warrant for our prisoner on their bank robbery case, I don't think it's signed by a judge. "
        "They want to pick him up. ok?",
        [("fbi", "needs_info")],
    ),
    (
        "ATF has a warrant on a gun case - pretty sure a judge didn't sign it. they want to take him",
        [("atf", "escalate")],
    ),
    (
        "FBI has a warrant for bank robbery on our prisoner, it wasn't signed by a judge. They want to pick him "
        "up. ok?",
        [("fbi", "escalate")],
    ),
    (
        "Marshals have a warrant for armed robbery but a judge never signed it, can we hand him over",
        [("usms", "escalate")],
    ),
    (
        "Marshals warrant for armed robbery, I don't believe it was signed by a judge, can we turn him over?",
        [("usms", "escalate")],
    ),
    (
        "ERO left a paper titled warrant of arrest for our prisoner. can't tell if it's an I-200 or a court one. he "
        "did robbery 1 in 2024, no TSDB hit. hold him?",
        [("ice_ero", "needs_info")],
    ),
    (
        "ICE judicial warrant, magistrate signed. Record: a misdemeanor assault from 2023 and another conviction out "
        "of Florida, not sure what for. TSDB neg. hold?",
        [("ice", "needs_info")],
    ),
    (
        "ICE warrant signed by an EDNY magistrate. burglary 2 conviction from 2019, then he did time til 2023 - wait "
        "that's his brother, don't know if he was ever locked up. TSDB no. can we hold?",
        [("ice", "needs_info")],
    ),
    (
        "There's a federal arrest warrant, signed by a district judge, out of the DEA for our prisoner on heroin "
        "distribution. They want him when we're done. ok to hand him over?",
        [("dea", "permitted")],
    ),
    (
        "a guy opened fire on the FBI team during their arrest warrant on Linden Blvd, we hear it from the post. go?",
        [("fbi", "permitted")],
    ),
    (
        "wire room on our joint case: an investigator from another agency asked me to set up an alert on the "
        "target's brother. didn't say which agency or why. ok?",
        [("federal", "needs_info")],
    ),
    (
        "ATF asked for our recovery report on the two pistols. not a criminal case, it's a compliance check on "
        "the gun shop. ok to send?",
        [("atf", "needs_info")],
    ),
    (
        "FBI wants our DD5s on the robbery pattern, but I don't think it's really for a robbery case, he kept "
        "asking where the guy's family lives",
        [("fbi", "needs_info")],
    ),
    # (a judge who "hasn't signed it yet" leaves the FBI no paper at all, not an ICE officer's form)
    ("FBI has a warrant but the judge hasn't signed it yet, they want him held till tomorrow", [("fbi", "escalate")]),
]


ROUND_ONE_HUNDRED_THIRTY_SEVEN = [
    # set EV's classes: asks said by their outcome ("make sure he doesn't walk", "a ping if either of
    # them gets stopped", "point them to the right apartment"); "wire fraud" is no wiretap; a dashed
    # list after "asked for two things:"; a DHS agency's "deconflict" says no aim; the owner's removal
    # order is no paper shown; an arrest "at his job" is no prisoner of ours; the chase after an
    # attack is the response; "they're doing the federal side" of our case
    (
        "HSI (fraud group) sent an email, they'd 'like our help with the Reyes matter' on the wire fraud case, "
        "nothing else. what do I do?",
        [("hsi", "needs_info")],
    ),
    (
        "HSI task force asked me for two things:\n- my overtime on our joint gang surveillance friday\n- printouts of "
        "the arrest histories on the 3 targets in that case\nok?",
        [("hsi", "escalate")],
    ),
    (
        "ERO wants our guy's next court date and which part, they just want to 'deconflict' so they don't step on "
        "our case. ok?",
        [("ice_ero", "prohibited")],
    ),
    (
        "HSI agent asking what day our prisoner is due back in court and where, says they want to 'deconflict'. "
        "nothing else. ok?",
        [("hsi", "needs_info")],
    ),
    (
        "ICE has a search warrant signed by an EDNY magistrate for a car in our tow pound, the non-public side. "
        "the registered owner has a final removal order. can they go in?",
        [("ice", "escalate")],
    ),
    (
        "Marshals asked us to make sure the guy in cell 3 doesn't walk before they get here. their warrant for "
        "bank robbery is signed by a district judge. ok?",
        [("usms", "permitted")],
    ),
    (
        "DEA wants a ping if any of the three guys in their heroin case gets stopped by our cops. ok to set up?",
        [("dea", "escalate")],
    ),
    (
        "FBI team has an arrest warrant signed by a magistrate judge for a kidnapping suspect, they asked our housing "
        "cops to point them to the right apartment. fine?",
        [("fbi", "permitted")],
    ),
    (
        "HSI has an arrest warrant from a magistrate judge for money laundering, wants our help picking the guy up at "
        "his job in Sunset Park. ok?",
        [("hsi", "permitted")],
    ),
    (
        "CBP officers' car got rammed at the light on Atlantic, the driver ran off. can we canvass and chase?",
        [("cbp", "permitted")],
    ),
    (
        "Postal inspectors want our arrest report on the mail thief we collared, they're handling the federal side. "
        "ok?",
        [("other_federal", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_THIRTY_EIGHT = [
    # pending set ET's class: the charge we arrested him on, named beside ICE's detainer, is no aim
    # of ICE's, so the detainer and the judge's warrant that came with it are one request
    (
        "ERO sent a detainer for a woman we arrested this morning for assault. attached is a warrant signed by an EDNY "
        "magistrate judge on their immigration case. she has a burglary 2nd conviction from 2023, TSDB no hit. "
        "they want her held. ok?",
        [("ice_ero", "escalate")],
    ),
    (
        "ICE faxed a detainer for a man we booked last night for assault, plus a warrant signed by a US magistrate "
        "judge on their removal case. his only conviction is a 2024 trespass, nobody has run the TSDB yet. hold him?",
        [("ice", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_THIRTY_NINE = [
    # set EW's classes (several people in one case): a DHS agent asking for our reports on "the crew from
    # the March stabbing" names our crime, and "didn't say what case it's for or why" leaves its aim
    # unknown; "their piece of it, didn't say what that is"; "the third guy from the robbery" is one of
    # ours, not ICE's case; naming who's who for the agents; "either 2018 or 2023"; the family of the
    # people in a case ("hold the dad", "arrest the brother" who attacked an agent)
    (
        "Gang squad. An HSI agent wants copies of our arrest reports on 4 members of the crew from the March "
        "shooting. He didn't say what case it's for or why he wants them. ok?",
        [("hsi", "needs_info")],
    ),
    (
        "Burglary crew, 2 locked up. DEA wants our arrest reports for their federal drug case. HSI wants the same "
        "reports for 'their end of it', didn't say what that is. send both?",
        [("dea", "needs_info"), ("hsi", "needs_info")],
    ),
    (
        "A magistrate judge signed an ICE warrant for the third guy from the robbery (the driver). His record: a YO "
        "adjudication for burglary 2nd, nothing else, TSDB negative. ICE wants him transferred to them. ok?",
        [("ice", "prohibited")],
    ),
    (
        "ERO doing an arrest outside the laundromat, a crowd formed. their sergeant wants us to point out for them "
        "who's who in the crowd. ok?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE warrant signed by a magistrate judge for the driver. his robbery 1st conviction is from either 2018 or "
        "2023, the sheet isn't printed yet. TSDB negative. hold him?",
        [("ice", "needs_info")],
    ),
    (
        "DEA has a warrant signed by a district judge for heroin distribution on the mother of the kid we arrested. "
        "they want us to hold the mom when she comes in for the kid, till agents arrive. ok?",
        [("dea", "permitted")],
    ),
    (
        "HSI agents were making an arrest on Fordham Rd when the target's brother punched an agent and he went down. "
        "we're right there, can we arrest the brother?",
        [("hsi", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_FORTY = [
    # set EX's classes (half the facts said in everyday words): a federal agent's own questions "about his
    # status" beside a drug case; our squad's operation named with a possessive; a crime said as what
    # was done ("the guy who held up the bank"); a victim or witness named by what was taken from them
    # or what they saw; an aside inside an ask ("a call when the wife (...) comes back in", "me (TFO) on
    # surveillance"); "a hand at the door"; whether we had "any dealings with" someone; our own collar's
    # case beside an immigration agent; minutes alone with a prisoner; two papers giving two years;
    # forcing people into prostitution or labour
    (
        "DEA wants to sit in on our interview of the dealer, they just want to ask about his status",
        [("dea", "escalate")],
    ),
    (
        "A DHS agent wants to join our vice squad's buy-and-bust tonight. He didn't say which office he's "
        "with or what his case is. ok?",
        [("dhs", "needs_info")],
    ),
    (
        "FBI wants our lobby camera video so they can ID the guy who held up the Citibank on Main St. ok to give?",
        [("fbi", "permitted")],
    ),
    (
        "The man whose laptop got stolen from his car is here giving a report, he only has a Mexican ID. Can "
        "I ask him if he's here legally?",
        [("none", "prohibited")],
    ),
    (
        "FBI case agent wants me to ask the bodega owner, who saw the sale, whether he has papers. Do I?",
        [("fbi", "prohibited")],
    ),
    (
        "ERO asked the desk to give them a call when the wife (she's the complainant on our DV case) comes "
        "back in. ok?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ATF has a federal arrest warrant signed by a district judge for a gun trafficker, they want a hand "
        "at the door tomorrow. ok?",
        [("atf", "permitted")],
    ),
    (
        "CBP officer wants to know if we've had any dealings with a guy at an address on Roosevelt Ave, says "
        "it's for his removal case. Tell him?",
        [("cbp", "prohibited")],
    ),
    (
        "We collared him on the robbery case this morning, he's in the cells. An ICE deportation officer "
        "wants 10 minutes alone to ask how he got into the country. ok?",
        [("ice_ero", "prohibited")],
    ),
    (
        "DEA wants me (TFO) on surveillance for their heroin case Friday. ok?",
        [("dea", "permitted")],
    ),
    (
        "ICE has a warrant signed by a magistrate judge. Prisoner's assault 1st conviction: ICE's printout "
        "says 2018 but our sheet says 2023. TSDB negative. Hold him?",
        [("ice", "needs_info")],
    ),
    # trafficking said as what the crew does
    (
        "HSI is working a crew that forces men into labor at a car wash in Corona. They want two of our detectives "
        "on surveillance with them Friday. OK?",
        [("hsi", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_ONE = [
    # set EY's classes (when things happened decides): how old he was then and is now; a YO finding
    # in doubt or refused ("when he was 17" alone leaves it open); either degree; two papers giving two
    # years; released long ago after years inside; a deportation in his past; and the classes of
    # pending sets EW, EM and DC: what the agents would find out ("whether he's deportable"), "text him
    # if I spot this guy", "wants to know when any of these show up"; the ICE check-in office as a place;
    # CBP's port director; a record named by its crime beside a removal case; "same fentanyl case"
    (
        "CBP wants to sit down with our prisoner in the cells and go over whether he's deportable. ok?",
        [("cbp", "prohibited")],
    ),
    (
        "DEA agent handed me a flyer and asked me to text him if I spot this guy around the projects, he's a "
        "target in their fentanyl case",
        [("dea", "escalate")],
    ),
    (
        "ERO wants to know when any of these four show up in our system, for their removal cases. Can I set that up?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE has a warrant signed by a federal magistrate judge for our prisoner. Robbery 1st conviction from "
        "when he was 21, he's 24 now. Probation, no jail. TSDB negative. Hold him?",
        [("ice", "escalate")],
    ),
    (
        "ICE has a warrant signed by a federal magistrate judge for our prisoner. Robbery 1st conviction from "
        "when he was 19, he's 26 now. Probation, no jail. TSDB negative. Hold him?",
        [("ice", "prohibited")],
    ),
    (
        "Magistrate judge signed ICE's warrant. He was convicted of robbery 2nd in 2023 when he was 16, don't "
        "know if the judge gave him YO. TSDB neg. Transfer?",
        [("ice", "needs_info")],
    ),
    (
        "Magistrate judge signed ICE's warrant. He was convicted of robbery 2nd in 2023 when he was 16, he "
        "didn't get YO, sentenced as an adult. TSDB neg. Transfer?",
        [("ice", "escalate")],
    ),
    (
        "EDNY magistrate signed the ICE warrant. Assault conviction in 2024, 1st or 2nd degree, the printout "
        "is cut off. No prison. TSDB negative. Hold?",
        [("ice", "needs_info")],
    ),
    (
        "ICE warrant signed by a magistrate judge. He says his burglary 2nd plea was in 2017, our sheet says "
        "2023. No jail. TSDB neg. Hold him?",
        [("ice", "needs_info")],
    ),
    (
        "Judge-signed ICE warrant (SDNY magistrate). Prisoner did time for robbery 1st, got out of Sing Sing "
        "in June 2012 after five years. Nothing since. TSDB negative. Transfer?",
        [("ice", "prohibited")],
    ),
    (
        "Marshals have a federal arrest warrant signed by a district judge for a gun charge. He was deported "
        "in 2018 and came back. He's in our cells. Hold him for them?",
        [("usms", "permitted")],
    ),
    (
        "A man got slashed outside the ICE check-in office on Broadway, we locked up the attacker. HSI now "
        "wants the 911 recordings, didn't say why.",
        [("hsi", "needs_info")],
    ),
    (
        "CBP officers at our impound lot with a warrant signed by the port director want to search a car in "
        "the back lot for the owner's documents, they say he's in removal proceedings.",
        [("cbp", "prohibited")],
    ),
    (
        "ICE agent wants the 911 call from the Dec 3 stabbing on 37th Ave, for their removal case against the "
        "victim's husband.",
        [("ice", "prohibited")],
    ),
    (
        "DEA wants our buy reports on the fentanyl collar, their case too. HSI wants to know his next court "
        "date, same fentanyl case.",
        [("dea", "permitted"), ("hsi", "escalate")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_TWO = [
    # set EZ's classes (officers telling what they did or were told, the agent's words quoted): the
    # suspect told as the one "we have for forgery" or "we stopped"; "two of our dets for the arrest"; an
    # aim asked for and evaded ("changed the subject"); list items cut at a marker's bracket ("wants 1)
    # our complaint report and 2) ..."); a joint task force's agent sitting in on an interview we set up
    (
        "Woman at the bank trying to open an account with a fake passport, we have her for forgery. Can I ask "
        "her about her immigration status?",
        [("none", "permitted")],
    ),
    (
        "subject we stopped for a fake license had two social security cards in different names. ok to ask "
        "him about his status for the ID fraud case?",
        [("none", "permitted")],
    ),
    (
        "USMS wants two of our warrant squad dets for the arrest tmrw, their federal warrant signed by an "
        "SDNY judge for a carjacker. good?",
        [("usms", "permitted")],
    ),
    (
        "DEA agent wants flags on 4 plates in our LPR system. I asked what it's for and he changed the "
        "subject. ok to set up?",
        [("dea", "needs_info")],
    ),
    (
        "FBI wants 1) our complaint report and 2) the lab results on the Astoria bank robbery. ok to send both?",
        [("fbi", "permitted")],
    ),
    (
        "HSI special agent on our joint child exploitation TF wants to sit in on the interview of the suspect "
        "we arrested. our det is running it. ok?",
        [("hsi", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_THREE = [
    # set FA's classes (officers correcting themselves as they type): an agency taken back with "no
    # sorry" or answered after the officer's own "X? no"; a record restated ("he was convicted, well,
    # he pleaded to ...") or pled down from one offence to another; an aim walked back by the agent or
    # put off ("we'll fill you in later"); a stop asked by unnamed agents, or on a hit of unknown kind;
    # held because of status; the conviction's year said in the next sentence; an offence "on his
    # sheet" beside a warrant; a pick-up of someone "we collared"; "her court date"; "... send?"
    (
        "DEA, no sorry, FBI. FBI has an arrest warrant signed by a federal magistrate for bank robbery and "
        "wants two of us to help grab the guy at his job. ok?",
        [("fbi", "permitted")],
    ),
    (
        "agent wants our complaint report on the Astoria shooting. ATF? no, looked at his card, he's FBI, "
        "it's their federal carjacking case. ok to send?",
        [("fbi", "permitted")],
    ),
    (
        "ICE has a warrant signed by a federal district judge. rap: arrested for robbery 2 in 2023, he was "
        "convicted, well, he pleaded to petit larceny in the end. TSDB no match. ok to hand him over?",
        [("ice", "prohibited")],
    ),
    (
        "federal judge signed ICE's warrant. he pleaded down from burglary 2 to criminal trespass 3 (2022), "
        "nothing else on him. TSDB negative. transfer?",
        [("ice", "prohibited")],
    ),
    (
        "HSI wants our arrest report on the Jamaica Ave guy. agent said it's a drug case, then sort of walked "
        "it back and said it might be an immigration thing, he wasn't sure. send?",
        [("hsi", "needs_info")],
    ),
    (
        "HSI wants to ride along on our canvass for the Bushwick shooting and get the names of everyone we "
        "talk to. I asked what their case is and got 'we'll fill you in later'.",
        [("hsi", "needs_info")],
    ),
    (
        "car stop, NCIC says 'federal warrant', dispatch can't tell me if it's criminal or an immigration "
        "entry yet. can I hold him till they know?",
        [("unknown", "needs_info")],
    ),
    (
        "plainclothes agents, said they're federal, want us to stop a guy coming off the bus and keep him "
        "till they get there. wouldn't say why.",
        [("federal", "needs_info")],
    ),
    (
        "EDNY magistrate signed ICE warrant, robbery 1 on his sheet. he was convicted in 2016, no prison time. "
        "TSDB came back negative. ICE wants to take him when we're done",
        [("ice", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_FOUR = [
    # set FB's classes (requests that reach the officer second-hand) and the pending sets': a victim
    # named by what was done in her name or to her; two papers from one agency for one prisoner
    # ("an I-247A plus a warrant for ICE custody signed by a magistrate judge"); an agency offered as
    # "ERO or HSI"; "wants us with them ... to grab a guy"; asked
    # "about whether he overstayed his visa"; a 911 break-in by men claiming to be ICE; "no reason
    # given" in a request's own words over the message's header; the agency that "will use them";
    # a stop for a criminal case where removal is the plan; "the stabbing victim I brought in"; "not 100%"
    (
        "guy at the desk says somebody used a fake license in HIS name to get his car out of the pound, he "
        "wants to make a report. can I ask him about his immigration status?",
        [("none", "prohibited")],
    ),
    (
        "ERO faxed an I-247A plus a warrant for ICE custody signed by a magistrate judge for our prisoner. He "
        "has a 2023 robbery 1st conviction, TSDB negative. hold him?",
        [("ice_ero", "escalate")],
    ),
    (
        "an agent from ERO or HSI, the desk isn't sure which, wants our arrest report on a guy from Willis Ave. send?",
        [("ice", "needs_info")],
    ),
    (
        "Marshals want two of us out with them at 0600 to grab a guy on a federal warrant for armed robbery "
        "signed by an SDNY judge. good?",
        [("usms", "permitted")],
    ),
    (
        "Our det on the HSI-NYPD trafficking task force wants to go on a joint labor trafficking rescue op "
        "tonight. ok?",
        [("hsi", "permitted")],
    ),
    (
        "HSI agent wants to talk to our prisoner about whether he overstayed his visa. ok?",
        [("hsi", "prohibited")],
    ),
    (
        "911 call: man says guys claiming to be ICE are kicking in his door, no badges. do we send a car?",
        [("ice", "permitted")],
    ),
    (
        "two asks on the Flatbush burglary: FBI wants our report for their burglary investigation, and a guy "
        "from DHS wants the same report, no reason given. send both?",
        [("fbi", "needs_info"), ("dhs", "needs_info")],
    ),
    (
        "DEA supervisor wants copies of our buy reports from the heroin case, says its for their federal case "
        "but also that ICE will use them to get the targets deported. can we send them?",
        [("dea", "escalate")],
    ),
    (
        "HSI: target is under investigation for passport fraud but the agent says the plan is to get him "
        "deported once they have him. they want two of ours to help pick him up tomorrow",
        [("hsi", "escalate")],
    ),
    (
        "a kid told the school safety agent he's being beaten at home. can the SSA ask if the family is undocumented?",
        [("none", "permitted"), ("none", "prohibited")],
    ),
    (
        "two HSI agents asked me for the name and home address of the stabbing victim I brought in tonight. "
        "they wouldnt say what its for",
        [("hsi", "needs_info")],
    ),
    (
        "ICE's warrant for the driver was signed by a judge, not 100%. he has a 2023 robbery 1st conviction. "
        "they want him held",
        [("ice", "needs_info")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_FIVE = [
    # set FB's remaining classes: an aim said of one of two asks ("On the alerts he said it's so ERO
    # can pick them up", "on the alerts he didn't really say what for") belongs to that ask alone;
    # "come out on surveillance" is an ask; unnamed feds "grabbing a guy" with "don't know what
    # agency or what it's for" leave the aim unknown (a grumble "don't know why the liaison can't
    # handle it" says nothing of it)
    (
        "I'm on the HSI gang task force. Two asks from the agent: (1) come out on surveillance tomorrow on the "
        "Trinitarios RICO target, and (2) put flags in our system on 3 guys so I get pinged if they get "
        "stopped. On the flags he said it's so ERO can pick them up for removal.",
        [("hsi", "needs_info"), ("hsi", "prohibited")],
    ),
    (
        "I'm on the HSI gang task force. Two asks from the agent: (1) come out on surveillance tomorrow on the "
        "Trinitarios RICO target, and (2) put flags in our system on 3 guys so I get pinged if they get "
        "stopped. On the flags he didn't really say what for.",
        [("hsi", "needs_info"), ("hsi", "needs_info")],
    ),
    (
        "Feds in windbreakers grabbing a guy outside the laundromat, it's calm, one of them asked me to keep "
        "the sidewalk clear while they finish. dont know what agency or what its for. do I?",
        [("federal", "needs_info")],
    ),
    (
        "Honestly I don't know why the liaison can't handle this herself. DEA chemist called asking for our "
        "lab's analysis results on the kilo we seized in July, because the same batch showed up in their "
        "federal case against the supplier. Send the results?",
        [("dea", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_SIX = [
    # set FC's classes (messages that carry a history before today's question): paper told as
    # history ("ERO asked about him twice before ... they only had detainers"; "both times" is no
    # pair of requests); a road closed "so their vans can get out with the guy" serves their arrest,
    # not the emergency beside it; "all the officer asked was whether ... he's a citizen" is the
    # agent's question; "I do these for terrorism cases all the time" and "not sure what they want
    # him for"; "watch from the monitor room"; "cargo smuggling"; the US Attorney's Office asking;
    # "prisoner in for a robbery" is our charge, not the paper's
    (
        "ERO op on 104 St. 1) the ERO lead wants us to close the block so their vans can get out with the "
        "guy. 2) somebody threw a rock and hit one of their agents in the head, he's bleeding. can we do both?",
        [("ice_ero", "permitted"), ("ice_ero", "prohibited")],
    ),
    (
        "ERO called about a guy we arrested for a DWI. all the officer asked was whether we have anything "
        "showing if he's a US citizen, nothing else. what do I tell him?",
        [("ice_ero", "escalate")],
    ),
    (
        "ERO asked about him twice before and both times we said no because they only had detainers. now "
        "ICE came with a warrant signed by a magistrate judge authorizing custody. I can't find his sheet "
        "yet. they want him held",
        [("ice_ero", "needs_info")],
    ),
    (
        "FBI agent asked me to put a flag on a guy, said it's sort of a joint thing with ICE, not sure what "
        "they want him for. I do these for terrorism cases all the time. do I?",
        [("fbi", "needs_info"), ("ice", "needs_info")],
    ),
    (
        "We scheduled the forensic interview here tomorrow and the agent from HSI's child exploitation unit "
        "will watch from the monitor room with the ADA. ok?",
        [("hsi", "permitted")],
    ),
    (
        "DEA's airport task force is working a cargo smuggling ring and wants our arrest report on the 4 "
        "kilos we seized. ok to send?",
        [("dea", "permitted")],
    ),
    (
        "a paralegal at the US Attorney's office asked for certified copies of our arrest report for their "
        "federal gun prosecution. ok?",
        [("other_federal", "permitted")],
    ),
    (
        "Prisoner in for a robbery. ICE came in with an arrest warrant signed by a US magistrate judge "
        "authorizing ICE custody for removal. haven't been through his sheet yet. they want him held",
        [("ice", "needs_info")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_SEVEN = [
    # set EM's classes (posts away from the precinct): a prisoner "under guard" at a hospital is
    # ours, so an agent who wants "to go in and ask him" or "to interview him" asks access to our
    # prisoner; "from a shooting" beside him is our case; "a convicted violent felon" is his record
    (
        "Kings County prison ward, perp under guard from a stabbing. ERO officer showed up and wants to go in "
        "and ask him about his status, says he's a convicted violent felon (robbery 1st, 2022)",
        [("ice_ero", "prohibited")],
    ),
    (
        "Elmhurst prison ward, perp under guard from a shooting. ATF agents want to interview him about where "
        "the gun came from for their trafficking case. squad lt ok'd it and we're setting it up with his lawyer",
        [("atf", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_EIGHT = [
    # set FD's classes (officers asking about the limits of an act): a hedge on how long ("maybe 3-4
    # hrs before they can come get him") doubts the time, not the ask; ICE's "task force model" is
    # the 287(g) program; "the name check says possible match in the terrorist screening database"
    # is a result, not records asked for
    (
        "Marshals have a federal arrest warrant signed by an SDNY district judge for a guy we picked up on a "
        "farebeat, armed robbery. How long can I keep him here? they said probably 2 hrs before they can come "
        "get him",
        [("usms", "permitted")],
    ),
    (
        "ICE sent an I-200 for a woman in our cells, and the name check says possible match in the terrorist "
        "screening database. can we hold her for ICE?",
        [("ice", "escalate")],
    ),
]


ROUND_ONE_HUNDRED_FORTY_NINE = [
    # set FE's classes (pasted emails, texts and form-like lines around the officer's question): an
    # email signed at its end ("Thanks, SA Brody, DHS") is the agency's voice; "asking the return date"
    # asks the court date; "a judicial warrant, I think signed by a judge" is hedged; an arrest on a
    # rap line is no conviction, and "disposition: see court records" leaves the outcome open; "an
    # EDNY warrant" is a federal court's; "block off the end of X Ave" is a perimeter; "wants me on an
    # undercover buy" is joining their case; "for our files" is no aim, and outweighs a crew named for
    # another agency's case
    (
        "email pasted:\n'Please send all LPR reads on NY plate JTR5521 for the last 2 weeks, the owner is a "
        "subject of our money laundering investigation. Regards, SA Lyle, DHS'\nok to pull it?",
        [("dhs", "escalate")],
    ),
    (
        "FBI agent phoned the 1-0-9 desk asking the return date on the desk appearance ticket we gave Ortiz, "
        "he's a target in their bank fraud case. give it?",
        [("fbi", "permitted")],
    ),
    (
        "ERO says they have a judicial warrant, I think signed by a judge, for Tran and want us to keep him past "
        "his release. he has a Robbery 1st from 2023. hold him?",
        [("ice_ero", "needs_info")],
    ),
    (
        "ICE has a warrant signed by a US magistrate judge for Okafor, want him at release. his sheet: arrest for "
        "Assault 1st in 2023, disposition says see the court file. TSDB negative. ok?",
        [("ice", "needs_info")],
    ),
    (
        "HSI has an EDNY arrest warrant for wire fraud on a guy we arraign today, the agent asks us to call him "
        "when he's released. ok?",
        [("hsi", "escalate")],
    ),
    (
        "ERO sgt asking the sector car to block off the end of the street while they do a pickup at a house. we go?",
        [("ice_ero", "prohibited")],
    ),
    (
        "FBI safe streets, I'm the NYPD TFO - case agent wants me on an undercover buy of guns from the Bloods set "
        "in Brownsville on Thursday. good?",
        [("fbi", "permitted")],
    ),
    (
        "FBI asked for our robbery pattern DD5s for their bank robbery case. separately DHS wants arrest records "
        "on the same crew, said just for their files. both ok?",
        [("fbi", "needs_info"), ("dhs", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY = [
    # FE's and EW's remaining classes and FF's (officers asking what to say back): "asking us to step
    # in" or "to help get residents out" beside an emergency is the response to it, not a second
    # request; "the arrest paperwork" asked for is our records, not the paper the request rests on;
    # "the same reports for 'their end of it'" gives no aim, and outweighs a case named before any
    # agency; "one agent in a headlock, turning purple" is violence now; "run an eTrace on the gun"
    # is an ask; "selling fake I-94s" is document fraud
    (
        "courthouse lobby, a man just shoved an HSI agent down the stairs and is kicking him. court officers "
        "asking us to step in. ok?",
        [("hsi", "permitted")],
    ),
    (
        "FBI wants the court dates and the arrest paperwork on our collar from Tuesday, he's a target in their "
        "extortion case. send it?",
        [("fbi", "permitted")],
    ),
    (
        "Fraud ring case, 3 defendants. FBI wants our DD5s for their federal case. HSI wants the same DD5s for "
        "their end of it. send both?",
        [("fbi", "needs_info"), ("hsi", "needs_info")],
    ),
    (
        "Subway platform, a guy has a DEA agent in a chokehold and the agent is turning blue. What do I tell my "
        "partner, do we go?",
        [("dea", "permitted")],
    ),
    (
        "CBP was grabbing someone in a walk-up in Corona when smoke started pouring out of the basement, FDNY called. "
        "The agents are asking us to help get the tenants out. go?",
        [("cbp", "permitted")],
    ),
    (
        "ATF wants us to submit an eTrace on the revolver from our shooting, for their straw purchase case. ok?",
        [("atf", "permitted")],
    ),
    (
        "We're investigating a woman selling fake I-551s out of a salon in Sunset Park. Can I ask her about her own "
        "status when we interview her?",
        [("none", "permitted")],
    ),
    # (help asked with no emergency beside it stays an ask to be read: "get the residents out" before a raid)
    (
        "ERO asked us to get the residents out of the building before their raid tomorrow. ok?",
        [("ice_ero", "needs_info")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_ONE = [
    # FG's classes (a veteran's shorthand): the crime scene of a shooting held, and the people who threw
    # at the agents locked up, are the response to it; a final g dropped ("throwin") is read; "release
    # him to the bureau" hands him over; CBP standing with us to check the papers of people who "look
    # like new arrivals" is status enforcement; "collar him if we see him" and "grab him on sight" are
    # our arrest on their warrant, not an alert; "help hit a stash house", "knock with them"; an "AUSA
    # in EDNY" who asks is a federal prosecutor asking; "rpt" is a report
    (
        "Marshals doing a pickup on my sector, the guy fires a round at a deputy and runs. we chase him, and "
        "the deputies want us to hold the crime scene after. ok?",
        [("usms", "permitted")],
    ),
    (
        "bunch of guys throwin rocks at the HSI agents outside the bodega, one agent bleeding from the head. "
        "we going in to lock up the throwers, good?",
        [("hsi", "permitted")],
    ),
    (
        "ATF agent at the desk has a federal arrest warrant signed by a district judge, straw purchasing. DA "
        "dropped our case. release him to the bureau?",
        [("atf", "permitted")],
    ),
    (
        "FBI agent at the desk has a federal arrest warrant signed by a district judge, bank robbery. our "
        "case got dropped. release him to the bureau?",
        [("fbi", "permitted")],
    ),
    (
        "border patrol wants to stand with us at the bus terminal and ask for papers from people who look "
        "like new arrivals. ok?",
        [("cbp", "prohibited")],
    ),
    (
        "Marshals have a judge-signed federal warrant for a guy wanted for a carjacking in PA, they put out "
        "his photo. we ok to collar him if we see him on patrol?",
        [("usms", "permitted")],
    ),
    (
        "ICE gave us a photo, guy has an I-200 admin warrant. we ok to grab him on sight?",
        [("ice", "prohibited")],
    ),
    (
        "DEA wants us to help hit a stash house on their search warrant signed by a federal magistrate, "
        "heroin case. go?",
        [("dea", "permitted")],
    ),
    (
        "FBI wants patrol to knock with them at a walkup in the 40, they have a federal arrest warrant signed "
        "by a judge for a bank robbery. ok?",
        [("fbi", "permitted")],
    ),
    (
        "an SDNY AUSA wants our DD5s on the robbery collar, the case got adopted federally, Hobbs Act. send?",
        [("other_federal", "permitted")],
    ),
    (
        "Postal inspector wants a copy of our complaint rpt on the mail theft collar for their federal case. send?",
        [("other_federal", "permitted")],
    ),
    # (guards: securing the scene of their civil arrest is no crime scene; "cousin" and "within" keep their n)
    (
        "ICE wants us to secure the scene while they arrest him on their admin warrant. ok?",
        [("ice", "prohibited")],
    ),
    (
        "the agent's cousin within the family is askin whether the guy is here. nothing federal, just "
        "curious, what do I tell her?",
        [("unknown", "escalate")],
    ),
]


ROUND_ONE_HUNDRED_FIFTY_TWO = [
    # FH's classes (officers describing instead of naming): a second person asked about in a later
    # clause ("they also want us to hold another prisoner we have") is a request of its own, on its own
    # paper, never on the first one's warrant; a record in lay words ("got YO on it", "adjudicated a
    # juvenile delinquent", "a summons once, that's his whole record") is no conviction; "wants us along
    # to grab a guy" on their warrant, "do the witness interview together" on a joint task force, "call
    # them if she ever gets brought in"; "reset my email password" is our own login
    (
        "FBI needs two of our cops for their arrest warrant tomorrow, signed by a district judge, bank "
        "robbery. they also want us to hold another prisoner we have downstairs, they say there's a federal "
        "hold on him but nobody knows who signed it",
        [("fbi", "needs_info"), ("fbi", "needs_info")],
    ),
    (
        "a magistrate judge signed an immigration warrant for our prisoner and ICE wants him handed over. he "
        "had an assault when he was 16, in 2022, and got YO on it, nothing else. TSDB negative",
        [("ice", "prohibited")],
    ),
    (
        "ICE has a warrant signed by a federal magistrate for our prisoner, wants him held. he was "
        "adjudicated a juvenile delinquent at 13 for a robbery, no adult record. watchlist no",
        [("ice", "prohibited")],
    ),
    (
        "judge-signed immigration warrant on our prisoner, ICE wants to take him. he got a summons for "
        "drinking in public once, that's his whole record. TSDB came back no",
        [("ice", "prohibited")],
    ),
    (
        "DEA wants us along to grab a guy on their federal arrest warrant signed by a judge, heroin distribution. ok?",
        [("dea", "permitted")],
    ),
    (
        "HSI and our squad are on a joint trafficking task force, they want to do the witness interview "
        "together at the DA's office. ok?",
        [("hsi", "permitted")],
    ),
    (
        "CBP wants the desk to call them if a certain woman ever gets brought in here",
        [("cbp", "needs_info")],
    ),
    (
        "how do i change my email password on the department laptop",
        [("unknown", "escalate")],
    ),
    # (guards: a second man named with no ask of his own, an email sent, a second man in the emergency,
    # and a request told as last month's history stay where they were)
    (
        "ICE wants the release time of the guy we arrested with another man yesterday, they have an I-247A",
        [("ice", "prohibited")],
    ),
    (
        "FBI wants us to email the complaint report on our robbery collar for their federal bank robbery case. ok?",
        [("fbi", "permitted")],
    ),
    (
        "we're the car on the perimeter of an ATF search in the Bronx, a second guy came out a window and is "
        "shooting at the agents. we engage?",
        [("atf", "permitted")],
    ),
    (
        "HSI agent wants the arrest report on our assault collar for ERO, for his removal hearing. last month "
        "a different HSI agent asked for reports on another guy and the CO sent it to Legal. send it?",
        [("hsi", "prohibited"), ("ice_ero", "prohibited")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_THREE = [
    # FI's classes (officers pasting particulars around the request): an arrest number with its word
    # ("arrest K26654321") is blanked like the number alone, never an arrest asked; a purpose word taken
    # back as it is said ("it's 'criminal, sort of, depends'", "criminal, kind of, hard to say") is
    # hedged; "agents on scene asking us to come" beside an emergency is the response to it; "a van in
    # our impound lot ... they want in to search it" is entry into our premises; "go with him to a
    # hospital in the Bronx to interview a victim" is our officer at their interview
    (
        "ERO has an I-200 for our prisoner Dmitri Volkov, arrest K26654321, and wants him handed over at the "
        "75. TSDB came back as a possible match.",
        [("ice_ero", "escalate")],
    ),
    (
        "ICE sent an I-205 on our prisoner, arrest # B26700123, and wants him turned over tonight",
        [("ice", "prohibited")],
    ),
    (
        "CBP agent wants our complaint reports on the Queens Blvd crash, says it's 'criminal, sort of, "
        "depends what turns up'",
        [("cbp", "needs_info")],
    ),
    (
        "HSI wants the DD5s on our burglary collar, when I asked he said it's criminal, kind of, hard to say "
        "where it goes",
        [("hsi", "needs_info")],
    ),
    (
        "ICE van flipped on the BQE during their op, 3 people hurt, agents on scene asking us to come. go?",
        [("ice", "permitted")],
    ),
    (
        "HSI has a search warrant signed by a federal magistrate for a van sitting in our impound lot, gun "
        "trafficking case. They want in to search it. ok?",
        [("hsi", "escalate")],
    ),
    (
        "I'm on the FBI gang TF, the case agent wants me to go with him to a hospital in the Bronx to "
        "interview a shooting victim about the crew. ok?",
        [("fbi", "permitted")],
    ),
    # (guards: "criminal, a fencing ring case" stays stated; a van in our lot asked about is no entry)
    (
        "HSI wants the DD5s on our burglary collar, he said it's criminal, a fencing ring case, no civil part. send?",
        [("hsi", "escalate")],
    ),
    (
        "ICE wants to know if the van in our impound lot is registered to our prisoner. ok?",
        [("ice", "needs_info")],
    ),
]


ROUND_ONE_HUNDRED_FIFTY_FOUR = [
    # FJ's two false permits (the specialised units): serving an ICE officer's paper ("help serve a
    # couple of I-200s while we're out there for the trademark case") is civil enforcement whatever case
    # the team works, never the team's criminal case (fj-135); an agency named by its email domain ("a
    # second email came in from a dhs.gov account") is the one asking, a request of its own (fj-076)
    (
        "I'm on the HSI counterfeit goods task force. the group sup wants us to help serve a couple of I-200s "
        "on workers at the warehouse while we're out there for the trademark case. ok?",
        [("hsi", "prohibited")],
    ),
    (
        "HSI wants our squad to help pick up two guys on admin immigration warrants, says it ties into their "
        "smuggling case. ok?",
        [("hsi", "escalate")],
    ),
    (
        "Lab. FBI wants the DNA results for their bank robbery case, and a second email came in from a "
        "dhs.gov account wanting the same results, no reason. send both?",
        [("fbi", "needs_info"), ("dhs", "needs_info")],
    ),
    # (guard: a judge's criminal warrant served with the same team is still executed)
    (
        "I'm on the HSI task force, the group sup wants us to help serve a federal arrest warrant signed by a "
        "magistrate judge on the ring leader for wire fraud. ok?",
        [("hsi", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_FIVE = [
    # FJ's classes (the specialised units): a unit's gear or people lent for a judge's warrant ("borrow our
    # battering ram and three of our cops for a search warrant", "our boat to take them out to arrest him",
    # agents ferried out to serve a search warrant, "doing the door") is help with the warrant
    (
        "ESU. DEA asked to borrow our battering ram and three of our cops for a search warrant on a stash apt "
        "in Jamaica, signed by a federal magistrate judge, fentanyl case. ok?",
        [("dea", "permitted")],
    ),
    (
        "Harbor. Marshals have a federal arrest warrant signed by a district judge for a carjacking suspect "
        "hiding on a houseboat in Sheepshead Bay, they want our boat to take them out to arrest him. go?",
        [("usms", "permitted")],
    ),
    (
        "Harbor. HSI asked if we can ferry three of their agents out to a container ship in the Kills to "
        "serve a search warrant signed by a magistrate judge, counterfeit pills case. ok?",
        [("hsi", "permitted")],
    ),
    (
        "ESU Truck 1. FBI wants us doing the door tomorrow 0500 on a kidnapping suspect, federal arrest "
        "warrant signed by a magistrate judge. ok?",
        [("fbi", "permitted")],
    ),
    # a unit's skill lent to a criminal case: a dog's sniff, CSU processing, a vouchered item inspected, lab results
    (
        "K9. ATF wants one of our gun dogs for a vehicle sniff at a chop shop, firearms trafficking case. ok?",
        [("atf", "permitted")],
    ),
    (
        "FBI asked for our CSU to print a van they recovered in their armored car robbery case. ok?",
        [("fbi", "permitted")],
    ),
    (
        "Property Clerk. Postal inspectors want to inspect a vouchered laptop from a mail theft arrest, it's "
        "for their mail fraud case. ok?",
        [("other_federal", "permitted")],
    ),
    (
        "CSU. DEA wants our ballistics results from the Brownsville shooting for their drug conspiracy case. send?",
        [("dea", "permitted")],
    ),
    # property moves, not a person: vouchered things transferred or shipped to their lab
    (
        "Property Clerk. ATF brought the adoption paperwork to take the 6 pistols we seized from a car stop "
        "for their gun case. ok to transfer?",
        [("atf", "permitted")],
    ),
    (
        "FBI has a search warrant signed by a magistrate judge for two laptops we vouchered and wants them "
        "shipped to their lab in Quantico. release them?",
        [("fbi", "permitted")],
    ),
    # emergencies said concretely: someone hanging from a ledge, a suspicious bag to clear, the bird
    # searching for whoever hurt an officer
    (
        "ESU. during an HSI arrest a woman climbed out a window and is hanging from the 5th floor ledge. HSI "
        "asking for us. going?",
        [("hsi", "permitted")],
    ),
    (
        "Bomb Squad. suspicious bag left by the door of the federal building on Varick, ICE officers on scene "
        "asking us to come clear it. ok?",
        [("ice", "permitted")],
    ),
    (
        "Aviation. someone dragged a CBP officer with his car at a checkpoint, officer hurt, driver took off. "
        "patrol wants the bird to help look for the guy who dragged him. ok?",
        [("cbp", "permitted")],
    ),
    # civil aims said by what the agents do (check drivers' papers; people detained for being here
    # illegally; ID papers sought for a deportation case, which are no warrant) and a boat interdiction
    # for alien smuggling (an immigration crime, not 287(g))
    (
        "Highway. ICE wants a joint checkpoint on the Belt so they can check drivers' papers. ok?",
        [("ice", "prohibited")],
    ),
    (
        "Harbor. CBP boat took on water, we pulled everyone out, including 3 people they detained for being "
        "in the country illegally. CBP wants us to run the 3 detainees over to their cutter. ok?",
        [("cbp", "prohibited")],
    ),
    (
        "Property Clerk. two ICE agents want to go into our storage room and search a vouchered backpack for "
        "a man's ID papers for his deportation case, no warrant. ok?",
        [("ice", "prohibited")],
    ),
    (
        "Harbor. CBP wants us to help intercept a boat off Rockaway, they say it's landing migrants and they "
        "want to charge the driver with alien smuggling. ok?",
        [("cbp", "escalate")],
    ),
    # (guards: ERO calling 911 to have someone stopped is no emergency; a release call "when he's
    # transferred" is still a custody ask; a past bomb threat is a case, not an emergency)
    (
        "ERO called 911 asking the sector car to stop and detain a man with an I-205 at his address. ok?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE wants a call when our prisoner is transferred to Rikers. he has an I-247A. ok?",
        [("ice", "prohibited")],
    ),
    (
        "FBI wants the 911 call from last week about a bomb threat on a federal building they're "
        "investigating. release it?",
        [("fbi", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_SIX = [
    # FK's classes (officers who already have an answer in mind): a custody ask said as "take him before
    # we cut him loose"; a signer restated in doubt ("a judge signed it I believe") leaves it unknown;
    # "old record" describing the record is no record asked for; their debrief of our informant that we
    # set up with our detective there is joint work in our house; one name run through the gang
    # database is a records check, not the database
    (
        "DA dropped our case on him. a DEA agent is here with a federal arrest warrant signed by a magistrate "
        "judge for heroin distribution and wants to take him before we cut him loose. ok?",
        [("dea", "permitted")],
    ),
    (
        "ICE magistrate warrant on our prisoner. he has a robbery 1 conviction but the rap doesnt show the "
        "year, old record. TSDB no. so we're good?",
        [("ice", "needs_info")],
    ),
    (
        "ICE wants him held past his court date. there's a judicial warrant, a judge signed it I believe. he "
        "has an assault 1 conviction from 2023. ok?",
        [("ice", "needs_info")],
    ),
    (
        "FBI wants to debrief our CI in our squad room on their extortion case, we'd set it up and our det "
        "would be there. ok?",
        [("fbi", "permitted")],
    ),
    (
        "DEA wants us to run his name through the gang database for their trafficking case. fine?",
        [("dea", "permitted")],
    ),
    # (guards: the database itself is still bulk data; a prior record asked for is still asked for)
    (
        "ATF wants a copy of our gang database for the whole crew in the Wagner Houses for their gun case. ok?",
        [("atf", "escalate")],
    ),
    (
        "FBI wants his prior record for their bank robbery case. ok to send?",
        [("fbi", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_SEVEN = [
    # FL's classes (facts that move while the officer types): an agency corrected with what it wants between
    # ("they clarified it's HSI, for a criminal narcotics investigation, not ERO") is the one asking, and
    # the ask stays; "interview the bodega owner we arrested" is access to our prisoner
    (
        "CO here. ICE ERO wants two desks in our pct for a few months.\nedit: they clarified it's HSI, for a "
        "criminal narcotics investigation, not ERO",
        [("hsi", "escalate")],
    ),
    (
        "FBI wants to interview the bodega owner we arrested, in our interview room.\nUPDATE: it's actually "
        "ICE ERO that wants to see him, about his removal case, not the FBI",
        [("ice_ero", "prohibited")],
    ),
    (
        "DEA wants to interview the driver we arrested last night, in our interview room, for their fentanyl case. ok?",
        [("dea", "permitted")],
    ),
    # the officer's own status question: "under arrest for using a fake passport" names a suspect;
    # "isn't the perp, it's the lady whose card got stolen" names the victim
    (
        "I've got a guy under arrest for using a fake passport to open bank accounts. ok to ask his "
        "immigration status?",
        [("none", "permitted")],
    ),
    (
        "the card fraud case - scratch that, the one I want to ask about status isn't the perp, it's the lady "
        "whose credit card got stolen",
        [("none", "prohibited")],
    ),
    # an edit after a finished sentence keeps that sentence (the TSDB result before it); an offence
    # denied ("his conviction isn't robbery 1") is not the record; a follow-up "about the DEA case
    # records" is that agency asking again; NCIC flagging him as a possible TSDB match is a result
    (
        "ICE ERO immigration warrant signed by a magistrate judge for our prisoner, TSDB negative.\nedit - "
        "wrong line, his conviction is petit larceny, 2021, a misdemeanor",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE immigration warrant signed by a federal judge for our prisoner, TSDB no. his conviction isn't "
        "robbery 1, it's petit larceny 2022",
        [("ice", "prohibited")],
    ),
    (
        "following up on my question earlier about the DEA heroin case records - the agent now wants the "
        "arrest photos too, same heroin case",
        [("dea", "permitted")],
    ),
    (
        "ICE wants a hold on an I-247A, no judge. update: NCIC flagged him as a possible terrorist watchlist "
        "(TSDB) match",
        [("ice", "escalate")],
    ),
    # (guards: a flag asked for is still an alert; a conviction said "not a misdemeanor" is still read)
    (
        "HSI wants us to flag him so they hear when he's stopped. ok?",
        [("hsi", "needs_info")],
    ),
    (
        "ICE immigration warrant signed by a federal judge for our prisoner, TSDB no. his conviction is "
        "robbery 1 in 2022, not a misdemeanor",
        [("ice", "escalate")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_EIGHT = [
    # FM's classes (the officer's tone as part of the message): a paper "signed by some supervisory
    # detention and deportation officer" is administrative; "keeps calling my desk" is no desk asked for,
    # and "prob wanna deport the whole block lol" is a joke, not their aim; "computer's back up" is no
    # backup; "do the car stop" on their warrant; "the RTCC sgt asked me to ask" is no unread ask; an
    # interview of our witness that we set up and sit in on; "we're good, it's criminal?" is the
    # officer's guess, not doubt about the aim the agency stated
    (
        "ICE is back again for last night's collar. their 'warrant' is signed by some supervisory detention "
        "and deportation officer. he has a robbery 2 from 2023. they want us to keep him after arraignment. "
        "sure, why not 🙄",
        [("ice_ero", "prohibited")],
    ),
    (
        "HSI keeps calling my desk smh. wants our 911 calls from a building in Corona, won't say why. prob "
        "wanna deport the whole block lol. send?",
        [("hsi", "needs_info")],
    ),
    (
        "ICE ERO warrant signed by a federal magistrate judge for our prisoner. computer's back up: priors = "
        "burglary 2nd, convicted 2023. TSDB negative. hold?",
        [("ice_ero", "escalate")],
    ),
    (
        "USMS wants us to do the car stop on their fugitive on the BQE, arrest warrant signed by a district "
        "judge for a bank robbery. they'll be right behind us",
        [("usms", "permitted")],
    ),
    (
        "DEA wants plate reader hits on a van for their heroin case. the RTCC sgt asked me to ask.",
        [("dea", "permitted")],
    ),
    (
        "FBI wants to interview our witness from the Fordham shooting for their carjacking case. I'd set it "
        "up at the DA's office and I'd be in the room. ok?",
        [("fbi", "permitted")],
    ),
    (
        "HSI wants our bodycam of the arrest, the guy is charged in their federal gun case. we're good, it's criminal?",
        [("hsi", "escalate")],
    ),
    # a removal the agent says ICE "might" or will "prob" want beside a criminal case is a mixed aim
    # (before this round "might" let the criminal case permit alone)
    (
        "FBI asked for our crime scene photos for their murder case but the agent said ICE might want them "
        "too for removal after. ok?",
        [("fbi", "escalate")],
    ),
    (
        "DEA wants our buy reports for their heroin case, agent said ICE will prob want copies too for the "
        "removal side later. ok?",
        [("dea", "needs_info"), ("ice", "needs_info")],
    ),
    # (guards: the guess alone leaves the aim open; backup and a desk asked for are still asked for)
    (
        "HSI wants our bodycam of an arrest last week. it's criminal, right?",
        [("hsi", "needs_info")],
    ),
    (
        "ICE wants backup at an address in Corona for their operation tomorrow. ok?",
        [("ice", "needs_info")],
    ),
    (
        "ERO wants to set up a desk in our precinct for two agents for a month. ok?",
        [("ice_ero", "prohibited")],
    ),
]

ROUND_ONE_HUNDRED_FIFTY_NINE = [
    # FN's classes (the table's less common corners): a cross-designation "with customs (title 19)
    # authority" for narcotics cases is task-force work and "customs" there is no CBP asking; "for a
    # case", nothing more, is no aim; "work the pattern jointly with them" is joint work; "basically a
    # judicial warrant" doubts the paper; "or maybe it's more of an immigration thing, not sure yet"
    # leaves the aim open; a judge's arrest warrant "authorizing them to take custody for removal" is
    # immigration paper
    (
        "TFO on the HSI group here. they want me cross-designated with customs (title 19) authority for our "
        "cocaine importation cases. ok to sign?",
        [("hsi", "permitted")],
    ),
    (
        "HSI agent wants copies of the DD5s on a robbery we closed last year. said it's 'for a case', nothing "
        "more. ok?",
        [("hsi", "needs_info")],
    ),
    (
        "DEA group asked if our narcotics squad can work the pill mill in the 1-2-0 jointly with them. ok?",
        [("dea", "permitted")],
    ),
    (
        "ICE says the paper for our prisoner is 'basically a judicial warrant', I only saw it on his phone. "
        "he has a robbery 1 conviction from 2024. they want to take him. ok?",
        [("ice", "needs_info")],
    ),
    (
        "HSI wants our arrest file, first said it's for a visa fraud case, then 'or maybe it's more of an "
        "immigration thing, not sure yet'. send?",
        [("hsi", "needs_info")],
    ),
    (
        "CBP has an arrest warrant signed by a federal magistrate judge authorizing them to take custody for "
        "removal. our prisoner has a YO adjudication for robbery 2, nothing else, TSDB no hit. transfer him?",
        [("cbp", "prohibited")],
    ),
    # a removal aim in doubt beside a crime ("i think they want him deported too"): before this round
    # the crime permitted alone
    (
        "DEA wants our buy reports for their heroin case, i think they want him deported too. ok?",
        [("dea", "needs_info")],
    ),
    # (guards: "basically they want him deported" says what they want; a person's status in doubt is no aim)
    (
        "ATF case is a gun thing but the agent said basically they want him deported and the case is how they "
        "get there. he wants our DD5s",
        [("atf", "escalate")],
    ),
    (
        "I'm on the FBI fraud task force, ok to keep working the wire fraud case? one target is apparently "
        "out of status",
        [("fbi", "permitted")],
    ),
]

ROUND_ONE_HUNDRED_SIXTY = [
    # FO's classes (community-facing members and civilians): "a fight at a block party" asks no road
    # closed; "send EMS and units" beside a crash is the response; "want me there for the entry" and
    # "point out his girlfriend's building" are help with their warrant; the roster of our youth league
    # is list data; a judge's warrant found on a stop, "do I bring him in?", is that warrant executed
    (
        "PAA at the 44. guy in our cells from a fight at a block party. ICE has a warrant signed by a US "
        "magistrate judge for ICE custody, he has a robbery 2 conviction from 2023, TSDB negative. they want "
        "him handed over. what do I tell the desk sgt?",
        [("ice", "escalate")],
    ),
    (
        "911 call taker. car with federal plates, guys in HSI vests, crashed into a bus on Fordham Rd during "
        "a chase, driver hurt and pinned. send EMS and units?",
        [("hsi", "permitted")],
    ),
    (
        "NCO, 75 pct. FBI has a federal search warrant signed by a magistrate judge for an apartment on "
        "Linden Blvd, kidnapping case. they want me there for the entry since I know the super. ok?",
        [("fbi", "permitted")],
    ),
    (
        "NCO. Marshals have a federal arrest warrant signed by a district judge for a murder fugitive and "
        "want me to point out his girlfriend's building. ok?",
        [("usms", "permitted")],
    ),
    (
        "YCO. ICE called asking for the roster of our PAL basketball league, names and parents' numbers, to "
        "find families with removal orders. what do I say?",
        [("ice", "prohibited")],
    ),
    (
        "stopped a guy for a red light, ran him, there's an ATF federal arrest warrant signed by a magistrate "
        "judge for gun trafficking. do I bring him in?",
        [("atf", "permitted")],
    ),
    # (guards: blocking the street for them is still asked; an admin warrant hit is still no arrest of ours)
    (
        "ICE wants us to block the street on Roosevelt Ave while they make arrests. ok?",
        [("ice", "needs_info")],
    ),
    (
        "ran him on a car stop and there's an ICE administrative warrant, an I-200. do I bring him in?",
        [("ice", "prohibited")],
    ),
]

ROUND_ONE_HUNDRED_SIXTY_ONE = [
    # FP's classes (questions asked in the negative): "no reason not to?" and "no reason we can't" ask
    # leave, they say nothing of the agency's aim; "nothing stops me from keeping him" asks, it denies
    # nothing; "no record as far as I know" leaves the record open, and a doubt said of the record
    # before a "but" is not said of the TSDB result after it; people "they're deporting" are the aim;
    # an emergency beside an HSI arrest is the bot's subject though nobody asked; "for the same case"
    # in the second agency's own clause; "Transport detail." names the writer's unit; an ICE
    # supervisor's name on the paper against the agent's word leaves the signer open
    (
        "ATF has a federal search warrant signed by a magistrate for a garage in the 4-7, wants two cops "
        "to keep the block clear while they search. No reason we can't, right?",
        [("atf", "permitted")],
    ),
    (
        "DEA has a federal arrest warrant signed by a judge for the guy in our cells, wants him held for "
        "pickup. no reason not to?",
        [("dea", "permitted")],
    ),
    (
        "ICE called, they have a warrant for the guy in our cells, it's coming by fax. nothing stops me "
        "from keeping him till they show up, right?",
        [("ice", "needs_info")],
    ),
    (
        "Magistrate judge signed ICE's warrant for our prisoner. TSDB came back negative. He has no "
        "record as far as I know. Hold him?",
        [("ice", "needs_info")],
    ),
    (
        "A federal judge signed the ICE warrant. no priors that I know of, but the TSDB check came back a "
        "possible match. Hold?",
        [("ice", "escalate")],
    ),
    (
        "CBP wants two of our cars to help move a group they're removing on Friday. we can't, can we?",
        [("cbp", "prohibited")],
    ),
    (
        "Man with a knife chasing people on Roosevelt Ave, a block from where HSI is running some "
        "operation. nobody's asked us for a thing. we respond like normal, right?",
        [("unknown", "permitted")],
    ),
    (
        "JTTF wants (a) our complaint reports on the subway threat and (b) a CBP officer on that same "
        "JTTF wants the body cam video for the same case. ok to send both?",
        [("fbi", "permitted"), ("cbp", "escalate")],
    ),
    (
        "Transport detail. Marshals want us to drive a federal prisoner to EDNY on a judge-signed writ, "
        "his gun case. ok?",
        [("usms", "permitted")],
    ),
    (
        "The ICE agent said a judge signed it, but the copy he left has an ICE supervisor's name on the "
        "signature line. Hold him? he has a robbery 1 from 2023",
        [("ice", "needs_info")],
    ),
]


ROUND_ONE_HUNDRED_SIXTY_TWO = [
    # classes of the sets still waiting in eval/pending (AW, DS, FO): in Arabic, "not" only as a word of
    # its own (its letters also open words after the article, "الاحتجاز"), and a release date to be
    # told; a caller reporting a husband grabbed by men in plain clothes is a kidnapping answered,
    # whoever they turn out to be; "grooming kids" and "stealing benefit checks" are crimes; "invited
    # me to work with their task force" is joint work; a man "giving a statement to our detective"
    # is no records asked; the woman "who called 911 about a robbery" reported our event, it is no
    # federal case
    (
        "ضابط من ICE يريد الاحتجاز للموقوف عندنا حتى يأتي، ولا توجد مذكرة موقعة من قاضي. هل يجوز؟",
        [("ice", "prohibited")],
    ),
    (
        "radio job: caller says her husband is being grabbed by guys in plain clothes, could be immigration. we going?",
        [("unknown", "permitted")],
    ),
    (
        "HSI wants our complaint reports on their case against a guy grooming kids at the skate park. ok?",
        [("hsi", "escalate")],
    ),
    (
        "HUD OIG wants our reports for their case on a landlord stealing benefits from tenants. ok?",
        [("other_federal", "permitted")],
    ),
    (
        "HSI invited me to work with their task force on a case about a man luring kids online. can I join?",
        [("hsi", "permitted")],
    ),
    (
        "ICE has a warrant signed by a US magistrate judge authorizing ICE custody of a woman who's in "
        "the back giving a statement to our detective. they want to go back there and take her. what do I "
        "do?",
        [("ice", "escalate")],
    ),
    (
        "ICE wants the name of the man who called 911 about a robbery yesterday, says he has a removal order. ok?",
        [("ice", "prohibited")],
    ),
]


ROUND_ONE_HUNDRED_SIXTY_THREE = [
    # FQ's classes (decisive facts buried in long messages, incidental words): "the RMP's brakes are
    # shot" is worn out, no wound; a bouncer the message named as our witness, asked about later by his
    # job, is a witness; "a room there, permanent" is a standing office; a lieutenant "transferred from
    # the 75" is no custody transfer; arrests "all over the news" ask nothing; "for my report" is the
    # officer's own writing; "last year's warrant case" is no paper now; "asked for the same team at
    # 0900" is our people for their warrant; a bodega owner asking us to move the car is no federal ask
    (
        "ICE has a judge-signed warrant (magistrate, EDNY) for our prisoner, robbery 1 in 2024, TSDB no. "
        "the RMP's brakes are shot btw. hold him?",
        [("ice", "escalate")],
    ),
    (
        "Saturday on Arthur Ave, every restaurant packed because of the Italian feast at Our Lady of "
        "Mount Carmel. A bar called us for a kid with a fake ID and a stolen credit card. The bouncer who "
        "caught him is our witness, he's giving a statement. My partner wants to ask the bouncer if he's "
        "legal, says the bouncer has an accent. Can he?",
        [("none", "prohibited")],
    ),
    (
        "The CB supervisor says HSI wants a room there, permanent, to interview arrestees about gang "
        "crimes for their criminal cases. Can we agree?",
        [("hsi", "escalate")],
    ),
    (
        "FBI wants our DD5s on the carjacking for their case. the new lt, transferred from the 75 last "
        "month, says ask you. ok?",
        [("fbi", "permitted")],
    ),
    (
        "ICE arrests in Corona were all over the news today. unrelated: DEA wants our buy reports on the "
        "heroin spot for their case. ok?",
        [("dea", "permitted")],
    ),
    (
        "DV job, the complainant is bruised and her boyfriend says she's illegal. can I ask her if she's legal, "
        "for the report?",
        [("none", "prohibited")],
    ),
    (
        "DEA wants to stage two vans in our lot before they and our module hit a stash house on a joint "
        "heroin case. the seized car from last year's warrant case is still in the corner. ok?",
        [("dea", "permitted")],
    ),
    (
        "Warrant squad. ATF has a judge-signed federal search warrant for a gun stash and asked for the "
        "same team at 0900 tomorrow. ok?",
        [("atf", "permitted")],
    ),
    (
        "FBI asked us to hold him till they pick him up, judge-signed warrant for bank robbery. good to "
        "go? also the bodega owner asked us to move the car.",
        [("fbi", "permitted")],
    ),
]


ROUND_ONE_HUNDRED_SIXTY_FOUR = [
    # probing FQ's first false permitted ("the RMP's wipers are shot" read as a wound) found the class
    # wider: a machine that "crashed" or is "on fire lol", the officer's own ache ("I hurt it at the
    # gym"), an old injury ("stabbed in 2020", "a crash last summer") and a figure of speech
    # ("bleeding us dry with OT") each made an emergency request of its own, answered `permitted`
    # beside the custody ask; none is happening now (an agent hurt in a crash during their op still is)
    (
        "ICE sent an I-247A for the guy in our cells; the computer crashed twice tonight so this is late. "
        "do we hold him?",
        [("ice", "prohibited")],
    ),
    (
        "ICE has an admin warrant for our prisoner. my knee is killing me, I hurt it at the gym. hold him?",
        [("ice", "prohibited")],
    ),
    (
        "ERO wants his release date. he was stabbed in 2020, that's the scar. tell them?",
        [("ice_ero", "prohibited")],
    ),
    (
        "ICE wants the court date for our prisoner. he got hurt in a crash last summer, walks with a cane. ok?",
        [("ice", "needs_info")],
    ),
    (
        "ICE detainer on our prisoner. the copier is on fire lol. hold?",
        [("ice", "prohibited")],
    ),
    (
        "ICE wants his release date. the captain is bleeding us dry with OT. tell them?",
        [("ice", "needs_info")],
    ),
    (
        "HSI agent got hurt in a crash on the BQE during their op, he's bleeding, can we send EMS?",
        [("hsi", "permitted")],
    ),
    (  # (a guard) the officer hurt now is an emergency still
        "ICE agents on 37th ave, I got hurt, guy swung a bat at us, send help?",
        [("ice", "permitted")],
    ),
]


ROUNDS = {
    "six": ROUND_SIX,
    "seven": ROUND_SEVEN,
    "eight": ROUND_EIGHT,
    "nine": ROUND_NINE,
    "ten": ROUND_TEN,
    "eleven": ROUND_ELEVEN,
    "twelve": ROUND_TWELVE,
    "thirteen": ROUND_THIRTEEN,
    "fourteen": ROUND_FOURTEEN,
    "fifteen": ROUND_FIFTEEN,
    "sixteen": ROUND_SIXTEEN,
    "seventeen": ROUND_SEVENTEEN,
    "eighteen": ROUND_EIGHTEEN,
    "nineteen": ROUND_NINETEEN,
    "twenty": ROUND_TWENTY,
    "twenty-one": ROUND_TWENTY_ONE,
    "twenty-two": ROUND_TWENTY_TWO,
    "twenty-three": ROUND_TWENTY_THREE,
    "twenty-four": ROUND_TWENTY_FOUR,
    "twenty-five": ROUND_TWENTY_FIVE,
    "twenty-six": ROUND_TWENTY_SIX,
    "twenty-seven": ROUND_TWENTY_SEVEN,
    "twenty-eight": ROUND_TWENTY_EIGHT,
    "twenty-nine": ROUND_TWENTY_NINE,
    "thirty": ROUND_THIRTY,
    "thirty-one": ROUND_THIRTY_ONE,
    "thirty-two": ROUND_THIRTY_TWO,
    "thirty-three": ROUND_THIRTY_THREE,
    "thirty-four": ROUND_THIRTY_FOUR,
    "thirty-five": ROUND_THIRTY_FIVE,
    "thirty-six": ROUND_THIRTY_SIX,
    "thirty-seven": ROUND_THIRTY_SEVEN,
    "thirty-eight": ROUND_THIRTY_EIGHT,
    "thirty-nine": ROUND_THIRTY_NINE,
    "forty": ROUND_FORTY,
    "forty-one": ROUND_FORTY_ONE,
    "forty-two": ROUND_FORTY_TWO,
    "forty-three": ROUND_FORTY_THREE,
    "forty-four": ROUND_FORTY_FOUR,
    "forty-five": ROUND_FORTY_FIVE,
    "forty-six": ROUND_FORTY_SIX,
    "forty-seven": ROUND_FORTY_SEVEN,
    "forty-eight": ROUND_FORTY_EIGHT,
    "forty-nine": ROUND_FORTY_NINE,
    "fifty": ROUND_FIFTY,
    "fifty-one": ROUND_FIFTY_ONE,
    "fifty-two": ROUND_FIFTY_TWO,
    "fifty-four": ROUND_FIFTY_FOUR,
    "fifty-six": ROUND_FIFTY_SIX,
    "fifty-seven": ROUND_FIFTY_SEVEN,
    "fifty-eight": ROUND_FIFTY_EIGHT,
    "fifty-nine": ROUND_FIFTY_NINE,
    "sixty": ROUND_SIXTY,
    "sixty-one": ROUND_SIXTY_ONE,
    "sixty-two": ROUND_SIXTY_TWO,
    "sixty-three": ROUND_SIXTY_THREE,
    "sixty-four": ROUND_SIXTY_FOUR,
    "sixty-five": ROUND_SIXTY_FIVE,
    "sixty-six": ROUND_SIXTY_SIX,
    "sixty-seven": ROUND_SIXTY_SEVEN,
    "sixty-eight": ROUND_SIXTY_EIGHT,
    "sixty-nine": ROUND_SIXTY_NINE,
    "seventy": ROUND_SEVENTY,
    "seventy-one": ROUND_SEVENTY_ONE,
    "seventy-two": ROUND_SEVENTY_TWO,
    "seventy-three": ROUND_SEVENTY_THREE,
    "seventy-four": ROUND_SEVENTY_FOUR,
    "seventy-five": ROUND_SEVENTY_FIVE,
    "seventy-six": ROUND_SEVENTY_SIX,
    "seventy-seven": ROUND_SEVENTY_SEVEN,
    "seventy-eight": ROUND_SEVENTY_EIGHT,
    "seventy-nine": ROUND_SEVENTY_NINE,
    "eighty": ROUND_EIGHTY,
    "eighty-one": ROUND_EIGHTY_ONE,
    "eighty-two": ROUND_EIGHTY_TWO,
    "eighty-three": ROUND_EIGHTY_THREE,
    "eighty-four": ROUND_EIGHTY_FOUR,
    "eighty-five": ROUND_EIGHTY_FIVE,
    "eighty-six": ROUND_EIGHTY_SIX,
    "eighty-seven": ROUND_EIGHTY_SEVEN,
    "eighty-eight": ROUND_EIGHTY_EIGHT,
    "eighty-nine": ROUND_EIGHTY_NINE,
    "ninety": ROUND_NINETY,
    "ninety-one": ROUND_NINETY_ONE,
    "ninety-two": ROUND_NINETY_TWO,
    "ninety-three": ROUND_NINETY_THREE,
    "ninety-four": ROUND_NINETY_FOUR,
    "ninety-five": ROUND_NINETY_FIVE,
    "ninety-six": ROUND_NINETY_SIX,
    "ninety-seven": ROUND_NINETY_SEVEN,
    "ninety-eight": ROUND_NINETY_EIGHT,
    "ninety-nine": ROUND_NINETY_NINE,
    "one-hundred": ROUND_ONE_HUNDRED,
    "one-hundred-one": ROUND_ONE_HUNDRED_ONE,
    "one-hundred-two": ROUND_ONE_HUNDRED_TWO,
    "one-hundred-three": ROUND_ONE_HUNDRED_THREE,
    "one-hundred-four": ROUND_ONE_HUNDRED_FOUR,
    "one-hundred-five": ROUND_ONE_HUNDRED_FIVE,
    "one-hundred-six": ROUND_ONE_HUNDRED_SIX,
    "one-hundred-seven": ROUND_ONE_HUNDRED_SEVEN,
    "one-hundred-eight": ROUND_ONE_HUNDRED_EIGHT,
    "one-hundred-nine": ROUND_ONE_HUNDRED_NINE,
    "one-hundred-ten": ROUND_ONE_HUNDRED_TEN,
    "one-hundred-eleven": ROUND_ONE_HUNDRED_ELEVEN,
    "one-hundred-twelve": ROUND_ONE_HUNDRED_TWELVE,
    "one-hundred-thirteen": ROUND_ONE_HUNDRED_THIRTEEN,
    "one-hundred-fourteen": ROUND_ONE_HUNDRED_FOURTEEN,
    "one-hundred-fifteen": ROUND_ONE_HUNDRED_FIFTEEN,
    "one-hundred-sixteen": ROUND_ONE_HUNDRED_SIXTEEN,
    "one-hundred-seventeen": ROUND_ONE_HUNDRED_SEVENTEEN,
    "one-hundred-eighteen": ROUND_ONE_HUNDRED_EIGHTEEN,
    "one-hundred-nineteen": ROUND_ONE_HUNDRED_NINETEEN,
    "one-hundred-twenty": ROUND_ONE_HUNDRED_TWENTY,
    "one-hundred-twenty-one": ROUND_ONE_HUNDRED_TWENTY_ONE,
    "one-hundred-twenty-two": ROUND_ONE_HUNDRED_TWENTY_TWO,
    "one-hundred-twenty-three": ROUND_ONE_HUNDRED_TWENTY_THREE,
    "one-hundred-twenty-four": ROUND_ONE_HUNDRED_TWENTY_FOUR,
    "one-hundred-twenty-five": ROUND_ONE_HUNDRED_TWENTY_FIVE,
    "one-hundred-twenty-six": ROUND_ONE_HUNDRED_TWENTY_SIX,
    "one-hundred-twenty-seven": ROUND_ONE_HUNDRED_TWENTY_SEVEN,
    "one-hundred-twenty-eight": ROUND_ONE_HUNDRED_TWENTY_EIGHT,
    "one-hundred-twenty-nine": ROUND_ONE_HUNDRED_TWENTY_NINE,
    "one-hundred-thirty": ROUND_ONE_HUNDRED_THIRTY,
    "one-hundred-thirty-one": ROUND_ONE_HUNDRED_THIRTY_ONE,
    "one-hundred-thirty-two": ROUND_ONE_HUNDRED_THIRTY_TWO,
    "one-hundred-thirty-three": ROUND_ONE_HUNDRED_THIRTY_THREE,
    "one-hundred-thirty-four": ROUND_ONE_HUNDRED_THIRTY_FOUR,
    "one-hundred-thirty-five": ROUND_ONE_HUNDRED_THIRTY_FIVE,
    "one-hundred-thirty-six": ROUND_ONE_HUNDRED_THIRTY_SIX,
    "one-hundred-thirty-seven": ROUND_ONE_HUNDRED_THIRTY_SEVEN,
    "one-hundred-thirty-eight": ROUND_ONE_HUNDRED_THIRTY_EIGHT,
    "one-hundred-thirty-nine": ROUND_ONE_HUNDRED_THIRTY_NINE,
    "one-hundred-forty": ROUND_ONE_HUNDRED_FORTY,
    "one-hundred-forty-one": ROUND_ONE_HUNDRED_FORTY_ONE,
    "one-hundred-forty-two": ROUND_ONE_HUNDRED_FORTY_TWO,
    "one-hundred-forty-three": ROUND_ONE_HUNDRED_FORTY_THREE,
    "one-hundred-forty-four": ROUND_ONE_HUNDRED_FORTY_FOUR,
    "one-hundred-forty-five": ROUND_ONE_HUNDRED_FORTY_FIVE,
    "one-hundred-forty-six": ROUND_ONE_HUNDRED_FORTY_SIX,
    "one-hundred-forty-seven": ROUND_ONE_HUNDRED_FORTY_SEVEN,
    "one-hundred-forty-eight": ROUND_ONE_HUNDRED_FORTY_EIGHT,
    "one-hundred-forty-nine": ROUND_ONE_HUNDRED_FORTY_NINE,
    "one-hundred-fifty": ROUND_ONE_HUNDRED_FIFTY,
    "one-hundred-fifty-one": ROUND_ONE_HUNDRED_FIFTY_ONE,
    "one-hundred-fifty-two": ROUND_ONE_HUNDRED_FIFTY_TWO,
    "one-hundred-fifty-three": ROUND_ONE_HUNDRED_FIFTY_THREE,
    "one-hundred-fifty-four": ROUND_ONE_HUNDRED_FIFTY_FOUR,
    "one-hundred-fifty-five": ROUND_ONE_HUNDRED_FIFTY_FIVE,
    "one-hundred-fifty-six": ROUND_ONE_HUNDRED_FIFTY_SIX,
    "one-hundred-fifty-seven": ROUND_ONE_HUNDRED_FIFTY_SEVEN,
    "one-hundred-fifty-eight": ROUND_ONE_HUNDRED_FIFTY_EIGHT,
    "one-hundred-fifty-nine": ROUND_ONE_HUNDRED_FIFTY_NINE,
    "one-hundred-sixty": ROUND_ONE_HUNDRED_SIXTY,
    "one-hundred-sixty-one": ROUND_ONE_HUNDRED_SIXTY_ONE,
    "one-hundred-sixty-two": ROUND_ONE_HUNDRED_SIXTY_TWO,
    "one-hundred-sixty-three": ROUND_ONE_HUNDRED_SIXTY_THREE,
    "one-hundred-sixty-four": ROUND_ONE_HUNDRED_SIXTY_FOUR,
}


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(text, expected, id=f"{name}-{n}")
        for name, cases in ROUNDS.items()
        for n, (text, expected) in enumerate(cases)
    ],
)
def test_classes_found_by_fresh_sets(
    reader: FactsReader, table: RuleTable, text: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(reader, table, text) == expected


def test_round_one_hundred_thirteen_deputation(reader: FactsReader, table: RuleTable) -> None:
    # task-force credentials "to help serve deportation warrants" are a deputation for removal work (R10),
    # not only help at a door
    (decision,) = decide_message(
        reader.read_message(
            "Some of us may get 'task force officer' credentials from ERO to help serve deportation warrants. "
            "Can we sign up?"
        ),
        table,
    ).requests
    assert decision.rule_id == "R10"
