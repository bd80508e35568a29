"""Batches sent concurrently, their position saved in order: the loop of import and sync.

Up to ``concurrency`` batches are in flight and finish in any order; each is settled as it
finishes (acknowledged or not). The saved position advances only over the contiguous prefix of
acknowledged batches: a batch that failed or was rejected holds it there for the rest of the
run (the batches before it are still committed as they finish), so the next run sends that
batch again and never skips it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Generic, TypeVar

__all__ = ["OrderedCommits"]

B = TypeVar("B")


class OrderedCommits(Generic[B]):
    """``send`` each batch's events (None: send nothing, a dry run); ``settle(batch, future)``
    takes a finished one in and says whether it was acknowledged; ``commit(batch)`` saves the
    position after it, batch by batch in the order they were submitted."""

    def __init__(
        self,
        send: Callable[[list[Any]], Any] | None,
        *,
        concurrency: int,
        settle: Callable[[B, Future[Any]], bool],
        commit: Callable[[B], None],
    ) -> None:
        self.send = send
        self.concurrency = max(1, concurrency)
        self.settle = settle
        self.commit = commit
        self.executor = ThreadPoolExecutor(self.concurrency) if send is not None else None
        self.in_flight: dict[Future[Any], tuple[int, B]] = {}
        self.finished: dict[int, B] = {}
        self.submitted = 0
        self.committed = 0
        self.held = False  # a batch was not acknowledged: the position stays before it

    def submit(self, batch: B, events: list[Any]) -> None:
        """Send ``batch``'s events (none, or a dry run: it is done at once); wait while
        ``concurrency`` batches are in flight."""
        if self.executor is None or self.send is None or not events:
            future: Future[Any] = Future()
            future.set_result(None)
        else:
            future = self.executor.submit(self.send, events)
        self.in_flight[future] = (self.submitted, batch)
        self.submitted += 1
        while len(self.in_flight) >= self.concurrency:
            self.collect(block=True)
        self.collect(block=False)

    def collect(self, *, block: bool) -> None:
        """Settle the finished batches; commit the acknowledged prefix."""
        if not self.in_flight:
            return
        done, _ = wait(
            list(self.in_flight), timeout=None if block else 0, return_when=FIRST_COMPLETED
        )
        for future in sorted(done, key=lambda f: self.in_flight[f][0]):
            index, batch = self.in_flight.pop(future)
            if self.settle(batch, future):
                self.finished[index] = batch
            else:
                self.held = True
        while self.committed in self.finished:
            batch = self.finished.pop(self.committed)
            self.committed += 1
            self.commit(batch)

    def drain(self) -> None:
        """Wait for every batch in flight."""
        while self.in_flight:
            self.collect(block=True)

    def close(self) -> None:
        """Cancel what was not sent yet; batches being sent finish in the background."""
        for future in self.in_flight:
            future.cancel()
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
