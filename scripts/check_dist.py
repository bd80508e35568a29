#!/usr/bin/env python3
"""Check a release's artifacts the way PyPI and pip will meet them.

    python scripts/check_dist.py DIST       DIST holds the sdist and the wheel built from it

1. ``twine check --strict`` on both, and ``check-wheel-contents`` on the wheel.
2. A second wheel, built straight from the source tree, holds exactly the same files as the one
   built from the sdist (a file that only the tree has would ship in one and not the other).
3. Each wheel is installed in a fresh virtualenv, from outside the checkout, and makes a call
   through ``monk.Monk(...).customers.get(...)`` on an ``httpx.MockTransport``.

Exit status 1 when anything fails; each failure says what.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SMOKE = """
import httpx, monk

def handler(request):
    assert request.url.path == "/v1/customers/cus_1", request.url
    assert request.headers["authorization"].startswith("Bearer mk_test_")
    return httpx.Response(200, json={"data": {"id": "cus_1", "name": "Acme",
        "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"}})

client = monk.Monk(api_key="mk_test_" + "0" * 48,
                   http_client=httpx.Client(transport=httpx.MockTransport(handler)))
customer = client.customers.get("cus_1")
assert customer.name == "Acme", customer
import monk._generated.models, pathlib
assert "site-packages" in pathlib.Path(monk.__file__).parts, monk.__file__
print("installed wheel ok:", monk.__version__)
"""


def run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, cwd=cwd)


def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {n for n in archive.namelist() if ".dist-info/" not in n}


def smoke(wheel: Path, label: str, problems: list[str]) -> None:
    """Install ``wheel`` (and its dependencies) in a new virtualenv and make one call."""
    with tempfile.TemporaryDirectory(prefix="monk-smoke-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        done = run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)
        if done.returncode != 0:
            problems.append(f"{label}: pip install failed:\n{done.stderr}")
            return
        done = run(python, "-c", SMOKE, cwd=Path(tmp))
        if done.returncode != 0:
            problems.append(f"{label}: the installed wheel failed its first call:\n{done.stderr}")
        else:
            print(f"{label}: {done.stdout.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dist", type=Path, help="the sdist and the wheel built from it")
    args = parser.parse_args(argv)
    sdists = sorted(args.dist.glob("*.tar.gz"))
    wheels = sorted(args.dist.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        print(f"{args.dist}: expected one sdist and one wheel", file=sys.stderr)
        return 1
    sdist, wheel = sdists[0], wheels[0]
    problems: list[str] = []

    for command in (
        ("twine", "check", "--strict", sdist, wheel),
        ("check-wheel-contents", wheel),
    ):
        done = run(*command)
        print(f"{command[0]}: {'ok' if done.returncode == 0 else 'FAILED'}")
        if done.returncode != 0:
            problems.append(f"{command[0]}:\n{done.stdout}{done.stderr}")

    with tempfile.TemporaryDirectory(prefix="monk-tree-wheel-") as tmp:
        done = run(sys.executable, "-m", "build", "--wheel", "--outdir", tmp, ROOT)
        tree_wheels = sorted(Path(tmp).glob("*.whl"))
        if done.returncode != 0 or len(tree_wheels) != 1:
            problems.append(f"building a wheel from the tree failed:\n{done.stderr}")
        else:
            from_tree, from_sdist = wheel_files(tree_wheels[0]), wheel_files(wheel)
            if from_tree != from_sdist:
                only_tree = sorted(from_tree - from_sdist)
                only_sdist = sorted(from_sdist - from_tree)
                problems.append(
                    "the wheel built from the tree and the one built from the sdist differ: "
                    f"only from the tree {only_tree}, only from the sdist {only_sdist}"
                )
            else:
                print(f"wheel from the tree == wheel from the sdist ({len(from_tree)} files)")
            smoke(tree_wheels[0], "wheel built from the tree", problems)
    smoke(wheel, "wheel built from the sdist", problems)

    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
