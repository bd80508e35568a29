from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credit_usage_statement_response import CreditUsageStatementResponse
from ...models.error import Error
from ...models.get_credit_usage_statement_format import check_get_credit_usage_statement_format
from ...models.get_credit_usage_statement_format import GetCreditUsageStatementFormat
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    invoice_id: UUID,
    *,
    format_: GetCreditUsageStatementFormat | Unset = "pdf",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices/{invoice_id}/credit-report".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditUsageStatementResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreditUsageStatementResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditUsageStatementResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCreditUsageStatementFormat | Unset = "pdf",
) -> Response[CreditUsageStatementResponse | Error]:
    """Credit Usage Statement

     Statement of the prepaid-credit usage tied to one invoice, a supplementary document for customers on
    prepaid credits (e.g. a $0 invoice fully covered by credits, credits shown as a line deduction,
    audit and reconciliation). format=pdf (default) returns the statement as a base64-encoded PDF inside
    the JSON body (not a binary application/pdf response); format=json returns structured data only.

    Args:
        invoice_id (UUID):
        format_ (GetCreditUsageStatementFormat | Unset):  Default: 'pdf'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditUsageStatementResponse | Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCreditUsageStatementFormat | Unset = "pdf",
) -> CreditUsageStatementResponse | Error | None:
    """Credit Usage Statement

     Statement of the prepaid-credit usage tied to one invoice, a supplementary document for customers on
    prepaid credits (e.g. a $0 invoice fully covered by credits, credits shown as a line deduction,
    audit and reconciliation). format=pdf (default) returns the statement as a base64-encoded PDF inside
    the JSON body (not a binary application/pdf response); format=json returns structured data only.

    Args:
        invoice_id (UUID):
        format_ (GetCreditUsageStatementFormat | Unset):  Default: 'pdf'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditUsageStatementResponse | Error
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCreditUsageStatementFormat | Unset = "pdf",
) -> Response[CreditUsageStatementResponse | Error]:
    """Credit Usage Statement

     Statement of the prepaid-credit usage tied to one invoice, a supplementary document for customers on
    prepaid credits (e.g. a $0 invoice fully covered by credits, credits shown as a line deduction,
    audit and reconciliation). format=pdf (default) returns the statement as a base64-encoded PDF inside
    the JSON body (not a binary application/pdf response); format=json returns structured data only.

    Args:
        invoice_id (UUID):
        format_ (GetCreditUsageStatementFormat | Unset):  Default: 'pdf'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditUsageStatementResponse | Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCreditUsageStatementFormat | Unset = "pdf",
) -> CreditUsageStatementResponse | Error | None:
    """Credit Usage Statement

     Statement of the prepaid-credit usage tied to one invoice, a supplementary document for customers on
    prepaid credits (e.g. a $0 invoice fully covered by credits, credits shown as a line deduction,
    audit and reconciliation). format=pdf (default) returns the statement as a base64-encoded PDF inside
    the JSON body (not a binary application/pdf response); format=json returns structured data only.

    Args:
        invoice_id (UUID):
        format_ (GetCreditUsageStatementFormat | Unset):  Default: 'pdf'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditUsageStatementResponse | Error
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            format_=format_,
        )
    ).parsed
