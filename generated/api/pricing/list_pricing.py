from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.pricing_list import PricingList
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    product_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["productId"] = product_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pricing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PricingList | None:
    if response.status_code == 200:
        response_200 = PricingList.from_dict(response.json())

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
) -> Response[Error | PricingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    product_id: str | Unset = UNSET,
) -> Response[Error | PricingList]:
    """List Pricing

     Paginated list of pricing configurations (offset pagination with hasMore and total); productId
    narrows the list to one product's pricing configurations.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        product_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PricingList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    product_id: str | Unset = UNSET,
) -> Error | PricingList | None:
    """List Pricing

     Paginated list of pricing configurations (offset pagination with hasMore and total); productId
    narrows the list to one product's pricing configurations.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        product_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PricingList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        product_id=product_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    product_id: str | Unset = UNSET,
) -> Response[Error | PricingList]:
    """List Pricing

     Paginated list of pricing configurations (offset pagination with hasMore and total); productId
    narrows the list to one product's pricing configurations.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        product_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PricingList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    product_id: str | Unset = UNSET,
) -> Error | PricingList | None:
    """List Pricing

     Paginated list of pricing configurations (offset pagination with hasMore and total); productId
    narrows the list to one product's pricing configurations.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        product_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PricingList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            product_id=product_id,
        )
    ).parsed
