"""Actors: persons with roles, organisations with acronyms, states. (stub)"""

from __future__ import annotations

from .._layout import Layout
from .._model import Actor


def find_actors(layout: Layout) -> tuple[Actor, ...]:
    """Persons and organisations the content names."""
    return ()
