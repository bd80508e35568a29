# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.credit_balance import CreditBalance
from ..models.credit_block import CreditBlock

T = TypeVar("T", bound="CreditBalanceAndBlocks")
_KNOWN_KEYS = frozenset(
    {
        "balance",
        "blocks",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
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
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.balance
        if _v is not UNSET:
            field_dict["balance"] = _v.to_dict() if isinstance(_v, CreditBalance) else _v
        _v = self.blocks
        if _v is not UNSET:
            field_dict["blocks"] = (
                [_i.to_dict() if isinstance(_i, CreditBlock) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
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
        credit_balance_and_blocks = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["balance"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            _v = _CreditBalance_from_dict(_v, _report, _path + ".balance")
        elif isinstance(_v, CreditBalance):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "balance", "object (CreditBalance)", _v)

        credit_balance_and_blocks.balance = _v
        try:
            _v = _d["blocks"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is list:
            _item_path = _path + ".blocks[*]"
            _v = [
                _CreditBlock_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (CreditBlock)", _i)
                for _i in _v
            ]
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "blocks", "array", _v)

        credit_balance_and_blocks.blocks = _v
        if len(_d) == 2 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_balance_and_blocks.additional_properties = _extra
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


_CreditBalance_from_dict = CreditBalance.from_dict
_CreditBlock_from_dict = CreditBlock.from_dict
