"""How sure the news parser is that an input is a news article."""

from __future__ import annotations

import json
import re

__all__ = ["sniff_html", "sniff_text"]

DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’\-]{1,30}(?: [A-Z][A-Z.'’\-]{1,30}){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.'’\-]{1,30}(?: [A-Z][A-Za-z.'’\-]{1,30}){0,3}))?"
    r"(?:,? (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}))?"
    r"(?: ?\((?P<agency>[A-Za-z][A-Za-z .&/]{1,30})\))?"
    r"(?: ?[—–]{1,2} ?| -{1,2} |: )"
)
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by)\s+[A-Z][\w.'’-]{1,30}(?:\s+[A-Z][\w.'’-]{1,30}){0,3}(?:\s*(?:,|and|&|/|\|)|\s*$)",
    re.IGNORECASE,
)
_LINK_BYLINE = re.compile(r"^\[[^\]\n]{2,60}\]\([^)\n]{0,300}\),? ")
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last updated|first published)\s*(?:on|at)?\s*:?\s*"
    r"(?:\d{1,2}[ ./-]|[A-Z][a-z]{2,8}\.? \d{1,2}|\d{4}-\d{2})",
    re.IGNORECASE,
)
_MONTH_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}\b"
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|according to|added|stated|noted|warned|stressed|emphasi[sz]ed|reported|announced|"
    r"urged|agreed|welcomed|pledged|praised)\b"
)
_THIRD_PERSON = re.compile(
    r"\b(?:the|their|its) (?:participants|leaders|ministers|delegates|declaration|statement|communiqu[eé]|"
    r"resolution|meeting|summit|conference|spokesperson|spokesman|spokeswoman|officials)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(r"\b(?:said|says|told|according to|added)\b")
_DECLARATION_REFERENCE = re.compile(
    r"\b(?:[Ii]n|[Aa]ccording to|[Uu]nder) (?:the|their|its|a) (?:joint |final )?(?:declaration|statement|communiqu[eé])\b|"
    r"\b[Tt]he (?:joint |final )?(?:declaration|statement|communiqu[eé]) (?:also |further )?"
    r"(?:said|says|stated|welcomed|urged|called|noted|stressed|emphasi[sz]ed|condemned|added|praised)\b"
)
_DOCUMENT_TITLE = re.compile(
    r"(?:joint (?:statement|declaration|communiqu)|communiqu|declaration|statement by|statement on|"
    r"press statement|final statement|chair'?s statement|resolution)",
    re.IGNORECASE,
)
_HEADLINE_VERB = re.compile(
    r"\b(?:adopts?|adopted|signs?|signed|issues?|issued|agrees?|agreed|says?|said|calls?|urges?|urged|"
    r"welcomes?|welcomed|rejects?|rejected|slams?|backs?|endorses?|releases?|released|unveils?|announces?|"
    r"approves?|approved|passes?|passed|vows?|pledges?|warns?|warned|condemns?|condemned|demands?|is|are|was|"
    r"were|will|to)\b",
    re.IGNORECASE,
)
_FIRST_PLURAL = re.compile(r"\b[Ww]e\b|\bour\b|\bOur\b")
_CLAUSE_LINE = re.compile(r"^[ \t]{0,8}(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[•▪●◦·\-*]|[IVX]{1,6}\.)[ \t]", re.MULTILINE)
_DECLARATION_OPENING = re.compile(
    r"\bWe,? the (?:participants|leaders|heads|ministers|undersigned|members|representatives)\b|"
    r"^(?:\d{1,3}\.\s+)?We (?:request|call|urge|condemn|welcome|reaffirm|express|support|reject|recognise|recognize|"
    r"commit|agree|declare|stress|emphasi[sz]e|note|acknowledge|affirm|decide|appreciate|thank)\b",
    re.MULTILINE,
)
_SHORT_URL = re.compile(r"\bShort Url\b|\bShort URL\b|\bshort link\b", re.IGNORECASE)

_HTML_ARTICLE_TYPES = ("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle")
_META_ARTICLE = re.compile(rb"""og:type["']?\s+(?:content|value)\s*=\s*["']article""", re.IGNORECASE)
_META_ARTICLE_REVERSED = re.compile(rb"""(?:content|value)\s*=\s*["']article["']\s+(?:property|name)\s*=\s*["']og:type""", re.IGNORECASE)
_PUBLISHED_MARKUP = re.compile(rb"""article:published_time|itemprop\s*=\s*["']datePublished""", re.IGNORECASE)
_BYLINE_MARKUP = re.compile(
    rb"""class\s*=\s*["'][^"']{0,200}\bbyline\b|rel\s*=\s*["']author|itemprop\s*=\s*["']author|"""
    rb"""name\s*=\s*["'](?:author|article:author)["']|property\s*=\s*["']article:author""",
    re.IGNORECASE,
)
# The story body marked as such, or an article URL filed under a day (/2017/11/16/).
_ARTICLE_BODY_MARKUP = re.compile(rb"""itemprop\s*=\s*["']articleBody""", re.IGNORECASE)
_DATED_ARTICLE_URL = re.compile(
    rb"""(?:og:url["']?\s+(?:content|value)|rel\s*=\s*["']canonical["']\s+href)\s*=\s*["'][^"'<>]{0,200}/(?:19|20)\d{2}/\d{1,2}/\d{1,2}/""",
    re.IGNORECASE,
)
_PARAGRAPH_TAG = re.compile(rb"<p(?:\s[^>]{0,300})?>", re.IGNORECASE)
_TAG = re.compile(rb"<[^<>]{0,300}>")
_LD_JSON = re.compile(rb"""<script[^>]{0,200}application/ld\+json[^>]{0,100}>""", re.IGNORECASE)
_STATEMENT_TITLE = re.compile(
    rb"""<title[^>]{0,100}>\s*(?:joint |final )?(?:statement|declaration|communiqu|readout|remarks|resolution)""",
    re.IGNORECASE,
)


def _head_lines(text: str, limit: int = 40) -> list[str]:
    lines = [line.strip() for line in text.splitlines()[:200] if line.strip()]
    return lines[:limit]


def sniff_text(text: str) -> float:
    """Confidence that ``text`` (a text or Markdown-like dump) is a news article.

    Strong signals are a dateline opening the body, a byline or a "Short Url" line;
    weaker ones are many reporting verbs and third-person reports of what participants
    or a declaration said. A text dominated by first-person plural operative clauses
    ("We request …") is a declaration, not news.
    """
    if not text.strip():
        return 0.0
    sample = text[:20000]
    lines = _head_lines(sample)
    score = 0.0
    # The dateline opens the body: the first line, or the first after a headline and byline.
    for line in lines[:4]:
        if DATELINE.match(line.lstrip("*_ ")) and len(line.split()) > 8:
            score = 0.83
            break
    for line in lines[:25]:
        plain = line.lstrip("#*_> ").strip()
        if _LINK_BYLINE.match(plain) and _MONTH_DATE.search(plain):
            score = max(score, 0.87)
        elif _BYLINE.match(plain) and len(plain) < 120:
            score = max(score, 0.81)
        elif _DATE_WORDS.search(plain) and len(plain) < 120:
            score = max(score, 0.72)
    if _SHORT_URL.search(sample[:6000]):
        score = max(score, 0.86)
    strong = score >= 0.8
    words = max(1, len(sample.split()))
    speech = len(_SPEECH.findall(sample))
    references = len(_DECLARATION_REFERENCE.findall(sample))
    third = len(_THIRD_PERSON.findall(sample))
    reports = speech + references + len(_REPORTING.findall(sample))
    density = 1000 * (speech + 2 * references + third) / words
    if (speech >= 2 or references >= 1) and speech + references + third >= 4 and density >= 6:
        score = max(score, min(0.78, 0.6 + 0.01 * density))
    if not strong and _titled_as_declaration(text, lines):
        return min(score, 0.04)
    first_plural = len(_FIRST_PLURAL.findall(sample))
    clause_lines = len(_CLAUSE_LINE.findall(sample))
    openings = len(_DECLARATION_OPENING.findall(sample))
    if openings >= 2 or (first_plural >= 6 and first_plural * 2 > reports) or (clause_lines >= 4 and clause_lines > reports):
        score = min(score, 0.04 if score < 0.8 else 0.3)
    return round(score, 3)


def _titled_as_declaration(text: str, lines: list[str]) -> bool:
    """Whether the text is titled as a declaration, statement or communiqué itself."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        for line in text[: end if end > 0 else 2000].splitlines():
            if line.lower().startswith("title:") and _DOCUMENT_TITLE.search(line) and not _HEADLINE_VERB.search(line[6:]):
                return True
    for line in lines[:12]:
        plain = line.lstrip("#*_> ").strip()
        if len(plain.split()) <= 20 and not plain.endswith((".", "”", '"')) and _DOCUMENT_TITLE.search(plain):
            # A headline about a declaration has a verb ("Leaders adopt Vienna declaration").
            if not _HEADLINE_VERB.search(plain):
                return True
    return False


def sniff_html(prefix: bytes) -> float:
    """Confidence that an HTML page (its first bytes) is a news article page.

    JSON-LD ``NewsArticle`` (and its kinds) is decisive; ``og:type`` article with a
    publication time or a byline in the markup is strong. A page whose title opens
    with "Joint Statement", "Declaration" and the like is left to the web parser unless
    it says it is a news article.
    """
    for match in _LD_JSON.finditer(prefix):
        end = prefix.find(b"</script>", match.end())
        if end < 0:
            continue
        body = prefix[match.end() : end]
        try:
            data = json.loads(body.decode("utf-8", "replace"))
        except ValueError:
            if any(kind.encode() in body for kind in _HTML_ARTICLE_TYPES):
                return 0.95
            continue
        if _has_news_type(data):
            return 0.95
    if _STATEMENT_TITLE.search(prefix):
        return 0.0
    article = bool(_META_ARTICLE.search(prefix) or _META_ARTICLE_REVERSED.search(prefix))
    if article and (_PUBLISHED_MARKUP.search(prefix) or _BYLINE_MARKUP.search(prefix)):
        return 0.95
    if article and (_ARTICLE_BODY_MARKUP.search(prefix) or _DATED_ARTICLE_URL.search(prefix)):
        return 0.92
    if _wire_dateline_paragraph(prefix):
        return 0.93
    return 0.0


def _wire_dateline_paragraph(prefix: bytes) -> bool:
    """Whether an early paragraph opens with a wire dateline ("NAIROBI, Kenya (AP) —")."""
    from ._wire import agency_name

    for count, match in enumerate(_PARAGRAPH_TAG.finditer(prefix)):
        if count >= 12:
            break
        snippet = _TAG.sub(b"", prefix[match.end() : match.end() + 600]).decode("utf-8", "replace").strip()
        found = DATELINE.match(snippet)
        if found and found.group("agency") and agency_name(found.group("agency")) is not None:
            return True
    return False


def _has_news_type(data: object, depth: int = 0) -> bool:
    if depth > 6:
        return False
    if isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k in _HTML_ARTICLE_TYPES for k in kinds):
            return True
        return any(_has_news_type(v, depth + 1) for k, v in data.items() if k in ("@graph", "mainEntity", "itemListElement"))
    if isinstance(data, list):
        return any(_has_news_type(v, depth + 1) for v in data[:50])
    return False
