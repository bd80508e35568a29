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


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice. The REST API calls the number invoiceNumber (webhook payloads call it invoiceNum). lineItems is present
    only with include=lineItems.

        Attributes:
            id (str): Invoice ID (a UUID in the older page's example).
            invoice_number (str): Human-readable invoice number, e.g. INV-2024-001.
            customer_id (str): The invoiced customer.
            contract_id (str): The contract the invoice belongs to.
            status (InvoiceStatus): Invoice status. Two values contain a space.
            invoice_date (datetime.date): Invoice date (YYYY-MM-DD).
            due_date (datetime.date): Payment due date (YYYY-MM-DD).
            total_cents (int): Invoice total in cents.
            created_at (datetime.datetime): When the invoice was created.
            updated_at (datetime.datetime): When the invoice was last updated.
            memo (None | str | Unset): Optional memo/notes.
            payment_link (None | str | Unset): URL of the payment portal where the customer can pay (expires after 90 days
                per the webhook page).
            line_items (list[InvoiceLineItem] | Unset): The invoice's line items; present when include=lineItems was
                requested.
    """

    id: str
    invoice_number: str
    customer_id: str
    contract_id: str
    status: InvoiceStatus
    invoice_date: datetime.date
    due_date: datetime.date
    total_cents: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    memo: None | str | Unset = UNSET
    payment_link: None | str | Unset = UNSET
    line_items: list[InvoiceLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415

        id = self.id

        invoice_number = self.invoice_number

        customer_id = self.customer_id

        contract_id = self.contract_id

        status: str = self.status

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        total_cents = self.total_cents

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoiceNumber": invoice_number,
                "customerId": customer_id,
                "contractId": contract_id,
                "status": status,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "totalCents": total_cents,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_link is not UNSET:
            field_dict["paymentLink"] = payment_link
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        invoice_number = d.pop("invoiceNumber")

        customer_id = d.pop("customerId")

        contract_id = d.pop("contractId")

        status = check_invoice_status(d.pop("status"))

        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        total_cents = d.pop("totalCents")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

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

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[InvoiceLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = InvoiceLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        invoice = cls(
            id=id,
            invoice_number=invoice_number,
            customer_id=customer_id,
            contract_id=contract_id,
            status=status,
            invoice_date=invoice_date,
            due_date=due_date,
            total_cents=total_cents,
            created_at=created_at,
            updated_at=updated_at,
            memo=memo,
            payment_link=payment_link,
            line_items=line_items,
        )

        invoice.additional_properties = d
        return invoice

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
