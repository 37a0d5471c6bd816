"""The vector store at scale and when damaged: a real `chroma run` server shared by processes,
and an embedded store that is rebuilt from the log database when it is corrupt or missing."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import chromadb
import httpx
import pytest

from bot.app import Services, build_pipeline, ingest
from bot.audit.records import LogFilter
from bot.retrieval.dense import ChromaIndex
from tests.conftest import KNOWLEDGE, cli_env, fixed_clock, free_port, make_settings

BIN = Path(sys.executable).parent
DETAINER = "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`chroma run` on a free loopback port, as an operator would start it."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("w")
    server = subprocess.Popen(
        [str(BIN / "chroma"), "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chroma run did not start: {(path / 'server.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _server_client(url: str) -> chromadb.ClientAPI:
    port = int(url.rsplit(":", 1)[1])
    return chromadb.HttpClient(host="127.0.0.1", port=port)


def test_processes_share_one_chroma_server(chroma_url: str, data_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    services = Services(make_settings(data_dir, chroma_url=chroma_url), embedder=embedder)
    version = services.kb.active_version()
    assert version is not None
    ingest(services, KNOWLEDGE)  # same content: the version exists; its vectors go to the server now
    passages = len(services.kb.load(version).passages)
    name = ChromaIndex.collection_name(version)
    assert _server_client(chroma_url).get_collection(name).count() == passages

    env = {**os.environ, **cli_env(data_dir), "TRIAGE_CHROMA_URL": chroma_url}

    def ask(_: int) -> dict[str, object]:
        done = subprocess.run(
            [str(BIN / "triage"), "ask", "--json", DETAINER], env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout))

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(ask, range(2)))
    assert {(a["kb_version"], a["verdict"], a["rule_id"]) for a in answers} == {
        (version, "prohibited", "R2a-civil-paperwork")
    }
    assert len({a["query_id"] for a in answers}) == 2
    assert _server_client(chroma_url).get_collection(name).count() == passages  # no duplicates, nothing lost
    rows = services.audit.list(LogFilter(kind="query", limit=None))
    assert {r["query_id"] for r in rows} >= {a["query_id"] for a in answers}
    assert services.audit.verify()[0]
    services.engine.dispose()


def test_a_collection_lost_on_the_server_is_rebuilt(chroma_url: str, data_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    services = Services(make_settings(data_dir, chroma_url=chroma_url), embedder=embedder)
    version = services.kb.active_version()
    assert version is not None
    client = _server_client(chroma_url)
    name = ChromaIndex.collection_name(version)
    if name in {c.name for c in client.list_collections()}:
        client.delete_collection(name)
    notes: list[str] = []
    answer = build_pipeline(services, clock=fixed_clock, notify=notes.append).answer(DETAINER)
    assert answer.rule_id == "R2a-civil-paperwork" and answer.citations
    assert notes == [
        f"vector index for KB {version} is missing, incomplete or damaged; rebuilding it from the log database"
    ]
    assert client.get_collection(name).count() == len(services.kb.load(version).passages)
    services.engine.dispose()


def test_unreachable_server_is_a_clear_error(data_dir: Path) -> None:
    env = {**os.environ, **cli_env(data_dir), "TRIAGE_CHROMA_URL": f"http://127.0.0.1:{free_port()}"}
    done = subprocess.run([str(BIN / "triage"), "ask", DETAINER], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert "cannot reach the Chroma server" in done.stderr and "Traceback" not in done.stderr


def test_corrupt_embedded_store_is_moved_aside_and_rebuilt(
    data_dir: Path,
    embedder,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    services = Services(make_settings(data_dir), embedder=embedder)
    build_pipeline(services, clock=fixed_clock).answer(DETAINER)
    rows_before = services.audit.list(LogFilter(limit=None))
    services.engine.dispose()

    store = data_dir / "chroma"
    (store / "chroma.sqlite3").write_bytes(os.urandom(8192))  # garbage where Chroma's database was
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # as a new process would see it
    caplog.set_level(logging.WARNING, logger="bot")
    again = Services(make_settings(data_dir), embedder=embedder)
    answer = build_pipeline(again, clock=fixed_clock).answer(DETAINER)
    assert answer.rule_id == "R2a-civil-paperwork" and answer.citations
    assert any("could not be opened" in r.getMessage() and "rebuilding" in r.getMessage() for r in caplog.records)
    broken = [p for p in data_dir.iterdir() if p.name.startswith("chroma.broken-")]
    assert len(broken) == 1 and (broken[0] / "chroma.sqlite3").exists()  # kept for a post-mortem
    after = {row["query_id"]: row for row in again.audit.list(LogFilter(limit=None))}
    assert all(after[row["query_id"]] == row for row in rows_before)  # nothing stored was lost
    assert again.audit.verify()[0]
    again.engine.dispose()


def test_missing_embedded_store_is_rebuilt(data_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from chromadb.api.shared_system_client import SharedSystemClient

    shutil.rmtree(data_dir / "chroma")
    SharedSystemClient.clear_system_cache()
    services = Services(make_settings(data_dir), embedder=embedder)
    notes: list[str] = []
    answer = build_pipeline(services, clock=fixed_clock, notify=notes.append).answer(DETAINER)
    assert answer.rule_id == "R2a-civil-paperwork" and len(notes) == 1 and "rebuilding" in notes[0]
    services.engine.dispose()
