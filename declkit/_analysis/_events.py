"""Events: conferences, meetings, summits, agreements, resolutions. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from .._layout import Layout
from .._model import Declaration, Event, PartialDate, Span


def find_event_mentions(
    text: str, spans: Sequence[Span], *, reference: PartialDate | None = None
) -> list[Event]:
    """Every event mentioned inside ``spans`` of ``text``, in order, same-event mentions merged."""
    return []


def find_events(layout: Layout, *, declarations: Sequence[Declaration] = ()) -> tuple[Event, ...]:
    """Every event the document mentions (declarations' own events included once)."""
    return ()
