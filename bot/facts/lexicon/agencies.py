"""Which agency is asking: each name and nickname officers use, most specific first."""

from __future__ import annotations

from bot.facts.lexicon.blocks import compile_all
from bot.facts.model import Agency
from bot.facts.prefilter import Searcher

__all__ = ["AGENCY_CUES"]

# ---------------------------------------------------------------------------- agencies
# Most specific first: at one position the first agency listed wins ("ice ero" is ERO).
AGENCY_CUES: tuple[tuple[Agency, Searcher], ...] = tuple(
    (agency, compile_all(patterns))
    for agency, patterns in (
        (Agency.HSI, [r"\bhsi\b", r"\bh s i\b", r"homeland security investigations?", r"\bhsi-ny\b"]),
        (
            Agency.ICE_ERO,
            [
                r"\b(ice[ /-]?)?\(?ero\)?\b",
                r"\be (?:r|are) o\b",
                r"enforcement (and|&) removal( operations)?",
                r"\bdeportation (officers?|agents?|officials?|unit|office|section|branch|squad)\b",
                r"\b(?:ice|immigration) deportation\b",
                r"\bremoval officers?\b",
                r"\bfugitive operations? team\b",
                r"\bfield office director\b|\bsddo\b",
                r"\bthe do\b(?= (?:also |just |then )?(?:is |was |wants|wanted|said|says|called|asked|sent|needs|emailed|faxed))",
                r"\b(?:the |a |an )?do (?:from|at|out of) (?:varick|26 fed(?:eral)?(?: plaza)?|ero)\b",
                r"\bdetention and deportation officers?\b",
                # voice-to-text: "ice euro supervisor", "the euro team"
                r"\bice euro\b|\beuro (?:officers?|agents?|team|supervisor|guys|people|squad)\b",
            ],
        ),
        (
            Agency.CBP,
            [
                r"\bcbp\b",
                r"\bborder patrol\b",
                r"customs (and|&) border( protection)?",
                # (not "cross-designated with customs (title 19) authority": a power conferred, not CBP asking)
                r"(?<!immigration and )(?<!immigration & )(?<!with )\bcustoms\b(?! enforcement)(?! \(?title 19\)?)(?! (?:authority|powers?|designation))",
                r"\bbp agents?\b",
                r"\bbortac\b",
            ],
        ),
        (
            Agency.ICE,
            [
                r"\bice\b(?! (cream|cold|pack|box|rink|skating|machine))",
                r"\bi\.c\.e\.?",
                # voice-to-text spellings of the letters
                r"\b(?:i|eye|aye) (?:c|see|sea) (?:e|ee)\b|\beyes (?:agents?|officers?|guys|people|van|trucks?)\b",
                r"\bimmigration (and customs enforcement|agents?|officers?|officials?|authorities|people|guys|folks|cops)\b",
                r"\bla migra\b",
                r"\bmigra\b",
                # "marshals and immigration both want my prisoner", "immigration has a judge-signed warrant too"
                r"(?<=from )immigration\b|\bimmigration\b(?= (?:both |also |too |just |now )?(?:called|says|said|wants?|asked|"
                r"is asking|sent|dropped|faxed|came|has|have|had|showed|brought|lodged|left|is here|are here|is at|are at)\b)",
            ],
        ),
        (
            Agency.DHS,
            [
                r"\bdhs\b",
                r"\bd\.? h\.? s\.?(?= )",
                r"\bhomeland( security)?\b",
                r"department of homeland security",
                # the Federal Protective Service guards federal buildings as a DHS component
                r"federal protective service|\bfps\b",
                # the other DHS components, named as the ones asking or acting (not "his years with the
                # Secret Service", "who do I call at USCIS about my cousin's green card")
                r"\b(?:secret service|coast ?guard|tsa|uscis)(?= (?:investigative service|investigators?|agents?|officers?|"
                r"special agents?|sa|fraud|fdns|boarding|wants?|wanted|asked|asks|asking|is|was|has|had|needs?|called|says|said|"
                r"sent|emailed|came|showed)\b)|(?<=from the )(?:secret service|coast guard)\b|(?<=from )(?:uscis|tsa)\b|"
                r"\busss\b|\bcgis\b",
            ],
        ),
        (
            Agency.FBI,
            [
                r"\bfbi\b",
                r"\bjttf\b",
                r"\bsafe streets(?: task ?force| squad| tfo| case agent)?\b",
                r"\bbureau agents?\b",
                r"\bfederal bureau of investigations?\b",
                # "the bureau has a warrant", "bureau sextortion squad": the FBI, not an NYPD bureau
                r"(?<!legal )(?<!detective )(?<!patrol )(?<!housing )(?<!transit )(?<!transportation )(?<!intel )"
                r"(?<!intelligence )(?<!counterterrorism )(?<!narcotics )(?<!training )(?<!personnel )(?<!support )"
                r"(?<!internal affairs )(?<!crime control strategies )(?<!information technology )(?<!special operations )"
                r"(?<!community affairs )(?<!risk management )(?<!collaborative policing )(?<!criminal justice )"
                r"\b(?:the )?bureau\b(?! of\b)(?=(?:'s)? (?:has|had|have|got|gets|is|was|wants?|wanted|asked|asking|called|sent|agents?|guys?|"
                r"people|squad|sup|supervisor|case|task ?force|said|says|came|needs?|showed|here|at|on|took|would|will|"
                r"[\w-]+ (?:squad|unit|task ?force|agents?)))",
            ],
        ),
        (Agency.DEA, [r"\bdea\b", r"drug enforcement( administration)?"]),
        (Agency.ATF, [r"\batf\b", r"alcohol,? tobacco"]),
        (
            Agency.USMS,
            [
                r"\busms\b",
                # (not the FDNY's "fire marshals" nor a "city marshal" serving evictions)
                r"(?<!fire )(?<!fdny )(?<!city )\b(us |u\.s\. |united states |federal )?marshals?( service)?\b",
                r"\bmarshal'?s service\b",
                # the Marshals lead the regional fugitive task forces (ICE's is a fugitive operations team)
                # ("FBI Violent Crimes/Fugitive Task Force" is the FBI's own)
                r"(?<!/)(?<!fbi )(?<!fbi's )(?<!bureau )\b(?:(?:ny/nj |new york/new jersey )?regional )?fugitive (?:task ?force|tf)\b|\brftf\b",
            ],
        ),
        (
            # agencies outside DHS the table does not name; DHS's own inspector general is DHS
            Agency.OTHER_FEDERAL,
            [
                r"\bpostal inspect(?:ors?|ion service)\b|\buspis\b|\birs(?:-ci)?\b|\btreasury\b|"
                r"(?<!dhs )(?<!dhs-)(?<!dhs's )(?<!homeland security )(?<!dhs office of )(?<!dhs's office of )(?<!homeland security office of )"
                r"\b(?:inspectors? general|oig)\b|\bdiplomatic security\b|\bdss agents?\b|"
                r"\b(?:u\.?s\.?|federal) (?:probation|pretrial)\b|\bbureau of prisons\b|\bbop\b|"
                # the Interior Department's police at the Statue of Liberty, Gateway and federal parkland
                r"\b(?:u\.?s\.? |us |united states )?park police\b|\bfederal protective service\b|\bfps officers?\b|"
                # the armed services' criminal investigators ("NCIS wants our complaint report on a sailor")
                r"\bncis\b|\bnaval criminal investigative service\b|\barmy cid\b|\bdcis\b|\bdefense criminal investigative service\b|\bafosi\b",
                # a federal prosecutor asking in person: "AUSA from SDNY wants our complaint report"
                # (not "the AUSA wants our DD5s" beside the Marshals: their prosecutor, the same case)
                r"\bausa (?=(?:from|at|out of) (?:the )?(?:sdny|edny|ndny|wdny|us attorney))|"
                # "AUSA in EDNY wants copies of my DD5s" (not "CSAM case, EDNY AUSA assigned": the case's prosecutor)
                r"(?:\bausa (?=in (?:the )?(?:sdny|edny|ndny|wdny)\b)|\b(?:sdny|edny|ndny|wdny) ausa\b)"
                r"(?=[^.;\n]{0,20}\b(?:wants?|asked|asks|is asking|requested|requests|needs?|called|emailed)\b)|"
                # "a paralegal at the US Attorney's office asked for certified copies", "the US Attorney's
                # Office SDNY is prosecuting the crew ... the AUSA asked for our case folder" (not "at the
                # USAO thursday" or "the U.S. Attorney's Office filed a complaint" beside the FBI: the place,
                # or the agency's own prosecutor)
                r"\b(?:paralegal|investigator|someone|somebody|analyst) (?:at|from) (?:the )?(?:u\.?s\.?|united states) attorney'?s? office\b|"
                r"\b(?:the )?(?:u\.?s\.?|united states) attorney'?s? office\b(?=[^.;]{0,120}\b(?:asked|asks|wants|requested|is asking|subpoenaed)\b)",
            ],
        ),
        (
            Agency.FEDERAL,
            [
                r"\bfeds\b|\bthe fed\b(?= (?:at|here|wants?|asked|called|said|says|is|was|guy|agent))|\bfed (?:agents?|guys?|officers?)\b",
                r"\b(?:some|another|other|a different|a second) (?:other )?(?:fed|federal agent|agent|investigator)\b"
                # "some other fed - didnt catch the agency - wants the address": an aside between dashes
                r"(?=[,\-–() ]+(?:[\w']+[,\-–() ]+){0,6}(?:called|asked|asking|wants?|came|emailed|texted|showed up)\b|\s+(?:from|who)\b)",
                r"\bfederal (agents?|officers?|partners?|guys|authorities|agency|agencies|law enforcement|people|task ?force)\b",
                # "an agent from some other agency in the wire room asked me ...": an agency not named
                r"\b(?:agent|guy|officer|investigator|someone|somebody|person|woman|man) from (?:some other|another|a different|a third|some|an other) agency\b",
                r"\bfed (agents?|guys)\b",
                r"\bfederal government\b",
                # the department over the FBI, DEA, ATF and the Marshals: a name for one of them
                r"department of justice|\bdoj\b",
                # "someone who said he was 'federal' called": an agency only claimed, and never named
                r"(?<=\bsaid he was )federal\b|(?<=\bsaid she was )federal\b|(?<=\bsays he's )federal\b|(?<=\bclaimed to be )federal\b|"
                r"\b(?:someone|somebody) federal\b(?= (?:called|calls|emailed|texted|came|showed up|wants?|asked|says|said)\b)|"
                r"\b(?:said|say|says|claimed|claim|claims) (?:he|she|they)(?: was| were| is| are|'s|'re) ['\"]?federal\b(?!['\"]? (?:court|judge|case|charges?|warrant|prison|custody)\b)",
                # "'The task force' called about our perp", "the task force wants a stop notification": a
                # task force with no agency named is somebody federal the officer did not name
                r"(?:^|(?<=\bthe )|(?<=\ba ))['\"]?task ?force\b['\"]?(?= (?:called|calls|wants?|wanted|asked|asking|asks|needs?|said|says|sent|emailed|texted|came|showed up|is asking)\b)",
                r"(?:^|(?<=\ba )|(?<=\bone )|(?<=\bsome ))fed\b(?= (?:at|here|wants?|wanted|asking|asked|asks|called|said|says|emailed|texted|came|showed|from)\b)",
                r"\bagents? federal(?:es)?\b",
                # "a guy w a federal badge (didn't say which)"
                r"\b(?:guy|man|woman|lady|agent|someone|somebody|dude|person|people|guys) (?:w|with|flashing|showing) (?:a |an )?"
                r"(?:federal|fed|government|gov't|govt) (?:badges?|ids?|credentials|creds|jackets?|vests?|shields?)\b",
                # "the woman with him, who didn't say what agency she's with, wants ...", "a second agent,
                # not FBI, didnt say what agency": a person whose agency the officer says is left unsaid
                r"\b(?:the|a|an|another|one|some) (?:second |other |third )?(?:woman|man|lady|guy|agent|officer|person|investigator|partner|fed|dude)\b"
                r"(?=[^.;?!\n]{0,30}?\b(?:(?:didn't|didnt|did not|wouldn't|wouldnt|won't|never) (?:say|said|give|gave|name|named|tell us|told us|tell me|told me|mention|mentioned|show|showed) "
                r"(?:what|which|the|an?|his|her|their) agency|no agency (?:given|named|stated|said|mentioned)|"
                r"not (?:the )?(?:fbi|dea|atf|usms|marshals|ice|ero|hsi|cbp|dhs)\b(?! (?:but|it's|its|just|either)\b)))",
                # "two feds: one (didn't say agency) wants ..., the other is the FBI": somebody of their own
                r"\b(?:one|the first one|the first|the other one|the other|another one|the second one|the second)\b"
                r"(?=\s*[(,-]?\s*(?:didn't say|didnt say|did not say|unknown|not sure|unsure|no idea|wouldn't say|wouldnt say)\b)",
            ],
        ),
    )
)
