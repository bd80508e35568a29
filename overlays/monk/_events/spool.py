"""The spool: a local SQLite file holding every event a buffer took until Monk confirmed it.

``client.events.buffered(spool=path)`` writes each event here before ``add`` returns, and deletes
a batch only once Monk acknowledged all of it (a 2xx whose ``count`` is the batch's size) or it
was handed to ``on_flush_failure``. A buffer opened on a spool that still holds events (the last
process was killed, ran out of memory, was redeployed) sends those first, with their original
bytes and idempotency keys, so Monk deduplicates whatever had already arrived.

Why SQLite: it is in the standard library (no new dependency), and in WAL mode a commit is one
append to the write-ahead log, whose ``synchronous`` level says exactly what a commit survives:

- ``"OFF"``: the commit is in the operating system's page cache. It survives the process being
  killed; a power loss or kernel crash may lose the last commits (or, rarely, corrupt the file).
- ``"NORMAL"`` (the default): as OFF for a process crash; after a power loss the spool is
  intact, but the commits since the last checkpoint (about 1,000 pages) may be rolled back.
- ``"FULL"``: every commit is fsynced before ``add`` returns: it survives a power loss too.

A row is ``(seq, body)``: ``seq`` is the buffer's add order, ``body`` the event's exact JSON.
Nothing else is written (no API key, no URL). Group commit is the ingesters' business (one
transaction for every ``add`` waiting at once); this module is the file, its lock, and the
mapping from a batch of the buffer to its rows.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import sqlite3
import threading
from array import array
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Literal, TypeAlias

from .._exceptions import MonkError, SpoolLockedError, ValidationError
from .event import Event, event_from_wire

__all__ = ["DEFAULT_SPOOL_NAME", "Spool", "SpoolOptions", "Synchronous"]

Synchronous: TypeAlias = Literal["FULL", "NORMAL", "OFF"]

# The file made inside a directory given as the spool (a path to a file is used as it is).
DEFAULT_SPOOL_NAME = "monk-events.spool"
# PRAGMA application_id: "MONK", so a file that is not a spool is refused, not overwritten.
_APPLICATION_ID = 0x4D4F4E4B
_SCHEMA_VERSION = 1
# The WAL file is truncated to this after a checkpoint (it would otherwise keep its peak size).
_WAL_LIMIT = 64 * 1024 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class SpoolOptions:
    """``buffered()``'s spool arguments, checked: where, how durable, how big, how grouped."""

    path: str
    synchronous: Synchronous = "NORMAL"
    max_bytes: int | None = None
    commit_wait: float = 0.0

    @classmethod
    def check(
        cls,
        path: str | os.PathLike[str],
        *,
        synchronous: str,
        max_bytes: int | None,
        commit_wait: float,
    ) -> SpoolOptions:
        if not isinstance(path, str | os.PathLike) or not os.fspath(path):
            raise ValidationError("spool", f"must be a path (str or os.PathLike), not {path!r}")
        level = synchronous.upper() if isinstance(synchronous, str) else synchronous
        if level not in ("FULL", "NORMAL", "OFF"):
            raise ValidationError(
                "spool_synchronous", f"must be 'FULL', 'NORMAL' or 'OFF', not {synchronous!r}"
            )
        if max_bytes is not None and (
            isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1
        ):
            raise ValidationError(
                "spool_max_bytes", f"must be a number of bytes >= 1 or None, not {max_bytes!r}"
            )
        if (
            isinstance(commit_wait, bool)
            or not isinstance(commit_wait, int | float)
            or not 0 <= commit_wait < math.inf
        ):
            raise ValidationError(
                "spool_commit_wait", f"must be a number of seconds >= 0, not {commit_wait!r}"
            )
        return cls(os.fspath(path), level, max_bytes, float(commit_wait))  # type: ignore[arg-type]


def spool_file(path: str) -> Path:
    """The database file: ``path`` itself, or ``monk-events.spool`` in it if it is a directory
    (an existing one, or a path ending in a separator, which is created)."""
    given = Path(path)
    if given.is_dir() or path.endswith(("/", os.sep)):
        given.mkdir(parents=True, exist_ok=True)
        return given / DEFAULT_SPOOL_NAME
    given.parent.mkdir(parents=True, exist_ok=True)
    return given


def _lock(lock_path: Path, shown: str) -> IO[bytes]:
    """An exclusive, non-blocking lock on ``<spool>.lock``, held as long as the file is open.

    ``flock`` belongs to the open file, so a second buffer in the same process is refused too,
    and the kernel drops the lock when the process dies, however it dies: no stale lock after
    a SIGKILL. (Windows: ``msvcrt.locking`` on the first byte, with the same meaning.)
    """
    handle = open(lock_path, "a+b")  # noqa: SIM115 (held open until close())
    try:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover (Windows)
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        handle.close()
        raise SpoolLockedError(shown) from None
    return handle


class Spool:
    """One open spool file, locked for this buffer; every method is thread-safe.

    ``bytes`` is the size of the event bodies it holds (the bound ``spool_max_bytes`` checks).
    The buffer numbers its events in add order; :meth:`rows` maps a run of those numbers (a
    batch) to the rows to delete. Events recovered at open keep their old row numbers, which
    may have gaps (batches acknowledged out of order); new events follow the last row.
    """

    __slots__ = (
        "_conn",
        "_lock_file",
        "_mutex",
        "_next_row",
        "_offset",
        "_recovered",
        "bytes",
        "path",
    )

    def __init__(self, options: SpoolOptions) -> None:
        file = spool_file(options.path)
        self.path = str(file)
        self._lock_file = _lock(file.with_name(file.name + ".lock"), self.path)
        self._mutex = threading.Lock()
        try:
            self._conn = _connect(file, options.synchronous)
        except sqlite3.Error as exc:
            self._lock_file.close()
            raise MonkError(f"the spool {self.path} cannot be opened: {exc}") from None
        self._recovered = array("q")
        self._offset = 0
        self._next_row = 1
        self.bytes = 0

    def recover(self) -> list[Event]:
        """The events a previous buffer left here, in add order, with their exact bytes."""
        events = []
        try:
            rows = self._conn.execute("SELECT seq, body FROM events ORDER BY seq").fetchall()
            for seq, body in rows:
                raw = bytes(body)
                events.append(event_from_wire(raw, json.loads(raw, parse_float=Decimal)))
                self._recovered.append(seq)
                self.bytes += len(raw)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            raise MonkError(f"the spool {self.path} cannot be read: {exc!r}") from None
        self._next_row = rows[-1][0] + 1 if rows else 1
        # Event number n (n >= len(rows)) is row n + offset.
        self._offset = self._next_row - len(rows)
        return events

    def append_one(self, event: Event) -> None:
        """Commit one event: one statement, its own transaction (as a hand-written loop)."""
        body = event._json
        with self._mutex:
            seq = self._next_row
            self._conn.execute("INSERT INTO events (seq, body) VALUES (?, ?)", (seq, body))
            self._next_row = seq + 1
            self.bytes += len(body)

    def append(self, events: Sequence[Event]) -> None:
        """Commit ``events`` (the next ones in add order) in one transaction.

        The caller adds them to its buffer after this returns, before anyone appends again: row
        order is add order. On an error nothing was written and nothing is numbered.
        """
        size = 0
        with self._mutex:
            conn = self._conn
            first = self._next_row
            if len(events) == 1:  # one statement, its own transaction: as a hand-written loop
                body = events[0]._json
                size = len(body)
                conn.execute("INSERT INTO events (seq, body) VALUES (?, ?)", (first, body))
            else:
                rows = []
                for seq, event in enumerate(events, first):
                    body = event._json
                    size += len(body)
                    rows.append((seq, body))
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.executemany("INSERT INTO events (seq, body) VALUES (?, ?)", rows)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            self._next_row = first + len(events)
            self.bytes += size

    def rows(self, first: int, count: int) -> tuple[int, int]:
        """The first and last row of events ``first`` to ``first + count - 1``; every row in
        between is one of them (rows are in add order, and no other row is numbered there)."""
        recovered = self._recovered
        last = first + count - 1
        low = recovered[first] if first < len(recovered) else first + self._offset
        high = recovered[last] if last < len(recovered) else last + self._offset
        return low, high

    def delete(self, first: int, count: int, size: int) -> None:
        """Delete events ``first`` to ``first + count - 1`` (``size``: their bytes)."""
        low, high = self.rows(first, count)
        with self._mutex:
            self._conn.execute("DELETE FROM events WHERE seq BETWEEN ? AND ?", (low, high))
            self.bytes -= size

    def disk_bytes(self) -> int:
        """The spool's size on disk: the database file and its write-ahead log."""
        base = Path(self.path)
        return sum(
            p.stat().st_size for p in (base, base.with_name(base.name + "-wal")) if p.exists()
        )

    def forsake(self) -> None:
        """In a child after ``os.fork()``: make sure this process never closes the connection.

        SQLite's rule: a connection opened in the parent must not even be closed in a child, as
        closing may checkpoint and delete the write-ahead log under the parent. So the
        connection is leaked on purpose (one more reference, never released: it is never
        deallocated, even at interpreter exit). The lock file may close: ``flock`` stays with
        the parent's descriptor.
        """
        import ctypes

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(self._conn))

    def close(self) -> None:
        """Close the file and release the lock (the rows stay for the next buffer).

        An empty spool is vacuumed first: the file otherwise keeps the pages of its peak.
        """
        with self._mutex:
            try:
                if not self.bytes:
                    self._conn.execute("VACUUM")
            except sqlite3.Error:
                pass  # only space is at stake
            finally:
                self._conn.close()
                self._lock_file.close()


def _connect(file: Path, synchronous: Synchronous) -> sqlite3.Connection:
    """Open (or create) the spool database: WAL, the synchronous level, the one table."""
    # isolation_level=None: no implicit transactions; every statement commits unless in BEGIN.
    conn = sqlite3.connect(file, isolation_level=None, check_same_thread=False)
    try:
        (application_id,) = conn.execute("PRAGMA application_id").fetchone()
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables and (application_id, version) != (_APPLICATION_ID, _SCHEMA_VERSION):
            raise sqlite3.DatabaseError("it is not a Monk spool (or one of another version)")
        (mode,) = conn.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode != "wal":
            raise sqlite3.DatabaseError(f"WAL mode is not available (journal_mode={mode})")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute(f"PRAGMA journal_size_limit={_WAL_LIMIT}")
        if not tables:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)"
            )
            conn.execute(f"PRAGMA application_id={_APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")
            conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    return conn
