# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

InvoiceStatus = Literal["Cancelled", "Drafted", "In Progress", "In Transit", "Paid", "Refunded"]

INVOICE_STATUS_VALUES: set[InvoiceStatus] = {
    "Cancelled",
    "Drafted",
    "In Progress",
    "In Transit",
    "Paid",
    "Refunded",
}


def check_invoice_status(value: str) -> InvoiceStatus:
    if value in INVOICE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_STATUS_VALUES!r}")
