"""Every task of the project, each in its own virtualenv: ``nox -l`` lists them.

``nox -t ci`` is what CI runs (.ci/run): the tests with the regeneration and coverage checks,
lint and type checks.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
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


# What goes into the sdist, and so into the wheel: a change to any of it means a new build.
BUILD_INPUTS = (
    "pyproject.toml",
    "README.md",
    "CONTRIBUTING.md",
    "PYPI.md",
    "LICENSE",
    "overlays",
    "generated",
    "openapi/openapi.json",
)


def built_wheel(session: nox.Session) -> Path:
    """The wheel a release ships: ``python -m build`` makes the sdist, then the wheel from it.

    Built once per state of its inputs (``.nox/_dist/<hash>/``), so every session of a run
    installs, and tests, the same artifact. ``MONK_DIST=<dir>`` names artifacts built elsewhere
    (the release workflow builds once and tests that wheel on every Python).
    """
    prebuilt = os.environ.get("MONK_DIST")
    if prebuilt:
        wheels = sorted(Path(prebuilt).glob("*.whl"))
        if len(wheels) != 1:
            session.error(f"MONK_DIST={prebuilt}: expected one wheel, found {len(wheels)}")
        return wheels[0].resolve()
    digest = hashlib.sha256()
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or not file.exists():
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    out = ROOT / ".nox" / "_dist" / digest.hexdigest()[:16]
    wheels = sorted(out.glob("*.whl"))
    if not wheels:
        session.install("build")
        session.run("python", "-m", "build", "--outdir", str(out), silent=True)
        wheels = sorted(out.glob("*.whl"))
    if len(wheels) != 1:
        session.error(f"expected one wheel in {out}, found {len(wheels)}")
    return wheels[0]


def install_project(session: nox.Session, *extras: str) -> Path:
    """Install the package as users get it: the wheel built from the sdist, never the tree."""
    wheel = built_wheel(session)
    spec = f"{wheel}[{','.join(extras)}]" if extras else str(wheel)
    session.install("--force-reinstall", "--no-deps", str(wheel))
    session.install(spec)
    return wheel


@nox.session(tags=["ci"])
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel from it, check both, install each wheel in a clean venv.

    ``python -m build``; ``twine check --strict``; ``check-wheel-contents``; then the wheel built
    from the sdist and one built straight from the tree must hold the same files, and each must
    make a call from a fresh virtualenv (scripts/check_dist.py).
    """
    session.install(*group("release"))
    wheel = built_wheel(session)
    session.run("python", "scripts/check_dist.py", str(wheel.parent))


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
    """Strict: skipped only when ../shared is absent AND MONK_SKIP_SHEETS=1 (GitHub runners)."""
    if not COVERAGE_TOOL.is_file():
        if os.environ.get("MONK_SKIP_SHEETS") == "1":
            session.warn(
                f"!!! SKIPPED the spec-coverage check: {SHARED} is not beside the checkout and "
                "MONK_SKIP_SHEETS=1 says it cannot be (a GitHub runner). This project's own CI "
                "never skips it. !!!"
            )
            return
        session.error(f"{COVERAGE_TOOL} not found: ../shared must sit beside the checkout")
    session.run("python", str(COVERAGE_TOOL), *SPEC_YAMLS)
    session.run("python", str(COVERAGE_TOOL), "openapi/openapi.json")


@nox.session(tags=["ci"])
def tests(session: nox.Session) -> None:
    """The test suite, after the regeneration and spec-coverage checks."""
    session.install(*group("regenerate"), *group("test"))
    wheel = install_project(session, "sql")  # the README's sync example runs too
    session.run("python", "scripts/regenerate.py", "--check")
    check_coverage(session)
    session.run("pytest", *session.posargs, env={"MONK_WHEEL": str(wheel)})


def lowest_versions(requirements: list[str]) -> list[str]:
    """Each ``name>=X`` requirement pinned to ``name==X``: the oldest versions we claim to take."""
    pinned = []
    for requirement in requirements:
        name, found, rest = requirement.partition(">=")
        if not found:
            raise ValueError(f"{requirement!r} has no lower bound: declare one in pyproject.toml")
        pinned.append(f"{name.strip()}=={rest.split(',')[0].strip()}")
    return pinned


# The tests that exercise the runtime dependencies (httpx, attrs, dateutil) most directly.
LOWEST_TESTS = [
    "tests/test_client.py",
    "tests/test_retry.py",
    "tests/test_events.py",
    "tests/test_ingest.py",
    "tests/test_money_decode.py",
    "tests/test_drift.py",
    "tests/test_typed_surface.py",
    "tests/test_usage_cost.py",
    "tests/test_webhooks.py",
    "tests/test_mock.py",
]


@nox.session(tags=["ci"])
def lowest(session: nox.Session) -> None:
    """The package on the lowest versions of its runtime dependencies pyproject.toml declares
    (attrs, httpx, python-dateutil pinned to their lower bounds), against the client's tests."""
    pins = lowest_versions(PYPROJECT["project"]["dependencies"])
    session.install(*group("test"))
    session.install(*pins)
    wheel = built_wheel(session)
    session.install("--no-deps", "--force-reinstall", str(wheel))
    session.run("python", "-m", "pip", "check")  # the pins satisfy every installed package
    session.run(
        "python", "-c",
        "import attrs, httpx, dateutil, importlib.metadata as m;"
        "print('lowest:', *(f'{d}=={m.version(d)}' for d in ('attrs', 'httpx', 'python-dateutil')))",
    )  # fmt: skip
    session.run("pytest", "-q", *LOWEST_TESTS, *session.posargs, env={"MONK_WHEEL": str(wheel)})


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


@nox.session(tags=["ci"])
def typing(session: nox.Session) -> None:
    """The typing suite against the installed package: mypy --strict and pyright (strict).

    tests/typing/correct.py must check with the types its ``assert_type`` calls state, and each
    mistake in tests/typing/mistakes.py must be an error: its ``# type: ignore[code]`` would
    otherwise be unused, which both checkers report.

    Then the ```python blocks of README.md and PYPI.md (scripts/typing_examples.py writes them
    to build/typing-examples), in the mode a user's checker would run on them: not strict (no
    annotations demanded), but a misspelt argument, enum literal or TypedDict key is an error.
    """
    session.install(*group("typing"))
    install_project(session)
    session.run("mypy", "--config-file", "tests/typing/mypy.ini", "tests/typing")
    session.run("pyright", "--project", "tests/typing/pyrightconfig.json")
    session.run("python", "scripts/typing_examples.py")
    session.run("mypy", "--config-file", "tests/typing/examples-mypy.ini", "build/typing-examples")
    session.run("pyright", "--project", "tests/typing/examples-pyrightconfig.json")


@nox.session(tags=["ci"])
def spec_sync_rehearsal(session: nox.Session) -> None:
    """The spec-sync workflow's steps, in a temporary copy, against a modified loopback spec.

    A loopback server publishes a modified openapi/; the PR body goes to a file (CONTRIBUTING.md:
    "Keeping up with Monk's API").
    """
    session.install(*group("regenerate"), *group("test"), *PYPROJECT["project"]["dependencies"])
    session.run("python", "scripts/spec_sync_rehearsal.py", *session.posargs)


# mkdocs-material and a plugin print a long notice about MkDocs 2 on every build.
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@nox.session(tags=["ci"])
def docs(session: nox.Session) -> None:
    """The API reference site (mkdocs-material + mkdocstrings), strict, from the built wheel,
    then screenshots of its pages in headless Chromium (Debian's, installed here if missing).

    Broken links, warnings and public names without a docstring fail it, and so do raw Sphinx
    roles, private paths in headings, stray pages and unlinked models (scripts/docs_check.py),
    and a blank screenshot (site/_screenshots/*.png, scripts/docs_screenshots.py).
    ``-- serve`` serves it.
    """
    session.install(*group("docs"))
    install_project(session)
    if session.posargs[:1] == ["serve"]:
        session.run("mkdocs", "serve", *session.posargs[1:], env=MKDOCS_ENV)
        return
    session.run("mkdocs", "build", "--strict", "--clean", *session.posargs, env=MKDOCS_ENV)
    session.run("python", "scripts/docs_check.py", "site")
    if not any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")):
        apt_install(session, "chromium")
    session.run("python", "scripts/docs_screenshots.py", "site")


@nox.session(tags=["ci"])
def workflows(session: nox.Session) -> None:
    """The GitHub workflows: schema, pinned actions, shellcheck on run: scripts, zizmor."""
    session.install(*group("workflows"))
    session.run("python", "scripts/check_workflows.py", *session.posargs)


@nox.session(tags=["ci"])
def demo(session: nox.Session) -> None:
    """The main job: examples/quickstart.py, the whole flow, against a local mock of Monk
    (``python -m monk.testing.server``), or against Monk's sandbox when MONK_API_KEY is set
    (production only with ``nox -s demo -- --live`` and MONK_ENVIRONMENT=production)."""
    install_project(session)
    script = str(ROOT / "examples" / "quickstart.py")
    if os.environ.get("MONK_API_KEY"):
        session.run("python", script, *session.posargs)
        return
    python = str(Path(session.bin) / "python")
    server = subprocess.Popen(
        [python, "-m", "monk.testing.server", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        url = server.stdout.readline().strip() if server.stdout else ""
        if not url.startswith("http://"):
            session.error("the mock server did not start (no URL on its first line)")
        session.log(f"mock Monk API at {url}")
        env = {"MONK_API_KEY": "mk_test_" + "0" * 48, "MONK_BASE_URL": url}
        session.run("python", script, env={**env, "MONK_EVENTS_BASE_URL": url})
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


@nox.session(tags=["ci"])
def soak(session: nox.Session) -> None:
    """Fault-injection soak of buffered ingestion: 100,000 events, 0 lost (tests/soak)."""
    session.install(*group("test"))
    install_project(session)
    session.run("pytest", "tests/soak", "-s", "-q", *session.posargs, env={"MONK_SOAK": "1"})


PRISM_CLI = "@stoplight/prism-cli@5.14.2"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(session: nox.Session, port: int, process: subprocess.Popen[bytes]) -> None:
    import socket
    import time

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            session.error(f"the server exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.25)
    session.error(f"nothing listens on 127.0.0.1:{port} after 90 s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@nox.session(tags=["ci"])
def prism(session: nox.Session) -> None:
    """Every operation through the SDK, sync and async, strict, against Stoplight Prism.

    ``prism mock -d openapi/openapi.json`` (npm, installed once in .nox/_prism) answers with
    random schema-valid responses; tests/test_prism.py calls each of the 40 operations
    MONK_PRISM_ROUNDS times (11) in each mode and checks each 2xx body with jsonschema too.
    Goals: 0 invalid requests, 0 strict failures on conforming responses, 0 non-conforming
    responses accepted. The figures are printed and written to .nox/prism-report.json.
    """
    session.install(*group("regenerate"), *group("test"))
    wheel = install_project(session)
    prefix = ROOT / ".nox" / "_prism"
    binary = prefix / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        session.run(
            "npm", "install", "--prefix", str(prefix), PRISM_CLI, "--no-audit", "--no-fund",
            external=True,
        )  # fmt: skip
    port = _free_port()
    log_path = ROOT / ".nox" / "prism.log"
    with log_path.open("wb") as log_file:
        server = subprocess.Popen(
            [str(binary), "mock", "-d", "-h", "127.0.0.1", "-p", str(port), "openapi/openapi.json"],
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for_port(session, port, server)
            report = ROOT / ".nox" / "prism-report.json"
            session.run(
                "pytest", "tests/test_prism.py", "-q", "-p", "no:randomly", *session.posargs,
                env={
                    "MONK_PRISM_URL": f"http://127.0.0.1:{port}",
                    "MONK_PRISM_REPORT": str(report),
                    "MONK_WHEEL": str(wheel),
                },
            )  # fmt: skip
            session.log(report.read_text())
        finally:
            _stop(server)


SCHEMATHESIS = "schemathesis==4.32.5"


@nox.session(tags=["ci"])
def schemathesis(session: nox.Session) -> None:
    """A bounded Schemathesis run against monk.testing's server (``python -m monk.testing.server``).

    Every operation of openapi/openapi.json, with all checks, a fixed seed and a cap on examples
    per operation (``-- --max-examples 100`` to change it). The API's prose rules, which the spec
    cannot state, are excluded by check and operation in tests/schemathesis.toml, one by one.
    """
    session.install(SCHEMATHESIS)
    install_project(session)
    python = str(Path(session.bin) / "python")
    server = subprocess.Popen(
        [python, "-m", "monk.testing.server", "--port", "0"], stdout=subprocess.PIPE
    )
    try:
        line = server.stdout.readline().decode().strip() if server.stdout else ""
        if not line.startswith("http://"):
            session.error("the mock server did not start (no URL on its first line)")
        args = session.posargs or ["--max-examples", "50"]
        session.run(
            "schemathesis", "--config-file", "tests/schemathesis.toml",
            "run", "openapi/openapi.json", "--url", line,
            "--header", "Authorization: Bearer mk_test_" + "0" * 48,
            "--seed", "23", "--no-color",
            *args,
        )  # fmt: skip
    finally:
        _stop(server)


def apt_install(session: nox.Session, *packages: str) -> None:
    """Install Debian packages on a fresh machine (as root, or through sudo)."""
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run(*sudo, "apt-get", "update", "-q", external=True, env=env)
    session.run(
        *sudo, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages,
        external=True, env=env,
    )  # fmt: skip


@nox.session(tags=["ci"])
def sql(session: nox.Session) -> None:
    """monk events sync on SQLite and on PostgreSQL (Debian's package, installed here if missing;
    the tests start their own server in /tmp): 100,000 rows killed at random points, resumed."""
    if not any(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        apt_install(session, "postgresql")
    session.install(*group("test"))
    install_project(session, "sql")
    session.run(
        "pytest", "tests/test_sync.py", "-q", *session.posargs, env={"MONK_REQUIRE_POSTGRES": "1"}
    )


@nox.session(tags=["ci"])
def spark(session: nox.Session) -> None:
    """monk.spark.send_events on local Spark (Java 17, installed here if missing): 50,000 rows,
    a killed task, a poison batch."""
    if not shutil.which("java"):
        apt_install(session, "openjdk-17-jre-headless")
    session.install(*group("test"))
    install_project(session, "spark", "sql")  # sql: the README runs whole there
    # The README's Spark example too (the tests session skips it: no pyspark there).
    session.run(
        "pytest",
        "tests/test_spark.py",
        "tests/test_readme.py",
        "tests/test_key_never_echoed.py",  # its Spark channel (skipped where no pyspark)
        "-q",
        *session.posargs,
        env={"MONK_README_ALL": "1"},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks (not timed tests): every benchmarks/bench_*.py, ratios against raw httpx."""
    install_project(session, "sql", "spark")
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)


@nox.session
def record(session: nox.Session) -> None:
    """Re-record the cassette tests against the live API (not in CI; CONTRIBUTING.md, "Cassette
    tests").

    ``MONK_API_KEY=... nox -s record -- -k customers``: the sandbox unless MONK_ENVIRONMENT says
    production. Writes are real. Keys are scrubbed; the drift report follows.
    """
    if not os.environ.get("MONK_API_KEY"):
        session.error("set MONK_API_KEY (a sandbox key) to record")
    session.install(*group("test"))
    install_project(session)
    env = {
        "MONK_ENVIRONMENT": os.environ.get("MONK_ENVIRONMENT", "sandbox"),
        "MONK_STRICT_RESPONSES": "1",  # a response that differs from the spec fails the recording
    }
    test = "tests/test_cassettes.py"
    session.run("pytest", test, "--record-mode=rewrite", *session.posargs, env=env)
    session.run("pytest", test, "-q", "-k", "no_cassette_holds_a_secret")
    cassettes = os.environ.get("MONK_CASSETTE_DIR", "tests/cassettes")
    session.run("python", "scripts/cassette_drift.py", cassettes, success_codes=[0, 1])
