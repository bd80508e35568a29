from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.change_plan_request import ChangePlanRequest
from ...models.error import Error
from ...models.plan_change_response import PlanChangeResponse
from typing import cast


def _get_kwargs(
    contract_id: str,
    *,
    body: ChangePlanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/contracts/{contract_id}/change-plan".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PlanChangeResponse | None:
    if response.status_code == 200:
        response_200 = PlanChangeResponse.from_dict(response.json())

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
) -> Response[Error | PlanChangeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePlanRequest,
) -> Response[Error | PlanChangeResponse]:
    """Change Plan

     Schedule a switch of an existing contract to a different plan (immediately, at the end of the
    period, or on a requested date). The documentation marks this endpoint as coming soon and not yet
    available.

    Args:
        contract_id (str):
        body (ChangePlanRequest): Body of Change Plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlanChangeResponse]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePlanRequest,
) -> Error | PlanChangeResponse | None:
    """Change Plan

     Schedule a switch of an existing contract to a different plan (immediately, at the end of the
    period, or on a requested date). The documentation marks this endpoint as coming soon and not yet
    available.

    Args:
        contract_id (str):
        body (ChangePlanRequest): Body of Change Plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlanChangeResponse
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePlanRequest,
) -> Response[Error | PlanChangeResponse]:
    """Change Plan

     Schedule a switch of an existing contract to a different plan (immediately, at the end of the
    period, or on a requested date). The documentation marks this endpoint as coming soon and not yet
    available.

    Args:
        contract_id (str):
        body (ChangePlanRequest): Body of Change Plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlanChangeResponse]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePlanRequest,
) -> Error | PlanChangeResponse | None:
    """Change Plan

     Schedule a switch of an existing contract to a different plan (immediately, at the end of the
    period, or on a requested date). The documentation marks this endpoint as coming soon and not yet
    available.

    Args:
        contract_id (str):
        body (ChangePlanRequest): Body of Change Plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlanChangeResponse
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
