# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

PricingEstimateCurrency = Literal["USD"]

PRICING_ESTIMATE_CURRENCY_VALUES: set[PricingEstimateCurrency] = {
    "USD",
}


def check_pricing_estimate_currency(value: str) -> PricingEstimateCurrency:
    if value in PRICING_ESTIMATE_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRICING_ESTIMATE_CURRENCY_VALUES!r}"
    )
