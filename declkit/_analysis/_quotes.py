"""Quotations with speakers, and reported statements in news. (stub)"""

from __future__ import annotations

from .._layout import Layout
from .._model import Block, Quote


def find_quotes(layout: Layout) -> tuple[Quote, ...]:
    """Direct quotations in the content, with their speakers."""
    return ()


def mark_reported_statements(layout: Layout) -> tuple[Block, ...]:
    """Return the content blocks, tagging those that report what a declaration says."""
    return layout.blocks
