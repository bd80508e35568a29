from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credit_ledger_entry_type import check_credit_ledger_entry_type
from ..models.credit_ledger_entry_type import CreditLedgerEntryType
from typing import cast
import datetime


T = TypeVar("T", bound="CreditLedgerEntry")


@_attrs_define
class CreditLedgerEntry:
    """One immutable entry of a contract's credit ledger.

    Attributes:
        id (str): Entry id.
        type_ (CreditLedgerEntryType): Ledger entry type. amountCents sign: grant positive (credits added); usage
            negative (applied to an invoice); adjustment positive or negative (manual correction); reversal opposite of the
            entry it undoes; expiration negative (expired credits, breakage).
        amount_cents (int): Signed amount in cents (sign depends on type).
        credit_amount (float): Signed amount in credit units (same sign as amountCents).
        credit_rate_cents (float): Cents per credit unit (integer or decimal; the example shows 10).
        currency (str): Currency code, e.g. "USD".
        description (str): Free-text description of the entry.
        source_type (str): What produced the entry; values seen are invoice and contract (full list not seen).
        invoice_id (None | str): Invoice the entry belongs to (invoice-sourced entries), else null.
        grant_entry_id (None | str): Id of the source grant entry (usage and expiration entries), else null.
        expires_at (datetime.datetime | None): When the granted credits expire (null for entries without expiry).
        is_promotional (bool): Whether the entry concerns promotional credits.
        created_at (datetime.datetime): When the entry was created.
    """

    id: str
    type_: CreditLedgerEntryType
    amount_cents: int
    credit_amount: float
    credit_rate_cents: float
    currency: str
    description: str
    source_type: str
    invoice_id: None | str
    grant_entry_id: None | str
    expires_at: datetime.datetime | None
    is_promotional: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        amount_cents = self.amount_cents

        credit_amount = self.credit_amount

        credit_rate_cents = self.credit_rate_cents

        currency = self.currency

        description = self.description

        source_type = self.source_type

        invoice_id: None | str
        invoice_id = self.invoice_id

        grant_entry_id: None | str
        grant_entry_id = self.grant_entry_id

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        is_promotional = self.is_promotional

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "amountCents": amount_cents,
                "creditAmount": credit_amount,
                "creditRateCents": credit_rate_cents,
                "currency": currency,
                "description": description,
                "sourceType": source_type,
                "invoiceId": invoice_id,
                "grantEntryId": grant_entry_id,
                "expiresAt": expires_at,
                "isPromotional": is_promotional,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_credit_ledger_entry_type(d.pop("type"))

        amount_cents = d.pop("amountCents")

        credit_amount = d.pop("creditAmount")

        credit_rate_cents = d.pop("creditRateCents")

        currency = d.pop("currency")

        description = d.pop("description")

        source_type = d.pop("sourceType")

        def _parse_invoice_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId"))

        def _parse_grant_entry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grant_entry_id = _parse_grant_entry_id(d.pop("grantEntryId"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        is_promotional = d.pop("isPromotional")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        credit_ledger_entry = cls(
            id=id,
            type_=type_,
            amount_cents=amount_cents,
            credit_amount=credit_amount,
            credit_rate_cents=credit_rate_cents,
            currency=currency,
            description=description,
            source_type=source_type,
            invoice_id=invoice_id,
            grant_entry_id=grant_entry_id,
            expires_at=expires_at,
            is_promotional=is_promotional,
            created_at=created_at,
        )

        credit_ledger_entry.additional_properties = d
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
