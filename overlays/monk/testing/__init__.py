"""A local Monk API for tests and demos, driven by the spec the SDK was generated from.

``MockMonk()`` is an httpx transport (in-process); ``python -m monk.testing.server`` (or
``mock.serve()``) runs the same API on a loopback HTTP server for other processes.
"""

from __future__ import annotations

from ._mock import DEFAULT_API_KEY, MockMonk, Override, RecordedRequest, Reply

__all__ = ["DEFAULT_API_KEY", "MockMonk", "Override", "RecordedRequest", "Reply"]
