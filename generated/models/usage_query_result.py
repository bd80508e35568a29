from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.usage_query_bucket import UsageQueryBucket


T = TypeVar("T", bound="UsageQueryResult")


@_attrs_define
class UsageQueryResult:
    """Aggregated event counts over a date range.

    Attributes:
        organization_id (str | Unset): Your organization ID (SDK field organization_id).
        event_name (None | str | Unset): The event name queried (SDK field event_name); null assumed possible when no
            filter was given.
        start (str | Unset): Start of the queried range.
        end (str | Unset): End of the queried range.
        total_count (int | Unset): Total event count in the range (SDK field total_count).
        breakdown (list[UsageQueryBucket] | Unset): Daily or bucketed counts.
    """

    organization_id: str | Unset = UNSET
    event_name: None | str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    total_count: int | Unset = UNSET
    breakdown: list[UsageQueryBucket] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_query_bucket import UsageQueryBucket  # noqa: PLC0415

        organization_id = self.organization_id

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        start = self.start

        end = self.end

        total_count = self.total_count

        breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = []
            for breakdown_item_data in self.breakdown:
                breakdown_item = breakdown_item_data.to_dict()
                breakdown.append(breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_query_bucket import UsageQueryBucket  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organizationId", UNSET)

        def _parse_event_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_name = _parse_event_name(d.pop("eventName", UNSET))

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        total_count = d.pop("totalCount", UNSET)

        _breakdown = d.pop("breakdown", UNSET)
        breakdown: list[UsageQueryBucket] | Unset = UNSET
        if _breakdown is not UNSET:
            breakdown = []
            for breakdown_item_data in _breakdown:
                breakdown_item = UsageQueryBucket.from_dict(breakdown_item_data)

                breakdown.append(breakdown_item)

        usage_query_result = cls(
            organization_id=organization_id,
            event_name=event_name,
            start=start,
            end=end,
            total_count=total_count,
            breakdown=breakdown,
        )

        usage_query_result.additional_properties = d
        return usage_query_result

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
