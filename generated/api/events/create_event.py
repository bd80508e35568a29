from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_event_request import CreateEventRequest
from ...models.create_event_response import CreateEventResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    *,
    body: CreateEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateEventResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateEventResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = CreateEventResponse.from_dict(response.json())

        return response_202

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
) -> Response[CreateEventResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest,
) -> Response[CreateEventResponse | Error]:
    """Create Event

     Ingest one usage event for metered billing. The event is accepted immediately and processed
    asynchronously. Send exactly one of customerId (Monk customer UUID) or externalCustomerId (your own
    identifier). When idempotencyKey is omitted a UUID is generated and returned; re-sending the same
    key is always safe and the latest version of the event becomes the one billing uses (last write
    wins). timestamp defaults to now and may not be more than 1 hour in the future. The Events API is
    exempt from rate limiting.

    Args:
        body (CreateEventRequest): One usage event. eventName is required; send exactly one of
            customerId or externalCustomerId (the Rust SDK rejects neither or both before sending; the
            API's error for that case was not seen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEventResponse | Error]
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
    body: CreateEventRequest,
) -> CreateEventResponse | Error | None:
    """Create Event

     Ingest one usage event for metered billing. The event is accepted immediately and processed
    asynchronously. Send exactly one of customerId (Monk customer UUID) or externalCustomerId (your own
    identifier). When idempotencyKey is omitted a UUID is generated and returned; re-sending the same
    key is always safe and the latest version of the event becomes the one billing uses (last write
    wins). timestamp defaults to now and may not be more than 1 hour in the future. The Events API is
    exempt from rate limiting.

    Args:
        body (CreateEventRequest): One usage event. eventName is required; send exactly one of
            customerId or externalCustomerId (the Rust SDK rejects neither or both before sending; the
            API's error for that case was not seen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEventResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest,
) -> Response[CreateEventResponse | Error]:
    """Create Event

     Ingest one usage event for metered billing. The event is accepted immediately and processed
    asynchronously. Send exactly one of customerId (Monk customer UUID) or externalCustomerId (your own
    identifier). When idempotencyKey is omitted a UUID is generated and returned; re-sending the same
    key is always safe and the latest version of the event becomes the one billing uses (last write
    wins). timestamp defaults to now and may not be more than 1 hour in the future. The Events API is
    exempt from rate limiting.

    Args:
        body (CreateEventRequest): One usage event. eventName is required; send exactly one of
            customerId or externalCustomerId (the Rust SDK rejects neither or both before sending; the
            API's error for that case was not seen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEventResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest,
) -> CreateEventResponse | Error | None:
    """Create Event

     Ingest one usage event for metered billing. The event is accepted immediately and processed
    asynchronously. Send exactly one of customerId (Monk customer UUID) or externalCustomerId (your own
    identifier). When idempotencyKey is omitted a UUID is generated and returned; re-sending the same
    key is always safe and the latest version of the event becomes the one billing uses (last write
    wins). timestamp defaults to now and may not be more than 1 hour in the future. The Events API is
    exempt from rate limiting.

    Args:
        body (CreateEventRequest): One usage event. eventName is required; send exactly one of
            customerId or externalCustomerId (the Rust SDK rejects neither or both before sending; the
            API's error for that case was not seen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEventResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
