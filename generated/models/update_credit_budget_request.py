from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID


T = TypeVar("T", bound="UpdateCreditBudgetRequest")


@_attrs_define
class UpdateCreditBudgetRequest:
    """Body of Update Credit Budget; all fields optional, only supplied fields change.

    Attributes:
        label (str | Unset): Human-readable label.
        meter_id (None | Unset | UUID): Meter (credit type) to limit the budget to; null presumably removes the meter
            scoping.
        max_credits (float | None | Unset): Cap in credit units.
        max_credits_cents (int | None | Unset): Cap in cents.
    """

    label: str | Unset = UNSET
    meter_id: None | Unset | UUID = UNSET
    max_credits: float | None | Unset = UNSET
    max_credits_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        elif isinstance(self.meter_id, UUID):
            meter_id = str(self.meter_id)
        else:
            meter_id = self.meter_id

        max_credits: float | None | Unset
        if isinstance(self.max_credits, Unset):
            max_credits = UNSET
        else:
            max_credits = self.max_credits

        max_credits_cents: int | None | Unset
        if isinstance(self.max_credits_cents, Unset):
            max_credits_cents = UNSET
        else:
            max_credits_cents = self.max_credits_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if meter_id is not UNSET:
            field_dict["meterId"] = meter_id
        if max_credits is not UNSET:
            field_dict["maxCredits"] = max_credits
        if max_credits_cents is not UNSET:
            field_dict["maxCreditsCents"] = max_credits_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        def _parse_meter_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meter_id_type_0 = UUID(data)

                return meter_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        meter_id = _parse_meter_id(d.pop("meterId", UNSET))

        def _parse_max_credits(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_credits = _parse_max_credits(d.pop("maxCredits", UNSET))

        def _parse_max_credits_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_credits_cents = _parse_max_credits_cents(d.pop("maxCreditsCents", UNSET))

        update_credit_budget_request = cls(
            label=label,
            meter_id=meter_id,
            max_credits=max_credits,
            max_credits_cents=max_credits_cents,
        )

        update_credit_budget_request.additional_properties = d
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
