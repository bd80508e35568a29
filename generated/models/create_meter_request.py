from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_meter_request_aggregation_type import (
    check_create_meter_request_aggregation_type,
)
from ..models.create_meter_request_aggregation_type import CreateMeterRequestAggregationType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.meter_event_type_filter import MeterEventTypeFilter
    from ..models.meter_property_filter import MeterPropertyFilter


T = TypeVar("T", bound="CreateMeterRequest")


@_attrs_define
class CreateMeterRequest:
    """Body of Create Meter.

    Attributes:
        code (str): Unique code: uppercase letters, digits and underscores. The concepts page marks it deprecated (to be
            removed in a future version).
        display_name (str): Name shown in the UI.
        description (str | Unset): What the meter tracks.
        aggregation_type (CreateMeterRequestAggregationType | Unset): How usage is aggregated. Default: 'SUM'.
        event_type_filter (MeterEventTypeFilter | Unset): Which event types count: `include` is an allowlist of event
            names, `exclude` a denylist. The sub-fields are not listed in the body schema; they come from the examples.
        property_filters (list[MeterPropertyFilter] | Unset): Filters on event properties, combined with AND (item shape
            in concepts/meters).
        aggregation_key (str | Unset): Event property key to aggregate; required for SUM, MAX and MIN, omit for COUNT.
        group_keys (list[str] | Unset): Event property keys to GROUP BY: one aggregated row per combination, used with
            rate cards for per-dimension prices. Must match event property names exactly.
        sql (str | Unset): Custom ClickHouse SQL; overrides the structured fields.
    """

    code: str
    display_name: str
    description: str | Unset = UNSET
    aggregation_type: CreateMeterRequestAggregationType | Unset = "SUM"
    event_type_filter: MeterEventTypeFilter | Unset = UNSET
    property_filters: list[MeterPropertyFilter] | Unset = UNSET
    aggregation_key: str | Unset = UNSET
    group_keys: list[str] | Unset = UNSET
    sql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meter_event_type_filter import MeterEventTypeFilter  # noqa: PLC0415
        from ..models.meter_property_filter import MeterPropertyFilter  # noqa: PLC0415

        code = self.code

        display_name = self.display_name

        description = self.description

        aggregation_type: str | Unset = UNSET
        if not isinstance(self.aggregation_type, Unset):
            aggregation_type = self.aggregation_type

        event_type_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_type_filter, Unset):
            event_type_filter = self.event_type_filter.to_dict()

        property_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.property_filters, Unset):
            property_filters = []
            for property_filters_item_data in self.property_filters:
                property_filters_item = property_filters_item_data.to_dict()
                property_filters.append(property_filters_item)

        aggregation_key = self.aggregation_key

        group_keys: list[str] | Unset = UNSET
        if not isinstance(self.group_keys, Unset):
            group_keys = self.group_keys

        sql = self.sql

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "displayName": display_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if aggregation_type is not UNSET:
            field_dict["aggregationType"] = aggregation_type
        if event_type_filter is not UNSET:
            field_dict["eventTypeFilter"] = event_type_filter
        if property_filters is not UNSET:
            field_dict["propertyFilters"] = property_filters
        if aggregation_key is not UNSET:
            field_dict["aggregationKey"] = aggregation_key
        if group_keys is not UNSET:
            field_dict["groupKeys"] = group_keys
        if sql is not UNSET:
            field_dict["sql"] = sql

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meter_event_type_filter import MeterEventTypeFilter  # noqa: PLC0415
        from ..models.meter_property_filter import MeterPropertyFilter  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        display_name = d.pop("displayName")

        description = d.pop("description", UNSET)

        _aggregation_type = d.pop("aggregationType", UNSET)
        aggregation_type: CreateMeterRequestAggregationType | Unset
        if isinstance(_aggregation_type, Unset):
            aggregation_type = UNSET
        else:
            aggregation_type = check_create_meter_request_aggregation_type(_aggregation_type)

        _event_type_filter = d.pop("eventTypeFilter", UNSET)
        event_type_filter: MeterEventTypeFilter | Unset
        if isinstance(_event_type_filter, Unset):
            event_type_filter = UNSET
        else:
            event_type_filter = MeterEventTypeFilter.from_dict(_event_type_filter)

        _property_filters = d.pop("propertyFilters", UNSET)
        property_filters: list[MeterPropertyFilter] | Unset = UNSET
        if _property_filters is not UNSET:
            property_filters = []
            for property_filters_item_data in _property_filters:
                property_filters_item = MeterPropertyFilter.from_dict(property_filters_item_data)

                property_filters.append(property_filters_item)

        aggregation_key = d.pop("aggregationKey", UNSET)

        group_keys = cast(list[str], d.pop("groupKeys", UNSET))

        sql = d.pop("sql", UNSET)

        create_meter_request = cls(
            code=code,
            display_name=display_name,
            description=description,
            aggregation_type=aggregation_type,
            event_type_filter=event_type_filter,
            property_filters=property_filters,
            aggregation_key=aggregation_key,
            group_keys=group_keys,
            sql=sql,
        )

        create_meter_request.additional_properties = d
        return create_meter_request

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
