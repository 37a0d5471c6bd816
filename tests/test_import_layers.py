"""The packages depend one way, as DESIGN.md draws them: a module imports only from its own layer
or below, and no import cycle joins two of bot's packages.

Every import counts, including those inside functions and under TYPE_CHECKING: a lazy import
still ties the two packages together. The layer list extends DESIGN.md's with the modules it
does not name (each placed just above what it uses).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

BOT = ROOT / "bot"

LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split())
    for names in (
        "settings clock roles files",
        "db migrations facts intake masking kb prompts llm",
        "rules",
        "training bundle",  # counsel's scenario bank; the whole knowledge folder, checked
        "retrieval",
        "explain",
        "audit",
        "pipeline",
        "review practice roster unasked render batch evaluate console",
        "app",
        "cli slack web __main__",
    )
)
LAYER_OF = {unit: level for level, units in enumerate(LAYERS) for unit in units}


def _unit(module: str) -> str:
    """bot.kb.store -> kb; bot.pipeline -> pipeline; the root package itself -> ''."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("bot.")}


def edges() -> dict[str, set[tuple[str, str]]]:
    """unit -> {(imported unit, importing module)} over every module of bot/."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted(BOT.rglob("*.py")):
        module = _module_name(path)
        source = _unit(module)
        if not source:
            continue  # the root package: tested apart below
        for name in _imported(ast.parse(path.read_text(encoding="utf-8"))):
            target = _unit(name)
            if target and target != source:
                found[source].add((target, module))
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one unit (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_package_and_module_has_a_layer() -> None:
    units = {_unit(_module_name(path)) for path in BOT.rglob("*.py")} - {""}
    assert units - LAYER_OF.keys() == set(), "place the new unit in LAYERS (and in DESIGN.md's picture)"


def test_no_import_points_up_a_layer() -> None:
    upward = sorted(
        f"{module} imports bot.{target} (layer {LAYER_OF[target]} above {source}'s {LAYER_OF[source]})"
        for source, targets in edges().items()
        for target, module in targets
        if LAYER_OF[target] > LAYER_OF[source]
    )
    assert upward == []


def test_no_import_cycle_joins_two_packages() -> None:
    graph = {source: {target for target, _ in targets} for source, targets in edges().items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_root_package_imports_no_part_of_the_bot_when_loaded() -> None:
    tree = ast.parse((BOT / "__init__.py").read_text(encoding="utf-8"))
    loaded_at_once = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    assert _imported(ast.Module(body=loaded_at_once, type_ignores=[])) == set()


def test_reading_the_settings_loads_no_store_model_or_index() -> None:
    heavy = ("chromadb", "bm25s", "langchain_core", "sqlalchemy", "onnxruntime", "torch", "numpy")
    probe = "import sys, bot.settings; print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert set(loaded.stdout.split()) & set(heavy) == set()
