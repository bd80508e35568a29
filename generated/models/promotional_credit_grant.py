from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.credit_grant_metadata import CreditGrantMetadata


T = TypeVar("T", bound="PromotionalCreditGrant")


@_attrs_define
class PromotionalCreditGrant:
    """The ledger grant entry created by Grant Promotional Credits.

    Attributes:
        id (str): Ledger entry id.
        type_ (str): Entry type; always "grant" here.
        amount_cents (int): Granted value in cents.
        credit_amount (float): Granted credit units.
        credit_rate_cents (float): Cents per credit unit (integer or decimal; the example shows 100).
        purchase_rate_cents (int): Cost basis per credit in cents (0 for promotional grants in the example).
        currency (str): Currency code, e.g. "USD".
        description (str): Free-text description of the grant.
        expires_at (datetime.datetime): When the granted credits expire.
        is_promotional (bool): Always true for this endpoint.
        balance_after_cents (int): Wallet balance in cents after the grant.
        credit_balance_after (float): Wallet credit balance after the grant.
        created_at (datetime.datetime): When the entry was created.
        invoice_id (None | str): Related invoice id, if any.
        metadata (CreditGrantMetadata | None): Grant metadata (reserved internal keys removed); null when none.
    """

    id: str
    type_: str
    amount_cents: int
    credit_amount: float
    credit_rate_cents: float
    purchase_rate_cents: int
    currency: str
    description: str
    expires_at: datetime.datetime
    is_promotional: bool
    balance_after_cents: int
    credit_balance_after: float
    created_at: datetime.datetime
    invoice_id: None | str
    metadata: CreditGrantMetadata | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_grant_metadata import CreditGrantMetadata  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        amount_cents = self.amount_cents

        credit_amount = self.credit_amount

        credit_rate_cents = self.credit_rate_cents

        purchase_rate_cents = self.purchase_rate_cents

        currency = self.currency

        description = self.description

        expires_at = self.expires_at.isoformat()

        is_promotional = self.is_promotional

        balance_after_cents = self.balance_after_cents

        credit_balance_after = self.credit_balance_after

        created_at = self.created_at.isoformat()

        invoice_id: None | str
        invoice_id = self.invoice_id

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, CreditGrantMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "amountCents": amount_cents,
                "creditAmount": credit_amount,
                "creditRateCents": credit_rate_cents,
                "purchaseRateCents": purchase_rate_cents,
                "currency": currency,
                "description": description,
                "expiresAt": expires_at,
                "isPromotional": is_promotional,
                "balanceAfterCents": balance_after_cents,
                "creditBalanceAfter": credit_balance_after,
                "createdAt": created_at,
                "invoiceId": invoice_id,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_grant_metadata import CreditGrantMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        amount_cents = d.pop("amountCents")

        credit_amount = d.pop("creditAmount")

        credit_rate_cents = d.pop("creditRateCents")

        purchase_rate_cents = d.pop("purchaseRateCents")

        currency = d.pop("currency")

        description = d.pop("description")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        is_promotional = d.pop("isPromotional")

        balance_after_cents = d.pop("balanceAfterCents")

        credit_balance_after = d.pop("creditBalanceAfter")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_invoice_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId"))

        def _parse_metadata(data: object) -> CreditGrantMetadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreditGrantMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditGrantMetadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        promotional_credit_grant = cls(
            id=id,
            type_=type_,
            amount_cents=amount_cents,
            credit_amount=credit_amount,
            credit_rate_cents=credit_rate_cents,
            purchase_rate_cents=purchase_rate_cents,
            currency=currency,
            description=description,
            expires_at=expires_at,
            is_promotional=is_promotional,
            balance_after_cents=balance_after_cents,
            credit_balance_after=credit_balance_after,
            created_at=created_at,
            invoice_id=invoice_id,
            metadata=metadata,
        )

        promotional_credit_grant.additional_properties = d
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
