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
from ..models.update_customer_request_payment_method_type import (
    UPDATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES,
)
from ..models.update_customer_request_payment_method_type import (
    UpdateCustomerRequestPaymentMethodType,
)
from ..models.update_customer_request_provider import UPDATE_CUSTOMER_REQUEST_PROVIDER_VALUES
from ..models.update_customer_request_provider import UpdateCustomerRequestProvider

T = TypeVar("T", bound="UpdateCustomerRequest")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "legalName",
        "tags",
        "externalCustomerId",
        "paymentProviderId",
        "provider",
        "paymentMethodId",
        "paymentMethodType",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class UpdateCustomerRequest:
    """Body of Update Customer. At least one field must be sent. Contacts, billingAddress and metadata are not accepted
    here. paymentProviderId and provider must be sent together; paymentMethodId requires paymentMethodType.

        Attributes:
            name (str | Unset): Display name.
            legal_name (str | None | Unset): Legal/registered business name; pass null to clear.
            tags (list[str] | Unset): Replaces the existing tags entirely (not a merge).
            external_customer_id (str | Unset): Your own external customer id.
            payment_provider_id (str | Unset): Stripe customer id (`cus_xxx`). Requires provider.
            provider (UpdateCustomerRequestProvider | str | Unset): Payment provider. Requires paymentProviderId.
            payment_method_id (str | Unset): Stripe Payment Method id (`pm_xxx`); sets the default payment method on file.
                Monk fetches last4, brand and type from Stripe. Requires paymentMethodType and a Stripe integration on the
                organization.
            payment_method_type (UpdateCustomerRequestPaymentMethodType | str | Unset): Type of the payment method; required
                when paymentMethodId is sent.
    """

    name: str | Unset = UNSET
    legal_name: str | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    payment_provider_id: str | Unset = UNSET
    provider: UpdateCustomerRequestProvider | str | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    payment_method_type: UpdateCustomerRequestPaymentMethodType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.legal_name
        if _v is not UNSET:
            field_dict["legalName"] = _v
        _v = self.tags
        if _v is not UNSET:
            field_dict["tags"] = _v
        _v = self.external_customer_id
        if _v is not UNSET:
            field_dict["externalCustomerId"] = _v
        _v = self.payment_provider_id
        if _v is not UNSET:
            field_dict["paymentProviderId"] = _v
        _v = self.provider
        if _v is not UNSET:
            field_dict["provider"] = _v
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
        update_customer_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("name", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "name", "string", _v)

        update_customer_request.name = _v
        _v = _d.get("legalName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "legalName", "string", _v)

        update_customer_request.legal_name = _v
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

        update_customer_request.tags = _v
        _v = _d.get("externalCustomerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "externalCustomerId", "string", _v)

        update_customer_request.external_customer_id = _v
        _v = _d.get("paymentProviderId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "paymentProviderId", "string", _v)

        update_customer_request.payment_provider_id = _v
        _v = _d.get("provider", UNSET)
        if _v.__class__ is str:
            if _v not in UPDATE_CUSTOMER_REQUEST_PROVIDER_VALUES:
                _v = _deviant(_report, _path, "provider", "one of stripe", _v, "enum")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "provider", "one of stripe", _v)

        update_customer_request.provider = _v
        _v = _d.get("paymentMethodId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "paymentMethodId", "string", _v)

        update_customer_request.payment_method_id = _v
        _v = _d.get("paymentMethodType", UNSET)
        if _v.__class__ is str:
            if _v not in UPDATE_CUSTOMER_REQUEST_PAYMENT_METHOD_TYPE_VALUES:
                _v = _deviant(
                    _report, _path, "paymentMethodType", "one of card, us_bank_account", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "paymentMethodType", "one of card, us_bank_account", _v)

        update_customer_request.payment_method_type = _v
        if len(_d) == 8 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        update_customer_request.additional_properties = _extra
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
