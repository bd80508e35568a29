"""Money rules said once: the conversions, the rates, and what makes an amount computable.

The generated models already decode every amount to an exact ``Decimal`` (the spec's
``x-monk-money`` marker); tolerant decoding keeps a deviating value as received. The billing flows
build their values from those models and check here, once, that a value is one they can compute
with: :func:`decimal_of` for an amount, :func:`response_rate` for a rate, :func:`currency_of`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar

from .._exceptions import ResponseValidationError, ValidationError, request_id_of

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
    "currency_of",
    "decimal_of",
    "decoded",
    "reading",
    "response_rate",
]

# The context of every conversion: 34 significant digits (IEEE decimal128), half-even. A quotient
# that terminates within 34 digits (12.5 USD at 10 cents = 125 credits) is exact; one that does
# not (12.5 USD at 750 cents = 5/3 credits) is correctly rounded to 34 digits. Fixed here so a
# caller's decimal.getcontext() settings never change an amount.
MONEY = Context(prec=34, traps=[InvalidOperation, DivisionByZero, Overflow])

_HUNDRED = Decimal(100)

T = TypeVar("T")

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
    """A finite number a model decoded (``int`` or ``Decimal``) as a ``Decimal``; ``where`` is
    its JSON path, for the :class:`UnreadableError` raised otherwise (a value tolerant decoding
    kept as received: missing, a string, NaN or Infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise UnreadableError(where, f"not a number: {_short(value)}")
    number = Decimal(value)
    if not number.is_finite():
        raise UnreadableError(where, f"not a finite number: {number}")
    return number


def decoded(value: T, where: str) -> T:
    """An object a generated model decoded, or an :class:`UnreadableError` at ``where``: what
    tolerant decoding kept as received in its place (missing, null, a string...)."""
    if not hasattr(value, "additional_properties"):
        raise UnreadableError(where, "not an object")
    return value


def currency_of(value: Any) -> str:
    """The currency a response named, or ``"USD"`` (what Monk prices in) when it named none."""
    return value if isinstance(value, str) and value else "USD"


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
