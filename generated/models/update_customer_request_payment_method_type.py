# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

UpdateCustomerRequestPaymentMethodType = Literal["card", "us_bank_account"]

UPDATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES: set[UpdateCustomerRequestPaymentMethodType] = {
    "card",
    "us_bank_account",
}


def check_update_customer_request_payment_method_type(
    value: str,
) -> UpdateCustomerRequestPaymentMethodType:
    if value in UPDATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES!r}"
    )
