"""The officer's message, tidied for the patterns, with a way back to the words they typed.

Patterns run on `Text.norm` (lower case, plain quotes and dashes, common abbreviations spelled out,
near-miss key words corrected). Every character of `norm` remembers where it came from, so evidence
is always a span of the officer's original text, never a word the officer did not type.

Everything here is deterministic: the same text gives the same `norm` in every process (the typo
corrector picks from a sorted vocabulary, ties broken alphabetically). Another language is glossed first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.facts.expansions import CONTRACTIONS, spelled_out
from bot.facts.glosses import glossed
from bot.facts.identifiers import blank_identifiers
from bot.facts.initials import initial_letters, initials_in_sentence
from bot.facts.learner import learner_forms
from bot.facts.names import names_as_pronouns
from bot.facts.prefilter import gated
from bot.facts.retractions import AGENCY_NAMES, retract_corrections
from bot.facts.spelling import correct_typo, restored_ing
from bot.facts.spoken import spoken_forms
from bot.facts.threads import thread_answers

__all__ = ["AGENCY_NAMES", "Clause", "Text", "clauses", "is_doubted", "is_doubted_ask", "is_negated", "normalise"]


@dataclass(frozen=True)
class Text:
    original: str
    norm: str
    origin: tuple[int, ...]  # origin[i]: index in `original` of norm[i]

    def words(self, start: int, end: int) -> str:
        """The officer's own words behind norm[start:end]."""
        if start >= end or not self.origin:
            return ""
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[min(end, len(self.origin)) - 1]
        # a word written in place of several said ("ice arrow" read as "ice ero") starts where they start
        while 0 < first <= last and self.original[first - 1].isalnum() and self.original[first].isalnum():
            first -= 1
        if end >= len(self.norm) or not self.norm[end].isalnum():
            # a word spelt out longer or shorter ("entreguemos" read as "hand over") ends where it ends
            while last + 1 < len(self.original) and self.original[last].isalnum() and self.original[last + 1].isalnum():
                last += 1
        return self.original[first : last + 1].strip(" \t\n*_~")

    def words_of(self, match: re.Match[str], offset: int = 0) -> str:
        return self.words(offset + match.start(), offset + match.end())


_PUNCTUATION = {"‘": "'", "’": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "−": "-"}
_MARKUP = frozenset("*_~")
_SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
_SLACK_LINK = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>|<((?:https?|mailto):[^>]*)>")
_TOKEN = re.compile(r"\bw/o\b|\bw/|\bb/c\b|[a-z0-9à-öø-ÿ]+(?:'[a-z]+)?")


def _characters(text: str) -> list[tuple[str, int]]:
    """Lower-cased, NFKC-folded characters, each with its index in `text`; no format characters."""
    # Slack markup that carries no words: user/channel mentions; links keep their label.
    blanked = _SLACK_MENTION.sub(lambda m: " " * len(m.group(0)), text)
    out: list[tuple[str, int]] = []
    position = 0
    for link in _SLACK_LINK.finditer(blanked):
        out.extend(_fold(blanked[position : link.start()], position))
        label_group = 1 if link.group(1) is not None else 2
        out.extend(_fold(link.group(label_group), link.start(label_group)))
        position = link.end()
    out.extend(_fold(blanked[position:], position))
    return out


def _fold(chunk: str, offset: int) -> list[tuple[str, int]]:
    if chunk.isascii():  # most messages: one lower-case character per character, no format marks
        lowered = chunk.lower()
        return [(" " if c in _MARKUP else c, index) for index, c in enumerate(lowered, start=offset)]
    folded: list[tuple[str, int]] = []
    for index, char in enumerate(chunk, start=offset):
        if unicodedata.category(char) == "Cf":  # zero-width and direction marks
            continue
        mapped = _PUNCTUATION.get(char)
        if mapped is None:
            # "İCE" lower-cases to "i̇ce": the dot above is not a letter an officer meant
            mapped = " " if char in _MARKUP else unicodedata.normalize("NFKC", char).lower().replace("i\u0307", "i")
        folded.extend((c, index) for c in mapped)
    return folded


_SHORT_YEAR = re.compile(r"'\d\d(?!\w)")  # "a burglary from '23"


def normalise(text: str) -> Text:
    """Lower-case, straighten quotes and dashes, collapse spaces, spell out, fix near-miss key words."""
    chars = initials_in_sentence(text, blank_identifiers(text, _characters(text)))
    # Quote marks around words ('warrant', "supervisory officer") are not apostrophes: blank them.
    # "Agency: ICE ERO | warrant: ... | ask: hold": a field separator ends a clause, as a semicolon does.
    chars = [
        (" ", i)
        if c in "'\""
        and not (0 < n < len(chars) - 1 and chars[n - 1][0].isalnum() and chars[n + 1][0].isalnum())
        and not _SHORT_YEAR.match("".join(ch for ch, _ in chars[n : n + 4]))
        else (";" if c == "|" else c, i)
        for n, (c, i) in enumerate(chars)
    ]
    # Whitespace: a run with a line break ends a sentence; any other run is one space.
    spaced: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for item in [*chars, ("\0", len(text))]:
        if item[0].isspace():
            run.append(item)
            continue
        if run and spaced:
            breaks = any(c in "\n\r" for c, _ in run)
            last = spaced[-1][0]
            if breaks and last not in ".;:!?,":
                spaced.append((".", run[0][1]))
            spaced.append((" ", run[0][1]))
        run = []
        if item[0] != "\0":
            spaced.append(item)
    spaced = names_as_pronouns(text, thread_answers(learner_forms(spoken_forms(glossed(spaced)))))
    flat = "".join([c for c, _ in spaced])
    out: list[tuple[str, int]] = []
    position, initials = 0, initial_letters(text)
    for token in _TOKEN.finditer(flat):
        word = token.group(0)
        if len(word) == 1 and (flat.startswith(".", token.end()) or spaced[token.start()][1] in initials):
            continue  # a letter of "U.S." or of a name ("Luis R."), not texting "u" for "you"
        replacement = (
            CONTRACTIONS.get(word) or spelled_out(word, flat, token.start()) or correct_typo(restored_ing(word))
        )
        if replacement == word:  # most words: kept as they are, with their own origins
            continue
        out.extend(spaced[position : token.start()])
        origins = [i for _, i in spaced[token.start() : token.end()]]
        out.extend((c, origins[min(k, len(origins) - 1)]) for k, c in enumerate(replacement))
        position = token.end()
    out.extend(spaced[position:])
    return Text(text, retract_corrections("".join([c for c, _ in out])), tuple([i for _, i in out]))


# ------------------------------------------------------------------ clauses
@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str  # norm[start:end]


_SENTENCE_BREAK = re.compile(
    r"(?<!\b[a-z])(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bdr)(?<!\bsgt)(?<!\bdet)(?<!\blt)(?<!\bmag)(?<!\bcapt)(?<!\bhon)"
    r"[.!?;]+(?=\s|$)|\s[-:]\s|:\s|\s\(|\)\s"
)
_AGENCY_WORD = rf"(?:{AGENCY_NAMES}|marshal|fed|border patrol|homeland|immigration|federal|jttf|bureau)\b"
_JOIN = re.compile(
    r",?\s+(?:and also|and then|but also|meanwhile|separately|plus|also)\s+|"
    r",?\s+(?:but|while|whereas|and)\s+"
    r"(?=(?:the |a |an |our |their |separate(?:ly)? |another |other |then |now |they |he |she |i |we |"
    rf"{_AGENCY_WORD}|(?:[\w']+ ){{1,2}}{_AGENCY_WORD}|"
    r"can |could |should |would |do |does |is |are |may |what |how |want|ask|need))|"
    # "USMS has a warrant + ICE wants his court date": Slack shorthand between two requesters
    rf"\s+[+&]\s+(?=(?:[\w']+ ){{0,2}}{_AGENCY_WORD})"
)


# A comma that hands over to another agency starts a new clause ("FBI wants X, ICE wants Y").
_COMMA_AGENCY = re.compile(
    rf",\s+(?=(?:[\w']+ ){{0,4}}{_AGENCY_WORD}\s*(?:[\w']+ ){{0,2}}(?:wants?|asks?|asked|asking|needs?|has|had|sent|called|"
    r"too|also|dropped|lodged|faxed|requested|showed|is|are|agents?|guys?|officers?|said|says|emailed|texted)\b|"
    # "one wants to see our prisoner, the other asks for the report": a second requester by position
    r"(?:the other|the second|another)(?: one)? (?:is|was|wants?|asked|asks|asking|needs?)\b)"
)


@lru_cache(maxsize=256)  # read again for each request of a message; a pure function of the text
def clauses(norm: str) -> tuple[Clause, ...]:
    """Sentences, then the coordinated parts of each ("FBI has X, and ICE wants Y")."""
    found: list[Clause] = []
    sentence_start = 0
    for cut in [*_SENTENCE_BREAK.finditer(norm), None]:
        sentence_end = cut.start() if cut else len(norm)
        start = sentence_start
        joins = sorted(
            [
                *_JOIN.finditer(norm, sentence_start, sentence_end),
                *_COMMA_AGENCY.finditer(norm, sentence_start, sentence_end),
            ],
            key=lambda m: m.start(),
        )
        for join in joins:
            if join.start() < start:
                continue
            found.append(Clause(start, join.start(), norm[start : join.start()]))
            start = join.end()
        found.append(Clause(start, sentence_end, norm[start:sentence_end]))
        sentence_start = cut.end() if cut else len(norm)
    return tuple(c for c in found if c.text.strip(" ,.;:!?-"))


# ------------------------------------------------------------------ negation and doubt
NEGATORS = re.compile(
    # "wants a yes or no on whether he was born here": a question, not a denial
    # "they want him after arraignment instead of us bringing him back to the pens": the road not taken
    r"(?<!yes or )(?<!yes/)\b(no|not|without|never|none|nothing|nobody|neither|nor|lacks?|lacking|missing|negative|zero|instead of)\b|n't\b"
)
_UNCERTAIN = re.compile(r"\b(know|sure|clear|if|whether|unsure|idk|think|tell)\b")
# "not asking us to hold him, just want a heads up": what follows "just want" is asked, not denied
_CLAUSE_BREAK = gated(
    r"[.;!?,:()]|\s-+\s|\bbut\b|\bplus\b|\band\b|\bbecause\b|\bso\b|\bthen\b|"
    r"\b(?:just|only|simply|instead|rather) (?:they |he |she )?(?:wants?|needs?|asking|asks?|asked|wanted)\b|"
    # "if it doesn't pan out, ICE will take him": the negation ends with its own verb
    r"\b(?:pan|panned|work|works|worked) out\b|\bgo anywhere\b|"
    # "if the AUSA wont take it he'll get handed to ERO": a new subject and its verb start the main clause
    r"\b(?:he|she|they)(?:'ll| will|'d| would| gets?| is going to| are going to| gonna)\b|"
    # "we'll see if we can make a case, if not ERO will take them": "if not" is "otherwise" there
    r"\bif not\b(?=,|\s+(?:then\b|(?:ero|ice|hsi|cbp|dhs|they|he|she|we)\s+(?:will|would|can|could|is|are|gonna|going|might|may)\b))"
)
_NEGATION_WINDOW = 40
_NEGATED_NOUN_THEN_VERB = re.compile(
    r"(?:no|without|zero) (?:a |an |any |the )?(?:judicial |judge'?s? |signed |federal )?"
    r"(?:warrant|paperwork|papers?|detainer|record|priors|id|judge|hit|charges?|status|documents?|green card)s?\b.*"
    # ("if we find anyone without status we should hold them": the "without" was the people's)
    r"\b(?:wants?|wanted|asks?|asked|asking|needs?|needed|says?|said|requests?|requested|would like|is trying|should|must|has to|have to|"
    r"gets?|getting|goes|ends? up)\b|"  # ("whoever they find without papers gets processed for removal")
    # a dictated run-on: "ice detainer no judge warrant he was deported in 2019": a new subject, a new clause
    r"(?:no|without|zero) (?:a |an |any |the )?(?:judicial |judge'?s? |signed |federal )?(?:warrant|paperwork|papers?|detainer)s? "
    r"(?:(?:and|but|so) )?(?:he|she|they)\b(?:'s| was| is| were| has| had| got| came| did)?"
)


def _window_before(text: str, start: int) -> str:
    low = max(0, start - _NEGATION_WINDOW)
    # searched in the whole text, so a break's lookahead may read the words after `start`
    ends = [m.end() for m in _CLAUSE_BREAK.finditer(text, low, start + _NEGATION_WINDOW) if m.end() <= start]
    return text[ends[-1] if ends else low : start]


# "nobody has said a word about anyone's status or about removal": everything the silence is
# about, to the end of the sentence, is denied, however long the list
_SILENT_ABOUT = re.compile(
    r"\b(?:nobody|no one|none of them|nothing|never|not once)(?: (?:has|have|had|ever|even|really|once|actually|was|been))* "
    r"(?:said|say|says|mentioned|mention|talked|brought up|raised|spoke|asked|asks|indicated|suggested)\b"
    # ("nobody said it wasn't for deportation - actually the ICE agent said ...": a new clause speaks)
    r"(?:(?!\bbut\b|\bhowever\b|\balthough\b|\bactually\b|\s-+\s|, (?:they|he|she|it|ice|hsi|ero|the agents?)\b)[^.;!?])*$"
)


def is_negated(text: str, start: int) -> bool:
    """True when a negating word governs the cue starting at `start` in the same clause."""
    if _SILENT_ABOUT.search(text, max(0, start - 160), start):
        return True
    window = _window_before(text, start)
    negators = list(NEGATORS.finditer(window))
    if not negators:
        return False
    if _NEGATED_NOUN_THEN_VERB.match(window, negators[-1].start()):
        return False  # "cbp officer no warrant wants to walk back": the "no" was the warrant's
    if _REFUSED_BEFORE.search(window):
        return False  # "I told ICE no on the I-247A": the request refused, the paper still there
    if _NO_BAR.search(window):
        return False  # "nothing stops me from keeping him, right?": a permission asked for, nothing denied
    if negators[-1].group(0) == "instead of" and _INSTEAD_ENDS.search(window, negators[-1].end()):
        return False  # "instead of DATing him can you just release him to us": the ask comes after
    # "don't know if it's a judicial warrant" is doubt, not denial.
    return not _UNCERTAIN.search(window[negators[-1].end() :])


_NO_BAR = re.compile(
    r"\b(?:(?:nothing|no ?one|nobody|no (?:rule|law|policy))(?: is)? (?:stops?|stopping|prevents?|preventing|keeps?|keeping|bars?|"
    r"forbids?) (?:me|us|you|them|him|her|the (?:desk|precinct|pct|squad|team))(?: from)?|nothing wrong with|"
    # (but "no reason to hold him" denies the hold)
    r"no reason (?:not to|(?:why )?(?:i|we) (?:can'?t|cannot|couldn'?t|shouldn'?t))|no (?:problem|issue|harm) (?:with|in)|"
    r"(?:don'?t|do not|can'?t|cannot) see (?:why|a reason|any reason)(?: not to| (?:i|we) (?:can'?t|cannot|couldn'?t|shouldn'?t))?)"
    r" (?:[\w']+ ){0,2}$"
)
_INSTEAD_ENDS = re.compile(r"\b(?:can|could|would|will|should|please|just|they|he|she|we|i)\b")


_REFUSED_BEFORE = re.compile(
    r"\b(?:told|tell|said|say|saying|says|gave|give)\b(?: (?:them|him|her|ice|ero|hsi|cbp|the agents?|the feds))? "
    r"(?:a |a hard )?no (?:on|to|for) (?:the |their |his |her |that |this |an? )?$"
)
_DOUBT_BEFORE = re.compile(
    r"\b(not sure|unsure|don't know|do not know|idk|unclear|maybe|might|possibly|perhaps|probably|prob|prolly|probs|i think|"
    # "sgt isn't sure we're charging him with anything yet": the charge itself in doubt
    r"(?:isn't|wasn't|aren't|weren't|is not|was not|are not|am not|ain't) (?:sure|certain|positive)|"
    # "dispatch can't tell me if it's a criminal warrant or an ICE thing": neither is known
    r"(?:can't|cannot|couldn't|could not) tell (?:me |us |them |him |her )?(?:yet )?(?:if|whether)|"
    # "didn't say if a judge signed it": whether it is so was left unsaid
    r"(?:didn't|did not|doesn't|does not|wouldn't|would not|won't|never|hasn't|has not) (?:say|tell|mention|specify|state|confirm|indicate)(?: (?:me|us|them))? (?:if|whether)|"
    r"i guess|i believe|supposedly|allegedly|apparently|unless|in case|i assume|assuming|presumably|"
    # ("says it's 'basically a judicial warrant'": near enough is not the thing; not "basically they
    # want him deported", which says what they want)
    r"(?:basically|essentially|practically|more or less)(?= (?:an? |the )?$)|"
    # "I don't think it's signed by a judge", "I doubt it's criminal": a belief against it, not a reading
    r"(?:don't|do not|dont|doesn't|does not|didn't|did not) (?:think|believe|reckon)|i doubt|doubt (?:that|it|if|whether)|"
    # "the agent's 'pretty sure' the judge signed it", "as far as he knows it's criminal": belief, not knowledge
    r"(?:pretty|fairly|reasonably|almost|mostly|quite|kinda|kind of) (?:sure|certain|confident|positive)|"
    r"as far as (?:i|we|he|she|they) (?:know|knows|can tell)|"
    # "asked me whether he can take wire-room shifts": the officer's question to us, not doubt of a fact
    r"whether(?! (?:he|she|they|we|i|you|our [\w']+|my [\w']+) (?:can|could|may|might|should|is allowed|are allowed|am allowed|needs? to|has to|have to)\b)|"
    # "if is federal charges": the dropped subject of a writer new to English
    # ("an alert if its target gets stopped": the alert's condition, not doubt)
    r"(?<!alert )(?<!alerts )(?<!alerted )(?<!notified )(?<!heads up )(?<!flag )(?<! me )(?<! us )(?<! them )"
    r"if (?:it|its|it's|it was|it is|is|was|there's|there is|they have|they've got|they got|he has|she has|that's)|"
    # "I asked if it's criminal, he said 'could be a few things'": the officer's question, not an answer
    r"(?:i|we) ask(?:ed)? (?:him |her |them |the agent |the guy )?if|"
    r"could be|may be|sounds like|looks like|seems|kinda|sort of|something like|"
    # an identity only claimed: "someone claiming to be FBI", "a guy who says he's with HSI"
    r"claim(?:s|ed|ing)? to be(?: from| with)?|says (?:he's|she's|they're|he is|she is|they are) (?:from|with)|"
    r"said (?:he|she|they) (?:was|is|were|are) (?:from|with)|posing as|pretending to be|calling (?:himself|herself))\b"
)
# A question mark right after the cue ("TSDB match?", "judge signed?") doubts it; further on it
# only ends the officer's question.
# "federal charges or something immigration", "indictment or what": one guess among others
_DOUBT_AFTER = re.compile(
    r"^\s{0,2}\?|^[^.;!,?]{0,20}\b(i think|maybe|not sure|i guess|unclear|i believe|(?:isn't|isnt|is not|not) (?:sure|certain|positive))\b|"
    r"^\s{0,2}or (?:what|something)\b|"
    # "something about a smuggling case, or maybe just finding the guy": one guess beside another
    r"^[^.;!?]{0,12}\bor (?:maybe|possibly|perhaps)\b|"
    # "criminal case, probably.": a hedge tacked on after the words
    r"^\s{0,2},?\s{0,2}(?:probably|maybe|possibly|perhaps|i think|i guess|i believe|supposedly|allegedly)\s{0,2}(?:[.;!?,-]|$)|"
    # "a judicial warrant, I think signed by a judge": the hedge goes on to describe the same paper
    r"^\s{0,2}[,-]\s{0,2}(?:probably|maybe|possibly|i think|i guess|i believe|supposedly|allegedly)\s+"
    r"(?:it's |it was |it is |its )?(?:signed|issued|from|by|a judge|judge)\b|"
    # "a judicial warrant, the judge signed it I think": the signer said again, in doubt
    r"^\s{0,2}[,-]\s{0,2}(?:the |a )?(?:federal )?(?:judge|magistrate)(?: judge)? signed (?:it|that|the warrant),?\s{0,2}"
    r"(?:i think|i guess|i believe|maybe|probably|supposedly)\b|"
    # "it's 'criminal, well, sort of, depends what we find'": the word taken back as it is said (not
    # "strictly criminal, kind of like the rikers thing", nor "an immigration thing, kind of a gang
    # thing": a comparison, and the next thing hedged)
    r"^['\"’”]?\s{0,2},?\s{0,2}(?:well,?\s+)?(?:sort of|kind of|kinda|sorta|more or less)(?=\s*(?:[,.;!?'\"’”-]|$))|"
    # "signed by a judge, not 100%", "... not a hundred percent sure"
    r"^\s{0,2}[,-]?\s{0,2}(?:but |though |i'm |im )?not (?:100|a hundred|one hundred) ?(?:%|percent)"
)
# For an ask, "can we hold him?" and "asked if we can hold him" are questions, not doubt.
_ASK_DOUBT_BEFORE = re.compile(
    # ("they said maybe 3-4 hrs before they can come get him": the time in doubt, not the ask)
    r"\b(not sure|unsure|idk|(?:maybe|probably)(?! (?:\d|an? (?:hour|few|couple)|a couple|tomorrow|tonight|today|later|around|about)\b)|"
    r"might|possibly|perhaps|i think|i guess|i believe|supposedly|"
    r"apparently|may want|could want|hypothetically|in case)\b"
)
_ASK_DOUBT_AFTER = re.compile(r"^[^.;!,?]{0,20}(\bi think\b|\bmaybe\b|\bnot sure\b|\bi guess\b|\bi believe\b)")


def is_doubted(text: str, start: int, end: int) -> bool:
    """True when the officer is unsure of the cue ("not sure if a judge signed it", "TSDB match?").

    A doubted fact is not a stated fact: it stays unknown, so the rules ask instead of permitting.
    """
    if _DOUBT_BEFORE.search(_window_before(text, start)):
        return True
    after = _DOUBT_AFTER.search(text[end:])
    if after is None:
        return False
    # "ok to ask about his status while questioning him on the forgery?": the question mark asks
    # for permission, it does not doubt the words before it
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    return not (after.group(0).strip() == "?" and _PERMISSION_QUESTION.match(text, sentence_start))


_SENTENCE_END = re.compile(r"[.;!?]\s*")
_PERMISSION_QUESTION = re.compile(
    r"\s*(?:(?:so |and |but )?(?:is it |are we |am i )?(?:ok|okay|alright|allowed|good) to|(?:can|may|could|should) (?:i|we)|"
    r"am i allowed|are we allowed|is it (?:ok|okay|alright|legal|allowed) (?:if|for|to))\b"
)


def is_doubted_ask(text: str, start: int, end: int) -> bool:
    """True when the officer is unsure what is asked ("they might want us to hold him")."""
    return bool(_ASK_DOUBT_BEFORE.search(_window_before(text, start)) or _ASK_DOUBT_AFTER.search(text[end:]))
