"""Signed checkpoints of the log's head, kept outside the database (Ed25519).

The hash chain shows an edit in the middle of the log, but not a log cut short or rewritten
from some row onwards: whoever can write the database can rehash the tail. A checkpoint
(sequence number, head hash, row count, time) signed with a key the database never sees,
kept by a review committee or published, proves the log still extends it: the row it names
must still be there with the same hash, and the chain up to it must verify.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, func, select

from bot.audit.records import SIGNED_CHECKPOINT, AuditRecord, AuditUnavailable, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.clock import Clock, system_clock
from bot.db import audit_log
from bot.files import write_atomically

__all__ = [
    "Checkpoint",
    "CheckpointError",
    "CheckpointPublisher",
    "check_against",
    "generate_key",
    "load_private_key",
    "make_checkpoint",
]

log = logging.getLogger(__name__)

FORMAT = "triage-audit-checkpoint/1"


class CheckpointError(ValueError):
    """A checkpoint or key file cannot be used; the message says why."""


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: str
    rows: int
    created_at: str
    key_id: str
    public_key: str  # raw Ed25519 public key, base64
    signature: str = ""  # over `signed_bytes()`, base64

    def signed_bytes(self) -> bytes:
        fields = {k: v for k, v in asdict(self).items() if k != "signature"}
        return json.dumps({"format": FORMAT, **fields}, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, **asdict(self)}, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "checkpoint") -> Checkpoint:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise CheckpointError(f"{source} is not JSON ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CheckpointError(f"{source} is not a {FORMAT} file")
        try:
            return cls(
                seq=int(data["seq"]),
                head_hash=str(data["head_hash"]),
                rows=int(data["rows"]),
                created_at=str(data["created_at"]),
                key_id=str(data["key_id"]),
                public_key=str(data["public_key"]),
                signature=str(data["signature"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CheckpointError(f"{source} lacks a field or has a wrong one ({exc})") from None


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def generate_key(path: Path) -> str:
    """A new signing key at `path` (PEM, readable by its owner only) and its public half at
    `path`.pub; returns the key id. Keep the private key away from the database's host."""
    if path.exists():
        raise CheckpointError(f"{path} exists; a signing key is never overwritten")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    public = private.public_key()
    path.with_name(path.name + ".pub").write_bytes(
        public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return key_id(_raw_public(public))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise CheckpointError(f"cannot read the signing key {path}: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointError(f"{path} is not an Ed25519 key (make one with `triage audit keygen`)")
    return key


def load_public_key(path: Path) -> bytes:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError, TypeError) as exc:
        raise CheckpointError(f"cannot read the public key {path}: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise CheckpointError(f"{path} is not an Ed25519 public key")
    return _raw_public(key)


def sign_head(
    private: Ed25519PrivateKey, seq: int, head_hash: str, rows: int, now: dt.datetime | None = None
) -> Checkpoint:
    public = _raw_public(private.public_key())
    unsigned = Checkpoint(
        seq=seq,
        head_hash=head_hash,
        rows=rows,
        created_at=(now or system_clock()).isoformat(timespec="seconds"),
        key_id=key_id(public),
        public_key=base64.b64encode(public).decode(),
    )
    signature = private.sign(unsigned.signed_bytes())
    return Checkpoint(**{**asdict(unsigned), "signature": base64.b64encode(signature).decode()})


def make_checkpoint(log: AuditLog, private: Ed25519PrivateKey, now: dt.datetime | None = None) -> Checkpoint:
    """Sign the log's head as it is now. Raises CheckpointError on an empty log."""
    head = log.head()
    if head is None:
        raise CheckpointError("the log is empty: there is no head to sign yet")
    seq, head_hash = head
    return sign_head(private, seq, head_hash, log.count(through=seq), now)


def check_against(log: AuditLog, checkpoint: Checkpoint, trusted: bytes | None = None) -> tuple[bool, str]:
    """(holds, message): the checkpoint is genuine and the log still extends it."""
    try:
        public = base64.b64decode(checkpoint.public_key, validate=True)
        signature = base64.b64decode(checkpoint.signature, validate=True)
        if trusted is not None and public != trusted:
            return False, f"checkpoint seq={checkpoint.seq} was signed by key {checkpoint.key_id}, not the trusted key"
        Ed25519PublicKey.from_public_bytes(public).verify(signature, checkpoint.signed_bytes())
    except (ValueError, InvalidSignature):
        return False, f"checkpoint seq={checkpoint.seq}: its signature does not verify (the file was altered)"
    row: dict[str, Any] | None = log.at_seq(checkpoint.seq)
    if row is None:
        return False, (
            f"checkpoint seq={checkpoint.seq}: that row is gone from the log (the log was cut short or rows deleted)"
        )
    if row["row_hash"] != checkpoint.head_hash:
        return False, f"checkpoint seq={checkpoint.seq}: the row there has another hash (the log was rewritten from it)"
    return True, f"extends checkpoint seq={checkpoint.seq} of {checkpoint.created_at} (key {checkpoint.key_id})"


@dataclass
class CheckpointPublisher:
    """Signs the log's head when enough rows or hours have passed, and sends the checkpoint out.

    Each checkpoint is recorded as a `signed_checkpoint` row (its JSON in the summary), claimed
    with the event id `checkpoint-after:<seq of the previous one>`: several processes running
    the same schedule on one log sign each step once. The file goes to `out_dir` as
    checkpoint-<seq>.json and the JSON is POSTed to `url`; a failed send is retried on the
    next tick (in this process), so a committee's server being down loses nothing.
    """

    log: AuditLog
    private: Ed25519PrivateKey
    every_rows: int | None = 1000
    every_hours: float | None = 24.0
    out_dir: Path | None = None
    url: str | None = None
    transport: httpx.BaseTransport | None = None
    timeout_seconds: float = 10.0
    clock: Clock = system_clock
    _unsent: list[Checkpoint] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.out_dir is None and self.url is None:
            raise CheckpointError("a scheduled checkpoint needs somewhere to go: TRIAGE_CHECKPOINT_DIR or _URL")
        if not self.every_rows and not self.every_hours:
            raise CheckpointError("a scheduled checkpoint needs TRIAGE_CHECKPOINT_EVERY_ROWS or _EVERY_HOURS")

    @property
    def unsent(self) -> list[Checkpoint]:
        """Checkpoints signed but not yet delivered everywhere (retried on each tick)."""
        return list(self._unsent)

    def last_signed(self) -> tuple[int, dt.datetime | None]:
        """(seq the newest scheduled checkpoint signed, when) or (0, None) before the first."""
        rows = self.log.list(LogFilter(kind=SIGNED_CHECKPOINT, limit=1))
        if not rows:
            return 0, None
        mark = Checkpoint.from_json(str(rows[0]["summary"]), "the newest signed_checkpoint row")
        return mark.seq, dt.datetime.fromisoformat(mark.created_at)

    def _due_after(self) -> int | None:
        """The seq the newest scheduled checkpoint signed (0: none yet) when another is due."""
        last_seq, last_time = self.last_signed()
        new_rows = self.log.count_after(last_seq, exclude_kind=SIGNED_CHECKPOINT)
        if new_rows == 0:
            return None
        if self.every_rows and new_rows >= self.every_rows:
            return last_seq
        if self.every_hours and (last_time is None or self.clock() - last_time >= dt.timedelta(hours=self.every_hours)):
            return last_seq
        return None

    def tick(self) -> Checkpoint | None:
        """The scheduler's job: `publish_if_due`, with a failure logged rather than raised."""
        try:
            return self.publish_if_due()
        except (AuditUnavailable, CheckpointError) as exc:
            log.error("scheduled checkpoint not made: %s", exc)
            return None

    def publish_if_due(self) -> Checkpoint | None:
        """Resend what failed before, then sign and send a checkpoint if one is due; returns it.

        None when none was due or another process signed this step. AuditUnavailable when the
        log cannot be read or the row written (then nothing was signed).
        """
        for mark in list(self._unsent):
            if self._send(mark):
                self._unsent.remove(mark)
        after = self._due_after()
        if after is None:
            return None
        try:
            mark = self._claim(after)
        except DuplicateEvent:
            return None
        if not self._send(mark):
            self._unsent.append(mark)
        return mark

    def _claim(self, after: int) -> Checkpoint:
        """Sign the head under the log's write lock; the event id makes the step once-only."""
        signed: list[Checkpoint] = []

        def sign(connection: Connection) -> AuditRecord:
            seq, head_hash = connection.execute(
                select(audit_log.c.seq, audit_log.c.row_hash).order_by(audit_log.c.seq.desc()).limit(1)
            ).one()
            rows = connection.execute(select(func.count()).select_from(audit_log)).scalar_one()
            mark = sign_head(self.private, int(seq), str(head_hash), int(rows), self.clock())
            signed.append(mark)
            return AuditRecord.note(
                SIGNED_CHECKPOINT,
                "schedule",
                outcome="signed",
                event_id=f"checkpoint-after:{after}",
                summary=mark.to_json(),
            )

        self.log.append_with(sign)
        return signed[-1]

    def _send(self, mark: Checkpoint) -> bool:
        sent = True
        if self.out_dir is not None:
            try:
                write_checkpoint_file(self.out_dir, mark)
            except OSError as exc:
                log.error("checkpoint seq=%d not written to %s: %s", mark.seq, self.out_dir, exc)
                sent = False
        if self.url is not None:
            try:
                with httpx.Client(timeout=self.timeout_seconds, transport=self.transport) as client:
                    response = client.post(
                        self.url, content=mark.to_json(), headers={"Content-Type": "application/json"}
                    )
                    response.raise_for_status()
            except httpx.HTTPError as exc:
                log.error("checkpoint seq=%d not delivered to %s: %s", mark.seq, self.url, exc)
                sent = False
        return sent


def write_checkpoint_file(out_dir: Path, mark: Checkpoint) -> Path:
    """`out_dir`/checkpoint-<seq>.json, written whole or not at all (a reader never sees half)."""
    target = out_dir / f"checkpoint-{mark.seq:010d}.json"
    # a checkpoint is meant to be published, not hidden: readable by all
    write_atomically(target, lambda handle: handle.write(mark.to_json().encode("utf-8")), mode=0o644)
    return target
