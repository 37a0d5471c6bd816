"""200 questions at once through the real pipeline into the real PostgreSQL log."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.app import Services, build_pipeline, ingest
from tests.conftest import AFTER_INSTALL, KNOWLEDGE, fixed_clock, make_settings, postgres_schema_url

pytestmark = pytest.mark.slow

QUESTIONS = [
    "ICE sent an I-247A detainer, can we hold him past release?",
    "the FBI wants our arrest report for a bank robbery case",
    "HSI asks for a desk in the precinct",
    "CBP wants to know when he gets out",
    "ICE wants an alert whenever this guy gets stopped by police",
]


@pytest.fixture
def postgres_services(tmp_path: Path, embedder) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    for url in postgres_schema_url():
        services = Services(make_settings(tmp_path, database_url=url), embedder=embedder)
        ingest(services, KNOWLEDGE)
        yield services
        services.engine.dispose()


def test_200_concurrent_questions_leave_200_rows_and_an_intact_chain(postgres_services: Services) -> None:
    pipeline = build_pipeline(postgres_services, clock=fixed_clock)

    def ask(n: int) -> str:
        return pipeline.answer(f"{QUESTIONS[n % len(QUESTIONS)]} (case {n})", user_id=f"U{n % 9}").query_id

    with ThreadPoolExecutor(max_workers=16) as pool:
        answered = list(pool.map(ask, range(200)))
    audit = postgres_services.audit
    assert len(set(answered)) == 200
    assert audit.matching(AFTER_INSTALL) == 200
    intact, checked, message = audit.verify()
    assert intact and checked == 201, message  # and the install's activation
    with postgres_services.engine.connect() as connection:
        seqs = [row[0] for row in connection.execute(text("SELECT seq FROM audit_log ORDER BY seq"))]
    assert seqs == list(range(seqs[0], seqs[0] + 201))  # no gaps from rolled-back appends
