from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.contract_metadata import ContractMetadata


T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """A contract (subscription) that puts a customer on a plan.

    Attributes:
        id (str): Contract id.
        customer_id (str): The customer the contract belongs to.
        plan_id (str): The plan the customer is subscribed to.
        name (str): Contract name, e.g. the plan name "Pro Plan".
        start_date (datetime.date): Date billing starts.
        is_active (bool): Whether the contract is active (false after cancellation).
        created_at (datetime.datetime): When the contract was created.
        end_date (datetime.date | None | Unset): Date the contract ends; absent or null for a rolling month-to-month
            contract.
        metadata (ContractMetadata | Unset): User-defined key/value metadata on a contract (e.g. CRM ids, internal
            tags): at most 10 keys, keys at most 40 characters, values strings, numbers or booleans (strings at most 500
            characters).
    """

    id: str
    customer_id: str
    plan_id: str
    name: str
    start_date: datetime.date
    is_active: bool
    created_at: datetime.datetime
    end_date: datetime.date | None | Unset = UNSET
    metadata: ContractMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_metadata import ContractMetadata  # noqa: PLC0415

        id = self.id

        customer_id = self.customer_id

        plan_id = self.plan_id

        name = self.name

        start_date = self.start_date.isoformat()

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customerId": customer_id,
                "planId": plan_id,
                "name": name,
                "startDate": start_date,
                "isActive": is_active,
                "createdAt": created_at,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_metadata import ContractMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId")

        plan_id = d.pop("planId")

        name = d.pop("name")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        is_active = d.pop("isActive")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ContractMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ContractMetadata.from_dict(_metadata)

        contract = cls(
            id=id,
            customer_id=customer_id,
            plan_id=plan_id,
            name=name,
            start_date=start_date,
            is_active=is_active,
            created_at=created_at,
            end_date=end_date,
            metadata=metadata,
        )

        contract.additional_properties = d
        return contract

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
