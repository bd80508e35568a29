"""Retries and the circuit breaker: whether to try a request again, how long to wait, when to stop.

The policy is the Monk Rust SDK's: exponential backoff with full jitter, a cap on each delay,
a retry count, a total deadline, and a consecutive-failure circuit breaker that fails fast while
the server is down. The clients own the loop and the sleeping; this module only decides, so the
sync and the async client share one policy. Nothing here blocks or touches the network.
"""

from __future__ import annotations

import dataclasses
import email.utils
import math
import random
import re
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC
from typing import Literal, TypeAlias

from .._exceptions import CircuitOpenError, ValidationError

__all__ = [
    "DEFAULT_RETRY_STATUSES",
    "IDEMPOTENT_METHODS",
    "RETRY_AFTER_CAP",
    "CircuitBreaker",
    "CircuitState",
    "RetryConfig",
    "RetryState",
    "backoff_delay",
    "is_breaker_failure",
    "is_idempotent",
    "parse_retry_after",
]

CircuitState: TypeAlias = Literal["closed", "open", "half_open"]
Clock: TypeAlias = Callable[[], float]
RandomSource: TypeAlias = random.Random | Callable[[], float]

# The statuses the docs name as transient. Every other 5xx is retried too: see RetryConfig.
DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Methods that may be sent twice with the same effect (RFC 9110 §9.2.2). POST and PATCH are not:
# they are retried only when the caller says the request carries an idempotency key.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# A Retry-After longer than max(max_delay, this) is not waited out: the request fails at once
# with the last error, which is better than a call that hangs for minutes on a server's say-so.
RETRY_AFTER_CAP = 60.0

_SECONDS = re.compile(r"\d+(?:\.\d+)?")


def _check_seconds(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, f"must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValidationError(name, f"must be a finite number >= 0, not {value!r}")


def _check_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(name, f"must be an integer >= 0, not {value!r}")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RetryConfig:
    """How failed requests are retried; the defaults are the Rust SDK's. Durations in seconds.

    ``deadline`` bounds the whole call, retries and waits included (``None``: no bound).
    A response is retried when its status is in ``retry_statuses`` or is any 5xx; connection
    errors and timeouts are always retried. ``circuit_breaker_threshold=0`` turns the breaker off.
    """

    base_delay: float = 0.1
    max_delay: float = 30.0
    max_retries: int = 5
    deadline: float | None = 120.0
    circuit_breaker_threshold: int = 10
    circuit_breaker_cooldown: float = 30.0
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES

    def __post_init__(self) -> None:
        _check_seconds("base_delay", self.base_delay)
        _check_seconds("max_delay", self.max_delay)
        _check_count("max_retries", self.max_retries)
        if self.deadline is not None:
            _check_seconds("deadline", self.deadline)
        _check_count("circuit_breaker_threshold", self.circuit_breaker_threshold)
        _check_seconds("circuit_breaker_cooldown", self.circuit_breaker_cooldown)
        statuses: Iterable[object] = self.retry_statuses
        if isinstance(statuses, str | bytes) or not isinstance(statuses, Iterable):
            raise ValidationError("retry_statuses", "must be a set of HTTP status codes")
        statuses = frozenset(statuses)
        for status in statuses:
            if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
                raise ValidationError("retry_statuses", f"{status!r} is not a 4xx or 5xx status")
        object.__setattr__(self, "retry_statuses", statuses)

    @classmethod
    def no_retries(cls) -> RetryConfig:
        """Every request is tried once. The circuit breaker keeps its defaults."""
        return cls(max_retries=0)

    def retries_status(self, status: int) -> bool:
        """Whether a response with this status is worth trying again."""
        return status in self.retry_statuses or status >= 500

    @property
    def retry_after_cap(self) -> float:
        """The longest ``Retry-After`` that is waited out; a longer one ends the retries."""
        return max(self.max_delay, RETRY_AFTER_CAP)


def _as_callable(rand: RandomSource) -> Callable[[], float]:
    return rand.random if isinstance(rand, random.Random) else rand


def backoff_delay(attempt: int, config: RetryConfig, rand: RandomSource = random.random) -> float:
    """Full jitter: uniform in ``[0, min(max_delay, base_delay * 2**attempt)]``.

    ``attempt`` counts retries from 0, so the first retry waits at most ``base_delay``.
    ``rand`` returns a float in [0, 1); a seeded ``random.Random`` gives exact, repeatable delays
    (the same numbers as ``Random.uniform(0, ceiling)``).
    """
    ceiling = min(config.max_delay, config.base_delay * 2.0 ** min(attempt, 1023))
    return ceiling * _as_callable(rand)()


def parse_retry_after(value: str | None, *, now: Clock = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds (``"3"``, ``"1.5"``) or an
    HTTP date, measured against the wall clock ``now``.

    ``None`` when absent, unparseable or negative, and for a date already past (clock skew makes
    that common; the caller falls back to its own backoff instead of retrying at once).
    """
    if value is None:
        return None
    text = value.strip()
    if _SECONDS.fullmatch(text):
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": UTC, origin unknown
        when = when.replace(tzinfo=UTC)
    wait = when.timestamp() - now()
    return wait if wait >= 0 else None


def is_idempotent(method: str, *, idempotency_key: bool = False) -> bool:
    """Whether sending the request twice is safe: by its method, or by its idempotency key."""
    return idempotency_key or method.upper() in IDEMPOTENT_METHODS


def is_breaker_failure(status: int | None, *, is_connection_error: bool = False) -> bool:
    """Whether an attempt's outcome counts toward opening the circuit.

    Connection errors, timeouts and 5xx do. 4xx do not, 429 included: the server answered, so it
    is up; it is throttling or refusing this request, and hammering it is the retry policy's
    business, not the breaker's.
    """
    return is_connection_error or (status is not None and status >= 500)


class RetryState:
    """One call's retry bookkeeping: create it before the first attempt, ask after each failure.

    ``attempt`` is the number of retries granted so far. ``clock`` is monotonic and measures the
    deadline; ``wall_clock`` only reads HTTP-date ``Retry-After`` values.
    """

    __slots__ = ("_random", "_wall_clock", "attempt", "clock", "config", "start")

    def __init__(
        self,
        config: RetryConfig,
        *,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
        rand: RandomSource = random.random,
    ) -> None:
        self.config = config
        self.clock = clock
        self._wall_clock = wall_clock
        self._random = _as_callable(rand)
        self.start = clock()
        self.attempt = 0

    def elapsed(self) -> float:
        """Seconds since the call began."""
        return self.clock() - self.start

    def remaining(self) -> float | None:
        """Seconds left before the deadline (never negative); ``None`` when there is none.

        Clients may cap each attempt's timeout with it.
        """
        if self.config.deadline is None:
            return None
        return max(0.0, self.config.deadline - self.elapsed())

    def next_delay(
        self,
        *,
        method: str,
        status: int | None = None,
        retry_after: str | None = None,
        is_connection_error: bool = False,
        idempotent: bool = False,
    ) -> float | None:
        """Seconds to sleep before the next attempt, or ``None``: stop and raise the last error.

        Pass ``status`` for an HTTP error response, or ``is_connection_error=True`` for a failure
        with no response (connection error, timeout). ``idempotent=True`` says the request carries
        an idempotency key, which makes POST and PATCH safe to retry.

        A retry is granted when the outcome is retryable, the method is safe to repeat, fewer than
        ``max_retries`` retries have been granted, and the wait ends before the deadline. The wait
        is the server's ``Retry-After`` when it sent a usable one (longer than ``retry_after_cap``
        means stop), else full-jitter backoff. Each grant increments ``attempt``.
        """
        config = self.config
        if not (is_connection_error or (status is not None and config.retries_status(status))):
            return None
        if not is_idempotent(method, idempotency_key=idempotent):
            return None
        if self.attempt >= config.max_retries:
            return None
        wait = None if is_connection_error else parse_retry_after(retry_after, now=self._wall_clock)
        if wait is None:
            wait = backoff_delay(self.attempt, config, self._random)
        elif wait > config.retry_after_cap:
            return None
        remaining = self.remaining()
        if remaining is not None and wait >= remaining:
            return None  # the next attempt would start at or after the deadline
        self.attempt += 1
        return wait


class CircuitBreaker:
    """Fails calls fast while the server looks down, then lets one test request through.

    Closed: requests flow and consecutive failures (see ``is_breaker_failure``) are counted; at
    ``threshold`` the circuit opens. Open: ``before_request`` raises ``CircuitOpenError`` with the
    cooldown left as ``retry_after``. After ``cooldown`` seconds it is half-open: one request at a
    time is let through; its success closes the circuit, its failure opens it for a new cooldown.
    ``threshold <= 0`` disables the breaker.

    Call ``before_request()`` before every attempt (retries included), then exactly one of
    ``record_success()``, ``record_failure()`` or ``release()`` (the attempt ended with no verdict,
    e.g. it was cancelled) -- or ``record(status, is_connection_error=...)``, which picks one.
    A test request that never reports back stops blocking others after one cooldown.

    Safe across threads and asyncio tasks: a lock guards the transitions and is held for a few
    attribute updates only; the closed-circuit path with no failures takes no lock at all.
    ``on_state_change(old, new)`` is called after each transition, outside the lock.
    """

    __slots__ = (
        "_clock",
        "_failures",
        "_lock",
        "_on_state_change",
        "_opened_at",
        "_probe_at",
        "_state",
        "cooldown",
        "threshold",
    )

    def __init__(
        self,
        threshold: int = 10,
        cooldown: float = 30.0,
        *,
        clock: Clock = time.monotonic,
        on_state_change: Callable[[CircuitState, CircuitState], None] | None = None,
    ) -> None:
        if isinstance(threshold, bool) or not isinstance(threshold, int):
            raise ValidationError("threshold", f"must be an integer, not {threshold!r}")
        _check_seconds("cooldown", cooldown)
        self.threshold = threshold
        self.cooldown = float(cooldown)
        self._clock = clock
        self._on_state_change = on_state_change
        self._lock = threading.Lock()
        self._state: CircuitState = "closed"
        self._failures = 0
        self._opened_at = 0.0
        self._probe_at: float | None = None  # when the half-open test request went out

    @classmethod
    def from_config(
        cls,
        config: RetryConfig,
        *,
        clock: Clock = time.monotonic,
        on_state_change: Callable[[CircuitState, CircuitState], None] | None = None,
    ) -> CircuitBreaker:
        """The breaker ``config`` describes."""
        return cls(
            config.circuit_breaker_threshold,
            config.circuit_breaker_cooldown,
            clock=clock,
            on_state_change=on_state_change,
        )

    @property
    def enabled(self) -> bool:
        return self.threshold > 0

    @property
    def state(self) -> CircuitState:
        """What the next request meets: an open circuit past its cooldown reads ``half_open``."""
        state = self._state
        if state == "open" and self._clock() >= self._opened_at + self.cooldown:
            return "half_open"
        return state

    @property
    def failures(self) -> int:
        """Consecutive failures counted while closed."""
        return self._failures

    def before_request(self) -> None:
        """Let an attempt through, or raise ``CircuitOpenError`` without touching the network."""
        state = self._state
        if state == "closed":  # the hot path: no lock
            return
        with self._lock:
            state = self._state
            if state == "closed":
                return
            now = self._clock()
            if state == "open":
                left = self._opened_at + self.cooldown - now
                if left > 0:
                    raise CircuitOpenError(
                        f"circuit breaker open: the server is failing; retry in {left:.1f}s",
                        retry_after=left,
                    )
                self._state = "half_open"
            elif self._probe_at is not None and now - self._probe_at < self.cooldown:
                left = self._probe_at + self.cooldown - now
                raise CircuitOpenError(
                    "circuit breaker half-open: a test request is in flight", retry_after=left
                )
            self._probe_at = now
        if state == "open":
            self._notify("open", "half_open")

    def record_success(self) -> None:
        """The server answered: close the circuit and reset the failure count."""
        if self._state == "closed" and self._failures == 0:  # the hot path: no lock
            return
        with self._lock:
            old = self._state
            self._state = "closed"
            self._failures = 0
            self._probe_at = None
        if old != "closed":
            self._notify(old, "closed")

    def record_failure(self) -> None:
        """The attempt failed in a way that suggests the server is down."""
        if self.threshold <= 0:
            return
        with self._lock:
            old = self._state
            if old == "closed":
                self._failures += 1
                if self._failures < self.threshold:
                    return
            elif old == "open":
                return  # a late failure from before the circuit opened; the cooldown stands
            self._state = "open"
            self._opened_at = self._clock()
            self._probe_at = None
        self._notify(old, "open")

    def release(self) -> None:
        """The attempt ended with no verdict: free the half-open test slot, change nothing else."""
        if self._state != "half_open":
            return
        with self._lock:
            if self._state == "half_open":
                self._probe_at = None

    def record(self, status: int | None, *, is_connection_error: bool = False) -> None:
        """Record an attempt's outcome: a failure per ``is_breaker_failure``, a success for any
        other response, and no verdict when there was neither a response nor a connection error.
        """
        if is_breaker_failure(status, is_connection_error=is_connection_error):
            self.record_failure()
        elif status is not None:
            self.record_success()
        else:
            self.release()

    def _notify(self, old: CircuitState, new: CircuitState) -> None:
        if self._on_state_change is not None:
            self._on_state_change(old, new)

    def __repr__(self) -> str:
        return (
            f"CircuitBreaker(state={self.state!r}, failures={self._failures}, "
            f"threshold={self.threshold}, cooldown={self.cooldown})"
        )
