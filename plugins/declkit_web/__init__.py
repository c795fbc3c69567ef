"""declkit's parser for web pages: real HTML and text or Markdown dumps of pages. (stub)"""

from __future__ import annotations

from collections.abc import Callable

import declkit

__version__ = "0.1.0"


class WebParser:
    """Saved web pages and their text dumps."""

    name = "web"
    version = __version__
    format = "web"
    media_types = ("text/html", "application/xhtml+xml", "text/markdown")
    suffixes = (".html", ".htm", ".xhtml", ".md")

    def sniff(self, source: declkit.Source) -> float:
        head = source.prefix[:4096].lower()
        if b"<html" in head or b"<!doctype html" in head:
            return 0.8
        return 0.05

    def parse(self, source: declkit.Source) -> declkit.Layout:
        text = source.text
        blocks = [
            declkit.Block(text=text[s.start : s.end], span=s, kind="paragraph")
            for s in declkit.split_paragraphs(text)
        ]
        return declkit.Layout(text=text, blocks=blocks, encoding=source.encoding)


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    register(WebParser())
