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
from ..models.usage_cost_response_currency import USAGE_COST_RESPONSE_CURRENCY_VALUES
from ..models.usage_cost_response_currency import UsageCostResponseCurrency
from ..models.usage_cost_response_unit import USAGE_COST_RESPONSE_UNIT_VALUES
from ..models.usage_cost_response_unit import UsageCostResponseUnit

T = TypeVar("T", bound="UsageCostResponse")
_KNOWN_KEYS = frozenset(
    {
        "totalAmount",
        "unit",
        "startDate",
        "endDate",
        "queriedAt",
        "currency",
        "creditRateCents",
        "contractId",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class UsageCostResponse:
    """The total cost of the matching usage over the queried range.

    Attributes:
        total_amount (Decimal): Total cost, in USD when unit is currency and in credits when unit is credits.
        unit (UsageCostResponseUnit | str): currency for USD results, credits when the credit conversion was applied.
        start_date (datetime.datetime): Start of the range actually queried.
        end_date (datetime.datetime): End of the range actually queried.
        queried_at (datetime.datetime): When the query ran.
        currency (UsageCostResponseCurrency | str | Unset): Currency code; only present when unit is currency.
        credit_rate_cents (int | Unset): Credit rate used for the conversion (cents per credit); only present when unit
            is credits; auto-resolved from the customer's most recent credit grant.
        contract_id (str | Unset): The contract used; only present when contractId was in the request (newer capture).
    """

    total_amount: Decimal
    unit: UsageCostResponseUnit | str
    start_date: datetime.datetime
    end_date: datetime.datetime
    queried_at: datetime.datetime
    currency: UsageCostResponseCurrency | str | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    contract_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.total_amount
        if _v is not UNSET:
            field_dict["totalAmount"] = _v
        _v = self.unit
        if _v is not UNSET:
            field_dict["unit"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.queried_at
        if _v is not UNSET:
            field_dict["queriedAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.credit_rate_cents
        if _v is not UNSET:
            field_dict["creditRateCents"] = _v
        _v = self.contract_id
        if _v is not UNSET:
            field_dict["contractId"] = _v
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
        usage_cost_response = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
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

        usage_cost_response.total_amount = _v
        try:
            _v = _d["unit"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in USAGE_COST_RESPONSE_UNIT_VALUES:
                _v = _deviant(_report, _path, "unit", "one of credits, currency", _v, "enum")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "unit", "one of credits, currency", _v)

        usage_cost_response.unit = _v
        try:
            _v = _d["startDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "startDate")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "startDate")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "startDate")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "startDate", "date-time string", _v)

        usage_cost_response.start_date = _v
        try:
            _v = _d["endDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "endDate")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "endDate")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "endDate")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "endDate", "date-time string", _v)

        usage_cost_response.end_date = _v
        try:
            _v = _d["queriedAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "queriedAt")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "queriedAt")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "queriedAt")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "queriedAt", "date-time string", _v)

        usage_cost_response.queried_at = _v
        _v = _d.get("currency", UNSET)
        if _v.__class__ is str:
            if _v not in USAGE_COST_RESPONSE_CURRENCY_VALUES:
                _v = _deviant(_report, _path, "currency", "one of USD", _v, "enum")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "currency", "one of USD", _v)

        usage_cost_response.currency = _v
        _v = _d.get("creditRateCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditRateCents", "integer", _v)

        if _v.__class__ in (int, float, Decimal) and _v == _v and _v < 1:
            _v = _deviant(_report, _path, "creditRateCents", "number >= 1", _v, "limit")

        usage_cost_response.credit_rate_cents = _v
        _v = _d.get("contractId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "contractId", "string", _v)

        usage_cost_response.contract_id = _v
        if len(_d) == 8 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        usage_cost_response.additional_properties = _extra
        return usage_cost_response

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
