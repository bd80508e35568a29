# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

PricingTiering = Literal["GRADUATED", "NONE", "VOLUME"]

PRICING_TIERING_VALUES: set[PricingTiering] = {
    "GRADUATED",
    "NONE",
    "VOLUME",
}


def check_pricing_tiering(value: str) -> PricingTiering:
    if value in PRICING_TIERING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICING_TIERING_VALUES!r}")
