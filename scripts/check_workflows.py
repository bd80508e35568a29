#!/usr/bin/env python3
"""Check the GitHub workflows in .github/workflows: what actionlint would, from PyPI tools.

    python scripts/check_workflows.py              every check (nox -s workflows installs the tools)
    python scripts/check_workflows.py --no-tools   only the checks written here (PyYAML alone)

Written here: each file parses, declares its triggers and its `permissions`, gives every job a
`timeout-minutes` (a job calling a reusable workflow has the called jobs'), and pins every action to a full commit SHA with a `# vX.Y.Z` comment. With the
tools: the GitHub workflow schema (check-jsonschema's vendored copy), shellcheck on every `run:`
script (with `${{ }}` expressions blanked, as actionlint does), and zizmor's security audit
(offline, pedantic). actionlint itself is not used: its PyPI wrapper downloads the binary at
install time, which CI's machine cannot do. Exit status 1 when anything fails.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"

PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(.+?)\s*$")
EXPRESSION = re.compile(r"\$\{\{.*?\}\}", re.DOTALL)


def load(path: Path) -> dict[Any, Any]:
    """The workflow as data. YAML 1.1 reads the key `on` as True: it is put back as "on"."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"{path.name}: not a mapping")
    if True in doc:
        doc["on"] = doc.pop(True)
    return doc


def structure_problems(path: Path) -> list[str]:
    """Triggers, permissions, timeouts and pinned actions, from the file's data and text."""
    name = path.name
    try:
        doc = load(path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return [f"{name}: does not parse: {exc}"]
    problems = []
    if not doc.get("on"):
        problems.append(f"{name}: no triggers (`on`)")
    if "permissions" not in doc:
        problems.append(f"{name}: no top-level `permissions` (the token would get the defaults)")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        problems.append(f"{name}: no jobs")
        jobs = {}
    for job_id, job in jobs.items():
        if isinstance(job, dict) and "uses" in job:
            continue  # calls a reusable workflow, whose own jobs carry the timeouts
        if not isinstance(job, dict) or "timeout-minutes" not in job:
            problems.append(f"{name}: job {job_id} has no timeout-minutes")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        found = USES.match(line)
        if not found:
            continue
        ref = found.group(1).strip("'\"")
        if ref.startswith(("./", "docker://")):
            continue
        if not PINNED.match(ref):
            problems.append(
                f"{name}:{number}: `{ref}` is not pinned as owner/repo@<40-hex SHA> # vX.Y.Z"
            )
    return problems


def wiring_problems(workflows: Path = WORKFLOWS) -> list[str]:
    """spec-sync runs the whole CI matrix (ci.yml, reusable) before it opens its pull request.

    A pull request opened with the repository token starts no workflow, so without this the
    regenerated SDK would be tested by nothing but the sync job itself.
    """
    try:
        sync, ci = load(workflows / "spec-sync.yml"), load(workflows / "ci.yml")
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return [f"wiring: {exc}"]
    problems = []
    if "workflow_call" not in (ci.get("on") or {}):
        problems.append("ci.yml: not callable (no `workflow_call` trigger) by spec-sync")
    jobs = sync.get("jobs") or {}
    callers = [j for j, job in jobs.items() if job.get("uses") == "./.github/workflows/ci.yml"]
    if not callers:
        problems.append("spec-sync.yml: no job calls ./.github/workflows/ci.yml")
    opens_pr = [j for j, job in jobs.items() if "gh pr create" in str(job.get("steps", ""))]
    for job_id in opens_pr:
        needs = jobs[job_id].get("needs") or []
        needs = [needs] if isinstance(needs, str) else needs
        if not set(callers) & set(needs):
            problems.append(f"spec-sync.yml: job {job_id} opens the PR before the CI matrix ran")
    if not opens_pr:
        problems.append("spec-sync.yml: no job opens the pull request")
    return problems


def run_scripts(doc: dict[Any, Any]) -> Iterator[tuple[str, str]]:
    """(where, script) for every `run:` of every job."""
    for job_id, job in (doc.get("jobs") or {}).items():
        for index, step in enumerate(job.get("steps") or []):
            if isinstance(step, dict) and isinstance(step.get("run"), str):
                label = step.get("id") or step.get("name") or f"#{index + 1}"
                yield f"jobs.{job_id}.steps.{label}", step["run"]


def shell_problems(path: Path, shellcheck: str) -> list[str]:
    """shellcheck (bash, warnings and worse) on each `run:` script as GitHub runs it."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="monk-workflow-") as tmp:
        for where, script in run_scripts(load(path)):
            # An expression becomes a same-length word, so lines and columns still point at the
            # script; no shebang line either (--shell says bash).
            blanked = EXPRESSION.sub(lambda m: "_" * len(m.group(0)), script)
            file = Path(tmp) / "step.sh"
            file.write_text(blanked, encoding="utf-8")
            done = subprocess.run(
                [shellcheck, "--shell=bash", "--severity=warning", "--format=gcc", str(file)],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                output = done.stdout.replace(str(file), f"{path.name}:{where}")
                problems.append(output.strip() or done.stderr.strip())
    return problems


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} is not installed: run `nox -s workflows`, or use --no-tools")
    return found


def tool_problems(files: list[Path]) -> list[str]:
    """The schema, shellcheck and zizmor; each failure's output is the finding."""
    problems = []
    commands = [
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows"],
        [tool("zizmor"), "--offline", "--persona=pedantic", "--no-progress"],
    ]
    for command in commands:
        done = subprocess.run([*command, *map(str, files)], capture_output=True, text=True)
        print(f"{Path(command[0]).name}: {'ok' if done.returncode == 0 else 'FAILED'}")
        if done.returncode != 0:
            problems.append((done.stdout + done.stderr).strip())
    shellcheck = tool("shellcheck")
    found = [p for f in files for p in shell_problems(f, shellcheck)]
    print(f"shellcheck: {'ok' if not found else 'FAILED'}")
    return problems + found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path, help="default: .github/workflows/*.yml")
    parser.add_argument("--no-tools", action="store_true", help="only the checks written here")
    args = parser.parse_args(argv)
    files = args.files or sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])
    if not files:
        print(f"no workflows in {WORKFLOWS}", file=sys.stderr)
        return 1
    problems = [p for f in files for p in structure_problems(f)]
    if not args.files:
        problems += wiring_problems()
    print(f"structure and pinned actions: {'ok' if not problems else 'FAILED'}")
    if not args.no_tools:
        problems += tool_problems(files)
    for problem in problems:
        print(problem, file=sys.stderr)
    names = ", ".join(f.name for f in files)
    print(f"{len(problems)} problem(s) in {names}" if problems else f"{names}: all checks pass")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
