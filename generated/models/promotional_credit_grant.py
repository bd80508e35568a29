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
from ..models.credit_grant_metadata import CreditGrantMetadata

T = TypeVar("T", bound="PromotionalCreditGrant")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "amountCents",
        "creditAmount",
        "creditRateCents",
        "purchaseRateCents",
        "currency",
        "description",
        "expiresAt",
        "isPromotional",
        "balanceAfterCents",
        "creditBalanceAfter",
        "createdAt",
        "invoiceId",
        "metadata",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class PromotionalCreditGrant:
    """The ledger grant entry created by Grant Promotional Credits.

    Attributes:
        id (str): Ledger entry id.
        type_ (str): Entry type; always "grant" here.
        amount_cents (int): Granted value in cents.
        credit_amount (Decimal): Granted credit units.
        credit_rate_cents (Decimal): Cents per credit unit (integer or decimal; the example shows 100).
        purchase_rate_cents (int): Cost basis per credit in cents (0 for promotional grants in the example).
        currency (str): Currency code, e.g. "USD".
        description (str): Free-text description of the grant.
        expires_at (datetime.datetime): When the granted credits expire.
        is_promotional (bool): Always true for this endpoint.
        balance_after_cents (int): Wallet balance in cents after the grant.
        credit_balance_after (Decimal): Wallet credit balance after the grant.
        created_at (datetime.datetime): When the entry was created.
        invoice_id (str | None): Related invoice id, if any.
        metadata (CreditGrantMetadata | None): Grant metadata (reserved internal keys removed); null when none.
    """

    id: str
    type_: str
    amount_cents: int
    credit_amount: Decimal
    credit_rate_cents: Decimal
    purchase_rate_cents: int
    currency: str
    description: str
    expires_at: datetime.datetime
    is_promotional: bool
    balance_after_cents: int
    credit_balance_after: Decimal
    created_at: datetime.datetime
    invoice_id: str | None
    metadata: CreditGrantMetadata | None
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
        _v = self.purchase_rate_cents
        if _v is not UNSET:
            field_dict["purchaseRateCents"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.expires_at
        if _v is not UNSET:
            field_dict["expiresAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.is_promotional
        if _v is not UNSET:
            field_dict["isPromotional"] = _v
        _v = self.balance_after_cents
        if _v is not UNSET:
            field_dict["balanceAfterCents"] = _v
        _v = self.credit_balance_after
        if _v is not UNSET:
            field_dict["creditBalanceAfter"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.invoice_id
        if _v is not UNSET:
            field_dict["invoiceId"] = _v
        _v = self.metadata
        if _v is not UNSET:
            field_dict["metadata"] = _v.to_dict() if isinstance(_v, CreditGrantMetadata) else _v
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
        promotional_credit_grant = _new(cls)
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

        promotional_credit_grant.id = _v
        try:
            _v = _d["type"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "type", "string", _v)

        promotional_credit_grant.type_ = _v
        try:
            _v = _d["amountCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "amountCents", "integer", _v)

        promotional_credit_grant.amount_cents = _v
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

        promotional_credit_grant.credit_amount = _v
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

        promotional_credit_grant.credit_rate_cents = _v
        try:
            _v = _d["purchaseRateCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "purchaseRateCents", "integer", _v)

        promotional_credit_grant.purchase_rate_cents = _v
        try:
            _v = _d["currency"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "currency", "string", _v)

        promotional_credit_grant.currency = _v
        try:
            _v = _d["description"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "description", "string", _v)

        promotional_credit_grant.description = _v
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
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "expiresAt", "date-time string", _v)

        promotional_credit_grant.expires_at = _v
        try:
            _v = _d["isPromotional"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isPromotional", "boolean", _v)

        promotional_credit_grant.is_promotional = _v
        try:
            _v = _d["balanceAfterCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "balanceAfterCents", "integer", _v)

        promotional_credit_grant.balance_after_cents = _v
        try:
            _v = _d["creditBalanceAfter"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(
                    _report, _path, "creditBalanceAfter", "finite number", _v, "non-finite"
                )
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(
                    _report, _path, "creditBalanceAfter", "finite number", _v, "non-finite"
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "creditBalanceAfter", "number", _v)

        promotional_credit_grant.credit_balance_after = _v
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

        promotional_credit_grant.created_at = _v
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

        promotional_credit_grant.invoice_id = _v
        try:
            _v = _d["metadata"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            _v = _CreditGrantMetadata_from_dict(_v, _report, _path + ".metadata")
        elif isinstance(_v, CreditGrantMetadata):
            pass
        elif _v is None:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "metadata", "object (CreditGrantMetadata)", _v)

        promotional_credit_grant.metadata = _v
        if len(_d) == 15 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        promotional_credit_grant.additional_properties = _extra
        return promotional_credit_grant

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


_CreditGrantMetadata_from_dict = CreditGrantMetadata.from_dict
