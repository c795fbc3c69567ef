"""The one place declkit builds lxml parsers: hardened against hostile markup."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from ._errors import ParseError

__all__ = ["html_tree", "safe_html_parser", "safe_xml_parser", "xml_tree"]


def safe_html_parser(encoding: str | None = None) -> lxml_html.HTMLParser:
    """An lxml HTML parser that never fetches anything or expands entities.

    Comments and processing instructions are dropped; ``huge_tree`` stays off, so
    libxml2's limits on depth and text size apply.
    """
    return lxml_html.HTMLParser(
        encoding=encoding,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=False,
        default_doctype=False,
    )


def safe_xml_parser() -> etree.XMLParser:
    """An lxml XML parser with entity resolution, DTD loading and network access off."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
    )


def html_tree(markup: str | bytes, *, source: str | None = None) -> lxml_html.HtmlElement:
    """Parse HTML with :func:`safe_html_parser` and return the root element.

    Pass ``str`` (already decoded); bytes are read as UTF-8.

    Raises:
        ParseError: the markup yields no document at all.
    """
    if isinstance(markup, bytes):
        markup = markup.decode("utf-8", "replace")
    # lxml refuses str input that carries an XML encoding declaration.
    if markup.lstrip().startswith("<?xml"):
        end = markup.find("?>")
        markup = markup[end + 2 :] if end >= 0 else markup
    if not markup.strip():
        raise ParseError("the page is empty", source=source)
    try:
        root = lxml_html.document_fromstring(markup, parser=safe_html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot parse the HTML: {exc}", source=source) from None
    if root is None:
        raise ParseError("the HTML holds no document", source=source)
    return root


def xml_tree(markup: bytes, *, source: str | None = None) -> etree._Element:
    """Parse XML with :func:`safe_xml_parser` and return the root element.

    Raises:
        ParseError: the XML is not well formed.
    """
    try:
        return etree.fromstring(markup, parser=safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"the XML is not well formed: {exc}", source=source) from None
