"""The exception hierarchy: one base, one class per failure a caller handles differently."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BufferFullError",
    "CircuitOpenError",
    "ConflictError",
    "InferredRuleWarning",
    "InternalServerError",
    "MonkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SpecDriftWarning",
    "SpoolLockedError",
    "UnacknowledgedEventsError",
    "UnprocessableEntityError",
    "ValidationError",
    "WebhookVerificationError",
    "closed_error",
    "make_status_error",
    "redact",
    "request_id_of",
    "scrubbed",
    "secret_of",
]

REDACTED = "[REDACTED]"


class MonkError(Exception):
    """Base class of every error this SDK raises.

    Every one pickles (its message and attributes), so it crosses a ``ProcessPoolExecutor``.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as cls(*args), which a subclass with its own __init__ cannot take.
        return _rebuild, (type(self), self.args, self.__dict__)


def closed_error(what: str = "client") -> MonkError:
    """A call on a closed client (or ``add()`` on a closed event buffer): closing is for good."""
    if what == "client":
        return MonkError("the client is closed: make a new Monk() (close() ends a client for good)")
    return MonkError(f"the {what} is closed: add() after close()")


def _rebuild(cls: type[MonkError], args: tuple[Any, ...], state: dict[str, Any]) -> MonkError:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ValidationError(MonkError, ValueError):
    """Bad input caught before any request is sent; names the field and the rule it breaks."""

    def __init__(self, field: str, rule: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {rule}")


class _ValidationTypeError(ValidationError, TypeError):
    """A ``ValidationError`` that is also the ``TypeError`` Python raises for a wrong call
    (an unknown option, a value of the wrong kind), so both kinds of handler catch it.

    Tracebacks name it ``monk.ValidationError``, the class users catch, not this private one.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by this function's name: the class's shown name is not where it lives.
        return _rebuild_type_error, (self.args, self.__dict__)


_ValidationTypeError.__module__ = "monk"
_ValidationTypeError.__qualname__ = "ValidationError"


def _rebuild_type_error(args: tuple[Any, ...], state: dict[str, Any]) -> MonkError:
    return _rebuild(_ValidationTypeError, args, state)


class APIError(MonkError):
    """An error about one exchange with the API, as in the Stainless SDKs: a status error
    (``APIStatusError``), no response at all (``APIConnectionError``, ``APITimeoutError``), or a
    response that does not fit the spec (``ResponseValidationError``).

    ``request`` is the ``httpx.Request`` sent, when there is one. A pickled copy keeps the
    request and response without their credential headers, so the API key never rides along.
    """

    @property
    def request(self) -> httpx.Request | None:
        """The ``httpx.Request`` sent (the one ``response`` answers, when there is a response)."""
        response = self.__dict__.get("response")
        if response is not None:
            return _request_of(response)
        request: httpx.Request | None = self.__dict__.get("_request")
        return request

    @request.setter
    def request(self, request: httpx.Request | None) -> None:
        self.__dict__["_request"] = request

    def __reduce__(self) -> tuple[Any, ...]:
        # The request carries the Authorization header: a pickle (a process pool, a task
        # queue, a cache) gets copies without the key anywhere in them.
        state = dict(self.__dict__)
        if state.get("response") is not None:
            state["response"] = scrubbed(state["response"])
        if state.get("_request") is not None:
            state["_request"] = scrubbed_request(state["_request"], secret_in(state["_request"]))
        return _rebuild, (type(self), self.args, state)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    """The request a response answers, or None (a response made by hand may have none)."""
    try:
        return response.request
    except RuntimeError:
        return None


class ResponseValidationError(APIError):
    """The API answered, but its response does not fit the spec the client was generated from.

    ``response`` is the raw ``httpx.Response``; ``path`` the JSON path of the first deviation
    (strict mode), e.g. ``$.data[*].status``. Regenerating from Monk's current spec may help.
    """

    def __init__(self, message: str, *, response: httpx.Response, path: str | None = None) -> None:
        self.response = response
        self.path = path
        super().__init__(message)


class SpecDriftWarning(UserWarning):
    """A response differed from the spec and was kept as received (tolerant decoding).

    Issued once per (operation, JSON path, kind); ``warnings.simplefilter("error",
    SpecDriftWarning)`` turns it into an error, ``Monk(strict_responses=True)`` raises instead.
    """


class InferredRuleWarning(UserWarning):
    """A request value breaks a rule the spec only infers from Monk's guides, not from its API
    reference (e.g. an enum seen in prose): it is sent as given, since the live API may take it.

    Rules the reference documents are refused before any request (:class:`ValidationError`);
    these are a likely typo the server may still refuse. ``warnings.simplefilter("error",
    monk.InferredRuleWarning)`` refuses them too.
    """


class APIConnectionError(APIError):
    """The request never got an HTTP response (DNS, refused, reset, TLS...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class CircuitOpenError(MonkError):
    """The circuit breaker is open: recent requests failed, so this one fails fast."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class BufferFullError(MonkError):
    """The event buffer is at ``capacity`` and its backpressure mode is ``fail_fast`` (or, with
    ``block``, an ``add`` timeout ran out). The event was not taken: keep it or add it again.
    """

    def __init__(self, capacity: int, message: str | None = None) -> None:
        self.capacity = capacity
        super().__init__(
            message
            or f"the event buffer is full ({capacity} events): add it again later, or use "
            "backpressure='block' to wait for room"
        )


class SpoolLockedError(MonkError):
    """Another buffer (in this process or another) holds the spool at ``path``.

    A spool belongs to one buffer at a time: two sharing it would send each other's events and
    delete each other's rows. Give each process its own path (e.g. one per worker), or close
    the other buffer first.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"the spool {path} is in use by another event buffer (in this process or another); "
            "give each process a spool path of its own"
        )


class UnacknowledgedEventsError(MonkError):
    """Monk answered 2xx to a batch but acknowledged fewer events (``count``) than it was sent.

    The batch is not counted as delivered: send it again as it is (every event keeps its
    idempotency key, so the events Monk did take are not billed twice). ``sent`` and
    ``accepted`` are the two counts, ``request_id`` the batch request's id.
    """

    def __init__(self, *, sent: int, accepted: int, request_id: str | None) -> None:
        self.sent = sent
        self.accepted = accepted
        self.request_id = request_id
        where = f" (request {request_id})" if request_id else ""
        super().__init__(
            f"Monk acknowledged {accepted} of {sent} events{where}; the batch was not counted "
            "as sent: send it again (same idempotency keys, so nothing is billed twice)"
        )


class WebhookVerificationError(MonkError):
    """A webhook's signature did not verify; ``reason`` says why."""

    def __init__(self, reason: str, message: str | None = None) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}" if message else reason)


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status.

    ``message`` and ``code`` come from the documented error envelope
    ``{"error": {"message", "code"}}``; ``body`` is the decoded JSON (or text) as received.
    ``response`` is the ``httpx.Response`` (always set on the errors the clients raise).
    """

    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        retryable: bool | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.response = response
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body
        if retryable is not None:
            self.retryable = retryable
        detail = f"{status_code} {code}: {message}" if code else f"{status_code}: {message}"
        if request_id:
            detail += f" (request id {request_id})"
        super().__init__(detail)


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation on the server."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid, revoked or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the API key lacks the scope the operation needs."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: over the rate limit (100 requests/minute per IP on the REST API)."""

    retryable = True


class InternalServerError(APIStatusError):
    """5xx: the server failed."""

    retryable = True


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def request_id_of(response: httpx.Response) -> str | None:
    """The request id Monk support asks for (the header name is inferred: not documented).

    Should the server echo the API key in it, the key is removed (on every status).
    """
    headers = response.headers
    value: str | None = headers.get("x-request-id") or headers.get("request-id")
    if value:
        value = redact(value, secret_of(response))
    return value


def secret_of(response: httpx.Response) -> str | None:
    """The API key a response's request was sent with (from its Authorization header), if any."""
    try:
        request = response.request
    except RuntimeError:  # a response built by hand, never sent
        return None
    return secret_in(request)


def secret_in(request: httpx.Request) -> str | None:
    """The API key a request carries in its Authorization header, if any."""
    auth = request.headers.get("authorization")
    if not auth or auth[:7].lower() != "bearer ":
        return None
    return auth[7:].strip() or None


def scrubbed(response: httpx.Response) -> httpx.Response:
    """A copy of ``response`` whose request holds no Authorization header and whose headers and
    body hold no API key (what an exception may carry across a pickle)."""
    import httpx

    secret = secret_of(response)
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    clean_request = None if request is None else scrubbed_request(request, secret)
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    return httpx.Response(
        response.status_code,
        headers=[
            (k, redact(v, secret))
            for k, v in response.headers.multi_items()
            if k.lower() not in _BODY_FRAMING  # the copy's body is the decoded one
        ],
        content=_redact_bytes(content, secret),
        request=clean_request,
    )


def scrubbed_request(request: httpx.Request, secret: str | None) -> httpx.Request:
    """A copy of ``request`` with its credential headers redacted and ``secret`` (the API key)
    removed from every other header and from its body."""
    import httpx

    headers = [
        (k, REDACTED if k.lower() in _CREDENTIAL_HEADERS else redact(v, secret))
        for k, v in request.headers.multi_items()
    ]
    try:
        body = request.content
    except httpx.RequestNotRead:
        body = b""
    return httpx.Request(
        request.method, request.url, headers=headers, content=_redact_bytes(body, secret)
    )


_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _redact_bytes(data: bytes, secret: str | None) -> bytes:
    if not secret:
        return data
    return data.replace(secret.encode(), REDACTED.encode())


def redact(value: Any, secret: str | None) -> Any:
    """``value`` (text, or JSON data) with every occurrence of ``secret`` (the API key) removed."""
    if not secret:
        return value
    if isinstance(value, str):
        return value.replace(secret, REDACTED) if secret in value else value
    if isinstance(value, dict):
        return {redact(k, secret): redact(v, secret) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, secret) for v in value]
    return value


def make_status_error(response: httpx.Response, secret: str | None = None) -> APIStatusError:
    """The typed error for a 4xx/5xx response, in the server's own words when it gave any.

    ``secret`` (the API key) is removed from everything the server wrote, should it echo it.
    """
    status = response.status_code
    body: Any
    try:
        body = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        body = response.text
    body = redact(body, secret)
    message = code = None
    detail = body.get("error") if isinstance(body, dict) else None
    if isinstance(detail, dict):
        message, code = detail.get("message"), detail.get("code")
    elif isinstance(detail, str):
        message = detail
    if not message:
        message = redact(response.reason_phrase, secret) or "HTTP error"
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(
        str(message),
        status_code=status,
        code=str(code) if code is not None else None,
        request_id=redact(request_id_of(response), secret),
        body=body,
        retryable=status in (408, 429) or status >= 500,
        response=response,
    )
