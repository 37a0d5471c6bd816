"""Literal prefilters for the lexicon's long alternations: a branch that cannot match is never run.

Each ask's patterns form one alternation, and the regex engine tries every branch at every
position of the message, although a message holds the words of only a few branches. Most
branches need some literal text to match (a word they always contain, or one of a few); when
none of it is in the message the branch cannot match, and leaving it out changes nothing.
`Prefilter.finditer` returns exactly the matches of the full alternation's `finditer`
(leftmost first; at one position the earliest branch wins) while running only the branches whose
literals are present, the idea of RE2's and Hyperscan's prefilters in a few lines.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

import ahocorasick

__all__ = ["Prefilter", "required_literals"]

K = TypeVar("K")
# The stdlib's own regex parser and its opcodes (private modules, stable since 3.11; typeshed has no stubs)
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

Need = frozenset[str] | None  # strings of which every match holds at least one; None: nothing can be named

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(pattern: str) -> Need:
    """Literal strings of which every match of `pattern` (or the text around it that a lookaround
    reads) contains at least one; None when the pattern needs no literal (or uses case folding)."""
    return _literals_of(sre_parse.parse(pattern))


def _literals_of(parsed: Any) -> Need:
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _needs(parsed)


def _needs(items: Any) -> Need:
    best: Need = None
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _more_selective(best, frozenset({"".join(run)}))
            run = []
        best = _more_selective(best, _item_needs(op, arg))
    if run:
        best = _more_selective(best, frozenset({"".join(run)}))
    return best


def _item_needs(op: Any, arg: Any) -> Need:
    if op is sre.SUBPATTERN:  # (group, flags added, flags removed, body): case folding inside voids literals
        return None if arg[1] & re.IGNORECASE else _needs(arg[-1])
    if op is sre.BRANCH:
        alternatives = [_needs(branch) for branch in arg[1]]
        if any(need is None for need in alternatives):
            return None
        return frozenset(s for need in alternatives if need is not None for s in need)
    if op in _REPEATS:
        low, _high, item = arg
        return _needs(item) if low >= 1 else None
    if op is sre.ASSERT:  # a lookahead or lookbehind that must hold: its words are in the message too
        return _needs(arg[1])
    return None  # \b, ^, a character class, a negative lookaround, a back-reference: no literal


def _more_selective(current: Need, other: Need) -> Need:
    """The requirement that rules out more messages: longer shortest string, then fewer strings."""
    candidates = [need for need in (current, other) if need is not None and "" not in need]
    if not candidates:
        return None
    return max(candidates, key=lambda need: (min(len(s) for s in need), -len(need)))


def _alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


class Prefilter(Generic[K]):
    """Named alternations (`"|".join(patterns)` each), searched branch by branch behind literal gates.

    One Aho-Corasick pass (`literals_in`) finds which gate literals a message holds; `finditer`
    then runs, for one alternation, only the branches that could match, and yields exactly what the
    full alternation's `finditer` would.
    """

    def __init__(self, alternations: Mapping[K, Sequence[str]]) -> None:
        self.keys = tuple(alternations)
        self._sources = {key: tuple(patterns) for key, patterns in alternations.items()}
        # the full alternations are compiled only when asked for (tests, or a branch that can match
        # empty): reading never needs them, and compiling them all costs start-up time
        self._alternations: dict[K, re.Pattern[str]] = {}
        self._branches: dict[K, list[tuple[int | None, re.Pattern[str]]]] = {}
        # an empty match would need the engine's own rules for where the next search starts
        self._exact: dict[K, bool] = {}
        gates: dict[str, list[int]] = {}
        number = 0
        for key, patterns in alternations.items():
            branches: list[tuple[int | None, re.Pattern[str]]] = []
            exact = True
            for pattern in patterns:
                parsed = sre_parse.parse(pattern)
                need = _literals_of(parsed)
                exact = exact and parsed.getwidth()[0] > 0
                if need is not None:
                    for literal in need:
                        gates.setdefault(literal, []).append(number)
                branches.append((None if need is None else number, re.compile(pattern)))
                number += 1
            self._branches[key] = branches
            self._exact[key] = exact
        self._automaton = ahocorasick.Automaton()
        for literal, numbers in gates.items():
            self._automaton.add_word(literal, tuple(numbers))
        self._automaton.make_automaton()

    def alternation(self, key: K) -> re.Pattern[str]:
        """The full alternation `key` stands for, compiled on first use."""
        if key not in self._alternations:
            self._alternations[key] = _alternation(self._sources[key])
        return self._alternations[key]

    def literals_in(self, text: str) -> frozenset[int]:
        """The gated branches (of every alternation) whose literals occur in `text`."""
        present: set[int] = set()
        for _end, numbers in self._automaton.iter(text):
            present.update(numbers)
        return frozenset(present)

    def finditer(self, key: K, text: str, present: frozenset[int] | None = None) -> Iterator[re.Match[str]]:
        """The matches of alternation `key` in `text`; `present` is `literals_in(text)`, computed once."""
        if not self._exact[key]:
            yield from self.alternation(key).finditer(text)
            return
        if present is None:
            present = self.literals_in(text)
        active = [branch for gate, branch in self._branches[key] if gate is None or gate in present]
        found: list[re.Match[str] | bool | None] = [True] * len(active)  # True: not searched yet
        position = 0
        while position <= len(text):
            best: re.Match[str] | None = None
            for n, branch in enumerate(active):
                match = found[n]
                if match is True or (isinstance(match, re.Match) and match.start() < position):
                    match = found[n] = branch.search(text, position)
                # strictly earlier only: at one position the branch listed first wins, as in the alternation
                if isinstance(match, re.Match) and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            position = best.end()
