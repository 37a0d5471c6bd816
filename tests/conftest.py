"""Shared fixtures: a real embedded Chroma and a real SQLite file, built once per session."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import Services, build_pipeline, ingest
from bot.pipeline import Pipeline
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
TODAY = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


def fixed_clock() -> dt.datetime:
    return TODAY


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    return Settings(
        data_dir=data_dir,
        knowledge_dir=KNOWLEDGE,
        prompts_dir=ROOT / "prompts",
        **overrides,  # type: ignore[arg-type]
    )


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


def cli_env(data_dir: Path) -> dict[str, str]:
    """Environment for running the CLI (CliRunner or a subprocess) on a test's data dir."""
    return {
        "TRIAGE_DATA_DIR": str(data_dir),
        "TRIAGE_KNOWLEDGE_DIR": str(KNOWLEDGE),
        "TRIAGE_PROMPTS_DIR": str(ROOT / "prompts"),
    }


def postgres_url() -> str:
    return os.environ.get("TRIAGE_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
