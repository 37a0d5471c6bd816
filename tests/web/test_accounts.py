"""Console accounts: argon2id hashes, sessions that end, and sign-in rate limiting (real SQLite)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from bot.db import console_login_failures, console_sessions, console_users, make_engine
from bot.settings import ConsoleSettings
from bot.web.accounts import AccountError, Accounts, Busy, ConsoleRole, Permission, RateLimited, SignInRefused
from tests.web.conftest import TRIAGE

PASSWORD = "a long enough passphrase"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return make_engine(f"sqlite:///{tmp_path / 'audit.db'}")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(engine: Engine, clock: Clock) -> Accounts:
    limits = ConsoleSettings(max_failures_per_account_client=3, max_failures_per_client=5, max_failures_per_account=8)
    built = Accounts(engine, limits, clock)
    built.add("rita", ConsoleRole.REVIEWER, PASSWORD)
    return built


def test_passwords_are_stored_as_argon2id_and_never_in_clear(accounts: Accounts, engine: Engine) -> None:
    with engine.connect() as connection:
        stored = connection.execute(select(console_users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


@pytest.mark.parametrize(
    ("name", "password", "problem"),
    [
        ("rita", PASSWORD, "already exists"),
        ("Rita Smith", PASSWORD, "account name"),
        ("x", PASSWORD, "account name"),
        ("new.user", "short", "at least 12"),
        ("new.user", " padded password ", "space"),
    ],
)
def test_bad_accounts_are_refused(accounts: Accounts, name: str, password: str, problem: str) -> None:
    with pytest.raises(AccountError, match=problem):
        accounts.add(name, ConsoleRole.COUNSEL, password)


def test_roles_grant_what_the_console_checks() -> None:
    from bot.web.accounts import GRANTS

    assert GRANTS[ConsoleRole.REVIEWER] == {Permission.READ_LOG, Permission.SIGN_OFF}  # the committee signs hand-overs
    assert GRANTS[ConsoleRole.COUNSEL] == {Permission.READ_LOG, Permission.MANAGE_KB}
    assert GRANTS[ConsoleRole.ADMIN] == {Permission.READ_LOG, Permission.SEE_ACCOUNTS}  # not the KB
    assert "officer" not in {role.value for role in ConsoleRole}  # officers use Slack only


def test_a_session_token_is_stored_only_as_a_hash(accounts: Accounts, engine: Engine) -> None:
    token, session = accounts.sign_in("rita", PASSWORD, "10.0.0.1")
    with engine.connect() as connection:
        stored = connection.execute(select(console_sessions.c.token_hash)).scalars().all()
    assert stored == [session.token_hash] and token not in stored
    assert accounts.session(token) == session and session.actor == "console:rita"
    assert accounts.session("forged-token") is None and accounts.session(None) is None


def test_sessions_end_when_idle_too_long_or_too_old(accounts: Accounts, clock: Clock) -> None:
    token, _ = accounts.sign_in("rita", PASSWORD, "10.0.0.1")
    clock.advance(minutes=29)
    assert accounts.session(token) is not None  # touched: the idle time starts again
    clock.advance(minutes=29)
    assert accounts.session(token) is not None
    clock.advance(minutes=31)
    assert accounts.session(token) is None  # idle 31 minutes
    token, _ = accounts.sign_in("rita", PASSWORD, "10.0.0.1")
    for _ in range(25):  # busy all day: still ends after 12 hours
        clock.advance(minutes=29)
        accounts.session(token)
    assert accounts.session(token) is None


def test_disabling_or_a_new_password_ends_open_sessions(accounts: Accounts) -> None:
    token, _ = accounts.sign_in("rita", PASSWORD, "10.0.0.1")
    accounts.set_password("rita", "another long passphrase")
    assert accounts.session(token) is None
    with pytest.raises(SignInRefused):
        accounts.sign_in("rita", PASSWORD, "10.0.0.1")
    token, _ = accounts.sign_in("rita", "another long passphrase", "10.0.0.1")
    accounts.disable("rita")
    assert accounts.session(token) is None
    with pytest.raises(SignInRefused):
        accounts.sign_in("rita", "another long passphrase", "10.0.0.1")
    with pytest.raises(AccountError, match="no account"):
        accounts.disable("nobody")


def test_failed_sign_ins_lock_that_name_from_that_address_for_the_window(accounts: Accounts, clock: Clock) -> None:
    for _ in range(3):
        with pytest.raises(SignInRefused):
            accounts.sign_in("rita", "wrong password!!", "10.0.0.1")
    with pytest.raises(RateLimited) as limited:
        accounts.sign_in("rita", PASSWORD, "10.0.0.1")  # even the right password, while locked
    assert 14 * 60 < limited.value.retry_after <= 15 * 60 + 1
    accounts.sign_in("rita", PASSWORD, "10.0.0.2")  # an attacker elsewhere cannot lock rita out
    clock.advance(minutes=15, seconds=1)
    accounts.sign_in("rita", PASSWORD, "10.0.0.1")  # the window has passed


def test_guessing_one_name_from_many_addresses_slows_it_but_never_locks_it(engine: Engine, clock: Clock) -> None:
    waits: list[float] = []
    limits = ConsoleSettings(max_failures_per_account_client=3, max_failures_per_client=5, max_failures_per_account=8)
    accounts = Accounts(engine, limits, clock, sleep=waits.append)
    accounts.add("rita", ConsoleRole.REVIEWER, PASSWORD)
    for number in range(40):  # forty addresses, one guess each
        with pytest.raises(SignInRefused):
            accounts.sign_in("rita", "wrong password!!", f"10.1.0.{number}")
    assert waits[0] == 0.5 and len(waits) == 40 - 8 and max(waits) == 5.0  # slower and slower, to a cap
    accounts.sign_in("rita", PASSWORD, "10.1.1.1")  # rita herself still gets in
    assert waits[-1] == 5.0


def test_a_flood_of_failures_from_everywhere_makes_everyone_wait(engine: Engine, clock: Clock) -> None:
    limits = ConsoleSettings(max_failures_per_client=100, max_failures_per_account=100, max_failures_total=6)
    accounts = Accounts(engine, limits, clock, sleep=lambda _s: None)
    accounts.add("rita", ConsoleRole.REVIEWER, PASSWORD)
    for number in range(6):
        with pytest.raises(SignInRefused):
            accounts.sign_in(f"guess{number}", "wrong password!!", f"10.3.0.{number}")
    with pytest.raises(RateLimited):
        accounts.sign_in("rita", PASSWORD, "10.3.9.9")
    clock.advance(minutes=15, seconds=1)
    accounts.sign_in("rita", PASSWORD, "10.3.9.9")


def test_when_every_password_check_is_busy_the_answer_is_busy_not_a_wait(accounts: Accounts) -> None:
    from bot.web import accounts as module

    taken = [module._PASSWORD_CHECKS.acquire(timeout=1) for _ in range(2)]
    try:
        started = time.monotonic()
        with pytest.raises(Busy):
            Accounts(accounts._engine, ConsoleSettings(password_check_wait_seconds=0.2)).sign_in(
                "rita", PASSWORD, "10.4.0.1"
            )
        assert time.monotonic() - started < 1.5
    finally:
        for held in taken:
            if held:
                module._PASSWORD_CHECKS.release()
    accounts.sign_in("rita", PASSWORD, "10.4.0.1")


def test_a_burst_of_parallel_guesses_gets_no_more_tries_than_the_limit(accounts: Accounts) -> None:
    def attempt(_number: int) -> str:
        try:
            accounts.sign_in("rita", "wrong password!!", "10.9.9.9")
        except RateLimited:
            return "limited"
        except SignInRefused:
            return "checked"
        return "signed in"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(attempt, range(12)))
    assert outcomes.count("checked") == 3 and outcomes.count("limited") == 9


def test_failures_from_one_address_lock_that_address(accounts: Accounts, engine: Engine) -> None:
    accounts.add("carol", ConsoleRole.COUNSEL, PASSWORD)
    for number in range(5):  # spread over many names, none reaching its own limit
        with pytest.raises(SignInRefused):
            accounts.sign_in(f"guess{number}", "wrong password!!", "10.6.6.6")
    with pytest.raises(RateLimited):
        accounts.sign_in("carol", PASSWORD, "10.6.6.6")
    accounts.sign_in("carol", PASSWORD, "10.0.0.9")  # everyone else is unaffected
    with engine.connect() as connection:
        names = connection.execute(select(console_login_failures.c.name)).scalars().all()
    assert sorted(names) == [f"guess{n}" for n in range(5)]  # a refused attempt is not counted again


def test_an_unknown_name_costs_a_password_check_and_says_the_same(accounts: Accounts) -> None:
    with pytest.raises(SignInRefused, match="wrong account name or password"):
        accounts.sign_in("nobody", PASSWORD, "10.0.0.1")
    with pytest.raises(SignInRefused, match="wrong account name or password"):
        accounts.sign_in("rita", "wrong password!!", "10.0.0.1")


def test_users_command(tmp_path: Path) -> None:
    env = {
        "TRIAGE_DATA_DIR": str(tmp_path / "data"),
        "PATH": "/usr/bin:/bin",
        "TRIAGE_COUNSEL": "local:carla",
        "TRIAGE_REVIEWERS": "local:carla",
    }

    def run(*args: str, stdin: str | None = None, operator: str = "local:carla") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [TRIAGE, "users", *args],
            input=stdin,
            env={**env, "TRIAGE_OPERATOR": operator},
            capture_output=True,
            text=True,
            check=False,
        )

    assert run("add", "rita", "--role", "reviewer", "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    no_terminal = run("add", "carol", "--role", "counsel", stdin="")
    assert no_terminal.returncode == 2 and "--password-stdin" in no_terminal.stderr
    officer = run("add", "olga", "--role", "officer", "--password-stdin", stdin=PASSWORD + "\n")
    assert officer.returncode == 2 and "officer" in officer.stderr
    short = run("add", "sam", "--role", "counsel", "--password-stdin", stdin="short\n")
    assert short.returncode == 1 and "at least 12" in short.stderr
    not_counsel = run(
        "add", "eve", "--role", "counsel", "--password-stdin", stdin=PASSWORD + "\n", operator="local:rex"
    )
    assert not_counsel.returncode == 4 and "TRIAGE_COUNSEL" in not_counsel.stderr
    assert run("disable", "rita").returncode == 0
    listed = run("list", "--json")
    assert '"name": "rita"' in listed.stdout and '"disabled": true' in listed.stdout
    assert "sam" not in listed.stdout and "eve" not in listed.stdout
    changes = subprocess.run(
        [TRIAGE, "audit", "list", "--kind", "account_change", "--json"],
        env={**env, "TRIAGE_OPERATOR": "local:carla"},
        capture_output=True,
        text=True,
        check=True,
    )
    logged = [json.loads(line) for line in changes.stdout.splitlines()]
    assert [(json.loads(row["summary"])["action"], row["user_id"]) for row in logged] == [
        ("disable", "local:carla"),
        ("add", "local:carla"),
    ]  # the refused changes left no row
