"""The API key: checked when a client is made, sent by an ``httpx.Auth``, never shown.

The key lives in one :class:`BearerAuth` per client and nowhere in the request-building frames,
so a traceback printing locals cannot show it; :data:`KEY_FILTER` scrubs it from httpx's and
httpcore's DEBUG lines, and :func:`mask_key` is all a repr may show.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Generator

import httpx

from .._exceptions import ValidationError, redact

__all__ = ["KEY_FILTER", "BearerAuth", "check_key", "mask_key"]


def check_key(key: str) -> None:
    """A key is printable ASCII without spaces (an HTTP token), refused otherwise when the client
    is made: a newline kept from a file (Kubernetes secrets, ``open().read()``) would otherwise
    fail every request with an error quoting the header, key included. The error names the
    position and kind of the first bad character, never the key.
    """
    for position, char in enumerate(key):
        if not "!" <= char <= "~":
            what = (
                "whitespace"
                if char.isspace()
                else "a control character"
                if char.isascii() or not char.isprintable()
                else "a non-ASCII character"
            )
            where = "at the end" if position == len(key) - 1 else f"at position {position}"
            hint = (
                " (a key read from a file or a secret often keeps its trailing newline: strip it)"
                if char in "\r\n"
                else ""
            )
            raise ValidationError(
                "api_key",
                f"holds {what} {where} (U+{ord(char):04X}): an API key is printable ASCII "
                f"without spaces{hint}; the key is not shown here",
            )


class KeyFilter(logging.Filter):
    """Removes the API keys of this process's clients from the records of httpx and httpcore.

    httpcore's DEBUG lines quote every response header, so a server echoing the key (in
    ``x-request-id``, say) would put it in a log. Records are only built when DEBUG is on for
    those loggers, so this costs nothing otherwise. The keys are read from the clients' live
    auth objects (held weakly): none is kept after its clients are gone.
    """

    def __init__(self) -> None:
        super().__init__()
        self._auths: weakref.WeakSet[BearerAuth] = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, auth: BearerAuth) -> None:
        with self._lock:
            self._auths.add(auth)

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            auths = list(self._auths)
        if auths:
            message = redacted = record.getMessage()
            for auth in auths:
                redacted = redact(redacted, auth.key)
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


KEY_FILTER = KeyFilter()
# A filter on a logger applies to its own records only, so each of httpcore's loggers gets it.
_HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
for _name in _HTTP_LOGGERS:
    logging.getLogger(_name).addFilter(KEY_FILTER)


def mask_key(key: str) -> str:
    """What a repr may show of an API key: the prefix and the last four characters."""
    if len(key) <= 12:
        return "***"
    return f"{key[:8]}…{key[-4:]}"


class BearerAuth(httpx.Auth):
    """Adds the API key as each request is sent, inside httpx.

    The key is held here and nowhere in the SDK's request-building frames, so a traceback that
    prints frame locals (pytest ``--showlocals``, rich) cannot show it; httpx masks the header.
    """

    __slots__ = ("_header",)  # httpx.Auth has no slots: instances can be weakly referenced

    def __init__(self, api_key: str) -> None:
        self._header = f"Bearer {api_key}"

    @property
    def key(self) -> str:
        return self._header[7:]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "<monk bearer auth>"
