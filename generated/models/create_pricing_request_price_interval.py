# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreatePricingRequestPriceInterval = Literal["MONTH", "WEEK", "YEAR"]

CREATE_PRICING_REQUEST_PRICE_INTERVAL_VALUES: set[CreatePricingRequestPriceInterval] = {
    "MONTH",
    "WEEK",
    "YEAR",
}


def check_create_pricing_request_price_interval(value: str) -> CreatePricingRequestPriceInterval:
    if value in CREATE_PRICING_REQUEST_PRICE_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRICING_REQUEST_PRICE_INTERVAL_VALUES!r}"
    )
