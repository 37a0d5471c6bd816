"""Hybrid retrieval on the real index: fused ranking, per-authority choice, LangChain interface."""

from __future__ import annotations

from bot.pipeline import Pipeline
from bot.retrieval.retriever import PassageRetriever


def test_fused_ranking_finds_the_topic(pipeline: Pipeline) -> None:
    ranked = pipeline.knowledge.ranker.rank("can our precinct sign a 287(g) agreement with ICE")
    top_authorities = {item.passage.authority for item in ranked[:3]}
    assert top_authorities & {"NYC-AC-10-178", "NYC-GUIDANCE-LL228-2018"}
    assert ranked[0].dense_rank is not None and ranked[0].sparse_rank is not None
    assert all(0 < item.score <= 1 for item in ranked)
    assert [item.score for item in ranked] == sorted((item.score for item in ranked), reverse=True)


def test_best_passage_of_an_authority_matches_the_question(pipeline: Pipeline) -> None:
    ranker = pipeline.knowledge.ranker
    question = "HSI asked me to put alerts on people so I get pinged when they are stopped"
    best = ranker.best_of_authority("NYC-DOI-NYPD-2025", ranker.rank(question), question)
    assert best is not None and "alert" in best.passage.text.lower()


def test_langchain_retriever_interface(pipeline: Pipeline) -> None:
    retriever = PassageRetriever(ranker=pipeline.knowledge.ranker, k=4)
    documents = retriever.invoke("ICE administrative warrant I-200 signed by an ICE officer")
    assert len(documents) == 4
    assert documents[0].metadata["authority"] == "US-ICE-ADMIN-WARRANTS"
    assert documents[0].metadata["kb_version"] == pipeline.knowledge.version
    assert documents[0].page_content in pipeline.knowledge.documents["US-ICE-ADMIN-WARRANTS"]
