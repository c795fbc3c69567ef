"""The header of a declaration: title, kind, place line and date lines.

The header is the run of short lines before the first paragraph of content. Each
line (or each segment of a line, where a PDF put several on one line with wide gaps)
is read as a date line, a place line, a line that only names the kind ("JOINT
STATEMENT"), or part of the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._model import PartialDate, Place, Span
from . import _dates, _places
from ._clauses import Unit
from ._text import (
    acronyms_in_prose,
    collapse,
    fold,
    is_all_caps,
    is_document_symbol,
    is_noise,
    strip_emphasis,
    title_case,
    unspace_letters,
    word_count,
)

__all__ = ["Header", "find_kind", "looks_like_date", "read_header", "spelled_date"]

# Kinds of declaration by the noun that heads a title, in several languages, mapped
# to the English kind. Longer phrases first so that "joint statement" beats "statement".
_KINDS: tuple[tuple[str, str], ...] = (
    ("joint declaration", "joint declaration"),
    ("declaration conjointe", "joint declaration"),
    ("declaracion conjunta", "joint declaration"),
    ("gemeinsame erklarung", "joint declaration"),
    ("communique conjoint", "joint communique"),
    ("comunicado conjunto", "joint communique"),
    ("gemensamt uttalande", "joint statement"),
    ("gemensam kommunike", "joint communique"),
    ("uttalande", "statement"),
    ("joint statement", "joint statement"),
    ("joint press statement", "joint statement"),
    ("joint communique", "joint communique"),
    ("final communique", "communique"),
    ("final declaration", "declaration"),
    ("political declaration", "declaration"),
    ("ministerial declaration", "declaration"),
    ("press statement", "statement"),
    ("chair's statement", "statement"),
    ("chairman's statement", "statement"),
    ("chair's summary", "summary"),
    ("communique", "communique"),
    ("kommunike", "communique"),
    ("communicado", "communique"),
    ("declaration", "declaration"),
    ("deklaration", "declaration"),
    ("declaracion", "declaration"),
    ("erklarung", "declaration"),
    ("statement", "statement"),
    ("resolution", "resolution"),
    ("manifesto", "manifesto"),
    ("proclamation", "proclamation"),
    ("open letter", "letter"),
    ("appeal", "appeal"),
    ("charter", "charter"),
    ("conclusions", "conclusions"),
    ("outcome document", "outcome document"),
    ("call to action", "call to action"),
    ("plan of action", "plan of action"),
    ("action plan", "action plan"),
    ("memorandum of understanding", "memorandum of understanding"),
    ("accord", "accord"),
    ("pledge", "pledge"),
)


def find_kind(title: str | None) -> tuple[str, int] | None:
    """The kind a title names by its head noun, and where that noun starts in the folded title."""
    if not title:
        return None
    folded = fold(title)
    best: tuple[int, int, str] | None = None
    for phrase, kind in _KINDS:
        match = re.search(r"\b" + re.escape(phrase) + r"s?\b", folded)
        if match and (best is None or match.start() < best[0] or (match.start() == best[0] and len(phrase) > best[1])):
            best = (match.start(), len(phrase), kind)
    return (best[2], best[0]) if best else None


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januari|februari|maj|juni|juli|augusti|oktober)\.?"
)
_DATE_LIKE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–/]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+" + _MONTHS + r"(?:,?\s+\d{4})?"
    r"|\b" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?(?:,?\s+\d{4})?"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}\s*(?:HS|SH|AH|H)\b)",
    re.IGNORECASE,
)


def looks_like_date(text: str) -> bool:
    """Whether ``text`` is little more than a date (a dateline)."""
    body = collapse(text).strip(" ,.;:/")
    if not body or word_count(body) > 12:
        return False
    rest = _DATE_LIKE.sub("", body)
    rest = re.sub(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|dated?|on|the|of)\b|[\s,./–\-]",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    return len(rest) <= max(3, len(body) // 5) and rest != body.replace(" ", "")


_PLACE_LIKE = re.compile(
    r"^[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}\s*(?:,|-|–|/)\s*[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}$"
)


# Nouns that make a line the name of a meeting, never a place line.
_GATHERING = re.compile(
    r"\b(?:forum|meeting|summit|conference|session|dialogue|talks|visit|council|assembly|consultations?)\b",
    re.IGNORECASE,
)


_DATELINE_PLACE = re.compile(r"[A-Z][\w'’.-]{1,20}(?: [A-Z][\w'’.-]{1,20}){0,3}")


def _place(text: str, start: int, end: int) -> Place | None:
    """Read ``text[start:end]`` as a place line, if it is one."""
    segment = collapse(text[start:end]).strip(" ,;")
    if not segment or word_count(segment) > 6 or any(c.isdigit() for c in segment) or _GATHERING.search(segment):
        return None
    span = Span(start, end)
    place = _places.resolve_place(segment, span)
    if place is not None and (place.country or place.city):
        if place.span is None:
            place = attrs.evolve(place, span=span)
        if place.name is None:
            place = attrs.evolve(place, name=segment)
        return place
    if _PLACE_LIKE.match(segment):
        parts = re.split(r"\s*(?:,|-|–|/)\s*", segment)
        city, country = parts[0], parts[-1]
        return Place(name=segment, city=city, country=_places.country_code(country), span=span)
    return None


@attrs.frozen(kw_only=True)
class Header:
    """What the header lines say."""

    #: The title, kind line and subtitle joined (``"Joint Statement: …"``).
    title: str | None = None
    #: Where the title is in the text.
    title_span: Span | None = None
    #: The kind the header names, if it names one.
    kind: str | None = None
    #: The place line.
    place: Place | None = None
    #: Spans of the date lines (or date parts of lines).
    date_spans: tuple[Span, ...] = ()
    #: The title without the kind line: often the name of the meeting.
    subtitle: str | None = None
    #: How many units the header takes.
    size: int = 0


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines of ``text[start:end]``, and parts of lines separated by wide gaps."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start = start + line.start()
        pieces = list(re.finditer(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)", line.group()))
        if not pieces:
            continue
        for piece in pieces:
            out.append((line_start + piece.start(), line_start + piece.end()))
    return out


def _spaced_segments(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Segments of ``text[start:end]``; a letter-spaced line is one segment, closed up."""
    out: list[tuple[int, int, str | None]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start, line_end = start + line.start(), start + line.end()
        spaced = unspace_letters(line.group())
        if spaced is not None:
            out.append((line_start, line_end, spaced))
        else:
            out.extend((a, b, None) for a, b in _segments(text, line_start, line_end))
    return out


# Labels of the release itself, not part of the title.
_RELEASE_LABEL = re.compile(
    r"^(?:(?:joint\s+)?(?:media|press|news)\s+release|for\s+immediate\s+release|embargoed\b.*|press\s+office|unofficial\s+translation|translation|original:\s*\w+|check against delivery)$"
)


# A subtitle that continues the kind line rather than naming something of its own.
_CONTINUES = re.compile(
    r"(?:of|on|from|by|following|after|at|to|for|between|among|issued|adopted|made|released|concerning|regarding)\b",
    re.IGNORECASE,
)
# Header lines that are not the title: breadcrumbs, page tools, section names, issuer lines.
_NOT_TITLE = re.compile(
    r"(?:home\s*[>›»/]|[^>›»]{1,60}\s[>›»]\s[^>›»]{1,60}\s[>›»]\s"
    r"|print\s*\||share\s*\|"
    r"|(?:preamble|introduction|summary|contents|table of contents)\s*$"
    r"|(?:issued|adopted|released|published)\s+(?:by|on|at)\b)",
    re.IGNORECASE,
)


def _is_header_unit(text: str, unit: Unit, first: bool) -> bool:
    if unit.marker is not None and not unit.heading:
        return False
    if unit.text.endswith((":", ",", ";")):
        return False
    if not first and not (unit.heading or is_all_caps(unit.text) or looks_like_date(unit.text)):
        if word_count(unit.text) <= 12 and not unit.text.endswith("."):
            return True
        # A PDF line holding title, place and date ("MEETING ON X  Manado-Indonesia, 29 July 2017").
        pieces = [collapse(text[a:b]) for a, b in _segments(text, unit.start, unit.end)]
        return (
            word_count(unit.text) <= 40
            and len(pieces) > 1
            and all(is_all_caps(p) or looks_like_date(p) or word_count(p) <= 4 for p in pieces)
        )
    words = word_count(unit.text)
    named = find_kind(unit.text)
    if first and named is not None and named[1] <= 30 and words <= 60 and not unit.text.endswith("."):
        # A long title that names its kind ("Joint Statement by the Ministers of …").
        return True
    if words > 40:
        return False
    if unit.heading or is_all_caps(unit.text):
        return True
    sentences = len(re.findall(r"[.!?](?:\s|$)", unit.text))
    # Titles do not end like sentences; a short sentence opening the text is content.
    return words <= 25 and sentences <= 1 and not unit.text.endswith((".", "!", "?"))


def read_header(text: str, units: Sequence[Unit]) -> Header:
    """Read the header from the leading ``units`` (leading chrome already removed)."""
    size = 0
    seen = False
    while (
        size < len(units) and size < 8 and (is_noise(units[size].text) or _is_header_unit(text, units[size], not seen))
    ):
        seen = seen or not is_noise(units[size].text)
        size += 1
    # A lone short line before prose is a title only if it looks like one.
    header_units = [
        u
        for u in units[:size]
        if not is_noise(u.text) or any(spaced for _, _, spaced in _spaced_segments(text, u.start, u.end))
    ]
    if not header_units:
        return Header()
    title_parts: list[tuple[int, int]] = []
    kind_line: str | None = None
    place: Place | None = None
    date_spans: list[Span] = []
    # Once a date line follows the title, later lines are the page's (navigation, a theme).
    dated_after_title = False
    title_spans: dict[tuple[int, int], str] = {}
    # Whether the title began with a heading, and whether a kind label came under it.
    headed_title = False
    label_below = False
    for unit in header_units:
        for seg_start, seg_end, spaced in _spaced_segments(text, unit.start, unit.end):
            raw = spaced or collapse(strip_emphasis(text[seg_start:seg_end])).lstrip("# ").strip()
            if not raw or is_noise(raw) or is_document_symbol(raw) or _NOT_TITLE.match(raw):
                continue
            mentions = _dates.find_dates(text, seg_start, seg_end)
            date_start = mentions[0].span.start if mentions else None
            if date_start is None:
                found = _DATE_LIKE.search(text, seg_start, seg_end)
                if found and looks_like_date(text[found.start() : seg_end]):
                    date_start = found.start()
            if mentions and not looks_like_date(text[date_start or seg_start : seg_end]):
                # "24 April 2023, Vienna": a date, then the place.
                date_end = mentions[-1].span.end
                after = text[date_end:seg_end]
                lead = len(after) - len(after.lstrip(" ,;–-"))
                trailing_place = _place(text, date_end + lead, seg_end) if after.strip(" ,;–-") else None
                if trailing_place is not None and looks_like_date(text[seg_start:date_end]):
                    date_spans.append(Span(mentions[0].span.start, date_end))
                    place = place or trailing_place
                    dated_after_title = bool(title_parts or kind_line)
                    continue
            if date_start is not None and looks_like_date(text[date_start:seg_end]):
                date_spans.append(Span(date_start, seg_end))
                dated_after_title = bool(title_parts or kind_line)
                before = text[seg_start:date_start].rstrip(" ,;/–-")
                if before.strip():
                    before_start = seg_start + (
                        len(text[seg_start:date_start]) - len(text[seg_start:date_start].lstrip())
                    )
                    found_place = _place(text, before_start, before_start + len(before.strip()))
                    if found_place is None and (title_parts or kind_line) and _DATELINE_PLACE.fullmatch(before.strip()):
                        # "Port Royal, 5 August 2031" under the title: a dateline names a place, known or not.
                        found_place = Place(
                            name=before.strip(),
                            city=before.strip(),
                            span=Span(before_start, before_start + len(before.strip())),
                        )
                    if found_place is not None and place is None:
                        place = found_place
                    elif found_place is None:
                        title_parts.append((seg_start, seg_start + len(before)))
                continue
            found_place = _place(text, seg_start, seg_end) if (title_parts or kind_line) and not spaced else None
            if found_place is not None and place is None:
                place = found_place
                continue
            folded = fold(raw).strip(" .:")
            if _RELEASE_LABEL.match(folded):
                continue
            kind = find_kind(raw)
            if kind is not None and len(folded) <= len(kind[0]) + 7 and word_count(raw) <= 3 and kind_line is None:
                kind_line = raw.strip(" .:")
                dated_after_title = False
                if title_parts and headed_title:
                    # A page's headline ("# Joint Investigation Team Meeting") over a label line
                    # ("Statement"): the headline stays the title, the label gives the kind.
                    label_below = True
                    continue
                # Lines above a line that only names the kind are the letterhead.
                title_parts = []
                title_spans.clear()
                title_spans[(seg_start, seg_end)] = kind_line
                continue
            if dated_after_title:
                continue
            if (
                kind is not None
                and kind_line is None
                and title_parts
                and not any(find_kind(t) for t in title_spans.values())
            ):
                # The first line that names the kind starts the title; the lines above are the letterhead.
                title_parts = []
                title_spans.clear()
            if not title_parts:
                headed_title = unit.heading
            title_parts.append((seg_start, seg_end))
            title_spans[(seg_start, seg_end)] = raw
    subtitle = None
    if title_parts:
        subtitle = collapse(
            " ".join(
                title_spans.get(part) or collapse(strip_emphasis(text[part[0] : part[1]])).lstrip("# ")
                for part in title_parts
            )
        )
        if is_all_caps(subtitle):
            subtitle = title_case(subtitle, acronyms_in_prose(text))
    kind_text = title_case(kind_line) if kind_line and is_all_caps(kind_line) else kind_line
    title: str | None
    if label_below and subtitle:
        title = subtitle
    elif kind_text and subtitle and subtitle.casefold().startswith(kind_text.casefold()):
        # "JOINT STATEMENT / Joint Statement of the Ministers …": the title repeats its label.
        title = subtitle
    elif kind_text and subtitle:
        # "JOINT COMMUNIQUÉ / of the Fourth Meeting …" reads on; a subtitle of its own follows a colon.
        if _CONTINUES.match(subtitle):
            # A title-cased line read on: its first word is a preposition again ("… Communiqué of the …").
            first, _, rest = subtitle.partition(" ")
            title = f"{kind_text} {first.lower() if first.istitle() else first} {rest}".rstrip()
        else:
            title = f"{kind_text}: {subtitle}"
    else:
        title = subtitle or kind_text
    title_span = None
    if title_parts:
        title_span = Span(title_parts[0][0], title_parts[-1][1])
    elif kind_line is not None:
        kind_start, kind_end = next(iter(title_spans))
        title_span = Span(kind_start, kind_end)
    kind = find_kind(title) or find_kind(kind_line)
    return Header(
        title=title,
        title_span=title_span,
        kind=kind[0] if kind else None,
        place=place,
        date_spans=tuple(date_spans),
        subtitle=subtitle,
        size=size,
    )


_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_ORDINAL_UNITS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30}
_MONTH_NUMBERS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_SPELLED = re.compile(
    r"\bthe\s+(?P<day>[a-z]{3,12}(?:[\s-][a-z]{3,12})?)\s+day\s+of\s+(?P<month>[A-Za-z]{3,9}),?\s+"
    r"(?:in\s+)?(?:the\s+)?year\s+(?:of\s+our\s+lord\s+)?(?P<year>[a-z]{3,12}(?:[\s-]{1,3}[a-z]{3,12}){0,7})",
    re.IGNORECASE,
)


def _spelled_number(words: list[str]) -> int | None:
    """Read number words ("two thousand and twenty-three", "nineteen ninety-six")."""
    words = [w for w in words if w and w != "and"]
    if len(words) > 1 and "thousand" not in words and "hundred" not in words and 10 <= _UNITS.get(words[0], 0) <= 20:
        # "nineteen ninety-six": two pairs of digits.
        rest = _spelled_number(words[1:])
        return None if rest is None or rest >= 100 else _UNITS[words[0]] * 100 + rest
    total = 0
    current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


def spelled_date(text: str) -> PartialDate | None:
    """A date written in words ("the eleventh day of May in the year two thousand and twenty-three").

    >>> str(spelled_date("Done on the eleventh day of May in the year two thousand and twenty-three."))
    '2023-05-11'
    """
    match = _SPELLED.search(text)
    if match is None:
        return None
    day_words = re.split(r"[\s-]+", match.group("day").lower())
    day = 0
    for word in day_words:
        if word in _ORDINAL_UNITS:
            day += _ORDINAL_UNITS[word]
        elif word in _ORDINAL_TENS:
            day += _ORDINAL_TENS[word]
        elif word in _TENS:
            day += _TENS[word]
        else:
            return None
    month = _MONTH_NUMBERS.get(match.group("month").lower())
    year = _spelled_number(re.split(r"[\s-]+", match.group("year").lower().strip()))
    if month is None or not 1 <= day <= 31 or year is None or not 1000 <= year <= 2999:
        return None
    try:
        return PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None
