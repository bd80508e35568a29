from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.customer_list import CustomerList
from ...models.error import Error
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    external_customer_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["externalCustomerId"] = external_customer_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerList | Error | None:
    if response.status_code == 200:
        response_200 = CustomerList.from_dict(response.json())

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
) -> Response[CustomerList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    external_customer_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[CustomerList | Error]:
    """List Customers

     Lists customers with offset pagination (limit/offset, no cursor); hasMore says whether another page
    exists. Passing externalCustomerId does an exact-match lookup by your own identifier; the result is
    still a list.

    Args:
        external_customer_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerList | Error]
    """

    kwargs = _get_kwargs(
        external_customer_id=external_customer_id,
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
    external_customer_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> CustomerList | Error | None:
    """List Customers

     Lists customers with offset pagination (limit/offset, no cursor); hasMore says whether another page
    exists. Passing externalCustomerId does an exact-match lookup by your own identifier; the result is
    still a list.

    Args:
        external_customer_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerList | Error
    """

    return sync_detailed(
        client=client,
        external_customer_id=external_customer_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    external_customer_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[CustomerList | Error]:
    """List Customers

     Lists customers with offset pagination (limit/offset, no cursor); hasMore says whether another page
    exists. Passing externalCustomerId does an exact-match lookup by your own identifier; the result is
    still a list.

    Args:
        external_customer_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerList | Error]
    """

    kwargs = _get_kwargs(
        external_customer_id=external_customer_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    external_customer_id: str | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> CustomerList | Error | None:
    """List Customers

     Lists customers with offset pagination (limit/offset, no cursor); hasMore says whether another page
    exists. Passing externalCustomerId does an exact-match lookup by your own identifier; the result is
    still a list.

    Args:
        external_customer_id (str | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            external_customer_id=external_customer_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
