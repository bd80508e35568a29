# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from uuid import UUID

from ..types import (
    UNSET,
    Unset,
    as_utc as _as_utc,
    check_items as _check_items,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_datetime as _parse_datetime,
)
from ..models.get_usage_cost_request_unit import GET_USAGE_COST_REQUEST_UNIT_VALUES
from ..models.get_usage_cost_request_unit import GetUsageCostRequestUnit
from ..models.usage_property_filter import UsagePropertyFilter
from uuid import UUID

T = TypeVar("T", bound="GetUsageCostRequest")
_KNOWN_KEYS = frozenset(
    {
        "startDate",
        "endDate",
        "customerId",
        "externalCustomerId",
        "contractId",
        "eventNames",
        "propertyFilters",
        "unit",
        "creditRateCents",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class GetUsageCostRequest:
    """What to price: a customer (customerId or externalCustomerId) and/or a contract, a date range, and optional meter and
    property filters.

        Attributes:
            start_date (datetime.datetime | Unset): Start of the range (inclusive), ISO 8601. Required unless contractId is
                given (then defaults to the contract's effective date); an explicit value overrides the contract.
            end_date (datetime.datetime | Unset): End of the range (EXCLUSIVE), ISO 8601. Required unless contractId is
                given (then defaults to the contract's termination date, or today for rolling contracts); an explicit value
                overrides the contract.
            customer_id (UUID | Unset): Monk internal customer UUID. Provide this, externalCustomerId or contractId; with
                contractId it must be the contract's owner.
            external_customer_id (str | Unset): Your own customer reference. Provide this, customerId or contractId.
            contract_id (UUID | Unset): Contract UUID: price with the contract's rate cards and pricing items (as invoice
                generation does); customer and date range are taken from the contract (newer capture).
            event_names (list[str] | Unset): Only meters matching these event names are queried; all active meters when
                omitted.
            property_filters (list[UsagePropertyFilter] | Unset): Conditions on event properties, each adding one WHERE
                condition (tenant isolation such as sub_org_id, environment filtering, feature attribution).
            unit (GetUsageCostRequestUnit | str | Unset): Response unit: currency returns USD; credits converts USD to
                credits at the rate of the customer's most recent credit grant, falling back to currency when no grant has a
                credit rate. Default not shown (currency presumed).
            credit_rate_cents (int | Unset): Cents per credit (750 = $7.50 per credit); when given the USD total is
                converted to credits and the response unit is credits. Older capture only: the newer page has the unit selector
                instead, so prefer unit.
    """

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    contract_id: UUID | Unset = UNSET
    event_names: list[str] | Unset = UNSET
    property_filters: list[UsagePropertyFilter] | Unset = UNSET
    unit: GetUsageCostRequestUnit | str | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = str(_v) if _v.__class__ is UUID else _v
        _v = self.external_customer_id
        if _v is not UNSET:
            field_dict["externalCustomerId"] = _v
        _v = self.contract_id
        if _v is not UNSET:
            field_dict["contractId"] = str(_v) if _v.__class__ is UUID else _v
        _v = self.event_names
        if _v is not UNSET:
            field_dict["eventNames"] = _v
        _v = self.property_filters
        if _v is not UNSET:
            field_dict["propertyFilters"] = (
                [_i.to_dict() if isinstance(_i, UsagePropertyFilter) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.unit
        if _v is not UNSET:
            field_dict["unit"] = _v
        _v = self.credit_rate_cents
        if _v is not UNSET:
            field_dict["creditRateCents"] = _v
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
        get_usage_cost_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("startDate", UNSET)
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "startDate")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "startDate")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "startDate")
        elif isinstance(_v, datetime.datetime):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "startDate", "date-time string", _v)

        get_usage_cost_request.start_date = _v
        _v = _d.get("endDate", UNSET)
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "endDate")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "endDate")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "endDate")
        elif isinstance(_v, datetime.datetime):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "endDate", "date-time string", _v)

        get_usage_cost_request.end_date = _v
        _v = _d.get("customerId", UNSET)
        if _v.__class__ is str:
            try:
                _v = UUID(_v)
            except ValueError:
                _v = _deviant(_report, _path, "customerId", "uuid string", _v, "format")
        elif _v.__class__ is UUID:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "customerId", "uuid string", _v)

        get_usage_cost_request.customer_id = _v
        _v = _d.get("externalCustomerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "externalCustomerId", "string", _v)

        get_usage_cost_request.external_customer_id = _v
        _v = _d.get("contractId", UNSET)
        if _v.__class__ is str:
            try:
                _v = UUID(_v)
            except ValueError:
                _v = _deviant(_report, _path, "contractId", "uuid string", _v, "format")
        elif _v.__class__ is UUID:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "contractId", "uuid string", _v)

        get_usage_cost_request.contract_id = _v
        _v = _d.get("eventNames", UNSET)
        if _v.__class__ is list:
            for _i in _v:
                if _i.__class__ is not str:
                    _v = _check_items(
                        _v, str, _report, _path + "." + "eventNames" + "[*]", "string"
                    )
                    break
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventNames", "array", _v)

        if _v.__class__ is list and len(_v) > 50:
            _v = _deviant(_report, _path, "eventNames", "array of at most 50 items", _v, "limit")

        get_usage_cost_request.event_names = _v
        _v = _d.get("propertyFilters", UNSET)
        if _v.__class__ is list:
            _item_path = _path + ".propertyFilters[*]"
            _v = [
                _UsagePropertyFilter_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (UsagePropertyFilter)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "propertyFilters", "array", _v)

        if _v.__class__ is list and len(_v) > 20:
            _v = _deviant(
                _report, _path, "propertyFilters", "array of at most 20 items", _v, "limit"
            )

        get_usage_cost_request.property_filters = _v
        _v = _d.get("unit", UNSET)
        if _v.__class__ is str:
            if _v not in GET_USAGE_COST_REQUEST_UNIT_VALUES:
                _v = _deviant(_report, _path, "unit", "one of credits, currency", _v, "enum")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "unit", "one of credits, currency", _v)

        get_usage_cost_request.unit = _v
        _v = _d.get("creditRateCents", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "creditRateCents", "integer", _v)

        get_usage_cost_request.credit_rate_cents = _v
        if len(_d) == 9 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        get_usage_cost_request.additional_properties = _extra
        return get_usage_cost_request

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


_UsagePropertyFilter_from_dict = UsagePropertyFilter.from_dict
