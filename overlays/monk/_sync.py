"""Cursor-based sync of usage events from a SQL database: the engine behind ``monk events sync``.

Rows are read in keyset pages ordered by the cursor column and then the key columns, so rows that
share a cursor value are never split ambiguously across a page boundary: the position saved is
the whole ``(cursor, *keys)`` tuple of the last row of a page. Each page is one batch; its
position is written to a state file (atomically) only after Monk acknowledged it and every
batch before it. A crash or kill at any point therefore re-sends at most the batches in flight,
and never skips a row; keys derived from the key columns make the re-sent rows no-ops.

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
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    MonkError,
    PermissionDeniedError,
    ValidationError,
)
from ._importer import write_atomically
from ._ingest import MAX_BATCH_SIZE
from ._rowmap import EventColumns, RowError, event_of, key_of, resolve_columns

if TYPE_CHECKING:
    import sqlalchemy as sa

    from ._client import Monk
    from ._event import Event

__all__ = ["StateMismatchError", "SyncStats", "sync_events"]

STATE_VERSION = 1
MAX_REPORTED = 100  # bad rows reported one by one; the rest are counted


class StateMismatchError(MonkError, ValueError):
    """The state file belongs to a different sync (another source, cursor or key columns)."""


@dataclasses.dataclass(slots=True)
class SyncStats:
    """What one run of :func:`sync_events` did.

    ``rows`` were read in this run; ``sent`` of them were acknowledged by Monk, ``bad`` could not
    become events (each reported). When the run stopped early, ``stopped`` says why and
    ``unsent`` counts the rows after the saved cursor: the next run sends them.
    ``key_rejected`` is set when Monk answered 401 or 403, which stops the run at once.
    """

    rows: int = 0
    sent: int = 0
    bad: int = 0
    batches: int = 0
    seconds: float = 0.0
    stopped: str | None = None
    key_rejected: bool = False
    unsent: int | None = None
    resumed: bool = False
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
        return value
    ((kind, text),) = value.items()
    decoders: dict[str, Callable[[str], Any]] = {
        "int": int,
        "float": float,
        "decimal": Decimal,
        "datetime": datetime.datetime.fromisoformat,
        "date": datetime.date.fromisoformat,
        "uuid": uuid.UUID,
        "bytes": bytes.fromhex,
    }
    return decoders[kind](text)


@dataclasses.dataclass(slots=True)
class _State:
    path: Path
    source: str
    position: list[Any] | None = None  # (cursor, *keys) of the last acknowledged row
    sent: int = 0
    bad: int = 0

    @classmethod
    def load(cls, path: Path, source: str) -> _State | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise StateMismatchError(f"state file {path} is unreadable: {exc}") from None
        if not isinstance(data, dict) or data.get("source") != source:
            raise StateMismatchError(
                f"state file {path} belongs to another sync (a different source, cursor or key "
                "columns); give another --state, or delete it to start over"
            )
        try:
            raw = data.get("position")
            position = None if raw is None else [_decode(v) for v in raw]
            return cls(path, source, position, int(data["sent"]), int(data["bad"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise StateMismatchError(f"state file {path} is damaged: {exc!r}") from None

    def save(self) -> None:
        write_atomically(
            self.path,
            {
                "version": STATE_VERSION,
                "source": self.source,
                "position": None if self.position is None else [_encode(v) for v in self.position],
                "sent": self.sent,
                "bad": self.bad,
                "updatedAt": datetime.datetime.now(datetime.UTC).isoformat(),
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

    def page(self, conn: sa.Connection, position: Sequence[Any] | None, limit: int) -> list[Any]:
        stmt = self.sa.select(self.selectable).where(self._not_null())
        if position is not None:
            stmt = stmt.where(self._after(position))
        stmt = stmt.order_by(*self.order).limit(limit)
        rows = list(conn.execute(stmt).all())
        conn.rollback()  # no snapshot held between pages
        return rows

    def count(self, conn: sa.Connection, position: Sequence[Any] | None) -> int:
        sa = self.sa
        stmt = sa.select(sa.func.count()).select_from(self.selectable).where(self._not_null())
        if position is not None:
            stmt = stmt.where(self._after(position))
        total = int(conn.execute(stmt).scalar_one())
        conn.rollback()
        return total

    def count_null(self, conn: sa.Connection) -> int:
        sa = self.sa
        stmt = sa.select(sa.func.count()).select_from(self.selectable)
        total = int(conn.execute(stmt.where(sa.not_(self._not_null()))).scalar_one())
        conn.rollback()
        return total


# -- the sync -----------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Page:
    events: list[Event]
    position: list[Any]
    rows: int
    bad: int
    future: Future[Any] | None = None


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
    dry_run: bool = False,
    report: Callable[[str], None] | None = None,
    on_progress: Callable[[SyncStats, int | None], None] | None = None,
) -> SyncStats:
    """Send the rows of ``table`` (or ``query``) at ``url`` added since the last run, as events.

    ``url`` is any SQLAlchemy URL. Rows are read in ``(cursor_column, *key_columns)`` order and
    each event's key is ``monk.idempotency_key(*key_namespace, *key column values)``
    (``key_columns`` defaults to the cursor column; together they must identify a row). Columns
    named like the event fields (``event_name``, ``customer_id`` or ``external_customer_id``,
    ``timestamp``, ``properties``) are used unless named otherwise; every other column except the
    cursor and key columns becomes a property. A timestamp without a zone is read as UTC.

    The position is saved in ``state`` (a JSON file; default
    ``monk-sync-<table>-<hash>.json`` in the current directory) after each acknowledged batch.
    A failed or rejected batch stops the run without being recorded, so the next run sends it
    again; a 401 or 403 stops at once (``key_rejected``). ``client`` defaults to ``monk.Monk()``
    from the environment. ``dry_run`` reads and checks every row and sends nothing.
    """
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValidationError("batch_size", f"must be between 1 and {MAX_BATCH_SIZE}")
    if concurrency < 1:
        raise ValidationError("concurrency", "must be at least 1")
    if (table is None) == (query is None):
        raise ValidationError("table", "give exactly one of table and query")
    keys = list(key_columns or [cursor_column])
    order = [cursor_column, *[k for k in keys if k != cursor_column]]
    namespace = list(key_namespace)
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
        saved = _State.load(state_path, sid)
        stats.resumed = saved is not None and saved.position is not None
        current = saved or _State(state_path, sid)
        if client is None and not dry_run:
            from ._client import Monk

            client, own_client = Monk(), True
        with engine.connect() as conn:
            nulls = source.count_null(conn)
            if nulls:
                say(
                    f"{nulls:,} rows have no value in {', '.join(order)} and cannot be synced "
                    "(the cursor and key columns must not be NULL)"
                )
                stats.problems.append(f"{nulls} rows with a NULL cursor or key")
            total = source.count(conn, current.position)
            runner = _Runner(
                source, conn, columns, keys, namespace, client, current, stats, batch_size,
                concurrency, dry_run, say,
            )  # fmt: skip
            runner.progress = (lambda: on_progress(stats, total)) if on_progress else None
            try:
                runner.run()
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
        columns: EventColumns,
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
        self.reported = 0
        self.order_index = [source.names.index(c.name) for c in source.order]

    def run(self) -> None:
        position = self.state.position
        pending: deque[_Page] = deque()
        executor = None if self.dry_run else ThreadPoolExecutor(self.concurrency)
        try:
            while self.stats.stopped is None:
                rows = self.source.page(self.conn, position, self.batch_size)
                if not rows:
                    break
                page = self._page(rows)
                position = page.position
                if executor is not None and page.events:
                    page.future = executor.submit(self._send, page.events)
                pending.append(page)
                while (
                    pending
                    and self.stats.stopped is None
                    and (
                        len(pending) >= self.concurrency
                        or pending[0].future is None
                        or pending[0].future.done()
                    )
                ):
                    self._settle(pending.popleft())
                if len(rows) < self.batch_size:
                    break
            while pending and self.stats.stopped is None:
                self._settle(pending.popleft())
        finally:
            for page in pending:
                if page.future is not None:
                    page.future.cancel()
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
            if self.progress is not None:
                self.progress()

    def _page(self, rows: list[Any]) -> _Page:
        names = self.source.names
        events: list[Event] = []
        bad = 0
        for values in rows:
            row = dict(zip(names, values, strict=True))
            try:
                key = key_of(row, self.keys, self.namespace)
                events.append(event_of(row, self.columns, key=key))
            except (RowError, MonkError, ValueError, TypeError) as exc:
                bad += 1
                self.reported += 1
                if self.reported <= MAX_REPORTED:
                    where = ", ".join(f"{c}={row[c]!r}" for c in self.keys)
                    self.say(f"row {where}: {exc}")
                elif self.reported == MAX_REPORTED + 1:
                    self.say(f"more than {MAX_REPORTED} bad rows: the rest are counted, not shown")
        last = rows[-1]
        position = [last[i] for i in self.order_index]
        return _Page(events, position, len(rows), bad)

    def _send(self, events: list[Event]) -> Any:
        assert self.client is not None
        return self.client.events.send_batch(events, max_batch_size=len(events))

    def _settle(self, page: _Page) -> None:
        """Wait for the oldest page; record it as done only if Monk acknowledged it."""
        stats = self.stats
        if page.future is not None:
            try:
                page.future.result()
            except (AuthenticationError, PermissionDeniedError) as exc:
                stats.key_rejected = True
                stats.stopped = f"the API key was rejected ({exc}); nothing more was sent"
                return
            except APIStatusError as exc:
                kind = "failed after retries" if exc.retryable else "was rejected"
                stats.stopped = f"a batch of {len(page.events):,} events {kind}: {exc}"
                return
            except MonkError as exc:
                stats.stopped = f"a batch of {len(page.events):,} events failed: {exc}"
                return
        stats.rows += page.rows
        stats.bad += page.bad
        stats.batches += 1
        if self.dry_run:
            stats.sent += len(page.events)
        else:
            stats.sent += len(page.events)
            self.state.position = page.position
            self.state.sent += len(page.events)
            self.state.bad += page.bad
            self.state.save()
        if self.progress is not None:
            self.progress()
