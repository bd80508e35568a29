"""Every task of the project, each in its own virtualenv: ``nox -l`` lists them.

``nox -t ci`` is what CI runs (.ci/run): the tests with the regeneration and coverage checks,
lint and type checks.
"""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
SHARED = ROOT.parent / "shared"
COVERAGE_TOOL = SHARED / "tools" / "check_spec_coverage.py"
SPEC_YAMLS = sorted(str(p) for p in (ROOT / "openapi").glob("*.yaml"))

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True


def group(name: str) -> list[str]:
    return nox.project.dependency_groups(PYPROJECT, name)


def install_project(session: nox.Session, *extras: str) -> None:
    """Install the package as users get it: a built wheel, not the source tree."""
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install("--force-reinstall", "--no-deps", spec)
    session.install(spec)


@nox.session
def regenerate(session: nox.Session) -> None:
    """Validate openapi/, regenerate generated/ (args go to scripts/regenerate.py, e.g. --fetch)."""
    session.install(*group("regenerate"))
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session
def regenerate_check(session: nox.Session) -> None:
    """Fail when generated/ or openapi.json is out of step with openapi/ and the config."""
    session.install(*group("regenerate"))
    session.run("python", "scripts/regenerate.py", "--check")


@nox.session
def coverage(session: nox.Session) -> None:
    """Hold openapi/ against the documentation fact sheets in ../shared (0 MISSING)."""
    session.install("pyyaml")
    check_coverage(session)


def check_coverage(session: nox.Session) -> None:
    if not COVERAGE_TOOL.is_file():
        session.error(f"{COVERAGE_TOOL} not found: ../shared must sit beside the checkout")
    session.run("python", str(COVERAGE_TOOL), *SPEC_YAMLS)
    session.run("python", str(COVERAGE_TOOL), "openapi/openapi.json")


@nox.session(tags=["ci"])
def tests(session: nox.Session) -> None:
    """The test suite, after the regeneration and spec-coverage checks."""
    session.install(*group("regenerate"), *group("test"))
    install_project(session)
    session.run("python", "scripts/regenerate.py", "--check")
    check_coverage(session)
    session.run("pytest", *session.posargs)


@nox.session(tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff lint and format checks on everything but generated/."""
    session.install(*group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the overlay package."""
    session.install(*group("typecheck"))
    install_project(session)
    session.run("mypy")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks (not timed tests): every benchmarks/bench_*.py, ratios against raw httpx."""
    install_project(session)
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)
