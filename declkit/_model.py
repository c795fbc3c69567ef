"""The typed model of declkit: documents, declarations, events and their evidence.

Every class is a frozen, keyword-only attrs class. Sequences are tuples so that a
model value is hashable and can be shared safely between threads. Every extracted
value carries a :class:`Span` into :attr:`Document.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

__all__ = [
    "Actor",
    "Block",
    "Clause",
    "Declaration",
    "Document",
    "Event",
    "OriginalDate",
    "PartialDate",
    "Place",
    "Quote",
    "Signatory",
    "Span",
]


def _tuple(value: Iterable[Any] | None) -> tuple[Any, ...]:
    return () if value is None else tuple(value)


def _strings(value: Iterable[str] | None) -> tuple[str, ...]:
    return () if value is None else tuple(str(v) for v in value)


@attrs.frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text.

    ``text[span.start:span.end]`` is the evidence for the object carrying the span.
    Serialised as the two-element list ``[start, end]``.
    """

    #: Offset of the first character.
    start: int = attrs.field(validator=attrs.validators.ge(0))
    #: Offset one past the last character.
    end: int = attrs.field()

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} precedes its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the evidence this span selects from ``text``."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """Return the span moved by ``offset`` characters."""
        return Span(self.start + offset, self.end + offset)

    def cover(self, other: Span) -> Span:
        """Return the smallest span containing both this span and ``other``."""
        return Span(min(self.start, other.start), max(self.end, other.end))


_ISO_DATE = re.compile(
    r"(?:(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<m2>\d{2})-(?P<d2>\d{2}))"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?"
)
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _optional_range(low: int, high: int) -> Any:
    return attrs.validators.optional(
        attrs.validators.and_(attrs.validators.ge(low), attrs.validators.le(high))
    )


@attrs.frozen(kw_only=True)
class PartialDate:
    """A Gregorian date (and time) known only to the precision the source gives.

    ``PartialDate(year=2023, month=4)`` prints as ``2023-04``; a date with a month and
    day but no year prints as ``--05-01`` (ISO 8601's form for a recurring date).

    >>> str(PartialDate(year=2023, month=4, day=24))
    '2023-04-24'
    >>> str(PartialDate(month=5, day=1))
    '--05-01'
    >>> PartialDate.parse("2023-05-06T20:55").hour
    20
    """

    #: Year, or ``None`` when the source does not state it.
    year: int | None = attrs.field(default=None, validator=_optional_range(-9999, 9999))
    #: Month 1-12, or ``None``.
    month: int | None = attrs.field(default=None, validator=_optional_range(1, 12))
    #: Day of the month, or ``None``.
    day: int | None = attrs.field(default=None, validator=_optional_range(1, 31))
    #: Hour 0-23, only with a full date.
    hour: int | None = attrs.field(default=None, validator=_optional_range(0, 23))
    #: Minute 0-59, only with an hour.
    minute: int | None = attrs.field(default=None, validator=_optional_range(0, 59))

    def __attrs_post_init__(self) -> None:
        if self.year is None and self.month is None:
            raise ValueError("a date needs at least a year or a month")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.year is None and self.day is None:
            raise ValueError("a date without a year needs a month and a day")
        if self.hour is not None and (self.day is None or self.year is None):
            raise ValueError("a time needs a full date")
        if self.minute is not None and self.hour is None:
            raise ValueError("minutes need an hour")
        if self.hour is None and self.minute is not None:
            raise ValueError("minutes need an hour")
        if self.day is not None and self.month is not None:
            if self.day > _DAYS_IN_MONTH[self.month - 1]:
                raise ValueError(f"month {self.month} has no day {self.day}")
            if self.month == 2 and self.day == 29 and self.year is not None:
                leap = self.year % 4 == 0 and (self.year % 100 != 0 or self.year % 400 == 0)
                if not leap:
                    raise ValueError(f"{self.year} is not a leap year")

    @classmethod
    def parse(cls, iso: str) -> PartialDate:
        """Read an ISO 8601 string as printed by :meth:`__str__`.

        Raises:
            ValueError: ``iso`` is not such a string.
        """
        match = _ISO_DATE.fullmatch(iso.strip())
        if not match:
            raise ValueError(f"not an ISO 8601 partial date: {iso!r}")
        groups = {k: (int(v) if v is not None else None) for k, v in match.groupdict().items()}
        return cls(
            year=groups["year"],
            month=groups["month"] if groups["month"] is not None else groups["m2"],
            day=groups["day"] if groups["day"] is not None else groups["d2"],
            hour=groups["hour"],
            minute=groups["minute"],
        )

    @classmethod
    def from_date(cls, value: Any) -> PartialDate:
        """Build a full date from a :class:`datetime.date` (or ``datetime``)."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"``, ``"day"`` or ``"minute"``."""
        if self.hour is not None:
            return "minute"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def __str__(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
                if self.hour is not None:
                    out += f"T{self.hour:02d}:{self.minute or 0:02d}"
        return out


def _span_or_none(value: Any) -> Span | None:
    if value is None or isinstance(value, Span):
        return value
    start, end = value
    return Span(int(start), int(end))


def _optional_span() -> Any:
    return attrs.field(default=None, converter=_span_or_none)


def _str_dict(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in dict(value).items()}


@attrs.frozen(kw_only=True)
class Place:
    """Where something happened or was issued."""

    #: The place as the source names it (``"Vienna, Austria"``).
    name: str | None = None
    #: City, as the source spells it.
    city: str | None = None
    #: ISO 3166-1 alpha-2 code of the country (``"AT"``).
    country: str | None = attrs.field(default=None)
    #: Evidence in the text.
    span: Span | None = _optional_span()

    @country.validator
    def _check_country(self, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not re.fullmatch(r"[A-Z]{2}", value):
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, not {value!r}")


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organisation or state that the text names."""

    #: The name as written.
    name: str
    #: ``person``, ``organization``, ``state``, ``group`` …
    kind: str | None = None
    #: Office or role (``"former foreign minister of Afghanistan"``).
    role: str | None = None
    #: Organisation or country the actor belongs to or speaks for.
    organization: str | None = None
    #: Acronym defined in the text (``"NRF"``).
    acronym: str | None = None
    #: Evidence in the text.
    span: Span | None = _optional_span()


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation and who said it."""

    #: The quoted words, without the quotation marks.
    text: str
    #: Who said or wrote it, as the text names them, or ``None``.
    speaker: str | None = None
    #: The quotation in the text (its evidence).
    span: Span | None = _optional_span()


@attrs.frozen(kw_only=True)
class Event:
    """A conference, meeting, summit, agreement, resolution or other event."""

    #: Name as the text gives it (``"Second Vienna Conference"``).
    name: str
    #: ``conference``, ``meeting``, ``summit``, ``agreement``, ``resolution``, ``visit`` …
    kind: str | None = None
    #: Position in a series (2 for "the second meeting").
    ordinal: int | None = None
    #: The series it belongs to (``"Vienna Process"``).
    series: str | None = None
    #: Where it happened.
    place: Place | None = None
    #: First day.
    start: PartialDate | None = None
    #: Last day (equal to ``start`` for a one-day event).
    end: PartialDate | None = None
    #: ``held``, ``scheduled`` or ``None`` when the text does not say.
    status: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.in_({"held", "scheduled"})),
    )
    #: Who hosts or convenes it.
    host: str | None = None
    #: Who took part.
    participants: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    #: Evidence in the text.
    span: Span | None = _optional_span()


@attrs.frozen(kw_only=True)
class Block:
    """A unit of layout: heading, paragraph, list item, line, or residue.

    Content blocks make up :attr:`Document.blocks`; text that fits no field is kept in
    :attr:`Document.residue` as blocks whose kind says what it was (``navigation``,
    ``bio``, ``comments``, ``caption``, ``unknown`` …).
    """

    #: The block's text, cleaned of markup and page furniture.
    text: str
    #: Where the block is in the document text.
    span: Span = attrs.field(converter=_span_or_none)
    #: ``heading``, ``paragraph``, ``list_item``, ``line`` or a residue kind.
    kind: str = "paragraph"
    #: Heading level (1 is the top) or list depth (1 is the outermost list).
    level: int | None = None
    #: The list marker as written (``"1."``, ``"•"``, ``"(a)"``).
    marker: str | None = None
    #: 1-based page number, where the source has pages.
    page: int | None = None
    #: Actors a preamble or closing paragraph asks something of.
    addressees: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Speech acts of the paragraph (``request``, ``welcome`` …).
    acts: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Free-form tags set by parsers and analysis (``"reported_statement"``).
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen(kw_only=True)
class Clause:
    """An operative point of a declaration."""

    #: 1-based position among its siblings.
    number: int = attrs.field(validator=attrs.validators.ge(1))
    #: The marker as written (``"1st"``, ``"Second"``, ``"-"``, ``"3."``) or ``None``.
    label: str | None
    #: The clause text without its marker, page breaks rejoined.
    text: str
    #: Evidence in the text, marker included.
    span: Span = attrs.field(converter=_span_or_none)
    #: Actors the clause asks, urges or calls on.
    addressees: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Speech acts (``request``, ``condemn``, ``support`` …).
    acts: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Nested sub-clauses, in order.
    subclauses: tuple[Clause, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Signatory:
    """Who issues or signs a declaration, with nested member organisations."""

    #: Name as written.
    name: str
    #: Member organisations or states, in order.
    members: tuple[Signatory, ...] = attrs.field(default=(), converter=_tuple)
    #: A person signing for this signatory, where the source names one.
    person: str | None = None
    #: The signing person's title or office.
    title: str | None = None
    #: Evidence in the text.
    span: Span | None = _optional_span()


@attrs.frozen(kw_only=True)
class OriginalDate:
    """A date as written in a non-Gregorian calendar, with its Gregorian reading."""

    #: ``solar-hijri``, ``hijri`` …
    calendar: str
    #: The text as written (``"Saur 4-6 - 1402 HS"``).
    text: str
    #: Gregorian first day.
    start: PartialDate | None = None
    #: Gregorian last day.
    end: PartialDate | None = None
    #: Evidence in the text.
    span: Span | None = _optional_span()


@attrs.frozen(kw_only=True)
class Declaration:
    """A declaration, joint statement, communiqué or resolution found in a document."""

    #: Title as written, multi-line titles joined.
    title: str | None = None
    #: ``declaration``, ``joint statement``, ``communique``, ``statement``, ``resolution`` …;
    #: the analysis says ``statement`` when neither the title nor the text names a kind.
    kind: str = "declaration"
    #: The event that issued it.
    event: Event | None = None
    #: Where it was issued.
    place: Place | None = None
    #: When it was issued (first day of a multi-day meeting).
    start: PartialDate | None = None
    #: Last day of issue.
    end: PartialDate | None = None
    #: Dates as written in non-Gregorian calendars.
    original_dates: tuple[OriginalDate, ...] = attrs.field(default=(), converter=_tuple)
    #: Paragraphs before the first clause.
    preamble: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Operative points in order.
    clauses: tuple[Clause, ...] = attrs.field(default=(), converter=_tuple)
    #: Paragraphs after the last clause.
    closing: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Who issues it.
    signatories: tuple[Signatory, ...] = attrs.field(default=(), converter=_tuple)
    #: The event it is addressed to or about, if not its own.
    subject_event: Event | None = None
    #: Other meetings, agreements and resolutions it names.
    referenced_events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    #: The whole declaration in the text (its evidence).
    span: Span | None = _optional_span()


@attrs.frozen(kw_only=True)
class Document:
    """Everything declkit read from one input."""

    #: The parser's format (``news``, ``pdf-text``, ``web`` or a plugin's own).
    format: str
    #: ``"name version"`` of the parser plugin that produced it.
    parser: str
    #: The decoded text that every span indexes.
    text: str
    #: Page title or headline.
    title: str | None = None
    #: Bylines.
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Outlet or site.
    publisher: str | None = None
    #: Publication date and time.
    published: PartialDate | None = None
    #: Canonical or short URL stated in the source.
    url: str | None = None
    #: Language of the content (BCP 47), where known.
    language: str | None = None
    #: Name of the input (a path, or ``<bytes>``).
    source: str | None = None
    #: Character encoding the input was decoded from.
    encoding: str | None = None
    #: Main content in reading order; page chrome is not here.
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Declarations found in the document.
    declarations: tuple[Declaration, ...] = attrs.field(default=(), converter=_tuple)
    #: Every event the document mentions.
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    #: Persons and organisations.
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    #: Direct quotations with their speakers.
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    #: Text assigned to no field, page chrome included.
    residue: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Doubts the analysis could not settle (conflicting dates …).
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Further metadata the parser found (``description``, ``section`` …).
    metadata: dict[str, str] = attrs.field(factory=dict, converter=_str_dict, hash=False)

    def __attrs_post_init__(self) -> None:
        limit = len(self.text)
        for span in iter_spans(self):
            if span.end > limit:
                raise ValueError(f"span {span.start}-{span.end} lies outside the text ({limit} characters)")


def iter_spans(value: Any) -> Iterator[Span]:
    """Yield every :class:`Span` inside a model value, depth first."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from iter_spans(item)
    elif attrs.has(type(value)) and not isinstance(value, PartialDate):
        for field in attrs.fields(type(value)):
            if field.name != "text":
                yield from iter_spans(getattr(value, field.name))
