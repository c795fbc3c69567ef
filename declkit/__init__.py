"""declkit: declarations, joint statements, communiqués and the news about them, as typed, source-linked records.

>>> import declkit
>>> doc = declkit.parse("Final Communique\\n\\n1. We welcome the talks.\\n", parser="pdf-text")
>>> isinstance(doc, declkit.Document)
True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import testing
from ._api import analyze
from ._api import parse
from ._api import parse_layout
from ._analysis._dates import parse_date
from ._errors import AmbiguousInput
from ._errors import DeclkitError
from ._errors import InputTooLarge
from ._errors import ParseError
from ._errors import PluginError
from ._errors import UnsupportedInput
from ._json import from_dict
from ._json import from_json
from ._json import json_schema
from ._json import to_dict
from ._json import to_json
from ._layout import Layout
from ._layout import Metadata
from ._layout import Parser
from ._layout import TextBuilder
from ._model import Actor
from ._model import Block
from ._model import Clause
from ._model import Declaration
from ._model import Document
from ._model import Event
from ._model import OriginalDate
from ._model import PartialDate
from ._model import Place
from ._model import Quote
from ._model import Signatory
from ._model import Span
from ._plugins import PluginInfo
from ._plugins import PluginWarning
from ._markup import html_tree
from ._markup import xml_tree
from ._source import Source
from ._textlayout import read_front_matter
from ._textlayout import split_lines
from ._textlayout import split_paragraphs
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
