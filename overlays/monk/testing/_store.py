"""The mock's in-memory Monk: resources, events, usage cost and credits for the core flow.

Requests reach these handlers already validated against the spec; what is checked here are the
rules the spec states only in words (``x-monk-rule`` and descriptions). Operations without a
handler answer with the spec's documented example. Every public method takes the store's lock,
so one store can serve many threads.
"""

from __future__ import annotations

import datetime
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from typing import Any

__all__ = ["ApiError", "Call", "Grant", "Store", "iso", "parse_instant"]

Clock = Callable[[], datetime.datetime]
Json = dict[str, Any]

# Division of money: 34 significant digits, as the SDK's own conversions use.
MONEY = Context(prec=34)
_HUNDRED = Decimal(100)
_FUTURE_LIMIT = datetime.timedelta(hours=1)
_MAX_EVENTS_PAGE = 1000


class ApiError(Exception):
    """An error answer: status, the envelope's code and message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        self.status = status
        self.code = code
        self.message = message
        super().__init__(f"{status} {code}: {message}")


def invalid(message: str) -> ApiError:
    """400 with code VALIDATION_ERROR (the code is inferred: the docs show no 400 body)."""
    return ApiError(400, "VALIDATION_ERROR", message)


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{kind} not found: {ident}")


@dataclass(slots=True)
class Call:
    """A validated request as the handlers see it."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


@dataclass(slots=True)
class Grant:
    """One credit grant of a contract: a block of the wallet and a ledger grant entry."""

    block_id: str
    entry_id: str
    contract_id: str
    cents: Decimal
    credits: Decimal
    rate: Decimal
    promotional: bool
    description: str
    source: str
    expires_at: datetime.datetime | None
    created_at: datetime.datetime
    seq: int
    explicit_rate: bool
    external_id: str | None = None
    metadata: Any = None


def iso(moment: datetime.datetime) -> str:
    """UTC with milliseconds, as the API writes times: ``2026-03-01T00:00:00.000Z``."""
    moment = moment.astimezone(datetime.UTC)
    # Not strftime("%Y"): on glibc it writes year 94 as "94", not the "0094" RFC 3339 requires.
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:"
        f"{moment.minute:02d}:{moment.second:02d}.{moment.microsecond // 1000:03d}Z"
    )


def parse_instant(text: str) -> datetime.datetime:
    """An ISO 8601 date or date-time as an aware UTC datetime (a date is its midnight UTC)."""
    value = text.strip()
    if len(value) == 10:
        day = datetime.date.fromisoformat(value)
        return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)
    moment = datetime.datetime.fromisoformat(value.replace("z", "Z"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC)


def _midnight(day: str) -> datetime.datetime:
    return parse_instant(day[:10])


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool):
        raise invalid(f"{where}: must be a number")
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise invalid(f"{where}: {value!r} is not a decimal number") from None
    if not number.is_finite():
        raise invalid(f"{where}: {value!r} is not a decimal number")
    return number


def _number(value: Decimal) -> int | Decimal:
    """A JSON number: whole values as int, others as the exact Decimal."""
    return int(value) if value == value.to_integral_value() else value.normalize()


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _page(items: list[Json], query: Mapping[str, Any], default_limit: int) -> Json:
    limit = query.get("limit")
    limit = default_limit if limit is None else limit
    offset = query.get("offset") or 0
    page = items[offset : offset + limit]
    return {"data": page, "hasMore": offset + len(page) < len(items), "total": len(items)}


class Store:
    """The state behind the mock and the handlers that read and change it."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.customers: dict[str, Json] = {}
            self.meters: dict[str, Json] = {}
            self.pricing: dict[str, Json] = {}
            self.plans: dict[str, Json] = {}
            self.contracts: dict[str, Json] = {}
            # Contract fields kept for pricing and the wallet, not part of the Contract object.
            self.settings: dict[str, Json] = {}
            self.grants: dict[str, list[Grant]] = {}
            self.budgets: dict[str, list[Json]] = {}
            # Events by idempotency key: re-sending a key replaces the event (latest wins).
            self.events: dict[str, Json] = {}
            self._times: dict[str, datetime.datetime] = {}
            self.event_writes = 0
            self._seq = 0

    def now(self) -> datetime.datetime:
        return self.clock().astimezone(datetime.UTC)

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def handler(self, operation_id: str) -> Callable[[Call], tuple[int | None, Any]] | None:
        """The handler of an operation; None means "answer with the documented example"."""
        snake = re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), operation_id)
        found: Callable[[Call], tuple[int | None, Any]] | None = getattr(self, f"op_{snake}", None)
        return found

    # -- customers ----------------------------------------------------------------------------

    def op_create_customer(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        now = iso(self.now())
        customer: Json = {
            "id": str(uuid.uuid4()),
            "name": body["name"],
            "legalName": body.get("legalName"),
            "tags": list(body.get("tags", [])),
            "isPaused": False,
            "pausedAt": None,
            "metadata": {"externalCompanyIds": []},
            "createdAt": now,
            "updatedAt": now,
        }
        if "externalCustomerId" in body:
            customer["metadata"]["externalCustomerId"] = body["externalCustomerId"]
        with self.lock:
            self.customers[customer["id"]] = customer
        return None, {"data": customer}

    def op_get_customer(self, call: Call) -> tuple[int | None, Any]:
        return None, {"data": self._customer(call.path["customerId"])}

    def op_list_customers(self, call: Call) -> tuple[int | None, Any]:
        wanted = call.query.get("externalCustomerId")
        with self.lock:
            items = [
                c
                for c in self.customers.values()
                if wanted is None or c["metadata"].get("externalCustomerId") == wanted
            ]
        return None, _page(items, call.query, 10)

    def op_update_customer(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            customer = self._customer(call.path["customerId"])
            for key in ("name", "legalName", "tags"):
                if key in call.body:
                    customer[key] = call.body[key]
            if "externalCustomerId" in call.body:
                customer["metadata"]["externalCustomerId"] = call.body["externalCustomerId"]
            customer["updatedAt"] = iso(self.now())
        return None, {"data": customer}

    def _customer(self, customer_id: str) -> Json:
        with self.lock:
            customer = self.customers.get(customer_id)
        if customer is None:
            raise not_found("Customer", customer_id)
        return customer

    def _customer_by_external(self, external_id: str) -> Json | None:
        with self.lock:
            for customer in reversed(list(self.customers.values())):
                if customer["metadata"].get("externalCustomerId") == external_id:
                    return customer
        return None

    # -- meters -------------------------------------------------------------------------------

    def op_create_meter(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        aggregation = body.get("aggregationType", "SUM")
        if aggregation != "COUNT" and not body.get("aggregationKey") and not body.get("sql"):
            raise invalid(f"aggregationKey: is required for aggregationType {aggregation}")
        now = iso(self.now())
        meter = {
            "id": str(uuid.uuid4()),
            **body,
            "aggregationType": aggregation,
            "status": "active",
            "createdAt": now,
            "updatedAt": now,
        }
        with self.lock:
            self.meters[meter["id"]] = meter
        return None, {"data": meter}

    def op_get_meter(self, call: Call) -> tuple[int | None, Any]:
        return None, {"data": self._get(self.meters, "Meter", call.path["meterId"])}

    def op_list_meters(self, call: Call) -> tuple[int | None, Any]:
        status = call.query.get("status") or "active"
        with self.lock:
            items = [m for m in self.meters.values() if status in ("all", m["status"])]
        return None, _page(items, call.query, 50)

    def op_archive_meter(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            meter = self._get(self.meters, "Meter", call.path["meterId"])
            meter["status"] = "inactive"
            meter["updatedAt"] = iso(self.now())
        return None, {"data": {"success": True}}

    # -- pricing ------------------------------------------------------------------------------

    def op_create_pricing(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        if ("productId" in body) == ("productName" in body):
            raise invalid("productId: send exactly one of productId or productName")
        model, mode = body["model"], body["billingMode"]
        if model == "FLAT" and "unitAmount" not in body:
            raise invalid("unitAmount: is required when model is FLAT")
        if model == "USAGE" and "meterId" not in body:
            raise invalid("meterId: is required when model is USAGE")
        if model == "TIER" and not body.get("pricingTiers"):
            raise invalid("pricingTiers: is required when model is TIER")
        if mode == "RECURRING" and "priceInterval" not in body:
            raise invalid("priceInterval: is required when billingMode is RECURRING")
        for key in ("unitAmount", "flatAmount"):
            if key in body:
                _decimal(body[key], key)
        for index, tier in enumerate(body.get("pricingTiers", [])):
            for key, value in tier.items():
                _decimal(value, f"pricingTiers[{index}].{key}")
        pricing = {
            "id": str(uuid.uuid4()),
            "productId": body.get("productId") or str(uuid.uuid4()),
            **{k: v for k, v in body.items() if k not in ("productId", "productDescription")},
            "tiering": body.get("tiering", "NONE"),
            "createdAt": iso(self.now()),
        }
        with self.lock:
            self.pricing[pricing["id"]] = pricing
        return None, {"data": pricing}

    def op_get_pricing(self, call: Call) -> tuple[int | None, Any]:
        return None, {"data": self._get(self.pricing, "Pricing", call.path["pricingId"])}

    def op_list_pricing(self, call: Call) -> tuple[int | None, Any]:
        product = call.query.get("productId")
        with self.lock:
            items = [p for p in self.pricing.values() if product in (None, p["productId"])]
        return None, _page(items, call.query, 50)

    def op_estimate_event_pricing(self, call: Call) -> tuple[int | None, Any]:
        """Price the events sent (nothing is stored) with every usage pricing of a meter."""
        events = call.body["events"]
        rate = call.body.get("creditRateCents")
        with self.lock:
            pairs = [
                (p, self.meters[p["meterId"]])
                for p in self.pricing.values()
                if p.get("meterId") in self.meters
                and self.meters[p["meterId"]]["status"] == "active"
            ]
        per_event = [Decimal(0)] * len(events)
        meters: list[Json] = []
        total = Decimal(0)
        for pricing, meter in pairs:
            matched = [i for i, ev in enumerate(events) if _meter_matches(meter, ev)]
            if not matched:
                continue
            quantity = _aggregate(meter, [events[i] for i in matched])
            amount = _price(pricing, quantity, None)
            for i in matched:
                per_event[i] += _price(pricing, _aggregate(meter, [events[i]]), None)
            total += amount
            name = meter.get("displayName") or meter.get("code") or meter["id"]
            meters.append(
                {
                    "meterName": name,
                    "meterDisplayName": meter.get("displayName", name),
                    "totalQuantity": _number(quantity),
                    "totalAmount": amount,
                }
            )

        def unit(amount: Decimal) -> int | Decimal:
            return _number(amount if rate is None else _to_credits(amount, Decimal(rate)))

        for meter_cost in meters:
            meter_cost["totalAmount"] = unit(meter_cost["totalAmount"])
        result: Json = {
            "events": [
                {
                    **({"idempotencyKey": ev["idempotencyKey"]} if "idempotencyKey" in ev else {}),
                    "totalAmount": unit(per_event[i]),
                }
                for i, ev in enumerate(events)
            ],
            "meters": meters,
            "totalAmount": unit(total),
            "unit": "currency" if rate is None else "credits",
            "estimatedAt": iso(self.now()),
        }
        if rate is None:
            result["currency"] = "USD"
        else:
            result["creditRateCents"] = rate
        return None, result

    # -- plans --------------------------------------------------------------------------------

    def op_create_plan(self, call: Call) -> tuple[int | None, Any]:
        plan = {"id": str(uuid.uuid4()), "status": "ACTIVE", **call.body}
        with self.lock:
            self.plans[plan["id"]] = plan
        return None, {"data": plan}

    def op_get_plan(self, call: Call) -> tuple[int | None, Any]:
        return None, {"data": self._get(self.plans, "Plan", call.path["planId"])}

    def op_list_plans(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            items = list(self.plans.values())
        return None, _page(items, call.query, 10)

    # -- contracts ----------------------------------------------------------------------------

    def op_create_contract(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        if "endDate" in body and body["endDate"] < body["startDate"]:
            raise invalid("endDate: must not be before startDate")
        if (body.get("creditGrantCents") or 0) < 0:
            raise invalid("creditGrantCents: must not be negative")
        with self.lock:
            plan = self.plans.get(body["planId"], {})
            contract: Json = {
                "id": str(uuid.uuid4()),
                "customerId": body["customerId"],
                "planId": body["planId"],
                "name": plan.get("name", "Contract"),
                "startDate": body["startDate"],
                "endDate": body.get("endDate"),
                "isActive": True,
                "createdAt": iso(self.now()),
            }
            if "metadata" in body:
                contract["metadata"] = body["metadata"]
            settings = {
                "overrides": body.get("overrides", []),
                "creditRateCents": (body.get("creditSettings") or {}).get("creditRateCents"),
            }
            self.contracts[contract["id"]] = contract
            self.settings[contract["id"]] = settings
            self.grants[contract["id"]] = []
            self.budgets[contract["id"]] = []
            # Left out: the plan's default; null: no grant.
            cents = body.get("creditGrantCents", plan.get("creditGrantCents"))
            if cents:
                rate = settings["creditRateCents"]
                expires = _midnight(contract["endDate"]) if contract["endDate"] else None
                self._grant(
                    contract["id"],
                    cents=Decimal(cents),
                    rate=Decimal(rate) if rate else None,
                    credits=None,
                    promotional=False,
                    description="Initial prepaid credit grant from contract creation",
                    source="contract",
                    expires_at=expires,
                )
        return None, {"data": contract}

    def op_get_contract(self, call: Call) -> tuple[int | None, Any]:
        return None, {"data": self._contract(call.path["contractId"])}

    def op_list_contracts(self, call: Call) -> tuple[int | None, Any]:
        query = call.query
        external = query.get("externalCustomerId")
        owner = self._customer_by_external(external) if external is not None else None
        with self.lock:
            items = []
            for contract in self.contracts.values():
                if query.get("customerId") not in (None, contract["customerId"]):
                    continue
                if external is not None and (
                    owner is None or owner["id"] != contract["customerId"]
                ):
                    continue
                if query.get("planId") not in (None, contract["planId"]):
                    continue
                if query.get("isActive") not in (None, contract["isActive"]):
                    continue
                items.append(contract)
        return None, _page(items, query, 10)

    def op_update_contract_metadata(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            contract = self._contract(call.path["contractId"])
            if call.body["metadata"] is None:
                contract.pop("metadata", None)
            else:
                contract["metadata"] = call.body["metadata"]
        return None, {"data": contract}

    def op_cancel_contract(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            contract = self._contract(call.path["contractId"])
            contract["isActive"] = False
        return None, {
            "data": {
                "id": contract["id"],
                "isActive": False,
                "effectiveCancellationDate": _end_of_month(self.now().date()).isoformat(),
                "cancelledInvoiceCount": 0,
            }
        }

    def op_change_plan(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        option = body.get("changeOption", "immediate")
        today = self.now().date()
        if option == "requested_date":
            if "changeDate" not in body:
                raise invalid("changeDate: is required when changeOption is requested_date")
            effective = datetime.date.fromisoformat(body["changeDate"])
        elif option == "end_of_period":
            effective = _end_of_month(today) + datetime.timedelta(days=1)
        else:
            effective = today
        with self.lock:
            contract = self._contract(call.path["contractId"])
            current = contract["planId"]
            applied = effective <= today
            if applied:
                contract["planId"] = body["planId"]
        return None, {
            "data": {
                "id": str(uuid.uuid4()),
                "currentPlanId": current,
                "newPlanId": body["planId"],
                "effectiveDate": effective.isoformat(),
                "status": "applied" if applied else "scheduled",
            }
        }

    def _contract(self, contract_id: str) -> Json:
        return self._get(self.contracts, "Contract", contract_id)

    # -- credits ------------------------------------------------------------------------------

    def _grant(
        self,
        contract_id: str,
        *,
        cents: Decimal,
        rate: Decimal | None,
        credits: Decimal | None,
        promotional: bool,
        description: str,
        source: str,
        expires_at: datetime.datetime | None,
        external_id: str | None = None,
        metadata: Any = None,
    ) -> Grant:
        # A grant without a rate counts one credit per dollar (100 cents), as the documented
        # dollar-only promotional grant shows (amountCents 50000 -> creditAmount 500, rate 100).
        explicit = rate is not None
        rate = _HUNDRED if rate is None else rate
        if credits is None:
            credits = MONEY.divide(cents, rate) if rate else Decimal(0)
        grant = Grant(
            block_id=str(uuid.uuid4()),
            entry_id=str(uuid.uuid4()),
            contract_id=contract_id,
            cents=cents,
            credits=credits,
            rate=rate,
            promotional=promotional,
            description=description,
            source=source,
            expires_at=expires_at,
            created_at=self.now(),
            seq=self._next(),
            explicit_rate=explicit,
            external_id=external_id,
            metadata=metadata,
        )
        self.grants.setdefault(contract_id, []).append(grant)
        return grant

    def op_get_credit_balance(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            contract = self._contract(call.path["contractId"])
            balance, blocks = self._wallet(contract)
        return None, {"data": {"balance": balance, "blocks": blocks}}

    def op_get_credit_ledger(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            self._contract(call.path["contractId"])
            grants = list(self.grants.get(call.path["contractId"], []))
        entries = [
            {
                "id": g.entry_id,
                "type": "grant",
                "amountCents": int(g.cents),
                "creditAmount": _number(g.credits),
                "creditRateCents": _number(g.rate),
                "currency": "USD",
                "description": g.description,
                "sourceType": g.source,
                "invoiceId": None,
                "grantEntryId": None,
                "expiresAt": iso(g.expires_at) if g.expires_at else None,
                "isPromotional": g.promotional,
                "createdAt": iso(g.created_at),
            }
            for g in sorted(grants, key=lambda g: g.seq, reverse=True)
        ]
        return None, {"data": {"totalCount": len(entries), "entries": entries}}

    def op_grant_promotional_credits(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        rate_mode = "creditRateCents" in body
        if rate_mode == ("amountCents" in body):
            raise invalid(
                "amountCents: send either amountCents (dollar-only) or creditRateCents with "
                "creditAmount (rate mode)"
            )
        with self.lock:
            contract = self._contract(call.path["contractId"])
            external = body.get("externalId")
            for grant in self.grants.get(contract["id"], []):
                if external is not None and grant.external_id == external:
                    return 200, {"data": self._grant_entry(contract, grant)}
            if rate_mode:
                rate = Decimal(body["creditRateCents"])
                credits = _decimal(body["creditAmount"], "creditAmount")
                cents = (rate * credits).to_integral_value(ROUND_HALF_EVEN)
            else:
                rate = None
                credits = None
                cents = Decimal(body["amountCents"])
            grant = self._grant(
                contract["id"],
                cents=cents,
                rate=rate,
                credits=credits,
                promotional=True,
                description=body.get("description", "Promotional credit grant"),
                source="promotional",
                expires_at=parse_instant(body["expiresAt"]),
                external_id=external,
                metadata=body.get("metadata"),
            )
            return None, {"data": self._grant_entry(contract, grant)}

    def _grant_entry(self, contract: Json, grant: Grant) -> Json:
        balance, _ = self._wallet(contract)
        return {
            "id": grant.entry_id,
            "type": "grant",
            "amountCents": int(grant.cents),
            "creditAmount": _number(grant.credits),
            "creditRateCents": _number(grant.rate),
            "purchaseRateCents": 0,
            "currency": "USD",
            "description": grant.description,
            "expiresAt": iso(grant.expires_at) if grant.expires_at else iso(self.now()),
            "isPromotional": True,
            "balanceAfterCents": balance["balanceCents"],
            "creditBalanceAfter": balance["creditBalance"],
            "createdAt": iso(grant.created_at),
            "invoiceId": None,
            "metadata": grant.metadata,
        }

    def _wallet(self, contract: Json) -> tuple[Json, list[Json]]:
        """Balance and blocks: the contract's usage so far deducted from its grants, FIFO.

        Blocks are used soonest expiry first, then promotional before paid, then lowest rate,
        then oldest. Free blocks (0 cents) hold credits that cost nothing and are not deducted.
        """
        now = self.now()
        grants = sorted(self.grants.get(contract["id"], []), key=lambda g: g.seq)
        far = datetime.datetime.max.replace(tzinfo=datetime.UTC)
        live = [g for g in grants if g.expires_at is None or g.expires_at > now]
        live.sort(key=lambda g: (g.expires_at or far, not g.promotional, g.rate, g.seq))
        remaining = {g.seq: g.cents for g in grants}
        left = self._usd_for_contract(contract) * _HUNDRED
        for grant in live:
            taken = min(remaining[grant.seq], max(left, Decimal(0)))
            remaining[grant.seq] -= taken
            left -= taken
        rank = {g.seq: i for i, g in enumerate(live)}
        blocks = []
        priority = 0
        total_cents = 0
        total_credits = Decimal(0)
        for grant in sorted(grants, key=lambda g: rank.get(g.seq, len(rank) + g.seq)):
            left_cents = remaining[grant.seq]
            if grant.seq not in rank:
                status = "expired"
            elif grant.cents > 0 and left_cents <= 0:
                status = "depleted"
            else:
                status = "active"
            credits = MONEY.divide(left_cents, grant.rate) if grant.cents > 0 else grant.credits
            cents = int(left_cents.to_integral_value(ROUND_HALF_EVEN))
            if status == "active":
                priority += 1
                total_cents += cents
                total_credits += credits
            days = None
            if grant.expires_at is not None:
                seconds = Decimal((grant.expires_at - now).total_seconds())
                days = max(0, int((seconds / 86400).to_integral_value(ROUND_CEILING)))
            blocks.append(
                {
                    "id": grant.block_id,
                    "status": status,
                    "priority": priority if status == "active" else None,
                    "daysUntilExpiry": days,
                    "originalCents": int(grant.cents),
                    "originalCredits": _number(grant.credits),
                    "remainingCents": cents,
                    "remainingCredits": _number(credits),
                    "creditRateCents": _number(grant.rate),
                    "currency": "USD",
                    "description": grant.description,
                    "isPromotional": grant.promotional,
                    "expiresAt": iso(grant.expires_at) if grant.expires_at else None,
                    "createdAt": iso(grant.created_at),
                }
            )
        balance = {
            "balanceCents": total_cents,
            "creditBalance": _number(total_credits),
            "currency": "USD",
            "blockCount": len(grants),
            "asOf": iso(now),
        }
        return balance, blocks

    def _latest_rate(self, customer_id: str | None, contract_id: str | None) -> Decimal | None:
        """Cents per credit of the most recent grant with a rate above 0 (the contract's, or
        the customer's across all their contracts)."""
        best: Grant | None = None
        for cid, grants in self.grants.items():
            if contract_id is not None:
                if cid != contract_id:
                    continue
            elif customer_id is None or self.contracts[cid]["customerId"] != customer_id:
                continue
            for grant in grants:
                if grant.rate > 0 and (best is None or grant.seq > best.seq):
                    best = grant
        return None if best is None else best.rate

    # -- credit budgets -----------------------------------------------------------------------

    def _wallet_mode(self, contract_id: str) -> str:
        """credits when a grant was made at a credit rate, dollars otherwise (inferred)."""
        rated = any(g.explicit_rate for g in self.grants[contract_id])
        return "credits" if rated else "dollars"

    def op_list_credit_budgets(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            contract = self._contract(call.path["contractId"])
            budgets = list(self.budgets[contract["id"]])
            mode = self._wallet_mode(contract["id"])
        return None, {
            "data": {"budgets": budgets, "contractId": contract["id"], "walletMode": mode}
        }

    def op_create_credit_budget(self, call: Call) -> tuple[int | None, Any]:
        # The spec marks every field optional (the docs show no required flags): what is left
        # out is stored as an empty string, which the budget object requires.
        body = {"label": "", "eventPropertyKey": "", "eventPropertyValue": "", **call.body}
        with self.lock:
            contract = self._contract(call.path["contractId"])
            budgets = self.budgets[contract["id"]]
            for budget in budgets:
                same = (budget["eventPropertyKey"], budget["eventPropertyValue"], budget["meterId"])
                if same == (
                    body["eventPropertyKey"],
                    body["eventPropertyValue"],
                    body.get("meterId"),
                ):
                    raise ApiError(409, "CONFLICT", "a budget for this property and meter exists")
            budget = {
                "index": len(budgets),
                "label": body["label"],
                "eventPropertyKey": body["eventPropertyKey"],
                "eventPropertyValue": body["eventPropertyValue"],
                "meterId": body.get("meterId"),
                "maxCredits": body.get("maxCredits"),
                "maxCreditsCents": body.get("maxCreditsCents"),
                "isExhausted": False,
            }
            budgets.append(budget)
        return None, {"data": budget}

    def op_update_credit_budget(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            budget = self._budget(call.path["contractId"], call.path["index"])
            for key in ("label", "meterId", "maxCredits", "maxCreditsCents"):
                if key in call.body:
                    budget[key] = call.body[key]
        return None, {"data": budget}

    def op_delete_credit_budget(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            budget = self._budget(call.path["contractId"], call.path["index"])
            budgets = self.budgets[call.path["contractId"]]
            budgets.remove(budget)
            for index, item in enumerate(budgets):
                item["index"] = index
        return None, {"data": {"removed": budget}}

    def op_get_budget_usage(self, call: Call) -> tuple[int | None, Any]:
        with self.lock:
            contract = self._contract(call.path["contractId"])
            mode = self._wallet_mode(contract["id"])
            rate = self._latest_rate(None, contract["id"]) or _HUNDRED
            out = []
            for budget in self.budgets[contract["id"]]:
                usd = self._usd_for_contract(
                    contract,
                    filters=[(budget["eventPropertyKey"], budget["eventPropertyValue"])],
                    meter_id=budget["meterId"],
                )
                cents = usd * _HUNDRED
                units = MONEY.divide(cents, rate)
                cap = budget["maxCredits"] if mode == "credits" else budget["maxCreditsCents"]
                used = units if mode == "credits" else cents
                percent = MONEY.divide(used * _HUNDRED, Decimal(cap)) if cap else Decimal(0)
                out.append(
                    {
                        **budget,
                        "isExhausted": bool(cap) and used >= Decimal(cap),
                        "consumedUnits": _number(units),
                        "consumedCents": _number(cents),
                        "percentConsumed": _number(percent),
                    }
                )
        return None, {
            "data": {
                "budgets": out,
                "contractId": contract["id"],
                "walletMode": mode,
                "queriedAt": iso(self.now()),
            }
        }

    def _budget(self, contract_id: str, index: int) -> Json:
        self._contract(contract_id)
        budgets = self.budgets[contract_id]
        if not 0 <= index < len(budgets):
            raise not_found("Credit budget", f"{contract_id}/{index}")
        return budgets[index]

    # -- events -------------------------------------------------------------------------------

    def check_event(self, event: Mapping[str, Any], where: str, now: datetime.datetime) -> None:
        """The Create Event rules the schema cannot express (x-monk-rule)."""
        if ("customerId" in event) == ("externalCustomerId" in event):
            raise invalid(
                f"{where}customerId: send exactly one of customerId or externalCustomerId"
            )
        if "timestamp" in event and parse_instant(event["timestamp"]) > now + _FUTURE_LIMIT:
            raise invalid(f"{where}timestamp: must not be more than 1 hour in the future")

    def _store_event(self, event: Json, now: datetime.datetime) -> str:
        key = event.get("idempotencyKey") or str(uuid.uuid4())
        stored = {
            "eventName": event["eventName"],
            "timestamp": event.get("timestamp") or iso(now),
            "customerId": event.get("customerId"),
            "externalCustomerId": event.get("externalCustomerId"),
            "contractId": event.get("contractId"),
            "idempotencyKey": key,
            "properties": dict(event.get("properties") or {}),
        }
        self.events.pop(key, None)  # the latest version wins, and moves to the end
        self.events[key] = stored
        self._times[key] = parse_instant(stored["timestamp"])
        self.event_writes += 1
        return key

    def op_create_event(self, call: Call) -> tuple[int | None, Any]:
        now = self.now()
        self.check_event(call.body, "", now)
        with self.lock:
            key = self._store_event(call.body, now)
        return None, {"status": "accepted", "idempotencyKey": key, "requestId": _request_id()}

    def op_batch_create_events(self, call: Call) -> tuple[int | None, Any]:
        events = call.body["events"]
        now = self.now()
        for index, event in enumerate(events):
            self.check_event(event, f"events[{index}].", now)
        with self.lock:
            for event in events:
                self._store_event(event, now)
        return None, {"status": "accepted", "count": len(events), "requestId": _request_id()}

    def op_list_events(self, call: Call) -> tuple[int | None, Any]:
        query = call.query
        start = _instant(query, "start")
        end = _instant(query, "end")
        with self.lock:
            items = [
                ev
                for key, ev in self.events.items()
                if query.get("eventName") in (None, ev["eventName"])
                and query.get("customerId") in (None, ev["customerId"])
                and (start is None or self._times[key] >= start)
                and (end is None or self._times[key] < end)
            ]
        limit = min(query.get("limit") or 100, _MAX_EVENTS_PAGE)
        offset = query.get("offset") or 0
        page = items[offset : offset + limit]
        return None, {
            "events": page,
            "total": len(items),
            "limit": limit,
            "offset": offset,
            "hasMore": offset + len(page) < len(items),
        }

    def op_query_usage(self, call: Call) -> tuple[int | None, Any]:
        query = call.query
        start, end = _instant(query, "start"), _instant(query, "end")
        assert start is not None and end is not None
        name = query.get("eventName")
        days: dict[str, int] = {}
        with self.lock:
            for key, ev in self.events.items():
                moment = self._times[key]
                if start <= moment < end and name in (None, ev["eventName"]):
                    day = moment.date().isoformat()
                    days[day] = days.get(day, 0) + 1
        return None, {
            "organizationId": "org_mock",
            "eventName": name,
            "start": query["start"],
            "end": query["end"],
            "totalCount": sum(days.values()),
            "breakdown": [{"date": d, "count": days[d]} for d in sorted(days)],
        }

    def op_get_liveness(self, call: Call) -> tuple[int | None, Any]:
        return None, {"status": "ok"}

    def op_get_readiness(self, call: Call) -> tuple[int | None, Any]:
        return None, {"status": "ok"}

    # -- usage cost ---------------------------------------------------------------------------

    def op_get_usage_cost(self, call: Call) -> tuple[int | None, Any]:
        body = call.body
        customer_id = body.get("customerId")
        external_id = body.get("externalCustomerId")
        contract_id = body.get("contractId")
        if not (customer_id or external_id or contract_id):
            raise invalid("customerId: send customerId, externalCustomerId or contractId")
        if contract_id is None:
            for key in ("startDate", "endDate"):
                if key not in body:
                    raise invalid(f"{key}: is required unless contractId is given")
        with self.lock:
            # An unknown contract is a 400 here: 404 is not among usage cost's documented answers.
            contract = self.contracts.get(contract_id) if contract_id else None
            if contract_id and contract is None:
                raise invalid(f"contractId: no contract {contract_id}")
            if contract is not None:
                if customer_id and customer_id != contract["customerId"]:
                    raise invalid("customerId: is not the customer of the contract")
                customer_id = contract["customerId"]
            if customer_id is None and external_id is not None:
                owner = self._customer_by_external(external_id)
                customer_id = owner["id"] if owner else None
            start = (
                parse_instant(body["startDate"])
                if "startDate" in body
                else _midnight(contract["startDate"])  # type: ignore[index]
            )
            if "endDate" in body:
                end = parse_instant(body["endDate"])
            elif contract is not None and contract["endDate"]:
                end = _midnight(contract["endDate"])
            else:
                end = self.now()
            filters = [(f.get("key", ""), f.get("value")) for f in body.get("propertyFilters", [])]
            usd = self._usd(
                customer_id=customer_id,
                external_id=external_id,
                contract=contract,
                start=start,
                end=end,
                event_names=body.get("eventNames"),
                filters=filters,
            )
            rate: Decimal | None = None
            if body.get("creditRateCents") is not None:
                rate = Decimal(body["creditRateCents"])
            elif body.get("unit") == "credits":
                rate = self._latest_rate(customer_id, None)
        result: Json = {"totalAmount": usd, "unit": "currency"}
        if rate is None:
            result["currency"] = "USD"
        else:
            result.update(
                totalAmount=_to_credits(usd, rate), unit="credits", creditRateCents=_number(rate)
            )
        result["totalAmount"] = _number(result["totalAmount"])
        result.update(startDate=iso(start), endDate=iso(end), queriedAt=iso(self.now()))
        if contract_id:
            result["contractId"] = contract_id
        return None, result

    def _usd_for_contract(
        self,
        contract: Json,
        *,
        filters: Iterable[tuple[str, Any]] = (),
        meter_id: str | None = None,
    ) -> Decimal:
        """What the contract's usage cost from its start (to its end date, if any)."""
        start = _midnight(contract["startDate"])
        end = _midnight(contract["endDate"]) if contract["endDate"] else None
        return self._usd(
            customer_id=contract["customerId"],
            external_id=None,
            contract=contract,
            start=start,
            end=end,
            event_names=None,
            filters=filters,
            meter_id=meter_id,
        )

    def _usd(
        self,
        *,
        customer_id: str | None,
        external_id: str | None,
        contract: Json | None,
        start: datetime.datetime,
        end: datetime.datetime | None,
        event_names: list[str] | None,
        filters: Iterable[tuple[str, Any]],
        meter_id: str | None = None,
    ) -> Decimal:
        """Price a customer's stored events in ``[start, end)`` with per-unit or tier pricing.

        The pricing is the contract's plan's (with the contract's overrides); without a
        contract, the plans of the customer's active contracts, or every pricing of a meter
        when the customer has none (the org's list prices).
        """
        ids = {customer_id} if customer_id else set()
        externals = {external_id} if external_id else set()
        customer = self.customers.get(customer_id) if customer_id else None
        if customer and customer["metadata"].get("externalCustomerId"):
            externals.add(customer["metadata"]["externalCustomerId"])
        overrides: dict[str, Any] = {}
        if contract is not None:
            contracts = [contract]
        else:
            contracts = [
                c for c in self.contracts.values() if c["customerId"] in ids and c["isActive"]
            ]
        if contracts:
            pricing_ids: list[str] = []
            for item in contracts:
                pricing_ids += self.plans.get(item["planId"], {}).get("pricingIds", [])
                for override in self.settings.get(item["id"], {}).get("overrides", []):
                    if "basePricingId" in override and "unitAmount" in override:
                        overrides[override["basePricingId"]] = override["unitAmount"]
            priced = [self.pricing[p] for p in dict.fromkeys(pricing_ids) if p in self.pricing]
        else:
            priced = list(self.pricing.values())
        filters = list(filters)
        contract_id = contract["id"] if contract is not None else None
        events = [
            ev
            for key, ev in self.events.items()
            if (ev["customerId"] in ids or ev["externalCustomerId"] in externals)
            and start <= self._times[key]
            and (end is None or self._times[key] < end)
            and ev["contractId"] in (None, contract_id)
            and all(
                k in ev["properties"] and _text(ev["properties"][k]) == _text(v) for k, v in filters
            )
        ]
        total = Decimal(0)
        for pricing in priced:
            meter = self.meters.get(pricing.get("meterId", ""))
            if meter is None or meter["status"] != "active":
                continue
            if meter_id is not None and meter["id"] != meter_id:
                continue
            if event_names is not None and not _meter_names(meter) & set(event_names):
                continue
            matched = [ev for ev in events if _meter_matches(meter, ev)]
            total += _price(pricing, _aggregate(meter, matched), overrides.get(pricing["id"]))
        return total

    # -- helpers ------------------------------------------------------------------------------

    def _get(self, table: dict[str, Json], kind: str, ident: str) -> Json:
        with self.lock:
            found = table.get(ident)
        if found is None:
            raise not_found(kind, ident)
        return found

    def event_list(self) -> list[Json]:
        with self.lock:
            return [dict(ev) for ev in self.events.values()]


def _request_id() -> str:
    return "req_" + uuid.uuid4().hex[:16]


def _instant(query: Mapping[str, Any], key: str) -> datetime.datetime | None:
    text = query.get(key)
    if text is None:
        return None
    try:
        return parse_instant(text)
    except ValueError:
        raise invalid(f"query.{key}: {text!r} is not an ISO 8601 date or date-time") from None


def _end_of_month(day: datetime.date) -> datetime.date:
    first_next = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    return first_next - datetime.timedelta(days=1)


def _to_credits(usd: Decimal, rate: Decimal) -> Decimal:
    return MONEY.divide(MONEY.multiply(usd, _HUNDRED), rate)


def _meter_names(meter: Mapping[str, Any]) -> set[str]:
    return set((meter.get("eventTypeFilter") or {}).get("include") or ())


def _meter_matches(meter: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    """Whether a meter counts an event: its eventTypeFilter and propertyFilters (AND)."""
    filters = meter.get("eventTypeFilter") or {}
    name = event.get("eventName")
    include = filters.get("include")
    if include and name not in include:
        return False
    if name in (filters.get("exclude") or ()):
        return False
    properties = event.get("properties") or {}
    for condition in meter.get("propertyFilters") or ():
        key = condition.get("name")
        if key is None:
            continue
        if condition.get("exists") is True and key not in properties:
            return False
        allowed = condition.get("include")
        if allowed is not None and (key not in properties or _text(properties[key]) not in allowed):
            return False
    return True


def _aggregate(meter: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> Decimal:
    """COUNT of events, or SUM / MAX / MIN of the numeric ``aggregationKey`` property."""
    kind = meter.get("aggregationType", "SUM")
    if kind == "COUNT":
        return Decimal(len(events))
    key = meter.get("aggregationKey")
    values = []
    for event in events:
        value = (event.get("properties") or {}).get(key)
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            values.append(Decimal(str(value)) if isinstance(value, float) else Decimal(value))
    if not values:
        return Decimal(0)
    if kind == "MAX":
        return max(values)
    if kind == "MIN":
        return min(values)
    return sum(values, Decimal(0))


def _price(pricing: Mapping[str, Any], quantity: Decimal, unit_override: Any) -> Decimal:
    """The charge for ``quantity`` units: per unit, or by VOLUME / GRADUATED tiers.

    Tiers cover ``(minQty, maxQty]``; a tier's flatAmount is charged once when it is reached.
    """
    tiers = pricing.get("pricingTiers") or []
    if tiers and (pricing.get("model") == "TIER" or pricing.get("tiering", "NONE") != "NONE"):
        ordered = sorted(tiers, key=lambda t: Decimal(t.get("minQty") or 0))
        if pricing.get("tiering") == "VOLUME":
            for tier in ordered:
                high = tier.get("maxQty")
                if high is None or quantity <= Decimal(high):
                    return quantity * Decimal(tier.get("unitAmount") or 0) + Decimal(
                        tier.get("flatAmount") or 0
                    )
            return Decimal(0)
        total = Decimal(0)
        for tier in ordered:
            low = Decimal(tier.get("minQty") or 0)
            high = tier.get("maxQty")
            top = quantity if high is None else min(quantity, Decimal(high))
            if top <= low:
                continue
            total += (top - low) * Decimal(tier.get("unitAmount") or 0)
            total += Decimal(tier.get("flatAmount") or 0)
        return total
    unit = unit_override if unit_override is not None else pricing.get("unitAmount")
    return quantity * Decimal(unit or 0)
