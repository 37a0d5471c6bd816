"""Counsel's files: parsing, verbatim passages, and errors that name file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.bundle import load_bundle
from bot.kb.documents import parse_policy
from bot.kb.errors import KnowledgeErrors

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def test_bundled_knowledge_base_is_valid() -> None:
    bundle = load_bundle(KNOWLEDGE)
    assert len(bundle.documents) >= 20
    assert bundle.rules.authority_ids() <= {d.front.id for d in bundle.documents}
    for doc in bundle.documents:
        for passage in doc.passages:
            assert passage.text in doc.body  # quotable verbatim
            assert passage.authority == doc.front.id


def test_version_is_content_addressed(tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    first = load_bundle(copy).version
    assert load_bundle(copy).version == first
    policy = next((copy / "policies").glob("*.md"))
    policy.write_text(policy.read_text() + "\n## Added section\n\nA new passage written by counsel for this test.\n")
    assert load_bundle(copy).version != first


def _broken_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    return copy


def test_unknown_authority_in_rules_names_file_and_line(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    rules = copy / "rules.yaml"
    text = rules.read_text().replace(
        "authorities: [NYC-AC-10-178, NYC-GUIDANCE-LL228-2018]", "authorities: [NYC-AC-10-178, NYC-MADE-UP-1]"
    )
    rules.write_text(text)
    with pytest.raises(KnowledgeErrors) as caught:
        load_bundle(copy)
    message = str(caught.value)
    line = next(n for n, row in enumerate(text.split("\n"), start=1) if "NYC-MADE-UP-1" in row)
    assert f"rules.yaml:{line}: unknown authority id 'NYC-MADE-UP-1'" in message


def test_bad_front_matter_date_names_line(tmp_path: Path) -> None:
    path = tmp_path / "NYC-AC-14-154.md"
    path.write_text(
        '---\nid: NYC-AC-14-154\ntitle: "A title"\nversion: "1"\neffective_date: 2014-13-45\n'
        'source: "s"\n---\n\n## A\n\nSome passage text here.\n'
    )
    errors = parse_policy(path)
    assert isinstance(errors, list)
    assert errors[0].line == 5 and "effective_date" in errors[0].message


def test_a_policy_file_that_does_not_parse_is_one_error_not_a_cascade(tmp_path: Path) -> None:
    """Before: one bad date also made the file "missing" and every quoted section of it unknown (33 errors)."""
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    policy = copy / "policies" / "NYC-AC-10-178.md"
    policy.write_text(policy.read_text().replace("effective_date: 2017-12-01", "effective_date: 2026-13-45", 1))
    rules = copy / "rules.yaml"  # an unrelated mistake elsewhere is still reported
    rules.write_text(rules.read_text().replace("authorities:\n", "authorities:\n  - NYC-NO-SUCH-FILE\n", 1))
    with pytest.raises(KnowledgeErrors) as caught:
        load_bundle(copy)
    shown = [str(error) for error in caught.value.errors]
    assert len(shown) == 2, shown
    assert shown[0].startswith(f"{policy}:5: front matter field 'effective_date'")
    assert "NYC-NO-SUCH-FILE" in shown[1] and "NYC-AC-10-178" not in shown[1]


def test_bad_rule_value_names_line(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    rules = copy / "rules.yaml"
    rules.write_text(rules.read_text().replace("warrant: [judicial_criminal]", "warrant: [judge_signed]", 1))
    with pytest.raises(KnowledgeErrors) as caught:
        load_bundle(copy)
    assert "unknown value(s) ['judge_signed']" in str(caught.value)
    assert "rules.yaml:" in str(caught.value)


def test_binary_policy_file_is_refused(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    (copy / "policies" / "NYC-BINARY-1.md").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(KnowledgeErrors, match="not UTF-8"):
        load_bundle(copy)
