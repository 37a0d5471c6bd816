"""The other half of the labelled sets (see tests/test_eval.py), in a module of its own so that
`make test` runs the two halves on different workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.pipeline import Pipeline
from tests.test_eval import SECOND_HALF, meets_the_bar


@pytest.mark.parametrize("path", SECOND_HALF, ids=lambda p: p.name)
def test_labelled_set_meets_the_bar(pipeline: Pipeline, path: Path) -> None:
    meets_the_bar(pipeline, path)
