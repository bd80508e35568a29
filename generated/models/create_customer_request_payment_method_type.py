# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreateCustomerRequestPaymentMethodType = Literal["card", "us_bank_account"]

CREATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES: set[CreateCustomerRequestPaymentMethodType] = {
    "card",
    "us_bank_account",
}


def check_create_customer_request_payment_method_type(
    value: str,
) -> CreateCustomerRequestPaymentMethodType:
    if value in CREATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES!r}"
    )
