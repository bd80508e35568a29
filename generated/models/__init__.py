# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""Contains all the data models used in inputs/outputs (each module is imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archive_meter_response import ArchiveMeterResponse
    from .archive_meter_result import ArchiveMeterResult
    from .batch_create_events_request import BatchCreateEventsRequest
    from .batch_create_events_response import BatchCreateEventsResponse
    from .batch_create_events_response_status import BatchCreateEventsResponseStatus
    from .budget_usage import BudgetUsage
    from .budget_usage_response import BudgetUsageResponse
    from .cancel_contract_request import CancelContractRequest
    from .cancel_contract_request_cancel_at import CancelContractRequestCancelAt
    from .change_plan_request import ChangePlanRequest
    from .change_plan_request_change_option import ChangePlanRequestChangeOption
    from .contract import Contract
    from .contract_cancellation import ContractCancellation
    from .contract_cancellation_response import ContractCancellationResponse
    from .contract_credit_settings import ContractCreditSettings
    from .contract_list import ContractList
    from .contract_metadata import ContractMetadata
    from .contract_meter_rate_overrides import ContractMeterRateOverrides
    from .contract_price_override import ContractPriceOverride
    from .contract_rate_overrides import ContractRateOverrides
    from .contract_response import ContractResponse
    from .create_contract_request import CreateContractRequest
    from .create_credit_budget_request import CreateCreditBudgetRequest
    from .create_customer_request import CreateCustomerRequest
    from .create_customer_request_payment_method_type import CreateCustomerRequestPaymentMethodType
    from .create_customer_request_provider import CreateCustomerRequestProvider
    from .create_event_request import CreateEventRequest
    from .create_event_response import CreateEventResponse
    from .create_event_response_status import CreateEventResponseStatus
    from .create_meter_request import CreateMeterRequest
    from .create_meter_request_aggregation_type import CreateMeterRequestAggregationType
    from .create_plan_request import CreatePlanRequest
    from .create_plan_request_billing_frequency import CreatePlanRequestBillingFrequency
    from .create_plan_request_status import CreatePlanRequestStatus
    from .create_pricing_request import CreatePricingRequest
    from .create_pricing_request_billing_mode import CreatePricingRequestBillingMode
    from .create_pricing_request_model import CreatePricingRequestModel
    from .create_pricing_request_price_interval import CreatePricingRequestPriceInterval
    from .create_pricing_request_tiering import CreatePricingRequestTiering
    from .credit_balance import CreditBalance
    from .credit_balance_and_blocks import CreditBalanceAndBlocks
    from .credit_balance_response import CreditBalanceResponse
    from .credit_block import CreditBlock
    from .credit_block_status import CreditBlockStatus
    from .credit_budget import CreditBudget
    from .credit_budget_deletion import CreditBudgetDeletion
    from .credit_budget_deletion_response import CreditBudgetDeletionResponse
    from .credit_budget_list import CreditBudgetList
    from .credit_budget_list_response import CreditBudgetListResponse
    from .credit_budget_response import CreditBudgetResponse
    from .credit_budget_usage import CreditBudgetUsage
    from .credit_grant_metadata import CreditGrantMetadata
    from .credit_ledger import CreditLedger
    from .credit_ledger_entry import CreditLedgerEntry
    from .credit_ledger_entry_type import CreditLedgerEntryType
    from .credit_ledger_response import CreditLedgerResponse
    from .credit_usage_statement import CreditUsageStatement
    from .credit_usage_statement_response import CreditUsageStatementResponse
    from .credit_usage_summary import CreditUsageSummary
    from .credit_wallet_mode import CreditWalletMode
    from .customer import Customer
    from .customer_billing_address import CustomerBillingAddress
    from .customer_contact import CustomerContact
    from .customer_list import CustomerList
    from .customer_metadata import CustomerMetadata
    from .customer_response import CustomerResponse
    from .error import Error
    from .error_detail import ErrorDetail
    from .event_list import EventList
    from .event_properties import EventProperties
    from .event_record import EventRecord
    from .get_credit_usage_statement_format import GetCreditUsageStatementFormat
    from .get_usage_cost_request import GetUsageCostRequest
    from .get_usage_cost_request_unit import GetUsageCostRequestUnit
    from .grant_promotional_credits_request import GrantPromotionalCreditsRequest
    from .health_status import HealthStatus
    from .invoice import Invoice
    from .invoice_line_item import InvoiceLineItem
    from .invoice_list import InvoiceList
    from .invoice_response import InvoiceResponse
    from .invoice_service_period import InvoiceServicePeriod
    from .invoice_status import InvoiceStatus
    from .list_meters_status import ListMetersStatus
    from .meter import Meter
    from .meter_aggregation_type import MeterAggregationType
    from .meter_event_type_filter import MeterEventTypeFilter
    from .meter_list import MeterList
    from .meter_property_filter import MeterPropertyFilter
    from .meter_response import MeterResponse
    from .meter_status import MeterStatus
    from .plan import Plan
    from .plan_change import PlanChange
    from .plan_change_response import PlanChangeResponse
    from .plan_list import PlanList
    from .plan_response import PlanResponse
    from .pricing import Pricing
    from .pricing_billing_mode import PricingBillingMode
    from .pricing_estimate import PricingEstimate
    from .pricing_estimate_currency import PricingEstimateCurrency
    from .pricing_estimate_event import PricingEstimateEvent
    from .pricing_estimate_event_cost import PricingEstimateEventCost
    from .pricing_estimate_event_properties import PricingEstimateEventProperties
    from .pricing_estimate_meter_cost import PricingEstimateMeterCost
    from .pricing_estimate_request import PricingEstimateRequest
    from .pricing_estimate_unit import PricingEstimateUnit
    from .pricing_list import PricingList
    from .pricing_model import PricingModel
    from .pricing_response import PricingResponse
    from .pricing_tier import PricingTier
    from .pricing_tiering import PricingTiering
    from .promotional_credit_grant import PromotionalCreditGrant
    from .promotional_credit_grant_response import PromotionalCreditGrantResponse
    from .upcoming_invoice import UpcomingInvoice
    from .upcoming_invoice_response import UpcomingInvoiceResponse
    from .update_contract_metadata_request import UpdateContractMetadataRequest
    from .update_credit_budget_request import UpdateCreditBudgetRequest
    from .update_customer_request import UpdateCustomerRequest
    from .update_customer_request_payment_method_type import UpdateCustomerRequestPaymentMethodType
    from .update_customer_request_provider import UpdateCustomerRequestProvider
    from .usage_cost_response import UsageCostResponse
    from .usage_cost_response_currency import UsageCostResponseCurrency
    from .usage_cost_response_unit import UsageCostResponseUnit
    from .usage_property_filter import UsagePropertyFilter
    from .usage_query_bucket import UsageQueryBucket
    from .usage_query_result import UsageQueryResult

# Public name -> the module that defines it.
_MODULES = {
    "ArchiveMeterResponse": ".archive_meter_response",
    "ArchiveMeterResult": ".archive_meter_result",
    "BatchCreateEventsRequest": ".batch_create_events_request",
    "BatchCreateEventsResponse": ".batch_create_events_response",
    "BatchCreateEventsResponseStatus": ".batch_create_events_response_status",
    "BudgetUsage": ".budget_usage",
    "BudgetUsageResponse": ".budget_usage_response",
    "CancelContractRequest": ".cancel_contract_request",
    "CancelContractRequestCancelAt": ".cancel_contract_request_cancel_at",
    "ChangePlanRequest": ".change_plan_request",
    "ChangePlanRequestChangeOption": ".change_plan_request_change_option",
    "Contract": ".contract",
    "ContractCancellation": ".contract_cancellation",
    "ContractCancellationResponse": ".contract_cancellation_response",
    "ContractCreditSettings": ".contract_credit_settings",
    "ContractList": ".contract_list",
    "ContractMetadata": ".contract_metadata",
    "ContractMeterRateOverrides": ".contract_meter_rate_overrides",
    "ContractPriceOverride": ".contract_price_override",
    "ContractRateOverrides": ".contract_rate_overrides",
    "ContractResponse": ".contract_response",
    "CreateContractRequest": ".create_contract_request",
    "CreateCreditBudgetRequest": ".create_credit_budget_request",
    "CreateCustomerRequest": ".create_customer_request",
    "CreateCustomerRequestPaymentMethodType": ".create_customer_request_payment_method_type",
    "CreateCustomerRequestProvider": ".create_customer_request_provider",
    "CreateEventRequest": ".create_event_request",
    "CreateEventResponse": ".create_event_response",
    "CreateEventResponseStatus": ".create_event_response_status",
    "CreateMeterRequest": ".create_meter_request",
    "CreateMeterRequestAggregationType": ".create_meter_request_aggregation_type",
    "CreatePlanRequest": ".create_plan_request",
    "CreatePlanRequestBillingFrequency": ".create_plan_request_billing_frequency",
    "CreatePlanRequestStatus": ".create_plan_request_status",
    "CreatePricingRequest": ".create_pricing_request",
    "CreatePricingRequestBillingMode": ".create_pricing_request_billing_mode",
    "CreatePricingRequestModel": ".create_pricing_request_model",
    "CreatePricingRequestPriceInterval": ".create_pricing_request_price_interval",
    "CreatePricingRequestTiering": ".create_pricing_request_tiering",
    "CreditBalance": ".credit_balance",
    "CreditBalanceAndBlocks": ".credit_balance_and_blocks",
    "CreditBalanceResponse": ".credit_balance_response",
    "CreditBlock": ".credit_block",
    "CreditBlockStatus": ".credit_block_status",
    "CreditBudget": ".credit_budget",
    "CreditBudgetDeletion": ".credit_budget_deletion",
    "CreditBudgetDeletionResponse": ".credit_budget_deletion_response",
    "CreditBudgetList": ".credit_budget_list",
    "CreditBudgetListResponse": ".credit_budget_list_response",
    "CreditBudgetResponse": ".credit_budget_response",
    "CreditBudgetUsage": ".credit_budget_usage",
    "CreditGrantMetadata": ".credit_grant_metadata",
    "CreditLedger": ".credit_ledger",
    "CreditLedgerEntry": ".credit_ledger_entry",
    "CreditLedgerEntryType": ".credit_ledger_entry_type",
    "CreditLedgerResponse": ".credit_ledger_response",
    "CreditUsageStatement": ".credit_usage_statement",
    "CreditUsageStatementResponse": ".credit_usage_statement_response",
    "CreditUsageSummary": ".credit_usage_summary",
    "CreditWalletMode": ".credit_wallet_mode",
    "Customer": ".customer",
    "CustomerBillingAddress": ".customer_billing_address",
    "CustomerContact": ".customer_contact",
    "CustomerList": ".customer_list",
    "CustomerMetadata": ".customer_metadata",
    "CustomerResponse": ".customer_response",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "EventList": ".event_list",
    "EventProperties": ".event_properties",
    "EventRecord": ".event_record",
    "GetCreditUsageStatementFormat": ".get_credit_usage_statement_format",
    "GetUsageCostRequest": ".get_usage_cost_request",
    "GetUsageCostRequestUnit": ".get_usage_cost_request_unit",
    "GrantPromotionalCreditsRequest": ".grant_promotional_credits_request",
    "HealthStatus": ".health_status",
    "Invoice": ".invoice",
    "InvoiceLineItem": ".invoice_line_item",
    "InvoiceList": ".invoice_list",
    "InvoiceResponse": ".invoice_response",
    "InvoiceServicePeriod": ".invoice_service_period",
    "InvoiceStatus": ".invoice_status",
    "ListMetersStatus": ".list_meters_status",
    "Meter": ".meter",
    "MeterAggregationType": ".meter_aggregation_type",
    "MeterEventTypeFilter": ".meter_event_type_filter",
    "MeterList": ".meter_list",
    "MeterPropertyFilter": ".meter_property_filter",
    "MeterResponse": ".meter_response",
    "MeterStatus": ".meter_status",
    "Plan": ".plan",
    "PlanChange": ".plan_change",
    "PlanChangeResponse": ".plan_change_response",
    "PlanList": ".plan_list",
    "PlanResponse": ".plan_response",
    "Pricing": ".pricing",
    "PricingBillingMode": ".pricing_billing_mode",
    "PricingEstimate": ".pricing_estimate",
    "PricingEstimateCurrency": ".pricing_estimate_currency",
    "PricingEstimateEvent": ".pricing_estimate_event",
    "PricingEstimateEventCost": ".pricing_estimate_event_cost",
    "PricingEstimateEventProperties": ".pricing_estimate_event_properties",
    "PricingEstimateMeterCost": ".pricing_estimate_meter_cost",
    "PricingEstimateRequest": ".pricing_estimate_request",
    "PricingEstimateUnit": ".pricing_estimate_unit",
    "PricingList": ".pricing_list",
    "PricingModel": ".pricing_model",
    "PricingResponse": ".pricing_response",
    "PricingTier": ".pricing_tier",
    "PricingTiering": ".pricing_tiering",
    "PromotionalCreditGrant": ".promotional_credit_grant",
    "PromotionalCreditGrantResponse": ".promotional_credit_grant_response",
    "UpcomingInvoice": ".upcoming_invoice",
    "UpcomingInvoiceResponse": ".upcoming_invoice_response",
    "UpdateContractMetadataRequest": ".update_contract_metadata_request",
    "UpdateCreditBudgetRequest": ".update_credit_budget_request",
    "UpdateCustomerRequest": ".update_customer_request",
    "UpdateCustomerRequestPaymentMethodType": ".update_customer_request_payment_method_type",
    "UpdateCustomerRequestProvider": ".update_customer_request_provider",
    "UsageCostResponse": ".usage_cost_response",
    "UsageCostResponseCurrency": ".usage_cost_response_currency",
    "UsageCostResponseUnit": ".usage_cost_response_unit",
    "UsagePropertyFilter": ".usage_property_filter",
    "UsageQueryBucket": ".usage_query_bucket",
    "UsageQueryResult": ".usage_query_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = (
    "ArchiveMeterResponse",
    "ArchiveMeterResult",
    "BatchCreateEventsRequest",
    "BatchCreateEventsResponse",
    "BatchCreateEventsResponseStatus",
    "BudgetUsage",
    "BudgetUsageResponse",
    "CancelContractRequest",
    "CancelContractRequestCancelAt",
    "ChangePlanRequest",
    "ChangePlanRequestChangeOption",
    "Contract",
    "ContractCancellation",
    "ContractCancellationResponse",
    "ContractCreditSettings",
    "ContractList",
    "ContractMetadata",
    "ContractMeterRateOverrides",
    "ContractPriceOverride",
    "ContractRateOverrides",
    "ContractResponse",
    "CreateContractRequest",
    "CreateCreditBudgetRequest",
    "CreateCustomerRequest",
    "CreateCustomerRequestPaymentMethodType",
    "CreateCustomerRequestProvider",
    "CreateEventRequest",
    "CreateEventResponse",
    "CreateEventResponseStatus",
    "CreateMeterRequest",
    "CreateMeterRequestAggregationType",
    "CreatePlanRequest",
    "CreatePlanRequestBillingFrequency",
    "CreatePlanRequestStatus",
    "CreatePricingRequest",
    "CreatePricingRequestBillingMode",
    "CreatePricingRequestModel",
    "CreatePricingRequestPriceInterval",
    "CreatePricingRequestTiering",
    "CreditBalance",
    "CreditBalanceAndBlocks",
    "CreditBalanceResponse",
    "CreditBlock",
    "CreditBlockStatus",
    "CreditBudget",
    "CreditBudgetDeletion",
    "CreditBudgetDeletionResponse",
    "CreditBudgetList",
    "CreditBudgetListResponse",
    "CreditBudgetResponse",
    "CreditBudgetUsage",
    "CreditGrantMetadata",
    "CreditLedger",
    "CreditLedgerEntry",
    "CreditLedgerEntryType",
    "CreditLedgerResponse",
    "CreditUsageStatement",
    "CreditUsageStatementResponse",
    "CreditUsageSummary",
    "CreditWalletMode",
    "Customer",
    "CustomerBillingAddress",
    "CustomerContact",
    "CustomerList",
    "CustomerMetadata",
    "CustomerResponse",
    "Error",
    "ErrorDetail",
    "EventList",
    "EventProperties",
    "EventRecord",
    "GetCreditUsageStatementFormat",
    "GetUsageCostRequest",
    "GetUsageCostRequestUnit",
    "GrantPromotionalCreditsRequest",
    "HealthStatus",
    "Invoice",
    "InvoiceLineItem",
    "InvoiceList",
    "InvoiceResponse",
    "InvoiceServicePeriod",
    "InvoiceStatus",
    "ListMetersStatus",
    "Meter",
    "MeterAggregationType",
    "MeterEventTypeFilter",
    "MeterList",
    "MeterPropertyFilter",
    "MeterResponse",
    "MeterStatus",
    "Plan",
    "PlanChange",
    "PlanChangeResponse",
    "PlanList",
    "PlanResponse",
    "Pricing",
    "PricingBillingMode",
    "PricingEstimate",
    "PricingEstimateCurrency",
    "PricingEstimateEvent",
    "PricingEstimateEventCost",
    "PricingEstimateEventProperties",
    "PricingEstimateMeterCost",
    "PricingEstimateRequest",
    "PricingEstimateUnit",
    "PricingList",
    "PricingModel",
    "PricingResponse",
    "PricingTier",
    "PricingTiering",
    "PromotionalCreditGrant",
    "PromotionalCreditGrantResponse",
    "UpcomingInvoice",
    "UpcomingInvoiceResponse",
    "UpdateContractMetadataRequest",
    "UpdateCreditBudgetRequest",
    "UpdateCustomerRequest",
    "UpdateCustomerRequestPaymentMethodType",
    "UpdateCustomerRequestProvider",
    "UsageCostResponse",
    "UsageCostResponseCurrency",
    "UsageCostResponseUnit",
    "UsagePropertyFilter",
    "UsageQueryBucket",
    "UsageQueryResult",
)
