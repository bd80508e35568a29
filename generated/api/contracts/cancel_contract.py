from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.cancel_contract_request import CancelContractRequest
from ...models.contract_cancellation_response import ContractCancellationResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    contract_id: str,
    *,
    body: CancelContractRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/contracts/{contract_id}/cancel".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractCancellationResponse | Error | None:
    if response.status_code == 200:
        response_200 = ContractCancellationResponse.from_dict(response.json())

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
) -> Response[ContractCancellationResponse | Error]:
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
    body: CancelContractRequest,
) -> Response[ContractCancellationResponse | Error]:
    """Cancel Contract

     Cancel a contract (subscription) at the end of the current billing period. The invoice for the
    current period is kept; draft invoices already generated for later periods are cancelled. Only
    end_of_period cancellation is offered.

    Args:
        contract_id (str):
        body (CancelContractRequest): Body of Cancel Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractCancellationResponse | Error]
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
    body: CancelContractRequest,
) -> ContractCancellationResponse | Error | None:
    """Cancel Contract

     Cancel a contract (subscription) at the end of the current billing period. The invoice for the
    current period is kept; draft invoices already generated for later periods are cancelled. Only
    end_of_period cancellation is offered.

    Args:
        contract_id (str):
        body (CancelContractRequest): Body of Cancel Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractCancellationResponse | Error
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
    body: CancelContractRequest,
) -> Response[ContractCancellationResponse | Error]:
    """Cancel Contract

     Cancel a contract (subscription) at the end of the current billing period. The invoice for the
    current period is kept; draft invoices already generated for later periods are cancelled. Only
    end_of_period cancellation is offered.

    Args:
        contract_id (str):
        body (CancelContractRequest): Body of Cancel Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractCancellationResponse | Error]
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
    body: CancelContractRequest,
) -> ContractCancellationResponse | Error | None:
    """Cancel Contract

     Cancel a contract (subscription) at the end of the current billing period. The invoice for the
    current period is kept; draft invoices already generated for later periods are cancelled. Only
    end_of_period cancellation is offered.

    Args:
        contract_id (str):
        body (CancelContractRequest): Body of Cancel Contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractCancellationResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
