"""From a decision to an answer: verbatim citations and a summary an officer can act on.

The verdict is copied from the decision. Each cited authority is quoted from the section
counsel named for the rule (`quote:` in rules.yaml); retrieval only ranks among the sections
the rule allows, and only when there is a choice: where counsel's anchors name one passage of
each authority (most answers), the question is not embedded for retrieval at all. Every quote
carries the whole passage and a short excerpt (one or two of its sentences), both verbatim from
the KB version named in the answer.

An optional chat model may re-phrase the summary; if its text hints at a different verdict,
it is discarded and counsel's wording is used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from bot.kb.documents import Passage, section_matches
from bot.prompts import PromptSet
from bot.retrieval.hybrid import HybridRanker, ScoredPassage
from bot.rules import Decision, MessageDecision, Verdict

if TYPE_CHECKING:  # importing LangChain's model classes costs ~0.3 s; only TRIAGE_LLM needs them
    from langchain_core.language_models import BaseChatModel

__all__ = ["Citation", "CitationError", "Explainer", "Explanation", "excerpt_of"]

_MAX_PHRASED_CHARS = 600
_CONTRARY_WORDS: dict[Verdict, re.Pattern[str]] = {
    Verdict.PERMITTED: re.compile(r"\b(prohibited|not allowed|forbidden|must not|cannot|can't|do not)\b", re.I),
    Verdict.PROHIBITED: re.compile(
        r"(?<!not )\b(permitted|allowed)\b|\b(you may|you can|go ahead|it's fine|ok to)\b", re.I
    ),
    Verdict.NEEDS_INFO: re.compile(r"\b(permitted|allowed|you may|you can|go ahead|prohibited)\b", re.I),
    Verdict.ESCALATE: re.compile(r"\b(permitted|allowed|you may|you can|go ahead)\b", re.I),
}
_EXCERPT_CHARS = 240
# A sentence ends at . ! or ? before a space and a capital, unless the word before is an
# abbreviation or an initial ("U.S.", "C.F.R.", "v.", "No.", "S. Marshals").
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z(§\"'])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]?"  # an initial, or dotted letters: "S.", "U.S", "C.F.R"
    r"|\bv|\bNo|\bSt|\bMr|\bMs|\bDr|\bJr|\bInt|\bRes|\bet al|\bi\.e|\be\.g|\bSec|\bArt"
    r"|\bex rel|\bCir|\bSupp|\bApp|\bDiv|\bCo|\bCorp|\bInc|\bDep't|\bDept)\.$"  # case citations
)
_WORD = re.compile(r"[a-z0-9§]+")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "he",
        "her",
        "his",
        "if",
        "in",
        "is",
        "it",
        "its",
        "may",
        "no",
        "not",
        "of",
        "on",
        "or",
        "she",
        "so",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "who",
        "will",
        "with",
        "you",
        "your",
    ]
)


class CitationError(RuntimeError):
    """A quote could not be shown verbatim from the named KB version."""


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)

    authority: str
    title: str
    section: str
    text: str  # the whole passage, verbatim
    score: float
    excerpt: str = ""  # one or two sentences of `text`, verbatim


class Explanation(BaseModel):
    model_config = ConfigDict(frozen=True)

    summary: str
    citations: tuple[Citation, ...]
    phrased_by_llm: bool


def excerpt_of(text: str, hints: str) -> str:
    """The sentence(s) of a passage that best fit `hints`: short enough for a phone, verbatim.

    Sentences are scored by the words they share with the hints (the question and the rule's
    wording); ties go to the earlier sentence. A short best sentence takes its neighbour.
    """
    sentences = _sentences(text)
    if not sentences:
        return text
    wanted = {w for w in _WORD.findall(hints.lower()) if w not in _STOPWORDS}
    scores = [len(wanted & set(_WORD.findall(text[s:e].lower()))) for s, e in sentences]
    best = max(range(len(sentences)), key=lambda i: (scores[i], -i))
    start, end = sentences[best]
    if end - start < _EXCERPT_CHARS // 2 and best + 1 < len(sentences):
        following_end = sentences[best + 1][1]
        if following_end - start <= _EXCERPT_CHARS:
            end = following_end
    excerpt = text[start:end].strip()
    assert excerpt in text  # verbatim by construction
    return excerpt


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a passage."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text[max(start, boundary.start() - 12) : boundary.start()]):
            continue
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class Explainer:
    def __init__(self, prompts: PromptSet, chat_model: BaseChatModel | None = None) -> None:
        self._prompts = prompts
        self._chat_model = chat_model

    def explain(
        self,
        decision: MessageDecision,
        question: str,
        ranker: HybridRanker,
        documents: Mapping[str, str],
    ) -> Explanation:
        headline = decision.headline
        ordered = [headline, *(d for d in decision.requests if d is not headline)]
        citations = self.citations(ordered, question, ranker, documents)
        summary, phrased = self._summary(headline, question)
        return Explanation(summary=summary, citations=citations, phrased_by_llm=phrased)

    @staticmethod
    def citations(
        decisions: Sequence[Decision],
        question: str,
        ranker: HybridRanker,
        documents: Mapping[str, str],
    ) -> tuple[Citation, ...]:
        """One passage per authority the rules name, from the section each rule asks for; all verbatim."""
        found: dict[str, Citation] = {}
        ranking = _Ranking(ranker, question)
        for decision in decisions:
            hints = f"{question} {decision.rule_title} {decision.summary}"
            for authority in decision.authorities:
                if authority in found:
                    continue
                best = _passage_for(authority, decision.quote.get(authority, ()), ranker, ranking)
                if best is None:
                    raise CitationError(f"KB version {ranker.version} has no passage of {authority}")
                passage, score = best
                source = documents.get(authority, "")
                if passage.text not in source:
                    raise CitationError(f"passage {passage.passage_id} is not verbatim in KB version {ranker.version}")
                found[authority] = Citation(
                    authority=authority,
                    title=passage.title,
                    section=passage.section,
                    text=passage.text,
                    score=score,
                    excerpt=excerpt_of(passage.text, hints),
                )
        return tuple(found.values())

    def _summary(self, decision: Decision, question: str) -> tuple[str, bool]:
        if self._chat_model is None:
            return decision.summary, False
        prompt = self._prompts.explain.format(
            verdict=decision.verdict.value,
            rule_title=decision.rule_title,
            summary=decision.summary,
            action=decision.action,
            conditions="; ".join(decision.conditions) or "none",
            question=question,
        )
        try:
            reply = self._chat_model.invoke(prompt)
        except Exception:
            return decision.summary, False
        text = str(reply.content).strip()
        if not text or len(text) > _MAX_PHRASED_CHARS or _CONTRARY_WORDS[decision.verdict].search(text):
            return decision.summary, False
        return text, True


class _Ranking:
    """One question's hybrid ranking, computed the first time a quote needs it (embedding is
    most of an answer's time, and most answers' quotes are fixed by counsel's anchors)."""

    def __init__(self, ranker: HybridRanker, question: str) -> None:
        self._ranker = ranker
        self._question = question
        self._ranked: list[ScoredPassage] | None = None

    @property
    def question(self) -> str:
        return self._question

    def __call__(self) -> list[ScoredPassage]:
        if self._ranked is None:
            self._ranked = self._ranker.rank(self._question)
        return self._ranked


def _passage_for(
    authority: str,
    sections: Sequence[str],
    ranker: HybridRanker,
    ranking: _Ranking,
) -> tuple[Passage, float] | None:
    """The section counsel named (the best-ranked of several); without one, retrieval's best.

    The score is retrieval's fused score, 0.0 for a passage retrieval did not rank: one that
    counsel's anchor alone names, or a named one outside the ranking.
    """
    if sections:
        allowed = [p for p in ranker.passages_of(authority) if any(section_matches(p, s) for s in sections)]
        if len(allowed) == 1:
            return allowed[0], 0.0
        if allowed:
            ids = {p.passage_id for p in allowed}
            for item in ranking():
                if item.passage.passage_id in ids:
                    return item.passage, item.score
            first = next(p for s in sections for p in allowed if section_matches(p, s))
            return first, 0.0
    best = ranker.best_of_authority(authority, ranking(), ranking.question)
    return (best.passage, best.score) if best else None
