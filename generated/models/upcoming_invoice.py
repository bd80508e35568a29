from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invoice_status import check_invoice_status
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.invoice_line_item import InvoiceLineItem


T = TypeVar("T", bound="UpcomingInvoice")


@_attrs_define
class UpcomingInvoice:
    """Preview of the customer's next invoice with live usage charges; line items are always included.

    Attributes:
        id (str): Invoice ID, e.g. inv-a1b2c3d4.
        invoice_number (str): Human-readable invoice number, e.g. INV-00042.
        contract_id (str): The contract the invoice belongs to.
        status (InvoiceStatus): Invoice status. Two values contain a space.
        invoice_date (datetime.date): Invoice date (YYYY-MM-DD).
        due_date (datetime.date): Payment due date (YYYY-MM-DD).
        total_cents (int): Invoice total in cents (the sum of the line items in the example).
        line_items (list[InvoiceLineItem]): The line items, including live metered usage.
        customer_id (str | Unset): The invoiced customer (not shown in the example).
        memo (None | str | Unset): Optional memo/notes (not shown in the example).
        payment_link (None | str | Unset): Payment portal URL (not shown in the example).
        created_at (str | Unset): Creation time (not shown in the example; plain string because unseen).
        updated_at (str | Unset): Last update time (not shown in the example; plain string because unseen).
    """

    id: str
    invoice_number: str
    contract_id: str
    status: InvoiceStatus
    invoice_date: datetime.date
    due_date: datetime.date
    total_cents: int
    line_items: list[InvoiceLineItem]
    customer_id: str | Unset = UNSET
    memo: None | str | Unset = UNSET
    payment_link: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415

        id = self.id

        invoice_number = self.invoice_number

        contract_id = self.contract_id

        status: str = self.status

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        total_cents = self.total_cents

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        customer_id = self.customer_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payment_link: None | str | Unset
        if isinstance(self.payment_link, Unset):
            payment_link = UNSET
        else:
            payment_link = self.payment_link

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoiceNumber": invoice_number,
                "contractId": contract_id,
                "status": status,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "totalCents": total_cents,
                "lineItems": line_items,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_link is not UNSET:
            field_dict["paymentLink"] = payment_link
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        invoice_number = d.pop("invoiceNumber")

        contract_id = d.pop("contractId")

        status = check_invoice_status(d.pop("status"))

        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        total_cents = d.pop("totalCents")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = InvoiceLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        customer_id = d.pop("customerId", UNSET)

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_payment_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_link = _parse_payment_link(d.pop("paymentLink", UNSET))

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        upcoming_invoice = cls(
            id=id,
            invoice_number=invoice_number,
            contract_id=contract_id,
            status=status,
            invoice_date=invoice_date,
            due_date=due_date,
            total_cents=total_cents,
            line_items=line_items,
            customer_id=customer_id,
            memo=memo,
            payment_link=payment_link,
            created_at=created_at,
            updated_at=updated_at,
        )

        upcoming_invoice.additional_properties = d
        return upcoming_invoice

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
