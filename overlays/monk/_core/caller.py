"""Where a warning should point: the user's line, the first frame outside this package.

Found by module name (``monk`` or, vendored, whatever this package is called) or by file, so
a copy vendored under another name points at its user's line too.
"""

from __future__ import annotations

import os
import sys
from typing import Any

__all__ = ["caller_level"]

_PACKAGE = __name__.rsplit(".", 2)[0]  # this module is <package>._core.caller
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _in_package(frame: Any) -> bool:
    name = frame.f_globals.get("__name__") or ""
    if name == _PACKAGE or name.startswith(_PACKAGE + "."):
        return True
    return str(frame.f_code.co_filename).startswith(_PACKAGE_DIR)


def caller_level() -> int:
    """``stacklevel`` for a ``warnings.warn`` in the caller of this function: the first frame
    outside this package, which is the user's line that made the call.
    """
    frame = sys._getframe(1)  # the function that calls warnings.warn: stacklevel 1
    level = 1
    while frame.f_back is not None and _in_package(frame):
        frame = frame.f_back
        level += 1
    return level
