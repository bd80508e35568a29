#!/usr/bin/env python3
"""Fetch Monk's OpenAPI documents and regenerate the client in ``generated/``.

    python scripts/regenerate.py                   validate openapi/, regenerate generated/
    python scripts/regenerate.py --check           exit 1 if generated/ (models, resources, request
                                                   table) or openapi.json is stale
    python scripts/regenerate.py --fetch           download the nine documents, then regenerate
    python scripts/regenerate.py --fetch --base-url http://127.0.0.1:8000 --fetch-only
    python scripts/regenerate.py --bundle          rebuild openapi/openapi.json from the YAMLs

``openapi.json`` is the bundle of the eight per-domain YAMLs and is what the generator reads.
A fetch replaces ``openapi/`` only after all nine documents downloaded, parsed and validated;
anything less leaves it untouched.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
GENERATED_DIR = ROOT / "generated"
CONFIG = ROOT / "generator-config.yaml"
# Custom generator templates (tolerant decoding, lazy models, Decimal money); see templates/.
TEMPLATES = ROOT / "templates"
MANIFEST = "manifest.json"

LIVE_BASE_URL = "https://docs.monk.com"
# Pinned: a different generator or formatter version changes the output byte for byte.
GENERATOR = ("openapi-python-client", "0.29.1")
FORMATTER = ("ruff", "0.17.6")
LINE_LENGTH = "100"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_request_table  # noqa: E402  (a sibling script: the request rules table)
import generate_resources  # noqa: E402  (a sibling script: the typed resource layer)
import spec_diff  # noqa: E402  (a sibling script: the drift report)
from openapi_spec import BUNDLE, YAML_DOCUMENTS, BundleError, bundle, load_yaml  # noqa: E402

DOCUMENTS = (BUNDLE, *YAML_DOCUMENTS)


class PipelineError(Exception):
    """A step failed; the message says which and why."""


# --- loading -------------------------------------------------------------------------------


def parse_document(name: str, data: bytes) -> dict[str, Any]:
    """Parse one document (JSON or YAML by its name)."""
    try:
        doc = json.loads(data) if name.endswith(".json") else load_yaml(data)
    except Exception as exc:
        raise PipelineError(f"{name}: does not parse: {exc}") from exc
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise PipelineError(f"{name}: not an OpenAPI document")
    return doc


def read_documents(directory: Path) -> dict[str, dict[str, Any]]:
    """Read and parse the nine documents of a directory."""
    missing = [n for n in DOCUMENTS if not (directory / n).is_file()]
    if missing:
        raise PipelineError(f"{directory}: missing {', '.join(missing)}")
    return {n: parse_document(n, (directory / n).read_bytes()) for n in DOCUMENTS}


def validate(name: str, doc: Mapping[str, Any]) -> None:
    """Validate one document against the OpenAPI schema."""
    from openapi_spec_validator import validate as _validate

    try:
        _validate(copy.deepcopy(dict(doc)))
    except Exception as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PipelineError(f"{name}: invalid OpenAPI: {first}") from exc


# --- bundling ------------------------------------------------------------------------------


def dump_json(doc: Mapping[str, Any]) -> bytes:
    """The canonical serialisation of a bundle (stable, diff-friendly)."""
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()


def bundle_drift(docs: Mapping[str, Mapping[str, Any]]) -> str | None:
    """Markdown drift between openapi.json and the bundle of the YAMLs, or None if they agree."""
    yamls = {n: docs[n] for n in YAML_DOCUMENTS}
    report = spec_diff.diff_specs(bundle(yamls), dict(docs[BUNDLE]))
    return spec_diff.render_markdown(report) if report.changes else None


# --- manifest ------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_for(directory: Path, source: str) -> dict[str, Any]:
    """Hashes of the nine documents: a fetch whose hashes match changed nothing."""
    return {
        "source": source,
        "generator": "==".join(GENERATOR),
        "documents": {n: sha256(directory / n) for n in DOCUMENTS},
    }


def write_manifest(directory: Path, source: str) -> None:
    data = json.dumps(manifest_for(directory, source), indent=2) + "\n"
    (directory / MANIFEST).write_text(data)


def read_manifest(directory: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads((directory / MANIFEST).read_text())
        return data
    except (OSError, ValueError):
        return {}


# --- fetching ------------------------------------------------------------------------------


def document_urls(base_url: str) -> dict[str, str]:
    """Where docs.monk.com publishes each document (the layout llms.txt lists)."""
    base = base_url.rstrip("/")
    urls = {BUNDLE: f"{base}/api-reference/openapi.json"}
    urls.update({n: f"{base}/openapi/{n}" for n in YAML_DOCUMENTS})
    return urls


def download(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "monk-python-regenerate"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read()
            return data
    except (urllib.error.URLError, OSError) as exc:
        raise PipelineError(f"download failed: {url}: {exc}") from exc


def fetch(base_url: str, *, timeout: float = 30.0) -> bool:
    """Download, validate and swap in the nine documents. Returns False when nothing changed."""
    staged = Path(tempfile.mkdtemp(prefix=".openapi-fetch-", dir=ROOT))
    try:
        docs: dict[str, dict[str, Any]] = {}
        for name, url in document_urls(base_url).items():
            data = download(url, timeout)
            (staged / name).write_bytes(data)
            docs[name] = parse_document(name, data)
            validate(name, docs[name])
        drift = bundle_drift(docs)
        if drift:
            print("warning: the published openapi.json and the YAMLs disagree:\n" + drift)
        old = read_manifest(OPENAPI_DIR).get("documents")
        new = manifest_for(staged, base_url)
        if old == new["documents"]:
            print("openapi/: unchanged (the hashes match the manifest)")
            return False
        previous = OPENAPI_DIR / BUNDLE
        if previous.is_file():
            report = spec_diff.diff_specs(
                parse_document(BUNDLE, previous.read_bytes()), docs[BUNDLE]
            )
            print(spec_diff.render_markdown(report))
        write_manifest(staged, base_url)
        _swap_directory(staged, OPENAPI_DIR)
        print(f"openapi/: replaced from {base_url}")
        return True
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def _swap_directory(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with two renames, restoring ``target`` if the second fails."""
    old = target.with_name(f".{target.name}-previous")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        if old.exists():
            os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


# --- generating ----------------------------------------------------------------------------


def _require_pinned(dist: str, version: str) -> None:
    try:
        found = metadata.version(dist)
    except metadata.PackageNotFoundError:
        message = f"{dist}=={version} is not installed (nox -s regenerate installs it)"
        raise PipelineError(message) from None
    if found != version:
        raise PipelineError(f"{dist} {found} is installed; the pinned version is {version}")


def _run(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, text=True)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise PipelineError(f"{' '.join(args[:3])} failed:\n{output}")
    if "Warning" in output or "warning:" in output.lower():
        raise PipelineError(f"{' '.join(args[:3])} warned:\n{output}")


# What openapi-python-client writes that the SDK does not ship: its endpoint functions and their
# client would be a second request path beside the engine's (which builds requests from the
# request table and decodes with the models), so they are not generated. See the README.
NOT_SHIPPED = ("api", "client.py", "errors.py")


def generate_into(destination: Path) -> None:
    """Everything in generated/: the pinned generator's models on openapi.json (with the pinned
    formatter), then the resources and request table; every file gets the header on line 1."""
    for dist, version in (GENERATOR, FORMATTER):
        _require_pinned(dist, version)
    bindir = Path(sys.executable).parent
    _run(
        [
            str(bindir / "openapi-python-client"),
            "generate",
            "--path",
            str(OPENAPI_DIR / BUNDLE),
            "--meta",
            "none",
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(destination),
            "--overwrite",
        ]
    )
    _run(
        [
            str(bindir / "ruff"),
            "format",
            "--isolated",
            "--line-length",
            LINE_LENGTH,
            "--quiet",
            str(destination),
        ]
    )
    for name in NOT_SHIPPED:
        path = destination / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    generate_resources.write(destination)
    build_request_table.write(destination / build_request_table.TARGET.name)
    for path in sorted(destination.rglob("*.py")):
        text = path.read_text()
        if not text.startswith(generate_resources.HEADER + "\n"):
            path.write_text(generate_resources.HEADER + "\n" + text)


def tree_differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on one side, or other bytes)."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    a, b = files(left), files(right)
    out = sorted(a ^ b)
    for rel in sorted(a & b):
        if not filecmp.cmp(left / rel, right / rel, shallow=False):
            out.append(rel)
    return sorted(out)


def check_sources(*, rebundle: bool) -> dict[str, dict[str, Any]]:
    """Validate the nine documents and that openapi.json is the bundle of the YAMLs."""
    yamls = {n: parse_document(n, (OPENAPI_DIR / n).read_bytes()) for n in YAML_DOCUMENTS}
    for name, doc in yamls.items():
        validate(name, doc)
    expected = dump_json(bundle(yamls))
    bundle_path = OPENAPI_DIR / BUNDLE
    if rebundle:
        bundle_path.write_bytes(expected)
    docs = read_documents(OPENAPI_DIR)
    validate(BUNDLE, docs[BUNDLE])
    drift = bundle_drift(docs)
    if drift:
        message = "openapi.json disagrees with the YAMLs:\n" + drift
        if docs[BUNDLE].get("info", {}).get("x-monk-reconstructed"):
            # Ours: openapi.json must be exactly the bundle. Published ones only warn.
            raise PipelineError(message + "\n(run --bundle if the YAMLs are right)")
        print("warning: " + message)
    return docs


def regenerate() -> None:
    with tempfile.TemporaryDirectory(prefix="monk-generate-") as tmp:
        staged = Path(tmp) / "generated"
        generate_into(staged)
        shutil.rmtree(GENERATED_DIR, ignore_errors=True)
        shutil.copytree(staged, GENERATED_DIR, ignore=shutil.ignore_patterns("__pycache__"))
    print(
        f"generated/: regenerated with {'=='.join(GENERATOR)}, with the resources and request table"
    )


def check() -> list[str]:
    """What is out of step: generated/ against a fresh generation, and the manifest."""
    problems = []
    source = read_manifest(OPENAPI_DIR).get("source", "reconstructed")
    if read_manifest(OPENAPI_DIR) != manifest_for(OPENAPI_DIR, source):
        problems.append("openapi/manifest.json does not match the documents (run regenerate)")
    with tempfile.TemporaryDirectory(prefix="monk-check-") as tmp:
        staged = Path(tmp) / "generated"
        generate_into(staged)
        problems += [f"generated/{p} differs" for p in tree_differences(staged, GENERATED_DIR)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--fetch", action="store_true", help="download the nine documents first")
    parser.add_argument(
        "--base-url",
        default=os.environ.get("MONK_DOCS_BASE_URL", LIVE_BASE_URL),
        help=f"where to fetch from (default {LIVE_BASE_URL}, or $MONK_DOCS_BASE_URL)",
    )
    parser.add_argument("--fetch-only", action="store_true", help="with --fetch: do not generate")
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is stale")
    parser.add_argument(
        "--bundle", action="store_true", help="rewrite openapi.json from the YAMLs first"
    )
    args = parser.parse_args(argv)
    try:
        if args.fetch:
            changed = fetch(args.base_url)
            if not changed or args.fetch_only:
                return 0
        check_sources(rebundle=args.bundle)
        if args.check:
            problems = check()
            for p in problems:
                print(f"stale: {p}")
            if problems:
                print("run: nox -s regenerate")
                return 1
            print("generated/ and openapi/ are in step")
            return 0
        write_manifest(OPENAPI_DIR, read_manifest(OPENAPI_DIR).get("source", "reconstructed"))
        regenerate()
        return 0
    except (PipelineError, BundleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
