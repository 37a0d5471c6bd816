"""The console's Training and Roster pages, and the register's officers and task-force view
(in-process, over a real SQLite log; the browser test runs them on PostgreSQL too)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from starlette.testclient import TestClient

from bot.app import Services, build_pipeline
from bot.audit.records import AuditUnavailable, LogFilter
from bot.audit.register import register_entries
from bot.audit.training_rows import half_bounds, record_answer
from bot.roster import Roster
from bot.rules import Verdict
from bot.training import TRAINING, Scenario, decide_scenario, parse_bank, read_bank_files
from bot.web.accounts import Accounts, ConsoleRole
from bot.web.server import standalone_app
from bot.web.training_pages import CSV_COLUMNS, current_half
from tests.conftest import KNOWLEDGE

PASSWORD = "correct horse battery staple"
ROSTER = {
    "U0REYES": {"name": "Maria Reyes", "unit": "75 Pct"},
    "U0CHEN": {"name": "David Chen", "unit": "75 Pct"},
    "U0OKAFOR": {"name": "Ngozi Okafor", "unit": "Queens Narcotics", "task_force": "HSI El Dorado", "agency": "hsi"},
}  # U0DIAZ practises and asks but is not on the roster
# officer -> rounds, each (answers, of which right)
PRACTICE = {"U0REYES": [(8, 6), (2, 1)], "U0CHEN": [(8, 8)], "U0OKAFOR": [(4, 2)], "U0DIAZ": [(8, 4)]}


@dataclass
class Seeded:
    missed: dict[str, Counter[str]] = field(default_factory=dict)  # officer -> rule id -> answers missed
    asked: dict[str, list[str]] = field(default_factory=dict)  # officer -> query ids


def _wrong(scenario: Scenario) -> Verdict:
    return next(v for v in Verdict if v is not scenario.expected_verdict)


def seed_training(services: Services) -> dict[str, Counter[str]]:
    """The practice above, answered with the bundled bank and decided by the active rules."""
    bank, errors = parse_bank(read_bank_files(KNOWLEDGE), KNOWLEDGE)
    assert bank and not errors
    knowledge = build_pipeline(services).knowledge
    rule_of = {s.id: decide_scenario(s, knowledge.reader.read_message, knowledge.rules).rule_id for s in bank}
    missed: dict[str, Counter[str]] = {}
    for officer, rounds in PRACTICE.items():
        missed[officer] = Counter()
        for number, (answers, right) in enumerate(rounds):
            for index, scenario in enumerate(bank[:answers]):
                correct = index < right
                record_answer(
                    services.audit,
                    scenario=scenario,
                    answer=scenario.expected_verdict if correct else _wrong(scenario),
                    rule_id=rule_of[scenario.id],
                    user_id=officer,
                    source="slack",
                    round_id=f"{officer}-{number}",
                    kb_version=knowledge.version,
                )
                if not correct:
                    missed[officer][rule_of[scenario.id]] += 1
    return missed


@pytest.fixture
def seeded(services: Services) -> Seeded:
    for name, role in (("rita", ConsoleRole.REVIEWER), ("conrad", ConsoleRole.COUNSEL), ("ada", ConsoleRole.ADMIN)):
        Accounts(services.engine).add(name, role, PASSWORD)
    roster = Roster(services.engine, services.audit)
    for user_id, entry in ROSTER.items():
        roster.set(user_id, **entry, by="cli:test")
    found = Seeded(missed=seed_training(services))
    pipeline = build_pipeline(services)
    for officer, text in (
        ("U0REYES", "ICE faxed an I-247A detainer, no judge signed it: can we hold him?"),
        ("U0OKAFOR", "HSI wants our DD5s for a trafficking case, ok?"),
        ("U0OKAFOR", "The FBI has a warrant signed by a federal judge for bank robbery and wants to pick him up."),
        ("U0DIAZ", "ICE ERO wants the home address we have on file for A-number A123456789, no warrant"),
    ):
        found.asked.setdefault(officer, []).append(pipeline.answer(text, user_id=officer).query_id)
    return found


@pytest.fixture
def client(services: Services, seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(standalone_app(services), base_url="http://127.0.0.1") as built:
        yield built


def _sign_in(client: TestClient, name: str) -> str:
    """Signed in as `name`; the session's CSRF token (from a page with a form)."""
    client.cookies.clear()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/login").text)
    assert token
    client.post("/console/login", data={"name": name, "password": PASSWORD, "csrf_token": token.group(1)})
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/integrity").text)
    assert found
    return found.group(1)


def _row(page: str, row_id: str) -> str:
    found = re.search(rf'<tr id="{re.escape(row_id)}".*?</tr>', page, re.S)
    assert found, row_id
    return re.sub(r"\s+", " ", found.group(0))


def _unit_row(page: str, unit: str) -> str:
    found = re.search(rf'<tr data-unit="{re.escape(unit)}".*?</tr>', page, re.S)
    assert found, unit
    return re.sub(r"\s+", " ", found.group(0))


def _missed(counts: Counter[str]) -> list[str]:
    return [f"<code>{rule}</code> ({n})" for rule, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))[:3]]


def _roster_changes(services: Services) -> list[dict[str, object]]:
    return list(services.audit.stream(LogFilter(kind="roster_change", limit=None)))


# ---------------------------------------------------------------------------- training
def test_the_training_page_shows_each_officer_and_unit(client: TestClient, services: Services, seeded: Seeded) -> None:
    _sign_in(client, "rita")
    response = client.get("/console/training")  # the current New York half-year
    assert response.status_code == 200
    page = response.text
    half = current_half()
    assert f"Training evaluations · {half}" in page
    assert f"<option selected>{half}</option>" in page

    reyes = _row(page, "officer-U0REYES")
    assert "Maria Reyes" in reyes and "75 Pct" in reyes
    assert '"rounds">1 of 2<' in reyes and '"right">7 of 10<' in reyes and '"score">70%<' in reyes
    assert all(missed in reyes for missed in _missed(seeded.missed["U0REYES"]))
    chen = _row(page, "officer-U0CHEN")
    assert '"rounds">1 of 1<' in chen and '"right">8 of 8<' in chen and '"score">100%<' in chen and ">none<" in chen
    okafor = _row(page, "officer-U0OKAFOR")
    assert "Queens Narcotics" in okafor and '"rounds">0 of 1<' in okafor and '"score">50%<' in okafor
    diaz = _row(page, "officer-U0DIAZ")  # not on the roster: by Slack id
    assert "(no unit on the roster)" in diaz and ">U0DIAZ<" in diaz and '"right">4 of 8<' in diaz

    precinct = _unit_row(page, "75 Pct")
    assert "<td>2</td><td>18</td><td>83%</td>" in precinct  # two officers, 15 of 18 right
    assert all(m in precinct for m in _missed(seeded.missed["U0REYES"] + seeded.missed["U0CHEN"]))
    assert "<td>1</td><td>4</td><td>50%</td>" in _unit_row(page, "Queens Narcotics")
    assert "<td>1</td><td>8</td><td>50%</td>" in _unit_row(page, "(no unit on the roster)")
    assert re.search(r'id="total-officers">4<', page) and re.search(r'id="total-answers">30<', page)
    assert re.search(r'id="total-rounds">3<', page)  # Reyes's first, Chen's, Diaz's

    # the page's reads are logged like the other report pages'
    read = services.audit.list(LogFilter(kind="review_read", limit=1))[0]
    assert read["user_id"] == "console:rita" and json.loads(read["summary"]) == {"page": "training", "half": half}
    for path in (f"/console/training/{half}.html", f"/console/training/{half}.csv"):
        assert path in page


def test_the_training_csv_counts_every_training_row_of_the_half(client: TestClient, services: Services) -> None:
    _sign_in(client, "ada")  # administrators read it too
    half = current_half()
    response = client.get(f"/console/training/{half}.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert f'filename="triage-training-{half}.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    since, until = half_bounds(half)
    in_log = services.audit.matching(LogFilter(kind=TRAINING, since=since, until=until, limit=None))
    assert in_log == 30 and sum(int(row["answered"]) for row in rows) == in_log
    correct = services.audit.matching(LogFilter(kind=TRAINING, outcome="correct", since=since, until=until, limit=None))
    assert sum(int(row["correct"]) for row in rows) == correct
    assert {row["user_id"]: row["officer"] for row in rows}["U0OKAFOR"] == "Ngozi Okafor"
    read = services.audit.list(LogFilter(kind="review_read", limit=1))[0]
    assert json.loads(read["summary"]) == {"page": "report", "report": "training", "period": half, "format": "csv"}

    report = client.get(f"/console/training/{half.lower()}.html")
    assert report.status_code == 200 and f"Training evaluations, {half}" in report.text
    assert "frame-ancestors 'self'" in report.headers["content-security-policy"]
    year, part = int(half[:4]), half[-1]
    earlier = f"{year}H1" if part == "2" else f"{year - 1}H2"
    empty = client.get(f"/console/training/{earlier}.csv").text.splitlines()
    assert empty == [",".join(CSV_COLUMNS)]  # no practice then: the header alone
    assert "No practice rounds were taken" in client.get(f"/console/training?half={earlier}").text
    assert client.get("/console/training?half=2026H3").status_code == 400
    for bad in (f"/console/training/{half}.pdf", "/console/training/2026Q4.csv", "/console/training/1999H1.html"):
        assert client.get(bad).status_code == 404, bad


def test_a_training_view_that_cannot_be_logged_is_not_shown(
    client: TestClient, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sign_in(client, "rita")

    def refuse(_record: object) -> None:
        raise AuditUnavailable("disk full")

    monkeypatch.setattr(services.audit, "append", refuse)
    for path in ("/console/training", f"/console/training/{current_half()}.csv", "/console/roster"):
        response = client.get(path)
        assert response.status_code == 503 and "Maria Reyes" not in response.text, path


# ---------------------------------------------------------------------------- roster
def test_everyone_reads_the_roster_but_a_reviewer_cannot_change_it(client: TestClient, services: Services) -> None:
    token = _sign_in(client, "rita")
    page = client.get("/console/roster")
    assert page.status_code == 200
    okafor = _row(page.text, "officer-U0OKAFOR")
    for value in ("Ngozi Okafor", "Queens Narcotics", "HSI El Dorado", "hsi", "U0OKAFOR"):
        assert value in okafor
    assert "3 officer(s), 1 on a task force." in page.text and "/console/register?task_force=1" in page.text
    assert ">Save<" not in page.text and ">Remove<" not in page.text  # no forms for a reviewer
    assert re.search(r'/console/training" *>Training</a>', page.text)  # in the navigation
    assert '/console/roster" aria-current="page">Roster</a>' in page.text

    before, changes = Roster(services.engine, services.audit).all(), len(_roster_changes(services))
    added = client.post(
        "/console/roster", data={"csrf_token": token, "user_id": "U0DIAZ", "name": "Luis Diaz", "unit": "75 Pct"}
    )
    assert added.status_code == 403 and "may not keep the officer roster" in added.text
    removed = client.post("/console/roster/remove", data={"csrf_token": token, "user_id": "U0CHEN"})
    assert removed.status_code == 403
    assert Roster(services.engine, services.audit).all() == before and len(_roster_changes(services)) == changes


def test_counsel_adds_changes_and_removes_an_officer(client: TestClient, services: Services) -> None:
    token = _sign_in(client, "conrad")
    assert ">Save<" in client.get("/console/roster").text
    entry = {"user_id": "U0DIAZ", "name": "Luis Diaz", "unit": "75 Pct", "task_force": "JTTF", "agency": "fbi"}
    forged = client.post("/console/roster", data=entry)  # no CSRF token: refused, nothing changed
    assert forged.status_code == 403 and "U0DIAZ" not in Roster(services.engine, services.audit).by_user()

    added = client.post("/console/roster", data={"csrf_token": token, **entry}, follow_redirects=False)
    assert added.status_code == 303 and added.headers["location"].endswith("/console/roster?changed=U0DIAZ")
    page = client.get(added.headers["location"]).text
    assert "Added <code>U0DIAZ</code>: Luis Diaz, 75 Pct" in page
    stored = Roster(services.engine, services.audit).by_user()["U0DIAZ"]
    assert (stored["name"], stored["task_force"], stored["agency"], stored["updated_by"]) == (
        "Luis Diaz",
        "JTTF",
        "fbi",
        "console:conrad",
    )
    row = _roster_changes(services)[-1]
    assert row["user_id"] == "console:conrad" and row["source"] == "console"
    assert (
        json.loads(str(row["summary"]))["action"] == "added" and json.loads(str(row["summary"]))["officer"] == "U0DIAZ"
    )
    assert 'value="Luis Diaz"' in client.get("/console/roster?edit=U0DIAZ").text  # the form, filled to change it

    changed = client.post(
        "/console/roster",
        data={"csrf_token": token, **entry, "unit": "Brooklyn North Narcotics", "task_force": "", "agency": ""},
    )
    assert changed.status_code == 200 and "Changed <code>U0DIAZ</code>" in changed.text
    stored = Roster(services.engine, services.audit).by_user()["U0DIAZ"]
    assert stored["unit"] == "Brooklyn North Narcotics" and stored["task_force"] is None

    removed = client.post("/console/roster/remove", data={"csrf_token": token, "user_id": "U0DIAZ"})
    assert removed.status_code == 200 and "Removed <code>U0DIAZ</code>" in removed.text
    assert "U0DIAZ" not in Roster(services.engine, services.audit).by_user()
    assert [json.loads(str(r["summary"]))["action"] for r in _roster_changes(services)][-3:] == [
        "added",
        "changed",
        "removed",
    ]
    # an administrator keeps it too; a banner never repeats what a link claims someone else did
    token = _sign_in(client, "ada")
    assert "Removed <code>U0DIAZ</code>" not in client.get("/console/roster?changed=U0DIAZ").text
    assert client.post("/console/roster/remove", data={"csrf_token": token, "user_id": "U0CHEN"}).status_code == 200
    assert _roster_changes(services)[-1]["user_id"] == "console:ada"
    assert services.audit.verify()[0]


@pytest.mark.parametrize(
    ("form", "problem"),
    [
        (
            {"user_id": "U0DIAZ", "name": "Luis Diaz", "unit": "75 Pct", "agency": "fbi"},
            "an agency goes with a task force",
        ),
        ({"user_id": "not an id!", "name": "Luis Diaz", "unit": "75 Pct"}, "not an officer id"),
        ({"user_id": "U0REYES", "name": "  ", "unit": "75 Pct"}, "an officer needs a name"),
        (
            {"user_id": "U0REYES", "name": "Maria Reyes", "unit": "75 Pct", "task_force": "X", "agency": "kgb"},
            "unknown agency",
        ),
    ],
)
def test_a_bad_roster_entry_is_explained_and_changes_nothing(
    client: TestClient, services: Services, form: dict[str, str], problem: str
) -> None:
    token = _sign_in(client, "conrad")
    before, changes = Roster(services.engine, services.audit).all(), len(_roster_changes(services))
    response = client.post("/console/roster", data={"csrf_token": token, **form})
    assert response.status_code == 400
    error = re.search(r'<p class="notice error" role="alert" id="roster-error">(.*?)</p>', response.text, re.S)
    assert error and problem in error.group(1) and "Nothing was changed." in error.group(1)
    assert f'value="{form["user_id"]}"' in response.text and 'value="75 Pct"' in response.text  # kept, to correct
    assert Roster(services.engine, services.audit).all() == before and len(_roster_changes(services)) == changes


def test_a_roster_change_that_cannot_be_logged_is_not_made(
    client: TestClient, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = _sign_in(client, "conrad")
    before = Roster(services.engine, services.audit).all()

    def refuse(_change: object) -> None:
        raise AuditUnavailable("disk full")

    monkeypatch.setattr(services.audit, "append_with", refuse)
    for path, form in (
        ("/console/roster", {"user_id": "U0DIAZ", "name": "Luis Diaz", "unit": "75 Pct"}),
        ("/console/roster/remove", {"user_id": "U0CHEN"}),
    ):
        response = client.post(path, data={"csrf_token": token, **form})
        assert response.status_code == 503 and "so it was not made" in response.text, path
    assert Roster(services.engine, services.audit).all() == before


def test_removing_an_officer_not_on_the_roster_is_explained(client: TestClient, services: Services) -> None:
    token = _sign_in(client, "conrad")
    response = client.post("/console/roster/remove", data={"csrf_token": token, "user_id": "U0NOBODY"})
    assert response.status_code == 400 and "U0NOBODY is not on the roster" in response.text
    assert len(Roster(services.engine, services.audit).all()) == len(ROSTER)


# ---------------------------------------------------------------------------- register
def test_the_register_names_officers_and_keeps_task_force_officers_only(
    client: TestClient, services: Services, seeded: Seeded
) -> None:
    _sign_in(client, "rita")
    page = client.get("/console/register").text
    entries = register_entries(services.audit)
    assert len(entries) == 4 and f"{len(entries)} request(s)" in page
    reyes = _row(page, f"r-{seeded.asked['U0REYES'][0][:8]}")
    assert "Maria Reyes" in reyes and "75 Pct" in reyes and "U0REYES" in reyes  # the id is kept
    okafor = _row(page, f"r-{seeded.asked['U0OKAFOR'][0][:8]}")
    assert "Ngozi Okafor" in okafor and "HSI El Dorado" in okafor
    diaz = _row(page, f"r-{seeded.asked['U0DIAZ'][0][:8]}")
    assert "<td>U0DIAZ</td>" in diaz  # not on the roster: the id alone

    task_force = client.get("/console/register?task_force=1").text
    shown = set(re.findall(r'<tr id="r-([0-9a-f]{8})"', task_force))
    expected = {e.query_id[:8] for e in entries if e.query.get("user_id") == "U0OKAFOR"}
    assert shown == expected and len(shown) == 2 and "2 request(s)" in task_force
    assert 'name="task_force" value="1" checked' in task_force
    read = services.audit.list(LogFilter(kind="review_read", limit=1))[0]
    assert json.loads(read["summary"]) == {"page": "register", "task_force": "1"}

    # off the roster's task force, off the view
    Roster(services.engine, services.audit).set("U0OKAFOR", name="Ngozi Okafor", unit="Queens Narcotics", by="cli:t")
    assert "0 request(s)" in client.get("/console/register?task_force=1").text
