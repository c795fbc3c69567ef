"""Events: conferences, meetings, summits, agreements, resolutions. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from .._layout import Layout
from .._model import Declaration, Event


def find_events(layout: Layout, *, declarations: Sequence[Declaration] = ()) -> tuple[Event, ...]:
    """Every event the document mentions (declarations' own events included once)."""
    return ()
