from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_customer_request import CreateCustomerRequest
from ...models.customer_response import CustomerResponse
from ...models.error import Error
from typing import cast


def _get_kwargs(
    *,
    body: CreateCustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers",
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

    if response.status_code == 201:
        response_201 = CustomerResponse.from_dict(response.json())

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
) -> Response[CustomerResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest,
) -> Response[CustomerResponse | Error]:
    """Create Customer

     Creates a customer with one or more contacts. Every contact needs an email and at least one role.
    paymentProviderId and provider require each other; paymentMethodId requires paymentMethodType;
    billingAddress is mandatory when the organization has sales tax (Anrok) enabled. The response
    returns the Customer object only (no contacts, billing address or payment fields). Note: the
    billing-for-saas guide shows a body without contacts ({"name", "paymentProviderId", "provider"}),
    which contradicts the reference page's required contacts.

    Args:
        body (CreateCustomerRequest): Body of Create Customer. paymentProviderId and provider
            require each other; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerResponse | Error]
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
    body: CreateCustomerRequest,
) -> CustomerResponse | Error | None:
    """Create Customer

     Creates a customer with one or more contacts. Every contact needs an email and at least one role.
    paymentProviderId and provider require each other; paymentMethodId requires paymentMethodType;
    billingAddress is mandatory when the organization has sales tax (Anrok) enabled. The response
    returns the Customer object only (no contacts, billing address or payment fields). Note: the
    billing-for-saas guide shows a body without contacts ({"name", "paymentProviderId", "provider"}),
    which contradicts the reference page's required contacts.

    Args:
        body (CreateCustomerRequest): Body of Create Customer. paymentProviderId and provider
            require each other; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest,
) -> Response[CustomerResponse | Error]:
    """Create Customer

     Creates a customer with one or more contacts. Every contact needs an email and at least one role.
    paymentProviderId and provider require each other; paymentMethodId requires paymentMethodType;
    billingAddress is mandatory when the organization has sales tax (Anrok) enabled. The response
    returns the Customer object only (no contacts, billing address or payment fields). Note: the
    billing-for-saas guide shows a body without contacts ({"name", "paymentProviderId", "provider"}),
    which contradicts the reference page's required contacts.

    Args:
        body (CreateCustomerRequest): Body of Create Customer. paymentProviderId and provider
            require each other; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerRequest,
) -> CustomerResponse | Error | None:
    """Create Customer

     Creates a customer with one or more contacts. Every contact needs an email and at least one role.
    paymentProviderId and provider require each other; paymentMethodId requires paymentMethodType;
    billingAddress is mandatory when the organization has sales tax (Anrok) enabled. The response
    returns the Customer object only (no contacts, billing address or payment fields). Note: the
    billing-for-saas guide shows a body without contacts ({"name", "paymentProviderId", "provider"}),
    which contradicts the reference page's required contacts.

    Args:
        body (CreateCustomerRequest): Body of Create Customer. paymentProviderId and provider
            require each other; paymentMethodId requires paymentMethodType.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
