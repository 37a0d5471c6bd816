"""Faults: the log database goes away and comes back (through a TCP proxy we can cut)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.app import Services, build_pipeline
from bot.audit.records import AuditUnavailable
from bot.pipeline import Pipeline
from tests.conftest import fixed_clock, make_settings, postgres_schema_url

QUESTION = "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"


class CuttableProxy:
    """Forwards loopback TCP to PostgreSQL; `cut()` drops every connection and refuses new ones."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()

    def cut(self) -> None:
        self.open = False
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self.sockets.clear()

    def restore(self) -> None:
        self.open = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


@pytest.fixture
def proxied_postgres(tmp_path: Path, embedder) -> Iterator[tuple[Pipeline, CuttableProxy]]:  # type: ignore[no-untyped-def]
    from bot.app import ingest
    from tests.conftest import KNOWLEDGE

    for url in postgres_schema_url():
        parsed = make_url(url)
        proxy = CuttableProxy((parsed.host or "127.0.0.1", parsed.port or 5432))
        proxied = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        services = Services(make_settings(tmp_path, database_url=proxied), embedder=embedder)
        ingest(services, KNOWLEDGE)
        yield build_pipeline(services, clock=fixed_clock), proxy
        proxy.close()
        services.engine.dispose()


def test_log_database_down_means_no_verdict_and_service_resumes_when_it_is_back(
    proxied_postgres: tuple[Pipeline, CuttableProxy],
) -> None:
    pipeline, proxy = proxied_postgres
    assert pipeline.answer(QUESTION).verdict == "prohibited"
    proxy.cut()
    with pytest.raises(AuditUnavailable):
        pipeline.answer(QUESTION)  # no row, so no verdict
    proxy.restore()
    answer = pipeline.answer(QUESTION)
    assert answer.verdict == "prohibited"
