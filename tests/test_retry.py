"""Tests for monk._core.retry: backoff, Retry-After, the retry decision and the circuit breaker.

Clocks and randomness are injected everywhere, so nothing sleeps and every number is exact.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import threading
import time
from typing import Any

import pytest

from monk import CircuitOpenError, ValidationError
from monk._core.retry import (
    CircuitBreaker,
    CircuitState,
    RetryConfig,
    RetryState,
    backoff_delay,
    is_breaker_failure,
    is_idempotent,
    parse_retry_after,
)

NOW = 1772366400.0  # 2026-03-01T12:00:00Z, the wall clock for HTTP-date Retry-After values
LATER_30S = "Sun, 01 Mar 2026 12:00:30 GMT"


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fixed(value: float) -> Any:
    """A random source that always returns ``value``."""
    return lambda: value


def state(config: RetryConfig | None = None, **kwargs: Any) -> RetryState:
    kwargs.setdefault("clock", FakeClock())
    kwargs.setdefault("wall_clock", fixed(NOW))
    kwargs.setdefault("rand", fixed(0.5))
    return RetryState(config or RetryConfig(), **kwargs)


# -- RetryConfig ---------------------------------------------------------------------------------


def test_defaults_are_the_rust_sdks() -> None:
    config = RetryConfig()
    assert (config.base_delay, config.max_delay, config.max_retries, config.deadline) == (
        0.1,
        30.0,
        5,
        120.0,
    )
    assert (config.circuit_breaker_threshold, config.circuit_breaker_cooldown) == (10, 30.0)
    assert config.retry_statuses == frozenset({408, 429, 500, 502, 503, 504})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("base_delay", -0.1),
        ("max_delay", -1),
        ("max_retries", -1),
        ("deadline", -5.0),
        ("circuit_breaker_threshold", -1),
        ("circuit_breaker_cooldown", -30.0),
        ("base_delay", float("nan")),
        ("max_delay", float("inf")),
        ("max_retries", 2.5),
        ("max_retries", True),
        ("deadline", "120"),
        ("retry_statuses", frozenset({200})),
        ("retry_statuses", "429"),
    ],
)
def test_config_rejects_bad_values_naming_the_field(field: str, value: Any) -> None:
    with pytest.raises(ValueError, match=field) as info:
        RetryConfig(**{field: value})
    assert isinstance(info.value, ValidationError)
    assert info.value.field == field


def test_config_accepts_zero_and_no_deadline() -> None:
    config = RetryConfig(base_delay=0, max_retries=0, deadline=None, circuit_breaker_threshold=0)
    assert config.deadline is None


def test_config_is_frozen_and_normalises_statuses() -> None:
    config = RetryConfig(retry_statuses={409, 429})  # type: ignore[arg-type]
    assert config.retry_statuses == frozenset({409, 429})
    assert isinstance(config.retry_statuses, frozenset)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.max_retries = 1  # type: ignore[misc]


def test_no_retries() -> None:
    config = RetryConfig.no_retries()
    assert config.max_retries == 0
    assert config.circuit_breaker_threshold == 10
    assert state(config).next_delay(method="GET", status=503) is None


# -- backoff -------------------------------------------------------------------------------------


def test_backoff_ceiling_doubles_then_caps_at_max_delay() -> None:
    config = RetryConfig()
    ceilings = [backoff_delay(attempt, config, fixed(1.0)) for attempt in range(12)]
    assert ceilings == pytest.approx(
        [0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8, 25.6, 30.0, 30.0, 30.0]
    )


def test_backoff_is_full_jitter_from_zero() -> None:
    config = RetryConfig()
    assert backoff_delay(3, config, fixed(0.0)) == 0.0
    assert backoff_delay(3, config, fixed(0.25)) == pytest.approx(0.2)


def test_backoff_seeded_values_are_exact_and_match_uniform() -> None:
    config = RetryConfig()
    rng = random.Random(1234)
    delays = [backoff_delay(attempt, config, rng) for attempt in range(10)]
    assert delays == [
        0.09664535356921389,
        0.08814651983507055,
        0.0029965880234348766,
        0.7287807699592994,
        1.5028303957820226,
        1.8631282337886372,
        4.298006281523104,
        1.0744093035146747,
        19.621911879469987,
        7.104293260893533,
    ]
    rng = random.Random(1234)
    assert delays == [rng.uniform(0, min(30.0, 0.1 * 2**attempt)) for attempt in range(10)]


def test_backoff_random_bounds_over_many_draws() -> None:
    config = RetryConfig(base_delay=0.5, max_delay=4.0)
    rng = random.Random(7)
    for attempt in range(8):
        ceiling = min(4.0, 0.5 * 2**attempt)
        draws = [backoff_delay(attempt, config, rng) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in draws)
        assert max(draws) > 0.9 * ceiling  # it uses the whole range, not a fixed delay


def test_backoff_huge_attempt_does_not_overflow() -> None:
    assert backoff_delay(5000, RetryConfig(), fixed(1.0)) == 30.0


# -- Retry-After ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3", 3.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        ("0.25", 0.25),
        (LATER_30S, 30.0),
        ("Sun, 01 Mar 2026 12:00:30 -0000", 30.0),
        ("Sun, 01 Mar 2026 13:00:30 +0100", 30.0),
        ("Sun, 01 Mar 2026 11:59:00 GMT", None),  # already past
        ("-5", None),
        ("-0.5", None),
        ("soon", None),
        ("", None),
        ("1e3", None),
        ("inf", None),
        ("nan", None),
        ("Sun, 99 Mar 2026 12:00:30 GMT", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, now=fixed(NOW)) == expected


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_retry_after_date_without_zone_is_utc_whatever_the_local_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert parse_retry_after("Sun, 01 Mar 2026 12:00:30 -0000", now=fixed(NOW)) == 30.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_retry_after_replaces_the_jittered_delay() -> None:
    draws: list[float] = []

    def rand() -> float:
        draws.append(0.5)
        return 0.5

    retry = state(rand=rand)
    assert retry.next_delay(method="GET", status=429, retry_after="2.5") == 2.5
    assert retry.next_delay(method="GET", status=503, retry_after=LATER_30S) == 30.0
    assert draws == []
    assert retry.attempt == 2


def test_unusable_retry_after_falls_back_to_backoff() -> None:
    retry = state(rand=fixed(0.5))
    assert retry.next_delay(method="GET", status=429, retry_after="soon") == pytest.approx(0.05)
    assert retry.next_delay(method="GET", status=429, retry_after="-3") == pytest.approx(0.1)


def test_retry_after_past_the_deadline_stops() -> None:
    clock = FakeClock()
    retry = state(RetryConfig(deadline=10.0), clock=clock)
    assert retry.next_delay(method="GET", status=429, retry_after="9") == 9.0
    clock.advance(9.0)
    assert retry.next_delay(method="GET", status=429, retry_after="1") is None
    assert retry.next_delay(method="GET", status=429, retry_after="0.5") == 0.5


def test_retry_after_over_the_cap_stops_even_with_no_deadline() -> None:
    retry = state(RetryConfig(deadline=None))
    assert retry.config.retry_after_cap == 60.0
    assert retry.next_delay(method="GET", status=503, retry_after="61") is None
    assert retry.next_delay(method="GET", status=503, retry_after="60") == 60.0


def test_retry_after_cap_follows_a_larger_max_delay() -> None:
    retry = state(RetryConfig(max_delay=90.0, deadline=None))
    assert retry.next_delay(method="GET", status=503, retry_after="90") == 90.0
    assert retry.next_delay(method="GET", status=503, retry_after="91") is None


def test_retry_after_ignored_for_connection_errors() -> None:
    retry = state(rand=fixed(1.0))
    assert retry.next_delay(method="GET", is_connection_error=True, retry_after="9") == 0.1


# -- the retry decision --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (409, False),
        (422, False),
        (408, True),
        (429, True),
        (500, True),
        (501, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
    ],
)
def test_which_statuses_are_retried(status: int, retried: bool) -> None:
    delay = state().next_delay(method="GET", status=status)
    assert (delay is not None) is retried


def test_connection_errors_and_timeouts_are_retried() -> None:
    assert state().next_delay(method="GET", is_connection_error=True) is not None


def test_neither_status_nor_connection_error_is_not_retried() -> None:
    assert state().next_delay(method="GET") is None


def test_extra_retry_statuses() -> None:
    retry = state(RetryConfig(retry_statuses=frozenset({409})))
    assert retry.next_delay(method="GET", status=409) is not None
    assert retry.next_delay(method="GET", status=429) is None
    assert retry.next_delay(method="GET", status=502) is not None  # every 5xx, always


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get", "delete"])
def test_idempotent_methods_are_retried(method: str) -> None:
    assert state().next_delay(method=method, status=503) is not None
    assert state().next_delay(method=method, is_connection_error=True) is not None


@pytest.mark.parametrize("method", ["POST", "PATCH", "post"])
def test_post_and_patch_need_an_idempotency_key(method: str) -> None:
    assert state().next_delay(method=method, status=503) is None
    assert state().next_delay(method=method, status=429) is None
    assert state().next_delay(method=method, is_connection_error=True) is None
    assert state().next_delay(method=method, status=503, idempotent=True) is not None
    assert state().next_delay(method=method, is_connection_error=True, idempotent=True) is not None


def test_is_idempotent() -> None:
    assert is_idempotent("PUT")
    assert not is_idempotent("POST")
    assert is_idempotent("POST", idempotency_key=True)


def test_max_retries_stops_and_counts_attempts() -> None:
    retry = state(RetryConfig(max_retries=3, deadline=None), rand=fixed(1.0))
    delays = [retry.next_delay(method="GET", status=503) for _ in range(5)]
    assert delays == pytest.approx([0.1, 0.2, 0.4, None, None])
    assert retry.attempt == 3


def test_deadline_stops_retries() -> None:
    clock = FakeClock()
    config = RetryConfig(base_delay=1.0, max_delay=100.0, max_retries=50, deadline=10.0)
    retry = state(config, clock=clock, rand=fixed(1.0))
    slept = []
    while (delay := retry.next_delay(method="GET", status=503)) is not None:
        slept.append(delay)
        clock.advance(delay)
    assert slept == [1.0, 2.0, 4.0]  # 7s gone; 8s more would reach the 10s deadline
    assert retry.elapsed() == 7.0
    assert retry.remaining() == 3.0


def test_deadline_counts_time_spent_in_requests() -> None:
    clock = FakeClock()
    retry = state(RetryConfig(deadline=5.0), clock=clock, rand=fixed(1.0))
    clock.advance(4.95)  # the first attempt took almost the whole budget
    assert retry.next_delay(method="GET", status=503) is None
    assert retry.remaining() == pytest.approx(0.05)
    clock.advance(10)
    assert retry.remaining() == 0.0


def test_no_deadline() -> None:
    clock = FakeClock()
    retry = state(RetryConfig(deadline=None, max_retries=3), clock=clock)
    clock.advance(10_000)
    assert retry.remaining() is None
    assert retry.next_delay(method="GET", status=503) is not None


def test_default_random_source_stays_in_bounds() -> None:
    retry = RetryState(RetryConfig())
    delay = retry.next_delay(method="GET", status=503)
    assert delay is not None
    assert 0.0 <= delay <= 0.1


# -- circuit breaker -----------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.changes: list[tuple[CircuitState, CircuitState]] = []
        self.lock = threading.Lock()

    def __call__(self, old: CircuitState, new: CircuitState) -> None:
        with self.lock:
            self.changes.append((old, new))


def current(cb: CircuitBreaker) -> CircuitState:
    """The breaker's state, read afresh (a plain ``cb.state`` read gets narrowed by mypy)."""
    return cb.state


def breaker(threshold: int = 3, cooldown: float = 30.0) -> tuple[CircuitBreaker, FakeClock]:
    clock = FakeClock()
    return CircuitBreaker(threshold, cooldown, clock=clock), clock


def open_breaker(threshold: int = 3, cooldown: float = 30.0) -> tuple[CircuitBreaker, FakeClock]:
    cb, clock = breaker(threshold, cooldown)
    for _ in range(threshold):
        cb.before_request()
        cb.record_failure()
    assert current(cb) == "open"
    return cb, clock


def test_opens_at_threshold_consecutive_failures() -> None:
    cb, _ = breaker(threshold=3)
    cb.record_failure()
    cb.record_failure()
    assert current(cb) == "closed"
    assert cb.failures == 2
    cb.before_request()
    cb.record_failure()
    assert current(cb) == "open"


def test_open_fails_fast_with_remaining_cooldown() -> None:
    cb, clock = open_breaker(cooldown=30.0)
    clock.advance(12.0)
    with pytest.raises(CircuitOpenError) as info:
        cb.before_request()
    assert info.value.retry_after == pytest.approx(18.0)
    assert current(cb) == "open"


def test_half_open_lets_exactly_one_probe_through() -> None:
    cb, clock = open_breaker(cooldown=30.0)
    clock.advance(30.0)
    assert current(cb) == "half_open"
    cb.before_request()  # the probe
    clock.advance(2.0)
    with pytest.raises(CircuitOpenError) as info:
        cb.before_request()  # a second caller while the probe is in flight
    assert info.value.retry_after == pytest.approx(28.0)
    assert current(cb) == "half_open"


def test_probe_success_closes_and_resets() -> None:
    cb, clock = open_breaker(threshold=3)
    clock.advance(30.0)
    cb.before_request()
    cb.record_success()
    assert current(cb) == "closed"
    assert cb.failures == 0
    cb.before_request()
    cb.before_request()  # no probe limit once closed
    cb.record_failure()
    cb.record_failure()
    assert current(cb) == "closed"  # the count started again from zero


def test_probe_failure_reopens_for_a_new_cooldown() -> None:
    cb, clock = open_breaker(cooldown=30.0)
    clock.advance(31.0)
    cb.before_request()
    clock.advance(5.0)
    cb.record_failure()
    assert current(cb) == "open"
    clock.advance(29.0)
    with pytest.raises(CircuitOpenError) as info:
        cb.before_request()
    assert info.value.retry_after == pytest.approx(1.0)
    clock.advance(1.0)
    cb.before_request()  # the next probe
    assert current(cb) == "half_open"


def test_success_resets_the_consecutive_count() -> None:
    cb, _ = breaker(threshold=3)
    for _ in range(5):
        cb.record_failure()
        cb.record_failure()
        cb.record_success()
    assert current(cb) == "closed"
    assert cb.failures == 0


@pytest.mark.parametrize("status", [400, 401, 403, 404, 408, 409, 422, 429])
def test_4xx_does_not_count(status: int) -> None:
    cb, _ = breaker(threshold=2)
    for _ in range(5):
        cb.before_request()
        cb.record(status)
    assert current(cb) == "closed"
    assert cb.failures == 0
    assert not is_breaker_failure(status)


@pytest.mark.parametrize(
    ("status", "connection_error"), [(500, False), (503, False), (599, False), (None, True)]
)
def test_5xx_and_connection_errors_count(status: int | None, connection_error: bool) -> None:
    cb, _ = breaker(threshold=2)
    cb.record(status, is_connection_error=connection_error)
    cb.record(status, is_connection_error=connection_error)
    assert current(cb) == "open"
    assert is_breaker_failure(status, is_connection_error=connection_error)


def test_record_with_no_outcome_frees_the_probe_slot() -> None:
    cb, clock = open_breaker()
    clock.advance(30.0)
    cb.before_request()
    cb.record(None)  # e.g. the probe was cancelled
    assert current(cb) == "half_open"
    cb.before_request()  # a new probe may go


def test_release_outside_half_open_changes_nothing() -> None:
    cb, _ = breaker(threshold=2)
    cb.record_failure()
    cb.release()
    assert (current(cb), cb.failures) == ("closed", 1)


def test_a_lost_probe_stops_blocking_after_one_cooldown() -> None:
    cb, clock = open_breaker(cooldown=30.0)
    clock.advance(30.0)
    cb.before_request()  # this probe never reports back
    clock.advance(29.9)
    with pytest.raises(CircuitOpenError):
        cb.before_request()
    clock.advance(0.1)
    cb.before_request()


def test_late_failure_while_open_does_not_extend_the_cooldown() -> None:
    cb, clock = open_breaker(cooldown=30.0)
    clock.advance(20.0)
    cb.record_failure()  # a request sent before the circuit opened
    clock.advance(10.0)
    cb.before_request()
    assert current(cb) == "half_open"


def test_disabled_breaker_never_opens() -> None:
    for threshold in (0, -1):
        cb, _ = breaker(threshold=threshold)
        assert not cb.enabled
        for _ in range(100):
            cb.before_request()
            cb.record_failure()
        assert current(cb) == "closed"
        assert cb.failures == 0


def test_from_config() -> None:
    config = RetryConfig(circuit_breaker_threshold=4, circuit_breaker_cooldown=15.0)
    cb = CircuitBreaker.from_config(config)
    assert (cb.threshold, cb.cooldown, cb.enabled) == (4, 15.0, True)
    assert not CircuitBreaker.from_config(RetryConfig(circuit_breaker_threshold=0)).enabled


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"cooldown": -1.0}, "cooldown"), ({"threshold": 2.5}, "threshold")],
)
def test_breaker_rejects_bad_values(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        CircuitBreaker(**kwargs)


def test_state_change_callback_sees_every_transition() -> None:
    clock = FakeClock()
    recorder = Recorder()
    cb = CircuitBreaker(2, 10.0, clock=clock, on_state_change=recorder)
    cb.record_failure()
    cb.record_failure()
    clock.advance(10.0)
    cb.before_request()
    cb.record_failure()
    clock.advance(10.0)
    cb.before_request()
    cb.record_success()
    cb.record_success()
    assert recorder.changes == [
        ("closed", "open"),
        ("open", "half_open"),
        ("half_open", "open"),
        ("open", "half_open"),
        ("half_open", "closed"),
    ]


def test_threads_open_the_circuit_exactly_once() -> None:
    recorder = Recorder()
    cb = CircuitBreaker(50, 30.0, clock=FakeClock(), on_state_change=recorder)
    start = threading.Barrier(16)

    def hammer() -> None:
        start.wait()
        for _ in range(200):
            cb.record_failure()

    threads = [threading.Thread(target=hammer) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert recorder.changes == [("closed", "open")]
    assert cb.failures == 50
    assert current(cb) == "open"


def test_threads_race_for_the_probe_and_one_wins() -> None:
    cb, clock = open_breaker()
    clock.advance(30.0)
    start = threading.Barrier(16)
    passed: list[int] = []
    rejected: list[int] = []

    def attempt(n: int) -> None:
        start.wait()
        try:
            cb.before_request()
        except CircuitOpenError:
            rejected.append(n)
        else:
            passed.append(n)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(passed) == 1
    assert len(rejected) == 15


async def test_asyncio_tasks_share_one_probe() -> None:
    cb, clock = open_breaker()
    clock.advance(30.0)
    outcomes: list[str] = []

    async def call() -> None:
        try:
            cb.before_request()
        except CircuitOpenError:
            outcomes.append("rejected")
            return
        await asyncio.sleep(0)  # the probe is in flight while the other tasks run
        cb.record_success()
        outcomes.append("probe")

    await asyncio.gather(*(call() for _ in range(10)))
    assert sorted(outcomes) == ["probe"] + ["rejected"] * 9
    assert current(cb) == "closed"
    cb.before_request()
