"""Offset pagination: a page of results that iterates lazily across all the pages after it.

Monk lists take ``limit`` and ``offset`` and answer ``{"data": [...], "hasMore", "total"}``;
iterating a page follows ``offset`` until ``hasMore`` is false, fetching one page at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator
from typing import Any, Generic, Self, TypeVar

from .._exceptions import MonkError
from .._generated.types import UNSET
from .decode import warn_drift

__all__ = ["AsyncPage", "AsyncPager", "PageInfo", "SyncPage"]

T = TypeVar("T")


def _parts(parsed: Any, items_field: str) -> tuple[list[Any], Any, int | None]:
    """Items, has-more (as received) and total of a generated list model.

    The list operation has already checked that the items are an array (``ListOperation``).
    """
    data = getattr(parsed, items_field, None)
    items = list(data) if isinstance(data, list) else []
    has_more = getattr(parsed, "has_more", None)
    total = getattr(parsed, "total", None)
    return items, has_more, total if total.__class__ is int else None


def _identity(items: list[Any]) -> list[Any]:
    """What tells two pages apart: the items' ids when they have them, else the items."""
    return [getattr(item, "id", item) for item in items]


class PageInfo:
    """Where the next page starts (Stainless's ``next_page_info()``): ``params`` are the query
    parameters that change to fetch it, e.g. ``{"offset": 100}``."""

    __slots__ = ("params",)

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = params

    def __repr__(self) -> str:
        return f"PageInfo(params={self.params!r})"


class _PageBase(Generic[T]):
    __slots__ = (
        "_default_limit",
        "_fetch",
        "_has_more_unreadable",
        "_items_field",
        "_kwargs",
        "_operation",
        "data",
        "has_more",
        "offset",
        "raw",
        "total",
    )

    def __init__(
        self,
        parsed: Any,
        kwargs: dict[str, Any],
        fetch: Any,
        items_field: str = "data",
        operation: str = "list",
        *,
        default_limit: int | None = None,
    ) -> None:
        self._fetch = fetch  # kwargs -> the next parsed page (a coroutine for AsyncPage)
        self.raw = parsed  # the generated list model, with any extra fields the API sent
        self.data: list[T]
        self.data, has_more, self.total = _parts(parsed, items_field)
        self._items_field = items_field
        self._kwargs = kwargs
        self._operation = operation
        self._default_limit = default_limit
        offset = kwargs.get("offset")
        self.offset: int = offset if isinstance(offset, int) else 0
        self._has_more_unreadable = has_more.__class__ is not bool
        self.has_more: bool = has_more is True or (
            self._has_more_unreadable and self._more_inferred()
        )

    def _more_inferred(self) -> bool:
        """Whether more pages follow when ``hasMore`` is not a boolean: ``total`` says so, or
        else this page came back full (as many items as the limit asked for, or the spec's
        default limit); a page that is not full is the last one.
        """
        if not self.data:
            return False
        if self.total is not None:
            return self.offset + len(self.data) < self.total
        limit = self._kwargs.get("limit", self._default_limit)
        if limit.__class__ is not int:
            return True  # no limit known: go on until a page comes back empty
        return len(self.data) >= limit

    @classmethod
    def of(cls, op: Any, parsed: Any, kwargs: dict[str, Any], fetch: Any) -> Self:
        """The page a list operation ``op`` answered with ``parsed`` for ``kwargs``."""
        return cls(parsed, kwargs, fetch, op.items, op.method_name, default_limit=op.default_limit)

    def _next_kwargs(self) -> dict[str, Any] | None:
        if not self.has_more or not self.data:
            return None  # an empty page that claims more would loop forever
        return {**self._kwargs, "offset": self.offset + len(self.data)}

    def _report_end(self) -> None:
        """Iteration ends on a page whose ``hasMore`` was unreadable: said every time it ends
        there (by ``next_page``; asking ``has_next_page()`` reports nothing)."""
        if not (self._has_more_unreadable and self.data):
            return
        raw = getattr(self.raw, "has_more", None)
        if raw is UNSET:
            return  # absent, as the spec allows for some lists: the short page is the last
        warn_drift(
            f"{self._operation}: the page at offset {self.offset} has no boolean hasMore; "
            f"it held {len(self.data)} items, fewer than a full page, so it was taken as the "
            "last one (iteration goes on while pages come back full)"
        )

    def _check_advanced(self, following: _PageBase[T]) -> None:
        """A server that answers the next offset with the same page again would make iteration
        endless: stop it with an error that names the operation.
        """
        if following.data and _identity(following.data) == _identity(self.data):
            raise MonkError(
                f"{self._operation}: the page at offset {following.offset} repeats the page at "
                f"offset {self.offset}: the server ignored the offset, so going on could "
                "never end; stopped paginating"
            )

    def _following(self, parsed: Any, kwargs: dict[str, Any]) -> Self:
        """The page after this one, from its parsed response: the same kind and settings."""
        return type(self)(
            parsed,
            kwargs,
            self._fetch,
            self._items_field,
            self._operation,
            default_limit=self._default_limit,
        )

    def has_next_page(self) -> bool:
        """Whether a page follows this one: ``get_next_page()`` fetches it (Stainless's names)."""
        return self._next_kwargs() is not None

    def next_page_info(self) -> PageInfo | None:
        """The parameters of the following page (``None`` after the last one); nothing is sent."""
        kwargs = self._next_kwargs()
        return None if kwargs is None else PageInfo({"offset": kwargs["offset"]})

    def _no_next_page(self) -> MonkError:
        return MonkError(
            f"{self._operation}: the page at offset {self.offset} is the last one: check "
            "page.has_next_page() before page.get_next_page()"
        )

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(offset={self.offset}, items={len(self.data)}, "
            f"has_more={self.has_more}, total={self.total})"
        )


class SyncPage(_PageBase[T]):
    """One page of a list; ``for item in page`` walks this page and every later one."""

    __slots__ = ()
    _fetch: Callable[[dict[str, Any]], Any]

    def next_page(self) -> SyncPage[T] | None:
        """The following page, or None after the last one."""
        kwargs = self._next_kwargs()
        if kwargs is None:
            self._report_end()
            return None
        page: SyncPage[T] = self._following(self._fetch(kwargs), kwargs)
        self._check_advanced(page)
        return page

    def get_next_page(self) -> SyncPage[T]:
        """The following page; on the last page (``has_next_page()`` false) a ``MonkError``."""
        page = self.next_page()
        if page is None:
            raise self._no_next_page()
        return page

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and each one after it, fetched as the loop reaches it."""
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list; ``async for item in page`` walks this page and every later one."""

    __slots__ = ()
    _fetch: Callable[[dict[str, Any]], Coroutine[Any, Any, Any]]

    async def next_page(self) -> AsyncPage[T] | None:
        """The following page, or None after the last one."""
        kwargs = self._next_kwargs()
        if kwargs is None:
            self._report_end()
            return None
        page: AsyncPage[T] = self._following(await self._fetch(kwargs), kwargs)
        self._check_advanced(page)
        return page

    async def get_next_page(self) -> AsyncPage[T]:
        """The following page; on the last page (``has_next_page()`` false) a ``MonkError``."""
        page = await self.next_page()
        if page is None:
            raise self._no_next_page()
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and each one after it, fetched as the loop reaches it."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPager(Generic[T]):
    """What async ``list()`` returns: ``await`` it for the first page, or ``async for`` items."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Coroutine[Any, Any, AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
