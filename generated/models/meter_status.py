# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

MeterStatus = Literal["active", "inactive"]

METER_STATUS_VALUES: set[MeterStatus] = {
    "active",
    "inactive",
}


def check_meter_status(value: str) -> MeterStatus:
    if value in METER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METER_STATUS_VALUES!r}")
