"""What a parser plugin produces: text, layout blocks with spans, and page metadata.

A parser's whole job is to turn a :class:`~declkit.Source` into a :class:`Layout`;
declkit's shared analysis turns the layout into a :class:`~declkit.Document`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

import attrs

from ._model import Block, PartialDate, Span, _str_dict, _strings, _tuple
from ._source import Source

__all__ = ["GENRES", "Layout", "Metadata", "Parser", "TextBuilder"]

#: What a layout can be: a ``document`` that may hold declarations, or a news
#: ``article`` that reports on events (declkit looks for events, actors and quotes in
#: both, for declarations only in documents).
GENRES = frozenset({"document", "article"})


@attrs.frozen(kw_only=True)
class Metadata:
    """Page-level facts a parser reads from markup, front matter or bylines."""

    #: Page title or headline.
    title: str | None = None
    #: Bylines, as written.
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Outlet, site or issuing office.
    publisher: str | None = None
    #: Publication date (and time).
    published: PartialDate | None = None
    #: Canonical or short URL stated in the source.
    url: str | None = None
    #: Language of the content (BCP 47).
    language: str | None = None
    #: Anything else worth keeping (``description``, ``section``, front-matter keys …).
    extra: dict[str, str] = attrs.field(factory=dict, converter=_str_dict, hash=False)


@attrs.frozen(kw_only=True)
class Layout:
    """A parsed input before analysis: the text, its content blocks and its residue.

    Every block's span indexes :attr:`text`. Blocks are in reading order; residue holds
    page chrome and anything else that is not content, with a kind that says what it is.
    """

    #: The text every span indexes. For text inputs, the decoded input itself.
    text: str
    #: Content blocks in reading order.
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Page chrome and leftovers, kept, not dropped.
    residue: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Page metadata.
    metadata: Metadata = attrs.field(factory=Metadata)
    #: ``document`` or ``article`` (see :data:`GENRES`).
    genre: str = attrs.field(default="document", validator=attrs.validators.in_(GENRES))
    #: Encoding of the input, where the parser decoded it.
    encoding: str | None = None

    def __attrs_post_init__(self) -> None:
        limit = len(self.text)
        for block in (*self.blocks, *self.residue):
            if block.span.end > limit:
                raise ValueError(f"block span {block.span.start}-{block.span.end} lies outside the text ({limit} characters)")


@runtime_checkable
class Parser(Protocol):
    """What a parser plugin registers: a description of what it reads, and two methods.

    A parser is usually a plain class with these class attributes::

        class MyParser:
            name = "my-format"
            version = "1.0"
            format = "my-format"
            media_types = ("text/x-my-format",)
            suffixes = (".myf",)

            def sniff(self, source: declkit.Source) -> float: ...
            def parse(self, source: declkit.Source) -> declkit.Layout: ...
    """

    # Read-only properties, so that a plain class attribute, a ``ClassVar`` or a
    # ``Final`` in the plugin all satisfy the protocol under mypy --strict.
    @property
    def name(self) -> str:
        """Unique registry name (``"web"``)."""
        ...

    @property
    def version(self) -> str:
        """The plugin's version, printed in :attr:`Document.parser`."""
        ...

    @property
    def format(self) -> str:
        """The format it puts in :attr:`Document.format`."""
        ...

    @property
    def media_types(self) -> tuple[str, ...]:
        """Media types it reads (``"text/html"``)."""
        ...

    @property
    def suffixes(self) -> tuple[str, ...]:
        """File suffixes it reads (``".html"``), lower case with the dot."""
        ...

    def sniff(self, source: Source) -> float:
        """Return how sure the parser is that it reads ``source``: 0 (no) to 1 (certain).

        Look at :attr:`Source.prefix` or :attr:`Source.text_prefix` and
        :attr:`Source.suffix` only, so that sniffing stays cheap on large inputs.
        """
        ...

    def parse(self, source: Source) -> Layout:
        """Read ``source`` into a :class:`Layout`.

        Raise a :class:`~declkit.DeclkitError` subclass (usually
        :class:`~declkit.ParseError`) for damaged input.
        """
        ...


class TextBuilder:
    """Builds a document text from pieces and records the span of each block.

    Parsers of markup (HTML, PDF) do not have a text to point into; they build one:

    >>> builder = TextBuilder()
    >>> heading = builder.add("Final Declaration", kind="heading", level=1)
    >>> para = builder.add("We, the participants ...")
    >>> builder.text
    'Final Declaration\\n\\nWe, the participants ...'
    >>> builder.text[para.span.start:para.span.end]
    'We, the participants ...'
    """

    def __init__(self, separator: str = "\n\n") -> None:
        self._parts: list[str] = []
        self._length = 0
        self._separator = separator
        self.blocks: list[Block] = []
        self.residue: list[Block] = []

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self._parts)

    def _append(self, text: str) -> Span:
        if self._length:
            self._parts.append(self._separator)
            self._length += len(self._separator)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return Span(start, self._length)

    def add(self, text: str, *, kind: str = "paragraph", residue: bool = False, **fields: object) -> Block:
        """Append ``text`` as a block of ``kind`` and return the block.

        Keyword arguments set further :class:`~declkit.Block` fields (``level``,
        ``marker``, ``page``, ``tags``). With ``residue=True`` the block goes to
        :attr:`residue` instead of :attr:`blocks`.
        """
        block = Block(text=text, span=self._append(text), kind=kind, **fields)  # type: ignore[arg-type]
        (self.residue if residue else self.blocks).append(block)
        return block

    def layout(self, *, metadata: Metadata | None = None, genre: str = "document", encoding: str | None = None) -> Layout:
        """Return the :class:`Layout` of everything added."""
        return Layout(
            text=self.text,
            blocks=self.blocks,
            residue=self.residue,
            metadata=metadata or Metadata(),
            genre=genre,
            encoding=encoding,
        )


def blocks_in_order(blocks: Iterable[Block]) -> tuple[Block, ...]:
    """Return ``blocks`` sorted by where they start."""
    return tuple(sorted(blocks, key=lambda b: (b.span.start, b.span.end)))
