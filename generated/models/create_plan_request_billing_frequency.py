# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreatePlanRequestBillingFrequency = Literal["ANNUALLY", "MONTHLY", "QUARTERLY", "SEMI_ANNUALLY"]

CREATE_PLAN_REQUEST_BILLING_FREQUENCY_VALUES: set[CreatePlanRequestBillingFrequency] = {
    "ANNUALLY",
    "MONTHLY",
    "QUARTERLY",
    "SEMI_ANNUALLY",
}


def check_create_plan_request_billing_frequency(value: str) -> CreatePlanRequestBillingFrequency:
    if value in CREATE_PLAN_REQUEST_BILLING_FREQUENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PLAN_REQUEST_BILLING_FREQUENCY_VALUES!r}"
    )
