# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreditLedgerEntryType = Literal["adjustment", "expiration", "grant", "reversal", "usage"]

CREDIT_LEDGER_ENTRY_TYPE_VALUES: set[CreditLedgerEntryType] = {
    "adjustment",
    "expiration",
    "grant",
    "reversal",
    "usage",
}


def check_credit_ledger_entry_type(value: str) -> CreditLedgerEntryType:
    if value in CREDIT_LEDGER_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDIT_LEDGER_ENTRY_TYPE_VALUES!r}"
    )
