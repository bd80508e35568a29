from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.credit_usage_summary import CreditUsageSummary


T = TypeVar("T", bound="CreditUsageStatement")


@_attrs_define
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
        from ..models.credit_usage_summary import CreditUsageSummary  # noqa: PLC0415

        invoice_number = self.invoice_number

        summary = self.summary.to_dict()

        pdf_base_64 = self.pdf_base_64

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceNumber": invoice_number,
                "summary": summary,
            }
        )
        if pdf_base_64 is not UNSET:
            field_dict["pdfBase64"] = pdf_base_64
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_usage_summary import CreditUsageSummary  # noqa: PLC0415

        d = dict(src_dict)
        invoice_number = d.pop("invoiceNumber")

        summary = CreditUsageSummary.from_dict(d.pop("summary"))

        pdf_base_64 = d.pop("pdfBase64", UNSET)

        filename = d.pop("filename", UNSET)

        credit_usage_statement = cls(
            invoice_number=invoice_number,
            summary=summary,
            pdf_base_64=pdf_base_64,
            filename=filename,
        )

        credit_usage_statement.additional_properties = d
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
