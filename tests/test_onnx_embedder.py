"""The serving embedder: ONNX Runtime over the same weights as torch, verified, and torch-free."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.retrieval.embedder import EmbedderError, MiniLMEmbedder
from bot.retrieval.onnx_embedder import OnnxEmbedder, default_onnx_path, export_onnx, make_embedder
from bot.settings import EmbedderSettings
from tests.conftest import cli_env

TEXTS = [
    "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?",
    "the FBI wants our arrest report for a bank robbery",
    "x",
    "Précinct café — naïve façade, 1 000 €, ½, emoji 🚓",
    "warrant " * 400,  # longer than the model's 256 tokens: truncated the same way
]


@pytest.fixture(scope="module")
def onnx_settings() -> EmbedderSettings:
    settings = EmbedderSettings()
    export_onnx(settings)  # make install has done it; a no-op then
    return settings


def test_onnx_matches_torch_on_single_texts_and_padded_batches(onnx_settings: EmbedderSettings) -> None:
    onnx = OnnxEmbedder(onnx_settings)
    torch_model = MiniLMEmbedder(onnx_settings)
    batch_onnx, batch_torch = np.array(onnx.embed(TEXTS)), np.array(torch_model.embed(TEXTS))
    assert batch_onnx.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(batch_onnx, axis=1), 1.0, atol=1e-5)
    assert ((batch_onnx * batch_torch).sum(axis=1) >= 0.999).all()
    one_by_one = np.array([onnx.embed([text])[0] for text in TEXTS])  # no padding at all
    assert ((one_by_one * batch_onnx).sum(axis=1) >= 0.9999).all()
    assert onnx.model_id == torch_model.model_id  # indexes built by either backend stay valid


def test_a_long_list_is_embedded_in_order_across_batches(onnx_settings: EmbedderSettings) -> None:
    """Long lists go in batches (ONNX Runtime keeps its largest batch's memory); order and values stay."""
    onnx = OnnxEmbedder(onnx_settings)
    texts = [f"{TEXTS[n % len(TEXTS)]} ({n})" for n in range(75)]
    whole = np.array(onnx.embed(texts))
    one_by_one = np.array([onnx.embed([text])[0] for text in texts])
    assert whole.shape == (75, 384)
    assert ((one_by_one * whole).sum(axis=1) >= 0.9999).all()


def test_auto_backend_serves_with_onnx_and_torch_is_the_fallback(
    onnx_settings: EmbedderSettings, tmp_path: Path
) -> None:
    assert isinstance(make_embedder(onnx_settings), OnnxEmbedder)
    missing = onnx_settings.model_copy(update={"onnx_path": tmp_path / "none.onnx"})
    assert isinstance(make_embedder(missing), MiniLMEmbedder)
    assert isinstance(make_embedder(missing.model_copy(update={"backend": "torch"})), MiniLMEmbedder)
    forced = make_embedder(missing.model_copy(update={"backend": "onnx"}))
    with pytest.raises(EmbedderError, match=r"missing .* run `triage model export`"):
        forced.embed(["x"])


def test_an_altered_onnx_file_is_refused(onnx_settings: EmbedderSettings, tmp_path: Path) -> None:
    source = default_onnx_path(onnx_settings)
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    shutil.copy(source.with_suffix(".json"), copy.with_suffix(".json"))
    with copy.open("r+b") as handle:  # flip bytes in the middle of the weights
        handle.seek(copy.stat().st_size // 2)
        handle.write(b"\x00\x01\x02\x03")
    altered = OnnxEmbedder(onnx_settings.model_copy(update={"onnx_path": copy}))
    with pytest.raises(EmbedderError, match="corrupt or was replaced"):
        altered.embed(["x"])
    manifest = json.loads(copy.with_suffix(".json").read_text())
    manifest["weights_sha256"] = "0" * 64
    copy.with_suffix(".json").write_text(json.dumps(manifest))
    with pytest.raises(EmbedderError, match="exported from other weights"):
        OnnxEmbedder(onnx_settings.model_copy(update={"onnx_path": copy})).embed(["x"])


def test_the_serving_process_never_imports_torch(data_dir: Path, onnx_settings: EmbedderSettings) -> None:
    code = (
        "import sys\n"
        "from bot.app import Services, build_pipeline\n"
        "from bot.settings import Settings\n"
        "answer = build_pipeline(Services(Settings())).answer('ICE wants us to hold him on a detainer')\n"
        "print(answer.verdict, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **cli_env(data_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["prohibited", "False", "False"]
