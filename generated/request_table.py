# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""The request side of Monk's OpenAPI spec, as data.

Written by ``scripts/build_request_table.py`` (``nox -s regenerate`` rewrites it;
``scripts/regenerate.py --check`` fails when it is stale). ``monk._core.request`` reads it.
A node is a dict: ``t`` the JSON type (or a tuple of scalar types), ``ref`` a schema name,
``null`` nullable, ``inf`` inferred (the docs did not show it, so its enum, limits and format are
not enforced), ``money`` ``"decimal"`` (a decimal string), ``"number"`` or ``"cents"``.
"""

from typing import Any

OPERATIONS: dict[str, Any] = {
    "contracts.cancel_contract": {
        "method": "post",
        "path": "/v1/contracts/{}/cancel",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
        "body": {"ref": "CancelContractRequest"},
        "body_required": True,
    },
    "contracts.change_plan": {
        "method": "post",
        "path": "/v1/contracts/{}/change-plan",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
        "body": {"ref": "ChangePlanRequest"},
        "body_required": True,
    },
    "contracts.create_contract": {
        "method": "post",
        "path": "/v1/contracts",
        "path_params": (),
        "query": {},
        "body": {"ref": "CreateContractRequest"},
        "body_required": True,
    },
    "contracts.create_credit_budget": {
        "method": "post",
        "path": "/v1/contracts/{}/budgets",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
        "body": {"ref": "CreateCreditBudgetRequest"},
        "body_required": True,
    },
    "contracts.delete_credit_budget": {
        "method": "delete",
        "path": "/v1/contracts/{}/budgets/{}",
        "path_params": (
            ("contract_id", "contractId", {"t": "string"}),
            ("index", "index", {"t": "integer", "minimum": 0}),
        ),
        "query": {},
    },
    "contracts.get_budget_usage": {
        "method": "get",
        "path": "/v1/contracts/{}/budgets/usage",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
    },
    "contracts.get_contract": {
        "method": "get",
        "path": "/v1/contracts/{}",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
    },
    "contracts.get_credit_balance": {
        "method": "get",
        "path": "/v1/contracts/{}/credits/balance",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
    },
    "contracts.get_credit_ledger": {
        "method": "get",
        "path": "/v1/contracts/{}/credits/ledger",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
    },
    "contracts.grant_promotional_credits": {
        "method": "post",
        "path": "/v1/contracts/{}/credits/promotional/grant",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
        "body": {"ref": "GrantPromotionalCreditsRequest"},
        "body_required": True,
    },
    "contracts.list_contracts": {
        "method": "get",
        "path": "/v1/contracts",
        "path_params": (),
        "query": {
            "customer_id": ("customerId", {"t": "string"}, False),
            "external_customer_id": ("externalCustomerId", {"t": "string"}, False),
            "plan_id": ("planId", {"t": "string"}, False),
            "is_active": ("isActive", {"t": "boolean"}, False),
            "limit": ("limit", {"t": "integer", "maximum": 100, "default": 10}, False),
            "offset": ("offset", {"t": "integer", "default": 0}, False),
        },
    },
    "contracts.list_credit_budgets": {
        "method": "get",
        "path": "/v1/contracts/{}/budgets",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
    },
    "contracts.update_contract_metadata": {
        "method": "patch",
        "path": "/v1/contracts/{}",
        "path_params": (("contract_id", "contractId", {"t": "string"}),),
        "query": {},
        "body": {"ref": "UpdateContractMetadataRequest"},
        "body_required": True,
    },
    "contracts.update_credit_budget": {
        "method": "patch",
        "path": "/v1/contracts/{}/budgets/{}",
        "path_params": (
            ("contract_id", "contractId", {"t": "string"}),
            ("index", "index", {"t": "integer", "minimum": 0}),
        ),
        "query": {},
        "body": {"ref": "UpdateCreditBudgetRequest"},
        "body_required": True,
    },
    "customers.create_customer": {
        "method": "post",
        "path": "/v1/customers",
        "path_params": (),
        "query": {},
        "body": {"ref": "CreateCustomerRequest"},
        "body_required": True,
    },
    "customers.get_customer": {
        "method": "get",
        "path": "/v1/customers/{}",
        "path_params": (("customer_id", "customerId", {"t": "string"}),),
        "query": {},
    },
    "customers.list_customers": {
        "method": "get",
        "path": "/v1/customers",
        "path_params": (),
        "query": {
            "external_customer_id": ("externalCustomerId", {"t": "string"}, False),
            "limit": ("limit", {"t": "integer", "maximum": 100, "default": 10}, False),
            "offset": ("offset", {"t": "integer", "default": 0}, False),
        },
    },
    "customers.update_customer": {
        "method": "patch",
        "path": "/v1/customers/{}",
        "path_params": (("customer_id", "customerId", {"t": "string"}),),
        "query": {},
        "body": {"ref": "UpdateCustomerRequest"},
        "body_required": True,
    },
    "events.batch_create_events": {
        "method": "post",
        "path": "/v1/events/batch",
        "path_params": (),
        "query": {},
        "body": {"ref": "BatchCreateEventsRequest"},
        "body_required": True,
    },
    "events.create_event": {
        "method": "post",
        "path": "/v1/events",
        "path_params": (),
        "query": {},
        "body": {"ref": "CreateEventRequest"},
        "body_required": True,
    },
    "events.get_liveness": {
        "method": "get",
        "path": "/v1/health/live",
        "path_params": (),
        "query": {},
    },
    "events.get_readiness": {
        "method": "get",
        "path": "/v1/health/ready",
        "path_params": (),
        "query": {},
    },
    "events.list_events": {
        "method": "get",
        "path": "/v1/events",
        "path_params": (),
        "query": {
            "event_name": ("eventName", {"t": "string"}, False),
            "customer_id": ("customerId", {"t": "string"}, False),
            "start": ("start", {"t": "string"}, False),
            "end": ("end", {"t": "string"}, False),
            "limit": ("limit", {"t": "integer"}, False),
            "offset": ("offset", {"t": "integer"}, False),
        },
    },
    "events.query_usage": {
        "method": "get",
        "path": "/v1/usage",
        "path_params": (),
        "query": {
            "start": ("start", {"t": "string"}, True),
            "end": ("end", {"t": "string"}, True),
            "event_name": ("eventName", {"t": "string"}, False),
        },
    },
    "invoices.get_credit_usage_statement": {
        "method": "get",
        "path": "/v1/invoices/{}/credit-report",
        "path_params": (("invoice_id", "invoiceId", {"t": "string", "fmt": "uuid"}),),
        "query": {
            "format_": ("format", {"t": "string", "enum": ("pdf", "json"), "default": "pdf"}, False)
        },
    },
    "invoices.get_invoice": {
        "method": "get",
        "path": "/v1/invoices/{}",
        "path_params": (("invoice_id", "invoiceId", {"t": "string"}),),
        "query": {"include": ("include", {"t": "string"}, False)},
    },
    "invoices.get_upcoming_invoice": {
        "method": "get",
        "path": "/v1/customers/{}/upcoming-invoice",
        "path_params": (("customer_id", "customerId", {"t": "string"}),),
        "query": {},
    },
    "invoices.list_invoices": {
        "method": "get",
        "path": "/v1/invoices",
        "path_params": (),
        "query": {
            "customer_id": ("customerId", {"t": "string"}, False),
            "status": ("status", {"ref": "InvoiceStatus"}, False),
            "created_after": ("createdAfter", {"t": "string", "fmt": "date"}, False),
            "created_before": ("createdBefore", {"t": "string", "fmt": "date"}, False),
            "limit": ("limit", {"t": "integer", "maximum": 100, "default": 10}, False),
            "offset": ("offset", {"t": "integer", "default": 0}, False),
            "include": ("include", {"t": "string"}, False),
        },
    },
    "meters.archive_meter": {
        "method": "delete",
        "path": "/v1/meters/{}",
        "path_params": (("meter_id", "meterId", {"t": "string"}),),
        "query": {},
    },
    "meters.create_meter": {
        "method": "post",
        "path": "/v1/meters",
        "path_params": (),
        "query": {},
        "body": {"ref": "CreateMeterRequest"},
        "body_required": True,
    },
    "meters.get_meter": {
        "method": "get",
        "path": "/v1/meters/{}",
        "path_params": (("meter_id", "meterId", {"t": "string"}),),
        "query": {},
    },
    "meters.list_meters": {
        "method": "get",
        "path": "/v1/meters",
        "path_params": (),
        "query": {
            "limit": ("limit", {"t": "integer", "maximum": 100, "default": 50}, False),
            "offset": ("offset", {"t": "integer", "default": 0}, False),
            "status": (
                "status",
                {"t": "string", "enum": ("active", "inactive", "all"), "default": "active"},
                False,
            ),
        },
    },
    "plans.create_plan": {
        "method": "post",
        "path": "/v1/plans",
        "path_params": (),
        "query": {},
        "body": {"ref": "CreatePlanRequest"},
        "body_required": True,
    },
    "plans.get_plan": {
        "method": "get",
        "path": "/v1/plans/{}",
        "path_params": (("plan_id", "planId", {"t": "string"}),),
        "query": {},
    },
    "plans.list_plans": {
        "method": "get",
        "path": "/v1/plans",
        "path_params": (),
        "query": {
            "limit": ("limit", {"t": "integer"}, False),
            "offset": ("offset", {"t": "integer"}, False),
        },
    },
    "pricing.create_pricing": {
        "method": "post",
        "path": "/v1/pricing",
        "path_params": (),
        "query": {},
        "body": {"ref": "CreatePricingRequest"},
        "body_required": True,
    },
    "pricing.estimate_event_pricing": {
        "method": "post",
        "path": "/v1/pricing/estimate",
        "path_params": (),
        "query": {},
        "body": {"ref": "PricingEstimateRequest"},
        "body_required": True,
    },
    "pricing.get_pricing": {
        "method": "get",
        "path": "/v1/pricing/{}",
        "path_params": (("pricing_id", "pricingId", {"t": "string"}),),
        "query": {},
    },
    "pricing.list_pricing": {
        "method": "get",
        "path": "/v1/pricing",
        "path_params": (),
        "query": {
            "limit": ("limit", {"t": "integer", "maximum": 100, "default": 50}, False),
            "offset": ("offset", {"t": "integer", "default": 0}, False),
            "product_id": ("productId", {"t": "string"}, False),
        },
    },
    "usage.get_usage_cost": {
        "method": "post",
        "path": "/v1/usage/cost",
        "path_params": (),
        "query": {},
        "body": {"ref": "GetUsageCostRequest"},
        "body_required": True,
    },
}

SCHEMAS: dict[str, Any] = {
    "BatchCreateEventsRequest": {
        "t": "object",
        "props": {
            "events": (
                "events",
                {
                    "t": "array",
                    "maxItems": 10000,
                    "items": {"inf": True, "ref": "CreateEventRequest"},
                },
            )
        },
        "required": ("events",),
    },
    "CancelContractRequest": {
        "t": "object",
        "props": {"cancel_at": ("cancelAt", {"t": "string", "enum": ("end_of_period",)})},
        "required": ("cancel_at",),
    },
    "ChangePlanRequest": {
        "t": "object",
        "props": {
            "plan_id": ("planId", {"t": "string"}),
            "change_option": (
                "changeOption",
                {"t": "string", "enum": ("immediate", "end_of_period", "requested_date")},
            ),
            "change_date": ("changeDate", {"t": "string", "fmt": "date"}),
            "prorate": ("prorate", {"t": "boolean", "default": True}),
        },
        "required": ("plan_id", "change_option"),
    },
    "ContractCreditSettings": {
        "inf": True,
        "t": "object",
        "props": {
            "credit_rate_cents": (
                "creditRateCents",
                {"inf": True, "t": "integer", "money": "cents"},
            )
        },
        "required": (),
    },
    "ContractMetadata": {
        "t": "object",
        "maxProperties": 10,
        "map": {"t": ("string", "number", "boolean"), "maxLength": 500},
        "keyMaxLength": 40,
    },
    "ContractMeterRateOverrides": {
        "inf": True,
        "t": "object",
        "map": {"t": "number", "money": "number"},
    },
    "ContractPriceOverride": {
        "inf": True,
        "t": "object",
        "props": {
            "base_pricing_id": ("basePricingId", {"t": "string"}),
            "unit_amount": (
                "unitAmount",
                {"t": "string", "pattern": "^-?(0|[1-9][0-9]*)([.][0-9]+)?$", "money": "decimal"},
            ),
        },
        "required": (),
    },
    "ContractRateOverrides": {
        "inf": True,
        "t": "object",
        "map": {"ref": "ContractMeterRateOverrides"},
    },
    "CreateContractRequest": {
        "t": "object",
        "props": {
            "plan_id": ("planId", {"t": "string"}),
            "customer_id": ("customerId", {"t": "string"}),
            "start_date": ("startDate", {"t": "string", "fmt": "date"}),
            "end_date": ("endDate", {"t": "string", "fmt": "date"}),
            "net_terms": ("netTerms", {"t": "integer"}),
            "overrides": ("overrides", {"t": "array", "items": {"ref": "ContractPriceOverride"}}),
            "credit_grant_cents": (
                "creditGrantCents",
                {"null": True, "t": "integer", "money": "cents"},
            ),
            "credit_settings": ("creditSettings", {"ref": "ContractCreditSettings"}),
            "metadata": ("metadata", {"ref": "ContractMetadata"}),
            "billing_cycle_anchor": ("billingCycleAnchor", {"inf": True, "t": "string"}),
            "rate_overrides": ("rateOverrides", {"inf": True, "ref": "ContractRateOverrides"}),
        },
        "required": ("plan_id", "customer_id", "start_date"),
    },
    "CreateCreditBudgetRequest": {
        "inf": True,
        "t": "object",
        "props": {
            "label": ("label", {"t": "string"}),
            "event_property_key": ("eventPropertyKey", {"t": "string"}),
            "event_property_value": ("eventPropertyValue", {"t": "string"}),
            "meter_id": ("meterId", {"t": "string"}),
            "max_credits": ("maxCredits", {"t": "number", "money": "number"}),
            "max_credits_cents": ("maxCreditsCents", {"t": "integer", "money": "cents"}),
        },
        "required": (),
    },
    "CreateCustomerRequest": {
        "t": "object",
        "props": {
            "name": ("name", {"t": "string"}),
            "contacts": (
                "contacts",
                {"t": "array", "minItems": 1, "items": {"ref": "CustomerContact"}},
            ),
            "legal_name": ("legalName", {"inf": True, "t": "string"}),
            "external_customer_id": ("externalCustomerId", {"t": "string"}),
            "payment_provider_id": ("paymentProviderId", {"t": "string"}),
            "provider": ("provider", {"t": "string", "enum": ("stripe",)}),
            "tags": ("tags", {"t": "array", "items": {"t": "string"}}),
            "billing_address": ("billingAddress", {"ref": "CustomerBillingAddress"}),
            "payment_method_id": ("paymentMethodId", {"t": "string"}),
            "payment_method_type": (
                "paymentMethodType",
                {"inf": True, "t": "string", "enum": ("card", "us_bank_account")},
            ),
        },
        "required": ("name", "contacts"),
        "dependent": {
            "payment_provider_id": ("provider",),
            "provider": ("payment_provider_id",),
            "payment_method_id": ("payment_method_type",),
        },
    },
    "CreateEventRequest": {
        "t": "object",
        "props": {
            "event_name": ("eventName", {"t": "string", "minLength": 1}),
            "customer_id": ("customerId", {"t": "string"}),
            "external_customer_id": ("externalCustomerId", {"t": "string"}),
            "contract_id": ("contractId", {"t": "string"}),
            "idempotency_key": ("idempotencyKey", {"t": "string"}),
            "timestamp": ("timestamp", {"t": "string", "fmt": "date-time"}),
            "properties": ("properties", {"ref": "EventProperties"}),
        },
        "required": ("event_name",),
    },
    "CreateMeterRequest": {
        "t": "object",
        "props": {
            "code": ("code", {"t": "string", "pattern": "^[A-Z0-9_]+$"}),
            "display_name": ("displayName", {"t": "string"}),
            "description": ("description", {"t": "string"}),
            "aggregation_type": (
                "aggregationType",
                {"t": "string", "enum": ("SUM", "COUNT", "MAX", "MIN"), "default": "SUM"},
            ),
            "event_type_filter": ("eventTypeFilter", {"ref": "MeterEventTypeFilter"}),
            "property_filters": (
                "propertyFilters",
                {"t": "array", "items": {"ref": "MeterPropertyFilter"}},
            ),
            "aggregation_key": ("aggregationKey", {"t": "string"}),
            "group_keys": ("groupKeys", {"t": "array", "items": {"t": "string"}}),
            "sql": ("sql", {"t": "string"}),
        },
        "required": ("code", "display_name"),
    },
    "CreatePlanRequest": {
        "inf": True,
        "t": "object",
        "props": {
            "name": ("name", {"inf": True, "t": "string"}),
            "plan_code": ("planCode", {"inf": True, "t": "string"}),
            "currency": ("currency", {"inf": True, "t": "string"}),
            "billing_frequency": (
                "billingFrequency",
                {
                    "inf": True,
                    "t": "string",
                    "enum": ("MONTHLY", "QUARTERLY", "SEMI_ANNUALLY", "ANNUALLY"),
                },
            ),
            "base_price": (
                "basePrice",
                {
                    "inf": True,
                    "t": "string",
                    "pattern": "^-?(0|[1-9][0-9]*)([.][0-9]+)?$",
                    "money": "decimal",
                },
            ),
            "pricing_ids": ("pricingIds", {"inf": True, "t": "array", "items": {"t": "string"}}),
            "status": (
                "status",
                {"inf": True, "t": "string", "enum": ("DRAFT", "ACTIVE", "ARCHIVED")},
            ),
            "net_terms": ("netTerms", {"inf": True, "t": "integer"}),
            "credit_grant_cents": (
                "creditGrantCents",
                {"inf": True, "null": True, "t": "integer", "money": "cents"},
            ),
        },
        "required": (),
    },
    "CreatePricingRequest": {
        "t": "object",
        "props": {
            "name": ("name", {"t": "string"}),
            "model": ("model", {"t": "string", "enum": ("FLAT", "TIER", "USAGE")}),
            "billing_mode": ("billingMode", {"t": "string", "enum": ("RECURRING", "ONE_TIME")}),
            "product_id": ("productId", {"t": "string"}),
            "product_name": ("productName", {"t": "string"}),
            "product_description": ("productDescription", {"t": "string"}),
            "description": ("description", {"t": "string"}),
            "unit_amount": (
                "unitAmount",
                {"t": "string", "pattern": "^-?(0|[1-9][0-9]*)([.][0-9]+)?$", "money": "decimal"},
            ),
            "flat_amount": (
                "flatAmount",
                {"t": "string", "pattern": "^-?(0|[1-9][0-9]*)([.][0-9]+)?$", "money": "decimal"},
            ),
            "price_interval": ("priceInterval", {"t": "string", "enum": ("WEEK", "MONTH", "YEAR")}),
            "price_interval_count": ("priceIntervalCount", {"t": "integer"}),
            "tiering": (
                "tiering",
                {"t": "string", "enum": ("NONE", "VOLUME", "GRADUATED"), "default": "NONE"},
            ),
            "pricing_tiers": (
                "pricingTiers",
                {"inf": True, "t": "array", "items": {"ref": "PricingTier"}},
            ),
            "meter_id": ("meterId", {"inf": True, "t": "string"}),
        },
        "required": ("name", "model", "billing_mode"),
    },
    "CreditGrantMetadata": {"inf": True, "t": "object", "map": {"t": "any"}},
    "CustomerBillingAddress": {
        "inf": True,
        "t": "object",
        "props": {
            "address1": ("address1", {"t": "string"}),
            "city": ("city", {"t": "string"}),
            "region": ("region", {"t": "string"}),
            "postal_code": ("postalCode", {"t": "string"}),
            "country": ("country", {"t": "string"}),
        },
        "required": (),
    },
    "CustomerContact": {
        "t": "object",
        "props": {
            "name": ("name", {"inf": True, "t": "string"}),
            "email": ("email", {"inf": True, "t": "string"}),
            "roles": (
                "roles",
                {"inf": True, "t": "array", "minItems": 1, "items": {"t": "string"}},
            ),
            "email_recipient_type": ("emailRecipientType", {"inf": True, "t": "string"}),
        },
        "required": ("email", "roles"),
    },
    "EventProperties": {"t": "object", "map": {"t": ("string", "number", "boolean")}},
    "GetUsageCostRequest": {
        "t": "object",
        "props": {
            "start_date": ("startDate", {"t": "string", "fmt": "date-time"}),
            "end_date": ("endDate", {"t": "string", "fmt": "date-time"}),
            "customer_id": ("customerId", {"t": "string", "fmt": "uuid"}),
            "external_customer_id": ("externalCustomerId", {"t": "string"}),
            "contract_id": ("contractId", {"t": "string", "fmt": "uuid"}),
            "event_names": ("eventNames", {"t": "array", "maxItems": 50, "items": {"t": "string"}}),
            "property_filters": (
                "propertyFilters",
                {"t": "array", "maxItems": 20, "items": {"ref": "UsagePropertyFilter"}},
            ),
            "unit": ("unit", {"inf": True, "t": "string", "enum": ("currency", "credits")}),
            "credit_rate_cents": (
                "creditRateCents",
                {"inf": True, "t": "integer", "minimum": 1, "money": "cents"},
            ),
        },
        "required": (),
    },
    "GrantPromotionalCreditsRequest": {
        "t": "object",
        "props": {
            "expires_at": ("expiresAt", {"t": "string", "fmt": "date-time"}),
            "amount_cents": (
                "amountCents",
                {"inf": True, "t": "integer", "minimum": 0, "money": "cents"},
            ),
            "credit_rate_cents": (
                "creditRateCents",
                {"inf": True, "t": "integer", "minimum": 0, "money": "cents"},
            ),
            "credit_amount": (
                "creditAmount",
                {"inf": True, "t": "number", "exclusiveMinimum": 0, "money": "number"},
            ),
            "description": ("description", {"inf": True, "t": "string"}),
            "external_id": ("externalId", {"t": "string", "maxLength": 255}),
            "specifiers": ("specifiers", {"inf": True, "t": "array", "items": {"t": "any"}}),
            "metadata": ("metadata", {"ref": "CreditGrantMetadata"}),
        },
        "required": ("expires_at",),
        "dependent": {
            "credit_rate_cents": ("credit_amount",),
            "credit_amount": ("credit_rate_cents",),
        },
    },
    "InvoiceStatus": {
        "t": "string",
        "enum": ("Drafted", "In Progress", "In Transit", "Paid", "Cancelled", "Refunded"),
    },
    "MeterEventTypeFilter": {
        "t": "object",
        "props": {
            "include": ("include", {"t": "array", "items": {"t": "string"}}),
            "exclude": ("exclude", {"t": "array", "items": {"t": "string"}}),
        },
        "required": (),
    },
    "MeterPropertyFilter": {
        "inf": True,
        "t": "object",
        "props": {
            "name": ("name", {"t": "string"}),
            "exists": ("exists", {"t": "boolean"}),
            "include": ("include", {"t": "array", "items": {"t": "string"}}),
        },
        "required": (),
    },
    "PricingEstimateEvent": {
        "inf": True,
        "t": "object",
        "props": {
            "event_name": ("eventName", {"t": "string"}),
            "idempotency_key": ("idempotencyKey", {"t": "string"}),
            "properties": (
                "properties",
                {"inf": True, "t": "object", "map": {"t": ("string", "number", "boolean")}},
            ),
        },
        "required": (),
    },
    "PricingEstimateRequest": {
        "t": "object",
        "props": {
            "events": (
                "events",
                {
                    "t": "array",
                    "minItems": 1,
                    "maxItems": 500,
                    "items": {"ref": "PricingEstimateEvent"},
                },
            ),
            "credit_rate_cents": (
                "creditRateCents",
                {"t": "integer", "minimum": 1, "money": "cents"},
            ),
        },
        "required": ("events",),
    },
    "PricingTier": {
        "t": "object",
        "props": {
            "unit_amount": (
                "unitAmount",
                {"t": "string", "pattern": "^-?(0|[1-9][0-9]*)([.][0-9]+)?$", "money": "decimal"},
            ),
            "min_qty": ("minQty", {"t": "string"}),
            "max_qty": ("maxQty", {"t": "string"}),
            "flat_amount": (
                "flatAmount",
                {"t": "string", "pattern": "^-?(0|[1-9][0-9]*)([.][0-9]+)?$", "money": "decimal"},
            ),
        },
        "required": (),
    },
    "UpdateContractMetadataRequest": {
        "t": "object",
        "props": {"metadata": ("metadata", {"ref": "ContractMetadata", "null": True})},
        "required": ("metadata",),
    },
    "UpdateCreditBudgetRequest": {
        "t": "object",
        "props": {
            "label": ("label", {"t": "string"}),
            "meter_id": ("meterId", {"null": True, "t": "string", "fmt": "uuid"}),
            "max_credits": ("maxCredits", {"null": True, "t": "number", "money": "number"}),
            "max_credits_cents": (
                "maxCreditsCents",
                {"null": True, "t": "integer", "money": "cents"},
            ),
        },
        "required": (),
    },
    "UpdateCustomerRequest": {
        "t": "object",
        "minProperties": 1,
        "props": {
            "name": ("name", {"t": "string"}),
            "legal_name": ("legalName", {"inf": True, "null": True, "t": "string"}),
            "tags": ("tags", {"t": "array", "items": {"t": "string"}}),
            "external_customer_id": ("externalCustomerId", {"t": "string"}),
            "payment_provider_id": ("paymentProviderId", {"t": "string"}),
            "provider": ("provider", {"t": "string", "enum": ("stripe",)}),
            "payment_method_id": ("paymentMethodId", {"t": "string"}),
            "payment_method_type": (
                "paymentMethodType",
                {"t": "string", "enum": ("card", "us_bank_account")},
            ),
        },
        "required": (),
        "dependent": {
            "payment_provider_id": ("provider",),
            "provider": ("payment_provider_id",),
            "payment_method_id": ("payment_method_type",),
        },
    },
    "UsagePropertyFilter": {
        "inf": True,
        "t": "object",
        "props": {"key": ("key", {"t": "string"}), "value": ("value", {"t": "string"})},
        "required": (),
    },
}
