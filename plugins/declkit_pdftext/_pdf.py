"""Reading the text layer of PDF files with pypdf (the ``declkit[pdf]`` extra).

pypdf is imported only when a PDF is read, so that declkit works without it for
every other input.
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
    """The input is a PDF but the PDF library is not installed (``pip install "declkit[pdf]"``)."""


@dataclass(frozen=True, slots=True)
class ExtractedPdf:
    """The text of a PDF, pages joined with form feeds, and its document information."""

    text: str
    pages: int
    metadata: declkit.Metadata


def _import_pypdf(name: str) -> Any:
    try:
        import pypdf
    except ImportError:
        raise PdfSupportMissing(
            'is a PDF file, and reading PDF files needs pypdf: pip install "declkit[pdf]"', source=name
        ) from None
    return pypdf


def _metadata(reader: Any) -> declkit.Metadata:
    try:
        info = reader.metadata
    except Exception:  # damaged /Info dictionaries are common and harmless
        return declkit.Metadata()
    if not info:
        return declkit.Metadata()

    def field(key: str) -> str | None:
        try:
            value = info.get(key)
        except Exception:
            return None
        text = " ".join(str(value).split()) if value is not None else ""
        return text or None

    title = field("/Title")
    author = field("/Author")
    created = field("/CreationDate")
    published = read_pdf_date(created) if created else None
    extra = {k: v for k, v in (("pdf_producer", field("/Producer")), ("pdf_creator", field("/Creator"))) if v}
    return declkit.Metadata(
        title=title if title and len(title) > 3 else None,
        authors=(author,) if author else (),
        published=published,
        extra=extra,
    )


def read_pdf(data: bytes, *, name: str = "<pdf>") -> ExtractedPdf:
    """Extract the text layer of the PDF in ``data``, pages joined with ``\\f``.

    Raises:
        PdfSupportMissing: pypdf is not installed.
        declkit.ParseError: the file is encrypted with a password, damaged, or has no
            text layer (a scan: run OCR on it first).
    """
    pypdf = _import_pypdf(name)
    errors = (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, OSError, RecursionError, ZeroDivisionError)
    logger = logging.getLogger("pypdf")
    previous_level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            except errors as exc:
                raise declkit.ParseError(f"is not a readable PDF file ({type(exc).__name__}: {exc})", source=name) from None
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except (*errors, NotImplementedError) as exc:
                    raise declkit.ParseError(f"is an encrypted PDF that cannot be opened ({exc})", source=name) from None
                if not opened:
                    raise declkit.ParseError("is an encrypted PDF that needs a password; decrypt it first", source=name)
            try:
                pages = reader.pages
                count = len(pages)
            except errors as exc:
                raise declkit.ParseError(f"is a damaged PDF: cannot read its page tree ({exc})", source=name) from None
            texts: list[str] = []
            for number in range(min(count, MAX_PAGES)):
                try:
                    page_text = pages[number].extract_text() or ""
                except errors as exc:
                    raise declkit.ParseError(f"is a damaged PDF: page {number + 1} cannot be read ({type(exc).__name__}: {exc})", source=name) from None
                texts.append(page_text.replace("\f", "\n").strip("\n"))
            metadata = _metadata(reader)
    finally:
        logger.setLevel(previous_level)
    if count == 0:
        raise declkit.ParseError("is a PDF without pages", source=name)
    if not any(t.strip() for t in texts):
        raise declkit.ParseError(
            "is a PDF without a text layer (a scan or images of text); run OCR on it first, "
            "for example with ocrmypdf, and parse the result",
            source=name,
        )
    return ExtractedPdf(text="\n\f".join(texts) + "\n", pages=count, metadata=metadata)
