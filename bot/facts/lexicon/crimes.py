"""Ordinary crimes named in plain words: the cue that a federal agency's aim is a criminal case."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import compile_all

__all__ = ["CRIME_TERMS"]

CRIME_TERMS = compile_all(
    # "a child-exploitation case", "the sex-trafficking ring": a hyphen joins the words as a space does
    rf"\b(?:{re.sub(r'(?<=[a-z)]) (?=[a-z(])', '[ -]', term)})\b"
    for term in [
        r"traffick(?:ing|ers?)",
        r"fail(?:ed|ure|ing)? to register(?: as a sex offender)?|sex offender registration|sorna",
        # "a federal prisoner got away during a transport ... the escape warrant", "for escape from a halfway house"
        r"escape (?:warrant|charges?|case)|escapee|escaped (?:federal )?(?:prisoner|inmate|convict)|escape from (?:federal )?custody"
        r"|federal (?:prisoner|inmate|convict) (?:who|that) (?:escaped|got away|broke out)|warrant for (?:the|his|her) escape",
        r"(?:for|of) escape from (?:an? |the )?(?:federal )?(?:halfway house|prison|jail|facility|camp|bop|residential reentry)",
        # "a bank job", "the jewelry store job": a robbery in squad words
        r"heists?|stick-?ups?|rico|(?:bank|armou?red car|jewelry store|jewelers?) jobs?",
        r"narcotics?",
        r"drugs?",
        r"fentanyl|fent|narco|narcos|dope|oxy(?:codone|contin)?|molly|mdma|ecstasy|ketamine|pcp|k2",
        r"heroin",
        r"cocaine|coke|crack",
        r"meth(?:amphetamine)?",
        r"opioids?|pills",
        r"forced labou?r|labou?r trafficking",
        r"torch(?:ed|ing)|set (?:it |the \w+ )?on fire|firebomb\w*|molotov",
        r"importation|importing (?:drugs|narcotics|cocaine|heroin|fentanyl)",
        r"weapons?",
        r"firearms?",
        r"guns?|gun running|ghost guns?",
        r"gangs?",
        r"ms-?13|trinitarios|bloods|crips|latin kings|tren de aragua|cartels?",
        r"shootings?",
        r"homicides?",
        r"murders?",
        # ("a bank robber", "the armed robbers": the crime named by who did it)
        r"robbery|robberies|(?:bank|armed|armou?red car|jewelry store|serial|pattern) robbers?",
        # "the guy who robbed the Chase", "the clerk who got shot": the crime said as what was done
        r"(?:who|that) (?:robbed|shot|stabbed|killed|murdered|carjacked|mugged|kidnapp?ed|burglari[sz]ed|held up|stuck up)|"
        r"(?:got|was|were|been|being) (?:robbed|shot|stabbed|killed|murdered|carjacked|mugged|kidnapp?ed|burglari[sz]ed|held up)",
        r"hobbs act",
        r"terrorism|counter-?terrorism|counter-?terror|terror(?:ist)?(?: case| plot| investigation| financing| cell| threat| links| ties| suspects?)?",
        r"bomb(?:ing)?s?|explosives?",
        r"frauds?|scam|skimm(?:ing|ers?)|identity theft",
        r"identity theft|id theft|(?:id|i\.d\.|identity|passport|document) fraud",
        r"fake (?:passports?|ids?|documents?|green cards?|papers)",
        # "3 green cards on him, all look fake"
        r"(?:licen[cs]es?|ids?|documents?|passports?|green cards?) (?:[\w']+,? ){0,4}fake",
        r"forged|forgery|forging|counterfeit(?:ing)?",
        r"stolen identit(?:y|ies)|identity theft|id theft|(?:a |someone's )?stolen (?:ssn|social(?: security)?(?: number| card)?|identity)",
        # "used someone else's passport to open bank accounts": another person's papers, used as his own
        r"(?:someone|somebody|another (?:man|woman|person|guy))(?: else)?'s (?:passport|id|i\.d\.|identity|name|license|ssn|social(?: security)?(?: card| number)?|papers)",
        r"(?:fake|phony|bogus|fraudulent) (?:green cards?|ids?|i\.d\.s?|documents|papers|passports?|licen[cs]es?|social security cards?|visas?)",
        # "3 green cards on him all w different names": documents in several names are a fraud
        r"(?:\d+|two|three|four|five|several|multiple|a bunch of) (?:[\w']+ )?(?:green cards|ids|i\.d\.s|licenses|passports|social security cards|ss cards|credit cards)\b.{0,40}\bdiff(?:erent|\.)? names",
        # "perp had 3 diff IDs": several identities are a fraud
        r"(?:\d+|two|three|four|five|several|multiple) diff(?:erent|\.)? (?:ids|i\.d\.s|licenses|passports|names|identities|social security numbers|ssns)",
        r"child (?:exploitation|porn|pornography|abuse|sex)|crimes? against (?:children|kids|minors)",
        r"csam|sextortion|child sexual (?:abuse|exploitation)|sexual abuse (?:material|images|imagery|videos?)",
        # "their case vs a guy grooming kids at the skate park": the crime said by what he does
        r"grooming (?:kids|children|minors|a minor|teens|boys|girls|young (?:boys|girls|kids))",
        r"money laundering|laundering|money launderers?",
        # plain words for everyday and trade crimes: "pickpocket ring case", "export control case"
        r"pickpocket(?:s|ing)?|shoplift(?:ing|ers?)|loan ?shark(?:s|ing)?|buy[- ]and[- ]bust",
        r"export (?:control|violations?)|sanctions (?:evasion|violations?)|arms (?:exports?|dealing|dealers?)|"
        r"(?:illegal(?:ly)? )?export(?:ing|s)? (?:of )?(?:arms|weapons|firearms|rifles|military (?:parts|equipment|technology))",
        r"kidnapp?ing",
        r"extortion",
        r"carjackings?|carjackers?",
        r"sex trafficking|labor trafficking",
        r"forced (?:prostitution|labou?r)|prostitution (?:ring|rings|enterprise|operation)|promoting prostitution|sex rings?|"
        # "a ring that forces women into prostitution": trafficking said as what the ring does
        r"forc(?:e|es|ed|ing) (?:[\w']+ ){1,3}(?:in)?to (?:prostitution|sex work|work for free|labou?r|servitude)",
        r"bank robbery",
        r"cyber ?crimes?|hacking|ransomware|(?:computer|network) intrusions?|computer fraud",
        r"(?:cyber ?|interstate )?stalking",
        r"straw[- ]?purchas\w*|counter-?narcotics|counter-?terror(?:ism)?|(?:bomb|terror|terroristic) threats?|threats? case|"
        r"transnational criminal organi[sz]ations?|\btcos?\b|(?:child )?luring|enticement|"
        r"drug (?:drops?|deals?|sales?|runs?|shipments?|deliver(?:y|ies))",
        r"(?:drug|gun|weapons?|cigarette|contraband|narcotics|cash|currency|cocaine|coke|heroin|fentanyl|goods|wildlife|cargo|freight)[ -]smuggling|smuggling (?:drugs|guns|weapons|narcotics|fentanyl|cocaine|cigarettes|contraband)",
        # VICAR: violent crimes in aid of racketeering
        r"racketeering|rico|vicar|organized crime|conspiracy",
        r"assaults?|assaulting",
        r"burglar(?:y|ies)|(?:serial|pattern|commercial) burglars?",
        r"stabbings?",
        r"slashings?",
        r"arson",
        r"rapes?|sexual assault",
        r"stolen (?:cars|vehicles|goods|property)|chop shop|cargo theft|mail (?:theft|thie(?:f|ves))",
        r"ponzi(?:[- ]scheme)?|tax evasion|financial crimes?|white collar|securities fraud|embezzlement|bribery|corruption|insurance fraud|tax fraud",
        r"sorna|failure to register|sex offender registration",
        # ("a 'threat assessment'" is an analysis product, not a crime)
        r"threats?(?! assessments?| analys[ie]s| picture| environment| briefs?| products?)",
        r"art theft|theft ring|larceny ring",
        r"dealing|distribution|dealers?",
        r"stash (?:house|apt|apartment|spot|location|pad|car|vehicle|van)|trap house|drug spot|drug den|gun shop|gun store|ghost gun shop",
        # ("the lab courier was late": a courier is a crime only as someone's drug or cash courier)
        r"robb\.?|(?:drug |gun )?(?:suppliers?|traffickers?|plugs?)|(?:drug|gun|cash|money|cocaine|heroin|fentanyl|narcotics|their|his|her|cartel|low[- ]level|street) couriers?",
        r"pill mill|pill press|(?:mail|package|cargo|identity|id)[- ]theft|theft|retail theft|organized retail|larceny|shoplifting ring|money laundering|laundering",
        # "a case on a guy stealing seniors' benefit checks"
        r"stealing (?:[\w']+ ){0,2}(?:checks|benefits?|benefit checks|social security|pensions?|mail|packages|identities|money|funds)",
        r"felon in possession|(?:gun|weapons?|firearms?) possession|possession of a (?:firearm|weapon|gun)",
        r"child porn|material support|isis|al[- ]qaeda|bomb threat",
        r"hate crimes?|bias (?:crime|attack|incident)|vandalism|threatening",
        # ("selling fake I-94s and work permits": a form's number names the document)
        r"fake (?:[\w']+ ){0,2}(?:i-?\d{2,3}[a-z]?s?\b|passports?|ids?|documents?|docs|cards?|papers|licen[cs]es?|ssns?|visas?|permits?|birth certificates?|authorizations?)",
        r"violent (?:crimes?|fugitives?|offenders?|felons?)",
        r"benefits fraud|wire fraud|bank fraud|healthcare fraud|visa fraud|marriage fraud|document fraud|doc fraud|"
        r"counterfeit goods|counterfeiting|knockoffs?|knock-offs?|trademark|fake designer|"
        r"ip (?:crimes?|theft|infringement)|intellectual property(?: crimes?| theft| infringement)?|copyright infringement",
        r"stolen (?:cars?|vehicles?|goods|property)|car theft|auto theft|(?:car|vehicle) export|abduct\w*",
        r"straw (?:buyers?|purchas\w*)|gun (?:trafficking|runners?)",
        # a federal code section other than Title 8's: "18 USC 922(g)", "21 U.S.C. 841"
        r"(?:18|21|26|31) ?u\.? ?s\.? ?c\.?",
        # escape, absconding and supervision violations are federal crimes the Marshals pursue
        r"escapee|escaped (?:from )?(?:federal )?(?:custody|prison|a halfway house)|abscond\w*|"
        r"(?:supervised[- ]release|federal probation|parole) violat\w*",
        # "using someone else's SSN and ID to get a job": an identity fraud
        r"(?:using|used|uses|use) (?:someone|somebody|another person|a dead (?:guy|man|woman|person))(?: else)?'?s? "
        r"(?:ssn|social(?: security)?(?: number| card)?|ids?|identity|name|papers|documents|licen[cs]e)",
    ]
)
