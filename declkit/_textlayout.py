"""Layout of plain text shared by text parsers: lines, paragraphs, front matter."""

from __future__ import annotations

import re
from typing import Any

from ._model import Span

__all__ = ["read_front_matter", "split_lines", "split_paragraphs"]

_LINE = re.compile(r"[^\n]*\n?")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_FRONT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the lines of ``text[start:end]``, without their line breaks.

    >>> [ "ab\\ncd"[s.start:s.end] for s in split_lines("ab\\ncd") ]
    ['ab', 'cd']
    """
    stop = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        trimmed = line_end - 1 if line_end > pos and text[line_end - 1] == "\r" else line_end
        out.append(Span(pos, trimmed))
        pos = line_end + 1
    return out


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the blank-line-separated paragraphs of ``text[start:end]``, trimmed.

    >>> text = "One\\ntwo\\n\\n  Three\\n"
    >>> [text[s.start:s.end] for s in split_paragraphs(text)]
    ['One\\ntwo', 'Three']
    """
    out: list[Span] = []
    current: list[Span] = []
    for line in split_lines(text, start, end):
        body = text[line.start : line.end]
        if body.strip():
            lead = len(body) - len(body.lstrip())
            tail = len(body.rstrip())
            current.append(Span(line.start + lead, line.start + tail))
        elif current:
            out.append(Span(current[0].start, current[-1].end))
            current = []
    if current:
        out.append(Span(current[0].start, current[-1].end))
    return out


def read_front_matter(text: str) -> tuple[dict[str, Any], int]:
    """Read a YAML front-matter block at the start of ``text``.

    Returns the mapping (empty when there is none or it is not valid YAML) and the
    offset where the body starts (0 when there is no front matter).
    """
    opening = _FRONT.match(text)
    if not opening:
        return {}, 0
    closing = _FRONT_END.search(text, opening.end())
    if not closing:
        return {}, 0
    import yaml

    try:
        data = yaml.safe_load(text[opening.end() : closing.start()])
    except yaml.YAMLError:
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    body = closing.end()
    if body < len(text) and text[body] == "\n":
        body += 1
    return {str(k): v for k, v in data.items()}, body
