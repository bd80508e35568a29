from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.meter_response import MeterResponse
from typing import cast


def _get_kwargs(
    meter_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/meters/{meter_id}".format(
            meter_id=quote(str(meter_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MeterResponse | None:
    if response.status_code == 200:
        response_200 = MeterResponse.from_dict(response.json())

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
) -> Response[Error | MeterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meter_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MeterResponse]:
    """Get Meter

     Retrieve one meter by its id. This page was never captured: method, path, scope and response are
    inferred from the docs index line ("Retrieve a meter by ID") and the sibling meter pages.

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeterResponse]
    """

    kwargs = _get_kwargs(
        meter_id=meter_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meter_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MeterResponse | None:
    """Get Meter

     Retrieve one meter by its id. This page was never captured: method, path, scope and response are
    inferred from the docs index line ("Retrieve a meter by ID") and the sibling meter pages.

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeterResponse
    """

    return sync_detailed(
        meter_id=meter_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meter_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MeterResponse]:
    """Get Meter

     Retrieve one meter by its id. This page was never captured: method, path, scope and response are
    inferred from the docs index line ("Retrieve a meter by ID") and the sibling meter pages.

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeterResponse]
    """

    kwargs = _get_kwargs(
        meter_id=meter_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meter_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MeterResponse | None:
    """Get Meter

     Retrieve one meter by its id. This page was never captured: method, path, scope and response are
    inferred from the docs index line ("Retrieve a meter by ID") and the sibling meter pages.

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeterResponse
    """

    return (
        await asyncio_detailed(
            meter_id=meter_id,
            client=client,
        )
    ).parsed
