"""declkit's parser for text extracted from PDF files (and OCR), and for PDF files themselves.

Text that went through a PDF carries the page with it: running headers and footers,
page numbers, hard-wrapped lines, words hyphenated at line ends, ligatures, page
breaks in the middle of a sentence, and in OCR output lines of debris. This parser
removes the furniture into :attr:`~declkit.Layout.residue` (kinds ``page_number``,
``page_header``, ``page_footer``, ``footnote``, ``ocr_noise``, ``separator``,
``front_matter``, ``letterhead`` for contact lines above the body, ``disclaimer`` for
standing notes such as "Check against delivery"),
re-flows what is left into blocks (``heading``, ``line``, ``paragraph``,
``list_item`` with ``marker`` and ``level``), and puts pages on blocks where it can
tell them. Block tags say what the re-flow did: ``rejoined`` (two halves of a paragraph
cut by a page break or a blank line), ``unmarked`` (a list item whose bullet OCR lost),
``marker_line`` (a marker printed on a line of its own).

PDF files are read with pypdf (the ``declkit[pdf]`` extra) in its layout mode, chosen
over pdfminer.six after measuring both on generated declarations
(``bench/pdftext_speed.py``): both keep the reading order of single-column text;
pypdf's plain mode loses paragraph breaks, but its layout mode keeps them as blank
lines, like pdfminer.six's text boxes, at about ten times pdfminer.six's speed; text
columns side by side are read one after the other. pdfminer.six is used when it is the
only PDF library installed. See
``bench/README.md`` for the figures.

>>> import declkit
>>> text = "\\n\\nJOINT STATEMENT\\n\\n1. We condemn the at-\\ntack.\\n\\n2\\n\\n2. We welcome the talks.\\n"
>>> [(b.kind, b.marker, b.text) for b in declkit.parse(text, parser="pdf-text").blocks]
[('heading', None, 'JOINT STATEMENT'), ('list_item', '1.', 'We condemn the attack.'), ('list_item', '2.', 'We welcome the talks.')]
"""

from __future__ import annotations

from collections.abc import Callable

import declkit

from ._blocks import build_blocks
from ._meta import metadata_from_front_matter
from ._pdf import PdfSupportMissing, read_pdf
from ._sniff import sniff_text

__all__ = ["PdfSupportMissing", "PdfTextParser", "declkit_register_parsers", "layout_text"]

__version__ = "0.2.0"


def layout_text(text: str, *, encoding: str | None = None, metadata: declkit.Metadata | None = None) -> declkit.Layout:
    """Lay out PDF-derived ``text``: front matter, furniture and re-flowed blocks.

    Args:
        text: the decoded text; every span of the result indexes it.
        encoding: the encoding it was decoded from, if any.
        metadata: metadata known from elsewhere (a PDF's document information);
            front matter in the text wins where it states a field.
    """
    front, body_start = declkit.read_front_matter(text)
    residue: list[declkit.Block] = []
    meta = metadata or declkit.Metadata()
    if body_start:
        end = body_start
        while end > 0 and text[end - 1] in "\r\n":
            end -= 1
        residue.append(declkit.Block(text=text[:end].strip(), span=declkit.Span(0, end), kind="front_matter"))
        if front:
            meta = _merge(metadata_from_front_matter(front), meta)
    built = build_blocks(text, body_start)
    residue.extend(built.residue)
    return declkit.Layout(
        text=text,
        blocks=built.blocks,
        residue=sorted(residue, key=lambda b: (b.span.start, b.span.end)),
        metadata=meta,
        genre="document",
        encoding=encoding,
    )


def _merge(first: declkit.Metadata, second: declkit.Metadata) -> declkit.Metadata:
    return declkit.Metadata(
        title=first.title or second.title,
        authors=first.authors or second.authors,
        publisher=first.publisher or second.publisher,
        published=first.published or second.published,
        url=first.url or second.url,
        language=first.language or second.language,
        extra={**second.extra, **first.extra},
    )


def _is_pdf(source: declkit.Source) -> bool:
    # Readers accept the header within the first 1024 bytes; some writers put junk before
    # it, but never a line of text.
    found = source.prefix.find(b"%PDF-", 0, 1024)
    return found >= 0 and b"\n" not in source.prefix[:found].rstrip(b"\r\n")


class PdfTextParser:
    """Text that came out of a PDF (pdftotext, copy-paste, OCR), and PDF files."""

    name = "pdf-text"
    version = __version__
    format = "pdf-text"
    media_types: tuple[str, ...] = ("application/pdf", "text/plain")
    suffixes: tuple[str, ...] = (".pdf", ".txt")

    def sniff(self, source: declkit.Source) -> float:
        """1.0 for a PDF file; 0.6-0.85 for text showing page furniture; 0.3-0.44 for the layout of a formal document; 0.12 for other text."""
        if _is_pdf(source):
            return 1.0
        text = source.text_prefix
        if not text:
            return 0.0
        return sniff_text(text)

    def parse(self, source: declkit.Source) -> declkit.Layout:
        """Read a PDF file or PDF-derived text into a layout.

        Raises:
            PdfSupportMissing: the input is a PDF and pypdf is not installed.
            declkit.ParseError: the PDF is encrypted, damaged, or has no text layer.
        """
        if _is_pdf(source):
            extracted = read_pdf(source.data, name=source.name)
            return layout_text(extracted.text, metadata=extracted.metadata)
        return layout_text(source.text, encoding=source.encoding)


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    """Register the ``pdf-text`` parser."""
    register(PdfTextParser())
