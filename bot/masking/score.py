"""Score the masker on a labelled PII file: recall and precision per kind, keep-strings intact.

Each line: {"id", "text", "identifiers": [{"kind", "value"}], "keep": [str]}. A labelled
identifier is caught when none of it survives masking (no character of its value is left
outside a mask); a find is right when it overlaps a labelled identifier. `keep` strings
(agency names, form and statute numbers) must come out unchanged.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.masking import Masker, clean_text

__all__ = ["STRUCTURED", "PiiScore", "score_file"]

# Kinds with a fixed shape: the masker must catch every one (recall 1.0 gates `make test`).
STRUCTURED = ("ssn", "a_number", "phone", "email", "date", "nysid", "arrest_number", "passport")

# The labels' kinds for the masker's kinds (several masker kinds can catch one labelled kind).
_LABEL_OF = {
    "marked_name": "name",
    "person_name": "name",
    "date_of_birth": "date",
    "id_number": "number",
}


@dataclass
class PiiScore:
    labelled: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)  # finds, by the label kind they claim
    right: Counter[str] = field(default_factory=Counter)  # finds overlapping any labelled identifier
    keep_total: int = 0
    keep_broken: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (id, kind, value)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (id, kind, value)

    def recall(self, kind: str) -> float:
        return self.caught[kind] / self.labelled[kind] if self.labelled[kind] else 1.0

    def precision(self, kind: str) -> float:
        return self.right[kind] / self.found[kind] if self.found[kind] else 1.0

    def as_dict(self) -> dict[str, Any]:
        kinds = sorted(set(self.labelled) | set(self.found))
        return {
            "kinds": {
                kind: {
                    "labelled": self.labelled[kind],
                    "recall": round(self.recall(kind), 4),
                    "found": self.found[kind],
                    "precision": round(self.precision(kind), 4),
                }
                for kind in kinds
            },
            "keep_total": self.keep_total,
            "keep_broken": len(self.keep_broken),
        }


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(value)
    while start >= 0:
        spans.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return spans


def score_file(path: Path, masker: Masker) -> PiiScore:
    score = PiiScore()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = clean_text(item["text"])
        finds = masker.find(text)
        covered = [False] * len(text)
        for find in finds:
            for index in range(find.start, find.end):
                covered[index] = True
        labelled_spans: list[tuple[int, int]] = []
        for identifier in item["identifiers"]:
            kind, value = identifier["kind"], clean_text(identifier["value"])
            spans = _spans(text, value)
            labelled_spans.extend(spans)
            score.labelled[kind] += 1
            leaks = [s for s in spans if any(not covered[i] and text[i].isalnum() for i in range(*s))]
            if spans and not leaks:
                score.caught[kind] += 1
            else:
                score.missed.append((item["id"], kind, value))
        for find in finds:
            kind = _LABEL_OF.get(find.kind, find.kind)
            score.found[kind] += 1
            if any(find.start < end and start < find.end for start, end in labelled_spans):
                score.right[kind] += 1
            else:
                score.wrong.append((item["id"], kind, find.value))
        masked = masker.mask(item["text"]).text
        for keep in item.get("keep", []):
            score.keep_total += 1
            if clean_text(keep) not in masked:
                score.keep_broken.append((item["id"], keep))
    return score


def main(argv: list[str] | None = None) -> int:
    """`python -m bot.masking.score FILE...`: recall and precision per kind, per file."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bot.masking.score", description=main.__doc__)
    parser.add_argument("files", nargs="+", type=Path, help="labelled PII files (JSON Lines)")
    parser.add_argument("--json", action="store_true", help="one JSON object per file")
    parser.add_argument("--no-names", action="store_true", help="structured identifiers only (no NER)")
    args = parser.parse_args(argv)
    masker = Masker(names=not args.no_names)
    failed = False
    for path in args.files:
        score = score_file(path, masker)
        structured_missed = [m for m in score.missed if m[1] in STRUCTURED]
        failed = failed or bool(structured_missed)
        if args.json:
            print(json.dumps({"file": str(path), **score.as_dict(), "structured_missed": len(structured_missed)}))
            continue
        print(f"{path}")
        print(f"  {'kind':<14}{'labelled':>9}{'recall':>8}{'found':>7}{'precision':>10}")
        for kind, row in score.as_dict()["kinds"].items():
            print(f"  {kind:<14}{row['labelled']:>9}{row['recall']:>8.3f}{row['found']:>7}{row['precision']:>10.3f}")
        print(f"  keep strings intact: {score.keep_total - len(score.keep_broken)}/{score.keep_total}")
        for item_id, kind, _value in structured_missed:
            print(f"  MISSED {kind} in {item_id}")  # the value itself stays out of any output
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
