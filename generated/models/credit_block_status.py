# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreditBlockStatus = Literal["active", "depleted", "expired"]

CREDIT_BLOCK_STATUS_VALUES: set[CreditBlockStatus] = {
    "active",
    "depleted",
    "expired",
}


def check_credit_block_status(value: str) -> CreditBlockStatus:
    if value in CREDIT_BLOCK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_BLOCK_STATUS_VALUES!r}")
