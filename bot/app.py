"""Composition root: builds the services from settings. Tests pass their own parts in."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

from bot.audit.store import AuditLog
from bot.clock import Clock, local_date, local_today, system_clock
from bot.db import make_engine
from bot.kb.errors import KnowledgeError, KnowledgeErrors
from bot.kb.store import KbStore
from bot.settings import Settings

# What answers questions (the reader's patterns, Chroma, the models) is imported where it is
# used: commands that only read the log (`audit verify`, `kb status`) start in well under a second.
if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from bot.explain import Explainer
    from bot.masking import Masker
    from bot.pipeline import ActiveKnowledge, Pipeline
    from bot.prompts import PromptSet
    from bot.retrieval.dense import ChromaIndex
    from bot.retrieval.embedder import TextEmbedder
    from bot.retrieval.vector_cache import FixedTextVectors

__all__ = ["AlreadyActive", "IngestResult", "NoActiveKnowledge", "Services", "build_pipeline", "ingest"]

Notify = Callable[[str], None]
_log = logging.getLogger("bot")


class AlreadyActive(ValueError):
    """The version asked for is the one already answering."""


class NoActiveKnowledge(RuntimeError):
    pass


@dataclass
class Services:
    """Long-lived collaborators, created once per process."""

    settings: Settings
    embedder: TextEmbedder | None = None
    chroma: Any = None  # a chromadb client; None: from settings
    clock: Clock = system_clock  # every moment the process records (tests pass a fixed one)

    @cached_property
    def engine(self) -> Engine:
        private_data_dir(self.settings.data_dir)
        return make_engine(self.settings.resolved_database_url)

    @cached_property
    def masker(self) -> Masker:
        from bot.masking import default_masker

        return default_masker(names=self.settings.intake.mask_names)

    @cached_property
    def audit(self) -> AuditLog:
        from bot.masking import mask_free_text

        # the masker (and its name model) loads only when a row's free text needs it
        return AuditLog(self.engine, mask=lambda text: mask_free_text(text, lambda: self.masker), clock=self.clock)

    @cached_property
    def prompts(self) -> PromptSet:
        from bot.prompts import load_prompts

        return load_prompts(self.settings.prompts_dir)

    @cached_property
    def explainer(self) -> Explainer:
        """Extractive explanations (no language model): what replay and impact re-decide with."""
        from bot.explain import Explainer

        return Explainer(self.prompts)

    @cached_property
    def kb(self) -> KbStore:
        return KbStore(self.engine, self.clock)

    @cached_property
    def subject_key(self) -> bytes:
        """The key for subject fingerprints: TRIAGE_SUBJECT_KEY, else one made for this data dir.

        Processes sharing a PostgreSQL log must share the key (set TRIAGE_SUBJECT_KEY), or the
        same person gets different fingerprints from different processes.
        """
        if self.settings.subject_key is not None:
            return self.settings.subject_key.get_secret_value().encode()
        if self.settings.subject_key_file is not None:
            return _key_outside(self.settings.subject_key_file, self.settings.data_dir)
        path = self.settings.data_dir / "subject.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):  # another process made it first
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "w") as handle:
                    handle.write(secrets.token_hex(32))
        return path.read_text().strip().encode()

    @cached_property
    def text_embedder(self) -> TextEmbedder:
        from bot.retrieval.onnx_embedder import make_embedder

        return self.embedder or make_embedder(self.settings.embedder)

    @cached_property
    def example_vectors(self) -> FixedTextVectors:
        """The reader's labelled examples embedded once and kept in the data dir (a faster start)."""
        from bot.retrieval.vector_cache import FixedTextVectors

        return FixedTextVectors(self.text_embedder, self.settings.data_dir / "cache")

    @cached_property
    def index(self) -> ChromaIndex:
        from bot.retrieval.dense import ChromaIndex, open_chroma

        return ChromaIndex(self.chroma or open_chroma(self.settings, _log.warning), self.text_embedder)

    def check_version(self, version: str) -> list[KnowledgeError]:
        """Today's checks on a stored version; empty when it may answer officers."""
        from bot.bundle import check_stored

        loaded = self.kb.load(version)
        return check_stored(version, loaded.rules_text, loaded.documents, local_today(self.clock))

    def load_checked(
        self, version: str, today: Callable[[], dt.date] = local_today, notify: Notify | None = None
    ) -> ActiveKnowledge:
        """`load_knowledge`, refusing a version that fails today's checks (KnowledgeErrors)."""
        errors = self.check_version(version)
        if errors:
            raise KnowledgeErrors(errors)
        return self.load_knowledge(version, today=today, notify=notify)

    def activate(self, version: str, actor: str, source: str, notify: Notify | None = None) -> str | None:
        """Make a stored version the one that answers (e.g. a rollback); returns the one it replaced.

        Checked and loaded first (KnowledgeErrors, VectorStoreUnavailable, EmbedderError), so a
        version that cannot answer is never activated; then a `kb_activation` row is written and
        the pointer moved in one transaction (AuditUnavailable: neither happened), so every
        switch is on record and no record names a switch that did not happen.
        """
        import json

        from bot.audit.records import AuditRecord

        if self.kb.active_version() == version:
            raise AlreadyActive(f"{version} is already the active version")
        self.load_checked(version, notify=notify)

        def move_pointer(connection: Connection) -> AuditRecord:
            previous = self.kb.point_to(connection, version)
            summary = json.dumps({"activated": version, "previous": previous}, sort_keys=True)
            return AuditRecord.note("kb_activation", source, user_id=actor, kb_version=version, summary=summary)

        row = self.audit.append_with(move_pointer)
        previous: str | None = json.loads(row["summary"])["previous"]
        return previous

    def load_knowledge(
        self,
        version: str | None = None,
        today: Callable[[], dt.date] = local_today,
        notify: Notify | None = None,
    ) -> ActiveKnowledge:
        """The active (or a named) version, ready to answer; rebuilds a missing vector index."""
        from bot.facts.extract import FactsReader
        from bot.facts.record import load_offenses
        from bot.facts.semantic import SemanticReader, load_exemplars
        from bot.pipeline import ActiveKnowledge
        from bot.retrieval.hybrid import HybridRanker
        from bot.rules import load_rules

        version = version or self.kb.active_version()
        if version is None:
            raise NoActiveKnowledge("no knowledge base is loaded yet: run `triage kb ingest` (or `make run`)")
        loaded = self.kb.load(version)
        if not self.index.usable(version, len(loaded.passages)):
            (notify or _log.warning)(
                f"vector index for KB {version} is missing, incomplete or damaged; rebuilding it from the log database"
            )
            # a shared server's collection is never dropped (other processes are using it): upsert only
            damaged = self.index.count(version) > len(loaded.passages) or not self.index.searchable(version)
            if damaged and not self.settings.chroma_url:
                self.index.drop(version)
            # upsert by passage id: safe while another process sharing a Chroma server does the same
            self.index.build(version, loaded.passages)
        rules = load_rules(Path(f"<kb {version}>/rules.yaml"), loaded.rules_text)
        offenses = load_offenses(Path(f"<kb {version}>/offenses.yaml"), loaded.offenses_text)
        embedder = self.text_embedder  # one model for retrieval and the reader's semantic layer
        return ActiveKnowledge(
            version=version,
            rules=rules,
            reader=FactsReader(
                offenses, today, SemanticReader(load_exemplars(), embedder.embed, self.example_vectors.embed)
            ),
            ranker=HybridRanker(version, loaded.passages, self.index, embedder, top_k=self.settings.retrieval_top_k),
            documents=loaded.documents,
            document_dates=_document_dates(version, loaded.documents),
        )


def _document_dates(version: str, documents: dict[str, str]) -> dict[str, tuple[dt.date, str | None]]:
    """Effective date and `supersedes` of each stored document (validated when it was ingested)."""
    from bot.bundle import parse_stored_documents

    parsed, errors = parse_stored_documents(version, documents)
    if errors:
        raise KnowledgeErrors(errors)
    return {doc.front.id: (doc.front.effective_date, doc.front.supersedes) for doc in parsed}


def build_pipeline(
    services: Services,
    *,
    chat_model: BaseChatModel | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    notify: Notify | None = None,
    audit: AuditLog | None = None,
) -> Pipeline:
    """The answering pipeline on `services`; `audit` logs its answers elsewhere (an evaluation's
    throw-away log) instead of the officers' log."""
    from bot.explain import Explainer
    from bot.pipeline import KnowledgeFollower, Pipeline

    settings = services.settings
    if chat_model is None and settings.llm:
        from bot.llm import make_chat_model  # LangChain's model classes: ~0.5 s to import, only with an LLM

        chat_model = make_chat_model(settings.llm, settings.llm_api_key)
    now = clock or services.clock
    today = lambda: local_date(now())  # noqa: E731 - read by the facts reader at every question
    knowledge = services.load_knowledge(today=today, notify=notify)
    knowledge.warm_up()
    follower = None
    if settings.kb_follow_seconds > 0:
        follower = KnowledgeFollower(
            knowledge,
            services.kb.active_version,
            lambda version: services.load_checked(version, today=today, notify=notify),
            interval=settings.kb_follow_seconds,
            notify=notify,
        )
    return Pipeline(
        knowledge,
        Explainer(services.prompts, chat_model) if chat_model is not None else services.explainer,
        audit or services.audit,
        services.prompts.hash,
        settings.intake.max_question_chars,
        subject_key=services.subject_key,
        masker=services.masker,
        follower=follower,
        clock=now,
    )


def private_data_dir(path: Path) -> None:
    """The data dir (log, embedded Chroma, key) readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    status = path.stat()
    if status.st_uid == os.getuid() and status.st_mode & 0o077:
        path.chmod(0o700)


class KeyFileError(RuntimeError):
    """The subject key file is missing, empty, or inside the data dir."""


def _key_outside(path: Path, data_dir: Path) -> bytes:
    """The key in `path`, refused inside the data dir: a key beside the log would let a copy of
    the data dir recover masked dates and phone numbers by trying every value."""
    if path.resolve().is_relative_to(data_dir.resolve()):
        raise KeyFileError(f"TRIAGE_SUBJECT_KEY_FILE {path} is inside the data dir {data_dir}; keep it elsewhere")
    try:
        key = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise KeyFileError(f"cannot read TRIAGE_SUBJECT_KEY_FILE {path}: {exc.strerror}") from None
    if len(key) < 16:
        raise KeyFileError(f"TRIAGE_SUBJECT_KEY_FILE {path} holds no key of at least 16 characters")
    return key.encode()


@dataclass(frozen=True)
class IngestResult:
    version: str
    passages: int
    documents: int
    embedded: bool  # False when the version already existed and was only (re)activated
    previous: str | None  # the version that was active before
    activated: bool = False  # this ingest switched the active version (and logged it)

    @property
    def staged(self) -> bool:
        """Stored, but another version answers."""
        return not self.activated and self.version != self.previous


def ingest(
    services: Services,
    directory: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    activate: bool | None = None,
    actor: str = "local:unknown",
    source: str = "cli",
) -> IngestResult:
    """Validate, embed into a new collection and store a version of `directory`.

    Which version answers never changes silently: `activate=None` (the default) activates only
    the first version of an empty data dir and otherwise stages (stored, ready for `kb diff`,
    `kb impact`, `kb activate`); `True` activates, `False` only stages. An activation goes
    through `Services.activate`: checked, then the pointer moved with its `kb_activation` row
    (by `actor`, from `source`) in one transaction. A folder that is already the active version
    changes nothing.
    """
    from bot.bundle import load_bundle

    bundle = load_bundle(directory)
    previous = services.kb.active_version()
    passages = bundle.passages
    already = services.kb.has(bundle.version) and services.index.count(bundle.version) == len(passages)
    if not already:
        done = 0

        def step(count: int) -> None:
            nonlocal done
            done += count
            if progress:
                progress(done, len(passages))

        services.index.drop(bundle.version)
        services.index.build(bundle.version, passages, batch=services.settings.embedder.batch_size, progress=step)
        if not services.kb.has(bundle.version):
            services.kb.save(bundle, services.text_embedder.model_id)
    wanted = previous is None if activate is None else activate
    activated = False
    if wanted and bundle.version != previous:
        services.activate(bundle.version, actor, source)
        activated = True
    return IngestResult(bundle.version, len(passages), len(bundle.documents), not already, previous, activated)
