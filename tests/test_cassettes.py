"""The SDK against the documentation: every documented exchange, replayed through ``monk.Monk``.

tests/cassettes/<tag>/<operationId>[-<case>].yaml are built from openapi/openapi.json by
scripts/build_cassettes.py (one test per cassette). Each test calls the public client the way a
user would, with the documented request; vcrpy (through pytest-recording) serves the recorded
response with record_mode "none", so a request that differs in method, host, path, query or
JSON body fails. The typed result must equal the documented response field by field (date-times
as instants, numbers exactly), dates must come back as date/datetime, money the overlay exposes
as Decimal, and documented errors as the typed exceptions.

``--record-mode=rewrite`` records the same tests against the live API instead (CONTRIBUTING.md,
"Cassette tests": ``MONK_API_KEY=... nox -s record -- -k customers``); the results are then
compared with what was recorded, and scripts/cassette_drift.py reports how the recording differs
from the spec.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import json
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import vcr as vcrpy
import vcr_support
import yaml
from spec_helpers import load_script, normalize, snake
from vcr.errors import CannotOverwriteExistingCassetteException

import monk

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTED_CASSETTES = ROOT / "tests" / "cassettes"
# Where the tests read (and, recording, write) cassettes; MONK_CASSETTE_DIR records elsewhere.
CASSETTES = Path(os.environ.get("MONK_CASSETTE_DIR") or DOCUMENTED_CASSETTES)
FAKE_KEY = "mk_test_" + "0" * 32  # replay: never a real key
INVALID_KEY = "mk_test_" + "1" * 32  # recording the 401 cases: a key the API refuses
MATCH_ON = ["method", "scheme", "host", "port", "path", "query", "json_body"]
EVENT_OPERATIONS = ("createEvent", "batchCreateEvents")
EVENT_TIME = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)  # the events' clock
# Documented response fields the overlay's result type does not carry.
NOT_EXPOSED = {"batchCreateEvents": {"status"}}  # monk.BatchResult keeps counts and request ids


build_cassettes = load_script("build_cassettes")
cassette_drift = load_script("cassette_drift")
SPEC = build_cassettes.load_spec()
CASES = build_cassettes.cases(SPEC)
OPERATIONS = {op["operationId"]: op for _, _, _, op in build_cassettes.operations(SPEC)}

# The public client method behind each operation.
METHOD_NAMES = {
    "createContract": "contracts.create",
    "listContracts": "contracts.list",
    "getContract": "contracts.get",
    "updateContractMetadata": "contracts.update_metadata",
    "cancelContract": "contracts.cancel",
    "changePlan": "contracts.change_plan",
    "getCreditBalance": "contracts.credits.balance",
    "getCreditLedger": "contracts.credits.ledger",
    "grantPromotionalCredits": "contracts.credits.grant_promotional",
    "listCreditBudgets": "contracts.budgets.list",
    "createCreditBudget": "contracts.budgets.create",
    "getBudgetUsage": "contracts.budgets.usage",
    "updateCreditBudget": "contracts.budgets.update",
    "deleteCreditBudget": "contracts.budgets.delete",
    "createEvent": "events.send",
    "listEvents": "events.list",
    "batchCreateEvents": "events.send_batch",
    "queryUsage": "events.query_usage",
    "getLiveness": "events.liveness",
    "getReadiness": "events.readiness",
    "getUsageCost": "usage.cost",
    "createCustomer": "customers.create",
    "listCustomers": "customers.list",
    "getCustomer": "customers.get",
    "updateCustomer": "customers.update",
    "createPricing": "pricing.create",
    "listPricing": "pricing.list",
    "getPricing": "pricing.get",
    "estimateEventPricing": "pricing.estimate",
    "createMeter": "meters.create",
    "listMeters": "meters.list",
    "getMeter": "meters.get",
    "archiveMeter": "meters.archive",
    "createPlan": "plans.create",
    "listPlans": "plans.list",
    "getPlan": "plans.get",
    "listInvoices": "invoices.list",
    "getInvoice": "invoices.get",
    "getCreditUsageStatement": "invoices.credit_statement",
    "getUpcomingInvoice": "invoices.upcoming",
}
ERRORS: dict[int, type[monk.APIStatusError]] = {
    401: monk.AuthenticationError,
    403: monk.PermissionDeniedError,
}


# --- pytest-recording configuration ----------------------------------------------------------


def _recording(config: pytest.Config) -> bool:
    return config.getoption("--record-mode", default=None) not in (None, "none")


def record_ids() -> dict[str, str]:
    """MONK_RECORD_IDS: documented id -> your real one, used while recording.

    The real ids are sent, and written back as the documented ones, so the recording replays
    with the same requests as the documentation-built cassette.
    """
    ids = json.loads(os.environ.get("MONK_RECORD_IDS") or "{}")
    assert isinstance(ids, dict), "MONK_RECORD_IDS must be a JSON object"
    return {str(k): str(v) for k, v in ids.items()}


def cassette_config(
    *, recording: bool, ids: dict[str, str] | None = None, case: Any = None
) -> dict[str, Any]:
    """The vcrpy options of every cassette test: strict matching, and nothing secret written."""
    before_request: list[Callable[[Any], Any]] = [vcr_support.scrub_request]
    if recording:
        before_request.insert(0, vcr_support.to_production_host)
    if case is not None and case.operation_id in EVENT_OPERATIONS:
        before_request.append(vcr_support.drop_client_filled(case.body))
    return {
        "match_on": MATCH_ON,
        "filter_headers": list(vcr_support.SENSITIVE_HEADERS),
        "before_record_request": before_request,
        "before_record_response": vcr_support.scrub_response,
        "decode_compressed_response": True,
        # Recording: each real id of MONK_RECORD_IDS is saved as the documented id it stands for.
        "filter_sensitive_data": sorted(
            (documented, real) for documented, real in (ids or {}).items()
        ),
    }


@pytest.fixture(scope="module", autouse=True)
def _strict_responses() -> Iterator[None]:
    """Replay and recording decode strictly: drift in a (re-recorded) cassette fails here."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MONK_STRICT_RESPONSES", "1")
        yield


@pytest.fixture(scope="module")
def recording(pytestconfig: pytest.Config) -> bool:
    return _recording(pytestconfig)


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    case = request.node.callspec.params["case"]
    return f"{case.tag}/{case.name}"


@pytest.fixture
def vcr_config(request: pytest.FixtureRequest, recording: bool) -> dict[str, Any]:
    callspec = getattr(request.node, "callspec", None)
    case = callspec.params.get("case") if callspec else None
    return cassette_config(recording=recording, ids=record_ids() if recording else None, case=case)


@pytest.fixture
def vcr_markers(request: pytest.FixtureRequest, recording: bool) -> list[pytest.Mark]:
    """No cassette at all (so none is deleted) for a case that cannot be recorded live."""
    markers = list(request.node.iter_markers(name="vcr"))
    callspec = getattr(request.node, "callspec", None)
    case = callspec.params.get("case") if callspec else None
    if recording and (case is None or _not_recordable(case, request.node.name)):
        return []
    return markers


def _not_recordable(case: Any, test_name: str) -> str | None:
    if test_name.startswith("test_async"):
        return "the async tests replay the same cassettes; record with the sync ones"
    if case.request_mismatch:
        return "the client refuses this documented request, so there is nothing to record"
    if case.status == 403 and not os.environ.get("MONK_RESTRICTED_API_KEY"):
        return "set MONK_RESTRICTED_API_KEY (a key without this scope) to record 403s"
    return None


@pytest.fixture(scope="module")
def client(recording: bool) -> Iterator[monk.Monk]:
    with pytest.MonkeyPatch.context() as patch:
        if recording:
            made = monk.Monk()  # MONK_API_KEY, MONK_ENVIRONMENT (sandbox in `nox -s record`)
        else:
            for name in ("MONK_BASE_URL", "MONK_EVENTS_BASE_URL", "MONK_ENVIRONMENT"):
                patch.delenv(name, raising=False)
            made = monk.Monk(api_key=FAKE_KEY, max_retries=0)
        with made:
            yield made


def _client_for(client: Any, case: Any, recording: bool) -> Any:
    if recording and case.status == 401:
        return client.with_options(api_key=INVALID_KEY)
    if recording and case.status == 403:
        return client.with_options(api_key=os.environ["MONK_RESTRICTED_API_KEY"])
    return client


# --- calling the client the documented way ---------------------------------------------------


def _swap(value: Any, ids: dict[str, str]) -> Any:
    """value with every documented id that MONK_RECORD_IDS maps replaced by the real one."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, dict):
        return {k: _swap(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, ids) for v in value]
    return value


def _query_names(case: Any) -> dict[str, str]:
    """Wire name -> the method's parameter name (``format`` -> ``format_``), from the rules."""
    from monk._core.operation import Operation

    importlib.import_module("monk._generated.operations")  # registers every Operation
    name = f"{case.tag}.{snake(case.operation_id)}"
    op = next(o for o in Operation.registry if o.name == name)
    by_wire = {wire: py for py, (wire, _, _) in op.request_route().query.items()}
    return {wire: by_wire[wire] for wire, _ in case.query}


def _usage_cost_arguments(body: dict[str, Any]) -> dict[str, Any]:
    """``client.usage.cost`` names the range start/end and takes no other body key as is."""
    arguments = {
        "customer_id": body.get("customerId"),
        "external_customer_id": body.get("externalCustomerId"),
        "contract_id": body.get("contractId"),
        "start": body.get("startDate"),
        "end": body.get("endDate"),
        "event_names": body.get("eventNames"),
        "property_filters": body.get("propertyFilters"),
        "unit": body.get("unit"),
        "credit_rate_cents": body.get("creditRateCents"),
    }
    return {k: v for k, v in arguments.items() if v is not None}


def arguments(case: Any, ids: dict[str, str]) -> tuple[list[Any], dict[str, Any]]:
    """The positional and keyword arguments of the documented call."""
    args = [_swap(value, ids) for _, value in case.path_params]
    names = _query_names(case)
    kwargs = {names[wire]: _swap(value, ids) for wire, value in case.query}
    body = _swap(case.body, ids)
    if case.operation_id == "createEvent":  # send() takes a monk.Event
        return [_event(body)], kwargs
    if case.operation_id == "batchCreateEvents":  # send_batch() takes monk.Events
        return [[_event(item) for item in body["events"]]], kwargs
    if case.operation_id == "getUsageCost":
        kwargs.update(_usage_cost_arguments(body))
    elif isinstance(body, dict):
        kwargs.update({snake(key): value for key, value in body.items()})
    return args, kwargs


def _event(documented: dict[str, Any]) -> monk.Event:
    return monk.Event.from_dict(documented, clock=lambda: EVENT_TIME)


def check_filled_events(case: Any, sent: bytes) -> None:
    """The client sent each documented event, with a key and a time where the docs give none."""
    documented = vcr_support.events_of(case.body)
    events = vcr_support.events_of(json.loads(sent))
    assert len(events) == len(documented)
    for event, doc in zip(events, documented, strict=True):
        key, moment = event["idempotencyKey"], datetime.datetime.fromisoformat(event["timestamp"])
        if "idempotencyKey" in doc:
            assert key == doc["idempotencyKey"]
        else:
            assert uuid.UUID(key).version == 4, key
        if "timestamp" in doc:
            assert moment == datetime.datetime.fromisoformat(doc["timestamp"])
        else:
            assert moment == EVENT_TIME


def method_of(client: Any, case: Any) -> Callable[..., Any]:
    target = client
    for part in METHOD_NAMES[case.operation_id].split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


# --- what the result must equal ---------------------------------------------------------------


def canonical(value: Any) -> Any:
    """JSON-like data compared exactly: floats as the Decimal of their shortest repr."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


# Overlay result types (dataclasses) name a few things differently from the JSON.
RENAMED = {"start": "startDate", "end": "endDate"}  # UsageCost's range
DERIVED = {"currency_amount"}  # UsageCost: the USD total a credits amount converts from


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return _dataclass_json(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _dataclass_json(result: Any) -> dict[str, Any]:
    """An overlay dataclass (UsageCost, CostEstimate...) in the response's own terms."""
    out = {
        RENAMED.get(name, _camel(name)): _plain(getattr(result, name))
        for name in result.__dataclass_fields__
        if name not in DERIVED and getattr(result, name) is not None
    }
    if out.get("unit") == "credits":
        out.pop("currency", None)  # the API sends currency only with unit "currency"
    return out


def _batch_result_json(result: Any) -> dict[str, Any]:
    """A :class:`monk.BatchResult` of one request: its count and request id."""
    assert result.requests == 1
    return {"count": result.accepted, "requestId": result.request_ids[0]}


def as_json(result: Any) -> Any:
    """What the client returned, as the JSON it stands for."""
    if result is None:
        return None
    if type(result).__name__ == "BatchResult":
        return _batch_result_json(result)
    if hasattr(result, "raw") and hasattr(result, "has_more"):  # a page: the whole list body
        return result.raw.to_dict()
    if isinstance(result, list):
        return [as_json(item) for item in result]
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if hasattr(result, "__dataclass_fields__"):
        return _dataclass_json(result)
    raise AssertionError(f"no JSON view of {type(result).__name__}")


def unwraps(case: Any, result: Any) -> bool:
    """Whether the client hands back the envelope's ``data`` rather than the whole body."""
    is_page = hasattr(result, "raw") and hasattr(result, "has_more")
    return isinstance(case.response, dict) and "data" in case.response and not is_page


def _success_schema(case: Any) -> Any:
    response = OPERATIONS[case.operation_id]["responses"][str(case.status)]
    return build_cassettes.resolve(SPEC, response)["content"]["application/json"]["schema"]


def _attribute(model: Any, prop: str) -> str | None:
    """The model's attribute for a JSON property (``pdfBase64`` -> ``pdf_base_64``)."""
    for attribute in getattr(type(model), "__attrs_attrs__", ()):
        if attribute.name.replace("_", "").lower() == prop.lower():
            return str(attribute.name)
    return None


def type_problems(schema: Any, value: Any, path: str = "") -> list[str]:
    """Where a parsed model holds the wrong Python type for its schema: date-times must be
    datetime, dates date, nested objects models (walked recursively)."""
    schema = build_cassettes.resolve(SPEC, schema)
    if value is None or type(value).__name__ == "Unset" or not isinstance(schema, dict):
        return []
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        tried = [type_problems(branch, value, path) for branch in branches]
        return [] if any(not found for found in tried) else tried[0]
    fmt = schema.get("format")
    if fmt == "date-time" and not isinstance(value, datetime.datetime):
        return [f"{path}: {type(value).__name__}, not datetime"]
    if fmt == "date" and (
        not isinstance(value, datetime.date) or isinstance(value, datetime.datetime)
    ):
        return [f"{path}: {type(value).__name__}, not date"]
    found: list[str] = []
    if hasattr(value, "__attrs_attrs__"):
        for prop, prop_schema in schema.get("properties", {}).items():
            name = _attribute(value, prop)
            if name is None:
                found.append(f"{path}.{prop}: no attribute on {type(value).__name__}")
                continue
            found += type_problems(prop_schema, getattr(value, name), f"{path}.{prop}")
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            found += type_problems(schema["items"], item, f"{path}[]")
    return found


def money_problems(result: Any, path: str = "") -> list[str]:
    """The overlay's own result types hold money (every number) as Decimal, never float."""
    if isinstance(result, (list, tuple)):
        return [p for i, item in enumerate(result) for p in money_problems(item, f"{path}[{i}]")]
    fields = getattr(result, "__dataclass_fields__", None)
    if fields is None or type(result).__module__.startswith("monk._generated"):
        return []
    found = []
    for name in fields:
        value = getattr(result, name)
        where = f"{path}.{name}" if path else f"{type(result).__name__}.{name}"
        if isinstance(value, float):
            found.append(f"{where} is a float")
        found += money_problems(value, where)
    return found


# --- one test per cassette --------------------------------------------------------------------


_MONEY_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def money_placeholders(schema: Any, value: Any, path: str = "$") -> list[str]:
    """Where a documented response shows the docs' ``"<string>"`` stand-in for a decimal-string
    amount: not a decimal, so the client reports it (strict: raises) and keeps it as received."""
    schema = build_cassettes.resolve(SPEC, schema)
    if not isinstance(schema, dict):
        return []
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return [p for b in schema[key] for p in money_placeholders(b, value, path)]
    if schema.get("x-monk-money") and isinstance(value, str) and not _MONEY_TEXT.fullmatch(value):
        return [path]
    found: list[str] = []
    if isinstance(value, dict):
        for prop, prop_schema in schema.get("properties", {}).items():
            if prop in value:
                found += money_placeholders(prop_schema, value[prop], f"{path}.{prop}")
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            found += money_placeholders(schema["items"], item, f"{path}[*]")
    return found


@contextmanager
def tolerating_money_placeholders(case: Any, recording: bool) -> Iterator[bool]:
    """Yield whether to decode tolerantly: the documented response holds placeholder amounts,
    each of which must then be reported as a SpecDriftWarning (and kept as received)."""
    found = (
        []
        if recording or case.status >= 400
        else money_placeholders(_success_schema(case), case.response)
    )
    if not found:
        yield False
        return
    with pytest.warns(monk.SpecDriftWarning) as warned:
        yield True
    reported = " ".join(str(w.message) for w in warned)
    assert all(path.removeprefix("$.") in reported for path in found), (found, reported)


def _case_id(case: Any) -> str:
    return case.relpath.removesuffix(".yaml")


def check_result(case: Any, result: Any, raw: Any, recording: bool) -> None:
    """The result equals the documented response (recorded one, when recording) field by field."""
    body = raw if recording else case.response
    expected = body["data"] if unwraps(case, result) else body
    if case.operation_id in NOT_EXPOSED:
        expected = {k: v for k, v in expected.items() if k not in NOT_EXPOSED[case.operation_id]}
    assert canonical(normalize(as_json(result))) == canonical(normalize(expected))
    if result is not None and hasattr(result, "raw") and hasattr(result, "has_more"):
        items = result.raw.to_dict()
        assert [canonical(normalize(i.to_dict())) for i in result.data] == canonical(
            normalize(next(v for v in items.values() if isinstance(v, list)))
        )
    schema = _success_schema(case)
    if unwraps(case, result):
        schema = build_cassettes.resolve(SPEC, schema)["properties"]["data"]
    typed = result.raw if hasattr(result, "raw") and hasattr(result, "has_more") else result
    assert type_problems(schema, typed) == []
    assert money_problems(result) == []


def check_error(case: Any, error: monk.APIStatusError, raw: Any, recording: bool) -> None:
    body = raw if recording else case.response
    assert isinstance(error, ERRORS[case.status])
    assert error.status_code == case.status
    assert error.message == body["error"]["message"]
    assert error.code == body["error"]["code"]
    assert error.body == body
    if not recording:
        assert error.request_id == case.request_id
    assert FAKE_KEY not in str(error)


def run_case(client: Any, case: Any, recording: bool, cassette: Any) -> None:
    if recording and (reason := _not_recordable(case, "test_cassette")):
        pytest.skip(reason)
    client = _client_for(client, case, recording)
    args, kwargs = arguments(case, record_ids() if recording else {})
    call = method_of(client, case)
    if case.request_mismatch:  # the docs' own schema rejects this example: so does the client
        # (a missing required field is a TypeError from the typed signature, as in any call)
        with pytest.raises((monk.ValidationError, TypeError)):
            call(*args, **kwargs)
        assert cassette.play_count == 0
        return
    with tolerating_money_placeholders(case, recording) as tolerant:
        if tolerant:
            client = client.with_options(strict_responses=False)
            call = method_of(client, case)
        with client.capture_responses() as log:
            if case.status >= 400:
                with pytest.raises(monk.APIStatusError) as info:
                    call(*args, **kwargs)
            else:
                result = call(*args, **kwargs)
    raw = log.last.json() if log.responses else None
    if case.operation_id in EVENT_OPERATIONS and log.responses:
        check_filled_events(case, log.last.request.content)
    if case.status >= 400:
        check_error(case, info.value, raw, recording)
    else:
        check_result(case, result, raw, recording)
    if not recording:
        assert cassette.record_mode == "none"
        assert cassette.all_played, f"{cassette.play_count} of {len(cassette)} played"


@pytest.mark.vcr
@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_cassette(client: monk.Monk, case: Any, recording: bool, vcr: Any) -> None:
    run_case(client, case, recording, vcr)


PRIMARY = [c for c in CASES if not c.case and not c.request_mismatch]


@pytest.mark.vcr
@pytest.mark.parametrize("case", PRIMARY, ids=_case_id)
async def test_async_cassette(case: Any, recording: bool, vcr: Any) -> None:
    """The async client sends the same requests and returns the same results."""
    if recording:
        pytest.skip(_not_recordable(case, "test_async") or "")
    args, kwargs = arguments(case, {})
    async with monk.AsyncMonk(api_key=FAKE_KEY, environment="production") as client:
        with tolerating_money_placeholders(case, recording) as tolerant:
            strict = None if not tolerant else False
            result = method_of(client.with_options(strict_responses=strict), case)(*args, **kwargs)
            if hasattr(result, "__await__"):
                result = await result
    check_result(case, result, None, recording=False)
    assert vcr.all_played


# --- the suite covers the documentation ---------------------------------------------------------


def test_every_operation_has_cassettes_and_a_client_method() -> None:
    operations = set(OPERATIONS)
    assert len(operations) == 40
    assert {c.operation_id for c in CASES} == operations
    assert set(METHOD_NAMES) == operations
    with monk.Monk(api_key=FAKE_KEY) as client:
        for case in CASES:
            assert callable(method_of(client, case))
    for case in CASES:
        assert (DOCUMENTED_CASSETTES / case.relpath).is_file(), case.relpath


def test_every_documented_example_has_a_case() -> None:
    """Each request and success-response example of the spec is replayed by some case."""
    replayed = [(c.operation_id, json.dumps(c.body, sort_keys=True)) for c in CASES]
    responses = [(c.operation_id, json.dumps(c.response, sort_keys=True)) for c in CASES]
    for op_id, op in OPERATIONS.items():
        if "requestBody" in op:
            for example in build_cassettes._examples(SPEC, op["requestBody"]).values():
                key = (op_id, json.dumps(example["value"], sort_keys=True))
                assert key in replayed, f"{op_id}: a request example has no case"
        for status, response in op["responses"].items():
            if status.startswith("2"):
                for example in build_cassettes._examples(SPEC, response).values():
                    key = (op_id, json.dumps(example["value"], sort_keys=True))
                    assert key in responses, f"{op_id}: a {status} example has no case"
    statuses = {(c.operation_id, c.status) for c in CASES}
    assert all((op_id, 401) in statuses and (op_id, 403) in statuses for op_id in OPERATIONS)


def test_cassettes_are_rebuilt_byte_for_byte(tmp_path: Path, recording: bool) -> None:
    """tests/cassettes is exactly what scripts/build_cassettes.py writes from the spec."""
    if recording:
        pytest.skip("recording rewrites cassettes; compare after reviewing the recording")
    build_cassettes.build(SPEC, tmp_path)
    built = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*.yaml")}
    ours = build_cassettes.own_files(DOCUMENTED_CASSETTES, SPEC)
    on_disk = {name: (DOCUMENTED_CASSETTES / name).read_bytes() for name in ours}
    assert sorted(on_disk) == sorted(built), "run: python scripts/build_cassettes.py"
    changed = [name for name in built if built[name] != on_disk[name]]
    assert changed == [], "run: python scripts/build_cassettes.py"
    assert build_cassettes.check(SPEC, DOCUMENTED_CASSETTES) == []


# --- replay is strict -------------------------------------------------------------------------


def _replay(case: Any, path: Path | None = None) -> Any:
    """The case's cassette (or the one at path) in a VCR of its own, with the tests' options."""
    replayer = vcrpy.VCR(record_mode="none")
    replayer.register_matcher("json_body", vcr_support.json_body)
    target = path or DOCUMENTED_CASSETTES / case.relpath
    return replayer.use_cassette(str(target), **cassette_config(recording=False, case=case))


def _case(name: str) -> Any:
    return next(c for c in CASES if c.name == name)


def _documented(case_name: str, /, **changes: Any) -> dict[str, Any]:
    """The documented call's keyword arguments, with some changed."""
    return {**arguments(_case(case_name), {})[1], **changes}


def _other_event(client: monk.Monk) -> Any:
    return client.events.send(_event({**_case("createEvent").body, "eventName": "other"}))


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("getCustomer", lambda c: c.customers.get("some-other-customer")),  # path
        ("listInvoices", lambda c: c.invoices.list(include="lineItems", limit=20)),  # query
        ("createCustomer", lambda c: c.customers.create(**_documented("createCustomer", name="X"))),
        ("createEvent", _other_event),  # body
    ],
)
def test_a_request_off_the_cassette_fails(name: str, change: Any) -> None:
    """Path, query and body all count: one changed value and the cassette has no answer."""
    case = _case(name)
    with _replay(case), monk.Monk(api_key=FAKE_KEY) as client:  # the documented call plays
        args, kwargs = arguments(case, {})
        with tolerating_money_placeholders(case, False) as tolerant:
            strict = False if tolerant else None
            method_of(client.with_options(strict_responses=strict), case)(*args, **kwargs)
    with (
        _replay(case),
        monk.Monk(api_key=FAKE_KEY) as client,
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        change(client)


def test_a_request_to_the_wrong_host_fails() -> None:
    """Events API paths are only served by events-api.monk.com."""
    case = _case("createEvent")
    wrong_host = monk.Monk(api_key=FAKE_KEY, events_base_url="https://api.monk.com")
    with _replay(case), wrong_host as client:
        args, kwargs = arguments(case, {})
        with pytest.raises(CannotOverwriteExistingCassetteException):
            client.events.send(*args, **kwargs)


def test_json_body_matcher() -> None:
    def request(body: bytes | None) -> Any:
        return vcrpy.request.Request("POST", "https://api.monk.com/v1/x", body, {})

    recorded = request(b'{"b": [1, 2.50], "at": "2026-03-01T00:00:00Z", "a": {"k": "v"}}')
    same = request(b'{"a":{"k":"v"},"at":"2026-03-01T00:00:00+00:00","b":[1,2.5]}')
    vcr_support.json_body(same, recorded)
    vcr_support.json_body(request(None), request(b""))
    for other in (b'{"a": {"k": "w"}, "at": "2026-03-01T00:00:00Z", "b": [1, 2.5]}', None):
        with pytest.raises(AssertionError, match="JSON bodies differ"):
            vcr_support.json_body(request(other), recorded)


# --- nothing secret in a cassette -------------------------------------------------------------


def test_no_cassette_holds_a_secret() -> None:
    files = sorted(CASSETTES.rglob("*.yaml"))
    assert files, f"no cassettes under {CASSETTES}"
    found = {f.relative_to(CASSETTES).as_posix(): vcr_support.secrets_in(f) for f in files}
    assert {name: what for name, what in found.items() if what} == {}


def test_the_secret_scan_finds_keys_tokens_and_credential_headers(tmp_path: Path) -> None:
    doctored = yaml.safe_load((DOCUMENTED_CASSETTES / _case("getCustomer").relpath).read_text())
    interaction = doctored["interactions"][0]
    interaction["request"]["headers"]["Authorization"] = ["Bearer abcdef123456"]
    interaction["response"]["headers"]["Set-Cookie"] = ["session=1"]
    interaction["response"]["body"]["string"] += " mk_live_abc123 mk_test_def456"
    path = tmp_path / "doctored.yaml"
    path.write_text(yaml.safe_dump(doctored))
    assert sorted(vcr_support.secrets_in(path)) == [
        "a bearer token",
        "a request Authorization header",
        "a response Set-Cookie header",
        "an mk_live_ key",
        "an mk_test_ key",
    ]


class _EchoHandler(BaseHTTPRequestHandler):
    """A loopback Events API that echoes the Authorization header back in a cookie and the body."""

    def do_GET(self) -> None:
        auth = self.headers.get("Authorization", "")
        body = json.dumps({"status": "ok", "seen": auth, "node": "cus_1"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", f"session={auth.split()[-1]}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return


def test_recording_scrubs_the_key_everywhere(tmp_path: Path) -> None:
    """A live recording (here of a loopback server that echoes the key) keeps no secret."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    key = "mk_live_" + "s3cr3t" * 6
    host, port = server.server_address[:2]
    try:
        recorder = vcrpy.VCR(record_mode="all")
        recorder.register_matcher("json_body", vcr_support.json_body)
        config = cassette_config(recording=True, ids={"cus_documented": "cus_1"})
        path = tmp_path / "recorded.yaml"
        with (
            recorder.use_cassette(str(path), **config),
            monk.Monk(
                api_key=key, events_base_url=f"http://{host}:{port}", max_retries=0
            ) as client,
        ):
            health = client.events.liveness()
        assert health.additional_properties["seen"] == f"Bearer {key}"  # it was sent
    finally:
        server.shutdown()
        server.server_close()
    text = path.read_text()
    assert key not in text
    assert "s3cr3t" not in text
    assert vcr_support.secrets_in(path) == []
    assert "cus_documented" in text and "cus_1" not in text  # real ids saved as documented ones
    assert f"Bearer {vcr_support.REDACTED_KEY}" in text  # the echo, scrubbed
    replay = _replay(_case("getLiveness"), path)
    with replay, monk.Monk(api_key=FAKE_KEY, events_base_url=f"http://{host}:{port}") as c:
        assert c.events.liveness().additional_properties["node"] == "cus_documented"


# --- drift ------------------------------------------------------------------------------------


def _own_cassettes() -> list[Path]:
    return sorted(
        DOCUMENTED_CASSETTES / name
        for name in build_cassettes.own_files(DOCUMENTED_CASSETTES, SPEC)
    )


def test_documentation_cassettes_have_no_drift() -> None:
    files = _own_cassettes()
    assert len(files) == len(CASES)
    assert cassette_drift.report(SPEC, files) == {}


def test_drift_reports_extra_and_missing_fields_by_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def doctor(name: str, change: Callable[[Any], None]) -> Path:
        cassette = yaml.safe_load((DOCUMENTED_CASSETTES / _case(name).relpath).read_text())
        response = cassette["interactions"][0]["response"]
        body = json.loads(response["body"]["string"])
        change(body)
        response["body"]["string"] = json.dumps(body)
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(cassette))
        return path

    def customer(body: Any) -> None:
        body["data"]["loyaltyTier"] = "gold"  # the API sends a field the spec lacks
        del body["data"]["name"]  # and leaves out one the spec requires

    def invoices(body: Any) -> None:
        body["data"][0]["lineItems"][0]["taxCode"] = "VAT"  # nested in arrays
        del body["data"][0]["lineItems"][0]["servicePeriod"]["end"]
        del body["hasMore"]

    files = [doctor("getCustomer", customer), doctor("listInvoices", invoices)]
    files.append(DOCUMENTED_CASSETTES / _case("getMeter").relpath)  # no drift: not reported
    drifts = cassette_drift.report(SPEC, files)
    assert sorted(drifts) == ["getCustomer", "listInvoices"]
    assert drifts["getCustomer"].operation == "GET /v1/customers/{customerId}"
    assert drifts["getCustomer"].extra == {"data.loyaltyTier"}
    assert drifts["getCustomer"].missing == {"data.name"}
    assert drifts["listInvoices"].extra == {"data[].lineItems[].taxCode"}
    assert drifts["listInvoices"].missing == {"data[].lineItems[].servicePeriod.end", "hasMore"}

    assert cassette_drift.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "getCustomer (GET /v1/customers/{customerId})" in out
    assert "missing (spec requires): data[].lineItems[].servicePeriod.end, hasMore" in out
    assert cassette_drift.main([str(DOCUMENTED_CASSETTES / _case("getMeter").relpath)]) == 0


def test_drift_reports_unknown_requests_and_undocumented_statuses(tmp_path: Path) -> None:
    cassette = yaml.safe_load((DOCUMENTED_CASSETTES / _case("getCustomer").relpath).read_text())
    teapot = json.loads(json.dumps(cassette))
    teapot["interactions"][0]["response"]["status"] = {"code": 418, "message": "I'm a teapot"}
    unknown = json.loads(json.dumps(cassette))
    unknown["interactions"][0]["request"]["uri"] = "https://api.monk.com/v1/refunds"
    for name, data in (("teapot", teapot), ("unknown", unknown)):
        (tmp_path / f"{name}.yaml").write_text(yaml.safe_dump(data))
    drifts = cassette_drift.report(SPEC, sorted(tmp_path.glob("*.yaml")))
    assert drifts["getCustomer"].other == {"status 418 is not documented"}
    assert drifts["GET /v1/refunds"].other == {"no operation in the spec has this method and path"}
