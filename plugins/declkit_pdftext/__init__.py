"""declkit's parser for text extracted from PDF files (and OCR), and for PDF files. (stub)"""

from __future__ import annotations

from collections.abc import Callable

import declkit

__version__ = "0.1.0"


class PdfTextParser:
    """Text that came out of a PDF: page furniture, hard wraps, hyphenation."""

    name = "pdf-text"
    version = __version__
    format = "pdf-text"
    media_types = ("application/pdf", "text/plain")
    suffixes = (".pdf", ".txt")

    def sniff(self, source: declkit.Source) -> float:
        if source.prefix.startswith(b"%PDF-"):
            return 1.0
        text = source.text_prefix
        if not text:
            return 0.0
        return 0.3 if "\f" in text or text.startswith("\n\n") else 0.1

    def parse(self, source: declkit.Source) -> declkit.Layout:
        text = source.text
        blocks = [
            declkit.Block(text=text[s.start : s.end], span=s, kind="paragraph")
            for s in declkit.split_paragraphs(text)
        ]
        return declkit.Layout(text=text, blocks=blocks, encoding=source.encoding)


@declkit.hookimpl
def declkit_register_parsers(register: Callable[[declkit.Parser], None]) -> None:
    register(PdfTextParser())
