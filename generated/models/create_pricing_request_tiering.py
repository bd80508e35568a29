# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreatePricingRequestTiering = Literal["GRADUATED", "NONE", "VOLUME"]

CREATE_PRICING_REQUEST_TIERING_VALUES: set[CreatePricingRequestTiering] = {
    "GRADUATED",
    "NONE",
    "VOLUME",
}


def check_create_pricing_request_tiering(value: str) -> CreatePricingRequestTiering:
    if value in CREATE_PRICING_REQUEST_TIERING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRICING_REQUEST_TIERING_VALUES!r}"
    )
