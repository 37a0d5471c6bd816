"""Shared fixtures: a real embedded Chroma and a real SQLite file, built once per session."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from bot.app import Services, build_pipeline, ingest
from bot.audit.records import LogFilter
from bot.db import make_engine
from bot.facts.extract import FactsReader
from bot.facts.record import load_offenses
from bot.facts.semantic import load_exemplars
from bot.pipeline import Pipeline
from bot.rules import RuleTable, load_rules
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
TODAY = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


def fixed_clock() -> dt.datetime:
    return TODAY


# Served processes need a subject key from outside the data dir (as in production).
# Every row a test's own actions wrote: all but the `kb_activation` row of the install's first
# ingest, which every ingested data dir starts with (the first switch is logged like any other).
AFTER_INSTALL = LogFilter(exclude_kind="kb_activation", limit=None)

TEST_SUBJECT_KEY = "test-subject-key-not-for-production"


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    overrides = {"subject_key": TEST_SUBJECT_KEY, **overrides}
    return Settings(
        data_dir=data_dir,
        knowledge_dir=KNOWLEDGE,
        prompts_dir=ROOT / "prompts",
        **overrides,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def reader() -> FactsReader:
    """The facts reader on the bundled offence list, with the date the eval sets were written for."""
    return FactsReader(load_offenses(KNOWLEDGE / "offenses.yaml"), lambda: dt.date(2026, 11, 30))


@pytest.fixture(scope="module")
def table() -> RuleTable:
    return load_rules(KNOWLEDGE / "rules.yaml")


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    """What the bot serves with: ONNX Runtime once `triage model export` has run (make install)."""
    from bot.retrieval.onnx_embedder import make_embedder
    from bot.settings import EmbedderSettings

    return make_embedder(EmbedderSettings())


@pytest.fixture(scope="session")
def ingested_dir(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:  # type: ignore[no-untyped-def]
    """A data dir with the bundled knowledge base ingested once; tests copy it."""
    data_dir = tmp_path_factory.mktemp("ingested")
    services = Services(make_settings(data_dir), embedder=embedder)
    ingest(services, KNOWLEDGE)
    # the reader's example vectors, as the first start keeps them: every copy starts warm
    services.example_vectors.embed(load_exemplars().texts)
    services.engine.dispose()
    return data_dir


@pytest.fixture
def data_dir(tmp_path: Path, ingested_dir: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ingested_dir, target)
    return target


@pytest.fixture
def services(data_dir: Path, embedder) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    built = Services(make_settings(data_dir), embedder=embedder)
    yield built
    built.engine.dispose()


@pytest.fixture
def pipeline(services: Services) -> Pipeline:
    return build_pipeline(services, clock=fixed_clock)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], output: Callable[[], str]) -> None:
    """Until a server process started by a test answers GET /healthz (2 minutes at most)."""
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, f"server at {url} exited: {output()[-2000:]}"
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, f"server at {url} did not start"
        time.sleep(0.2)


def cli_env(data_dir: Path) -> dict[str, str]:
    """Environment for running the CLI (CliRunner or a subprocess) on a test's data dir."""
    return {
        "TRIAGE_DATA_DIR": str(data_dir),
        "TRIAGE_KNOWLEDGE_DIR": str(KNOWLEDGE),
        "TRIAGE_PROMPTS_DIR": str(ROOT / "prompts"),
        "TRIAGE_SUBJECT_KEY": TEST_SUBJECT_KEY,
    }


def postgres_url() -> str:
    return os.environ.get("TRIAGE_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_schema_url() -> Iterator[str]:
    """A URL on the real PostgreSQL whose search_path is a fresh schema, dropped afterwards."""
    url = postgres_url()
    schema = f"triage_test_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(url)
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL not reachable at {url}: {exc}")
    try:
        yield url + f"?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def postgres_engine() -> Iterator[Engine]:
    for url in postgres_schema_url():
        engine = make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        built = make_engine(f"sqlite:///{tmp_path / 'audit.db'}")
        yield built
        built.dispose()
    else:
        yield from postgres_engine()
