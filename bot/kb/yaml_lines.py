"""YAML loading that remembers the line each mapping started on, for error messages."""

from __future__ import annotations

import re
from typing import Any, cast

import yaml

__all__ = ["LineDict", "line_of", "load_with_lines", "rule_line"]


class LineDict(dict[str, Any]):
    """A dict that knows the 1-based line of the YAML mapping it came from."""

    line: int = 0


class _LineLoader(yaml.SafeLoader):
    pass


# YAML 1.2 booleans: only true/false. Counsel writes `tsdb_match: [yes]` and means the word.
# Dates stay strings, so a bad one ("2014-13-45") is reported by field and line, not a crash.
_PLAIN_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"}
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _PLAIN_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict(cast(dict[str, Any], loader.construct_mapping(node, deep=True)))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_with_lines(text: str) -> Any:
    """Parse YAML; every mapping in the result is a `LineDict`."""
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass


def line_of(data: Any, path: tuple[int | str, ...], offset: int = 0) -> int | None:
    """The line of the deepest mapping along `path` (a pydantic error `loc`)."""
    line: int | None = data.line + offset if isinstance(data, LineDict) else None
    node = data
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, LineDict):
            line = node.line + offset
    return line


def rule_line(text: str, rule_id: str, field: str | None = None) -> int | None:
    """The line of a rule in rules.yaml (or of one of its fields), for error messages."""
    lines = text.split("\n")
    start = next(
        (n for n, line in enumerate(lines) if re.match(rf"^\s*-\s*id:\s*['\"]?{re.escape(rule_id)}['\"]?\s*$", line)),
        None,
    )
    if start is None:
        return None
    if field is not None:
        for n in range(start + 1, len(lines)):
            if re.match(r"^\s*-\s*id:", lines[n]):
                break
            if re.match(rf"^\s*{field}:", lines[n]):
                return n + 1
    return start + 1
