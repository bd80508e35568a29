# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.credit_budget import CreditBudget
from ..models.credit_wallet_mode import CREDIT_WALLET_MODE_VALUES
from ..models.credit_wallet_mode import CreditWalletMode

T = TypeVar("T", bound="CreditBudgetList")
_KNOWN_KEYS = frozenset(
    {
        "budgets",
        "contractId",
        "walletMode",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreditBudgetList:
    """The credit budgets configured on a contract.

    Attributes:
        budgets (list[CreditBudget]): Budgets in array order.
        contract_id (str): Contract id.
        wallet_mode (CreditWalletMode | str): Wallet mode of the contract's credit wallet; decides which budget cap
            applies (credits -> maxCredits, dollars -> maxCreditsCents).
    """

    budgets: list[CreditBudget]
    contract_id: str
    wallet_mode: CreditWalletMode | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.budgets
        if _v is not UNSET:
            field_dict["budgets"] = (
                [_i.to_dict() if isinstance(_i, CreditBudget) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.contract_id
        if _v is not UNSET:
            field_dict["contractId"] = _v
        _v = self.wallet_mode
        if _v is not UNSET:
            field_dict["walletMode"] = _v
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
        credit_budget_list = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["budgets"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            _item_path = _path + ".budgets[*]"
            _v = [
                _CreditBudget_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (CreditBudget)", _i)
                for _i in _v
            ]
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "budgets", "array", _v)

        credit_budget_list.budgets = _v
        try:
            _v = _d["contractId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "contractId", "string", _v)

        credit_budget_list.contract_id = _v
        try:
            _v = _d["walletMode"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CREDIT_WALLET_MODE_VALUES:
                _v = _deviant(_report, _path, "walletMode", "one of credits, dollars", _v, "enum")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "walletMode", "one of credits, dollars", _v)

        credit_budget_list.wallet_mode = _v
        if len(_d) == 3 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_budget_list.additional_properties = _extra
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


_CreditBudget_from_dict = CreditBudget.from_dict
