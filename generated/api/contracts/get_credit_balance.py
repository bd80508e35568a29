from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credit_balance_response import CreditBalanceResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    contract_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contracts/{contract_id}/credits/balance".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditBalanceResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreditBalanceResponse.from_dict(response.json())

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
) -> Response[CreditBalanceResponse | Error]:
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
) -> Response[CreditBalanceResponse | Error]:
    """Get Credit Balance and Blocks

     Current aggregate credit balance of a contract plus every credit block (grant) with its FIFO
    deduction priority. Active blocks carry priority (1 = deducted first), ordered by soonest expiry
    first, then promotional before paid, then lowest cost basis (the third rule is cut off in the
    captures). A contract without a credit wallet returns a zero balance and an empty blocks array, not
    an error.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBalanceResponse | Error]
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
) -> CreditBalanceResponse | Error | None:
    """Get Credit Balance and Blocks

     Current aggregate credit balance of a contract plus every credit block (grant) with its FIFO
    deduction priority. Active blocks carry priority (1 = deducted first), ordered by soonest expiry
    first, then promotional before paid, then lowest cost basis (the third rule is cut off in the
    captures). A contract without a credit wallet returns a zero balance and an empty blocks array, not
    an error.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBalanceResponse | Error
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditBalanceResponse | Error]:
    """Get Credit Balance and Blocks

     Current aggregate credit balance of a contract plus every credit block (grant) with its FIFO
    deduction priority. Active blocks carry priority (1 = deducted first), ordered by soonest expiry
    first, then promotional before paid, then lowest cost basis (the third rule is cut off in the
    captures). A contract without a credit wallet returns a zero balance and an empty blocks array, not
    an error.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBalanceResponse | Error]
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
) -> CreditBalanceResponse | Error | None:
    """Get Credit Balance and Blocks

     Current aggregate credit balance of a contract plus every credit block (grant) with its FIFO
    deduction priority. Active blocks carry priority (1 = deducted first), ordered by soonest expiry
    first, then promotional before paid, then lowest cost basis (the third rule is cut off in the
    captures). A contract without a credit wallet returns a zero balance and an empty blocks array, not
    an error.

    Args:
        contract_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBalanceResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
        )
    ).parsed
