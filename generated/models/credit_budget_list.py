from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credit_wallet_mode import check_credit_wallet_mode
from ..models.credit_wallet_mode import CreditWalletMode
from typing import cast

if TYPE_CHECKING:
    from ..models.credit_budget import CreditBudget


T = TypeVar("T", bound="CreditBudgetList")


@_attrs_define
class CreditBudgetList:
    """The credit budgets configured on a contract.

    Attributes:
        budgets (list[CreditBudget]): Budgets in array order.
        contract_id (str): Contract id.
        wallet_mode (CreditWalletMode): Wallet mode of the contract's credit wallet; decides which budget cap applies
            (credits -> maxCredits, dollars -> maxCreditsCents).
    """

    budgets: list[CreditBudget]
    contract_id: str
    wallet_mode: CreditWalletMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_budget import CreditBudget  # noqa: PLC0415

        budgets = []
        for budgets_item_data in self.budgets:
            budgets_item = budgets_item_data.to_dict()
            budgets.append(budgets_item)

        contract_id = self.contract_id

        wallet_mode: str = self.wallet_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budgets": budgets,
                "contractId": contract_id,
                "walletMode": wallet_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_budget import CreditBudget  # noqa: PLC0415

        d = dict(src_dict)
        budgets = []
        _budgets = d.pop("budgets")
        for budgets_item_data in _budgets:
            budgets_item = CreditBudget.from_dict(budgets_item_data)

            budgets.append(budgets_item)

        contract_id = d.pop("contractId")

        wallet_mode = check_credit_wallet_mode(d.pop("walletMode"))

        credit_budget_list = cls(
            budgets=budgets,
            contract_id=contract_id,
            wallet_mode=wallet_mode,
        )

        credit_budget_list.additional_properties = d
        return credit_budget_list

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
