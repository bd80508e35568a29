# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from decimal import Decimal

from ..types import (
    UNSET,
    Unset,
    as_utc as _as_utc,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_datetime as _parse_datetime,
)
from ..models.pricing_estimate_currency import PRICING_ESTIMATE_CURRENCY_VALUES
from ..models.pricing_estimate_currency import PricingEstimateCurrency
from ..models.pricing_estimate_event_cost import PricingEstimateEventCost
from ..models.pricing_estimate_meter_cost import PricingEstimateMeterCost
from ..models.pricing_estimate_unit import PRICING_ESTIMATE_UNIT_VALUES
from ..models.pricing_estimate_unit import PricingEstimateUnit

T = TypeVar("T", bound="PricingEstimate")
_KNOWN_KEYS = frozenset(
    {
        "events",
        "meters",
        "totalAmount",
        "unit",
        "estimatedAt",
        "currency",
        "creditRateCents",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class PricingEstimate:
    """Cost estimate. Amounts are numbers (not decimal strings or cents), in USD when unit is "currency" and in credits
    when unit is "credits".

        Attributes:
            events (list[PricingEstimateEventCost]): One entry per input event (per-event cost).
            meters (list[PricingEstimateMeterCost]): Per-meter breakdown; only meters matched by at least one event appear.
            total_amount (Decimal): Grand total over all meters (USD or credits, see unit).
            unit (PricingEstimateUnit | str): Unit of all amounts.
            estimated_at (datetime.datetime): When the estimate was computed (show it as the estimate's freshness when
                caching).
            currency (PricingEstimateCurrency | str | Unset): Currency of the amounts; only present when unit is "currency".
            credit_rate_cents (int | Unset): Credit rate used (cents per credit); only present when unit is "credits".
    """

    events: list[PricingEstimateEventCost]
    meters: list[PricingEstimateMeterCost]
    total_amount: Decimal
    unit: PricingEstimateUnit | str
    estimated_at: datetime.datetime
    currency: PricingEstimateCurrency | str | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.events
        if _v is not UNSET:
            field_dict["events"] = (
                [_i.to_dict() if isinstance(_i, PricingEstimateEventCost) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.meters
        if _v is not UNSET:
            field_dict["meters"] = (
                [_i.to_dict() if isinstance(_i, PricingEstimateMeterCost) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.total_amount
        if _v is not UNSET:
            field_dict["totalAmount"] = _v
        _v = self.unit
        if _v is not UNSET:
            field_dict["unit"] = _v
        _v = self.estimated_at
        if _v is not UNSET:
            field_dict["estimatedAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.credit_rate_cents
        if _v is not UNSET:
            field_dict["creditRateCents"] = _v
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
        pricing_estimate = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["events"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            _item_path = _path + ".events[*]"
            _v = [
                _PricingEstimateEventCost_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (PricingEstimateEventCost)", _i)
                for _i in _v
            ]
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "events", "array", _v)

        pricing_estimate.events = _v
        try:
            _v = _d["meters"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            _item_path = _path + ".meters[*]"
            _v = [
                _PricingEstimateMeterCost_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (PricingEstimateMeterCost)", _i)
                for _i in _v
            ]
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "meters", "array", _v)

        pricing_estimate.meters = _v
        try:
            _v = _d["totalAmount"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "totalAmount", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "totalAmount", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "totalAmount", "number", _v)

        pricing_estimate.total_amount = _v
        try:
            _v = _d["unit"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in PRICING_ESTIMATE_UNIT_VALUES:
                _v = _deviant(_report, _path, "unit", "one of credits, currency", _v, "enum")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "unit", "one of credits, currency", _v)

        pricing_estimate.unit = _v
        try:
            _v = _d["estimatedAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "estimatedAt")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "estimatedAt")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "estimatedAt")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "estimatedAt", "date-time string", _v)

        pricing_estimate.estimated_at = _v
        _v = _d.get("currency", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_ESTIMATE_CURRENCY_VALUES:
                _v = _deviant(_report, _path, "currency", "one of USD", _v, "enum")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "currency", "one of USD", _v)

        pricing_estimate.currency = _v
        _v = _d.get("creditRateCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditRateCents", "integer", _v)

        if _v.__class__ in (int, float, Decimal) and _v == _v and _v < 1:
            _v = _deviant(_report, _path, "creditRateCents", "number >= 1", _v, "limit")

        pricing_estimate.credit_rate_cents = _v
        if len(_d) == 7 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        pricing_estimate.additional_properties = _extra
        return pricing_estimate

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


_PricingEstimateEventCost_from_dict = PricingEstimateEventCost.from_dict
_PricingEstimateMeterCost_from_dict = PricingEstimateMeterCost.from_dict
