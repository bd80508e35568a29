"""A griffe extension for the docs site (mkdocs.yml): docstrings rendered as users should read them.

The package's docstrings are written for ``help()`` and IDEs, some in Sphinx's style. At build
time, not in the source (generated and hand-written modules alike stay as they are):

- Sphinx roles (``:class:`~monk.RetryConfig```, ``:meth:`to_json```, ``:func:``, ``:data:``,
  ``:attr:``, ``:exc:``, ``:mod:``, ``:obj:``) become code, linked to the object's page when the
  site documents it (an optional cross-reference: an object the site does not show stays code).
- The generated models' docstrings, indented one level too deep after their first line, are
  dedented, so their ``Attributes:`` section renders as a table.
- ``monk.types`` re-exports the generated models lazily (a module ``__getattr__``), which static
  analysis cannot see: each model is added to it as an alias, so the site documents
  ``monk.types.Customer``, the path users import, rather than ``monk._generated.models...``.
- The spec's maintainer notes (``inferred: not seen in Monk's docs``) are left out: the list of
  inferred parts is for maintainers (CONTRIBUTING.md, "What is inferred").
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import griffe

ROLE = re.compile(
    r":(?:py:)?(class|meth|func|data|attr|exc|mod|obj|const):`(~?)\.?([\w.]+)(\(\))?`"
)
# "(``legalName``; >= 0; inferred: not seen in Monk's docs)" -> "(``legalName``; >= 0)"
INFERRED_TAIL = re.compile(r";\s*inferred:\s+not\s+seen\s+in\s+Monk's\s+docs(?=\s*\))")
INFERRED_ALONE = re.compile(r"\s*\(\s*inferred(?::\s+not\s+seen\s+in\s+Monk's\s+docs)?\s*\)")


def _lookup(pkg: griffe.Module, path: str) -> griffe.Object | griffe.Alias | None:
    if path == pkg.path:
        return pkg
    if not path.startswith(pkg.path + "."):
        return None
    try:
        return pkg[path[len(pkg.path) + 1 :]]
    except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


KINDS = {"func": "is_function", "meth": "is_function", "class": "is_class", "exc": "is_class"}


def resolve(pkg: griffe.Module, obj: griffe.Object, target: str, kind: str = "") -> str | None:
    """The canonical path of what ``target`` names, seen from ``obj``; None when nothing.

    The nearest scope wins, among objects of the role's kind (``:func:`x``` is no attribute).
    """
    scopes: list[str] = []
    here: griffe.Object | None = obj
    while here is not None:
        scopes.append(here.path)
        here = here.parent  # type: ignore[assignment]
    candidates = [f"{scope}.{target}" for scope in scopes] + [f"{pkg.path}.{target}", target]
    for candidate in candidates:
        found = _lookup(pkg, candidate)
        if found is None:
            continue
        try:
            if kind in KINDS and not getattr(found, KINDS[kind]):
                continue
            return found.canonical_path
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return candidate
    return None


SECTION = re.compile(r"^( +)(Attributes|Args|Returns|Raises):\s*$", re.M)


def dedent_sections(text: str) -> str:
    """An indented ``Attributes:`` section, and everything after it, moved to the margin."""
    found = SECTION.search(text)
    if not found:
        return text
    return text[: found.start()] + textwrap.dedent(text[found.start() :])


def convert(text: str, pkg: griffe.Module, obj: griffe.Object) -> str:
    """The docstring with roles as (optionally linked) code and without maintainer notes."""

    def role(match: re.Match[str]) -> str:
        kind, short, target, call = match.groups()
        shown = target.rsplit(".", 1)[-1] if short else target
        if kind in {"meth", "func"} or call:
            shown += "()"
        code = f"<code>{shown}</code>"
        identifier = resolve(pkg, obj, target, kind)
        if identifier is None:
            return code
        return f'<autoref identifier="{identifier}" optional>{code}</autoref>'

    if obj.path.startswith(f"{pkg.path}._generated.models."):
        text = dedent_sections(text)
    text = ROLE.sub(role, text)
    text = INFERRED_TAIL.sub("", text)
    return INFERRED_ALONE.sub("", text)


class MonkDocstrings(griffe.Extension):
    """Rewrites every docstring of the loaded package once it is loaded whole."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        self.alias_models(pkg)
        seen: set[int] = set()

        def walk(obj: griffe.Object) -> None:
            if id(obj) in seen:
                return
            seen.add(id(obj))
            if obj.docstring is not None:
                obj.docstring.value = convert(obj.docstring.value, pkg, obj)
            for member in obj.members.values():
                if not member.is_alias:
                    walk(member)  # type: ignore[arg-type]

        walk(pkg)

    @staticmethod
    def alias_models(pkg: griffe.Module) -> None:
        try:
            types = pkg["types"]
            models = pkg["_generated.models"]
        except KeyError:
            return
        for name, member in list(models.members.items()):
            if name.startswith("_") or name in types.members:
                continue
            target = member.target_path if member.is_alias else member.path
            types.set_member(name, griffe.Alias(name, target, parent=types))
