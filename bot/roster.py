"""Who an officer is: name, command or unit, and for task-force officers the task force and agency.

Counsel or an admin keep the roster; the register, the task-force view and the training
reports read it. The log records officers by their Slack id; the roster gives that id a name
and a unit. Each change is made together with a `roster_change` row in the log (one
transaction), so the roster's history can be audited like everything else.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Connection, Engine, delete, select

from bot.audit.records import AuditRecord
from bot.audit.store import AuditLog
from bot.clock import Clock, system_clock, utc_stamp
from bot.db import officer_roster

__all__ = ["AGENCIES", "Roster", "RosterError"]

ROSTER_CHANGE = "roster_change"
_USER_ID = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
AGENCIES = ("fbi", "dea", "atf", "usms", "hsi", "ice_ero", "cbp", "dhs", "other")


class RosterError(ValueError):
    """The change is not one the roster takes (unknown officer, bad id, empty name)."""


class Roster:
    def __init__(self, engine: Engine, log: AuditLog, clock: Clock = system_clock) -> None:
        self._engine = engine
        self._log = log
        self._clock = clock

    def all(self) -> list[dict[str, Any]]:
        with self._engine.connect() as connection:
            rows = connection.execute(select(officer_roster).order_by(officer_roster.c.unit, officer_roster.c.name))
            return [dict(row) for row in rows.mappings()]

    def by_user(self) -> dict[str, dict[str, Any]]:
        return {row["user_id"]: row for row in self.all()}

    def task_force_officers(self) -> list[dict[str, Any]]:
        return [row for row in self.all() if row["task_force"]]

    def set(
        self,
        user_id: str,
        *,
        name: str,
        unit: str,
        task_force: str | None = None,
        agency: str | None = None,
        by: str,
        source: str = "cli",
    ) -> dict[str, Any]:
        """Add an officer or change their entry; the `roster_change` row it was logged with."""
        entry = _checked(user_id, name, unit, task_force, agency)

        def change(connection: Connection) -> AuditRecord:
            values = {**entry, "updated_at": utc_stamp(self._clock), "updated_by": by}
            updated = connection.execute(
                officer_roster.update().where(officer_roster.c.user_id == user_id).values(**values)
            )
            action = "changed"
            if updated.rowcount == 0:
                connection.execute(officer_roster.insert().values(user_id=user_id, **values))
                action = "added"
            return _logged(action, user_id, by, source, entry)

        return self._log.append_with(change)

    def remove(self, user_id: str, *, by: str, source: str = "cli") -> dict[str, Any]:
        def change(connection: Connection) -> AuditRecord:
            removed = connection.execute(delete(officer_roster).where(officer_roster.c.user_id == user_id))
            if removed.rowcount == 0:
                raise RosterError(f"{user_id} is not on the roster")
            return _logged("removed", user_id, by, source, {})

        return self._log.append_with(change)


def _checked(user_id: str, name: str, unit: str, task_force: str | None, agency: str | None) -> dict[str, Any]:
    if not _USER_ID.match(user_id):
        raise RosterError(f"not an officer id: {user_id!r} (their Slack user id, e.g. U024BE7LH)")
    name, unit = name.strip(), unit.strip()
    if not name or not unit:
        raise RosterError("an officer needs a name and a command or unit")
    if len(name) > 120 or len(unit) > 120 or len(task_force or "") > 120:
        raise RosterError("names, units and task forces are at most 120 characters")
    task_force = (task_force or "").strip() or None
    agency = (agency or "").strip().lower() or None
    if agency is not None and agency not in AGENCIES:
        raise RosterError(f"unknown agency {agency!r}: one of {', '.join(AGENCIES)}")
    if agency is not None and task_force is None:
        raise RosterError("an agency goes with a task force: name the task force too")
    return {"name": name, "unit": unit, "task_force": task_force, "agency": agency}


def _logged(action: str, user_id: str, by: str, source: str, entry: dict[str, Any]) -> AuditRecord:
    summary = json.dumps({"action": action, "officer": user_id, **entry}, sort_keys=True)
    return AuditRecord.note(ROSTER_CHANGE, source, user_id=by, summary=summary)
