"""The package's imports point downward only: no module imports a higher layer, and no cycle.

Every import counts: at module level, inside a function (a lazy import is still a dependency)
and under ``if TYPE_CHECKING:`` (a type a module names is a layer it knows about). The layers,
lowest first: the generated models; the engine (``_core``); the generated operations; the wings
below the resources (events, billing, webhooks); the generated resources; the client; the wings
above it (bulk, testing, spark); the command line. The generated models are one node.
"""

from __future__ import annotations

import ast
from pathlib import Path

import monk

PACKAGE = Path(monk.__file__).resolve().parent

# Lowest first. A module may import its own layer or lower ones; a new module must be placed.
# A name covers its submodules; the longest name that covers a module places it.
LAYERS: list[set[str]] = [
    {
        "monk._generated",  # the package itself: a docstring
        "monk._generated.models",
        "monk._generated.types",
        "monk._generated.request_table",
        "monk._version",
        "monk._exceptions",
    },
    {"monk._core"},  # the engine: transport, retries, breaker, requests, decoding, pages
    {"monk._generated.operations", "monk._generated.params"},
    {
        "monk._events",
        "monk._billing",
        "monk.webhooks",
    },  # what the resources' mixins need
    {"monk._generated.resources", "monk._generated.client_attributes"},
    {"monk._client"},
    {
        "monk._bulk",
        "monk.testing",
        "monk.types",
        "monk.spark",
    },  # built on the public client
    {"monk._cli", "monk", "monk.__main__"},
]


def layer_of(module: str) -> int:
    best: tuple[int, int] | None = None  # (length of the name, layer)
    for index, names in enumerate(LAYERS):
        for name in names:
            covers = module == name or (name != "monk" and module.startswith(name + "."))
            if covers and (best is None or len(name) > best[0]):
                best = (len(name), index)
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")
    return best[1]


def module_name(path: Path) -> str:
    parts = ["monk", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _node(module: str) -> str:
    """The graph node of a module: the generated models are one."""
    models = "monk._generated.models"
    return models if module.startswith(models + ".") else module


def imports_of(path: Path) -> set[str]:
    """The monk modules a file imports, when it runs or for its types."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
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
    return {_node(m) for m in found} - {_node(name)}


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def overlay_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        graph.setdefault(_node(module_name(path)), set()).update(imports_of(path))
    return graph


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


def test_the_engine_and_the_wings_below_the_resources_know_nothing_of_the_client() -> None:
    graph = overlay_graph()
    below = ("monk._core", "monk._events", "monk._billing", "monk.webhooks")
    for module, targets in graph.items():
        if module.startswith(below):
            assert not {t for t in targets if t.startswith(("monk._client", "monk._generated.res"))}


def test_every_generated_module_says_so_on_its_first_line() -> None:
    header = "# Generated from openapi/openapi.json by nox -s regenerate: do not edit."
    generated = sorted((PACKAGE / "_generated").rglob("*.py"))
    assert len(generated) > 50
    assert [p for p in generated if p.read_text().split("\n", 1)[0] != header] == []
    hand_written = [p for p in PACKAGE.rglob("*.py") if "_generated" not in p.parts]
    assert [p for p in hand_written if "do not edit" in p.read_text()[:400]] == []
