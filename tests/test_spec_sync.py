"""The spec-sync workflow: its rehearsal end to end, the workflow checks, the fact-sheet switch."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import conftest
import pytest
import yaml
from conftest import ROOT
from spec_helpers import load_script

SCRIPTS = ROOT / "scripts"
WORKFLOWS = ROOT / ".github" / "workflows"


rehearsal = load_script("spec_sync_rehearsal", "spec_sync_rehearsal_under_test")
check_workflows = load_script("check_workflows", "check_workflows_under_test")


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()


def rehearse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "spec_sync_rehearsal.py"), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )


# --- the rehearsal -------------------------------------------------------------------------


def test_rehearsal_fetches_reports_regenerates_and_writes_the_pr_body(tmp_path: Path) -> None:
    before = tree_hash(ROOT / "openapi"), tree_hash(ROOT / "generated")
    body_file = tmp_path / "body.md"
    done = rehearse(tmp_path, "--body-out", str(body_file))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    # Run 1 (nothing published changed) stopped quietly; run 2 went through.
    run_1 = done.stdout.split("=== run 2")[0]
    assert "nothing to do" in run_1
    assert "--- step regenerate: skipped" in run_1
    assert "generated/: regenerated" in done.stdout.split("=== run 2")[1]
    assert "title: Monk API spec changed (⚠ breaking)" in done.stdout
    body = body_file.read_text()
    breaking, additions = body.split("## ⚠ Breaking changes")[1].split("## Additions")
    get = "- `GET /v1/customers/{customerId}` (getCustomer): response 200 field "
    assert get + "`data.legalName` removed" in breaking
    assert get + "`data.loyaltyTier` added" in additions
    assert "- `GET /v1/customers/{customerId}/notes` (listCustomerNotes): operation added" in (
        additions
    )
    assert " M openapi/customers.yaml" in body
    assert " passed, 2 deselected" in done.stdout  # the tests on the regenerated copy
    assert (tree_hash(ROOT / "openapi"), tree_hash(ROOT / "generated")) == before
    assert not list(tmp_path.glob("monk-spec-sync-*"))


def test_rehearsal_fails_when_nothing_was_published(tmp_path: Path) -> None:
    done = rehearse(tmp_path, "--unmodified", "--body-out", str(tmp_path / "body.md"))
    assert done.returncode == 1
    assert "saw no change" in done.stderr
    assert not (tmp_path / "body.md").exists()


def test_modify_changes_yaml_and_bundle_together(tmp_path: Path) -> None:
    rehearsal.publish(ROOT / "openapi", tmp_path)
    changes = rehearsal.modify(tmp_path)
    assert (changes.added, changes.removed, changes.operation) == (
        "loyaltyTier",
        "legalName",
        "listCustomerNotes",
    )
    assert changes.attribute("legalName") == "legal_name"
    old = rehearsal.spec_diff.load_spec(ROOT / "openapi" / "openapi.json")
    for new in (tmp_path / "api-reference" / "openapi.json", tmp_path / "openapi"):
        report = rehearsal.spec_diff.diff_specs(old, rehearsal.spec_diff.load_spec(new))
        found = {(c.kind, c.field or c.operation_id) for c in report.changes}
        assert ("field-removed", "data.legalName") in found
        assert ("field-added", "data.loyaltyTier") in found
        assert ("operation-added", "listCustomerNotes") in found


# --- the workflow as the rehearsal reads it ------------------------------------------------


def write_workflow(tmp_path: Path, steps: list[dict[str, Any]]) -> Path:
    path = tmp_path / "spec-sync.yml"
    doc = {"on": {"workflow_dispatch": None}, "jobs": {"sync": {"steps": steps}}}
    path.write_text(yaml.safe_dump(doc))
    return path


def every_step() -> list[dict[str, Any]]:
    known = [*rehearsal.REHEARSED, *rehearsal.STOOD_IN_FOR]
    return [{"id": i, "run": "true"} for i in known]


def test_the_real_workflow_has_exactly_the_steps_the_rehearsal_knows() -> None:
    env, steps = rehearsal.workflow_steps()
    assert [s["id"] for s in steps] == list(rehearsal.REHEARSED)
    assert env == {"BRANCH": "spec-sync/update"}


def test_a_step_the_rehearsal_does_not_know_fails_it(tmp_path: Path) -> None:
    path = write_workflow(tmp_path, [*every_step(), {"id": "publish", "run": "true"}])
    with pytest.raises(rehearsal.RehearsalError, match=r"publish"):
        rehearsal.workflow_steps(path)


def test_a_rehearsed_step_with_an_expression_fails_it(tmp_path: Path) -> None:
    steps = every_step()
    steps[1]["run"] = "echo ${{ github.sha }}"
    with pytest.raises(rehearsal.RehearsalError, match=r"\$\{\{"):
        rehearsal.workflow_steps(write_workflow(tmp_path, steps))


@pytest.mark.parametrize(
    ("condition", "holds"),
    [
        ("steps.changes.outputs.changed == 'true'", True),
        ("steps.changes.outputs.changed == 'false'", False),
        ("steps.other.outputs.changed == 'true'", False),
    ],
)
def test_conditions(condition: str, holds: bool) -> None:
    outputs = {"changes": {"changed": "true"}}
    assert rehearsal.condition_holds(condition, outputs) is holds


def test_an_unknown_kind_of_condition_fails_loudly() -> None:
    with pytest.raises(rehearsal.RehearsalError, match="cannot evaluate"):
        rehearsal.condition_holds("always()", {})


# --- the workflow checks -------------------------------------------------------------------


def test_the_workflows_pass_the_structure_checks() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [f.name for f in files] == ["ci.yml", "release.yml", "spec-sync.yml"]
    assert [p for f in files for p in check_workflows.structure_problems(f)] == []


def test_the_structure_checks_catch_unpinned_actions_and_missing_limits(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-24.04\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c\n"
    )
    problems = check_workflows.structure_problems(path)
    assert len(problems) == 4
    assert "no top-level `permissions`" in problems[0]
    assert "job build has no timeout-minutes" in problems[1]
    assert problems[2].startswith("bad.yml:6: `actions/checkout@v4` is not pinned")
    assert problems[3].startswith("bad.yml:7: ")  # a SHA without the version comment


def test_spec_sync_jobs_hold_the_least_permissions_each() -> None:
    doc = check_workflows.load(WORKFLOWS / "spec-sync.yml")
    assert set(doc["on"]) == {"schedule", "workflow_dispatch"}
    assert doc["permissions"] == {}
    jobs = doc["jobs"]
    assert jobs["sync"]["permissions"] == {"contents": "write"}
    assert jobs["ci"]["permissions"] == {"contents": "read"}
    assert jobs["pr"]["permissions"] == {"pull-requests": "write", "statuses": "write"}
    assert "secrets." not in (WORKFLOWS / "spec-sync.yml").read_text()  # the token only


def test_spec_sync_runs_the_whole_ci_matrix_before_the_pull_request() -> None:
    doc = check_workflows.load(WORKFLOWS / "spec-sync.yml")
    jobs = doc["jobs"]
    assert jobs["ci"]["uses"] == "./.github/workflows/ci.yml"
    assert jobs["ci"]["needs"] == "sync"
    assert jobs["ci"]["with"]["ref"] == "${{ needs.sync.outputs.sha }}"
    assert jobs["pr"]["needs"] == ["sync", "ci"]
    assert jobs["pr"]["if"].startswith("always()")  # a failing matrix still opens the PR
    assert "needs.ci.result" in str(jobs["pr"]["steps"])


def test_spec_sync_tests_a_tree_once_and_shows_the_result_on_the_pr_head() -> None:
    """The matrix runs only on a newly pushed tree; its result is a status on the pushed commit;
    a push that main's workflow changes would refuse recreates the branch instead."""
    doc = check_workflows.load(WORKFLOWS / "spec-sync.yml")
    jobs = doc["jobs"]
    assert jobs["sync"]["outputs"]["pushed"] == "${{ steps.push.outputs.pushed }}"
    assert "needs.sync.outputs.pushed == 'true'" in jobs["ci"]["if"]
    assert "needs.sync.outputs.pushed == 'true'" in jobs["pr"]["if"]
    push = next(s for s in jobs["sync"]["steps"] if s.get("id") == "push")["run"]
    assert 'echo "pushed=false"' in push and "exit 0" in push  # the same tree: nothing more
    assert "-- .github/workflows" in push and '--delete "$BRANCH"' in push
    publish = jobs["pr"]["steps"][-2]["run"]
    assert "repos/$REPOSITORY/statuses/$SHA" in publish
    assert jobs["pr"]["steps"][-2]["env"]["SHA"] == "${{ needs.sync.outputs.sha }}"
    ci = check_workflows.load(WORKFLOWS / "ci.yml")
    assert "workflow_call" in ci["on"]
    (ci_job,) = ci["jobs"].values()
    assert ci_job["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13", "3.14"]
    checkout = ci_job["steps"][0]
    assert checkout["with"]["ref"] == "${{ inputs.ref }}"


def test_the_release_workflow_builds_once_tests_it_and_publishes_with_oidc() -> None:
    doc = check_workflows.load(WORKFLOWS / "release.yml")
    assert doc["on"] == {"push": {"tags": ["v[0-9]+.[0-9]+.[0-9]+*"]}}
    assert doc["permissions"] == {}
    jobs = doc["jobs"]
    assert list(jobs) == ["build", "test", "publish", "github-release"]
    assert jobs["test"]["needs"] == "build"
    assert jobs["test"]["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13", "3.14"]
    assert jobs["publish"]["needs"] == "test"
    assert jobs["publish"]["permissions"] == {"id-token": "write"}
    assert jobs["github-release"]["permissions"] == {"contents": "write"}
    text = (WORKFLOWS / "release.yml").read_text()
    assert "secrets." not in text and "password" not in text  # trusted publishing only
    build_steps = [s for job in jobs.values() for s in job.get("steps", [])]
    builds = [s for s in build_steps if "python -m build" in s.get("run", "")]
    assert len(builds) == 1  # built once; the other jobs download that artifact
    assert "MONK_DIST=" in text  # the test job runs .ci/run against the downloaded wheel


def test_release_notes_come_from_the_changelog() -> None:
    notes = load_script("release_notes", "release_notes_under_test")
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert notes.notes(changelog, notes.package_version())
    sample = "# C\n\n## [2.0.0] - 2027-01-01\n\n### Removed\n- x\n\n## [1.0.0]\n- y\n\n[2.0.0]: u\n"
    assert notes.notes(sample, "2.0.0") == "### Removed\n- x"
    assert notes.notes(sample, "1.0.0") == "- y"
    assert notes.notes(sample, "3.0.0") is None


def test_the_project_ci_never_skips_the_sheets() -> None:
    assert "MONK_SKIP_SHEETS" not in (ROOT / ".ci" / "run").read_text()


# --- MONK_SKIP_SHEETS ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "outcome"),
    [
        ({"MONK_SKIP_SHEETS": "1", "CI": "true"}, pytest.skip.Exception),
        ({"CI": "true"}, pytest.fail.Exception),
        ({"MONK_SKIP_SHEETS": "0", "CI": "true"}, pytest.fail.Exception),
        ({}, pytest.skip.Exception),
    ],
)
def test_missing_sheets_fail_in_ci_unless_skipping_is_asked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], outcome: type
) -> None:
    monkeypatch.setattr(conftest, "SHEETS", tmp_path / "absent")
    for name in ("MONK_SKIP_SHEETS", "CI"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(outcome):
        conftest.require_sheets()


def test_present_sheets_are_used_whatever_the_variable_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(conftest, "SHEETS", tmp_path)
    monkeypatch.setenv("MONK_SKIP_SHEETS", "1")
    assert conftest.require_sheets() == tmp_path


def test_the_wiring_check_catches_a_spec_sync_that_skips_the_matrix(tmp_path: Path) -> None:
    assert check_workflows.wiring_problems() == []
    for name in ("ci.yml", "spec-sync.yml"):
        (tmp_path / name).write_text((WORKFLOWS / name).read_text())
    sync = tmp_path / "spec-sync.yml"
    sync.write_text(sync.read_text().replace("needs: [sync, ci]", "needs: [sync]"))
    problems = check_workflows.wiring_problems(tmp_path)
    assert problems == ["spec-sync.yml: job pr opens the PR before the CI matrix ran"]


def test_dependabot_keeps_actions_and_dev_tools_current() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())
    ecosystems = {u["package-ecosystem"] for u in config["updates"]}
    assert ecosystems == {"github-actions", "pip"}
