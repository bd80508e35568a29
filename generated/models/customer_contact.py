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

T = TypeVar("T", bound="CustomerContact")
_KNOWN_KEYS = frozenset(
    {
        "email",
        "roles",
        "name",
        "emailRecipientType",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
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
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.roles
        if _v is not UNSET:
            field_dict["roles"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.email_recipient_type
        if _v is not UNSET:
            field_dict["emailRecipientType"] = _v
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
        customer_contact = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["email"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "email", "string", _v)

        customer_contact.email = _v
        try:
            _v = _d["roles"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            for _i in _v:
                if _i.__class__ is not str:
                    _v = _check_items(_v, str, _report, _path + "." + "roles" + "[*]", "string")
                    break
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "roles", "array", _v)

        customer_contact.roles = _v
        _v = _d.get("name", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "name", "string", _v)

        customer_contact.name = _v
        _v = _d.get("emailRecipientType", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "emailRecipientType", "string", _v)

        customer_contact.email_recipient_type = _v
        if len(_d) == 4 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        customer_contact.additional_properties = _extra
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
