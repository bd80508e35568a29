# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

PricingEstimateUnit = Literal["credits", "currency"]

PRICING_ESTIMATE_UNIT_VALUES: set[PricingEstimateUnit] = {
    "credits",
    "currency",
}


def check_pricing_estimate_unit(value: str) -> PricingEstimateUnit:
    if value in PRICING_ESTIMATE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICING_ESTIMATE_UNIT_VALUES!r}")
