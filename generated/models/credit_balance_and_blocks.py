from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.credit_balance import CreditBalance
    from ..models.credit_block import CreditBlock


T = TypeVar("T", bound="CreditBalanceAndBlocks")


@_attrs_define
class CreditBalanceAndBlocks:
    """A contract's aggregate credit balance and its credit blocks.

    Attributes:
        balance (CreditBalance): Aggregate credit balance of a contract's wallet.
        blocks (list[CreditBlock]): One block per grant (empty when the contract has no credit wallet).
    """

    balance: CreditBalance
    blocks: list[CreditBlock]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_balance import CreditBalance  # noqa: PLC0415
        from ..models.credit_block import CreditBlock  # noqa: PLC0415

        balance = self.balance.to_dict()

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()
            blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "blocks": blocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_balance import CreditBalance  # noqa: PLC0415
        from ..models.credit_block import CreditBlock  # noqa: PLC0415

        d = dict(src_dict)
        balance = CreditBalance.from_dict(d.pop("balance"))

        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:
            blocks_item = CreditBlock.from_dict(blocks_item_data)

            blocks.append(blocks_item)

        credit_balance_and_blocks = cls(
            balance=balance,
            blocks=blocks,
        )

        credit_balance_and_blocks.additional_properties = d
        return credit_balance_and_blocks

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
