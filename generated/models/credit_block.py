from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credit_block_status import check_credit_block_status
from ..models.credit_block_status import CreditBlockStatus
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="CreditBlock")


@_attrs_define
class CreditBlock:
    """One credit block (grant) of the wallet, with its FIFO deduction priority.

    Attributes:
        id (str): Block id.
        status (CreditBlockStatus): active = has remaining balance and not expired; depleted = fully consumed; expired =
            past expiresAt.
        priority (int | None): Deduction priority of an active block (1 = deducted first: soonest expiry, then
            promotional before paid, then lowest cost basis); null for non-active blocks.
        remaining_cents (int): Remaining value in cents.
        remaining_credits (float): Remaining credit units.
        is_promotional (bool): Whether the block comes from a promotional (free) grant.
        expires_at (datetime.datetime | None): When the block's credits expire.
        days_until_expiry (int | None | Unset): Days until the block expires.
        original_cents (int | Unset): Granted value in cents.
        original_credits (float | Unset): Granted credit units.
        credit_rate_cents (float | Unset): Cents per credit unit (integer or decimal; the example shows 10).
        currency (str | Unset): Currency code, e.g. "USD".
        description (str | Unset): Free-text description of the grant.
        created_at (datetime.datetime | Unset): When the block was granted.
    """

    id: str
    status: CreditBlockStatus
    priority: int | None
    remaining_cents: int
    remaining_credits: float
    is_promotional: bool
    expires_at: datetime.datetime | None
    days_until_expiry: int | None | Unset = UNSET
    original_cents: int | Unset = UNSET
    original_credits: float | Unset = UNSET
    credit_rate_cents: float | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        priority: int | None
        priority = self.priority

        remaining_cents = self.remaining_cents

        remaining_credits = self.remaining_credits

        is_promotional = self.is_promotional

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        days_until_expiry: int | None | Unset
        if isinstance(self.days_until_expiry, Unset):
            days_until_expiry = UNSET
        else:
            days_until_expiry = self.days_until_expiry

        original_cents = self.original_cents

        original_credits = self.original_credits

        credit_rate_cents = self.credit_rate_cents

        currency = self.currency

        description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "priority": priority,
                "remainingCents": remaining_cents,
                "remainingCredits": remaining_credits,
                "isPromotional": is_promotional,
                "expiresAt": expires_at,
            }
        )
        if days_until_expiry is not UNSET:
            field_dict["daysUntilExpiry"] = days_until_expiry
        if original_cents is not UNSET:
            field_dict["originalCents"] = original_cents
        if original_credits is not UNSET:
            field_dict["originalCredits"] = original_credits
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = check_credit_block_status(d.pop("status"))

        def _parse_priority(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        priority = _parse_priority(d.pop("priority"))

        remaining_cents = d.pop("remainingCents")

        remaining_credits = d.pop("remainingCredits")

        is_promotional = d.pop("isPromotional")

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

        def _parse_days_until_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_expiry = _parse_days_until_expiry(d.pop("daysUntilExpiry", UNSET))

        original_cents = d.pop("originalCents", UNSET)

        original_credits = d.pop("originalCredits", UNSET)

        credit_rate_cents = d.pop("creditRateCents", UNSET)

        currency = d.pop("currency", UNSET)

        description = d.pop("description", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        credit_block = cls(
            id=id,
            status=status,
            priority=priority,
            remaining_cents=remaining_cents,
            remaining_credits=remaining_credits,
            is_promotional=is_promotional,
            expires_at=expires_at,
            days_until_expiry=days_until_expiry,
            original_cents=original_cents,
            original_credits=original_credits,
            credit_rate_cents=credit_rate_cents,
            currency=currency,
            description=description,
            created_at=created_at,
        )

        credit_block.additional_properties = d
        return credit_block

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
