"""declkit's parser for news articles: plain text, Markdown-like dumps and HTML pages.

A news article reports on declarations and meetings; it is not one. Its layout has
genre ``article``, so the shared analysis looks for events, actors and quotations in
it but not for declarations. The parser reads what a news page prints around the
story (masthead, headline, byline with date and time, photo captions, short URL,
pull quotes, author sign-off, disclaimers, site chrome) into metadata and residue.
Wire copy follows its own conventions: the agency of the dateline ("(Reuters) -",
"(AP) —"), of a credit line ("Associated Press") or of the byline is the publisher when
the text names no other outlet; a dateline's day takes a year only from the page itself
(a copyright notice, the URL), never a guessed one; the sign-off credits ("(Reporting by
…; Editing by …)") and reporter notes are residue of kind ``credits``, and their reporters
are the authors when no byline names any.

HTML pages go through the web parser's content extraction
(:func:`declkit_web.extract_html`), when that plugin is installed, and the news
metadata of the markup (JSON-LD ``NewsArticle``, Open Graph, ``article:`` tags,
``itemprop="datePublished"``, bylines) is read on top.
"""

from __future__ import annotations

from collections.abc import Callable

import declkit

from ._html import news_metadata, read_html_article
from ._sniff import sniff_html, sniff_text
from ._text import clean_markup, dateline_of, read_text_article

__version__ = "0.2.0"

__all__ = [
    "NewsParser",
    "clean_markup",
    "dateline_of",
    "news_metadata",
    "read_html_article",
    "read_text_article",
    "sniff_html",
    "sniff_text",
]


def _looks_like_html(prefix: bytes) -> bool:
    head = prefix[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return True
    return any(tag in head[:1024] for tag in (b"<html", b"<head", b"<body"))


class NewsParser:
    """News reports on declarations and meetings (format ``news``)."""

    name = "news"
    version = __version__
    format = "news"
    media_types: tuple[str, ...] = ("text/plain", "text/html")
    suffixes: tuple[str, ...] = (".txt", ".html", ".htm")

    def sniff(self, source: declkit.Source) -> float:
        """0.95 for HTML with strong article markup, 0.6 to 0.9 for text with news signals."""
        if _looks_like_html(source.prefix):
            return sniff_html(source.prefix)
        text = source.text_prefix
        if not text:
            return 0.0
        return sniff_text(text)

    def parse(self, source: declkit.Source) -> declkit.Layout:
        """Read a news article from text or HTML."""
        if _looks_like_html(source.prefix):
            return read_html_article(source)
        return read_text_article(source)


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    """Register the ``news`` parser."""
    register(NewsParser())
