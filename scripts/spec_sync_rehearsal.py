#!/usr/bin/env python3
"""Rehearse the spec-sync workflow here, against a loopback copy of docs.monk.com.

    python scripts/spec_sync_rehearsal.py               rehearse; print the report and PR body
    python scripts/spec_sync_rehearsal.py --keep        ... and keep the temporary directory
    python scripts/spec_sync_rehearsal.py --unmodified  serve openapi/ unchanged (must fail)

It copies the project into a temporary directory (the real openapi/ and generated/ are never
written), publishes a copy of openapi/ the way docs.monk.com lays it out on a loopback server,
and runs the `run:` steps of .github/workflows/spec-sync.yml from save-old to regenerate, as
GitHub would (bash -eo pipefail, $GITHUB_OUTPUT, $RUNNER_TEMP, the `if:` conditions): first
against the documents as they are, where the workflow must stop quietly, then against a modified
copy (one field added, one field removed, one operation added, in the YAML and in the bundle).
In place of .ci/run it runs the spec-example tests and a test of the added field and operation
against the regenerated client; in place of the pull request it writes the body to a file and
prints it. Exit 0 only when every step passed and the report shows the three changes.
Needs this interpreter to have the `regenerate` and `test` groups and the runtime dependencies.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "spec-sync.yml"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import regenerate  # noqa: E402  (sibling scripts)
import spec_diff  # noqa: E402

# The workflow's steps, by id: run here as they are, or stood in for (and by what).
REHEARSED = ("save-old", "fetch", "changes", "report", "regenerate")
STOOD_IN_FOR = {
    "checkout": "the temporary copy of the project",
    "python": "this interpreter",
    "install": "this environment (nox installs the same `regenerate` group)",
    "push": "the regenerated copy (the ci job then runs the whole matrix on the pushed commit;"
    " here, the spec-example tests and the rehearsed changes on the regenerated client)",
    "upload": "the pull request body, written to a file",
}
COPIED = (
    ".gitignore",
    "scripts",
    "openapi",
    "generated",
    "templates",
    "overlays",
    "generator-config.yaml",
    "pyproject.toml",
)
COPIED_TESTS = ("conftest.py", "spec_helpers.py", "vcr_support.py", "test_spec_examples.py")
CONDITION = re.compile(r"^steps\.([\w-]+)\.outputs\.([\w-]+) == '([^']*)'$")
STEP_TIMEOUT = 600.0

# The rehearsed changes, all in customers.yaml.
SCHEMA = "Customer"
ADDED_FIELD = "loyaltyTier"
NEW_PATH = "/v1/customers/{customerId}/notes"
NEW_OPERATION = "listCustomerNotes"
NEW_MODULE = "customers.list_customer_notes"  # the generated module: api/<tag>/<operation>


class RehearsalError(Exception):
    """A step failed, or the workflow or the report is not what the rehearsal expects."""


@dataclass(frozen=True)
class Changes:
    """What the modified documents change, so the report and the client can be held to it."""

    added: str
    removed: str
    operation: str = NEW_OPERATION

    def attribute(self, field: str) -> str:
        """The generated model's name for a field (``legalName`` -> ``legal_name``)."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", field).lower()


# --- the published documents ---------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def docs_server(site: Path) -> Iterator[str]:
    """Serve ``site`` (laid out like docs.monk.com) on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def publish(openapi: Path, site: Path) -> None:
    """Lay the nine documents out as docs.monk.com does (regenerate.document_urls)."""
    (site / "api-reference").mkdir(parents=True, exist_ok=True)
    (site / "openapi").mkdir(exist_ok=True)
    shutil.copy(openapi / regenerate.BUNDLE, site / "api-reference" / regenerate.BUNDLE)
    for name in regenerate.YAML_DOCUMENTS:
        shutil.copy(openapi / name, site / "openapi" / name)


def modify(site: Path) -> Changes:
    """One field added to and one removed from Customer, one operation added; bundle rebuilt.

    The removed field is Customer's first optional string field (legalName today), so the
    rehearsal still works on whatever Monk publishes next.
    """
    import yaml

    path = site / "openapi" / "customers.yaml"
    doc = regenerate.parse_document(path.name, path.read_bytes())
    schema = doc.get("components", {}).get("schemas", {}).get(SCHEMA)
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        raise RehearsalError(f"customers.yaml has no {SCHEMA} schema with properties")
    props: dict[str, Any] = schema["properties"]
    required = set(schema.get("required", []))
    removed = next((n for n, s in props.items() if n not in required and _is_string(s)), None)
    if removed is None:
        raise RehearsalError(f"{SCHEMA} has no optional string field to remove")
    if ADDED_FIELD in props or NEW_PATH in doc.get("paths", {}):
        raise RehearsalError(f"{ADDED_FIELD} or {NEW_PATH} is already published: pick others")
    del props[removed]
    props[ADDED_FIELD] = {
        "type": "string",
        "description": "The customer's loyalty tier (added by the spec-sync rehearsal).",
    }
    doc["paths"][NEW_PATH] = {
        "get": {
            "operationId": NEW_OPERATION,
            "tags": ["Customers"],
            "summary": "List a customer's notes",
            "parameters": [
                {"name": "customerId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The customer's notes.",
                    "content": {"application/json": {"schema": _notes_schema()}},
                }
            },
        }
    }
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    yamls = {
        n: regenerate.parse_document(n, (site / "openapi" / n).read_bytes())
        for n in regenerate.YAML_DOCUMENTS
    }
    bundle = regenerate.dump_json(regenerate.bundle(yamls))
    (site / "api-reference" / regenerate.BUNDLE).write_bytes(bundle)
    return Changes(added=ADDED_FIELD, removed=removed)


def _is_string(schema: Mapping[str, Any]) -> bool:
    """``type: string``, or ``type: [string, "null"]``."""
    kind = schema.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def _notes_schema() -> dict[str, Any]:
    note = {
        "type": "object",
        "required": ["id", "text"],
        "properties": {"id": {"type": "string"}, "text": {"type": "string"}},
    }
    return {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"type": "array", "items": note}},
    }


# --- the project copy ----------------------------------------------------------------------


def copy_project(dest: Path) -> None:
    """The parts the workflow's steps and the test subset use; a git repository, as checked out."""
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", ".openapi-*")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy(source, dest / name)
    (dest / "tests").mkdir()
    for name in COPIED_TESTS:
        shutil.copy(ROOT / "tests" / name, dest / "tests" / name)
    for name in ("README.md", "PYPI.md", "LICENSE"):  # what the package build reads
        if (ROOT / name).is_file():
            shutil.copy(ROOT / name, dest / name)
    git(dest, "init", "--quiet")
    git(dest, "add", "--all")
    git(dest, "commit", "--quiet", "--message", "the project as checked out")


def git(cwd: Path, *args: str) -> str:
    """git in the copy, with no user or system configuration (no hooks, no signing)."""
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(name, None)
    identity = ["-c", "user.name=spec-sync rehearsal", "-c", "user.email=rehearsal@localhost"]
    done = subprocess.run(
        ["git", *identity, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    if done.returncode != 0:
        raise RehearsalError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


# --- the workflow's steps ------------------------------------------------------------------


def workflow_steps(workflow: Path = WORKFLOW) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The job's literal env and its steps; every step must be rehearsed or stood in for."""
    import yaml

    doc = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    jobs = doc.get("jobs", {})
    if "sync" not in jobs:
        raise RehearsalError(f"{workflow.name}: no `sync` job")
    job = jobs["sync"]
    env = {**doc.get("env", {}), **job.get("env", {})}
    steps: list[dict[str, Any]] = job.get("steps", [])
    ids = [s.get("id") for s in steps]
    unknown = [i for i in ids if i not in REHEARSED and i not in STOOD_IN_FOR]
    missing = [i for i in (*REHEARSED, *STOOD_IN_FOR) if i not in ids]
    if unknown or missing:
        raise RehearsalError(
            f"{workflow.name}: steps not known to the rehearsal {unknown}, missing {missing}: "
            "update REHEARSED / STOOD_IN_FOR in scripts/spec_sync_rehearsal.py"
        )
    rehearsed = [s for s in steps if s.get("id") in REHEARSED]
    for item in [env, *(s.get("env", {}) for s in rehearsed)]:
        if any("${{" in str(v) for v in item.values()):
            raise RehearsalError(f"{workflow.name}: a rehearsed step's env uses an expression")
    if any("${{" in s.get("run", "${{") for s in rehearsed):
        raise RehearsalError(f"{workflow.name}: a rehearsed step has no run: or uses ${{{{ }}}}")
    return {k: str(v) for k, v in env.items()}, rehearsed


def condition_holds(condition: str, outputs: Mapping[str, Mapping[str, str]]) -> bool:
    """The one kind of `if:` the rehearsed steps may use: steps.<id>.outputs.<name> == 'value'."""
    found = CONDITION.match(condition.strip())
    if not found:
        raise RehearsalError(f"the rehearsal cannot evaluate `if: {condition}`")
    step, name, value = found.groups()
    return outputs.get(step, {}).get(name) == value


def read_outputs(path: Path) -> dict[str, str]:
    """A $GITHUB_OUTPUT file's name=value lines."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return dict(line.split("=", 1) for line in lines if "=" in line)


def run_steps(
    steps: list[dict[str, Any]], project: Path, env: Mapping[str, str], runner_temp: Path
) -> dict[str, dict[str, str]]:
    """Run the steps as GitHub would; returns each run step's outputs. Raises on a failure."""
    outputs: dict[str, dict[str, str]] = {}
    for step in steps:
        step_id = step["id"]
        condition = step.get("if")
        if condition and not condition_holds(condition, outputs):
            print(f"--- step {step_id}: skipped (if: {condition})")
            continue
        print(f"--- step {step_id}: {step.get('name', '')}")
        script = runner_temp / f"step-{step_id}.sh"
        script.write_text(step["run"], encoding="utf-8")
        output_file = runner_temp / f"output-{step_id}"
        output_file.write_text("")
        step_env = {**env, **{k: str(v) for k, v in step.get("env", {}).items()}}
        step_env["GITHUB_OUTPUT"] = str(output_file)
        started = time.monotonic()
        try:
            done = subprocess.run(
                ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                cwd=project,
                env=step_env,
                capture_output=True,
                text=True,
                timeout=STEP_TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            raise RehearsalError(f"step {step_id} ran over {STEP_TIMEOUT:.0f} s") from exc
        log = (done.stdout + done.stderr).rstrip()
        if log:
            print("    " + log.replace("\n", "\n    "))
        print(f"    ({time.monotonic() - started:.1f} s, exit {done.returncode})")
        if done.returncode != 0:
            raise RehearsalError(f"step {step_id} failed (exit {done.returncode})")
        outputs[step_id] = read_outputs(output_file)
    return outputs


def step_env(base_url: str, runner_temp: Path, job_env: Mapping[str, str]) -> dict[str, str]:
    """What a GitHub runner gives each step, pointed at the loopback server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PYTHON"))}
    bindir = str(Path(sys.executable).parent)
    env.update(job_env)
    env.update(
        {
            "PATH": bindir + os.pathsep + env.get("PATH", ""),  # `python` is this interpreter
            "CI": "true",
            "RUNNER_TEMP": str(runner_temp),
            "GITHUB_STEP_SUMMARY": str(runner_temp / "step-summary.md"),
            "MONK_DOCS_BASE_URL": base_url,
            "MONK_STRICT_RESPONSES": "1",  # drift in a fetched spec must fail, not warn
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }
    )
    return env


# --- the stand-ins for .ci/run and the pull request ----------------------------------------

CLIENT_TEST = '''\
"""Written by scripts/spec_sync_rehearsal.py: the regenerated client has the rehearsed changes."""

from __future__ import annotations

import importlib
from pathlib import Path

import attrs
import httpx

import monk
from monk._generated.models.customer import Customer

PROJECT = Path(__file__).resolve().parent.parent
ADDED, ADDED_ATTRIBUTE = {added!r}, {added_attribute!r}
REMOVED_ATTRIBUTE = {removed_attribute!r}


def client(handler) -> monk.Monk:
    transport = httpx.MockTransport(handler)
    return monk.Monk(
        api_key="mk_test_" + "0" * 48,
        base_url="https://rehearsal.invalid",
        http_client=httpx.Client(transport=transport),
        max_retries=0,
    )


def test_the_regenerated_copy_is_the_one_imported() -> None:
    site = PROJECT.parent / "site"
    assert Path(monk.__file__).resolve().is_relative_to(site)
    module = importlib.import_module("monk._generated.models.customer")
    shipped = Path(module.__file__).read_bytes()
    assert shipped == (PROJECT / "generated" / "models" / "customer.py").read_bytes()


def test_the_model_gained_the_added_field_and_lost_the_removed_one() -> None:
    fields = attrs.fields_dict(Customer)
    assert ADDED_ATTRIBUTE in fields
    assert REMOVED_ATTRIBUTE not in fields


def test_the_client_decodes_the_added_field() -> None:
    customer = {{
        "id": "cus_1",
        "name": "Acme",
        "createdAt": "2024-01-01T00:00:00Z",
        "updatedAt": "2024-01-02T00:00:00Z",
        ADDED: "gold",
    }}
    with client(lambda request: httpx.Response(200, json={{"data": customer}})) as monk_client:
        got = monk_client.customers.get("cus_1")
    assert getattr(got, ADDED_ATTRIBUTE) == "gold"
    assert ADDED not in got.additional_properties


def test_the_added_operation_goes_through_the_client() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return httpx.Response(200, json={{"data": [{{"id": "note_1", "text": "renewal call"}}]}})

    with client(handler) as monk_client:
        # generated from the spec by scripts/generate_resources.py, with no hand edit
        notes = monk_client.customers.{method}("cus_1")
    assert seen == [("GET", "/v1/customers/cus_1/notes")]
    assert [note.text for note in notes] == ["renewal call"]
'''


def test_regenerated_client(project: Path, changes: Changes, env: Mapping[str, str]) -> None:
    """The stand-in for .ci/run: in step, the spec examples decode, the changes are there."""
    test = project / "tests" / "test_rehearsed_client.py"
    test.write_text(
        CLIENT_TEST.format(
            added=changes.added,
            added_attribute=changes.attribute(changes.added),
            removed_attribute=changes.attribute(changes.removed),
            method=NEW_MODULE.split(".", 1)[1],
        ),
        encoding="utf-8",
    )
    commands = [
        [sys.executable, "scripts/regenerate.py", "--check"],
        # The fact-sheet tests are left out: the copy has no ../shared beside it.
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "not sheet",
         "tests/test_spec_examples.py", "tests/test_rehearsed_client.py"],
    ]  # fmt: skip
    # The copy's package as pip builds it (generated/ mapped into monk/_generated by the build),
    # installed into a directory of its own that the test commands import from.
    site = project.parent / "site"
    print("--- the copy's package, built and installed as pip does")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--disable-pip-version-check", "--target", str(site), str(project)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if done.returncode != 0:
        raise RehearsalError(f"the copy's package did not build:\n{done.stderr[-3000:]}")
    pythonpath = {**env, "PYTHONPATH": str(site)}
    for command in commands:
        print(f"--- instead of .ci/run: {' '.join(command[1:])}")
        done = subprocess.run(
            command, cwd=project, env=pythonpath, capture_output=True, text=True, timeout=600
        )
        log = (done.stdout + done.stderr).rstrip().splitlines()
        print("    " + "\n    ".join(log[-15:]))
        if done.returncode != 0:
            raise RehearsalError(f"{' '.join(command[1:3])} failed on the regenerated copy")


def check_report(old: Path, new: Path, body: str, title: str, changes: Changes) -> None:
    """The report names the three changes, and the breaking removal marks the title."""
    report = spec_diff.diff_specs(spec_diff.load_spec(old), spec_diff.load_spec(new))
    kinds = {(c.kind, (c.field or "").rsplit(".", 1)[-1] or c.operation_id) for c in report.changes}
    expected = {
        ("field-added", changes.added),
        ("field-removed", changes.removed),
        ("operation-added", changes.operation),
    }
    missing = sorted(expected - kinds)
    if missing:
        raise RehearsalError(f"the drift report lacks {missing}")
    for name in (changes.added, changes.removed, changes.operation):
        if name not in body:
            raise RehearsalError(f"the pull request body does not mention {name}")
    if "⚠ breaking" not in title:
        raise RehearsalError(f"the removed field is breaking, but the title is {title!r}")


# --- the rehearsal -------------------------------------------------------------------------


def rehearse(workdir: Path, body_out: Path, *, unmodified: bool = False) -> None:
    """Both runs of the workflow; the pull request body goes to ``body_out``. Raises on failure."""
    job_env, steps = workflow_steps()
    before = tree_hash(ROOT / "openapi"), tree_hash(ROOT / "generated")
    project, site = workdir / "project", workdir / "site"
    copy_project(project)
    publish(ROOT / "openapi", site)
    with docs_server(site) as base_url:
        print(f"=== docs.monk.com stand-in at {base_url}, the project copy in {project}")

        print("=== run 1: the published documents are the ones in openapi/")
        runner_temp = workdir / "runner-1"
        runner_temp.mkdir()
        env = step_env(base_url, runner_temp, job_env)
        outputs = run_steps(steps, project, env, runner_temp)
        if outputs.get("changes", {}).get("changed") != "false" or "report" in outputs:
            raise RehearsalError("run 1 changed nothing, yet the workflow did not stop quietly")
        if git(project, "status", "--porcelain"):
            raise RehearsalError("run 1 changed nothing, yet the copy is modified")

        changes = None if unmodified else modify(site)
        what = "unmodified (--unmodified)" if changes is None else (
            f"{changes.added} added to and {changes.removed} removed from {SCHEMA}, "
            f"{NEW_OPERATION} added"
        )  # fmt: skip
        print(f"=== run 2: the published documents, {what}")
        runner_temp = workdir / "runner-2"
        runner_temp.mkdir()
        env = step_env(base_url, runner_temp, job_env)
        outputs = run_steps(steps, project, env, runner_temp)
    if changes is None or outputs.get("changes", {}).get("changed") != "true":
        raise RehearsalError("run 2: the workflow saw no change, so there is no report to check")
    for step in ("report", "regenerate"):
        if step not in outputs:
            raise RehearsalError(f"run 2: step {step} did not run")
    body_path = runner_temp / "pr-body.md"
    title = (runner_temp / "pr-title.txt").read_text(encoding="utf-8").strip()
    body = body_path.read_text(encoding="utf-8")
    check_report(
        runner_temp / "openapi.old.json", project / "openapi" / "openapi.json", body, title, changes
    )
    test_regenerated_client(project, changes, env)
    if (tree_hash(ROOT / "openapi"), tree_hash(ROOT / "generated")) != before:
        raise RehearsalError(
            "the project's own openapi/ or generated/ changed during the rehearsal"
        )
    body_out.parent.mkdir(parents=True, exist_ok=True)
    body_out.write_text(body, encoding="utf-8")
    print("=== instead of the pull request")
    print(f"title: {title}")
    print(f"body: {body_out}")
    print(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument(
        "--body-out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "monk-spec-sync-pr-body.md",
        help="where the pull request body goes (default: %(default)s)",
    )
    parser.add_argument("--workdir", type=Path, help="work here (kept) instead of a temporary dir")
    parser.add_argument(
        "--unmodified",
        action="store_true",
        help="publish openapi/ unchanged: the rehearsal must then fail (it has nothing to check)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="spec-sync-", dir=args.workdir))
    else:
        workdir = Path(tempfile.mkdtemp(prefix="monk-spec-sync-"))
    keep = args.keep or args.workdir is not None
    try:
        rehearse(workdir, args.body_out, unmodified=args.unmodified)
    except RehearsalError as exc:
        print(f"rehearsal FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if keep:
            print(f"kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
        print(f"rehearsal time: {time.monotonic() - started:.1f} s")
    print("rehearsal passed: the workflow's steps fetched, reported and regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
