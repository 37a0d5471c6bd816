"""Messages written in a language other than English (Russian, Chinese, Korean, Arabic, Bengali,
Polish, Haitian Creole, French, Portuguese) glossed into the English words the readers know, phrase
by phrase from a glossary of this field's vocabulary: agencies, papers, asks, aims, records,
emergencies, and the small words that carry a fact (negation, "only", "until", who does what).

A gloss is not a translation: word order stays the writer's (only an asking verb said after what is
asked, as Korean and Bengali say it, is moved before it), and words the glossary does not hold are
left out of the reading. So what is read through a glossary is marked `translated`: it can
route an answer to `prohibited`, `escalate` or a question, but a permission it would give asks the
officer to confirm the facts in English first. Spanish, which officers mix into English all day and
whose words `bot.facts.expansions` already spells out, is glossed the same way but read as said.

Each gloss keeps the origin of the words it replaces, so evidence quotes the officer's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.facts.learner import Rewrite, Spaced, rewrite_all
from bot.facts.lexicon.glossary import (
    ARABIC,
    BENGALI,
    CHINESE,
    CREOLE,
    FRENCH,
    KOREAN,
    POLISH,
    PORTUGUESE,
    RUSSIAN,
    SPANISH,
)
from bot.facts.model import Source

if TYPE_CHECKING:
    from bot.facts.model import Facts

__all__ = ["glossed", "read_in_translation", "translated_language"]


# Which language a message is written in: its script, or words only that language uses
_SCRIPT_LETTERS = {
    "ru": "а-яё",
    "zh": "\u4e00-\u9fff",
    "ko": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
    "ar": "\u0600-\u06ff",
    "bn": "\u0980-\u09ff",
}
_SCRIPTS = {name: re.compile(f"[{letters}]") for name, letters in _SCRIPT_LETTERS.items()}
# Bengali's full stop, Arabic's comma, semicolon and question mark end clauses as ours do
_STOPS = {"\u0964": ".", "\u060c": ",", "\u061b": ";", "\u061f": "?"}
_FOREIGN_STOPS = re.compile("[" + "".join(_STOPS) + "]")
# what is left unglossed of a script whose glossary is matched letter by letter (Chinese with its
# own punctuation): blanked, so it cannot join two glossed words into one
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef"
_UNGLOSSED = {
    name: re.compile(f"[{_SCRIPT_LETTERS[name]}{_CJK_PUNCTUATION if name == 'zh' else ''}]+")
    for name in ("zh", "ko", "ar", "bn")
}
_MARKERS = {
    "es": re.compile(
        r"(?<!\w)(?:que|para|quiere|quieren|puedo|podemos|tiene|está|pidió|pidieron|hay|porque|unos|sobre|señora?|"
        r"ahora|los|las|del|una|pero|también|mientras|hacemos|mismo|doy)(?!\w)"
    ),
    "ht": re.compile(r"(?<!\w)(?:mwen|èske|eske|yon|papye|ajan|polisye|ofisye|kounye a|paske|sèlman|pa gen)(?!\w)"),
    "fr": re.compile(
        r"(?<!\w)(?:je|nous|est-ce|veulent|peut-on|notre|nos|sont|avec|dans|bonjour|ici|pour|contre|et|les|des|une|"
        r"il|ils|elle|mais|aussi|merci|avons|avez|peut|sur)(?!\w)"
    ),
    "pt": re.compile(
        r"(?<!\w)(?:não|você|nós|pediram|nosso|nossa|a gente|sou|podemos|ajudem|posso|ela|ele|olá|foi|mas|até|fazer|só|"
        r"português|obrigad[oa]|também|então)(?!\w)"
    ),
    "pl": re.compile(r"(?<!\w)(?:nie|czy|jest|się|nasz\w*|prosi|chce|chcą|możemy|przez|oraz|sprawie|dla)(?!\w)"),
}
_ENOUGH_MARKERS = 2
_ASCII_MARKERS = re.compile(
    r"(?<!\w)(?:mwen|eske|yon|je|nous|que|para|puedo|podemos|tiene|hay|porque|sou|czy|prosi|nasz|posso|ela|ele|ici|pour|bonjour)(?!\w)"
)


def _words(entries: Sequence[tuple[str, str]]) -> tuple[re.Pattern[str], dict[int, str]]:
    pattern = "|".join(f"(?P<g{n}>{regex})" for n, (regex, _) in enumerate(entries))
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), {n: english for n, (_, english) in enumerate(entries)}


def _letters(entries: Sequence[tuple[str, str]]) -> tuple[re.Pattern[str], dict[int, str]]:
    ordered = sorted(entries, key=lambda entry: -len(entry[0]))
    pattern = "|".join(f"(?P<g{n}>{re.escape(chinese)})" for n, (chinese, _) in enumerate(ordered))
    return re.compile(pattern), {n: english for n, (_, english) in enumerate(ordered)}


_GLOSSARIES = {
    "ru": _words(RUSSIAN),
    "zh": _letters(CHINESE),
    "ht": _words(CREOLE),
    "fr": _words(FRENCH),
    "pt": _words(PORTUGUESE),
    "es": _words(SPANISH),
    "ko": _letters(KOREAN),
    "ar": _letters(ARABIC),
    "bn": _letters(BENGALI),
    "pl": _words(POLISH),
}
# Languages the team does not read: their facts can refuse or escalate but not permit on their own
_READ_IN_TRANSLATION = frozenset({"ru", "zh", "ko", "ar", "bn", "ht", "fr", "pt", "pl"})
# a message is mostly in another language when at least a third of its letters are (a Chinese
# character carries a word, so the count favours Chinese; its messages are rarely mixed at length)
_MOSTLY = 3


def translated_language(text: str) -> str | None:
    """The glossary a lower-cased message needs, if it is written in one of their languages."""
    for name, script in _SCRIPTS.items():
        if script.search(text):
            return name
    if text.isascii() and not _ASCII_MARKERS.search(text):
        return None  # most messages: English, nothing to look up
    counts = {name: len(set(marker.findall(text))) for name, marker in _MARKERS.items()}
    name, count = max(sorted(counts.items()), key=lambda item: item[1])
    return name if count >= _ENOUGH_MARKERS else None


def glossed(spaced: Spaced) -> Spaced:
    """The message with each glossary phrase written as its English gloss (most: unchanged)."""
    language = translated_language("".join([c for c, _ in spaced]))
    if language is None:
        return spaced
    pattern, english = _GLOSSARIES[language]

    def gloss(match: re.Match[str]) -> str:
        assert match.lastgroup is not None
        return f" {english[int(match.lastgroup[1:])]} "

    rewrites: tuple[Rewrite, ...] = ((pattern, gloss),)
    if language in _UNGLOSSED:
        rewrites += (
            (_FOREIGN_STOPS, lambda match: _STOPS[match.group(0)]),
            (_UNGLOSSED[language], lambda match: " "),
        )
    spaced = _tidy(rewrite_all(spaced, rewrites))
    if language in _VERB_LAST:
        spaced = rewrite_all(spaced, ((_OBJECT_THEN_ASKING, lambda m: f"{m.group('verb')} {m.group('thing')}"),))
    return spaced


# Korean and Bengali put the verb after its object ("the address asked for"): the English readers
# need the asking verb first ("asked for the address")
_VERB_LAST = frozenset({"ko", "bn"})
_OBJECT_THEN_ASKING = re.compile(
    r"\b(?P<thing>(?:the |our |his |her |home |phone |arrest |court )?(?:address|phone number|report|reports|records|"
    r"video|fingerprints|photos|court date|date|desk|office|file|information))\b "
    r"(?P<verb>asked for|asks|asked|wants?|tell|give)\b"
)


def _tidy(spaced: Spaced) -> Spaced:
    """One space between words, none before punctuation, as an English writer types them."""
    out: Spaced = []
    for char, origin in spaced:
        if char == " " and (not out or out[-1][0] == " "):
            continue
        if char in ",.;:!?" and out and out[-1][0] == " ":
            out.pop()
        out.append((char, origin))
    return out


def read_in_translation(requests: Sequence[Facts], question: str) -> tuple[Facts, ...]:
    """Facts read through a glossary are `translated`, not stated: they can refuse or escalate,
    never permit on their own. In a message written mostly in another language every fact is (its
    small words, such as a negation the glossary may lack, shape each reading); in an English
    message with a few foreign words ("... 怎么办"), only the facts whose evidence is foreign."""
    lowered = question.lower()
    language = translated_language(lowered)
    if language not in _READ_IN_TRANSLATION:
        return tuple(requests)
    pattern, _ = _GLOSSARIES[language]
    script = _SCRIPTS.get(language)

    def foreign(words: str) -> int:
        """How many letters of `words` are in the other language."""
        if script is not None:
            return len(script.findall(words))
        return sum(len(re.sub(r"\W", "", match.group(0))) for match in pattern.finditer(words))

    letters = len(re.findall(r"[^\W\d_]", lowered))
    mostly = foreign(lowered) * _MOSTLY >= letters
    return tuple(
        facts.model_copy(
            update={
                "sources": {
                    name: Source.TRANSLATED
                    if source is Source.STATED and (mostly or foreign(facts.evidence.get(name, "").lower()))
                    else source
                    for name, source in facts.sources.items()
                }
            }
        )
        for facts in requests
    )
