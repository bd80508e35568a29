from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.batch_create_events_request import BatchCreateEventsRequest
from ...models.batch_create_events_response import BatchCreateEventsResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    *,
    body: BatchCreateEventsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCreateEventsResponse | Error | None:
    if response.status_code == 200:
        response_200 = BatchCreateEventsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BatchCreateEventsResponse.from_dict(response.json())

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
) -> Response[BatchCreateEventsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateEventsRequest,
) -> Response[BatchCreateEventsResponse | Error]:
    """Batch Create Events

     Ingest many usage events (at most 10,000) in one request. A batch may mix customerId-identified and
    externalCustomerId-identified events, and idempotencyKey is optional per event. Split larger volumes
    into several requests (the Bulk Event Ingestion guide uses 5,000 per batch for margin), derive
    idempotency keys from source rows (e.g. sync_{row_id}) so retries create no duplicates, retry 5xx
    and 429 with exponential backoff and do not retry 4xx validation errors. Whether an invalid item
    rejects the whole batch was not seen. The response carries no per-event idempotency keys.

    Args:
        body (BatchCreateEventsRequest): Up to 10,000 events to ingest in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateEventsResponse | Error]
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
    body: BatchCreateEventsRequest,
) -> BatchCreateEventsResponse | Error | None:
    """Batch Create Events

     Ingest many usage events (at most 10,000) in one request. A batch may mix customerId-identified and
    externalCustomerId-identified events, and idempotencyKey is optional per event. Split larger volumes
    into several requests (the Bulk Event Ingestion guide uses 5,000 per batch for margin), derive
    idempotency keys from source rows (e.g. sync_{row_id}) so retries create no duplicates, retry 5xx
    and 429 with exponential backoff and do not retry 4xx validation errors. Whether an invalid item
    rejects the whole batch was not seen. The response carries no per-event idempotency keys.

    Args:
        body (BatchCreateEventsRequest): Up to 10,000 events to ingest in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateEventsResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateEventsRequest,
) -> Response[BatchCreateEventsResponse | Error]:
    """Batch Create Events

     Ingest many usage events (at most 10,000) in one request. A batch may mix customerId-identified and
    externalCustomerId-identified events, and idempotencyKey is optional per event. Split larger volumes
    into several requests (the Bulk Event Ingestion guide uses 5,000 per batch for margin), derive
    idempotency keys from source rows (e.g. sync_{row_id}) so retries create no duplicates, retry 5xx
    and 429 with exponential backoff and do not retry 4xx validation errors. Whether an invalid item
    rejects the whole batch was not seen. The response carries no per-event idempotency keys.

    Args:
        body (BatchCreateEventsRequest): Up to 10,000 events to ingest in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateEventsResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateEventsRequest,
) -> BatchCreateEventsResponse | Error | None:
    """Batch Create Events

     Ingest many usage events (at most 10,000) in one request. A batch may mix customerId-identified and
    externalCustomerId-identified events, and idempotencyKey is optional per event. Split larger volumes
    into several requests (the Bulk Event Ingestion guide uses 5,000 per batch for margin), derive
    idempotency keys from source rows (e.g. sync_{row_id}) so retries create no duplicates, retry 5xx
    and 429 with exponential backoff and do not retry 4xx validation errors. Whether an invalid item
    rejects the whole batch was not seen. The response carries no per-event idempotency keys.

    Args:
        body (BatchCreateEventsRequest): Up to 10,000 events to ingest in one request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateEventsResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
