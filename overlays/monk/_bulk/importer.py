"""Bulk import of usage events from a JSONL or CSV file: the engine behind ``monk events import``.

Rows are read as a stream, mapped to events, checked, and sent in batches (at most 10,000, the
API's limit). After each acknowledged batch a checkpoint records how many rows are done, so a
crashed import continues with ``--resume``; idempotency keys are derived from the rows, so rows
sent twice (a batch acknowledged but not yet checkpointed) are deduplicated by Monk.

A derived key is the row's content plus the occurrence number of that content in the file, so
identical rows (normal with second-resolution usage) are distinct events with stable keys. A batch
the API refuses is never checkpointed past: ``--resume`` sends every row not acknowledged, and a
rejected key (401/403) stops the import at once.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import csv
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import KW_ONLY, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .._exceptions import APIStatusError, AuthenticationError, MonkError, PermissionDeniedError
from .checkpoint import check_count, read_state, write_state
from .commit import OrderedCommits
from .rows import (
    Columns,
    RowError,
    content_key,
    content_of,
    derive_key,
    fields_of,
    resolve_columns,
)

__all__ = [
    "CHECKPOINT_SUFFIX",
    "MAX_BATCH",
    "Checkpoint",
    "CheckpointMismatchError",
    "Columns",
    "ImportStats",
    "Importer",
    "Progress",
    "RowError",
    "derive_key",
    "read_rows",
    "resolve_columns",
]

MAX_BATCH = 10_000
CHECKPOINT_SUFFIX = ".monk-checkpoint"


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest())


class Occurrences:
    """How often each 64-bit digest was seen, in bounded memory whatever the file's size.

    The digests seen since the last spill live in a dict; at ``limit`` of them the dict is
    written to a temporary SQLite table and emptied. A bit filter (8 MiB) remembers every digest
    ever added, so only a digest it may have seen is looked up on disk: a new row, the common
    case, costs a dict miss and a bit test. Small files never touch the disk.
    """

    def __init__(self, limit: int = 50_000, bits: int = 1 << 26) -> None:
        self.limit = limit
        self.recent: dict[int, int] = {}
        self.bits = bits
        self.filter = bytearray()  # made at the first add: an unused counter costs nothing
        self.mask = bits - 1
        self.db: sqlite3.Connection | None = None
        self.path: str | None = None

    def add(self, digest: int) -> int:
        """Count one more ``digest``; its occurrence number (1 the first time)."""
        count = self.recent.get(digest)
        if count is None:
            if not self.filter:
                self.filter = bytearray(self.bits // 8)
            bit = digest & self.mask
            byte, flag = bit >> 3, 1 << (bit & 7)
            if self.filter[byte] & flag:
                count = self._on_disk(digest)
            else:
                self.filter[byte] |= flag
                count = 0
        count += 1
        self.recent[digest] = count
        if len(self.recent) >= self.limit:
            self._spill()
        return count

    def _on_disk(self, digest: int) -> int:
        if self.db is None:
            return 0
        found = self.db.execute("SELECT n FROM seen WHERE d = ?", (_signed(digest),)).fetchone()
        return int(found[0]) if found else 0

    def _spill(self) -> None:
        if self.db is None:
            fd, self.path = tempfile.mkstemp(prefix="monk-import-", suffix=".sqlite")
            os.close(fd)
            self.db = sqlite3.connect(self.path, isolation_level=None)
            for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -2048"):
                self.db.execute(f"PRAGMA {pragma}")
            self.db.execute("CREATE TABLE seen (d INTEGER PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        rows = sorted((_signed(d), n) for d, n in self.recent.items())
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?)", rows)
        self.db.execute("COMMIT")
        self.recent.clear()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self.path = None


def _signed(digest: int) -> int:
    """A 64-bit digest as SQLite's signed integer."""
    return digest - (1 << 64) if digest >= 1 << 63 else digest


class CheckpointMismatchError(ValueError):
    """The file is not the one the checkpoint was made for (rows added or removed before it)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its 1-based number among the rows, the file line it starts on, values."""

    number: int
    line: int
    values: dict[str, Any] | None
    error: str | None = None
    incomplete: bool = False  # the last line, with no line end yet: left for the next run

    def fingerprint(self) -> str:
        """A short hash of the row's content: a resumed import checks its resume point with it."""
        content = json.dumps(self.values, sort_keys=True, default=str) if self.error is None else ""
        return hashlib.sha256(f"{content}|{self.error}".encode()).hexdigest()[:16]


def detect_format(path: Path, chosen: str | None) -> str:
    """``jsonl`` or ``csv``: as chosen, else by extension, else by the first character."""
    if chosen:
        return chosen
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    with path.open("rb") as handle:
        head = handle.read(4096).removeprefix(codecs.BOM_UTF8).lstrip()
    return "jsonl" if head[:1] in (b"{", b"[") else "csv"


def check_encoding(encoding: str) -> str:
    """The codec's canonical name, or ``ValueError`` for a name Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"--encoding {encoding!r} is not an encoding Python knows") from None


def _lines(path: Path, encoding: str) -> Iterator[str]:
    """The file's lines as text, a UTF-8 byte order mark dropped (Excel's "CSV UTF-8").

    Bytes the encoding cannot decode become lone surrogates (``surrogateescape``), so the row
    holding them is reported with its line number instead of ending the import.
    """
    codec = check_encoding(encoding)
    if "\n".encode(codec) != b"\n":  # UTF-16/32: let the codec split the lines
        with path.open(encoding=codec, errors="surrogateescape", newline="") as text:
            yield from text
        return
    with path.open("rb") as handle:
        first = handle.readline()
        if codec == "utf-8":
            first = first.removeprefix(codecs.BOM_UTF8)
        if first:
            yield first.decode(codec, "surrogateescape")
        for raw in handle:
            yield raw.decode(codec, "surrogateescape")


def _undecodable(texts: Iterable[Any], encoding: str) -> str | None:
    """Why these cells are not text in ``encoding`` (a byte it could not decode), or None."""
    for text in texts:
        if not isinstance(text, str) or text.isascii():
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raw = text[exc.start].encode("utf-8", "surrogateescape")
            return (
                f"is not valid {encoding} text (byte 0x{raw[0]:02X}); save the file as UTF-8, "
                "or give its encoding with --encoding (e.g. --encoding latin-1)"
            )
    return None


def read_rows(path: Path, fmt: str, encoding: str = "utf-8") -> Iterator[Row]:
    """The file's rows in order; a row that does not parse carries ``error`` instead."""
    if fmt == "jsonl":
        yield from _jsonl_rows(path, encoding)
    else:
        yield from _csv_rows(path, encoding)


def _jsonl_rows(path: Path, encoding: str) -> Iterator[Row]:
    number = 0
    for line_no, line in enumerate(_lines(path, encoding), start=1):
        if not line.strip():
            continue
        number += 1
        undecodable = _undecodable((line,), encoding)
        if undecodable:
            yield Row(number, line_no, None, undecodable)
            continue
        try:
            value = json.loads(line, parse_float=Decimal)
        except RecursionError:
            yield Row(number, line_no, None, "invalid JSON: nested too deeply")
            continue
        except ValueError as exc:
            if not line.endswith(("\n", "\r")):  # the last line, still being written
                yield Row(number, line_no, None, f"invalid JSON: {exc}", incomplete=True)
                return
            yield Row(number, line_no, None, f"invalid JSON: {exc}")
            continue
        if not isinstance(value, dict):
            yield Row(number, line_no, None, "is not a JSON object")
            continue
        yield Row(number, line_no, value)


def _dialect(path: Path) -> type[csv.Dialect]:
    return csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel


class _Lines:
    """The file's lines for ``csv.reader``, keeping those of the record being read, so that a
    record a stray quote ran on from can be read again from its second line (bounded: a field
    holds at most ``csv.field_size_limit()`` characters, or the reader fails first)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.back: collections.deque[str] = collections.deque()
        self.taken: list[str] = []
        self.number = 0  # lines handed out

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.back.popleft() if self.back else next(self.lines)
        self.taken.append(line)
        self.number += 1
        return line

    def start(self) -> int:
        """Begin a record; the number of its first line."""
        self.taken = []
        return self.number + 1

    def again_after_first(self) -> None:
        """Hand out the current record's lines again, all but its first."""
        self.back.extendleft(reversed(self.taken[1:]))
        self.number -= len(self.taken) - 1
        self.taken = []


def _csv_rows(path: Path, encoding: str) -> Iterator[Row]:
    """CSV records as rows. Strict quoting: a quote left open is reported on its own line (not
    read to the end of the file as one field), and the lines after it are read again."""
    dialect = _dialect(path)
    lines = _Lines(_lines(path, encoding))

    def reader() -> Iterator[list[str]]:
        return csv.reader(lines, dialect=dialect, strict=True)

    records = reader()
    lines.start()
    try:
        fieldnames = next(records, None)
    except csv.Error as exc:
        yield Row(1, 1, None, f"the header is not CSV: {exc}")
        return
    if fieldnames is None:
        return
    width = len(fieldnames)
    number = 0
    while True:
        start = lines.start()
        try:
            record = next(records)
        except StopIteration:
            return
        except csv.Error as exc:
            taken = list(lines.taken)
            lenient = list(csv.reader(taken, dialect=dialect))  # e.g. "ab"c, read as abc
            records = reader()
            if "end of data" not in str(exc) and len(lenient) == 1 and len(lenient[0]) == width:
                record = lenient[0]
            else:
                number += 1
                if not taken[-1].endswith(("\n", "\r")) and len(taken) == 1:
                    yield Row(number, start, None, f"is not CSV: {exc}", incomplete=True)
                    return
                yield Row(number, start, None, _open_quote(exc, start, len(taken)))
                lines.again_after_first()
                continue
        if not record:  # a blank line
            continue
        number += 1
        if not lines.taken[-1].endswith(("\n", "\r")):  # no line end: maybe half written
            yield Row(number, start, None, "has no line end", incomplete=True)
            return
        if len(record) != width:
            if len(lines.taken) > 1:  # a quote opened here ran on over the next lines
                yield Row(number, start, None, _open_quote(None, start, len(lines.taken)))
                lines.again_after_first()
                records = reader()
                continue
            yield Row(number, start, None, f"has {len(record)} fields, the header has {width}")
            continue
        values = dict(zip(fieldnames, record, strict=True))
        undecodable = _undecodable([*values, *values.values()], encoding)
        if undecodable:
            yield Row(number, start, None, undecodable)
            continue
        yield Row(number, start, {k: v for k, v in values.items() if v != ""})


def _open_quote(exc: csv.Error | None, line: int, span: int) -> str:
    why = f" ({exc})" if exc is not None else ""
    return (
        f"is not CSV{why}: a quote opened on line {line} is not closed where its field ends, so "
        f"it ran on over {span - 1:,} more lines; those lines are read again as rows of their own"
    )


def csv_columns(path: Path, encoding: str = "utf-8") -> list[str]:
    try:
        return list(next(csv.reader(_lines(path, encoding), dialect=_dialect(path)), []))
    except csv.Error as exc:
        raise ValueError(f"{path.name}: the header is not CSV: {exc}") from None


# -- checkpoints --------------------------------------------------------------------------------


@dataclass(slots=True)
class Checkpoint:
    """How far an import got: every row up to ``rows`` was sent and acknowledged, or reported."""

    path: Path
    source: str
    rows: int = 0
    line: int = 0
    fingerprint: str = ""
    sent: int = 0
    bad: int = 0
    failed: int = 0
    complete: bool = False

    @classmethod
    def load(cls, path: Path, source: str) -> Checkpoint | None:
        def foreign(data: Any) -> str:
            if not isinstance(data, dict):
                return f"checkpoint {path} is not a checkpoint (not a JSON object)"
            return f"checkpoint {path} belongs to {data.get('source')!r}, not {source!r}"

        data = read_state(
            path, source, what="checkpoint", error=ValueError, foreign=foreign, versioned=False
        )
        if data is None:
            return None
        try:
            return cls(
                path=path,
                source=source,
                rows=check_count(data["rows"]),
                line=check_count(data.get("line", 0)),
                fingerprint=str(data.get("fingerprint", "")),
                sent=check_count(data.get("sent", 0)),
                bad=check_count(data.get("bad", 0)),
                failed=check_count(data.get("failed", 0)),
                complete=data.get("complete") is True,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"checkpoint {path} is damaged ({exc!r}); start again") from None

    def save(self) -> None:
        """Write atomically: a crash leaves the previous checkpoint or this one, never half."""
        write_state(
            self.path,
            self.source,
            {
                "rows": self.rows,
                "line": self.line,
                "fingerprint": self.fingerprint,
                "sent": self.sent,
                "bad": self.bad,
                "failed": self.failed,
                "complete": self.complete,
            },
        )


# -- progress -----------------------------------------------------------------------------------


class Progress:
    """A throttled status line on stderr: rows, events/s, ETA. Redrawn in place on a terminal,
    printed as a new line every few seconds otherwise."""

    def __init__(
        self,
        total: int | None,
        *,
        mode: str,
        stream: IO[str] | None = None,
        dry_run: bool = False,
    ) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if self.stream.isatty() else "lines"
        self.mode = mode
        self.done_word = "valid" if dry_run else "events sent"  # a dry run sends nothing
        self.total = total
        self.started = time.monotonic()
        self._last = 0.0
        self._interval = 0.2 if mode == "bar" else 5.0
        self._width = 0
        self.skip = 0  # rows and events done before this run: not part of its rate
        self.sent_before = 0

    def update(self, rows: int, sent: int, bad: int, *, force: bool = False) -> None:
        if self.mode == "none":
            return
        now = time.monotonic()
        if not force and now - self._last < self._interval:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-9)
        rate = (sent - self.sent_before) / elapsed
        text = f"{rows:,} rows  {sent:,} {self.done_word}  {bad:,} bad  {rate:,.0f} events/s"
        if self.total:
            done = min(rows / self.total, 1.0)
            text += f"  {done:.0%}"
            handled = rows - self.skip
            if handled > 0 and done < 1 and elapsed >= 1.0:  # earlier guesses are noise
                remaining = elapsed / handled * (self.total - rows)
                text += f"  ETA {_duration(remaining)}"
        if self.mode == "bar":
            # Cut to the terminal's width: a line that wraps cannot be redrawn in place.
            columns = shutil.get_terminal_size((80, 24)).columns
            text = text[: max(columns - 1, 20)]
            pad = max(min(self._width, columns - 1) - len(text), 0)
            self.stream.write("\r" + text + " " * pad)
            self._width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def done(self) -> None:
        if self.mode == "bar" and self._width:
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def count_rows(path: Path, fmt: str) -> int:
    """An estimate for the ETA: non-blank lines (minus the header for CSV)."""
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                count += 1
    return max(count - 1, 0) if fmt == "csv" else count


# -- the import ---------------------------------------------------------------------------------


@dataclass(slots=True)
class ImportStats:
    rows: int = 0
    sent: int = 0
    bad: int = 0
    failed: int = 0
    skipped: int = 0
    sent_before: int = 0  # by the runs before this one (from the checkpoint)
    seconds: float = 0.0
    stopped: str | None = None
    key_rejected: bool = False  # a 401/403 stopped the import: nothing more was sent
    valid: int = 0  # rows that became events, in the whole file read so far
    keys: int = 0  # their distinct idempotency keys (equal to ``valid`` unless a key repeats)
    unsent: int = 0  # rows of this run not acknowledged by the API (not bad rows)
    incomplete_line: int | None = None  # a last line with no line end yet, left for next run
    problems: list[str] = field(default_factory=list)

    @property
    def rows_per_second(self) -> float:
        handled = self.rows - self.skipped
        return handled / self.seconds if self.seconds > 0 else 0.0


@dataclass(slots=True)
class _Batch:
    events: list[Any]
    first_line: int
    last_line: int
    last_row: int
    last_print: str
    bad_upto: int  # bad rows up to and including last_row


@dataclass(eq=False)
class Importer:
    """Reads rows, builds events, sends batches, and keeps the checkpoint."""

    path: Path
    _: KW_ONLY
    fmt: str
    columns: Columns
    make_event: Callable[[dict[str, Any]], Any]
    send_batch: Callable[[list[Any]], Any] | None
    checkpoint: Checkpoint | None
    batch_size: int = 5_000
    concurrency: int = 1
    progress: Progress | None = None
    report: Callable[[str], None] = lambda message: None
    encoding: str = "utf-8"
    stats: ImportStats = field(default_factory=ImportStats, init=False)

    def __post_init__(self) -> None:
        self.concurrency = max(1, self.concurrency)
        # Occurrences of each row content, by a 64-bit digest: a derived key is the content plus
        # its occurrence number, so they are counted from row 1, skipped or not. A digest
        # collision would only renumber occurrences of two different contents, whose keys differ
        # anyway. Derived keys are distinct by construction; the digests of keys read from the
        # file are counted to tell the distinct ones. Both counters hold a bounded number of
        # digests in memory and the rest on disk, so memory does not grow with the file.
        self._seen = Occurrences()
        self._given = Occurrences()
        self._given_distinct = 0
        self._derived = 0
        self._built = 0

    def run(self) -> ImportStats:
        """Import everything after the checkpoint; ``send_batch=None`` only validates."""
        started = time.monotonic()
        stats = self.stats
        skip = 0
        if self.checkpoint is not None:
            skip = self.checkpoint.rows
            stats.sent, stats.bad = self.checkpoint.sent, self.checkpoint.bad
            stats.failed = self.checkpoint.failed
            stats.sent_before = self.checkpoint.sent
        self._committed_sent, self._committed_failed = stats.sent, stats.failed
        if self.progress is not None:
            self.progress.skip, self.progress.sent_before = skip, stats.sent_before
        if self.checkpoint is not None and self.send_batch is not None:
            self.checkpoint.save()  # replaces any checkpoint of an earlier run not resumed
        pending: list[Any] = []
        first_line = 0
        # A rejected batch is never committed: the checkpoint stays before it for the rest of
        # the run, so ``--resume`` sends it again (and the acknowledged rows after it,
        # deduplicated by their keys).
        commits = OrderedCommits[_Batch](
            self.send_batch, concurrency=self.concurrency, settle=self._finish, commit=self._commit
        )
        last = Row(0, 0, None)
        rows = read_rows(self.path, self.fmt, self.encoding)
        try:
            for row in rows:
                if row.incomplete:  # the last line, still being written: the next run's
                    stats.incomplete_line = row.line
                    break
                stats.rows = row.number
                last = row
                if row.number <= skip:
                    stats.skipped = row.number
                    self._count_skipped(row)
                    if row.number == skip:
                        self._check_resume_point(row)
                    continue
                event = self._event(row)
                if event is not None:
                    if not pending:
                        first_line = row.line
                    pending.append(event)
                if len(pending) >= self.batch_size:
                    self._dispatch(commits, pending, first_line, row)
                    pending = []
                if stats.stopped:
                    break
                if self.progress is not None:
                    self.progress.update(stats.rows, stats.sent, stats.bad)
            if stats.rows < skip:
                raise CheckpointMismatchError(
                    f"the checkpoint is after row {skip:,}, but the file has {stats.rows:,} rows"
                )
            if pending and not stats.stopped:
                self._dispatch(commits, pending, first_line, last)
            commits.drain()
            if self.send_batch is not None:
                acknowledged = stats.sent - stats.sent_before
                stats.unsent = self._built - acknowledged
                if stats.stopped:
                    stats.unsent += sum(1 for row in rows if row.error is None)
                elif not commits.held:
                    done = stats.incomplete_line is None
                    self._save(stats.rows, last.line, last.fingerprint(), stats.bad, complete=done)
        finally:
            commits.close()
            stats.seconds = time.monotonic() - started
            stats.keys = self._derived + self._given_distinct
            self._seen.close()
            self._given.close()
            if self.progress is not None:
                self.progress.update(stats.rows, stats.sent, stats.bad, force=True)
                self.progress.done()
        return stats

    def _check_resume_point(self, row: Row) -> None:
        checkpoint = self.checkpoint
        if checkpoint is None:
            return
        moved = checkpoint.line and row.line != checkpoint.line
        if moved or (checkpoint.fingerprint and row.fingerprint() != checkpoint.fingerprint):
            raise CheckpointMismatchError(
                f"the file changed since the checkpoint: row {row.number:,} (line {row.line:,}) "
                "is not the row it recorded"
            )

    def _dispatch(
        self, commits: OrderedCommits[_Batch], events: list[Any], first_line: int, row: Row
    ) -> None:
        batch = _Batch(events, first_line, row.line, row.number, row.fingerprint(), self.stats.bad)
        commits.submit(batch, events)

    def _commit(self, batch: _Batch) -> None:
        self._committed_sent += len(batch.events)
        self._save(batch.last_row, batch.last_line, batch.last_print, batch.bad_upto)

    def _fields(self, row: Row) -> dict[str, Any]:
        """The row's event fields, with its idempotency key (given or derived); counts it."""
        assert row.values is not None
        fields = fields_of(row.values, self.columns)
        key = fields.get("idempotencyKey")
        if key is None:
            content = content_of(fields)
            occurrence = self._seen.add(_digest(content))
            fields["idempotencyKey"] = content_key(content, occurrence)
            self._derived += 1
        elif self._given.add(_digest(str(key))) == 1:
            self._given_distinct += 1
        self.stats.valid += 1
        return fields

    def _count_skipped(self, row: Row) -> None:
        """A row before the resume point: not sent again, but its content and key still count."""
        if row.error is None:
            with contextlib.suppress(RowError, MonkError, ValueError, TypeError):
                self._fields(row)

    def _event(self, row: Row) -> Any:
        error = row.error
        event = None
        if error is None:
            try:
                event = self.make_event(self._fields(row))
            except (RowError, MonkError, ValueError, TypeError) as exc:
                error = str(exc)
        if error is not None:
            self.stats.bad += 1
            self.report(f"{self.path.name}:{row.line}: row {row.number}: {error}")
            return None
        self._built += 1
        return event

    def _finish(self, batch: _Batch, future: Future[Any]) -> bool:
        """Count a finished batch; False when it was not acknowledged (failed or rejected)."""
        try:
            future.result()
        except (AuthenticationError, PermissionDeniedError) as exc:
            self.stats.key_rejected = True
            self.stats.stopped = (
                f"the API key was rejected ({exc.status_code} {exc.message}); "
                "nothing more will be sent"
            )
            return False
        except APIStatusError as exc:
            if exc.retryable:
                self._stop(batch, exc)
                return False
            # The API refused the batch (4xx): retrying will not help; report and carry on.
            self.stats.failed += len(batch.events)
            self.report(
                f"{self.path.name}:{batch.first_line}-{batch.last_line}: batch of "
                f"{len(batch.events)} events rejected: {exc}"
            )
            return False
        except MonkError as exc:
            self._stop(batch, exc)
            return False
        self.stats.sent += len(batch.events)
        return True

    def _stop(self, batch: _Batch, exc: Exception) -> None:
        if not self.stats.stopped:
            self.stats.stopped = (
                f"sending lines {batch.first_line}-{batch.last_line} failed after retries: {exc}"
            )

    def _save(
        self, rows: int, line: int, fingerprint: str, bad: int, *, complete: bool = False
    ) -> None:
        checkpoint = self.checkpoint
        if checkpoint is None:
            return
        checkpoint.rows, checkpoint.line, checkpoint.bad = rows, line, bad
        checkpoint.fingerprint = fingerprint
        checkpoint.sent, checkpoint.failed = self._committed_sent, self._committed_failed
        checkpoint.complete = complete
        checkpoint.save()
