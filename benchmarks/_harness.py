"""Timing helpers for the benchmarks: medians of repeated runs, printed as ratios."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def per_call_us(fn: Callable[[], object], *, calls: int, repeats: int) -> float:
    """Median over ``repeats`` runs of the mean time of one call, in microseconds."""
    for _ in range(min(calls, 200)):
        fn()  # warm up: imports, caches, connection pools
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(samples)


def report(
    name: str, value: float, unit: str, *, baseline: float | None = None, goal: str = ""
) -> None:
    ratio = f"  ratio {value / baseline:.2f}x" if baseline else ""
    print(f"{name:58s} {value:10.1f} {unit}{ratio}{('  (goal ' + goal + ')') if goal else ''}")
