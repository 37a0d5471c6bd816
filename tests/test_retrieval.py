"""Hybrid retrieval on the real index: fused ranking, per-authority choice, LangChain interface."""

from __future__ import annotations

import pytest

from bot.kb.documents import section_matches
from bot.pipeline import Pipeline
from bot.retrieval.exact import ExactDense
from bot.retrieval.hybrid import HybridRanker
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


QUESTIONS = (
    "can our precinct sign a 287(g) agreement with ICE",
    "HSI wants the home address of a witness from last year's robbery",
    "ICE left an I-247A detainer for a man in our cells, may we hold him 48 hours",
    "FBI has a judge-signed warrant for a suspect we are holding",
)


def test_in_memory_search_ranks_as_chroma_does(pipeline: Pipeline) -> None:
    """The ranker searches the version's vectors in memory; Chroma, the store of record, agrees."""
    knowledge, services_index = pipeline.knowledge, pipeline.knowledge.ranker._dense
    exact = knowledge.ranker._exact_search()
    assert exact is not None and len(exact) == len(knowledge.ranker._passages)
    embedder = knowledge.ranker._embedder
    for question in QUESTIONS:
        vector = embedder.embed([question])[0]
        mine = exact.search(vector, 10)
        chroma = services_index.search(knowledge.version, vector, 10)
        assert [pid for pid, _ in mine] == [pid for pid, _ in chroma]
        assert [round(s, 4) for _, s in mine] == [round(s, 4) for _, s in chroma]
        only = exact.search(vector, 3, authority="NYC-AC-4-210")
        assert [pid for pid, _ in only] == [
            pid for pid, _ in services_index.search(knowledge.version, vector, 3, authority="NYC-AC-4-210")
        ]


def test_a_store_that_does_not_match_the_version_is_searched_through_chroma(pipeline: Pipeline) -> None:
    knowledge = pipeline.knowledge
    ranker = HybridRanker(
        knowledge.version, knowledge.ranker._passages[:-1], knowledge.ranker._dense, knowledge.ranker._embedder
    )
    assert ranker._exact_search() is None  # the store holds one passage this version does not
    ranked = ranker.rank(QUESTIONS[0])
    assert ranked and ranked[0].passage.authority in {"NYC-AC-10-178", "NYC-GUIDANCE-LL228-2018"}


def test_exact_search_keeps_stored_order_for_equal_scores() -> None:
    exact = ExactDense(["a", "b", "c", "d"], [[1, 0], [0, 1], [1, 0], [0.6, 0.8]], ["X", "Y", "X", "Y"])
    assert exact.search([1.0, 0.0], 3) == [("a", 1.0), ("c", 1.0), ("d", pytest.approx(0.6))]
    assert exact.search([1.0, 0.0], 5, authority="Y") == [("d", pytest.approx(0.6)), ("b", 0.0)]
    assert exact.search([1.0, 0.0], 2, authority="Z") == []
    with pytest.raises(ValueError, match="2 ids"):
        ExactDense(["a", "b"], [[1, 0]], ["X", "Y"])


# FBI records on a named crime: R4, whose anchors name one passage of each authority it quotes
FIXED_QUOTES = "FBI wants our arrest reports on last week's bank robbery for their federal robbery case. Send?"
# HSI records for a criminal case: R4d, whose anchors offer two sections of Title 23, so retrieval chooses
CHOSEN_QUOTES = (
    "HSI wants our arrest report on the man we picked up for selling guns, for their federal firearms "
    "trafficking case. Send it?"
)


def test_retrieval_ranks_only_when_counsel_left_a_choice(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the rule's anchors name one passage of each authority, nothing is ranked (the question is not
    embedded for retrieval); where they name several, the best-ranked of them is quoted."""
    ranker = pipeline.knowledge.ranker
    ranked: list[str] = []
    rank = ranker.rank
    monkeypatch.setattr(ranker, "rank", lambda query: ranked.append(query) or rank(query))

    fixed = pipeline.answer(FIXED_QUOTES, source="test")
    assert fixed.verdict == "permitted" and fixed.citations
    assert ranked == []
    assert all(citation.score == 0.0 for citation in fixed.citations)

    chosen = pipeline.answer(CHOSEN_QUOTES, source="test")
    assert ranked == [CHOSEN_QUOTES]  # once for the whole answer, however many authorities
    order = {item.passage.passage_id: n for n, item in enumerate(rank(CHOSEN_QUOTES))}
    rules = pipeline.knowledge.rules
    decision = rules.rule(chosen.rule_id)
    choices = 0
    for citation in chosen.citations:
        anchors = decision.quote.get(citation.authority, ())
        allowed = [
            p for p in ranker.passages_of(citation.authority) if any(section_matches(p, anchor) for anchor in anchors)
        ]
        if len(allowed) > 1:
            best = min(allowed, key=lambda p: order.get(p.passage_id, len(order)))
            assert citation.section == best.section and citation.score > 0
            choices += 1
    assert choices == 1  # Title 23's two sections
