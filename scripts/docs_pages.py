"""The API reference site's generated pages (run by mkdocs-gen-files during ``nox -s docs``).

Two kinds of page are made here, so that neither can fall behind what they describe:

- **Guides**, cut from README.md (for users, under guides/) and CONTRIBUTING.md (for maintainers,
  under development/) by heading: one source for the repository and the site. Links between
  sections, in either file, are rewritten to the page the section landed on; a link to a section
  that exists nowhere is left as it is, and the strict build fails on it.
- **Reference**, from the installed package (the wheel nox built): a page for the ``monk``
  package listing every public name under its public path (``monk.APIConnectionError``), a page
  per resource of ``monk.Monk`` with its sync and async methods, and the response models the
  methods return (``monk.types.Customer``...), grouped by resource, which return types link to.
  A public name or a resource method without a docstring stops the build.

SUMMARY.md, the navigation, is read by literate-nav and is not a page (scripts/docs_hooks.py).
"""

from __future__ import annotations

import importlib
import inspect
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mkdocs_gen_files

ROOT = Path(__file__).resolve().parent.parent
# Each source, and the folder of the pages of its level-2 headings that GUIDES does not name.
SOURCES = {"README.md": "guides", "CONTRIBUTING.md": "development"}

# Heading (of README.md or CONTRIBUTING.md) -> (page, title). A heading not listed here, at level
# 2, gets a page of its own (so a new section shows up on the site without an edit here).
GUIDES: dict[str, tuple[str, str]] = {
    "Using it": ("guides/quickstart.md", "Quickstart"),
    "Sending usage events": ("guides/events.md", "Sending usage events"),
    "Show your customer their spend": ("guides/usage-cost.md", "Usage cost"),
    "Webhooks": ("guides/webhooks.md", "Webhooks"),
    "`monk.testing.MockMonk`": ("guides/testing.md", "Testing with the mock"),
    "The `monk` command": ("guides/cli.md", "The monk command"),
    "The demo and the tests": ("development/index.md", "Contributing"),
    "How this repository is built": ("development/repository.md", "How the SDK is built"),
    "The spec and where it comes from": ("development/spec.md", "The spec"),
    "Development": ("development/tasks.md", "Development tasks"),
}
FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^(#{1,6}) (.+?)\s*$")
# A link to a section: ](#anchor), ](README.md#anchor), ](CONTRIBUTING.md) ...
ROLE = re.compile(r":(?:class|meth|func|data|attr|exc|mod|obj):`~?([\w.]+)`")
LINK = re.compile(r"\]\((README\.md|CONTRIBUTING\.md)?(?:#([^)\s]+))?\)")


def fenced(lines: list[str]) -> Iterator[tuple[str, bool]]:
    """Each line, and whether it is inside (or is) a code fence (CommonMark's closing rule)."""
    opened: str | None = None
    for line in lines:
        found = FENCE.match(line)
        if found:
            marker = found.group(1)
            if opened is None:
                opened = marker
                yield line, True
                continue
            if marker[0] == opened[0] and len(marker) >= len(opened) and not found.group(2).strip():
                opened = None
                yield line, True
                continue
        yield line, opened is not None


class DocsError(Exception):
    """The site cannot be built as it should be; the message says what to fix."""


def slug(title: str) -> str:
    """The anchor Python-Markdown's toc gives a heading (and GitHub, for these headings)."""
    text = re.sub(r"[`*_]", "", title).strip().lower()
    text = re.sub(r"[^\w\s-]", "", text)
    return re.sub(r"[\s]+", "-", text)


@dataclass
class Section:
    heading: str
    level: int
    page: str
    title: str
    source: str = "README.md"
    lines: list[str] = field(default_factory=list)


def readme_sections(text: str, source: str = "README.md") -> list[Section]:
    """A source cut at the headings of GUIDES (and at every level-2 heading)."""
    folder = SOURCES[source]
    sections: list[Section] = []
    current: Section | None = None
    for line, in_fence in fenced(text.splitlines()):
        found = None if in_fence else HEADING.match(line)
        if found:
            level, heading = len(found.group(1)), found.group(2)
            if heading in GUIDES:
                page, title = GUIDES[heading]
                current = Section(heading, level, page, title, source)
                sections.append(current)
                continue
            if level <= 2:
                if level == 2:
                    name = slug(heading)
                    page = f"{folder}/{name}.md"
                    current = Section(heading, level, page, heading.strip("`"), source)
                    sections.append(current)
                else:
                    current = None  # the title block above the first section
                continue
            if current is not None and level <= current.level:
                current = None  # a sibling of a level-3 guide that is not itself a guide
                continue
        if current is not None:
            current.lines.append(line)
    return sections


def all_sections() -> list[Section]:
    """Every source's sections; a heading of GUIDES found in none of them is an error."""
    sections = [
        section
        for source in SOURCES
        for section in readme_sections((ROOT / source).read_text(encoding="utf-8"), source)
    ]
    missing = set(GUIDES) - {s.heading for s in sections}
    if missing:
        raise DocsError(f"{' and '.join(SOURCES)} have no section {sorted(missing)}: update GUIDES")
    return sections


def anchors(section: Section) -> Iterator[str]:
    yield slug(section.heading)
    for line, in_fence in fenced(section.lines):
        found = None if in_fence else HEADING.match(line)
        if found:
            yield slug(found.group(2))


Where = dict[tuple[str, str], str]  # (source, anchor) -> page


def render(section: Section, where: Where, tops: frozenset[str]) -> str:
    """The section as a page: its headings raised so the page starts at ``#``, links fixed."""
    shift = section.level - 1
    out = [f"# {section.title}", ""]
    for line, in_fence in fenced(section.lines):
        found = None if in_fence else HEADING.match(line)
        if found:
            hashes = "#" * max(2, len(found.group(1)) - shift)
            out.append(f"{hashes} {found.group(2)}")
        elif not in_fence:
            out.append(LINK.sub(lambda m: _link(m, section, where, tops), line))
        else:
            out.append(line)
    return "\n".join(out).rstrip() + "\n"


def _link(found: re.Match[str], section: Section, where: Where, tops: frozenset[str]) -> str:
    source, anchor = found.group(1) or section.source, found.group(2)
    page = section.page
    if anchor is None:  # the whole file: its first page
        target = "index.md" if source == "README.md" else where[(source, "")]
        return f"]({posixpath.relpath(target, posixpath.dirname(page))})"
    target = where.get((source, anchor))
    if target is None or target == page:
        return f"](#{anchor})"
    relative = posixpath.relpath(target, posixpath.dirname(page))
    # A section's own heading became its page's title: link to the page itself.
    return f"]({relative})" if anchor in tops else f"]({relative}#{anchor})"


# --- the reference -------------------------------------------------------------------------


def public_names() -> list[tuple[str, Any]]:
    """Every name of ``monk.__all__`` with its object; one without a docstring is an error."""
    monk = importlib.import_module("monk")
    undocumented = []
    found = []
    for name in monk.__all__:
        obj = getattr(monk, name)
        if name != "__version__" and not (inspect.getdoc(obj) or "").strip():
            undocumented.append(name)
        found.append((name, obj))
    if undocumented:
        raise DocsError(f"public names of monk without a docstring: {undocumented}")
    return found


def directive(name: str, obj: Any) -> str:
    """A mkdocstrings directive for a public name, by its public path (``monk.RetryConfig``).

    The page shows that path; the private one it is defined under (``monk._core.retry``) is still
    registered, so a signature naming either links here.
    """
    if inspect.ismodule(obj):
        return f"::: {obj.__name__}"
    if hasattr(obj, "__qualname__"):
        return f"::: monk.{name}"
    # A constant (``monk.omit``): its value's repr and its type's docstring, roles as code.
    doc = ROLE.sub(r"`\1`", inspect.getdoc(obj) or "")
    return f"## `monk.{name}`\n\n`{obj!r}`: {doc}\n"


def resources() -> list[tuple[str, type, type]]:
    """(dotted attribute, sync class, async class) for each resource of the clients."""
    monk = importlib.import_module("monk")
    httpx = importlib.import_module("httpx")
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    key = "mk_test_" + "0" * 48
    sync = monk.Monk(api_key=key, http_client=httpx.Client(transport=transport))
    async_ = monk.AsyncMonk(api_key=key, http_client=httpx.AsyncClient(transport=transport))
    found: list[tuple[str, type, type]] = []

    def walk(prefix: str, a: Any, b: Any) -> None:
        for name in sorted(dir(a)):
            if name.startswith("_") or name == "with_raw_response":
                continue
            static = inspect.getattr_static(a, name, None)
            if inspect.isfunction(static) or isinstance(static, (classmethod, staticmethod)):
                continue
            child = getattr(a, name, None)
            if child is None or inspect.isroutine(child) or not hasattr(child, "_engine"):
                continue
            path = f"{prefix}.{name}" if prefix else name
            found.append((path, type(child), type(getattr(b, name))))
            walk(path, child, getattr(b, name))

    walk("", sync, async_)
    sync.close()
    if not found:
        raise DocsError("monk.Monk has no resources: the reference would be empty")
    return found


def methods(cls: type) -> list[str]:
    return [
        n
        for n, member in inspect.getmembers(cls)
        if not n.startswith("_") and inspect.isfunction(member)
    ]


def resource_page(path: str, sync: type, async_: type) -> str:
    lines = [f"# `client.{path}`", ""]
    doc = inspect.getdoc(sync) or ""
    lines += [doc.split("\n\n")[0], ""] if doc else []
    undocumented = [
        f"{cls.__name__}.{m}"
        for cls in (sync, async_)
        for m in methods(cls)
        if not (inspect.getdoc(getattr(cls, m)) or "").strip()
    ]
    if undocumented:
        raise DocsError(f"resource methods without a docstring: {undocumented}")
    members = methods(sync)
    options = "\n".join(
        [
            "    options:",
            "      show_root_heading: true",
            "      show_root_full_path: false",
            f"      members: [{', '.join(members)}]",
        ]
    )
    lines += ["## Sync", "", f"::: {sync.__module__}.{sync.__qualname__}", options, ""]
    async_members = methods(async_)
    async_options = options.replace(", ".join(members), ", ".join(async_members))
    lines += ["## Async", "", f"::: {async_.__module__}.{async_.__qualname__}", async_options, ""]
    return "\n".join(lines)


def module_page(name: str, module: Any) -> str:
    """A public module's page; ``monk.types`` without the models (they have pages of their own)."""
    if name != "types":
        return f"# `monk.{name}`\n\n{directive(name, module)}\n"
    params = importlib.import_module("monk._generated.params")
    members = ["UNSET", "Unset", *params.__all__]
    return "\n".join(
        [
            "# `monk.types`",
            "",
            "::: monk.types",
            "    options:",
            f"      members: [{', '.join(members)}]",
            "",
            "The response models (`monk.types.Customer`, `monk.types.Contract`...) are on the",
            "[models pages](models/customers.md), one per resource.",
            "",
        ]
    )


# --- the response models --------------------------------------------------------------------

IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def models_by_resource(found: list[tuple[str, type, type]]) -> dict[str, list[str]]:
    """The generated models users get back, by the top-level resource that first returns them.

    From each resource method's return annotation (``SyncPage[Customer]``), then every model a
    field of one names (``Contract.credit_settings``: ``ContractCreditSettings``), enums included;
    then the models a parameter accepts (``contacts``: ``CustomerContact``).
    """
    attrs = importlib.import_module("attrs")
    types = importlib.import_module("monk.types")
    generated = set(importlib.import_module("monk._generated.models").__all__)
    groups: dict[str, list[str]] = {}
    placed: set[str] = set()

    def visit(name: str, group: str) -> None:
        if name.endswith("Model") and name[: -len("Model")] in generated:
            name = name[: -len("Model")]  # ``Pricing as PricingModel`` in the resources
        if name in placed or name not in generated:
            return
        placed.add(name)
        groups.setdefault(group, []).append(name)
        cls = getattr(types, name)
        if attrs.has(cls):
            for item in attrs.fields(cls):
                for word in IDENTIFIER.findall(str(item.type)):
                    visit(word, group)

    signatures = [
        (path.split(".")[0], inspect.signature(getattr(sync, method)))
        for path, sync, _ in found
        for method in methods(sync)
    ]
    for group, signature in signatures:  # what comes back first, then what may be passed in
        for word in IDENTIFIER.findall(str(signature.return_annotation)):
            visit(word, group)
    for group, signature in signatures:
        for parameter in signature.parameters.values():
            for word in IDENTIFIER.findall(str(parameter.annotation)):
                visit(word, group)
    if not groups:
        raise DocsError("no resource method returns a generated model: the models page is empty")
    return groups


def models_page(group: str, names: list[str]) -> str:
    lines = [
        f"# Models: `client.{group}`",
        "",
        f"What the methods of [`client.{group}`](../resources/{group}.md) return, the models and",
        "enums their fields hold, and the models their parameters accept as well as dicts. Each is",
        "importable from `monk.types`; a field the server did",
        "not send is `monk.types.UNSET`, and fields the SDK does not know are kept in",
        "`additional_properties`.",
        "",
    ]
    for name in names:
        lines += [
            f"::: monk.types.{name}",
            "    options:",
            "      show_root_heading: true",
            "      members: false",
            "",
        ]
    return "\n".join(lines)


def main() -> None:
    sections = all_sections()
    where: Where = {}
    for section in sections:
        where.setdefault((section.source, ""), section.page)
        for anchor in anchors(section):
            where.setdefault((section.source, anchor), section.page)
    tops = frozenset(slug(s.heading) for s in sections)
    nav = ["* [Home](index.md)", "* Guides"]
    pages: dict[str, list[Section]] = {}
    for section in sections:
        pages.setdefault(section.page, []).append(section)
    pages = {
        p: parts for p, parts in pages.items() if any(x.strip() for s in parts for x in s.lines)
    }
    for page, parts in pages.items():
        with mkdocs_gen_files.open(page, "w") as out:
            out.write("".join(render(p, where, tops) for p in parts))
        mkdocs_gen_files.set_edit_path(page, f"../{parts[0].source}")
    guide_pages = [p for p in pages if p.startswith("guides/")]
    nav += [f"    * [{pages[p][0].title}]({p})" for p in guide_pages]

    nav.append("* Reference")
    lines = [
        "# The `monk` package",
        "",
        "Everything public is importable from `monk`; modules with a leading underscore are",
        "private. Money is `decimal.Decimal` throughout. What the methods return is on the",
        "[models pages](models/customers.md); each resource's page lists its methods.",
        "",
    ]
    names = public_names()
    for name, obj in names:
        if name == "__version__":
            lines += ["## `__version__`", "", f"The installed version: `{obj}`.", ""]
            continue
        if inspect.ismodule(obj):
            lines += [f"## `monk.{name}`", "", f"See [monk.{name}]({name}.md).", ""]
            with mkdocs_gen_files.open(f"reference/{name}.md", "w") as out:
                out.write(module_page(name, obj))
            continue
        found = directive(name, obj)
        options = (
            ["    options:", "      show_root_heading: true"] if found.startswith(":::") else []
        )
        lines += [found, *options, ""]
    with mkdocs_gen_files.open("reference/monk.md", "w") as out:
        out.write("\n".join(lines))
    nav.append("    * [monk](reference/monk.md)")
    nav.append("    * Resources")
    found_resources = resources()
    for path, sync, async_ in found_resources:
        page = f"reference/resources/{path.replace('.', '-')}.md"
        with mkdocs_gen_files.open(page, "w") as out:
            out.write(resource_page(path, sync, async_))
        nav.append(f"        * [client.{path}]({page})")
    nav.append("    * Models")
    for group, model_names in models_by_resource(found_resources).items():
        page = f"reference/models/{group}.md"
        with mkdocs_gen_files.open(page, "w") as out:
            out.write(models_page(group, model_names))
        nav.append(f"        * [client.{group}]({page})")
    for name, obj in names:
        if inspect.ismodule(obj):
            nav.append(f"    * [monk.{name}](reference/{name}.md)")
    with mkdocs_gen_files.open("reference/testing.md", "w") as out:
        out.write("# `monk.testing`\n\n::: monk.testing\n")
    nav.append("    * [monk.testing](reference/testing.md)")
    development = [p for p in pages if p.startswith("development/")]
    nav.append("* Development")
    nav += [f"    * [{pages[p][0].title}]({p})" for p in development]
    nav += [
        "    * [Versions and releases](versioning.md)",
        "    * [Spec conventions](spec-conventions.md)",
    ]
    with mkdocs_gen_files.open("SUMMARY.md", "w") as out:
        out.write("\n".join(nav) + "\n")


main()
