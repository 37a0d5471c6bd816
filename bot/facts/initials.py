"""A name's initial ("hold Lamar H. for pickup", "Dmitri K. (Hobbs Act robbery)"): its full
stop does not end the sentence, or what is asked after it would be cut off from who asks."""

from __future__ import annotations

import re

__all__ = ["initial_letters", "initials_in_sentence"]

# a capital letter alone after a word, then a full stop and a lower-case word or a bracket
_INITIAL = re.compile(r"(?<=[A-Za-z] [A-Z])\.(?= [a-z(])")


def initials_in_sentence(text: str, chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`chars` (lower-cased, each with its index in `text`) with an initial's full stop made a space:
    the capital is told from the original `text`."""
    stops = {m.start() for m in _INITIAL.finditer(text)}
    return [(" ", i) if c == "." and i in stops else (c, i) for c, i in chars]


def initial_letters(text: str) -> frozenset[int]:
    """Where in `text` an initial's letter stands: "Luis R." is a name, not texting "r" for "are"."""
    return frozenset(m.start() - 1 for m in _INITIAL.finditer(text))
