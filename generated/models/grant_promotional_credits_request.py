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
from ..models.credit_grant_metadata import CreditGrantMetadata

T = TypeVar("T", bound="GrantPromotionalCreditsRequest")
_KNOWN_KEYS = frozenset(
    {
        "expiresAt",
        "amountCents",
        "creditRateCents",
        "creditAmount",
        "description",
        "externalId",
        "specifiers",
        "metadata",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class GrantPromotionalCreditsRequest:
    """Body of Grant Promotional Credits. Send either amountCents alone (dollar-only mode) or creditRateCents together with
    creditAmount (rate mode). Do not send isPromotional.

        Attributes:
            expires_at (datetime.datetime): When the granted credits expire (ISO 8601).
            amount_cents (int | Unset): Dollar-only mode amount in cents; send alone for a grant without credit-unit
                tracking.
            credit_rate_cents (int | Unset): Rate mode; cents per credit (0 = free credits); send together with
                creditAmount.
            credit_amount (Decimal | Unset): Rate mode; number of credits to grant (e.g. 500); send together with
                creditRateCents.
            description (str | Unset): Free-text description of the grant.
            external_id (str | Unset): Idempotency key; reusing it returns the entry already created instead of a new grant.
            specifiers (list[Any] | Unset): Restricts which usage the grant can pay for; omitted = applies to all usage.
            metadata (CreditGrantMetadata | Unset): Arbitrary key/value metadata of a credit grant. The reserved internal
                keys isPromotional and deductionBatchId are removed from responses.
    """

    expires_at: datetime.datetime
    amount_cents: int | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    credit_amount: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    specifiers: list[Any] | Unset = UNSET
    metadata: CreditGrantMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.expires_at
        if _v is not UNSET:
            field_dict["expiresAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.amount_cents
        if _v is not UNSET:
            field_dict["amountCents"] = _v
        _v = self.credit_rate_cents
        if _v is not UNSET:
            field_dict["creditRateCents"] = _v
        _v = self.credit_amount
        if _v is not UNSET:
            field_dict["creditAmount"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.external_id
        if _v is not UNSET:
            field_dict["externalId"] = _v
        _v = self.specifiers
        if _v is not UNSET:
            field_dict["specifiers"] = _v
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
        grant_promotional_credits_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
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

        grant_promotional_credits_request.expires_at = _v
        _v = _d.get("amountCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "amountCents", "integer", _v)

        grant_promotional_credits_request.amount_cents = _v
        _v = _d.get("creditRateCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditRateCents", "integer", _v)

        grant_promotional_credits_request.credit_rate_cents = _v
        _v = _d.get("creditAmount", UNSET)
        if _v.__class__ is Decimal:
            if not _v.is_finite():  # NaN or Infinity in the JSON text: never an amount
                _v = _deviant(_report, _path, "creditAmount", "finite number", _v, "non-finite")
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
            if not _v.is_finite():
                _v = _deviant(_report, _path, "creditAmount", "finite number", _v, "non-finite")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditAmount", "number", _v)

        grant_promotional_credits_request.credit_amount = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        grant_promotional_credits_request.description = _v
        _v = _d.get("externalId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "externalId", "string", _v)

        if _v.__class__ is str and len(_v) > 255:
            _v = _deviant(
                _report, _path, "externalId", "string of at most 255 characters", _v, "limit"
            )

        grant_promotional_credits_request.external_id = _v
        _v = _d.get("specifiers", UNSET)
        if _v.__class__ is list:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "specifiers", "array", _v)

        grant_promotional_credits_request.specifiers = _v
        _v = _d.get("metadata", UNSET)
        if _v.__class__ is dict:
            _v = _CreditGrantMetadata_from_dict(_v, _report, _path + ".metadata")
        elif isinstance(_v, CreditGrantMetadata):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "metadata", "object (CreditGrantMetadata)", _v)

        grant_promotional_credits_request.metadata = _v
        if len(_d) == 8 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        grant_promotional_credits_request.additional_properties = _extra
        return grant_promotional_credits_request

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
