"""Dates in text: Gregorian, partial, ranges, relative, and non-Gregorian calendars. (stub)"""

from __future__ import annotations

import attrs

from .._model import OriginalDate, PartialDate, Span

__all__ = ["DateMention", "find_dates", "parse_date"]


@attrs.frozen(kw_only=True)
class DateMention:
    """A date or date range found in text, converted to the Gregorian calendar."""

    #: Where the mention is in the text.
    span: Span
    #: The text as written.
    text: str
    #: First day (Gregorian).
    start: PartialDate
    #: Last day; equal to ``start`` for a single date.
    end: PartialDate
    #: ``gregorian``, ``solar-hijri``, ``hijri`` …
    calendar: str = "gregorian"
    #: For a non-Gregorian mention, the original reading.
    original: OriginalDate | None = None
    #: Whether the mention was relative ("last week") and resolved against a reference date.
    relative: bool = False


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, reference: PartialDate | None = None
) -> list[DateMention]:
    """Every date mention in ``text[start:end]``, in order, spans indexing ``text``."""
    return []


def parse_date(value: str) -> PartialDate | None:
    """Read one date (and time) written in any common form; ``None`` if it is not one."""
    return None
