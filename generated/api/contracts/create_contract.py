from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.contract_response import ContractResponse
from ...models.create_contract_request import CreateContractRequest
from ...models.error import Error
from typing import cast


def _get_kwargs(
    *,
    body: CreateContractRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/contracts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractResponse | Error | None:
    if response.status_code == 200:
        response_200 = ContractResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ContractResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[ContractResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContractRequest,
) -> Response[ContractResponse | Error]:
    """Create Contract

     Create a contract (subscription) that puts a customer on a plan. Leave out endDate for a rolling
    month-to-month contract. Draft invoices for upcoming periods are generated automatically on
    creation. creditGrantCents has three states: absent = use the plan default, null = no credit grant,
    integer = grant amount in cents (including it enables the credit wallet).

    Args:
        body (CreateContractRequest): Body of Create Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContractRequest,
) -> ContractResponse | Error | None:
    """Create Contract

     Create a contract (subscription) that puts a customer on a plan. Leave out endDate for a rolling
    month-to-month contract. Draft invoices for upcoming periods are generated automatically on
    creation. creditGrantCents has three states: absent = use the plan default, null = no credit grant,
    integer = grant amount in cents (including it enables the credit wallet).

    Args:
        body (CreateContractRequest): Body of Create Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContractRequest,
) -> Response[ContractResponse | Error]:
    """Create Contract

     Create a contract (subscription) that puts a customer on a plan. Leave out endDate for a rolling
    month-to-month contract. Draft invoices for upcoming periods are generated automatically on
    creation. creditGrantCents has three states: absent = use the plan default, null = no credit grant,
    integer = grant amount in cents (including it enables the credit wallet).

    Args:
        body (CreateContractRequest): Body of Create Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContractRequest,
) -> ContractResponse | Error | None:
    """Create Contract

     Create a contract (subscription) that puts a customer on a plan. Leave out endDate for a rolling
    month-to-month contract. Draft invoices for upcoming periods are generated automatically on
    creation. creditGrantCents has three states: absent = use the plan default, null = no credit grant,
    integer = grant amount in cents (including it enables the credit wallet).

    Args:
        body (CreateContractRequest): Body of Create Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
