"""Dates in text: Gregorian, partial, ranges, relative, and non-Gregorian calendars.

:func:`find_dates` finds every date mention in a stretch of text and reads it as a
Gregorian :class:`~declkit.PartialDate` at the precision the text gives (a year, a
month, a day, a day and time, or a month and day without a year). :func:`parse_date`
reads one date written in a metadata field; :func:`date_range_in` picks the most telling
mention of a passage; :func:`weekday_before` resolves a weekday against a date.

How mentions are found. Each written form has its own pattern, compiled once at import;
every repetition in them is bounded, so a scan costs time linear in the text whatever
the input. The patterns are case-sensitive and begin with a literal or a digit, which
lets the regex engine skip ahead quickly; those that begin with a digit and need a month
name run only near month names. Each match is checked and converted, and the longest
mentions win where candidates overlap ("30 April - 2 May 2023" beats "2 May 2023").
Month and weekday names must be capitalised ("may" is a verb).

Which numbers are dates. A bare four-digit number is a year only with a cue, which
:attr:`DateMention.cue` records: a preposition ("in 2022", "since 1975"), a year range
("2002-2014"), a list after a year ("in 2014 and 2019"), a decade ("the 1990s"),
parentheses ("(2023)"), or the pattern of a dated name ("the 2020 Doha Agreement", "in
Tokyo 2012"), which callers may weigh; a dated name in the future of the reference date,
such as "the 2050 Strategy", is a plan's name, not a date, and is skipped. Fiscal years
("1994/95"), numbered things ("Resolution 2721", "A/RES/70/291"), counts ("in 2000
cases") and amounts are never dates. All-numeric dates (``24/04/2023``) are read only
when the order of day and month is unambiguous. Two dates joined by "and" stay two
dates ("on April 21, 2016 and May 21, 2017") unless "between" makes them a range; a day
range in one month ("May 1 and 2") is a range.

Relative mentions ("yesterday", "last week", "on Tuesday", "in September", "since
September last year") are resolved against ``reference``, the publication date, and
marked ``relative=True``; without a reference they are skipped, never guessed. A
weekday or a month without a year means the most recent one on or before the reference
("last Tuesday" strictly before it, "next Tuesday" strictly after), or the coming one
when its clause speaks of the future ("will meet on Tuesday", "is expected to be held
in September"). "Last week" is the calendar week (Monday to Sunday) before the
reference's week, returned as a range of days: that is what the words mean, and it
keeps the month a reader would infer ("last week" in a paper of Saturday 6 May 2023 is
24-30 April).

Non-Gregorian dates (Solar Hijri with Afghan or Iranian month names, and lunar Hijri)
are converted by :mod:`declkit._analysis._calendars` (which says which definitions and
libraries it follows) and keep their reading as written in :attr:`DateMention.original`.
A Solar Hijri or Hijri month name counts only next to a plausible year of its calendar
or a calendar marker ("HS", "SH", "AP", "AH", "Hijri Shamsi"), since several of the
names are also words or names ("Asad", "Mehr", "Tir"). Persian and Arabic-Indic digits
are read like ASCII ones.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

import attrs

from .._model import OriginalDate, PartialDate, Span
from ._calendars import hijri_month_length, hijri_to_gregorian, solar_hijri_month_length, solar_hijri_to_gregorian

__all__ = ["DateMention", "date_range_in", "find_dates", "parse_date", "weekday_before"]


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
    #: For a bare year, what made it a year: ``preposition`` ("in 2022"), ``range``,
    #: ``list`` ("and 2019" after a year), ``decade`` ("the 1990s"), ``parenthesis``
    #: ("(2023)") or ``name`` ("the 2020 Doha Agreement"); else ``None``.
    cue: str | None = None


# ---------------------------------------------------------------------------------------
# Vocabulary

_ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_FULL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Afghan (zodiacal) and Iranian names of the Solar Hijri months, in Latin transliterations
# and in Persian script; matching folds case and diacritics (Jawzā = Jawza).
_SOLAR_HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("Hamal", "Farvardin", "Farwardin", "حمل", "فروردین"),
    2: ("Sawr", "Saur", "Sowr", "Sour", "Thawr", "Ordibehesht", "Ardibehesht", "ثور", "اردیبهشت"),
    3: ("Jawza", "Jauza", "Jowza", "Jawzah", "Khordad", "Khurdad", "جوزا", "خرداد"),
    4: ("Saratan", "Tir", "سرطان", "تیر"),
    5: ("Asad", "Mordad", "Amordad", "Murdad", "اسد", "مرداد", "امرداد"),
    6: (
        "Sunbula",
        "Sonbola",
        "Sunbulah",
        "Sonbula",
        "Sombola",
        "Shahrivar",
        "Shahriwar",
        "Shahrewar",
        "سنبله",
        "شهریور",
    ),
    7: ("Mizan", "Meezan", "Mehr", "Mihr", "میزان", "مهر"),
    8: ("Aqrab", "Akrab", "Aban", "عقرب", "آبان"),
    9: ("Qaws", "Qaus", "Qows", "Azar", "Adhar", "قوس", "آذر"),
    10: ("Jadi", "Jaddi", "Jady", "Dey", "Dei", "جدی", "دی"),
    11: ("Dalw", "Dalv", "Bahman", "دلو", "بهمن"),
    12: ("Hoot", "Hut", "Hout", "Esfand", "Isfand", "Esfend", "حوت", "اسفند"),
}


def _fold(word: str) -> str:
    """Lower-case letters only, diacritics removed: the key month names are looked up by."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha())


_SOLAR_HIJRI_LOOKUP = {_fold(name): month for month, names in _SOLAR_HIJRI_MONTHS.items() for name in names}


# ---------------------------------------------------------------------------------------
# Pattern pieces (every repetition bounded)
#
# The patterns are case-sensitive and start with a literal or a digit wherever possible:
# the regex engine then skips quickly to where a match can begin, which makes a scan of a
# large document an order of magnitude faster than case-insensitive patterns would.
# Names are written capitalised or in capitals; small inner words use ``(?i:…)``. A match
# must also begin at a word boundary, which :func:`find_dates` checks (see ``_Rule.left``).


def _cased(*words: str) -> str:
    """An alternation of ``words`` as written, capitalised and in capitals (``_`` is a space)."""
    variants: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        for variant in (word, word[:1].upper() + word[1:], word.upper()):
            if variant not in variants:
                variants.append(variant)
    return "(?:" + "|".join(v.replace("_", _S) for v in variants) + ")"


def _capitalised(names: Iterable[str]) -> str:
    """An alternation of ``names`` as capitalised or written in capitals."""
    variants: list[str] = []
    for name in sorted(set(names), key=len, reverse=True):
        for variant in (name, name.upper()):
            if variant not in variants:
                variants.append(variant)
    return "|".join(variants)


_SP = r"[ \t\u00a0\u2009\u202f]"
#: Some white space, at most one line break (text from PDFs breaks lines inside dates).
_S = rf"(?:{_SP}{{1,4}}\n?{_SP}{{0,3}}|\n{_SP}{{0,3}})"
_S0 = rf"(?:{_S})?"
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_RANGE_WORDS = r"(?i:to|through|thru|till|until|and|&)"
_RANGE = rf"(?:{_SP}{{0,3}}{_DASH}{{1,2}}{_SP}{{0,3}}|{_S}{_RANGE_WORDS}{_S})"
_COMMA_OR_SPACE = rf"(?:{_SP}{{0,2}},{_S0}|{_S})"
#: Between a day and its year: "May 1, 2023", "May 1 2023", "May 1-2-2023".
_YEAR_AFTER_DAY = rf"(?:{_SP}{{0,2}},{_S0}|{_S}|{_SP}{{0,2}}[-\u2013/]{_SP}{{0,2}})"
_OF = rf"(?:{_S}(?i:of))"
_MONTH_ALTERNATION = _capitalised(name.capitalize() for name in _ENGLISH_MONTHS)
_WEEKDAY_ALTERNATION = _capitalised(name.capitalize() for name in _WEEKDAYS)
_FULL_WEEKDAY_ALTERNATION = _capitalised(_FULL_WEEKDAYS)


def _accent_tolerant(name: str) -> str:
    """A regex for ``name`` that also accepts the vowels written with a macron or dot."""
    variants = {
        "a": "[aāâ]",
        "u": "[uūû]",
        "i": "[iīî]",
        "t": "[tț]",
        "A": "[AĀÂ]",
        "U": "[UŪÛ]",
        "I": "[IĪÎ]",
        "T": "[TȚ]",
    }
    # The first letter stays a plain literal, so that the regex engine can skip ahead to it.
    return re.escape(name[:1]) + "".join(variants.get(c, re.escape(c)) for c in name[1:])


_SOLAR_HIJRI_ALTERNATION = "|".join(
    _accent_tolerant(name)
    for name in _capitalised(n for names in _SOLAR_HIJRI_MONTHS.values() for n in names).split("|")
)
_APOSTROPHE = "['’‘ʿʻʽ`]"
_HIJRI_ARTICLE = rf"(?:[\s\-]{{0,2}}{_APOSTROPHE}?(?:al|ul|el|ol|il|l|u)?{_APOSTROPHE}?[\s\-]{{0,2}})"
_FIRST_HALF = r"(?:awwal|awal|aw" + _APOSTROPHE + r"?wal|ula|oula|ola|ulaa|i)"
_SECOND_HALF = r"(?:thani|th" + _APOSTROPHE + r"?ani|sani|akhir|akhar|akhira|akhirah|ukhra|ii)"
#: Spellings of the Hijri months: a capital first letter, the rest in any case.
_HIJRI_ALTERNATION = "|".join(
    (
        r"M(?i:u?ha?rr?am|oharr?am)",
        r"S(?i:afar|aphar)",
        rf"R(?i:abi{_APOSTROPHE}?{_HIJRI_ARTICLE}(?:{_SECOND_HALF}|{_FIRST_HALF}))",
        rf"J(?i:(?:umad[aei]|amad[aei]|umād[aá]){_HIJRI_ARTICLE}(?:{_SECOND_HALF}|{_FIRST_HALF}))",
        r"R(?i:ajab)",
        rf"S(?i:ha{_APOSTROPHE}?a?ban)",
        r"R(?i:ama[dzḍ]h?an|amzan)",
        r"S(?i:haww?aa?l)",
        rf"D(?i:(?:hul|hu|hi){_HIJRI_ARTICLE}(?:q[ai]{_APOSTROPHE}?[ae]?d[ae]h?|hijj?ah?|hijjeh))",
        rf"Z(?i:(?:ul|u|il|i){_HIJRI_ARTICLE}(?:q[ai]{_APOSTROPHE}?[ae]?d[ae]h?|hijj?ah?|hijjeh))",
        r"محرم|صفر|ربیع الاول|ربيع الأول|ربیع الثانی|ربيع الثاني|جمادی الاول|جمادى الأولى|جمادی الثانی"
        r"|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذیقعده|ذو القعدة|ذیحجه|ذو الحجة",
    )
)
_SOLAR_HIJRI_MARK = (
    r"(?:(?:HS|SH|AP|A\.P\.|H\.S\.|S\.H\.|H\.Sh\.|Sh\.)(?!\w)|(?i:(?:hijri|hejri)[\s\-]shamsi|solar[\s\-]hijri|shamsi)"
    r"|هـ\s?ش|ه\.\s?ش|هجری شمسی)"
)
_HIJRI_MARK = r"(?:(?:AH|A\.H\.|A\.H|H|H\.)(?!\w)|(?i:hijri(?![\s\-]shamsi)|hijra|hegira)|هـ|ه\.ق|هجری قمری)"
#: After a bare year a lone "H" is too weak a sign.
_HIJRI_YEAR_MARK = r"(?:(?:AH|A\.H\.|A\.H)(?!\w)|(?i:hijri(?![\s\-]shamsi)|hijra|hegira)|هـ\.?\s?ق|هجری قمری)"
_TIME_ZONE = (
    r"(?:(?:UTC|GMT)(?:[+\-]\d{1,2}(?::?\d{2})?)?|[+\-]\d{2}:?\d{2}|(?:Z|IST|EST|EDT|CST|CDT|PST|PDT|MST|MDT"
    r"|CET|CEST|EET|EEST|BST|WET|WEST|AST|PKT|JST|KST|AEST|AEDT|SGT|HKT|MSK|GST|AFT|IRST|WIB))(?!\w)"
)
_TIME = (
    rf"(?:{_SP}{{0,3}}[,\-\u2013|]?{_SP}{{0,3}}(?:(?i:at){_SP}{{1,3}})?(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?!\d)"
    rf"(?::[0-5]\d(?:\.\d{{1,6}})?)?(?:{_SP}{{0,2}}(?P<ampm>[apAP]\.?[mM]\.?)(?!\w))?(?:{_SP}{{0,2}}{_TIME_ZONE})?)?"
)


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_ALTERNATION})\b\.?"


def _day(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?\b"


#: Nouns that show a four-digit number is a count ("in 2000 cases"), not a year.
_COUNTED = (
    r"(?i:people|persons|cases|troops|soldiers|refugees|migrants|families|children|women|men|deaths|casualties"
    r"|civilians|members|participants|delegates|votes|places|visas|homes|houses|units|tonnes|tons|hectares"
    r"|kilometres|kilometers|km|miles|metres|meters|dollars|euros|pounds|applications|students|workers"
    r"|households|individuals|jobs|schools|hospitals|villages|vehicles|tanks|weapons|rockets|missiles|prisoners"
    r"|detainees|hostages|signatures|pages|words|companies|firms|projects|beds|doses|vaccines|staff|officers"
    r"|police|troop|personnel|fighters|victims|residents|inhabitants|voters|seats|km2|sq)\b"
)


def _year(name: str) -> str:
    return rf"(?P<{name}>\d{{4}})(?!\w|[.,/]\d|{_S}{_COUNTED})"


_MODIFIERS = _cased("last", "past", "previous", "this", "current", "next", "coming")
_WEEKDAY_PREFIX = rf"(?P<weekday>{_WEEKDAY_ALTERNATION})\b\.?{_SP}{{0,2}},?{_S}"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# ---------------------------------------------------------------------------------------
# Building mentions


class _Context(NamedTuple):
    text: str
    reference: PartialDate | None


_Builder = Callable[[re.Match[str], _Context], "DateMention | None"]


def _is_capitalised(word: str | None) -> bool:
    return word is not None and not word[:1].islower()


def _english_month(match: re.Match[str], group: str) -> int | None:
    word = match.groupdict().get(group)
    if word is None or not _is_capitalised(word):
        return None
    return _ENGLISH_MONTHS[word.casefold()]


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value is not None else None


def _gregorian_year(value: int | None) -> int | None:
    if value is None:
        return None
    return value if 1000 <= value <= 2199 else -1


def _partial(year: int | None, month: int | None, day: int | None = None) -> PartialDate | None:
    if year is not None and year < 1:
        return None
    try:
        return PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def _with_time(date: PartialDate, match: re.Match[str]) -> PartialDate:
    """``date`` with the time of day the match read, where it read a valid one."""
    if "hour" not in match.re.groupindex or match.group("hour") is None or date.day is None or date.year is None:
        return date
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    meridiem = (match.groupdict().get("ampm") or "").casefold()
    if meridiem:
        if not 1 <= hour <= 12:
            return date
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    if hour > 23:
        return date
    return attrs.evolve(date, hour=hour, minute=minute)


def _ordered(start: PartialDate, end: PartialDate) -> bool:
    """Whether ``start`` does not come after ``end`` (where the two can be compared)."""
    if start.year is not None and end.year is not None:
        return _sort_key(start) <= _sort_key(end)
    if start.year is None and end.year is None:
        return _sort_key(start) <= _sort_key(end)
    return False


def _sort_key(date: PartialDate) -> tuple[int, int, int, int, int]:
    return (date.year or 0, date.month or 0, date.day or 0, date.hour or 0, date.minute or 0)


_FULL_NAME_BEFORE_DOT = re.compile(
    r"\b(?:"
    + _capitalised([*(n.capitalize() for n in _ENGLISH_MONTHS if len(n) > 4 or n == "may"), *_FULL_WEEKDAYS])
    + r")\.$"
)


def _joined_by_and(context: _Context, match: re.Match[str], gap_start: int, gap_end: int) -> bool:
    """Whether two dates are joined by "and" without "between": two dates, not a range."""
    gap = context.text[gap_start:gap_end].casefold()
    if re.search(r"\band\b|&", gap) is None:
        return False
    return _PRECEDING_BETWEEN.search(context.text, max(0, match.start() - 12), match.start()) is None


def _mention(
    context: _Context,
    begin: int,
    finish: int,
    start: PartialDate | None,
    end: PartialDate | None = None,
    **fields: object,
) -> DateMention | None:
    if start is None:
        return None
    end = start if end is None else end
    if end is not start and not _ordered(start, end):
        return None
    if context.text.endswith(".", begin, finish) and _FULL_NAME_BEFORE_DOT.search(context.text, begin, finish):
        finish -= 1  # "agreed in September." : the full stop ends the sentence
    return DateMention(
        span=Span(begin, finish),
        text=context.text[begin:finish],
        start=start,
        end=end,
        **fields,  # type: ignore[arg-type]
    )


def _day_range(
    year1: int | None, month1: int, day1: int, year2: int | None, month2: int, day2: int
) -> tuple[PartialDate | None, PartialDate | None]:
    """Dates of a day range where the year may be written once, at the end."""
    if year1 is None and year2 is not None:
        year1 = year2 - 1 if (month1, day1) > (month2, day2) else year2
    return _partial(year1, month1, day1), _partial(year2, month2, day2)


def _build_month_day_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "April 24-26, 2023", "May 1 and 2", "May 1-2-2023", "Oct 9, 2019, 11:05 IST"."""
    month1 = _english_month(match, "m1")
    if month1 is None or (match.groupdict().get("m2") is not None and _english_month(match, "m2") is None):
        return None
    month2 = _english_month(match, "m2") or month1
    day1, day2 = _int(match, "d1"), _int(match, "d2")
    assert day1 is not None
    year = _gregorian_year(_int(match, "y"))
    finish = match.end()
    if year == -1:  # "May 4, 1200 troops": the number is not the year
        year = None
        finish = match.end("d2") if day2 is not None else match.end("d1")
    if day2 is None:
        start = _partial(year, month1, day1)
        if start is not None and finish == match.end():
            start = _with_time(start, match)
        return _mention(context, match.start(), finish, start)
    start, end = _day_range(None, month1, day1, year, month2, day2)
    return _mention(context, match.start(), finish, start, end)


def _build_cross_year_month_day(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "December 30, 2022 - January 2, 2023"."""
    month1, month2 = _english_month(match, "m1"), _english_month(match, "m2")
    year1, year2 = _gregorian_year(_int(match, "y1")), _gregorian_year(_int(match, "y2"))
    if month1 is None or month2 is None or year1 == -1 or year2 == -1:
        return None
    if _joined_by_and(context, match, match.end("y1"), match.start("m2")):
        return None
    start, end = _day_range(year1, month1, _int(match, "d1") or 0, year2, month2, _int(match, "d2") or 0)
    return _mention(context, match.start(), match.end(), start, end)


def _build_day_month_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "29 July 2017", "Saturday, 29 July", "the 4th of December", "19-20 October 2015",
    "30 April - 2 May 2023"."""
    month2 = _english_month(match, "m2")
    if month2 is None:
        return None
    groups = match.re.groupindex
    has_month1 = "m1" in groups and match.group("m1") is not None
    month1 = _english_month(match, "m1") if has_month1 else month2
    if month1 is None:
        return None
    day1 = _int(match, "d1")
    day2 = _int(match, "d2") if "d2" in groups else None
    year1 = _gregorian_year(_int(match, "y1")) if "y1" in groups else None
    year2 = _gregorian_year(_int(match, "y2"))
    finish = match.end()
    if year2 == -1:
        year2 = None
        finish = match.end("m2")
    if year1 == -1:
        return None
    if has_month1:
        gap_start = match.end("y1") if match.group("y1") is not None else match.end("m1")
        if _joined_by_and(context, match, gap_start, match.start("d2")):
            return None
    assert day1 is not None
    if day2 is None:
        start = _partial(year2, month1, day1)
        if start is not None and finish == match.end():
            start = _with_time(start, match)
        return _mention(context, match.start(), finish, start)
    start, end = _day_range(year1, month1, day1, year2, month2, day2)
    return _mention(context, match.start(), finish, start, end)


def _build_month_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "May 2023", "Sept. 2022", "May/June 1995", "September 2022 - April 2023"."""
    month2 = _english_month(match, "m2")
    has_month1 = match.groupdict().get("m1") is not None
    month1 = _english_month(match, "m1") if has_month1 else month2
    year2 = _gregorian_year(_int(match, "y2"))
    year1 = _gregorian_year(_int(match, "y1")) if "y1" in match.re.groupindex else None
    if month1 is None or month2 is None or year2 in (None, -1) or year1 == -1:
        return None
    assert year2 is not None
    if year1 is not None and _joined_by_and(context, match, match.end("y1"), match.start("m2")):
        return None
    if year1 is None:
        year1 = year2 - 1 if month1 > month2 else year2
    return _mention(context, match.start(), match.end(), _partial(year1, month1), _partial(year2, month2))


def _build_iso(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "2023-04-24", "2022-09-29 19:58:20-04:00", "2023/04/24"."""
    year = _gregorian_year(_int(match, "y"))
    if year is None or year < 1600:  # "1402/02/04" is Solar or lunar Hijri: see the calendar rules
        return None
    date = _partial(year, _int(match, "mo"), _int(match, "d"))
    if date is not None:
        date = _with_time(date, match)
    return _mention(context, match.start(), match.end(), date)


def _numeric_day_month(first: int, second: int, separator: str, *, guess: bool) -> tuple[int, int] | None:
    """(day, month) of an all-numeric date, or ``None`` if the order cannot be told."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    if first == second:
        return first, second
    if not guess or first > 12:
        return None
    # In metadata, dashes and dots are day-first nearly everywhere; slashes are not settled.
    return (first, second) if separator in "-." else None


def _build_numeric(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "24/04/2023", "13.02.2025": only when day and month cannot be confused."""
    year = _gregorian_year(_int(match, "y"))
    order = _numeric_day_month(_int(match, "a") or 0, _int(match, "b") or 0, match.group("sep"), guess=False)
    if order is None or year is None or year < 1600:  # "24/2/1402" is Solar Hijri
        return None
    date = _partial(year, order[1], order[0])
    if date is not None:
        date = _with_time(date, match)
    return _mention(context, match.start(), match.end(), date)


def _plausible_year(value: int) -> bool:
    return 1800 <= value <= 2199


_PRECEDING_BETWEEN = re.compile(rf"{_cased('between')}{_S}$")


def _build_year_range(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "2002-2014", "from 2014 to 2019", "between 2014 and 2019"."""
    first, last = int(match.group("y1")), int(match.group("y2"))
    if not (_plausible_year(first) and _plausible_year(last) and first < last <= first + 100):
        return None
    joined_by = (match.group("word") or "").casefold()
    if joined_by == "and" or "&" in match.group(0):
        if _PRECEDING_BETWEEN.search(context.text, max(0, match.start() - 12), match.start()) is None:
            return None  # "in 2014 and 2019" names two years, not the years between
    return _mention(context, match.start(), match.end(), _partial(first, None), _partial(last, None), cue="range")


def _build_cued_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "in 2022", "since 1975", "by 2030"."""
    year = int(match.group("y"))
    if not _plausible_year(year):
        return None
    return _mention(context, match.start("y"), match.end("y"), _partial(year, None), cue="preposition")


#: What comes between two years of a list: "2014 and 2019", "2015, 2016".
_LIST_BEFORE = re.compile(
    rf"\d{{4}}(?:,{_SP}{{0,3}}(?:(?i:and|or){_SP}{{1,3}})?|{_SP}{{1,3}}(?:(?i:and|or)|&){_SP}{{1,3}})$"
)


def _build_listed_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """A bare year that may continue a list of years (checked in :func:`_select`)."""
    year = int(match.group("y"))
    if (
        not _plausible_year(year)
        or _LIST_BEFORE.search(context.text, max(0, match.start() - 16), match.start()) is None
    ):
        return None
    return _mention(context, match.start(), match.end(), _partial(year, None), cue="list")


def _build_decade(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "the 1990s": the ten years."""
    first = int(match.group("y"))
    if not _plausible_year(first):
        return None
    return _mention(context, match.start(), match.end(), _partial(first, None), _partial(first + 9, None), cue="decade")


def _build_parenthesised_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "Vienna Conference (2023)"."""
    year = int(match.group("y"))
    if not _plausible_year(year):
        return None
    return _mention(context, match.start("y"), match.end("y"), _partial(year, None), cue="parenthesis")


#: Nouns that number things: a year-like number after them is a number ("Resolution 2022").
_NUMBERING_NOUNS = frozenset(
    "resolution resolutions res decision article art section chapter paragraph para annex item page "
    "volume vol rule room flight route code no number nos box unit order case file document doc report "
    "figure fig table version model type class phase level suite floor street tel phone fax agenda vision".split()
)


#: Lower-case nouns after which a year names an event ("the 2023 elections").
_EVENT_NOUNS = frozenset(
    "election elections polls referendum summit meeting meetings conference agreement accord treaty deal "
    "declaration resolution session talks visit ceremony census coup war crisis invasion withdrawal ceasefire "
    "protests uprising revolution earthquake floods attack attacks convention forum dialogue communique statement "
    "games olympics negotiations ministerial".split()
)


def _build_named_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "the 2020 Doha Agreement", "in Tokyo 2012": a year in a dated name."""
    year = int(match.group("y"))
    word = match.group("word")
    named = word[:1].isupper() or word.casefold() in _EVENT_NOUNS
    if not _plausible_year(year) or not named or word.casefold() in _NUMBERING_NOUNS:
        return None
    if word.casefold() in _ENGLISH_MONTHS or word.casefold() in _WEEKDAYS:
        return None
    reference = context.reference
    if reference is not None and reference.year is not None and year > reference.year:
        return None  # "the 2050 Strategy": a name for a plan, not a date
    return _mention(context, match.start("y"), match.end("y"), _partial(year, None), cue="name")


# --- relative mentions -------------------------------------------------------------------


def _reference_day(context: _Context) -> datetime.date | None:
    reference = context.reference
    if reference is None or reference.year is None or reference.month is None or reference.day is None:
        return None
    return datetime.date(reference.year, reference.month, reference.day)


def _day_of(value: datetime.date) -> PartialDate:
    return PartialDate(year=value.year, month=value.month, day=value.day)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _week_of(value: datetime.date) -> tuple[PartialDate, PartialDate]:
    monday = value - datetime.timedelta(days=value.weekday())
    return _day_of(monday), _day_of(monday + datetime.timedelta(days=6))


def weekday_before(reference: PartialDate, weekday: int, *, strictly: bool = False) -> PartialDate | None:
    """The most recent ``weekday`` (0 = Monday) on or before ``reference``.

    Args:
        reference: A full date; ``None`` is returned for a partial one.
        weekday: 0 for Monday through 6 for Sunday.
        strictly: Skip the reference day itself ("last Tuesday").

    >>> str(weekday_before(PartialDate(year=2017, month=7, day=31), 5))
    '2017-07-29'
    """
    if reference.year is None or reference.month is None or reference.day is None:
        return None
    day = datetime.date(reference.year, reference.month, reference.day)
    back = (day.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return _day_of(day - datetime.timedelta(days=back))


def _relative(
    context: _Context, begin: int, finish: int, start: PartialDate | None, end: PartialDate | None = None
) -> DateMention | None:
    return _mention(context, begin, finish, start, end, relative=True)


def _build_relative_day(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "today", "yesterday", "tomorrow", "this morning"."""
    day = _reference_day(context)
    if day is None:
        return None
    word = match.group("word").casefold()
    offset = -1 if word == "yesterday" else 1 if word == "tomorrow" else 0
    return _relative(context, match.start(), match.end(), _day_of(day + datetime.timedelta(days=offset)))


_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


_PRECEDING_QUALIFIER = re.compile(rf"{_cased('earlier', 'later', 'early', 'late')}{_S}(?:(?i:in){_S})?$")


def _build_relative_period(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "last week", "earlier this month", "next year"."""
    reference = context.reference
    assert reference is not None
    step = _STEP[match.group("mod").casefold()]
    unit = match.group("unit").casefold()
    begin = match.start()
    qualifier = _PRECEDING_QUALIFIER.search(context.text, max(0, begin - 24), begin)
    if qualifier is not None and _left_is_clear(context.text, qualifier.start(), "word"):
        begin = qualifier.start()
    if unit == "year":
        assert reference.year is not None
        return _relative(context, begin, match.end(), _partial(reference.year + step, None))
    if unit == "month":
        if reference.year is None or reference.month is None:
            return None
        year, month = _add_months(reference.year, reference.month, step)
        return _relative(context, begin, match.end(), _partial(year, month))
    day = _reference_day(context)
    if day is None:
        return None
    if unit == "weekend":
        if step < 0:  # the Saturday and Sunday before the most recent Sunday strictly before
            sunday = day - datetime.timedelta(days=(day.weekday() + 1) % 7 or 7)
        else:
            sunday = day + datetime.timedelta(days=6 - day.weekday() + 7 * step)
        first, last = _day_of(sunday - datetime.timedelta(days=1)), _day_of(sunday)
        return _relative(context, begin, match.end(), first, last)
    first, last = _week_of(day + datetime.timedelta(weeks=step))
    return _relative(context, begin, match.end(), first, last)


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _build_ago(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "two days ago", "3 weeks ago", "a year ago"."""
    reference = context.reference
    assert reference is not None and reference.year is not None
    count_text = match.group("n").casefold()
    count = _NUMBER_WORDS[count_text] if count_text in _NUMBER_WORDS else int(count_text)
    unit = match.group("unit").casefold().rstrip("s")
    if unit == "year":
        return _relative(context, match.start(), match.end(), _partial(reference.year - count, None))
    if unit == "month":
        if reference.month is None:
            return None
        year, month = _add_months(reference.year, reference.month, -count)
        return _relative(context, match.start(), match.end(), _partial(year, month))
    day = _reference_day(context)
    if day is None:
        return None
    if unit == "day":
        return _relative(context, match.start(), match.end(), _day_of(day - datetime.timedelta(days=count)))
    first, last = _week_of(day - datetime.timedelta(weeks=count))
    return _relative(context, match.start(), match.end(), first, last)


_PRECEDING_MODIFIER = re.compile(rf"(?P<mod>{_MODIFIERS}){_S}$")


_PRECEDING_NAME = re.compile(rf"(?<![^\W\d_])(?P<word>[A-Z][\w’'\-]*){_SP}{{1,3}}$")
_WEEKDAY_CUES = frozenset(
    "on last this next past previous coming since until till by from through early late before after "
    "and or but then".split()
)
_PRECEDING_EVERY = re.compile(rf"\b(?i:every|each|on{_SP}{{1,3}}every){_SP}{{1,3}}$")


def _build_relative_weekday(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "on Tuesday", "agreed Saturday", "last Friday", "next Monday"."""
    reference = context.reference
    if reference is None:
        return None
    weekday = _WEEKDAYS[match.group("wd").casefold()]
    begin = match.start()
    named = _PRECEDING_NAME.search(context.text, max(0, begin - 24), begin)
    if named is not None and named.group("word").casefold() not in _WEEKDAY_CUES:
        return None  # "Good Friday", "Bloody Sunday": a name, not a date
    if _PRECEDING_EVERY.search(context.text, max(0, begin - 12), begin) is not None:
        return None  # "every Friday": no one day
    preceding = _PRECEDING_MODIFIER.search(context.text, max(0, begin - 24), begin)
    modifier = preceding.group("mod").casefold() if preceding is not None else ""
    if preceding is not None and _left_is_clear(context.text, preceding.start(), "word"):
        begin = preceding.start()
    else:
        modifier = ""
    future = not modifier and _speaks_of_future(context, begin)
    if modifier in ("next", "coming") or future:
        day = _reference_day(context)
        if day is None:
            return None
        ahead = (weekday - day.weekday()) % 7
        if ahead == 0 and not future:
            ahead = 7  # "next Tuesday" said on a Tuesday
        return _relative(context, begin, match.end(), _day_of(day + datetime.timedelta(days=ahead)))
    date = weekday_before(reference, weekday, strictly=modifier in ("last", "past", "previous"))
    return _relative(context, begin, match.end(), date)


#: Words that put the rest of their clause in the future ("will meet in September").
_FUTURE = re.compile(
    r"\b(?i:will|shall|(?:is|are|was|were)\s{1,3}(?:expected|scheduled|due|set|planned|slated|going)\s{1,3}to"
    r"|(?:is|are)\s{1,3}to|to\s{1,3}be\s{1,3}held|scheduled|upcoming|plans?\s{1,3}to)\b|['’]ll\b"
)
_CLAUSE_END = re.compile(r"[.;:!?,\n(\[]")


def _speaks_of_future(context: _Context, position: int) -> bool:
    """Whether the clause before ``position`` is in the future tense."""
    low = max(0, position - 80)
    clause_start = low
    for boundary in _CLAUSE_END.finditer(context.text, low, position):
        clause_start = boundary.end()
    return _FUTURE.search(context.text, clause_start, position) is not None


def _month_near(reference: PartialDate, month: int, step: int, *, ahead: bool = False) -> PartialDate | None:
    """``month`` in the year that ``step`` (-1 last, 0 most recent or, ``ahead``, the
    coming one, 1 next) points to."""
    assert reference.year is not None
    if reference.month is None:
        return None  # a reference of a year alone cannot place the month before or after it
    if step == 0 and ahead:
        year = reference.year if month >= reference.month else reference.year + 1
    elif step == 0:
        year = reference.year if month <= reference.month else reference.year - 1
    elif step < 0:
        year = reference.year if month < reference.month else reference.year - 1
    else:
        year = reference.year if month > reference.month else reference.year + 1
    return _partial(year, month)


def _build_month_relative_year(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "September last year", "March this year"."""
    reference = context.reference
    month = _english_month(match, "m1")
    if reference is None or reference.year is None or month is None:
        return None
    year = reference.year + _STEP[match.group("mod").casefold()]
    return _relative(context, match.start(), match.end(), _partial(year, month))


def _build_modified_month(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "last September", "this March", "next May"."""
    reference = context.reference
    month = _english_month(match, "m1")
    if reference is None or month is None:
        return None
    modifier = match.group("mod").casefold()
    step = _STEP[modifier]
    if modifier == "this":
        assert reference.year is not None
        return _relative(context, match.start(), match.end(), _partial(reference.year, month))
    return _relative(context, match.start(), match.end(), _month_near(reference, month, step))


def _build_cued_month(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "in September", "since March", "mid-May": the most recent such month, or the
    coming one in a clause about the future ("will meet in September")."""
    reference = context.reference
    month = _english_month(match, "m1")
    if reference is None or month is None:
        return None
    ahead = _speaks_of_future(context, match.start())
    return _relative(context, match.start("m1"), match.end(), _month_near(reference, month, 0, ahead=ahead))


# --- non-Gregorian ----------------------------------------------------------------------


def _original(
    context: _Context, calendar: str, begin: int, finish: int, first: datetime.date | None, last: datetime.date | None
) -> DateMention | None:
    if first is None or last is None or last < first:
        return None
    start, end = _day_of(first), _day_of(last)
    span = Span(begin, finish)
    original = OriginalDate(calendar=calendar, text=context.text[begin:finish], start=start, end=end, span=span)
    return _mention(context, begin, finish, start, end, calendar=calendar, original=original)


def _calendar_year(match: re.Match[str], *, marked: bool, low: int, high: int) -> int | None:
    """The year of a non-Gregorian date: any year with a calendar marker, else a modern one."""
    year = int(match.group("y"))
    if marked:
        return year if 1 <= year <= 1699 else None
    return year if low <= year <= high else None


def _solar_hijri_month(match: re.Match[str]) -> int | None:
    word = match.group("m1")
    if not _is_capitalised(word):
        return None
    return _SOLAR_HIJRI_LOOKUP.get(_fold(word))


def _build_solar_hijri(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "Saur 4-6 - 1402 HS", "4 Hamal 1402", "Ordibehesht 1402", "1402 SH"."""
    groups = match.re.groupindex
    marked = match.group("mark") is not None
    year = _calendar_year(match, marked=marked, low=1250, high=1500)
    if year is None:
        return None
    if "m1" not in groups and "mo" not in groups:  # a year with its marker
        first = solar_hijri_to_gregorian(year, 1, 1)
        last = solar_hijri_to_gregorian(year, 12, solar_hijri_month_length(year, 12))
        return _original(context, "solar-hijri", match.start(), match.end(), first, last)
    month = _int(match, "mo") if "mo" in groups else _solar_hijri_month(match)
    if month is None:
        return None
    if "d1" not in groups:
        first_day, last_day = 1, solar_hijri_month_length(year, month)
    else:
        first_day = _int(match, "d1") or 0
        last_day = _int(match, "d2") or first_day
    first = solar_hijri_to_gregorian(year, month, first_day)
    last = solar_hijri_to_gregorian(year, month, last_day)
    return _original(context, "solar-hijri", match.start(), match.end(), first, last)


def _hijri_month(word: str | None) -> int | None:
    if not _is_capitalised(word):
        return None
    assert word is not None
    key = _fold(word)
    arabic = {"محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10}
    if key in arabic:
        return arabic[key]
    if not key.isascii():
        first_half = "اول" in key or "أول" in key or "الاولى" in key or "الأولى" in key
        if key.startswith("ربیع") or key.startswith("ربيع"):
            return 3 if first_half else 4
        if key.startswith("جماد"):
            return 5 if first_half else 6
        return 11 if "قعد" in key else 12
    if key.startswith(("muh", "moh", "mha", "mhr")):
        return 1
    if key.startswith("saf") or key.startswith("sap"):
        return 2
    if key.startswith("raj"):
        return 7
    if key.startswith("ram"):
        return 9
    if key.startswith("sha"):
        return 8 if key.endswith("ban") else 10
    first_half = not key.endswith(("thani", "sani", "akhir", "akhar", "akhira", "akhirah", "ukhra", "ii"))
    if key.startswith("rabi"):
        return 3 if first_half else 4
    if key.startswith(("jum", "jam")):
        return 5 if first_half else 6
    return 12 if "hij" in key else 11


def _build_hijri(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "1 Ramadan 1444 AH", "Ramadan 1444", "Dhu al-Hijjah 10, 1444", "1444 AH"."""
    groups = match.re.groupindex
    marked = match.group("mark") is not None
    year = _calendar_year(match, marked=marked, low=1300, high=1600)
    if year is None:
        return None
    if "m1" not in groups and "mo" not in groups:
        first = hijri_to_gregorian(year, 1, 1)
        last = hijri_to_gregorian(year, 12, hijri_month_length(year, 12))
        return _original(context, "hijri", match.start(), match.end(), first, last)
    month = _int(match, "mo") if "mo" in groups else _hijri_month(match.group("m1"))
    if month is None:
        return None
    if "d1" not in groups:
        first_day, last_day = 1, hijri_month_length(year, month)
    else:
        first_day = _int(match, "d1") or 0
        last_day = _int(match, "d2") or first_day
    first = hijri_to_gregorian(year, month, first_day)
    last = hijri_to_gregorian(year, month, last_day)
    return _original(context, "hijri", match.start(), match.end(), first, last)


# ---------------------------------------------------------------------------------------
# The rules


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    build: _Builder
    #: Needs a reference date (a relative mention).
    relative: bool = False
    #: What may not come just before a match: ``word`` (a letter or digit), ``number``
    #: (also the signs that join numbers, so that "A/RES/70/291" yields nothing).
    left: str = "word"
    #: A pattern every match contains (a month name, a calendar marker). Rules that start
    #: with a digit are run only near its matches, so that long runs of numbers cost little.
    anchor: re.Pattern[str] | None = None


#: How far a mention can reach from its anchor, either way (mentions are short).
_ANCHOR_REACH = 120
_MONTH_ANCHOR = re.compile(rf"(?:{_MONTH_ALTERNATION})\b")
_AGO_ANCHOR = re.compile(r"\b(?i:ago)\b")


def _windows(anchor: re.Pattern[str], text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    """Stretches of ``text[begin:stop]`` within reach of ``anchor``'s matches, merged."""
    windows: list[tuple[int, int]] = []
    for match in anchor.finditer(text, begin, stop):
        low, high = max(begin, match.start() - _ANCHOR_REACH), min(stop, match.end() + _ANCHOR_REACH)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


_NUMBER_JOINERS = frozenset(".,:/-\u2010\u2011\u2013\u2014$€£#")


def _left_is_clear(text: str, position: int, kind: str) -> bool:
    if position == 0:
        return True
    before = text[position - 1]
    if before.isalnum() or before == "_":
        return False
    return kind != "number" or before not in _NUMBER_JOINERS


def _non_gregorian_rules(months: str, mark: str, year_mark: str, build: _Builder) -> list[_Rule]:
    month = rf"(?P<m1>{months})(?!\w)"
    marker = rf"(?:{_SP}{{0,3}}(?P<mark>{mark}))?"
    year = r"(?P<y>\d{4})(?!\d)"
    day_range = rf"{_day('d1')}(?:{_RANGE}{_day('d2')})?"
    between = rf"(?:{_SP}{{0,3}}[-\u2013\u2014,/]{_SP}{{0,3}}|{_S})"
    month_anchor = re.compile(rf"(?:{months})(?!\w)")
    mark_anchor = re.compile(year_mark)
    return [
        # "Saur 4-6 - 1402 HS", "Ramadan 1, 1444 AH"
        _Rule(_compile(rf"{month}{_S0}{day_range}{between}{year}{marker}"), build),
        # "4-6 Saur 1402", "1 Ramadan 1444 AH", "۴ ثور ۱۴۰۲"
        _Rule(
            _compile(rf"{day_range}{_OF}?{_S}{month}{_SP}{{0,2}},?{_S}{year}{marker}"),
            build,
            left="number",
            anchor=month_anchor,
        ),
        # "Ordibehesht 1402", "Ramadan 1444 AH"
        _Rule(_compile(rf"{month}{_SP}{{0,2}},?{_S}{year}{marker}"), build),
        # "1402 HS", "1444 AH"
        _Rule(_compile(rf"{year}{_SP}{{0,3}}(?P<mark>{year_mark})"), build, left="number", anchor=mark_anchor),
        # "1402/02/04 HS", "1444/09/01 AH": numeric, so only with a marker
        _Rule(
            _compile(
                rf"{year}(?P<sep>[/.\-])(?P<mo>\d{{1,2}})(?P=sep)(?P<d1>\d{{1,2}}){_SP}{{0,3}}(?P<mark>{year_mark})"
            ),
            build,
            left="number",
            anchor=mark_anchor,
        ),
    ]


_YEAR_CUES = _cased(
    "in", "since", "of", "until", "till", "by", "from", "during", "before", "after", "through", "throughout",
    "around", "circa", "early", "late", "mid", "end_of", "beginning_of", "start_of", "spring", "summer", "autumn",
    "fall", "winter", "year", "years", "fiscal", "as_of", "for",
)  # fmt: skip
_MONTH_CUES = _cased(
    "in", "since", "until", "till", "by", "during", "from", "through", "throughout", "early", "late", "mid",
    "before", "after", "end_of", "beginning_of", "start_of", "middle_of",
)  # fmt: skip
_FOLLOWED_BY_DAY_OR_YEAR = rf"(?!{_SP}{{0,2}},?{_S0}\d)"


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
)  # fmt: skip
#: "twenty-fourth" → 24, for the days of a written-out date.
_ORDINAL_DAYS = {
    **{word: index + 1 for index, word in enumerate(_ORDINAL_UNITS)},
    **{word: index + 10 for index, word in enumerate(_ORDINAL_TEENS)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": 21 + index for index, word in enumerate(_ORDINAL_UNITS)},
    "thirty-first": 31,
}
_CARDINALS = {
    **{word: index + 1 for index, word in enumerate(_UNITS)},
    **{word: index + 10 for index, word in enumerate(_TEENS)},
    **{word: 20 + 10 * index for index, word in enumerate(_TENS)},
}
_HYPHEN = r"[\s\-]"
_ORDINAL_DAY_WORDS = "|".join(sorted((w.replace("-", _HYPHEN) for w in _ORDINAL_DAYS), key=len, reverse=True))
_NUMBER_WORD = "|".join(sorted([*_CARDINALS, "thousand", "hundred", "and"], key=len, reverse=True))
#: "two thousand and twenty-three", "nineteen ninety-four": up to six number words.
_YEAR_WORDS = (
    rf"(?i:two{_SP}{{1,3}}thousand(?:(?:{_SP}{{1,3}}|-)(?:{_NUMBER_WORD})\b){{0,4}}"
    rf"|(?:nineteen|twenty)(?:(?:{_SP}{{1,3}}|-)(?:{_NUMBER_WORD})\b){{1,4}})"
)


def _number_below_hundred(words: list[str]) -> int | None:
    if not words or len(words) > 2:
        return None
    if len(words) == 1:
        return _CARDINALS.get(words[0])
    tens, unit = _CARDINALS.get(words[0]), _CARDINALS.get(words[1])
    if tens is None or unit is None or tens < 20 or tens % 10 or unit > 9:
        return None
    return tens + unit


def _year_from_words(phrase: str) -> int | None:
    """1994 for "nineteen ninety-four", 2023 for "two thousand and twenty-three"."""
    words = [w for w in re.split(r"[\s\-]+", phrase.casefold()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _number_below_hundred(words[2:]) if len(words) > 2 else 0
        return None if rest is None else 2000 + rest
    if words[:2] == ["nineteen", "hundred"]:
        rest = _number_below_hundred(words[2:]) if len(words) > 2 else 0
        return None if rest is None else 1900 + rest
    century = {"nineteen": 1900, "twenty": 2000}.get(words[0])
    rest = _number_below_hundred(words[1:])
    if century is None or rest is None or rest < 10:
        return None
    return century + rest


def _build_written_date(match: re.Match[str], context: _Context) -> DateMention | None:
    """ "the twenty-fourth day of April, two thousand and twenty-three"."""
    month = _english_month(match, "m2")
    day = _ORDINAL_DAYS.get(re.sub(r"[\s\-]+", "-", match.group("dw").casefold()))
    if month is None or day is None:
        return None
    finish = match.end()
    year: int | None = None
    if match.group("y2") is not None:
        year = _gregorian_year(_int(match, "y2"))
    elif match.group("yw") is not None:
        year = _year_from_words(match.group("yw"))
    if year is None or year == -1:
        year = None
        finish = match.end("m2")
    return _mention(context, match.start(), finish, _partial(year, month, day))


def _gregorian_rules() -> list[_Rule]:
    month_day_year = (
        rf"{_month('m1')}{_S0}{_day('d1')}(?:{_RANGE}(?:{_month('m2')}{_S})?{_day('d2')})?"
        rf"(?:{_YEAR_AFTER_DAY}{_year('y')}{_TIME})?"
    )
    day_month_year = rf"{_day('d1')}(?:{_S}(?i:day))?{_OF}?{_S}{_month('m2')}(?:{_COMMA_OR_SPACE}{_year('y2')}{_TIME})?"
    day_day_month_year = (
        rf"{_day('d1')}{_OF}?{_RANGE}{_day('d2')}{_OF}?{_S}{_month('m2')}(?:{_COMMA_OR_SPACE}{_year('y2')})?"
    )
    return [
        # "April 24-26, 2023", "May 1 and 2", "May 1-2-2023", "Oct 9, 2019, 11:05 IST"
        _Rule(_compile(month_day_year), _build_month_day_year),
        _Rule(_compile(_WEEKDAY_PREFIX + month_day_year), _build_month_day_year),
        # "the twenty-fourth day of April, two thousand and twenty-three"
        _Rule(
            _compile(
                rf"(?P<dw>(?i:{_ORDINAL_DAY_WORDS}))(?:{_S}(?i:day))?{_OF}{_S}{_month('m2')}"
                rf"(?:{_COMMA_OR_SPACE}(?:{_year('y2')}|(?P<yw>{_YEAR_WORDS})))?"
            ),
            _build_written_date,
            anchor=_MONTH_ANCHOR,
        ),
        # "24-Apr-2023", "24 Apr. 2023" as some sites print dates
        _Rule(
            _compile(rf"{_day('d1')}[\-/]{_month('m2')}[\-/]{_year('y2')}"),
            _build_day_month_year,
            left="number",
            anchor=_MONTH_ANCHOR,
        ),
        # "2023 April 24"
        _Rule(
            _compile(rf"{_year('y')}{_S}{_month('m1')}{_S}{_day('d1')}(?!{_SP}{{0,2}},?{_S0}\d|:)"),
            _build_month_day_year,
            left="number",
            anchor=_MONTH_ANCHOR,
        ),
        # "December 30, 2022 - January 2, 2023"
        _Rule(
            _compile(
                rf"{_month('m1')}{_S}{_day('d1')}{_COMMA_OR_SPACE}{_year('y1')}{_RANGE}{_month('m2')}{_S}"
                rf"{_day('d2')}{_COMMA_OR_SPACE}{_year('y2')}"
            ),
            _build_cross_year_month_day,
        ),
        # "29 July 2017", "the 4th of December", "Saturday, 29 July"
        _Rule(_compile(day_month_year), _build_day_month_year, left="number", anchor=_MONTH_ANCHOR),
        _Rule(_compile(_WEEKDAY_PREFIX + day_month_year), _build_day_month_year),
        # "19-20 October 2015", "1-2 May"
        _Rule(_compile(day_day_month_year), _build_day_month_year, left="number", anchor=_MONTH_ANCHOR),
        _Rule(_compile(_WEEKDAY_PREFIX + day_day_month_year), _build_day_month_year),
        # "30 April - 2 May 2023"
        _Rule(
            _compile(
                rf"{_day('d1')}{_S}{_month('m1')}(?:{_COMMA_OR_SPACE}{_year('y1')})?{_RANGE}"
                rf"{_day('d2')}{_S}{_month('m2')}(?:{_COMMA_OR_SPACE}{_year('y2')})?"
            ),
            _build_day_month_year,
            left="number",
            anchor=_MONTH_ANCHOR,
        ),
        # "May 2023"
        _Rule(_compile(rf"{_month('m2')}{_COMMA_OR_SPACE}{_year('y2')}"), _build_month_year),
        # "May/June 1995", "March to May 2023"
        _Rule(
            _compile(
                rf"{_month('m1')}(?:{_RANGE}|{_SP}{{0,2}}/{_SP}{{0,2}}){_month('m2')}{_COMMA_OR_SPACE}{_year('y2')}"
            ),
            _build_month_year,
        ),
        # "September 2022 - April 2023"
        _Rule(
            _compile(
                rf"{_month('m1')}{_COMMA_OR_SPACE}{_year('y1')}{_RANGE}{_month('m2')}{_COMMA_OR_SPACE}{_year('y2')}"
            ),
            _build_month_year,
        ),
        # "2023-04-24", "2022-09-29 19:58:20-04:00"
        _Rule(
            _compile(
                r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
                rf"(?:(?:T|{_SP}{{1,2}})(?P<hour>\d{{2}}):(?P<minute>\d{{2}})(?::\d{{2}}(?:\.\d{{1,6}})?)?"
                rf"(?:{_SP}{{0,2}}(?P<ampm>[apAP]\.?[mM]\.?)(?!\w))?(?:{_SP}{{0,2}}{_TIME_ZONE})?)?(?!\w|[\-/]\d)"
            ),
            _build_iso,
            left="number",
        ),
        # "2023/04/24", "2023.04.24"
        _Rule(
            _compile(r"(?P<y>\d{4})(?P<sep>[/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\w|[\-/.]\d)"),
            _build_iso,
            left="number",
        ),
        # "24/04/2023", "13.02.2025"
        _Rule(
            _compile(rf"(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\w|[\-/.]\d){_TIME}"),
            _build_numeric,
            left="number",
        ),
    ]


def _year_rules() -> list[_Rule]:
    return [
        # "2002-2014", "2014 to 2019", "between 2014 and 2019"
        _Rule(
            _compile(
                rf"(?P<y1>\d{{4}})(?:{_SP}{{0,3}}{_DASH}{_SP}{{0,3}}|{_S}(?P<word>{_cased('to', 'through', 'until', 'till', 'and')}|&){_S})"
                r"(?P<y2>\d{4})(?!\w|[\-/.,]\d|%)"
            ),
            _build_year_range,
            left="number",
        ),
        # "in 2022", "since 1975"
        _Rule(
            _compile(rf"{_YEAR_CUES}(?:{_S}|-)(?P<y>\d{{4}})(?!\w|[\-\u2013/.,]\d|{_SP}?%|{_S}{_COUNTED})"),
            _build_cued_year,
        ),
        # "2019" in "in 2014 and 2019", "in 2015, 2016 and 2019": kept only after a year
        _Rule(
            _compile(rf"(?P<y>\d{{4}})(?!\w|[\-\u2013/.,]\d|{_SP}?%|{_S}{_COUNTED})"), _build_listed_year, left="number"
        ),
        # "the 1990s", "the 2010’s"
        _Rule(_compile(r"(?P<y>\d{3}0)['’]?s\b"), _build_decade, left="number"),
        # "(2023)"
        _Rule(_compile(r"\((?P<y>\d{4})\)"), _build_parenthesised_year, left="none"),
        # "the 2020 Doha Agreement"
        _Rule(
            _compile(
                rf"{_cased('the', 'a', 'an', 'its', 'their', 'this', 'that')}{_S}(?P<y>\d{{4}}){_S}"
                r"(?P<word>[^\W\d_][\w’'\-]{0,40})"
            ),
            _build_named_year,
        ),
        # "in Tokyo 2012", "the Olympics 2000"
        _Rule(
            _compile(
                rf"{_cased('in', 'at', 'the')}{_S}(?P<word>[^\W\d_][\w\-]{{0,30}}){_S}(?P<y>\d{{4}})(?!\w|[\-/.,]\d|%)"
            ),
            _build_named_year,
        ),
    ]


def _relative_rules() -> list[_Rule]:
    units = r"(?i:days?|weeks?|months?|years?)"
    return [
        _Rule(
            _compile(
                rf"(?P<word>{_cased('today', 'tonight', 'yesterday', 'tomorrow', 'this_morning', 'this_afternoon', 'this_evening')})\b"
            ),
            _build_relative_day,
            relative=True,
        ),
        _Rule(
            _compile(rf"(?P<mod>{_MODIFIERS}){_S}(?P<unit>(?i:weekend|week|month|year))\b"),
            _build_relative_period,
            relative=True,
        ),
        _Rule(
            _compile(rf"(?P<n>\d{{1,2}}){_S}(?P<unit>{units}){_S}(?i:ago)\b"),
            _build_ago,
            relative=True,
            anchor=_AGO_ANCHOR,
        ),
        _Rule(
            _compile(rf"(?P<n>{_cased(*_NUMBER_WORDS)}){_S}(?P<unit>{units}){_S}(?i:ago)\b"), _build_ago, relative=True
        ),
        _Rule(
            _compile(rf"(?P<wd>{_FULL_WEEKDAY_ALTERNATION})\b{_FOLLOWED_BY_DAY_OR_YEAR}"),
            _build_relative_weekday,
            relative=True,
        ),
        _Rule(
            _compile(
                rf"{_month('m1')}(?:{_SP}{{0,2}},)?(?:{_S}(?i:of))?{_S}(?P<mod>(?i:last|this|next|previous)){_S}(?i:year)\b"
            ),
            _build_month_relative_year,
            relative=True,
        ),
        _Rule(
            _compile(rf"(?P<mod>{_MODIFIERS}){_S}{_month('m1')}{_FOLLOWED_BY_DAY_OR_YEAR}"),
            _build_modified_month,
            relative=True,
        ),
        _Rule(
            _compile(
                rf"{_MONTH_CUES}(?:{_S}|-)(?:(?i:early|late|mid){_S}|(?i:mid)-)?{_month('m1')}{_FOLLOWED_BY_DAY_OR_YEAR}"
                rf"(?!{_S}(?i:last|this|next|previous){_S}(?i:year))"
            ),
            _build_cued_month,
            relative=True,
        ),
    ]


_RULES: tuple[_Rule, ...] = (
    *_gregorian_rules(),
    *_year_rules(),
    *_non_gregorian_rules(_SOLAR_HIJRI_ALTERNATION, _SOLAR_HIJRI_MARK, _SOLAR_HIJRI_MARK, _build_solar_hijri),
    *_non_gregorian_rules(_HIJRI_ALTERNATION, _HIJRI_MARK, _HIJRI_YEAR_MARK, _build_hijri),
    *_relative_rules(),
)


def _select(candidates: Iterable[DateMention], text: str, begin: int, stop: int) -> list[DateMention]:
    """The longest candidates that do not overlap, in text order.

    A year that only continues a list ("in 2014 and 2019") is kept only when the year
    before it was itself read as a date.
    """
    taken = bytearray(stop - begin)
    chosen: list[DateMention] = []
    listed: list[DateMention] = []
    ordered = sorted(candidates, key=lambda m: (-len(m.span), m.span.start))
    for mention in ordered:
        if mention.cue == "list":
            listed.append(mention)
            continue
        low, high = mention.span.start - begin, mention.span.end - begin
        if taken.find(1, low, high) != -1:
            continue
        taken[low:high] = b"\x01" * (high - low)
        chosen.append(mention)
    if listed:
        ends = {m.span.end for m in chosen}
        for mention in sorted(listed, key=lambda m: m.span.start):
            low, high = mention.span.start - begin, mention.span.end - begin
            previous = _LIST_BEFORE.search(text, max(begin, mention.span.start - 16), mention.span.start)
            if previous is None or previous.start() + 4 not in ends:
                continue
            if taken.find(1, low, high) != -1:
                continue
            taken[low:high] = b"\x01" * (high - low)
            ends.add(mention.span.end)
            chosen.append(mention)
    chosen.sort(key=lambda m: m.span.start)
    return chosen


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, reference: PartialDate | None = None
) -> list[DateMention]:
    """Every date mention in ``text[start:end]``, in order, spans indexing ``text``.

    Args:
        text: The whole text; spans index it.
        start: Where to start looking.
        end: Where to stop looking (``None``: the end of the text).
        reference: The date the text was written (its publication date). Relative
            mentions ("yesterday", "last week", "in September") are resolved against it,
            and skipped without it.

    Returns:
        The mentions, in text order, none overlapping another.

    >>> [str(m.start) + ".." + str(m.end) for m in find_dates("Held April 24-26, 2023 in Doha.")]
    ['2023-04-24..2023-04-26']
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, start)
    if begin >= stop:
        return []
    context = _Context(text, reference if reference is not None and reference.year is not None else None)
    candidates: list[DateMention] = []
    windows: dict[re.Pattern[str] | None, list[tuple[int, int]]] = {None: [(begin, stop)]}
    for rule in _RULES:
        if rule.relative and context.reference is None:
            continue
        if rule.anchor not in windows:
            assert rule.anchor is not None
            windows[rule.anchor] = _windows(rule.anchor, text, begin, stop)
        for low, high in windows[rule.anchor]:
            for match in rule.pattern.finditer(text, low, high):
                if rule.left != "none" and not _left_is_clear(text, match.start(), rule.left):
                    continue
                try:
                    mention = rule.build(match, context)
                except OverflowError:  # a relative date beyond year 1 or 9999
                    continue
                if mention is not None:
                    candidates.append(mention)
    return _select(candidates, text, begin, stop)


def date_range_in(
    text: str, start: int = 0, end: int | None = None, *, reference: PartialDate | None = None
) -> DateMention | None:
    """The most telling date mention in ``text[start:end]``, or ``None``.

    That is the first mention stating a day in a known year, else the first stating a
    month, else the first mention of any kind: "a year after the 2022 meeting, held in
    Doha on 1-2 May 2023" gives 2023-05-01..2023-05-02.

    Args:
        text: The whole text; the span indexes it.
        start: Where to start looking.
        end: Where to stop looking (``None``: the end of the text).
        reference: The publication date, for relative mentions (see :func:`find_dates`).
    """
    mentions = find_dates(text, start, end, reference=reference)
    dated = [m for m in mentions if m.start.year is not None]
    for wanted in (("day", "minute"), ("month",)):
        for mention in dated:
            if mention.start.precision in wanted:
                return mention
    return mentions[0] if mentions else None


# ---------------------------------------------------------------------------------------
# Metadata values

_ISO_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<mo>\d{2})(?:-(?P<d>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})"
    r"(?::\d{2}(?:[.,]\d{1,9})?)?)?)?)?\s{0,3}(?:Z|[+\-]\d{2}(?::?\d{2})?|UTC|GMT)?",
    re.IGNORECASE,
)
_NUMERIC_VALUE = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_TIME}", re.IGNORECASE
)
_LABEL = re.compile(
    r"(?:(?:last\s{1,3})?(?:updated|modified|published|posted|created|released|issued|date|dated)"
    r"(?:\s{1,3}(?:on|at))?\s{0,3}[:\-\u2013|]?\s{0,3})+",
    re.IGNORECASE,
)


_CLOCK = re.compile(
    rf"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?:{_SP}{{0,2}}(?P<ampm>[apAP]\.?[mM]\.?)(?!\w))?"
    rf"(?:{_SP}{{0,2}}{_TIME_ZONE})?"
)


def _from_iso_value(match: re.Match[str]) -> PartialDate | None:
    year = int(match.group("y"))
    date = _partial(year, _int(match, "mo"), _int(match, "d"))
    if date is None or match.group("hour") is None:
        return date
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    if hour > 23 or minute > 59:
        return date
    return attrs.evolve(date, hour=hour, minute=minute)


def parse_date(value: str) -> PartialDate | None:
    """Read one date (and time) written in any common form; ``None`` if it is not one.

    The time is kept as local time, as written; a time-zone offset is dropped. An
    all-numeric date with dashes or dots is read day first (``13-02-2025``); one with
    slashes whose day and month could be swapped gives only its year. A label such as
    "Updated:" or "Published on" may precede the date; other words make the value no date.

    Args:
        value: A metadata value (a ``date`` field, a ``published_time`` meta tag, a
            byline's time stamp). Anything but a string gives ``None``.

    Returns:
        The date at the most precise level the value states, or ``None``.

    >>> str(parse_date("May 06, 2023 20:55"))
    '2023-05-06T20:55'
    >>> str(parse_date("2022-09-29 19:58:20-04:00"))
    '2022-09-29T19:58'
    >>> str(parse_date("Tue, 09 Oct 2019 11:05:00 +0530"))
    '2019-10-09T11:05'
    >>> parse_date("Resolution 2721") is None
    True
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 200:
        return None
    iso = _ISO_VALUE.fullmatch(text)
    if iso is not None:
        return _from_iso_value(iso)
    label = _LABEL.match(text)
    if label is not None:
        text = text[label.end() :].strip()
    numeric = _NUMERIC_VALUE.fullmatch(text)
    if numeric is not None:
        year = int(numeric.group("y"))
        order = _numeric_day_month(int(numeric.group("a")), int(numeric.group("b")), numeric.group("sep"), guess=True)
        if order is None:
            return _partial(year, None)
        date = _partial(year, order[1], order[0])
        return _with_time(date, numeric) if date is not None else None
    mentions = [m for m in find_dates(text) if m.start.year is not None]
    if not mentions:
        return None
    best = max(mentions, key=lambda m: (len(m.span), -m.span.start))
    rest = text[: best.span.start] + " " + text[best.span.end :]
    clock = _CLOCK.search(rest)
    if clock is not None:
        rest = rest[: clock.start()] + rest[clock.end() :]
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > 2 or len(re.findall(r"\d", rest)) > 4:
        return None
    if clock is not None and best.start.hour is None:
        return _with_time(best.start, clock)  # "3:30 pm, May 4, 2023"
    return best.start
