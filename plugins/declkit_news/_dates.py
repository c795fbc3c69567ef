"""Publication dates as news pages print them in bylines and markup."""

from __future__ import annotations

import re

import declkit

__all__ = ["find_byline_date", "find_yearless_date", "parse_published", "url_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:(?:,|\s+at|\s+-|\s*\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
_PATTERNS = (
    # 2023-05-06, 2023-05-06T20:55:00+03:00
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2}))?"),
    # May 06, 2023 20:55 / Oct 9, 2019, 11:05 IST
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME),
    # 6 May 2023, 20:55
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME),
    # 7:14 AM EDT, August 24, 2023 (time first, as AP prints it)
    re.compile(
        r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?,?\s+"
        + _MONTH
        + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
    ),
    # 13-02-2025 - 12:47 / 13.02.2025 / 13/02/2025 (day first, as outside the US)
    re.compile(r"(?P<day>\d{1,2})[-./](?P<mnum>\d{1,2})[-./](?P<year>\d{4})" + _TIME),
)


def _build(groups: dict[str, str | None]) -> declkit.PartialDate | None:
    try:
        year = int(groups["year"] or "")
        if groups.get("mnum"):
            month = int(groups["mnum"] or "")
        else:
            month = _MONTHS.get((groups.get("month") or "").lower(), 0)
        day = int(groups["day"] or "")
    except ValueError:
        return None
    if not month:
        return None
    hour = minute = None
    if groups.get("hour") is not None and groups.get("minute") is not None:
        hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if not 1800 <= year <= 2200:
        return None
    try:
        if hour is not None and hour < 24 and minute is not None and minute < 60:
            return declkit.PartialDate(year=year, month=month, day=day, hour=hour, minute=minute)
        return declkit.PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def find_byline_date(text: str) -> tuple[declkit.PartialDate, int, int] | None:
    """The first full date (with its time, if given) in a byline or date line.

    Returns the date and the offsets of its text in ``text``, or ``None``.

    >>> str(find_byline_date("[Luke Coffey](#), May 06, 2023 20:55")[0])
    '2023-05-06T20:55'
    >>> str(find_byline_date("Updated: Oct 9, 2019, 11:05 IST")[0])
    '2019-10-09T11:05'
    >>> str(find_byline_date("Published 7:14 AM EDT, August 24, 2023")[0])
    '2023-08-24T07:14'
    """
    best: tuple[declkit.PartialDate, int, int] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text[:2000]):
            date = _build(match.groupdict())
            if date is not None:
                if best is None or match.start() < best[1]:
                    best = (date, match.start(), match.end())
                break
    return best


def parse_published(value: str) -> declkit.PartialDate | None:
    """Read a machine date (``2025-02-13T12:47:00``) or a printed one."""
    value = value.strip()
    if not value:
        return None
    found = find_byline_date(value)
    if found is not None:
        return found[0]
    try:
        date = declkit.parse_date(value)
    except Exception:  # the shared date reader may not know every form
        return None
    if date is None or date.year is None or not 1800 <= date.year <= 2200:
        return None
    return date


# "March 18 at 12:22 PM": a byline that leaves the year to the page around it.
_YEARLESS = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d,]*\s*\d{4})" + _TIME)
# /2015/03/18/ in an article URL: the date most news sites file their stories under.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")


def url_date(url: str | None) -> declkit.PartialDate | None:
    """The day an article URL files its story under (``/2015/03/18/``), or ``None``.

    >>> str(url_date("https://news.example/world/2015/03/18/talks-resume.html"))
    '2015-03-18'
    """
    if not url:
        return None
    found = {m.groups() for m in _URL_DATE.finditer(url[:500])}
    if len(found) != 1:
        return None
    year, month, day = (int(x) for x in found.pop())
    try:
        return declkit.PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def find_yearless_date(text: str, year: int) -> declkit.PartialDate | None:
    """A byline date without a year ("March 18 at 12:22 PM"), in ``year``.

    >>> str(find_yearless_date("March 18 at 12:22 PM", 2015))
    '2015-03-18T12:22'
    """
    for match in _YEARLESS.finditer(text[:300]):
        groups = match.groupdict()
        if (groups.get("month") or "").lower() not in _MONTHS:
            continue
        groups["year"] = str(year)
        date = _build(groups)
        if date is not None:
            return date
    return None
