"""all-MiniLM-L6-v2 through ONNX Runtime: the same weights, without torch anywhere in serving.

`export_onnx` runs once at install time (`triage model export`, called by `make install`): it
checks the weights' sha256, has torch trace the model (`onnx_trace.py`, mean pooling and L2
normalisation inside the graph) and writes the ONNX file with a manifest naming both hashes.
Torch is needed for that one step only: where it is not installed (the serving install never has
it) the trace runs in a throw-away virtual environment that is deleted afterwards. Before the file
is kept, ONNX Runtime and the serving tokenizer must reproduce torch's own embeddings of a few
texts (cosine >= 0.999). `OnnxEmbedder` checks the manifest and the file's hash before it trusts
it, then needs only onnxruntime and the Rust tokenizer.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.retrieval import onnx_trace
from bot.retrieval.embedder import EmbedderError, MiniLMEmbedder, bundled_model_dir, sha256_of
from bot.settings import EmbedderSettings

__all__ = ["TRACE_REQUIREMENTS", "OnnxEmbedder", "default_onnx_path", "export_onnx", "make_embedder"]

_BATCH = 32  # texts per ONNX run (see OnnxEmbedder.embed)
_PARITY = 0.999  # least cosine between torch's embedding and the exported graph's
# What the throw-away trace environment installs: torch first and pinned (an unpinned torch
# resolves to a multi-GB CUDA build), then the exporter at the versions the parity tests ran on.
TRACE_REQUIREMENTS = (("torch==2.13.0",), ("transformers==5.24.0", "onnx==1.23.2"))


def default_onnx_path(settings: EmbedderSettings) -> Path:
    """Next to the installed packages (the venv), named by the weights it was made from."""
    if settings.onnx_path is not None:
        return settings.onnx_path
    return Path(sys.prefix) / "share" / "triage" / f"all-MiniLM-L6-v2-{settings.weights_sha256[:12]}.onnx"


def _manifest_path(onnx_path: Path) -> Path:
    return onnx_path.with_suffix(".json")


def _model_dir(settings: EmbedderSettings) -> Path:
    return settings.model_dir or bundled_model_dir()


def torch_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "transformers", "onnx"))


def export_onnx(
    settings: EmbedderSettings,
    force: bool = False,
    say: Callable[[str], None] = lambda _line: None,
    isolated: bool | None = None,
) -> Path:
    """Write the ONNX model for the verified weights (idempotent).

    `isolated`: trace in a throw-away environment (None: only when torch is not installed here).
    """
    target = default_onnx_path(settings)
    if not force and _manifest_ok(settings, target):
        return target
    model_dir = MiniLMEmbedder(settings).verify()  # the weights' sha256, before torch reads them
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    with tempfile.TemporaryDirectory(prefix="triage-trace-") as scratch:
        reference = Path(scratch) / "reference.json"
        try:
            if isolated if isolated is not None else not torch_installed():
                _trace_in_throwaway_env(Path(scratch) / "env", model_dir, partial, reference, say)
            else:
                say("tracing the model with the torch installed here")
                onnx_trace.trace(model_dir, partial, reference)
            say("checking the graph against torch's embeddings")
            _check_parity(partial, model_dir, json.loads(reference.read_text()))
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    manifest = {
        "weights_sha256": settings.weights_sha256,
        "onnx_sha256": sha256_of(partial),
        "opset": onnx_trace.OPSET,
        "max_tokens": onnx_trace.max_tokens(model_dir),
    }
    partial.replace(target)  # atomic: a reader never sees half a file
    _manifest_path(target).write_text(json.dumps(manifest, indent=2) + "\n")
    return target


def _trace_in_throwaway_env(env: Path, model_dir: Path, out: Path, reference: Path, say: Callable[[str], None]) -> None:
    """A virtual environment with torch, used for the trace and deleted with its folder."""
    say(f"tracing in a throw-away environment with torch, deleted afterwards: {env}")
    python = env / "bin" / "python"

    def run(step: str, command: list[str]) -> None:
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our own arguments
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()[-15:]
            raise EmbedderError(f"model export: {step} failed (exit {done.returncode}):\n" + "\n".join(detail))

    run("creating the environment", [sys.executable, "-m", "venv", str(env)])
    for packages in TRACE_REQUIREMENTS:
        say(f"installing {' '.join(packages)} into it")
        run(
            f"installing {' '.join(packages)}",
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages],
        )
    say("tracing the model")
    run("tracing the model", [str(python), onnx_trace.__file__, str(model_dir), str(out), str(reference)])


def _check_parity(graph: Path, model_dir: Path, reference: dict[str, Any]) -> None:
    """The graph, run as serving runs it, gives torch's embeddings: else it is not kept."""
    import numpy as np

    session, tokenizer = _open_session(graph, model_dir, threads=None)
    got = np.array(_embed(session, tokenizer, reference["texts"]))
    want = np.array(reference["vectors"])
    worst = float((got * want).sum(axis=1).min()) if got.shape == want.shape else -1.0
    if worst < _PARITY:
        raise EmbedderError(
            f"the exported graph does not reproduce torch's embeddings (least cosine {worst:.5f} < {_PARITY}); "
            "nothing was kept"
        )


def _open_session(graph: Path, model_dir: Path, threads: int | None) -> tuple[Any, Any]:
    import onnxruntime
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.enable_truncation(onnx_trace.max_tokens(model_dir))
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, not a password
    options = onnxruntime.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
    try:
        session = onnxruntime.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
    except Exception as exc:
        raise EmbedderError(f"could not load the ONNX embedding model {graph}: {exc}") from exc
    return session, tokenizer


def _embed(session: Any, tokenizer: Any, texts: Sequence[str]) -> list[list[float]]:
    import numpy as np

    rows: list[list[float]] = []
    # ONNX Runtime keeps the memory of its largest batch for the life of the session: one
    # batch of 256 texts held ~150 MiB more for good, batches of 32 hold almost nothing
    for start in range(0, len(texts), _BATCH):
        encoded = tokenizer.encode_batch(list(texts[start : start + _BATCH]))
        feeds = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }
        rows.extend([float(x) for x in row] for row in session.run(None, feeds)[0])
    return rows


def _manifest_ok(settings: EmbedderSettings, target: Path) -> bool:
    try:
        manifest = json.loads(_manifest_path(target).read_text())
    except (OSError, ValueError):
        return False
    return target.exists() and manifest.get("weights_sha256") == settings.weights_sha256


class OnnxEmbedder:
    """Unit-length MiniLM embeddings from the exported ONNX graph; loads lazily, after a hash check."""

    def __init__(self, settings: EmbedderSettings, threads: int | None = None) -> None:
        self._settings = settings
        self._path = default_onnx_path(settings)
        self._threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        # the same weights as the torch backend: indexes built by either are interchangeable
        return f"all-MiniLM-L6-v2@{self._settings.weights_sha256[:12]}"

    @property
    def available(self) -> bool:
        return _manifest_ok(self._settings, self._path)

    def verify(self) -> Path:
        """The ONNX file exists, was made from our weights, and is unaltered."""
        manifest_path = _manifest_path(self._path)
        if not self._path.exists() or not manifest_path.exists():
            raise EmbedderError(f"the ONNX embedding model is missing at {self._path}; run `triage model export`")
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("weights_sha256") != self._settings.weights_sha256:
            raise EmbedderError(f"{self._path} was exported from other weights; run `triage model export --force`")
        actual = sha256_of(self._path)
        if actual != manifest.get("onnx_sha256"):
            raise EmbedderError(
                f"the ONNX embedding model at {self._path} has sha256 {actual}, expected "
                f"{manifest.get('onnx_sha256')}: the file is corrupt or was replaced. "
                "Run `triage model export --force` (or `make install`)."
            )
        return self._path

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                self.verify()
                self._session, self._tokenizer = _open_session(
                    self._path, _model_dir(self._settings), threads=self._threads
                )
            return self._session, self._tokenizer

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return _embed(*self._load(), texts)


def make_embedder(settings: EmbedderSettings) -> MiniLMEmbedder | OnnxEmbedder:
    """`backend`: onnx, torch (the `torch` extra), or auto: onnx when exported, else torch if installed.

    Whichever is picked fails clearly on first use if its files or packages are missing.
    """
    onnx = OnnxEmbedder(settings)
    if settings.backend == "torch" or (settings.backend == "auto" and not onnx.available and torch_installed()):
        return MiniLMEmbedder(settings)
    return onnx
