# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreatePlanRequestStatus = Literal["ACTIVE", "ARCHIVED", "DRAFT"]

CREATE_PLAN_REQUEST_STATUS_VALUES: set[CreatePlanRequestStatus] = {
    "ACTIVE",
    "ARCHIVED",
    "DRAFT",
}


def check_create_plan_request_status(value: str) -> CreatePlanRequestStatus:
    if value in CREATE_PLAN_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PLAN_REQUEST_STATUS_VALUES!r}"
    )
