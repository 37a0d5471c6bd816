"""Whether a message is about federal requests at all."""

from __future__ import annotations

from bot.facts.lexicon.blocks import compile_all

__all__ = ["TOPIC_TERMS"]

# ---------------------------------------------------------------------------- topic
# Words that show a message is about federal requests or immigration at all.
TOPIC_TERMS = compile_all(
    [
        r"\bimmigra",
        r"\bdetainer",
        r"\bwarrant",
        r"\bdeport",
        r"\bfederal\b",
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
