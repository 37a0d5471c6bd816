"""The words of a person's record: convictions denied or unknown, youthful-offender findings,
charges that are not convictions, degrees and attempts, places, prison time and dates. Read by
`bot.facts.record`."""

from __future__ import annotations

import re

__all__ = [
    "ANOTHER_CONVICTION",
    "AN_OFFENCE",
    "ATTEMPT",
    "BELOW_A_FELONY",
    "CHARGE_NOT_CONVICTION",
    "CONVICTION_AFTER",
    "COUNT_WITHOUT_PRISON",
    "DATE_IN_DOUBT",
    "DEGREE_BEFORE",
    "DEGREE_IN_DOUBT",
    "DEGREE_LATER",
    "DISPOSITION_IN_DOUBT",
    "FOREIGN",
    "INCARCERATION",
    "MONTHS_AGO",
    "NONE_KNOWN_OF",
    "NO_CONVICTION",
    "NO_INCARCERATION",
    "NO_YOUTHFUL_BEFORE",
    "NUMBER_WORDS",
    "ORIGINAL_YO",
    "OUT_OF_STATE",
    "PENDING_FOR",
    "RECORD_LINE_BEFORE",
    "RECORD_UNKNOWN",
    "SENTENCE_SERVED_AFTER",
    "STATES",
    "TIME_INSIDE_DOUBTED",
    "UNNAMED_OTHER_CONVICTION",
    "YEAR",
    "YEARS_AGO",
    "YOUTHFUL",
    "YOUTHFUL_AGE",
    "YOUTHFUL_DENIED",
    "YOUTHFUL_ONLY",
    "said_youthful",
]

# "the date field is blank, could be 2010, could be 2022": which year is the question
DATE_IN_DOUBT = re.compile(
    r"\bdate (?:field |line |box )?(?:is |was )?(?:blank|empty|missing|cut off|illegible|unreadable)\b|"
    r"\bcould be (?:19|20)\d\d,? (?:or |could be |or could be )(?:19|20)\d\d\b|"
    r"\b(?:either )?(?:19|20)\d\d or (?:19|20)\d\d,? (?:not sure|i'm not sure|idk|he won't say|can't tell|don't know)\b|"
    # "maybe 2018, maybe 2022", "2018 or maybe 2022", "2018? 2022?": two years offered, neither settled
    r"\b(?:maybe|possibly|perhaps|either) (?:in )?(?:19|20)\d\d,? (?:or )?(?:maybe|possibly|perhaps) (?:in )?(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d,? or (?:maybe|possibly|perhaps) (?:19|20)\d\d\b|\b(?:19|20)\d\d\? ?(?:or )?(?:19|20)\d\d\?|"
    # "from 'either 2019 or 2022', the arresting officer isn't sure": either year, as the officer says it
    r"\beither (?:in )?(?:19|20)\d\d or (?:in )?(?:19|20)\d\d\b|"
    # "ICE's sheet says 2019 but our printout says 2022": two papers, two years, neither settled
    # ("the prisoner says his case was in 2018, our sheet says 2022")
    r"\b(?:says|shows|has|lists)\b[^.?!]{0,40}?\b(?:19|20)\d\d\b[^.?!]{0,40}?(?:\b(?:but|while|whereas|yet)\b|,)[^.?!]{0,50}?"
    r"\b(?:says|shows|has|lists)\b[^.?!]{0,40}?\b(?:19|20)\d\d\b"
)
# "no conviction that I know of": what the officer has not heard of, not a clean record
NONE_KNOWN_OF = re.compile(
    r",?\s*(?:that (?:i|we|he|she|they|anyone|anybody) (?:know|knows|knew|heard|can find) (?:of|about)|"
    r"that (?:i'm|i am|we're|we are) aware of|as far as (?:i|we|he|she|they|anyone) (?:know|knows|can tell)|"
    r"(?:i|we) (?:know|knew) of)\b"
)
NO_CONVICTION = re.compile(
    # a rap sheet's disposition: "DISP: 06/2022 DISMISSED - SEALED CPL 160.50"
    r"\bdisp(?:osition)?\s*:?\s*(?:\d[\d/.-]*\s+)?(?:-\s*)?(?:dismissed|acquitted|not guilty|acd|no true bill)\b|"
    r"\b(?:no|zero|0) (?:prior |criminal |known ){0,2}(?:convictions?|record|priors|criminal (?:history|record)|rap(?: sheet)?|history)\b|"
    r"\bclean (?:record|history|rap)\b|\bno (?:prior )?arrests? (?:ever )?(?:besides|except|other than|before)\b|\bno (?:prior |previous |other )?(?:arrests? (?:or|and|nor) convictions?|convictions? (?:or|and|nor) arrests?)\b|\bfirst (?:time )?(?:ever )?(?:arrest(?:ed)?|collar) (?:ever|of (?:his|her|their) life)\b|\bfirst time (?:ever )?(?:being )?arrested\b|\bnever (?:been )?convicted\b|\bno criminal\b|\b(?:record|priors|convictions?|rap|history)\s*[:=-]\s*(?:none|no|nothing|clean)\b|"
    r"\b(?:doesn't|does not|don't|do not) have (?:a |any )?(?:record|priors|convictions?|criminal history)\b|"
    # "got a ticket for selling without a license once, thats his whole record": a summons is no conviction
    r"\b(?:a |one |an? old )?(?:ticket|summons|violation|traffic ticket|parking ticket)\b[^.;!?]{0,60}\b(?:that's|thats|that is|is|was) "
    r"(?:his|her|their|the) (?:whole|entire|only|full) (?:record|history|sheet|rap(?: sheet)?)\b|"
    r"\bno record at all\b|\bnothing on (?:his|her|their) (?:record|rap|sheet)\b|\brecord (?:is )?clean\b|\b(?:rap|rap sheet|record|history|sheet) (?:is |was |came back |comes back )(?:totally |completely |fully |100% |all )?clean\b|"
    r"\bonly (?:prior )?(?:case|arrest|charge)\b.{0,50}\b(?:dismissed|acquitted|dropped|sealed|thrown out)\b|"
    # "his only prior is an ACD", "a 2022 carjacking arrest that ended in an ACD, dismissed and sealed":
    # an adjournment in contemplation of dismissal is no conviction
    r"\bonly (?:prior|record|arrest|case|charge|thing on (?:his|her|their) (?:sheet|rap))\b[^.;!?]{0,12}\b(?:is|was|:) (?:an? )?acd\b|"
    r"\b(?:arrest|case|charge|collar)\b[^.;!?]{0,40}\b(?:ended|closed|resolved|disposed of|went away|wrapped up)\b"
    r"(?: (?:in|with|as|by))? (?:an? )?(?:acd|dismissal|acquittal|adjournment in contemplation of dismissal)\b"
)
RECORD_UNKNOWN = re.compile(
    r"\b(?:haven't|have not|didn't|did not|not yet|nobody|no one)\b.{0,25}\b(?:pulled|run|ran|checked|seen|gotten|got|knows?)\b.{0,25}\b(?:record|history|rap|priors)|"
    r"\b(?:don't|do not|dont) (?:know|have)\b.{0,30}\b(?:record|history|convictions?|priors|rap)\b|"
    # within one sentence: "no criminal history. TSDB result still pending" says nothing unknown of the record
    r"\b(?:record|history|rap|priors)\b[^.;!?]{0,20}\b(?:unknown|pending|not (?:back|in) yet|tbd|"
    # "our rap sheet hasn't come back yet"
    r"(?:hasn't|has not|hasnt|haven't|isn't|is not) (?:come |came )?(?:back|in)(?: yet)?)\b|"
    r"\bwaiting (?:on|for) (?:his|her|their|the) (?:record|rap|history)\b|"
    r"\bno (?:record|history|rap|priors|criminal history) (?:known|info(?:rmation)?|available)\b|"
    # "I have no rap sheet yet": the paper is not here, which says nothing of the record
    r"\bno (?:rap(?: sheet)?|record|history|printout|criminal history) (?:yet|back yet|in hand|to look at)\b|"
    # "has a record out of Pennsylvania but we haven't seen what it was for or when"
    r"\b(?:haven't|have not|didn't|did not|don't|do not|(?:nobody|no one)(?: here)? has) (?:seen|know|been told) what (?:it|they) (?:was|were) (?:for|about)\b|"
    # "he has 'something violent down in Georgia, maybe a robbery'": no offence named for sure
    r"\b(?:has|had|got|with) '?something (?:violent|serious|bad|big)\b|"
    # "'a federal conviction out of New Jersey' but didn't say for what or when"
    r"\bconvict\w*\b[^.;!?]{0,60}\b(?:didn't|did not|doesn't|does not|won't|wouldn't|never) (?:say|said|tell us|told us|specify) "
    r"(?:for what|what (?:for|it was|the (?:charge|offen[cs]e|crime) was)|what or where|what(?=\W*$|\W*[.;!?])|where|the (?:charge|offen[cs]e|crime))\b|"
    r"\bnot sure what\b.{0,30}\b(?:record|convict|priors)|\b(?:for )?'?something'?\b.{0,40}\b(?:doesn't|does not|don't) know what"
)
# "a DWI in 2024 and something from the Dominican Republic years ago, no idea what": beside the
# offences named, one more that nobody can name
UNNAMED_OTHER_CONVICTION = re.compile(
    r"\b(?:something(?: else)? (?:from|in|out of|down in|back in|on (?:his|her|the) (?:sheet|rap|record))|another (?:conviction|case|one)|"
    r"an? (?:other |older |old )?(?:conviction|felony) (?:from|in|out of|down in|back in))\b[^.;!?]{0,60}?"
    r"\b(?:no idea|not sure|don't know|dont know|do not know|dunno|can't tell|nobody knows|unknown) (?:what|for what|of what)\b"
)
# "no wait, that was a different guy, I'm not sure our guy was locked up at all": time inside in doubt
TIME_INSIDE_DOUBTED = re.compile(
    r"\b(?:not sure|unsure|don't know|dont know|do not know|no idea|can't tell|unclear)\b(?: (?:if|whether))? "
    r"(?:our guy|our prisoner|the guy|he|she|they)(?:'s| was| were| ever| has| had| did)* "
    r"(?:locked up|in jail|in prison|inside|incarcerated|upstate|on rikers|do time|done time|did time|did any time|served time)\b"
)
# "BF's rap hasn't come back yet", "Jay's rap isn't back": one named person's record still pending
PENDING_FOR = re.compile(
    r"\b(?!(?:his|her|their|the|our|its)\b)([\w]+)'s (?:full )?(?:rap(?: sheet)?|record|criminal history|history|priors|sheet)\b"
    r"[^.;!?]{0,20}\b(?:unknown|pending|not (?:back|in) yet|(?:isn't|is not|hasn't|has not|haven't|have not|didn't|did not) "
    r"(?:come |came )?(?:back|in))\b"
)
YOUTHFUL = re.compile(
    r"\byouthful[- ]offender\b|\by\.o\.|\byo (?:adjudication|adj|plea|finding|status|case|treatment)\b|"
    r"\b(?:got|given|granted|received|gets) (?:a |an )?yo\b|\byo'?d\b|\b(?:gave|give|gives|giving) (?:him |her |them )?(?:a |an )?yo\b|"
    r"\bjuvenile (?:adjudication|delinquen(?:cy|t)|record|case)\b|\bas a (?:juvenile|minor|kid|teen|teenager)\b|"
    r"\bwhen (?:he|she) was (?:1[0-5]|a juvenile|a minor|a kid)\b|\bjd adjudication\b"
)
# "convicted of assault 2nd when he was 17": old enough for an adult conviction, young enough for a
# youthful-offender finding; which one it was is what decides
YOUTHFUL_AGE = re.compile(r"\bwhen (?:he|she) was (?:1[6-8]|a teen|a teenager)\b")
ORIGINAL_YO = re.compile(r"\bYO\b")
# "adult court, no YO", "not a youthful offender": the adjudication denied
NO_YOUTHFUL_BEFORE = re.compile(
    r"\b(?:no|not|non|never|wasn't|was not|isn't|is not|without|denied)\s+(?:an? )?$", re.IGNORECASE
)


# "judge denied YO and sentenced him as an adult": the finding refused, whatever his age
YOUTHFUL_DENIED = re.compile(
    r"\b(?:denied|refused|didn't get|did not get|never got|wasn't given|was not given|wasn't granted|was not granted) "
    r"(?:him |her |them )?(?:a |an )?(?:yo|youthful offender)\b|\b(?:sentenced|tried|convicted|prosecuted) (?:him |her |them )?as an adult\b"
)


def said_youthful(pattern: re.Pattern[str], clause: str) -> bool:
    return any(
        not NO_YOUTHFUL_BEFORE.search(clause[max(0, m.start() - 14) : m.start()]) for m in pattern.finditer(clause)
    )


YOUTHFUL_ONLY = re.compile(
    r"\b(?:only|just|all)\b (?:[\w']+ ){0,5}(?:is|was|'s) (?:a |an |one )?(?:(?:19|20)\d\d )?(?:yo|youthful[- ]offender|juvenile(?: delinquency| delinquent)?|family court|jd) "
    r"(?:adjudication|adj|finding|case)\b|"
    # a rap sheet's disposition: "DISP 06/12/2024 YOUTHFUL OFFENDER ADJUDICATION"
    r"\bdisp(?:osition)?\s*:?\s*(?:\d[\d/.-]*\s+)?(?:-\s*)?(?:yo|youthful[- ]offender) (?:adjudication|adj|finding)\b|"
    # "had a robbery when he was 17, in 2023, and got YO on it": the finding on the offence just named
    r"\b(?:got|given|granted|received|gets) (?:a |an )?(?:yo|youthful offender)(?: adjudication| treatment| status| finding)? "
    r"(?:on|for) (?:it|that|that one|the case|this)\b|"
    # "found a juvenile delinquent at 14 for an assault, nothing as an adult": a family-court finding
    r"\b(?:found|adjudicated|adjudged|ruled) (?:to be )?(?:a )?(?:juvenile delinquent|jd)\b"
)
# the offence named was the arrest charge, or the plea is not known
CHARGE_NOT_CONVICTION = re.compile(
    r"\b(?:that|it|this) (?:was|is|'s) (?:just |only )?(?:the|his|her) (?:arrest )?charge\b|"
    r"\b(?:don't|do not|dont|not sure|no idea|unsure) (?:know )?(?:what|if) (?:he|she|they) (?:pled|pleaded|plead|copped|"
    r"was convicted|got convicted|were convicted|ended up)|"
    # "ARR 2023 - PL 160.15 - DISP: PENDING": an arrest whose case is still open
    r"\bdisp(?:osition)?\W{0,3}(?:pending|open|none|unknown|tbd|n/?a)\b|"
    # "'FL 812.13 ROBBERY' arrest 2023, no disposition listed": an arrest whose outcome is not known
    r"\bno (?:final )?disp(?:osition)?\b(?! date)|"
    # "disposition says 'see court records'": the outcome is somewhere else, not on the sheet read
    r"\bdisp(?:osition)?s?\b[^.;\n]{0,20}\b(?:see (?:the )?(?:court )?(?:records?|file|jacket)|not (?:known|available)|unavailable|illegible)\b|"
    # "arrest for assault 2nd, but the ADA thinks it was pled down to assault 3rd": the plea unknown
    # ("disposition: pled down to PL 155.25 petit larceny": the plea named, the conviction known)
    r"\b(?:pled|pleaded|pleads|plead|copped|knocked) (?:it )?down\b(?! to\b| from\b)|"
    r"\b(?:thinks?|believes?|maybe|might|probably|not sure|i think|guess)\b[^.;]{0,30}\b(?:pled|pleaded|copped|knocked) (?:it )?down\b|"
    r"\b(?:can't|cannot|cant) tell which (?:one )?(?:he|she|they) (?:was|were) convicted\b|"
    # "he told the officer he 'caught an assault case in Jersey' a while back": charged, how it ended unsaid
    # (not "I caught a case that's going to a grand jury": a detective's case assigned)
    r"\b(?:he|she|they|he's|she's|they've|he has|she has) (?:caught|catching|catches) (?:a|an) (?:[\w'-]+ ){0,2}case\b|"
    # "wait, Sgt says that rap sheet is for a different Efrain T., DOB doesn't match": someone else's record
    r"\b(?:rap(?: sheet)?|record|history|hit)s? (?:is|was|are|were|'s|belongs to|came back for) (?:for |on )?"
    r"(?:a different|another|someone else|somebody else|the wrong)\b|\bdob (?:doesn't|does not|didn't|did not|dont) match\b"
)
DEGREE_IN_DOUBT = re.compile(
    # "a robbery conviction, 2nd or 3rd degree, not sure which": either degree
    r"\b(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)(?: degree)? or (?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\b|"
    r"\b(?:with |has |had )?no degree\b|\bdegree (?:is |was )?(?:unknown|not (?:given|listed|stated|known|shown))\b|"
    r"\b(?:don't|do not|doesn't|does not) (?:know|say|show|list) (?:the |what |which )?degree\b|"
    r"\bcould be (?:[\w']+ ){1,4}(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|[1-5])\b[^.;]{0,40}\bor\b|"
    # "I cant tell from the printout if it was 1st or 2nd degree": either degree possible
    r"\b(?:can't|cannot|couldn't|not sure|don't know|unclear)\b[^.;]{0,30}\b(?:if|whether) (?:it was|it's|its|it is) "
    r"(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)(?: degree)? or (?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\b|"
    # "CPW, 2024 - I think 2nd degree but the printout is cut off, could be 4th": the degree guessed
    r"\b(?:i think|i guess|maybe|probably|possibly)(?: (?:it's|it was|its))? (?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) degree\b|"
    r"\b(?:could|might|may) (?:be|have been) (?:the )?(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)(?: degree)?(?= ?(?:[.;!?,]|$))|"
    # what the finding was is in doubt too: "the rap sheet doesn't show whether he got youthful
    # offender treatment", "a second conviction but the printout is cut off, we can't see the charge"
    r"\b(?:doesn't|does not|don't|do not|didn't|did not|can't|cannot) (?:show|say|list|tell|indicate|know|see)\w* "
    r"(?:us )?(?:whether|if) (?:he|she|they|it) (?:got|was given|received|had|was|were) (?:a |an )?(?:yo|youthful offender)\b|"
    r"\b(?:can't|cannot|couldn't|could not) (?:see|read|tell|make out) (?:the |what the |which )?(?:charge|offen[cs]e|conviction|crime)\b|"
    # "2023 arrest, PL 160.10 robbery 2nd, disposition column is blank": whether it ended in a conviction is open
    r"\bdisp(?:osition)?s?(?: column| field| box| line| entry)? (?:is |was |are |left )?(?:blank|empty|missing|not (?:listed|shown|given|there))\b|"
    # "he says his 2021 conviction was 'just a drug possession misdemeanor', but we haven't verified it"
    r"\b(?:convict\w*|record|rap|priors?)\b[^.;!?]{0,80}\b(?:we|i) (?:haven't|have not|havent|couldn't|could not|didn't|did not) "
    r"(?:yet )?(?:verified|confirmed|checked|verify|confirm|check) (?:it|that|this|any of (?:it|that))\b|"
    # "assault 2nd, 2023, with a note it was modified on appeal, can't see to what": what stands now is not known
    r"\b(?:modified|changed|amended|reduced) on appeal\b(?! to\b)|"
    # "can't tell whether it ended as a YO or a real conviction": two findings, either one possible
    r"\b(?:can't|cannot|couldn't|could not|don't|do not|not sure|unsure|no idea)\b[^.;]{0,20}\b(?:whether|if)\b (?:[\w']+ ){0,6}"
    r"(?:(?:a |an )?(?:yo|youthful offender)\b[^.;]{0,40}\bor\b|(?:a |an )?(?:[\w']+ )?conviction\b[^.;]{0,30}\bor (?:a |an )?(?:yo|youthful offender)\b)"
)
DEGREE_LATER = re.compile(r"\b(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) degree\b|\bdegree (1|2|3|4|5)\b")
# "convicted of first-degree robbery": the degree said before the offence
DEGREE_BEFORE = re.compile(r"\b(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)[- ]degree\s+$")
ATTEMPT = re.compile(
    r"\b(?:attempt(?:ed)?|att\.?|conspiracy to(?: commit)?|solicitation (?:of|to)|facilitation of)\s+(?:[\w']+ )?$"
)
STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|jersey|new mexico|north carolina|"
    "north dakota|ohio|oklahoma|oregon|pennsylvania|philly|rhode island|south carolina|south dakota|tennessee|texas|"
    "utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|"
    "nj|pa|ct|fl|tx|ca|ga|md|va|nc|sc|az|nv|nm|ut|wa|mi|mn|wi|il|ky|tn|al|ar|ks|ne|sd|nd|mt|wy|vt|nh|ri|wv|ak|dc|pr"
)
FOREIGN = (
    "mexico|el salvador|honduras|guatemala|dominican republic|the dr|colombia|venezuela|ecuador|haiti|jamaica|"
    "china|india|canada|another country|abroad|his home country|her home country|overseas"
)
OUT_OF_STATE = re.compile(
    rf"\bout of (?:state|the country|{STATES})\b|\b(?:in|from|out of) (?:another state|{STATES}|{FOREIGN})\b|"
    rf"\b(?:{STATES})\b (?:[\w']+ )?(?:conviction|case|charge|felony)|\bfederal(?:ly)? (?:conviction|court|case|offen[cs]e|charge|crime|felony)|\bfederally\b|"
    # "a federal felon-in-possession (922g)": an offence under federal law
    r"\bfederal (?:[\w'-]+ ){0,2}?(?:felon|felony|offen[cs]es?|convictions?|gun|firearms?|drugs?|narcotics|fraud|possession)\b|"
    r"\b(?:922 ?\(?g\)?|924 ?\(?c\)?|841 ?\(?a\)?|846|1326|1324)\b|"
    r"\bother state\b|\b18 ?u\.?s\.?c\b|\bfed (?:case|conviction|charge)\b"
)
INCARCERATION = re.compile(
    r"\bparoled\b|\bon parole\b|\bsentenced (?:to )?[\w.]+ (?:yrs?|years?)\b(?! (?:of )?probation)|\b(?:did|doing|done|serving) (?:[\w'.]+ )?(?:years?|yrs?|time|months?|mos?|a bid|a stretch)\b|\bserved\b|\bgot out (?:in|of)\b|\bupstate\b|"
    r"\bstate prison\b|\bprison\b|\blocked up (?:until|till|til)\b|\blocked up from \d{4}\b|\b(?:green haven|sing sing|attica|clinton|auburn|rikers)\b|\bincarcerated\b|\bwas (?:inside|away) (?:until|till|til)\b|"
    r"\breleased (?:from|in) \d{4}\b|\bparole\b|\bin (?:jail|prison) (?:until|till|til|for)\b|"
    r"\bcame (?:home|out) in \d{4}\b|\bgot (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?)\b(?!'?s?'? (?:of )?probation)|"
    # ("sentenced to 5 years probation", "sentenced to probation": no time inside)
    r"\bsentenced to\b(?! (?:[\w.]+ (?:yrs?|years?|months?|mos?) (?:of )?)?probation)|"
    r"\b(?:in|at) doccs\b|\bdoccs (?:until|till|til|custody)\b"
)
NO_INCARCERATION = re.compile(
    r"\bnever did (?:a day|time|any time)\b|\bno (?:jail|prison|time served|incarceration)\b|\bprobation only\b|\bonly probation\b|"
    r"\bgot probation\b|\bjust probation\b|\bserved no (?:time|jail|prison)\b|\bdid no (?:time|jail|prison)\b|\bnever (?:locked up|incarcerated|went (?:in|upstate))\b|\bdidn't (?:do|serve) (?:any )?time\b|"
    r"\b(?:never|didn't|did not) (?:did|do|serve|served) (?:any |a day of )?(?:jail|prison) ?time\b|\bno (?:jail|prison) ?time\b"
)
# "the 2014 burglary 2 got him six years": a sentence served after the offence, so a conviction
SENTENCE_SERVED_AFTER = re.compile(
    r"\s*(?:[\w']+ ){0,2}(?:got|gave|earned|landed) (?:him|her|them) (?:[\w-]+ ){0,2}(?:years?|yrs?|months?|mos?|time|a bid)\b"
)
# "agent says if you don't count the prison years he's within five": whether to set the prison time
# aside is itself raised, which is counsel's computation (R2f) whatever our arithmetic says
COUNT_WITHOUT_PRISON = re.compile(
    r"\b(?:don't|do not|doesn't|does not|not|without) count(?:ing)? (?:the )?(?:prison|jail|incarceration|time (?:inside|served|upstate)|"
    r"(?:years?|time) (?:inside|in prison|in jail|upstate|locked up)|(?:prison|jail) (?:years?|time))\b|"
    r"\b(?:minus|excluding|exclude|take out|taking out|set(?:ting)? aside|subtract(?:ing)?|leave out|leaving out) (?:the )?"
    r"(?:prison|jail|incarceration|time (?:inside|served|upstate)|(?:years?|time) (?:inside|in prison|in jail|upstate|locked up)|(?:prison|jail) (?:years?|time))\b"
)
YEAR = re.compile(
    r"\b(19[5-9]\d|20[0-4]\d)\b|'(\d\d)\b|"
    # "arson 2nd in 24": a two-digit year after in/from, never "in 24 hours" or "the 24 pct"
    r"\b(?:in|from|back in|since|circa) (\d\d)\b(?!\s*(?:hours?|hrs?|days?|mins?|minutes?|months?|mos?|years?|yrs?|weeks?|"
    r"pct|precinct|pdu|st\b|th\b|nd\b|rd\b|%|:|\.\d|-|/|ave|street|blocks?))"
)
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
}
YEARS_AGO = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple(?: of)?|couple(?: of)?|a|an) "
    r"(?:years?|yrs?) (?:ago|back|before)\b"
)
MONTHS_AGO = re.compile(r"\b(?:\d{1,2}|a few|few|couple|a couple(?: of)?|some|six|three|two) months? (?:ago|back)\b")


# "can't tell if that was a conviction or an arrest that got dismissed"
DISPOSITION_IN_DOUBT = re.compile(
    r"\b(?:maybe|not sure|unsure|can't tell|cannot tell|unclear|don't know|dont know|no idea|whether|if (?:that|it) was)\b"
)


# another state's grading said with the offence: below a felony, so never on New York's list
BELOW_A_FELONY = re.compile(
    r"\b(?:misdemeanou?r|disorderly persons offen[cs]e|petty (?:offen[cs]e|misdemeanou?r)|summary offen[cs]e)s?\b"
)


# the words before an offence that make it a line of the person's record, not a case anyone works
RECORD_LINE_BEFORE = re.compile(
    # ("a federal conviction in New Jersey for wire fraud": the place said between; "convicted on an indictment")
    r"\b(?:convicted (?:in [\w'. ]{2,25} )?(?:of|for|on)|convictions? (?:in [\w'. ]{2,25} )?(?:for|of|is|was)|pled (?:guilty )?(?:to)?|pleaded (?:guilty )?(?:to)?|"
    # ("he has a federal warrant for escape": a warrant he is wanted on, not his record)
    r"(?:he|she|perp|guy|subject|defendant|prisoner|arrestee) (?:has|had) (?:a |an )?(?:prior |old |\d{4} )?"
    r"(?!(?:[\w']+ ){0,2}(?:warrant|indictment|complaint)\b)|"
    # "our prisoner w a 2023 robbery 1": an offence dated in the past, held by the person
    r"(?:w|with|has|had|got) (?:a |an )?(?:19|20)\d\d |"
    r"(?:sheet|rap|record) (?:says|shows)|prior (?:case|arrest|collar)s?,? (?:a |an )?|(?:he|she) caught (?:a |an )|"
    # "says he's a convicted violent felon": a conviction, his record
    r"convicted (?:repeat |career |persistent )?$|"
    # "he did 3 years for a burglary 2": time served for it makes it his record
    r"(?:did|served|doing) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|some) (?:years?|yrs?|months?|mos?) "
    r"(?:upstate |in prison |in jail |state time )?(?:for|on) (?:a |an |the )?|"
    r"(?:took |taken |a )?plea (?:to|for|on)|pled out (?:to|on)|copped (?:a plea )?(?:to|on)|"
    r"priors? (?:for|of|is|are)|record (?:for|of|shows|is)|(?:did|doing|done) time for|served (?:time )?for|rap sheet(?! (?:to|over to|going to)\b)|history of|"
    r"record:|priors:|conviction:|convictions:|(?:his|her|their|the) sheet:|history:)\s*(?:[\w']+,? ){0,5}$"
)


# "robbery 2 from 2023", "a burglary conviction": the offence dated in the past is the person's record
CONVICTION_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:convictions?|prior|plea)\b|\s+(?:case )?file\b|"  # ("the robbery file": our record of it)
    # "a 2025 assault in the second degree conviction"
    r"\s*(?:in the )?(?:[\w']+ )?degree (?:[\w']+ )?(?:convictions?|prior|plea)\b|"
    # "the 2014 burglary 2 got him six years": a sentence served, so a conviction
    rf"{SENTENCE_SERVED_AFTER.pattern}|"
    r"\s*(?:(?:\d|1st|2nd|3rd|4th|5th|one|two|three|four)\b,?\s*)?"
    # ("petit larceny, 2024": a dated offence is a record line)
    r"(?:degree,? )?,?\s*(?:(?:from|in|back in) )?(?:(?:19|20)\d\d\b|'\d\d\b)|\s*(?:[\w']+ )?(?:from|in|back in) '?\d\d\b|"
    # "ICE warrant, robbery 2 on his sheet": where the offence is written says it is his record
    r"\s*(?:(?:\d|1st|2nd|3rd|4th|5th)\b\s*)?(?:(?:is|was|shows|listed) )?(?:on|in) (?:his|her|their|the) "
    r"(?:rap ?sheet|sheet|rap|record|history|criminal history|priors)\b"
)


# "a YO thing back in 2019 but also an adult conviction for burglary 2 in 2024": the finding
# belongs to another case than the offence named after the turn
ANOTHER_CONVICTION = re.compile(
    r"\b(?:but|and|plus|also|as well as)\b (?:[\w']+ ){0,3}(?:conviction|convicted|adult)\b|\bas an adult\b"
)


# what an out-of-state or federal record line names: a statute, a section or a kind of crime
AN_OFFENCE = re.compile(
    r"\b\d+ ?u\.?s\.?c\b|\busc\b|§|\bsection \d|\b(?:pl|penal law|penal code) ?\d|\b(?:robbery|assault|burglary|murder|"
    r"homicide|manslaughter|rape|sexual|arson|kidnap\w*|drugs?|narcotics|cocaine|heroin|fentanyl|meth\w*|guns?|weapons?|firearms?|"
    r"fraud|sale|possession|trafficking|smuggling|dwi|dui|larceny|theft|battery|carjack\w*|stalking|extortion|racketeering|"
    r"rico|felony|felonies|misdemeanou?rs?|violent|shooting|stabbing|terror\w*|child)\b"
)
