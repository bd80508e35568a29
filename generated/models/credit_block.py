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
from ..models.credit_block_status import CREDIT_BLOCK_STATUS_VALUES
from ..models.credit_block_status import CreditBlockStatus

T = TypeVar("T", bound="CreditBlock")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "priority",
        "remainingCents",
        "remainingCredits",
        "isPromotional",
        "expiresAt",
        "daysUntilExpiry",
        "originalCents",
        "originalCredits",
        "creditRateCents",
        "currency",
        "description",
        "createdAt",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class CreditBlock:
    """One credit block (grant) of the wallet, with its FIFO deduction priority.

    Attributes:
        id (str): Block id.
        status (CreditBlockStatus | str): active = has remaining balance and not expired; depleted = fully consumed;
            expired = past expiresAt.
        priority (int | None): Deduction priority of an active block (1 = deducted first: soonest expiry, then
            promotional before paid, then lowest cost basis); null for non-active blocks.
        remaining_cents (int): Remaining value in cents.
        remaining_credits (Decimal): Remaining credit units.
        is_promotional (bool): Whether the block comes from a promotional (free) grant.
        expires_at (datetime.datetime | None): When the block's credits expire.
        days_until_expiry (int | None | Unset): Days until the block expires.
        original_cents (int | Unset): Granted value in cents.
        original_credits (Decimal | Unset): Granted credit units.
        credit_rate_cents (Decimal | Unset): Cents per credit unit (integer or decimal; the example shows 10).
        currency (str | Unset): Currency code, e.g. "USD".
        description (str | Unset): Free-text description of the grant.
        created_at (datetime.datetime | Unset): When the block was granted.
    """

    id: str
    status: CreditBlockStatus | str
    priority: int | None
    remaining_cents: int
    remaining_credits: Decimal
    is_promotional: bool
    expires_at: datetime.datetime | None
    days_until_expiry: int | None | Unset = UNSET
    original_cents: int | Unset = UNSET
    original_credits: Decimal | Unset = UNSET
    credit_rate_cents: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.priority
        if _v is not UNSET:
            field_dict["priority"] = _v
        _v = self.remaining_cents
        if _v is not UNSET:
            field_dict["remainingCents"] = _v
        _v = self.remaining_credits
        if _v is not UNSET:
            field_dict["remainingCredits"] = _v
        _v = self.is_promotional
        if _v is not UNSET:
            field_dict["isPromotional"] = _v
        _v = self.expires_at
        if _v is not UNSET:
            field_dict["expiresAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.days_until_expiry
        if _v is not UNSET:
            field_dict["daysUntilExpiry"] = _v
        _v = self.original_cents
        if _v is not UNSET:
            field_dict["originalCents"] = _v
        _v = self.original_credits
        if _v is not UNSET:
            field_dict["originalCredits"] = _v
        _v = self.credit_rate_cents
        if _v is not UNSET:
            field_dict["creditRateCents"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
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
        credit_block = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["id"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "id", "string", _v)

        credit_block.id = _v
        try:
            _v = _d["status"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CREDIT_BLOCK_STATUS_VALUES:
                _v = _deviant(
                    _report, _path, "status", "one of active, depleted, expired", _v, "enum"
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "status", "one of active, depleted, expired", _v)

        credit_block.status = _v
        try:
            _v = _d["priority"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "priority", "integer", _v)

        credit_block.priority = _v
        try:
            _v = _d["remainingCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "remainingCents", "integer", _v)

        credit_block.remaining_cents = _v
        try:
            _v = _d["remainingCredits"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "remainingCredits", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "remainingCredits", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "remainingCredits", "number", _v)

        credit_block.remaining_credits = _v
        try:
            _v = _d["isPromotional"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isPromotional", "boolean", _v)

        credit_block.is_promotional = _v
        try:
            _v = _d["expiresAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "expiresAt")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "expiresAt")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "expiresAt")
        elif isinstance(_v, datetime.datetime):
            pass
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "expiresAt", "date-time string", _v)

        credit_block.expires_at = _v
        _v = _d.get("daysUntilExpiry", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "daysUntilExpiry", "integer", _v)

        credit_block.days_until_expiry = _v
        _v = _d.get("originalCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "originalCents", "integer", _v)

        credit_block.original_cents = _v
        _v = _d.get("originalCredits", UNSET)
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "originalCredits", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "originalCredits", "finite number", _v, "non-finite")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "originalCredits", "number", _v)

        credit_block.original_credits = _v
        _v = _d.get("creditRateCents", UNSET)
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "creditRateCents", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "creditRateCents", "finite number", _v, "non-finite")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditRateCents", "number", _v)

        credit_block.credit_rate_cents = _v
        _v = _d.get("currency", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "currency", "string", _v)

        credit_block.currency = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        credit_block.description = _v
        _v = _d.get("createdAt", UNSET)
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "createdAt")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "createdAt")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "createdAt")
        elif isinstance(_v, datetime.datetime):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "createdAt", "date-time string", _v)

        credit_block.created_at = _v
        if len(_d) == 14 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_block.additional_properties = _extra
        return credit_block

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
