# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreatePricingRequestBillingMode = Literal["ONE_TIME", "RECURRING"]

CREATE_PRICING_REQUEST_BILLING_MODE_VALUES: set[CreatePricingRequestBillingMode] = {
    "ONE_TIME",
    "RECURRING",
}


def check_create_pricing_request_billing_mode(value: str) -> CreatePricingRequestBillingMode:
    if value in CREATE_PRICING_REQUEST_BILLING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRICING_REQUEST_BILLING_MODE_VALUES!r}"
    )
