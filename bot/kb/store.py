"""Knowledge-base versions in the log database, and the pointer to the active one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Protocol

from sqlalchemy import Connection, Engine, delete, func, select

from bot.clock import Clock, system_clock, utc_stamp
from bot.db import audit_log, kb_active, kb_documents, kb_passages, kb_versions
from bot.kb.documents import Passage, PolicyDocument


class SavedVersion(Protocol):
    """What a checked knowledge bundle (bot.bundle) hands the store; the store needs no checks."""

    @property
    def version(self) -> str: ...
    @property
    def source_dir(self) -> Path: ...
    @property
    def documents(self) -> Sequence[PolicyDocument]: ...
    @property
    def passages(self) -> Sequence[Passage]: ...
    @property
    def rules_text(self) -> str: ...
    @property
    def offenses_text(self) -> str: ...
    @property
    def training_files(self) -> Mapping[str, str]: ...


__all__ = ["KbStore", "LoadedVersion"]


@dataclass(frozen=True)
class LoadedVersion:
    """What a past or present version needs to answer: passages, whole documents, rules."""

    version: str
    passages: tuple[Passage, ...]
    documents: dict[str, str]  # authority id -> whole file text
    rules_text: str
    offenses_text: str
    training_files: dict[str, str] = field(default_factory=dict)  # the training bank, file name -> text


class KbStore:
    def __init__(self, engine: Engine, clock: Clock = system_clock) -> None:
        self._engine = engine
        self._clock = clock

    def has(self, version: str) -> bool:
        with self._engine.connect() as connection:
            found = connection.execute(select(kb_versions.c.version).where(kb_versions.c.version == version))
            return found.first() is not None

    def save(self, bundle: SavedVersion, embedding_model: str) -> None:
        """Store a complete version in one transaction (never half a version)."""
        with self._engine.begin() as connection:
            connection.execute(
                kb_versions.insert().values(
                    version=bundle.version,
                    created_at=utc_stamp(self._clock),
                    document_count=len(bundle.documents),
                    passage_count=len(bundle.passages),
                    rules_text=bundle.rules_text,
                    offenses_text=bundle.offenses_text,
                    embedding_model=embedding_model,
                    source_dir=str(bundle.source_dir),
                    training_text=json.dumps(bundle.training_files, sort_keys=True),
                )
            )
            connection.execute(
                kb_documents.insert(),
                [
                    {"version": bundle.version, "authority": d.front.id, "path": d.path, "text": d.body}
                    for d in bundle.documents
                ],
            )
            connection.execute(
                kb_passages.insert(),
                [
                    {
                        "version": bundle.version,
                        "passage_id": p.passage_id,
                        "ordinal": i,
                        "authority": p.authority,
                        "title": p.title,
                        "section": p.section,
                        "text": p.text,
                        "line": p.line,
                        "effective_date": p.effective_date.isoformat(),
                    }
                    for i, p in enumerate(bundle.passages)
                ],
            )

    # Names a reader can paste without knowing any hash (the README's examples use them).
    NAMES: ClassVar[dict[str, str]] = {
        "active": "the version answering now",
        "latest": "the version stored last, e.g. the one `kb ingest` just staged",
        "previous": "the version the last switch replaced, the one to roll back to",
    }

    def resolve(self, prefix: str) -> str:
        """The one stored version starting with `prefix`, or named in NAMES (KeyError: none or several)."""
        if prefix in self.NAMES:
            named = self._named(prefix)
            if named is None:
                raise KeyError(f"there is no {prefix} knowledge-base version yet ({prefix}: {self.NAMES[prefix]})")
            return named
        with self._engine.connect() as connection:
            found = (
                connection.execute(
                    select(kb_versions.c.version)
                    .where(kb_versions.c.version.startswith(prefix, autoescape=True))
                    .limit(2)
                )
                .scalars()
                .all()
            )
        if len(found) != 1:
            raise KeyError(f"{'no' if not found else 'more than one'} knowledge-base version starts with {prefix!r}")
        return str(found[0])

    def _named(self, name: str) -> str | None:
        if name == "active":
            return self.active_version()
        with self._engine.connect() as connection:
            if name == "latest":
                newest = select(func.max(kb_versions.c.created_at)).scalar_subquery()
                found = connection.execute(select(kb_versions.c.version).where(kb_versions.c.created_at == newest))
                versions = found.scalars().all()
                if len(versions) > 1:  # times are kept to the second
                    raise KeyError(f"{len(versions)} versions were stored in the same second: name one by its prefix")
                return str(versions[0]) if versions else None
            switch = (
                select(audit_log.c.summary)
                .where(audit_log.c.kind == "kb_activation")
                .order_by(audit_log.c.seq.desc())
                .limit(1)
            )
            summary = connection.execute(switch).scalar_one_or_none()
        replaced = json.loads(summary).get("previous") if summary else None
        return str(replaced) if replaced else None

    def activate(self, version: str) -> None:
        with self._engine.begin() as connection:
            self.point_to(connection, version)

    def point_to(self, connection: Connection, version: str) -> str | None:
        """Move the active pointer inside the caller's transaction; returns the version it replaced."""
        previous = connection.execute(select(kb_active.c.version).where(kb_active.c.id == 1)).scalar_one_or_none()
        updated = connection.execute(
            kb_active.update().where(kb_active.c.id == 1).values(version=version, activated_at=utc_stamp(self._clock))
        )
        if updated.rowcount == 0:
            connection.execute(kb_active.insert().values(id=1, version=version, activated_at=utc_stamp(self._clock)))
        return str(previous) if previous is not None else None

    def active_version(self) -> str | None:
        with self._engine.connect() as connection:
            return connection.execute(select(kb_active.c.version).where(kb_active.c.id == 1)).scalar_one_or_none()

    def load(self, version: str) -> LoadedVersion:
        with self._engine.connect() as connection:
            head = connection.execute(select(kb_versions).where(kb_versions.c.version == version)).mappings().first()
            if head is None:
                raise KeyError(version)
            passages = connection.execute(
                select(kb_passages).where(kb_passages.c.version == version).order_by(kb_passages.c.ordinal)
            ).mappings()
            documents = connection.execute(
                select(kb_documents.c.authority, kb_documents.c.text).where(kb_documents.c.version == version)
            )
            return LoadedVersion(
                version=version,
                passages=tuple(
                    Passage(
                        passage_id=row["passage_id"],
                        authority=row["authority"],
                        title=row["title"],
                        section=row["section"],
                        text=row["text"],
                        line=row["line"],
                        effective_date=dt.date.fromisoformat(row["effective_date"]),
                    )
                    for row in passages
                ),
                documents={authority: text for authority, text in documents},
                rules_text=head["rules_text"],
                offenses_text=head["offenses_text"],
                training_files=json.loads(head["training_text"] or "{}"),
            )

    def versions(self) -> list[dict[str, Any]]:
        active = self.active_version()
        with self._engine.connect() as connection:
            rows = connection.execute(select(kb_versions).order_by(kb_versions.c.created_at.desc())).mappings()
            return [
                {
                    "version": row["version"],
                    "created_at": row["created_at"],
                    "documents": row["document_count"],
                    "passages": row["passage_count"],
                    "embedding_model": row["embedding_model"],
                    "active": row["version"] == active,
                }
                for row in rows
            ]

    def forget(self, version: str) -> None:
        """Remove a version that was never activated (cleanup of a failed ingest)."""
        with self._engine.begin() as connection:
            in_use = connection.execute(
                select(func.count()).select_from(kb_active).where(kb_active.c.version == version)
            ).scalar_one()
            if in_use:
                raise ValueError(f"version {version} is active and cannot be removed")
            for table in (kb_passages, kb_documents, kb_versions):
                connection.execute(delete(table).where(table.c.version == version))
