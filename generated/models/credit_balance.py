from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="CreditBalance")


@_attrs_define
class CreditBalance:
    """Aggregate credit balance of a contract's wallet.

    Attributes:
        balance_cents (int): Total remaining value in cents.
        credit_balance (float): Total remaining credit units (may be fractional, e.g. 1406.25).
        currency (str): Currency code, e.g. "USD".
        block_count (int): Number of credit blocks (includes non-active blocks).
        as_of (datetime.datetime): When the balance was computed.
    """

    balance_cents: int
    credit_balance: float
    currency: str
    block_count: int
    as_of: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_cents = self.balance_cents

        credit_balance = self.credit_balance

        currency = self.currency

        block_count = self.block_count

        as_of = self.as_of.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balanceCents": balance_cents,
                "creditBalance": credit_balance,
                "currency": currency,
                "blockCount": block_count,
                "asOf": as_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance_cents = d.pop("balanceCents")

        credit_balance = d.pop("creditBalance")

        currency = d.pop("currency")

        block_count = d.pop("blockCount")

        as_of = datetime.datetime.fromisoformat(d.pop("asOf"))

        credit_balance = cls(
            balance_cents=balance_cents,
            credit_balance=credit_balance,
            currency=currency,
            block_count=block_count,
            as_of=as_of,
        )

        credit_balance.additional_properties = d
        return credit_balance

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
