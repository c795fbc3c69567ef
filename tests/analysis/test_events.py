"""Event mentions: the grammar, the sentence context, merging, and the document level.

Dates and places come from other modules; these tests replace them with small fakes so
that they check the events grammar alone (what it does with a date or a place once it
has one).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from declkit._analysis import _events
from declkit._analysis._dates import DateMention
from declkit._layout import Layout, Metadata
from declkit._model import Actor, Block, Declaration, Event, PartialDate, Place, Span

FIXTURES = Path(__file__).parent.parent / "fixtures" / "events"

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_FAKE_PATTERNS = [
    (re.compile(_MONTH + r" (\d{1,2})(?: and |-)(\d{1,2}),? (\d{4})"), "range-year"),
    (re.compile(_MONTH + r" (\d{1,2})(?: and |-)(\d{1,2})"), "range"),
    (re.compile(r"(\d{1,2}) " + _MONTH + r" (\d{4})"), "day-month-year"),
    (re.compile(_MONTH + r" (\d{1,2}), (\d{4})"), "month-day-year"),
    (re.compile(_MONTH + r" (\d{4})"), "month-year"),
    (re.compile(_MONTH + r" last year"), "month-last-year"),
    (re.compile(r"[Ll]ast week"), "last-week"),
    (re.compile(r"\b((?:19|20)\d\d)\b"), "year"),
]


def fake_find_dates(
    text: str, start: int = 0, end: int | None = None, *, reference: PartialDate | None = None
) -> list[DateMention]:
    """A few English date forms, enough to exercise how events use dates."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, form in _FAKE_PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            g = match.groups()
            if form == "range-year":
                month, year = _MONTHS[g[0].lower()], int(g[3])
                first, last = (
                    PartialDate(year=year, month=month, day=int(g[1])),
                    PartialDate(year=year, month=month, day=int(g[2])),
                )
            elif form == "range":
                month = _MONTHS[g[0].lower()]
                first, last = PartialDate(month=month, day=int(g[1])), PartialDate(month=month, day=int(g[2]))
            elif form == "day-month-year":
                first = last = PartialDate(year=int(g[2]), month=_MONTHS[g[1].lower()], day=int(g[0]))
            elif form == "month-day-year":
                first = last = PartialDate(year=int(g[2]), month=_MONTHS[g[0].lower()], day=int(g[1]))
            elif form == "month-year":
                first = last = PartialDate(year=int(g[1]), month=_MONTHS[g[0].lower()])
            elif form == "month-last-year":
                if reference is None or reference.year is None:
                    continue
                first = last = PartialDate(year=reference.year - 1, month=_MONTHS[g[0].lower()])
            elif form == "last-week":
                if reference is None or reference.year is None or reference.month is None:
                    continue
                first = last = PartialDate(year=reference.year, month=reference.month)
            else:
                first = last = PartialDate(year=int(g[0]))
            taken.append((match.start(), match.end()))
            found.append(DateMention(span=Span(match.start(), match.end()), text=match.group(), start=first, end=last))
    return sorted(found, key=lambda d: d.span.start)


_GAZETTEER = {
    "Lisbon": ("Lisbon", "PT"),
    "Nairobi": ("Nairobi", "KE"),
    "Geneva": ("Geneva", "CH"),
    "Paris": ("Paris", "FR"),
    "Tokyo": ("Tokyo", "JP"),
    "Osaka": ("Osaka", "JP"),
    "Accra": ("Accra", "GH"),
    "Istanbul": ("Istanbul", "TR"),
    "Trinidad and Tobago": (None, "TT"),
    "Tirana": ("Tirana", "AL"),
    "Berlin": ("Berlin", "DE"),
    "Washington, D.C.": ("Washington, D.C.", "US"),
    "Washington": ("Washington", "US"),
    "March": ("March", "GB"),
    "Kenya": (None, "KE"),
    "France": (None, "FR"),
    "Japan": (None, "JP"),
    "Ghana": (None, "GH"),
    "Togo": (None, "TG"),
    "Chile": (None, "CL"),
}
_DEMONYMS = {"Kenyan": "KE", "French": "FR", "Japanese": "JP", "Ghanaian": "GH"}


def fake_resolve_place(name: str, span: Span | None = None) -> Place | None:
    hit = _GAZETTEER.get(name.strip())
    return None if hit is None else Place(name=name, city=hit[0], country=hit[1], span=span)


def fake_country_code(name: str) -> str | None:
    hit = _GAZETTEER.get(name)
    if hit is not None and hit[0] is None:
        return hit[1]
    return _DEMONYMS.get(name)


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(_events._dates, "find_dates", fake_find_dates)
    monkeypatch.setattr(_events._places, "resolve_place", fake_resolve_place)
    monkeypatch.setattr(_events._places, "country_code", fake_country_code)
    yield


def events_in(text: str, reference: str | None = None) -> list[Event]:
    ref = PartialDate.parse(reference) if reference else None
    blocks = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return _events.find_event_mentions(text, blocks, reference=ref)


def one(text: str, reference: str | None = None) -> Event:
    found = events_in(text, reference)
    assert len(found) == 1, [e.name for e in found]
    return found[0]


# ---------------------------------------------------------------- names, kinds, ordinals


def test_capitalised_name_with_ordinal_word_and_place() -> None:
    event = one("Delegates arrived for the Third Lisbon Conference on Ocean Governance.")
    assert event.name == "Third Lisbon Conference on Ocean Governance"
    assert event.kind == "conference"
    assert event.ordinal == 3
    assert event.place is not None and (event.place.city, event.place.country) == ("Lisbon", "PT")


def test_numeric_ordinal_and_of_complement() -> None:
    event = one("Leaders gathered at the 9th Summit of the Andean Community.")
    assert event.name == "9th Summit of the Andean Community"
    assert (event.kind, event.ordinal) == ("summit", 9)


def test_first_ever_is_ordinal_one_and_names_a_series() -> None:
    event = one("They met on the occasion of the first-ever Caribbean-Nordic Summit, held in Accra on 3 May 2021.")
    assert event.ordinal == 1
    assert event.series == "Caribbean-Nordic Summit"
    assert event.place is not None and event.place.city == "Accra"
    assert str(event.start) == "2021-05-03"
    assert event.status == "held"


def test_leading_year_dates_an_instrument() -> None:
    event = one("Both sides still cite the 2015 Nairobi Accord as their basis.")
    assert event.name == "2015 Nairobi Accord"
    assert event.kind == "accord"
    assert str(event.start) == "2015"


def test_resolution_numbers_and_document_symbols() -> None:
    found = events_in(
        "The ministers recalled Security Council Resolution 1325 and the General Assembly resolution (A/RES/60/1)."
    )
    assert [e.name for e in found] == ["Security Council Resolution 1325", "General Assembly resolution (A/RES/60/1)"]
    assert all(e.kind == "resolution" for e in found)


def test_cop_acronym_is_a_conference() -> None:
    event = one("We will advance progress at COP29 and beyond.")
    assert (event.name, event.kind) == ("COP29", "conference")


def test_declaration_of_a_conference_names_the_conference() -> None:
    event = one("They upheld the Declaration of the Fourth Geneva Conference in full.")
    assert event.name == "Fourth Geneva Conference"
    assert event.ordinal == 4


def test_inner_proper_name_beats_generic_outer_phrase() -> None:
    event = one("Work continues on negotiations on the Global Plastics Treaty this year.")
    assert event.name == "Global Plastics Treaty"


# ---------------------------------------------------------------- generic mentions


def test_generic_meeting_with_place_date_host_and_status() -> None:
    event = one("The upcoming Geneva meeting is scheduled to be held on June 3 and 4 and will be hosted by the UN.")
    assert event.name == "Geneva meeting"
    assert event.place is not None and event.place.country == "CH"
    assert (str(event.start), str(event.end)) == ("--06-03", "--06-04")
    assert event.status == "scheduled"
    assert event.host == "United Nations"


def test_indefinite_summit_keeps_its_co_hosts_in_the_name() -> None:
    found = events_in(
        "A four-nation summit co-hosted by Ghana and Togo agreed on Friday to share border data.\n"
        "Ministers from the four countries held a one-day meeting in Accra, focusing on piracy."
    )
    assert len(found) == 1
    event = found[0]
    assert event.name == "four-nation summit co-hosted by Ghana and Togo"
    assert event.host == "Ghana and Togo"
    assert event.place is not None and event.place.city == "Accra"


def test_possessive_visit_and_verbal_visit() -> None:
    found = events_in(
        "Critics welcomed Angela Merkel's visit to Paris. Earlier, Prime Minister Jacinda Ardern had visited Tokyo."
    )
    assert [e.name for e in found] == ["Angela Merkel's visit to Paris", "Jacinda Ardern’s visit to Tokyo"]
    assert all(e.kind == "visit" for e in found)
    assert [e.place.country if e.place else None for e in found] == ["FR", "JP"]
    assert found[1].status == "held"


def test_visit_place_comes_from_the_visiting_verb() -> None:
    found = events_in("Speaking about Ama Owusu's visit, officials were upbeat. Ama Owusu is visiting Paris this week.")
    assert len(found) == 1
    assert found[0].place is not None and found[0].place.city == "Paris"
    assert found[0].status == "held"


def test_election_with_place_complement_and_demonym() -> None:
    found = events_in(
        "Observers followed the presidential election in Kenya. "
        "Parliament condemned the ruling Ghanaian party after the rigged parliamentary elections on 7 December 2020."
    )
    assert [e.name for e in found] == ["presidential election in Kenya", "parliamentary elections"]
    assert found[0].place is not None and found[0].place.country == "KE"
    assert found[1].place is not None and found[1].place.country == "GH"
    assert str(found[1].start) == "2020-12-07"
    assert found[1].status == "held"


def test_result_of_an_election_means_it_was_held() -> None:
    event = one("We care about the reaction to the results of the presidential election in Kenya.")
    assert event.status == "held"


def test_bare_words_are_no_events() -> None:
    assert (
        events_in(
            "The meeting discussed the resolution of conflicts, an agreement on trade and a peace process. "
            "Such a gathering had not taken place before."
        )
        == []
    )


def test_undated_generic_adjective_phrase_is_no_event() -> None:
    assert events_in("They called for holding new parliamentary elections soon.") == []


def test_organisation_convening_a_meeting_is_its_host() -> None:
    event = one(
        "They fixed their positions on the second meeting of the United Nations on Kenya, which is scheduled to be held on February 8 and 9, 2025 in Geneva."
    )
    assert event.ordinal == 2
    assert event.host == "United Nations"
    assert event.place is not None and event.place.city == "Geneva"
    assert (str(event.start), str(event.end)) == ("2025-02-08", "2025-02-09")


def test_thanks_for_hosting_names_the_host_of_this_conference() -> None:
    found = events_in(
        "We, the participants of the Fifth Accra Conference, met in good spirit. "
        "We thank the Government of Ghana for hosting this Conference in Accra."
    )
    assert len(found) == 1
    assert found[0].host == "Government of Ghana"


def test_since_dates_the_previous_meeting_of_the_series() -> None:
    found = events_in(
        "It was the second such meeting in Lisbon since June last year. The first meeting was tense.",
        reference="2024-03-12",
    )
    assert [(e.ordinal, str(e.start)) for e in found] == [(2, "None"), (1, "2023-06")]
    assert found[1].place is not None and found[1].place.city == "Lisbon"


def test_previous_plural_summits_split_by_date() -> None:
    found = events_in(
        "The leaders noted the previous ASEAN-Nordic Summits held on May 1, 2015 in Tokyo, and on June 2, 2016 in Osaka."
    )
    assert [(e.name, str(e.start)) for e in found] == [
        ("ASEAN-Nordic Summit, Tokyo", "2015-05-01"),
        ("ASEAN-Nordic Summit, Osaka", "2016-06-02"),
    ]
    assert {e.series for e in found} == {"ASEAN-Nordic Summits"}


def test_next_meeting_is_a_different_scheduled_event() -> None:
    found = events_in(
        "Ministers met for the Coastal Meeting on Fisheries. "
        "They agreed to convene the next Coastal Meeting on Fisheries in 2026."
    )
    assert len(found) == 2
    assert found[1].status == "scheduled"
    assert str(found[1].start) == "2026"
    assert found[0].series == found[1].series == "Coastal Meeting on Fisheries"


def test_all_capital_heading_is_title_cased() -> None:
    event = one("REGIONAL MEETING ON MARITIME SECURITY  Accra-Ghana, 3 May 2021")
    assert event.name == "Regional Meeting On Maritime Security"


# ---------------------------------------------------------------- merging and the fixture


def test_fixture_article() -> None:
    text = (FIXTURES / "lisbon_article.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / "lisbon_article.expected.json").read_text(encoding="utf-8"))
    found = events_in(text, reference="2024-03-12")
    assert [e.name for e in found] == [x["name"] for x in expected]
    for event, want in zip(found, expected, strict=True):
        assert event.kind == want["kind"]
        for key in ("ordinal", "series", "status", "host"):
            if key in want:
                assert getattr(event, key) == want[key], (event.name, key)
        if "city" in want:
            assert event.place is not None and (event.place.city, event.place.country) == (
                want["city"],
                want["country"],
            )
        if "start" in want:
            assert str(event.start) == want["start"], event.name
        if "end" in want:
            assert str(event.end) == want["end"], event.name
        assert event.span is not None and event.span.end <= len(text)


def test_vienna_style_coreference_and_different_ordinals() -> None:
    found = events_in(
        "The participants of the Lisbon meeting asked for calm.\n"
        "Envoys attended the second meeting held in Lisbon.\n"
        "The first meeting of coastal envoys was held in 2022 in Lisbon.\n"
        "The participants of the second Lisbon meeting praised the statement."
    )
    assert [(e.name, e.ordinal) for e in found] == [("Lisbon meeting", 2), ("first meeting of coastal envoys", 1)]
    assert str(found[1].start) == "2022"
    assert all(e.status == "held" for e in found)


def test_find_events_merges_declaration_events_once() -> None:
    text = "Final Declaration\n\nWe, the participants of the Third Accra Conference, met in Accra on 3 May 2021."
    blocks = [Block(text=m.group(), span=Span(m.start(), m.end())) for m in re.finditer(r"[^\n]+", text)]
    layout = Layout(text=text, blocks=blocks, metadata=Metadata(published=PartialDate.parse("2021-05-04")))
    declared = Event(name="Third Accra Conference", kind="conference", ordinal=3, host="Government of Ghana")
    other = Event(name="Accra Accord", kind="accord")
    declaration = Declaration(event=declared, referenced_events=(other,))
    events = _events.find_events(layout, declarations=[declaration])
    assert [e.name for e in events] == ["Third Accra Conference", "Accra Accord"]
    assert events[0].host == "Government of Ghana"
    assert events[0].place is not None and events[0].place.city == "Accra"


def test_find_events_on_empty_layout() -> None:
    assert _events.find_events(Layout(text="")) == ()


# ---------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    "the a of in on Second 9th first-ever Vienna Conference meeting Summit summit visit’s visit to "
    "held scheduled hosted by co-hosted Resolution 2721 ( ) , . 's ' - \n 2020 May 1 and 2 next upcoming "
    "Agreement election elections process Process this UN attended since last week met in".split(" ")
)


@given(st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=60))
def test_random_text_never_raises_and_spans_index_the_text(words: list[str]) -> None:
    text = " ".join(words)
    spans = [Span(0, len(text))] if text else []
    for event in _events.find_event_mentions(text, spans, reference=PartialDate(year=2023, month=5, day=6)):
        assert event.name
        assert event.span is not None and 0 <= event.span.start <= event.span.end <= len(text)
        if event.place is not None and event.place.span is not None:
            assert event.place.span.end <= len(text)


@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    spans = [Span(0, len(text))] if text else []
    for event in _events.find_event_mentions(text, spans):
        assert event.span is not None and event.span.end <= len(text)


def test_long_adversarial_line_is_handled() -> None:
    text = ("of the " * 4000) + "Conference " + ("Vienna " * 4000) + ("meeting " * 3000)
    found = _events.find_event_mentions(text, [Span(0, len(text))])
    assert isinstance(found, list)


# ---------------------------------------------------------------- more sentence cues


def test_weak_gathering_head_is_kept_when_dated_and_chaired() -> None:
    event = one(
        "The Security Council held an open debate on the protection of civilians on 21 May 2024, chaired by Ghana."
    )
    assert event.name == "open debate on the protection of civilians"
    assert (event.kind, str(event.start), event.status, event.host) == ("debate", "2024-05-21", "held", "Ghana")


def test_agreed_ceasefire_takes_place_and_date() -> None:
    event = one("The ceasefire agreed in Accra on 15 January 2025 took effect four days later.")
    assert event.kind == "ceasefire"
    assert event.place is not None and event.place.city == "Accra"
    assert str(event.start) == "2025-01-15"


def test_place_right_after_a_proper_name() -> None:
    event = one("Leaders gathered for the 43rd Coastal Summit in Osaka on 5 September 2023.")
    assert (event.ordinal, event.series) == (43, "Coastal Summit")
    assert event.place is not None and event.place.city == "Osaka"


def test_adopting_body_of_a_bare_resolution() -> None:
    event = one("In a resolution adopted on 13 February 2025, Parliament refuses to recognise the new authorities.")
    assert (event.name, event.host, str(event.start)) == ("Parliament resolution", "Parliament", "2025-02-13")


def test_publisher_completes_a_one_word_host() -> None:
    text = "In a resolution adopted on 13 February 2025, Parliament refuses to recognise the new authorities."
    layout = Layout(
        text=text,
        blocks=[Block(text=text, span=Span(0, len(text)))],
        metadata=Metadata(publisher="Pacific Parliament"),
        genre="article",
    )
    (event,) = _events.find_events(layout)
    assert (event.name, event.host) == ("Pacific Parliament resolution", "Pacific Parliament")


def test_next_meeting_of_a_declaration_is_not_merged_with_its_own_event() -> None:
    text = "Ministers agreed to convene the next Coastal Meeting on Fisheries in 2026."
    layout = Layout(text=text, blocks=[Block(text=text, span=Span(0, len(text)))])
    own = Event(name="Coastal Meeting on Fisheries", kind="meeting")
    events = _events.find_events(layout, declarations=[Declaration(event=own)])
    assert [e.name for e in events] == ["next Coastal Meeting on Fisheries", "Coastal Meeting on Fisheries"]


def test_time_words_are_not_places() -> None:
    event = one("Talks in Istanbul in March 2022 produced only a draft.")
    assert event.name == "Talks in Istanbul"
    assert str(event.start) == "2022-03"


def test_instrument_dated_by_its_entry_into_force() -> None:
    event = one("Ministers noted the Coastal Reform Act, the provisions of which come into effect on 1 September 1994.")
    assert (event.name, str(event.start)) == ("Coastal Reform Act", "1994-09-01")


def test_place_with_a_comma_is_read_whole() -> None:
    event = one("They met at the first-ever Reef Summit, held at the Town Hall in Washington, D.C. from 2-3 May 2022.")
    assert event.place is not None and event.place.city == "Washington, D.C."


def test_compound_ordinal_words() -> None:
    event = one("The parties, at their twenty-eighth session held in Accra on 3 May 2023, adopted a decision.")
    assert (event.ordinal, event.kind) == (28, "session")


def test_copula_numbers_the_named_meeting() -> None:
    event = one("The Quad foreign ministers' meeting in Tokyo on 29 July 2024 was the ninth such meeting.")
    assert event.name == "Quad foreign ministers' meeting in Tokyo"
    assert event.ordinal == 9


def test_preamble_participle_is_not_part_of_the_name() -> None:
    event = one("Recalling General Assembly resolution 70/1 of 25 September 2015,")
    assert event.name == "General Assembly resolution 70/1"


def test_country_names_with_and_and_stated_venue_beats_name() -> None:
    found = events_in(
        "We welcomed the Fourth Island Conference, held in Trinidad and Tobago from 27-30 May 2024. "
        "They issued a statement at the Berlin Process Summit in Tirana on 16 October 2023."
    )
    assert [e.place.country if e.place else None for e in found] == ["TT", "AL"]


def _fake_actors(text: str, start: int = 0, end: int | None = None) -> list[Actor]:
    stop = len(text) if end is None else end
    return [
        Actor(name=m.group(), kind="person", span=Span(m.start(), m.end()))
        for m in re.finditer(r"[A-Z][a-z]+ [A-Z][a-z]+", text[:stop])
        if m.start() >= start
    ]


def test_participants_before_attended_and_after_attended_by(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_events._actors, "find_actors_in", _fake_actors, raising=False)
    found = events_in(
        "Jane Doe and John Roe attended the second meeting held in Lisbon.\n"
        "The Fifth Accra Conference was attended by Ama Owusu."
    )
    assert [[a.name for a in e.participants] for e in found] == [["Jane Doe", "John Roe"], ["Ama Owusu"]]


def test_a_failing_actors_finder_costs_only_participants(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, start: int = 0, end: int | None = None) -> list[Actor]:
        raise RuntimeError("boom")

    monkeypatch.setattr(_events._actors, "find_actors_in", broken, raising=False)
    event = one("Jane Doe attended the second meeting held in Lisbon.")
    assert (event.ordinal, event.participants) == (2, ())


def test_verbs_are_not_heads_and_sidelines_end_a_name() -> None:
    found = events_in(
        "Ama Owusu is expected to visit Tokyo in March 2024. "
        "They held talks on the sidelines of the Coastal meeting in Osaka on Nov. 15, 2023."
    )
    assert [e.name for e in found] == ["Ama Owusu’s visit to Tokyo", "Coastal meeting in Osaka"]
    assert found[0].status == "scheduled"


def test_incidents_and_votes() -> None:
    found = events_in(
        "Prices may fall in the autumn. The fall of Accra in August 2021 shocked the region.\n"
        "Voters backed the constitutional referendum in Kenya on 4 September 2022.\n"
        "Ministers discussed the Coastal Front attack on the southern port city of Osaka."
    )
    assert [(e.name, e.kind) for e in found] == [
        ("fall of Accra", "fall"),
        ("constitutional referendum in Kenya", "referendum"),
        ("Coastal Front attack on the southern port city of Osaka", "attack"),
    ]
    assert found[1].place is not None and found[1].place.country == "KE"


def test_rounds_and_editions_carry_the_ordinal() -> None:
    found = events_in("The second round of talks in Geneva ended. The 3rd edition of the Lisbon Forum opened.")
    assert [(e.name, e.ordinal) for e in found] == [
        ("second round of talks in Geneva", 2),
        ("3rd edition of the Lisbon Forum", 3),
    ]


def test_host_named_before_the_verb() -> None:
    event = one("The Government of Ghana hosted the Third Accra Conference on 3 May 2021.")
    assert event.host == "Government of Ghana"
    assert one("Osaka, which hosted an informal summit between him and Xi in April 2018, was calm.").name == (
        "informal summit"
    )


# ---------------------------------------------------------------- held-out style documents


def test_plural_and_singular_possessives_stay_inside_a_name() -> None:
    event = one("Delegates met at the Second Conference of the Coastal Mayors' Network on 3 May 2021.")
    assert event.name == "Second Conference of the Coastal Mayors' Network"
    event = one("Delegates met at the Second Conference of the Coastal Mayors’ Network on 3 May 2021.")
    assert event.name == "Second Conference of the Coastal Mayors’ Network"
    event = one("Envoys went to the Third Meeting of the Governor's Council on Water on 3 May 2021.")
    assert event.name == "Third Meeting of the Governor's Council on Water"


def test_a_name_in_a_heading_stops_before_its_dateline() -> None:
    text = "FINAL COMMUNIQUE\nof the Seventh Summit of the River Basin Mayors' Forum\nAccra, Ghana, 3 May 2021\n"
    found = _events.find_event_mentions(text, [Span(0, len(text))])
    assert [e.name for e in found] == ["Seventh Summit of the River Basin Mayors' Forum"]
    wrapped = "The Treaty on the Protection of\nCoastal Wetlands was signed in 2019."
    found = _events.find_event_mentions(wrapped, [Span(0, len(wrapped))])
    assert [e.name for e in found] == ["Treaty on the Protection of Coastal Wetlands"]


def test_generic_mention_on_the_same_days_joins_the_named_event() -> None:
    text = (
        "Communique of the Fourth Ministerial Meeting of the Coastal Forum, 3 May 2021. "
        "The Ministers held a meeting in Accra on 3 May 2021 and adopted this text. "
        "They recalled the Third Ministerial Meeting held in Tokyo in May 2020."
    )
    found = _events.find_event_mentions(text, [Span(0, len(text))])
    assert [e.name for e in found] == ["Fourth Ministerial Meeting of the Coastal Forum", "Third Ministerial Meeting"]
    assert found[0].place is not None and found[0].place.city == "Accra"


def test_generic_mention_on_other_days_or_elsewhere_stays_apart() -> None:
    text = (
        "The Fourth Accra Summit opened on 3 May 2021. "
        "Officials had held a meeting in Tokyo on 3 May 2021 as well. "
        "A meeting in Accra on 9 May 2021 followed."
    )
    found = _events.find_event_mentions(text, [Span(0, len(text))])
    assert len(found) == 3, [e.name for e in found]


def test_find_events_folds_a_generic_duplicate_of_the_declaration_event() -> None:
    text = "The Ministers held a meeting in Accra on 3 May 2021 and adopted this communique."
    layout = Layout(text=text, blocks=[Block(text=text, span=Span(0, len(text)))])
    day = PartialDate.parse("2021-05-03")
    declared = Event(
        name="Fourth Ministerial Meeting of the Coastal Forum", kind="meeting", ordinal=4, start=day, end=day
    )
    events = _events.find_events(layout, declarations=[Declaration(event=declared)])
    assert [e.name for e in events] == ["Fourth Ministerial Meeting of the Coastal Forum"]
    assert events[0].place is not None and events[0].place.city == "Accra"


def test_offer_to_host_names_the_host() -> None:
    event = one("They welcome the offer of the Government of Ghana to host the Fifth Accra Conference in 2023.")
    assert event.host == "Government of Ghana"


def test_participle_meeting_is_no_event_but_places_and_dates_the_named_one() -> None:
    text = "Arab leaders meeting in Accra on 3 May 2021 for the 32nd Arab League summit welcomed the plan."
    event = one(text)
    assert (event.name, event.ordinal) == ("32nd Arab League summit", 32)
    assert event.place is not None and event.place.city == "Accra"
    assert str(event.start) == "2021-05-03"
    assert one("The Ministers, meeting in Accra on 3 May 2021, praised the Third Accra Conference.").ordinal == 3


def test_organisation_in_a_name_is_not_its_place() -> None:
    event = one("The Kenya League summit in Accra opened on 3 May 2021.")
    assert event.place is not None and event.place.city == "Accra"


def test_product_like_instruments_and_settlements_are_no_events() -> None:
    assert events_in("The TV supports the 4K resolution and the HDMI protocol.") == []
    assert events_in("A possible resolution of the trade dispute was discussed.") == []
    assert events_in("Republican attacks on the bill grew louder.") == []
    kept = events_in("The Security Council resolutions and the Paris agreement remain in force.")
    assert [e.name for e in kept] == ["Security Council resolutions", "Paris agreement"]


def test_attack_on_a_town_of_a_named_country() -> None:
    event = one("The meeting focused on the militant attack on the southern Kenyan town of Lodwar.")
    assert event.kind == "attack"
    assert event.place is not None and (event.place.name, event.place.country) == ("Lodwar", "KE")


def test_ordinal_before_adjectives_and_hyphenated_heads() -> None:
    event = one("The 36th ordinary session of the Andean Assembly opened in Accra on 3 May 2021.")
    assert (event.ordinal, event.name) == (36, "36th ordinary session of the Andean Assembly")
    assert one("Leaders held a mini-summit on Kenya in Accra on 3 May 2021.").kind == "summit"


def test_date_in_a_relative_clause_about_another_noun_is_not_the_events() -> None:
    event = one("The 36th Accra Conference will approve the Free Trade Area (AFTA), which came into force in 2021.")
    assert event.start is None


def test_next_event_of_the_same_name_makes_a_series() -> None:
    found = events_in("Leaders met at the 15th Andean summit. The next Andean summit will be held in Tokyo in 2024.")
    assert [(e.name, e.series) for e in found] == [
        ("15th Andean summit", "Andean summit"),
        ("next Andean summit", "Andean summit"),
    ]


def test_definite_unnamed_gathering_refers_back_to_the_named_one() -> None:
    text = (
        "President Doe spoke at the 15th Andean summit on 3 May 2021. "
        "Five nations will join, he said at the three-day meeting in Accra."
    )
    found = _events.find_event_mentions(text, [Span(0, len(text))])
    assert [e.name for e in found] == ["15th Andean summit"]
    assert found[0].place is not None and found[0].place.city == "Accra"


def test_sentence_initial_capital_of_an_everyday_word_is_no_name() -> None:
    text = "Enemy attacks on convoys rose. The enemy retreated."
    assert events_in(text) == []


def test_honorific_full_stop_stays_in_the_name() -> None:
    event = one("The meeting between Mr. Doe and Ms. Roe took place in Accra on 3 May 2021.")
    assert event.name == "meeting between Mr. Doe and Ms. Roe"


def test_a_dated_bare_head_alone_is_no_event() -> None:
    assert events_in("The talks ended on 3 May 2021 without a deal.") == []
    assert [e.name for e in events_in("The talks in Accra ended on 3 May 2021.")] == ["talks in Accra"]


def test_between_complement_needs_its_parties() -> None:
    assert events_in("Negotiations between the Accra exchange failed.") == []
    found = events_in("Negotiations between Kenya and Ghana on fisheries ended in Accra on 3 May 2021.")
    assert [e.name for e in found] == ["Negotiations between Kenya and Ghana"]


def test_resolution_of_a_place_compound_is_a_settlement() -> None:
    assert events_in("Markets hope for a possible resolution of the US-China trade war.") == []


def test_a_country_capital_named_by_demonym(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_events, "_capital_city", lambda code: {"KE": "Nairobi"}.get(code))
    event = one("Leaders opened a two-day summit in the Kenyan capital on 3 May 2021.")
    assert event.place is not None and (event.place.city, event.place.country) == ("Nairobi", "KE")


def test_a_name_numbered_in_figures_names_its_series() -> None:
    event = one("The 36th ordinary session of the Andean Assembly opened in Accra on 3 May 2021.")
    assert event.series == "ordinary session of the Andean Assembly"


def test_an_instrument_called_for_is_not_made() -> None:
    assert events_in("The leaders called for a lasting ceasefire in Kenya.") == []
    assert events_in("They urged a new agreement on fisheries.") == []
    assert [e.name for e in events_in("The parties reached a ceasefire agreement in Accra on 3 May 2021.")] == [
        "ceasefire agreement in Accra"
    ]


# ---------------------------------------------------------------- shared work within one analysis


def _counting_dates(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []

    def counted(text: str, start: int = 0, end: int | None = None, **kw: object) -> list[DateMention]:
        calls.append((start, end or len(text)))
        return fake_find_dates(text, start, end, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(_events._dates, "find_dates", counted)
    return calls


_SHARED_TEXT = (
    "The Second Arcadia Summit was held in Lisbon on 4 May 2021.\n"
    "Leaders agreed that the Third Arcadia Summit will take place in Nairobi in June 2022.\n"
)


def test_one_analysis_reads_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_dates(monkeypatch)
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", _SHARED_TEXT)]
    alone = _events.find_event_mentions(_SHARED_TEXT, spans)
    once = len(calls)
    assert once > 0
    calls.clear()
    with _events.sharing(_SHARED_TEXT):
        first = _events.find_event_mentions(_SHARED_TEXT, spans)
        # the declarations' reading and the document's read the same sentences
        second = _events.find_event_mentions(_SHARED_TEXT, spans[1:])
        third = _events.find_event_mentions(_SHARED_TEXT, spans)
    assert len(calls) == once
    assert first == third == alone
    assert second == _events.find_event_mentions(_SHARED_TEXT, spans[1:])


def test_nothing_is_shared_outside_an_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_dates(monkeypatch)
    spans = [Span(0, len(_SHARED_TEXT))]
    _events.find_event_mentions(_SHARED_TEXT, spans)
    once = len(calls)
    _events.find_event_mentions(_SHARED_TEXT, spans)
    assert len(calls) == 2 * once
    with _events.sharing("Another text."):
        _events.find_event_mentions(_SHARED_TEXT, spans)
    assert len(calls) == 3 * once


def test_shared_mentions_are_not_changed_by_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", _SHARED_TEXT)]
    ref = PartialDate(year=2021, month=5, day=10)
    with _events.sharing(_SHARED_TEXT):
        dated = _events.find_event_mentions(_SHARED_TEXT, spans, reference=ref)
        undated = _events.find_event_mentions(_SHARED_TEXT, spans)
    assert dated == _events.find_event_mentions(_SHARED_TEXT, spans, reference=ref)
    assert undated == _events.find_event_mentions(_SHARED_TEXT, spans)


# ---------------------------------------------------------------- sentences without a head word are skipped

_PIECES_OF_SENTENCES = st.sampled_from(
    [
        "the ",
        "The ",
        "Second ",
        "Arcadia ",
        "Summit ",
        "summit",
        "mini-summit ",
        "pre-Summit ",
        "Cease-Fire ",
        "ceasefire ",
        "COP28 ",
        "cop28 ",
        "visited ",
        "VISITING ",
        "Lisbon ",
        "in ",
        "held ",
        "on 4 May 2021",
        "meeting’s ",
        "talks. ",
        "Communiqué ",
        "İ",
        "K",
        "-",
        ".",
        ", ",
        "’s ",
        "Ministers ",
        "of ",
    ]
)


@given(st.lists(_PIECES_OF_SENTENCES, max_size=14).map("".join))
def test_skipping_sentences_without_a_head_word_loses_no_mention(sentence: str) -> None:
    read = _events._Grammar(sentence, None)._read(0, len(sentence))
    if not _events._may_mention(sentence):
        assert read == []
    everything = _events._Grammar(sentence, None)
    original = _events._may_mention
    try:
        _events._may_mention = lambda _: True  # type: ignore[assignment]
        forced = everything._read(0, len(sentence))
    finally:
        _events._may_mention = original  # type: ignore[assignment]
    assert [(m.start, m.end, m.name, m.kind) for m in read] == [(m.start, m.end, m.name, m.kind) for m in forced]


def test_a_sentence_without_a_head_word_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[tuple[int, int]] = []
    real = _events._tokens

    def counted(text: str, start: int, end: int) -> list[_events._Token]:
        read.append((start, end))
        return real(text, start, end)

    monkeypatch.setattr(_events, "_tokens", counted)
    text = "The ministers of Arcadia and Ruritania spoke by telephone. They met at the Lisbon Summit."
    assert [e.name for e in events_in(text)] == ["Lisbon Summit"]
    assert read[0] == (text.index("They"), len(text))


def test_ordinals_past_fiftieth_and_hyphenated_ones_number_the_event() -> None:
    text = (
        "The eightieth session of the General Assembly opened on 9 September 2025. "
        "The Seventy-Fifth Anniversary Summit was held in New York."
    )
    found = _events.find_event_mentions(text, [Span(start=0, end=len(text))])
    assert [(e.name, e.ordinal) for e in found] == [
        ("eightieth session of the General Assembly", 80),
        ("Seventy-Fifth Anniversary Summit", 75),
    ]
