# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

UsageCostResponseUnit = Literal["credits", "currency"]

USAGE_COST_RESPONSE_UNIT_VALUES: set[UsageCostResponseUnit] = {
    "credits",
    "currency",
}


def check_usage_cost_response_unit(value: str) -> UsageCostResponseUnit:
    if value in USAGE_COST_RESPONSE_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_COST_RESPONSE_UNIT_VALUES!r}"
    )
