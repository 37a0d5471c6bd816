"""Answer latency (end to end and per stage), against a naive LangChain + Chroma baseline,
and retrieval quality: citation recall and Recall@3 of BM25-only, dense-only and hybrid."""

from __future__ import annotations

import statistics
import uuid
from typing import Any

from langchain_chroma import Chroma

from bench.common import dev_items, dev_set_name, summary, team_questions, timed_ms
from bot.app import Services, build_pipeline
from bot.audit.records import AuditRecord
from bot.clock import utc_stamp
from bot.explain import Explainer
from bot.prompts import load_prompts
from bot.retrieval.embedder import LangChainEmbedding, MiniLMEmbedder
from bot.retrieval.hybrid import ScoredPassage
from bot.retrieval.sparse import Bm25Index
from bot.rules import decide_message

STAGES = ("facts", "embed", "dense", "bm25", "fuse", "decide", "quotes", "log write")


def answer_latency(services: Services) -> dict[str, Any]:
    """Full pipeline (log write included), new questions then repeated ones; stage costs measured
    separately on the same questions with the same objects."""
    questions = team_questions()
    pipeline = build_pipeline(services)
    knowledge = pipeline.knowledge
    ranker = knowledge.ranker
    ranked: list[str] = []
    rank = ranker.rank

    def counted(query: str) -> list[ScoredPassage]:
        ranked.append(query)
        return rank(query)

    # counted, not changed: how many answers needed retrieval to choose among counsel's sections
    ranker.rank = counted  # type: ignore[method-assign]
    try:
        new = [timed_ms(pipeline.answer, q, source="bench") for q in questions]
    finally:
        del ranker.rank
    repeated = [timed_ms(pipeline.answer, q, source="bench") for q in questions]

    embedder = services.text_embedder
    explainer = Explainer(load_prompts(services.settings.prompts_dir))
    passages = services.kb.load(knowledge.version).passages
    bm25 = Bm25Index(passages)
    stages: dict[str, list[float]] = {name: [] for name in STAGES}
    for n, question in enumerate(questions):
        fresh = f"{question} ({n})"  # not in any cache
        requests = knowledge.reader.read_message(fresh)
        stages["facts"].append(timed_ms(knowledge.reader.read_message, fresh))
        stages["embed"].append(timed_ms(embedder.embed, [fresh]))
        vector = embedder.embed([fresh])[0]
        stages["dense"].append(timed_ms(ranker.dense_search, vector, ranker.top_k))
        stages["bm25"].append(timed_ms(bm25.scores, fresh))
        ranker.rank(question)  # vector cached now: rank = dense + bm25 + fuse
        whole = timed_ms(ranker.rank, question)
        stages["fuse"].append(max(0.0, whole - stages["dense"][-1] - stages["bm25"][-1]))
        decision = decide_message(requests, knowledge.rules)
        stages["decide"].append(timed_ms(decide_message, requests, knowledge.rules))
        stages["quotes"].append(timed_ms(explainer.explain, decision, question, ranker, knowledge.documents))
        record = AuditRecord(
            str(uuid.uuid4()), utc_stamp(timespec="microseconds"), "bench", fresh, [], "answered", verdict="escalate"
        )
        stages["log write"].append(timed_ms(services.audit.append, record))
    total = sum(statistics.median(values) for values in stages.values())
    return {
        "questions": len(questions),
        "answer_ms": summary(new),
        "answer_ms_repeated_question": summary(repeated),
        "share_of_new_answers_ranked": round(len(ranked) / len(questions), 3),
        "stage_ms_p50": {name: round(statistics.median(values), 3) for name, values in stages.items()},
        "stage_share": {name: round(statistics.median(values) / total, 3) for name, values in stages.items()},
    }


def naive_baseline(services: Services) -> dict[str, Any]:
    """LangChain's Chroma vector store, top-5 similarity search; no rules, no BM25, no log.

    Measured with our ONNX embedder (same embedder) and with MiniLM on sentence-transformers /
    torch (how such a baseline is usually built): same model, same weights.
    """
    knowledge = services.load_knowledge()
    passages = services.kb.load(knowledge.version).passages
    questions, items = team_questions(), dev_items()
    results: dict[str, Any] = {"k": 5}
    for name, embedder in (
        ("same_embedder", services.text_embedder),
        ("torch", MiniLMEmbedder(services.settings.embedder)),
    ):
        store = Chroma(
            collection_name=f"naive-{uuid.uuid4().hex[:8]}",
            embedding_function=LangChainEmbedding(embedder),
            client=services.index._client,  # the same Chroma, a separate collection
        )
        store.add_texts(
            [f"{p.section}. {p.text}" for p in passages],
            metadatas=[{"authority": p.authority} for p in passages],
            ids=[p.passage_id for p in passages],
        )
        store.similarity_search("warm up", k=5)
        latencies = [timed_ms(store.similarity_search, q, k=5) for q in questions]
        found = expected = 0
        for item in items:
            hits = {doc.metadata["authority"] for doc in store.similarity_search(item["question"], k=5)}
            found += len(hits & set(item["must_cite"]))
            expected += len(item["must_cite"])
        results[name] = {"answer_ms": summary(latencies), "citation_recall": round(found / expected, 3)}
    return results


def recall_at_3(services: Services) -> dict[str, Any]:
    """Share of the authorities each labelled question must cite found in the top 3 passages."""
    knowledge = services.load_knowledge()
    passages = services.kb.load(knowledge.version).passages
    bm25, ranker = Bm25Index(passages), knowledge.ranker
    by_id = {p.passage_id: p for p in passages}
    scores = {"bm25_only": 0, "dense_only": 0, "hybrid": 0}
    expected = 0
    items = dev_items()
    for item in items:
        question, must = item["question"], set(item["must_cite"])
        expected += len(must)
        lexical = bm25.scores(question).argsort()[::-1][:3]
        dense = ranker.dense_search(services.text_embedder.embed([question])[0], 3)
        tops = {
            "bm25_only": {passages[i].authority for i in lexical},
            "dense_only": {by_id[pid].authority for pid, _ in dense if pid in by_id},
            "hybrid": {item.passage.authority for item in ranker.rank(question)[:3]},
        }
        for name, authorities in tops.items():
            scores[name] += len(authorities & must)
    pipeline = build_pipeline(services)
    cited = sum(
        len({c.authority for c in pipeline.answer(item["question"], source="bench").citations} & set(item["must_cite"]))
        for item in items
    )
    return {
        "questions": len(items),
        "labelled_set": dev_set_name(),
        **{name: round(value / expected, 3) for name, value in scores.items()},
        "pipeline_citation_recall": round(cited / expected, 3),
    }
