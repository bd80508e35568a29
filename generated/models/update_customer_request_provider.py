# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

UpdateCustomerRequestProvider = Literal["stripe"]

UPDATE_CUSTOMER_REQUEST_PROVIDER_VALUES: set[UpdateCustomerRequestProvider] = {
    "stripe",
}


def check_update_customer_request_provider(value: str) -> UpdateCustomerRequestProvider:
    if value in UPDATE_CUSTOMER_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_REQUEST_PROVIDER_VALUES!r}"
    )
