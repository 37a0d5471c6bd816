"""The console in a real browser (headless Chromium), against a real server and a seeded log, on
SQLite and on PostgreSQL: what reviewers and counsel do, and what they must not be able to do."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from bot.audit.records import LogFilter
from bot.clock import local_today
from tests.conftest import KNOWLEDGE
from tests.web.conftest import COUNSEL, LOCKOUT, PASSWORD, REVIEWER, ConsoleServer, screenshot, sign_in


def _reads_by(console: ConsoleServer, user: str) -> list[dict[str, object]]:
    rows = console.log.stream(LogFilter(kind="review_read", user_id=f"console:{user}", limit=None))
    return [json.loads(str(row["summary"])) for row in rows]


def _count(page: Page) -> int:
    return int(page.locator("#result-count strong").inner_text().replace(",", ""))


def test_sign_in_filter_and_open_a_decision(page: Page, console: ConsoleServer) -> None:
    page.goto(console.url + "/log")
    expect(page).to_have_url(re.compile(r"/console/login\?next="))  # signed out: to the sign-in page
    sign_in(page, console, REVIEWER, start="/log?verdict=prohibited")
    expect(page.get_by_role("heading", name="Query log")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/console/log\?verdict=prohibited$"))  # back where they were going

    page.goto(console.url + "/log")
    questions = console.log.matching(LogFilter(kind="query", limit=None))
    assert _count(page) == questions
    screenshot(page, console, "log")

    page.get_by_label("Verdict").select_option("prohibited")
    page.get_by_role("button", name="Apply filters").click()
    prohibited = console.log.matching(LogFilter(kind="query", verdict="prohibited", limit=None))
    assert prohibited == len(console.seeded.prohibited) + 3 and _count(page) == prohibited
    verdicts = page.locator("table.log tbody .verdict").all_inner_texts()
    assert verdicts and set(verdicts) == {"prohibited"}

    page.get_by_label("Search the masked questions").fill("ALERT whenever")
    page.get_by_label("Verdict").select_option("")
    page.get_by_role("button", name="Apply filters").click()
    assert _count(page) == 1
    page.locator("table.log tbody a").first.click()
    expect(page).to_have_url(re.compile(rf"/console/q/{console.seeded.monitoring}$"))

    row = console.log.get(console.seeded.monitoring)
    assert row is not None
    expect(page.locator("h1 .verdict")).to_have_text(str(row["verdict"]))
    expect(page.locator("dl.meta")).to_contain_text(str(row["rule_id"]))
    quotes = page.locator("figure.quote blockquote").all_inner_texts()
    assert quotes == [citation["text"] for citation in row["citations"]]  # verbatim, in order
    facts = page.locator("table.facts")
    expect(facts.locator("tr", has_text="What is asked")).to_contain_text("monitoring_alert")
    evidence = row["facts"]["evidence"]["asks.monitoring_alert"]
    expect(facts.locator("tr", has_text="monitoring_alert")).to_contain_text(evidence)
    screenshot(page, console, "decision")

    reads = _reads_by(console, REVIEWER)
    assert {"page": "decision", "query_id": console.seeded.monitoring} in reads
    assert any(read["page"] == "log" and read.get("verdict") == "prohibited" for read in reads)


def test_decision_shows_follow_ups_thread_and_replay(page: Page, console: ConsoleServer) -> None:
    sign_in(page, console, REVIEWER)
    page.goto(f"{console.url}/q/{console.seeded.escalated}")
    follow_ups = page.locator("section", has=page.get_by_role("heading", name=re.compile("follow-up")))
    expect(follow_ups).to_contain_text("escalation")
    expect(follow_ups).to_contain_text("Confirmed: no hold without a judicial warrant.")

    page.goto(f"{console.url}/q/{console.seeded.from_slack}")
    link = page.get_by_role("link", name="Open the thread")
    assert "channel=C0PCT0" in str(link.get_attribute("href"))
    page.get_by_role("link", name="Replay against the current knowledge base").click()
    expect(page.get_by_role("heading", name="Replay")).to_be_visible()
    expect(page.locator("main")).to_contain_text("reproduced exactly")

    page.goto(f"{console.url}/q/not-a-query-id")
    expect(page.locator(".notice.error")).to_contain_text("No logged query")


def test_export_csv_of_the_filter_is_what_audit_export_writes(
    page: Page, console: ConsoleServer, tmp_path: Path
) -> None:
    sign_in(page, console, REVIEWER)
    page.get_by_label("Verdict").select_option("prohibited")
    page.get_by_role("button", name="Apply filters").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    downloaded = Path(download.path()).read_bytes()

    out = tmp_path / "cli.csv"
    cli = console.cli(
        "audit", "export", "--kind", "query", "--verdict", "prohibited", "--format", "csv", "--out", str(out)
    )
    assert cli.returncode == 0, cli.stderr
    assert downloaded == out.read_bytes()
    assert downloaded.count(b"\r\n") == len(console.seeded.prohibited) + 3 + 1  # rows + header
    assert _reads_by(console, REVIEWER)[-1] == {"format": "csv", "page": "export", "verdict": "prohibited"}


def test_reviewer_is_refused_counsel_pages(page: Page, console: ConsoleServer) -> None:
    sign_in(page, console, REVIEWER)
    expect(page.get_by_role("navigation", name="Sections")).not_to_contain_text("Knowledge base")
    for path in ("/kb", "/kb/diff", f"/kb/activate?version={console.services.kb.active_version()}"):
        response = page.goto(console.url + path)
        assert response is not None and response.status == 403, path
        expect(page.locator(".notice.error")).to_contain_text("may not manage the knowledge base")
    # even a well-formed activation with the reviewer's own CSRF token is refused
    page.goto(console.url + "/integrity")
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    active = console.services.kb.active_version()
    refused = page.request.post(
        console.url + "/kb/activate", form={"csrf_token": str(token), "version": str(active), "confirm": str(active)}
    )
    assert refused.status == 403
    assert console.log.matching(LogFilter(kind="kb_activation", user_id=f"console:{REVIEWER}", limit=None)) == 0


def test_wrong_password_many_times_is_rate_limited(page: Page, console: ConsoleServer) -> None:
    for _attempt in range(5):
        sign_in(page, console, LOCKOUT, password="not the password at all")
        expect(page.get_by_role("alert")).to_have_text("Wrong account name or password.")
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        sign_in(page, console, LOCKOUT)  # even the right password, while locked
    assert answer.value.status == 429
    assert int(answer.value.headers["retry-after"]) > 60
    expect(page.get_by_role("alert")).to_contain_text("Too many failed sign-ins")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    sign_in(page, console, REVIEWER)  # another account from the same address still signs in
    expect(page.get_by_role("heading", name="Query log")).to_be_visible()


def test_form_without_its_csrf_token_is_refused(page: Page, console: ConsoleServer) -> None:
    sign_in(page, console, REVIEWER, start="/integrity")
    checks_before = console.log.matching(LogFilter(kind="integrity_check", limit=None))
    button = page.get_by_role("button", name="Check the whole chain now")
    expect(button).to_be_visible()  # on a loaded machine the form may not be there yet
    removed = page.evaluate(
        "(() => { const t = document.querySelectorAll('main input[name=csrf_token]'); t.forEach(e => e.remove()); "
        "return t.length; })()"
    )
    assert removed >= 1
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        button.click()
    assert answer.value.status == 403
    expect(page.get_by_role("alert")).to_contain_text("missing its security token")
    assert console.log.matching(LogFilter(kind="integrity_check", limit=None)) == checks_before

    page.goto(console.url + "/integrity")
    page.get_by_role("button", name="Check the whole chain now").click()
    expect(page.locator("#last-check")).to_contain_text("Intact: ok:")
    expect(page.locator("#last-check")).to_contain_text(f"by console:{REVIEWER}")
    assert console.log.matching(LogFilter(kind="integrity_check", limit=None)) == checks_before + 1
    check = console.log.list(LogFilter(kind="integrity_check", limit=1))[0]
    assert check["user_id"] == f"console:{REVIEWER}" and json.loads(check["summary"])["intact"] is True
    screenshot(page, console, "integrity")

    # the sign-in form is protected too (no session yet: a token in a cookie and in the form)
    page.context.clear_cookies()
    refused = page.request.post(console.url + "/login", form={"name": REVIEWER, "password": PASSWORD})
    assert refused.status == 403


def test_sign_out_ends_the_session_on_the_server(page: Page, console: ConsoleServer) -> None:
    sign_in(page, console, REVIEWER)
    cookie = next(c for c in page.context.cookies() if c["name"] == "triage_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    stolen = httpx.get(console.url + "/log", cookies={"triage_session": cookie["value"]}, follow_redirects=False)
    assert stolen.status_code == 303 and "/console/login" in stolen.headers["location"]


def test_patterns_and_quarterly_report(page: Page, console: ConsoleServer) -> None:
    sign_in(page, console, REVIEWER, start="/patterns")
    monitoring = page.locator("section", has=page.get_by_role("heading", name="Monitoring-like requests"))
    expect(monitoring).to_contain_text("U0DIAZ")
    monitoring.get_by_role("link", name=console.seeded.monitoring[:8]).click()
    expect(page).to_have_url(re.compile(rf"/q/{console.seeded.monitoring}$"))
    page.go_back()
    same = page.locator("section", has=page.get_by_role("heading", name="Same person looked up repeatedly"))
    expect(same).to_contain_text("asked 3 times about the same person")
    for query_id in console.seeded.same_subject:
        expect(same.get_by_role("link", name=query_id[:8])).to_be_visible()
    screenshot(page, console, "patterns")

    page.get_by_role("link", name="Quarterly report").click()
    frame = page.frame_locator("iframe.report")
    expect(frame.locator("body")).to_contain_text("permitted")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download HTML").click()
    html = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "monitoring" in html
    screenshot(page, console, "report")


def test_counsel_diffs_sees_impact_activates_and_rolls_back(page: Page, console: ConsoleServer, tmp_path: Path) -> None:
    changed = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, changed)
    policy = changed / "policies" / "NYC-AC-14-154.md"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text + "\nCounsel's note for this test: ask the desk officer before any hand-over.\n")
    staged = console.cli("kb", "ingest", "--stage", "--quiet", str(changed))
    assert staged.returncode == 0, staged.stderr
    original = console.services.kb.active_version()
    candidate = next(v["version"] for v in console.services.kb.versions() if v["version"] != original)

    sign_in(page, console, COUNSEL, start="/kb")
    rows = page.locator("tbody tr")
    expect(page.locator("tbody tr.active")).to_contain_text(str(original)[:12])
    rows.filter(has_text=candidate[:12]).get_by_role("link", name="Diff with active").click()
    expect(page.locator("pre.diff ins").filter(has_text="Counsel's note for this test")).to_have_count(1)
    screenshot(page, console, "kb-diff")

    page.get_by_role("link", name=re.compile("See the impact")).click()
    answered = console.log.matching(LogFilter(kind="query", outcome="answered", limit=None))
    expect(page.get_by_role("status")).to_contain_text(f"0 of {answered} answers would change with {candidate[:12]}")
    page.get_by_role("link", name=re.compile("Activate")).click()
    button = page.get_by_role("button", name=re.compile("Activate"))
    button.click()  # not confirmed: the browser will not submit
    expect(page.get_by_role("heading", name=re.compile("Activate"))).to_be_visible()
    assert console.services.kb.active_version() == original
    page.get_by_label(re.compile("I have reviewed")).check()
    button.click()
    expect(page.get_by_role("status")).to_contain_text(f"Activated {candidate[:12]}")
    assert console.services.kb.active_version() == candidate
    activation = console.log.list(LogFilter(kind="kb_activation", limit=1))[0]
    assert activation["user_id"] == f"console:{COUNSEL}" and activation["kb_version"] == candidate
    assert json.loads(activation["summary"])["previous"] == original

    page.goto(f"{console.url}/kb/activate?version={original}")  # roll back
    page.get_by_label(re.compile("I have reviewed")).check()
    page.get_by_role("button", name=re.compile("Activate")).click()
    expect(page.get_by_role("status")).to_contain_text(f"Activated {str(original)[:12]}")
    assert console.services.kb.active_version() == original


def test_keyboard_and_labels(page: Page, console: ConsoleServer) -> None:
    sign_in(page, console, REVIEWER)
    first_focusable = page.evaluate(
        "document.querySelector('a[href], button, input:not([type=hidden]), select, textarea').textContent"
    )
    assert first_focusable == "Skip to content"  # the first stop of the Tab order
    page.locator("a.skip").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    page.keyboard.press("Tab")  # the skip link moved the Tab order past the navigation
    expect(page.get_by_label("Search the masked questions")).to_be_focused()
    unlabelled = page.evaluate(
        "[...document.querySelectorAll('main input:not([type=hidden]), main select')]"
        ".filter(e => !e.labels || e.labels.length === 0).map(e => e.name)"
    )
    assert unlabelled == []
    page.get_by_label("Verdict").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-agency"  # the form is in reading order
    sort = page.get_by_role("link", name="Verdict", exact=True)
    sort.focus()
    page.keyboard.press("Enter")
    expect(page.locator("th[aria-sort]")).to_contain_text("Verdict")


def test_register_flags_and_hand_over_sign_off(page: Page, console: ConsoleServer) -> None:
    """Last in this module: it adds outcomes to the shared log (by an officer no other test counts)."""
    from bot.audit.outcomes import record_outcome

    record_outcome(console.log, console.seeded.prohibited[0], "fulfilled", user_id="U0REGISTER", source="slack")
    handed = console.cli(
        "record", "--new", "--agency", "fbi", "--asks", "transfer_custody", "--warrant", "judicial_criminal",
        "--purpose", "criminal_investigation", "--outcome", "fulfilled", "--user", "U0REGISTER",
    )  # fmt: skip
    assert handed.returncode == 0, handed.stderr
    sign_in(page, console, REVIEWER, start="/register")
    flagged = page.locator(f"#r-{console.seeded.prohibited[0][:8]}")
    expect(flagged).to_contain_text("fulfilled although the advice was prohibited")
    page.get_by_label("Show").select_option("unsigned")
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.locator("#register-count")).to_contain_text("1 request(s), 1 flagged")
    screenshot(page, console, "register")
    page.get_by_label("What you checked").fill("judge's criminal warrant seen")
    page.get_by_role("button", name="Sign off").click()
    expect(page.get_by_role("status")).to_contain_text("Signed off")
    expect(page.locator("#register-count")).to_contain_text("0 request(s)")
    [signoff] = console.log.list(LogFilter(kind="signoff"))
    assert signoff["user_id"] == f"console:{REVIEWER}" and signoff["summary"] == "judge's criminal warrant seen"

    # the law's reports, linked from the quarterly report, built from the same register
    today = local_today()
    quarter = f"{today.year}Q{(today.month - 1) // 3 + 1}"
    for kind, period, name, heading in (
        ("law-10-178", quarter, "report-10-178", "immigration enforcement"),
        ("detainers", str(today.year), "report-detainers", "Civil immigration detainers"),
    ):
        page.goto(f"{console.url}/report/{kind}/{period}.html")
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        expect(page.locator("#totals")).to_be_visible()
        screenshot(page, console, name)


def test_training_roster_and_task_force_register(page: Page, console: ConsoleServer, tmp_path: Path) -> None:
    """After the register test: practice answers and roster entries, which no earlier test counts."""
    import csv

    from bot.audit.register import register_entries
    from bot.audit.training_rows import half_bounds
    from bot.roster import Roster
    from bot.training import TRAINING
    from bot.web.training_pages import current_half
    from tests.web.test_training_roster import ROSTER, seed_training

    roster = Roster(console.services.engine, console.log)
    for user_id, entry in ROSTER.items():
        roster.set(user_id, **entry, by="cli:test")
    seed_training(console.services)

    sign_in(page, console, REVIEWER)
    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Training").click()
    half = current_half()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Training evaluations · {half}")
    reyes = page.locator("#officer-U0REYES")
    expect(reyes).to_contain_text("Maria Reyes")
    expect(reyes.locator("td.rounds")).to_have_text("1 of 2")
    expect(reyes.locator("td.right")).to_have_text("7 of 10")
    expect(reyes.locator("td.score")).to_have_text("70%")
    expect(page.locator("#officer-U0DIAZ")).to_contain_text("(no unit on the roster)")
    expect(page.locator('#units tr[data-unit="75 Pct"]')).to_contain_text("83%")
    screenshot(page, console, "training")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV", exact=True).click()
    rows = list(csv.DictReader(Path(download_info.value.path()).read_text(encoding="utf-8").splitlines()))
    since, until = half_bounds(half)
    in_log = console.log.matching(LogFilter(kind=TRAINING, since=since, until=until, limit=None))
    assert in_log == 30 and sum(int(row["answered"]) for row in rows) == in_log
    page.goto(f"{console.url}/training/{half}.html")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Training evaluations, {half}")
    assert {"page": "training", "half": half} in _reads_by(console, REVIEWER)

    # a reviewer reads the roster, and from it the task-force officers' requests
    page.goto(console.url + "/training")
    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Roster").click()
    expect(page.locator("#officer-U0OKAFOR")).to_contain_text("HSI El Dorado")
    expect(page.get_by_role("button", name="Save")).to_have_count(0)
    page.get_by_role("link", name="Their requests in the register").click()
    expect(page.get_by_label("Task-force officers only")).to_be_checked()
    okafor = [e for e in register_entries(console.log) if e.query.get("user_id") == "U0OKAFOR"]
    assert okafor
    shown = page.locator("#register tbody tr")
    expect(shown).to_have_count(len(okafor))
    for officer in shown.locator("td:nth-child(2)").all_inner_texts():
        assert "Ngozi Okafor" in officer and "U0OKAFOR" in officer

    # counsel keep it: a new officer, then an entry the roster refuses
    page.context.clear_cookies()
    sign_in(page, console, COUNSEL, start="/roster")
    page.get_by_label("Slack id").fill("U0DIAZ")
    page.get_by_label("Name").fill("Luis Diaz")
    page.get_by_label("Command or unit").fill("75 Pct")
    page.get_by_label("Task force", exact=True).fill("JTTF")
    page.get_by_label("Task force's agency").select_option("fbi")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Added U0DIAZ: Luis Diaz, 75 Pct")
    expect(page.locator("#officer-U0DIAZ")).to_contain_text("JTTF")
    change = console.log.list(LogFilter(kind="roster_change", limit=1))[0]
    assert change["user_id"] == f"console:{COUNSEL}" and json.loads(str(change["summary"]))["officer"] == "U0DIAZ"
    screenshot(page, console, "roster")
    page.get_by_label("Slack id").fill("U0CHEN")
    page.get_by_label("Name").fill("David Chen")
    page.get_by_label("Command or unit").fill("75 Pct")
    page.get_by_label("Task force's agency").select_option("dea")
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.get_by_role("button", name="Save").click()
    assert answer.value.status == 400
    expect(page.get_by_role("alert")).to_contain_text("an agency goes with a task force")
    assert roster.by_user()["U0CHEN"]["agency"] is None
