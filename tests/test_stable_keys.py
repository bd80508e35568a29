"""Idempotency keys are stable: the same row gives the same key on every run, in every zone.

A key that changed after an upgrade, or with a session's time zone, would make a re-run send the
same usage again under new keys, and Monk would bill it twice.
"""

from __future__ import annotations

import datetime
import zoneinfo

import pytest

import monk

UTC = datetime.UTC

# Keys the SDK derived before instants were normalised to UTC (monk-sdk 0.x, a UTC session):
# every one must stay byte-identical, or re-runs after the upgrade would double-bill.
PINNED = [
    (("usage", 42), "980b654d-11a4-5dd7-8b7b-94a035d85b0f"),
    ((datetime.datetime(2026, 3, 1, 12, 30, tzinfo=UTC),), "498267bd-bb50-5b98-9180-c23004f8e849"),
    (
        ("billing_events", datetime.datetime(2026, 3, 1, 0, 0, 0, 123456, tzinfo=UTC)),
        "dc79ebd9-fcef-5bed-a272-e47452435746",
    ),
    ((datetime.date(2026, 3, 1),), "9e9bf3fb-30b1-5f6f-ba28-874998e79dba"),
    ((datetime.datetime(2026, 3, 1, 12, 30),), "1e4906a0-aaf7-5634-8242-cf309d85b705"),
    (("monk events import", '{"eventName":"x"}'), "adbd8e03-3842-5fc0-b60d-b359f7c49657"),
]


@pytest.mark.parametrize(("parts", "expected"), PINNED)
def test_keys_derived_before_the_upgrade_stay_byte_identical(parts: tuple, expected: str) -> None:
    assert monk.idempotency_key(*parts) == expected


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "America/Los_Angeles", "Pacific/Chatham"])
def test_an_instant_gives_the_same_key_in_every_zone(zone: str) -> None:
    instant = datetime.datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    local = instant.astimezone(zoneinfo.ZoneInfo(zone))
    assert local.isoformat() != instant.isoformat()  # the zone shows in the text...
    assert monk.idempotency_key("t", local) == monk.idempotency_key("t", instant)  # ...not the key
    fixed = instant.astimezone(datetime.timezone(datetime.timedelta(hours=-3)))
    assert monk.idempotency_key(fixed) == "498267bd-bb50-5b98-9180-c23004f8e849"


def test_different_instants_still_give_different_keys() -> None:
    a = datetime.datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    b = a.replace(tzinfo=zoneinfo.ZoneInfo("Asia/Kolkata"))  # same wall time, another instant
    assert monk.idempotency_key(a) != monk.idempotency_key(b)


def test_a_part_that_has_no_utf8_form_is_a_validation_error() -> None:
    with pytest.raises(monk.ValidationError, match=r"parts\[1\]: must be valid Unicode"):
        monk.idempotency_key("ok", "\ud800")
