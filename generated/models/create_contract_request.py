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
from ..models.contract_credit_settings import ContractCreditSettings
from ..models.contract_metadata import ContractMetadata
from ..models.contract_price_override import ContractPriceOverride
from ..models.contract_rate_overrides import ContractRateOverrides

T = TypeVar("T", bound="CreateContractRequest")
_KNOWN_KEYS = frozenset(
    {
        "planId",
        "customerId",
        "startDate",
        "endDate",
        "netTerms",
        "overrides",
        "creditGrantCents",
        "creditSettings",
        "metadata",
        "billingCycleAnchor",
        "rateOverrides",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_date = datetime.date.fromisoformat


@_attrs_define(repr=False)
class CreateContractRequest:
    """Body of Create Contract.

    Attributes:
        plan_id (str): Plan to subscribe to.
        customer_id (str): Customer the contract belongs to.
        start_date (datetime.date): Date billing starts.
        end_date (datetime.date | Unset): Date the contract ends; leave out for a rolling month-to-month contract.
        net_terms (int | Unset): Days until payment is due; overrides the plan's default net terms (defaults to the
            plan's value).
        overrides (list[ContractPriceOverride] | Unset): Per-price overrides for this contract.
        credit_grant_cents (int | None | Unset): Credit grant in cents. Leave out to use the plan default, send null to
            disable the credit grant, or send an integer amount (enables the credit wallet).
        credit_settings (ContractCreditSettings | Unset): Credit wallet settings of the contract.
        metadata (ContractMetadata | Unset): User-defined key/value metadata on a contract (e.g. CRM ids, internal
            tags): at most 10 keys, keys at most 40 characters, values strings, numbers or booleans (strings at most 500
            characters).
        billing_cycle_anchor (str | Unset): Day-of-month billing is anchored to (e.g. "2026-02-01"); defaults to the
            contract startDate.
        rate_overrides (ContractRateOverrides | Unset): Rate-card overrides keyed by meter code (e.g. LLM_TOKENS); each
            value maps a "<dimensionKey>=<value>" string to a rate in dollars.
    """

    plan_id: str
    customer_id: str
    start_date: datetime.date
    end_date: datetime.date | Unset = UNSET
    net_terms: int | Unset = UNSET
    overrides: list[ContractPriceOverride] | Unset = UNSET
    credit_grant_cents: int | None | Unset = UNSET
    credit_settings: ContractCreditSettings | Unset = UNSET
    metadata: ContractMetadata | Unset = UNSET
    billing_cycle_anchor: str | Unset = UNSET
    rate_overrides: ContractRateOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.plan_id
        if _v is not UNSET:
            field_dict["planId"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.net_terms
        if _v is not UNSET:
            field_dict["netTerms"] = _v
        _v = self.overrides
        if _v is not UNSET:
            field_dict["overrides"] = (
                [_i.to_dict() if isinstance(_i, ContractPriceOverride) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.credit_grant_cents
        if _v is not UNSET:
            field_dict["creditGrantCents"] = _v
        _v = self.credit_settings
        if _v is not UNSET:
            field_dict["creditSettings"] = (
                _v.to_dict() if isinstance(_v, ContractCreditSettings) else _v
            )
        _v = self.metadata
        if _v is not UNSET:
            field_dict["metadata"] = _v.to_dict() if isinstance(_v, ContractMetadata) else _v
        _v = self.billing_cycle_anchor
        if _v is not UNSET:
            field_dict["billingCycleAnchor"] = _v
        _v = self.rate_overrides
        if _v is not UNSET:
            field_dict["rateOverrides"] = (
                _v.to_dict() if isinstance(_v, ContractRateOverrides) else _v
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
        create_contract_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["planId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "planId", "string", _v)

        create_contract_request.plan_id = _v
        try:
            _v = _d["customerId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "customerId", "string", _v)

        create_contract_request.customer_id = _v
        try:
            _v = _d["startDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "startDate")
        elif isinstance(_v, datetime.date):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "startDate", "date string", _v)

        create_contract_request.start_date = _v
        _v = _d.get("endDate", UNSET)
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "endDate")
        elif isinstance(_v, datetime.date):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "endDate", "date string", _v)

        create_contract_request.end_date = _v
        _v = _d.get("netTerms", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "netTerms", "integer", _v)

        create_contract_request.net_terms = _v
        _v = _d.get("overrides", UNSET)
        if _v.__class__ is list:
            _item_path = _path + ".overrides[*]"
            _v = [
                _ContractPriceOverride_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (ContractPriceOverride)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "overrides", "array", _v)

        create_contract_request.overrides = _v
        _v = _d.get("creditGrantCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "creditGrantCents", "integer", _v)

        create_contract_request.credit_grant_cents = _v
        _v = _d.get("creditSettings", UNSET)
        if _v.__class__ is dict:
            _v = _ContractCreditSettings_from_dict(_v, _report, _path + ".creditSettings")
        elif isinstance(_v, ContractCreditSettings):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditSettings", "object (ContractCreditSettings)", _v)

        create_contract_request.credit_settings = _v
        _v = _d.get("metadata", UNSET)
        if _v.__class__ is dict:
            _v = _ContractMetadata_from_dict(_v, _report, _path + ".metadata")
        elif isinstance(_v, ContractMetadata):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "metadata", "object (ContractMetadata)", _v)

        create_contract_request.metadata = _v
        _v = _d.get("billingCycleAnchor", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "billingCycleAnchor", "string", _v)

        create_contract_request.billing_cycle_anchor = _v
        _v = _d.get("rateOverrides", UNSET)
        if _v.__class__ is dict:
            _v = _ContractRateOverrides_from_dict(_v, _report, _path + ".rateOverrides")
        elif isinstance(_v, ContractRateOverrides):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "rateOverrides", "object (ContractRateOverrides)", _v)

        create_contract_request.rate_overrides = _v
        if len(_d) == 11 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_contract_request.additional_properties = _extra
        return create_contract_request

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


_ContractCreditSettings_from_dict = ContractCreditSettings.from_dict
_ContractMetadata_from_dict = ContractMetadata.from_dict
_ContractPriceOverride_from_dict = ContractPriceOverride.from_dict
_ContractRateOverrides_from_dict = ContractRateOverrides.from_dict
