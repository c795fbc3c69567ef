"""Dates in text and in metadata: forms, ranges, calendars, relative mentions, robustness."""

from __future__ import annotations

import datetime

import convertdate.persian
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import arbitrary_text

from declkit import PartialDate, parse_date
from declkit._analysis._calendars import (
    hijri_month_length,
    hijri_to_gregorian,
    solar_hijri_month_length,
    solar_hijri_to_gregorian,
)
from declkit._analysis._dates import DateMention, date_range_in, find_dates, weekday_before

REFERENCE = PartialDate(year=2023, month=5, day=6)  # a Saturday


def readings(text: str, reference: PartialDate | None = None) -> list[tuple[str, str, str]]:
    return [(m.text, str(m.start), str(m.end)) for m in find_dates(text, reference=reference)]


# --- absolute Gregorian dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 24, 2023", [("April 24, 2023", "2023-04-24", "2023-04-24")]),
        ("on 24 April 2023.", [("24 April 2023", "2023-04-24", "2023-04-24")]),
        ("Manado-Indonesia, 29 July 2017", [("29 July 2017", "2017-07-29", "2017-07-29")]),
        ("date: 2023-04-24", [("2023-04-24", "2023-04-24", "2023-04-24")]),
        ("signed 24/04/2023 in", [("24/04/2023", "2023-04-24", "2023-04-24")]),
        ("signed 13.02.2025 in", [("13.02.2025", "2025-02-13", "2025-02-13")]),
        ("Saturday, 29 July", [("Saturday, 29 July", "--07-29", "--07-29")]),
        ("Tuesday, May 2", [("Tuesday, May 2", "--05-02", "--05-02")]),
        ("in May 2023 the", [("May 2023", "2023-05", "2023-05")]),
        ("since September 2022", [("September 2022", "2022-09", "2022-09")]),
        ("in Sept. 2022", [("Sept. 2022", "2022-09", "2022-09")]),
        ("held in 2022 in Vienna", [("2022", "2022", "2022")]),
        ("on the 4th of December", [("4th of December", "--12-04", "--12-04")]),
        ("on December 4th,", [("December 4th", "--12-04", "--12-04")]),
        ("APRIL 24-26, 2023", [("APRIL 24-26, 2023", "2023-04-24", "2023-04-26")]),
        ("1  September 1994", [("1  September 1994", "1994-09-01", "1994-09-01")]),
        ("held on 1\nSeptember 1994", [("1\nSeptember 1994", "1994-09-01", "1994-09-01")]),
        ("the November 1993 decisions", [("November 1993", "1993-11", "1993-11")]),
        ("Since 1975", [("1975", "1975", "1975")]),
        ("by mid-2030", [("2030", "2030", "2030")]),
        ("May 6th, 2023", [("May 6th, 2023", "2023-05-06", "2023-05-06")]),
        ("the 24th day of April 2023", [("24th day of April 2023", "2023-04-24", "2023-04-24")]),
        (
            "Done at New York this twenty-fourth day of April, two thousand and twenty-three.",
            [("twenty-fourth day of April, two thousand and twenty-three", "2023-04-24", "2023-04-24")],
        ),
        (
            "this thirty-first day of March, nineteen ninety-four",
            [("thirty-first day of March, nineteen ninety-four", "1994-03-31", "1994-03-31")],
        ),
        ("the twentieth of January two thousand", [("twentieth of January two thousand", "2000-01-20", "2000-01-20")]),
        ("on the fourth of December", [("fourth of December", "--12-04", "--12-04")]),
        ("Sunday 29th July 2017", [("Sunday 29th July 2017", "2017-07-29", "2017-07-29")]),
        ("24-Apr-2023", [("24-Apr-2023", "2023-04-24", "2023-04-24")]),
        ("2023 April 24", [("2023 April 24", "2023-04-24", "2023-04-24")]),
        ("May 4, 1200 troops", [("May 4", "--05-04", "--05-04")]),
        ("what it did in the 1990s.", [("1990s", "1990", "1999")]),
        (
            "Monday, April 24th, 2023 at 10:00 a.m. EDT",
            [("Monday, April 24th, 2023 at 10:00 a.m. EDT", "2023-04-24T10:00", "2023-04-24T10:00")],
        ),
    ],
)
def test_single_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 24-26, 2023", [("April 24-26, 2023", "2023-04-24", "2023-04-26")]),
        ("19–20 October 2015", [("19–20 October 2015", "2015-10-19", "2015-10-20")]),
        ("from 28-29 September 2022", [("28-29 September 2022", "2022-09-28", "2022-09-29")]),
        ("held on May 1 and 2 and", [("May 1 and 2", "--05-01", "--05-02")]),
        ("on 1-2 May", [("1-2 May", "--05-01", "--05-02")]),
        ("Meetings (May 1-2-2023)", [("May 1-2-2023", "2023-05-01", "2023-05-02")]),
        ("between October 11 and 13", [("October 11 and 13", "--10-11", "--10-13")]),
        ("on February 18 and 19, 2024 in Qatar", [("February 18 and 19, 2024", "2024-02-18", "2024-02-19")]),
        ("the years 2002-2014, around", [("2002-2014", "2002", "2014")]),
        ("between 2014 and 2019", [("2014 and 2019", "2014", "2019")]),
        ("30 April - 2 May 2023", [("30 April - 2 May 2023", "2023-04-30", "2023-05-02")]),
        ("30 December - 2 January 2023", [("30 December - 2 January 2023", "2022-12-30", "2023-01-02")]),
        ("December 30, 2022 - January 2, 2023", [("December 30, 2022 - January 2, 2023", "2022-12-30", "2023-01-02")]),
        ("in May/June 1995", [("May/June 1995", "1995-05", "1995-06")]),
        ("September 2022 – April 2023", [("September 2022 – April 2023", "2022-09", "2023-04")]),
        ("the 4th and 5th of December", [("4th and 5th of December", "--12-04", "--12-05")]),
        ("May 30–June 2, 2023", [("May 30–June 2, 2023", "2023-05-30", "2023-06-02")]),
        ("from 1 to 3 May 2023", [("1 to 3 May 2023", "2023-05-01", "2023-05-03")]),
        ("1st–3rd May 2023", [("1st–3rd May 2023", "2023-05-01", "2023-05-03")]),
        ("between 30 April and 2 May 2023", [("30 April and 2 May 2023", "2023-04-30", "2023-05-02")]),
        ("from 2019 until 2021", [("2019 until 2021", "2019", "2021")]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert readings(text) == expected


def test_dates_joined_by_and_stay_two_dates() -> None:
    text = "Summits held on May 14, 2015 in Camp David, and on April 21, 2016 and May 21, 2017 in Riyadh"
    assert readings(text) == [
        ("May 14, 2015", "2015-05-14", "2015-05-14"),
        ("April 21, 2016", "2016-04-21", "2016-04-21"),
        ("May 21, 2017", "2017-05-21", "2017-05-21"),
    ]
    assert readings("in 2014 and 2019") == [("2014", "2014", "2014"), ("2019", "2019", "2019")]
    assert readings("in 2015, 2016 and 2019")[-1] == ("2019", "2019", "2019")
    assert readings("SEK 2000, 2016 and 2019") == []  # a list of years needs a first year


def test_date_with_time() -> None:
    assert readings("[Luke Coffey](#), May 06, 2023 20:55") == [
        ("May 06, 2023 20:55", "2023-05-06T20:55", "2023-05-06T20:55")
    ]
    assert readings("published_time: 2022-09-29 19:58:20-04:00") == [
        ("2022-09-29 19:58:20-04:00", "2022-09-29T19:58", "2022-09-29T19:58")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "$10 billion",
        "the 1994/95 Migration Program",
        "Security Council Resolution 2721",
        "A/RES/70/291",
        "COP27 in Sharm el-Sheikh",
        "the 2050 Strategy for the Blue Pacific",
        "SEK 8,5 billion",
        "1,000 people",
        "we may 2 be",
        "call (06) 264 2176",
        "04/05/2023",  # day and month cannot be told apart
        "Bashar al-Asad and Mehr news agency",
        "https://example.org/2022/09/29/statement",
        "Ramadan begins",
        "in 2000 cases of 1500",
        "1402/02/04",  # Solar or lunar Hijri? Without a marker, neither is guessed
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, reference=REFERENCE) == []


def test_year_in_a_dated_name() -> None:
    (mention,) = find_dates("because of the 2020 Doha Agreement, resulting")
    assert (mention.text, str(mention.start), mention.cue) == ("2020", "2020", "name")
    (tokyo,) = find_dates("At the international conference in Tokyo 2012, Sweden pledged")
    assert (tokyo.text, tokyo.cue) == ("2012", "name")
    assert [(m.text, m.cue) for m in find_dates("after the 2021 coup")] == [("2021", "name")]
    assert find_dates("the 2000 signatures") == []
    (paren,) = find_dates("Vienna Conference (2023)")
    assert (paren.text, paren.cue) == ("2023", "parenthesis")


def test_future_dated_name_is_not_a_date_given_a_reference() -> None:
    assert find_dates("the 2050 Strategy", reference=REFERENCE) == []
    assert [m.text for m in find_dates("the 2020 Doha Agreement", reference=REFERENCE)] == ["2020"]


def test_lower_case_month_words_are_not_months() -> None:
    assert find_dates("they may 4 times march 2023 toward") == []


# --- non-Gregorian calendars -------------------------------------------------------------------


def test_solar_hijri_range_with_marker() -> None:
    text = "Vienna, Austria\nApril 24-26, 2023 / Saur 4-6 - 1402 HS\n"
    gregorian, solar = find_dates(text)
    assert (gregorian.calendar, str(gregorian.start), str(gregorian.end)) == ("gregorian", "2023-04-24", "2023-04-26")
    assert solar.calendar == "solar-hijri"
    assert solar.text == "Saur 4-6 - 1402 HS"
    assert (str(solar.start), str(solar.end)) == ("2023-04-24", "2023-04-26")
    assert solar.original is not None
    assert solar.original.calendar == "solar-hijri"
    assert solar.original.text == "Saur 4-6 - 1402 HS"
    assert solar.original.span == solar.span
    assert (str(solar.original.start), str(solar.original.end)) == ("2023-04-24", "2023-04-26")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("4 Ordibehesht 1402", "2023-04-24", "2023-04-24"),
        ("4 Sawr 1402", "2023-04-24", "2023-04-24"),
        ("Jawzā 1, 1402 SH", "2023-05-22", "2023-05-22"),
        ("1 Hamal 1403 AP", "2024-03-20", "2024-03-20"),
        ("۴ ثور ۱۴۰۲", "2023-04-24", "2023-04-24"),
        ("٤ Saur ١٤٠٢", "2023-04-24", "2023-04-24"),
        ("Sunbula 1402", "2023-08-23", "2023-09-22"),
        ("Hoot 30, 1403 HS", "2025-03-20", "2025-03-20"),
        ("1402 Hijri Shamsi", "2023-03-21", "2024-03-19"),
        ("Mizan 1, 1402", "2023-09-23", "2023-09-23"),
        ("۱۴۰۲/۰۲/۰۴ HS", "2023-04-24", "2023-04-24"),
        ("Saur 4 – 6, 1402 H.S.", "2023-04-24", "2023-04-26"),
    ],
)
def test_solar_hijri_forms(text: str, start: str, end: str) -> None:
    (mention,) = find_dates(text)
    assert (mention.calendar, str(mention.start), str(mention.end), mention.text) == ("solar-hijri", start, end, text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1 Ramadan 1444 AH", "2023-03-23", "2023-03-23"),
        ("1 Shawwal 1444", "2023-04-21", "2023-04-21"),
        ("Dhu al-Hijjah 10, 1444", "2023-06-28", "2023-06-28"),
        ("Rabi' al-Awwal 1445", "2023-09-16", "2023-10-15"),
        ("1 Muharram 1445 A.H.", "2023-07-19", "2023-07-19"),
        ("Dhul Qadah 1444", "2023-05-21", "2023-06-18"),
        ("1444 AH", "2022-07-30", "2023-07-18"),
        ("1 رمضان 1444", "2023-03-23", "2023-03-23"),
        ("1444/09/01 AH", "2023-03-23", "2023-03-23"),
        ("Rabi' al-Thani 1445", "2023-10-16", "2023-11-14"),
        ("Rabi II 1445", "2023-10-16", "2023-11-14"),
        ("Jumada al-Ula 1445", "2023-11-15", "2023-12-13"),
        ("14 Jumada II 1445", "2023-12-27", "2023-12-27"),
        ("Zul Hijjah 1444", "2023-06-19", "2023-07-18"),
        ("RAMADAN 1444", "2023-03-23", "2023-04-20"),
    ],
)
def test_hijri_forms(text: str, start: str, end: str) -> None:
    (mention,) = find_dates(text)
    assert (mention.calendar, str(mention.start), str(mention.end)) == ("hijri", start, end)
    assert mention.original is not None and mention.original.text == text


def test_impossible_calendar_days_are_skipped() -> None:
    # 1402 is not a leap year: only the year is read
    assert [m.text for m in find_dates("Hoot 30, 1402 HS")] == ["1402 HS"]
    # Ramadan 1444 had 29 days (Umm al-Qura): only the month is read
    assert [m.text for m in find_dates("30 Ramadan 1444 AH")] == ["Ramadan 1444 AH"]
    assert find_dates("Saur 1402") != []


def test_solar_hijri_year_starts_follow_the_equinox_rule() -> None:
    # convertdate computes the equinox (slowly): a sample of years, leap years around 1403 included.
    for year in (1277, 1333, 1375, 1399, 1402, 1403, 1404, 1408, 1501):
        expected = datetime.date(*convertdate.persian.to_gregorian(year, 1, 1))
        assert solar_hijri_to_gregorian(year, 1, 1) == expected
        leap = convertdate.persian.leap(year)
        assert solar_hijri_month_length(year, 12) == (30 if leap else 29)
    assert solar_hijri_to_gregorian(1502, 1, 1) is None  # outside the window where the rules agree


def test_calendar_conversions() -> None:
    assert solar_hijri_to_gregorian(1402, 2, 4) == datetime.date(2023, 4, 24)
    assert solar_hijri_to_gregorian(1402, 7, 1) == datetime.date(2023, 9, 23)
    assert solar_hijri_to_gregorian(1402, 12, 30) is None
    assert solar_hijri_to_gregorian(1402, 13, 1) is None
    assert hijri_to_gregorian(1444, 9, 1) == datetime.date(2023, 3, 23)
    assert hijri_month_length(1444, 9) == 29
    assert hijri_to_gregorian(1444, 9, 30) is None
    assert hijri_to_gregorian(1200, 1, 1) is not None  # before Umm al-Qura: arithmetic calendar


# --- relative dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met today in Jeddah", [("today", "2023-05-06", "2023-05-06")]),
        ("said yesterday", [("yesterday", "2023-05-05", "2023-05-05")]),
        ("will meet tomorrow", [("tomorrow", "2023-05-07", "2023-05-07")]),
        ("adopted on Tuesday", [("Tuesday", "2023-05-02", "2023-05-02")]),
        ("agreed Saturday to set up", [("Saturday", "2023-05-06", "2023-05-06")]),
        ("last Saturday", [("last Saturday", "2023-04-29", "2023-04-29")]),
        ("next Monday", [("next Monday", "2023-05-08", "2023-05-08")]),
        ("Last week, more than 30 activists", [("Last week", "2023-04-24", "2023-04-30")]),
        ("this week", [("this week", "2023-05-01", "2023-05-07")]),
        ("founded last year by", [("last year", "2022", "2022")]),
        ("this year", [("this year", "2023", "2023")]),
        ("next month", [("next month", "2023-06", "2023-06")]),
        ("earlier this month", [("earlier this month", "2023-05", "2023-05")]),
        ("in Vienna since September last year.", [("September last year", "2022-09", "2022-09")]),
        ("As in September, the", [("September", "2022-09", "2022-09")]),
        ("agreed in September.", [("September", "2022-09", "2022-09")]),
        ("since March", [("March", "2023-03", "2023-03")]),
        ("in mid-May", [("May", "2023-05", "2023-05")]),
        ("last September", [("last September", "2022-09", "2022-09")]),
        ("next September", [("next September", "2023-09", "2023-09")]),
        ("two weeks ago", [("two weeks ago", "2023-04-17", "2023-04-23")]),
        ("3 days ago", [("3 days ago", "2023-05-03", "2023-05-03")]),
        ("The leaders will meet on Tuesday", [("Tuesday", "2023-05-09", "2023-05-09")]),
        ("last weekend", [("last weekend", "2023-04-29", "2023-04-30")]),
        ("this weekend", [("this weekend", "2023-05-06", "2023-05-07")]),
        ("September of last year", [("September of last year", "2022-09", "2022-09")]),
        ("late last year", [("late last year", "2022", "2022")]),
        ("Officials, who will attend, met on Tuesday", [("Tuesday", "2023-05-02", "2023-05-02")]),
        ("is expected to be held in September", [("September", "2023-09", "2023-09")]),
        ("The next meeting will take place in May", [("May", "2023-05", "2023-05")]),
    ],
)
def test_relative_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    mentions = find_dates(text, reference=REFERENCE)
    assert [(m.text, str(m.start), str(m.end)) for m in mentions] == expected
    assert all(m.relative for m in mentions)


def test_named_weekdays_are_not_dates() -> None:
    assert find_dates("on Good Friday, after the Bloody Sunday massacre", reference=REFERENCE) == []
    assert find_dates("we publish every Friday", reference=REFERENCE) == []


@pytest.mark.parametrize("text", ["today", "last week", "on Tuesday", "in September", "since September last year"])
def test_relative_dates_need_a_reference(text: str) -> None:
    assert find_dates(text) == []


def test_relative_dates_with_a_partial_reference() -> None:
    month_only = PartialDate(year=2023, month=5)
    assert readings("last year and last month, yesterday", month_only) == [
        ("last year", "2022", "2022"),
        ("last month", "2023-04", "2023-04"),
    ]


def test_a_year_alone_cannot_place_a_month() -> None:
    assert readings("in September and then last year", PartialDate(year=2023)) == [("last year", "2022", "2022")]


def test_absolute_dates_are_not_relative() -> None:
    (mention,) = find_dates("on 24 April 2023", reference=REFERENCE)
    assert not mention.relative


def test_weekday_before() -> None:
    assert str(weekday_before(REFERENCE, 5)) == "2023-05-06"
    assert str(weekday_before(REFERENCE, 5, strictly=True)) == "2023-04-29"
    assert str(weekday_before(REFERENCE, 0)) == "2023-05-01"
    assert weekday_before(PartialDate(year=2023), 0) is None


# --- windows and the most telling mention ---------------------------------------------------


def test_window_limits_the_search_and_spans_index_the_whole_text() -> None:
    text = "On 1 May 2023 they met. On 2 June 2023 they left."
    start = text.index("On 2")
    (mention,) = find_dates(text, start, len(text))
    assert mention.span.slice(text) == "2 June 2023"
    assert find_dates(text, 0, 3) == []
    assert find_dates(text, 40, 10) == []


def test_date_range_in_prefers_a_full_date() -> None:
    text = "a year after the 2022 meeting, held in Doha on 1-2 May 2023"
    mention = date_range_in(text)
    assert mention is not None and (str(mention.start), str(mention.end)) == ("2023-05-01", "2023-05-02")
    only_year = date_range_in("held in 2022")
    assert only_year is not None and str(only_year.start) == "2022"
    assert date_range_in("no dates here") is None


# --- metadata values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("May 06, 2023 20:55", "2023-05-06T20:55"),
        ("2022-09-29 19:58:20-04:00", "2022-09-29T19:58"),
        ("2025-02-13T12:47:00+01:00", "2025-02-13T12:47"),
        ("2025-02-13T12:47:00Z", "2025-02-13T12:47"),
        ("13-02-2025 - 12:47", "2025-02-13T12:47"),
        ("Oct 9, 2019, 11:05 IST", "2019-10-09T11:05"),
        ("Updated: Oct 9, 2019, 11:05 IST", "2019-10-09T11:05"),
        ("2017-07-29", "2017-07-29"),
        ("29 July 2017", "2017-07-29"),
        ("Tue, 09 Oct 2019 11:05:00 +0530", "2019-10-09T11:05"),
        ("May 4, 2023 3:30 pm", "2023-05-04T15:30"),
        ("Published on 4 May 2023", "2023-05-04"),
        ("2023-04", "2023-04"),
        ("2023", "2023"),
        ("May 2023", "2023-05"),
        ("05/04/2023", "2023"),  # the order of day and month is unknown
        ("24/04/2023", "2023-04-24"),
        ("  1 September 1994  ", "1994-09-01"),
        ("3:30 pm, May 4, 2023", "2023-05-04T15:30"),
        ("February 13, 2025 at 12:47 PM", "2025-02-13T12:47"),
        ("13.02.2025 12:47", "2025-02-13T12:47"),
    ],
)
def test_parse_date(value: str, expected: str) -> None:
    assert str(parse_date(value)) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "hello",
        "Resolution 2721",
        "yesterday",
        "2 hours ago",
        "Leaders met in Vienna to discuss the situation on 4 May 2023",
    ],
)
def test_parse_date_refuses_non_dates(value: str) -> None:
    assert parse_date(value) is None


def test_parse_date_accepts_only_strings() -> None:
    assert parse_date(datetime.date(2023, 5, 6)) is None  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------------------------

_DATEY = st.sampled_from(
    [
        "April 24-26, 2023", "Saur 4-6 - 1402 HS", "May 1 and 2", "1-2 May", "2002-2014", "in 2022", "1994/95",
        "last week", "Saturday", "30 April - 2 May 2023", "2023-04-24", "24/04/2023", "1 Ramadan 1444 AH",
        " and ", " - ", "–", ", ", " ", "\n", "May", "29", "2023", "Tuesday, ", "the 2020 Doha Agreement",
        "September last year", "(2023)", "12:47", "HS", "AH", "۱۴۰۲", "of ",
    ]
)  # fmt: skip
_TEXT = st.one_of(arbitrary_text, st.lists(st.one_of(_DATEY, arbitrary_text), max_size=12).map("".join))
_REFERENCES = st.one_of(
    st.none(),
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)).map(PartialDate.from_date),
    st.builds(PartialDate, year=st.integers(1900, 2100), month=st.integers(1, 12)),
)


def _comparable(mention: DateMention) -> bool:
    a, b = mention.start, mention.end
    key_a = (a.year or 0, a.month or 0, a.day or 0, a.hour or 0, a.minute or 0)
    key_b = (b.year or 0, b.month or 0, b.day or 0, b.hour or 0, b.minute or 0)
    return (a.year is None) == (b.year is None) and key_a <= key_b


@settings(max_examples=150)
@given(text=_TEXT, reference=_REFERENCES, data=st.data())
def test_find_dates_properties(text: str, reference: PartialDate | None, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.one_of(st.none(), st.integers(0, len(text) + 2)))
    mentions = find_dates(text, start, end, reference=reference)
    previous_end = start
    for mention in mentions:
        assert mention.span.slice(text) == mention.text
        assert mention.span.start >= previous_end  # in order, never overlapping
        previous_end = mention.span.end
        assert end is None or mention.span.end <= end
        assert _comparable(mention)
        for date in (mention.start, mention.end):
            assert PartialDate.parse(str(date)) == date
        if mention.original is not None:
            assert mention.original.span == mention.span
        if mention.relative:
            assert reference is not None


@settings(max_examples=100)
@given(value=_TEXT)
def test_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or PartialDate.parse(str(result)) == result


@settings(max_examples=100)
@given(day=st.dates(min_value=datetime.date(1600, 1, 1), max_value=datetime.date(2199, 12, 31)))
def test_written_dates_read_back(day: datetime.date) -> None:
    expected = str(PartialDate.from_date(day))
    month = day.strftime("%B")
    for written in (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", day.isoformat()):
        assert readings(f"on {written}.") == [(written, expected, expected)]
        assert str(parse_date(written)) == expected


# --- adversarial input (no timing: a quadratic scan would hang the suite) ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1-" * 500_000,
        "May " * 200_000,
        "1" * 1_000_000,
        "12 " * 333_333,
        "2002-" * 200_000,
        "Saur 4-" * 140_000,
        "Rabi' al-" * 100_000,
        " " * 1_000_000,
        "May 1 and " * 10_000,
    ],
    ids=["dash", "may", "digits", "numbers", "years", "saur", "rabi", "spaces", "ranges"],
)
def test_adversarial_megabyte_finishes(text: str) -> None:
    mentions = find_dates(text, reference=REFERENCE)
    assert all(m.span.slice(text) == m.text for m in mentions)
