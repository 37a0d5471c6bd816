"""LangChain's retriever interface over the hybrid ranker, for chains and the benchmarks.

Kept apart from `hybrid.py`: LangChain's retriever machinery (callbacks, tracing) costs most of a
second to import, and answering a question does not need it.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.retrieval.hybrid import HybridRanker

__all__ = ["PassageRetriever"]


class PassageRetriever(BaseRetriever):
    """LangChain's retriever interface over the hybrid ranker (for chains and the benchmarks)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    ranker: HybridRanker
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(
                page_content=item.passage.text,
                id=item.passage.passage_id,
                metadata={
                    "authority": item.passage.authority,
                    "title": item.passage.title,
                    "section": item.passage.section,
                    "score": item.score,
                    "kb_version": self.ranker.version,
                },
            )
            for item in self.ranker.rank(query)[: self.k]
        ]
