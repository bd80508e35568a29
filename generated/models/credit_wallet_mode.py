# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreditWalletMode = Literal["credits", "dollars"]

CREDIT_WALLET_MODE_VALUES: set[CreditWalletMode] = {
    "credits",
    "dollars",
}


def check_credit_wallet_mode(value: str) -> CreditWalletMode:
    if value in CREDIT_WALLET_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREDIT_WALLET_MODE_VALUES!r}")
