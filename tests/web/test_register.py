"""The console's register: requests with their advice and what was done, flags, and reviewers'
sign-off of each hand-over (in-process, over a real SQLite log)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from bot.app import Services, build_pipeline
from bot.audit.outcomes import record_outcome
from bot.audit.records import LogFilter
from bot.clock import local_today
from bot.web.accounts import Accounts, ConsoleRole
from bot.web.server import standalone_app

PASSWORD = "correct horse battery staple"


@pytest.fixture
def handled(services: Services) -> dict[str, str]:
    """Three requests and what was done with each."""
    pipeline = build_pipeline(services)
    asked = {
        "refused": "ICE faxed an I-247A detainer, no judge signed it: can we hold him?",
        "handed": "The FBI has a warrant signed by a federal judge for bank robbery and wants to pick him up "
        "from our cells.",
        "open": "HSI wants our DD5s for a trafficking case, ok?",
    }
    ids = {name: pipeline.answer(text, user_id="U1", source="slack-mention").query_id for name, text in asked.items()}
    record_outcome(services.audit, ids["refused"], "fulfilled", user_id="U1", source="slack")
    record_outcome(services.audit, ids["handed"], "fulfilled", user_id="U1", source="slack")
    for name, role in (("rita", ConsoleRole.REVIEWER), ("ada", ConsoleRole.ADMIN)):
        Accounts(services.engine).add(name, role, PASSWORD)
    return ids


@pytest.fixture
def client(services: Services, handled: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(standalone_app(services), base_url="http://127.0.0.1") as built:
        yield built


def _sign_in(client: TestClient, name: str) -> str:
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/login").text)
    assert token
    client.post("/console/login", data={"name": name, "password": PASSWORD, "csrf_token": token.group(1)})
    page = client.get("/console/register").text
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    return found.group(1) if found else ""


def test_the_register_shows_advice_outcome_and_flags(client: TestClient, handled: dict[str, str]) -> None:
    _sign_in(client, "rita")
    page = client.get("/console/register")
    assert page.status_code == 200 and "3 request(s), 2 flagged." in page.text
    refused_row = re.search(rf'<tr id="r-{handled["refused"][:8]}".*?</tr>', page.text, re.S)
    assert refused_row and "fulfilled although the advice was prohibited" in refused_row.group(0)
    open_row = re.search(rf'<tr id="r-{handled["open"][:8]}".*?</tr>', page.text, re.S)
    assert open_row and "no outcome yet" in open_row.group(0) and "Sign off" not in open_row.group(0)
    flagged = client.get("/console/register?show=flagged").text
    assert "2 request(s), 2 flagged." in flagged and f"r-{handled['open'][:8]}" not in flagged
    assert client.get("/console/register?since=2026-13-01").status_code == 400


def test_a_reviewer_signs_off_a_hand_over_once(client: TestClient, services: Services, handled: dict[str, str]) -> None:
    token = _sign_in(client, "rita")
    unsigned = client.get("/console/register?show=unsigned").text
    assert "1 request(s)" in unsigned and f"r-{handled['handed'][:8]}" in unsigned
    signed = client.post(
        "/console/register/signoff",
        data={"csrf_token": token, "query_id": handled["handed"], "note": "warrant checked"},
        follow_redirects=True,
    )
    assert signed.status_code == 200 and "Signed off" in signed.text and "0 request(s)" in signed.text
    [row] = services.audit.list(LogFilter(kind="signoff"))
    assert row["parent_query_id"] == handled["handed"] and row["user_id"] == "console:rita"
    again = client.post("/console/register/signoff", data={"csrf_token": token, "query_id": handled["handed"]})
    assert again.status_code == 409 and "already signed off" in again.text
    forged = client.post("/console/register/signoff", data={"query_id": handled["handed"]})
    assert forged.status_code == 403  # no CSRF token, no sign-off
    assert services.audit.verify()[0]


def test_an_administrator_may_read_but_not_sign_off(client: TestClient, handled: dict[str, str]) -> None:
    token = _sign_in(client, "ada")
    page = client.get("/console/register?show=unsigned").text
    assert f"r-{handled['handed'][:8]}" in page and ">Sign off<" not in page
    refused = client.post("/console/register/signoff", data={"csrf_token": token, "query_id": handled["handed"]})
    assert refused.status_code == 403


def test_the_laws_reports_from_the_console_match_the_register(client: TestClient, handled: dict[str, str]) -> None:
    _sign_in(client, "rita")
    today = local_today()  # the fixture's answers are stamped now
    year, quarter = today.year, f"{today.year}Q{(today.month - 1) // 3 + 1}"
    page = client.get(f"/console/report?quarter={quarter}").text
    assert f"/console/report/law-10-178/{quarter}.csv" in page and f"/console/report/detainers/{year}.html" in page
    law = client.get(f"/console/report/law-10-178/{quarter}.html")
    assert law.status_code == 200 and "§ 10-178(d)" in law.text and "<svg" in law.text
    assert "frame-ancestors 'self'" in law.headers["content-security-policy"]
    rows = client.get(f"/console/report/law-10-178/{quarter}.csv").text.splitlines()
    assert rows[0] == "date,agency,requested,paperwork,advice,response"
    assert len(rows) == 1 + 1 and rows[1].endswith(
        ",prohibited,Fulfilled"
    )  # the detainer; the FBI's is no immigration request
    detainers = client.get(f"/console/report/detainers/{year}.csv").text.splitlines()
    assert len(detainers) == 1 + 1 and ",Fulfilled,True," in detainers[1]  # held past release
    for bad in (
        "/console/report/detainers/20x6.html",
        "/console/report/law-10-178/2026Q4.pdf",
        "/console/report/x/2026.html",
    ):
        assert client.get(bad).status_code == 404
