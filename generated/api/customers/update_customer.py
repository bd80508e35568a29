from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.customer_response import CustomerResponse
from ...models.error import Error
from ...models.update_customer_request import UpdateCustomerRequest
from typing import cast


def _get_kwargs(
    customer_id: str,
    *,
    body: UpdateCustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerResponse.from_dict(response.json())

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
) -> Response[CustomerResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerRequest,
) -> Response[CustomerResponse | Error]:
    """Update Customer

     Partially updates a customer; at least one body field is required (an empty body is invalid). tags
    replaces the whole tag list. Sending null for legalName clears it. paymentProviderId and provider
    must be sent together; paymentMethodId requires paymentMethodType and an organization-level Stripe
    integration (Monk fetches last4, brand and type from Stripe). Contacts, billing address and metadata
    are not updatable here.

    Args:
        customer_id (str):
        body (UpdateCustomerRequest): Body of Update Customer. At least one field must be sent.
            Contacts, billingAddress and metadata are not accepted here. paymentProviderId and
            provider must be sent together; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerRequest,
) -> CustomerResponse | Error | None:
    """Update Customer

     Partially updates a customer; at least one body field is required (an empty body is invalid). tags
    replaces the whole tag list. Sending null for legalName clears it. paymentProviderId and provider
    must be sent together; paymentMethodId requires paymentMethodType and an organization-level Stripe
    integration (Monk fetches last4, brand and type from Stripe). Contacts, billing address and metadata
    are not updatable here.

    Args:
        customer_id (str):
        body (UpdateCustomerRequest): Body of Update Customer. At least one field must be sent.
            Contacts, billingAddress and metadata are not accepted here. paymentProviderId and
            provider must be sent together; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerRequest,
) -> Response[CustomerResponse | Error]:
    """Update Customer

     Partially updates a customer; at least one body field is required (an empty body is invalid). tags
    replaces the whole tag list. Sending null for legalName clears it. paymentProviderId and provider
    must be sent together; paymentMethodId requires paymentMethodType and an organization-level Stripe
    integration (Monk fetches last4, brand and type from Stripe). Contacts, billing address and metadata
    are not updatable here.

    Args:
        customer_id (str):
        body (UpdateCustomerRequest): Body of Update Customer. At least one field must be sent.
            Contacts, billingAddress and metadata are not accepted here. paymentProviderId and
            provider must be sent together; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerRequest,
) -> CustomerResponse | Error | None:
    """Update Customer

     Partially updates a customer; at least one body field is required (an empty body is invalid). tags
    replaces the whole tag list. Sending null for legalName clears it. paymentProviderId and provider
    must be sent together; paymentMethodId requires paymentMethodType and an organization-level Stripe
    integration (Monk fetches last4, brand and type from Stripe). Contacts, billing address and metadata
    are not updatable here.

    Args:
        customer_id (str):
        body (UpdateCustomerRequest): Body of Update Customer. At least one field must be sent.
            Contacts, billingAddress and metadata are not accepted here. paymentProviderId and
            provider must be sent together; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
