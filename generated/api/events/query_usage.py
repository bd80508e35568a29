from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.usage_query_result import UsageQueryResult
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    start: str,
    end: str,
    event_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["eventName"] = event_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UsageQueryResult | None:
    if response.status_code == 200:
        response_200 = UsageQueryResult.from_dict(response.json())

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
) -> Response[Error | UsageQueryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_name: str | Unset = UNSET,
) -> Response[Error | UsageQueryResult]:
    """Query Usage

     Aggregated event counts for a date range, optionally for one event name, with a daily (or bucketed)
    breakdown. Known only from the Rust SDK's query_usage(start, end) call; the HTTP method, path,
    parameter and field wire names were never seen.

    Args:
        start (str):
        end (str):
        event_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsageQueryResult]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        event_name=event_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_name: str | Unset = UNSET,
) -> Error | UsageQueryResult | None:
    """Query Usage

     Aggregated event counts for a date range, optionally for one event name, with a daily (or bucketed)
    breakdown. Known only from the Rust SDK's query_usage(start, end) call; the HTTP method, path,
    parameter and field wire names were never seen.

    Args:
        start (str):
        end (str):
        event_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsageQueryResult
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        event_name=event_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_name: str | Unset = UNSET,
) -> Response[Error | UsageQueryResult]:
    """Query Usage

     Aggregated event counts for a date range, optionally for one event name, with a daily (or bucketed)
    breakdown. Known only from the Rust SDK's query_usage(start, end) call; the HTTP method, path,
    parameter and field wire names were never seen.

    Args:
        start (str):
        end (str):
        event_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsageQueryResult]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        event_name=event_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str,
    end: str,
    event_name: str | Unset = UNSET,
) -> Error | UsageQueryResult | None:
    """Query Usage

     Aggregated event counts for a date range, optionally for one event name, with a daily (or bucketed)
    breakdown. Known only from the Rust SDK's query_usage(start, end) call; the HTTP method, path,
    parameter and field wire names were never seen.

    Args:
        start (str):
        end (str):
        event_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsageQueryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            event_name=event_name,
        )
    ).parsed
