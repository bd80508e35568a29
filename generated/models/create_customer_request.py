# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items as _check_items,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
)
from ..models.create_customer_request_payment_method_type import (
    CREATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES,
)
from ..models.create_customer_request_payment_method_type import (
    CreateCustomerRequestPaymentMethodType,
)
from ..models.create_customer_request_provider import CREATE_CUSTOMER_REQUEST_PROVIDER_VALUES
from ..models.create_customer_request_provider import CreateCustomerRequestProvider
from ..models.customer_billing_address import CustomerBillingAddress
from ..models.customer_contact import CustomerContact

T = TypeVar("T", bound="CreateCustomerRequest")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "contacts",
        "legalName",
        "externalCustomerId",
        "paymentProviderId",
        "provider",
        "tags",
        "billingAddress",
        "paymentMethodId",
        "paymentMethodType",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreateCustomerRequest:
    """Body of Create Customer. paymentProviderId and provider require each other; paymentMethodId requires
    paymentMethodType.

        Attributes:
            name (str): Display name.
            contacts (list[CustomerContact]): At least one contact; each needs an email and at least one role.
            legal_name (str | Unset): Legal/registered business name.
            external_customer_id (str | Unset): Your own external customer id (returned as metadata.externalCustomerId).
            payment_provider_id (str | Unset): Payment-provider customer id, e.g. Stripe `cus_xxx`. Requires provider.
            provider (CreateCustomerRequestProvider | str | Unset): Payment provider. Requires paymentProviderId.
            tags (list[str] | Unset): Tags, e.g. ["enterprise"].
            billing_address (CustomerBillingAddress | Unset): Billing address used for tax calculation. Only the fields in
                the create-customer example were seen; other fields (e.g. address2) are not documented, so the object is left
                open.
            payment_method_id (str | Unset): Stripe Payment Method id (`pm_xxx`); sets the customer's default payment
                method. Requires paymentMethodType.
            payment_method_type (CreateCustomerRequestPaymentMethodType | str | Unset): Type of the payment method; required
                when paymentMethodId is sent.
    """

    name: str
    contacts: list[CustomerContact]
    legal_name: str | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    payment_provider_id: str | Unset = UNSET
    provider: CreateCustomerRequestProvider | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    billing_address: CustomerBillingAddress | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    payment_method_type: CreateCustomerRequestPaymentMethodType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.contacts
        if _v is not UNSET:
            field_dict["contacts"] = (
                [_i.to_dict() if isinstance(_i, CustomerContact) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.legal_name
        if _v is not UNSET:
            field_dict["legalName"] = _v
        _v = self.external_customer_id
        if _v is not UNSET:
            field_dict["externalCustomerId"] = _v
        _v = self.payment_provider_id
        if _v is not UNSET:
            field_dict["paymentProviderId"] = _v
        _v = self.provider
        if _v is not UNSET:
            field_dict["provider"] = _v
        _v = self.tags
        if _v is not UNSET:
            field_dict["tags"] = _v
        _v = self.billing_address
        if _v is not UNSET:
            field_dict["billingAddress"] = (
                _v.to_dict() if isinstance(_v, CustomerBillingAddress) else _v
            )
        _v = self.payment_method_id
        if _v is not UNSET:
            field_dict["paymentMethodId"] = _v
        _v = self.payment_method_type
        if _v is not UNSET:
            field_dict["paymentMethodType"] = _v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text; decimal amounts are written exactly."""
        return _dumps(self.to_dict())

    def __repr__(self) -> str:
        return _model_repr(self)

    @classmethod
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], _report: Any = None, _path: str = "$"
    ) -> T:
        """Decode JSON data. A deviation from the spec is kept as received and reported to
        ``_report(path, kind, expected, value)``; with no ``_report`` it raises ``SpecDrift``."""
        _d = src_dict
        # Built without __init__ (no validators or defaults to run): every field is set below.
        create_customer_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["name"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "name", "string", _v)

        create_customer_request.name = _v
        try:
            _v = _d["contacts"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            _item_path = _path + ".contacts[*]"
            _v = [
                _CustomerContact_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (CustomerContact)", _i)
                for _i in _v
            ]
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "contacts", "array", _v)

        create_customer_request.contacts = _v
        _v = _d.get("legalName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "legalName", "string", _v)

        create_customer_request.legal_name = _v
        _v = _d.get("externalCustomerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "externalCustomerId", "string", _v)

        create_customer_request.external_customer_id = _v
        _v = _d.get("paymentProviderId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "paymentProviderId", "string", _v)

        create_customer_request.payment_provider_id = _v
        _v = _d.get("provider", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_CUSTOMER_REQUEST_PROVIDER_VALUES:
                _v = _deviant(_report, _path, "provider", "one of stripe", _v, "enum")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "provider", "one of stripe", _v)

        create_customer_request.provider = _v
        _v = _d.get("tags", UNSET)
        if _v.__class__ is list:
            for _i in _v:
                if _i.__class__ is not str:
                    _v = _check_items(_v, str, _report, _path + "." + "tags" + "[*]", "string")
                    break
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "tags", "array", _v)

        create_customer_request.tags = _v
        _v = _d.get("billingAddress", UNSET)
        if _v.__class__ is dict:
            _v = _CustomerBillingAddress_from_dict(_v, _report, _path + ".billingAddress")
        elif isinstance(_v, CustomerBillingAddress):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "billingAddress", "object (CustomerBillingAddress)", _v)

        create_customer_request.billing_address = _v
        _v = _d.get("paymentMethodId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "paymentMethodId", "string", _v)

        create_customer_request.payment_method_id = _v
        _v = _d.get("paymentMethodType", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES:
                _v = _deviant(
                    _report, _path, "paymentMethodType", "one of card, us_bank_account", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "paymentMethodType", "one of card, us_bank_account", _v)

        create_customer_request.payment_method_type = _v
        if len(_d) == 10 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_customer_request.additional_properties = _extra
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


_CustomerBillingAddress_from_dict = CustomerBillingAddress.from_dict
_CustomerContact_from_dict = CustomerContact.from_dict
