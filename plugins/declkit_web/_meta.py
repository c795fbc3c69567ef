"""Page metadata from HTML: JSON-LD, OpenGraph and ``article:*``, Dublin Core, ``<title>``.

Sources are read in order of trust: the publisher's JSON-LD (``NewsArticle``,
``Article``, ``WebPage`` …) first, then OpenGraph and ``article:*`` meta tags, other
common meta tags and Dublin Core, then ``<title>``, ``<link rel=canonical>`` and
``<html lang>``. Meta tags are read from ``content`` or, as some sites write them,
``value``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
from lxml import html as lxml_html

import declkit

from ._text import parse_date_text

__all__ = ["PageMeta", "clean_title", "read_meta", "split_title"]

_ARTICLE_TYPES = (
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "article",
    "blogposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "liveblogposting",
    "socialmediaposting",
    "pressrelease",
)
_PAGE_TYPES = ("webpage", "itempage", "aboutpage", "collectionpage")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " : ")
_MAX_JSON = 2_000_000


@attrs.define
class PageMeta:
    """What the metadata readers found; :meth:`metadata` turns it into declkit's."""

    title: str | None = None
    authors: list[str] = attrs.field(factory=list)
    publisher: str | None = None
    published: declkit.PartialDate | None = None
    url: str | None = None
    language: str | None = None
    #: ``articleBody`` from JSON-LD, a hint for finding the main content.
    article_body: str | None = None
    #: ``og:type`` or the JSON-LD ``@type`` of the page.
    page_type: str | None = None
    extra: dict[str, str] = attrs.field(factory=dict)

    def metadata(self) -> declkit.Metadata:
        """The :class:`declkit.Metadata` of the page."""
        return declkit.Metadata(
            title=self.title,
            authors=tuple(dict.fromkeys(self.authors)),
            publisher=self.publisher,
            published=self.published,
            url=self.url,
            language=self.language,
            extra=self.extra,
        )


def _clean(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return text or None


def _person_names(value: Any) -> list[str]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        name = _clean(item.get("name")) if isinstance(item, dict) else _clean(item)
        if name and not name.startswith(("http://", "https://")) and len(name) < 120:
            out.append(name)
    return out


def _walk_json(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value[:100]:
            yield from _walk_json(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk_json(graph, depth + 1)
        main = value.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _walk_json(main, depth + 1)


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k).lower() for k in kinds if isinstance(k, str)]


def _json_ld(root: lxml_html.HtmlElement) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The best article object and the best page object of the page's JSON-LD."""
    article: dict[str, Any] | None = None
    page: dict[str, Any] | None = None
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSON:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for item in _walk_json(data):
            kinds = _types(item)
            if article is None and any(k in _ARTICLE_TYPES for k in kinds):
                article = item
            elif page is None and any(k in _PAGE_TYPES for k in kinds):
                page = item
    return article, page


def _meta_tags(root: lxml_html.HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if value is None:
            value = meta.get("value")
        if not key or value is None:
            continue
        key = key.strip().lower()
        text = _clean(value)
        if text and key not in tags:
            tags[key] = text
        elif text and key in ("article:author", "author", "dc.creator", "dcterms.creator"):
            tags[key] += "\x1f" + text
    return tags


def split_title(title: str, *, headline: str | None = None, site: str | None = None) -> tuple[str, str | None]:
    """Split a ``<title>`` such as ``Headline - Site name`` into the headline and the site.

    The split is made only when one side matches the page's headline or site name,
    so that titles with dashes of their own stay whole.

    >>> split_title("Statement of the Ministry - Ministry of Foreign Affairs", headline="Statement of the Ministry")
    ('Statement of the Ministry', 'Ministry of Foreign Affairs')
    """
    norm = _norm
    for separator in _TITLE_SEPARATORS:
        if separator not in title:
            continue
        parts = title.split(separator)
        for cut in (len(parts) - 1, 1):
            head, tail = separator.join(parts[:cut]).strip(), separator.join(parts[cut:]).strip()
            if not head or not tail:
                continue
            if headline and norm(head) == norm(headline):
                return head, tail
            if headline and norm(tail) == norm(headline):
                return tail, head
            if site and norm(tail) == norm(site):
                return head, tail
            if site and norm(head) == norm(site):
                return tail, head
    return title, None


_SEPARATOR = re.compile(r"\s(?:\||-|–|—|::|«|»|·)\s")


def clean_title(title: str, *, headings: tuple[str, ...] = (), site: str | None = None) -> tuple[str, str | None]:
    """Strip the site name (and a section name before it) from a page title.

    ``Headline | Section - Site`` becomes ``Headline`` when a heading of the page
    reads ``Headline`` or the last part names the site; the site name is returned
    too. Titles whose parts match nothing stay whole.

    >>> clean_title("Talks resume | World News - The Daily Planet", site="The Daily Planet")
    ('Talks resume', 'The Daily Planet')
    """
    parts = [p.strip() for p in _SEPARATOR.split(title)]
    if len(parts) < 2 or not all(parts):
        return title, None
    spans = [m.span() for m in _SEPARATOR.finditer(title)]
    wanted = {_norm(h) for h in headings if h}
    for cut in range(len(parts) - 1, 0, -1):
        head = title[: spans[cut - 1][0]].strip()
        if _norm(head) in wanted:
            return head, parts[-1]
    if site and _same_site(parts[-1], site):
        kept = len(parts) - 1
        # A short part before the site name is a section ("World News", "Opinion").
        while kept > 1 and len(parts[kept - 1].split()) <= 3:
            kept -= 1
        return title[: spans[kept - 1][0]].strip(), site
    return title, None


def _same_site(part: str, site: str) -> bool:
    a, b = _norm(part), _norm(site)
    for article in ("the ", "www "):
        a, b = a.removeprefix(article), b.removeprefix(article)
    return bool(a) and (a == b or a.replace(" ", "") == b.replace(" ", "").removesuffix("com"))


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _date(value: Any) -> declkit.PartialDate | None:
    text = _clean(value)
    return parse_date_text(text) if text else None


def _visible_date(root: lxml_html.HtmlElement) -> declkit.PartialDate | None:
    """A publication date marked up in the page: ``itemprop=datePublished``, ``<time pubdate>``."""
    for element in root.iterfind(".//*[@itemprop='datePublished']"):
        value = element.get("datetime") or element.get("content") or element.get("value") or element.text_content()
        if (date := _date(value)) is not None:
            return date
    for element in root.iterfind(".//time[@pubdate]"):
        if (date := _date(element.get("datetime") or element.text_content())) is not None:
            return date
    return None


# Last parts of a page title that name no one ("… - Portal", "… | Home").
_GENERIC_SITES = frozenset({"portal", "home", "homepage", "home page", "website", "web site", "site", "official website", "official site", "main page"})
# "© 2018 Ministry of Foreign Affairs, Malaysia. All Rights Reserved": the holder is the site's owner.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s{0,3}(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?[,.]?\s{1,3})?"
    r"(?P<holder>[A-Z][\w’'&,()-]{0,40}(?:\s[\w’'&,()-]{1,40}){0,12}?)"
    r"\s{0,3}(?:\.|\||all rights reserved|$)",
    re.IGNORECASE,
)


def _copyright_holder(root: lxml_html.HtmlElement) -> str | None:
    """The holder a page's copyright line names, read from the last such line."""
    holder: str | None = None
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        for piece in (element.text, element.tail):
            if piece and "©" in piece:
                match = _COPYRIGHT.search(" ".join(piece.split())[:300])
                if match is not None and 2 <= len(match.group("holder").split()) <= 12:
                    holder = match.group("holder").strip(" ,")
    return holder


def read_meta(root: lxml_html.HtmlElement, *, headings: tuple[str, ...] = ()) -> PageMeta:
    """Read the metadata of a parsed HTML page (before its scripts are removed).

    ``headings`` are the texts of the page's top headings, used to cut the site
    name off the title.
    """
    first_heading = headings[0] if headings else None
    meta = PageMeta()
    article, page = _json_ld(root)
    tags = _meta_tags(root)
    for item in (article, page):
        if item is None:
            continue
        meta.title = meta.title or _clean(item.get("headline")) or (_clean(item.get("name")) if item is article else None)
        if not meta.authors:
            meta.authors = _person_names(item.get("author") or item.get("creator"))
        publisher = item.get("publisher") or item.get("sourceOrganization")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        meta.publisher = meta.publisher or (_clean(publisher.get("name")) if isinstance(publisher, dict) else _clean(publisher))
        meta.published = meta.published or _date(item.get("datePublished") or item.get("dateCreated"))
        main = item.get("mainEntityOfPage")
        url = item.get("url") or (main.get("@id") if isinstance(main, dict) else main)
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            meta.url = meta.url or url.strip()
        meta.language = meta.language or _clean(item.get("inLanguage"))
        body = item.get("articleBody")
        if isinstance(body, str) and item is article:
            meta.article_body = body
        if meta.page_type is None and _types(item):
            meta.page_type = _types(item)[0]
    meta.title = meta.title or tags.get("og:title") or tags.get("twitter:title") or tags.get("dc.title") or tags.get("dcterms.title") or tags.get("title")
    if not meta.authors:
        for key in ("article:author", "author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author"):
            if key in tags:
                names = [n for part in tags[key].split("\x1f") for n in _person_names(re.sub(r"^by\s+", "", part, flags=re.IGNORECASE))]
                if names:
                    meta.authors = names
                    break
    meta.publisher = meta.publisher or tags.get("og:site_name") or tags.get("dc.publisher") or tags.get("dcterms.publisher") or tags.get("application-name")
    if meta.published is None:
        for key in (
            "article:published_time",
            "og:published_time",
            "datepublished",
            "publishdate",
            "publish-date",
            "pubdate",
            "date",
            "dc.date.issued",
            "dc.date",
            "dcterms.date",
            "dcterms.issued",
            "citation_publication_date",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
        ):
            if key in tags and (date := _date(tags[key])) is not None:
                meta.published = date
                break
    if meta.published is None:
        meta.published = _visible_date(root)
    for link in root.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and (href := (link.get("href") or "").strip()):
            if href.startswith(("http://", "https://")):
                meta.url = meta.url or href
                break
    meta.url = meta.url or (tags.get("og:url") if (tags.get("og:url") or "").startswith(("http://", "https://")) else None)
    meta.language = meta.language or tags.get("dc.language") or tags.get("og:locale") or _clean(root.get("lang") or root.get("xml:lang"))
    meta.page_type = meta.page_type or tags.get("og:type")
    title_element = root.find(".//title")
    page_title = _clean(title_element.text_content()) if title_element is not None else None
    if meta.title is None and page_title:
        headline, site = split_title(page_title, headline=first_heading, site=meta.publisher)
        for heading in headings[1:]:
            if site is not None:
                break
            # The headline may be a lower heading than the first (an h3 under a site h1).
            headline, site = split_title(page_title, headline=heading, site=meta.publisher)
        meta.title = headline
        if site is not None:
            # "Headline - Section - Site": the site is the last part, unless it is a generic word.
            site = _SEPARATOR.split(site)[-1].strip()
            site = None if site.casefold() in _GENERIC_SITES else site
        meta.publisher = meta.publisher or site
    elif page_title and meta.publisher is None:
        _, meta.publisher = split_title(page_title, headline=meta.title)
    if meta.title and meta.title != meta.publisher:
        meta.title, site = clean_title(meta.title, headings=headings, site=meta.publisher)
        meta.publisher = meta.publisher or site
    meta.publisher = meta.publisher or _copyright_holder(root)
    for key in ("description", "og:description", "article:section", "keywords", "news_keywords"):
        if key in tags:
            meta.extra[key] = tags[key][:1000]
    if page_title:
        meta.extra["html_title"] = page_title[:1000]
    return meta
