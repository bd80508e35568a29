from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from decimal import Decimal
from uuid import UUID

from ..types import (
    UNSET,
    Unset,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_date as _parse_date,
    parse_datetime as _parse_datetime,
)

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID


T = TypeVar("T", bound="UpdateCreditBudgetRequest")


@_attrs_define(repr=False)
class UpdateCreditBudgetRequest:
    """Body of Update Credit Budget; all fields optional, only supplied fields change.

    Attributes:
        label (str | Unset): Human-readable label.
        meter_id (UUID | None | Unset): Meter (credit type) to limit the budget to; null presumably removes the meter
            scoping.
        max_credits (Decimal | None | Unset): Cap in credit units.
        max_credits_cents (int | None | Unset): Cap in cents.
    """

    label: str | Unset = UNSET
    meter_id: UUID | None | Unset = UNSET
    max_credits: Decimal | None | Unset = UNSET
    max_credits_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.label
        if _v is not UNSET:
            field_dict["label"] = _v
        _v = self.meter_id
        if _v is not UNSET:
            field_dict["meterId"] = str(_v) if _v.__class__ is UUID else _v
        _v = self.max_credits
        if _v is not UNSET:
            field_dict["maxCredits"] = _v
        _v = self.max_credits_cents
        if _v is not UNSET:
            field_dict["maxCreditsCents"] = _v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text; Decimal amounts are written exactly."""
        return _dumps(self.to_dict())

    def __repr__(self) -> str:
        return _model_repr(self)

    @classmethod
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], _report: Any = None, _path: str = "$"
    ) -> T:
        """Decode JSON data. A deviation from the spec is kept as received and reported to
        ``_report(path, kind, expected, value)``; with no ``_report`` it raises ``SpecDrift``."""
        _d = dict(src_dict)
        _v = _d.pop("label", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "label", "string", _v)

        label = _v
        _v = _d.pop("meterId", UNSET)
        if _v.__class__ is str:
            try:
                _v = UUID(_v)
            except ValueError:
                _v = _deviant(_report, _path, "meterId", "uuid string", _v, "format")
        elif _v.__class__ is UUID:
            pass
        elif _v is UNSET:
            pass
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "meterId", "uuid string", _v)

        meter_id = _v
        _v = _d.pop("maxCredits", UNSET)
        if _v.__class__ is Decimal:
            pass
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
        elif _v is UNSET:
            pass
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "maxCredits", "number", _v)

        max_credits = _v
        _v = _d.pop("maxCreditsCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            pass
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "maxCreditsCents", "integer", _v)

        max_credits_cents = _v
        update_credit_budget_request = cls(
            label=label,
            meter_id=meter_id,
            max_credits=max_credits,
            max_credits_cents=max_credits_cents,
        )
        update_credit_budget_request.additional_properties = _d
        return update_credit_budget_request

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
