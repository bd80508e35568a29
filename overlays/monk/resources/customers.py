"""``client.customers``: create, fetch, list and update customers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._generated.models import Customer
    from .._pagination import AsyncPager, SyncPage

__all__ = ["AsyncCustomers", "Customers"]

CREATE: Operation[Customer] = Operation("customers.create_customer", method="customers.create")
GET: Operation[Customer] = Operation("customers.get_customer", method="customers.get")
LIST: ListOperation[Customer] = ListOperation("customers.list_customers", method="customers.list")
UPDATE: Operation[Customer] = Operation("customers.update_customer", method="customers.update")


class Customers(SyncResource):
    """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``.

    Body fields are keyword arguments in snake_case (``legal_name=``); nested objects are
    generated models or plain dicts shaped like the API's JSON (``{"email": ..., "roles": [...]}``).
    """

    def create(self, body: Any = None, /, **fields: Any) -> Customer:
        """Create a customer: ``name`` and at least one contact with an email and a role."""
        return self._client._call(CREATE, body=body, **fields)

    def get(self, customer_id: str) -> Customer:
        """Fetch one customer by its Monk id."""
        return self._client._call(GET, customer_id)

    def list(self, **params: Any) -> SyncPage[Customer]:
        """Customers page by page: ``limit`` (at most 100), ``offset``, ``external_customer_id``."""
        return self._client._list(LIST, **params)

    def update(self, customer_id: str, body: Any = None, /, **fields: Any) -> Customer:
        """Change some of a customer's fields; the ones not given are left as they are."""
        return self._client._call(UPDATE, customer_id, body=body, **fields)


class AsyncCustomers(AsyncResource):
    """Customers: who you bill (async)."""

    async def create(self, body: Any = None, /, **fields: Any) -> Customer:
        return await self._client._call(CREATE, body=body, **fields)

    async def get(self, customer_id: str) -> Customer:
        return await self._client._call(GET, customer_id)

    def list(self, **params: Any) -> AsyncPager[Customer]:
        return self._client._list(LIST, **params)

    async def update(self, customer_id: str, body: Any = None, /, **fields: Any) -> Customer:
        return await self._client._call(UPDATE, customer_id, body=body, **fields)
