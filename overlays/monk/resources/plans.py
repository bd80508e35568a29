"""``client.plans``: reusable bundles of pricing that contracts put customers on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._generated.models import Plan
    from .._pagination import AsyncPager, SyncPage

__all__ = ["AsyncPlans", "Plans"]

CREATE: Operation[Plan] = Operation("plans.create_plan", method="plans.create")
GET: Operation[Plan] = Operation("plans.get_plan", method="plans.get")
LIST: ListOperation[Plan] = ListOperation("plans.list_plans", method="plans.list")


class Plans(SyncResource):
    """Plans bundle pricing into a subscription template. (Monk's plan pages were never
    captured, so these schemas are inferred and open: see the README's provenance section.)
    """

    def create(self, body: Any = None, /, **fields: Any) -> Plan:
        """Create a plan from pricing configurations."""
        return self._client._call(CREATE, body=body, **fields)

    def get(self, plan_id: str) -> Plan:
        """Fetch one plan."""
        return self._client._call(GET, plan_id)

    def list(self, **params: Any) -> SyncPage[Plan]:
        """Plans, page by page."""
        return self._client._list(LIST, **params)


class AsyncPlans(AsyncResource):
    """Plans (async)."""

    async def create(self, body: Any = None, /, **fields: Any) -> Plan:
        return await self._client._call(CREATE, body=body, **fields)

    async def get(self, plan_id: str) -> Plan:
        return await self._client._call(GET, plan_id)

    def list(self, **params: Any) -> AsyncPager[Plan]:
        return self._client._list(LIST, **params)
