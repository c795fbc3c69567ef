"""The shared analysis: from a parser's :class:`~declkit.Layout` to a :class:`~declkit.Document`.

Everything that is true of declarations in any format lives here, once: dates and
calendars (``_dates``), places (``_places``), declaration structure
(``_declarations``), events (``_events``), actors (``_actors``) and quotations
(``_quotes``). Parsers never call these modules directly; :func:`analyze` does.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._layout import Layout
from .._model import Block, Declaration, Document, PartialDate
from ._actors import find_actors
from ._dates import find_dates
from ._declarations import find_declarations
from ._events import find_events, sharing
from ._header import looks_like_date
from ._places import resolve_place
from ._quotes import find_quotes, mark_reported_statements
from ._text import remembering, word_count

__all__ = ["analyze"]


def _closing_date(blocks: Sequence[Block]) -> PartialDate | None:
    """The day of a dateline closing a release ("PUTRAJAYA / 25 JANUARY 2022", "Jakarta, 5 May 2023").

    Only the last two blocks are read, and only a line that is little more than a
    full date (a place line may stand above it or before it on the line).
    """
    for block in list(blocks)[-2:][::-1]:
        text = block.text
        if word_count(text) > 10:
            continue
        mentions = [m for m in find_dates(text) if m.calendar == "gregorian"]
        if len(mentions) != 1 or mentions[0].start.day is None or mentions[0].start.year is None:
            continue
        rest = (text[: mentions[0].span.start] + text[mentions[0].span.end :]).strip(" ,.;–-")
        if looks_like_date(text) or (word_count(rest) <= 3 and resolve_place(rest) is not None):
            return mentions[0].start
    return None


def analyze(layout: Layout, *, format: str, parser: str, source: str | None = None) -> Document:
    """Run the shared analysis over ``layout`` and return the finished document."""
    # The declarations and the document-wide event reading go over the same sentences,
    # and every module asks the text tests (noise, chrome, script) about the same units.
    with sharing(layout.text), remembering():
        return _analyze(layout, format=format, parser=parser, source=source)


def _analyze(layout: Layout, *, format: str, parser: str, source: str | None = None) -> Document:
    metadata = layout.metadata
    blocks = layout.blocks
    residue = list(layout.residue)
    warnings: list[str] = []
    declarations: tuple[Declaration, ...] = ()
    if layout.genre == "document":
        found = find_declarations(layout)
        declarations = found.declarations
        warnings += found.warnings
        if found.residue:
            # Residue blocks come back re-kinded (new objects): match them by where they are.
            moved = {(b.span.start, b.span.end) for b in found.residue}
            blocks = tuple(b for b in blocks if (b.span.start, b.span.end) not in moved)
            residue += found.residue
    else:
        blocks = mark_reported_statements(layout)
    layout_now = attrs.evolve(layout, blocks=blocks, residue=tuple(residue))
    events = find_events(layout_now, declarations=declarations)
    actors = find_actors(layout_now)
    quotes = find_quotes(layout_now)
    residue.sort(key=lambda b: (b.span.start, b.span.end))
    published = metadata.published
    if published is None and not declarations and layout.genre == "document":
        published = _closing_date(blocks)
    if published is None and len(declarations) == 1 and declarations[0].start is not None:
        # A page that carries one statement and no date of its own was published on the
        # day its dateline gives ("December 6, 2021, Minsk").
        issued = declarations[0].start
        if issued.day is not None and (declarations[0].end is None or str(declarations[0].end) == str(issued)):
            published = issued
    return Document(
        format=format,
        parser=parser,
        text=layout.text,
        title=metadata.title,
        authors=metadata.authors,
        publisher=metadata.publisher,
        published=published,
        url=metadata.url,
        language=metadata.language,
        source=source,
        encoding=layout.encoding,
        blocks=blocks,
        declarations=declarations,
        events=events,
        actors=actors,
        quotes=quotes,
        residue=residue,
        warnings=warnings,
        metadata=metadata.extra,
    )
