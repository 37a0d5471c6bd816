"""Console accounts, sessions and sign-in rate limiting (in the log database).

Passwords are hashed with argon2id. A session is a random token in an HttpOnly cookie; only
its SHA-256 is stored, with the session's CSRF token. Failed sign-ins are counted per account
name and per client address over a sliding window; past the limit, sign-in is refused without
the password even being checked, until the oldest failure leaves the window.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, func, insert, literal, select, text, update

from bot.clock import Clock, system_clock
from bot.db import console_login_failures, console_sessions, console_users
from bot.settings import ConsoleSettings

__all__ = [
    "Account",
    "AccountError",
    "Accounts",
    "ConsoleRole",
    "Permission",
    "RateLimited",
    "Session",
    "SignInRefused",
]

MIN_PASSWORD_CHARS = 12
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,55}")  # "console:" + name fits the log's user_id (64)
_LIMIT_LOCK_KEY = 0x7472_6963  # PostgreSQL advisory lock id: one sign-in attempt counted at a time
# argon2id takes 64 MiB and ~0.1-0.3 s per check: a flood of sign-ins must not take the memory or
# every worker thread (the Slack endpoint may share them)
_PASSWORD_CHECKS = threading.BoundedSemaphore(2)
_MAX_SLOWDOWN_SECONDS = 5.0  # the longest one sign-in waits when its name is being guessed at


class ConsoleRole(StrEnum):
    """Who may use the console. Officers have no role here: they ask in Slack."""

    REVIEWER = "reviewer"
    COUNSEL = "counsel"
    ADMIN = "admin"


class Permission(StrEnum):
    READ_LOG = "read the query log"
    MANAGE_KB = "manage the knowledge base"
    SEE_ACCOUNTS = "see the console accounts"
    SIGN_OFF = "sign off hand-overs"


GRANTS: dict[ConsoleRole, frozenset[Permission]] = {
    # the review committee scrutinises each hand-over of a person (DOI, December 2025)
    ConsoleRole.REVIEWER: frozenset({Permission.READ_LOG, Permission.SIGN_OFF}),
    ConsoleRole.COUNSEL: frozenset({Permission.READ_LOG, Permission.MANAGE_KB}),
    # administers the console (accounts), not the law: only counsel change the knowledge base
    ConsoleRole.ADMIN: frozenset({Permission.READ_LOG, Permission.SEE_ACCOUNTS}),
}


class AccountError(ValueError):
    """An account could not be added or changed; the message says why."""


class SignInRefused(PermissionError):
    """Wrong name or password (deliberately not saying which)."""


class Busy(RuntimeError):
    """Every password check is in use (a flood of sign-ins): try again in a few seconds."""


class RateLimited(PermissionError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed sign-ins; try again in {max(1, round(retry_after / 60))} minute(s)")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Account:
    name: str
    role: ConsoleRole
    created_at: str
    disabled: bool


@dataclass(frozen=True)
class Session:
    name: str
    role: ConsoleRole
    csrf_token: str
    token_hash: str

    @property
    def actor(self) -> str:
        """How this person is named in the query log."""
        return f"console:{self.name}"

    def may(self, permission: Permission) -> bool:
        return permission in GRANTS[self.role]


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


class Accounts:
    def __init__(
        self,
        engine: Engine,
        settings: ConsoleSettings | None = None,
        clock: Clock = system_clock,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._engine = engine
        self._settings = settings or ConsoleSettings()
        self._clock = clock
        self._sleep = sleep
        self._hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile
        # checked when the name is unknown, so a wrong name costs as long as a wrong password
        self._decoy = self._hasher.hash(secrets.token_urlsafe(16))

    # ---------------------------------------------------------------- accounts
    @staticmethod
    def check_password(password: str) -> None:
        if len(password) < MIN_PASSWORD_CHARS:
            raise AccountError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")
        if password.strip() != password:
            raise AccountError("the password must not start or end with a space")

    @contextlib.contextmanager
    def _writing(self, connection: Connection | None) -> Iterator[Connection]:
        """The caller's transaction (e.g. one that also logs the change), or a new one."""
        if connection is not None:
            yield connection
        else:
            with self._engine.begin() as own:
                yield own

    def add(self, name: str, role: ConsoleRole, password: str, connection: Connection | None = None) -> Account:
        if not _NAME.fullmatch(name):
            raise AccountError(
                f"account name {name!r}: 2-56 characters, lower-case letters, digits, '.', '_' or '-', "
                "starting with a letter or digit"
            )
        self.check_password(password)
        created = _iso(self._clock())
        with self._writing(connection) as connection:
            if connection.execute(select(console_users.c.name).where(console_users.c.name == name)).first():
                raise AccountError(f"an account named {name!r} already exists (use `triage users passwd`)")
            connection.execute(
                insert(console_users).values(
                    name=name, role=role.value, password_hash=self._hasher.hash(password), created_at=created
                )
            )
        return Account(name, role, created, disabled=False)

    def set_password(self, name: str, password: str, connection: Connection | None = None) -> None:
        """A new password; every open session of the account is closed."""
        self.check_password(password)
        with self._writing(connection) as connection:
            changed = connection.execute(
                update(console_users)
                .where(console_users.c.name == name)
                .values(password_hash=self._hasher.hash(password), disabled_at=None)
            ).rowcount
            if not changed:
                raise AccountError(f"no account named {name!r}")
            connection.execute(delete(console_sessions).where(console_sessions.c.name == name))

    def disable(self, name: str, connection: Connection | None = None) -> None:
        with self._writing(connection) as connection:
            changed = connection.execute(
                update(console_users).where(console_users.c.name == name).values(disabled_at=_iso(self._clock()))
            ).rowcount
            if not changed:
                raise AccountError(f"no account named {name!r}")
            connection.execute(delete(console_sessions).where(console_sessions.c.name == name))

    def list(self) -> list[Account]:
        with self._engine.connect() as connection:
            rows = connection.execute(select(console_users).order_by(console_users.c.name)).mappings().all()
        return [
            Account(row["name"], ConsoleRole(row["role"]), row["created_at"], row["disabled_at"] is not None)
            for row in rows
        ]

    # ----------------------------------------------------------------- sign-in
    def sign_in(self, name: str, password: str, client: str) -> tuple[str, Session]:
        """A new session token and its session, or SignInRefused / RateLimited.

        Each attempt is counted before its password is checked, in one locked step with the
        limit check, so a burst of parallel guesses cannot slip past the limit. Limits: per
        account name from one address, per address, and per account name from anywhere (higher,
        so guessing from many addresses is slowed but one attacker cannot lock a user out).
        """
        now = self._clock()
        name, client = name.strip().lower()[:64], client[:64]
        delay = self._count_attempt(name, client, now)
        if delay:
            self._sleep(delay)  # a name guessed at from many addresses: slowed for all, locked for none
        with self._engine.connect() as connection:
            row = connection.execute(select(console_users).where(console_users.c.name == name)).mappings().first()
        stored = row["password_hash"] if row is not None else self._decoy
        if not _PASSWORD_CHECKS.acquire(timeout=self._settings.password_check_wait_seconds):
            raise Busy("the console is busy checking passwords; try again in a few seconds")
        try:
            self._hasher.verify(stored, password)
            valid = row is not None and row["disabled_at"] is None
        except (VerificationError, InvalidHashError):
            valid = False
        finally:
            _PASSWORD_CHECKS.release()
        if not valid or row is None:
            raise SignInRefused("wrong account name or password")
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        window_start = _iso(now - dt.timedelta(minutes=self._settings.failure_window_minutes))
        failures = console_login_failures.c
        with self._engine.begin() as connection:
            if self._hasher.check_needs_rehash(stored):
                connection.execute(
                    update(console_users)
                    .where(console_users.c.name == name)
                    .values(password_hash=self._hasher.hash(password))
                )
            connection.execute(delete(console_login_failures).where(failures.name == name, failures.client == client))
            connection.execute(delete(console_login_failures).where(failures.at < window_start))
            connection.execute(delete(console_sessions).where(console_sessions.c.last_seen_at < self._idle_cutoff()))
            connection.execute(
                insert(console_sessions).values(
                    token_hash=_hash_token(token),
                    name=name,
                    csrf_token=csrf,
                    created_at=_iso(now),
                    last_seen_at=_iso(now),
                )
            )
        return token, Session(name, ConsoleRole(row["role"]), csrf, _hash_token(token))

    def _count_attempt(self, name: str, client: str, now: dt.datetime) -> float:
        """Refuse (RateLimited) if a limit is reached, else record this attempt as a failure until
        it succeeds (a success clears that name's failures from that address, this one included).
        Returns how long to wait first: a name guessed at from many addresses is slowed, since
        refusing it would let anyone lock that user out."""
        window = dt.timedelta(minutes=self._settings.failure_window_minutes)
        window_start = _iso(now - window)
        failures = console_login_failures.c
        limits = (
            ((failures.name == name) & (failures.client == client), self._settings.max_failures_per_account_client),
            (failures.client == client, self._settings.max_failures_per_client),
            (literal(True), self._settings.max_failures_total),
        )
        with self._engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LIMIT_LOCK_KEY})
            for condition, limit in limits:
                self._refuse_if_over(connection, condition, limit, window_start, now, window)
            for_name = connection.execute(
                select(func.count()).where(failures.name == name, failures.at >= window_start)
            ).scalar_one()
            connection.execute(insert(console_login_failures).values(name=name, client=client, at=_iso(now)))
        over = for_name - self._settings.max_failures_per_account + 1
        return 0.0 if over <= 0 else min(_MAX_SLOWDOWN_SECONDS, 0.5 * over)

    @staticmethod
    def _refuse_if_over(
        connection: Connection, condition: Any, limit: int, window_start: str, now: dt.datetime, window: dt.timedelta
    ) -> None:
        count, oldest = connection.execute(
            select(func.count(), func.min(console_login_failures.c.at)).where(
                condition, console_login_failures.c.at >= window_start
            )
        ).one()
        if count >= limit:
            frees_at = dt.datetime.fromisoformat(oldest) + window
            raise RateLimited(max(1, int((frees_at - now).total_seconds()) + 1))

    def _idle_cutoff(self) -> str:
        return _iso(self._clock() - dt.timedelta(minutes=self._settings.session_idle_minutes))

    def session(self, token: str | None) -> Session | None:
        """The live session for a cookie's token, touched; None if unknown, idle too long or too old."""
        if not token:
            return None
        hashed = _hash_token(token)
        now = self._clock()
        with self._engine.connect() as connection:
            row = (
                connection.execute(
                    select(console_sessions, console_users.c.role, console_users.c.disabled_at)
                    .join(console_users, console_users.c.name == console_sessions.c.name)
                    .where(console_sessions.c.token_hash == hashed)
                )
                .mappings()
                .first()
            )
        if row is None:
            return None
        too_old = now - dt.datetime.fromisoformat(row["created_at"]) > dt.timedelta(
            hours=self._settings.session_max_hours
        )
        if row["disabled_at"] is not None or too_old or row["last_seen_at"] < self._idle_cutoff():
            self.sign_out(token)
            return None
        if now - dt.datetime.fromisoformat(row["last_seen_at"]) > dt.timedelta(seconds=30):
            with self._engine.begin() as connection:
                connection.execute(
                    update(console_sessions)
                    .where(console_sessions.c.token_hash == hashed)
                    .values(last_seen_at=_iso(now))
                )
        return Session(row["name"], ConsoleRole(row["role"]), row["csrf_token"], hashed)

    def sign_out(self, token: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(delete(console_sessions).where(console_sessions.c.token_hash == _hash_token(token)))
