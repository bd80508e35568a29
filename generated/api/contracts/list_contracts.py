from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.contract_list import ContractList
from ...models.error import Error
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params["externalCustomerId"] = external_customer_id

    params["planId"] = plan_id

    params["isActive"] = is_active

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/contracts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractList | Error | None:
    if response.status_code == 200:
        response_200 = ContractList.from_dict(response.json())

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
) -> Response[ContractList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[ContractList | Error]:
    """List Contracts

     Paginated list of contracts, optionally filtered by customer, external customer id, plan or active
    flag. Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are
    returned at the top level. List items do not include metadata.

    Args:
        customer_id (str | Unset):
        external_customer_id (str | Unset):
        plan_id (str | Unset):
        is_active (bool | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        external_customer_id=external_customer_id,
        plan_id=plan_id,
        is_active=is_active,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> ContractList | Error | None:
    """List Contracts

     Paginated list of contracts, optionally filtered by customer, external customer id, plan or active
    flag. Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are
    returned at the top level. List items do not include metadata.

    Args:
        customer_id (str | Unset):
        external_customer_id (str | Unset):
        plan_id (str | Unset):
        is_active (bool | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractList | Error
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        external_customer_id=external_customer_id,
        plan_id=plan_id,
        is_active=is_active,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[ContractList | Error]:
    """List Contracts

     Paginated list of contracts, optionally filtered by customer, external customer id, plan or active
    flag. Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are
    returned at the top level. List items do not include metadata.

    Args:
        customer_id (str | Unset):
        external_customer_id (str | Unset):
        plan_id (str | Unset):
        is_active (bool | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        external_customer_id=external_customer_id,
        plan_id=plan_id,
        is_active=is_active,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    external_customer_id: str | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> ContractList | Error | None:
    """List Contracts

     Paginated list of contracts, optionally filtered by customer, external customer id, plan or active
    flag. Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are
    returned at the top level. List items do not include metadata.

    Args:
        customer_id (str | Unset):
        external_customer_id (str | Unset):
        plan_id (str | Unset):
        is_active (bool | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            plan_id=plan_id,
            is_active=is_active,
            limit=limit,
            offset=offset,
        )
    ).parsed
