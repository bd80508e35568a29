"""``MockMonk``: a local Monk API checked against the spec, as an httpx transport or a server.

:meth:`MockMonk.handle` is the whole API: a request in, a :class:`Reply` out. The transport
methods and ``monk.testing.server`` only carry requests to it and replies back.
"""

from __future__ import annotations

import asyncio
import collections
import datetime
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

from .._version import __version__
from ._schema import Issue
from ._spec import Route, RouteError, Spec, load_spec
from ._store import ApiError, Call, Store

if TYPE_CHECKING:
    from .._client import AsyncMonk, Monk
    from ._loopback import MockServer

__all__ = ["DEFAULT_API_KEY", "MockMonk", "Override", "RecordedRequest", "Reply"]

DEFAULT_API_KEY = "mk_test_" + "0" * 48
REST_URL = "https://api.monk.test"
EVENTS_URL = "https://events-api.monk.test"
_REST_HOSTS = frozenset({"api.monk.com", "api-sandbox.monk.com", "api.monk.test"})
_EVENTS_HOSTS = frozenset(
    {"events-api.monk.com", "events-api-sandbox.monk.com", "events-api.monk.test"}
)
_KEY = re.compile(r"mk_(?:live|test)_\S+")
_UNSET: Any = object()
_CODES = {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "UNPROCESSABLE_ENTITY",
    429: "RATE_LIMITED",
}


@dataclass(slots=True)
class Reply:
    """What the mock answers: a status, headers and a body; or, after ``delay`` seconds, no
    answer at all but ``error`` (a simulated connection failure)."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    error: BaseException | type[BaseException] | None = None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """A request the mock received (the API key in ``headers`` is masked)."""

    method: str
    url: str
    path: str
    operation_id: str | None
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    status: int


@dataclass(eq=False)
class Override:
    """A canned answer for one operation (or ``"*"``, every operation); see ``MockMonk.override``.

    ``calls`` counts the requests it answered; ``remaining`` is how many it still will (None:
    until cancelled).
    """

    operation: str
    route: Route | None
    status: int | None = None
    json: Any = _UNSET
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    raises: BaseException | type[BaseException] | None = None
    remaining: int | None = None
    calls: int = 0
    _owner: MockMonk | None = field(default=None, repr=False)

    @property
    def replaces_response(self) -> bool:
        return self.status is not None or self.json is not _UNSET or self.body is not None

    def cancel(self) -> None:
        """Stop answering (the other overrides and the normal API carry on)."""
        if self._owner is not None:
            self._owner._remove_override(self)


def dumps(data: Any) -> bytes:
    """JSON with Decimals written exactly as their digits (never via float)."""
    decimals: list[str] = []
    token = uuid.uuid4().hex

    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            decimals.append(str(value))
            return f"{token}:{len(decimals) - 1}"
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    text = json.dumps(plain(data), separators=(",", ":"), ensure_ascii=False)
    if decimals:
        text = re.sub(f'"{token}:([0-9]+)"', lambda m: decimals[int(m.group(1))], text)
    return text.encode("utf-8")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class MockMonk(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Monk's API, locally: requests checked against the spec, a small in-memory state.

    >>> mock = MockMonk()
    >>> client = mock.client()                 # a Monk whose both hosts point at the mock
    >>> client.customers.create(name="Acme", contacts=[{"email": "a@acme.com", "roles": ["x"]}])
    >>> mock.override("getCustomer", status=500, times=2)   # the next two calls fail

    It is an httpx transport (``httpx.Client(transport=mock)``, sync or async) and
    :meth:`serve` runs it on a loopback HTTP server. Any ``mk_live_``/``mk_test_`` key is
    accepted unless ``api_keys`` lists the valid ones. ``clock`` replaces "now".
    """

    def __init__(
        self,
        *,
        api_keys: Iterable[str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        check_responses: bool = True,
        record_limit: int = 1000,
    ) -> None:
        self.api_keys = frozenset(api_keys) if api_keys is not None else None
        self.check_responses = check_responses
        self.store = Store(clock or _utc_now)
        self._overrides: list[Override] = []
        self._requests: collections.deque[RecordedRequest] = collections.deque(maxlen=record_limit)
        self._lock = threading.Lock()
        self.problems: list[str] = []
        """Responses of the mock's own that did not fit the spec (a bug in the mock)."""

    def __repr__(self) -> str:
        return (
            f"MockMonk(customers={len(self.store.customers)}, contracts="
            f"{len(self.store.contracts)}, events={len(self.store.events)})"
        )

    @property
    def spec(self) -> Spec:
        return load_spec()

    # -- what tests look at -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received, oldest first (the last ``record_limit``)."""
        with self._lock:
            return list(self._requests)

    @property
    def events(self) -> list[dict[str, Any]]:
        """The stored events: one per idempotency key, its latest version, in write order."""
        return self.store.event_list()

    def reset(self) -> None:
        """Forget all state, overrides and recorded requests."""
        self.store.reset()
        with self._lock:
            self._overrides.clear()
            self._requests.clear()
            self.problems.clear()

    # -- overrides ----------------------------------------------------------------------------

    def override(
        self,
        operation: str,
        *,
        status: int | None = None,
        json: Any = _UNSET,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        raises: BaseException | type[BaseException] | None = None,
        times: int | None = None,
    ) -> Override:
        """Answer an operation differently: a fixed response, an error, a delay.

        ``operation`` is an operationId (``"getCustomer"``), ``"METHOD /path/{template}"``, or
        ``"*"`` for every operation. With ``status``/``json``/``body`` the mock answers that
        instead of running the operation (a 4xx/5xx status alone gets the documented error
        envelope); ``raises`` simulates a connection failure (an httpx exception such as
        ``httpx.ConnectError``; the server drops the connection); ``delay`` waits first (alone,
        it slows the normal answer). ``times=N`` applies to the next N calls only. Overrides
        are used in the order they were added, after the request passed auth and validation.
        """
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None: until cancelled)")
        if delay < 0:
            raise ValueError("delay must not be negative")
        route = None if operation == "*" else self.spec.find(operation)
        if isinstance(body, str):
            body = body.encode("utf-8")
        added = Override(
            operation=operation,
            route=route,
            status=status,
            json=json,
            body=body,
            headers=dict(headers or {}),
            delay=delay,
            raises=raises,
            remaining=times,
            _owner=self,
        )
        with self._lock:
            self._overrides.append(added)
        return added

    def clear_overrides(self) -> None:
        with self._lock:
            self._overrides.clear()

    def _remove_override(self, override: Override) -> None:
        with self._lock:
            if override in self._overrides:
                self._overrides.remove(override)

    def _take_override(self, route: Route) -> Override | None:
        with self._lock:
            for override in self._overrides:
                if override.route is None or override.route is route:
                    override.calls += 1
                    if override.remaining is not None:
                        override.remaining -= 1
                        if override.remaining <= 0:
                            self._overrides.remove(override)
                    return override
        return None

    # -- the API ------------------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes = b"") -> Reply:
        """Answer one request: route, authenticate, validate, then run it (or an override)."""
        parts = urlsplit(url)
        path = parts.path or "/"
        lowered = {k.lower(): v for k, v in headers.items()}
        route: Route | None = None
        parsed_body: Any = None
        delay = 0.0
        try:
            try:
                route, path_params = self.spec.match(method, path)
            except RouteError as exc:
                code = "NOT_FOUND" if exc.status == 404 else "METHOD_NOT_ALLOWED"
                reply = _error(exc.status, code, str(exc))
                if exc.allowed:
                    reply.headers.append(("Allow", ", ".join(exc.allowed)))
                return self._record(method, url, path, None, parts.query, lowered, None, reply)
            self._check_host(route, parts.hostname or "")
            if route.authenticated:
                self._authenticate(lowered.get("authorization"))
            call = self._validate(route, path_params, parts.query, lowered, body)
            parsed_body = call.body
            override = self._take_override(route)
            if override is not None and (override.replaces_response or override.raises):
                reply = _override_reply(route, override)
            else:
                delay = override.delay if override is not None else 0.0
                reply = self._run(route, call, path_params)
        except _AuthError as exc:
            reply = Reply(401, _headers(), dumps(exc.body))
        except ApiError as exc:
            reply = _error(exc.status, exc.code, exc.message)
        reply.delay = reply.delay or delay
        operation_id = route.operation_id if route else None
        return self._record(
            method, url, path, operation_id, parts.query, lowered, parsed_body, reply
        )

    def _check_host(self, route: Route, host: str) -> None:
        wrong = (route.host == "events" and host in _REST_HOSTS) or (
            route.host == "rest" and host in _EVENTS_HOSTS
        )
        if wrong:
            other = "Events API host" if route.host == "events" else "REST API host"
            raise ApiError(
                404,
                "NOT_FOUND",
                f"No route for {route.method} {route.template} on {host}: "
                f"{route.operation_id} is served by the {other}",
            )

    def _authenticate(self, header: str | None) -> None:
        examples = _unauthorized_examples(self.spec)
        scheme, _, key = (header or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise _AuthError(examples["missing-header"])
        key = key.strip()
        if not _KEY.fullmatch(key) or (self.api_keys is not None and key not in self.api_keys):
            raise _AuthError(examples["invalid-key"])

    def _validate(
        self,
        route: Route,
        path_params: dict[str, str],
        query_string: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> Call:
        spec = self.spec
        issues: list[Issue] = []
        path_values: dict[str, Any] = {}
        query_values: dict[str, Any] = {}
        raw_query = dict(parse_qsl(query_string, keep_blank_values=True))
        for param in route.params:
            if param.location == "path":
                raw = unquote(path_params[param.name])
                target = path_values
            elif param.location == "query":
                if param.name not in raw_query:
                    if param.required:
                        issues.append(Issue(("query", param.name), "required", "is required"))
                    continue
                raw = raw_query[param.name]
                target = query_values
            else:
                continue
            value = _coerce(raw, spec.validator.resolve(param.schema))
            issues += spec.validate(param.schema, value, (param.location, param.name))
            target[param.name] = value
        parsed: Any = None
        if route.body_schema is not None:
            if not body.strip():
                if route.body_required:
                    issues.append(Issue((), "required", "a JSON request body is required"))
            else:
                kind = headers.get("content-type", "")
                if "json" not in kind.lower():
                    raise ApiError(
                        415,
                        "UNSUPPORTED_MEDIA_TYPE",
                        f"Content-Type must be application/json, not {kind or 'missing'}",
                    )
                try:
                    parsed = json.loads(body, parse_float=Decimal, parse_constant=_reject_constant)
                except (ValueError, UnicodeDecodeError) as exc:
                    raise ApiError(400, "VALIDATION_ERROR", f"Invalid JSON body: {exc}") from None
                issues += spec.validate(route.body_schema, parsed)
        if issues:
            raise ApiError(400, "VALIDATION_ERROR", _summary(issues))
        return Call(path=path_values, query=query_values, body=parsed)

    def _run(self, route: Route, call: Call, path_params: dict[str, str]) -> Reply:
        handler = self.store.handler(route.operation_id)
        if handler is None:
            status, data = self.spec.example(route)
            data = _substitute(route, data, path_params)
            data = _whole_list(data, call)
        else:
            answered, data = handler(call)
            status = answered or route.success_status
            if self.check_responses:
                self._check_response(route, status, data)
        return Reply(status, _headers(), b"" if data is None else dumps(data))

    def _check_response(self, route: Route, status: int, data: Any) -> None:
        schema = self.spec.response_schema(route, status)
        if schema is None:
            self.problems.append(f"{route.operation_id}: status {status} is not documented")
            return
        found = self.spec.validate(schema, json.loads(dumps(data), parse_float=Decimal))
        if found:
            self.problems.append(f"{route.operation_id}: {_summary(found)}")

    def _record(  # noqa: PLR0917 (one call site, in handle)
        self,
        method: str,
        url: str,
        path: str,
        operation_id: str | None,
        query: str,
        headers: dict[str, str],
        body: Any,
        reply: Reply,
    ) -> Reply:
        shown = dict(headers)
        if "authorization" in shown:
            shown["authorization"] = _mask(shown["authorization"])
        record = RecordedRequest(
            method=method.upper(),
            url=url,
            path=path,
            operation_id=operation_id,
            query=dict(parse_qsl(query, keep_blank_values=True)),
            headers=shown,
            json=body,
            status=reply.status,
        )
        with self._lock:
            self._requests.append(record)
        return reply

    # -- transports ---------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self.handle(request.method, str(request.url), request.headers, request.read())
        if reply.delay:
            time.sleep(reply.delay)
        if reply.error is not None:
            raise _transport_error(reply.error, request)
        return httpx.Response(
            reply.status, headers=reply.headers, content=reply.body, request=request
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        reply = self.handle(request.method, str(request.url), request.headers, body)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.error is not None:
            raise _transport_error(reply.error, request)
        return httpx.Response(
            reply.status, headers=reply.headers, content=reply.body, request=request
        )

    # -- ready-made clients and the server ----------------------------------------------------

    def client(self, api_key: str | None = None, **options: Any) -> Monk:
        """A ``monk.Monk`` whose REST and Events hosts are this mock (closing it is optional)."""
        from .._client import Monk

        client = Monk(
            api_key or DEFAULT_API_KEY,
            base_url=options.pop("base_url", REST_URL),
            events_base_url=options.pop("events_base_url", EVENTS_URL),
            http_client=httpx.Client(transport=self),
            **options,
        )
        client._engine.owns_http = True  # close() closes the httpx client made here
        return client

    def async_client(self, api_key: str | None = None, **options: Any) -> AsyncMonk:
        """A ``monk.AsyncMonk`` whose REST and Events hosts are this mock."""
        from .._client import AsyncMonk

        client = AsyncMonk(
            api_key or DEFAULT_API_KEY,
            base_url=options.pop("base_url", REST_URL),
            events_base_url=options.pop("events_base_url", EVENTS_URL),
            http_client=httpx.AsyncClient(transport=self),
            **options,
        )
        client._engine.owns_http = True
        return client

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> MockServer:
        """Run this mock on a loopback HTTP server in a background thread (``.url``, ``.close()``;
        also a context manager)."""
        from ._loopback import MockServer

        return MockServer(self, host=host, port=port)


class _AuthError(ApiError):
    def __init__(self, body: Any) -> None:
        self.body = body
        super().__init__(401, "UNAUTHORIZED", body["error"]["message"])


_FALLBACK_401 = {
    "missing-header": {
        "error": {"message": "Missing or invalid Authorization header", "code": "UNAUTHORIZED"}
    },
    "invalid-key": {"error": {"message": "Invalid API key", "code": "UNAUTHORIZED"}},
}


def _unauthorized_examples(spec: Spec) -> dict[str, Any]:
    """The documented 401 bodies by example name (the spec's, else the same words)."""
    return {**_FALLBACK_401, **spec.shared_examples("Unauthorized")}


def _headers() -> list[tuple[str, str]]:
    return [
        ("Content-Type", "application/json"),
        ("X-Request-Id", "req_" + uuid.uuid4().hex[:16]),
        ("X-Monk-Mock", f"monk-python/{__version__}"),
    ]


def _error(status: int, code: str, message: str) -> Reply:
    return Reply(status, _headers(), dumps({"error": {"message": message, "code": code}}))


def _override_reply(route: Route, override: Override) -> Reply:
    if override.raises is not None and not override.replaces_response:
        return Reply(0, [], b"", delay=override.delay, error=override.raises)
    status = override.status or route.success_status
    if override.body is not None:
        content = override.body
    elif override.json is not _UNSET:
        content = dumps(override.json)
    elif status >= 400:
        reason = httpx.codes.get_reason_phrase(status) or "Error"
        code = _CODES.get(status, "INTERNAL_ERROR" if status >= 500 else "ERROR")
        content = dumps({"error": {"message": f"{reason} (mock override)", "code": code}})
    else:
        content = b""
    headers = [h for h in _headers() if h[0].lower() not in {k.lower() for k in override.headers}]
    reply = Reply(status, headers + list(override.headers.items()), content, delay=override.delay)
    return reply


def _transport_error(
    error: BaseException | type[BaseException], request: httpx.Request
) -> Exception:
    if isinstance(error, type):
        if issubclass(error, httpx.RequestError):
            return error(f"{error.__name__} (mock override)", request=request)
        return error(f"{error.__name__} (mock override)")  # type: ignore[return-value]
    return error  # type: ignore[return-value]


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """A query or path value as the type its schema declares (left a string if it is not)."""
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    if "integer" in kinds and re.fullmatch(r"-?[0-9]+", raw):
        return int(raw)
    if "number" in kinds:
        try:
            number = Decimal(raw)
        except ArithmeticError:
            return raw
        return number if number.is_finite() else raw
    if "boolean" in kinds and raw in ("true", "false"):
        return raw == "true"
    return raw


def _summary(issues: list[Issue]) -> str:
    shown = "; ".join(str(i) for i in issues[:5])
    more = f" (and {len(issues) - 5} more)" if len(issues) > 5 else ""
    return f"Invalid request: {shown}{more}"


def _substitute(route: Route, data: Any, path_params: Mapping[str, str]) -> Any:
    """Put the request's path ids into a documented example (its ``id`` when the path ends
    with the id, and fields named like a path parameter)."""
    target = data.get("data") if isinstance(data, dict) and "data" in data else data
    if not isinstance(target, dict):
        return data
    last = route.template.rstrip("/").rsplit("/", 1)[-1]
    for name, raw in path_params.items():
        value = unquote(raw)
        if name in target:
            target[name] = value
        if last == f"{{{name}}}" and "id" in target:
            target["id"] = value
    return data


def _whole_list(data: Any, call: Call) -> Any:
    """A documented list example answered for a list the mock does not keep (invoices) is the
    whole list: one page, ``hasMore`` false, ``total`` its length, and nothing at a later offset
    (the example claims more pages, which would make a client ask for the same page forever)."""
    if (
        not isinstance(data, dict)
        or "hasMore" not in data
        or not isinstance(data.get("data"), list)
    ):
        return data
    whole = data["data"]
    data = {**data, "data": [] if call.query.get("offset") else whole, "hasMore": False}
    if "total" in data:
        data["total"] = len(whole)
    return data


def _mask(authorization: str) -> str:
    scheme, _, key = authorization.partition(" ")
    key = key.strip()
    shown = f"{key[:8]}…{key[-4:]}" if len(key) > 12 else "***"
    return f"{scheme} {shown}" if key else authorization
