"""Units, list markers and the clause structure of a declaration.

A *unit* is a paragraph or list item with its marker read off. Parsers that clean
their layout give one unit per block; raw paragraphs are split where a line starts
with a list marker. The structure is found from the markers alone: the longest
consistent run of one marker family is the top level, other markers inside it are
sub-clauses, and paragraphs cut by a page or column break are joined back.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

import attrs

from .._layout import Layout
from .._model import Block
from ._text import collapse, is_noise, strip_emphasis, word_count

__all__ = ["Clauses", "Item", "Unit", "detect_marker", "find_clauses", "make_units"]

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_VALUE = {word: index + 1 for index, word in enumerate(_ORDINAL_WORDS)}
_ORDINAL_VALUE.update({word + "ly": index + 1 for index, word in enumerate(_ORDINAL_WORDS[:12])})
_ORDINAL_VALUE["lastly"] = 0
_ORDINAL_VALUE["finally"] = 0

_BULLETS = {
    "-": "-",
    "–": "-",
    "—": "-",
    "•": "•",
    "●": "•",
    "▪": "▪",
    "■": "▪",
    "◦": "◦",
    "○": "◦",
    "*": "*",
    "·": "•",
    "➢": "➢",
    "►": "➢",
    "▶": "➢",
    "✓": "✓",
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf076": "➢",
    "\uf0d8": "➢",
    "â€¢": "•",
    "ï‚·": "•",
    "ï‚§": "▪",
    ".": ".",
}
_BULLET_RE = re.compile(r"(â€¢|ï‚·|ï‚§|[-–—•●▪■◦○*·➢►▶✓\uf0b7\uf0a7\uf076\uf0d8]|\.(?=\s))\s+")
_NUMBER_RE = re.compile(r"(\d{1,3})([.)])(?=\s)\s*")
_PAREN_NUMBER_RE = re.compile(r"\((\d{1,3})\)\s*")
_ALPHA_RE = re.compile(r"\(([a-z])\)\s*|([a-z])[.)](?=\s)\s*")
_ROMAN_RE = re.compile(r"\(([ivxl]{1,6})\)\s*|([ivxl]{1,6})[.)](?=\s)\s*")
_UPPER_ROMAN_RE = re.compile(r"([IVXL]{1,6})[.)](?=\s)\s*")
_UPPER_ALPHA_RE = re.compile(r"\(([A-Z])\)\s*|([A-Z])[.)](?=\s)\s*")
_DECIMAL_RE = re.compile(r"(\d{1,3})\.(\d{1,3})\.?(?=\s)\s*")
_ORDINAL_NUMBER_RE = re.compile(r"(\d{1,2})(st|nd|rd|th)\b\s*([:.,)–-])?\s*")
_ORDINAL_WORD_RE = re.compile(r"([A-Z][a-z]{3,12})\s*([:,.;]|\s[-–—])\s*")
_ARTICLE_RE = re.compile(r"(Article|ARTICLE|Art\.)\s+(\d{1,3}|[IVXL]{1,6})\b\s*[.:–-]?\s*")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(value: str) -> int:
    total = 0
    previous = 0
    for char in reversed(value.lower()):
        digit = _ROMAN_VALUES[char]
        total = total - digit if digit < previous else total + digit
        previous = max(previous, digit)
    return total


@attrs.frozen(kw_only=True)
class Marker:
    """A list marker read at the start of a unit."""

    #: The label as written, without trailing colon or comma (``"1st"``, ``"3."``, ``"(a)"``).
    label: str
    #: The marker family (``"bullet:-"``, ``"number."``, ``"ordinal"`` …).
    family: str
    #: Position the marker states (3 for ``"3."`` or ``"Third"``), ``None`` for bullets.
    value: int | None
    #: Characters the marker takes up at the start of the text.
    length: int
    #: Whether the marker is a word of the sentence and stays in the clause text.
    keep: bool = False


def detect_marker(text: str) -> Marker | None:
    """Read a list marker at the start of ``text`` (already stripped of indentation).

    >>> detect_marker("1st: Appreciating").label
    '1st'
    >>> detect_marker("First, we resolve").keep
    True
    >>> detect_marker("The end") is None
    True
    """
    if not text:
        return None
    match = _ARTICLE_RE.match(text)
    if match:
        number = match.group(2)
        value = int(number) if number.isdigit() else _roman(number)
        return Marker(label=f"Article {number}", family="article", value=value, length=match.end())
    match = _ORDINAL_NUMBER_RE.match(text)
    if match and (match.group(3) or match.end() < len(text)):
        return Marker(
            label=match.group(1) + match.group(2), family="ordinal", value=int(match.group(1)), length=match.end()
        )
    match = _ORDINAL_WORD_RE.match(text)
    if match and match.group(1).lower() in _ORDINAL_VALUE:
        word = match.group(1)
        punct = match.group(2).strip()
        keep = punct in {",", "", "-", "–", "—"} and punct != ":"
        return Marker(
            label=word,
            family="ordinal",
            value=_ORDINAL_VALUE[word.lower()],
            length=0 if keep else match.end(),
            keep=keep,
        )
    match = _DECIMAL_RE.match(text)
    if match:
        return Marker(label=match.group(0).strip(), family="decimal", value=int(match.group(2)), length=match.end())
    match = _UPPER_ROMAN_RE.match(text)
    if match and (len(match.group(1)) > 1 or match.group(1) in {"I", "V", "X"}) and match.group(1) != "L":
        return Marker(label=match.group(0).strip(), family="ROMAN", value=_roman(match.group(1)), length=match.end())
    match = _UPPER_ALPHA_RE.match(text)
    if match and (match.group(1) or match.group(2)):
        letter = match.group(1) or match.group(2)
        family = "(ALPHA)" if match.group(1) else "ALPHA"
        return Marker(label=match.group(0).strip(), family=family, value=ord(letter) - 64, length=match.end())
    match = _NUMBER_RE.match(text)
    if match:
        return Marker(
            label=match.group(1) + match.group(2),
            family="number" + match.group(2),
            value=int(match.group(1)),
            length=match.end(),
        )
    match = _PAREN_NUMBER_RE.match(text)
    if match:
        return Marker(label=f"({match.group(1)})", family="(number)", value=int(match.group(1)), length=match.end())
    match = _ROMAN_RE.match(text)
    if match and (match.group(1) or match.group(2)) not in {"l"}:
        roman = match.group(1) or match.group(2)
        if len(roman) > 1 or roman in {"i", "v", "x"}:
            label = match.group(0).strip()
            return Marker(label=label, family="roman", value=_roman(roman), length=match.end())
    match = _ALPHA_RE.match(text)
    if match:
        letter = match.group(1) or match.group(2)
        family = "(alpha)" if match.group(1) else "alpha"
        return Marker(label=match.group(0).strip(), family=family, value=ord(letter) - 96, length=match.end())
    match = _BULLET_RE.match(text)
    if match:
        symbol = match.group(1)
        return Marker(label=symbol, family="bullet:" + _BULLETS.get(symbol, symbol), value=None, length=match.end())
    for mojibake in ("\uf0b7", "\uf0a7"):
        if text.startswith(mojibake):
            return Marker(label=mojibake, family="bullet:•", value=None, length=len(mojibake))
    return None


@attrs.frozen(kw_only=True)
class Unit:
    """A paragraph, heading or list item of the content, with its marker read off."""

    #: Offsets of the unit in the layout text, marker included.
    start: int
    end: int
    #: The text without marker and emphasis, whitespace collapsed.
    text: str
    #: The marker, if the unit starts with one.
    marker: Marker | None = None
    #: Whether the unit is a heading (heading block, Markdown ``#``, or a bold line).
    heading: bool = False
    #: List depth the parser gave, if any.
    level: int | None = None
    #: The block the unit comes from.
    block: Block | None = None
    #: Whether the unit is the whole of its block.
    whole: bool = True


_ESCAPED_MARKER = re.compile(r"^(\d{0,3})\\([.)*+-])")
_HEADING_MARK = re.compile(r"#{1,6}\s+")


def _clean(raw: str) -> tuple[str, bool]:
    """Return the unit text without emphasis or heading marks, and whether it was bold or a heading."""
    # Markdown converters escape list markers they did not mean as lists ("1\\.", "\\-").
    body = _ESCAPED_MARKER.sub(r"\1\2", raw.strip())
    heading = False
    match = _HEADING_MARK.match(body)
    if match:
        body = body[match.end() :]
        heading = True
    squeezed = collapse(body)
    if squeezed.startswith("**") and squeezed.rstrip(".").endswith("**") and word_count(squeezed) <= 40:
        heading = True
    return collapse(strip_emphasis(body)), heading


def _unit(text: str, start: int, end: int, block: Block | None, whole: bool) -> Unit | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    cleaned, heading = _clean(text[start:end])
    marker: Marker | None = None
    if block is not None and block.marker and whole:
        written = block.marker.strip()
        # Parsers may give a bare "3" or "b" for "3." or "b)".
        bare = written + "." if written.isalnum() and len(written) <= 4 else written
        marker = (
            detect_marker(written + " x")
            or detect_marker(bare + " x")
            or Marker(label=written, family="bullet:" + written, value=None, length=0)
        )
        marker = attrs.evolve(marker, label=written)
        inner = detect_marker(cleaned)
        if inner is not None and inner.label == marker.label and not inner.keep:
            cleaned = cleaned[inner.length :]
        marker = attrs.evolve(marker, length=0)
    else:
        marker = detect_marker(cleaned)
        if marker is not None:
            cleaned = cleaned[marker.length :]
    if (
        block is not None
        and whole
        and block.text
        and block.kind != "heading"
        and not (block.marker is None and marker is not None)
    ):
        # The parser's text is already free of page furniture (a page number inside a
        # clause, a running header) that the raw span still holds.
        cleaned = collapse(strip_emphasis(block.text))
        inner = detect_marker(cleaned)
        if inner is not None and marker is not None and inner.label == marker.label and not inner.keep:
            cleaned = cleaned[inner.length :]
    heading = heading or (block is not None and block.kind == "heading" and whole)
    level = block.level if block is not None and block.kind == "list_item" else None
    return Unit(
        start=start,
        end=end,
        text=cleaned.strip(),
        marker=marker,
        heading=heading,
        level=level,
        block=block,
        whole=whole,
    )


_LINE_END = re.compile(r"[.:;!?\"”)]\s*(?:\*\*)?\s*$")


def _split_block(text: str, block: Block) -> list[Unit]:
    """Split a raw paragraph where a line starts with a list marker."""
    start, end = block.span.start, block.span.end
    if block.marker or block.kind == "heading" or "\n" not in text[start:end]:
        unit = _unit(text, start, end, block, True)
        return [unit] if unit else []
    cuts = [start]
    position = start
    previous = ""
    first_line = text[start : (text.find("\n", start, end) + 1 or end + 1) - 1]
    first_marker = detect_marker(_ESCAPED_MARKER.sub(r"\1\2", strip_emphasis(first_line).strip()))
    last_family = first_marker.family if first_marker is not None else None
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        line = text[position:line_end]
        stripped = _ESCAPED_MARKER.sub(r"\1\2", strip_emphasis(line).strip())
        if position > start and stripped:
            marker = detect_marker(stripped)
            prev = previous.strip()
            bullet = marker is not None and marker.family.startswith("bullet:") and marker.family != "bullet:."
            if (
                marker is not None
                and not marker.keep
                and (
                    not prev
                    or _LINE_END.search(prev)
                    or prev in {"**", "*"}
                    or (bullet and not prev.endswith(("-", "–", "—")))
                    or marker.family == last_family
                )
            ):
                cuts.append(position)
                last_family = marker.family
            elif marker is not None and marker.keep and (prev in {"**", "*", ""} or prev.endswith(":")):
                cuts.append(position)
        if line.strip():
            previous = line
        position = line_end + 1
    cuts.append(end)
    units: list[Unit] = []
    whole = len(cuts) == 2
    for left, right in itertools.pairwise(cuts):
        chunk = text[left:right]
        if strip_emphasis(chunk).strip() == "":
            continue
        unit = _unit(text, left, right, block, whole)
        if unit is not None:
            units.append(unit)
    return units


def make_units(layout: Layout) -> list[Unit]:
    """Every content unit of ``layout`` in reading order."""
    units: list[Unit] = []
    for block in sorted(layout.blocks, key=lambda b: (b.span.start, b.span.end)):
        units.extend(_split_block(layout.text, block))
    return units


@attrs.frozen(kw_only=True)
class Item:
    """A clause as found: its marker unit, the units that continue it, its sub-items."""

    #: The unit that opens the clause.
    head: Unit
    #: Units that continue it (page-break halves, prose under a heading clause).
    rest: tuple[Unit, ...] = ()
    #: Sub-clauses.
    subitems: tuple[Item, ...] = ()

    @property
    def units(self) -> tuple[Unit, ...]:
        """The opening unit and its continuations."""
        return (self.head, *self.rest)

    @property
    def start(self) -> int:
        """Offset of the first character."""
        return self.head.start

    @property
    def end(self) -> int:
        """Offset one past the last character, sub-items included."""
        ends = [u.end for u in self.units] + [s.end for s in self.subitems]
        return max(ends)


@attrs.frozen(kw_only=True)
class Clauses:
    """The structure of a declaration body."""

    preamble: tuple[Unit, ...] = ()
    items: tuple[Item, ...] = ()
    closing: tuple[Unit, ...] = ()
    #: Units after the content: signatures, dateline, chrome.
    tail: tuple[Unit, ...] = ()


_SEQUENCED = {
    "number.",
    "number)",
    "(number)",
    "alpha",
    "(alpha)",
    "roman",
    "ALPHA",
    "(ALPHA)",
    "ROMAN",
    "decimal",
    "ordinal",
    "article",
}
_TERMINAL = re.compile(r"[.!?;:\"”’)]$")


def _is_continuation(previous: Unit | None, unit: Unit) -> bool:
    """Whether ``unit`` continues ``previous`` across a page or column break."""
    if previous is None or unit.marker is not None or unit.heading:
        return False
    if unit.text[:1].islower():
        return True
    return bool(previous.text) and not previous.heading and _cut_off(previous.text)


_DANGLING = frozenset("the of and a an to in for with on by or their its our from at as".split())


def _section_heading(unit: Unit) -> bool:
    """Whether a marked unit is a section heading ("III. Regional and Global Issues")."""
    marker = unit.marker
    if marker is None or marker.family not in {"ROMAN", "ALPHA", "(ALPHA)"}:
        return False
    text = unit.text
    words = text.split()
    return (
        1 <= len(words) <= 10
        and not _TERMINAL.search(text)
        and text[:1].isupper()
        and sum(1 for w in words if w[:1].isupper()) * 2 >= len(words)
    )


def _cut_off(text: str) -> bool:
    """Whether ``text`` stops mid-phrase (a page break cut it)."""
    words = text.split()
    return bool(words) and (text.endswith("-") or words[-1].lower() in _DANGLING)


def _unnumbered_first(units: Sequence[Unit], second: int, family: str) -> int | None:
    """The unmarked prose paragraph just before an item numbered 2, if it is item 1."""
    index = second - 1
    while index >= 0 and is_noise(units[index].text):
        index -= 1
    if index < 0:
        return None
    unit = units[index]
    if unit.marker is not None or unit.heading or unit.text.endswith((":", ",")) or word_count(unit.text) < 8:
        return None
    if any(u.marker is not None and u.marker.family == family and u.marker.value == 1 for u in units[:second]):
        return None
    return index


def _chains(units: Sequence[Unit]) -> list[list[int]]:
    """Candidate top-level runs: index lists of units of one marker family."""
    out: list[list[int]] = []
    families: dict[str, list[int]] = {}
    for index, unit in enumerate(units):
        if unit.marker is not None:
            families.setdefault(unit.marker.family, []).append(index)
    for family, indexes in families.items():
        if family in _SEQUENCED:
            used: set[int] = set()
            for first in indexes:
                first_marker = units[first].marker
                value = first_marker.value if first_marker is not None else None
                if first in used:
                    continue
                unnumbered = (
                    _unnumbered_first(units, first, family) if value == 2 and family.startswith("number") else None
                )
                if value not in (0, 1) and unnumbered is None:
                    continue
                # Many communiqués leave their first paragraph unnumbered and number from 2.
                chain = [unnumbered, first] if unnumbered is not None else [first]
                expected = 3 if unnumbered is not None else 2
                for index in indexes:
                    if index <= chain[-1]:
                        continue
                    marker = units[index].marker
                    if marker is not None and marker.value == expected:
                        chain.append(index)
                        expected += 1
                    elif marker is not None and marker.value == 1:
                        break
                used.update(chain)
                out.append(chain)
        else:
            chain = [indexes[0]]
            for index in indexes[1:]:
                between = units[chain[-1] + 1 : index]
                # Section headings may divide one list ("**Trade**" then more bullets).
                if all(
                    u.marker is not None or u.heading or _is_continuation(units[k - 1], u) or is_noise(u.text)
                    for k, u in enumerate(between, chain[-1] + 1)
                ):
                    chain.append(index)
                else:
                    out.append(chain)
                    chain = [index]
            out.append(chain)
    return out


def _outermost(units: Sequence[Unit], chains: list[list[int]]) -> list[list[int]]:
    """The runs that are not nested in another run (sub-lists start inside their parent)."""
    levels = [min(units[i].level or 0 for i in c) for c in chains if all(units[i].level is not None for i in c)]
    if levels:
        # The parser told list depths: the top level is the shallowest.
        top = min(levels)
        chains = [c for c in chains if any(units[i].level in (None, top) for i in c)]
    return [c for c in chains if not any(other is not c and other[0] < c[0] < other[-1] for other in chains)]


def _item_like(units: Sequence[Unit], index: int) -> bool:
    """Whether an unmarked unit after a colon is still an item of that list.

    Items of such lists are phrases, not sentences: they start in lower case or are
    short and unpunctuated. A short line followed by prose is the heading of the next
    section, not an item.
    """
    unit = units[index]
    if unit.heading or unit.text.endswith(":"):
        return False
    if unit.text[:1].islower():
        return word_count(unit.text) <= 60
    if word_count(unit.text) > 12 or _TERMINAL.search(unit.text):
        return False
    following = index + 1
    while following < len(units) and is_noise(units[following].text):
        following += 1
    if following >= len(units):
        return True
    nxt = units[following]
    return (
        nxt.marker is not None
        or nxt.text[:1].islower()
        or (word_count(nxt.text) <= 12 and not _TERMINAL.search(nxt.text))
    )


def _extend_after_colon(units: Sequence[Unit], chain: list[int]) -> list[int]:
    """Add the unmarked items that a list introduced by a colon goes on with."""
    before = chain[0] - 1
    if before < 0 or not units[before].text.rstrip().endswith(":"):
        return chain
    head_marker = units[chain[0]].marker
    family = head_marker.family if head_marker is not None else None
    if family in _SEQUENCED or any(word_count(units[i].text) > 40 for i in chain):
        return chain
    extended = list(chain)
    index = chain[-1] + 1
    while index < len(units):
        unit = units[index]
        if is_noise(unit.text):
            index += 1
            continue
        if unit.marker is not None and unit.marker.family == family:
            extended.append(index)
        elif unit.marker is None and _item_like(units, index) and not _cut_off(units[extended[-1]].text):
            extended.append(index)
        else:
            break
        index += 1
    # Capitalised lines after the last lower-case item are more likely names (signatories)
    # or headings than items of the list.
    while (
        len(extended) > len(chain) and units[extended[-1]].marker is None and not units[extended[-1]].text[:1].islower()
    ):
        extended.pop()
    return extended


_OPERATIVE = re.compile(
    r"\b(?:agreed?|decided?|resolved?|declared?|adopted?|commit(?:ted)?|affirm(?:ed)?|following|as follows|were|are|include[sd]?)\b[^.]{0,80}:\s*$",
    re.IGNORECASE,
)


def _plain_chain(units: Sequence[Unit], tail_test: Callable[[Sequence[Unit], int], bool]) -> list[int]:
    """Clauses without markers: the items or paragraphs after an operative colon."""
    for index, unit in enumerate(units[:-1]):
        if not _OPERATIVE.search(unit.text):
            continue
        chain: list[int] = []
        position = index + 1
        while position < len(units) and is_noise(units[position].text):
            position += 1
        listing = position < len(units) and _item_like(units, position)
        while position < len(units) and not tail_test(units, position):
            if is_noise(units[position].text):
                position += 1
                continue
            if listing and not (units[position].marker is None and _item_like(units, position)):
                break
            chain.append(position)
            position += 1
        if len(chain) >= 2:
            return chain
    return []


def find_clauses(units: Sequence[Unit], is_tail: Callable[[Sequence[Unit], int], bool] | None = None) -> Clauses:
    """Split body ``units`` (header removed) into preamble, clauses, closing and tail.

    Args:
        units: the content units after the header.
        is_tail: a callable ``(units, index) -> bool`` saying where the signatures,
            dateline or page chrome begin; ``None`` means never.
    """
    tail_test: Callable[[Sequence[Unit], int], bool] = (
        is_tail if is_tail is not None else (lambda _units, _index: False)
    )
    chains = [_extend_after_colon(units, chain) for chain in _chains(units)]
    chains = [chain for chain in chains if len(chain) >= 2]
    chain: list[int] = max(_outermost(units, chains), key=lambda c: (len(c), -c[0]), default=[])
    if not chain:
        chain = _plain_chain(units, tail_test)
    if not chain:
        stop = next((i for i in range(len(units)) if tail_test(units, i)), len(units))
        body = tuple(u for u in units[:stop] if not is_noise(u.text))
        return Clauses(preamble=body, tail=tuple(units[stop:]))
    top_marker = units[chain[0]].marker
    top_family = top_marker.family if top_marker is not None else None
    preamble = tuple(u for u in units[: chain[0]] if not is_noise(u.text))
    # Prose paragraphs between items: the items are sections that own their prose.
    gaps_with_prose = 0
    for left, right in itertools.pairwise(chain):
        between = units[left + 1 : right]
        if any(
            u.marker is None and not u.heading and not is_noise(u.text) and not _is_continuation(units[left], u)
            for u in between
        ):
            gaps_with_prose += 1
    sections = len(chain) > 1 and gaps_with_prose * 2 >= len(chain) - 1
    items: list[Item] = []
    last_index = chain[-1]
    stop = len(units)
    for index in range(last_index + 1, len(units)):
        if tail_test(units, index):
            stop = index
            break
    for position, head_index in enumerate(chain):
        if position + 1 < len(chain):
            upper = chain[position + 1]
        else:
            upper = last_index + 1
            # The last item keeps its continuations (and, for sections, its prose).
            previous = units[last_index]
            while upper < stop:
                unit = units[upper]
                if is_noise(unit.text):
                    upper += 1
                    continue
                owned = (
                    (sections and unit.marker is None)
                    or (unit.marker is not None and unit.marker.family != top_family)
                    or _is_continuation(previous, unit)
                )
                if not owned:
                    break
                previous = unit
                upper += 1
        rest: list[Unit] = []
        subitems: list[Item] = []
        current_sub: Unit | None = None
        sub_rest: list[Unit] = []
        for unit in units[head_index + 1 : upper]:
            if is_noise(unit.text) or (unit.heading and unit.marker is None and not sections):
                continue
            if unit.marker is not None and unit.marker.family != top_family and _section_heading(unit):
                # "II. Economic Partnership" between numbered paragraphs heads a section, it is no sub-clause.
                continue
            if unit.marker is not None and unit.marker.family != top_family:
                if current_sub is not None:
                    subitems.append(Item(head=current_sub, rest=tuple(sub_rest)))
                current_sub, sub_rest = unit, []
            elif current_sub is not None and _is_continuation(sub_rest[-1] if sub_rest else current_sub, unit):
                sub_rest.append(unit)
            else:
                if current_sub is not None:
                    subitems.append(Item(head=current_sub, rest=tuple(sub_rest)))
                    current_sub, sub_rest = None, []
                rest.append(unit)
        if current_sub is not None:
            subitems.append(Item(head=current_sub, rest=tuple(sub_rest)))
        items.append(Item(head=units[head_index], rest=tuple(rest), subitems=tuple(subitems)))
    after = max(items[-1].end, units[last_index].end)
    closing_units: list[Unit] = []
    tail_start = stop
    for index in range(last_index + 1, stop):
        unit = units[index]
        if unit.start < after or is_noise(unit.text):
            continue
        closing_units.append(unit)
    return Clauses(preamble=preamble, items=tuple(items), closing=tuple(closing_units), tail=tuple(units[tail_start:]))
