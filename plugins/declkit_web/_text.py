"""Text and Markdown dumps of web pages: structure kept, chrome sorted into residue."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

import declkit

from ._chrome import chrome_kind, dominant_script, is_tail_marker, script_of
from ._markdown import Unit, read_units, wrap_width

__all__ = ["is_bio", "looks_like_name", "parse_date_text", "read_byline", "read_header", "read_text_dump", "sniff_text", "text_metadata"]

_TITLE_KEYS = ("title", "headline", "name")
_URL_KEYS = ("source_url", "url", "canonical_url", "canonical", "permalink", "link", "original_url")
_DATE_KEYS = ("published_time", "date_published", "datepublished", "published", "pubdate", "date", "created")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator", "creators")
_PUBLISHER_KEYS = ("publisher", "site_name", "site", "outlet")
_LANGUAGE_KEYS = ("lang", "language", "locale")

_ISO_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-ſ][\w'’.-]{0,30}|(?:de|da|van|von|der|al|el|bin|ibn|la|le|di|du)|[A-Z]\.")
_BIO_VERB = re.compile(r"\s(?:is|was|has been|serves as|works as|writes|covers|teaches|leads|heads)\s")


def _date_of(value: Any) -> declkit.PartialDate | None:
    """A date from a YAML value or a string in any common form."""
    if isinstance(value, datetime.datetime):
        return declkit.PartialDate(year=value.year, month=value.month, day=value.day, hour=value.hour, minute=value.minute)
    if isinstance(value, datetime.date):
        return declkit.PartialDate.from_date(value)
    if not isinstance(value, str) or not value.strip():
        return None
    return parse_date_text(value)


def parse_date_text(value: str) -> declkit.PartialDate | None:
    """Read a date from metadata: declkit's date reader first, ISO 8601 as a fallback."""
    value = value.strip()[:100]
    try:
        found = declkit.parse_date(value)
    except (ValueError, TypeError):
        found = None
    if found is not None:
        return found
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    year, month, day, hour, minute = match.groups()
    try:
        if hour is not None and int(hour) < 24 and int(minute) < 60:
            return declkit.PartialDate(year=int(year), month=int(month), day=int(day), hour=int(hour), minute=int(minute))
        return declkit.PartialDate(year=int(year), month=int(month), day=int(day))
    except ValueError:
        return None


def _plain(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return text or None


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value if (name := _plain(item if not isinstance(item, dict) else item.get("name")))]
    if isinstance(value, dict):
        name = _plain(value.get("name"))
        return [name] if name else []
    name = _plain(value)
    return [name] if name else []


def text_metadata(front: dict[str, Any]) -> dict[str, Any]:
    """Read the page metadata of a front-matter mapping into :class:`declkit.Metadata` fields."""
    lowered = {key.lower(): value for key, value in front.items()}
    fields: dict[str, Any] = {}
    for key in _TITLE_KEYS:
        if (title := _plain(lowered.get(key))) is not None:
            fields["title"] = title
            break
    for key in _URL_KEYS:
        url = _plain(lowered.get(key))
        if url and url.startswith(("http://", "https://")):
            fields["url"] = url
            break
    for key in _DATE_KEYS:
        if (date := _date_of(lowered.get(key))) is not None:
            fields["published"] = date
            break
    for key in _AUTHOR_KEYS:
        if authors := _names(lowered.get(key)):
            fields["authors"] = tuple(authors)
            break
    for key in _PUBLISHER_KEYS:
        if (publisher := _plain(lowered.get(key))) is not None:
            fields["publisher"] = publisher
            break
    for key in _LANGUAGE_KEYS:
        if (language := _plain(lowered.get(key))) is not None:
            fields["language"] = language
            break
    extra = {key: text for key, value in front.items() if (text := _plain(value)) is not None and len(text) < 500}
    fields["extra"] = extra
    return fields


_HEADER_LINE = re.compile(r"([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2}):[ \t]{0,10}(.{0,2000})")
_HEADER_KEYS = {
    "title": "title",
    "url source": "source_url",
    "url": "source_url",
    "source url": "source_url",
    "source": "source_url",
    "published time": "published_time",
    "published": "published_time",
    "date": "date",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "description": "description",
    "site name": "site_name",
    "language": "language",
}
_HEADER_END = ("markdown content:", "content:", "text:")


def read_header(text: str) -> tuple[dict[str, Any], int]:
    """Read the metadata header of a page dump: YAML front matter, or ``Key: value`` lines.

    Scrapers and reader services write dumps that open with lines such as
    ``Title: …``, ``URL Source: …``, ``Published Time: …`` and then
    ``Markdown Content:``. Returns the mapping and the offset where the body starts.
    """
    front, body_start = declkit.read_front_matter(text)
    if body_start:
        return front, body_start
    fields: dict[str, Any] = {}
    pos = 0
    while pos < len(text) and len(fields) < 20:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip("\r")
        if line.strip().lower() in _HEADER_END:
            return (fields, min(end + 1, len(text))) if "title" in fields or "source_url" in fields else ({}, 0)
        if not line.strip():
            # A blank line may stand between the header and its "Markdown Content:" line.
            rest = text[end + 1 : end + 200].lstrip("\r\n \t")
            marker = next((m for m in _HEADER_END if rest.lower().startswith(m)), None)
            if marker and fields:
                close = text.find("\n", end + 1 + text[end + 1 :].lower().find(marker))
                return fields, (len(text) if close < 0 else close + 1)
            break
        match = _HEADER_LINE.fullmatch(line.strip())
        if not match or match.group(1).lower() not in _HEADER_KEYS:
            break
        key, value = _HEADER_KEYS[match.group(1).lower()], match.group(2).strip()
        if key != "source_url" or value.startswith(("http://", "https://")):
            fields[key] = value
        pos = end + 1
    if len(fields) >= 2 and ("title" in fields or "source_url" in fields):
        return fields, pos
    return {}, 0


def looks_like_name(text: str) -> bool:
    """Whether a short line reads as a person's name (``Kumayl Nazary``, ``Jane Q. Doe``).

    >>> looks_like_name("Kumayl Nazary")
    True
    >>> looks_like_name("Related posts")
    False
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 60 or text[-1] in ".:;!?,":
        return False
    if chrome_kind(text):
        return False
    capitals = 0
    for word in words:
        if not _NAME_WORD.fullmatch(word):
            return False
        capitals += word[0].isupper()
    return capitals >= 2


def is_bio(paragraph: str, name: str | None = None) -> bool:
    """Whether ``paragraph`` is an author's biography (``Jane Doe is a senior fellow …``).

    With ``name``, the paragraph must open with that name or its last word.

    >>> is_bio("Kumayl Nazary is an entrepreneur and former CTO.", "Kumayl Nazary")
    True
    >>> is_bio("The leaders affirmed their commitment.")
    False
    """
    head = paragraph[:200]
    if name:
        surname = name.split()[-1]
        if not (head.startswith(name) or head.startswith(surname + " ")):
            return False
        rest = head[len(name) if head.startswith(name) else len(surname) :]
        return bool(_BIO_VERB.match(" " + rest.lstrip(" ,"))) or rest.startswith(",")
    verb = _BIO_VERB.search(head[:80])
    if not verb:
        return False
    return looks_like_name(head[: verb.start()].strip(" *_"))


def _other_script(text: str, body_script: str | None) -> bool:
    if body_script is None:
        return False
    counts: dict[str, int] = {}
    for char in text:
        name = script_of(char)
        if name:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return False
    top = max(counts.items(), key=lambda item: item[1])[0]
    return top != body_script


def _has_letters(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _is_content(unit: Unit) -> bool:
    return unit.residue is None and (unit.kind == "heading" or len(unit.text) >= 40)


_MD_LINK_TEXT = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_PIPE_MENU = re.compile(r"[^|\n]{1,40}(?:\s\|\s[^|\n]{1,40}){2,30}")


def _menu_like(unit: Unit, raw: str) -> bool:
    """A unit made of links only (a menu entry), or a line of short items between pipes."""
    if unit.kind == "heading" or len(unit.text) > 80:
        return False
    if _PIPE_MENU.fullmatch(unit.text) and all(len(item.split()) <= 4 for item in unit.text.split(" | ")):
        return True
    linked = sum(len(m.group(1).strip()) for m in _MD_LINK_TEXT.finditer(raw))
    return bool(unit.text) and linked >= 0.8 * len(unit.text)


def _link_only(unit: Unit, raw: str) -> bool:
    """A short unit whose words are all link texts (a menu entry or a breadcrumb)."""
    if unit.kind == "heading" or not unit.text or len(unit.text) > 160 or "](" not in raw:
        return False
    linked = sum(len(m.group(1).strip()) for m in _MD_LINK_TEXT.finditer(raw))
    letters = sum(1 for c in unit.text if c.isalnum())
    return linked >= 0.8 * len(unit.text) or (letters > 0 and linked >= letters)


_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")
_DATELINE = re.compile(r"(?:posted|published|updated|last updated|last modified|date)(?: on)?\s?:?\s?(.{6,80}?)(?:\s+by\s+(.{3,80}))?", re.IGNORECASE)
_BYLINE = re.compile(r"(?:by|written by|posted by|author:)\s+(.{3,80})", re.IGNORECASE)


def _mostly_urls(text: str) -> bool:
    if "://" not in text and "www." not in text:
        return False
    covered = sum(len(m.group(0)) for m in _URL.finditer(text))
    return covered >= 0.7 * len(text.replace(" ", ""))


def read_byline(text: str) -> tuple[list[str], declkit.PartialDate | None] | None:
    """Authors and date of a byline or dateline line (``Posted on 12 May 2023 by Jane Doe``).

    Returns ``None`` when the line is not one.
    """
    if len(text) > 160:
        return None
    dated = _DATELINE.fullmatch(text.strip())
    if dated:
        date = parse_date_text(dated.group(1))
        if date is None:
            return None
        names = [n for n in re.split(r"\s+and\s+|\s*,\s*", dated.group(2) or "") if looks_like_name(n)]
        return names, date
    signed = _BYLINE.fullmatch(text.strip())
    if signed:
        names = [n.strip(" .") for n in re.split(r"\s+and\s+|\s*,\s*|\s*&\s*", signed.group(1))]
        if names and all(looks_like_name(n) for n in names):
            return names, None
    return None


def _sort_chrome(units: Sequence[Unit], body_script: str | None, text: str = "") -> tuple[str | None, list[str]]:
    """Mark the chrome units of a dump (``unit.residue``); return a page title and bylines."""
    title: str | None = None
    authors: list[str] = []
    for unit in units:
        if unit.residue is not None:
            continue
        if not _has_letters(unit.text):
            unit.residue = "chrome"
        elif "code" not in unit.tags and (kind := chrome_kind(unit.text)):
            unit.residue = kind
    for unit in units:
        if unit.residue is None and _mostly_urls(unit.text):
            unit.residue = "links"
    # An entry that is nothing but links ("[Press](/press)", "[Print](#) [Share](#)")
    # points to other pages: page navigation, never the document's own text.
    # A signer's name linked to a profile page after the content stays, though.
    content_seen = False
    for unit in units:
        raw = text[unit.start : unit.end] if text else ""
        if unit.residue is None and raw and _link_only(unit, raw):
            signer = content_seen and len(_MD_LINK_TEXT.findall(raw)) == 1 and looks_like_name(unit.text)
            if not signer:
                unit.residue = "navigation"
        content_seen = content_seen or (unit.residue is None and unit.kind != "heading" and len(unit.text) >= 40)
    # Runs of three or more link-only entries are menus.
    menu = [bool(text) and unit.residue is None and _menu_like(unit, text[unit.start : unit.end]) for unit in units]
    index = 0
    while index < len(units):
        if not menu[index]:
            index += 1
            continue
        stop = index
        while stop < len(units) and menu[stop]:
            stop += 1
        first = units[index]
        several_links = len(_MD_LINK_TEXT.findall(text[first.start : first.end])) >= 3
        if stop - index >= 3 or " | " in first.text or several_links:
            for unit in units[index:stop]:
                unit.residue = "navigation"
        index = stop
    # Lines before the content: a line in another script is the page's own title.
    for unit in units:
        if _is_content(unit) and not _other_script(unit.text, body_script):
            break
        if unit.residue is None and _other_script(unit.text, body_script):
            if title is None and len(unit.text) < 200:
                title = unit.text
                unit.residue = "title"
            else:
                unit.residue = "navigation"
    seen_content = 0
    tail: str | None = None
    for index, unit in enumerate(units):
        if tail is not None:
            if unit.residue is None:
                unit.residue = tail
            continue
        if seen_content >= 2 and (marker := is_tail_marker(unit.text)) and unit.kind != "list_item":
            unit.residue = unit.residue or marker
            tail = marker
            continue
        if unit.residue is None and seen_content >= 2 and unit.kind == "paragraph" and looks_like_name(unit.text):
            following = units[index + 1] if index + 1 < len(units) else None
            if following is not None and following.residue is None and is_bio(following.text, unit.text):
                unit.residue = "byline"
                following.residue = "bio"
                authors.append(unit.text)
                continue
        if unit.residue is None and seen_content >= 2 and unit.kind == "paragraph" and is_bio(unit.text):
            if all(later.residue is not None or is_tail_marker(later.text) or chrome_kind(later.text) for later in units[index + 1 :]):
                unit.residue = "bio"
                continue
        if _is_content(unit):
            seen_content += 1
    # A chat widget's lines around its one recognisable line belong to it.
    for index, unit in enumerate(units):
        if unit.residue != "chat":
            continue
        for step in (-1, 1):
            neighbour = index + step
            while 0 <= neighbour < len(units):
                near = units[neighbour]
                if near.residue == "chat":
                    neighbour += step
                    continue
                inherited = near.residue in ("comments", "navigation") and not chrome_kind(near.text) and not is_tail_marker(near.text)
                if len(near.text) >= 80 or not (inherited or (near.residue is None and _other_script(near.text, body_script))):
                    break
                near.residue = "chat"
                neighbour += step
    # Short lines in another script after the content are links to other pages.
    for unit in reversed(units):
        if unit.residue is not None:
            continue
        if _other_script(unit.text, body_script) and len(unit.text) < 200:
            unit.residue = "navigation"
            continue
        break
    return title, authors


def read_text_dump(source: declkit.Source) -> declkit.Layout:
    """Read a text or Markdown dump of a web page into a :class:`declkit.Layout`.

    :attr:`declkit.Layout.text` is the decoded input itself and every block's span
    covers its raw evidence, markup included, while the block's text is clean.
    Headings keep their level, list items their marker and depth, bold-only lines
    the tag ``bold``, hard-broken lines the tag ``line``. YAML front matter gives the
    metadata and is kept as residue of kind ``front_matter``; page chrome (search
    boxes, comment forms, previous/next links, share lines, chat widgets, author
    bios) goes to residue with its kind, and so do the furniture of pages copied as
    plain text (breadcrumbs, "Back to …", "Related …", button rows, copyright lines),
    entries made only of links, section labels under the title and footnotes
    (``[^1]: …``, or ``[1] …`` under a text that carries the mark). A row of page
    facts between pipes under the title is a byline that dates the page and names
    its issuer; a title line over a date line is the title. The genre is ``document``.

    Raises:
        declkit.UnsupportedInput: the input cannot be decoded as text.
    """
    text = source.text
    front, body_start = read_header(text)
    fields: dict[str, Any] = text_metadata(front) if front else {}
    residue: list[declkit.Block] = []
    if body_start:
        raw = text[:body_start]
        end = len(raw.rstrip())
        residue.append(declkit.Block(text=raw[:end], span=declkit.Span(0, end), kind="front_matter"))
    units = read_units(text, body_start)
    if "title" in fields:
        _promote_bold_title(units, fields["title"])
    if "title" in fields and not any(u.kind == "heading" and u.text == fields["title"] for u in units[:10]):
        title_line = _front_title_unit(text, body_start, fields["title"])
        if title_line is not None:
            units.insert(0, title_line)
    body_script = dominant_script(" ".join(unit.text for unit in units if unit.kind != "heading" and len(unit.text) > 40) or text[body_start:])
    page_title, authors = _sort_chrome(units, body_script, text)
    _sort_header(units, fields)
    _mark_section_headings(units)
    _sort_notes(units)
    # Bylines and datelines before the content: who wrote it and when.
    for unit in units[:12]:
        if (unit.residue is not None and unit.residue != "footer") or unit.kind == "heading":
            continue
        found = read_byline(unit.text)
        if found is None:
            if _is_content(unit) and len(unit.text) > 120:
                break
            continue
        names, date = found
        unit.residue = "byline"
        authors.extend(name for name in names if name not in authors)
        if date is not None and "published" not in fields:
            fields["published"] = date
    first_content = next((u for u in units if u.residue is None), None)
    if "title" not in fields:
        heading = next((u for u in units if u.residue is None and u.kind == "heading" and u.level == 1), None)
        if heading is not None:
            fields["title"] = heading.text
        elif page_title is not None:
            fields["title"] = page_title
        elif first_content is not None and _title_like(first_content, units):
            first_content.kind = "heading"
            first_content.level = 1
            fields["title"] = first_content.text
        elif (dated := _line_over_date(units)) is not None:
            # A masthead line may come first; the line over the page's date is its title.
            fields["title"] = dated.text
    if authors and "authors" not in fields:
        fields["authors"] = tuple(authors)
    blocks: list[declkit.Block] = []
    for unit in units:
        block = declkit.Block(
            text=unit.text,
            span=declkit.Span(unit.start, unit.end),
            kind=unit.residue or unit.kind,
            level=unit.level,
            marker=unit.marker,
            tags=unit.tags,
        )
        (residue if unit.residue else blocks).append(block)
    residue.sort(key=lambda b: (b.span.start, b.span.end))
    return declkit.Layout(
        text=text,
        blocks=blocks,
        residue=residue,
        metadata=declkit.Metadata(**fields),
        genre="document",
        encoding=source.encoding,
    )


def _line_over_date(units: Sequence[Unit]) -> Unit | None:
    """The first short line above a date line, before the page's first paragraph."""
    for unit in units:
        if unit.residue is not None:
            continue
        if unit.kind == "list_item" or len(unit.text) > 160:
            return None
        if unit.kind in ("paragraph", "heading") and 3 <= len(unit.text) and unit.text[-1] not in ".,;:!?" and _header_date(unit.text) is None and _dated_next(unit, units):
            return unit
    return None


def _dated_next(unit: Unit, units: Sequence[Unit]) -> bool:
    """Whether the line after ``unit`` is only a date (a title line over its date line)."""
    later = [u for u in units if u.residue is None and u.start > unit.start]
    return bool(later) and _header_date(later[0].text) is not None


_FRONT_TITLE = re.compile(r"^(?:title|headline)[ \t]*:[ \t]*(\S.{0,1000})$", re.MULTILINE | re.IGNORECASE)


def _front_title_unit(text: str, body_start: int, title: str) -> Unit | None:
    """The page title as a heading whose evidence is its line in the front matter."""
    match = _FRONT_TITLE.search(text, 0, body_start)
    if not match:
        return None
    end = match.end(1)
    # A folded YAML string goes on over indented lines.
    while end < body_start and text.startswith(("\n ", "\n\t"), end):
        next_end = text.find("\n", end + 1, body_start)
        end = body_start if next_end < 0 else next_end
    raw = text[match.start(1) : end].rstrip()
    return Unit(kind="heading", start=match.start(1), end=match.start(1) + len(raw), text=title, level=1, tags=("front_matter",))


_NOTE_DEFINITION = re.compile(r"\[(\d{1,3})\][ \t]+\S")
# A note mark sits straight after a word or punctuation: "full member.[1]".
_NOTE_MARK = re.compile(r"(?<=[\w.,;:)”\"'])\[(\d{1,3})\]")


def _sort_notes(units: Sequence[Unit]) -> None:
    """Notes written as ``[1] …`` at the foot of a plain-text page go to residue.

    A ``[n] …`` line is a note only when the text above it carries the mark ``[n]``
    straight after a word; the marks then leave the sentences they follow.
    """
    definitions: dict[str, Unit] = {}
    for unit in units:
        if unit.residue is None and unit.kind == "paragraph" and (found := _NOTE_DEFINITION.match(unit.text)):
            definitions.setdefault(found.group(1), unit)
    if not definitions:
        return
    marked: set[str] = set()
    for unit in units:
        if unit.residue is None and "[" in unit.text:
            for mark in _NOTE_MARK.finditer(unit.text):
                note = definitions.get(mark.group(1))
                if note is not None and note.start > unit.start:
                    marked.add(mark.group(1))
    if not marked:
        return
    for number in marked:
        note = definitions[number]
        note.residue = "footnote"
        note.text = note.text[note.text.index("]") + 1 :].strip()
    for unit in units:
        if unit.residue is None and "[" in unit.text:
            unit.text = _NOTE_MARK.sub(lambda m: "" if m.group(1) in marked else m.group(0), unit.text)


def _promote_bold_title(units: list[Unit], title: str) -> None:
    """A bold line near the top that repeats the page title is the title heading."""
    for unit in units[:10]:
        if unit.kind == "heading" and unit.text == title:
            return
        if unit.kind == "paragraph" and "bold" in unit.tags and unit.text == title:
            unit.kind = "heading"
            unit.level = 1
            return


_DOC_TYPES = frozenset(
    {
        "press release", "press releases", "news release", "news", "statement", "statements", "speech", "speeches",
        "article", "articles", "communique", "communiqué", "news item", "media release", "press statement",
        "official text", "official texts", "readout", "remarks", "transcript", "update", "document", "documents",
    }
)
# Plural nouns that name a section of a site, as in "Bilateral/Multilateral Documents".
_SECTION_NOUNS = frozenset(
    {
        "documents", "releases", "statements", "speeches", "news", "publications", "briefings", "remarks",
        "transcripts", "announcements", "updates", "articles", "stories", "texts", "readouts", "archives", "notices",
    }
)
_LABEL = re.compile(r"(?:issued|published|posted|released|date|dated)(?: on)?\s?:?\s?", re.IGNORECASE)


def _header_date(text: str) -> declkit.PartialDate | None:
    """The date of a short line that is only a date (``May 20, 2023``, ``Issued on 11 Jul. 2023``)."""
    if len(text) > 40 or not any(c.isdigit() for c in text) or len(text.split()) > 6:
        return None
    label = _LABEL.match(text)
    bare = text[label.end() :] if label else text
    if bare.rstrip()[-1:] in (".", ";", ",", "!", "?") and not bare.rstrip().endswith(tuple(f"{n}." for n in "0123456789")):
        return None
    return parse_date_text(bare.strip(" -–—|"))


# "From: Foreign, Commonwealth & Development Office" above a government page.
_FROM_LINE = re.compile(r"(?i:from|published by|source)\s?:\s?([A-Z][^.;:!?|]{2,100})")


def _meta_row(text: str) -> tuple[declkit.PartialDate | None, str | None, list[str]] | None:
    """Read a row of page facts between pipes (``Council of the EU | Press release | 24 November 2023``).

    Returns the publication date, the issuing body it names and the authors of a
    ``By …`` item, or ``None`` when the line is not such a row.
    """
    if len(text) > 250 or " | " not in text:
        return None
    items = [item.strip(" -–—") for item in text.split(" | ")]
    items = [item for item in items if item]
    if len(items) < 2 or any(len(item.split()) > 8 for item in items):
        return None
    published: declkit.PartialDate | None = None
    updated: declkit.PartialDate | None = None
    issuer: str | None = None
    authors: list[str] = []
    for item in items:
        lowered = item.lower()
        if lowered.startswith("by "):
            signed = read_byline(item)
            authors.extend(signed[0] if signed else [])
            continue
        date = _header_date(item) if any(c.isdigit() for c in item) else None
        if date is not None:
            if lowered.startswith(("last updated", "updated", "modified", "last modified")):
                updated = updated or date
            elif published is None:
                published = date
            continue
        if issuer is None and not any(c.isdigit() for c in item) and lowered not in _DOC_TYPES and item[:1].isupper() and len(item.split()) >= 2:
            issuer = item
    if published is None and updated is None:
        return None
    return published or updated, issuer, authors


def _category_like(text: str) -> bool:
    """A site-section label under a title (``Bilateral/Multilateral Documents``, ``Press Releases``)."""
    words = text.replace("/", " ").split()
    if not 1 <= len(words) <= 5 or len(text) > 60 or text[-1] in ".,;:!?" or any(c.isdigit() for c in text):
        return False
    if not all(word[:1].isupper() or word in ("and", "of", "&") for word in words):
        return False
    return words[-1].lower() in _SECTION_NOUNS


def _sort_header(units: Sequence[Unit], fields: dict[str, Any]) -> None:
    """Sort the lines between a dump's top and its first paragraph of content.

    A row of page facts between pipes is a byline (its date publishes the page); a
    section label under the title is navigation; a line that is only a date dates
    the page and stays in the text.
    """
    seen_text = 0
    for unit in units:
        if unit.residue not in (None, "navigation"):
            continue
        if unit.residue is None and (unit.kind == "list_item" or len(unit.text) > 160):
            break
        issuer_line = _FROM_LINE.fullmatch(unit.text)
        if issuer_line is not None and unit.kind == "paragraph":
            unit.residue = "byline"
            fields.setdefault("publisher", issuer_line.group(1).strip())
            continue
        row = _meta_row(unit.text)
        if row is not None:
            date, issuer, authors = row
            unit.residue = "byline"
            if authors and "authors" not in fields:
                fields["authors"] = tuple(authors)
            if date is not None and "published" not in fields:
                fields["published"] = date
            if issuer is not None and "publisher" not in fields:
                fields["publisher"] = issuer
            continue
        if unit.residue is not None:
            continue
        # A section label sits right under the title (or its date line).
        if 1 <= seen_text <= 3 and unit.kind == "paragraph" and _category_like(unit.text):
            unit.residue = "navigation"
            continue
        date = _header_date(unit.text) if unit.kind == "paragraph" else None
        if date is not None and "published" not in fields:
            fields["published"] = date
        seen_text += 1


_SECTION_NUMBER = re.compile(r"([IVXL]{1,6}|[A-Z])\\?\.[ \t]+[A-Z0-9\"'“‘(]")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(numeral: str) -> int | None:
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN_VALUES.get(char)
        if value is None:
            return None
        following = _ROMAN_VALUES.get(numeral[index + 1], 0) if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def _mark_section_headings(units: Sequence[Unit]) -> None:
    """Short standalone lines numbered in capitals (``I. Political …``, ``II. Economic …``) head sections.

    The numbers must run in sequence from I (or A): an initial before a name
    (``V. Putin``, ``J. Smith``) is no section number.
    """
    found: list[tuple[Unit, int | None, int | None]] = []
    for unit in units:
        if unit.residue is not None or unit.kind != "paragraph" or len(unit.text) > 120:
            continue
        text = unit.text
        marker = _SECTION_NUMBER.match(text)
        if text[-1] in ".;:,!?" or marker is None or not 2 <= len(text.split()) <= 14:
            continue
        label = marker.group(1)
        letter = ord(label) - ord("A") + 1 if len(label) == 1 else None
        found.append((unit, _roman_value(label), letter))
    for family in (1, 2):
        expected = 1
        run: list[Unit] = []
        for unit, roman, letter in found:
            value = roman if family == 1 else letter
            if value == expected:
                run.append(unit)
                expected += 1
        if len(run) >= 2:
            for unit in run:
                unit.kind = "heading"
                unit.level = 2


def _title_like(unit: Unit, units: Sequence[Unit]) -> bool:
    if unit.kind not in ("paragraph", "heading"):
        return False
    if "line" in unit.tags and unit.kind != "heading" and not _dated_next(unit, units):
        return False
    text = unit.text
    if not 3 <= len(text) <= 200 or text[-1] in ".,;:!?":
        return False
    if any(c.isdigit() for c in text) and parse_date_text(text) is not None:
        return False  # a dateline ("Geneva, 4 June 2024") opens the text, not a title
    rest = [u for u in units if u.residue is None and u is not unit]
    return sum(len(u.text) for u in rest) > 3 * len(text)


# -- sniffing ------------------------------------------------------------------

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_LINK = re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{1,1000}\)")
_MD_COMMENT = re.compile(r"^<!--.{0,200}-->[ \t]*$", re.MULTILINE)
_MD_BULLET = re.compile(r"^(?:-|\*|\+)[ \t]{1,4}\S", re.MULTILINE)
_MD_BOLD = re.compile(r"\*\*[^*\n]{1,300}\*\*")
_MD_ESCAPE = re.compile(r"\\[#*_\[\]]")


def sniff_text(text: str) -> float:
    """How sure declkit_web is that ``text`` is a text or Markdown dump of a web page.

    Strong evidence, such as front matter naming a source URL or title above
    Markdown, or the lines of a site's search box, comment form or previous/next
    links, gives 0.6 to 0.8; Markdown structure alone gives just under 0.6 (news
    articles dumped as Markdown are the news parser's); site furniture in plain
    text (a breadcrumb, "Skip to main content", "Print | Share", a copyright line)
    gives 0.45; nothing gives 0.15, or 0.1 for text hard-wrapped at a steady width.
    """
    if not text.strip():
        return 0.0
    front, body_start = read_header(text)
    body = text[body_start:]
    markdown = 0
    markdown += 2 * len(_MD_HEADING.findall(body[:20000])[:3])
    markdown += len(_MD_LINK.findall(body[:20000])[:3])
    markdown += 2 * len(_MD_COMMENT.findall(body[:20000])[:3])
    markdown += min(len(_MD_BULLET.findall(body[:20000])), 1)  # dash bullets are common in plain text too
    markdown += len(_MD_BOLD.findall(body[:20000])[:3])
    markdown += len(_MD_ESCAPE.findall(body[:20000])[:3])
    chrome = 0
    # Site furniture that survives a plain copy of a page: breadcrumbs, "Skip to main
    # content", "Back to Top", "Print | Share" rows, copyright lines.
    furniture = 0
    for line in body.splitlines()[:3000]:
        stripped = line.strip()
        if not stripped or len(stripped) > 120:
            continue
        kind = is_tail_marker(stripped) or chrome_kind(stripped)
        if kind in ("search", "comments", "chat"):
            chrome += 2
        elif kind == "navigation" and is_tail_marker(stripped):
            chrome += 1
        if kind in ("navigation", "share") and len(stripped.split()) >= 2:
            furniture += 2
        elif kind == "footer":
            furniture += 1
    page_front = bool(front) and any(key.lower() in _URL_KEYS or key.lower() in _TITLE_KEYS for key in front)
    if page_front and markdown >= 2:
        return 0.8
    if chrome >= 3:
        return 0.8
    if chrome >= 2:
        return 0.7
    if markdown >= 2:
        return 0.58
    if page_front:
        return 0.4
    if furniture >= 3:
        return 0.45
    if wrap_width(body[:20000]) is not None:
        # Hard-wrapped plain text with no sign of a web page reads like text taken
        # from a PDF: the floor goes below the PDF text parser's.
        return 0.1
    return 0.15

