from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.archive_meter_response import ArchiveMeterResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    meter_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/meters/{meter_id}".format(
            meter_id=quote(str(meter_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchiveMeterResponse | Error | None:
    if response.status_code == 200:
        response_200 = ArchiveMeterResponse.from_dict(response.json())

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
) -> Response[ArchiveMeterResponse | Error]:
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
) -> Response[ArchiveMeterResponse | Error]:
    """Archive Meter

     Archive (soft-delete) a meter. The meter may not be linked to any active pricing (the error for that
    case is not documented). Historical usage data is kept and the meter's code is freed for reuse by a
    new meter. Archived meters presumably show as status `inactive` in List Meters (inferred).

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveMeterResponse | Error]
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
) -> ArchiveMeterResponse | Error | None:
    """Archive Meter

     Archive (soft-delete) a meter. The meter may not be linked to any active pricing (the error for that
    case is not documented). Historical usage data is kept and the meter's code is freed for reuse by a
    new meter. Archived meters presumably show as status `inactive` in List Meters (inferred).

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveMeterResponse | Error
    """

    return sync_detailed(
        meter_id=meter_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meter_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ArchiveMeterResponse | Error]:
    """Archive Meter

     Archive (soft-delete) a meter. The meter may not be linked to any active pricing (the error for that
    case is not documented). Historical usage data is kept and the meter's code is freed for reuse by a
    new meter. Archived meters presumably show as status `inactive` in List Meters (inferred).

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveMeterResponse | Error]
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
) -> ArchiveMeterResponse | Error | None:
    """Archive Meter

     Archive (soft-delete) a meter. The meter may not be linked to any active pricing (the error for that
    case is not documented). Historical usage data is kept and the meter's code is freed for reuse by a
    new meter. Archived meters presumably show as status `inactive` in List Meters (inferred).

    Args:
        meter_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveMeterResponse | Error
    """

    return (
        await asyncio_detailed(
            meter_id=meter_id,
            client=client,
        )
    ).parsed
