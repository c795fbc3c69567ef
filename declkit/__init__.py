"""declkit: declarations, joint statements, communiqués and the news about them, as typed, source-linked records.

>>> import declkit
>>> doc = declkit.parse("Final Communique\\n\\n1. We welcome the talks.\\n", parser="pdf-text")
>>> isinstance(doc, declkit.Document)
True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import testing
from ._analysis._dates import parse_date
from ._api import analyze, parse, parse_layout
from ._errors import AmbiguousInput, DeclkitError, InputTooLarge, ParseError, PluginError, UnsupportedInput
from ._json import from_dict, from_json, json_schema, to_dict, to_json
from ._layout import Layout, Metadata, Parser, TextBuilder
from ._markup import html_tree, xml_tree
from ._model import (
    Actor,
    Block,
    Clause,
    Declaration,
    Document,
    Event,
    OriginalDate,
    PartialDate,
    Place,
    Quote,
    Signatory,
    Span,
)
from ._plugins import PluginInfo, PluginWarning
from ._source import Source
from ._textlayout import read_front_matter, split_lines, split_paragraphs
from .hookspecs import hookimpl

try:
    __version__ = version("declkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "AmbiguousInput",
    "Block",
    "Clause",
    "Declaration",
    "DeclkitError",
    "Document",
    "Event",
    "InputTooLarge",
    "Layout",
    "Metadata",
    "OriginalDate",
    "ParseError",
    "Parser",
    "PartialDate",
    "Place",
    "PluginError",
    "PluginInfo",
    "PluginWarning",
    "Quote",
    "Signatory",
    "Source",
    "Span",
    "TextBuilder",
    "UnsupportedInput",
    "analyze",
    "from_dict",
    "from_json",
    "hookimpl",
    "html_tree",
    "json_schema",
    "parse",
    "parse_date",
    "parse_layout",
    "plugins",
    "read_front_matter",
    "split_lines",
    "split_paragraphs",
    "testing",
    "to_dict",
    "to_json",
    "xml_tree",
]


def plugins() -> list[PluginInfo]:
    """List installed parsers and any broken or disabled plugins (what ``declkit plugins`` prints)."""
    from ._plugins import get_registry

    return get_registry().infos()
