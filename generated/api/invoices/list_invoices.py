from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.invoice_list import InvoiceList
from ...models.invoice_status import check_invoice_status
from ...models.invoice_status import InvoiceStatus
from ...types import UNSET, Unset
from typing import cast
import datetime


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    params["limit"] = limit

    params["offset"] = offset

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InvoiceList | None:
    if response.status_code == 200:
        response_200 = InvoiceList.from_dict(response.json())

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
) -> Response[Error | InvoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    include: str | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List Invoices

     Paginated list of invoices, optionally filtered by customer, status and creation date range. Offset
    pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are returned at
    the top level. include=lineItems adds the line items to each invoice.

    Args:
        customer_id (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. Two values contain a space.
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        status=status,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        offset=offset,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    include: str | Unset = UNSET,
) -> Error | InvoiceList | None:
    """List Invoices

     Paginated list of invoices, optionally filtered by customer, status and creation date range. Offset
    pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are returned at
    the top level. include=lineItems adds the line items to each invoice.

    Args:
        customer_id (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. Two values contain a space.
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        status=status,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        offset=offset,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    include: str | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List Invoices

     Paginated list of invoices, optionally filtered by customer, status and creation date range. Offset
    pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are returned at
    the top level. include=lineItems adds the line items to each invoice.

    Args:
        customer_id (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. Two values contain a space.
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        status=status,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        offset=offset,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    include: str | Unset = UNSET,
) -> Error | InvoiceList | None:
    """List Invoices

     Paginated list of invoices, optionally filtered by customer, status and creation date range. Offset
    pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are returned at
    the top level. include=lineItems adds the line items to each invoice.

    Args:
        customer_id (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. Two values contain a space.
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            status=status,
            created_after=created_after,
            created_before=created_before,
            limit=limit,
            offset=offset,
            include=include,
        )
    ).parsed
