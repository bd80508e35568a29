"""The overlay's imports point downward only: no module imports a higher layer, and no cycle.

Every import counts, at module level or inside a function (a lazy import is still a
dependency); only ``if TYPE_CHECKING:`` blocks are left out, as they never run. ``monk._generated``
(generator output) is the bottom layer and imports nothing of the overlay.
"""

from __future__ import annotations

import ast
from pathlib import Path

import monk

PACKAGE = Path(monk.__file__).resolve().parent

# Lowest first. A module may import its own layer or lower ones; a new module must be placed.
LAYERS: list[set[str]] = [
    {"monk._generated"},
    {
        "monk._version",
        "monk._exceptions",
        "monk._caller",
        "monk._options",
        "monk._docs",
        "monk._flow",
        "monk._request_table",  # generated from the spec
    },
    {
        "monk._money",
        "monk._event",
        "monk._spool",
        "monk._operation",
        "monk._retry",
        "monk._response",
        "monk._pagination",
        "monk._webhook_events",
        "monk._decode",
        "monk._request",
    },
    {"monk._operations", "monk._params"},  # generated from the spec
    {
        "monk._credits",
        "monk._estimate",
        "monk._usage",
        "monk._ingest",
        "monk._bulk.rows",
        "monk._bulk.checkpoint",
        "monk._bulk.commit",
        "monk._bulk.importer",
    },
    {
        "monk.resources._base",
        "monk.resources.contracts",
        "monk.resources.events",
        "monk.resources.pricing",
        "monk.resources.usage",
    },
    {"monk.resources._api", "monk.resources"},  # generated from the spec
    {"monk._client", "monk._resources"},
    # monk._bulk (the package, a docstring) sits with its top module: a name matches its
    # submodules too, so placed lower it would pull monk._bulk.sync down with it.
    {"monk.webhooks", "monk.testing", "monk.types", "monk._bulk.sync", "monk._bulk", "monk.spark"},
    {"monk._cli", "monk", "monk.__main__"},
]


def layer_of(module: str) -> int:
    for index, names in enumerate(LAYERS):
        for name in names:
            if module == name or (name != "monk" and module.startswith(name + ".")):
                return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def module_name(path: Path) -> str:
    parts = ["monk", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path) -> set[str]:
    """The monk modules a file imports when it runs."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                for stmt in child.orelse:
                    visit(stmt)
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("monk"))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    target = ".".join([*base, *([child.module] if child.module else [])])
                else:
                    target = child.module or ""
                if not target.startswith("monk"):
                    continue
                if child.module is None or not child.level:
                    # ``from . import resources``: the names may be modules
                    for alias in child.names:
                        candidate = f"{target}.{alias.name}"
                        if _is_module(candidate):
                            found.add(candidate)
                found.add(target)
            visit(child)

    visit(ast.parse(path.read_text(), str(path)))
    found.discard(name)
    return {m for m in found if not m.startswith("monk._generated")} | (
        {"monk._generated"} & {m[: len("monk._generated")] for m in found}
    )


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def overlay_graph() -> dict[str, set[str]]:
    files = [p for p in PACKAGE.rglob("*.py") if "_generated" not in p.relative_to(PACKAGE).parts]
    return {module_name(p): imports_of(p) for p in sorted(files)}


def test_every_import_points_down_a_layer_or_stays_in_its_own() -> None:
    upward = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in overlay_graph().items()
        for target in sorted(targets)
        if target != "monk" and layer_of(target) > layer_of(module)
    ]
    assert upward == []


def test_the_import_graph_has_no_cycle() -> None:
    graph = overlay_graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if target == "monk" or target not in graph:
                continue
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                walk(target, [*path, target])
        state[node] = 2

    for node in graph:
        if node not in state:
            walk(node, [node])
    assert cycles == []


def test_the_flows_do_not_import_the_resources_or_the_client() -> None:
    graph = overlay_graph()
    for flow in ("monk._usage", "monk._credits", "monk._estimate", "monk._ingest"):
        assert not {m for m in graph[flow] if m.startswith(("monk.resources", "monk._client"))}
