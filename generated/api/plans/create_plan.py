from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_plan_request import CreatePlanRequest
from ...models.error import Error
from ...models.plan_response import PlanResponse
from typing import cast


def _get_kwargs(
    *,
    body: CreatePlanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PlanResponse | None:
    if response.status_code == 200:
        response_200 = PlanResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PlanResponse.from_dict(response.json())

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
) -> Response[Error | PlanResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePlanRequest,
) -> Response[Error | PlanResponse]:
    """Create Plan

     Create a plan that bundles pricing configurations (docs index wording). The reference page was never
    captured: method, path, scope, body and response are inferred. The body fields come from
    concepts/plans (name, planCode, currency, billingFrequency, basePrice, pricingIds, status) and the
    plan defaults that create-contract says a contract can override (netTerms, creditGrantCents). The
    concepts page marks name, planCode, currency and billingFrequency as required, but its freemium
    example omits currency and billingFrequency, so nothing is required here. guides/auto-pay mentions a
    plan-level billing mode ("Auto-charge via Stripe" / "Invoice & collect via Monk", forcing Net 0)
    whose API field name was never seen. Pricing configurations are created first with POST /v1/pricing.

    Args:
        body (CreatePlanRequest): Body of Create Plan (never seen). Fields from concepts/plans and
            create-contract's plan defaults; nothing is required (concepts/plans marks name, planCode,
            currency and billingFrequency as required, but its freemium example omits currency and
            billingFrequency). Unknown keys are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlanResponse]
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
    body: CreatePlanRequest,
) -> Error | PlanResponse | None:
    """Create Plan

     Create a plan that bundles pricing configurations (docs index wording). The reference page was never
    captured: method, path, scope, body and response are inferred. The body fields come from
    concepts/plans (name, planCode, currency, billingFrequency, basePrice, pricingIds, status) and the
    plan defaults that create-contract says a contract can override (netTerms, creditGrantCents). The
    concepts page marks name, planCode, currency and billingFrequency as required, but its freemium
    example omits currency and billingFrequency, so nothing is required here. guides/auto-pay mentions a
    plan-level billing mode ("Auto-charge via Stripe" / "Invoice & collect via Monk", forcing Net 0)
    whose API field name was never seen. Pricing configurations are created first with POST /v1/pricing.

    Args:
        body (CreatePlanRequest): Body of Create Plan (never seen). Fields from concepts/plans and
            create-contract's plan defaults; nothing is required (concepts/plans marks name, planCode,
            currency and billingFrequency as required, but its freemium example omits currency and
            billingFrequency). Unknown keys are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlanResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePlanRequest,
) -> Response[Error | PlanResponse]:
    """Create Plan

     Create a plan that bundles pricing configurations (docs index wording). The reference page was never
    captured: method, path, scope, body and response are inferred. The body fields come from
    concepts/plans (name, planCode, currency, billingFrequency, basePrice, pricingIds, status) and the
    plan defaults that create-contract says a contract can override (netTerms, creditGrantCents). The
    concepts page marks name, planCode, currency and billingFrequency as required, but its freemium
    example omits currency and billingFrequency, so nothing is required here. guides/auto-pay mentions a
    plan-level billing mode ("Auto-charge via Stripe" / "Invoice & collect via Monk", forcing Net 0)
    whose API field name was never seen. Pricing configurations are created first with POST /v1/pricing.

    Args:
        body (CreatePlanRequest): Body of Create Plan (never seen). Fields from concepts/plans and
            create-contract's plan defaults; nothing is required (concepts/plans marks name, planCode,
            currency and billingFrequency as required, but its freemium example omits currency and
            billingFrequency). Unknown keys are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlanResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePlanRequest,
) -> Error | PlanResponse | None:
    """Create Plan

     Create a plan that bundles pricing configurations (docs index wording). The reference page was never
    captured: method, path, scope, body and response are inferred. The body fields come from
    concepts/plans (name, planCode, currency, billingFrequency, basePrice, pricingIds, status) and the
    plan defaults that create-contract says a contract can override (netTerms, creditGrantCents). The
    concepts page marks name, planCode, currency and billingFrequency as required, but its freemium
    example omits currency and billingFrequency, so nothing is required here. guides/auto-pay mentions a
    plan-level billing mode ("Auto-charge via Stripe" / "Invoice & collect via Monk", forcing Net 0)
    whose API field name was never seen. Pricing configurations are created first with POST /v1/pricing.

    Args:
        body (CreatePlanRequest): Body of Create Plan (never seen). Fields from concepts/plans and
            create-contract's plan defaults; nothing is required (concepts/plans marks name, planCode,
            currency and billingFrequency as required, but its freemium example omits currency and
            billingFrequency). Unknown keys are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlanResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
