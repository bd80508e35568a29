from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.get_usage_cost_request_unit import check_get_usage_cost_request_unit
from ..models.get_usage_cost_request_unit import GetUsageCostRequestUnit
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.usage_property_filter import UsagePropertyFilter


T = TypeVar("T", bound="GetUsageCostRequest")


@_attrs_define
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
            unit (GetUsageCostRequestUnit | Unset): Response unit: currency returns USD; credits converts USD to credits at
                the rate of the customer's most recent credit grant, falling back to currency when no grant has a credit rate.
                Default not shown (currency presumed).
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
    unit: GetUsageCostRequestUnit | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_property_filter import UsagePropertyFilter  # noqa: PLC0415

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        external_customer_id = self.external_customer_id

        contract_id: str | Unset = UNSET
        if not isinstance(self.contract_id, Unset):
            contract_id = str(self.contract_id)

        event_names: list[str] | Unset = UNSET
        if not isinstance(self.event_names, Unset):
            event_names = self.event_names

        property_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.property_filters, Unset):
            property_filters = []
            for property_filters_item_data in self.property_filters:
                property_filters_item = property_filters_item_data.to_dict()
                property_filters.append(property_filters_item)

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        credit_rate_cents = self.credit_rate_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if event_names is not UNSET:
            field_dict["eventNames"] = event_names
        if property_filters is not UNSET:
            field_dict["propertyFilters"] = property_filters
        if unit is not UNSET:
            field_dict["unit"] = unit
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_property_filter import UsagePropertyFilter  # noqa: PLC0415

        d = dict(src_dict)
        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _customer_id = d.pop("customerId", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        external_customer_id = d.pop("externalCustomerId", UNSET)

        _contract_id = d.pop("contractId", UNSET)
        contract_id: UUID | Unset
        if isinstance(_contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = UUID(_contract_id)

        event_names = cast(list[str], d.pop("eventNames", UNSET))

        _property_filters = d.pop("propertyFilters", UNSET)
        property_filters: list[UsagePropertyFilter] | Unset = UNSET
        if _property_filters is not UNSET:
            property_filters = []
            for property_filters_item_data in _property_filters:
                property_filters_item = UsagePropertyFilter.from_dict(property_filters_item_data)

                property_filters.append(property_filters_item)

        _unit = d.pop("unit", UNSET)
        unit: GetUsageCostRequestUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = check_get_usage_cost_request_unit(_unit)

        credit_rate_cents = d.pop("creditRateCents", UNSET)

        get_usage_cost_request = cls(
            start_date=start_date,
            end_date=end_date,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            event_names=event_names,
            property_filters=property_filters,
            unit=unit,
            credit_rate_cents=credit_rate_cents,
        )

        get_usage_cost_request.additional_properties = d
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
