from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credit_budget_deletion_response import CreditBudgetDeletionResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    contract_id: str,
    index: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/contracts/{contract_id}/budgets/{index}".format(
            contract_id=quote(str(contract_id), safe=""),
            index=quote(str(index), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditBudgetDeletionResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreditBudgetDeletionResponse.from_dict(response.json())

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
) -> Response[CreditBudgetDeletionResponse | Error]:
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
) -> Response[CreditBudgetDeletionResponse | Error]:
    """Delete Credit Budget

     Remove one credit budget (addressed by its array position) from a contract; the removed budget is
    returned under data.removed. Removing a budget presumably shifts the indices of later budgets (not
    stated).

    Args:
        contract_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBudgetDeletionResponse | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        index=index,
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
) -> CreditBudgetDeletionResponse | Error | None:
    """Delete Credit Budget

     Remove one credit budget (addressed by its array position) from a contract; the removed budget is
    returned under data.removed. Removing a budget presumably shifts the indices of later budgets (not
    stated).

    Args:
        contract_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBudgetDeletionResponse | Error
    """

    return sync_detailed(
        contract_id=contract_id,
        index=index,
        client=client,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditBudgetDeletionResponse | Error]:
    """Delete Credit Budget

     Remove one credit budget (addressed by its array position) from a contract; the removed budget is
    returned under data.removed. Removing a budget presumably shifts the indices of later budgets (not
    stated).

    Args:
        contract_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBudgetDeletionResponse | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        index=index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
) -> CreditBudgetDeletionResponse | Error | None:
    """Delete Credit Budget

     Remove one credit budget (addressed by its array position) from a contract; the removed budget is
    returned under data.removed. Removing a budget presumably shifts the indices of later budgets (not
    stated).

    Args:
        contract_id (str):
        index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBudgetDeletionResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            index=index,
            client=client,
        )
    ).parsed
