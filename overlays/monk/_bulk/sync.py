"""Cursor-based sync of usage events from a SQL database: the engine behind ``monk events sync``.

Rows are read in keyset pages ordered by the cursor column and then the key columns; the
position saved is the whole ``(cursor, *keys)`` tuple of the last row of a page. Each page is one
batch; its position is written to a state file (atomically) only after Monk acknowledged all of
it (the full ``count``) and every batch before it. A crash or kill at any point therefore
re-sends at most the batches in flight, and never skips a row; keys derived from the key columns
make the re-sent rows no-ops.

Databases commit out of order: a transaction can take cursor value 1 and commit after 2..11
were synced. So each run starts a *safety window* (``lag``) behind the saved position and reads
those rows again: a late commit is delivered, and the rows sent before are re-sent with the same
keys, which Monk deduplicates. A row that commits later than the window is the documented limit.

Keys must identify a row: before reading, the key columns are checked to be unique over the
rows the run will read, and a run whose keys repeat is refused (two rows under one key would be
one event to Monk, and rows tying on the whole order could be skipped at a page boundary).

The state lives in a file, not in the source database, so a read-only replica or a warehouse
role without write grants can be synced. Needs the ``sql`` extra (SQLAlchemy).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from .._events.ingest import MAX_BATCH_SIZE
from .._exceptions import (
    APIStatusError,
    AuthenticationError,
    MonkError,
    PermissionDeniedError,
    ValidationError,
)
from .checkpoint import check_count, read_state, write_state
from .commit import OrderedCommits
from .rows import FLAGS, Columns, RowError, event_of, key_of, resolve_columns

if TYPE_CHECKING:
    import sqlalchemy as sa

    from .._client import Monk
    from .._events.event import Event

__all__ = ["DEFAULT_LAG", "StateMismatchError", "SyncStats", "sync_events"]

KEYS_VERSION = 2  # instants hashed in UTC (monk.idempotency_key)
MAX_REPORTED = 100  # bad rows reported one by one; the rest are counted

Lag: TypeAlias = "int | Decimal | datetime.timedelta"
# The safety window when none is given, by the kind of cursor: a distance in cursor units for a
# number (ids), a duration for a date-time or a date. A row that commits this far behind the rows
# already synced is still delivered.
DEFAULT_LAG: dict[str, int | datetime.timedelta] = {
    "number": 1_000,
    "datetime": datetime.timedelta(minutes=10),
    "date": datetime.timedelta(days=1),
}


class StateMismatchError(MonkError, ValueError):
    """The state file belongs to a different sync (another source, cursor or key columns)."""


@dataclasses.dataclass(slots=True)
class SyncStats:
    """What one run of :func:`sync_events` did.

    ``rows`` were read in this run; ``sent`` of them were acknowledged by Monk, ``bad`` could not
    become events (each reported). When the run stopped early, ``stopped`` says why and
    ``unsent`` counts the rows after the saved cursor: the next run sends them.
    ``key_rejected`` is set when Monk answered 401 or 403, which stops the run at once.
    ``resent`` counts the rows of the safety window (``lag``): rows at or before the saved
    position, read again and sent with their keys (sent before, or committed late); ``rows``
    and ``sent`` include them.
    """

    rows: int = 0
    sent: int = 0
    resent: int = 0
    bad: int = 0
    batches: int = 0
    seconds: float = 0.0
    stopped: str | None = None
    key_rejected: bool = False
    unsent: int | None = None
    resumed: bool = False
    window_start: Any = None  # the cursor value this run started from (a resumed run)
    state_path: Path | None = None
    problems: list[str] = dataclasses.field(default_factory=list)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


# -- the state file -----------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    """A cursor value as JSON that decodes to the same Python value (and type)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    if isinstance(value, uuid.UUID):
        return {"uuid": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": bytes(value).hex()}
    raise ValueError(
        f"a cursor or key column holds a {type(value).__name__}, which cannot be saved"
    )


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        if value is None or isinstance(value, bool | str):
            return value
        raise ValueError(f"{value!r} is not a saved cursor value")
    if len(value) != 1:
        raise ValueError(f"{value!r} is not a saved cursor value")
    ((kind, text),) = value.items()
    if not isinstance(text, str):
        raise ValueError(f"{value!r} is not a saved cursor value")
    decoders: dict[str, Callable[[str], Any]] = {
        "int": int,
        "float": float,
        "decimal": Decimal,
        "datetime": datetime.datetime.fromisoformat,
        "date": datetime.date.fromisoformat,
        "uuid": uuid.UUID,
        "bytes": bytes.fromhex,
    }
    if kind not in decoders:
        raise ValueError(f"{value!r} is not a saved cursor value")
    return decoders[kind](text)


@dataclasses.dataclass(slots=True)
class _State:
    path: Path
    source: str
    position: list[Any] | None = None  # (cursor, *keys) of the last acknowledged row
    sent: int = 0
    bad: int = 0
    columns: dict[str, list[str]] | None = None  # event field -> the columns that fed it
    namespace: list[str] | None = None  # the key namespace the saved keys were derived with
    # How keys were derived: 2 hashes instants in UTC. A state from before (none) may have sent
    # keys a non-UTC session derived, which the window must not re-send under the new ones.
    keys: int = KEYS_VERSION

    @classmethod
    def load(cls, path: Path, source: str, width: int) -> _State | None:
        """The saved state, None when there is none; ``StateMismatchError`` names what is wrong.

        ``width`` is the length of a position (the cursor and the key columns).
        """
        data = read_state(
            path,
            source,
            what="state file",
            error=StateMismatchError,
            foreign=lambda data: (
                f"state file {path} belongs to another sync (a different source, cursor or key "
                "columns); give another --state, or delete it to start over"
            ),
            versioned=True,
        )
        if data is None:
            return None
        damaged = f"state file {path} is damaged"
        try:
            raw = data.get("position")
            if raw is not None and (not isinstance(raw, list) or len(raw) != width):
                raise ValueError(
                    f"its position is {raw!r}, not a list of {width} values (the cursor and "
                    "key columns)"
                )
            position = None if raw is None else [_decode(v) for v in raw]
            columns = data.get("columns")
            if columns is not None and not (
                isinstance(columns, dict)
                and all(
                    isinstance(v, list) and all(isinstance(c, str) for c in v)
                    for v in columns.values()
                )
            ):
                raise ValueError(f"its columns are {columns!r}")
            sent, bad = data["sent"], data["bad"]
            try:
                check_count(sent), check_count(bad)
            except ValueError:
                raise ValueError(f"its counts are {sent!r} and {bad!r}") from None
            namespace = data.get("keyNamespace")
            if namespace is not None and not (
                isinstance(namespace, list) and all(isinstance(n, str) for n in namespace)
            ):
                raise ValueError(f"its key namespace is {namespace!r}")
            keys = data.get("keys", 1)
            if keys.__class__ is not int:
                raise ValueError(f"its key version is {keys!r}")
            return cls(path, source, position, sent, bad, columns, namespace, keys)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = exc.args[0] if isinstance(exc, ValueError) and exc.args else repr(exc)
            raise StateMismatchError(
                f"{damaged} ({reason}); restore it, or delete it to start over"
            ) from None

    def save(self) -> None:
        write_state(
            self.path,
            self.source,
            {
                "position": None if self.position is None else [_encode(v) for v in self.position],
                "sent": self.sent,
                "bad": self.bad,
                "columns": self.columns,
                "keyNamespace": self.namespace,
                "keys": self.keys,
            },
        )


def source_id(
    url: str, table: str | None, query: str | None, cursor: str, keys: Sequence[str]
) -> str:
    """Identifies a sync in its state file: the URL without its password, the source, the order."""
    from sqlalchemy.engine import make_url

    shown = make_url(url).render_as_string(hide_password=True)
    spec = json.dumps([shown, table, query, cursor, list(keys)], separators=(",", ":"))
    return hashlib.sha256(spec.encode()).hexdigest()[:32]


def default_state_path(source: str, table: str | None) -> Path:
    """``monk-sync-<table or query>-<8 hex>.json`` in the current directory."""
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in (table or "query"))
    return Path(f"monk-sync-{name}-{source[:8]}.json")


# -- reading ------------------------------------------------------------------------------------


class _Source:
    """Keyset pages of the source, ordered by ``(cursor, *keys)``."""

    def __init__(
        self, engine: sa.Engine, table: str | None, query: str | None, order: list[str]
    ) -> None:
        import sqlalchemy as sa

        self.sa = sa
        self.engine = engine
        if table is not None:
            schema, _, name = table.rpartition(".")
            reflected = sa.Table(name, sa.MetaData(), schema=schema or None, autoload_with=engine)
            self.selectable: Any = reflected
            self.names = [str(c.name) for c in reflected.columns]
        else:
            assert query is not None
            text = query.strip().rstrip(";")
            probe = sa.select(sa.text("*")).select_from(sa.text(f"({text}) AS monk_probe"))
            with engine.connect() as conn:
                self.names = [str(n) for n in conn.execute(probe.limit(0)).keys()]  # noqa: SIM118
            columns: list[Any] = [sa.column(n) for n in self.names]
            self.selectable = sa.text(text).columns(*columns).subquery("monk_sync_source")
        for column in order:
            if column not in self.names:
                raise ValueError(
                    f"{column!r} is not a column of the source ({', '.join(self.names)})"
                )
        self.order = [self.selectable.c[c] for c in order]
        self.row_values = engine.dialect.name in ("postgresql", "sqlite", "mysql", "mariadb")

    def _after(self, position: Sequence[Any]) -> Any:
        """Rows after ``position`` in ``(cursor, *keys)`` order."""
        sa = self.sa
        if self.row_values and len(self.order) > 1:
            return sa.tuple_(*self.order) > sa.tuple_(*[sa.literal(v) for v in position])
        clause = None
        for column, value in reversed(list(zip(self.order, position, strict=True))):
            greater = column > value
            clause = (
                greater if clause is None else sa.or_(greater, sa.and_(column == value, clause))
            )
        return clause

    def _not_null(self) -> Any:
        return self.sa.and_(*[c.is_not(None) for c in self.order])

    def _where(self, stmt: Any, position: Sequence[Any] | None, start: Any) -> Any:
        """Rows after ``position``, or (with none) from cursor value ``start`` on."""
        stmt = stmt.where(self._not_null())
        if position is not None:
            return stmt.where(self._after(position))
        if start is not None:
            return stmt.where(self.order[0] >= start)
        return stmt

    def page(
        self, conn: sa.Connection, position: Sequence[Any] | None, limit: int, start: Any = None
    ) -> list[Any]:
        stmt = self._where(self.sa.select(self.selectable), position, start)
        stmt = stmt.order_by(*self.order).limit(limit)
        rows = list(conn.execute(stmt).all())
        conn.rollback()  # no snapshot held between pages
        return rows

    def count(self, conn: sa.Connection, position: Sequence[Any] | None, start: Any = None) -> int:
        sa = self.sa
        stmt = self._where(sa.select(sa.func.count()).select_from(self.selectable), position, start)
        total = int(conn.execute(stmt).scalar_one())
        conn.rollback()
        return total

    def count_null(self, conn: sa.Connection) -> int:
        sa = self.sa
        stmt = sa.select(sa.func.count()).select_from(self.selectable)
        total = int(conn.execute(stmt.where(sa.not_(self._not_null()))).scalar_one())
        conn.rollback()
        return total

    def first_cursor(self, conn: sa.Connection) -> Any:
        """Some row's cursor value (its Python type tells what a lag must be), or None."""
        sa = self.sa
        stmt = sa.select(self.order[0]).where(self._not_null()).limit(1)
        value = conn.execute(stmt).scalar()
        conn.rollback()
        return value

    def repeated_key(
        self, conn: sa.Connection, keys: Sequence[str], position: Sequence[Any] | None, start: Any
    ) -> Any:
        """A key (its column values, then how many rows share it) that more than one of the
        rows a run reads has, or None: one ``GROUP BY ... HAVING COUNT(*) > 1`` query."""
        sa = self.sa
        columns = [self.selectable.c[k] for k in keys]
        shared = sa.func.count().label("monk_rows")
        stmt = self._where(sa.select(*columns, shared), position, start)
        stmt = stmt.group_by(*columns).having(sa.func.count() > 1).limit(1)
        row = conn.execute(stmt).first()
        conn.rollback()
        return row


# -- the safety window --------------------------------------------------------------------------


def _cursor_kind(value: Any) -> str | None:
    """``number``, ``datetime`` or ``date``: the cursors a distance can be taken from."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        return "number"
    if isinstance(value, datetime.datetime):
        return "datetime"
    if isinstance(value, datetime.date):
        return "date"
    return None


def _check_lag(lag: Lag | None) -> None:
    if lag is None:
        return
    if isinstance(lag, datetime.timedelta):
        if lag < datetime.timedelta(0):
            raise ValidationError("lag", f"must not be negative, not {lag}")
        return
    if isinstance(lag, bool) or not isinstance(lag, int | Decimal):
        raise ValidationError(
            "lag",
            "must be a number (a distance in cursor units, for a numeric cursor) or a "
            f"datetime.timedelta (for a date or time cursor), not {type(lag).__name__}",
        )
    if not (lag >= 0 and (isinstance(lag, int) or lag.is_finite())):
        raise ValidationError("lag", f"must be a finite number >= 0, not {lag!r}")


def _window_lag(lag: Lag | None, cursor: Any, column: str) -> Lag | None:
    """The lag to use for a cursor holding values like ``cursor``; None: no window."""
    zero = lag is not None and not lag  # 0, Decimal(0) or timedelta(0): asked for no window
    if zero or cursor is None:
        return None
    kind = _cursor_kind(cursor)
    if kind is None:
        if lag is not None:
            raise ValidationError(
                "lag",
                f"the cursor column {column!r} holds {type(cursor).__name__} values, which have "
                "no distance: give lag 0 (no safety window), or a numeric or date-time cursor",
            )
        return None
    if lag is None:
        return DEFAULT_LAG[kind]
    if (kind == "number") != (not isinstance(lag, datetime.timedelta)):
        wanted = "a number (cursor units)" if kind == "number" else "a duration (e.g. 10m)"
        raise ValidationError(
            "lag",
            f"the cursor column {column!r} holds {type(cursor).__name__} values: give the lag as "
            f"{wanted}, not {lag!r}",
        )
    return lag


def _window_start(position: Sequence[Any] | None, lag: Lag | None) -> Any:
    """The cursor value a run starts from: ``lag`` before the saved position's cursor."""
    if position is None or lag is None:
        return None
    cursor = position[0]
    try:
        if isinstance(cursor, float):
            return cursor - float(lag)  # type: ignore[arg-type]
        return cursor - lag
    except OverflowError:  # before the first representable date: read from the start
        return None


def _after_floor(position: Sequence[Any], floor: Sequence[Any] | None) -> bool:
    """Whether ``position`` lies after ``floor`` (None: no floor); unknown counts as after."""
    if floor is None:
        return True
    try:
        return tuple(position) > tuple(floor)
    except TypeError:
        return True


# -- what fed what ------------------------------------------------------------------------------

_FIELD_FLAGS = {
    "event_name": ("the event name", FLAGS["event_name"]),
    "customer_id": ("the customer id", FLAGS["customer_id"]),
    "external_customer_id": ("the external customer id", FLAGS["external_customer_id"]),
    "timestamp": ("the event time", FLAGS["timestamp"]),
    "contract_id": ("the contract id", "a contract_id column"),
    "properties": ("a property", FLAGS["properties"]),
    "properties_column": ("the properties", FLAGS["properties"]),
}


def _mapping(columns: Columns) -> dict[str, list[str]]:
    """Which columns feed which event field, as saved in the state file."""

    def listed(value: str | tuple[str, ...] | None) -> list[str]:
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)

    return {
        "event_name": listed(columns.event_name),
        "customer_id": listed(columns.customer_id),
        "external_customer_id": listed(columns.external_customer_id),
        "timestamp": listed(columns.timestamp),
        "contract_id": listed(columns.contract_id),
        "properties": listed(columns.properties),
        "properties_column": listed(columns.properties_column),
    }


def _check_mapping(
    saved: dict[str, list[str]] | None, names: Sequence[str], named: set[str], path: Path
) -> None:
    """A column that fed an event field in earlier runs and is gone now fails the run.

    Without this, renaming ``timestamp`` would stamp every later event "now", and dropping a
    property column would silently change what meters sum. A field named on this run
    (``named``) is the caller's new choice and is not held to the old one.
    """
    if not saved:
        return
    present = set(names)
    for field, columns in saved.items():
        if field in named or (field == "properties_column" and "properties" in named):
            continue
        gone = [c for c in columns if c not in present]
        if gone and field in _FIELD_FLAGS:
            what, flag = _FIELD_FLAGS[field]
            raise StateMismatchError(
                f"column {gone[0]!r} fed {what} in earlier runs of this sync and is not in the "
                f"source any more: name the column that replaces it ({flag}), or give --state a "
                f"new file to start over (the state is {path})"
            )


# -- the sync -----------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Page:
    events: list[Event]
    position: list[Any]
    rows: int
    bad: int
    resent: int = 0


def sync_events(
    url: str,
    *,
    cursor_column: str,
    table: str | None = None,
    query: str | None = None,
    key_columns: Sequence[str] | None = None,
    key_namespace: Sequence[str] = (),
    event_name: str | None = None,
    event_name_value: str | None = None,
    customer_id: str | None = None,
    external_customer_id: str | None = None,
    timestamp: str | None = None,
    properties: Sequence[str] | None = None,
    state: str | os.PathLike[str] | None = None,
    client: Monk | None = None,
    batch_size: int = 5_000,
    concurrency: int = 2,
    lag: Lag | None = None,
    dry_run: bool = False,
    report: Callable[[str], None] | None = None,
    on_progress: Callable[[SyncStats, int | None], None] | None = None,
) -> SyncStats:
    """Send the rows of ``table`` (or ``query``) at ``url`` added since the last run, as events.

    ``url`` is any SQLAlchemy URL. Rows are read in ``(cursor_column, *key_columns)`` order and
    each event's key is ``monk.idempotency_key(*key_namespace, *key column values)``
    (``key_columns`` defaults to the cursor column). The key columns must identify a row: a run
    whose rows repeat a key is refused before anything is sent (``ValidationError`` naming
    ``key_columns``). Columns named like the event fields (``event_name``, ``customer_id`` or
    ``external_customer_id``, ``timestamp``, ``properties``) are used unless named otherwise;
    every other column except the cursor and key columns becomes a property. A timestamp
    without a zone is read as UTC.

    Each run first re-reads the rows whose cursor lies within ``lag`` behind the saved position
    (a number for a numeric cursor, a ``timedelta`` for a date or time cursor; default
    :data:`DEFAULT_LAG`, ``0`` turns it off) and sends them again with their keys: rows that
    committed late are delivered, the rest are deduplicated by Monk.

    The position is saved in ``state`` (a JSON file; default
    ``monk-sync-<table>-<hash>.json`` in the current directory) after each batch Monk
    acknowledged in full. A failed or rejected batch stops the run without being recorded, so
    the next run sends it again; a 401 or 403 stops at once (``key_rejected``). ``client``
    defaults to ``monk.Monk()`` from the environment. ``dry_run`` reads and checks every row and
    sends nothing.
    """
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValidationError("batch_size", f"must be between 1 and {MAX_BATCH_SIZE}")
    if concurrency < 1:
        raise ValidationError("concurrency", "must be at least 1")
    if (table is None) == (query is None):
        raise ValidationError("table", "give exactly one of table and query")
    _check_lag(lag)
    keys = list(key_columns or [cursor_column])
    order = [cursor_column, *[k for k in keys if k != cursor_column]]
    namespace = list(key_namespace)
    named = {
        field
        for field, given in (
            ("event_name", event_name or event_name_value),
            ("customer_id", customer_id),
            ("external_customer_id", external_customer_id),
            ("timestamp", timestamp),
            ("properties", properties),
        )
        if given is not None
    }
    if customer_id is not None or external_customer_id is not None:
        named |= {"customer_id", "external_customer_id"}
    try:
        import sqlalchemy as sa
    except ImportError:
        raise MonkError("monk events sync needs SQLAlchemy: pip install 'monk-sdk[sql]'") from None

    say = report or (lambda message: None)
    stats = SyncStats()
    started = time.monotonic()
    engine = sa.create_engine(url)
    own_client = False
    try:
        try:
            source = _Source(engine, table, query, order)
            columns = resolve_columns(
                source.names,
                event_name=event_name,
                event_name_value=event_name_value,
                customer_id=customer_id,
                external_customer_id=external_customer_id,
                timestamp=timestamp,
                properties=properties,
                exclude=order,
            )
        except ValueError as exc:
            raise ValidationError("columns", str(exc)) from None
        sid = source_id(url, table, query, cursor_column, keys)
        state_path = Path(state) if state is not None else default_state_path(sid, table)
        stats.state_path = state_path
        saved = _State.load(state_path, sid, len(order))
        stats.resumed = saved is not None and saved.position is not None
        current = saved or _State(state_path, sid)
        _check_mapping(current.columns, source.names, named, state_path)
        if current.namespace is not None and current.namespace != namespace:
            # The safety window re-sends rows sent before: under keys of another namespace they
            # would be new events to Monk, billed twice.
            raise StateMismatchError(
                f"--key-namespace is {namespace!r} but earlier runs of this sync derived keys "
                f"with {current.namespace!r}: re-read rows would be sent under new keys and billed "
                f"twice; use the same namespace, or give --state a new file ({state_path})"
            )
        current.columns = _mapping(columns)
        current.namespace = namespace
        if client is None and not dry_run:
            from .._client import Monk

            client, own_client = Monk(), True
        with engine.connect() as conn:
            probe = current.position[0] if current.position else source.first_cursor(conn)
            window = _window_lag(lag, probe, cursor_column)
            floor = current.position
            if floor is not None and current.keys < KEYS_VERSION and window is not None:
                # Rows sent before the upgrade may carry keys of a non-UTC session: re-sent
                # now, under UTC keys, Monk would bill them twice. This run starts after them.
                say("the state predates UTC keys: no safety window this run (from the next on)")
                window = None
            current.keys = KEYS_VERSION
            start = _window_start(floor, window)
            stats.window_start = start
            if floor is not None:
                again = (
                    f"; re-reading from {start} (the safety window)" if start is not None else ""
                )
                say(f"resuming after {cursor_column} = {floor[0]} ({state_path}){again}")
            position = None if start is not None else floor
            repeated = source.repeated_key(conn, keys, position, start)
            if repeated is not None:
                where = ", ".join(f"{k}={v}" for k, v in zip(keys, repeated, strict=False))
                raise ValidationError(
                    "key_columns",
                    f"{repeated[-1]:,} rows share the key ({where}): the key columns must identify "
                    "one row, or Monk keeps one event for all of them (and rows tying on the "
                    "whole key could be skipped at a page boundary). Name columns that do with "
                    "--key-columns (key_columns=...), e.g. the primary key",
                )
            nulls = source.count_null(conn)
            if nulls:
                say(
                    f"{nulls:,} rows have no value in {', '.join(order)} and cannot be synced "
                    "(the cursor and key columns must not be NULL)"
                )
                stats.problems.append(f"{nulls} rows with a NULL cursor or key")
            if window is None and floor is not None and _cursor_kind(probe) is None and lag is None:
                say(
                    f"the cursor column {cursor_column!r} holds {type(probe).__name__} values: "
                    "no safety window, so a row that commits after later rows were synced is "
                    "missed; prefer a numeric or date-time cursor"
                )
            total = source.count(conn, position, start)
            runner = _Runner(
                source, conn, columns, keys, namespace, client, current, stats, batch_size,
                concurrency, dry_run, say,
            )  # fmt: skip
            runner.floor = floor
            runner.progress = (lambda: on_progress(stats, total)) if on_progress else None
            try:
                runner.run(position, start)
                if not dry_run and stats.stopped is None and current.position is not None:
                    current.save()  # the column mapping too, when no page moved the position
            finally:
                stats.seconds = time.monotonic() - started
                if stats.stopped is not None:
                    with contextlib.suppress(Exception):
                        stats.unsent = source.count(conn, current.position)
    finally:
        if own_client and client is not None:
            client.close()
        engine.dispose()
    return stats


class _Runner:
    """Reads pages, sends them (``concurrency`` in flight), saves positions in order."""

    def __init__(  # noqa: PLR0917
        self,
        source: _Source,
        conn: sa.Connection,
        columns: Columns,
        keys: list[str],
        namespace: list[str],
        client: Monk | None,
        state: _State,
        stats: SyncStats,
        batch_size: int,
        concurrency: int,
        dry_run: bool,
        say: Callable[[str], None],
    ) -> None:
        self.source, self.conn, self.columns = source, conn, columns
        self.keys, self.namespace, self.client = keys, namespace, client
        self.state, self.stats = state, stats
        self.batch_size, self.concurrency = batch_size, concurrency
        self.dry_run, self.say = dry_run, say
        self.progress: Callable[[], None] | None = None
        self.floor: list[Any] | None = None  # the saved position: rows up to it were sent before
        self.reported = 0
        self.last_key: str | None = None
        self.order_index = [source.names.index(c.name) for c in source.order]

    def run(self, position: list[Any] | None, start: Any) -> None:
        commits = OrderedCommits[_Page](
            None if self.dry_run else self._send,
            concurrency=self.concurrency,
            settle=self._settle,
            commit=self._commit,
        )
        try:
            while self.stats.stopped is None:
                rows = self.source.page(self.conn, position, self.batch_size, start)
                if not rows:
                    break
                page = self._page(rows)
                if page is None:
                    break
                position = page.position
                commits.submit(page, page.events)
                if len(rows) < self.batch_size:
                    break
            commits.drain()
        finally:
            commits.close()
            if self.progress is not None:
                self.progress()

    def _page(self, rows: list[Any]) -> _Page | None:
        """The events of one page; None (and the run stopped) when a key repeats in it."""
        names = self.source.names
        events: list[Event] = []
        bad = resent = 0
        seen: set[str] = set() if self.last_key is None else {self.last_key}
        for values in rows:
            row = dict(zip(names, values, strict=True))
            if self.floor is not None and not _after_floor(
                [values[i] for i in self.order_index], self.floor
            ):
                resent += 1
            error: Exception | None = None
            try:
                key = key_of(row, self.keys, self.namespace)
            except (RowError, ValueError, TypeError) as exc:
                error = exc
            else:
                if key in seen:
                    where = ", ".join(f"{c}={row[c]!r}" for c in self.keys)
                    self.stats.stopped = (
                        f"two rows share the key ({where}), so Monk would keep one event for "
                        "both: name key columns that identify a row (--key-columns)"
                    )
                    self.stats.problems.append(self.stats.stopped)
                    return None
                seen.add(key)
                try:
                    events.append(event_of(row, self.columns, key=key))
                except (RowError, MonkError, ValueError, TypeError) as exc:
                    error = exc
            if error is not None:
                bad += 1
                self.reported += 1
                if self.reported <= MAX_REPORTED:
                    where = ", ".join(f"{c}={row[c]!r}" for c in self.keys)
                    self.say(f"row {where}: {error}")
                elif self.reported == MAX_REPORTED + 1:
                    self.say(f"more than {MAX_REPORTED} bad rows: the rest are counted, not shown")
        self.last_key = events[-1].idempotency_key if events else None
        last = rows[-1]
        position = [last[i] for i in self.order_index]
        return _Page(events, position, len(rows), bad, resent)

    def _send(self, events: list[Event]) -> Any:
        assert self.client is not None
        return self.client.events.send_batch(events, max_batch_size=len(events))

    def _settle(self, page: _Page, future: Future[Any]) -> bool:
        """Take in a finished page: False (and the run stopped) unless Monk acknowledged it all."""
        stats = self.stats
        try:
            future.result()
        except (AuthenticationError, PermissionDeniedError) as exc:
            stats.key_rejected = True
            stats.stopped = f"the API key was rejected ({exc}); nothing more was sent"
        except APIStatusError as exc:
            kind = "failed after retries" if exc.retryable else "was rejected"
            stats.stopped = stats.stopped or f"a batch of {len(page.events):,} events {kind}: {exc}"
        except MonkError as exc:
            stats.stopped = stats.stopped or f"a batch of {len(page.events):,} events failed: {exc}"
        else:
            return True
        return False

    def _commit(self, page: _Page) -> None:
        """Record an acknowledged page, in order: its rows count, its position is saved."""
        stats = self.stats
        stats.rows += page.rows
        stats.bad += page.bad
        stats.resent += page.resent
        stats.batches += 1
        stats.sent += len(page.events)
        if not self.dry_run and _after_floor(page.position, self.floor):
            self.state.position = page.position
            self.state.sent += len(page.events) - page.resent
            self.state.bad += page.bad
            self.state.save()
        if self.progress is not None:
            self.progress()
