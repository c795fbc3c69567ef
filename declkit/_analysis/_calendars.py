"""Calendar arithmetic: Solar Hijri and (lunar) Hijri dates to the Gregorian calendar.

Solar Hijri (Iran's and Afghanistan's civil calendar). Iran's calendar law of 1925
(11 Farvardin 1304) defines the year as starting on the day of the March equinox and
fixes the month lengths: six months of 31 days, five of 30, and Esfand of 29 days, or
30 in a leap year. Afghanistan uses the same structure with the zodiacal month names
(Hamal … Hut). The year start is therefore an astronomical fact, not the output of a
cycle. :mod:`convertdate.persian` computes it from the equinox reckoned at the Tehran
meridian, which is the definition, but takes some 50 ms a year. jdatetime uses the
33-year arithmetic cycle (``year % 33``), an approximation of the equinox rule that is
instant and agrees with the astronomical computation for every year from 1277 to 1501
SH (1898–2123), which the test suite checks. So within that window we take year starts
from jdatetime when it is installed and from convertdate otherwise, and we refuse Solar
Hijri years outside it: the documents declkit reads do not go there, and the two rules,
and the historical practice, diverge.

Hijri (lunar). Months start at the sighting of the new crescent, so no formula is exact.
For 1343–1500 AH (1924–2077) we use :mod:`hijridate`, which implements Saudi Arabia's
official Umm al-Qura calendar, the reference most published Hijri dates follow; outside
that range, or when hijridate is not installed, we fall back to the tabular (arithmetic)
Islamic calendar of :mod:`convertdate.islamic`, which may differ by a day or two.
"""

from __future__ import annotations

import datetime
import functools
import importlib
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
_jdatetime: Any
try:  # optional: fast Solar Hijri year starts (untyped, hence imported by name)
    _jdatetime = importlib.import_module("jdatetime")
except ImportError:  # pragma: no cover - depends on the environment
    _jdatetime = None

_UMM_AL_QURA_YEARS = range(1343, 1501)
#: Where the equinox rule and the 33-year cycle agree (1898-2123 in the Gregorian calendar).
_SOLAR_HIJRI_YEARS = range(1277, 1502)
_HIJRI_YEARS = range(1, 1700)


@functools.lru_cache(maxsize=512)
def _solar_hijri_new_year(year: int) -> datetime.date:
    """Gregorian date of 1 Farvardin (1 Hamal) of ``year``."""
    if _jdatetime is not None:
        converted = _jdatetime.date(year, 1, 1).togregorian()
        return datetime.date(converted.year, converted.month, converted.day)
    return datetime.date(*convertdate.persian.to_gregorian(year, 1, 1))  # pragma: no cover


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
