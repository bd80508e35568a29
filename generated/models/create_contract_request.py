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
    from ..models.contract_credit_settings import ContractCreditSettings
    from ..models.contract_metadata import ContractMetadata
    from ..models.contract_price_override import ContractPriceOverride
    from ..models.contract_rate_overrides import ContractRateOverrides


T = TypeVar("T", bound="CreateContractRequest")


@_attrs_define
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
        from ..models.contract_credit_settings import ContractCreditSettings  # noqa: PLC0415
        from ..models.contract_metadata import ContractMetadata  # noqa: PLC0415
        from ..models.contract_price_override import ContractPriceOverride  # noqa: PLC0415
        from ..models.contract_rate_overrides import ContractRateOverrides  # noqa: PLC0415

        plan_id = self.plan_id

        customer_id = self.customer_id

        start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        net_terms = self.net_terms

        overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = []
            for overrides_item_data in self.overrides:
                overrides_item = overrides_item_data.to_dict()
                overrides.append(overrides_item)

        credit_grant_cents: int | None | Unset
        if isinstance(self.credit_grant_cents, Unset):
            credit_grant_cents = UNSET
        else:
            credit_grant_cents = self.credit_grant_cents

        credit_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_settings, Unset):
            credit_settings = self.credit_settings.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        billing_cycle_anchor = self.billing_cycle_anchor

        rate_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_overrides, Unset):
            rate_overrides = self.rate_overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "customerId": customer_id,
                "startDate": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if net_terms is not UNSET:
            field_dict["netTerms"] = net_terms
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if credit_grant_cents is not UNSET:
            field_dict["creditGrantCents"] = credit_grant_cents
        if credit_settings is not UNSET:
            field_dict["creditSettings"] = credit_settings
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if billing_cycle_anchor is not UNSET:
            field_dict["billingCycleAnchor"] = billing_cycle_anchor
        if rate_overrides is not UNSET:
            field_dict["rateOverrides"] = rate_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_credit_settings import ContractCreditSettings  # noqa: PLC0415
        from ..models.contract_metadata import ContractMetadata  # noqa: PLC0415
        from ..models.contract_price_override import ContractPriceOverride  # noqa: PLC0415
        from ..models.contract_rate_overrides import ContractRateOverrides  # noqa: PLC0415

        d = dict(src_dict)
        plan_id = d.pop("planId")

        customer_id = d.pop("customerId")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        net_terms = d.pop("netTerms", UNSET)

        _overrides = d.pop("overrides", UNSET)
        overrides: list[ContractPriceOverride] | Unset = UNSET
        if _overrides is not UNSET:
            overrides = []
            for overrides_item_data in _overrides:
                overrides_item = ContractPriceOverride.from_dict(overrides_item_data)

                overrides.append(overrides_item)

        def _parse_credit_grant_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_grant_cents = _parse_credit_grant_cents(d.pop("creditGrantCents", UNSET))

        _credit_settings = d.pop("creditSettings", UNSET)
        credit_settings: ContractCreditSettings | Unset
        if isinstance(_credit_settings, Unset):
            credit_settings = UNSET
        else:
            credit_settings = ContractCreditSettings.from_dict(_credit_settings)

        _metadata = d.pop("metadata", UNSET)
        metadata: ContractMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ContractMetadata.from_dict(_metadata)

        billing_cycle_anchor = d.pop("billingCycleAnchor", UNSET)

        _rate_overrides = d.pop("rateOverrides", UNSET)
        rate_overrides: ContractRateOverrides | Unset
        if isinstance(_rate_overrides, Unset):
            rate_overrides = UNSET
        else:
            rate_overrides = ContractRateOverrides.from_dict(_rate_overrides)

        create_contract_request = cls(
            plan_id=plan_id,
            customer_id=customer_id,
            start_date=start_date,
            end_date=end_date,
            net_terms=net_terms,
            overrides=overrides,
            credit_grant_cents=credit_grant_cents,
            credit_settings=credit_settings,
            metadata=metadata,
            billing_cycle_anchor=billing_cycle_anchor,
            rate_overrides=rate_overrides,
        )

        create_contract_request.additional_properties = d
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
