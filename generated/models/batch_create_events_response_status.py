# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

BatchCreateEventsResponseStatus = Literal["accepted"]

BATCH_CREATE_EVENTS_RESPONSE_STATUS_VALUES: set[BatchCreateEventsResponseStatus] = {
    "accepted",
}


def check_batch_create_events_response_status(value: str) -> BatchCreateEventsResponseStatus:
    if value in BATCH_CREATE_EVENTS_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BATCH_CREATE_EVENTS_RESPONSE_STATUS_VALUES!r}"
    )
