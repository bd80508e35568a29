# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""Every operation of Monk's API, for the resources and the flows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.operation import EVENTS_HOST, REST_HOST, ListOperation, Operation

if TYPE_CHECKING:
    from .models import (
        ArchiveMeterResult,
        BatchCreateEventsResponse,
        BudgetUsage,
        Contract,
        ContractCancellation,
        CreateEventResponse,
        CreditBalanceAndBlocks,
        CreditBudget,
        CreditBudgetDeletion,
        CreditBudgetList,
        CreditLedger,
        CreditUsageStatement,
        Customer,
        EventRecord,
        HealthStatus,
        Invoice,
        Meter,
        Plan,
        PlanChange,
        Pricing,
        PricingEstimate,
        PromotionalCreditGrant,
        UpcomingInvoice,
        UsageCostResponse,
        UsageQueryResult,
    )

__all__ = [
    "ARCHIVE_METER",
    "BATCH_CREATE_EVENTS",
    "CANCEL_CONTRACT",
    "CHANGE_PLAN",
    "CREATE_CONTRACT",
    "CREATE_CREDIT_BUDGET",
    "CREATE_CUSTOMER",
    "CREATE_EVENT",
    "CREATE_METER",
    "CREATE_PLAN",
    "CREATE_PRICING",
    "DELETE_CREDIT_BUDGET",
    "ESTIMATE_EVENT_PRICING",
    "GET_BUDGET_USAGE",
    "GET_CONTRACT",
    "GET_CREDIT_BALANCE",
    "GET_CREDIT_LEDGER",
    "GET_CREDIT_USAGE_STATEMENT",
    "GET_CUSTOMER",
    "GET_INVOICE",
    "GET_LIVENESS",
    "GET_METER",
    "GET_PLAN",
    "GET_PRICING",
    "GET_READINESS",
    "GET_UPCOMING_INVOICE",
    "GET_USAGE_COST",
    "GRANT_PROMOTIONAL_CREDITS",
    "LIST_CONTRACTS",
    "LIST_CREDIT_BUDGETS",
    "LIST_CUSTOMERS",
    "LIST_EVENTS",
    "LIST_INVOICES",
    "LIST_METERS",
    "LIST_PLANS",
    "LIST_PRICING",
    "QUERY_USAGE",
    "UPDATE_CONTRACT_METADATA",
    "UPDATE_CREDIT_BUDGET",
    "UPDATE_CUSTOMER",
]

LIST_CONTRACTS: ListOperation[Contract] = ListOperation(
    "contracts.list_contracts",
    method="contracts.list",
    response="ContractList",
    host=REST_HOST,
    items="data",
)
CREATE_CONTRACT: Operation[Contract] = Operation(
    "contracts.create_contract",
    method="contracts.create",
    response="ContractResponse",
    host=REST_HOST,
)
GET_CONTRACT: Operation[Contract] = Operation(
    "contracts.get_contract", method="contracts.get", response="ContractResponse", host=REST_HOST
)
UPDATE_CONTRACT_METADATA: Operation[Contract] = Operation(
    "contracts.update_contract_metadata",
    method="contracts.update_metadata",
    response="ContractResponse",
    host=REST_HOST,
)
CANCEL_CONTRACT: Operation[ContractCancellation] = Operation(
    "contracts.cancel_contract",
    method="contracts.cancel",
    response="ContractCancellationResponse",
    host=REST_HOST,
)
CHANGE_PLAN: Operation[PlanChange] = Operation(
    "contracts.change_plan",
    method="contracts.change_plan",
    response="PlanChangeResponse",
    host=REST_HOST,
)
GET_CREDIT_BALANCE: Operation[CreditBalanceAndBlocks] = Operation(
    "contracts.get_credit_balance",
    method="contracts.credits.balance",
    response="CreditBalanceResponse",
    host=REST_HOST,
)
GET_CREDIT_LEDGER: Operation[CreditLedger] = Operation(
    "contracts.get_credit_ledger",
    method="contracts.credits.ledger",
    response="CreditLedgerResponse",
    host=REST_HOST,
)
GRANT_PROMOTIONAL_CREDITS: Operation[PromotionalCreditGrant] = Operation(
    "contracts.grant_promotional_credits",
    method="contracts.credits.grant_promotional",
    response="PromotionalCreditGrantResponse",
    host=REST_HOST,
)
LIST_CREDIT_BUDGETS: Operation[CreditBudgetList] = Operation(
    "contracts.list_credit_budgets",
    method="contracts.budgets.list",
    response="CreditBudgetListResponse",
    host=REST_HOST,
)
CREATE_CREDIT_BUDGET: Operation[CreditBudget] = Operation(
    "contracts.create_credit_budget",
    method="contracts.budgets.create",
    response="CreditBudgetResponse",
    host=REST_HOST,
)
GET_BUDGET_USAGE: Operation[BudgetUsage] = Operation(
    "contracts.get_budget_usage",
    method="contracts.budgets.usage",
    response="BudgetUsageResponse",
    host=REST_HOST,
)
UPDATE_CREDIT_BUDGET: Operation[CreditBudget] = Operation(
    "contracts.update_credit_budget",
    method="contracts.budgets.update",
    response="CreditBudgetResponse",
    host=REST_HOST,
)
DELETE_CREDIT_BUDGET: Operation[CreditBudgetDeletion] = Operation(
    "contracts.delete_credit_budget",
    method="contracts.budgets.delete",
    response="CreditBudgetDeletionResponse",
    host=REST_HOST,
)
LIST_EVENTS: ListOperation[EventRecord] = ListOperation(
    "events.list_events",
    method="events.list",
    response="EventList",
    host=EVENTS_HOST,
    items="events",
)
CREATE_EVENT: Operation[CreateEventResponse] = Operation(
    "events.create_event",
    method="events.send",
    response="CreateEventResponse",
    host=EVENTS_HOST,
    idempotent=True,
)
BATCH_CREATE_EVENTS: Operation[BatchCreateEventsResponse] = Operation(
    "events.batch_create_events",
    method="events.send_batch",
    response="BatchCreateEventsResponse",
    host=EVENTS_HOST,
    idempotent=True,
)
QUERY_USAGE: Operation[UsageQueryResult] = Operation(
    "events.query_usage", method="events.query_usage", response="UsageQueryResult", host=EVENTS_HOST
)
GET_LIVENESS: Operation[HealthStatus] = Operation(
    "events.get_liveness", method="events.liveness", response="HealthStatus", host=EVENTS_HOST
)
GET_READINESS: Operation[HealthStatus] = Operation(
    "events.get_readiness", method="events.readiness", response="HealthStatus", host=EVENTS_HOST
)
GET_USAGE_COST: Operation[UsageCostResponse] = Operation(
    "usage.get_usage_cost",
    method="usage.cost",
    response="UsageCostResponse",
    host=REST_HOST,
    idempotent=True,
)
LIST_CUSTOMERS: ListOperation[Customer] = ListOperation(
    "customers.list_customers",
    method="customers.list",
    response="CustomerList",
    host=REST_HOST,
    items="data",
)
CREATE_CUSTOMER: Operation[Customer] = Operation(
    "customers.create_customer",
    method="customers.create",
    response="CustomerResponse",
    host=REST_HOST,
)
GET_CUSTOMER: Operation[Customer] = Operation(
    "customers.get_customer", method="customers.get", response="CustomerResponse", host=REST_HOST
)
UPDATE_CUSTOMER: Operation[Customer] = Operation(
    "customers.update_customer",
    method="customers.update",
    response="CustomerResponse",
    host=REST_HOST,
)
LIST_PRICING: ListOperation[Pricing] = ListOperation(
    "pricing.list_pricing",
    method="pricing.list",
    response="PricingList",
    host=REST_HOST,
    items="data",
)
CREATE_PRICING: Operation[Pricing] = Operation(
    "pricing.create_pricing", method="pricing.create", response="PricingResponse", host=REST_HOST
)
GET_PRICING: Operation[Pricing] = Operation(
    "pricing.get_pricing", method="pricing.get", response="PricingResponse", host=REST_HOST
)
ESTIMATE_EVENT_PRICING: Operation[PricingEstimate] = Operation(
    "pricing.estimate_event_pricing",
    method="pricing.estimate",
    response="PricingEstimate",
    host=REST_HOST,
    idempotent=True,
)
LIST_METERS: ListOperation[Meter] = ListOperation(
    "meters.list_meters", method="meters.list", response="MeterList", host=REST_HOST, items="data"
)
CREATE_METER: Operation[Meter] = Operation(
    "meters.create_meter", method="meters.create", response="MeterResponse", host=REST_HOST
)
GET_METER: Operation[Meter] = Operation(
    "meters.get_meter", method="meters.get", response="MeterResponse", host=REST_HOST
)
ARCHIVE_METER: Operation[ArchiveMeterResult] = Operation(
    "meters.archive_meter", method="meters.archive", response="ArchiveMeterResponse", host=REST_HOST
)
LIST_PLANS: ListOperation[Plan] = ListOperation(
    "plans.list_plans", method="plans.list", response="PlanList", host=REST_HOST, items="data"
)
CREATE_PLAN: Operation[Plan] = Operation(
    "plans.create_plan", method="plans.create", response="PlanResponse", host=REST_HOST
)
GET_PLAN: Operation[Plan] = Operation(
    "plans.get_plan", method="plans.get", response="PlanResponse", host=REST_HOST
)
LIST_INVOICES: ListOperation[Invoice] = ListOperation(
    "invoices.list_invoices",
    method="invoices.list",
    response="InvoiceList",
    host=REST_HOST,
    items="data",
)
GET_INVOICE: Operation[Invoice] = Operation(
    "invoices.get_invoice", method="invoices.get", response="InvoiceResponse", host=REST_HOST
)
GET_CREDIT_USAGE_STATEMENT: Operation[CreditUsageStatement] = Operation(
    "invoices.get_credit_usage_statement",
    method="invoices.credit_statement",
    response="CreditUsageStatementResponse",
    host=REST_HOST,
)
GET_UPCOMING_INVOICE: Operation[UpcomingInvoice | None] = Operation(
    "invoices.get_upcoming_invoice",
    method="invoices.upcoming",
    response="UpcomingInvoiceResponse",
    host=REST_HOST,
)
