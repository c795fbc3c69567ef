"""Markdown and plain-text dumps of web pages, line by line, into blocks with spans.

The reader keeps :attr:`declkit.Layout.text` equal to the decoded input: every unit
it returns has the span of its raw evidence (markup included) and a cleaned text
(markup removed). It knows enough Markdown for page dumps made by pandoc,
html2text and scrapers: ATX and setext headings, bullet and numbered lists with
nesting, block quotes, hard line breaks, emphasis, links, images, inline HTML,
``<!-- -->`` separators and backslash escapes.
"""

from __future__ import annotations

import html
import re

import attrs

import declkit

__all__ = ["Unit", "clean_inline", "read_units", "wrap_width"]


@attrs.define
class Unit:
    """One block of a text dump before chrome is sorted out."""

    #: ``heading``, ``paragraph`` or ``list_item``.
    kind: str
    #: Start of the raw evidence in the text.
    start: int
    #: End of the raw evidence in the text.
    end: int
    #: The text without markup.
    text: str
    #: Heading level or list depth.
    level: int | None = None
    #: List marker as written.
    marker: str | None = None
    #: ``bold`` for emphasised lines, ``line`` for hard-broken lines, ``blockquote``.
    tags: tuple[str, ...] = ()
    #: Set when the unit turns out to be chrome: its residue kind.
    residue: str | None = None


_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
# Pandoc escapes a marker it does not read as a list ("1\\.", "\\(a)"); the
# backslash is markup, the marker is the page's numbering all the same.
_BULLET = re.compile(r"([ \t]*)([-*+•·▪◦‣●○■□–]|\d{1,3}\\?[.)]|\\?\(\d{1,3}\\?\)|\\?\([a-z]\\?\)|[a-z]\\?\))[ \t]+(?=\S)")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\[\]\s]{1,20}\]")
_FOOTNOTE_DEFINITION = re.compile(r" {0,3}\[\^[^\[\]\s]{1,20}\]:")
_QUOTE = re.compile(r" {0,3}>[ ]?")
_FENCE = re.compile(r" {0,3}(```|~~~)")
_FENCED_DIV = re.compile(r" {0,3}:{3,}.{0,200}")
_TABLE_ROW = re.compile(r" {0,3}\|.{0,5000}\|[ \t]*")
_TABLE_RULE = re.compile(r"[ \t|:+=-]{3,5000}")
_ATTRIBUTES = re.compile(r"\{[#.:][^{}\n]{0,200}\}")
_BRACKETED_SPAN = re.compile(r"\[([^\[\]\n]{0,500})\]\{[^{}\n]{0,200}\}")
_EMPTY_BRACKETS = re.compile(r"\[\s{0,20}\]")
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\[\]\n]{1,200}\]:[ \t]*\S{1,2000}.{0,300}")

_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\](?:\([^()\n]{0,2000}\)|\[[^\[\]\n]{0,100}\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?/?>")
_STRONG = re.compile(r"\*\*|__")
_STAR = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SPACES = re.compile(r"\s+")
_HARD_BREAK_BACKSLASH = re.compile(r"(?<!\\)\\\n")


_SHIELD = 0xF0000  # a private-use plane, never in real text
_SHIELDED = re.compile("[\U000F0000-\U000F007F]")
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol", "table", "blockquote", "section"})


def _strip_comments(text: str) -> str:
    """Remove ``<!-- … -->`` comments by scanning (an unclosed one runs to the end)."""
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(" ")
        pos = end + 3
    return "".join(out)


def _tag_space(match: re.Match[str]) -> str:
    name = match.group(0)[1:].lstrip("/").split(None, 1)[0].rstrip("/>").lower()
    return " " if name in _BLOCK_TAGS else ""


def _bold_share(raw: str) -> float:
    """Share of the letters and digits of ``raw`` that lie between ``**`` or ``__`` pairs."""
    inside = False
    bold = total = 0
    pos = 0
    for match in _STRONG.finditer(raw):
        piece = raw[pos : match.start()]
        count = sum(1 for c in piece if c.isalnum())
        total += count
        if inside:
            bold += count
        inside = not inside
        pos = match.end()
    total += sum(1 for c in raw[pos:] if c.isalnum())
    return bold / total if total else 0.0


def clean_inline(raw: str) -> str:
    """Remove inline Markdown and HTML from ``raw`` and normalise its spaces.

    >>> clean_inline("**Fourth**, **we** are *committed* to [peace](http://x.org)\\\\.")
    'Fourth, we are committed to peace.'
    """
    text = _HARD_BREAK_BACKSLASH.sub(" ", raw)
    shielded = "\\" in text
    if shielded:
        # Escaped characters are shielded from the markup rules, then restored.
        text = _ESCAPE.sub(lambda m: chr(_SHIELD + ord(m.group(1))), text)
    if "<" in text:
        text = _strip_comments(text)
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub(_tag_space, text)
    if "[" in text:
        text = _FOOTNOTE_MARK.sub("", text)
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    if "{" in text:
        text = _BRACKETED_SPAN.sub(r"\1", text)
        text = _ATTRIBUTES.sub("", text)
        text = _EMPTY_BRACKETS.sub("", text)
    text = _STRONG.sub("", text)
    if "*" in text:
        text = _STAR.sub("", text)
    if "_" in text:
        text = _UNDERSCORE.sub("", text)
    text = text.replace("`", "")
    if shielded:
        text = _SHIELDED.sub(lambda m: chr(ord(m.group(0)) - _SHIELD), text)
    if "&" in text and ";" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def _has_hard_break(line: str) -> bool:
    return line.endswith("  ") or (line.endswith("\\") and not line.endswith("\\\\"))


def _wrap_width(text: str, lines: list[declkit.Span]) -> int | None:
    """The width the dump is hard-wrapped at (so single newlines are spaces), or ``None``."""
    lengths = sorted(len(text[s.start : s.end].rstrip()) for s in lines if s.end - s.start > 20)
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 110:
        return None
    near = sum(1 for n in lengths if width - 20 <= n <= width)
    return width if near >= 0.5 * len(lengths) else None


def _sentence_ended(line: str) -> bool:
    tail = line.rstrip(" *_\t")
    return not tail or tail[-1] in ".:;!?)”\"'"


class _Reader:
    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.lines = declkit.split_lines(text, start)
        self.width = _wrap_width(text, self.lines)
        self.wrapped = self.width is not None
        self.units: list[Unit] = []
        self.paragraph: list[declkit.Span] = []
        self.item: list[declkit.Span] | None = None
        self.item_marker: tuple[str, int, int] = ("", 0, 0)
        self.list_stack: list[int] = []
        self.quote = False

    # -- emitting ------------------------------------------------------------

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        raw = self.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        return start + lead, start + len(raw.rstrip())

    def _emit(self, kind: str, start: int, end: int, *, level: int | None = None, marker: str | None = None, tags: tuple[str, ...] = (), body: str | None = None) -> None:
        start, end = self._trimmed(start, end)
        if end <= start:
            return
        raw = self.text[start:end] if body is None else body
        cleaned = clean_inline(raw)
        if _bold_share(raw) >= 0.9:
            tags = (*tags, "bold")
        self.units.append(Unit(kind=kind, start=start, end=end, text=cleaned, level=level, marker=marker, tags=tags))

    def flush(self) -> None:
        if self.item is not None:
            self._flush_item()
        if not self.paragraph:
            return
        lines = self.paragraph
        self.paragraph = []
        tags: tuple[str, ...] = ("blockquote",) if self.quote else ()
        segments: list[list[declkit.Span]] = [[]]
        for index, line in enumerate(lines):
            segments[-1].append(line)
            body = self.text[line.start : line.end]
            last = index == len(lines) - 1
            if not last and (_has_hard_break(body) or not self.wrapped or self._short_line(body)):
                segments.append([])
        pending: int | None = None
        several = len(segments) > 1
        for segment in segments:
            start, end = segment[0].start, segment[-1].end
            if pending is not None:
                start = pending
            raw = self.text[start:end]
            if not clean_inline(self._strip_quote(raw)):
                pending = start if pending is None else pending
                continue
            pending = None
            body = self._strip_quote(raw)
            self._emit("paragraph", start, end, tags=(*tags, "line") if several else tags, body=body)
        self.quote = False

    def _short_line(self, body: str) -> bool:
        """A line that stops well short of the wrap width ends its line of text.

        Wrapping fills a line up to the width; a title above its date line does not.
        """
        return self.width is not None and len(body.rstrip()) < 0.6 * self.width

    def _strip_quote(self, raw: str) -> str:
        if not self.quote:
            return raw
        return "\n".join(_QUOTE.sub("", line, count=1) for line in raw.split("\n"))

    def _flush_item(self) -> None:
        lines = self.item or []
        self.item = None
        if not lines:
            return
        marker, level, content_start = self.item_marker
        start, end = lines[0].start, lines[-1].end
        body = self.text[content_start:end]
        self._emit("list_item", start, end, level=level, marker=marker, body=body)

    # -- reading -------------------------------------------------------------

    def read(self) -> list[Unit]:
        index = 0
        blank_before = True
        while index < len(self.lines):
            line = self.lines[index]
            body = self.text[line.start : line.end]
            index += 1
            stripped = body.strip()
            if not stripped:
                self.flush()
                blank_before = True
                continue
            if stripped.startswith("<!--"):
                self.flush()
                index = self._skip_comment(index, line)
                blank_before = True
                continue
            if _FENCE.match(body):
                self.flush()
                index = self._read_fence(index, line)
                blank_before = True
                continue
            self._line(line, body, blank_before)
            blank_before = False
        self.flush()
        return self.units

    def _skip_comment(self, index: int, line: declkit.Span) -> int:
        if "-->" in self.text[line.start : line.end]:
            return index
        while index < len(self.lines):
            current = self.lines[index]
            index += 1
            if "-->" in self.text[current.start : current.end]:
                break
        return index

    def _read_fence(self, index: int, line: declkit.Span) -> int:
        first = index
        while index < len(self.lines):
            current = self.lines[index]
            index += 1
            if _FENCE.match(self.text[current.start : current.end]):
                self._emit_code(first, index - 1)
                return index
        self._emit_code(first, index)
        return index

    def _emit_code(self, first: int, stop: int) -> None:
        if stop > first:
            start, end = self.lines[first].start, self.lines[stop - 1].end
            start, end = self._trimmed(start, end)
            if end > start:
                raw = self.text[start:end]
                self.units.append(Unit(kind="paragraph", start=start, end=end, text=_SPACES.sub(" ", raw).strip(), tags=("code",)))

    def _line(self, line: declkit.Span, body: str, blank_before: bool) -> None:
        note = self.units[-1] if self.units and self.units[-1].residue == "footnote" else None
        if note is not None and not blank_before and not self.paragraph and self.item is None and body[:1] in (" ", "\t"):
            # An indented line right under a footnote definition goes on with it.
            note.end = self._trimmed(line.start, line.end)[1]
            note.text = f"{note.text} {clean_inline(body)}".strip()
            return
        heading = _ATX.match(body)
        if heading:
            self.flush()
            self.list_stack = []
            content = body[heading.end() :].rstrip().rstrip("#").rstrip()
            if content:
                self._emit("heading", line.start, line.end, level=len(heading.group(1)), body=content)
            return
        if _SETEXT.fullmatch(body) and self.paragraph and self.item is None and len(self.paragraph) <= 3:
            level = 1 if body.strip().startswith("=") else 2
            start, end = self.paragraph[0].start, line.end
            content_end = self.paragraph[-1].end
            self.paragraph = []
            self._emit("heading", start, end, level=level, body=self.text[start:content_end])
            return
        if _BREAK.fullmatch(body):
            self.flush()
            return
        if _FOOTNOTE_DEFINITION.match(body):
            self.flush()
            count = len(self.units)
            self._emit("paragraph", line.start, line.end, body=body.split(":", 1)[1])
            if len(self.units) > count:
                self.units[-1].residue = "footnote"
            return
        if _LINK_DEFINITION.fullmatch(body) or _FENCED_DIV.fullmatch(body):
            self.flush()
            return
        if _TABLE_ROW.fullmatch(body):
            self.flush()
            if not _TABLE_RULE.fullmatch(body):
                cells = [cell.strip() for cell in body.strip().strip("|").split("|")]
                self._emit("table_row", line.start, line.end, body=" | ".join(c for c in cells if c))
            return
        quote = _QUOTE.match(body)
        if quote and self.item is None:
            if not self.quote:
                self.flush()
            self.quote = True
            self.paragraph.append(line)
            return
        if self.quote:
            self.flush()
            self.quote = False
        bullet = _BULLET.match(body)
        if bullet and self._starts_item(blank_before):
            self._start_item(line, bullet)
            return
        indent = len(body) - len(body.lstrip())
        if self.item is not None:
            if not blank_before or indent >= 2:
                self.item.append(line)
                return
            self._flush_item()
        if blank_before and indent < 2:
            self.list_stack = []
        self.paragraph.append(line)

    def _starts_item(self, blank_before: bool) -> bool:
        if blank_before or self.item is not None:
            return True
        if not self.paragraph:
            return True
        last = self.paragraph[-1]
        return _sentence_ended(self.text[last.start : last.end]) or not self.wrapped

    def _start_item(self, line: declkit.Span, bullet: re.Match[str]) -> None:
        self.flush()
        indent = len(bullet.group(1).expandtabs(4))
        while self.list_stack and self.list_stack[-1] > indent:
            self.list_stack.pop()
        if not self.list_stack or self.list_stack[-1] < indent:
            self.list_stack.append(indent)
        level = len(self.list_stack)
        marker = bullet.group(2).replace("\\", "")
        self.item = [line]
        self.item_marker = (marker, level, line.start + bullet.end())


def wrap_width(text: str) -> int | None:
    """The width ``text`` is hard-wrapped at, or ``None`` when its lines run free."""
    return _wrap_width(text, declkit.split_lines(text, 0))


def read_units(text: str, start: int = 0) -> list[Unit]:
    """Read ``text[start:]`` as Markdown or plain text into units with raw spans."""
    return _Reader(text, start).read()
