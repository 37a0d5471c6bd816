"""Counsel's policy documents: Markdown with YAML front matter, one `##` section per passage."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.kb.errors import KnowledgeError
from bot.kb.yaml_lines import load_with_lines

__all__ = ["FrontMatter", "Passage", "PolicyDocument", "parse_policy", "section_matches", "slug"]

_FENCE = "---"
_AUTHORITY_ID = r"^[A-Z][A-Za-z0-9.]*(-[A-Za-z0-9.]+)+$"


class FrontMatter(BaseModel):
    """The contract fields of DESIGN.md, plus counsel's optional confidence notes."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_AUTHORITY_ID)
    title: str = Field(min_length=3)
    version: str = Field(min_length=1)
    effective_date: dt.date
    source: str = Field(min_length=3)
    supersedes: str | None = None
    confidence: str | None = Field(default=None, pattern=r"^(high|medium|low)$")
    caveat: str | None = None


class Passage(BaseModel):
    """One citable `##` section. `text` is verbatim from the document file."""

    model_config = ConfigDict(frozen=True)

    passage_id: str
    authority: str
    title: str
    section: str
    text: str
    line: int
    effective_date: dt.date


class PolicyDocument(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    front: FrontMatter
    body: str
    passages: tuple[Passage, ...]


def slug(text: str) -> str:
    """A section heading as the id part of a passage ("When the NYPD may..." -> "when-the-nypd-may...")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def section_matches(passage: Passage, anchor: str) -> bool:
    """Whether a rule's `quote:` anchor names this passage: its heading, or the start of its slug."""
    anchor = anchor.strip()
    if anchor == passage.section:
        return True
    wanted = slug(anchor)
    return bool(wanted) and passage.passage_id.split("#", 1)[1].startswith(wanted)


def _split_front_matter(path: Path, text: str) -> tuple[str, str, int] | KnowledgeError:
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return KnowledgeError(path, 1, "missing front matter", "start the file with a line '---'")
    for index in range(1, len(lines)):
        if lines[index].strip() == _FENCE:
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return KnowledgeError(path, 1, "front matter is not closed", "add a line '---' after the last field")


def _parse_front(path: Path, raw: str) -> FrontMatter | list[KnowledgeError]:
    try:
        data = load_with_lines(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        return [KnowledgeError(path, line, f"front matter is not valid YAML: {exc}")]
    if not isinstance(data, dict):
        return [KnowledgeError(path, 2, "front matter must be 'field: value' lines")]
    try:
        return FrontMatter.model_validate(dict(data))
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            line = _field_line(raw, field)
            errors.append(KnowledgeError(path, line, f"front matter field '{field}': {error['msg']}"))
        return errors


def _field_line(raw: str, field: str) -> int:
    for number, line in enumerate(raw.split("\n"), start=2):
        if line.startswith(f"{field}:"):
            return number
    return 2


def _sections(body: str) -> list[str]:
    """The `##` headings LangChain's Markdown splitter finds (imported here: it is slow to import)."""
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    splitter = MarkdownHeaderTextSplitter([("#", "h1"), ("##", "h2")], strip_headers=True)
    return [doc.metadata["h2"] for doc in splitter.split_text(body) if "h2" in doc.metadata]


def _passages(path: Path, front: FrontMatter, body: str, body_line: int) -> list[Passage] | KnowledgeError:
    # LangChain finds the section structure; the quoted text is then cut from the raw file,
    # because the splitter re-flows paragraphs and quotes must stay verbatim.
    headings = _sections(body)
    lines = body.split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    if len(starts) != len(headings) or not starts:
        return KnowledgeError(path, body_line, "no '## ' sections found", "each citable passage is a '## ' section")
    passages = []
    for order, start in enumerate(starts):
        end = starts[order + 1] if order + 1 < len(starts) else len(lines)
        section = lines[start][3:].strip()
        text = "\n".join(lines[start + 1 : end]).strip()
        if not text:
            return KnowledgeError(path, body_line + start, f"section '{section}' is empty", "write the passage")
        passages.append(
            Passage(
                passage_id=f"{front.id}#{slug(section)}",
                authority=front.id,
                title=front.title,
                section=section,
                text=text,
                line=body_line + start,
                effective_date=front.effective_date,
            )
        )
    return passages


def parse_policy(path: Path, text: str | None = None) -> PolicyDocument | list[KnowledgeError]:
    """Read one policy file; on any problem return the errors instead."""
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
    except UnicodeDecodeError:
        return [KnowledgeError(path, None, "file is not UTF-8 text", "save it as UTF-8")]
    split = _split_front_matter(path, text)
    if isinstance(split, KnowledgeError):
        return [split]
    raw_front, body, body_line = split
    front = _parse_front(path, raw_front)
    if isinstance(front, list):
        return front
    if front.id != path.stem:
        return [
            KnowledgeError(
                path,
                _field_line(raw_front, "id"),
                f"id '{front.id}' differs from file name",
                f"rename the file to {front.id}.md or fix the id",
            )
        ]
    passages = _passages(path, front, body, body_line)
    if isinstance(passages, KnowledgeError):
        return [passages]
    ids = [p.passage_id for p in passages]
    duplicate = next((pid for pid in ids if ids.count(pid) > 1), None)
    if duplicate:
        return [KnowledgeError(path, None, f"two sections share the heading of {duplicate}", "rename one")]
    return PolicyDocument(path=str(path), front=front, body=text, passages=tuple(passages))
