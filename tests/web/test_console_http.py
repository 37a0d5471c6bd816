"""The console's HTTP contract, in-process (Starlette's test client) over a real SQLite log."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bot.app import Services
from bot.audit.records import AuditUnavailable, LogFilter
from bot.settings import ConsoleSettings
from bot.web.accounts import Accounts, ConsoleRole
from bot.web.server import standalone_app
from tests.conftest import make_settings
from tests.web.seed import SeededLog, seed_log

PASSWORD = "correct horse battery staple"


@pytest.fixture
def seeded(services: Services) -> SeededLog:
    Accounts(services.engine).add("rita", ConsoleRole.REVIEWER, PASSWORD)
    return seed_log(services, questions=8)


@pytest.fixture
def client(services: Services, seeded: SeededLog) -> Iterator[TestClient]:
    with TestClient(standalone_app(services), base_url="http://127.0.0.1") as built:
        yield built


def _sign_in(client: TestClient, next_page: str = "") -> TestClient:
    form = client.get("/console/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token
    client.post(
        "/console/login",
        data={"name": "rita", "password": PASSWORD, "csrf_token": token.group(1), "next": next_page},
        follow_redirects=False,
    )
    return client


def test_every_page_carries_security_headers(client: TestClient) -> None:
    response = client.get("/console/login")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    login_cookie = response.headers["set-cookie"]
    assert "HttpOnly" in login_cookie and "SameSite=lax" in login_cookie and "Secure" not in login_cookie
    report = _sign_in(client).get("/console/report/2026Q4.html")
    assert report.status_code == 200 and "frame-ancestors 'self'" in report.headers["content-security-policy"]


def test_cookies_are_secure_over_https(services: Services, seeded: SeededLog) -> None:
    with TestClient(standalone_app(services), base_url="https://console.example") as secure:
        assert "Secure" in secure.get("/console/login").headers["set-cookie"]


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/console/log", "/elsewhere", "javascript:x"]
)
def test_sign_in_never_redirects_off_the_console(client: TestClient, target: str) -> None:
    form = client.get("/console/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token
    response = client.post(
        "/console/login",
        data={"name": "rita", "password": PASSWORD, "csrf_token": token.group(1), "next": target},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "http://127.0.0.1/console/log"


def test_a_view_that_cannot_be_logged_is_not_shown(
    client: TestClient, services: Services, seeded: SeededLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sign_in(client)

    def refuse(_record: object) -> None:
        raise AuditUnavailable("disk full")

    monkeypatch.setattr(services.audit, "append", refuse)
    for path in ("/console/log", f"/console/q/{seeded.monitoring}", "/console/log/export.csv", "/console/patterns"):
        response = client.get(path)
        assert response.status_code == 503, path
        assert "could not be recorded" in response.text and "Marco" not in response.text


def test_bad_filters_are_explained_not_crashed(client: TestClient) -> None:
    _sign_in(client)
    response = client.get("/console/log?start=yesterday&verdict=maybe&page=0&ask=%25")
    assert response.status_code == 400
    assert response.text.count("Bad filter") == 4
    for label in ("From:", "Verdict:", "Page:", "Ask:"):
        assert f"Bad filter: {label}" in response.text
    assert client.get("/console/log/export.xlsx").status_code == 404
    assert client.get("/console/q/" + "x" * 5000).status_code == 404
    assert client.get("/console/patterns?quarter=2026Q9").status_code == 400
    assert client.get("/console/report/2026Q4%0D%0ASet-Cookie:x.html?download=1").status_code == 404


def test_a_query_opens_by_a_unique_id_prefix_as_on_the_command_line(client: TestClient, seeded: SeededLog) -> None:
    _sign_in(client)
    full = seeded.monitoring
    for page in ("", "/replay"):
        response = client.get(f"/console/q/{full[:8]}{page}", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].endswith(f"/console/q/{full}{page}")
    assert client.get(f"/console/q/{full[:8]}").status_code == 200
    too_short = client.get(f"/console/q/{full[:3]}")
    assert too_short.status_code == 404 and "at least 6 characters" in too_short.text
    assert client.get("/console/q/ffffffff").status_code == 404


def test_a_page_past_the_end_goes_to_the_last_page_with_the_same_filters(client: TestClient) -> None:
    _sign_in(client)
    response = client.get("/console/log?verdict=prohibited&page=999", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].endswith("/console/log?verdict=prohibited&page=1")
    assert "page 1 of 1" in client.get(response.headers["location"]).text.lower()


def test_roles_see_only_their_pages(services: Services, client: TestClient) -> None:
    Accounts(services.engine).add("ada", ConsoleRole.ADMIN, PASSWORD)
    _sign_in(client)
    assert client.get("/console/accounts").status_code == 403
    assert client.get("/console/kb").status_code == 403
    client.cookies.clear()
    form = client.get("/console/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token
    client.post("/console/login", data={"name": "ada", "password": PASSWORD, "csrf_token": token.group(1)})
    accounts = client.get("/console/accounts")
    assert accounts.status_code == 200 and "rita" in accounts.text and "reviewer" in accounts.text
    assert client.get("/console/kb").status_code == 403  # admins run the console, counsel the law
    assert client.get("/console/log").status_code == 200


def test_json_lines_export_has_every_column_of_every_matching_row(
    client: TestClient, services: Services, seeded: SeededLog
) -> None:
    _sign_in(client)
    response = client.get("/console/log/export.jsonl?kind=all&officer=U0OKAFOR")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert response.headers["content-disposition"].startswith('attachment; filename="triage-log-')
    exported = [json.loads(line) for line in response.text.splitlines()]
    expected = list(services.audit.stream(LogFilter(user_id="U0OKAFOR", limit=None)))
    assert [row["row_hash"] for row in exported] == [row["row_hash"] for row in expected]
    assert len(exported) == 2 + 3 + 1  # two team questions, the same person three times, one flag


def test_nothing_in_the_console_writes_anything_but_new_rows(client: TestClient, services: Services) -> None:
    """No route takes PUT, PATCH or DELETE, and the log's existing rows are untouched by every page."""
    _sign_in(client)
    before = {row["seq"]: row["row_hash"] for row in services.audit.stream(LogFilter(limit=None))}
    for path in ("/console/log", "/console/patterns", "/console/integrity", "/console/report/2026Q4.html"):
        assert client.get(path).status_code == 200
        for method in ("PUT", "PATCH", "DELETE"):
            assert client.request(method, path).status_code == 405
    after = {row["seq"]: row["row_hash"] for row in services.audit.stream(LogFilter(limit=None))}
    assert {seq: after[seq] for seq in before} == before and len(after) > len(before)
    assert services.audit.verify()[0]


def test_mounted_beside_slack_unless_turned_off(services: Services, seeded: SeededLog, data_dir: Path) -> None:
    from starlette.applications import Starlette

    from bot.web.server import console_mount

    with TestClient(Starlette(routes=console_mount(services))) as beside_slack:
        page = beside_slack.get("/console/login")
        assert page.status_code == 200 and 'action="http://testserver/console/login"' in page.text
    separate = Services(make_settings(data_dir, console=ConsoleSettings(with_slack=False)), embedder=services.embedder)
    assert console_mount(separate) == []


def test_a_reviewers_search_words_are_masked_in_the_log(client: TestClient, services: Services) -> None:
    response = _sign_in(client).get("/console/log", params={"q": "Tyrone 123-45-6789"})
    assert response.status_code == 200
    read = services.audit.list(LogFilter(kind="review_read", limit=1))[0]
    assert "123-45-6789" not in read["summary"] and "[SSN]" in read["summary"]


def test_the_access_log_never_prints_a_query_string(capsys: pytest.CaptureFixture[str]) -> None:
    import logging
    import logging.config

    from bot.web.server import uvicorn_log_config

    logging.config.dictConfig(uvicorn_log_config())
    access = logging.getLogger("uvicorn.access")
    access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET", "/console/log?search=123-45-6789", "1.1", 200)
    access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET", "/console/log", "1.1", 200)
    printed = capsys.readouterr().out
    assert "123-45-6789" not in printed
    assert "GET /console/log?[query hidden] HTTP/1.1" in printed and "GET /console/log HTTP/1.1" in printed


@pytest.mark.parametrize(
    "params",
    [
        {"end": "9999-12-31"},
        {"start": "0001-01-01", "end": "9999-12-31"},
        {"q": "ssn\x00123"},
        {"q": "\u202eevil\u202c"},
        {"agency": "\x00"},
        {"start": "2026-13-45"},
    ],
)
def test_odd_filter_values_never_give_a_server_error(client: TestClient, params: dict[str, str]) -> None:
    response = _sign_in(client).get("/console/log", params=params)
    assert response.status_code in (200, 400), response.text[:300]
    assert "Traceback" not in response.text


def test_disguising_characters_are_dropped_from_search_words(client: TestClient, services: Services) -> None:
    assert _sign_in(client).get("/console/log", params={"q": "\u202eALERT\u200b whenever\x00"}).status_code == 200
    read = services.audit.list(LogFilter(kind="review_read", limit=1))[0]
    assert json.loads(read["summary"])["q"] == "ALERT whenever"
