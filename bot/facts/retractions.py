"""What the officer takes back in the same message: "signed by a judge - wait no, by a deportation
officer", "never mind the photo", "I first thought it was an I-205 but it's a court warrant".

The words taken back are blanked (spaces, so every later character keeps its place and its way back
to the officer's words), and only what the officer settled on is read."""

from __future__ import annotations

import re

from bot.facts.lexicon import CRIME_TERMS

__all__ = ["AGENCY_NAMES", "retract_corrections"]


# "signed by a judge - wait no, signed by a deportation officer": the words just before the
# correction are taken back, so only what the officer settled on is read
_CORRECTION = re.compile(
    r"(?:\s*(?:-+|\.\.+|,|;)\s*|\s+)(?:wait,? no\b(?! one\b)|no,? wait\b(?! time\b)|scratch that|correction(?=\s*[:,-])|edit(?=\s*[:-])|"
    r"actually,? no(?=[,.;!-]| it\b| its\b| it's\b| wait\b| sorry\b)|no,? actually\b|"
    # ("sorry, meant Marshals" names who asks instead: `bot.facts.corrections` reads that)
    r"sorry,? (?:i )?(?:reread|misread|mean(?!t?,? (?:the )?(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals?|feds?)\b))|"
    r"i misread|my mistake|"
    # "he was convicted, well, he pleaded to assault 3 in the end": the officer restates it
    r"(?<=, )well,(?= (?:he|she|they) (?:was|is|were|only|actually|pled|pleaded|pleads|copped|got|did)\b)|"
    # "said it's a criminal case, then kind of backtracked": the agent took back what he said
    r"then (?:kind of |sort of |kinda )?(?:backtracked|back-?pedal+ed|walked (?:it|that) back|took (?:it|that) back)\b)"
)
_RETRACTED_WORDS = 4
_EDIT_AFTER_A_SENTENCE = re.compile(r"[.!?\n]\s*edit\b")
# the words the officer settles on after the marker, up to the next break
_SETTLED_ON = re.compile(r"t?[\s,:;-]*([^.,;:!?()\n-]*)")  # ("sorry, meant 2019": the marker ends at "mean")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The agencies as an officer names them, for patterns that need "an agency named here"
AGENCY_NAMES = r"(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals|feds)"
# ("USMS again - i misread it, the charge is bank robbery": who asks is not what is corrected;
# an agency the officer does take back is read by `bot.facts.corrections`; "signed by ICE - wait
# no, a judge" takes back the signer)
_AGENCY_NAME = re.compile(AGENCY_NAMES)
_SIGNER_BEFORE = re.compile(r"\bby (?:an? |the )?$")


# "signed by a majestic rate judge no magistrate judge": a "no" between two phrases ending in
# the same noun corrects the first, it does not deny the second
_RESTATED = re.compile(r"\b(?P<head>[a-z]{4,})\s+(?P<no>no)\s+(?=(?:[\w']+\s+){0,3}(?P=head)\b)")


# "I first thought their paper was an I-205 but it's a court warrant", "(I first wrote HSI, it's
# ATF)", "I thought a magistrate signed it but honestly I haven't seen it": a first impression the
# officer turns from is taken back, up to the turn; a plain "I thought" only before a "but" or a dash
_FIRST_IMPRESSION = re.compile(
    r"\b(?:first|initially|originally|at first)\s+(?:(?:i|we|he|she|they|the desk)\s+)?"
    r"(?:thought|read|heard|wrote|typed|said|assumed|took)\b"
    r"(?P<first>[^.;!?()]{1,90}?)(?=\s*(?:\bbut\b|\s-+\s|,\s*(?:it's|its|it is|then|but|now)\b|\bthen\b|\)|[.;!?]|$))|"
    r"\b(?:i|we) thought\b(?P<thought>[^.;!?()]{1,90}?)(?=\s*(?:\bbut\b|\s-+\s))"
)


# "never mind the photo, they only want the address", "they dropped the request to put an alert
# on him": an ask the officer or the agency takes back is no longer asked
_TAKEN_BACK = re.compile(
    r"\b(?:never ?mind|disregard|forget about|scratch) (?P<dismissed>(?:the|that|my|our) [^.;!?,()]{1,60}?)(?=\s*(?:[.;!?,()]|\s-+\s|$))|"
    r"\b(?:dropped|withdrew|withdrawn|cancell?ed|rescinded|pulled|took back) (?:the |their |its |that )?(?:request|ask)s? "
    r"(?:to|for|about|on) (?P<withdrawn>[^.;!?,()]{1,60}?)(?=\s*(?:[.;!?,()]|\s-+\s|$))"
)


_OFFENCE_DENIED = re.compile(
    r"\b(?:conviction|record|rap|prior|charge|plea)(?:'s| is| was)? (?:isn't|isnt|is not|wasn't|wasnt|was not|not) (?:for )?"
    r"(?P<offence>[^.,;:!?()\n]{1,60}?)(?=\s*(?:[.,;:!?()\n]|$))"
)
_CASE_DROPPED = re.compile(
    r"\b(?:we|they)(?:'ve| have)? (?:dropped|closed|gave up on|are done with|'re done with) the (?:[\w-]+ ){1,2}"
    r"(?:thing|angle|stuff|side|part|case|investigation)\b"
)
_NAMES_A_CASE_AFTER = re.compile(r"\s+(?:[\w-]+ )?(?:case|investigation|probe|matter|thing|angle)\b")
_STATUS_WORDS = frozenset({"status", "citizenship", "citizen", "immigration", "papers", "undocumented", "legal"})
_STATUS_ASKED = (
    r"(?:(?:whether|if) (?:[\w']+ ){0,3}(?:a (?:us )?citizen|undocumented|legal|here legally|illegal)\b|"
    r"(?:immigration |legal |citizenship )?status\b|citizenship\b)"
)
_GENERIC_ASK_NOUNS = frozenset({"question", "request", "ask", "part", "thing", "bit", "piece"})


def retract_corrections(norm: str) -> str:
    chars = list(norm)
    for taken_back in _TAKEN_BACK.finditer(norm):
        start, end = taken_back.span()  # the take-back words too: "never" denies nothing else
        chars[start:end] = " " * (end - start)
        if taken_back.group("dismissed"):
            # "... an alert on him and our report. never mind the alert": the ask named before, too
            dismissed = taken_back.group("dismissed").split()
            head = rf"{re.escape(dismissed[-1])}s?\b"
            if dismissed[-1] in _GENERIC_ASK_NOUNS and len(dismissed) > 2:
                # "whether he's a citizen ... scratch the citizenship question": the word that says which
                head = rf"{re.escape(dismissed[-2][:7])}\w*"
                if dismissed[-2] in _STATUS_WORDS:
                    # "whether he is undocumented ... scratch the immigration status question"
                    head = _STATUS_ASKED
            for earlier in re.compile(rf"\b{head}").finditer(norm, 0, start):
                chars[earlier.start() : earlier.end()] = " " * (earlier.end() - earlier.start())
    for dropped in _CASE_DROPPED.finditer(norm):
        # "narcotics case ... his partner: 'no, we dropped the drug thing, this is for his removal'":
        # the criminal aim named before is the one they gave up (a crime of the record stays)
        aims = [c for c in CRIME_TERMS.finditer(norm, 0, dropped.start()) if _NAMES_A_CASE_AFTER.match(norm, c.end())]
        for crime in [*aims, dropped]:
            chars[crime.start() : crime.end()] = " " * (crime.end() - crime.start())
    for denied in _OFFENCE_DENIED.finditer(norm):
        # "his conviction isn't robbery 1, it's petit larceny": the offence denied is not his record
        if CRIME_TERMS.search(denied.group("offence")):
            start, end = denied.span("offence")
            chars[start:end] = " " * (end - start)
    for impression in _FIRST_IMPRESSION.finditer(norm):
        start, end = impression.span("first") if impression.group("first") else impression.span("thought")
        chars[start:end] = " " * (end - start)
    for marker in _CORRECTION.finditer(norm):
        record = _record_taken_back(norm, marker)
        if record is not None:
            chars[record : marker.start()] = " " * (marker.start() - record)
        if marker.start() > 0 and _EDIT_AFTER_A_SENTENCE.match(norm, marker.start() - 1):
            # "TSDB negative.\nedit - I read the wrong line, his conviction is ...": an edit after a
            # finished sentence says what it corrects; the words that end the sentence before stand
            continue
        words = list(re.finditer(r"[\w'#]+", norm[: marker.start()]))[-_words_taken_back(norm, marker) :]
        for word in words:
            if not _AGENCY_NAME.fullmatch(word.group(0)) or _SIGNER_BEFORE.search(
                norm, max(0, word.start() - 10), word.start()
            ):
                chars[word.start() : word.end()] = " " * (word.end() - word.start())
    for restated in _RESTATED.finditer(norm):
        words = list(re.finditer(r"[\w'#]+", norm[: restated.end("head")]))[-_RETRACTED_WORDS:]
        for start, end in [*((w.start(), w.end()) for w in words), restated.span("no")]:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def _words_taken_back(norm: str, marker: re.Match[str]) -> int:
    """ "for wire fraud, wait no, money laundering": a crime or a year put in place of another takes
    back as many words as it has ("2014, no wait, 2015" takes back the year, not the robbery);
    any other correction, the last few words."""
    settled = _SETTLED_ON.match(norm, marker.end())
    said = settled.group(1).strip() if settled else ""
    count = len(said.split())
    replaces = _YEAR.fullmatch(said) or (count <= 3 and CRIME_TERMS.search(said))
    return min(count, _RETRACTED_WORDS) if replaces and count else _RETRACTED_WORDS


# "His only conviction is aggravated assault in New Jersey, 2023 - wait, I misread the rap sheet,
# it was a shoplifting offense": a correction about the record takes back the whole statement of
# the record before it in that sentence, however long, not only its last few words
_RECORD_CORRECTED_AFTER = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:rap(?: sheet)?|record|sheet|history|priors?|convict\w*|disposition|dispo)\b"
)
_RECORD_STATED = re.compile(
    r"\b(?:convicted|convictions?|priors?|rap(?: sheet)?|record|pled|pleaded|plea|sentenced|did time|served)\b"
)
_SENTENCE_END = re.compile(r"[.;!?\n]")


def _record_taken_back(norm: str, marker: re.Match[str]) -> int | None:
    """Where the statement of the record that the correction takes back starts, if it is one."""
    if not _RECORD_CORRECTED_AFTER.match(norm, marker.end()):
        return None
    sentence = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, marker.start())), default=0)
    stated = _RECORD_STATED.search(norm, sentence, marker.start())
    return stated.start() if stated else None
