# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from decimal import Decimal

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr

T = TypeVar("T", bound="CreateCreditBudgetRequest")
_KNOWN_KEYS = frozenset(
    {
        "label",
        "eventPropertyKey",
        "eventPropertyValue",
        "meterId",
        "maxCredits",
        "maxCreditsCents",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreateCreditBudgetRequest:
    """Body of Create Credit Budget. Set maxCredits for a credits-mode wallet, maxCreditsCents for a dollars-mode wallet.

    Attributes:
        label (str | Unset): Human-readable label, e.g. "Dove".
        event_property_key (str | Unset): Event property key to match, e.g. "business_unit".
        event_property_value (str | Unset): Event property value to match, e.g. "dove".
        meter_id (str | Unset): Optional; limits the budget to one meter (credit type).
        max_credits (Decimal | Unset): Cap in credit units, for wallets with walletMode credits.
        max_credits_cents (int | Unset): Cap in cents, for wallets with walletMode dollars.
    """

    label: str | Unset = UNSET
    event_property_key: str | Unset = UNSET
    event_property_value: str | Unset = UNSET
    meter_id: str | Unset = UNSET
    max_credits: Decimal | Unset = UNSET
    max_credits_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.label
        if _v is not UNSET:
            field_dict["label"] = _v
        _v = self.event_property_key
        if _v is not UNSET:
            field_dict["eventPropertyKey"] = _v
        _v = self.event_property_value
        if _v is not UNSET:
            field_dict["eventPropertyValue"] = _v
        _v = self.meter_id
        if _v is not UNSET:
            field_dict["meterId"] = _v
        _v = self.max_credits
        if _v is not UNSET:
            field_dict["maxCredits"] = _v
        _v = self.max_credits_cents
        if _v is not UNSET:
            field_dict["maxCreditsCents"] = _v
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
        create_credit_budget_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("label", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "label", "string", _v)

        create_credit_budget_request.label = _v
        _v = _d.get("eventPropertyKey", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventPropertyKey", "string", _v)

        create_credit_budget_request.event_property_key = _v
        _v = _d.get("eventPropertyValue", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventPropertyValue", "string", _v)

        create_credit_budget_request.event_property_value = _v
        _v = _d.get("meterId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "meterId", "string", _v)

        create_credit_budget_request.meter_id = _v
        _v = _d.get("maxCredits", UNSET)
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "maxCredits", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "maxCredits", "finite number", _v, "non-finite")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "maxCredits", "number", _v)

        create_credit_budget_request.max_credits = _v
        _v = _d.get("maxCreditsCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "maxCreditsCents", "integer", _v)

        create_credit_budget_request.max_credits_cents = _v
        if len(_d) == 6 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_credit_budget_request.additional_properties = _extra
        return create_credit_budget_request

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
