# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.credit_usage_summary import CreditUsageSummary

T = TypeVar("T", bound="CreditUsageStatement")
_KNOWN_KEYS = frozenset(
    {
        "invoiceNumber",
        "summary",
        "pdfBase64",
        "filename",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreditUsageStatement:
    """Credit usage statement of one invoice: a base64 PDF (format=pdf) plus the invoice number and a summary of the credit
    usage entries. Only the format=pdf response was shown; any per-entry list of the JSON format was not seen (unknown
    keys are kept).

        Attributes:
            invoice_number (str): The invoice's number.
            summary (CreditUsageSummary): Totals of the credit usage tied to the invoice.
            pdf_base_64 (str | Unset): The statement as a base64-encoded PDF (starts "JVBERi0x", i.e. "%PDF-1"); present for
                format=pdf.
            filename (str | Unset): Suggested file name, e.g. credit-report-INV-2026-0042.pdf.
    """

    invoice_number: str
    summary: CreditUsageSummary
    pdf_base_64: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.summary
        if _v is not UNSET:
            field_dict["summary"] = _v.to_dict() if isinstance(_v, CreditUsageSummary) else _v
        _v = self.pdf_base_64
        if _v is not UNSET:
            field_dict["pdfBase64"] = _v
        _v = self.filename
        if _v is not UNSET:
            field_dict["filename"] = _v
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
        credit_usage_statement = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["invoiceNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "invoiceNumber", "string", _v)

        credit_usage_statement.invoice_number = _v
        try:
            _v = _d["summary"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            _v = _CreditUsageSummary_from_dict(_v, _report, _path + ".summary")
        elif isinstance(_v, CreditUsageSummary):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "summary", "object (CreditUsageSummary)", _v)

        credit_usage_statement.summary = _v
        _v = _d.get("pdfBase64", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "pdfBase64", "string", _v)

        credit_usage_statement.pdf_base_64 = _v
        _v = _d.get("filename", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "filename", "string", _v)

        credit_usage_statement.filename = _v
        if len(_d) == 4 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        credit_usage_statement.additional_properties = _extra
        return credit_usage_statement

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


_CreditUsageSummary_from_dict = CreditUsageSummary.from_dict
