# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""Everything generated from Monk's OpenAPI spec, ``openapi/openapi.json``: the models and their
decoding helpers (openapi-python-client, shaped by ``templates/``), and the operations, request
table, request parameters and resources (``scripts/generate_resources.py``,
``scripts/build_request_table.py``). Nothing in this package is written by hand."""
