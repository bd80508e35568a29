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
    from ..models.credit_grant_metadata import CreditGrantMetadata


T = TypeVar("T", bound="GrantPromotionalCreditsRequest")


@_attrs_define
class GrantPromotionalCreditsRequest:
    """Body of Grant Promotional Credits. Send either amountCents alone (dollar-only mode) or creditRateCents together with
    creditAmount (rate mode). Do not send isPromotional.

        Attributes:
            expires_at (datetime.datetime): When the granted credits expire (ISO 8601).
            amount_cents (int | Unset): Dollar-only mode amount in cents; send alone for a grant without credit-unit
                tracking.
            credit_rate_cents (int | Unset): Rate mode; cents per credit (0 = free credits); send together with
                creditAmount.
            credit_amount (float | Unset): Rate mode; number of credits to grant (e.g. 500); send together with
                creditRateCents.
            description (str | Unset): Free-text description of the grant.
            external_id (str | Unset): Idempotency key; reusing it returns the entry already created instead of a new grant.
            specifiers (list[Any] | Unset): Restricts which usage the grant can pay for; omitted = applies to all usage.
            metadata (CreditGrantMetadata | Unset): Arbitrary key/value metadata of a credit grant. The reserved internal
                keys isPromotional and deductionBatchId are removed from responses.
    """

    expires_at: datetime.datetime
    amount_cents: int | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    credit_amount: float | Unset = UNSET
    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    specifiers: list[Any] | Unset = UNSET
    metadata: CreditGrantMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_grant_metadata import CreditGrantMetadata  # noqa: PLC0415

        expires_at = self.expires_at.isoformat()

        amount_cents = self.amount_cents

        credit_rate_cents = self.credit_rate_cents

        credit_amount = self.credit_amount

        description = self.description

        external_id = self.external_id

        specifiers: list[Any] | Unset = UNSET
        if not isinstance(self.specifiers, Unset):
            specifiers = self.specifiers

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiresAt": expires_at,
            }
        )
        if amount_cents is not UNSET:
            field_dict["amountCents"] = amount_cents
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents
        if credit_amount is not UNSET:
            field_dict["creditAmount"] = credit_amount
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if specifiers is not UNSET:
            field_dict["specifiers"] = specifiers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_grant_metadata import CreditGrantMetadata  # noqa: PLC0415

        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        amount_cents = d.pop("amountCents", UNSET)

        credit_rate_cents = d.pop("creditRateCents", UNSET)

        credit_amount = d.pop("creditAmount", UNSET)

        description = d.pop("description", UNSET)

        external_id = d.pop("externalId", UNSET)

        specifiers = cast(list[Any], d.pop("specifiers", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CreditGrantMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreditGrantMetadata.from_dict(_metadata)

        grant_promotional_credits_request = cls(
            expires_at=expires_at,
            amount_cents=amount_cents,
            credit_rate_cents=credit_rate_cents,
            credit_amount=credit_amount,
            description=description,
            external_id=external_id,
            specifiers=specifiers,
            metadata=metadata,
        )

        grant_promotional_credits_request.additional_properties = d
        return grant_promotional_credits_request

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
