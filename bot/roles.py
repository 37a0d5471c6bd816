"""Who may do what: officers ask, counsel keep the knowledge base, reviewers read the log.

Roles are data in the settings (Slack user ids, or `local:NAME` for the command line). Until
a reviewer or counsel list is set, every user may do everything (a single-user install);
once either is set, each protected action checks it.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

__all__ = ["Forbidden", "Role", "RoleTable"]


class Role(StrEnum):
    OFFICER = "officer"
    COUNSEL = "counsel"
    REVIEWER = "reviewer"


class Forbidden(PermissionError):
    """The user lacks the role an action needs; the message names the setting that grants it."""


_SETTING = {Role.REVIEWER: "TRIAGE_REVIEWERS", Role.COUNSEL: "TRIAGE_COUNSEL"}


class RoleTable(BaseModel):
    model_config = ConfigDict(frozen=True)

    reviewers: tuple[str, ...] = ()
    counsel: tuple[str, ...] = ()

    @property
    def enforced(self) -> bool:
        return bool(self.reviewers or self.counsel)

    def roles_of(self, user: str) -> frozenset[Role]:
        if not self.enforced:
            return frozenset(Role)
        held = {Role.OFFICER}
        if user in self.reviewers:
            held.add(Role.REVIEWER)
        if user in self.counsel:
            held.add(Role.COUNSEL)
        return frozenset(held)

    def require(self, user: str, role: Role, action: str) -> None:
        if role not in self.roles_of(user):
            raise Forbidden(f"{user} may not {action}: only {role.value}s may ({_SETTING.get(role, role.value)})")
