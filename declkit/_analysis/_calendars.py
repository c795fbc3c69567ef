"""Calendar arithmetic: Solar Hijri and (lunar) Hijri dates to the Gregorian calendar.

Solar Hijri (Iran's and Afghanistan's civil calendar). Iran's calendar law of 1925
(11 Farvardin 1304) defines the year as starting on the day of the March equinox and
fixes the month lengths: six months of 31 days, five of 30, and Esfand of 29 days, or
30 in a leap year. Afghanistan uses the same structure with the zodiacal month names
(Hamal … Hut). The year start is therefore an astronomical fact, not the output of a
cycle: we take it from :mod:`convertdate.persian`, which computes the equinox reckoned
from the Tehran meridian, and apply the law's month lengths ourselves. jdatetime was
not chosen because it uses the 33-year arithmetic cycle (``year % 33``), an
approximation of the equinox rule; the two agree from 1277 to 1502 SH (1898–2123), and
the test suite checks that they do over the years documents mention.

Hijri (lunar). Months start at the sighting of the new crescent, so no formula is exact.
For 1343–1500 AH (1924–2077) we use :mod:`hijridate`, which implements Saudi Arabia's
official Umm al-Qura calendar, the reference most published Hijri dates follow; outside
that range, or when hijridate is not installed, we fall back to the tabular (arithmetic)
Islamic calendar of :mod:`convertdate.islamic`, which may differ by a day or two.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

import convertdate.islamic
import convertdate.persian

__all__ = [
    "hijri_month_length",
    "hijri_to_gregorian",
    "solar_hijri_month_length",
    "solar_hijri_to_gregorian",
]

_hijridate: Any
try:  # optional: Umm al-Qura tables
    import hijridate as _hijridate
except ImportError:  # pragma: no cover - depends on the environment
    _hijridate = None

_UMM_AL_QURA_YEARS = range(1343, 1501)
#: Years outside this range are not plausible in the documents we read; refusing them also
#: keeps the astronomical computation away from eras where it is meaningless.
_SOLAR_HIJRI_YEARS = range(1, 1700)
_HIJRI_YEARS = range(1, 1700)


@functools.lru_cache(maxsize=512)
def _solar_hijri_new_year(year: int) -> datetime.date:
    """Gregorian date of 1 Farvardin (1 Hamal) of ``year``."""
    return datetime.date(*convertdate.persian.to_gregorian(year, 1, 1))


def solar_hijri_month_length(year: int, month: int) -> int:
    """Days in ``month`` (1-12) of Solar Hijri ``year``, per the 1925 calendar law."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    length = (_solar_hijri_new_year(year + 1) - _solar_hijri_new_year(year)).days
    return 30 if length == 366 else 29


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Solar Hijri date, or ``None`` if there is no such day."""
    if year not in _SOLAR_HIJRI_YEARS or not 1 <= month <= 12 or day < 1:
        return None
    if day > solar_hijri_month_length(year, month):
        return None
    offset = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return _solar_hijri_new_year(year) + datetime.timedelta(days=offset + day - 1)


def hijri_month_length(year: int, month: int) -> int:
    """Days (29 or 30) in ``month`` of Hijri ``year``."""
    if _hijridate is not None and year in _UMM_AL_QURA_YEARS:
        return int(_hijridate.Hijri(year, month, 1).month_length())
    return int(convertdate.islamic.month_length(year, month))


@functools.lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Hijri date, or ``None`` if there is no such day."""
    if year not in _HIJRI_YEARS or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    if day > hijri_month_length(year, month):
        return None
    if _hijridate is not None and year in _UMM_AL_QURA_YEARS:
        converted = _hijridate.Hijri(year, month, day).to_gregorian()
        return datetime.date(converted.year, converted.month, converted.day)
    return datetime.date(*convertdate.islamic.to_gregorian(year, month, day))
