from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.pricing_estimate import PricingEstimate
from ...models.pricing_estimate_request import PricingEstimateRequest
from typing import cast


def _get_kwargs(
    *,
    body: PricingEstimateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pricing/estimate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PricingEstimate | None:
    if response.status_code == 200:
        response_200 = PricingEstimate.from_dict(response.json())

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
) -> Response[Error | PricingEstimate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PricingEstimateRequest,
) -> Response[Error | PricingEstimate]:
    """Estimate Event Pricing

     Stateless cost estimate for the events in the request (nothing is ingested or stored), priced with
    the organization-level rate cards (not contract-specific pricing) and broken down per event and per
    meter. Events are matched to meters by the meter's eventTypeFilter.include, quantities come from the
    meter's aggregationKey and dimensional rates are chosen by groupKeys (inferred from the page's code
    words). Meters with no matching event are left out. Without creditRateCents, unit is "currency" and
    currency is "USD"; with it, all amounts are in credits, unit is "credits", creditRateCents is echoed
    and currency is absent. Batch up to 500 events per call; rate limit 100 requests per minute per IP.
    Runs on the main API host, not the events host. To price stored events use POST /v1/usage/cost.

    Args:
        body (PricingEstimateRequest): Body of Estimate Event Pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PricingEstimate]
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
    body: PricingEstimateRequest,
) -> Error | PricingEstimate | None:
    """Estimate Event Pricing

     Stateless cost estimate for the events in the request (nothing is ingested or stored), priced with
    the organization-level rate cards (not contract-specific pricing) and broken down per event and per
    meter. Events are matched to meters by the meter's eventTypeFilter.include, quantities come from the
    meter's aggregationKey and dimensional rates are chosen by groupKeys (inferred from the page's code
    words). Meters with no matching event are left out. Without creditRateCents, unit is "currency" and
    currency is "USD"; with it, all amounts are in credits, unit is "credits", creditRateCents is echoed
    and currency is absent. Batch up to 500 events per call; rate limit 100 requests per minute per IP.
    Runs on the main API host, not the events host. To price stored events use POST /v1/usage/cost.

    Args:
        body (PricingEstimateRequest): Body of Estimate Event Pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PricingEstimate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PricingEstimateRequest,
) -> Response[Error | PricingEstimate]:
    """Estimate Event Pricing

     Stateless cost estimate for the events in the request (nothing is ingested or stored), priced with
    the organization-level rate cards (not contract-specific pricing) and broken down per event and per
    meter. Events are matched to meters by the meter's eventTypeFilter.include, quantities come from the
    meter's aggregationKey and dimensional rates are chosen by groupKeys (inferred from the page's code
    words). Meters with no matching event are left out. Without creditRateCents, unit is "currency" and
    currency is "USD"; with it, all amounts are in credits, unit is "credits", creditRateCents is echoed
    and currency is absent. Batch up to 500 events per call; rate limit 100 requests per minute per IP.
    Runs on the main API host, not the events host. To price stored events use POST /v1/usage/cost.

    Args:
        body (PricingEstimateRequest): Body of Estimate Event Pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PricingEstimate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PricingEstimateRequest,
) -> Error | PricingEstimate | None:
    """Estimate Event Pricing

     Stateless cost estimate for the events in the request (nothing is ingested or stored), priced with
    the organization-level rate cards (not contract-specific pricing) and broken down per event and per
    meter. Events are matched to meters by the meter's eventTypeFilter.include, quantities come from the
    meter's aggregationKey and dimensional rates are chosen by groupKeys (inferred from the page's code
    words). Meters with no matching event are left out. Without creditRateCents, unit is "currency" and
    currency is "USD"; with it, all amounts are in credits, unit is "credits", creditRateCents is echoed
    and currency is absent. Batch up to 500 events per call; rate limit 100 requests per minute per IP.
    Runs on the main API host, not the events host. To price stored events use POST /v1/usage/cost.

    Args:
        body (PricingEstimateRequest): Body of Estimate Event Pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PricingEstimate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
