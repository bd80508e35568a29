"""Send a Spark DataFrame's rows as usage events from the executors: :func:`send_events`.

Each partition gets its own client (so its own connection pool, retries and circuit breaker)
and sends its rows in batches of at most ``batch_size``. Keys are derived from the rows, so a
retried task or a re-run sends the same keys and Monk keeps one event per key. Rows that could
not be delivered come back as a DataFrame with an ``error`` column: nothing is dropped silently.

Needs the ``spark`` extra (PySpark 4); ``import monk`` never imports PySpark.
"""

from __future__ import annotations

import datetime
import os
import time
import zoneinfo
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

try:
    from pyspark import StorageLevel
    from pyspark.sql import DataFrame, Row
    from pyspark.sql import functions as sf
    from pyspark.sql import types as st
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError(f"monk.spark needs PySpark 4: pip install 'monk-sdk[spark]' ({exc})") from exc

from ._bulk.rows import Columns, RowError, event_of, key_of, resolve_columns
from ._events.ingest import MAX_BATCH_SIZE
from ._exceptions import (
    AuthenticationError,
    CircuitOpenError,
    MonkError,
    PermissionDeniedError,
    ValidationError,
    redact,
)

if TYPE_CHECKING:
    from ._core.config import Environment

__all__ = ["ERROR_COLUMN", "send_events"]

ERROR_COLUMN = "error"
# An ISO 8601 rendering with the offset, in the session time zone (Spark datetime pattern).
_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"
_TIME_TYPES = (st.TimestampType, st.TimestampNTZType, st.DateType)
_HELPER = "__monk_"


@dataclass(frozen=True, slots=True)
class _Plan:
    """What every partition needs; pickled into the tasks (the key travels only in here)."""

    api_key: str
    events_base_url: str | None
    environment: Environment | None
    batch_size: int
    width: int  # the caller's columns come first in each row; helper columns follow
    names: tuple[str, ...]  # the names event_of and key_of read, helpers renamed to originals
    columns: Columns
    key_columns: tuple[str, ...] | None
    time_zone: str
    key_times: tuple[tuple[str, str, str], ...] = ()  # (key column, helper column, kind)

    def __repr__(self) -> str:  # never the key
        return f"_Plan(batch_size={self.batch_size}, width={self.width})"


def send_events(
    df: DataFrame,
    *,
    api_key: str | None = None,
    events_base_url: str | None = None,
    environment: Environment | None = None,
    key_columns: Sequence[str] | None = None,
    batch_size: int = MAX_BATCH_SIZE,
) -> DataFrame:
    """Send every row of ``df`` as an event; returns the rows that were not delivered.

    Columns follow the event fields in snake_case: ``event_name``, ``customer_id`` or
    ``external_customer_id``, ``timestamp`` (a timestamp, date or ISO 8601 string; one without
    a zone is read in the session time zone), ``properties`` (a map, a struct or a JSON string),
    and ``idempotency_key`` unless ``key_columns`` is given: then each key is
    ``monk.idempotency_key`` of those columns' values, the same on every run and every retried
    task. One of the two is required, so that a retried task cannot bill twice.

    Sending happens now, in one Spark job. The result has ``df``'s columns plus ``error``: the
    rows that could not become events, and those of batches that failed after the SDK's retries
    (or were rejected). A 401 or 403 stops each partition at once; its remaining rows come back
    unsent. ``api_key`` defaults to ``MONK_API_KEY`` on the driver.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise ValidationError("batch_size", f"must be an integer, not {type(batch_size).__name__}")
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValidationError("batch_size", f"must be between 1 and {MAX_BATCH_SIZE}")
    names = list(df.columns)
    if ERROR_COLUMN in names:
        raise ValidationError("df", f"has a column named {ERROR_COLUMN!r}, which the result uses")
    keys: tuple[str, ...] | None = None
    if key_columns is not None:
        if isinstance(key_columns, str):
            raise ValidationError("key_columns", "must be a list of column names, not a string")
        keys = tuple(key_columns)
        if not keys:
            raise ValidationError("key_columns", "must name at least one column")
        for column in keys:
            if column not in names:
                raise ValidationError("key_columns", f"{column!r} is not a column of the DataFrame")
    elif "idempotency_key" not in names:
        raise ValidationError(
            "key_columns",
            "give key_columns (or an idempotency_key column): without a key derived from the "
            "rows, a re-run or a retried Spark task would send the same rows as new events",
        )
    try:
        columns = resolve_columns(names, properties=(), exclude=keys or ())
    except ValueError as exc:
        raise ValidationError("df", str(exc)) from None
    if "properties" in names:
        columns = replace(columns, properties_column="properties")
    key = api_key if api_key is not None else os.environ.get("MONK_API_KEY")
    if not key:
        raise MonkError("No API key: pass send_events(api_key=...) or set MONK_API_KEY")
    from ._client import Monk

    Monk(api_key=key, events_base_url=events_base_url, environment=environment).close()  # checks

    # Times are rendered on the JVM, in the session time zone, with their offset: the Python
    # workers' own zone never matters, and a zone-less timestamp is read in the session's.
    fields = {f.name: f.dataType for f in df.schema.fields}
    helpers: list[Any] = []
    renamed = list(names)
    time_columns = {c for c in (columns.timestamp, *(keys or ())) if c is not None}
    for column in sorted(time_columns):
        if isinstance(fields[column], _TIME_TYPES):
            helper = f"{_HELPER}{len(helpers)}"
            helpers.append(sf.date_format(sf.col(column).cast("timestamp"), _ISO).alias(helper))
            renamed[names.index(column)] = f"{_HELPER}orig_{column}"
            renamed.append(column)
    # Key columns of a time type get a helper of their own that no session time zone changes:
    # an instant as microseconds since the epoch, a wall time or date as its text. Each is
    # written in Python as a UTC session wrote it before (yyyy-MM-ddTHH:mm:ss.ffffffZ), so keys
    # stay what they were for UTC sessions and become the same for every other zone.
    key_times: list[tuple[str, str, str]] = []
    for column in keys or ():
        kind = fields[column]
        if isinstance(kind, _TIME_TYPES):
            helper = f"{_HELPER}key{len(key_times)}"
            if isinstance(kind, st.TimestampType):
                helpers.append(sf.unix_micros(sf.col(column)).alias(helper))
                key_times.append((column, helper, "micros"))
            else:
                helpers.append(sf.col(column).cast("string").alias(helper))
                key_times.append((column, helper, "wall"))
            renamed.append(helper)
    spark = df.sparkSession
    plan = _Plan(
        api_key=key,
        events_base_url=events_base_url,
        environment=environment,
        batch_size=batch_size,
        width=len(names),
        names=tuple(renamed),
        columns=columns,
        key_columns=keys,
        time_zone=spark.conf.get("spark.sql.session.timeZone") or "UTC",
        key_times=tuple(key_times),
    )
    projected = df.select(*[sf.col(c) for c in names], *helpers) if helpers else df
    failed = projected.rdd.mapPartitions(lambda rows: _send_partition(rows, plan))
    failed.persist(StorageLevel.MEMORY_AND_DISK)
    failed.count()  # the one job that sends; the result is read from the persisted failures
    schema = st.StructType(
        [*df.schema.fields, st.StructField(ERROR_COLUMN, st.StringType(), False)]
    )
    return spark.createDataFrame(failed, schema)


def _zone(name: str) -> datetime.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        text = name.upper().removeprefix("UTC").removeprefix("GMT") or "+00:00"
        try:
            offset = datetime.datetime.strptime(text, "%z").utcoffset()
        except ValueError:
            return datetime.UTC
        return datetime.timezone(offset or datetime.timedelta())


def _send_partition(rows: Iterable[Row], plan: _Plan) -> Iterator[tuple[Any, ...]]:
    """Runs on an executor: send this partition's rows; yield the undelivered ones + error."""
    from ._client import Monk

    zone = _zone(plan.time_zone)
    pending: list[Any] = []
    originals: list[tuple[Any, ...]] = []
    stopped: str | None = None
    with Monk(
        api_key=plan.api_key, events_base_url=plan.events_base_url, environment=plan.environment
    ) as client:

        def flush() -> Iterator[tuple[Any, ...]]:
            nonlocal stopped
            error = _deliver(client, pending)
            if error is not None:
                if error[1]:
                    stopped = error[0]
                for original in originals:
                    yield (*original, error[0])
            pending.clear()
            originals.clear()

        for row in rows:
            original = tuple(row[: plan.width])
            if stopped is not None:
                yield (*original, stopped)
                continue
            values = dict(zip(plan.names, row, strict=True))
            try:
                key = None
                if plan.key_columns:
                    keyed = values
                    if plan.key_times:
                        keyed = dict(values)
                        for column, helper, kind in plan.key_times:
                            keyed[column] = _utc_text(values[helper], kind)
                    key = key_of(keyed, plan.key_columns)
                event = event_of(values, plan.columns, key=key, naive=zone)
            except (RowError, MonkError, ValueError, TypeError) as exc:
                yield (*original, f"invalid row: {exc}")
                continue
            pending.append(event)
            originals.append(original)
            if len(pending) >= plan.batch_size:
                yield from flush()
        if pending:
            yield from flush()


_EPOCH = datetime.datetime(1970, 1, 1)


def _utc_text(value: Any, kind: str) -> str | None:
    """A time key value as ``yyyy-MM-ddTHH:mm:ss.ffffffZ``: microseconds since the epoch (an
    instant) or Spark's text of a wall time or a date. None stays None (an empty key)."""
    if value is None:
        return None
    if kind == "micros":
        moment = _EPOCH + datetime.timedelta(microseconds=int(value))
    else:
        moment = datetime.datetime.fromisoformat(str(value))
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M:%S}.{moment.microsecond:06d}Z"


def _deliver(client: Any, events: list[Any]) -> tuple[str, bool] | None:
    """Send one batch; None when Monk accepted it, else (error, whether to stop the partition).

    Retries (5xx, 429, connection errors) happen inside ``send_batch``; an open circuit breaker
    is waited out within the retry deadline, as the buffered sender does.
    """
    started = time.monotonic()
    deadline = client.retry.deadline
    while True:
        try:
            client.events.send_batch(events, max_batch_size=len(events))
            return None
        except (AuthenticationError, PermissionDeniedError) as exc:
            return redact(f"not sent: the API key was rejected ({exc})", client.api_key), True
        except CircuitOpenError as exc:
            wait = max(exc.retry_after, 0.01)
            if deadline is not None and time.monotonic() - started + wait > deadline:
                return redact(f"not sent: {exc}", client.api_key), False
            time.sleep(wait)
        except MonkError as exc:
            return redact(f"not delivered: {exc}", client.api_key), False
