# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime

from ..types import (
    UNSET,
    Unset,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_date as _parse_date,
)
from ..models.invoice_line_item import InvoiceLineItem
from ..models.invoice_status import INVOICE_STATUS_VALUES
from ..models.invoice_status import InvoiceStatus

T = TypeVar("T", bound="UpcomingInvoice")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "invoiceNumber",
        "contractId",
        "status",
        "invoiceDate",
        "dueDate",
        "totalCents",
        "lineItems",
        "customerId",
        "memo",
        "paymentLink",
        "createdAt",
        "updatedAt",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_date = datetime.date.fromisoformat


@_attrs_define(repr=False)
class UpcomingInvoice:
    """Preview of the customer's next invoice with live usage charges; line items are always included.

    Attributes:
        id (str): Invoice ID, e.g. inv-a1b2c3d4.
        invoice_number (str): Human-readable invoice number, e.g. INV-00042.
        contract_id (str): The contract the invoice belongs to.
        status (InvoiceStatus | str): Invoice status. Two values contain a space.
        invoice_date (datetime.date): Invoice date (YYYY-MM-DD).
        due_date (datetime.date): Payment due date (YYYY-MM-DD).
        total_cents (int): Invoice total in cents (the sum of the line items in the example).
        line_items (list[InvoiceLineItem]): The line items, including live metered usage.
        customer_id (str | Unset): The invoiced customer (not shown in the example).
        memo (str | None | Unset): Optional memo/notes (not shown in the example).
        payment_link (str | None | Unset): Payment portal URL (not shown in the example).
        created_at (str | Unset): Creation time (not shown in the example; plain string because unseen).
        updated_at (str | Unset): Last update time (not shown in the example; plain string because unseen).
    """

    id: str
    invoice_number: str
    contract_id: str
    status: InvoiceStatus | str
    invoice_date: datetime.date
    due_date: datetime.date
    total_cents: int
    line_items: list[InvoiceLineItem]
    customer_id: str | Unset = UNSET
    memo: str | None | Unset = UNSET
    payment_link: str | None | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.contract_id
        if _v is not UNSET:
            field_dict["contractId"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.invoice_date
        if _v is not UNSET:
            field_dict["invoiceDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.due_date
        if _v is not UNSET:
            field_dict["dueDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.total_cents
        if _v is not UNSET:
            field_dict["totalCents"] = _v
        _v = self.line_items
        if _v is not UNSET:
            field_dict["lineItems"] = (
                [_i.to_dict() if isinstance(_i, InvoiceLineItem) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.memo
        if _v is not UNSET:
            field_dict["memo"] = _v
        _v = self.payment_link
        if _v is not UNSET:
            field_dict["paymentLink"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            field_dict["updatedAt"] = _v
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
        upcoming_invoice = _new(cls)
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

        upcoming_invoice.id = _v
        try:
            _v = _d["invoiceNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "invoiceNumber", "string", _v)

        upcoming_invoice.invoice_number = _v
        try:
            _v = _d["contractId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "contractId", "string", _v)

        upcoming_invoice.contract_id = _v
        try:
            _v = _d["status"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in INVOICE_STATUS_VALUES:
                _v = _deviant(
                    _report,
                    _path,
                    "status",
                    "one of Cancelled, Drafted, In Progress, In Transit, Paid, Refunded",
                    _v,
                    "enum",
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(
                _report,
                _path,
                "status",
                "one of Cancelled, Drafted, In Progress, In Transit, Paid, Refunded",
                _v,
            )

        upcoming_invoice.status = _v
        try:
            _v = _d["invoiceDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "invoiceDate")
        elif isinstance(_v, datetime.date):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "invoiceDate", "date string", _v)

        upcoming_invoice.invoice_date = _v
        try:
            _v = _d["dueDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "dueDate")
        elif isinstance(_v, datetime.date):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "dueDate", "date string", _v)

        upcoming_invoice.due_date = _v
        try:
            _v = _d["totalCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "totalCents", "integer", _v)

        upcoming_invoice.total_cents = _v
        try:
            _v = _d["lineItems"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            _item_path = _path + ".lineItems[*]"
            _v = [
                _InvoiceLineItem_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (InvoiceLineItem)", _i)
                for _i in _v
            ]
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "lineItems", "array", _v)

        upcoming_invoice.line_items = _v
        _v = _d.get("customerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "customerId", "string", _v)

        upcoming_invoice.customer_id = _v
        _v = _d.get("memo", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "memo", "string", _v)

        upcoming_invoice.memo = _v
        _v = _d.get("paymentLink", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "paymentLink", "string", _v)

        upcoming_invoice.payment_link = _v
        _v = _d.get("createdAt", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "createdAt", "string", _v)

        upcoming_invoice.created_at = _v
        _v = _d.get("updatedAt", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "updatedAt", "string", _v)

        upcoming_invoice.updated_at = _v
        if len(_d) == 13 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        upcoming_invoice.additional_properties = _extra
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


_InvoiceLineItem_from_dict = InvoiceLineItem.from_dict
