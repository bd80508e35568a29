from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.grant_promotional_credits_request import GrantPromotionalCreditsRequest
from ...models.promotional_credit_grant_response import PromotionalCreditGrantResponse
from typing import cast


def _get_kwargs(
    contract_id: str,
    *,
    body: GrantPromotionalCreditsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/contracts/{contract_id}/credits/promotional/grant".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PromotionalCreditGrantResponse | None:
    if response.status_code == 200:
        response_200 = PromotionalCreditGrantResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PromotionalCreditGrantResponse.from_dict(response.json())

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
) -> Response[Error | PromotionalCreditGrantResponse]:
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
    body: GrantPromotionalCreditsRequest,
) -> Response[Error | PromotionalCreditGrantResponse]:
    """Grant Promotional Credits

     Add promotional (free, non-revenue) credits to a contract's credit wallet; turns the wallet on if it
    is not yet active. Every grant made here is promotional (do not send isPromotional; paid credit
    purchases are dashboard-only). Two input modes: dollar-only (send only amountCents, no credit-unit
    tracking) or rate mode (send creditRateCents together with creditAmount; the dollar amount is
    creditRateCents x creditAmount; creditRateCents 0 gives free credits). expiresAt is required.
    Reusing an externalId returns the entry already created instead of a new grant. Credits only pay for
    usage-based line items; deduction order is automatic (soonest expiry first, promotional before
    paid).

    Args:
        contract_id (str):
        body (GrantPromotionalCreditsRequest): Body of Grant Promotional Credits. Send either
            amountCents alone (dollar-only mode) or creditRateCents together with creditAmount (rate
            mode). Do not send isPromotional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromotionalCreditGrantResponse]
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
    body: GrantPromotionalCreditsRequest,
) -> Error | PromotionalCreditGrantResponse | None:
    """Grant Promotional Credits

     Add promotional (free, non-revenue) credits to a contract's credit wallet; turns the wallet on if it
    is not yet active. Every grant made here is promotional (do not send isPromotional; paid credit
    purchases are dashboard-only). Two input modes: dollar-only (send only amountCents, no credit-unit
    tracking) or rate mode (send creditRateCents together with creditAmount; the dollar amount is
    creditRateCents x creditAmount; creditRateCents 0 gives free credits). expiresAt is required.
    Reusing an externalId returns the entry already created instead of a new grant. Credits only pay for
    usage-based line items; deduction order is automatic (soonest expiry first, promotional before
    paid).

    Args:
        contract_id (str):
        body (GrantPromotionalCreditsRequest): Body of Grant Promotional Credits. Send either
            amountCents alone (dollar-only mode) or creditRateCents together with creditAmount (rate
            mode). Do not send isPromotional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromotionalCreditGrantResponse
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
    body: GrantPromotionalCreditsRequest,
) -> Response[Error | PromotionalCreditGrantResponse]:
    """Grant Promotional Credits

     Add promotional (free, non-revenue) credits to a contract's credit wallet; turns the wallet on if it
    is not yet active. Every grant made here is promotional (do not send isPromotional; paid credit
    purchases are dashboard-only). Two input modes: dollar-only (send only amountCents, no credit-unit
    tracking) or rate mode (send creditRateCents together with creditAmount; the dollar amount is
    creditRateCents x creditAmount; creditRateCents 0 gives free credits). expiresAt is required.
    Reusing an externalId returns the entry already created instead of a new grant. Credits only pay for
    usage-based line items; deduction order is automatic (soonest expiry first, promotional before
    paid).

    Args:
        contract_id (str):
        body (GrantPromotionalCreditsRequest): Body of Grant Promotional Credits. Send either
            amountCents alone (dollar-only mode) or creditRateCents together with creditAmount (rate
            mode). Do not send isPromotional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromotionalCreditGrantResponse]
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
    body: GrantPromotionalCreditsRequest,
) -> Error | PromotionalCreditGrantResponse | None:
    """Grant Promotional Credits

     Add promotional (free, non-revenue) credits to a contract's credit wallet; turns the wallet on if it
    is not yet active. Every grant made here is promotional (do not send isPromotional; paid credit
    purchases are dashboard-only). Two input modes: dollar-only (send only amountCents, no credit-unit
    tracking) or rate mode (send creditRateCents together with creditAmount; the dollar amount is
    creditRateCents x creditAmount; creditRateCents 0 gives free credits). expiresAt is required.
    Reusing an externalId returns the entry already created instead of a new grant. Credits only pay for
    usage-based line items; deduction order is automatic (soonest expiry first, promotional before
    paid).

    Args:
        contract_id (str):
        body (GrantPromotionalCreditsRequest): Body of Grant Promotional Credits. Send either
            amountCents alone (dollar-only mode) or creditRateCents together with creditAmount (rate
            mode). Do not send isPromotional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromotionalCreditGrantResponse
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
