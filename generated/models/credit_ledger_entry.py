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
from ..models.credit_ledger_entry_type import CREDIT_LEDGER_ENTRY_TYPE_VALUES
from ..models.credit_ledger_entry_type import CreditLedgerEntryType

T = TypeVar("T", bound="CreditLedgerEntry")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "amountCents",
        "creditAmount",
        "creditRateCents",
        "currency",
        "description",
        "sourceType",
        "invoiceId",
        "grantEntryId",
        "expiresAt",
        "isPromotional",
        "createdAt",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class CreditLedgerEntry:
    """One immutable entry of a contract's credit ledger.

    Attributes:
        id (str): Entry id.
        type_ (CreditLedgerEntryType | str): Ledger entry type. amountCents sign: grant positive (credits added); usage
            negative (applied to an invoice); adjustment positive or negative (manual correction); reversal opposite of the
            entry it undoes; expiration negative (expired credits, breakage).
        amount_cents (int): Signed amount in cents (sign depends on type).
        credit_amount (Decimal): Signed amount in credit units (same sign as amountCents).
        credit_rate_cents (Decimal): Cents per credit unit (integer or decimal; the example shows 10).
        currency (str): Currency code, e.g. "USD".
        description (str): Free-text description of the entry.
        source_type (str): What produced the entry; values seen are invoice and contract (full list not seen).
        invoice_id (str | None): Invoice the entry belongs to (invoice-sourced entries), else null.
        grant_entry_id (str | None): Id of the source grant entry (usage and expiration entries), else null.
        expires_at (datetime.datetime | None): When the granted credits expire (null for entries without expiry).
        is_promotional (bool): Whether the entry concerns promotional credits.
        created_at (datetime.datetime): When the entry was created.
    """

    id: str
    type_: CreditLedgerEntryType | str
    amount_cents: int
    credit_amount: Decimal
    credit_rate_cents: Decimal
    currency: str
    description: str
    source_type: str
    invoice_id: str | None
    grant_entry_id: str | None
    expires_at: datetime.datetime | None
    is_promotional: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.amount_cents
        if _v is not UNSET:
            field_dict["amountCents"] = _v
        _v = self.credit_amount
        if _v is not UNSET:
            field_dict["creditAmount"] = _v
        _v = self.credit_rate_cents
        if _v is not UNSET:
            field_dict["creditRateCents"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.source_type
        if _v is not UNSET:
            field_dict["sourceType"] = _v
        _v = self.invoice_id
        if _v is not UNSET:
            field_dict["invoiceId"] = _v
        _v = self.grant_entry_id
        if _v is not UNSET:
            field_dict["grantEntryId"] = _v
        _v = self.expires_at
        if _v is not UNSET:
            field_dict["expiresAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.is_promotional
        if _v is not UNSET:
            field_dict["isPromotional"] = _v
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
        credit_ledger_entry = _new(cls)
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

        credit_ledger_entry.id = _v
        try:
            _v = _d["type"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CREDIT_LEDGER_ENTRY_TYPE_VALUES:
                _v = _deviant(
                    _report,
                    _path,
                    "type",
                    "one of adjustment, expiration, grant, reversal, usage",
                    _v,
                    "enum",
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(
                _report, _path, "type", "one of adjustment, expiration, grant, reversal, usage", _v
            )

        credit_ledger_entry.type_ = _v
        try:
            _v = _d["amountCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "amountCents", "integer", _v)

        credit_ledger_entry.amount_cents = _v
        try:
            _v = _d["creditAmount"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "creditAmount", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "creditAmount", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "creditAmount", "number", _v)

        credit_ledger_entry.credit_amount = _v
        try:
            _v = _d["creditRateCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "creditRateCents", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "creditRateCents", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "creditRateCents", "number", _v)

        credit_ledger_entry.credit_rate_cents = _v
        try:
            _v = _d["currency"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "currency", "string", _v)

        credit_ledger_entry.currency = _v
        try:
            _v = _d["description"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "description", "string", _v)

        credit_ledger_entry.description = _v
        try:
            _v = _d["sourceType"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "sourceType", "string", _v)

        credit_ledger_entry.source_type = _v
        try:
            _v = _d["invoiceId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "invoiceId", "string", _v)

        credit_ledger_entry.invoice_id = _v
        try:
            _v = _d["grantEntryId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "grantEntryId", "string", _v)

        credit_ledger_entry.grant_entry_id = _v
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

        credit_ledger_entry.expires_at = _v
        try:
            _v = _d["isPromotional"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isPromotional", "boolean", _v)

        credit_ledger_entry.is_promotional = _v
        try:
            _v = _d["createdAt"]
        except KeyError:
            _v = UNSET
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
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "createdAt", "date-time string", _v)

        credit_ledger_entry.created_at = _v
        if len(_d) == 13 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_ledger_entry.additional_properties = _extra
        return credit_ledger_entry

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
