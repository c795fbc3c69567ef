"""declkit's parser for news articles: text, Markdown-like dumps and HTML pages. (stub)"""

from __future__ import annotations

from collections.abc import Callable

import declkit

__version__ = "0.1.0"


class NewsParser:
    """News reports on declarations and meetings."""

    name = "news"
    version = __version__
    format = "news"
    media_types = ("text/plain",)
    suffixes = (".txt",)

    def sniff(self, source: declkit.Source) -> float:
        text = source.text_prefix
        if not text:
            return 0.0
        return 0.2 if " said" in text else 0.0

    def parse(self, source: declkit.Source) -> declkit.Layout:
        text = source.text
        blocks = [
            declkit.Block(text=text[s.start : s.end], span=s, kind="paragraph")
            for s in declkit.split_paragraphs(text)
        ]
        return declkit.Layout(text=text, blocks=blocks, genre="article", encoding=source.encoding)


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    register(NewsParser())
