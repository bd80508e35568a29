"""The ``monk`` command: bulk event import, usage cost, webhook checks, and a local mock API.

The API key is read from ``MONK_API_KEY`` only (a flag would show it in the process list).
Exit codes: 0 done, 1 some rows or the check failed, 2 usage error, 3 the API key was rejected
(401/403: nothing more was sent), 130 interrupted.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import signal
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from ._exceptions import MonkError, ValidationError, WebhookVerificationError
from ._version import __version__

if TYPE_CHECKING:
    from ._client import Monk

__all__ = ["main"]

OK, FAILED, USAGE, KEY_REJECTED, INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(Exception):
    """Wrong arguments or environment: exit code 2."""


class _Terminated(BaseException):
    """SIGTERM, handled like Ctrl-C."""


def _commands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The sub-commands of ``parser`` (``monk events import``: ``import`` of ``events``)."""
    return parser.add_subparsers(title="commands", metavar="COMMAND")


def _column_options(parser: argparse.ArgumentParser, *, timestamp: str, rest: str) -> None:
    """Which column holds which event field: the same flags for ``import`` and ``sync``."""
    parser.add_argument("--customer-column", metavar="COL", help="column holding Monk customer ids")
    parser.add_argument(
        "--external-customer-column", metavar="COL", help="column holding your customer ids"
    )
    name = parser.add_mutually_exclusive_group()
    name.add_argument("--name-column", metavar="COL", help="column holding the event name")
    name.add_argument("--event-name", metavar="NAME", help="the event name of every row")
    parser.add_argument("--timestamp-column", metavar="COL", help=timestamp)
    parser.add_argument(
        "--properties-columns", metavar="A,B", help=f"columns sent as properties (default: {rest})"
    )


def _from_env(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup,
    flag: str,
    env: str,
    help: str,
    **more: Any,
) -> None:
    """An option whose default is the environment variable ``env`` (secrets stay off argv)."""
    parser.add_argument(flag, default=os.environ.get(env), help=help, **more)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``monk`` command; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return USAGE
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code: int = args.run(args)
        return code
    except UsageError as exc:
        print(f"monk: {exc}", file=sys.stderr)
        return USAGE
    except (KeyboardInterrupt, _Terminated):
        print("\nmonk: interrupted", file=sys.stderr)
        return INTERRUPTED
    except MonkError as exc:
        print(f"monk: {exc}", file=sys.stderr)
        return FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise _Terminated


# -- arguments ----------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monk",
        description="Monk from the command line. The API key comes from MONK_API_KEY.",
    )
    parser.add_argument("--version", action="version", version=f"monk-sdk {__version__}")
    commands = _commands(parser)

    connection = argparse.ArgumentParser(add_help=False)
    group = connection.add_argument_group("connection (the API key is read from MONK_API_KEY)")
    _from_env(
        group,
        "--base-url",
        "MONK_BASE_URL",
        "REST API URL (env MONK_BASE_URL); also used for events unless --events-base-url",
    )
    _from_env(
        group,
        "--events-base-url",
        "MONK_EVENTS_BASE_URL",
        "Events API URL (env MONK_EVENTS_BASE_URL)",
    )
    _from_env(
        group,
        "--environment",
        "MONK_ENVIRONMENT",
        "hosts to use when no URL is given (env MONK_ENVIRONMENT; default: sandbox for "
        "commands that write, production for those that read)",
        choices=("production", "sandbox"),
    )
    group.add_argument(
        "--live",
        action="store_true",
        help="let a command that writes (events import, events sync) write to production: "
        "live billing data; without it such a command uses the sandbox, or refuses production",
    )
    group.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    group.add_argument("--max-retries", type=int, default=None, help="retries per request")

    events = _commands(commands.add_parser("events", help="usage events"))
    load = events.add_parser(
        "import",
        parents=[connection],
        help="send the events of a JSONL or CSV file, in batches, resumably",
        description=(
            "Send every row of FILE as a usage event. Each row needs an event name and a "
            "customer id or external customer id; by default the columns named like the API "
            "fields (eventName, customerId, externalCustomerId, timestamp, idempotencyKey, or "
            "their snake_case forms) are used and every other column becomes a property. "
            "Idempotency keys come from --key-column, or are derived from the row's content and "
            "its occurrence number (identical rows stay distinct events), so running the same "
            "file twice does not bill twice. Exit codes: 0 done, 1 rows failed, 2 usage error, "
            "3 the API key was rejected (nothing more is sent; fix it and use --resume)."
        ),
    )
    load.add_argument("file", type=Path, help="a .jsonl or .csv file")
    load.add_argument("--format", choices=("jsonl", "csv"), help="default: from the extension")
    load.add_argument(
        "--encoding",
        default="utf-8",
        help="the file's text encoding (default utf-8, with or without a byte order mark)",
    )
    _column_options(
        load,
        timestamp="ISO 8601 times with an offset",
        rest="every column not mapped to a field",
    )
    load.add_argument("--key-column", metavar="COL", help="column whose value is the event's key")
    load.add_argument("--key-prefix", default="", help="prepended to --key-column values")
    load.add_argument(
        "--no-infer-types",
        action="store_true",
        help="send CSV cells as strings (default: 12 -> 12, 1.5 -> 1.5, true -> true)",
    )
    load.add_argument(
        "--batch-size", type=int, default=5000, help="events per request (at most 10000)"
    )
    load.add_argument("--concurrency", type=int, default=2, help="requests in flight")
    load.add_argument(
        "--checkpoint", type=Path, metavar="PATH", help="default: FILE.monk-checkpoint"
    )
    load.add_argument(
        "--resume", action="store_true", help="continue after the rows the checkpoint records"
    )
    load.add_argument(
        "--dry-run", action="store_true", help="check every row and report bad ones; send nothing"
    )
    load.add_argument(
        "--progress", choices=("auto", "bar", "lines", "none"), default="auto", help="on stderr"
    )
    load.set_defaults(run=_events_import, command="events import")
    _add_sync_parser(events, connection)

    usage = _commands(commands.add_parser("usage", help="usage cost"))
    cost = usage.add_parser(
        "cost",
        parents=[connection],
        help="what a contract's usage cost",
        description="The cost of a contract's usage, from its start (or --start) until now.",
    )
    cost.add_argument("--contract", required=True, metavar="ID", help="contract id")
    cost.add_argument("--unit", choices=("currency", "credits"), default="currency")
    cost.add_argument("--start", help="ISO 8601 date or date-time (default: the contract start)")
    cost.add_argument("--end", help="exclusive; default: the contract end date, or now")
    cost.add_argument("--json", action="store_true", help="print JSON (amounts as strings)")
    cost.set_defaults(run=_usage_cost, command="usage cost")

    hooks = _commands(commands.add_parser("webhooks", help="webhooks"))
    verify = hooks.add_parser(
        "verify",
        help="check a delivery's signature (the raw body on stdin)",
        description=(
            "Verify the X-Monk-Signature of a webhook body read from stdin. Exit 0 if it is "
            "authentic and fresh, 1 if not (the reason is printed)."
        ),
    )
    _from_env(
        verify,
        "--secret",
        "MONK_WEBHOOK_SECRET",
        "signing secret (prefer env MONK_WEBHOOK_SECRET: flags show in the process list)",
    )
    _from_env(
        verify,
        "--signature",
        "MONK_SIGNATURE",
        "the X-Monk-Signature header value (env MONK_SIGNATURE)",
    )
    verify.add_argument(
        "--tolerance", type=float, default=300, help="seconds of clock difference allowed"
    )
    verify.add_argument(
        "--event-type",
        help="the X-Monk-Event header: decode the payload and print it as JSON",
    )
    verify.set_defaults(run=_webhooks_verify, command="webhooks verify")

    mock = commands.add_parser(
        "mock",
        help="run a local Monk API (the SDK's spec-checked mock)",
        description="Serve monk.testing.MockMonk over HTTP; the first line printed is its URL.",
    )
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--port", type=int, default=0, help="0: any free port")
    mock.add_argument("--verbose", action="store_true", help="log each request to stderr")
    mock.set_defaults(run=_mock, command="mock")
    return parser


def _client(args: argparse.Namespace, *, writes: bool = False) -> Monk:
    """The client for a command; one that ``writes`` gets the sandbox unless ``--live``."""
    from ._client import Monk

    if not os.environ.get("MONK_API_KEY"):
        raise UsageError("set MONK_API_KEY (the key is never taken from a flag)")
    events_url = args.events_base_url or (args.base_url if args.base_url else None)
    environment = args.environment
    if writes and not (args.base_url or args.events_base_url):
        if environment is None:
            environment = "production" if args.live else "sandbox"
        elif environment == "production" and not args.live:
            raise UsageError(
                f"monk {args.command} writes billing data, and the environment is production: "
                "add --live to write to live data, or use --environment sandbox"
            )
    try:
        return Monk(
            base_url=args.base_url,
            events_base_url=events_url,
            environment=environment,
            timeout=args.timeout,
            max_retries=args.max_retries,
        )
    except MonkError as exc:
        raise UsageError(str(exc)) from None


# -- monk events import -------------------------------------------------------------------------


def _events_import(args: argparse.Namespace) -> int:
    from ._bulk import importer as imp

    path: Path = args.file
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    if not 1 <= args.batch_size <= imp.MAX_BATCH:
        raise UsageError(f"--batch-size must be between 1 and {imp.MAX_BATCH}")
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    try:
        encoding = imp.check_encoding(args.encoding)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    fmt = imp.detect_format(path, args.format)
    try:
        columns = imp.resolve_columns(
            imp.csv_columns(path, encoding) if fmt == "csv" else None,  # JSON Lines: row by row
            typed=False,
            customer_id=args.customer_column,
            external_customer_id=args.external_customer_column,
            event_name=args.name_column,
            event_name_value=args.event_name,
            timestamp=args.timestamp_column,
            properties=_columns_list(args.properties_columns),
            idempotency_key=args.key_column,
            key_prefix=args.key_prefix,
            infer=fmt == "csv" and not args.no_infer_types,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None

    source = str(path.resolve())
    checkpoint_path: Path = args.checkpoint or path.with_name(path.name + imp.CHECKPOINT_SUFFIX)
    checkpoint = None
    client = None
    if not args.dry_run:
        client = _client(args, writes=True)
        try:
            checkpoint = imp.Checkpoint.load(checkpoint_path, source) if args.resume else None
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if args.resume and checkpoint is None:
            print(f"monk: no checkpoint at {checkpoint_path}: starting at row 1", file=sys.stderr)
        elif not args.resume and checkpoint_path.exists():
            print(
                f"monk: starting at row 1 (--resume would continue {checkpoint_path})",
                file=sys.stderr,
            )
        elif checkpoint is not None:
            print(
                f"monk: resuming after row {checkpoint.rows:,} (line {checkpoint.line:,})",
                file=sys.stderr,
            )
        checkpoint = checkpoint or imp.Checkpoint(checkpoint_path, source)

    total = imp.count_rows(path, fmt)
    progress = imp.Progress(total, mode=args.progress, dry_run=args.dry_run)

    def report(message: str) -> None:
        if progress.mode == "bar":
            sys.stderr.write("\r\x1b[K")
        print(message, file=sys.stderr)

    importer = imp.Importer(
        path,
        fmt=fmt,
        columns=columns,
        make_event=_event_maker(),
        send_batch=None if client is None else _batch_sender(client),
        checkpoint=checkpoint,
        batch_size=args.batch_size,
        concurrency=args.concurrency,
        progress=progress,
        report=report,
        encoding=encoding,
    )
    try:
        stats = importer.run()
    except imp.CheckpointMismatchError as exc:
        raise UsageError(f"{exc}; start again without --resume") from None
    finally:
        if client is not None:
            client.close()
    handled = stats.rows - stats.skipped
    rate = stats.rows_per_second
    keys = f"{stats.valid:,} rows, {stats.keys:,} distinct keys"
    if args.dry_run:
        print(
            f"{handled:,} rows checked: {stats.sent:,} valid, {stats.bad:,} bad "
            f"({stats.seconds:.2f} s, {rate:,.0f} rows/s); {keys}; nothing sent"
        )
    else:
        earlier = f" ({stats.sent - stats.sent_before:,} in this run)" if stats.skipped else ""
        print(
            f"{stats.sent:,} events sent{earlier}, {stats.bad:,} bad rows, {stats.failed:,} "
            f"rejected by the API; {handled:,} rows in {stats.seconds:.2f} s ({rate:,.0f} rows/s)"
            f"; {keys}"
        )
    if stats.incomplete_line is not None:
        print(
            f"monk: line {stats.incomplete_line:,} has no line end yet (is the file still being "
            "written?): it was left for the next run, which --resume sends once the line is "
            "complete; add a line end if the file is finished",
            file=sys.stderr,
        )
    if stats.keys != stats.valid:
        print(
            f"monk: {stats.valid - stats.keys:,} rows repeat the idempotency key of an earlier "
            "row, so Monk keeps one event for each key; give a --key-column that is unique per "
            "event if they are distinct events",
            file=sys.stderr,
        )
    if stats.unsent:
        fix = "fix the key (MONK_API_KEY)" if stats.key_rejected else "fix the cause"
        print(
            f"monk: {stats.unsent:,} rows were not sent; {fix} and run again with --resume to "
            "send them (rows already acknowledged are deduplicated by their keys)",
            file=sys.stderr,
        )
    if stats.key_rejected:
        print(f"monk: stopped: {stats.stopped}", file=sys.stderr)
        return KEY_REJECTED
    if stats.stopped:
        print(f"monk: stopped: {stats.stopped}; run again with --resume", file=sys.stderr)
        return FAILED
    # A line left for the next run was read and not delivered: not "done" (exit 1).
    return FAILED if stats.bad or stats.failed or stats.incomplete_line is not None else OK


def _event_maker() -> Any:
    """Row fields (API names, the idempotency key given or derived) -> ``monk.Event``."""
    from ._events.event import Event

    return Event.from_dict


def _batch_sender(client: Monk) -> Any:
    def send(events: list[Any]) -> Any:
        return client.events.send_batch(events, max_batch_size=len(events))

    return send


# -- monk events sync ---------------------------------------------------------------------------

# 401 or 403: the key was rejected, so the command stopped at once (shared with events import).
KEY_REJECTED = 3


def _add_sync_parser(events: Any, connection: argparse.ArgumentParser) -> None:
    sync = events.add_parser(
        "sync",
        parents=[connection],
        help="send the rows a database table or query gained since the last sync",
        description=(
            "Read the rows of --table or --query at a SQLAlchemy URL after the position saved "
            "in the state file, in (--cursor-column, --key-columns) order, and send them as "
            "events in batches. The position is saved only after Monk acknowledged a batch and "
            "every batch before it, so a crash re-sends at most the batches in flight and never "
            "skips a row; keys derived from --key-columns make re-sent rows harmless. Needs "
            "pip install 'monk-sdk[sql]' (and a driver, e.g. psycopg for PostgreSQL). "
            "Exit codes: 0 done, 1 bad rows or a batch failed, 2 usage, 3 API key rejected."
        ),
    )
    _from_env(
        sync,
        "url",
        "MONK_SYNC_URL",
        "SQLAlchemy URL, e.g. sqlite:///usage.db (env MONK_SYNC_URL keeps a password out "
        "of the process list)",
        nargs="?",
    )
    source = sync.add_mutually_exclusive_group(required=True)
    source.add_argument("--table", help="table to read (schema.table allowed)")
    source.add_argument("--query", help="SELECT whose rows are the events")
    source.add_argument("--query-file", type=Path, metavar="PATH", help="the SELECT, from a file")
    sync.add_argument(
        "--cursor-column", required=True, metavar="COL", help="column that only grows, e.g. id"
    )
    sync.add_argument(
        "--key-columns",
        metavar="A,B",
        help="columns that identify a row; the key is monk.idempotency_key of their values "
        "(default: the cursor column)",
    )
    sync.add_argument(
        "--key-namespace", metavar="NAME", help="first key part, to keep several sources apart"
    )
    _column_options(
        sync,
        timestamp="event time (a value without zone is UTC)",
        rest="every column not mapped to a field, the cursor or a key",
    )
    sync.add_argument(
        "--state", type=Path, metavar="PATH", help="default: ./monk-sync-<table>-<hash>.json"
    )
    sync.add_argument(
        "--batch-size", type=int, default=5000, help="events per request (at most 10000)"
    )
    sync.add_argument("--concurrency", type=int, default=2, help="requests in flight")
    sync.add_argument(
        "--lag",
        type=_lag,
        metavar="N|DURATION",
        help="safety window: each run re-reads and re-sends (same keys) the rows this far "
        "behind the saved position, so rows that commit out of order are not missed; a number "
        "for a numeric cursor (default 1000), a duration like 30s, 10m, 2h, 1d for a time "
        "cursor (default 10m; 1d for a date cursor); 0 turns it off",
    )
    sync.add_argument(
        "--dry-run", action="store_true", help="read and check every row; send and save nothing"
    )
    sync.add_argument(
        "--progress", choices=("auto", "bar", "lines", "none"), default="auto", help="on stderr"
    )
    sync.set_defaults(run=_events_sync, command="events sync")


_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def _lag(text: str) -> int | Decimal | datetime.timedelta:
    """``--lag``: ``1000`` (cursor units), ``0.5``, or a duration ``30s``/``10m``/``2h``/``1d``."""
    text = text.strip().lower()
    unit = _UNITS.get(text[-1:]) if text else None
    number = text[:-1] if unit else text
    try:
        value = Decimal(number)
    except ArithmeticError:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a distance (e.g. 1000) or a duration (e.g. 30s, 10m, 2h, 1d)"
        )
    if unit:
        return datetime.timedelta(**{unit: float(value)})
    return int(value) if value == value.to_integral_value() else value


def _columns_list(text: str | None) -> list[str] | None:
    return [c.strip() for c in text.split(",") if c.strip()] if text else None


def _events_sync(args: argparse.Namespace) -> int:
    from ._bulk import sync as _sync
    from ._bulk.importer import Progress

    if not args.url:
        raise UsageError("give the database URL (or set MONK_SYNC_URL)")
    query = args.query
    if args.query_file is not None:
        try:
            query = args.query_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--query-file: {exc}") from None
    try:
        import sqlalchemy
    except ImportError:
        raise UsageError("monk events sync needs SQLAlchemy: pip install 'monk-sdk[sql]'") from None
    client = None if args.dry_run else _client(args, writes=True)
    progress = Progress(None, mode=args.progress, dry_run=args.dry_run)

    def report(message: str) -> None:
        if progress.mode == "bar":
            sys.stderr.write("\r\x1b[K")
        print(f"monk: {message}", file=sys.stderr)

    def on_progress(stats: Any, total: int | None) -> None:
        progress.total = total
        progress.update(stats.rows, stats.sent, stats.bad)

    try:
        stats = _sync.sync_events(
            args.url,
            table=args.table,
            query=query,
            cursor_column=args.cursor_column,
            key_columns=_columns_list(args.key_columns),
            key_namespace=[args.key_namespace] if args.key_namespace else (),
            event_name=args.name_column,
            event_name_value=args.event_name,
            customer_id=args.customer_column,
            external_customer_id=args.external_customer_column,
            timestamp=args.timestamp_column,
            properties=_columns_list(args.properties_columns),
            state=args.state,
            client=client,
            batch_size=args.batch_size,
            concurrency=args.concurrency,
            lag=args.lag,
            dry_run=args.dry_run,
            report=report,
            on_progress=on_progress,
        )
    except (ValidationError, _sync.StateMismatchError) as exc:
        raise UsageError(str(exc)) from None
    except sqlalchemy.exc.SQLAlchemyError as exc:
        print(f"monk: database error: {exc}", file=sys.stderr)
        return FAILED
    finally:
        progress.done()
        if client is not None:
            client.close()
    rate = f"{stats.seconds:.2f} s, {stats.rows_per_second:,.0f} rows/s"
    if args.dry_run:
        print(
            f"{stats.rows:,} rows checked: {stats.sent:,} valid, {stats.bad:,} bad ({rate}); "
            "nothing sent"
        )
        return FAILED if stats.bad or stats.problems else OK
    window = f" ({stats.resent:,} re-sent from the safety window)" if stats.resent else ""
    print(
        f"{stats.sent:,} events sent{window}, {stats.bad:,} bad rows; {stats.rows:,} rows in "
        f"{rate}; state in {stats.state_path}"
    )
    if stats.stopped:
        unsent = "some" if stats.unsent is None else f"{stats.unsent:,}"
        if stats.key_rejected:
            print(
                f"monk: stopped: {stats.stopped}. {unsent} rows remain unsent: set a valid "
                "MONK_API_KEY and run the same command again to send them",
                file=sys.stderr,
            )
            return KEY_REJECTED
        print(
            f"monk: stopped: {stats.stopped}. That batch was not recorded as sent; {unsent} rows "
            "remain unsent: run the same command again to send them (it continues after the "
            "last acknowledged batch)",
            file=sys.stderr,
        )
        return FAILED
    return FAILED if stats.bad or stats.problems else OK


# -- monk usage cost ----------------------------------------------------------------------------


def _usage_cost(args: argparse.Namespace) -> int:
    client = _client(args)
    with client:
        try:
            cost = client.usage.cost(
                contract_id=args.contract, unit=args.unit, start=args.start, end=args.end
            )
        except ValidationError as exc:
            raise UsageError(str(exc)) from None
    if args.json:
        data = {
            "contractId": cost.contract_id,
            "totalAmount": str(cost.total_amount),
            "unit": cost.unit,
            "currencyAmount": str(cost.currency_amount),
            "currency": cost.currency,
            "creditRateCents": None
            if cost.credit_rate_cents is None
            else str(cost.credit_rate_cents),
            "startDate": cost.start.isoformat(),
            "endDate": cost.end.isoformat(),
            "queriedAt": cost.queried_at.isoformat(),
        }
        print(json.dumps(data, indent=2))
        return OK
    span = f"{cost.start:%Y-%m-%d %H:%M} to {cost.end:%Y-%m-%d %H:%M} UTC"
    if cost.unit == "credits":
        print(
            f"{_amount(cost.total_amount)} credits at {cost.credit_rate_cents} cents per credit "
            f"(= {_amount(cost.currency_amount, 2)} {cost.currency}), {span}"
        )
    else:
        if args.unit == "credits":
            print("monk: no credit grant with a rate: the cost is in currency", file=sys.stderr)
        print(f"{_amount(cost.total_amount, 2)} {cost.currency}, {span}")
    return OK


def _amount(value: Decimal, places: int | None = None) -> str:
    """For people: at least ``places`` decimals, never fewer digits than the exact value."""
    if places is not None and -value.as_tuple().exponent < places:  # type: ignore[operator]
        value = value.quantize(Decimal(1).scaleb(-places))
    return f"{value:,}"


# -- monk webhooks verify -----------------------------------------------------------------------


def _webhooks_verify(args: argparse.Namespace) -> int:
    from . import webhooks

    if not args.secret:
        raise UsageError("give --secret or set MONK_WEBHOOK_SECRET")
    if not args.signature:
        raise UsageError("give --signature or set MONK_SIGNATURE (the X-Monk-Signature value)")
    body = sys.stdin.buffer.read()
    try:
        if args.event_type:
            headers = {
                webhooks.SIGNATURE_HEADER: args.signature,
                webhooks.EVENT_HEADER: args.event_type,
            }
            event = webhooks.construct_event(body, headers, args.secret, tolerance=args.tolerance)
            print(json.dumps({"type": event.type, "payload": event.raw}, indent=2, default=str))
        else:
            webhooks.verify(body, args.signature, args.secret, tolerance=args.tolerance)
            print("ok: the signature is valid")
    except WebhookVerificationError as exc:
        print(f"monk: not verified: {exc.reason}", file=sys.stderr)
        return FAILED
    return OK


# -- monk mock ----------------------------------------------------------------------------------


def _mock(args: argparse.Namespace) -> int:
    from .testing import server

    argv = ["--host", args.host, "--port", str(args.port)]
    return server.main([*argv, "--verbose"] if args.verbose else argv)
