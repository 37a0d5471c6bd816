"""Turn raw input into a `Request`: reject what cannot be judged, mask identifiers.

Masking happens here, before anything is stored or logged: the unmasked question lives
only in memory for the length of one call.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["IntakeError", "Request", "mask_identifiers", "parse_request", "subject_keys"]


class IntakeError(ValueError):
    """The input cannot be judged; the message says why and what to do."""


@dataclass(frozen=True)
class Request:
    question: str  # masked
    mask_kinds: tuple[str, ...]
    subject_keys: tuple[str, ...] = ()  # keyed fingerprints of the masked identifiers
    user_id: str | None = None
    channel_id: str | None = None
    event_id: str | None = None
    source: str = "cli"


# Order matters: e-mail before phone (digits inside addresses), SSN before phone.
_MASKS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("marked_name", re.compile(r"\[\[[^\[\]]{1,80}\]\]"), "[NAME]"),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b"), "[EMAIL]"),
    ("a_number", re.compile(r"\bA[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}\b", re.IGNORECASE), "[A-NUMBER]"),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[SSN]"),
    (
        "date_of_birth",
        re.compile(
            r"\b(\d{1,2}[/-]\d{1,2}[/-](\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|"
            r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\b",
            re.IGNORECASE,
        ),
        "[DATE]",
    ),
    ("phone", re.compile(r"(?<!\w)(\+?1[-. ]?)?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b"), "[PHONE]"),
)


def mask_identifiers(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace identifiers with placeholders; return the text and the kinds masked."""
    kinds = []
    for kind, pattern, placeholder in _MASKS:
        text, count = pattern.subn(placeholder, text)
        if count:
            kinds.append(kind)
    return text, tuple(kinds)


# Which masked identifiers name a person (and so link repeated look-ups of that person).
_SUBJECT_KINDS = ("marked_name", "a_number", "ssn", "date_of_birth", "email", "phone")


def subject_keys(text: str, key: bytes) -> tuple[str, ...]:
    """Keyed fingerprints (HMAC-SHA256) of the identifiers in `text`, before masking.

    The same person asked about twice gives the same fingerprint, so reviewers can see
    repeated look-ups, but without the key nobody can test a name against the log.
    """
    found: set[str] = set()
    for kind, pattern, _placeholder in _MASKS:
        if kind not in _SUBJECT_KINDS:
            continue
        for match in pattern.finditer(text):
            value = re.sub(r"[\s\-.()\[\]]", "", match.group(0)).casefold()
            digest = hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
            found.add(f"{kind}:{digest[:16]}")
    return tuple(sorted(found))


def _decode(raw: str | bytes) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IntakeError(
            f"the question is not valid UTF-8 text (bad byte at position {exc.start}); send it as plain text"
        ) from None


def parse_request(
    raw: str | bytes,
    max_chars: int,
    *,
    user_id: str | None = None,
    channel_id: str | None = None,
    event_id: str | None = None,
    source: str = "cli",
    subject_key: bytes | None = None,
) -> Request:
    """Validate and mask one question; raise IntakeError with a message for the officer."""
    text = _decode(raw)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        # bytes a text stream could not decode, smuggled in as lone surrogates (surrogateescape)
        raise IntakeError("the question is not valid UTF-8 text; send it as plain text")
    if "\x00" in text:
        raise IntakeError("the question contains binary data (NUL bytes); send it as plain text")
    # Control characters other than line breaks and tabs carry no meaning for us.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    text = text.strip()
    if not text:
        raise IntakeError("the question is empty; describe who is asking the NYPD for what")
    if len(text) > max_chars:
        raise IntakeError(
            f"the question is too long ({len(text):,} characters; the limit is {max_chars:,}). "
            "Send the request's key facts: agency, what they ask, the paperwork, the purpose."
        )
    keys = subject_keys(text, subject_key) if subject_key else ()
    masked, kinds = mask_identifiers(text)
    return Request(masked, kinds, keys, user_id=user_id, channel_id=channel_id, event_id=event_id, source=source)
