# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

UsageCostResponseCurrency = Literal["USD"]

USAGE_COST_RESPONSE_CURRENCY_VALUES: set[UsageCostResponseCurrency] = {
    "USD",
}


def check_usage_cost_response_currency(value: str) -> UsageCostResponseCurrency:
    if value in USAGE_COST_RESPONSE_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_COST_RESPONSE_CURRENCY_VALUES!r}"
    )
