from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from decimal import Decimal
from uuid import UUID

from ..types import (
    UNSET,
    Unset,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_date as _parse_date,
    parse_datetime as _parse_datetime,
)

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="CustomerMetadata")


@_attrs_define(repr=False)
class CustomerMetadata:
    """Identifiers linked to a customer.

    Attributes:
        external_customer_id (str | Unset): Your own external customer id (echoes the request's externalCustomerId,
            inferred from the create-customer example).
        external_company_ids (list[str] | Unset): External company ids (an empty array in the create example).
    """

    external_customer_id: str | Unset = UNSET
    external_company_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.external_customer_id
        if _v is not UNSET:
            field_dict["externalCustomerId"] = _v
        _v = self.external_company_ids
        if _v is not UNSET:
            field_dict["externalCompanyIds"] = _v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text; Decimal amounts are written exactly."""
        return _dumps(self.to_dict())

    def __repr__(self) -> str:
        return _model_repr(self)

    @classmethod
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], _report: Any = None, _path: str = "$"
    ) -> T:
        """Decode JSON data. A deviation from the spec is kept as received and reported to
        ``_report(path, kind, expected, value)``; with no ``_report`` it raises ``SpecDrift``."""
        _d = dict(src_dict)
        _v = _d.pop("externalCustomerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "externalCustomerId", "string", _v)

        external_customer_id = _v
        _v = _d.pop("externalCompanyIds", UNSET)
        if _v.__class__ is list:
            _items, _outer = _v, _path
            _path = _path + "." + "externalCompanyIds" + "[*]"
            _out = []
            for _v in _items:
                if _v.__class__ is str:
                    pass
                else:
                    _v = _deviant(_report, _path, "", "string", _v)

                _out.append(_v)
            _v, _path = _out, _outer
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "externalCompanyIds", "array", _v)

        external_company_ids = _v
        customer_metadata = cls(
            external_customer_id=external_customer_id,
            external_company_ids=external_company_ids,
        )
        customer_metadata.additional_properties = _d
        return customer_metadata

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
