# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

CreateMeterRequestAggregationType = Literal["COUNT", "MAX", "MIN", "SUM"]

CREATE_METER_REQUEST_AGGREGATION_TYPE_VALUES: set[CreateMeterRequestAggregationType] = {
    "COUNT",
    "MAX",
    "MIN",
    "SUM",
}


def check_create_meter_request_aggregation_type(value: str) -> CreateMeterRequestAggregationType:
    if value in CREATE_METER_REQUEST_AGGREGATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_METER_REQUEST_AGGREGATION_TYPE_VALUES!r}"
    )
