"""declkit's parser for web pages: saved HTML and text or Markdown dumps of pages.

Besides the parser itself, this package exposes the pieces that other parsers of
web content (the news plugin) reuse:

- :func:`extract_html`: a saved HTML page to a :class:`declkit.Layout` of its main
  content, with the page chrome in residue and the page metadata read;
- :func:`read_text_dump`: the same for text and Markdown dumps of pages;
- :func:`chrome_kind` and :func:`is_tail_marker`: what kind of page chrome a line
  of text is;
- :func:`is_bio` and :func:`looks_like_name`: author boxes after the content;
- :func:`read_byline`: authors and date of a byline or dateline line;
- :func:`read_header`: the metadata header of a dump (YAML front matter, or
  ``Title:``/``URL Source:`` lines);
- :func:`looks_like_html`, :func:`sniff_text`: the sniffing rules (0.9 for HTML;
  0.1 to 0.8 for text by its web-dump evidence);
- :func:`clean_inline`: inline Markdown and HTML removed from a piece of text.

All of them import only declkit's public API and raise only
:class:`declkit.DeclkitError` subclasses.
"""

from __future__ import annotations

from collections.abc import Callable

import declkit

from ._chrome import chrome_kind, dominant_script, is_tail_marker
from ._html import extract_html, looks_like_html
from ._markdown import clean_inline
from ._text import is_bio, looks_like_name, read_text_dump, sniff_text

__version__ = "0.2.0"

__all__ = [
    "WebParser",
    "chrome_kind",
    "clean_inline",
    "dominant_script",
    "extract_html",
    "is_bio",
    "is_tail_marker",
    "looks_like_html",
    "looks_like_name",
    "read_byline",
    "read_header",
    "read_text_dump",
    "sniff_text",
]


class WebParser:
    """Saved web pages and their text dumps (format ``web``)."""

    name = "web"
    version = __version__
    format = "web"
    media_types: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/markdown")
    suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml", ".md", ".markdown")

    def sniff(self, source: declkit.Source) -> float:
        """0.9 for HTML markup, 0.1 to 0.8 for text by its web-dump evidence."""
        if looks_like_html(source.prefix):
            return 0.9
        text = source.text_prefix
        if not text:
            return 0.0
        score = sniff_text(text)
        if source.suffix in (".md", ".markdown"):
            score = max(score, 0.6)
        return score

    def parse(self, source: declkit.Source) -> declkit.Layout:
        """Read an HTML page or a text dump of one."""
        if looks_like_html(source.prefix):
            return extract_html(source)
        return read_text_dump(source)


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    """Register the ``web`` parser."""
    register(WebParser())
