# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from decimal import Decimal

from ..types import (
    UNSET,
    Unset,
    check_items as _check_items,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    money_text as _money_text,
    parse_money as _parse_money,
)

T = TypeVar("T", bound="Plan")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "planCode",
        "currency",
        "billingFrequency",
        "basePrice",
        "pricingIds",
        "status",
        "netTerms",
        "creditGrantCents",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class Plan:
    """A plan. Never seen in an API response: the properties are the plan fields described on concepts/plans plus the plan
    defaults named by create-contract; only id is required and unknown keys are kept. Enumerated values are documented
    in the descriptions but not enforced, since no response was ever seen.

        Attributes:
            id (str): Plan id (referenced as planId by contracts).
            name (str | Unset): Display name, e.g. "Pro Plan".
            plan_code (str | Unset): Unique identifier; lowercase, no spaces (e.g. "pro").
            currency (str | Unset): ISO currency code, e.g. "USD".
            billing_frequency (str | Unset): How often the plan bills: MONTHLY (1 month), QUARTERLY (3 months),
                SEMI_ANNUALLY (6 months) or ANNUALLY (12 months). Controls when invoices are generated and when usage resets.
            base_price (Decimal | Unset): Recurring base fee as a decimal string, e.g. "50.00" (0 when not set).
            pricing_ids (list[str] | Unset): Ids of the pricing configurations the plan includes.
            status (str | Unset): Lifecycle status: DRAFT (cannot be used for contracts), ACTIVE (can be assigned to new
                contracts) or ARCHIVED (existing contracts keep running, no new sign-ups).
            net_terms (int | Unset): Default net terms (days) for contracts on this plan; contracts can override it.
            credit_grant_cents (int | None | Unset): Default credit grant in cents for contracts on this plan; contracts can
                override it.
    """

    id: str
    name: str | Unset = UNSET
    plan_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    billing_frequency: str | Unset = UNSET
    base_price: Decimal | Unset = UNSET
    pricing_ids: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    net_terms: int | Unset = UNSET
    credit_grant_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.plan_code
        if _v is not UNSET:
            field_dict["planCode"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v
        _v = self.billing_frequency
        if _v is not UNSET:
            field_dict["billingFrequency"] = _v
        _v = self.base_price
        if _v is not UNSET:
            field_dict["basePrice"] = _money_text(_v) if _v.__class__ is Decimal else _v
        _v = self.pricing_ids
        if _v is not UNSET:
            field_dict["pricingIds"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.net_terms
        if _v is not UNSET:
            field_dict["netTerms"] = _v
        _v = self.credit_grant_cents
        if _v is not UNSET:
            field_dict["creditGrantCents"] = _v
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
        plan = _new(cls)
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

        plan.id = _v
        _v = _d.get("name", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "name", "string", _v)

        plan.name = _v
        _v = _d.get("planCode", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "planCode", "string", _v)

        plan.plan_code = _v
        _v = _d.get("currency", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "currency", "string", _v)

        plan.currency = _v
        _v = _d.get("billingFrequency", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "billingFrequency", "string", _v)

        plan.billing_frequency = _v
        _v = _d.get("basePrice", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "basePrice")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "basePrice", "decimal string", _v)

        plan.base_price = _v
        _v = _d.get("pricingIds", UNSET)
        if _v.__class__ is list:
            for _i in _v:
                if _i.__class__ is not str:
                    _v = _check_items(
                        _v, str, _report, _path + "." + "pricingIds" + "[*]", "string"
                    )
                    break
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "pricingIds", "array", _v)

        plan.pricing_ids = _v
        _v = _d.get("status", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "status", "string", _v)

        plan.status = _v
        _v = _d.get("netTerms", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "netTerms", "integer", _v)

        plan.net_terms = _v
        _v = _d.get("creditGrantCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "creditGrantCents", "integer", _v)

        plan.credit_grant_cents = _v
        if len(_d) == 10 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        plan.additional_properties = _extra
        return plan

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
