# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

ChangePlanRequestChangeOption = Literal["end_of_period", "immediate", "requested_date"]

CHANGE_PLAN_REQUEST_CHANGE_OPTION_VALUES: set[ChangePlanRequestChangeOption] = {
    "end_of_period",
    "immediate",
    "requested_date",
}


def check_change_plan_request_change_option(value: str) -> ChangePlanRequestChangeOption:
    if value in CHANGE_PLAN_REQUEST_CHANGE_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PLAN_REQUEST_CHANGE_OPTION_VALUES!r}"
    )
