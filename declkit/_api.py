"""The top-level API: :func:`parse`, :func:`parse_layout`, :func:`analyze`."""

from __future__ import annotations

from ._analysis import analyze as _analyze
from ._errors import ParseError
from ._layout import Layout, Parser
from ._model import Document
from ._plugins import get_registry
from ._source import DEFAULT_MAX_BYTES, InputLike, Source, read_source

__all__ = ["analyze", "parse", "parse_layout"]


def parse_layout(
    source: InputLike | Source,
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
) -> tuple[Parser, Layout]:
    """Read ``source`` with the right parser and return the parser and its layout.

    This is :func:`parse` without the shared analysis: useful for looking at what a
    parser produced, or for writing one.
    """
    _, chosen, layout = _read_and_parse(source, parser=parser, max_bytes=max_bytes, name=name)
    return chosen, layout


def _read_and_parse(
    source: InputLike | Source, *, parser: str | None, max_bytes: int, name: str | None
) -> tuple[Source, Parser, Layout]:
    src = read_source(source, max_bytes=max_bytes, name=name)
    registry = get_registry()
    chosen = registry.choose(src, parser)
    return src, chosen, registry.run_parser(chosen, src)


def analyze(layout: Layout, *, format: str = "text", parser: str = "unknown", source: str | None = None) -> Document:
    """Run declkit's shared analysis over a :class:`Layout`.

    Parsers do not call this; :func:`parse` does. It is public for tools that build
    layouts themselves.
    """
    try:
        return _analyze(layout, format=format, parser=parser, source=source)
    except RecursionError:
        raise ParseError("the input is nested too deeply to analyse", source=source) from None


def parse(
    source: InputLike | Source,
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
) -> Document:
    """Parse a declaration, statement or news report into a :class:`Document`.

    Args:
        source: a path (``str`` or :class:`os.PathLike`), ``bytes``, a binary file
            object, or the text itself as ``str`` (a ``str`` naming an existing file
            is read as a path).
        parser: name of the parser to use; by default every installed parser sniffs
            the input and the surest one reads it.
        max_bytes: inputs larger than this raise :class:`InputTooLarge`.
        name: what to call the input in errors and in :attr:`Document.source`.

    Raises:
        UnsupportedInput: no parser reads the input.
        AmbiguousInput: several parsers claim it equally.
        InputTooLarge: the input is over ``max_bytes``.
        ParseError: the input is damaged.
        PluginError: a plugin failed.

    >>> import declkit
    >>> doc = declkit.parse("Joint Statement\\n\\n1. We condemn the attack.\\n2. We welcome the talks.\\n", parser="pdf-text")
    >>> doc.format
    'pdf-text'
    """
    src, chosen, layout = _read_and_parse(source, parser=parser, max_bytes=max_bytes, name=name)
    document = analyze(layout, format=str(chosen.format), parser=f"{chosen.name} {chosen.version}", source=src.name)
    return get_registry().enrich(document)
