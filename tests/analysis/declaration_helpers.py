"""Build layouts the way parsers do, for the declaration tests."""

from __future__ import annotations

from declkit import Block, Layout, Metadata, PartialDate, TextBuilder, split_paragraphs


def raw_layout(text: str, *, title: str | None = None, published: str | None = None) -> Layout:
    """One paragraph block per blank-line-separated paragraph, markers left in (stub parsers)."""
    blocks = [Block(text=text[s.start : s.end], span=s, kind="paragraph") for s in split_paragraphs(text)]
    day = PartialDate.parse(published) if published else None
    return Layout(text=text, blocks=blocks, metadata=Metadata(title=title, published=day))


def clean_layout(parts: list[tuple[str, str, str | None, int | None]], *, title: str | None = None) -> Layout:
    """Cleaned blocks as the rewritten parsers give them: ``(kind, text, marker, level)``."""
    builder = TextBuilder()
    for kind, text, marker, level in parts:
        fields: dict[str, object] = {}
        if marker is not None:
            fields["marker"] = marker
        if level is not None:
            fields["level"] = level
        builder.add(text, kind=kind, **fields)
    return builder.layout(metadata=Metadata(title=title))
