"""The model: validation, partial dates, JSON round-trip, evolve."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from strategies import documents, partial_dates

import declkit
from declkit import Block, Document, PartialDate, Place, Span


@given(documents())
def test_documents_round_trip_through_json(doc: Document) -> None:
    assert declkit.from_json(declkit.to_json(doc)) == doc


@given(documents())
def test_every_span_indexes_the_text(doc: Document) -> None:
    from declkit._model import iter_spans

    for span in iter_spans(doc):
        assert 0 <= span.start <= span.end <= len(doc.text)


@given(documents())
def test_evolve_keeps_validation(doc: Document) -> None:
    changed = attrs.evolve(doc, title="changed")
    assert changed.title == "changed"
    assert changed.text == doc.text
    with pytest.raises(ValueError):
        attrs.evolve(doc, blocks=(Block(text="x", span=Span(0, len(doc.text) + 1)),))


@given(partial_dates())
def test_partial_dates_round_trip_through_iso(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date


@pytest.mark.parametrize(
    ("fields", "iso"),
    [
        ({"year": 2023, "month": 4, "day": 24}, "2023-04-24"),
        ({"year": 2022, "month": 9}, "2022-09"),
        ({"year": 2022}, "2022"),
        ({"month": 5, "day": 1}, "--05-01"),
        ({"year": 2023, "month": 5, "day": 6, "hour": 20, "minute": 55}, "2023-05-06T20:55"),
    ],
)
def test_partial_date_prints_iso_8601(fields: dict[str, int], iso: str) -> None:
    assert str(PartialDate(**fields)) == iso
    assert PartialDate.parse(iso) == PartialDate(**fields)


@pytest.mark.parametrize(
    "fields",
    [{}, {"day": 3}, {"year": 2023, "day": 3}, {"year": 2023, "month": 2, "day": 30}, {"year": 2023, "month": 2, "day": 29}, {"year": 2023, "month": 13}, {"month": 5}, {"year": 2023, "hour": 3}],
)
def test_impossible_dates_are_refused(fields: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        PartialDate(**fields)


def test_partial_date_parse_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        PartialDate.parse("April 2023")


def test_span_validates_and_slices() -> None:
    assert Span(2, 5).slice("abcdefg") == "cde"
    assert Span(1, 2).cover(Span(4, 6)) == Span(1, 6)
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_place_country_must_be_iso_alpha_2() -> None:
    assert Place(country="AT").country == "AT"
    with pytest.raises(ValueError):
        Place(country="Austria")


def test_document_refuses_spans_outside_its_text() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        Document(format="x", parser="x 1", text="short", blocks=[Block(text="t", span=Span(0, 99))])


def test_models_are_frozen_and_keyword_only() -> None:
    span = Span(0, 1)
    block = Block(text="a", span=span)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.text = "b"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Block("a", span)  # type: ignore[misc]


def test_json_uses_contract_shapes() -> None:
    doc = Document(
        format="web",
        parser="web 1",
        text="Vienna",
        published=PartialDate(year=2023, month=5, day=6, hour=20, minute=55),
        blocks=[Block(text="Vienna", span=Span(0, 6))],
    )
    data = declkit.to_dict(doc)
    assert data["published"] == "2023-05-06T20:55"
    assert data["blocks"][0]["span"] == [0, 6]
    for key in ("format", "parser", "text", "title", "authors", "publisher", "published", "url", "blocks", "declarations", "events", "actors", "quotes", "residue"):
        assert key in data


def test_from_json_reports_bad_input_as_declkit_error() -> None:
    with pytest.raises(declkit.DeclkitError, match="not JSON"):
        declkit.from_json("{")
    with pytest.raises(declkit.DeclkitError, match="does not fit"):
        declkit.from_json('{"format": "x"}')
