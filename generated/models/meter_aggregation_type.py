# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from typing import Literal

MeterAggregationType = Literal["COUNT", "MAX", "MIN", "SUM"]

METER_AGGREGATION_TYPE_VALUES: set[MeterAggregationType] = {
    "COUNT",
    "MAX",
    "MIN",
    "SUM",
}


def check_meter_aggregation_type(value: str) -> MeterAggregationType:
    if value in METER_AGGREGATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METER_AGGREGATION_TYPE_VALUES!r}"
    )
