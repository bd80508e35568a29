from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_customer_request_payment_method_type import (
    check_create_customer_request_payment_method_type,
)
from ..models.create_customer_request_payment_method_type import (
    CreateCustomerRequestPaymentMethodType,
)
from ..models.create_customer_request_provider import check_create_customer_request_provider
from ..models.create_customer_request_provider import CreateCustomerRequestProvider
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.customer_billing_address import CustomerBillingAddress
    from ..models.customer_contact import CustomerContact


T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
    """Body of Create Customer. paymentProviderId and provider require each other; paymentMethodId requires
    paymentMethodType.

        Attributes:
            name (str): Display name.
            contacts (list[CustomerContact]): At least one contact; each needs an email and at least one role.
            legal_name (str | Unset): Legal/registered business name.
            external_customer_id (str | Unset): Your own external customer id (returned as metadata.externalCustomerId).
            payment_provider_id (str | Unset): Payment-provider customer id, e.g. Stripe `cus_xxx`. Requires provider.
            provider (CreateCustomerRequestProvider | Unset): Payment provider. Requires paymentProviderId.
            tags (list[str] | Unset): Tags, e.g. ["enterprise"].
            billing_address (CustomerBillingAddress | Unset): Billing address used for tax calculation. Only the fields in
                the create-customer example were seen; other fields (e.g. address2) are not documented, so the object is left
                open.
            payment_method_id (str | Unset): Stripe Payment Method id (`pm_xxx`); sets the customer's default payment
                method. Requires paymentMethodType.
            payment_method_type (CreateCustomerRequestPaymentMethodType | Unset): Type of the payment method; required when
                paymentMethodId is sent.
    """

    name: str
    contacts: list[CustomerContact]
    legal_name: str | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    payment_provider_id: str | Unset = UNSET
    provider: CreateCustomerRequestProvider | Unset = UNSET
    tags: list[str] | Unset = UNSET
    billing_address: CustomerBillingAddress | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    payment_method_type: CreateCustomerRequestPaymentMethodType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_billing_address import CustomerBillingAddress  # noqa: PLC0415
        from ..models.customer_contact import CustomerContact  # noqa: PLC0415

        name = self.name

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        legal_name = self.legal_name

        external_customer_id = self.external_customer_id

        payment_provider_id = self.payment_provider_id

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        payment_method_id = self.payment_method_id

        payment_method_type: str | Unset = UNSET
        if not isinstance(self.payment_method_type, Unset):
            payment_method_type = self.payment_method_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contacts": contacts,
            }
        )
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if payment_provider_id is not UNSET:
            field_dict["paymentProviderId"] = payment_provider_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if tags is not UNSET:
            field_dict["tags"] = tags
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_billing_address import CustomerBillingAddress  # noqa: PLC0415
        from ..models.customer_contact import CustomerContact  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = CustomerContact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        legal_name = d.pop("legalName", UNSET)

        external_customer_id = d.pop("externalCustomerId", UNSET)

        payment_provider_id = d.pop("paymentProviderId", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: CreateCustomerRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_create_customer_request_provider(_provider)

        tags = cast(list[str], d.pop("tags", UNSET))

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: CustomerBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CustomerBillingAddress.from_dict(_billing_address)

        payment_method_id = d.pop("paymentMethodId", UNSET)

        _payment_method_type = d.pop("paymentMethodType", UNSET)
        payment_method_type: CreateCustomerRequestPaymentMethodType | Unset
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = check_create_customer_request_payment_method_type(
                _payment_method_type
            )

        create_customer_request = cls(
            name=name,
            contacts=contacts,
            legal_name=legal_name,
            external_customer_id=external_customer_id,
            payment_provider_id=payment_provider_id,
            provider=provider,
            tags=tags,
            billing_address=billing_address,
            payment_method_id=payment_method_id,
            payment_method_type=payment_method_type,
        )

        create_customer_request.additional_properties = d
        return create_customer_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
