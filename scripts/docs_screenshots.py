#!/usr/bin/env python3
"""Screenshot pages of the built docs site in headless Chromium, and fail on a blank one.

    python scripts/docs_screenshots.py [SITE]     SITE defaults to site/

Run by ``nox -s docs`` after the build (which installs Debian's ``chromium`` when it is missing).
The site is served from a loopback port, each page is opened at a desktop width and the
screenshot lands in ``SITE/_screenshots/<name>.png``. A screenshot fails the check when it is
missing or tiny, when it is nearly one colour (a blank or an error page), or when its page's
text never showed (no dark pixels: the theme or its fonts did not load).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
# name -> page (relative to the site): at least home, the quickstart, a resource, a model, and
# usage cost; the monk package page is the longest.
PAGES = {
    "home": "",
    "quickstart": "guides/quickstart/",
    "usage-cost": "guides/usage-cost/",
    "resource-customers": "reference/resources/customers/",
    "model-contracts": "reference/models/contracts/",
    "reference-monk": "reference/monk/",
}
WIDTH, HEIGHT = 1280, 1000
TIMEOUT = 60  # seconds per page
MIN_BYTES = 20_000  # a rendered page with text is far larger; a blank PNG is a few KB
MIN_COLOURS = 16  # distinct colours in the (downscaled) screenshot
MIN_DARK = 0.002  # share of dark pixels (text)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("no chromium on PATH (nox -s docs installs Debian's chromium package)")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def shoot(browser: str, url: str, out: Path, profile: Path) -> None:
    command = [
        browser,
        "--headless",
        "--no-sandbox",  # as root in a container; the pages are our own
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        f"--user-data-dir={profile}",
        f"--window-size={WIDTH},{HEIGHT}",
        "--virtual-time-budget=5000",  # let the theme's scripts run before the capture
        f"--screenshot={out}",
        url,
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT)


def problems(path: Path) -> list[str]:
    """What is wrong with a screenshot; empty when it looks like a page."""
    if not path.is_file():
        return ["no screenshot"]
    found = []
    size = path.stat().st_size
    if size < MIN_BYTES:
        found.append(f"{size} bytes (< {MIN_BYTES})")
    with Image.open(path) as image:
        if image.size != (WIDTH, HEIGHT):
            found.append(f"{image.size[0]}x{image.size[1]}, not {WIDTH}x{HEIGHT}")
        small = image.convert("RGB").resize((WIDTH // 4, HEIGHT // 4))
        colours = small.getcolors(maxcolors=1 << 16)
        distinct = len(colours) if colours is not None else 1 << 16
        if distinct < MIN_COLOURS:
            found.append(f"{distinct} colours: blank")
        grey = small.convert("L")
        pixels = grey.width * grey.height
        dark = sum(count for value, count in enumerate(grey.histogram()) if value < 100)
        if dark / pixels < MIN_DARK:
            found.append(f"{dark / pixels:.2%} dark pixels: no text")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    site: Path = args.site.resolve()
    missing = [page for page in PAGES.values() if not (site / page / "index.html").is_file()]
    if missing:
        print(f"pages missing from {site}: {missing}", file=sys.stderr)
        return 1
    out = site / "_screenshots"
    out.mkdir(exist_ok=True)
    browser = chromium()
    server, base = serve(site)
    failed = 0
    try:
        with tempfile.TemporaryDirectory(prefix="monk-docs-chromium-") as profile:
            for name, page in PAGES.items():
                target = out / f"{name}.png"
                target.unlink(missing_ok=True)
                try:
                    shoot(browser, base + page, target, Path(profile))
                except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
                    print(f"FAIL {name}: chromium: {exc}", file=sys.stderr)
                    failed += 1
                    continue
                found = problems(target)
                status = "FAIL" if found else "ok"
                detail = "; ".join(found) or f"{target.stat().st_size:,} bytes"
                print(f"{status:<5}{name:<20}{target.relative_to(site)}  {detail}")
                failed += bool(found)
    finally:
        server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
