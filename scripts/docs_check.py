#!/usr/bin/env python3
"""Check the built docs site for what a strict build does not catch.

    python scripts/docs_check.py [SITE]     SITE defaults to site/

Run by ``nox -s docs`` after the build. It fails when:

- a Sphinx role (``:class:``, ``:meth:``...) is printed raw;
- a maintainer note (``inferred: not seen in Monk's docs``) is on a page outside development/;
- the navigation file (SUMMARY.md) was published as a page;
- a heading shows a private path (``monk._exceptions.APIConnectionError``);
- the response models have no pages, or a resource's return types do not link to them.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROLE = re.compile(r":(?:class|meth|func|data|attr|exc|mod|obj):`?")
NOTE = re.compile(r"inferred:\s+not\s+seen\s+in\s+Monk", re.I)
HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.S)
TAG = re.compile(r"<[^>]+>")
PRIVATE = re.compile(r"\bmonk(?:\.\w+)*\._[a-z]\w*")
# Models users get back from the most used methods, and the page each must be on.
MODELS = {
    "customers": ["Customer"],
    "contracts": ["Contract"],
    "plans": ["Plan"],
    "meters": ["Meter"],
    "pricing": ["Pricing"],
    "invoices": ["Invoice"],
}


def text_of(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def check(site: Path) -> list[str]:
    problems: list[str] = []
    pages = sorted(site.rglob("*.html"))
    if not pages:
        return [f"no pages in {site}"]
    for page in pages:
        where = page.relative_to(site).as_posix()
        body = text_of(page)
        main = body.split('<article class="md-content__inner', 1)[-1]
        if ROLE.search(html.unescape(TAG.sub("", main))):
            problems.append(f"{where}: a Sphinx role printed raw")
        if not where.startswith("development/") and NOTE.search(main):
            problems.append(f"{where}: a maintainer note (inferred: not seen in Monk's docs)")
        for heading in HEADING.findall(main):
            shown = html.unescape(TAG.sub("", heading))
            if PRIVATE.search(shown):
                problems.append(f"{where}: a heading shows a private path: {shown.strip()!r}")
    if any("summary" in part.lower() for page in pages for part in page.parts):
        problems.append("SUMMARY (the navigation file) was published as a page")
    for group, names in MODELS.items():
        page = site / "reference" / "models" / group / "index.html"
        if not page.is_file():
            problems.append(f"no models page for client.{group}")
            continue
        body = text_of(page)
        for name in names:
            if f'id="monk.types.{name}"' not in body:
                problems.append(f"reference/models/{group}: monk.types.{name} is not documented")
        resource = site / "reference" / "resources" / group / "index.html"
        link = f'href="../../models/{group}/#monk.types.{names[0]}"'
        if resource.is_file() and link not in text_of(resource):
            problems.append(f"reference/resources/{group}: returns {names[0]} without a link")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    site = parser.parse_args().site
    problems = check(site)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{site}: roles rendered, public headings, models linked, no stray pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
