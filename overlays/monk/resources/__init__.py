"""The resources of a client, one module per API domain."""

from .contracts import AsyncBudgets, AsyncContracts, AsyncCredits, Budgets, Contracts, Credits
from .customers import AsyncCustomers, Customers
from .events import AsyncEvents, Events
from .invoices import AsyncInvoices, Invoices
from .meters import AsyncMeters, Meters
from .plans import AsyncPlans, Plans
from .pricing import AsyncPricing, Pricing
from .usage import AsyncUsage, Usage

__all__ = [
    "AsyncBudgets",
    "AsyncContracts",
    "AsyncCredits",
    "AsyncCustomers",
    "AsyncEvents",
    "AsyncInvoices",
    "AsyncMeters",
    "AsyncPlans",
    "AsyncPricing",
    "AsyncUsage",
    "Budgets",
    "Contracts",
    "Credits",
    "Customers",
    "Events",
    "Invoices",
    "Meters",
    "Plans",
    "Pricing",
    "Usage",
]
