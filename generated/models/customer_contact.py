from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="CustomerContact")


@_attrs_define
class CustomerContact:
    """A customer contact. Every contact needs an email and at least one role. The contact schema itself was not shown; the
    field names come from the create-customer example.

        Attributes:
            email (str): Contact email, e.g. "john@acme.com" (required per the page's rule).
            roles (list[str]): Contact roles, at least one. The only API value seen is "accounts_payable"; the dashboard
                names Primary, Billing Contact, Signatory and Other. Enum values not seen.
            name (str | Unset): Contact name, e.g. "John Doe".
            email_recipient_type (str | Unset): How the contact receives emails, e.g. "to". Enum values and default not
                seen.
    """

    email: str
    roles: list[str]
    name: str | Unset = UNSET
    email_recipient_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        roles = self.roles

        name = self.name

        email_recipient_type = self.email_recipient_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "roles": roles,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email_recipient_type is not UNSET:
            field_dict["emailRecipientType"] = email_recipient_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        roles = cast(list[str], d.pop("roles"))

        name = d.pop("name", UNSET)

        email_recipient_type = d.pop("emailRecipientType", UNSET)

        customer_contact = cls(
            email=email,
            roles=roles,
            name=name,
            email_recipient_type=email_recipient_type,
        )

        customer_contact.additional_properties = d
        return customer_contact

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
