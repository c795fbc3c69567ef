"""Reading the text layer of PDF files (the ``declkit[pdf]`` extra).

pypdf is preferred, in its layout mode: it keeps the vertical gaps between paragraphs
as blank lines (which re-flowing cannot always recover from bare lines) and reads
pages about ten times faster than pdfminer.six; side-by-side text columns are found by
their gutter and put one after the other. pdfminer.six, which groups lines into text
boxes by their geometry, is used when it is the only library installed. Either is
imported only when a PDF is read, so that declkit works without them for every other
input.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from typing import Any

import declkit

from ._meta import read_pdf_date

__all__ = ["ExtractedPdf", "PdfSupportMissing", "read_pdf"]

#: Pages beyond this many are not read: a guard against hostile files.
MAX_PAGES = 5000


class PdfSupportMissing(declkit.UnsupportedInput):
    """The input is a PDF but no PDF library is installed (``pip install "declkit[pdf]"``)."""


@dataclass(frozen=True, slots=True)
class ExtractedPdf:
    """The text of a PDF, pages joined with form feeds, and its document information."""

    text: str
    pages: int
    metadata: declkit.Metadata


def _load_backend(name: str) -> str:
    """The PDF library to use: pypdf when installed, else pdfminer.six."""
    try:
        import pypdf  # noqa: F401
    except ImportError:
        pass
    else:
        return "pypdf"
    try:
        import pdfminer.high_level  # noqa: F401
    except ImportError:
        raise PdfSupportMissing(
            'is a PDF file, and reading PDF files needs pypdf: pip install "declkit[pdf]"', source=name
        ) from None
    return "pdfminer"


def _gutter(lines: list[str]) -> int | None:
    """The character column of a gutter between two text columns, if the page has one.

    In a layout-mode page the gutter is a band of spaces that nearly every line has at
    the same place, with text on both sides of it in many lines.
    """
    filled = [line for line in lines if line.strip()]
    if len(filled) < 6:
        return None
    width = max(len(line) for line in filled)
    best: tuple[int, int] | None = None
    for column in range(width // 4, (3 * width) // 4):
        crossing = both_sides = 0
        for line in filled:
            band = line[column - 2 : column + 3]
            if band.strip():
                crossing += 1
            elif line[: column - 2].strip() and line[column + 3 :].strip():
                both_sides += 1
        if crossing * 10 <= len(filled) and both_sides * 10 >= len(filled) * 3:
            if best is None or both_sides > best[1]:
                best = (column, both_sides)
    return best[0] if best else None


def _columns_in_order(page: str) -> str:
    """A layout-mode page with its text columns one after the other."""
    lines = page.split("\n")
    column = _gutter(lines)
    if column is None:
        return page
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        band = line[column - 2 : column + 3]
        if band.strip():
            left.append(line)  # a line across the gutter: a heading over both columns
            right.append("")
        else:
            left.append(line[:column].rstrip())
            right.append(line[column:].strip())
    return "\n".join(left) + "\n\n" + "\n".join(right)


def _clean_info(values: dict[str, str | None]) -> declkit.Metadata:
    title = values.get("title")
    author = values.get("author")
    created = values.get("created")
    extra = {f"pdf_{key}": value for key, value in values.items() if value and key in ("producer", "creator")}
    return declkit.Metadata(
        title=title if title and len(title) > 3 else None,
        authors=(author,) if author else (),
        published=read_pdf_date(created) if created else None,
        extra=extra,
    )


def _squash(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _pdfminer_info(data: bytes) -> declkit.Metadata:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        merged: dict[str, Any] = {}
        for info in document.info:
            merged.update(resolve1(info) or {})
    except Exception:  # a damaged /Info dictionary is no reason to refuse the text
        return declkit.Metadata()

    def field(key: str) -> str | None:
        value = resolve1(merged.get(key))
        if isinstance(value, bytes):
            value = decode_text(value)
        return _squash(value) if isinstance(value, str) else None

    keys = {"title": "Title", "author": "Author", "created": "CreationDate", "producer": "Producer", "creator": "Creator"}
    return _clean_info({name: field(key) for name, key in keys.items()})


def _read_with_pdfminer(data: bytes, name: str) -> tuple[list[str], declkit.Metadata]:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        text = extract_text(io.BytesIO(data), password="", maxpages=MAX_PAGES, laparams=LAParams())
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise declkit.ParseError(f"is an encrypted PDF that needs a password; decrypt it first ({type(exc).__name__})", source=name) from None
    except Exception as exc:  # pdfminer raises many kinds of errors on damaged files
        raise declkit.ParseError(f"is not a readable PDF file ({type(exc).__name__}: {exc})", source=name) from None
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages, _pdfminer_info(data)


def _pypdf_page_text(page: Any) -> str:
    """One page's text: layout mode, or plain mode where layout mode fails on the page.

    Layout mode keeps the vertical gaps between paragraphs as blank lines, which plain
    mode loses; its side-by-side columns are put one after the other.
    """
    try:
        return _columns_in_order(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # layout mode is stricter about odd fonts and matrices
        return str(page.extract_text() or "")


def _read_with_pypdf(data: bytes, name: str) -> tuple[list[str], declkit.Metadata]:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise declkit.ParseError("is an encrypted PDF that needs a password; decrypt it first", source=name)
        pages = reader.pages
        texts = [_pypdf_page_text(pages[number]) for number in range(min(len(pages), MAX_PAGES))]
    except declkit.DeclkitError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise declkit.ParseError(f"is not a readable PDF file ({type(exc).__name__}: {exc})", source=name) from None
    try:
        info: Any = reader.metadata or {}
        values = {
            key: _squash(info.get(pdf_key))
            for key, pdf_key in (("title", "/Title"), ("author", "/Author"), ("created", "/CreationDate"), ("producer", "/Producer"), ("creator", "/Creator"))
        }
    except Exception:  # a damaged /Info dictionary is no reason to refuse the text
        values = {}
    return texts, _clean_info(values)


def read_pdf(data: bytes, *, name: str = "<pdf>", backend: str | None = None) -> ExtractedPdf:
    """Extract the text layer of the PDF in ``data``, pages joined with ``\\f``.

    Args:
        data: the PDF file's bytes.
        name: what to call the input in errors.
        backend: ``"pypdf"`` or ``"pdfminer"``; by default pypdf when it is
            installed, else pdfminer.six.

    Raises:
        PdfSupportMissing: no PDF library is installed.
        declkit.ParseError: the file is encrypted with a password, damaged, or has no
            text layer (a scan: run OCR on it first).
    """
    chosen = backend or _load_backend(name)
    logger = logging.getLogger(chosen)
    previous_level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if chosen == "pdfminer":
                pages, metadata = _read_with_pdfminer(data, name)
            else:
                pages, metadata = _read_with_pypdf(data, name)
    finally:
        logger.setLevel(previous_level)
    if not pages:
        raise declkit.ParseError("is a PDF without pages", source=name)
    texts = [page.replace("\f", "\n").strip("\n") for page in pages]
    if not any(t.strip() for t in texts):
        raise declkit.ParseError(
            "is a PDF without a text layer (a scan or images of text); run OCR on it first, "
            "for example with ocrmypdf, and parse the result",
            source=name,
        )
    return ExtractedPdf(text="\n\f".join(texts) + "\n", pages=len(pages), metadata=metadata)
