"""From the lines of PDF-derived text to clean blocks: furniture out, wraps re-flowed, breaks rejoined.

The steps, each a small function below:

1. classify every line (blank, page number, OCR noise, separator, content, list marker);
2. find running headers and footers (content lines repeated at page edges);
3. give every line its page (form feeds, else the page-number lines);
4. group content lines into raw paragraphs, splitting at blank lines, list markers and
   deliberate line breaks (a break where the next word would have fitted on the line);
5. rejoin paragraphs that a page break or a stray blank line cut in two;
6. name each block's kind (heading, line, paragraph, list item) and list level.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import declkit

from ._lines import (
    TERMINAL,
    Line,
    Marker,
    clean_inline,
    close_letter_spacing,
    find_marker,
    first_date,
    has_date,
    is_document_symbol,
    is_page_number,
    line_noise_kind,
    page_number_value,
    split_text_lines,
    trim_debris,
)

__all__ = ["TextLayout", "build_blocks"]

# Words after which an English sentence cannot stop: a paragraph ending in one of
# them continues in the next, whatever the case of the next word.
_FUNCTION_WORDS = frozenset(
    "a an the of and or to in on at by for from with as that which whose who its their our his her "
    "this these those between among into upon under over than nor but".split()
)
# Words that open a preambular paragraph before its participle ("Further recalling").
_PREAMBULAR_LEADS = frozenset("further also again bearing having".split())
# Words that open a new sentence rather than carry on a list of names.
_SENTENCE_OPENERS = frozenset("we it they he she i there this these those such all each".split())
_EDGE_PUNCT = "\"'“”‘’()[]{}.,;:!?«»*"
# Prefixes that keep their hyphen at a line end (see _keeps_hyphen).
_ALWAYS_HYPHENATED = frozenset({"self", "non"})
_HYPHENATED_BEFORE_SAME_LETTER = frozenset({"de", "re", "co", "pre", "pro", "anti", "semi", "multi", "intra", "ultra"})
_HYPHENATED_BEFORE_VOWEL = frozenset({"post", "anti"})
# What a letterhead's contact lines hold: an e-mail address, a labelled telephone or fax
# number, a post-office box, a web address.
_CONTACT = re.compile(
    r"[\w.+-]{1,64}@[\w-]{1,63}\.[A-Za-z]{2,12}"
    r"|\b(?:tel|telephone|phone|fax|facsimile|mobile)\.?\s{0,3}(?:no\.?\s{0,3})?[:.]?\s{0,3}[+(]?\d"
    r"|\bp\.?\s{0,2}o\.?\s{0,2}box\s{0,3}\d"
    r"|\b(?:https?://|www\.)[\w-]",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\bnot an? official (?:record|document|translation)\b|\bunofficial translation\b|\bcheck against delivery\b"
    r"|^embargo(?:ed)?\b|\bfor (?:information|reference|media use|use of the media) (?:purposes )?only\b",
    re.IGNORECASE,
)
# Second halves of compounds that English writes with a hyphen ("high-level").
_COMPOUND_SECONDS = frozenset(
    "led based related owned backed driven wide free term level scale making oriented friendly "
    "sensitive specific focused centred centered bound funded sponsored brokered".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_COMPOUND = re.compile(r"[^\W\d_]{1,40}-[^\W\d_]{1,40}")
_TRAILING_WORD = re.compile(r"[^\W\d_]{1,60}\Z")
_DOUBLE_SPACE = re.compile(r" {2,}")
_FOOTNOTE = re.compile(r"(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3})\s{0,3}[A-Z][a-z]")
_HEADER_DIGITS = re.compile(r"\d+")
_MARKER_ONLY_BULLETS = frozenset("•·●▪◦■□►▸‣⁃○◆◇➢➤⦁\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8-–—*")
_MARKER_ONLY_ORDERED = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)]")


@dataclass(slots=True)
class _Para:
    """A run of content lines that will become one block."""

    lines: list[Line]
    marker: Marker | None = None
    #: Offset of the item text in the first line's stripped text (after the marker).
    text_offset: int = 0
    #: What separated this paragraph from the previous one: ``none``, ``blank`` or ``page``.
    gap: str = "none"
    kind: str = "paragraph"
    level: int | None = None
    tags: list[str] = field(default_factory=list)
    #: A part of a line split off (heading / dateline); (start, end) offsets into the text.
    piece: tuple[int, int] | None = None
    #: A page break with no blank line around it came before: the text ran on across it.
    tight: bool = False

    def first_text(self) -> str:
        return trim_debris(self.lines[0].stripped[self.text_offset :])

    def last_text(self) -> str:
        return trim_debris(self.lines[-1].stripped)


@dataclass(slots=True)
class TextLayout:
    """What :func:`build_blocks` returns."""

    blocks: list[declkit.Block]
    residue: list[declkit.Block]
    pages_known: bool


def _classify_lines(lines: list[Line]) -> None:
    for line in lines:
        stripped = line.stripped
        if not stripped:
            line.kind = "blank"
        elif is_page_number(stripped):
            line.kind = "page_number"
        elif _is_marker_only(stripped):
            line.kind = "marker_only"
        else:
            noise = line_noise_kind(close_letter_spacing(stripped))
            line.kind = noise or "content"
            if noise is None:
                line.marker = find_marker(stripped)


def _is_marker_only(stripped: str) -> bool:
    if len(stripped) == 1:
        return stripped in _MARKER_ONLY_BULLETS
    return len(stripped) <= 5 and _MARKER_ONLY_ORDERED.fullmatch(stripped) is not None


def _header_key(stripped: str) -> str:
    # Case is kept: a title in capitals is not the running header in title case.
    return _HEADER_DIGITS.sub("#", " ".join(stripped.split()))


def _mark_running_headers(lines: list[Line], pages: int) -> None:
    """Mark content lines repeated at page edges as page headers or footers.

    With known pages (form feeds), a line counts when it sits among the first or last
    two content lines of at least two pages; every occurrence is furniture. Without form
    feeds, lines beside page-number lines (``Page 2 of 3``) are page edges in the same
    way. Without either, a short line must repeat three times, far apart, and the first
    occurrence stays content when it comes before any paragraph: it may be the title.
    """
    content = [i for i, line in enumerate(lines) if line.kind == "content" and len(line.stripped) <= 100]
    if not content:
        return
    edge: dict[int, str] = {}
    if pages > 1:
        by_page: dict[int, list[int]] = {}
        for i in content:
            by_page.setdefault(lines[i].page, []).append(i)
        for indexes in by_page.values():
            for i in indexes[:2]:
                edge.setdefault(i, "page_header")
            for i in indexes[-2:]:
                edge.setdefault(i, "page_footer")
        candidates = list(edge)
        needed = 2
    else:
        edge, breaks = _edges_at_page_numbers(lines, set(content))
        candidates = list(edge) if edge else content
        needed = 2 if edge else 3
    groups: dict[str, list[int]] = {}
    for i in candidates:
        stripped = lines[i].stripped
        if stripped[-1:] in ".;:," or lines[i].marker is not None:
            continue
        groups.setdefault(_header_key(stripped), []).append(i)
    first_long = next((i for i, line in enumerate(lines) if line.kind == "content" and len(line.stripped) > 100), len(lines))
    for indexes in groups.values():
        if len(indexes) < needed:
            continue
        if pages > 1:
            if len({lines[i].page for i in indexes}) < needed:
                continue
        elif edge:
            if len({breaks[i] for i in indexes}) < needed:
                continue
        elif any(b - a < 8 for a, b in itertools.pairwise(indexes)):
            continue
        first = indexes[0]
        keep_first = pages <= 1 and not edge and first < first_long
        for i in indexes[1:] if keep_first else indexes:
            lines[i].kind = edge.get(i, "page_header")
    if pages <= 1 and edge:
        _mark_running_heads_once(lines, edge)


def _mark_running_heads_once(lines: list[Line], edge: dict[int, str]) -> None:
    """At page breaks, mark the edge lines that repeat the first page's head.

    A two-page document turns its page once, so its running head ("A/RES/80/1",
    the title, the job number) cannot repeat from break to break; it repeats what the
    first page printed above the text (its first lines). A document symbol or a bare
    job number at a page edge below them is furniture wherever it stands.
    """
    head = [i for i, line in enumerate(lines) if line.kind == "content" and i not in edge][:_HEAD_LINES]
    if not head:
        return
    top: set[str] = set()
    for i in head:
        top.add(_header_key(lines[i].stripped))
        top.add(_header_key(_NUMBERED_TITLE.sub("", lines[i].stripped)))
    for i, kind in edge.items():
        line = lines[i]
        if line.kind != "content" or i <= head[-1] or line.marker is not None:
            continue
        if is_document_symbol(line.stripped) or _header_key(line.stripped) in top or _FIGURES_ONLY.fullmatch(line.stripped):
            line.kind = kind


# A job or print number at a page edge ("25-15106"): figures and their separators only.
_FIGURES_ONLY = re.compile(r"[\d][\d ./()-]{3,20}")
# How many content lines open a document's first page (letterhead, symbol, title).
_HEAD_LINES = 25
# "80/1. Participation by …": a resolution's number before its title on the first page.
_NUMBERED_TITLE = re.compile(r"^\d{1,4}/\d{1,4}\.\s+")


# How many content lines beside a page number can be page furniture.
_EDGE_LINES = 3
def _edges_at_page_numbers(lines: list[Line], content: set[int]) -> tuple[dict[int, str], dict[int, int]]:
    """Content lines next to page-number lines, where a text without form feeds turns its pages.

    The content lines before a page-number line close a page (up to three: symbol,
    title and job number make a running head), those after it open the next. Returns the kind of edge for each such line and the page-number line it
    sits by, so that a header counts once per page break.
    """
    numbers = [i for i, line in enumerate(lines) if line.kind == "page_number"]
    edge: dict[int, str] = {}
    breaks: dict[int, int] = {}
    # Footers first: on a short page a line may sit after one page number and before
    # the next, and it belongs to the break it comes before.
    for kind, step in (("page_footer", -1), ("page_header", 1)):
        for position, number in enumerate(numbers):
            if step < 0:
                limit = numbers[position - 1] if position else -1
            else:
                limit = numbers[position + 1] if position + 1 < len(numbers) else len(lines)
            near: list[int] = []
            for i in range(number + step, limit, step):
                if lines[i].kind != "blank":
                    near.append(i)
                    if len(near) == _EDGE_LINES:
                        break
            for i in near:
                if i in content and i not in edge:
                    edge[i] = kind
                    breaks[i] = number
    return edge, breaks


def _mark_letterhead(lines: list[Line]) -> None:
    """Mark contact lines above the body (address box, telephone, fax, e-mail, web site) as letterhead.

    Only lines before the first list item or full sentence count: below that, a line with
    an address is the writer's ("For further information: …") and is left to the analysis.
    """
    for line in lines:
        if line.kind != "content":
            continue
        stripped = line.stripped
        if line.marker is not None or (stripped[-1:] in ".;" and _word_count(stripped) >= 8 and not _CONTACT.search(stripped)):
            return
        if len(stripped) <= 250 and _CONTACT.search(stripped):
            line.kind = "letterhead"


def _mark_disclaimers(lines: list[Line]) -> None:
    """Mark standing notes of press furniture on a line of their own as ``disclaimer``.

    Issuers print the same few notes on releases whatever they say (``Check against
    delivery``, ``Unofficial translation``, ``Embargoed until …``, ``For information
    only``, ``Not an official record``); they describe the paper, not the content.
    """
    for index, line in enumerate(lines):
        if line.kind != "content" or line.marker is not None or len(line.stripped) > 100:
            continue
        alone = (index == 0 or lines[index - 1].kind != "content") and (index + 1 == len(lines) or lines[index + 1].kind != "content")
        if alone and _word_count(line.stripped) <= 12 and _DISCLAIMER.search(line.stripped):
            line.kind = "disclaimer"


def _assign_pages(lines: list[Line], pages_by_feed: int) -> bool:
    """Set every line's page; return whether pages are known at all."""
    if pages_by_feed > 1:
        return True
    numbered = [(i, page_number_value(line.stripped)) for i, line in enumerate(lines) if line.kind == "page_number"]
    numbered = [(i, v) for i, v in numbered if v is not None]
    if not numbered:
        return False
    # A first page number of 1 means the numbers are footers (they close their page);
    # any other first number is taken to open its page.
    footer = numbered[0][1] == 1
    current = 1 if footer else max(1, (numbered[0][1] or 2) - 1)
    marks = dict(numbered)
    for i, line in enumerate(lines):
        value = marks.get(i)
        if value is not None:
            line.page = value
            current = value + 1 if footer else value
            continue
        line.page = current
    return True


def _soften_double_spacing(lines: list[Line]) -> None:
    """Mark single blank lines of double-spaced text (typewriter, some OCR) as no break.

    The text is taken as double-spaced when nearly every pair of lines has exactly one
    blank line between them, the lines are short, and most of them stop mid-sentence;
    paragraphs are then the runs separated by two or more blank lines.
    """
    runs: list[tuple[int, int]] = []  # (index of first blank, run length) between content lines
    adjacent = 0
    previous_content = False
    blank_start = -1
    blank_count = 0
    for index, line in enumerate(lines):
        if line.kind == "blank":
            if blank_count == 0:
                blank_start = index
            blank_count += 1
            continue
        if line.kind != "content":
            previous_content = False
            blank_count = 0
            continue
        if previous_content:
            if blank_count:
                runs.append((blank_start, blank_count))
            else:
                adjacent += 1
        previous_content = True
        blank_count = 0
    singles = [start for start, length in runs if length == 1]
    if len(singles) < 8 or adjacent * 10 > len(singles) or len(singles) == len(runs):
        return
    lengths = sorted(len(line.stripped) for line in lines if line.kind == "content")
    if lengths[len(lengths) // 2] > 100:
        return
    open_ended = sum(1 for start in singles if not _ends_sentence(lines[start - 1].stripped))
    if open_ended * 2 < len(singles):
        return
    for start in singles:
        lines[start].kind = "soft_blank"


def _wrap_width(lines: list[Line]) -> float:
    """The width the text was hard-wrapped at (0 when it was not wrapped)."""
    samples = []
    longest = 0
    lines = [line for line in lines if line.kind != "soft_blank"]
    for line, following in itertools.pairwise(lines):
        if line.kind != "content":
            continue
        longest = max(longest, len(line.stripped))
        if following.kind == "content" and following.marker is None:
            samples.append(len(line.stripped))
    if len(samples) >= 5:
        samples.sort()
        return float(samples[int(0.9 * (len(samples) - 1))])
    return float(max(longest, max((len(line.stripped) for line in lines[-1:]), default=0)))


def _first_word(text: str) -> str:
    space = text.find(" ")
    return text if space < 0 else text[:space]


def _last_word(text: str) -> str:
    space = text.rfind(" ")
    return text[space + 1 :] if space >= 0 else text


def _deliberate_break(line: Line, following: Line, width: float, *, in_item: bool = False) -> bool:
    """Whether the break after ``line`` is the writer's, not the wrapping's."""
    current = line.stripped
    nxt = following.stripped
    if not nxt or not current:
        return True
    if current.endswith("-") or current.endswith(","):
        return False
    if _last_word(current).casefold() in _FUNCTION_WORDS:
        return False
    starts_upper = nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"“‘'(["
    if not starts_upper:
        return False
    if not in_item and following.indent >= line.indent + 2 and len(current) < width:
        return True  # first-line indent of a new paragraph (in a list item: a hanging indent)
    if _parallel_starts(current, nxt):
        return True  # "For the Republic of X" / "For the Republic of Y": lines of a block
    fits = len(current) + 1 + len(_first_word(nxt)) < 0.85 * width
    return fits


def _parallel_starts(current: str, following: str) -> bool:
    """Whether two lines open with the same two words, as the lines of a signature block do."""
    first = current.split(None, 2)
    second = following.split(None, 2)
    if len(first) < 3 or len(second) < 3:
        return False
    return first[0] == second[0] and first[1].casefold() == second[1].casefold() and first[0][:1].isupper()


_WRAPPABLE_MARKERS = ("decimal", "multi", "bullet:-", "bullet:–", "bullet:—")


def _wrapped_into(previous: Line, marker: Marker, width: float, expected: int | None) -> bool:
    """Whether a marker-like start ("1.2 of the report", "– and beyond") is a wrapped line.

    It is when the line before runs to the full width without ending its sentence: the
    wrapping, not the writer, put the figure or dash at the start of the line. A number
    that continues the list being read is still a marker.
    """
    if not marker.style.startswith(_WRAPPABLE_MARKERS):
        return False
    if marker.style.startswith("decimal") and expected is not None and _leading_number(marker.text) == expected:
        return False
    text = previous.stripped
    return bool(text) and width >= 40 and not _ends_sentence(text) and len(text) >= 0.85 * width


def _leading_number(text: str) -> int | None:
    digits = ""
    for char in text:
        if char.isdigit():
            digits += char
        elif digits or char not in "(":
            break
    return int(digits) if digits else None


def _group_paragraphs(lines: list[Line], width: float) -> list[_Para]:
    paras: list[_Para] = []
    current: _Para | None = None
    gap = "none"
    pending_marker: Line | None = None
    expected: int | None = None  # the number the next item of a numbered list would have
    blank_in_gap = False
    for line in lines:
        kind = line.kind
        if kind == "soft_blank":
            continue
        if kind == "blank":
            blank_in_gap = True
            if current is not None:
                current = None
                gap = "blank" if gap == "none" else gap
            continue
        if kind != "content" and kind != "marker_only":
            if current is not None:
                current = None
            gap = "page" if kind in ("page_number", "page_header", "page_footer") else (gap if gap != "none" else "blank")
            continue
        if line.after_form_feed:
            gap = "page"
            current = None
        if kind == "marker_only":
            current = None
            pending_marker = line
            continue
        marker = line.marker
        if pending_marker is not None and marker is None:
            text = pending_marker.stripped
            style_source = find_marker(text + " x")
            style = style_source.style if style_source else "bullet:" + text
            current = _Para([pending_marker, line], Marker(text, style, len(text)), text_offset=len(text), gap=gap)
            current.tags.append("marker_line")
            paras.append(current)
            pending_marker = None
            gap = "none"
            continue
        pending_marker = None
        if marker is not None and current is not None and _wrapped_into(current.lines[-1], marker, width, expected):
            marker = None
        if marker is not None and marker.style.startswith("decimal"):
            number = _leading_number(marker.text)
            expected = number + 1 if number is not None else None
        starts_new = (
            current is None
            or marker is not None
            or _deliberate_break(current.lines[-1], line, width, in_item=current.marker is not None)
        )
        if starts_new:
            current = _Para([line], marker, text_offset=marker.end if marker else 0, gap=gap)
            current.tight = gap == "page" and not blank_in_gap and bool(paras)
            paras.append(current)
        else:
            assert current is not None
            current.lines.append(line)
        gap = "none"
        blank_in_gap = False
    return paras


def _ends_sentence(text: str) -> bool:
    return bool(text) and text[-1] in TERMINAL


def _word_count(text: str) -> int:
    return len(text.split())


def _list_runs_punctuated(earlier: list[_Para], stop: int) -> bool:
    """Whether the list items of the run that ends at ``earlier[stop - 1]`` end their sentences."""
    ended = total = 0
    for index in range(stop - 1, -1, -1):
        para = earlier[index]
        if para.marker is None:
            break
        total += 1
        ended += _ends_sentence(para.last_text())
    return total == 0 or ended * 2 >= total


def _preambular_start(text: str) -> bool:
    """Whether a paragraph opens like a preambular paragraph: ``recalling``, ``deeply concerned``.

    Declarations and resolutions start each preambular paragraph with a participle,
    often after an adverb, and end it with a comma; such a paragraph after a blank line
    is a new paragraph even in lower case.
    """
    words = [w.strip(_EDGE_PUNCT).casefold() for w in text.split(None, 3)[:3]]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0] in _PREAMBULAR_LEADS and len(words) > 1:
        words = words[1:]
    for word in words[:2]:
        if len(word) > 4 and word.endswith(("ing", "ed")) and word.isalpha():
            return True
        if not (word.endswith("ly") and word.isalpha()):
            return False
    return False


def _continues(previous: _Para, para: _Para, done: list[_Para], width: float) -> bool:
    """Whether ``para`` continues ``previous`` (the last of ``done``) across a blank line or a page break.

    A blank line is a strong break: the two are taken for halves of one sentence only on
    strong evidence that the sentence was cut. That is a last word that cannot end a
    sentence (``the``, ``of``, a hyphenated half), or a lower-case next part that is not a
    preambular paragraph of its own, after a page break or a full-width line. A line ending
    in a comma is no such evidence by itself: preambular paragraphs all end in one. The
    paragraphs before ``previous`` tell a list's style.
    """
    if para.marker is not None or previous.piece is not None:
        return False
    tail = previous.last_text()
    head = para.first_text()
    if not tail or not head:
        return False
    if para.tight:
        # Only furniture between two lines, no blank line: the page cut the paragraph
        # unless the line before stops short where the next word would have fitted.
        return not _deliberate_break(previous.lines[-1], para.lines[0], width, in_item=previous.marker is not None)
    if _ends_sentence(tail):
        return False
    words = _word_count(" ".join(line.stripped for line in previous.lines))
    last = _last_word(tail).casefold()
    cut_word = (tail.endswith("-") and tail[-2:-1].isalpha()) or last in _FUNCTION_WORDS
    dangling = cut_word or tail.endswith(",")
    if previous.marker is not None and not dangling and not _list_runs_punctuated(done, len(done) - 1):
        return False  # items of a list written without final stops
    at_page = para.gap == "page"
    # A long last line: the writer did not end the paragraph there (unwrapped text has
    # long lines throughout, hence the fixed bound beside the wrap width).
    full_line = len(tail) >= 60 or (width >= 40 and len(tail) >= 0.85 * width)
    if head[0].islower():
        if cut_word:
            return True
        if _preambular_start(head):
            return False
        return at_page or (full_line and words >= 4)
    if cut_word and words >= 4:
        return True
    if tail.endswith(","):
        if not at_page:
            return False  # two capitalised paragraphs, a comma and a blank line: two paragraphs
        first = _first_word(head).strip(_EDGE_PUNCT).casefold()
        return full_line and words >= 8 and first not in _FUNCTION_WORDS and first not in _SENTENCE_OPENERS and not _preambular_start(head)
    if words >= 8 and len(para.lines) == 1 and _word_count(head) <= 3 and _ends_sentence(head) and head[-1] != ":":
        return True  # the last words of a sentence spilled onto the next line or page
    return at_page and words >= 8 and _word_count(head) >= 4


def _drop_stray_headers(paras: list[_Para]) -> list[_Para]:
    """Take out a short line at a page top that cuts a sentence in two: a running header.

    Headers that repeat are found by :func:`_mark_running_headers`; this finds the one
    printed on a single page (a two-page document, a header left off page one).
    """
    out: list[_Para] = []
    index = 0
    while index < len(paras):
        para = paras[index]
        if (
            out
            and para.gap == "page"
            and para.marker is None
            and len(para.lines) == 1
            and index + 1 < len(paras)
            and not _ends_sentence(out[-1].last_text())
            and _word_count(para.last_text()) <= 12
            and not _ends_sentence(para.last_text())
            and paras[index + 1].marker is None
            and paras[index + 1].first_text()[:1].islower()
        ):
            para.lines[0].kind = "page_header"
            paras[index + 1].gap = "page"
            index += 1
            continue
        out.append(para)
        index += 1
    return out


def _footnote_like(para: _Para) -> bool:
    if para.marker is not None or para.piece is not None:
        return False
    return _FOOTNOTE.match(para.lines[0].stripped) is not None


def _drop_footnotes(paras: list[_Para]) -> list[_Para]:
    """Take out footnotes: numbered notes at the foot of a page, just before its break.

    A note starts with its number and a space (``1 See resolution 2231``), not with a
    list marker; only paragraphs right before a known page break are considered, so that
    a clause cut by the break joins its other half across the notes.
    """
    dropped: set[int] = set()
    for index in range(1, len(paras)):
        if paras[index].gap != "page":
            continue
        back = index - 1
        while back > 0 and back not in dropped and _footnote_like(paras[back]):
            dropped.add(back)
            for line in paras[back].lines:
                line.kind = "footnote"
            back -= 1
    if not dropped:
        return paras
    return [para for index, para in enumerate(paras) if index not in dropped]


def _rejoin(paras: list[_Para], width: float) -> list[_Para]:
    out: list[_Para] = []
    for para in _drop_stray_headers(_drop_footnotes(paras)):
        if out and para.gap != "none" and _continues(out[-1], para, out, width):
            out[-1].lines.extend(para.lines)
            out[-1].tags.append("rejoined")
        else:
            out.append(para)
    return out


def _split_dateline(stripped: str) -> int | None:
    """Where a heading and a place/date line written on one line part, as an offset.

    The split falls at a run of two or more spaces with a short tail that holds a date;
    after an ALL-CAPS head, the tail must be the first not-all-caps word on.
    """
    runs = list(_DOUBLE_SPACE.finditer(stripped))
    if not runs:
        return None
    all_caps_head = False
    for run in runs:
        head = stripped[: run.start()].rstrip()
        tail = stripped[run.end() :].strip()
        if not head or not tail or _word_count(tail) > 8 or head[-1] in ",:;-–":
            continue
        letters = [c for c in head if c.isalpha()]
        all_caps_head = bool(letters) and all(c.isupper() for c in letters)
        first = _first_word(tail)
        if not (first[0].isupper() or first[0].isdigit()) or not has_date(tail):
            continue
        if all_caps_head:
            if any(c.islower() for c in first):
                return run.end()
            continue
    if not all_caps_head:
        for run in reversed(runs):
            head = stripped[: run.start()].rstrip()
            tail = stripped[run.end() :].strip()
            if head and tail and "," in tail and _word_count(tail) <= 6 and has_date(tail) and tail[0].isupper() and not has_date(head):
                return run.end() if _title_like(head) else None
    return None


def _title_like(text: str) -> bool:
    """Whether ``text`` is written like a title: most words capitalised, no sentence end."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words or len(words) > 25 or _ends_sentence(text) or _last_word(text).casefold() in _FUNCTION_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    minor = sum(1 for w in words if w.casefold() in _FUNCTION_WORDS)
    return capitalised * 10 >= (len(words) - minor) * 8


def _place_like(text: str) -> bool:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or _word_count(text) > 6:
        return False
    return all(p[:1].isupper() for p in parts if p)


def _single_line_kind(text: str) -> str:
    if not text:
        return "paragraph"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and _word_count(text) <= 20 and all(c.isupper() for c in letters) and not has_date(text):
        return "heading"  # an ALL CAPS line, final stop or not
    if _word_count(text) <= 15 and len(text) <= 150 and text[-1] not in ".!?;,:":
        date = first_date(text)
        if date is not None:
            after = text[date.end() :].strip()
            if after[:1].isalpha() and "," not in text:
                return "heading"  # "1 November 1993 Decisions": a heading that names a date
            return "line"
        if _place_like(text):
            return "line"
        colon = text.find(":")
        if 0 < colon < len(text) - 1 and any(c.isdigit() for c in text):
            return "line"
        return "heading"
    return "paragraph"


def _split_pieces(paras: list[_Para]) -> list[_Para]:
    out: list[_Para] = []
    for para in paras:
        if para.marker is None and len(para.lines) == 1 and len(para.lines[0].raw) <= 300:
            line = para.lines[0]
            cut = _split_dateline(line.stripped)
            if cut is not None:
                base = line.content_start
                head_end = base + len(line.stripped[:cut].rstrip())
                out.append(_Para([line], gap=para.gap, piece=(base, head_end)))
                out.append(_Para([line], gap="none", piece=(base + cut, line.content_end)))
                continue
        out.append(para)
    return out


def _absorb_unmarked_items(paras: list[_Para]) -> None:
    """Treat blocks after a list of fragments as items whose markers were lost.

    OCR drops bullets: a list of lower-case fragments without final stops often goes on
    with the same kind of lines unmarked. They are taken as items up to the first block
    that reads as a new section (a sentence starting in upper case, or a short heading
    followed by one).
    """
    index = 0
    while index < len(paras):
        if paras[index].marker is None:
            index += 1
            continue
        run_end = index
        while run_end < len(paras) and paras[run_end].marker is not None and paras[run_end].level in (None, 1):
            run_end += 1
        run = paras[index:run_end]
        fragments = sum(1 for p in run if not _ends_sentence(p.last_text()) or p.first_text()[:1].islower())
        if len(run) < 2 or fragments * 2 < len(run):
            index = max(run_end, index + 1)
            continue
        candidates: list[int] = []
        scan = run_end
        while scan < len(paras):
            para = paras[scan]
            text = para.first_text()
            if para.marker is not None or not text or para.piece is not None:
                break
            short = _word_count(" ".join(line.stripped for line in para.lines)) <= 6 and not _ends_sentence(para.last_text())
            if text[0].islower() or short:
                candidates.append(scan)
                scan += 1
                continue
            break
        while candidates and not paras[candidates[-1]].first_text()[0].islower():
            candidates.pop()
        for i in candidates:
            paras[i].kind = "list_item"
            paras[i].level = 1
            paras[i].tags.append("unmarked")
        index = max(run_end, index + 1) + len(candidates)


def _other_reading(marker: Marker) -> str | None:
    """The other style of a one-letter marker that is both a letter and a roman numeral."""
    letters = [c for c in marker.text if c.isalpha()]
    if len(letters) != 1 or letters[0].lower() not in "ivxlc":
        return None
    for first, second in (("alpha-", "roman-"), ("roman-", "alpha-")):
        if marker.style.startswith(first):
            return second + marker.style[len(first) :]
    return None


def _set_levels(paras: list[_Para]) -> None:
    stack: list[tuple[str, int]] = []
    for para in paras:
        if para.marker is None:
            if para.kind != "list_item":
                stack = []
            continue
        style = para.marker.style
        indent = para.lines[0].indent
        styles = [s for s, _ in stack]
        alternative = _other_reading(para.marker)
        if style not in styles and alternative in styles:
            style = alternative  # "(i)" after "(h)", "(v)" after "(iv)"
        position = next((i for i, (s, _) in enumerate(stack) if s == style), None)
        if position is not None:
            del stack[position + 1 :]
        else:
            while stack and indent < stack[-1][1] - 1:
                stack.pop()
            stack.append((style, indent))
            position = len(stack) - 1
        para.level = position + 1
        para.kind = "list_item"


def _multi_line_kind(para: _Para, *, before_body: bool) -> str:
    """A title wrapped over several lines is a heading: ALL CAPS, or short lines at the top."""
    lines = [line.stripped for line in para.lines]
    joined = " ".join(lines)
    if _word_count(joined) > 30 or joined[-1] in ".!?;:,":
        return "paragraph"
    letters = [c for c in joined if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "heading"
    if before_body and len(lines) <= 3 and all(len(line) <= 80 for line in lines):
        words = [w for w in joined.split() if w[:1].isalpha()]
        capitalised = sum(1 for w in words if w[0].isupper() or w.casefold() in _FUNCTION_WORDS)
        if words and capitalised == len(words):
            return "heading"
    return "paragraph"


def _set_kinds(paras: list[_Para], text: str) -> None:
    seen_body = False
    for para in paras:
        if para.marker is not None:
            para.kind = "list_item"
            seen_body = True
            continue
        if para.kind == "list_item":
            seen_body = True
            continue
        if para.piece is not None:
            piece = clean_inline(text[para.piece[0] : para.piece[1]])
            kind = _single_line_kind(piece)
        elif len(para.lines) == 1:
            single = clean_inline(para.lines[0].stripped)
            kind = _single_line_kind(single)
            if is_document_symbol(single):
                # A reference number, not a heading: titles must not take it in.
                kind = "line"
                para.tags.append("document_symbol")
        else:
            kind = _multi_line_kind(para, before_body=not seen_body)
        para.kind = kind
        if kind == "heading":
            para.level = 1 if not seen_body else 2
        elif kind == "paragraph":
            seen_body = True
    _demote_orphan_headings(paras)


def _demote_orphan_headings(paras: list[_Para]) -> None:
    """A short line in the body that heads nothing (a signature, a name) is a line.

    A heading after the body has begun must be followed by a paragraph, a list item or
    another heading that is.
    """
    heads_something = False
    for para in reversed(paras):
        if para.kind in ("paragraph", "list_item"):
            heads_something = True
        elif para.kind == "heading":
            if para.level == 2 and not heads_something:
                para.kind = "line"
                para.level = None
        else:
            heads_something = False


class _Vocabulary:
    """The document's words, to decide whether a line-end hyphen is part of the word."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None
        self._compounds: set[str] | None = None

    def knows(self, word: str) -> bool:
        if self._words is None:
            self._words = {w.casefold() for w in _WORD.findall(self._text)}
        return word.casefold() in self._words

    def knows_compound(self, word: str) -> bool:
        if self._compounds is None:
            self._compounds = {w.casefold() for w in _COMPOUND.findall(self._text)}
        return word.casefold() in self._compounds


def _join_lines(parts: list[str], vocabulary: _Vocabulary) -> str:
    pieces: list[str] = []
    for part in parts:
        if not part:
            continue
        if not pieces:
            pieces.append(part)
            continue
        last = pieces[-1]
        if last.endswith("-") and len(last) >= 2 and last[-2].isalpha() and not part[0].isspace():
            head = _word_tail(last[:-1])
            if not _keeps_hyphen(head, part, vocabulary):
                pieces[-1] = last[:-1]
            pieces.append(part)
        elif last.endswith(("—", "–")) and not last.endswith((" —", " –")):
            pieces.append(part)
        else:
            pieces.append(" ")
            pieces.append(part)
    return "".join(pieces)


def _keeps_hyphen(head: str, part: str, vocabulary: _Vocabulary) -> bool:
    """Whether the hyphen that ends a line belongs to the word ``head`` + ``part`` starts.

    The document's own usage decides first: a compound written whole elsewhere
    (``sub-regional``) keeps its hyphen, a word written closed up elsewhere loses it.
    Otherwise a hyphen before a capital or a figure (``Asia-Pacific``, ``COVID-19``)
    stays, as does one after an acronym (``AU-led``) or before a usual second half of a
    compound (``high-level``, ``long-term``), and one after a prefix that English
    hyphenates (``self-``, ``non-``, and ``de-``, ``re-``, ``co-`` … before the letter
    they end with: ``de-escalate``, ``co-operation``; ``post-``, ``anti-`` before a
    vowel). Any other hyphen was the wrapping's (``imple-/mentation``) and goes.
    """
    first = part[0]
    if not first.isalpha():
        return first.isdigit()
    if first.isupper():
        return True
    tail = _word_head(part)
    if vocabulary.knows_compound(head + "-" + tail):
        return not vocabulary.knows(head + tail)
    if vocabulary.knows(head + tail) and len(head + tail) > 4:
        return False
    if len(head) >= 2 and head.isupper():
        return True  # "AU-led", "UN-brokered": acronyms are not broken inside
    if tail.casefold() in _COMPOUND_SECONDS:
        return True  # "high-level", "long-term", "community-led"
    prefix = head.casefold()
    if prefix in _ALWAYS_HYPHENATED:
        return True
    if prefix in _HYPHENATED_BEFORE_SAME_LETTER and prefix[-1] == first.casefold():
        return True
    return prefix in _HYPHENATED_BEFORE_VOWEL and first.casefold() in "aeiou"


def _word_tail(text: str) -> str:
    match = _TRAILING_WORD.search(text[-60:])
    return match.group(0) if match else ""


def _word_head(text: str) -> str:
    match = _WORD.match(text)
    return match.group(0) if match else ""


_NOTE_NUMBER = re.compile(r"(\d{1,3})\s")
# A note's number set on the word it annotates: "Climate Change6", "the Paris Agreement,7".
_NOTE_MARK = re.compile(r"([a-z][)”’\"]?|[a-z\d],)(\d{1,3})(?=[\s,.;:)]|$)")


def _note_numbers(lines: list[Line]) -> frozenset[int]:
    """The numbers of the footnotes the pages carry ("1 Resolution 79/233, annex")."""
    numbers = set()
    for line in lines:
        if line.kind == "footnote":
            match = _NOTE_NUMBER.match(line.stripped)
            if match is not None:
                numbers.add(int(match.group(1)))
    return frozenset(numbers)


def _strip_note_marks(body: str, notes: frozenset[int]) -> str:
    """Take footnote numbers off the words they are set on, as a reader skips them.

    Only the numbers of notes the document prints count, and only where they touch a
    lower-case word or its comma: "COP21" and "G20" keep their figures.
    """

    def keep(match: re.Match[str]) -> str:
        return match.group(1) if int(match.group(2)) in notes else match.group(0)

    return _NOTE_MARK.sub(keep, body)


def _para_text(para: _Para, text: str, vocabulary: _Vocabulary) -> tuple[str, declkit.Span]:
    if para.piece is not None:
        start, end = para.piece
        return clean_inline(text[start:end]), declkit.Span(start, end)
    parts: list[str] = []
    for number, line in enumerate(para.lines):
        body = line.stripped
        if number == 0:
            body = body[para.text_offset :]
        parts.append(clean_inline(body))
    span = declkit.Span(para.lines[0].content_start, para.lines[-1].content_end)
    return _join_lines(parts, vocabulary), span


def _residue_from_lines(lines: Iterable[Line], pages_known: bool) -> list[declkit.Block]:
    out = []
    for line in lines:
        if line.kind in ("blank", "soft_blank", "content", "marker_only"):
            continue
        out.append(
            declkit.Block(
                text=" ".join(line.stripped.split()),
                span=declkit.Span(line.content_start, line.content_end),
                kind=line.kind,
                page=line.page if pages_known else None,
            )
        )
    return out


def build_blocks(text: str, start: int = 0) -> TextLayout:
    """Lay out ``text[start:]`` (PDF-derived text) as content blocks and residue.

    Args:
        text: the whole document text; spans index it.
        start: where the body starts (after front matter).
    """
    lines = [line for line in split_text_lines(text) if line.start >= start]
    pages_by_feed = max((line.page for line in lines), default=1)
    _classify_lines(lines)
    _mark_running_headers(lines, pages_by_feed)
    _mark_letterhead(lines)
    _mark_disclaimers(lines)
    pages_known = _assign_pages(lines, pages_by_feed)
    _soften_double_spacing(lines)
    width = _wrap_width(lines)
    paras = _group_paragraphs(lines, width)
    paras = _rejoin(paras, width)
    paras = _split_pieces(paras)
    _set_levels(paras)
    _set_kinds(paras, text)
    _absorb_unmarked_items(paras)
    vocabulary = _Vocabulary(text)
    notes = _note_numbers(lines)
    blocks: list[declkit.Block] = []
    for para in paras:
        body, span = _para_text(para, text, vocabulary)
        if notes:
            body = _strip_note_marks(body, notes)
        if not body:
            continue
        blocks.append(
            declkit.Block(
                text=body,
                span=span,
                kind=para.kind,
                level=para.level,
                marker=para.marker.text if para.marker else None,
                page=para.lines[0].page if pages_known else None,
                tags=tuple(dict.fromkeys(para.tags)),
            )
        )
    residue = _residue_from_lines(lines, pages_known)
    return TextLayout(blocks=blocks, residue=residue, pages_known=pages_known)
