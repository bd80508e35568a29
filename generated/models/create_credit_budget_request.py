from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="CreateCreditBudgetRequest")


@_attrs_define
class CreateCreditBudgetRequest:
    """Body of Create Credit Budget. Set maxCredits for a credits-mode wallet, maxCreditsCents for a dollars-mode wallet.

    Attributes:
        label (str | Unset): Human-readable label, e.g. "Dove".
        event_property_key (str | Unset): Event property key to match, e.g. "business_unit".
        event_property_value (str | Unset): Event property value to match, e.g. "dove".
        meter_id (str | Unset): Optional; limits the budget to one meter (credit type).
        max_credits (float | Unset): Cap in credit units, for wallets with walletMode credits.
        max_credits_cents (int | Unset): Cap in cents, for wallets with walletMode dollars.
    """

    label: str | Unset = UNSET
    event_property_key: str | Unset = UNSET
    event_property_value: str | Unset = UNSET
    meter_id: str | Unset = UNSET
    max_credits: float | Unset = UNSET
    max_credits_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        event_property_key = self.event_property_key

        event_property_value = self.event_property_value

        meter_id = self.meter_id

        max_credits = self.max_credits

        max_credits_cents = self.max_credits_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if event_property_key is not UNSET:
            field_dict["eventPropertyKey"] = event_property_key
        if event_property_value is not UNSET:
            field_dict["eventPropertyValue"] = event_property_value
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

        event_property_key = d.pop("eventPropertyKey", UNSET)

        event_property_value = d.pop("eventPropertyValue", UNSET)

        meter_id = d.pop("meterId", UNSET)

        max_credits = d.pop("maxCredits", UNSET)

        max_credits_cents = d.pop("maxCreditsCents", UNSET)

        create_credit_budget_request = cls(
            label=label,
            event_property_key=event_property_key,
            event_property_value=event_property_value,
            meter_id=meter_id,
            max_credits=max_credits,
            max_credits_cents=max_credits_cents,
        )

        create_credit_budget_request.additional_properties = d
        return create_credit_budget_request

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
