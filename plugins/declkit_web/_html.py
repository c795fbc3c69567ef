"""Saved HTML pages: find the main content, keep its structure, sort the chrome out.

The extractor works in two passes over the tree that :func:`declkit.html_tree`
builds (hardened: no entities expanded, nothing fetched):

1. A statistics pass measures every element bottom-up: its text, the part of it
   inside links, its commas, and whether its class, id or role names page chrome.
   Paragraph-like elements then vote for their parent and grandparent as the
   content container, weighted by length and commas, discounted by link density,
   as in Arc90's readability; class and id names that say ``article``, ``content``
   or ``post`` weigh for an element, names of chrome against it.
2. A layout pass walks the whole page once and writes blocks: inside the chosen
   container, headings with levels, paragraphs, list items with their markers and
   depth (``<ol start>``, ``type``, ``reversed`` and ``<li value>`` honoured),
   block quotes, table rows and ``<br>``-separated lines; everything else goes to
   residue with a kind that says what it was (``navigation``, ``comments``,
   ``share``, ``related``, ``bio``, ``footer`` …).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

import attrs
from lxml import etree
from lxml import html as lxml_html

import declkit

from ._chrome import chrome_kind
from ._meta import PageMeta, read_meta
from ._text import looks_like_name, read_byline

__all__ = ["extract_html", "looks_like_html"]

# Elements that hold no readable text.
_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
        "link", "meta", "head", "title", "base", "img", "picture", "source", "track", "video",
        "audio", "map", "area", "math", "input", "select", "option", "textarea", "param", "col",
        "colgroup",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
        "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption", "form", "fieldset",
        "address", "hr", "center", "details", "summary", "caption", "body", "html", "menu", "hgroup",
        "legend", "dialog", "button", "label",
    }
)  # fmt: skip
_BOLD = frozenset({"b", "strong"})
_UNMEASURED = frozenset({"nav", "footer"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "td", "dd", "li"})
_TAG_CHROME = {"nav": "navigation", "aside": "sidebar", "footer": "footer", "header": "header", "button": "widget", "dialog": "widget", "menu": "navigation"}
_ROLE_CHROME = {
    "navigation": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "search": "search",
    "menu": "navigation",
    "menubar": "navigation",
    "dialog": "widget",
    "alertdialog": "widget",
    "toolbar": "share",
    "doc-endnotes": "footnote",
    "doc-footnote": "footnote",
    "doc-endnote": "footnote",
}
# Links to a note at the foot of the page ("#fn1", "#_ftn1", "#footnote-2", "#endnote3").
_NOTE_TARGETS = ("#fn", "#_fn", "#_ftn", "#ftn", "#footnote", "#endnote", "#_edn", "#edn", "#note")
_NOTE_REF_NAMES = ("footnoteref", "footnote-ref", "noteref", "fnref", "footnote_ref", "endnoteref", "endnote-ref")


def _is_note_ref(element: lxml_html.HtmlElement, tag: str) -> bool:
    """A footnote or endnote reference mark (``<sup><a href="#fn1">1</a></sup>``)."""
    if tag not in ("sup", "a"):
        return False
    text = "".join(element.itertext()).strip().strip("[]()")
    if not text or len(text) > 4:
        return False  # a mark is a number, a letter or a dagger, not a link text
    links = [element] if tag == "a" else [child for child in element if child.tag == "a"]
    for link in links:
        href = (link.get("href") or "").lower()
        if href.startswith(_NOTE_TARGETS) or (link.get("role") or "").lower() == "doc-noteref":
            return True
    names = (element.get("class") or "").lower()
    return any(name in names for name in _NOTE_REF_NAMES) or (element.get("role") or "").lower() == "doc-noteref"

# Class and id words of page chrome, by residue kind. A word matches a class token
# that equals it or starts with it (``comment`` matches ``commentlist``).
_CHROME_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cookies", ("cookie", "consent", "gdpr")),
    ("comments", ("comment", "disqus", "respond", "replies", "discussion")),
    ("bio", ("authorbio", "aboutauthor", "authorbox", "authorinfo", "bio", "contributor")),
    ("byline", ("byline", "byl", "author", "authors", "writer")),
    ("share", ("share", "sharing", "social", "addthis", "sharethis", "print", "toolbar", "tools", "reactions", "follow")),
    ("related", ("related", "recommend", "recirc", "morestories", "readmore", "trending", "popular", "mostread", "outbrain", "taboola", "youmay", "alsolike", "nextup", "upnext", "teaser", "more")),
    ("newsletter", ("newsletter", "subscribe", "subscription", "signup", "optin", "mailinglist", "paywall", "registration")),
    ("ad", ("ad", "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored", "dfp", "gpt", "promo", "adslot", "adunit", "commercial")),
    ("navigation", ("nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "jump", "prevnext", "postnav", "tabs", "toc")),
    ("search", ("search",)),
    ("chat", ("chat", "intercom", "livechat", "whatsapp", "messenger")),
    ("sidebar", ("sidebar", "aside", "widget", "rail", "sidebox", "secondary")),
    ("header", ("header", "masthead", "topbar", "banner", "branding")),
    ("footer", ("footer", "copyright", "colophon")),
    ("caption", ("caption", "credit", "credits", "figcaption", "photocredit", "imagecaption")),
    ("meta", ("meta", "postmeta", "entrymeta", "dateline", "timestamp", "date", "tags", "tag", "taglist", "categories", "category", "keywords")),
    ("modal", ("modal", "popup", "overlay", "lightbox")),
    ("footnote", ("footnote", "footnotes", "endnote", "endnotes")),
)
_WORD_KIND: dict[str, str] = {}
for _kind, _words in _CHROME_WORDS:
    for _word in _words:
        _WORD_KIND.setdefault(_word, _kind)
# Words that only count when they are the whole token (``ad`` is not ``add``).
_EXACT_ONLY = frozenset({"ad", "ads", "sr", "gpt", "bio", "tag", "tags", "date", "meta", "more", "nav", "hide", "byl", "tabs", "toc", "rail", "tools", "follow", "aside", "banner", "jump", "skip", "secondary", "print", "writer", "author", "authors", "teaser", "header", "footer"})
_PREFIX_WORDS = frozenset(w for w in _WORD_KIND if w not in _EXACT_ONLY)
_PREFIX_LENGTHS = tuple(sorted({len(w) for w in _PREFIX_WORDS}, reverse=True))
_POSITIVE_WORDS = ("article", "body", "content", "entry", "main", "post", "text", "story", "prose", "blog", "richtext", "hentry", "page", "statement", "news")
_CONTENT_NAMES = ("articlebody", "articletext", "articlecontent", "storybody", "storytext", "storycontent", "entrycontent", "postcontent", "postbody", "posttext", "contentbody", "bodytext", "maincontent", "articlemain", "textcontent", "newsbody", "newstext", "richtext")
_HIDDEN_NAMES = frozenset({"hidden", "hide", "sronly", "visuallyhidden", "screenreadertext", "screenreaderonly", "elementinvisible", "invisible", "dnone", "ishidden", "offscreen", "uhidden"})
_BIO_NAMES = ("authorbio", "aboutauthor", "abouttheauthor", "authorbox", "authorinfo", "authordescription", "authorprofile", "authorcard", "bio")
_TOKEN_SPLIT = re.compile(r"[\s_\-:./]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_OL_TYPES = frozenset({"1", "a", "A", "i", "I"})


def looks_like_html(prefix: bytes) -> bool:
    """Whether the first bytes of an input are HTML markup (a doctype, ``<html``, ``<head``, ``<body``)."""
    head = prefix[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if head.startswith(b"<?xml") and b"<html" in head:
        return True
    window = head[:2048]
    return b"<html" in window or b"<head" in window or b"<body" in window


@functools.lru_cache(maxsize=16384)
def _word_kind(token: str) -> str | None:
    kind = _WORD_KIND.get(token)
    if kind is not None:
        return kind
    for length in _PREFIX_LENGTHS:
        if len(token) >= length and token[:length] in _PREFIX_WORDS:
            return _WORD_KIND[token[:length]]
    return None


@attrs.frozen
class _Names:
    """What an element's class and id names say about it."""

    #: Chrome kind, or ``None``.
    kind: str | None
    #: A name of a content container (``article__body``, ``entry-content``).
    content: bool
    #: A name that leans towards content (``post``, ``story``, ``text``).
    positive: bool
    #: A name of chrome that counts against a container.
    negative: bool


@functools.lru_cache(maxsize=65536)
def _read_name(name: str) -> tuple[str | None, bool, bool, bool, bool]:
    """One class or id name: (chrome kind, hidden, content, positive, negative)."""
    compound = name.lower().replace("_", "").replace("-", "")
    if compound in _HIDDEN_NAMES:
        return "hidden", True, False, False, False
    if compound in _CONTENT_NAMES:
        return None, False, True, True, False
    if compound.startswith(_BIO_NAMES):
        return "bio", False, False, False, True
    tokens = [t for t in _TOKEN_SPLIT.split(_CAMEL.sub(" ", name).lower()) if t][:12]
    if any(t.startswith(("embed", "tweet", "blockquote", "pullquote")) for t in tokens):
        # Embedded posts and pull quotes are quoted content, whatever network they come from.
        return None, False, False, False, False
    kinds = [_word_kind(t) for t in tokens]
    kind = next((k for k in kinds if k is not None), None)
    negative = any(k not in (None, "meta", "caption") for k in kinds)
    positive = any(t.startswith(_POSITIVE_WORDS) for t in tokens)
    return kind, False, False, positive, negative


@functools.lru_cache(maxsize=65536)
def _read_names(names: str) -> _Names:
    kind: str | None = None
    content = positive = negative = False
    for name in names.split()[:20]:
        name_kind, hidden, name_content, name_positive, name_negative = _read_name(name)
        if hidden:
            return _Names("hidden", False, False, False)
        content = content or name_content
        positive = positive or name_positive
        negative = negative or name_negative
        if kind is None:
            kind = name_kind
    if content:
        return _Names(None, True, True, negative)
    if kind == "bio":
        return _Names("bio", False, False, True)
    return _Names(kind, False, positive, negative)


def _names(element: lxml_html.HtmlElement) -> _Names | None:
    classes = element.get("class")
    ident = element.get("id")
    if not classes and not ident:
        return None
    return _read_names(f"{classes or ''} {ident or ''}"[:1000])


def _class_chrome(element: lxml_html.HtmlElement) -> str | None:
    """The chrome kind an element's tag, role or class and id names say, or ``None``."""
    tag = str(element.tag)
    items = element.items()
    if not items:
        return _TAG_CHROME.get(tag)
    attributes = dict(items)
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return "hidden"
    style = attributes.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden"
    role = attributes.get("role")
    if role and role.lower() in _ROLE_CHROME:
        return _ROLE_CHROME[role.lower()]
    if attributes.get("itemprop", "").lower() == "articlebody":
        return None
    classes = attributes.get("class")
    ident = attributes.get("id")
    if classes or ident:
        names = _read_names(f"{classes or ''} {ident or ''}"[:1000])
        if names.content:
            return None
        if names.kind is not None:
            return names.kind
    return _TAG_CHROME.get(tag)


# An element's measurements, as a list for speed: [text, links, commas, paragraphs, direct].
# ``direct`` is text not inside a child block element (a ``div`` written like a ``p``).
_Stats = list[int]
_TEXT, _LINKS, _COMMAS, _PARAS, _DIRECT = range(5)


@attrs.define(slots=True)
class _Candidate:
    element: lxml_html.HtmlElement
    score: float = 0.0


def _count_commas(text: str) -> int:
    count = text.count(",")
    if not text.isascii():
        count += text.count("،") + text.count("，")
    return count


def _measure(body: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, _Stats]:
    """Text, link text and commas of every element, in one walk.

    Only block elements (and spans and custom elements, which may be chrome) are
    kept: inline formatting is never a candidate container.
    """
    stats: dict[lxml_html.HtmlElement, _Stats] = {}
    # Each entry: [text, links, commas, paragraphs, direct, inside a link].
    stack: list[list[int]] = []
    block = _BLOCK
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in _UNMEASURED:
                # Navigation and footers never hold the content (readability drops them
                # before scoring too); they are classified and kept as residue later.
                walker.skip_subtree()
                stack.append([0, 0, 0, 0, 0, 0])
                continue
            text = element.text
            length = len(text.strip()) if text else 0
            in_link = 1 if tag == "a" or (stack and stack[-1][5]) else 0
            if length and text:
                stack.append([length, length if in_link else 0, _count_commas(text), 0, length, in_link])
            else:
                stack.append([0, 0, 0, 0, 0, in_link])
            continue
        current = stack.pop()
        if tag.__class__ is not str:
            continue
        is_block = tag in block
        if is_block or tag == "span" or "-" in tag:
            # Links and inline formatting are never candidates or chrome containers.
            stats[element] = current
        if not stack:
            continue
        parent = stack[-1]
        parent[0] += current[0]
        parent[1] += current[1]
        parent[2] += current[2]
        parent[3] += current[3]
        if (tag == "p" or tag == "pre") and current[0] >= 40:
            parent[3] += 1
        if not is_block:
            parent[4] += current[4]
        tail = element.tail
        if tail:
            length = len(tail.strip())
            if length:
                parent[0] += length
                parent[4] += length
                parent[2] += _count_commas(tail)
                if parent[5]:
                    parent[1] += length
    return stats


def _weight(element: lxml_html.HtmlElement) -> float:
    """Readability's class weight: names of content count for, names of chrome against."""
    if (element.get("itemprop") or "").lower() == "articlebody":
        return 40.0
    names = _names(element)
    if names is None:
        return 0.0
    if names.content:
        return 40.0
    return (25.0 if names.positive else 0.0) - (25.0 if names.negative else 0.0)


_TAG_BASE = {"div": 5.0, "section": 5.0, "article": 10.0, "main": 5.0, "pre": 3.0, "td": 3.0, "blockquote": 3.0, "form": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0, "dt": -3.0, "li": -3.0, "address": -3.0, "th": -5.0}


def _find_container(body: lxml_html.HtmlElement, stats: dict[lxml_html.HtmlElement, _Stats], chrome: _Chrome) -> list[lxml_html.HtmlElement]:
    """The elements that hold the main content, in document order."""
    candidates: dict[lxml_html.HtmlElement, _Candidate] = {}

    def candidate(element: lxml_html.HtmlElement) -> _Candidate:
        found = candidates.get(element)
        if found is None:
            tag = element.tag if isinstance(element.tag, str) else ""
            found = _Candidate(element, _TAG_BASE.get(tag, 0.0) + _weight(element))
            candidates[element] = found
        return found

    for element, stat in stats.items():
        tag = element.tag
        if tag not in _PARAGRAPHS and tag not in ("div", "section"):
            continue
        if tag in ("div", "section") and stat[_PARAS]:
            if stat[_DIRECT] >= 100 and element not in chrome:
                # Text written straight into a div, between <br>s: the div is a paragraph and its own container.
                candidate(element).score += 1.0 + min(stat[_DIRECT] / 100.0, 3.0) * 2
            continue
        if stat[_TEXT] < 25 or element in chrome:
            continue
        parent = element.getparent()
        if parent is None or parent in chrome:
            continue
        score = 1.0 + stat[_COMMAS] + min(stat[_TEXT] / 100.0, 3.0)
        if stat[_TEXT] and stat[_LINKS] / stat[_TEXT] > 0.5:
            score *= 0.2
        if tag in ("div", "section") and stat[_DIRECT] >= 100:
            candidate(element).score += score
        candidate(parent).score += score
        grandparent = parent.getparent()
        if grandparent is not None and grandparent.tag != "html" and grandparent not in chrome:
            candidate(grandparent).score += score / 2
    if not candidates:
        return [body]
    for found in candidates.values():
        measured = stats.get(found.element)
        density = measured[_LINKS] / measured[_TEXT] if measured and measured[_TEXT] else 0.0
        found.score *= 1.0 - density
    # The best candidate that lies in no chrome (a long comment thread is not the content).
    best: _Candidate | None = None
    for found in sorted(candidates.values(), key=lambda c: c.score, reverse=True)[:20]:
        if not _is_thread(found.element):
            best = found
            break
    if best is None:
        return [body]
    top = best.element
    # Several strong candidates that share an ancestor: the content is split into
    # cards or sections, and the ancestor holds all of it.
    strong = sorted((c for c in candidates.values() if c is not best and c.score >= 0.75 * best.score), key=lambda c: c.score, reverse=True)[:10]
    if len(strong) >= 2:
        lineages = [set(c.element.iterancestors()) for c in strong]
        for ancestor in top.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            inside = sum(1 for lineage in lineages if ancestor in lineage)
            if inside >= 2:
                held = stats.get(ancestor)
                if held is not None and held[_TEXT] and held[_LINKS] / held[_TEXT] < 0.25:
                    top = ancestor
                break
    threshold = max(10.0, best.score * 0.2)
    parent = top.getparent()
    if parent is None:
        return [top]
    chosen: list[lxml_html.HtmlElement] = []
    for sibling in parent:
        if sibling is top:
            chosen.append(sibling)
            continue
        if not isinstance(sibling.tag, str) or sibling in chrome or sibling.tag in _DROP:
            continue
        scored = candidates.get(sibling)
        sibling_stat = stats.get(sibling)
        if scored is not None and scored.score >= threshold:
            chosen.append(sibling)
        elif sibling.tag == "p" and sibling_stat is not None and sibling_stat[_TEXT] >= 80 and sibling_stat[_LINKS] < 0.25 * sibling_stat[_TEXT]:
            chosen.append(sibling)
    return _with_twins(body, chosen, stats, chrome)


def _with_twins(body: lxml_html.HtmlElement, chosen: list[lxml_html.HtmlElement], stats: dict[lxml_html.HtmlElement, _Stats], chrome: _Chrome) -> list[lxml_html.HtmlElement]:
    """Add the parts of an article body split by ads or widgets: elements of the same content class."""
    if len(chosen) != 1:
        return chosen
    top = chosen[0]
    classes = top.get("class")
    names = _names(top)
    if not classes or names is None or not (names.content or names.positive):
        return chosen
    tag = str(top.tag)
    if not tag.isalnum():
        return chosen
    twins = [element for element in body.xpath(f".//{tag}[@class=$wanted]", wanted=classes) if isinstance(element, lxml_html.HtmlElement)]
    if len(twins) < 2 or len(twins) > 30:
        return chosen
    kept: list[lxml_html.HtmlElement] = []
    for element in twins:
        stat = stats.get(element)
        if element is top or (stat is not None and stat[_TEXT] >= 100 and stat[_LINKS] < 0.3 * stat[_TEXT] and element not in chrome):
            if not any(k in element.iterancestors() for k in kept):
                kept.append(element)
    return kept


def _is_thread(element: lxml_html.HtmlElement) -> bool:
    """Whether an element (or its parent) is named as a comment thread, however long it is."""
    if _class_chrome(element) == "comments":
        return True
    parent = element.getparent()
    return parent is not None and _class_chrome(parent) == "comments"


def _matched_container(body: lxml_html.HtmlElement, stats: dict[lxml_html.HtmlElement, _Stats], article_body: str) -> list[lxml_html.HtmlElement] | None:
    """The element holding the paragraphs that the page's JSON-LD ``articleBody`` states.

    Publishers put the article's text into their structured data; the element whose
    paragraphs appear in it is the content, wherever the page's class names point.
    """
    wanted = _loose(article_body)
    if len(wanted) < 200:
        return None
    matched: list[tuple[lxml_html.HtmlElement, int]] = []
    total = 0
    for element, stat in stats.items():
        if element.tag not in ("p", "li", "blockquote", "h2", "h3", "pre", "td") or stat[_TEXT] < 30:
            continue
        text = _loose(element.text_content())
        if len(text) >= 30 and text in wanted:
            matched.append((element, len(text)))
            total += len(text)
    if total < 0.5 * len(wanted) or not matched:
        return None
    # The lowest ancestor that holds nine tenths of the matched text.
    counts: dict[lxml_html.HtmlElement, int] = {}
    order: list[lxml_html.HtmlElement] = []
    for element, length in matched:
        for ancestor in element.iterancestors():
            if ancestor not in counts:
                counts[ancestor] = 0
                order.append(ancestor)
            counts[ancestor] += length
    best: lxml_html.HtmlElement | None = None
    best_depth = -1
    for ancestor in order:
        if counts[ancestor] >= 0.9 * total:
            depth = sum(1 for _ in ancestor.iterancestors())
            if depth > best_depth:
                best, best_depth = ancestor, depth
    return [best] if best is not None else None


_NOT_WORD = re.compile(r"[\W_]+")


def _loose(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def _ol_marker(number: int, style: str) -> str:
    if style in ("a", "A") and 1 <= number <= 702:
        letters = ""
        n = number
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return (letters.upper() if style == "A" else letters) + "."
    if style in ("i", "I") and 1 <= number <= 3999:
        roman = _roman(number)
        return (roman.upper() if style == "I" else roman) + "."
    return f"{number}."


def _roman(number: int) -> str:
    out = []
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip()[:9])
    except ValueError:
        return default


@attrs.define(slots=True)
class _List:
    ordered: bool
    next_number: int
    step: int
    style: str


@attrs.define(slots=True)
class _Frame:
    element: lxml_html.HtmlElement
    tag: str
    #: Chrome kind of this subtree, inherited.
    residue: str | None
    #: Inside the content container.
    content: bool
    kind: str = "paragraph"
    level: int | None = None
    marker: str | None = None
    tags: tuple[str, ...] = ()
    #: Inline: do not start a new block at this element.
    inline: bool = False
    #: Written out whole as one residue block; its subtree is not walked.
    collapsed: bool = False


def _is_data_table(table: lxml_html.HtmlElement) -> bool:
    count = 0
    for element in table.iter():
        count += 1
        if count > 5000:
            return False
        if element is table:
            continue
        tag = element.tag
        # Paragraphs, headings or lists in cells: the table lays out a page, it holds no data.
        if tag in ("table", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "article", "section"):
            return False
    return True


class _Writer:
    """The layout pass: walks the page, writes content blocks and residue."""

    def __init__(self, stats: dict[lxml_html.HtmlElement, _Stats], chrome: _Chrome, content: Iterable[lxml_html.HtmlElement], title_element: lxml_html.HtmlElement | None, title: str | None) -> None:
        self.stats = stats
        self.chrome = chrome
        self.content = set(content)
        self.title_element = title_element
        #: Elements that hold content somewhere inside: the walk goes into them.
        self.holders: set[lxml_html.HtmlElement] = set()
        for element in (*self.content, *((title_element,) if title_element is not None else ())):
            self.holders.update(element.iterancestors())
        self.title_norm = _norm(title) if title else None
        self.builder = declkit.TextBuilder()
        self.buffer: list[str] = []
        self.buffer_links = 0
        self.buffer_length = 0
        self.frames: list[_Frame] = []
        self.lists: list[_List] = []
        self.link_depth = 0
        self.bold_depth = 0
        self.buffer_solid = 0
        self.buffer_bold = 0
        self.data_tables: list[bool] = []
        self.cell_count = 0
        self.broken = False
        self.note_refs: set[lxml_html.HtmlElement] = set()

    def _add_text(self, value: str | None) -> None:
        if value:
            self.buffer.append(value)
            length = len(value)
            self.buffer_length += length
            if self.link_depth:
                self.buffer_links += length
            solid = len(value.strip())
            self.buffer_solid += solid
            if self.bold_depth:
                self.buffer_bold += solid

    def _flush(self, *, line: bool = False) -> None:
        if not self.buffer:
            self.broken = self.broken or line
            return
        text = " ".join("".join(self.buffer).split())
        links, length = self.buffer_links, self.buffer_length
        bold = self.buffer_solid and self.buffer_bold >= 0.9 * self.buffer_solid
        self.buffer = []
        self.buffer_links = self.buffer_length = self.buffer_solid = self.buffer_bold = 0
        if not text:
            self.broken = self.broken or line
            return
        frame = self._block_frame()
        tags = frame.tags
        if line or self.broken:
            tags = (*tags, "line")
        if bold and frame.kind != "heading":
            tags = (*tags, "bold")
        self.broken = line
        residue = frame.residue
        if residue is None and not frame.content:
            residue = "chrome"
        kind = frame.kind
        if residue is None:
            if kind != "heading":
                spoken = chrome_kind(text) if len(text) < 100 else None
                if spoken is not None:
                    residue = spoken
                elif length and links / length >= 0.7 and (kind == "list_item" or len(text) < 150):
                    residue = "navigation"
            elif frame.element is self.title_element or (self.title_norm and _norm(text) == self.title_norm):
                tags = (*tags, "title")
        if residue is not None:
            self.builder.add(text, kind=residue, residue=True)
            return
        if kind == "list_item" and frame.marker is not None:
            self.builder.add(text, kind=kind, level=frame.level, marker=frame.marker, tags=tags)
            frame.marker = None
        elif kind == "list_item":
            self.builder.add(text, kind="paragraph", level=frame.level, tags=(*tags, "list_continuation"))
        else:
            self.builder.add(text, kind=kind, level=frame.level, tags=tags)

    def _block_frame(self) -> _Frame:
        for frame in reversed(self.frames):
            if not frame.inline:
                return frame
        return self.frames[0]

    def walk(self, root: lxml_html.HtmlElement) -> declkit.TextBuilder:
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            if event == "start":
                if not isinstance(tag, str) or tag in _DROP:
                    walker.skip_subtree()
                    continue
                if _is_note_ref(element, tag):
                    # The note's mark is not part of the sentence it follows.
                    self.note_refs.add(element)
                    walker.skip_subtree()
                    continue
                if self._collapse(element, tag):
                    walker.skip_subtree()
                    continue
                self._start(element, tag)
            else:
                if isinstance(tag, str) and tag not in _DROP and element not in self.note_refs:
                    self._end(element, tag)
                self._add_text(element.tail)
        self._flush()
        return self.builder

    def _collapse(self, element: lxml_html.HtmlElement, tag: str) -> bool:
        """Write a chrome subtree, or a block outside the content, as one residue block."""
        if element in self.holders or element in self.content or element is self.title_element:
            return False
        parent = self.frames[-1] if self.frames else None
        inside = parent is not None and parent.content
        kind = self.chrome.get(element)
        if kind is None and (inside or tag not in _BLOCK):
            return False
        if parent is not None and parent.residue is not None and inside:
            kind = parent.residue
        self._flush()
        text = " ".join(" ".join(element.itertext()).split())
        if text:
            self.builder.add(text, kind=kind or (parent.residue if parent and parent.residue else "chrome"), residue=True)
        self.frames.append(_Frame(element, tag, kind, False, collapsed=True))
        return True

    def _start(self, element: lxml_html.HtmlElement, tag: str) -> None:
        parent = self.frames[-1] if self.frames else None
        residue = parent.residue if parent else None
        content = parent.content if parent else False
        if element in self.content or element is self.title_element:
            content = True
        own = self.chrome.get(element)
        if residue is None and own is not None:
            residue = own
        if element is self.title_element:
            residue = None
        if tag == "a":
            self.link_depth += 1
        elif tag in _BOLD:
            self.bold_depth += 1
        if tag == "br":
            self._flush(line=True)
            self.frames.append(_Frame(element, tag, residue, content, inline=True))
            return
        inline = tag not in _BLOCK
        frame = _Frame(element, tag, residue, content, inline=inline)
        if parent is not None and not inline:
            frame.tags = tuple(t for t in parent.tags if t in ("blockquote",))
            if parent.kind in ("list_item", "table_row", "heading") and tag not in ("ul", "ol", "table", "tr"):
                # Paragraphs inside a list item, a table cell or a heading stay part of it.
                frame.inline = True
                if tag in ("td", "th") and parent.kind == "table_row":
                    self.cell_count += 1
                    if self.cell_count > 1:
                        self._add_text(" | ")
                else:
                    self._add_text(" ")
                self.frames.append(frame)
                self._add_text(element.text)
                return
        if not inline:
            self._flush()
            self._configure(frame, element, tag)
        self.frames.append(frame)
        self._add_text(element.text)

    def _configure(self, frame: _Frame, element: lxml_html.HtmlElement, tag: str) -> None:
        if tag in _HEADINGS:
            frame.kind = "heading"
            frame.level = _HEADINGS[tag]
        elif tag in ("ul", "ol", "menu"):
            ordered = tag == "ol"
            style = element.get("type") or "1"
            style = style if style in _OL_TYPES else "1"
            reverse = element.get("reversed") is not None
            count = sum(1 for child in element if child.tag == "li")
            start = _int(element.get("start"), count if reverse else 1)
            self.lists.append(_List(ordered=ordered, next_number=start, step=-1 if reverse else 1, style=style))
        elif tag == "li":
            frame.kind = "list_item"
            frame.level = max(len(self.lists), 1)
            if self.lists:
                current = self.lists[-1]
                if current.ordered:
                    number = _int(element.get("value"), current.next_number)
                    frame.marker = _ol_marker(number, (element.get("type") or current.style) if (element.get("type") or current.style) in _OL_TYPES else "1")
                    current.next_number = number + current.step
                else:
                    frame.marker = "•"
            else:
                frame.marker = "•"
        elif tag == "blockquote":
            frame.tags = (*frame.tags, "blockquote")
        elif tag == "pre":
            frame.tags = (*frame.tags, "pre")
        elif tag == "table":
            self.data_tables.append(_is_data_table(element))
        elif tag == "tr" and self.data_tables and self.data_tables[-1]:
            frame.kind = "table_row"
            self.cell_count = 0
        elif tag in ("figcaption", "caption") and frame.residue is None:
            frame.residue = "caption"

    def _end(self, element: lxml_html.HtmlElement, tag: str) -> None:
        frame = self.frames.pop() if self.frames else None
        if frame is not None and frame.collapsed:
            return
        if tag == "a":
            self.link_depth = max(0, self.link_depth - 1)
        elif tag in _BOLD:
            self.bold_depth = max(0, self.bold_depth - 1)
        if frame is None or frame.inline:
            if frame is not None and frame.tag in ("p", "div"):
                self._add_text(" ")
            return
        self.frames.append(frame)
        self._flush()
        self.frames.pop()
        if tag in ("ul", "ol", "menu") and self.lists:
            self.lists.pop()
        elif tag == "table" and self.data_tables:
            self.data_tables.pop()


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


class _Chrome:
    """Which elements are chrome subtrees, and of what kind, decided when first asked.

    Only the elements that the container search and the layout pass look at are
    ever classified. An element holding most of the page's text is never chrome,
    nor is one that holds the content.
    """

    def __init__(self, stats: dict[lxml_html.HtmlElement, _Stats], total: int) -> None:
        self.stats = stats
        self.total = total or 1
        self.known: dict[lxml_html.HtmlElement, str | None] = {}

    def get(self, element: lxml_html.HtmlElement) -> str | None:
        """The element's chrome kind, or ``None``."""
        try:
            return self.known[element]
        except KeyError:
            pass
        kind = self._classify(element)
        self.known[element] = kind
        return kind

    def __contains__(self, element: lxml_html.HtmlElement) -> bool:
        return self.get(element) is not None

    def clear(self, element: lxml_html.HtmlElement) -> None:
        """Declare ``element`` not chrome."""
        self.known[element] = None

    def _classify(self, element: lxml_html.HtmlElement) -> str | None:
        stat = self.stats.get(element)
        if stat is None:
            return None
        kind = _class_chrome(element)
        if kind is None or kind == "hidden":
            return kind
        if stat[_PARAS] >= 3 and (stat[_TEXT] > 0.4 * self.total or kind in ("header", "meta", "byline") or element.tag == "form"):
            return None
        return kind


def _title_element(body: lxml_html.HtmlElement, title: str | None) -> lxml_html.HtmlElement | None:
    headings = [h for h in body.iter("h1")][:20]
    if not headings:
        return None
    if title:
        wanted = _norm(title)
        for heading in headings:
            text = _norm(heading.text_content())
            if text and (text == wanted or (len(text) > 10 and (text in wanted or wanted in text))):
                return heading
    return None


def extract_html(source: declkit.Source) -> declkit.Layout:
    """Read a saved HTML page into a :class:`declkit.Layout` of its main content.

    The page is decoded by :attr:`declkit.Source.text` (byte-order mark, then the
    declared ``<meta charset>``, then UTF-8, then detection) and parsed with
    :func:`declkit.html_tree`. The layout's text is built from the page's blocks;
    its blocks are the main content in reading order (headings with levels,
    paragraphs, list items with markers and depth, block quotes, table rows,
    ``<br>`` lines); the page chrome is in residue with its kind. The page title
    heading carries the tag ``title``. The genre is ``document``; a news parser
    reusing this function changes it with :func:`attrs.evolve`.

    Raises:
        declkit.ParseError: the page holds no HTML document.
        declkit.UnsupportedInput: the bytes cannot be decoded as text.
    """
    text = source.text
    root = declkit.html_tree(text, source=source.name)
    try:
        return _extract(root, source)
    except RecursionError:
        raise declkit.ParseError("the HTML is nested too deeply to read", source=source.name) from None


def _extract(root: lxml_html.HtmlElement, source: declkit.Source) -> declkit.Layout:
    body = root.find("body")
    if body is None:
        body = root
    # The page's top headings, h1 first: many portals set the headline in an h2 or h3.
    headings = tuple(
        " ".join(h.text_content().split())
        for tag in ("h1", "h2", "h3")
        for h in itertools.islice(body.iter(tag), 5)
    )
    meta: PageMeta = read_meta(root, headings=headings)
    etree.strip_elements(body, *_DROP, with_tail=False)
    stats = _measure(body)
    chrome = _Chrome(stats, stats[body][_TEXT] if body in stats else 1)
    chrome.clear(body)
    content = (_matched_container(body, stats, meta.article_body) if meta.article_body else None) or _find_container(body, stats, chrome)
    for element in content:
        # The content is never inside chrome: a wrapper named "rail" or "aside" holding it is not chrome.
        for ancestor in element.iterancestors():
            chrome.clear(ancestor)
    title_element = _title_element(body, meta.title)
    writer = _Writer(stats, chrome, content, title_element, meta.title)
    builder = writer.walk(body)
    layout = builder.layout(metadata=meta.metadata(), genre="document", encoding=source.encoding)
    layout = _visible_byline(layout)
    bylines = [b.text for b in layout.residue if b.kind in ("byline", "meta")]
    if not meta.authors:
        names = _byline_names(b for b in bylines if len(b) < 200)
        if names:
            layout = attrs.evolve(layout, metadata=attrs.evolve(layout.metadata, authors=names))
    if meta.published is None:
        date = _stated_date([*bylines, *(b.text for b in layout.blocks[:6] if len(b.text) < 200)])
        if date is not None:
            layout = attrs.evolve(layout, metadata=attrs.evolve(layout.metadata, published=date))
    return layout


def _visible_byline(layout: declkit.Layout) -> declkit.Layout:
    """Move byline and dateline paragraphs at the top of the content to residue, and read them."""
    moved: list[declkit.Block] = []
    metadata = layout.metadata
    for block in layout.blocks[:6]:
        if block.kind == "heading" or len(block.text) > 160:
            continue
        found = read_byline(block.text)
        if found is None:
            continue
        names, date = found
        if names and not metadata.authors:
            metadata = attrs.evolve(metadata, authors=tuple(names))
        if date is not None and metadata.published is None:
            metadata = attrs.evolve(metadata, published=date)
        moved.append(block)
    if not moved:
        return layout
    residue = sorted((*layout.residue, *(attrs.evolve(b, kind="byline") for b in moved)), key=lambda b: (b.span.start, b.span.end))
    kept = tuple(b for b in layout.blocks if not any(b is m for m in moved))
    return attrs.evolve(layout, blocks=kept, residue=residue, metadata=metadata)


_BY = re.compile(r"^(?:by|written by|posted by|author:?|von|par|por)\s+", re.IGNORECASE)
_BYLINE_SPLIT = re.compile(r"\s*(?:/|\||•|·|,|;| - | – | — |\bupdated\b|\bpublished\b|\bposted\b|\bon\b)\s*", re.IGNORECASE)
_DATED = re.compile(r"(?:updated|published|posted|last modified|this story is from)\s*(?:on|at)?\s*:?\s*(.{6,60})", re.IGNORECASE)


def _byline_names(lines: Iterable[str]) -> tuple[str, ...]:
    """Author names from byline texts (``By Jane Doe and John Roe``, ``Jane Doe / Agency / Updated …``)."""
    names: list[str] = []
    for line in lines:
        value = _BY.sub("", line.strip(), count=1)
        first = _BYLINE_SPLIT.split(value, maxsplit=1)[0]
        for name in re.split(r"\s+and\s+|\s*&\s*", first):
            name = name.strip(" .")
            if name and looks_like_name(name):
                names.append(name)
        if names:
            break
    return tuple(dict.fromkeys(names))


def _stated_date(lines: Iterable[str]) -> declkit.PartialDate | None:
    """A date stated next to the byline (``Updated: Oct 9, 2019, 11:05 IST``)."""
    for line in lines:
        match = _DATED.search(line[:300])
        if not match:
            continue
        words = match.group(1).split()
        # The date runs into whatever follows it; try the longest reading first.
        for count in range(min(len(words), 7), 1, -1):
            try:
                date = declkit.parse_date(" ".join(words[:count]))
            except (ValueError, TypeError):
                date = None
            if date is not None:
                return date
    return None
