# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr

T = TypeVar("T", bound="CustomerBillingAddress")
_KNOWN_KEYS = frozenset(
    {
        "address1",
        "city",
        "region",
        "postalCode",
        "country",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CustomerBillingAddress:
    """Billing address used for tax calculation. Only the fields in the create-customer example were seen; other fields
    (e.g. address2) are not documented, so the object is left open.

        Attributes:
            address1 (str | Unset): Street address, e.g. "123 Main St".
            city (str | Unset): City, e.g. "San Francisco".
            region (str | Unset): Region or state, e.g. "CA".
            postal_code (str | Unset): Postal code, e.g. "94105".
            country (str | Unset): Country, a 2-letter code in the example ("US").
    """

    address1: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.address1
        if _v is not UNSET:
            field_dict["address1"] = _v
        _v = self.city
        if _v is not UNSET:
            field_dict["city"] = _v
        _v = self.region
        if _v is not UNSET:
            field_dict["region"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v
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
        customer_billing_address = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("address1", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "address1", "string", _v)

        customer_billing_address.address1 = _v
        _v = _d.get("city", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "city", "string", _v)

        customer_billing_address.city = _v
        _v = _d.get("region", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "region", "string", _v)

        customer_billing_address.region = _v
        _v = _d.get("postalCode", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "postalCode", "string", _v)

        customer_billing_address.postal_code = _v
        _v = _d.get("country", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "country", "string", _v)

        customer_billing_address.country = _v
        if len(_d) == 5 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        customer_billing_address.additional_properties = _extra
        return customer_billing_address

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
