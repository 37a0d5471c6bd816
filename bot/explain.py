"""From a decision to an answer: verbatim citations and a summary an officer can act on.

The verdict is copied from the decision. An optional chat model may re-phrase the summary;
if its text hints at a different verdict, it is discarded and counsel's wording is used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from bot.prompts import PromptSet
from bot.retrieval.hybrid import HybridRanker, ScoredPassage
from bot.rules import Decision, Verdict

if TYPE_CHECKING:  # importing LangChain's model classes costs ~0.3 s; only TRIAGE_LLM needs them
    from langchain_core.language_models import BaseChatModel

__all__ = ["Citation", "CitationError", "Explainer", "Explanation"]

_MAX_PHRASED_CHARS = 600
_CONTRARY_WORDS: dict[Verdict, re.Pattern[str]] = {
    Verdict.PERMITTED: re.compile(r"\b(prohibited|not allowed|forbidden|must not|cannot|can't|do not)\b", re.I),
    Verdict.PROHIBITED: re.compile(
        r"(?<!not )\b(permitted|allowed)\b|\b(you may|you can|go ahead|it's fine|ok to)\b", re.I
    ),
    Verdict.NEEDS_INFO: re.compile(r"\b(permitted|allowed|you may|you can|go ahead|prohibited)\b", re.I),
    Verdict.ESCALATE: re.compile(r"\b(permitted|allowed|you may|you can|go ahead)\b", re.I),
}


class CitationError(RuntimeError):
    """A quote could not be shown verbatim from the named KB version."""


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)

    authority: str
    title: str
    section: str
    text: str
    score: float


class Explanation(BaseModel):
    model_config = ConfigDict(frozen=True)

    summary: str
    citations: tuple[Citation, ...]
    phrased_by_llm: bool


class Explainer:
    def __init__(self, prompts: PromptSet, chat_model: BaseChatModel | None = None) -> None:
        self._prompts = prompts
        self._chat_model = chat_model

    def explain(
        self,
        decision: Decision,
        question: str,
        ranker: HybridRanker,
        ranked: Sequence[ScoredPassage],
        documents: Mapping[str, str],
    ) -> Explanation:
        citations = self.citations(decision, question, ranker, ranked, documents)
        summary, phrased = self._summary(decision, question)
        return Explanation(summary=summary, citations=citations, phrased_by_llm=phrased)

    @staticmethod
    def citations(
        decision: Decision,
        question: str,
        ranker: HybridRanker,
        ranked: Sequence[ScoredPassage],
        documents: Mapping[str, str],
    ) -> tuple[Citation, ...]:
        """One passage per authority the rule names, the best-ranked of each; all verbatim."""
        found = []
        for authority in decision.authorities:
            best = ranker.best_of_authority(authority, ranked, question)
            if best is None:
                raise CitationError(f"KB version {ranker.version} has no passage of {authority}")
            source = documents.get(authority, "")
            if best.passage.text not in source:
                raise CitationError(f"passage {best.passage.passage_id} is not verbatim in KB version {ranker.version}")
            found.append(
                Citation(
                    authority=authority,
                    title=best.passage.title,
                    section=best.passage.section,
                    text=best.passage.text,
                    score=best.score,
                )
            )
        return tuple(found)

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
