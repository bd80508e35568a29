"""vcrpy plumbing for the cassette tests: the JSON body matcher, the scrubbers, the secret scan.

The matcher is registered on every VCR instance pytest-recording makes (tests/conftest.py's
``pytest_recording_configure``); the scrubbers run on every request and response before a
cassette is written, so no key, bearer token or cookie reaches tests/cassettes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from spec_helpers import normalize
from vcr.util import read_body

# Headers that carry credentials or session state: dropped from requests and responses.
SENSITIVE_HEADERS = ("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key")
# Anything shaped like a Monk API key or a bearer token, wherever it appears.
API_KEY = re.compile(r"mk_(?:live|test)_[A-Za-z0-9]+")
BEARER = re.compile(r"\bBearer\s+(?!<)[A-Za-z0-9._~+/=-]{6,}", re.IGNORECASE)
REDACTED_KEY = "<redacted api key>"
REDACTED_BEARER = "Bearer <redacted>"
# Recordings made against the sandbox are saved under the production hosts, so they replay
# with the client's default configuration.
PRODUCTION_HOSTS = {
    "://api-sandbox.monk.com": "://api.monk.com",
    "://events-api-sandbox.monk.com": "://events-api.monk.com",
}


# --- matching ------------------------------------------------------------------------------


def parsed_body(body: Any) -> Any:
    """A request body as JSON data (numbers exact, date-times as UTC instants), else bytes."""
    if body is None or len(body) == 0:
        return None
    raw = body.encode() if isinstance(body, str) else bytes(body)
    try:
        return normalize(json.loads(raw, parse_float=Decimal))
    except ValueError:
        return raw


def json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the two request bodies are the same JSON (key order and spacing aside).

    Date-times count as equal when they are the same instant: the client re-formats
    ``2026-03-01T00:00:00Z`` as ``2026-03-01T00:00:00+00:00``.
    """
    sent, recorded = parsed_body(read_body(r1)), parsed_body(read_body(r2))
    if sent != recorded:
        raise AssertionError(f"JSON bodies differ:\n  sent:     {sent!r}\n  recorded: {recorded!r}")


# Event fields the client fills in when the caller leaves them out (monk.Event: a random
# idempotency key, the clock's time), so a documented event without them is still sent with them.
CLIENT_FILLED = ("idempotencyKey", "timestamp")


def events_of(body: Any) -> list[Any]:
    if isinstance(body, dict) and isinstance(body.get("events"), list):
        return list(body["events"])
    return [body]


def drop_client_filled(documented: Any) -> Callable[[Any], Any]:
    """before_record_request for event ingestion: forget the fields the client filled in.

    Where the documented event has no idempotencyKey or timestamp, the one the client generated
    is dropped before matching and before saving, so the documented body still matches exactly
    (and a recording replays); a documented key or timestamp is kept and compared as usual.
    """
    wanted = events_of(documented)

    def drop(request: Any) -> Any:
        try:
            body = json.loads(read_body(request) or b"null")
        except ValueError:
            return request
        sent = events_of(body)
        if body is None or len(sent) != len(wanted):
            return request
        for event, doc in zip(sent, wanted, strict=True):
            for key in CLIENT_FILLED:
                if isinstance(event, dict) and isinstance(doc, dict) and key not in doc:
                    event.pop(key, None)
        request.body = json.dumps(body).encode()
        return request

    return drop


# --- scrubbing -----------------------------------------------------------------------------


def scrub_text(text: str) -> str:
    return BEARER.sub(REDACTED_BEARER, API_KEY.sub(REDACTED_KEY, text))


def _scrub_bytes(body: Any) -> Any:
    if isinstance(body, str):
        return scrub_text(body)
    if isinstance(body, (bytes, bytearray)):
        try:
            return scrub_text(bytes(body).decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            return body
    return body


def scrub_request(request: Any) -> Any:
    """before_record_request: no credential header, and no key-shaped text in the URI or body."""
    for name in list(request.headers):
        if name.lower() in SENSITIVE_HEADERS:
            del request.headers[name]
    request.uri = scrub_text(request.uri)
    request.body = _scrub_bytes(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """before_record_response: no cookies, and no key-shaped text in headers or body."""
    response["headers"] = {
        name: [scrub_text(str(value)) for value in values]
        for name, values in response.get("headers", {}).items()
        if name.lower() not in SENSITIVE_HEADERS
    }
    body = response.get("body")
    if isinstance(body, dict) and "string" in body:
        scrubbed = _scrub_bytes(body["string"])
        if scrubbed != body["string"]:
            body["string"] = scrubbed
            size = len(scrubbed.encode() if isinstance(scrubbed, str) else scrubbed)
            for name in response["headers"]:
                if name.lower() == "content-length":
                    response["headers"][name] = [str(size)]
    return response


def to_production_host(request: Any) -> Any:
    """before_record_request when recording: sandbox hosts saved as the production ones."""
    for sandbox, production in PRODUCTION_HOSTS.items():
        request.uri = request.uri.replace(sandbox, production, 1)
    return request


# --- the secret scan -----------------------------------------------------------------------


def secrets_in(path: Path) -> list[str]:
    """What in one cassette looks like a credential: keys, bearer tokens, credential headers."""
    text = path.read_text(encoding="utf-8")
    found = []
    if "mk_live_" in text:
        found.append("an mk_live_ key")
    if any(key.group().startswith("mk_test_") for key in API_KEY.finditer(text)):
        found.append("an mk_test_ key")
    if BEARER.search(text):
        found.append("a bearer token")
    data = yaml.safe_load(text) or {}
    for interaction in data.get("interactions", []):
        for side in ("request", "response"):
            for name in (interaction.get(side) or {}).get("headers") or {}:
                if name.lower() in SENSITIVE_HEADERS:
                    found.append(f"a {side} {name} header")
    return found
