from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_credit_budget_request import CreateCreditBudgetRequest
from ...models.credit_budget_response import CreditBudgetResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    contract_id: str,
    *,
    body: CreateCreditBudgetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/contracts/{contract_id}/budgets".format(
            contract_id=quote(str(contract_id), safe=""),
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

    if response.status_code == 201:
        response_201 = CreditBudgetResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateCreditBudgetRequest,
) -> Response[CreditBudgetResponse | Error]:
    """Create Credit Budget

     Add a per-dimension spending cap (credit budget) to a contract's credit wallet. For a credit-based
    wallet (walletMode credits) set maxCredits; for a dollar-based wallet (walletMode dollars) set
    maxCreditsCents (List Credit Budgets tells the wallet mode). A duplicate (eventPropertyKey,
    eventPropertyValue) pair returns 409 Conflict. Budgets are addressed afterwards by their array
    index.

    Args:
        contract_id (str):
        body (CreateCreditBudgetRequest): Body of Create Credit Budget. Set maxCredits for a
            credits-mode wallet, maxCreditsCents for a dollars-mode wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBudgetResponse | Error]
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
    body: CreateCreditBudgetRequest,
) -> CreditBudgetResponse | Error | None:
    """Create Credit Budget

     Add a per-dimension spending cap (credit budget) to a contract's credit wallet. For a credit-based
    wallet (walletMode credits) set maxCredits; for a dollar-based wallet (walletMode dollars) set
    maxCreditsCents (List Credit Budgets tells the wallet mode). A duplicate (eventPropertyKey,
    eventPropertyValue) pair returns 409 Conflict. Budgets are addressed afterwards by their array
    index.

    Args:
        contract_id (str):
        body (CreateCreditBudgetRequest): Body of Create Credit Budget. Set maxCredits for a
            credits-mode wallet, maxCreditsCents for a dollars-mode wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBudgetResponse | Error
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
    body: CreateCreditBudgetRequest,
) -> Response[CreditBudgetResponse | Error]:
    """Create Credit Budget

     Add a per-dimension spending cap (credit budget) to a contract's credit wallet. For a credit-based
    wallet (walletMode credits) set maxCredits; for a dollar-based wallet (walletMode dollars) set
    maxCreditsCents (List Credit Budgets tells the wallet mode). A duplicate (eventPropertyKey,
    eventPropertyValue) pair returns 409 Conflict. Budgets are addressed afterwards by their array
    index.

    Args:
        contract_id (str):
        body (CreateCreditBudgetRequest): Body of Create Credit Budget. Set maxCredits for a
            credits-mode wallet, maxCreditsCents for a dollars-mode wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBudgetResponse | Error]
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
    body: CreateCreditBudgetRequest,
) -> CreditBudgetResponse | Error | None:
    """Create Credit Budget

     Add a per-dimension spending cap (credit budget) to a contract's credit wallet. For a credit-based
    wallet (walletMode credits) set maxCredits; for a dollar-based wallet (walletMode dollars) set
    maxCreditsCents (List Credit Budgets tells the wallet mode). A duplicate (eventPropertyKey,
    eventPropertyValue) pair returns 409 Conflict. Budgets are addressed afterwards by their array
    index.

    Args:
        contract_id (str):
        body (CreateCreditBudgetRequest): Body of Create Credit Budget. Set maxCredits for a
            credits-mode wallet, maxCreditsCents for a dollars-mode wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBudgetResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
