"""``client.invoices``: invoices, the upcoming invoice, and credit usage statements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._generated.models import CreditUsageStatement, Invoice, UpcomingInvoice
    from .._pagination import AsyncPager, SyncPage

__all__ = ["AsyncInvoices", "Invoices"]

GET: Operation[Invoice] = Operation("invoices.get_invoice", method="invoices.get")
LIST: ListOperation[Invoice] = ListOperation("invoices.list_invoices", method="invoices.list")
UPCOMING: Operation[UpcomingInvoice | None] = Operation(
    "invoices.get_upcoming_invoice", method="invoices.upcoming"
)
CREDIT_STATEMENT: Operation[CreditUsageStatement] = Operation(
    "invoices.get_credit_usage_statement", method="invoices.credit_statement"
)


class Invoices(SyncResource):
    """Invoices: finalised ones, the live upcoming one, and credit usage statements."""

    def get(self, invoice_id: str, **params: Any) -> Invoice:
        """Fetch one invoice; ``include="lineItems"`` adds its line items."""
        return self._client._call(GET, invoice_id, **params)

    def list(self, **params: Any) -> SyncPage[Invoice]:
        """Invoices, page by page (``customer_id``, ``status``, date filters, ``limit``...)."""
        return self._client._list(LIST, **params)

    def upcoming(self, customer_id: str) -> UpcomingInvoice | None:
        """The customer's next invoice with live usage, or None when there is none."""
        return self._client._call(UPCOMING, customer_id)

    def credit_statement(self, invoice_id: str, **params: Any) -> CreditUsageStatement:
        """The credit usage statement of an invoice (``format_="json"`` or ``"pdf"``)."""
        return self._client._call(CREDIT_STATEMENT, invoice_id, **params)


class AsyncInvoices(AsyncResource):
    """Invoices (async)."""

    async def get(self, invoice_id: str, **params: Any) -> Invoice:
        return await self._client._call(GET, invoice_id, **params)

    def list(self, **params: Any) -> AsyncPager[Invoice]:
        return self._client._list(LIST, **params)

    async def upcoming(self, customer_id: str) -> UpcomingInvoice | None:
        return await self._client._call(UPCOMING, customer_id)

    async def credit_statement(self, invoice_id: str, **params: Any) -> CreditUsageStatement:
        return await self._client._call(CREDIT_STATEMENT, invoice_id, **params)
