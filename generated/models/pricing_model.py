# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

PricingModel = Literal["FLAT", "TIER", "USAGE"]

PRICING_MODEL_VALUES: set[PricingModel] = {
    "FLAT",
    "TIER",
    "USAGE",
}


def check_pricing_model(value: str) -> PricingModel:
    if value in PRICING_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICING_MODEL_VALUES!r}")
