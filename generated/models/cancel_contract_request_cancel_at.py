# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CancelContractRequestCancelAt = Literal["end_of_period"]

CANCEL_CONTRACT_REQUEST_CANCEL_AT_VALUES: set[CancelContractRequestCancelAt] = {
    "end_of_period",
}


def check_cancel_contract_request_cancel_at(value: str) -> CancelContractRequestCancelAt:
    if value in CANCEL_CONTRACT_REQUEST_CANCEL_AT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_CONTRACT_REQUEST_CANCEL_AT_VALUES!r}"
    )
