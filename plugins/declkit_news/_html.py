"""News article pages in HTML: the web parser's content extraction plus news metadata and residue."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

import declkit

from ._dates import find_byline_date, find_yearless_date, parse_published, url_date
from ._residue import CREDIT_LINE, PRESS_CONTACT, is_caption, is_tail_chrome, looks_like_person, normalise, repeats_body
from ._text import dateline_of
from ._wire import CREDITS, agency_name, credit_reporters, is_reporter_note

__all__ = ["news_metadata", "read_html_article"]

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head", "select", "button", "input", "textarea"})
_BLOCK_TAGS = frozenset(
    """
    p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th
    blockquote figure figcaption pre address hr body center details summary
    """.split()
)
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
_CHROME_HINT = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|header|masthead|breadcrumbs?|share|sharing|social|related|"
    r"recommended|comments?|cookie|banner|sidebar|widget|promo|advert|ads?|newsletter|subscribe|trending|"
    r"toolbar|skip|search)(?:$|[\s_-])",
    re.IGNORECASE,
)
_ARTICLE_TYPES = frozenset({"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "Article", "BlogPosting", "Report"})
_TITLE_SPLIT = re.compile(r"\s+[|–—]\s+|\s+-\s+")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "de", "la", "le", "&"})
_UPDATED = re.compile(r"\b(?:updated|published|posted)\s*:?\s*", re.IGNORECASE)


@attrs.define
class _Unit:
    text: str
    tag: str
    chrome: bool
    link_chars: int
    heading: int | None = None


# ---------------------------------------------------------------- metadata


def _meta_values(root: Any) -> dict[str, str]:
    """``<meta>`` values by property/name/itemprop (``content=`` or ``value=``), first one wins."""
    out: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if value is None:
            value = meta.get("value")
        if key and value and key.lower() not in out:
            out[key.lower()] = " ".join(value.split())
    return out


def _json_ld(root: Any) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 200:
            item = stack.pop(0)
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value[:20] for n in _names(v)]
    return []


def _person_names(value: Any) -> list[str]:
    """Author names of JSON-LD, leaving out organisations credited as authors."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:20]:
        if isinstance(item, dict) and item.get("@type") == "Organization":
            continue
        out += _names(item)
    return out


def _clean_title(title: str, site: str | None) -> str:
    title = " ".join(html.unescape(title).split())
    if site and title.endswith(site) and len(title) > len(site) + 3:
        title = title[: -len(site)].rstrip(" |-–—:")
    # Drop trailing " | Section | Site" parts: short, and every word capitalised.
    while True:
        matches = list(_TITLE_SPLIT.finditer(title))
        if not matches:
            return title
        last = matches[-1]
        tail = title[last.end() :].strip()
        words = tail.split()
        if not (1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _MINOR_WORDS or not w[:1].isalpha() for w in words)):
            return title
        if len(title[: last.start()].split()) < 2:
            return title
        title = title[: last.start()].strip()


def _site_from_title(title: str) -> str | None:
    parts = _TITLE_SPLIT.split(title)
    if len(parts) > 1 and 1 <= len(parts[-1].split()) <= 5:
        return parts[-1].strip()
    return None


def news_metadata(root: Any) -> dict[str, Any]:
    """Headline, authors, publisher, date and URL from a news page's markup.

    JSON-LD ``NewsArticle`` comes first, then Open Graph and ``article:`` meta tags,
    then microdata (``itemprop="datePublished"``) and the visible byline.
    """
    meta = _meta_values(root)
    out: dict[str, Any] = {"authors": []}
    for item in _json_ld(root):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds):
            continue
        if isinstance(item.get("headline"), str):
            out.setdefault("title", " ".join(html.unescape(item["headline"]).split()))
        if isinstance(item.get("datePublished"), str):
            date = parse_published(item["datePublished"])
            if date is not None:
                out.setdefault("published", date)
        out["authors"] += [a for a in _person_names(item.get("author")) if a not in out["authors"]]
        publisher = _names(item.get("publisher"))
        if publisher:
            out.setdefault("publisher", publisher[0])
        if isinstance(item.get("url"), str):
            out.setdefault("url", item["url"])
        if isinstance(item.get("articleSection"), str):
            out.setdefault("section", item["articleSection"])
    site = meta.get("og:site_name")
    page_title = meta.get("og:title") or meta.get("twitter:title")
    if page_title is None:
        title_el = root.find(".//title")
        page_title = " ".join(title_el.text_content().split()) if title_el is not None else None
    if page_title:
        out.setdefault("title", _clean_title(page_title, site))
    if site:
        out.setdefault("publisher", site)
    elif page_title and _site_from_title(page_title):
        out.setdefault("publisher", _site_from_title(page_title))
    for key in ("og:url", "twitter:url"):
        if meta.get(key):
            out.setdefault("url", meta[key])
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out.setdefault("url", link.get("href"))
    for key in ("article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "date"):
        if meta.get(key) and "published" not in out:
            date = parse_published(meta[key])
            if date is not None:
                out["published"] = date
    if "published" not in out:
        for element in root.iter():
            if element.get("itemprop") == "datePublished":
                value = element.get("datetime") or element.get("content") or element.get("value") or element.text_content()
                date = parse_published(value or "")
                if date is not None:
                    out["published"] = date
                    break
    for key in ("author", "article:author", "dc.creator", "byl"):
        value = meta.get(key)
        if value and not value.startswith("http") and not out["authors"]:
            out["authors"] = [_strip_by(a) for a in re.split(r"\s*(?:,|\band\b|&)\s*", value) if a.strip()]
    byline_text = _byline_text(root)
    if byline_text:
        if not out["authors"]:
            out["authors"] = _byline_authors(byline_text)
        if "published" not in out:
            found = find_byline_date(byline_text)
            if found is not None:
                out["published"] = found[0]
    if "published" not in out:
        date = _dated_element(root, out.get("url"))
        if date is not None:
            out["published"] = date
    site_name = out.get("publisher")
    out["authors"] = [a for a in out["authors"] if a != site_name and not a.startswith(("http://", "https://"))]
    if meta.get("article:section"):
        out.setdefault("section", meta["article:section"])
    if meta.get("description") or meta.get("og:description"):
        out.setdefault("description", meta.get("description") or meta.get("og:description"))
    return out


def _strip_by(value: str) -> str:
    return re.sub(r"^by\s+", "", value.strip(), flags=re.IGNORECASE)


def _byline_text(root: Any) -> str | None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        hint = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if re.search(r"(?:^|[\s_-])byline(?:$|[\s_-])", hint) or element.get("rel") == "author" or element.get("itemprop") == "author":
            text = " ".join(element.text_content().split())
            if 2 <= len(text) <= 200:
                return text
    return None


_DATE_HINT = re.compile(r"(?:^|[\s_-])(?:timestamp|date|dateline|published|pubdate|posted|time)(?:$|[\s_-])")


def _dated_element(root: Any, url: str | None) -> declkit.PartialDate | None:
    """The publication date of a page whose markup and byline state none.

    A date-like element (``<time>``, ``class="pb-timestamp"``) gives it; one that prints
    no year ("March 18 at 12:22 PM") takes the year of the article URL, but only when the
    URL files the story under that same day. Failing both, the URL's day itself.
    """
    filed = url_date(url)
    seen = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        hint = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if element.tag != "time" and not _DATE_HINT.search(hint):
            continue
        text = " ".join(element.text_content().split())
        if not 4 <= len(text) <= 100:
            continue
        seen += 1
        if seen > 20:
            break
        found = find_byline_date(text)
        if found is not None:
            return found[0]
        if filed is not None and filed.year is not None:
            date = find_yearless_date(text, filed.year)
            if date is not None and (date.month, date.day) == (filed.month, filed.day):
                return date
    return filed


def _byline_authors(text: str) -> list[str]:
    head = text
    found = find_byline_date(text)
    if found is not None:
        head = text[: found[1]]
    head = _UPDATED.sub(" ", head)
    out: list[str] = []
    for piece in re.split(r"\s*(?:,|\band\b|&|/|\|)\s*", _strip_by(head)):
        piece = piece.strip(" .:")
        if looks_like_person(piece) and piece not in out:
            out.append(piece)
    return out


# ---------------------------------------------------------------- fallback extraction


def _hint(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"


def _units(body: Any) -> list[_Unit]:
    from lxml import etree

    units: list[_Unit] = []
    buffer: list[str] = []
    links = 0
    chrome_depth = 0
    link_depth = 0
    stack: list[tuple[Any, bool]] = []
    current_tag = "div"

    def flush() -> None:
        nonlocal links
        text = " ".join("".join(buffer).split())
        if text:
            heading = int(current_tag[1]) if re.fullmatch(r"h[1-6]", current_tag) else None
            units.append(_Unit(text, current_tag, chrome_depth > 0, links, heading))
        buffer.clear()
        links = 0

    def add(value: str | None) -> None:
        nonlocal links
        if value:
            buffer.append(value)
            if link_depth:
                links += len(value.strip())

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP_TAGS or not tag:
                walker.skip_subtree()
                stack.append((element, False))
                continue
            if tag in _BLOCK_TAGS or tag == "br":
                flush()
                current_tag = tag if tag != "br" else current_tag
            is_chrome = tag in _CHROME_TAGS or bool(_CHROME_HINT.search(_hint(element)))
            stack.append((element, is_chrome))
            if is_chrome:
                chrome_depth += 1
            if tag == "a":
                link_depth += 1
            add(element.text)
        else:
            _, is_chrome = stack.pop() if stack else (None, False)
            if tag in _BLOCK_TAGS:
                current_tag = tag
                flush()
            if is_chrome:
                chrome_depth -= 1
            if tag == "a":
                link_depth -= 1
            if tag and tag not in _SKIP_TAGS:
                pass
            add(element.tail)
    flush()
    return units


def _is_paragraph(unit: _Unit) -> bool:
    words = len(unit.text.split())
    return words >= 12 and unit.link_chars < 0.5 * len(unit.text) and unit.text.rstrip()[-1:] in ".!?”\"’)…:"


def _fallback_extract(source: declkit.Source, root: Any) -> declkit.Layout:
    body = root.find(".//body")
    units = _units(body if body is not None else root)
    builder = declkit.TextBuilder()
    paragraphs = [i for i, u in enumerate(units) if _is_paragraph(u) and not u.chrome]
    first = paragraphs[0] if paragraphs else len(units)
    last = paragraphs[-1] if paragraphs else -1
    for i, unit in enumerate(units):
        if i in paragraphs:
            builder.add(unit.text, kind="paragraph")
        elif first <= i <= last and not unit.chrome and unit.heading is not None and len(unit.text.split()) <= 20:
            builder.add(unit.text, kind="heading", level=unit.heading)
        elif first <= i <= last and not unit.chrome and unit.tag == "li" and unit.link_chars < 0.5 * len(unit.text):
            builder.add(unit.text, kind="list_item")
        else:
            kind = "caption" if unit.tag == "figcaption" or is_caption(unit.text) else ("navigation" if unit.chrome else "chrome")
            builder.add(unit.text, kind=kind, residue=True)
    return builder.layout(genre="article", encoding=source.encoding)


# ---------------------------------------------------------------- the reader


def _web_layout(source: declkit.Source, root: Any) -> declkit.Layout:
    try:
        from declkit_web import extract_html
    except ImportError:
        return _fallback_extract(source, root)
    try:
        return extract_html(source)
    except NotImplementedError:
        return _fallback_extract(source, root)


def read_html_article(source: declkit.Source) -> declkit.Layout:
    """Read a news page: main content, news metadata, and news residue."""
    root = declkit.html_tree(source.text, source=source.name)
    layout = _web_layout(source, root)
    found = news_metadata(root)
    base = layout.metadata
    extra = dict(base.extra)
    for key in ("section", "description"):
        if found.get(key):
            extra.setdefault(key, str(found[key]))
    publisher = found.get("publisher") or base.publisher
    authors = [a for a in (found.get("authors") or base.authors) if a != publisher]
    metadata = declkit.Metadata(
        title=found.get("title") or base.title,
        authors=authors,
        publisher=publisher,
        published=found.get("published") or base.published,
        url=found.get("url") or base.url,
        language=base.language or (root.get("lang") or None),
        extra=extra,
    )
    blocks, residue = _news_residue(layout, metadata)
    metadata = _wire_metadata(metadata, blocks, residue)
    return attrs.evolve(layout, blocks=blocks, residue=residue, metadata=metadata, genre="article")


def _wire_metadata(metadata: declkit.Metadata, blocks: list[declkit.Block], residue: list[declkit.Block]) -> declkit.Metadata:
    """Publisher and authors from wire conventions when the markup names none.

    The agency of the dateline ("JOHANNESBURG (AP) —") publishes wire copy that names no
    other outlet; the reporters of a sign-off are the authors when no byline names any.
    """
    publisher = metadata.publisher
    authors = list(metadata.authors)
    if publisher is None:
        first = next((b for b in blocks if b.kind == "paragraph"), None)
        dateline = dateline_of(first.text) if first is not None else None
        if dateline and "agency" in dateline:
            publisher = agency_name(dateline["agency"])
    if not authors:
        for block in residue:
            if block.kind == CREDITS:
                authors += [name for name in credit_reporters(block.text) if name not in authors]
    if publisher == metadata.publisher and authors == list(metadata.authors):
        return metadata
    return attrs.evolve(metadata, publisher=publisher, authors=authors)


def _news_residue(layout: declkit.Layout, metadata: declkit.Metadata) -> tuple[list[declkit.Block], list[declkit.Block]]:
    """Move highlights that repeat the body, press contacts, bylines and captions to residue."""
    blocks = list(layout.blocks)
    residue = list(layout.residue)
    paragraphs = [normalise(b.text) for b in blocks if b.kind == "paragraph" and len(b.text.split()) > 30]
    long_ones = [i for i, b in enumerate(blocks) if b.kind == "paragraph" and len(b.text.split()) >= 25]
    first_body = long_ones[0] if long_ones else 0
    last_body = long_ones[-1] if long_ones else len(blocks) - 1
    kept: list[declkit.Block] = []
    in_contacts = False
    for index, block in enumerate(blocks):
        text = block.text
        words = len(text.split())
        kind: str | None = None
        ends_sentence = text.rstrip()[-1:] in ".!?”\"’)…"
        if index < first_body and block.kind != "heading" and words < 15 and not ends_sentence:
            kind = "chrome"
        elif index < first_body and block.kind == "heading" and text.isupper():
            kind = "chrome"
        elif index > last_body and words <= 6 and not ends_sentence:
            kind = "navigation"
        elif PRESS_CONTACT.match(text.strip()) or (in_contacts and words <= 12):
            in_contacts = True
            kind = "contacts"
        elif len(text.split()) <= 60 and repeats_body(text, paragraphs):
            kind = "highlight"
        elif metadata.title and block.kind == "heading" and text.strip() == metadata.title.strip():
            kind = None
        elif len(text.split()) <= 6 and is_tail_chrome(text):
            kind = "chrome"
        elif is_caption(text) and len(text.split()) <= 40:
            kind = "caption"
        elif words <= 60 and CREDIT_LINE.match(text.strip()):
            kind = CREDITS
        elif index >= len(blocks) - 3 and index > first_body and is_reporter_note(text):
            kind = CREDITS
        elif text.strip() in metadata.authors or (find_byline_date(text) and len(text.split()) <= 12 and not text.rstrip().endswith(".")):
            kind = "byline"
        if kind is None:
            in_contacts = in_contacts and block.kind != "heading" and len(text.split()) <= 12
            kept.append(block)
        else:
            residue.append(attrs.evolve(block, kind=kind))
    residue.sort(key=lambda b: (b.span.start, b.span.end))
    return kept, residue
