from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.invoice_service_period import InvoiceServicePeriod


T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """One invoice line (a fixed fee or metered usage) for a service period.

    Attributes:
        id (str): Line item ID.
        name (str): Line name, e.g. Platform Fee or API Calls.
        quantity (float): Quantity billed (integer vs decimal not stated).
        unit_price_cents (int): Unit price in cents.
        total_amount_cents (int): Line total in cents.
        price_id (str): The pricing configuration this line comes from.
        is_metered (bool): True for usage-based (metered) lines.
        service_period (InvoiceServicePeriod): The period a line item covers.
        description (str | Unset): Optional human-readable calculation, e.g. "5,350 units × $0.01/unit = $53.50".
        unit_price (str | Unset): Unit price as a string (decimal-as-string meaning inferred from the pricing pages);
            absent in the upcoming-invoice example.
        total_amount (str | Unset): Line total as a string (decimal-as-string meaning inferred); absent in the upcoming-
            invoice example.
    """

    id: str
    name: str
    quantity: float
    unit_price_cents: int
    total_amount_cents: int
    price_id: str
    is_metered: bool
    service_period: InvoiceServicePeriod
    description: str | Unset = UNSET
    unit_price: str | Unset = UNSET
    total_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_service_period import InvoiceServicePeriod  # noqa: PLC0415

        id = self.id

        name = self.name

        quantity = self.quantity

        unit_price_cents = self.unit_price_cents

        total_amount_cents = self.total_amount_cents

        price_id = self.price_id

        is_metered = self.is_metered

        service_period = self.service_period.to_dict()

        description = self.description

        unit_price = self.unit_price

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "quantity": quantity,
                "unitPriceCents": unit_price_cents,
                "totalAmountCents": total_amount_cents,
                "priceId": price_id,
                "isMetered": is_metered,
                "servicePeriod": service_period,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_service_period import InvoiceServicePeriod  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        quantity = d.pop("quantity")

        unit_price_cents = d.pop("unitPriceCents")

        total_amount_cents = d.pop("totalAmountCents")

        price_id = d.pop("priceId")

        is_metered = d.pop("isMetered")

        service_period = InvoiceServicePeriod.from_dict(d.pop("servicePeriod"))

        description = d.pop("description", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        invoice_line_item = cls(
            id=id,
            name=name,
            quantity=quantity,
            unit_price_cents=unit_price_cents,
            total_amount_cents=total_amount_cents,
            price_id=price_id,
            is_metered=is_metered,
            service_period=service_period,
            description=description,
            unit_price=unit_price,
            total_amount=total_amount,
        )

        invoice_line_item.additional_properties = d
        return invoice_line_item

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
