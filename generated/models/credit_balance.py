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
    as_utc as _as_utc,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_datetime as _parse_datetime,
)

T = TypeVar("T", bound="CreditBalance")
_KNOWN_KEYS = frozenset(
    {
        "balanceCents",
        "creditBalance",
        "currency",
        "blockCount",
        "asOf",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class CreditBalance:
    """Aggregate credit balance of a contract's wallet.

    Attributes:
        balance_cents (int): Total remaining value in cents.
        credit_balance (Decimal): Total remaining credit units (may be fractional, e.g. 1406.25).
        currency (str): Currency code, e.g. "USD".
        block_count (int): Number of credit blocks (includes non-active blocks).
        as_of (datetime.datetime): When the balance was computed.
    """

    balance_cents: int
    credit_balance: Decimal
    currency: str
    block_count: int
    as_of: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.balance_cents
        if _v is not UNSET:
            field_dict["balanceCents"] = _v
        _v = self.credit_balance
        if _v is not UNSET:
            field_dict["creditBalance"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.block_count
        if _v is not UNSET:
            field_dict["blockCount"] = _v
        _v = self.as_of
        if _v is not UNSET:
            field_dict["asOf"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
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
        credit_balance = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["balanceCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "balanceCents", "integer", _v)

        credit_balance.balance_cents = _v
        try:
            _v = _d["creditBalance"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "creditBalance", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "creditBalance", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "creditBalance", "number", _v)

        credit_balance.credit_balance = _v
        try:
            _v = _d["currency"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "currency", "string", _v)

        credit_balance.currency = _v
        try:
            _v = _d["blockCount"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "blockCount", "integer", _v)

        credit_balance.block_count = _v
        try:
            _v = _d["asOf"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "asOf")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "asOf")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "asOf")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "asOf", "date-time string", _v)

        credit_balance.as_of = _v
        if len(_d) == 5 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_balance.additional_properties = _extra
        return credit_balance

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
