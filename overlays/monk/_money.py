"""Money as the API sends it: exact Decimals read from the JSON text, and credit conversion.

The generated models type amounts as ``float``; an amount like ``0.30000000000000004`` or
``1406.25`` must not pass through binary floating point on its way to an invoice or a dashboard,
so the overlay re-reads numbers from the response body with ``parse_float=Decimal``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ._core.decode import parse_json  # NaN/Infinity as non-finite Decimals: decimal_of refuses them
from ._exceptions import ResponseValidationError, ValidationError, request_id_of

if TYPE_CHECKING:
    import httpx

__all__ = [
    "MONEY",
    "Unit",
    "UnreadableError",
    "check_rate_cents",
    "credit_rate",
    "credits_from_currency",
    "currency_from_credits",
    "decimal_of",
    "parse_json",
    "reading",
    "response_rate",
]

# The context of every conversion: 34 significant digits (IEEE decimal128), half-even. A quotient
# that terminates within 34 digits (12.5 USD at 10 cents = 125 credits) is exact; one that does
# not (12.5 USD at 750 cents = 5/3 credits) is correctly rounded to 34 digits. Fixed here so a
# caller's decimal.getcontext() settings never change an amount.
MONEY = Context(prec=34, traps=[InvalidOperation, DivisionByZero, Overflow])

_HUNDRED = Decimal(100)

Unit: TypeAlias = Literal["currency", "credits"]
"""What an amount is in: USD (``currency``) or credits."""


class UnreadableError(ValueError):
    """A value of a 2xx response the SDK cannot compute with; ``path`` is its JSON path."""

    def __init__(self, path: str, why: str) -> None:
        self.path = path
        super().__init__(f"{path}: {why}")


@contextmanager
def reading(method: str, response: httpx.Response, path: str = "$") -> Iterator[None]:
    """Turn a malformed value in a response into :class:`ResponseValidationError` with the
    ``path`` of the value (an :class:`UnreadableError`'s own, else ``path``)."""
    try:
        yield
    except (KeyError, IndexError, TypeError, ValueError, ArithmeticError) as exc:
        where = exc.path if isinstance(exc, UnreadableError) else path
        what = str(exc) if isinstance(exc, UnreadableError) else repr(exc)
        raise ResponseValidationError(
            f"{method}: the {response.status_code} response does not fit the spec: {what} "
            f"(request id {request_id_of(response)})",
            response=response,
            path=where,
        ) from exc


def decimal_of(value: Any, where: str) -> Decimal:
    """A finite number from :func:`parse_json` (``int`` or ``Decimal``) as a ``Decimal``;
    ``where`` is its JSON path, for the :class:`UnreadableError` raised otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise UnreadableError(where, f"not a number: {_short(value)}")
    number = Decimal(value)
    if not number.is_finite():
        raise UnreadableError(where, f"not a finite number: {number}")
    return number


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_rate_cents(field: str, value: Any) -> int:
    """A request's ``creditRateCents``: a whole number of cents per credit, at least 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(
            field, f"must be an integer >= 1 (cents per credit, 750 = $7.50), not {value!r}"
        )
    return value


def credit_rate(field: str, value: Any) -> Decimal:
    """A rate to convert with: an ``int`` or ``Decimal`` number of cents per credit, above 0.

    Grants may carry fractional rates (amountCents / creditAmount), so Decimals are accepted; a
    float is refused because it is not the rate it looks like.
    """
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise ValidationError(field, f"must be an int or Decimal (cents per credit), not {value!r}")
    rate = Decimal(value)
    if not rate.is_finite() or rate <= 0:
        raise ValidationError(field, f"must be above 0 cents per credit, not {value!r}")
    return rate


def response_rate(value: Any, where: str) -> Decimal:
    """A rate a response gave (above 0 cents per credit), or an :class:`UnreadableError` at
    ``where``: :func:`credit_rate`'s rule, for values the server sent rather than the caller."""
    try:
        return credit_rate(where, value)
    except ValidationError:
        raise UnreadableError(where, "not a rate above 0 cents per credit") from None


def credits_from_currency(amount: Decimal, rate_cents: Decimal) -> Decimal:
    """``amount`` USD in credits at ``rate_cents`` cents per credit: ``amount * 100 / rate``."""
    return MONEY.divide(MONEY.multiply(amount, _HUNDRED), rate_cents)


def currency_from_credits(credits: Decimal, rate_cents: Decimal) -> Decimal:
    """``credits`` in USD at ``rate_cents`` cents per credit: ``credits * rate / 100``."""
    return MONEY.divide(MONEY.multiply(credits, rate_cents), _HUNDRED)
