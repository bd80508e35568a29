# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreatePricingRequestModel = Literal["FLAT", "TIER", "USAGE"]

CREATE_PRICING_REQUEST_MODEL_VALUES: set[CreatePricingRequestModel] = {
    "FLAT",
    "TIER",
    "USAGE",
}


def check_create_pricing_request_model(value: str) -> CreatePricingRequestModel:
    if value in CREATE_PRICING_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRICING_REQUEST_MODEL_VALUES!r}"
    )
