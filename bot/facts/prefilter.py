"""Literal prefilters for the lexicon's long alternations: a branch that cannot match is never run.

Each ask's patterns form one alternation, and the regex engine tries every branch at every
position of the message, although a message holds the words of only a few branches. Most
branches need some literal text to match, usually several pieces (each a word they always
contain, or one of a few: "hold", then "him" or "her"); when any piece is missing from the
message the branch cannot match, and leaving it out changes nothing.
`Prefilter.finditer` returns exactly the matches of the full alternation's `finditer`
(leftmost first; at one position the earliest branch wins) while running only the branches whose
literals are present, the idea of RE2's and Hyperscan's prefilters in a few lines.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

import ahocorasick

__all__ = ["GatedAlternation", "Prefilter", "Searcher", "gated", "required_literals"]

K = TypeVar("K")
# The stdlib's own regex parser and its opcodes (private modules, stable since 3.11; typeshed has no stubs)
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

Need = tuple[frozenset[str], ...]  # every match holds at least one string of each set; (): nothing named

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SHORTEST_USEFUL = 2  # a one-character literal ("a", " ") is in nearly every message: no gate at all


def required_literals(pattern: str) -> Need:
    """Sets of literal strings such that every match of `pattern` (or the text around it that a
    lookaround reads) contains at least one string of each set; () when the pattern needs no
    literal (or uses case folding)."""
    return _literals_of(sre_parse.parse(pattern))


def _literals_of(parsed: Any) -> Need:
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    needs: list[frozenset[str]] = []
    for need in _needs(parsed):
        if min(len(s) for s in need) >= _SHORTEST_USEFUL and need not in needs:
            needs.append(need)
    return tuple(needs)


def _needs(items: Any) -> list[frozenset[str]]:
    """Every requirement of a sequence: each literal run, and each item's own requirements."""
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            needs.append(frozenset({"".join(run)}))
            run = []
        needs += _item_needs(op, arg)
    if run:
        needs.append(frozenset({"".join(run)}))
    return needs


def _item_needs(op: Any, arg: Any) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:  # (group, flags added, flags removed, body): case folding inside voids literals
        return [] if arg[1] & re.IGNORECASE else _needs(arg[-1])
    if op is sre.BRANCH:  # one of the alternatives holds: the union of each one's most selective set
        alternatives = [_most_selective(_needs(branch)) for branch in arg[1]]
        if any(need is None for need in alternatives):
            return []
        return [frozenset(s for need in alternatives if need is not None for s in need)]
    if op in _REPEATS:
        low, _high, item = arg
        return _needs(item) if low >= 1 else []
    if op is sre.ASSERT:  # a lookahead or lookbehind that must hold: its words are in the message too
        return _needs(arg[1])
    return []  # \b, ^, a character class, a negative lookaround, a back-reference: no literal


def _most_selective(needs: list[frozenset[str]]) -> frozenset[str] | None:
    """The requirement that rules out more messages: longer shortest string, then fewer strings."""
    candidates = [need for need in needs if "" not in need]
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
        # each branch with the literal sets it needs, all of them, as bits of one number (a set is
        # met when the message holds any of its strings); a branch is compiled the first time its
        # gate opens (most never do in a process's first answers, and compiling is start-up time)
        self._branches: dict[K, list[tuple[int, _LazyPattern]]] = {}
        # an empty match would need the engine's own rules for where the next search starts
        self._exact: dict[K, bool] = {}
        bits: dict[frozenset[str], int] = {}  # one bit per distinct literal set, shared by branches
        for key, patterns in alternations.items():
            branches: list[tuple[int, _LazyPattern]] = []
            exact = True
            for pattern in patterns:
                parsed = sre_parse.parse(pattern)
                exact = exact and parsed.getwidth()[0] > 0
                gate = 0
                for need in _literals_of(parsed):
                    gate |= bits.setdefault(need, 1 << len(bits))
                branches.append((gate, _LazyPattern(pattern)))
            self._branches[key] = branches
            self._exact[key] = exact
        self._every_set = (1 << len(bits)) - 1
        sets_of: dict[str, int] = {}  # literal -> the sets it meets
        for literals, bit in bits.items():
            for literal in literals:
                sets_of[literal] = sets_of.get(literal, 0) | bit
        self._automaton = ahocorasick.Automaton()
        for literal, sets in sets_of.items():
            self._automaton.add_word(literal, sets)
        if sets_of:
            self._automaton.make_automaton()

    def alternation(self, key: K) -> re.Pattern[str]:
        """The full alternation `key` stands for, compiled on first use."""
        if key not in self._alternations:
            self._alternations[key] = _alternation(self._sources[key])
        return self._alternations[key]

    def literals_in(self, text: str) -> int:
        """The literal sets (of every alternation's branches) that `text` meets, as bits."""
        met = 0
        if len(self._automaton):
            for _end, sets in self._automaton.iter(text):
                met |= sets
        return met

    def finditer(self, key: K, text: str, present: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of alternation `key` in `text`; `present` is `literals_in(text)`, computed once."""
        if not self._exact[key]:
            yield from self.alternation(key).finditer(text)
            return
        yield from _finditer(self.active(key, self.literals_in(text) if present is None else present), text)

    def active(self, key: K, present: int) -> list[re.Pattern[str]]:
        """The branches of alternation `key` that could match a text meeting the literal sets `present`."""
        unmet = self._every_set ^ present  # not ~present: a negative int makes every "&" slower
        return [branch.compiled() for gate, branch in self._branches[key] if not gate & unmet]

    def exact(self, key: K) -> bool:
        """Whether branch-by-branch search gives exactly the alternation's matches (no empty match)."""
        return self._exact[key]


class _LazyPattern:
    """`re.compile(source)` on first use. Two threads may both compile it once: same result."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source)
        return compiled


def _finditer(
    active: list[re.Pattern[str]], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """What `"|".join(active)` finds; most searches open no branch, or one (no order to keep)."""
    if len(active) < 2:
        return active[0].finditer(text, pos, endpos) if active else iter(())
    return _leftmost_first(active, text, pos, endpos)


def _leftmost_first(
    active: list[re.Pattern[str]], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """What `"|".join(active)` finds in text[pos:endpos], each branch searched at most once per match."""
    found: list[re.Match[str] | bool | None] = [True] * len(active)  # True: not searched yet
    position = pos
    while position <= min(len(text), endpos):
        best: re.Match[str] | None = None
        for n, branch in enumerate(active):
            match = found[n]
            if match is True or (isinstance(match, re.Match) and match.start() < position):
                match = found[n] = branch.search(text, position, endpos)
            # strictly earlier only: at one position the branch listed first wins, as in the alternation
            if isinstance(match, re.Match) and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        position = best.end()


class Searcher(Protocol):
    """What the reader asks of a pattern: a compiled `re.Pattern` or a `GatedAlternation`."""

    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...


class GatedAlternation:
    """`"|".join(patterns)` compiled, searched branch by branch behind literal gates.

    Where the reader searches a long alternation (every crime word, every civil cue) clause by
    clause, the engine would try each branch at each position; here only the branches whose
    literals the message holds are run. `search` and `finditer` (with pos and endpos), `match`
    and `fullmatch` give exactly what the compiled alternation gives. The gates are read once per
    message: the last text is remembered with its active branches, as one tuple, so threads
    sharing the pattern never pair one text with another's branches.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        self._filter: Prefilter[int] = Prefilter({0: tuple(patterns)})
        self._last: tuple[str, list[re.Pattern[str]]] | None = None

    @property
    def _full(self) -> re.Pattern[str]:
        """The whole alternation, compiled on first use (`match`, `fullmatch`, a branch matching empty)."""
        return self._filter.alternation(0)

    @property
    def pattern(self) -> str:
        return self._full.pattern

    def _active(self, text: str) -> list[re.Pattern[str]]:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        active = self._filter.active(0, self._filter.literals_in(text))
        self._last = (text, active)
        return active

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._filter.exact(0):
            return self._full.search(string, pos, endpos)
        return next(_finditer(self._active(string), string, pos, endpos), None)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self._filter.exact(0):
            return self._full.finditer(string, pos, endpos)
        return _finditer(self._active(string), string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._full.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._full.fullmatch(string, pos, endpos)


def gated(pattern: str) -> Searcher:
    """`re.compile(pattern)`, searched behind literal gates when its top-level alternation can be
    split into branches that keep its meaning (no capture groups, whose numbers would change)."""
    branches = _top_level_branches(pattern)
    # parsed, not compiled, to count its groups: a gated pattern compiles only what it runs
    if (
        sre_parse.parse(pattern).state.groups > 1  # group 0, the whole match, is always there
        or len(branches) < 2
        or (pattern.startswith("(?") and pattern[2:3].isalpha())
    ):
        return re.compile(pattern)
    return GatedAlternation(branches)


def _top_level_branches(pattern: str) -> list[str]:
    """The pattern's top-level alternatives: "|" outside groups, classes and escapes."""
    branches, depth, start, n, in_class = [], 0, 0, 0, False
    while n < len(pattern):
        char = pattern[n]
        if char == "\\":
            n += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            n += 2 if pattern[n + 1 : n + 2] == "]" or pattern[n + 1 : n + 3] == "^]" else 1  # "[]...]", "[^]...]"
            if pattern[n - 1 : n + 1] == "^]":
                n += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:n])
            start = n + 1
        n += 1
    branches.append(pattern[start:])
    return branches
