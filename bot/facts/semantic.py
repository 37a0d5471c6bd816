"""The reader's semantic layer: what is asked, read from meaning when no pattern matched.

Officers describe the same request in endless ways; the patterns in `lexicon` cover the
common ones. When they find no ask at all in a request, each of its clauses is embedded with
the same MiniLM model retrieval uses and compared with labelled examples
(`exemplars.yaml`): the clause's nearest examples vote, and a kind of request is read only if
the best similarity clears a calibrated threshold and beats every other kind by a margin.

What this layer reads is marked `semantic`: it can make an answer refuse, escalate or ask,
but never by itself make it `permitted` (counsel's table may declare an exception, as for the
emergency response). A clause that negates or hedges ("they didn't ask", "maybe") is not
read here at all: an uncertain reading stays unknown and the bot asks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
import yaml

from bot.facts.model import Ask, Facts, Source
from bot.facts.text import NEGATORS, Clause, Text, is_doubted_ask

__all__ = ["Exemplars", "SemanticReader", "load_exemplars"]

NONE = "none"


@dataclass(frozen=True)
class Exemplars:
    labels: tuple[str, ...]  # an Ask value, or "none"
    texts: tuple[str, ...]
    threshold: float
    margin: float
    neighbours: int


def load_exemplars(text: str | None = None) -> Exemplars:
    """The bundled examples (or `text`, the same YAML), checked: unknown kinds are refused."""
    raw = text if text is not None else resources.files("bot.facts").joinpath("exemplars.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    labels: list[str] = []
    texts: list[str] = []
    known = {ask.value for ask in Ask}
    for kind, examples in sorted(data["asks"].items()):
        if kind not in known:
            raise ValueError(f"exemplars.yaml: unknown kind of request '{kind}'")
        for example in examples:
            labels.append(kind)
            texts.append(str(example))
    for example in data.get(NONE, []):
        labels.append(NONE)
        texts.append(str(example))
    calibration = data.get("calibration", {})
    return Exemplars(
        labels=tuple(labels),
        texts=tuple(texts),
        threshold=float(calibration.get("threshold", 0.6)),
        margin=float(calibration.get("margin", 0.05)),
        neighbours=int(calibration.get("neighbours", 3)),
    )


@dataclass(frozen=True)
class Reading:
    ask: Ask
    similarity: float
    margin: float
    clause: Clause


class SemanticReader:
    """Nearest labelled examples in the embedding space; `embed` is the retrieval embedder's."""

    def __init__(
        self,
        exemplars: Exemplars,
        embed: Callable[[Sequence[str]], list[list[float]]],
        embed_examples: Callable[[Sequence[str]], np.ndarray] | None = None,
    ) -> None:
        """`embed_examples` (default: `embed`) may keep the examples' vectors between processes."""
        self._exemplars = exemplars
        self._embed = embed
        self._embed_examples = embed_examples
        self._matrix: np.ndarray | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        self._vectors()

    def _vectors(self) -> np.ndarray:
        with self._lock:
            if self._matrix is None:
                texts = list(self._exemplars.texts)
                embed = self._embed_examples or self._embed
                self._matrix = np.asarray(embed(texts), dtype=np.float32)
            return self._matrix

    def best(self, clauses: Sequence[Clause], text: Text) -> Reading | None:
        """The one confident reading among the clauses, or None (nothing clears the bar)."""
        usable = [c for c in clauses if not NEGATORS.search(c.text) and not is_doubted_ask(text.norm, c.start, c.end)]
        if not usable:
            return None
        vectors = np.array(self._embed([c.text for c in usable]), dtype=np.float32)
        similarities = vectors @ self._vectors().T
        found: Reading | None = None
        for clause, row in zip(usable, similarities, strict=True):
            reading = self._vote(row, clause)
            if reading is not None and (found is None or reading.similarity > found.similarity):
                found = reading
        return found

    def _vote(self, row: np.ndarray, clause: Clause) -> Reading | None:
        """The kind whose nearest examples score highest (mean of its top `neighbours`)."""
        labels = self._exemplars.labels
        per_kind: dict[str, float] = {}
        for kind in sorted(set(labels)):
            scores = np.sort(row[[i for i, label in enumerate(labels) if label == kind]])[::-1]
            per_kind[kind] = float(np.mean(scores[: self._exemplars.neighbours]))
        ranked = sorted(per_kind.items(), key=lambda item: (-item[1], item[0]))
        (kind, top), (_, second) = ranked[0], ranked[1]
        if kind == NONE or top < self._exemplars.threshold or top - second < self._exemplars.margin:
            return None
        return Reading(Ask(kind), top, top - second, clause)

    def fill(self, facts: Facts, clauses: Sequence[Clause], text: Text) -> Facts:
        """These facts with an ask read from meaning, if the patterns found none and one is clear."""
        if facts.asks:
            return facts
        reading = self.best(clauses, text)
        if reading is None:
            return facts
        key = f"asks.{reading.ask.value}"
        return facts.model_copy(
            update={
                "asks": frozenset({reading.ask}),
                "off_topic": False,
                "evidence": {**facts.evidence, key: text.words(reading.clause.start, reading.clause.end)},
                "sources": {**facts.sources, key: Source.SEMANTIC},
            }
        )
