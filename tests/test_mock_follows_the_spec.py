"""monk.testing answers as the spec says where Schemathesis found it did not (issue 23)."""

from __future__ import annotations

import httpx
import pytest

from monk.testing import DEFAULT_API_KEY, MockMonk
from monk.testing.server import MockServer

AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "QUERY", "PUT"])
def test_a_method_no_operation_has_is_405_with_allow_not_501(
    server: MockServer, method: str
) -> None:
    response = httpx.request(method, f"{server.url}/v1/usage/cost", headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["error"]["code"] == "METHOD_NOT_ALLOWED"


def test_head_is_405_without_a_body(server: MockServer) -> None:
    response = httpx.head(f"{server.url}/v1/usage/cost", headers=AUTH)
    assert response.status_code == 405
    assert response.content == b""


def test_a_method_off_the_paths_is_404(server: MockServer) -> None:
    response = httpx.request("TRACE", f"{server.url}/v1/nowhere", headers=AUTH)
    assert response.status_code == 404


def test_a_concrete_path_is_matched_before_a_templated_one(mock: MockMonk) -> None:
    client = httpx.Client(transport=mock, base_url="https://api.monk.test", headers=AUTH)
    patched = client.patch("/v1/contracts/c1/budgets/usage", json={})
    assert patched.status_code == 405  # not PATCH /budgets/{index} with index "usage"
    assert patched.headers["allow"] == "GET"
    estimate = client.request("OPTIONS", "/v1/pricing/estimate")
    assert estimate.headers["allow"] == "POST"  # not GET /v1/pricing/{pricingId}


def test_a_trailing_slash_is_part_of_the_path(mock: MockMonk) -> None:
    client = httpx.Client(transport=mock, base_url="https://api.monk.test", headers=AUTH)
    assert client.delete("/v1/meters/").status_code == 404  # an empty meterId: no such path
    assert client.get("/v1/meters/").status_code == 404
    assert client.get("/v1/meters").status_code == 200


def test_usage_cost_for_an_unknown_contract_is_a_documented_400(mock: MockMonk) -> None:
    client = httpx.Client(transport=mock, base_url="https://api.monk.test", headers=AUTH)
    body = {"contractId": "e3e70682-c209-1cac-a29f-6fbed82c07cd"}
    response = client.post("/v1/usage/cost", json=body)
    assert response.status_code == 400
    assert "contractId" in response.json()["error"]["message"]


def test_a_credit_budget_may_leave_out_what_the_spec_marks_optional(mock: MockMonk) -> None:
    client = mock.client(max_retries=0)
    customer = client.customers.create(
        name="Acme", contacts=[{"email": "ap@acme.com", "roles": ["accounts_payable"]}]
    )
    contract = client.contracts.create(
        customer_id=customer.id, plan_id="plan_1", start_date="2026-01-01"
    )
    budget = client.contracts.budgets.create(contract.id, max_credits_cents=5000)
    assert (budget.label, budget.event_property_key, budget.event_property_value) == ("", "", "")


def test_a_list_answered_from_its_example_is_the_whole_list(mock: MockMonk) -> None:
    """The invoices example says hasMore at every offset: iterating would ask for it forever."""
    client = mock.client(max_retries=0)
    page = client.invoices.list()
    assert page.has_more is False and page.total == len(page.data) > 0
    assert [i.id for i in client.invoices.list()] == [i.id for i in page.data]
    assert client.invoices.list(offset=len(page.data)).data == []
