# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

ListMetersStatus = Literal["active", "all", "inactive"]

LIST_METERS_STATUS_VALUES: set[ListMetersStatus] = {
    "active",
    "all",
    "inactive",
}


def check_list_meters_status(value: str) -> ListMetersStatus:
    if value in LIST_METERS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_METERS_STATUS_VALUES!r}")
