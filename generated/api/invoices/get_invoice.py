from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.invoice_response import InvoiceResponse
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    invoice_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InvoiceResponse | None:
    if response.status_code == 200:
        response_200 = InvoiceResponse.from_dict(response.json())

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
) -> Response[Error | InvoiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[Error | InvoiceResponse]:
    """Get Invoice

     Retrieve a single invoice by ID. include=lineItems adds data.lineItems (fixed and metered lines with
    amounts in integer cents and as decimal strings, and their service periods).

    Args:
        invoice_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceResponse]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Error | InvoiceResponse | None:
    """Get Invoice

     Retrieve a single invoice by ID. include=lineItems adds data.lineItems (fixed and metered lines with
    amounts in integer cents and as decimal strings, and their service periods).

    Args:
        invoice_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceResponse
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[Error | InvoiceResponse]:
    """Get Invoice

     Retrieve a single invoice by ID. include=lineItems adds data.lineItems (fixed and metered lines with
    amounts in integer cents and as decimal strings, and their service periods).

    Args:
        invoice_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceResponse]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Error | InvoiceResponse | None:
    """Get Invoice

     Retrieve a single invoice by ID. include=lineItems adds data.lineItems (fixed and metered lines with
    amounts in integer cents and as decimal strings, and their service periods).

    Args:
        invoice_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceResponse
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            include=include,
        )
    ).parsed
