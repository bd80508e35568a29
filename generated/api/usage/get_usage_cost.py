from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.get_usage_cost_request import GetUsageCostRequest
from ...models.usage_cost_response import UsageCostResponse
from typing import cast


def _get_kwargs(
    *,
    body: GetUsageCostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/usage/cost",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UsageCostResponse | None:
    if response.status_code == 200:
        response_200 = UsageCostResponse.from_dict(response.json())

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
) -> Response[Error | UsageCostResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUsageCostRequest,
) -> Response[Error | UsageCostResponse]:
    """Get Usage Cost

     Compute the real cost of a customer's stored usage events over a date range (start inclusive, end
    exclusive), returned as one total in USD or in credits. At least one of customerId,
    externalCustomerId or contractId is required. With contractId the contract's own pricing items are
    used (matching invoice generation exactly) and the customer and dates are taken from the contract
    (start = effective date, end = termination date, or today for rolling contracts); explicit
    startDate/endDate override them, and a customerId sent along must be the contract's owner. Without
    contractId the org-level rate cards (list pricing) are used. Meters are matched to events by their
    eventTypeFilter; eventNames narrows the meters queried (all active meters when omitted) and each
    propertyFilters entry adds one condition on event properties. unit=credits converts the USD total to
    credits at the rate of the customer's most recent credit grant, falling back to currency when no
    grant has a credit rate. Response dates carry millisecond precision.

    Args:
        body (GetUsageCostRequest): What to price: a customer (customerId or externalCustomerId)
            and/or a contract, a date range, and optional meter and property filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsageCostResponse]
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
    body: GetUsageCostRequest,
) -> Error | UsageCostResponse | None:
    """Get Usage Cost

     Compute the real cost of a customer's stored usage events over a date range (start inclusive, end
    exclusive), returned as one total in USD or in credits. At least one of customerId,
    externalCustomerId or contractId is required. With contractId the contract's own pricing items are
    used (matching invoice generation exactly) and the customer and dates are taken from the contract
    (start = effective date, end = termination date, or today for rolling contracts); explicit
    startDate/endDate override them, and a customerId sent along must be the contract's owner. Without
    contractId the org-level rate cards (list pricing) are used. Meters are matched to events by their
    eventTypeFilter; eventNames narrows the meters queried (all active meters when omitted) and each
    propertyFilters entry adds one condition on event properties. unit=credits converts the USD total to
    credits at the rate of the customer's most recent credit grant, falling back to currency when no
    grant has a credit rate. Response dates carry millisecond precision.

    Args:
        body (GetUsageCostRequest): What to price: a customer (customerId or externalCustomerId)
            and/or a contract, a date range, and optional meter and property filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsageCostResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUsageCostRequest,
) -> Response[Error | UsageCostResponse]:
    """Get Usage Cost

     Compute the real cost of a customer's stored usage events over a date range (start inclusive, end
    exclusive), returned as one total in USD or in credits. At least one of customerId,
    externalCustomerId or contractId is required. With contractId the contract's own pricing items are
    used (matching invoice generation exactly) and the customer and dates are taken from the contract
    (start = effective date, end = termination date, or today for rolling contracts); explicit
    startDate/endDate override them, and a customerId sent along must be the contract's owner. Without
    contractId the org-level rate cards (list pricing) are used. Meters are matched to events by their
    eventTypeFilter; eventNames narrows the meters queried (all active meters when omitted) and each
    propertyFilters entry adds one condition on event properties. unit=credits converts the USD total to
    credits at the rate of the customer's most recent credit grant, falling back to currency when no
    grant has a credit rate. Response dates carry millisecond precision.

    Args:
        body (GetUsageCostRequest): What to price: a customer (customerId or externalCustomerId)
            and/or a contract, a date range, and optional meter and property filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UsageCostResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetUsageCostRequest,
) -> Error | UsageCostResponse | None:
    """Get Usage Cost

     Compute the real cost of a customer's stored usage events over a date range (start inclusive, end
    exclusive), returned as one total in USD or in credits. At least one of customerId,
    externalCustomerId or contractId is required. With contractId the contract's own pricing items are
    used (matching invoice generation exactly) and the customer and dates are taken from the contract
    (start = effective date, end = termination date, or today for rolling contracts); explicit
    startDate/endDate override them, and a customerId sent along must be the contract's owner. Without
    contractId the org-level rate cards (list pricing) are used. Meters are matched to events by their
    eventTypeFilter; eventNames narrows the meters queried (all active meters when omitted) and each
    propertyFilters entry adds one condition on event properties. unit=credits converts the USD total to
    credits at the rate of the customer's most recent credit grant, falling back to currency when no
    grant has a credit rate. Response dates carry millisecond precision.

    Args:
        body (GetUsageCostRequest): What to price: a customer (customerId or externalCustomerId)
            and/or a contract, a date range, and optional meter and property filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UsageCostResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
