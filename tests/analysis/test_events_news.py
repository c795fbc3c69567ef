"""Events as news reports tell of them, with the real date and place readers."""

from __future__ import annotations

from declkit._analysis._events import find_event_mentions
from declkit._model import Event, PartialDate, Span


def _events(text: str, reference: str | None = None) -> list[Event]:
    ref = PartialDate.parse(reference) if reference else None
    return find_event_mentions(text, [Span(0, len(text))], reference=ref)


def test_subject_holding_its_meeting_names_it_and_the_presidency_hosts() -> None:
    text = (
        "The Arcadian League (AL) trade ministers concluded their two-day meeting on Wednesday. "
        "The meeting, held under Ruritania's presidency, was also attended by observers."
    )
    (event,) = _events(text)
    assert event.name == "Arcadian League trade ministers two-day meeting"
    assert event.status == "held"
    assert event.host == "Ruritania"


def test_meeting_wrapped_up_in_a_city_is_held_there() -> None:
    (event,) = _events("The 7th Arcadia Forum Ministerial Meeting wrapped up in Nairobi, Kenya, on Tuesday.")
    assert event.ordinal == 7
    assert event.status == "held"
    assert event.place is not None and (event.place.city, event.place.country) == ("Nairobi", "KE")


def test_possessive_weekday_dates_the_event_it_names() -> None:
    (event,) = _events("The result of Tuesday’s parliamentary elections in Ruritania surprised many.", "2015-03-18")
    assert str(event.start) == "2015-03-17"


def test_the_day_of_a_saying_or_a_deadline_does_not_date_the_event() -> None:
    text = (
        "Arcadia will not sign a joint statement at the Ruritania foreign ministers meeting, local media reported on Wednesday. "
        "The measures apply if there is no agreement on Arcadia-Ruritania relations in place by 1 January 2021."
    )
    found = {e.name: e for e in _events(text, "2023-03-02")}
    assert found["Ruritania foreign ministers meeting"].start is None
    assert all(e.start is None for e in found.values())
