"""Places: country names, codes and demonyms; place lines; places in running text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from declkit import Place, Span
from declkit._analysis._places import country_code, country_name, demonym_code, find_places, resolve_place
from tests.strategies import arbitrary_text


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Austria", "AT"),
        ("AT", "AT"),
        ("Afghan", "AF"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Iran", "IR"),
        ("Islamic Republic of Iran", "IR"),
        ("Syria", "SY"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Laos", "LA"),
        ("Bolivia", "BO"),
        ("United Republic of Tanzania", "TZ"),
        ("Brunei", "BN"),
        ("Brunei Darussalam", "BN"),
        ("the Philippines", "PH"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("UK", "GB"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("United States of America", "US"),
        ("Côte d’Ivoire", "CI"),
        ("Democratic Republic of the Congo", "CD"),
        ("Pakistan's", "PK"),
    ],
)
def test_country_names_and_codes(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Austrian", "AT"),
        ("Indonesian", "ID"),
        ("Philippine", "PH"),
        ("Filipino", "PH"),
        ("Swedish", "SE"),
        ("Chinese", "CN"),
        ("Pakistani", "PK"),
        ("Georgian", "GE"),
        ("Nigerian", "NG"),
        ("Nigerien", "NE"),
        ("Iraqi", "IQ"),
        ("Italian", "IT"),
        ("German", "DE"),
        ("Mexican", "MX"),
        ("Zimbabwean", "ZW"),
        ("New Zealander", "NZ"),
        ("Sri Lankan", "LK"),
        ("Bangladeshi", "BD"),
        ("Dutch", "NL"),
        ("Emirati", "AE"),
    ],
)
def test_demonyms(word: str, code: str) -> None:
    assert demonym_code(word) == code
    assert country_code(word) == code


def test_unknown_names_have_no_code() -> None:
    assert country_code("Atlantis") is None
    assert country_code("President") is None
    assert country_code("") is None
    assert demonym_code("Martian") is None


def test_country_name_is_the_short_english_name() -> None:
    assert country_name("AT") == "Austria"
    assert country_name("ZZ") is None


@pytest.mark.parametrize(
    ("line", "city", "country"),
    [
        ("Vienna, Austria", "Vienna", "AT"),
        ("Manado-Indonesia", "Manado", "ID"),
        ("Qatar", None, "QA"),
        ("Washington, D.C.", "Washington, D.C.", "US"),
        ("Canberra", "Canberra", "AU"),
        ("Jeddah, Saudi Arabia", "Jeddah", "SA"),
        ("Doha", "Doha", "QA"),
        ("Kuala Lumpur", "Kuala Lumpur", "MY"),
        ("Nice, France", "Nice", "FR"),
        ("Paris (France)", "Paris", "FR"),
    ],
)
def test_resolve_place_lines(line: str, city: str | None, country: str) -> None:
    place = resolve_place(line)
    assert place is not None
    assert (place.city, place.country) == (city, country)


def test_resolve_place_keeps_the_name_and_shifts_the_span() -> None:
    text = "Issued in Vienna, Austria on 1 May"
    start = text.index("Vienna")
    place = resolve_place("Vienna, Austria", Span(start, start + 15))
    assert place == Place(name="Vienna, Austria", city="Vienna", country="AT", span=Span(start, start + 15))
    assert place.span is not None and text[place.span.start : place.span.end] == "Vienna, Austria"


def test_resolve_place_unknown_is_none() -> None:
    assert resolve_place("Nowhere in particular") is None
    assert resolve_place("") is None


def test_a_stated_country_picks_the_city_in_it() -> None:
    # Most people called "Vienna" live in Austria; the state says which one is meant.
    place = resolve_place("Vienna, Virginia")
    assert place is not None and place.country == "US"


def test_a_city_s_own_name_beats_another_city_s_former_name() -> None:
    # Chittagong was once called Islamabad; the capital of Pakistan still is.
    place = resolve_place("Islamabad")
    assert place is not None and place.country == "PK"
    kyiv = resolve_place("Kiev")
    assert kyiv is not None and kyiv.country == "UA"


def test_a_state_that_is_also_a_country() -> None:
    atlanta = resolve_place("Atlanta, Georgia")
    tbilisi = resolve_place("Tbilisi, Georgia")
    assert atlanta is not None and atlanta.country == "US"
    assert tbilisi is not None and tbilisi.country == "GE"


def test_find_places_in_running_text() -> None:
    text = (
        "Delegations from New Zealand, Papua New Guinea and Saudi Arabia met in Kuala Lumpur "
        "before flying to Geneva, Switzerland."
    )
    found = [(text[p.span.start : p.span.end], p.city, p.country) for p in find_places(text) if p.span]
    assert found == [
        ("New Zealand", None, "NZ"),
        ("Papua New Guinea", None, "PG"),
        ("Saudi Arabia", None, "SA"),
        ("Kuala Lumpur", "Kuala Lumpur", "MY"),
        ("Geneva, Switzerland", "Geneva", "CH"),
    ]


def test_city_names_without_city_and_with_abbreviated_saint() -> None:
    text = "Envoys flew from New York to St. Petersburg and then to New Jersey."
    found = [(p.city, p.country) for p in find_places(text)]
    assert found == [("New York", "US"), ("St. Petersburg", "RU")]


def test_find_places_respects_the_window() -> None:
    text = "Talks in Oslo. Later talks in Nairobi."
    start = text.index("Later")
    found = find_places(text, start)
    assert [p.city for p in found] == ["Nairobi"]
    assert all(p.span is not None and p.span.start >= start for p in found)


def test_everyday_words_and_person_names_are_not_cities() -> None:
    text = (
        "In March the police said that reading the union report was a nice split of work; "
        "Mobile phones were banned. Attorney General George Brandis and Andrew Jackson spoke. "
        "The Vienna Conference ended."
    )
    cities = [p.city for p in find_places(text) if p.city]
    assert cities == ["Vienna"]


def test_a_capital_that_is_an_everyday_word_after_in() -> None:
    text = "The male delegates met in March. The summit was held in Male."
    assert [(p.city, p.country) for p in find_places(text)] == [("Male", "MV")]


def test_dateline_in_capitals() -> None:
    text = "MANADO, Indonesia — Ministers met on Saturday."
    place = find_places(text)[0]
    assert (place.city, place.country, place.name) == ("MANADO", "ID", "MANADO, Indonesia")


def test_us_states_are_not_other_places() -> None:
    text = "The governor of New Jersey visited New Mexico."
    assert [p.country for p in find_places(text)] == []


@settings(max_examples=60, deadline=None)
@given(arbitrary_text, st.integers(min_value=0, max_value=50))
def test_find_places_never_raises_and_spans_index_the_text(text: str, start: int) -> None:
    for place in find_places(text, start):
        assert place.span is not None
        assert place.name == text[place.span.start : place.span.end]
        assert place.country is None or len(place.country) == 2


@settings(max_examples=60, deadline=None)
@given(arbitrary_text)
def test_resolve_place_and_country_code_never_raise(text: str) -> None:
    place = resolve_place(text)
    if place is not None and place.span is not None:
        assert text[place.span.start : place.span.end] == place.name
    country_code(text)


def _cities(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.city, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("We, the leaders, met today in St. John's, Canada, for the summit.", "St. John's", "CA"),
        ("They met in St George's, Grenada, on Monday.", "St George's", "GD"),
        ("They met in Saint Petersburg, Russia.", "Saint Petersburg", "RU"),
    ],
)
def test_saint_cities_keep_their_whole_name(text: str, city: str, code: str) -> None:
    assert (city, code) in _cities(text)


def test_saint_city_place_line() -> None:
    place = resolve_place("St. George's, Grenada")
    assert place is not None and place.city == "St. George's" and place.country == "GD"


@pytest.mark.parametrize("word", ["League", "Summit"])
def test_small_towns_named_like_words_are_no_place_line(word: str) -> None:
    assert resolve_place(word) is None


def test_a_capital_named_like_a_word_is_still_a_place_line() -> None:
    place = resolve_place("Male")
    assert place is not None and place.country == "MV"


def test_words_of_names_and_headings_are_no_cities() -> None:
    assert _cities("Leaders gathered for the Arab League summit in Jeddah.") == [("Jeddah", "SA")]
    assert _cities("Bilateral/Multilateral Documents") == []
    assert _cities("The Summit meeting of the North Atlantic Council was held.") == []


def test_places_over_overlapping_spans_agree_with_a_fresh_scan() -> None:
    # The word index of a long text is shared; answers for spans must match the text cut out.
    sentence = "The ministers met in Vienna, Austria, and then flew to Doha. "
    text = sentence * 20
    for start in range(0, len(text) - 80, 37):
        stop = start + 120
        found = [(p.city, p.country, p.span.start - start if p.span else None) for p in find_places(text, start, stop)]
        alone = [(p.city, p.country, p.span.start if p.span else None) for p in find_places(text[start:stop])]
        assert found == alone


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="Vienna, Austria St. John's Doha\n-", max_size=400), st.integers(0, 400), st.integers(0, 400))
def test_spans_of_a_long_text_match_the_cut_text(text: str, start: int, stop: int) -> None:
    text = ("padding words " * 20) + text
    start, stop = sorted((start, stop))
    got = [(p.city, p.country, p.span.start - start) for p in find_places(text, start, stop) if p.span]
    want = [(p.city, p.country, p.span.start) for p in find_places(text[start:stop]) if p.span]
    assert got == want


def test_gazetteer_cache_is_written_read_and_rebuilt_when_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from declkit._analysis import _places

    monkeypatch.setenv("DECLKIT_CACHE_DIR", str(tmp_path))
    built = _places._gazetteer.__wrapped__()
    files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    assert _places._gazetteer.__wrapped__() == built
    files[0].write_bytes(b"not a pickle")
    assert _places._gazetteer.__wrapped__() == built
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The St. Petersburg International Economic Forum opened.", "St. Petersburg"),
        ("The Hiroshima AI Process continues.", "Hiroshima"),
    ],
)
def test_a_city_heading_a_named_forum_or_process_is_its_place(text: str, city: str) -> None:
    assert [p.city for p in find_places(text)] == [city]


def test_a_city_word_inside_a_longer_name_is_no_place() -> None:
    assert find_places("Victoria Nuland met officials.") == []


def test_place_at_reads_the_whole_name_from_its_start() -> None:
    from declkit._analysis._places import place_at

    text = "We, the leaders, met today in St. John's, Newfoundland and Labrador, for the summit."
    start = text.index("St.")
    place = place_at(text, start)
    assert place is not None and place.city == "St. John's" and place.country == "CA"
    assert place.span is not None and text[place.span.start : place.span.end].startswith("St. John's")
    assert place_at(text, text.index("leaders")) is None
    assert place_at(text, len(text) + 5) is None


def test_a_city_named_like_a_word_the_text_writes_in_lower_case_needs_a_preposition() -> None:
    assert find_places("Aurora welcomed the plan. The aurora was bright.") == []
    assert [p.city for p in find_places("The plan was welcomed in Aurora. The aurora was bright.")] == ["Aurora"]
    assert [p.city for p in find_places("Aurora welcomed the plan.")] == ["Aurora"]
