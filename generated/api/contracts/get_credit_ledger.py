from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credit_ledger_response import CreditLedgerResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    contract_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contracts/{contract_id}/credits/ledger".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditLedgerResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreditLedgerResponse.from_dict(response.json())

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
) -> Response[CreditLedgerResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditLedgerResponse | Error]:
    """Get Credit Ledger

     All credit ledger entries of a contract, sorted by createdAt descending (newest first). amountCents
    sign by type: grant positive, usage negative, adjustment either, reversal the opposite of the entry
    it undoes, expiration negative. Every usage and expiration entry carries grantEntryId pointing at
    its source grant. A contract without a credit wallet returns an empty entries list, not an error. No
    pagination or filter parameters were seen.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditLedgerResponse | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreditLedgerResponse | Error | None:
    """Get Credit Ledger

     All credit ledger entries of a contract, sorted by createdAt descending (newest first). amountCents
    sign by type: grant positive, usage negative, adjustment either, reversal the opposite of the entry
    it undoes, expiration negative. Every usage and expiration entry carries grantEntryId pointing at
    its source grant. A contract without a credit wallet returns an empty entries list, not an error. No
    pagination or filter parameters were seen.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditLedgerResponse | Error
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditLedgerResponse | Error]:
    """Get Credit Ledger

     All credit ledger entries of a contract, sorted by createdAt descending (newest first). amountCents
    sign by type: grant positive, usage negative, adjustment either, reversal the opposite of the entry
    it undoes, expiration negative. Every usage and expiration entry carries grantEntryId pointing at
    its source grant. A contract without a credit wallet returns an empty entries list, not an error. No
    pagination or filter parameters were seen.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditLedgerResponse | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreditLedgerResponse | Error | None:
    """Get Credit Ledger

     All credit ledger entries of a contract, sorted by createdAt descending (newest first). amountCents
    sign by type: grant positive, usage negative, adjustment either, reversal the opposite of the entry
    it undoes, expiration negative. Every usage and expiration entry carries grantEntryId pointing at
    its source grant. A contract without a credit wallet returns an empty entries list, not an error. No
    pagination or filter parameters were seen.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditLedgerResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
        )
    ).parsed
