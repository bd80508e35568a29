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
from ..models.create_plan_request_billing_frequency import (
    CREATE_PLAN_REQUEST_BILLING_FREQUENCY_VALUES,
)
from ..models.create_plan_request_billing_frequency import CreatePlanRequestBillingFrequency
from ..models.create_plan_request_status import CREATE_PLAN_REQUEST_STATUS_VALUES
from ..models.create_plan_request_status import CreatePlanRequestStatus

T = TypeVar("T", bound="CreatePlanRequest")
_KNOWN_KEYS = frozenset(
    {
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
class CreatePlanRequest:
    """Body of Create Plan (never seen). Fields from concepts/plans and create-contract's plan defaults; nothing is
    required (concepts/plans marks name, planCode, currency and billingFrequency as required, but its freemium example
    omits currency and billingFrequency). Unknown keys are allowed.

        Attributes:
            name (str | Unset): Display name (required per concepts/plans).
            plan_code (str | Unset): Unique identifier; lowercase, no spaces (required per concepts/plans).
            currency (str | Unset): ISO currency code, e.g. "USD" (required per concepts/plans).
            billing_frequency (CreatePlanRequestBillingFrequency | str | Unset): Billing frequency (required per
                concepts/plans).
            base_price (Decimal | Unset): Recurring base fee as a decimal string, e.g. "50.00". Defaults to 0 per
                concepts/plans (the default is not set in the schema so the client does not always send this inferred field).
            pricing_ids (list[str] | Unset): Ids of the pricing configurations to include.
            status (CreatePlanRequestStatus | str | Unset): Lifecycle status.
            net_terms (int | Unset): Default net terms for contracts on this plan.
            credit_grant_cents (int | None | Unset): Default credit grant in cents for contracts on this plan.
    """

    name: str | Unset = UNSET
    plan_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    billing_frequency: CreatePlanRequestBillingFrequency | str | Unset = UNSET
    base_price: Decimal | Unset = UNSET
    pricing_ids: list[str] | Unset = UNSET
    status: CreatePlanRequestStatus | str | Unset = UNSET
    net_terms: int | Unset = UNSET
    credit_grant_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        create_plan_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("name", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "name", "string", _v)

        create_plan_request.name = _v
        _v = _d.get("planCode", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "planCode", "string", _v)

        create_plan_request.plan_code = _v
        _v = _d.get("currency", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "currency", "string", _v)

        create_plan_request.currency = _v
        _v = _d.get("billingFrequency", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_PLAN_REQUEST_BILLING_FREQUENCY_VALUES:
                _v = _deviant(
                    _report,
                    _path,
                    "billingFrequency",
                    "one of ANNUALLY, MONTHLY, QUARTERLY, SEMI_ANNUALLY",
                    _v,
                    "enum",
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(
                _report,
                _path,
                "billingFrequency",
                "one of ANNUALLY, MONTHLY, QUARTERLY, SEMI_ANNUALLY",
                _v,
            )

        create_plan_request.billing_frequency = _v
        _v = _d.get("basePrice", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "basePrice")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "basePrice", "decimal string", _v)

        create_plan_request.base_price = _v
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

        create_plan_request.pricing_ids = _v
        _v = _d.get("status", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_PLAN_REQUEST_STATUS_VALUES:
                _v = _deviant(
                    _report, _path, "status", "one of ACTIVE, ARCHIVED, DRAFT", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "status", "one of ACTIVE, ARCHIVED, DRAFT", _v)

        create_plan_request.status = _v
        _v = _d.get("netTerms", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "netTerms", "integer", _v)

        create_plan_request.net_terms = _v
        _v = _d.get("creditGrantCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "creditGrantCents", "integer", _v)

        create_plan_request.credit_grant_cents = _v
        if len(_d) == 9 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_plan_request.additional_properties = _extra
        return create_plan_request

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
