# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreateCustomerRequestProvider = Literal["stripe"]

CREATE_CUSTOMER_REQUEST_PROVIDER_VALUES: set[CreateCustomerRequestProvider] = {
    "stripe",
}


def check_create_customer_request_provider(value: str) -> CreateCustomerRequestProvider:
    if value in CREATE_CUSTOMER_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_REQUEST_PROVIDER_VALUES!r}"
    )
