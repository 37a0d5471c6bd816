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
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from bot.audit.store import AuditLog

__all__ = ["Checkpoint", "CheckpointError", "check_against", "generate_key", "load_private_key", "make_checkpoint"]

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


def make_checkpoint(log: AuditLog, private: Ed25519PrivateKey, now: dt.datetime | None = None) -> Checkpoint:
    """Sign the log's head as it is now. Raises CheckpointError on an empty log."""
    head = log.head()
    if head is None:
        raise CheckpointError("the log is empty: there is no head to sign yet")
    seq, head_hash = head
    public = _raw_public(private.public_key())
    unsigned = Checkpoint(
        seq=seq,
        head_hash=head_hash,
        rows=log.count(through=seq),
        created_at=(now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        key_id=key_id(public),
        public_key=base64.b64encode(public).decode(),
    )
    signature = private.sign(unsigned.signed_bytes())
    return Checkpoint(**{**asdict(unsigned), "signature": base64.b64encode(signature).decode()})


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
