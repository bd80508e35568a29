from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.meter_aggregation_type import check_meter_aggregation_type
from ..models.meter_aggregation_type import MeterAggregationType
from ..models.meter_status import check_meter_status
from ..models.meter_status import MeterStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.meter_event_type_filter import MeterEventTypeFilter
    from ..models.meter_property_filter import MeterPropertyFilter


T = TypeVar("T", bound="Meter")


@_attrs_define
class Meter:
    """A meter. Inactive meters reject new events.

    Attributes:
        id (str): Meter id.
        display_name (str): Name shown in the UI.
        aggregation_type (MeterAggregationType): How usage is aggregated.
        status (MeterStatus): Active meters accept events; inactive meters reject new events.
        created_at (datetime.datetime): When the meter was created.
        updated_at (datetime.datetime): When the meter was last updated.
        code (str | Unset): Unique code (uppercase letters, digits, underscores). Deprecated and to be removed in a
            future version (concepts/meters).
        description (str | Unset): What the meter tracks.
        event_type_filter (MeterEventTypeFilter | Unset): Which event types count: `include` is an allowlist of event
            names, `exclude` a denylist. The sub-fields are not listed in the body schema; they come from the examples.
        property_filters (list[MeterPropertyFilter] | Unset): Filters on event properties, combined with AND.
        aggregation_key (str | Unset): Event property aggregated (SUM, MAX, MIN).
        group_keys (list[str] | Unset): Event property keys to GROUP BY, for dimensional billing.
        sql (str | Unset): Custom ClickHouse SQL; overrides the structured fields.
    """

    id: str
    display_name: str
    aggregation_type: MeterAggregationType
    status: MeterStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    event_type_filter: MeterEventTypeFilter | Unset = UNSET
    property_filters: list[MeterPropertyFilter] | Unset = UNSET
    aggregation_key: str | Unset = UNSET
    group_keys: list[str] | Unset = UNSET
    sql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meter_event_type_filter import MeterEventTypeFilter  # noqa: PLC0415
        from ..models.meter_property_filter import MeterPropertyFilter  # noqa: PLC0415

        id = self.id

        display_name = self.display_name

        aggregation_type: str = self.aggregation_type

        status: str = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        code = self.code

        description = self.description

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
                "id": id,
                "displayName": display_name,
                "aggregationType": aggregation_type,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
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
        id = d.pop("id")

        display_name = d.pop("displayName")

        aggregation_type = check_meter_aggregation_type(d.pop("aggregationType"))

        status = check_meter_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

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

        meter = cls(
            id=id,
            display_name=display_name,
            aggregation_type=aggregation_type,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            code=code,
            description=description,
            event_type_filter=event_type_filter,
            property_filters=property_filters,
            aggregation_key=aggregation_key,
            group_keys=group_keys,
            sql=sql,
        )

        meter.additional_properties = d
        return meter

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
