from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.event_list import EventList
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    event_name: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["eventName"] = event_name

    params["customerId"] = customer_id

    params["start"] = start

    params["end"] = end

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EventList | None:
    if response.status_code == 200:
        response_200 = EventList.from_dict(response.json())

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
) -> Response[Error | EventList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_name: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | EventList]:
    """List Events

     Paginated list of ingested usage events with optional filters (event name, customer, time range).
    Offset pagination: request pages with limit and offset and stop when hasMore is false. The reference
    page was never captured; everything here is inferred from the Rust SDK's list_events() builder and
    response type.

    Args:
        event_name (str | Unset):
        customer_id (str | Unset):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventList]
    """

    kwargs = _get_kwargs(
        event_name=event_name,
        customer_id=customer_id,
        start=start,
        end=end,
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
    event_name: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | EventList | None:
    """List Events

     Paginated list of ingested usage events with optional filters (event name, customer, time range).
    Offset pagination: request pages with limit and offset and stop when hasMore is false. The reference
    page was never captured; everything here is inferred from the Rust SDK's list_events() builder and
    response type.

    Args:
        event_name (str | Unset):
        customer_id (str | Unset):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventList
    """

    return sync_detailed(
        client=client,
        event_name=event_name,
        customer_id=customer_id,
        start=start,
        end=end,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event_name: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | EventList]:
    """List Events

     Paginated list of ingested usage events with optional filters (event name, customer, time range).
    Offset pagination: request pages with limit and offset and stop when hasMore is false. The reference
    page was never captured; everything here is inferred from the Rust SDK's list_events() builder and
    response type.

    Args:
        event_name (str | Unset):
        customer_id (str | Unset):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventList]
    """

    kwargs = _get_kwargs(
        event_name=event_name,
        customer_id=customer_id,
        start=start,
        end=end,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event_name: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | EventList | None:
    """List Events

     Paginated list of ingested usage events with optional filters (event name, customer, time range).
    Offset pagination: request pages with limit and offset and stop when hasMore is false. The reference
    page was never captured; everything here is inferred from the Rust SDK's list_events() builder and
    response type.

    Args:
        event_name (str | Unset):
        customer_id (str | Unset):
        start (str | Unset):
        end (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventList
    """

    return (
        await asyncio_detailed(
            client=client,
            event_name=event_name,
            customer_id=customer_id,
            start=start,
            end=end,
            limit=limit,
            offset=offset,
        )
    ).parsed
