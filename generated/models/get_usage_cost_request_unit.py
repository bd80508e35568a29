# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

GetUsageCostRequestUnit = Literal["credits", "currency"]

GET_USAGE_COST_REQUEST_UNIT_VALUES: set[GetUsageCostRequestUnit] = {
    "credits",
    "currency",
}


def check_get_usage_cost_request_unit(value: str) -> GetUsageCostRequestUnit:
    if value in GET_USAGE_COST_REQUEST_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USAGE_COST_REQUEST_UNIT_VALUES!r}"
    )
