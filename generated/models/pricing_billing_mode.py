# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

PricingBillingMode = Literal["ONE_TIME", "RECURRING"]

PRICING_BILLING_MODE_VALUES: set[PricingBillingMode] = {
    "ONE_TIME",
    "RECURRING",
}


def check_pricing_billing_mode(value: str) -> PricingBillingMode:
    if value in PRICING_BILLING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICING_BILLING_MODE_VALUES!r}")
