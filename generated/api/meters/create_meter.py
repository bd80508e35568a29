from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_meter_request import CreateMeterRequest
from ...models.error import Error
from ...models.meter_response import MeterResponse
from typing import cast


def _get_kwargs(
    *,
    body: CreateMeterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/meters",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MeterResponse | None:
    if response.status_code == 200:
        response_200 = MeterResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = MeterResponse.from_dict(response.json())

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
) -> Response[Error | MeterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMeterRequest,
) -> Response[Error | MeterResponse]:
    """Create Meter

     Create a meter: which events count, and how they aggregate into billable usage. aggregationKey is
    required for SUM, MAX and MIN and left out for COUNT. When sql is set it overrides the structured
    fields (eventTypeFilter, propertyFilters, aggregationKey); the query must read the events table and
    return one row with a `value` column, and Monk adds organization, customer and time-range filtering
    itself.

    Args:
        body (CreateMeterRequest): Body of Create Meter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeterResponse]
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
    body: CreateMeterRequest,
) -> Error | MeterResponse | None:
    """Create Meter

     Create a meter: which events count, and how they aggregate into billable usage. aggregationKey is
    required for SUM, MAX and MIN and left out for COUNT. When sql is set it overrides the structured
    fields (eventTypeFilter, propertyFilters, aggregationKey); the query must read the events table and
    return one row with a `value` column, and Monk adds organization, customer and time-range filtering
    itself.

    Args:
        body (CreateMeterRequest): Body of Create Meter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeterResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMeterRequest,
) -> Response[Error | MeterResponse]:
    """Create Meter

     Create a meter: which events count, and how they aggregate into billable usage. aggregationKey is
    required for SUM, MAX and MIN and left out for COUNT. When sql is set it overrides the structured
    fields (eventTypeFilter, propertyFilters, aggregationKey); the query must read the events table and
    return one row with a `value` column, and Monk adds organization, customer and time-range filtering
    itself.

    Args:
        body (CreateMeterRequest): Body of Create Meter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMeterRequest,
) -> Error | MeterResponse | None:
    """Create Meter

     Create a meter: which events count, and how they aggregate into billable usage. aggregationKey is
    required for SUM, MAX and MIN and left out for COUNT. When sql is set it overrides the structured
    fields (eventTypeFilter, propertyFilters, aggregationKey); the query must read the events table and
    return one row with a `value` column, and Monk adds organization, customer and time-range filtering
    itself.

    Args:
        body (CreateMeterRequest): Body of Create Meter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
