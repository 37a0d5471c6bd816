"""Turn raw input into a `Request`: reject what cannot be judged, mask identifiers.

Masking happens here, before anything is stored or logged: the unmasked question lives
only in memory for the length of one call.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.masking import Masked, Masker, clean_text, default_masker, fingerprints

__all__ = ["IntakeError", "Request", "join_to_root", "mask_identifiers", "parse_request"]


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
    # the unmasked text and where its identifiers are: for reading the facts, in memory only
    masking: Masked | None = field(default=None, repr=False, compare=False)


def mask_identifiers(text: str, masker: Masker | None = None) -> tuple[str, tuple[str, ...]]:
    """Replace identifiers with placeholders; return the text and the kinds masked."""
    masked = (masker or default_masker()).mask(text)
    return masked.text, masked.kinds


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
    masker: Masker | None = None,
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
    text = clean_text(text).strip()
    if not text:
        raise IntakeError("the question is empty; describe who is asking the NYPD for what")
    if len(text) > max_chars:
        raise IntakeError(
            f"the question is too long ({len(text):,} characters; the limit is {max_chars:,}). "
            "Send the request's key facts: agency, what they ask, the paperwork, the purpose."
        )
    masked = (masker or default_masker()).mask(text)
    keys = fingerprints(masked.found, subject_key) if subject_key else ()
    return Request(
        masked.text,
        masked.kinds,
        keys,
        user_id=user_id,
        channel_id=channel_id,
        event_id=event_id,
        source=source,
        masking=masked,
    )


def join_to_root(root: Mapping[str, Any] | None, reply: str, max_chars: int) -> tuple[str, str | None]:
    """A reply in the thread of an answered question adds to it ("he has a judge's warrant"):
    (the text to answer, the query id it follows up). The reply stands alone when there is no
    answered question at the root, or when the two together would be too long to read."""
    if not reply or root is None or root.get("kind") != "query" or root.get("outcome") != "answered":
        return reply, None
    joined = f"{root['question_masked']}\n{reply}"
    if len(joined) > max_chars:
        return reply, None
    return joined, str(root["query_id"])
