"""Metadata of PDF-derived text: archive front matter and PDF document information."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

import declkit

__all__ = ["metadata_from_front_matter", "read_date"]

_ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")

# Front-matter keys, in order of preference, for each metadata field.
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_time", "issued", "created")
_AUTHOR_KEYS = ("creators", "creator", "authors", "author")
_PUBLISHER_KEYS = ("source", "publisher", "issuer")
_URL_KEYS = ("source_url", "url", "trove_url", "link")


def read_date(value: Any) -> declkit.PartialDate | None:
    """A date from a front-matter value: a ``date``/``datetime`` object or a string."""
    if isinstance(value, datetime.datetime | datetime.date):
        try:
            return declkit.PartialDate.from_date(value)
        except ValueError:
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = declkit.parse_date(text)
    except (ValueError, TypeError, declkit.DeclkitError):
        parsed = None
    if parsed is not None:
        return parsed
    match = _ISO_PREFIX.match(text)
    if match:
        try:
            return declkit.PartialDate.parse(match.group(0))
        except ValueError:
            return None
    return None


def read_pdf_date(value: str) -> declkit.PartialDate | None:
    """A date from a PDF date string (``D:20230424120000+02'00'``)."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return declkit.PartialDate(
            year=int(year), month=int(month) if month else None, day=int(day) if day and month else None
        )
    except ValueError:
        return None


def _first(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _authors(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list | tuple) else [value]
    out = []
    for item in items:
        if isinstance(item, Mapping):
            item = item.get("name")
        text = _text(item)
        if text:
            out.append(text)
    return tuple(out)


def metadata_from_front_matter(data: Mapping[str, Any]) -> declkit.Metadata:
    """Metadata from an archive's YAML front matter (Trove, Jekyll, Hugo dumps).

    ``title`` → title, ``date`` → published, ``creators`` → authors, ``source`` →
    publisher, ``source_url``/``url``/``trove_url`` → url; every other scalar key is kept
    in :attr:`Metadata.extra`.
    """
    used = set(_TITLE_KEYS + _DATE_KEYS + _AUTHOR_KEYS + _PUBLISHER_KEYS + _URL_KEYS)
    published = None
    for key in _DATE_KEYS:
        published = read_date(data.get(key))
        if published is not None:
            break
    extra = {}
    for key, value in data.items():
        if key in used or value in (None, "", [], {}):
            continue
        if isinstance(value, list | tuple):
            value = "; ".join(str(v) for v in value)
        extra[key] = str(value)
    for key in _URL_KEYS:
        value = data.get(key)
        if value and key not in ("source_url", "url"):
            extra.setdefault(key, str(value))
    return declkit.Metadata(
        title=_text(_first(data, _TITLE_KEYS)),
        authors=_authors(_first(data, _AUTHOR_KEYS)),
        publisher=_text(_first(data, _PUBLISHER_KEYS)),
        published=published,
        url=_text(_first(data, _URL_KEYS)),
        extra=extra,
    )
