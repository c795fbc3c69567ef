"""Helpers for testing declkit plugins: temporary registration, golden fixtures, strategies.

Use them from pytest::

    from declkit.testing import use_plugin, assert_parses_to

    def test_my_parser():
        with use_plugin(my_plugin, name="my-plugin"):
            assert_parses_to("tests/fixtures/x.txt", "tests/fixtures/x.expected.json")

Hypothesis strategies for the model live in :mod:`declkit.testing` too (they import
hypothesis only when called).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._plugins import use_plugin

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from ._model import Document

__all__ = ["UPDATE_ENV", "assert_parses_to", "documents", "partial_dates", "use_plugin"]

#: Set this environment variable to ``1`` to rewrite expected JSON files instead of comparing.
UPDATE_ENV = "DECLKIT_UPDATE_FIXTURES"

_VOLATILE = ("parser", "source")


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in _VOLATILE}


def assert_parses_to(fixture: str | os.PathLike[str], expected: str | os.PathLike[str], *, parser: str | None = None) -> Document:
    """Assert that ``fixture`` parses to the JSON stored in ``expected``.

    The ``parser`` and ``source`` keys are ignored (they change with versions and
    checkouts). With ``DECLKIT_UPDATE_FIXTURES=1`` the expected file is (re)written
    instead, so a deliberate change is one command and a reviewable diff.

    Returns:
        the parsed document, for further assertions.
    """
    from ._api import parse
    from ._json import to_dict

    document = parse(Path(fixture), parser=parser)
    got = _comparable(to_dict(document))
    path = Path(expected)
    if os.environ.get(UPDATE_ENV) == "1" or not path.exists():
        if not path.exists() and os.environ.get(UPDATE_ENV) != "1":
            raise AssertionError(f"{path} does not exist; run with {UPDATE_ENV}=1 to create it")
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return document
    want = _comparable(json.loads(path.read_text(encoding="utf-8")))
    if got != want:
        keys = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
        raise AssertionError(f"{fixture} no longer parses to {path}: keys {', '.join(keys)} differ (set {UPDATE_ENV}=1 to accept)")
    return document


def partial_dates() -> SearchStrategy[Any]:
    """Hypothesis strategy for :class:`~declkit.PartialDate` values of every precision."""
    import datetime

    from hypothesis import strategies as st

    from ._model import PartialDate

    days = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))
    years = st.integers(1, 9999)

    def with_time(day: datetime.date, hour: int, minute: int) -> PartialDate:
        return PartialDate(year=day.year, month=day.month, day=day.day, hour=hour, minute=minute)

    return st.one_of(
        years.map(lambda y: PartialDate(year=y)),
        st.tuples(years, st.integers(1, 12)).map(lambda ym: PartialDate(year=ym[0], month=ym[1])),
        days.map(PartialDate.from_date),
        days.map(lambda d: PartialDate(month=d.month, day=d.day)),
        st.builds(with_time, days, st.integers(0, 23), st.integers(0, 59)),
    )


def documents(max_text: int = 200) -> SearchStrategy[Any]:
    """Hypothesis strategy for whole :class:`~declkit.Document` values with valid spans."""
    from hypothesis import strategies as st

    from ._model import Actor, Block, Clause, Declaration, Document, Event, Place, Quote, Signatory, Span

    names = st.text(min_size=1, max_size=20)

    @st.composite
    def build(draw: Any) -> Document:
        text: str = draw(st.text(max_size=max_text))
        n = len(text)

        def maybe(strategy: Any) -> Any:
            return draw(st.none() | strategy)

        def span() -> Span:
            start = draw(st.integers(0, n))
            return Span(start, draw(st.integers(start, n)))

        def block() -> Block:
            kind = draw(st.sampled_from(["paragraph", "heading", "list_item"]))
            return Block(text=draw(names), span=span(), kind=kind, level=maybe(st.integers(1, 6)))

        def place() -> Place:
            country = maybe(st.sampled_from(["AT", "QA", "US"]))
            return Place(name=maybe(names), city=maybe(names), country=country, span=span())

        def actor() -> Actor:
            kind = maybe(st.sampled_from(["person", "organization"]))
            return Actor(name=draw(names), kind=kind, role=maybe(names), span=span())

        def event() -> Event:
            return Event(
                name=draw(names),
                ordinal=maybe(st.integers(1, 20)),
                place=place() if draw(st.booleans()) else None,
                start=maybe(partial_dates()),
                status=maybe(st.sampled_from(["held", "scheduled"])),
                participants=[actor() for _ in range(draw(st.integers(0, 2)))],
                span=span(),
            )

        def clause(number: int) -> Clause:
            return Clause(
                number=number,
                label=maybe(st.sampled_from(["1.", "-", "Second"])),
                text=draw(names),
                span=span(),
                acts=draw(st.lists(st.sampled_from(["request", "condemn"]), max_size=2)),
                addressees=draw(st.lists(names, max_size=2)),
            )

        def declaration() -> Declaration:
            return Declaration(
                title=maybe(names),
                event=event() if draw(st.booleans()) else None,
                preamble=[block() for _ in range(draw(st.integers(0, 2)))],
                clauses=[clause(i + 1) for i in range(draw(st.integers(0, 3)))],
                signatories=[Signatory(name=draw(names), members=[Signatory(name=draw(names))], span=span())],
                referenced_events=[event() for _ in range(draw(st.integers(0, 2)))],
                span=span(),
            )

        return Document(
            format=draw(st.sampled_from(["news", "web", "pdf-text"])),
            parser="test 0",
            text=text,
            title=maybe(names),
            authors=draw(st.lists(names, max_size=2)),
            published=maybe(partial_dates()),
            blocks=[block() for _ in range(draw(st.integers(0, 3)))],
            declarations=[declaration() for _ in range(draw(st.integers(0, 1)))],
            events=[event() for _ in range(draw(st.integers(0, 2)))],
            quotes=[Quote(text=draw(names), speaker=maybe(names), span=span())],
            residue=[block() for _ in range(draw(st.integers(0, 2)))],
            metadata=draw(st.dictionaries(names, names, max_size=2)),
        )

    return build()
