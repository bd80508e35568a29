"""The state file of a bulk run (an import's checkpoint, a sync's position): one JSON object.

Every state file has the same envelope, ``{"version": 1, "source": ..., <fields>, "updatedAt":
...}``; ``source`` names what the state belongs to, so a file of another run is refused. It is
written atomically: a crash leaves the previous file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["VERSION", "check_count", "read_state", "write_atomically", "write_state"]

VERSION = 1


def write_atomically(path: Path, data: dict[str, Any]) -> None:
    """JSON to ``path``: a crash leaves the previous file or this one, never half of either."""
    fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_state(path: Path, source: str, fields: dict[str, Any]) -> None:
    """Write the state ``fields`` of ``source`` in the envelope, stamped with the time."""
    data = {"version": VERSION, "source": source, **fields}
    data["updatedAt"] = datetime.datetime.now(datetime.UTC).isoformat()
    write_atomically(path, data)


def read_state(
    path: Path,
    source: str,
    *,
    what: str,
    error: Callable[[str], Exception],
    foreign: Callable[[Any], str],
    versioned: bool,
) -> dict[str, Any] | None:
    """The saved fields of ``source``'s state, or None when there is no file.

    ``what`` names the file in messages (``checkpoint``, ``state file``) and ``error`` makes the
    exception raised. ``foreign(data)`` says why a file that is not a JSON object of ``source``
    is refused; ``versioned`` refuses a file of another envelope version.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        raise error(f"{what} {path} is unreadable: {exc}") from None
    if not isinstance(data, dict) or data.get("source") != source:
        raise error(foreign(data))
    if versioned and data.get("version") != VERSION:
        raise error(
            f"{what} {path} has version {data.get('version')!r}, not {VERSION}: "
            "it was written by another version of this tool"
        )
    return data


def check_count(value: Any) -> int:
    """A saved count: an integer >= 0 (not a bool), else ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{value!r} is not a count")
    return value
