"""Declarations: header, preamble, clauses, closing, signatories, events. (stub)"""

from __future__ import annotations

import attrs

from .._layout import Layout
from .._model import Block, Declaration, _strings, _tuple


@attrs.frozen(kw_only=True)
class DeclarationsFound:
    """What :func:`find_declarations` returns."""

    declarations: tuple[Declaration, ...] = attrs.field(default=(), converter=_tuple)
    #: Content blocks that belong to no declaration field and are no content (OCR noise …).
    residue: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Doubts to report on the document (conflicting dates …).
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)


def find_declarations(layout: Layout) -> DeclarationsFound:
    """Find every declaration in ``layout``."""
    return DeclarationsFound()
