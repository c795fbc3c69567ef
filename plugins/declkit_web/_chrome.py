"""Page chrome by its text signals, and the scripts that lines are written in.

Saved pages and their text dumps carry the same furniture whatever site they come
from: a search box, share and print buttons, a comment form, previous/next post
links, a chat widget, a cookie banner. These functions recognise it from the words
of one line, so that the HTML extractor, the text-dump reader and the news plugin
sort it the same way.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "chrome_kind",
    "dominant_script",
    "is_tail_marker",
    "script_of",
]

# The heading of a release's press-contact box ("Media enquiries", "Press contacts",
# "For more information, please contact"), after which only phone numbers and
# addresses follow.
_CONTACT = (
    r"(?:media|press|news ?room|news) (?:enquiries|inquiries|enquiry|inquiry|contacts?|queries|liaison|office contacts?)(?: only)?"
    r"|(?:for )?(?:further|more|additional) (?:information|details)(?:,? please)? (?:contact|call|email|e-mail).{0,80}"
    r"|contacts? for (?:the )?(?:media|press|journalists)|notes? (?:to|for) editors"
)

# Each pattern is matched against one whole line, lower-cased, with its surrounding
# whitespace and trailing punctuation removed. Patterns are anchored and bounded so
# that they run in linear time.
_LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    # search boxes
    ("search", r"(?:close|open|toggle|clear) (?:this |the )?search(?: box| form| bar)?"),
    ("search", r"(?:search|search for|search this site|search the site|search \.{3}|search…)"),
    ("search", r"(?:type|press enter|hit enter|start typing) (?:here )?to search.{0,40}"),
    ("search", r"(?:search results|no results found|search here)"),
    # comment forms and comment sections
    ("comments", r"(?:leave|post|add|write|submit) (?:a |your |new )?(?:reply|comment|response)s?"),
    ("comments", r"your email address will not be published.{0,120}"),
    ("comments", r"required fields are marked.{0,20}"),
    ("comments", r"(?:cancel reply|reply|reply to this comment|post comment|submit comment|log in to reply)"),
    ("comments", r"(?:comments?|responses?|replies) (?:are|is) closed.{0,40}"),
    ("comments", r"(?:(?:\d{1,6}|no|one) )?(?:comments?|responses?|replies)(?: so far)?"),
    ("comments", r"(?:\d{1,6}|no|one) (?:comments?|responses?|replies|thoughts?) (?:on|to) .{1,200}"),
    ("comments", r"(?:join|start) (?:the|a) (?:conversation|discussion)"),
    ("navigation", r"end of (?:the )?(?:article|story|post|page)"),
    ("comments", r"save my name, email.{0,120}"),
    ("comments", r"(?:name|email|website|comment)\s?\*?"),
    ("comments", r"you must be logged in to post a comment.{0,40}"),
    # previous / next post links
    ("navigation", r"(?:«|‹|<|←)?\s?(?:previous|prev|next|older|newer)(?: (?:post|article|story|page|entry|item|posts|entries|news))?\s?(?:»|›|>|→)?"),
    ("navigation", r"(?:skip to (?:main )?content|skip to navigation|skip navigation|jump to content)"),
    ("navigation", r"(?:back to top|go to top|scroll to top|top of page|return to top)"),
    # "Back to <section>" links that close a page of a site's section
    ("navigation", r"(?:back|go back) to (?:the )?[\w'’&,:-]{1,40}(?: [\w'’&,:-]{1,40}){0,5}"),
    ("navigation", r"(?:main )?menu|toggle (?:navigation|menu)|open menu|close menu|navigation|home"),
    ("navigation", r"(?:you are here|breadcrumbs?)\s?:.{0,200}"),
    ("navigation", r"(?:load more|show more|view all|see all|more news|more stories|read more|continue reading)(?: .{0,60})?"),
    # share and print widgets
    ("share", r"share(?: this(?: article| post| page| story)?| on .{1,40}| via .{1,40}| article| post| page| story)?"),
    ("share", r"(?:tweet|print|email|e-mail|pin it|whatsapp|telegram|linkedin|facebook|twitter|x|reddit|copy link|print this page|print page|send by email)"),
    ("share", r"click to (?:share|print|email).{0,80}"),
    ("share", r"(?:download(?: (?:the )?(?:pdf|file|document|full text|text|statement|communiqu[eé]|declaration|report|version|attachment))?|pdf version|print(?:er)?[- ]friendly(?: version| page)?|print version|listen(?: to this (?:article|page|story|statement))?)(?: \(.{0,40}\)| \[.{0,40}\])?"),
    # accessibility toolbars of government sites
    ("navigation", r"(?:screen reader access|skip to (?:main )?content.{0,60}|text size|font size|a- ?a ?a\+|a\+ ?a ?a-|high contrast|accessibility options|change language|select language)"),
    ("share", r"(?:like this|loading\.{0,3}|like|follow us(?: on .{0,60})?)"),
    # the same widgets on sites in other European languages
    ("share", r"(?:dela|dela sidan|teilen|partager|compartir|condividi|delen|udostępnij|поделиться|skriv ut|drucken|imprimer|imprimir|stampa|afdrukken|drukuj|печать)"),
    ("navigation", r"(?:föregående|nästa|zurück|weiter|précédent|suivant|anterior|siguiente|precedente|successivo|vorige|volgende|назад|далее)"),
    ("navigation", r"(?:läs mer|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|leggi (?:di più|tutto)|lees meer|читать далее|подробнее)"),
    ("navigation", r"(?:till toppen|nach oben|haut de page|volver arriba|torna su|наверх|startsida|startseite|accueil|inicio)"),
    ("search", r"(?:sök|suche|rechercher|buscar|cerca|zoeken|szukaj|поиск)"),
    # chat widgets
    ("chat", r"(?:scan the code|chat with us|open chat|start (?:a )?chat|live chat|chat now|how can (?:i|we) help(?: you)?\??)"),
    # cookie banners
    ("cookies", r"(?:we|this (?:site|website)) uses? cookies.{0,300}"),
    ("cookies", r"(?:accept|reject|decline|allow|manage) (?:all )?cookies.{0,40}|cookie (?:settings|policy|preferences)"),
    # newsletter boxes
    ("newsletter", r"(?:subscribe|sign up|signup)(?: (?:to|for) (?:our |the )?(?:newsletter|updates|mailing list).{0,80})?"),
    ("newsletter", r"(?:enter your (?:email|e-mail)(?: address)?|get (?:the latest|our) .{0,60} (?:in|to) your inbox.{0,40})"),
    # related posts
    ("related", r"(?:related|related (?:posts|articles|stories|news|content|links|information|documents|resources|pages|topics|items|publications|materials|press releases|statements|files)|you (?:may|might) also (?:like|be interested in)|more (?:from|on) .{1,60}|recommended(?: for you)?|popular (?:posts|articles)|most read|trending)"),
    # about the author
    ("bio", r"(?:about the author|about (?:the )?writer|author bio)"),
    # footers
    ("footer", r"(?:©|\(c\)|copyright ©?)\s?.{0,200}"),
    ("footer", r".{0,120}all rights reserved.{0,120}"),
    ("footer", r"(?:privacy policy|terms of (?:use|service)|terms and conditions|contact us|sitemap|site map|accessibility)"),
    ("footer", r"(?:tags?|categories|category|filed under|posted in)\s?:.{0,200}"),
    ("contact", _CONTACT),
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in _LINE_PATTERNS)

# Lines after which the rest of a page is chrome too: comment threads, previous/next
# post links, related posts and author boxes come after the content, never inside it.
_TAIL_PATTERNS: tuple[tuple[str, str], ...] = (
    ("comments", r"(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)"),
    ("comments", r"your email address will not be published.{0,120}"),
    ("comments", r"(?:comments?|responses?) (?:are|is) closed.{0,40}"),
    ("comments", r"(?:\d{1,6}|no|one) (?:comments?|responses?|replies|thoughts?)(?: (?:on|to) .{1,200})?"),
    ("comments", r"(?:comments?|responses?|discussion)"),
    ("navigation", r"(?:«|‹|<|←)?\s?(?:previous|prev|next|older|newer)(?: (?:post|article|story|entry|posts|entries))?\s?(?:»|›|>|→)?"),
    ("related", r"(?:related|related (?:posts|articles|stories|news|content|links|information|documents|resources|pages|topics|items|publications|materials|press releases|statements|files)|you (?:may|might) also (?:like|be interested in)|recommended for you|more stories|popular posts|most read)"),
    ("bio", r"(?:about the author|about (?:the )?writer|author bio)"),
    # the press office's contact box that closes a government media release
    ("contact", _CONTACT),
)
_TAIL_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in _TAIL_PATTERNS)

_EDGE_PUNCTUATION = " \t\u00a0.:;,!|·•-–—*#>"


def _normalise(line: str) -> str:
    text = unicodedata.normalize("NFKC", line).strip().lower()
    return text.strip(_EDGE_PUNCTUATION).replace("\u2019", "'")


def chrome_kind(line: str) -> str | None:
    """Say what kind of page chrome one line of text is, or ``None`` if it is not chrome.

    The kinds are those of :attr:`declkit.Document.residue`: ``search``,
    ``comments``, ``navigation``, ``share``, ``chat``, ``cookies``, ``newsletter``,
    ``related``, ``bio``, ``contact`` and ``footer``. Only short lines can be chrome: a sentence
    that happens to contain "share" or "comments" is content.

    >>> chrome_kind("Close this search box.")
    'search'
    >>> chrome_kind("Leave a Reply")
    'comments'
    >>> chrome_kind("Next")
    'navigation'
    >>> chrome_kind("We share the concern of the international community.") is None
    True
    """
    if len(line) > 400:
        return None
    text = _normalise(line)
    if not text or len(text.split()) > 40:
        return None
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return kind
    if len(text) <= 250 and "©" in text:
        return "footer"  # "Ministry of Foreign Affairs © 2023": a copyright line
    if _is_breadcrumb(text):
        return "navigation"
    return _widget_row_kind(text)


# Separators of breadcrumb trails ("Home > Press > Statements").
_CRUMB_SEPARATORS = (" > ", " › ", " » ", " → ", " / ", " >> ")
# Separators between the buttons of a widget row ("Print | Share | Email").
_ROW_SEPARATORS = (" | ", " · ", " • ", " ¦ ", " / ")


def _is_breadcrumb(text: str) -> bool:
    """A trail of short page names between ``>``-like separators."""
    for separator in _CRUMB_SEPARATORS:
        if separator not in text:
            continue
        items = [item.strip() for item in text.split(separator)]
        if not all(items) or any(len(item.split()) > 6 or item[-1] in ".;!?" for item in items):
            continue
        # Two separators make a trail; one is enough when it starts at the home page.
        if (len(items) >= 3 and separator != " / ") or items[0] in ("home", "homepage", "start", "main page"):
            return True
    return False


def _widget_row_kind(text: str) -> str | None:
    """The kind of a row of chrome buttons (``Print | Share | Japanese``), or ``None``.

    Most items of the row must be chrome on their own; the row takes their kind.
    """
    items: list[str] = []
    for separator in _ROW_SEPARATORS:
        if separator in text:
            items = [item.strip(_EDGE_PUNCTUATION) for item in text.split(separator)]
            break
    else:
        words = text.split()
        # Buttons written side by side ("Print Share"): every word must be a button.
        if 2 <= len(words) <= 8 and all(_is_share(word) for word in words):
            return "share"
        return None
    items = [item for item in items if item]
    if not 2 <= len(items) <= 20 or any(len(item.split()) > 4 for item in items):
        return None
    kinds = [kind for item in items if (kind := _single_kind(item)) is not None]
    if 2 * len(kinds) < len(items):
        return None
    return max(set(kinds), key=kinds.count)


def _is_share(word: str) -> bool:
    return any(kind == "share" and pattern.fullmatch(word) for kind, pattern in _COMPILED)


def _single_kind(item: str) -> str | None:
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(item):
            return kind
    return None


def is_tail_marker(line: str) -> str | None:
    """The chrome kind of a line after which the rest of a page is chrome, or ``None``.

    Such lines open a comment section (``Leave a Reply``), the previous/next post
    links, a related-posts list, an author box or a release's press-contact box
    (``Media enquiries``).

    >>> is_tail_marker("Leave a Reply")
    'comments'
    >>> is_tail_marker("Share") is None
    True
    """
    if len(line) > 300:
        return None
    text = _normalise(line)
    if not text:
        return None
    for kind, pattern in _TAIL_COMPILED:
        if pattern.fullmatch(text):
            return kind
    return None


# Scripts by code-point block: enough to tell Latin from Arabic, Cyrillic, CJK …
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0700, 0x074F, "syriac"),
    (0x0750, 0x077F, "arabic"),
    (0x0780, 0x07BF, "thaana"),
    (0x0900, 0x0DFF, "indic"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x1F00, 0x1FFF, "greek"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)


def script_of(char: str) -> str | None:
    """The script of one letter (``latin``, ``arabic``, ``cyrillic`` …), or ``None``."""
    if not char.isalpha():
        return None
    code = ord(char)
    for low, high, name in _SCRIPT_RANGES:
        if low <= code <= high:
            return name
    return "other"


def dominant_script(text: str, limit: int = 20000) -> str | None:
    """The script most letters of ``text`` (its first ``limit`` characters) are written in."""
    counts: dict[str, int] = {}
    for char in text[:limit]:
        name = script_of(char)
        if name:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda item: item[1])[0]
