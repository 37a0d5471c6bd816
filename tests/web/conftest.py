"""The console under test: a real `triage console` process on loopback over a seeded log (SQLite or
PostgreSQL), driven by Playwright in Debian's headless Chromium (`make browser` installs it; without
it these tests are skipped with that reason, except under .ci/run, which needs them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from bot.app import Services, ingest
from bot.audit.store import AuditLog
from tests.conftest import KNOWLEDGE, cli_env, free_port, make_settings, postgres_schema_url, wait_until_healthy
from tests.web.seed import SeededLog, seed_log

PASSWORD = "correct horse battery staple"
REVIEWER, COUNSEL, LOCKOUT = "rita", "conrad", "lockout-target"
# Chromium's own background traffic is refused by this network; these flags keep it quiet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TRIAGE = str(Path(sys.executable).with_name("triage"))


def chromium_executable() -> str:
    found = os.environ.get("TRIAGE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        reason = "Debian's chromium is not installed: `make browser` installs it (needs root or sudo)"
        if os.environ.get("TRIAGE_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(f"{reason}; the console's browser tests are skipped")
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_executable(), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class ConsoleServer:
    url: str  # http://127.0.0.1:PORT/console
    backend: str
    env: dict[str, str]
    database_url: str
    seeded: SeededLog
    services: Services

    @property
    def log(self) -> AuditLog:
        return self.services.audit

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [TRIAGE, *args], input=stdin, env=self.env, capture_output=True, text=True, timeout=300, check=False
        )


def _database(backend: str, data_dir: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{data_dir / 'audit.db'}"
    else:
        yield from postgres_schema_url()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def console(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    ingested_dir: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> Iterator[ConsoleServer]:
    data_dir = tmp_path_factory.mktemp(f"console-{request.param}") / "data"
    shutil.copytree(ingested_dir, data_dir)
    for database_url in _database(request.param, data_dir):
        services = Services(make_settings(data_dir, database_url=database_url), embedder=embedder)
        if request.param == "postgresql":
            ingest(services, KNOWLEDGE)
        seeded = seed_log(services)
        env = {**os.environ, **cli_env(data_dir), "TRIAGE_DATABASE_URL": database_url}
        port = free_port()
        server = ConsoleServer(f"http://127.0.0.1:{port}/console", request.param, env, database_url, seeded, services)
        for name, role in ((REVIEWER, "reviewer"), (COUNSEL, "counsel"), (LOCKOUT, "reviewer")):
            added = server.cli("users", "add", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
            assert added.returncode == 0, added.stderr
        output = data_dir / "console.out"
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [TRIAGE, "console", "--port", str(port)], env=env, stdout=sink, stderr=subprocess.STDOUT
            )
        try:
            wait_until_healthy(f"http://127.0.0.1:{port}", process, lambda: output.read_text(errors="replace"))  # noqa: B023
            yield server
        finally:
            process.terminate()
            process.wait(timeout=30)
            services.engine.dispose()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    yield opened
    context.close()


def sign_in(page: Page, console: ConsoleServer, name: str, password: str = PASSWORD, start: str = "/log") -> None:
    page.goto(console.url + start)
    page.get_by_label("Account name").fill(name)
    page.get_by_label("Password").fill(password)
    # the form posts and the answer is a new page (the console, or the sign-in page again): wait for
    # it, or the caller's next step can run on the half-loaded document in between
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def screenshot(page: Page, console: ConsoleServer, name: str) -> None:
    """With TRIAGE_SCREENSHOTS=DIR, keep a full-page picture of this step (the README's pictures)."""
    folder = os.environ.get("TRIAGE_SCREENSHOTS")
    if folder and console.backend == "sqlite":
        page.screenshot(path=str(Path(folder) / f"console-{name}.png"), full_page=True)
