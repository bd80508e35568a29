from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.contract_response import ContractResponse
from ...models.error import Error
from ...models.update_contract_metadata_request import UpdateContractMetadataRequest
from typing import cast


def _get_kwargs(
    contract_id: str,
    *,
    body: UpdateContractMetadataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/contracts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractResponse | Error | None:
    if response.status_code == 200:
        response_200 = ContractResponse.from_dict(response.json())

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
) -> Response[ContractResponse | Error]:
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
    body: UpdateContractMetadataRequest,
) -> Response[ContractResponse | Error]:
    """Update Contract Metadata

     Set or clear user-defined key/value metadata on a contract (e.g. CRM ids, internal tags). metadata
    is the only updatable field; null removes all custom metadata. Limits: at most 10 keys, keys at most
    40 characters, values at most 500 characters; values may be strings, numbers or booleans. Whether
    keys are merged with or replace the existing metadata is not stated.

    Args:
        contract_id (str):
        body (UpdateContractMetadataRequest): Body of Update Contract Metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractResponse | Error]
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
    body: UpdateContractMetadataRequest,
) -> ContractResponse | Error | None:
    """Update Contract Metadata

     Set or clear user-defined key/value metadata on a contract (e.g. CRM ids, internal tags). metadata
    is the only updatable field; null removes all custom metadata. Limits: at most 10 keys, keys at most
    40 characters, values at most 500 characters; values may be strings, numbers or booleans. Whether
    keys are merged with or replace the existing metadata is not stated.

    Args:
        contract_id (str):
        body (UpdateContractMetadataRequest): Body of Update Contract Metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractResponse | Error
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
    body: UpdateContractMetadataRequest,
) -> Response[ContractResponse | Error]:
    """Update Contract Metadata

     Set or clear user-defined key/value metadata on a contract (e.g. CRM ids, internal tags). metadata
    is the only updatable field; null removes all custom metadata. Limits: at most 10 keys, keys at most
    40 characters, values at most 500 characters; values may be strings, numbers or booleans. Whether
    keys are merged with or replace the existing metadata is not stated.

    Args:
        contract_id (str):
        body (UpdateContractMetadataRequest): Body of Update Contract Metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractResponse | Error]
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
    body: UpdateContractMetadataRequest,
) -> ContractResponse | Error | None:
    """Update Contract Metadata

     Set or clear user-defined key/value metadata on a contract (e.g. CRM ids, internal tags). metadata
    is the only updatable field; null removes all custom metadata. Limits: at most 10 keys, keys at most
    40 characters, values at most 500 characters; values may be strings, numbers or booleans. Whether
    keys are merged with or replace the existing metadata is not stated.

    Args:
        contract_id (str):
        body (UpdateContractMetadataRequest): Body of Update Contract Metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractResponse | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
