"""How sure the pdf-text parser is that a text came out of a PDF."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ._lines import is_document_symbol, is_page_number, line_noise_kind

__all__ = ["FALLBACK", "formal_document_score", "sniff_text"]

#: Plain text with no sign of a PDF: the parser still reads it, as the last resort.
FALLBACK = 0.12
#: HTML is never PDF-derived text, but this parser can still read its words.
HTML_SCORE = 0.06

_TROVE_KEYS = re.compile(r"^(?:creators|trove_url|source_url|subjects|parlinfo)\s*:", re.MULTILINE)
_MARKDOWN = re.compile(r"^(?:#{1,6} |\[[^\]\n]{1,200}\]\(|<https?://|!\[|\*\*[^*\n]{1,200}\*\*$|<!--)", re.MULTILINE)
# A numbered paragraph whose text is set off by a run of spaces or a tab ("1.    Expresses").
_HANGING_NUMBER = re.compile(r"\s{0,8}(?:\d{1,3}[.)]|\([a-z]{1,4}\))(?: {2,8}|\t)\S")
# Any numbered paragraph, to find hanging indents ("1. We ..." / "   agreed ...").
_NUMBERED = re.compile(r"\s{0,8}(?:\d{1,3}[.)]|\([a-z]{1,4}\))\s{1,8}(?=\S)")
_KIND_WORDS = ("COMMUNIQUE", "COMMUNIQUÉ", "STATEMENT", "DECLARATION", "RESOLUTION", "PRESS RELEASE", "MEDIA RELEASE")
_PAGE_COUNTER = re.compile(r"(?P<page>\d{1,3})\s?/\s?(?P<pages>\d{1,3})")
_FOOTNOTE_RULE = re.compile(r"_{8,80}")
_NOTE = re.compile(r"(?:\d{1,3}|\*{1,3})\s{1,3}[A-Z]")
_HTML = re.compile(r"<(?:html|body|div|p|a|span|meta|head)[\s>]", re.IGNORECASE)


def _counter_fits(line: str) -> bool:
    """Whether a "k/N" line counts pages: k from 2 to N (a first page rarely shows its counter)."""
    match = _PAGE_COUNTER.fullmatch(line)
    return match is not None and 2 <= int(match.group("page")) <= int(match.group("pages")) <= 999


def _leading_blank_lines(lines: list[str]) -> int:
    count = 0
    for line in lines:
        if line.strip():
            break
        count += 1
    return count


def _is_ocr_debris(stripped: str) -> bool:
    # Debris mixes letters or figures with symbols; a line of symbols alone is more
    # often Markdown rules or emphasis marks.
    if len(stripped.replace(" ", "")) < 5 or not any(c.isalnum() for c in stripped):
        return False
    return line_noise_kind(stripped) == "ocr_noise"


def _steadily_wrapped(lines: list[str]) -> bool:
    """Whether paragraphs are hard-wrapped at one width, as text taken from a page is.

    Lines inside a paragraph (followed by another line of it) are counted; most of them
    must fall within a few characters of the longest usual line, between 50 and 110.
    """
    inner = [len(line.rstrip()) for line, following in itertools.pairwise(lines) if line.strip() and following.strip()]
    if len(inner) < 6:
        return False
    inner.sort()
    width = inner[int(0.9 * (len(inner) - 1))]
    if not 50 <= width <= 110:
        return False
    near = sum(1 for length in inner if length >= width - 15)
    return near * 10 >= len(inner) * 7


def _hanging_indents(lines: list[str]) -> int:
    """How many numbered paragraphs go on with lines indented to their text, past the number."""
    count = 0
    for line, following in itertools.pairwise(lines):
        match = _NUMBERED.match(line)
        if match and following.strip() and match.end() >= 3:
            indent = len(following) - len(following.lstrip(" "))
            count += indent == match.end()
    return count


def formal_document_score(lines: list[str]) -> float:
    """Score plain text for the structure of a formal document printed to a page, 0 to 0.44.

    A document symbol on a line of its own is strong evidence; together with it, or
    two of them together, the weaker signs count: a title in capitals naming the kind of
    document, numbered paragraphs set off by a run of spaces, paragraphs hard-wrapped at
    one width, lines pushed right or centred with spaces. These place one-page statements
    that carry no page furniture, which would otherwise fall to the fallback. The score
    stays below what the web parser claims on positive evidence of a page dump (0.45 on).
    """
    nonblank = [line for line in lines if line.strip()]
    symbol = any(is_document_symbol(line.strip()) for line in nonblank[:40])
    signs = 0
    if any(
        line.strip().isupper() and any(word in line for word in _KIND_WORDS) and len(line.strip()) <= 120 for line in nonblank[:40]
    ):
        signs += 1
    if sum(1 for line in nonblank if _HANGING_NUMBER.match(line)) >= 2 or _hanging_indents(lines) >= 2:
        signs += 1
    if _steadily_wrapped(lines):
        signs += 1
    if sum(1 for line in nonblank if len(line) - len(line.lstrip(" ")) >= 20 and len(line.strip()) <= 60) >= 1:
        signs += 1
    if symbol:
        return min(0.44, 0.35 + 0.03 * signs)
    if signs >= 2:
        return min(0.44, 0.26 + 0.04 * signs)
    return 0.0


def sniff_text(text: str) -> float:
    """Score ``text`` (a prefix of the input) for signs of PDF extraction, from 0.12 to 0.85.

    Strong signs (form feeds, archive front matter from Trove/ParlInfo-style dumps, lone
    page numbers between paragraphs, lines padded with spaces on both sides, OCR debris)
    score high; weak ones (a run of blank lines at the start, a sentence broken across a
    blank line, line-end hyphenation) add up. Markdown or HTML markup lowers the score,
    as the web parser reads those.
    """
    lines = text.split("\n")
    if len(lines) > 1 and not text.endswith("\n"):
        lines = lines[:-1] or lines  # the prefix may end mid-line
    nonblank = [line for line in lines if line.strip()]
    if not nonblank:
        return FALLBACK
    score = 0.0
    if "\f" in text:
        score = max(score, 0.85)
    front = text.lstrip("\ufeff").startswith("---") and len(_TROVE_KEYS.findall(text[:3000])) >= 2
    if front:
        score = max(score, 0.78)
    page_numbers = 0
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        if not before.strip() and not after.strip() and is_page_number(line.strip()):
            page_numbers += 1
    # "2/5" alone on a line: the page counter of a printed document, blank lines or not.
    counters = sum(1 for line in nonblank if _PAGE_COUNTER.fullmatch(line.strip()) and _counter_fits(line.strip()))
    # A rule of underscores over a numbered note: the footnotes at the foot of a page.
    footnotes = sum(
        1
        for line, following, after in zip(lines, lines[1:], lines[2:], strict=False)
        if _FOOTNOTE_RULE.fullmatch(line.strip()) and (_NOTE.match(following.strip()) or _NOTE.match(after.strip()))
    )
    padded = sum(1 for line in nonblank if line.startswith(" ") and line.endswith(" ") and len(line.strip()) > 20)
    noise = sum(1 for line in nonblank[:200] if _is_ocr_debris(line.strip()))
    hyphenated = sum(1 for line in nonblank if len(line) > 30 and line.rstrip().endswith("-") and line.rstrip()[-2:-1].isalpha())
    leading = _leading_blank_lines(lines)
    broken = 0
    for index in range(len(lines) - 2):
        first, middle, last = lines[index].rstrip(), lines[index + 1], lines[index + 2].lstrip()
        if first and not middle.strip() and last and first[-1].isalpha() and last[0].islower() and len(first) > 40:
            broken += 1
    repeated = 0
    counts = Counter(" ".join(line.split()) for line in nonblank if 4 <= len(line.strip()) <= 80)
    for line, count in counts.items():
        if count >= 3 and not line.endswith((".", ":", ";")) and not line.startswith(("-", "*", "•")):
            repeated += 1
    if page_numbers:
        score = max(score, 0.74 if page_numbers == 1 else 0.8)
    if counters or footnotes:
        score = max(score, 0.74)
    if padded >= 3 and padded * 3 >= len(nonblank):
        score = max(score, 0.76)
    if noise >= 2:
        score = max(score, 0.72)
    # Weak signs count only together: one alone stays below the other parsers' claims.
    weak = 0.0
    if leading >= 3:
        weak += 0.2
    if broken:
        weak += 0.25 if broken == 1 else 0.3
    if hyphenated >= 2:
        weak += 0.2
    if repeated:
        weak += 0.15
    if noise == 1:
        weak += 0.15
    if weak:
        score = max(score, min(0.73, 0.38 + weak))
    if _HTML.search(text[:4000]):
        return HTML_SCORE
    if _MARKDOWN.search(text):
        score -= 0.3
    else:
        score = max(score, formal_document_score(lines))
    return round(max(FALLBACK, min(score, 0.85)), 2)

