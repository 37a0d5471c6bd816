"""Trace all-MiniLM-L6-v2 into one ONNX graph with torch, and record torch's own embeddings.

This file is run by path (`python onnx_trace.py MODEL_DIR OUT.onnx REFERENCE.json`), often in a
throw-away environment that holds torch, transformers and onnx but not this project: so it imports
nothing from `bot` and only the standard library at the top. `bot.retrieval.onnx_embedder` checks
the weights' sha256 before calling it and checks the graph against REFERENCE.json after, with the
serving tokenizer and ONNX Runtime, before anything serves with it.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Any

OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Texts whose torch embeddings the exported graph must reproduce (one padded batch, one long text).
REFERENCE_TEXTS = (
    "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?",
    "the FBI wants our arrest report for a bank robbery",
    "x",
    "Précinct café — naïve façade, 1 000 €, ½ 🚓",
    "warrant " * 300,
)


def max_tokens(model_dir: Path) -> int:
    """The model's own limit (sentence-transformers truncates there, and so does serving)."""
    config = model_dir / "sentence_bert_config.json"
    return int(json.loads(config.read_text()).get("max_seq_length", 256)) if config.exists() else 256


def trace(model_dir: Path, out: Path, reference: Path) -> None:
    """Write the graph (mean pooling and L2 normalisation inside it) and torch's reference vectors."""
    import torch
    from huggingface_hub.utils.tqdm import disable_progress_bars
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    disable_progress_bars()
    transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]

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
    # everything needed is in model_dir: never reach for a model hub
    pooled = Pooled(
        AutoModel.from_pretrained(str(model_dir), attn_implementation="eager", local_files_only=True)
    ).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    sample = tokenizer(["a short example", "a somewhat longer example sentence"], padding=True, return_tensors="pt")
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about Python branches on fixed shapes
        torch.onnx.export(
            pooled,
            tuple(sample[name] for name in INPUTS),
            str(out),
            input_names=list(INPUTS),
            output_names=["embedding"],
            dynamic_axes={**axes, "embedding": {0: "batch"}},
            opset_version=OPSET,
            dynamo=False,
        )
        batch = tokenizer(
            list(REFERENCE_TEXTS), padding=True, truncation=True, max_length=max_tokens(model_dir), return_tensors="pt"
        )
        vectors = pooled(*(batch[name] for name in INPUTS)).tolist()
    reference.write_text(json.dumps({"opset": OPSET, "texts": list(REFERENCE_TEXTS), "vectors": vectors}))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: onnx_trace.py MODEL_DIR OUT.onnx REFERENCE.json")
    trace(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
