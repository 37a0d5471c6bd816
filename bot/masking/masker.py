"""The masker: Presidio runs the recognizers, overlaps are resolved, identifiers replaced."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from bot.masking.names import (
    bare_word,
    english_words,
    import_nlp_without_torch,
    load_spacy_ner,
    stop_words,
    trim_find,
)
from bot.masking.patterns import (
    ACRONYM,
    CAPITALISED,
    FINGERPRINT_KIND,
    KIND_OF_ENTITY,
    NAME_AFTER_CUE,
    NOT_NAMES,
    PATTERNS,
    PLACEHOLDERS,
    SENTENCE_START,
    SPANS_FIELDS,
    TITLE_WORD,
    clean_text,
)


@dataclass(frozen=True)
class Found:
    kind: str
    start: int
    end: int
    value: str = field(repr=False)  # the identifier itself: in memory only, never printed


@dataclass(frozen=True)
class Masked:
    text: str
    kinds: tuple[str, ...]
    found: tuple[Found, ...] = field(repr=False)
    source: str = field(default="", repr=False)  # the cleaned, unmasked text: in memory only

    def hide(self, fragment: str) -> str:
        """A piece of the unmasked text as the masked text shows it: every identifier it
        touches replaced by its placeholder (evidence the reader quoted from the source)."""
        start = self.source.find(fragment) if fragment else -1
        if start < 0:
            for item in sorted(self.found, key=lambda f: -len(f.value)):
                fragment = fragment.replace(item.value, PLACEHOLDERS[item.kind])
            return fragment
        end = start + len(fragment)
        pieces: list[str] = []
        cursor = start
        for item in self.found:
            if item.end <= start or item.start >= end:
                continue
            pieces.append(self.source[cursor : max(item.start, cursor)])
            pieces.append(PLACEHOLDERS[item.kind])
            cursor = max(cursor, item.end)
        pieces.append(self.source[cursor:end] if cursor < end else "")
        return "".join(pieces)


class Masker:
    """Finds identifiers with Presidio; masks them; fingerprints them for linking."""

    def __init__(self, *, names: bool = True) -> None:
        import_nlp_without_torch()
        import spacy
        from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import PhoneRecognizer, SpacyRecognizer

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        nlp = load_spacy_ner() if names else spacy.blank("en")
        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en"}])
        engine.nlp = {"en": nlp}  # type: ignore[assignment]  # Presidio types it None until load()
        registry = RecognizerRegistry(supported_languages=["en"])
        for index, (kind, score, regex) in enumerate(PATTERNS):
            registry.add_recognizer(
                PatternRecognizer(
                    supported_entity=kind,
                    name=f"{kind}-{index}",
                    patterns=[Pattern(f"{kind}-{index}", regex, score)],
                )
            )
        registry.add_recognizer(
            PhoneRecognizer(supported_entity="phone", supported_regions=("US",), leniency=0, context=[])
        )
        if names:
            registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", "ORGANIZATION"]))
        self._names = names
        self._english = english_words() if names else frozenset()
        self._stop_words = stop_words() if names else frozenset()
        self._blank = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en"}])
        self._blank.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]  # as above
        self._analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=engine, supported_languages=["en"], default_score_threshold=0.0
        )

    def find(self, text: str) -> list[Found]:
        """Every identifier in `text` (already cleaned), longest and surest first, no overlaps."""
        # The NER model is most of the cost (~3 ms); it only ever tags capitalised words, so
        # a text without a capitalised word that could be a name skips it.
        artifacts = None if self._names and self._may_hold_a_name(text) else self._blank.process_text(text, "en")
        results = self._analyzer.analyze(text, language="en", nlp_artifacts=artifacts)
        finds = [(KIND_OF_ENTITY.get(r.entity_type, r.entity_type), r.start, r.end, r.score) for r in results]
        if self._names:
            finds.extend(self._cued_names(text))
        finds = [self._org_as_name(text, *find) for find in finds]
        # a phone or bare number inside a longer token is part of an id the software made
        # (a query id "60c6700e-0a57-4611-8692-..."), not something a person typed
        finds = [f for f in finds if f[0] not in ("phone", "id_number") or not _inside_token(text, f[1], f[2])]
        trimmed = [(kind, *trim_find(text, start, end, kind), score) for kind, start, end, score in finds]
        trimmed = [self._whole_name(text, *find) if find[0] == "person_name" else find for find in trimmed]
        chosen: list[Found] = []
        taken: list[tuple[int, int]] = []
        # the longest find wins an overlap (a whole date over the year a cue saw), then the surest;
        # a bare run of digits only fills what no recognizer claimed (it can join two fields)
        ordered = sorted(trimmed, key=lambda f: (f[0] == "id_number", -(f[2] - f[1]), -f[3], f[1]))
        for kind, start, end, _score in ordered:
            if kind == "id_number":
                for piece_start, piece_end in uncovered_digits(text, start, end, taken):
                    taken.append((piece_start, piece_end))
                    chosen.append(Found(kind, piece_start, piece_end, text[piece_start:piece_end]))
                continue
            if end <= start or any(start < e and s < end for s, e in taken):
                continue
            if kind == "phone" and SPANS_FIELDS.search(text[start:end]):
                continue  # phonenumbers' loose matching can join two fields ("17 / 235 71 0044")
            taken.append((start, end))
            chosen.append(Found(kind, start, end, text[start:end]))
        return sorted(chosen, key=lambda f: f.start)

    def _whole_name(self, text: str, kind: str, start: int, end: int, score: float) -> tuple[str, int, int, float]:
        """Widen a name over the capitalised name-like words right beside it: the model often
        tags "Tyrone" of "Tyrone Jackson", and half a name is still a name in the log."""
        if end <= start:
            return kind, start, end, score
        while match := _NEXT_WORD.match(text, end):
            if not self._name_like(match.group(1)):
                break
            end = match.end(1)
        while match := _PREVIOUS_WORD.search(text, 0, start):
            if not self._name_like(match.group(1)):
                break
            start = match.start(1)
        return kind, start, end, score

    def _name_like(self, word: str) -> bool:
        bare = bare_word(word)
        return bool(TITLE_WORD.fullmatch(word.removesuffix("'s").removesuffix("’s"))) and not (
            bare in NOT_NAMES or bare in self._stop_words
        )

    def _may_hold_a_name(self, text: str) -> bool:
        """A capitalised word that is no agency, title or function word, and either stands
        inside a sentence or is no English word ("Tyrone", "Grace" mid-sentence)."""
        for match in CAPITALISED.finditer(text):
            word = bare_word(match.group(0))
            if word in NOT_NAMES or word in self._stop_words or ACRONYM.fullmatch(match.group(0)):
                continue
            sentence_start = SENTENCE_START.search(text[: match.start()]) is not None
            if not sentence_start or word not in self._english:
                return True
        return False

    def _org_as_name(self, text: str, kind: str, start: int, end: int, score: float) -> tuple[str, int, int, float]:
        """The small NER model often calls a person an organisation ("Tyrone Jackson" ORG):
        keep such a find as a name when its words look like one, else drop it."""
        if kind != "organisation":
            return kind, start, end, score
        words = [w.strip(".,;:").removesuffix("'s").removesuffix("’s").strip("'’") for w in text[start:end].split()]
        looks_like_name = (
            1 <= len(words) <= 4
            and all(TITLE_WORD.fullmatch(w) for w in words)
            and not any(w.casefold() in NOT_NAMES or w.casefold() in self._stop_words for w in words)
            and any(w.casefold() not in self._english for w in words)
        )
        return ("person_name", start, end, score) if looks_like_name else ("organisation", start, start, 0.0)

    def _cued_names(self, text: str) -> list[tuple[str, int, int, float]]:
        finds = []
        for match in NAME_AFTER_CUE.finditer(text):
            strong = match.group("strong") is not None
            words = list(re.finditer(r"\S+", match.group("name")))
            kept = []
            for word in words:
                bare = bare_word(word.group(0))
                if bare in self._stop_words or bare in NOT_NAMES or (not strong and bare in self._english):
                    break
                kept.append(word)
            if kept and (strong or len(kept) >= 2):
                base = match.start("name")
                finds.append(("person_name", base + kept[0].start(), base + kept[-1].end(), 0.6))
        return finds

    def mask(self, text: str) -> Masked:
        """Clean `text`, then replace each identifier by its placeholder."""
        text = clean_text(text)
        found = self.find(text)
        pieces: list[str] = []
        cursor = 0
        for item in found:
            pieces.append(text[cursor : item.start])
            pieces.append(PLACEHOLDERS[item.kind])
            cursor = item.end
        pieces.append(text[cursor:])
        kinds = tuple(dict.fromkeys(item.kind for item in found))
        return Masked("".join(pieces), kinds, tuple(found), text)

    def mask_text(self, text: str | None) -> str | None:
        """Masked free text (a note, a search, an error), or None for None (`mask_free_text`)."""
        return mask_free_text(text, lambda: self)


def could_hold_identifier(text: str) -> bool:
    """Whether any recognizer could find something: every one needs a digit, "@", "[[", a
    capital letter (names the model tags) or a cue word before a name ("named maria lopez")."""
    return (
        any(ch.isdigit() or ch.isupper() for ch in text)
        or "@" in text
        or "[[" in text
        or NAME_AFTER_CUE.search(text) is not None
    )


_MACHINE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,128}")


def mask_free_text(text: str | None, masker: Callable[[], Masker]) -> str | None:
    """Masked free text (a note, a search, an error), or None for None.

    A JSON summary keeps its shape: only its string values are masked, so numbers, keys and
    hashes that other code reads back (a checkpoint's counts) stay as written. `masker` is only
    called when some text could hold an identifier, so a command that logs a plain summary
    never loads the name model.
    """

    def masked(value: Any) -> Any:
        if isinstance(value, str) and _MACHINE_ID.fullmatch(value):
            return value  # a query id, version or hash the software wrote
        if isinstance(value, str):
            cleaned = clean_text(value)
            return masker().mask(cleaned).text if could_hold_identifier(cleaned) else cleaned
        if isinstance(value, list):
            return [masked(item) for item in value]
        if isinstance(value, dict):
            return {key: masked(item) for key, item in value.items()}
        return value

    if text is None:
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return str(masked(text))
    if not isinstance(parsed, dict | list):
        return str(masked(text))
    result = masked(parsed)
    return text if result == parsed else json.dumps(result)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _inside_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] continues a token of letters and digits on either side."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return bool(_JOINED_BEFORE.search(before) or _JOINED_AFTER.match(after))


_JOINED_BEFORE = re.compile(r"(?:[^\W_]|[^\W_]-)$")
_JOINED_AFTER = re.compile(r"(?:[^\W_]|-[^\W_])")


def uncovered_digits(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a digit run that no other find covers and that still hold digits."""
    covered = [any(s <= i < e for s, e in taken) for i in range(start, end)]
    pieces: list[tuple[int, int]] = []
    index = start
    while index < end:
        if covered[index - start]:
            index += 1
            continue
        piece_start = index
        while index < end and not covered[index - start]:
            index += 1
        piece = text[piece_start:index]
        left = piece_start + (len(piece) - len(piece.lstrip(" -./")))
        right = index - (len(piece) - len(piece.rstrip(" -./")))
        if any(ch.isdigit() for ch in text[left:right]):
            pieces.append((left, right))
    return pieces


def fingerprints(found: Iterable[Found], key: bytes) -> tuple[str, ...]:
    """Keyed fingerprints (HMAC-SHA256) of the identifiers found.

    The same person asked about twice gives the same fingerprint, so reviewers can see
    repeated look-ups, but without the key nobody can test a name against the log.
    """
    keys: set[str] = set()
    for item in found:
        if item.kind == "id_number":
            continue  # an unknown number: linking on it would mislead more than help
        kind = FINGERPRINT_KIND.get(item.kind, item.kind)
        value = re.sub(r"[\s\-.()\[\]]", "", item.value).casefold()
        digest = hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
        keys.add(f"{kind}:{digest[:16]}")
    return tuple(sorted(keys))


@cache
def default_masker(names: bool = True) -> Masker:
    """One masker per process: loading the name model takes about a second."""
    return Masker(names=names)
