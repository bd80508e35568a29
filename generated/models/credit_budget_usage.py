# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from decimal import Decimal

from ..types import UNSET, deviant as _deviant, dumps as _dumps, model_repr as _model_repr

T = TypeVar("T", bound="CreditBudgetUsage")
_KNOWN_KEYS = frozenset(
    {
        "index",
        "label",
        "eventPropertyKey",
        "eventPropertyValue",
        "meterId",
        "maxCredits",
        "maxCreditsCents",
        "isExhausted",
        "consumedUnits",
        "consumedCents",
        "percentConsumed",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreditBudgetUsage:
    """A credit budget with its live consumption.

    Attributes:
        index (int): Array position of the budget.
        label (str): Human-readable label.
        event_property_key (str): Event property key the budget matches.
        event_property_value (str): Event property value the budget matches.
        meter_id (str | None): Meter (credit type) the budget is limited to.
        max_credits (Decimal | None): Cap in credit units.
        max_credits_cents (Decimal | None): Cap in cents.
        is_exhausted (bool): Whether the cap has been fully consumed.
        consumed_units (Decimal): Credit units consumed.
        consumed_cents (Decimal): Cents consumed.
        percent_consumed (float): Percentage of the cap consumed.
    """

    index: int
    label: str
    event_property_key: str
    event_property_value: str
    meter_id: str | None
    max_credits: Decimal | None
    max_credits_cents: Decimal | None
    is_exhausted: bool
    consumed_units: Decimal
    consumed_cents: Decimal
    percent_consumed: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.index
        if _v is not UNSET:
            field_dict["index"] = _v
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
        _v = self.is_exhausted
        if _v is not UNSET:
            field_dict["isExhausted"] = _v
        _v = self.consumed_units
        if _v is not UNSET:
            field_dict["consumedUnits"] = _v
        _v = self.consumed_cents
        if _v is not UNSET:
            field_dict["consumedCents"] = _v
        _v = self.percent_consumed
        if _v is not UNSET:
            field_dict["percentConsumed"] = _v
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
        credit_budget_usage = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["index"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "index", "integer", _v)

        credit_budget_usage.index = _v
        try:
            _v = _d["label"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "label", "string", _v)

        credit_budget_usage.label = _v
        try:
            _v = _d["eventPropertyKey"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "eventPropertyKey", "string", _v)

        credit_budget_usage.event_property_key = _v
        try:
            _v = _d["eventPropertyValue"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "eventPropertyValue", "string", _v)

        credit_budget_usage.event_property_value = _v
        try:
            _v = _d["meterId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "meterId", "string", _v)

        credit_budget_usage.meter_id = _v
        try:
            _v = _d["maxCredits"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "maxCredits", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "maxCredits", "finite number", _v, "non-finite")
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "maxCredits", "number", _v)

        credit_budget_usage.max_credits = _v
        try:
            _v = _d["maxCreditsCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "maxCreditsCents", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "maxCreditsCents", "finite number", _v, "non-finite")
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "maxCreditsCents", "number", _v)

        credit_budget_usage.max_credits_cents = _v
        try:
            _v = _d["isExhausted"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isExhausted", "boolean", _v)

        credit_budget_usage.is_exhausted = _v
        try:
            _v = _d["consumedUnits"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "consumedUnits", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "consumedUnits", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "consumedUnits", "number", _v)

        credit_budget_usage.consumed_units = _v
        try:
            _v = _d["consumedCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "consumedCents", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "consumedCents", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "consumedCents", "number", _v)

        credit_budget_usage.consumed_cents = _v
        try:
            _v = _d["percentConsumed"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        elif _v.__class__ is Decimal or _v.__class__ is float:
            _v = float(_v)
            if _v - _v != 0:  # NaN, or a number beyond float's range: inf
                _v = _deviant(_report, _path, "percentConsumed", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "percentConsumed", "number", _v)

        credit_budget_usage.percent_consumed = _v
        if len(_d) == 11 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_budget_usage.additional_properties = _extra
        return credit_budget_usage

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
