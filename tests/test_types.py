"""``monk.types``: the models and UNSET for users' annotations; copies and reprs that behave."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from decimal import Decimal

import monk
from monk import types
from monk._core.decode import parse_json

CUSTOMER = {
    "id": "cus_1",
    "name": "Acme Corp",
    "tags": ["enterprise"],
    "metadata": {"externalCustomerId": "crm-1", "somethingNew": True},
    "createdAt": "2024-01-01T00:00:00.000Z",
    "updatedAt": "2024-01-02T00:00:00.000Z",
    "futureField": [1, 2],
}


def test_monk_types_exports_models_enums_and_unset() -> None:
    assert types.Customer.__name__ == "Customer"
    assert types.UNSET is monk.types.UNSET
    assert isinstance(types.UNSET, types.Unset)
    assert {"Customer", "MeterStatus", "CreditBalance", "Unset", "UNSET"} <= set(types.__all__)
    assert "MeterStatus" in dir(types)


def test_unset_is_one_object_through_pickle_and_copies() -> None:
    assert pickle.loads(pickle.dumps(types.UNSET)) is types.UNSET  # noqa: S301 (our own bytes)
    assert copy.deepcopy(types.UNSET) is types.UNSET
    assert copy.copy(types.UNSET) is types.UNSET
    assert not types.UNSET
    assert repr(types.UNSET) == "UNSET"


def test_models_pickle_deepcopy_and_compare_equal() -> None:
    customer = types.Customer.from_dict(CUSTOMER)
    assert customer.legal_name is types.UNSET  # not sent
    pickled = pickle.loads(pickle.dumps(customer))  # noqa: S301 (our own bytes)
    for clone in (pickled, copy.deepcopy(customer)):
        assert clone == customer
        assert clone.legal_name is types.UNSET
        assert clone.to_dict() == customer.to_dict()
    changed = copy.deepcopy(customer)
    changed.name = "Other"
    assert changed != customer


def test_reprs_leave_out_unset_fields() -> None:
    customer = types.Customer.from_dict(CUSTOMER)
    text = repr(customer)
    assert "Unset" not in text and "UNSET" not in text and "object at 0x" not in text
    assert text.startswith("Customer(id='cus_1', name='Acme Corp'")
    assert "legal_name" not in text
    assert "futureField" in text  # what the spec does not know is shown, not hidden


def test_to_json_sits_beside_to_dict_and_keeps_money_exact() -> None:
    customer = types.Customer.from_dict(CUSTOMER)
    assert json.loads(customer.to_json()) == customer.to_dict()
    balance = types.CreditBalance.from_dict(
        parse_json(
            '{"balanceCents": 10, "creditBalance": 0.1, "currency": "USD", "blockCount": 1,'
            ' "asOf": "2024-01-01T00:00:00Z"}'
        )
    )
    assert balance.credit_balance == Decimal("0.1")
    assert '"creditBalance": 0.1' in balance.to_json()


def test_model_modules_load_on_first_use() -> None:
    """A first call loads the models it decodes, not all of them (a fresh process)."""
    code = (
        "import sys, httpx, monk\n"
        "body = {'data': {'id': 'c', 'name': 'n', 'createdAt': '2024-01-01T00:00:00Z',"
        " 'updatedAt': '2024-01-01T00:00:00Z'}}\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json=body))\n"
        "c = monk.Monk(api_key='mk_test_x', http_client=httpx.Client(transport=t))\n"
        "assert c.customers.get('c').name == 'n'\n"
        "print(sum(m.startswith('monk._generated.models.') for m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = int(done.stdout)
    assert 0 < loaded < 10, f"{loaded} model modules loaded for one customer"
