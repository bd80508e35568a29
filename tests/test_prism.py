"""Every operation through the SDK, sync and async, strict, against Stoplight Prism.

``nox -s prism`` starts ``prism mock -d openapi/openapi.json`` (random responses that follow the
spec's schemas) and runs this file with ``MONK_PRISM_URL``; without it the file is skipped. Each
operation is called with its documented request (the cassettes' arguments) ``MONK_PRISM_ROUNDS``
times in each mode. Each 2xx body is also checked against the spec by an independent validator
(jsonschema), so the figures are:

- invalid requests: Prism refused what the SDK sent (its request validation): goal 0;
- strict failures: a ResponseValidationError on a response the validator calls conforming:
  goal 0;
- non-conforming accepted: a response the validator refuses that decoded without an error in
  strict mode: goal 0.

The figures go to ``MONK_PRISM_REPORT`` (JSON) when set.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_helpers import load_spec

import monk

PRISM = os.environ.get("MONK_PRISM_URL")
pytestmark = pytest.mark.skipif(not PRISM, reason="needs Prism: `nox -s prism` runs it")

ROUNDS = int(os.environ.get("MONK_PRISM_ROUNDS", "11"))
KEY = "mk_test_" + "0" * 48


class Responses:
    """The 2xx schema of each operation, found from a request's method and path."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from jsonschema import Draft202012Validator

        self.routes: list[tuple[str, re.Pattern[str], Any]] = []
        for path, item in spec["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                schema = None
                for status, response in op["responses"].items():
                    if status.startswith("2"):
                        media = response.get("content", {}).get("application/json", {})
                        schema = media.get("schema")
                        break
                validator = None
                if schema is not None:
                    root = {**schema, "components": spec["components"]}
                    validator = Draft202012Validator(root)
                self.routes.append((method.upper(), pattern, validator))
        # A literal path wins over a templated one (/v1/pricing/estimate, not /v1/pricing/{id}).
        self.routes.sort(key=lambda r: r[1].pattern.count("[^/]+"))

    def problems(self, response: httpx.Response) -> list[str]:
        method, path = response.request.method, response.request.url.path
        for verb, pattern, validator in self.routes:
            if verb == method and pattern.match(path):
                if validator is None:
                    return []
                body = json.loads(response.content)
                return [
                    f"{'/'.join(map(str, e.absolute_path))}: {e.message[:120]}"
                    for e in validator.iter_errors(body)
                ]
        return [f"no operation for {method} {path}"]


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add(self, outcome: str, detail: str = "") -> None:
        self.counts[outcome] += 1
        if detail:
            examples = self.examples.setdefault(outcome, [])
            if len(examples) < 20:
                examples.append(detail)


def _cases() -> list[Any]:
    from test_cassettes import CASES

    first: dict[str, Any] = {}
    for case in CASES:
        if case.operation_id not in first and 200 <= case.status < 300:
            first[case.operation_id] = case
    return list(first.values())


def _classify(
    tally: Tally, responses: Responses, name: str, captured: list[httpx.Response], error: Any
) -> None:
    tally.add("calls")
    if isinstance(error, monk.APIStatusError):
        if error.status_code in (400, 422) and "validation" in str(error.body):
            tally.add("invalid requests", f"{name}: {str(error.body)[:300]}")
        else:
            tally.add("other errors", f"{name}: {error!r}"[:300])
        return
    if isinstance(error, monk.ResponseValidationError):
        found = responses.problems(error.response)
        if found:
            tally.add("non-conforming refused")
        else:
            tally.add("strict failures", f"{name}: {error}"[:400])
        return
    if isinstance(error, monk.UnacknowledgedEventsError) and error.accepted < error.sent:
        # Prism's random count (a schema-valid integer) below the batch: the SDK's delivery
        # rule at work (never counted as sent), not a decode failure.
        tally.add("short acknowledgements refused")
        return
    if error is not None:
        tally.add("other errors", f"{name}: {error!r}"[:300])
        return
    bad = [p for r in captured for p in responses.problems(r)]
    if bad:
        tally.add("non-conforming accepted", f"{name}: {bad[:3]}")
    else:
        tally.add("conforming decoded")


def _first_page(result: Any) -> Any:
    return list(result.data) if hasattr(result, "data") and hasattr(result, "has_more") else result


def test_every_operation_through_the_sdk_against_prism() -> None:
    from test_cassettes import arguments, method_of

    assert PRISM
    responses = Responses(load_spec())
    tally = Tally()
    cases = _cases()
    assert len(cases) >= 40
    sync = monk.Monk(
        api_key=KEY, base_url=PRISM, events_base_url=PRISM, strict_responses=True, max_retries=0
    )

    def run_sync(case: Any) -> None:
        args, kwargs = arguments(case, {})
        error = None
        with sync.capture_responses() as captured:
            try:
                _first_page(method_of(sync, case)(*args, **kwargs))
            except monk.MonkError as exc:
                error = exc
        _classify(tally, responses, f"sync {case.operation_id}", captured.responses, error)

    async def run_async() -> None:
        client = monk.AsyncMonk(
            api_key=KEY,
            base_url=PRISM,
            events_base_url=PRISM,
            strict_responses=True,
            max_retries=0,
        )
        async with client:
            for _ in range(ROUNDS):
                for case in cases:
                    args, kwargs = arguments(case, {})
                    error = None
                    with client.capture_responses() as captured:
                        try:
                            _first_page(await method_of(client, case)(*args, **kwargs))
                        except monk.MonkError as exc:
                            error = exc
                    name = f"async {case.operation_id}"
                    _classify(tally, responses, name, captured.responses, error)

    with sync:
        for _ in range(ROUNDS):
            for case in cases:
                run_sync(case)
    asyncio.run(run_async())

    report = {
        "operations": len(cases),
        "rounds": ROUNDS,
        **dict(tally.counts),
        "examples": tally.examples,
    }
    target = os.environ.get("MONK_PRISM_REPORT")
    if target:
        Path(target).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    assert tally.counts["invalid requests"] == 0, tally.examples.get("invalid requests")
    assert tally.counts["strict failures"] == 0, tally.examples.get("strict failures")
    assert tally.counts["non-conforming accepted"] == 0, tally.examples.get(
        "non-conforming accepted"
    )
    assert tally.counts["other errors"] == 0, tally.examples.get("other errors")
