# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

GetCreditUsageStatementFormat = Literal["json", "pdf"]

GET_CREDIT_USAGE_STATEMENT_FORMAT_VALUES: set[GetCreditUsageStatementFormat] = {
    "json",
    "pdf",
}


def check_get_credit_usage_statement_format(value: str) -> GetCreditUsageStatementFormat:
    if value in GET_CREDIT_USAGE_STATEMENT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CREDIT_USAGE_STATEMENT_FORMAT_VALUES!r}"
    )
