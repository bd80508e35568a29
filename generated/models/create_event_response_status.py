# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreateEventResponseStatus = Literal["accepted"]

CREATE_EVENT_RESPONSE_STATUS_VALUES: set[CreateEventResponseStatus] = {
    "accepted",
}


def check_create_event_response_status(value: str) -> CreateEventResponseStatus:
    if value in CREATE_EVENT_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVENT_RESPONSE_STATUS_VALUES!r}"
    )
