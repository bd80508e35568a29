from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credit_budget_response import CreditBudgetResponse
from ...models.error import Error
from ...models.update_credit_budget_request import UpdateCreditBudgetRequest
from typing import cast


def _get_kwargs(
    contract_id: str,
    index: int,
    *,
    body: UpdateCreditBudgetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/contracts/{contract_id}/budgets/{index}".format(
            contract_id=quote(str(contract_id), safe=""),
            index=quote(str(index), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditBudgetResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreditBudgetResponse.from_dict(response.json())

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
) -> Response[CreditBudgetResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCreditBudgetRequest,
) -> Response[CreditBudgetResponse | Error]:
    """Update Credit Budget

     Partially update one credit budget, addressed by its array index as returned by List Credit Budgets;
    omitted fields stay unchanged (eventPropertyKey and eventPropertyValue cannot be changed). Changing
    maxCredits or maxCreditsCents resets the budget's alert state, so the credit.budget.exhausted
    webhook can fire again at the new cap.

    Args:
        contract_id (str):
        index (int):
        body (UpdateCreditBudgetRequest): Body of Update Credit Budget; all fields optional, only
            supplied fields change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBudgetResponse | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        index=index,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCreditBudgetRequest,
) -> CreditBudgetResponse | Error | None:
    """Update Credit Budget

     Partially update one credit budget, addressed by its array index as returned by List Credit Budgets;
    omitted fields stay unchanged (eventPropertyKey and eventPropertyValue cannot be changed). Changing
    maxCredits or maxCreditsCents resets the budget's alert state, so the credit.budget.exhausted
    webhook can fire again at the new cap.

    Args:
        contract_id (str):
        index (int):
        body (UpdateCreditBudgetRequest): Body of Update Credit Budget; all fields optional, only
            supplied fields change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBudgetResponse | Error
    """

    return sync_detailed(
        contract_id=contract_id,
        index=index,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCreditBudgetRequest,
) -> Response[CreditBudgetResponse | Error]:
    """Update Credit Budget

     Partially update one credit budget, addressed by its array index as returned by List Credit Budgets;
    omitted fields stay unchanged (eventPropertyKey and eventPropertyValue cannot be changed). Changing
    maxCredits or maxCreditsCents resets the budget's alert state, so the credit.budget.exhausted
    webhook can fire again at the new cap.

    Args:
        contract_id (str):
        index (int):
        body (UpdateCreditBudgetRequest): Body of Update Credit Budget; all fields optional, only
            supplied fields change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBudgetResponse | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        index=index,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCreditBudgetRequest,
) -> CreditBudgetResponse | Error | None:
    """Update Credit Budget

     Partially update one credit budget, addressed by its array index as returned by List Credit Budgets;
    omitted fields stay unchanged (eventPropertyKey and eventPropertyValue cannot be changed). Changing
    maxCredits or maxCreditsCents resets the budget's alert state, so the credit.budget.exhausted
    webhook can fire again at the new cap.

    Args:
        contract_id (str):
        index (int):
        body (UpdateCreditBudgetRequest): Body of Update Credit Budget; all fields optional, only
            supplied fields change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBudgetResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            index=index,
            client=client,
            body=body,
        )
    ).parsed
