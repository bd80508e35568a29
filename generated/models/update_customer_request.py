from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.update_customer_request_payment_method_type import (
    check_update_customer_request_payment_method_type,
)
from ..models.update_customer_request_payment_method_type import (
    UpdateCustomerRequestPaymentMethodType,
)
from ..models.update_customer_request_provider import check_update_customer_request_provider
from ..models.update_customer_request_provider import UpdateCustomerRequestProvider
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """Body of Update Customer. At least one field must be sent. Contacts, billingAddress and metadata are not accepted
    here. paymentProviderId and provider must be sent together; paymentMethodId requires paymentMethodType.

        Attributes:
            name (str | Unset): Display name.
            legal_name (None | str | Unset): Legal/registered business name; pass null to clear.
            tags (list[str] | Unset): Replaces the existing tags entirely (not a merge).
            external_customer_id (str | Unset): Your own external customer id.
            payment_provider_id (str | Unset): Stripe customer id (`cus_xxx`). Requires provider.
            provider (UpdateCustomerRequestProvider | Unset): Payment provider. Requires paymentProviderId.
            payment_method_id (str | Unset): Stripe Payment Method id (`pm_xxx`); sets the default payment method on file.
                Monk fetches last4, brand and type from Stripe. Requires paymentMethodType and a Stripe integration on the
                organization.
            payment_method_type (UpdateCustomerRequestPaymentMethodType | Unset): Type of the payment method; required when
                paymentMethodId is sent.
    """

    name: str | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    payment_provider_id: str | Unset = UNSET
    provider: UpdateCustomerRequestProvider | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    payment_method_type: UpdateCustomerRequestPaymentMethodType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        external_customer_id = self.external_customer_id

        payment_provider_id = self.payment_provider_id

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        payment_method_id = self.payment_method_id

        payment_method_type: str | Unset = UNSET
        if not isinstance(self.payment_method_type, Unset):
            payment_method_type = self.payment_method_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if payment_provider_id is not UNSET:
            field_dict["paymentProviderId"] = payment_provider_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legalName", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        external_customer_id = d.pop("externalCustomerId", UNSET)

        payment_provider_id = d.pop("paymentProviderId", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: UpdateCustomerRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_update_customer_request_provider(_provider)

        payment_method_id = d.pop("paymentMethodId", UNSET)

        _payment_method_type = d.pop("paymentMethodType", UNSET)
        payment_method_type: UpdateCustomerRequestPaymentMethodType | Unset
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = check_update_customer_request_payment_method_type(
                _payment_method_type
            )

        update_customer_request = cls(
            name=name,
            legal_name=legal_name,
            tags=tags,
            external_customer_id=external_customer_id,
            payment_provider_id=payment_provider_id,
            provider=provider,
            payment_method_id=payment_method_id,
            payment_method_type=payment_method_type,
        )

        update_customer_request.additional_properties = d
        return update_customer_request

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
