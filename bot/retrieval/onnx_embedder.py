"""all-MiniLM-L6-v2 through ONNX Runtime: the same weights, without torch in the serving process.

`export_onnx` runs once at install time (`triage model export`, called by `make install`): it
checks the weights' sha256, traces the model with torch (mean pooling and L2 normalisation
inside the graph) and writes the ONNX file with a manifest naming both hashes. `OnnxEmbedder`
checks the manifest and the file's hash before it trusts it, then needs only onnxruntime and
the Rust tokenizer: it starts in well under a second and holds a fraction of torch's memory.
Parity with the torch model is a test (cosine >= 0.999).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.retrieval.embedder import EmbedderError, MiniLMEmbedder, bundled_model_dir, sha256_of
from bot.settings import EmbedderSettings

__all__ = ["OnnxEmbedder", "default_onnx_path", "export_onnx", "make_embedder"]

_OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_BATCH = 32  # texts per ONNX run (see OnnxEmbedder.embed)


def default_onnx_path(settings: EmbedderSettings) -> Path:
    """Next to the installed packages (the venv), named by the weights it was made from."""
    if settings.onnx_path is not None:
        return settings.onnx_path
    return Path(sys.prefix) / "share" / "triage" / f"all-MiniLM-L6-v2-{settings.weights_sha256[:12]}.onnx"


def _manifest_path(onnx_path: Path) -> Path:
    return onnx_path.with_suffix(".json")


def _model_dir(settings: EmbedderSettings) -> Path:
    return settings.model_dir or bundled_model_dir()


def _max_tokens(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    return int(json.loads(config.read_text()).get("max_seq_length", 256)) if config.exists() else 256


def export_onnx(settings: EmbedderSettings, force: bool = False) -> Path:
    """Write the ONNX model for the verified weights (idempotent); needs torch, once."""
    target = default_onnx_path(settings)
    if not force and _manifest_ok(settings, target):
        return target
    model_dir = MiniLMEmbedder(settings).verify()  # the weights' sha256, before torch reads them
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import torch
    from transformers import AutoModel, AutoTokenizer

    class Pooled(torch.nn.Module):
        """The model plus sentence-transformers' mean pooling and normalisation, as one graph."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    # eager attention: the traced graph then takes the padding mask as an input for any batch
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager")
    model.eval()
    sample = AutoTokenizer.from_pretrained(str(model_dir))(
        ["a short example", "a somewhat longer example sentence"], padding=True, return_tensors="pt"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about Python branches on fixed shapes
        torch.onnx.export(
            Pooled(model),
            tuple(sample[name] for name in _INPUTS),
            str(partial),
            input_names=list(_INPUTS),
            output_names=["embedding"],
            dynamic_axes={**axes, "embedding": {0: "batch"}},
            opset_version=_OPSET,
            dynamo=False,
        )
    manifest = {
        "weights_sha256": settings.weights_sha256,
        "onnx_sha256": sha256_of(partial),
        "opset": _OPSET,
        "max_tokens": _max_tokens(model_dir),
    }
    partial.replace(target)  # atomic: a reader never sees half a file
    _manifest_path(target).write_text(json.dumps(manifest, indent=2) + "\n")
    return target


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
                import onnxruntime
                from tokenizers import Tokenizer

                model_dir = _model_dir(self._settings)
                tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
                tokenizer.enable_truncation(_max_tokens(model_dir))
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, not a password
                options = onnxruntime.SessionOptions()
                if self._threads:
                    options.intra_op_num_threads = self._threads
                try:
                    session = onnxruntime.InferenceSession(str(self._path), options, providers=["CPUExecutionProvider"])
                except Exception as exc:
                    raise EmbedderError(f"could not load the ONNX embedding model {self._path}: {exc}") from exc
                self._tokenizer, self._session = tokenizer, session
            return self._tokenizer, self._session

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        import numpy as np

        tokenizer, session = self._load()
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


def make_embedder(settings: EmbedderSettings) -> MiniLMEmbedder | OnnxEmbedder:
    """`backend`: onnx (fails clearly if not exported), torch, or auto (onnx when exported)."""
    onnx = OnnxEmbedder(settings)
    if settings.backend == "onnx" or (settings.backend == "auto" and onnx.available):
        return onnx
    return MiniLMEmbedder(settings)
