"""Whether a message is about federal requests at all, and whether any crime is in play."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import compile_all

__all__ = ["IMMIGRATION_NAMED", "NOTHING_ASKED", "NO_CRIME_OF_OURS", "OUTSIDE_ASKER", "OWN_ADMIN", "TOPIC_TERMS"]

# ---------------------------------------------------------------------------- topic
# Words that show a message is about federal requests or immigration at all.
TOPIC_TERMS = compile_all(
    [
        r"\bimmigra",
        r"\bdetainer",
        r"\bwarrant",
        r"\bdeport",
        r"\bfederal(?:ly)?\b",
        r"\bfeds?\b",
        r"\bcitizenship",
        r"\bstatus\b",
        r"\bundocumented",
        r"\bvisa\b",
        r"\bi-?(?:200|205|247a?)s?\b",
        r"\b287",
        r"\bcustody\b",
        r"\bprisoner\b",
        r"\btask ?force\b",
        r"\bhere legally\b",
        r"\bsanctuary\b",
        r"\bagents?\b",
        r"\btsdb\b",
    ]
)


# ---------------------------------------------------------------------------- not a federal request
# The officer's own administration (overtime, passwords, donations): nothing federal is asked
OWN_ADMIN = re.compile(
    r"\b(?:ot|overtime) (?:slips?|rates?|forms?|codes?|sheets?|pay|hours)\b|\bpayroll\b|\bvacation days?\b|"
    r"\bchart days?\b|\btour (?:change|swap)s?\b|\bheld over\b|\bsick (?:days?|leave)\b|\bpark my (?:own |personal )?(?:car|vehicle|truck)\b|"
    r"\bhow long (?:do|should|must) (?:we|i) (?:keep|retain|hold on to|save|store)\b|"
    # "where do i file the UF-49": a form of our own; "how do i reset my password for the LPR portal": our own login
    r"\b(?:where|how|who) (?:do|should|can) (?:i|we) (?:file|submit|send|hand in|fill out|route) (?:the |a |an |my )?uf-?\d+\b|"
    r"\b(?:reset|change|forgot|forgotten|expired)\b (?:my |the |our )?(?:e-?mail |email |phone |portal |account |windows |computer |laptop )?(?:password|pin|passcode|login)\b|\blocked (?:me |us )?out\b|"
    # "can I donate through this", "sign up on my own time": an officer's own conduct, nothing asked of the NYPD
    r"\b(?:donate|donating|donations?|charity|charities|pledge)\b|\bon my own time\b|\bcredentials? (?:are |is )?expir"
)
# Told as news: nobody asked the NYPD for anything
NOTHING_ASKED = re.compile(
    r"\b(?:nobody|no one|noone|they|he|she|the agents?|agents) (?:[\w']+ ){0,4}(?:asked|requested|wanted) (?:us |me |anyone |anybody )?(?:for )?(?:anything|nothing)\b|"
    r"\b(?:didn't|did not|haven't|have not|hasn't|never|not) (?:ask|asked|asking|request|requested|want|wanted) (?:us |me |anyone |anybody )?(?:for )?anything\b|"
    # "just fyi", and "not really a work question: my cousin just got hired by CBP"
    r"\bjust (?:fyi|putting (?:it|this) out there|so you know|letting (?:you|y'all|everyone) know|passing (?:it|this) along|an fyi)\b|\bno request (?:was )?made\b|\bnot (?:really |exactly )?(?:a )?work(?:[- ]related)? question\b|\b(?:a )?personal question\b|\bnot work[- ]related\b"
)


# "nothing wrong going on", "just a traffic stop": the officer says no crime of ours is in play
NO_CRIME_OF_OURS = re.compile(
    r"\bnothing (?:else )?(?:wrong|going on|illegal|criminal|on (?:him|her|them))\b|\bno (?:other )?(?:crime|offen[cs]e|charges?|reason\b(?! (?:was |were )?(?:given|stated|said|provided|offered|mentioned)))\b|"
    r"\bjust (?:curious|wondering|a (?:traffic stop|summons|ticket|car stop|tail ?light|stop))\b|"
    r"\bonly (?:a )?(?:traffic (?:stop|infraction|violation)|summons|ticket|vtl)\b|\bfor no reason\b|\bclean otherwise\b|"
    r"\b(?:nobody|no one|none of them) (?:is|was|are|were) (?:suspected|accused) of (?:anything|any crime)\b|\bjust to know who'?s around\b"
)


# a deputation's aim named ("felony warrants only, nothing immigration": immigration denied is none)
IMMIGRATION_NAMED = re.compile(
    r"(?<!nothing )(?<!no )(?<!not )\b(?:287|immigra\w*|ice|ero|dhs|deport\w*|removal|undocumented)\b"
)
# Somebody outside the officer's own work asking, or an outside party the thing would go to: without
# one (and with no federal word), "how do I get back into the Domain Awareness System" or "the
# procedure to release a vouchered bicycle to its owner" is our own work, not a request to triage.
OUTSIDE_ASKER = re.compile(
    r"\b(?:someone|somebody|a (?:guy|man|woman|lady|caller)|an? (?:agent|investigator|analyst|detective|officer) from|"
    r"caller|they|he|she|the agents?|agenc(?:y|ies)|outside|another (?:department|office|unit)|"
    r"e-?mails?|calls?|messages?|letters?|fax(?:es)?|requests?|subpoenas?|forms?|sa|tfo|(?:special )?agent|deputy|"
    # ("US Park Police asked for a copy of our complaint report": an outside office, whatever its name)
    r"police|department|dept|office|bureau|service|inspectors?|investigators?|authority|unit)\b"
    r"[^.?!\n]{0,60}\b(?:wants?|wanted|asked|asks|asking|requested|requesting|called|emailed|e-mailed|texted|needs?|"
    r"would like|looking for)\b|"
    r"\b(?:agenc(?:y|ies)|outside (?:party|parties|office|entity)|another (?:department|office|jurisdiction))\b|"
    # "can I send the arrest report?": handing it over names someone it would go to
    r"\b(?:send|sending|give|giving|share|sharing|hand (?:over|it|them)|pass (?:along|on|it)|forward|e-?mail|fax|"
    r"turn (?:over|it over)|provide)\b"
)
