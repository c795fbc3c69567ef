"""Declarations: header, preamble, clauses, closing, signatories, events.

:func:`find_declarations` reads a document layout as one declaration: the header
(title, kind, place and date lines), the body split by its list markers into
preamble, clauses and closing, the signatories, and the events it was issued at,
is about, or names. Every part keeps a span into the layout text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._errors import DeclkitError
from .._layout import Layout
from .._model import (
    Block,
    Clause,
    Declaration,
    Event,
    OriginalDate,
    PartialDate,
    Place,
    Signatory,
    Span,
    _strings,
    _tuple,
)
from .._textlayout import read_front_matter
from . import _dates, _events, _places
from ._actors import find_actors_in
from ._acts import find_acts, find_addressees
from ._clauses import Clauses, Item, Unit, find_clauses, make_units
from ._header import Header, find_kind, looks_like_date, read_header, spelled_date
from ._names import ordinal_value
from ._signatories import (
    adopted_by,
    bilateral_signatories,
    is_bio,
    is_list_intro,
    parse_signature_lines,
    plausible_name,
    subject_signatories,
    title_issuer,
    title_pair,
    title_signatories,
)
from ._text import (
    collapse,
    fold,
    is_all_caps,
    is_chrome,
    is_noise,
    is_other_script,
    strip_trailing_symbol,
    title_case,
    unspace_letters,
    word_count,
)

__all__ = ["DeclarationsFound", "find_declarations"]


@attrs.frozen(kw_only=True)
class DeclarationsFound:
    """What :func:`find_declarations` returns."""

    declarations: tuple[Declaration, ...] = attrs.field(default=(), converter=_tuple)
    #: Content blocks that belong to no declaration field and are no content (OCR noise …).
    residue: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    #: Doubts to report on the document (conflicting dates …).
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)


def find_declarations(layout: Layout) -> DeclarationsFound:
    """Find every declaration in ``layout``.

    The layout is read as (at most) one declaration. Content that belongs to no
    declaration field and is not content (OCR debris, text in another script, page
    chrome around the declaration) is returned as residue.
    """
    try:
        return _Reader(layout).read()
    except DeclkitError:
        raise
    except RecursionError:
        return DeclarationsFound(warnings=("declaration analysis gave up: the layout is nested too deeply",))
    except Exception as error:
        # Analysis must never take a parse down: report the doubt, keep the blocks.
        return DeclarationsFound(warnings=(f"declaration analysis failed ({type(error).__name__}: {error})",))


def _residue_block(unit: Unit, kind: str) -> Block:
    if unit.block is not None and unit.whole:
        return attrs.evolve(unit.block, kind=kind)
    return Block(
        text=unit.text, span=Span(unit.start, unit.end), kind=kind, page=unit.block.page if unit.block else None
    )


def _block_of(unit: Unit) -> Block:
    """A preamble or closing paragraph as a block, with what it asks of whom."""
    base = unit.block if unit.block is not None and unit.whole else None
    text = unit.text
    kind = base.kind if base is not None else "paragraph"
    return Block(
        text=text,
        span=Span(unit.start, unit.end),
        kind=kind,
        level=base.level if base is not None else None,
        marker=base.marker if base is not None else None,
        page=unit.block.page if unit.block is not None else None,
        addressees=find_addressees(text),
        acts=find_acts(text),
        tags=base.tags if base is not None else (),
    )


def _join(units: Sequence[Unit]) -> str:
    out = ""
    for unit in units:
        piece = unit.text
        if not out:
            out = piece
        elif out.endswith("-") and piece[:1].islower():
            out = out + piece
        else:
            out = out + " " + piece
    return collapse(out)


def _clause(item: Item, number: int) -> Clause:
    marker = item.head.marker
    text = strip_trailing_symbol(_join(item.units))
    subclauses = tuple(_clause(sub, index) for index, sub in enumerate(item.subitems, 1))
    return Clause(
        number=number,
        label=marker.label if marker else None,
        text=text,
        span=Span(item.start, item.end),
        addressees=find_addressees(text),
        acts=find_acts(text),
        subclauses=subclauses,
    )


_MEETING_VERB = re.compile(r"\b(?:met|meet|gathered|convened|assembled|discussed)\b")
# What only a declaration says of itself or its authors.
_DECLARATIVE = re.compile(
    r"\bthis\s+(?:joint\s+)?(?:declaration|statement|communiqu[ée]|resolution)\b|\b[Ww]e\s*[,—–]\s*the\b|\bhereby\b"
    r"|\b[Ww]e\s+(?:strongly\s+|also\s+|further\s+)?(?:call\s+(?:on|upon)|urge|condemn|demand|reaffirm|declare|resolve|commit)\b",
)
_DONE_AT = re.compile(
    r"\b(?:Done|Adopted|Signed|Issued|Made)\s+(?:at|in)\s+(?P<place>[A-Z][\w .'’-]{1,60}?)(?:,|\s+on\b|\s+this\b)"
)
_ISSUED_AT = re.compile(
    r"\b(?:adopted|issued|agreed|signed|made|released)\s+(?:at|during|on\s+the\s+occasion\s+of|on\s+the\s+margins\s+of)\b",
    re.IGNORECASE,
)
_HOSTING = re.compile(
    r"\b(?:thanks?|thanking|gratitude|appreciation)\b[^.]{0,40}?\b(?:to\s+)?(?:the\s+)?(?P<host>[A-Z][^,.;()]{2,120}?)\s*,?\s+for\s+(?:generously\s+)?(?:hosting|organi[sz]ing|convening)\b"
)
_HOSTED_BY = re.compile(
    r"\b(?:hosted|convened|organi[sz]ed)\s+by\s+(?:the\s+)?(?P<host>[A-Z][^,.;()]{2,120}?)(?=\s*[,.;(]|\s+(?:in|on|at|and)\b)"
)
# "We, the Heads of State …, met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the …"
_MET_AT = re.compile(
    r"\b(?:met|gathered|convened|assembled)\b[^.;]{0,240}?\b(?:at|for|during|on\s+the\s+occasion\s+of)\s+(?:the\s+)?(?=[A-Z0-9])"
)
# "… met in Mexico City to build on …": the place (a city the gazetteer knows) of the opening meeting.
_MET_IN = re.compile(
    r"\b(?:met|meet|gathered|convened|assembled)\s+(?:today\s+)?in\s+"
    r"(?P<place>[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){0,3}?)(?=\s*(?:[,.;:(]|\s(?:on|to|for|at|from|and|this|today|under)\b))"
)
_PROCESS = re.compile(r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[Pp]rocess)\b")
_EVENT_HEAD = re.compile(
    r"\b(?:conference|meeting|summit|forum|session|visit|talks|assembly|congress|convention|dialogue|round|consultations|gathering|retreat|symposium|workshop|seminar)\b",
    re.IGNORECASE,
)
def _ordinal_of(name: str) -> int | None:
    """The position an event name states ("Second …", "21st …", "Eightieth …"), if any."""
    for word in re.findall(r"\b\d{1,3}(?:st|nd|rd|th)\b|\b[A-Za-z]+(?:-[A-Za-z]+)?\b", name):
        value = ordinal_value(word)
        if value is not None:
            return value
    return None


class _Reader:
    """Reads one layout as a declaration."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.text = layout.text
        self.residue: list[Block] = []
        self.warnings: list[str] = []
        #: A "Done at <place>, <date>" line after the text, and a place line over a dateline.
        self.signed_line: Span | None = None
        self.signed_place: Span | None = None
        front, body_start = read_front_matter(self.text) if self.text.startswith(("---", "\ufeff---")) else ({}, 0)
        self.front = front
        self.body_start = body_start
        metadata = layout.metadata
        self.meta_title = metadata.title or (collapse(str(front["title"])) if front.get("title") else None)
        published = metadata.published
        if published is None and front.get("date") is not None:
            published = _dates.parse_date(str(front["date"])) or _iso(str(front["date"]))
        self.published = published

    # ------------------------------------------------------------------ reading

    def read(self) -> DeclarationsFound:
        units = [u for u in make_units(self.layout) if u.end > self.body_start]
        units = sorted([*units, *self._spaced_kind_lines(units)], key=lambda u: (u.start, u.end))
        units = self._drop_leading(units)
        kept: list[Unit] = []
        for unit in units:
            if is_other_script(unit.text):
                self.residue.append(_residue_block(unit, "other_script"))
            else:
                kept.append(unit)
        units = kept
        if not units:
            return DeclarationsFound(residue=self.residue)
        header = read_header(self.text, units)
        leading, body = self._leading_signatories(list(units[header.size :]))
        structure = find_clauses(body, self._is_tail)
        if leading:
            structure = attrs.evolve(structure, tail=(*leading, *structure.tail))
        if not body and header.title is None:
            return DeclarationsFound(residue=self.residue)
        if not self._declarative(header, body, structure):
            return DeclarationsFound(residue=self.residue)
        header, structure = _title_over_clauses(self.text, header, structure, units[: header.size])
        structure = self._preamble_after_title(header, structure)
        for unit in units:
            if is_noise(unit.text) and unit.whole and unit.block is not None:
                # Page numbers, separators and OCR debris inside the text.
                self.residue.append(_residue_block(unit, "noise"))
        declaration = self._declaration(header, units[: header.size], structure)
        return DeclarationsFound(declarations=(declaration,), residue=self._unique_residue(), warnings=self.warnings)

    def _preamble_after_title(self, header: Header, structure: Clauses) -> Clauses:
        """The preamble starts after a title found in the body (an annex heading, "80/1. <Title>").

        What stands above such a title is another text's (the resolution annexing a
        declaration, the adoption line): residue, not the preamble. The organ line right
        under a resolution's title ("The General Assembly,") only says who speaks.
        """
        span = header.title_span
        preamble = list(structure.preamble)
        if span is None or not preamble or span.start < preamble[0].start:
            return structure
        kept = [u for u in preamble if u.start >= span.end]
        if kept and _ORGAN_OPENER.fullmatch(collapse(kept[0].text)):
            self.residue.append(_residue_block(kept[0], "unknown"))
            kept = kept[1:]
        for unit in preamble:
            if unit.start < span.end and not (unit.start <= span.start and span.end <= unit.end and unit.text.strip() == self.text[span.start : span.end].strip()):
                self.residue.append(_residue_block(unit, "unknown"))
        return attrs.evolve(structure, preamble=tuple(kept))

    def _spaced_kind_lines(self, units: Sequence[Unit]) -> list[Unit]:
        """Letter-spaced kind lines ("J O I N T  C O M M U N I Q U E") a parser set aside as debris."""
        if not units:
            return []
        first_content = units[0].start
        limit = next((u.start for u in units if word_count(u.text) > 25), len(self.text))
        out: list[Unit] = []
        taken = {(u.start, u.end) for u in units}
        for block in self.layout.residue:
            if block.span.start >= limit or block.span.end <= self.body_start:
                continue
            if (block.span.start, block.span.end) in taken or any(
                u.start < block.span.end and block.span.start < u.end for u in units[:50]
            ):
                continue
            spaced = unspace_letters(self.text[block.span.start : block.span.end])
            named = find_kind(spaced)
            if spaced is None or named is None or word_count(spaced) > 4:
                continue
            if block.span.start < first_content - 2000:
                continue
            out.append(Unit(start=block.span.start, end=block.span.end, text=spaced, heading=True))
        return out

    def _unique_residue(self) -> list[Block]:
        seen: set[tuple[int, int]] = set()
        out: list[Block] = []
        for block in sorted(self.residue, key=lambda b: (b.span.start, b.span.end)):
            key = (block.span.start, block.span.end)
            if key not in seen:
                seen.add(key)
                out.append(block)
        return out

    def _declarative(self, header: Header, body: Sequence[Unit], structure: Clauses) -> bool:
        """Whether the content reads as a declaration at all (not, say, a plain web article)."""
        if header.kind or find_kind(header.title) or find_kind(self.meta_title) or len(structure.items) >= 2:
            return True
        sample = " ".join(u.text for u in body[:40])
        return _DECLARATIVE.search(sample) is not None

    def _drop_leading(self, units: list[Unit]) -> list[Unit]:
        """Move chrome, debris and other-script text before the content to residue."""
        index = 0
        while index < len(units):
            unit = units[index]
            if is_other_script(unit.text):
                kind = "other_script"
            elif is_chrome(unit.text):
                kind = "chrome"
            elif is_noise(unit.text):
                kind = "noise"
            else:
                break
            self.residue.append(_residue_block(unit, kind))
            index += 1
        return units[index:]

    def _is_tail(self, units: Sequence[Unit], index: int) -> bool:
        """Whether the signatures, dateline or page chrome begin at ``units[index]``."""
        unit = units[index]
        text = unit.text
        if is_chrome(text) or is_other_script(text):
            return True
        following = next((u for u in units[index + 1 :] if not is_noise(u.text)), None)
        if following is not None and is_bio(text, following.text):
            return True
        if (
            is_list_intro(text)
            or looks_like_date(text)
            or self._place_and_date(unit) is not None
        ):
            return self._no_prose_after(units, index + 1)
        if unit.marker is not None or not (_name_like(text) or _lines_name_like(self.text, unit)):
            return False
        # A run of name lines to the end (chrome aside) is a signature list.
        names = 0
        for later in units[index:]:
            if is_noise(later.text):
                continue
            if is_chrome(later.text) or is_other_script(later.text):
                break
            lines = [line for line in self.text[later.start : later.end].split("\n") if line.strip()]
            if later.marker is None and len(lines) > 1 and _lines_name_like(self.text, later):
                names += len(lines)
            elif later.marker is None and _name_like(later.text):
                names += 1
            else:
                return False
        return names >= 2

    def _opening_meeting_place(self, unit: Unit) -> Place | None:
        """The known place of a "… met in <place>" at the start of the first paragraph."""
        met = _MET_IN.search(self.text, unit.start, min(unit.end, unit.start + 400))
        if met is None:
            return None
        span = Span(met.start("place"), met.end("place"))
        place = _places.resolve_place(collapse(met.group("place")), span)
        return place if place is not None and place.city else None

    def _place_and_date(self, unit: Unit) -> tuple[Span, Span] | None:
        """Place and date spans of a dateline that names both, in either order.

        "December 6, 2021, Minsk" and "Minsk, 6 December 2021" close many ministry
        statements; the place must be one the gazetteer knows, so that a short sentence
        with a date ("Talks resumed on 6 December") is never taken for one.
        """
        if word_count(unit.text) > 10:
            return None
        mentions = [m for m in _dates.find_dates(self.text, unit.start, unit.end) if m.start.day is not None]
        if len(mentions) != 1:
            return None
        date = mentions[0].span
        before, after = self.text[unit.start : date.start], self.text[date.end : unit.end]
        edges = " \t\n,;.–—-"
        if before.strip(edges) and after.strip(edges):
            return None
        begin, stop = (unit.start, date.start) if before.strip(edges) else (date.end, unit.end)
        raw = self.text[begin:stop]
        name = raw.strip(edges)
        if not name or word_count(name) > 4 or any(c.isdigit() for c in name):
            return None
        lead = begin + raw.find(name)
        span = Span(lead, lead + len(name))
        place = _places.resolve_place(name, span)
        if place is None or not (place.city or place.country):
            return None
        return span, date

    def _no_prose_after(self, units: Sequence[Unit], index: int) -> bool:
        """Whether nothing but names, dates and chrome follows ``units[index:]``."""
        for position in range(index, len(units)):
            later = units[position]
            if is_chrome(later.text) or is_other_script(later.text):
                return True
            if position > index and is_bio(units[position - 1].text, later.text):
                return True
            if (
                word_count(later.text) >= 8
                and not _name_like(later.text)
                and not _lines_name_like(self.text, later)
                and not looks_like_date(later.text)
            ):
                return False
        return True

    def _leading_signatories(self, body: list[Unit]) -> tuple[list[Unit], list[Unit]]:
        """A list of signatories before the text ("Signatories: A, B, C" then the declaration)."""
        if not body or not is_list_intro(body[0].text):
            return [], body
        index = 1
        while index < len(body) and (
            is_noise(body[index].text)
            or (
                body[index].marker is None
                and (_name_like(body[index].text) or _lines_name_like(self.text, body[index]))
            )
        ):
            index += 1
        if index >= len(body) or index == 1:
            return [], body
        return body[:index], body[index:]

    # ------------------------------------------------------------------ assembly

    def _declaration(self, header: Header, header_units: Sequence[Unit], structure: Clauses) -> Declaration:
        text = self.text
        title = header.title
        title_from_meta = False
        if title is None and self.meta_title and find_kind(self.meta_title):
            title = self.meta_title
            title_from_meta = True
        elif title is None and self.meta_title and self.front.get("title") and not is_other_script(self.meta_title):
            # A dump's front-matter title is the page's headline, not a site name.
            title = self.meta_title
            title_from_meta = True
        kind_found = find_kind(title) or (find_kind(header.kind) if header.kind and title == header.title else None)
        if kind_found:
            kind = kind_found[0]
        else:
            own = re.search(
                r"\bthis\s+(joint\s+statement|joint\s+declaration|declaration|communiqu[ée]|statement|resolution)\b",
                text,
                re.IGNORECASE,
            )
            adopted = _ADOPTED_AS.search(text, self.body_start, first_clause_start(structure, len(text)))
            kind = fold(own.group(1)) if own else (fold(adopted.group(1)) if adopted else "statement")
        preamble = tuple(_block_of(u) for u in _preambular(structure.preamble, bool(structure.items)))
        clauses = tuple(_clause(item, n) for n, item in enumerate(structure.items, 1))
        closing_units = list(structure.closing)
        while closing_units and word_count(closing_units[-1].text) <= 40 and _DONE_AT.match(closing_units[-1].text):
            # "Done in Labuan Bajo on the eleventh day of May …": the signing line, not a closing paragraph.
            self.signed_line = self.signed_line or Span(closing_units[-1].start, closing_units[-1].end)
            closing_units.pop()
        closing = tuple(_block_of(u) for u in closing_units)
        signatories, dateline = self._tail(structure.tail)
        content_units = [*structure.preamble, *(u for i in structure.items for u in i.units), *structure.closing]
        first_start = content_units[0].start if content_units else (header_units[0].start if header_units else 0)
        opening_end = (
            structure.preamble[-1].end
            if structure.preamble
            else (content_units[0].end if content_units else first_start)
        )
        opening_start = content_units[0].start if content_units else first_start
        opening_end = max(
            opening_end, content_units[min(1, len(content_units) - 1)].end if content_units else opening_end
        )
        speakers = subject_signatories(text, opening_start, opening_end, _places.country_code)
        if structure.items and re.match(r"\s*(?:We|WE)\s*[,—–]", structure.items[0].head.text):
            # "1. We, the Heads of State …": the text's own voice, over any preamble
            # (a resolution's "The General Assembly," before its annex).
            first = structure.items[0].head
            voiced = subject_signatories(text, first.start, first.end, _places.country_code)
            speakers = voiced or speakers
        if not signatories:
            signatories = speakers
        elif speakers and sum(1 for s in signatories if s.person) * 2 > len(signatories):
            signatories = _attach_signers(speakers, signatories)
        if not signatories:
            signatories = _subject_line(structure.preamble)
        if not signatories:
            issuer = adopted_by(text, header_units[0].start if header_units else opening_start, opening_end)
            signatories = [issuer] if issuer is not None else _persons_named(
                title, title_signatories(title, _places.country_code)
            )
        if not signatories and kind in {"joint statement", "joint communique", "communique", "joint declaration"}:
            signatories = (
                title_pair(title, _places.country_code)
                or _title_states(title)
                or bilateral_signatories(text, opening_start, opening_end, _places.country_code)
            )
        # A sentence taken for a name is worse than no name.
        signatories = [
            attrs.evolve(s, members=tuple(m for m in s.members if plausible_name(m.name)))
            for s in signatories
            if plausible_name(s.name)
        ]
        # Dates
        issued_place: Place | None = None
        if not header.date_spans:
            issued_place, issued_date = self._issued_line(structure)
            if issued_date is not None:
                header = attrs.evolve(header, date_spans=(issued_date,))
        start, end, originals = self._dates(header, title if title_from_meta else None, dateline)
        signed = self._signed_date(start, end)
        meeting_start, meeting_end = start, end
        if signed is not None:
            start = end = signed
        if issued_place is None and self.signed_line is not None:
            issued_place, _ = self._place_before_date(self.signed_line)
        if issued_place is None and self.signed_place is not None:
            issued_place = _places.resolve_place(
                self.text[self.signed_place.start : self.signed_place.end], self.signed_place
            )
        # Events
        spans = [Span(u.start, u.end) for u in (*header_units, *content_units)]
        reference = start or self.published
        mentions = _events.find_event_mentions(text, spans, reference=reference) if spans else []
        event = self._issuing_event(
            header, title, mentions, start if start is not None and start.day is not None else None
        )
        if event is not None:
            event = self._visit_for_meeting(event, mentions)
            event = _visit_days(event, mentions, start)
        place = header.place or issued_place
        published_day = self.published
        if published_day is not None and published_day.hour is not None:
            published_day = PartialDate(year=published_day.year, month=published_day.month, day=published_day.day)
        if event is not None:
            event = self._enrich(event, place, meeting_start, meeting_end, meeting_start or published_day)
            if place is None and event.place is not None:
                place = event.place
            if start is None and event.start is not None and _ISSUED_AT.search(text):
                start, end = event.start, event.end
        if start is None and published_day is not None:
            start = end = published_day
        if place is None and event is None and content_units:
            # "Today, the leaders met in Mexico City …": the text opens where it was issued.
            place = self._opening_meeting_place(content_units[0])
        if event is not None and len(signatories) == 1 and not signatories[0].members:
            event = _meeting_of(event, signatories[0].name)
        subject = self._subject_event(mentions, event, structure)
        referenced = tuple(m for m in mentions if event is None or not _same(m, event))
        # The declaration runs from its header to its last signatory (or dateline), chrome excluded.
        edges = [Span(u.start, u.end) for u in (*header_units, *content_units) if not is_noise(u.text)]
        edges += [s.span for s in signatories if s.span is not None]
        if dateline is not None:
            edges.append(dateline)
        span = Span(min(e.start for e in edges), max(e.end for e in edges)) if edges else None
        return Declaration(
            title=title,
            kind=kind,
            event=event,
            place=place,
            start=start,
            end=end,
            original_dates=originals,
            preamble=preamble,
            clauses=clauses,
            closing=closing,
            signatories=signatories,
            subject_event=subject,
            referenced_events=referenced,
            span=span,
        )

    def _signed_date(self, start: PartialDate | None, end: PartialDate | None) -> PartialDate | None:
        """The day of a "Done at …, <date>" line, if it falls in the header's dates (or they are missing)."""
        if self.signed_line is None:
            return None
        found = [
            m
            for m in _dates.find_dates(self.text, self.signed_line.start, self.signed_line.end)
            if m.calendar == "gregorian" and m.start.day is not None
        ]
        spelled = spelled_date(self.text[self.signed_line.start : self.signed_line.end])
        dated = [m.start for m in found if m.start.year is not None]
        if spelled is not None:
            day = spelled
        elif dated:
            day = dated[0]
        elif found and start is not None and start.year is not None:
            day = PartialDate(year=start.year, month=found[0].start.month, day=found[0].start.day)
        else:
            return None
        if start is None or start.year is None:
            return day
        if str(start) <= str(day) <= str(end or start):
            return day
        return None

    def _place_before_date(self, line: Span) -> tuple[Place | None, Span | None]:
        """The place a "Done at <place>, <date>" line names."""
        done = _DONE_AT.match(self.text, line.start, line.end)
        if done is None:
            return None, None
        place = _places.resolve_place(done.group("place"), Span(done.start("place"), done.end("place")))
        return place, None

    def _issued_line(self, structure: Clauses) -> tuple[Place | None, Span | None]:
        """Place and date from a dateline opening the text or a "Done at … on …" line."""
        text = self.text
        candidates: list[tuple[int, int]] = []
        first = structure.preamble[0] if structure.preamble else (structure.items[0].head if structure.items else None)
        if first is not None:
            candidates.append((first.start, min(first.end, first.start + 80)))
        for unit in (*structure.closing, *structure.tail):
            done = _DONE_AT.search(text, unit.start, unit.end)
            if done is not None:
                candidates.append((done.start("place"), min(unit.end, done.end() + 60)))
        for begin, stop in candidates:
            for mention in _dates.find_dates(text, begin, stop):
                before = text[begin : mention.span.start]
                after = text[mention.span.end : mention.span.end + 4]
                opening = begin == candidates[0][0] and first is not None
                if opening and not re.match(r"\s*[—–:-]", after):
                    break
                place_text = re.sub(r"\s*(?:,|\bon|\bthis)\s*$", "", before.strip()).strip(" ,")
                place = None
                if place_text and word_count(place_text) <= 5:
                    lead = text.find(place_text, begin)
                    place = _places.resolve_place(place_text, Span(lead, lead + len(place_text)))
                if place is not None or not opening:
                    return place, mention.span
                break
        return None, None

    def _tail(self, tail: Sequence[Unit]) -> tuple[list[Signatory], Span | None]:
        """Signatories and dateline from the units after the content; the rest to residue."""
        lines: list[tuple[str, Span]] = []
        dateline: Span | None = None
        stopped = False
        for index, unit in enumerate(tail):
            if stopped:
                self.residue.append(_residue_block(unit, "chrome"))
                continue
            following = tail[index + 1] if index + 1 < len(tail) else None
            if is_other_script(unit.text):
                self.residue.append(_residue_block(unit, "other_script"))
                continue
            if is_chrome(unit.text):
                self.residue.append(_residue_block(unit, "chrome"))
                stopped = True
                continue
            if following is not None and is_bio(unit.text, following.text):
                self.residue.append(_residue_block(unit, "byline"))
                stopped = True
                continue
            if is_noise(unit.text):
                continue
            if looks_like_date(unit.text):
                dateline = dateline or Span(unit.start, unit.end)
                continue
            dated_place = self._place_and_date(unit)
            if dated_place is not None:
                # "Jakarta 13 August", "December 6, 2021, Minsk" under the text: when and where it was issued.
                self.signed_place = self.signed_place or dated_place[0]
                dateline = dateline or dated_place[1]
                continue
            done = _DONE_AT.match(unit.text)
            if done is not None and word_count(unit.text) <= 16:
                # "Done at N'Djamena, 18 October 2022": where and when it was signed, not a signatory.
                self.signed_line = Span(unit.start, unit.end)
                dateline = dateline or self.signed_line
                continue
            if (
                following is not None
                and looks_like_date(following.text)
                and word_count(unit.text) <= 4
                and _places.resolve_place(unit.text) is not None
            ):
                # A place line over a date line ("Jakarta / 30 July 1996") is the dateline.
                self.signed_place = self.signed_place or Span(unit.start, unit.end)
                continue
            if word_count(unit.text) > 30 and not lines:
                self.residue.append(_residue_block(unit, "unknown"))
                continue
            for match in re.finditer(r"[^\n]+", self.text[unit.start : unit.end]):
                raw = match.group()
                if not raw.strip():
                    continue
                lead = len(raw) - len(raw.lstrip())
                begin = unit.start + match.start() + lead
                lines.append((raw, Span(begin, begin + len(raw.strip()))))
        return parse_signature_lines(lines), dateline

    def _dates(
        self, header: Header, meta_title: str | None, dateline: Span | None
    ) -> tuple[PartialDate | None, PartialDate | None, tuple[OriginalDate, ...]]:
        text = self.text
        mentions: list[_dates.DateMention] = []
        for span in header.date_spans:
            found = _dates.find_dates(text, span.start, span.end)
            if not found:
                # A date line in lower case ("4 december"): read it capitalised.
                capitalised = re.sub(r"\b[a-z]", lambda m: m.group().upper(), text[span.start : span.end])
                found = [_shifted(m, span.start) for m in _dates.find_dates(capitalised)]
            mentions.extend(found)
        if not mentions and header.title_span is not None:
            mentions.extend(_dates.find_dates(text, header.title_span.start, header.title_span.end))
        if not mentions and dateline is not None:
            mentions.extend(_dates.find_dates(text, dateline.start, dateline.end))
        gregorian = [m for m in mentions if m.calendar == "gregorian"]
        others = [m for m in mentions if m.calendar != "gregorian"]
        originals = tuple(
            m.original
            if m.original is not None
            else OriginalDate(calendar=m.calendar, text=m.text, start=m.start, end=m.end, span=m.span)
            for m in others
        )
        start: PartialDate | None = None
        end: PartialDate | None = None
        if gregorian:
            start, end = gregorian[0].start, gregorian[-1].end
        elif others:
            start, end = others[0].start, others[0].end
        if gregorian and others:
            for other in others:
                if str(other.start) != str(start) or str(other.end) != str(end):
                    self.warnings.append(
                        f"the declaration's dates disagree: {gregorian[0].text!r} is {start}–{end} but {other.text!r} is {other.start}–{other.end}"
                    )
        if start is not None and start.year is None:
            start, end = self._complete_year(start, end)
        return start, end, originals

    def _complete_year(
        self, start: PartialDate, end: PartialDate | None
    ) -> tuple[PartialDate | None, PartialDate | None]:
        """Give a yearless header date the year of the same day written in full in the text."""
        for mention in _dates.find_dates(self.text, self.body_start):
            found = mention.start
            if found.year is not None and found.month == start.month and found.day == start.day:
                year = found.year
                new_end = end
                if end is not None and end.year is None and end.month is not None:
                    new_end = PartialDate(year=year, month=end.month, day=end.day)
                return PartialDate(year=year, month=start.month, day=start.day), new_end
        if self.published is not None and self.published.year is not None:
            year = self.published.year
            return PartialDate(year=year, month=start.month, day=start.day), (
                PartialDate(year=year, month=end.month, day=end.day)
                if end is not None and end.year is None and end.month
                else end
            )
        return start, end

    # ------------------------------------------------------------------ events

    def _issuing_event(
        self, header: Header, title: str | None, mentions: Sequence[Event], day: PartialDate | None
    ) -> Event | None:
        """The meeting the declaration was issued at."""
        if header.title_span is not None:
            for event in mentions:
                if event.span is not None and header.title_span.start <= event.span.start < header.title_span.end:
                    if _names_a_declaration(event.name):
                        # "Vilnius Summit Communiqué" is the text itself; a meeting on its day is the event.
                        better = self._meeting_on(mentions, day, exclude=event)
                        if better is not None:
                            return better
                        # A text with no meeting behind it ("Declaration on Press Freedom") has no event.
                        met = _MEETING_VERB.search(
                            self.text, self.body_start, min(len(self.text), self.body_start + 3000)
                        )
                        if met is None:
                            return None
                        # "We … met in Awaza … at the Third Conference": that meeting issued it.
                        return self._met_at(mentions) or _respell(event, header.subtitle)
                    return _respell(event, header.subtitle)
        name = _event_name_in_title(header.subtitle if header.title_span is not None else title)
        if name is None and title is not None:
            name = _event_name_in_title(title)
        if name is None and title is not None:
            bare = _bare_event_head(title)
            if bare is not None:
                undated = [e for e in mentions if e.start is None and fold(e.name).split(",")[0].endswith(bare)]
                if undated:
                    return attrs.evolve(undated[-1], name=undated[-1].name.split(",")[0])
        if name is not None:
            key = _event_key(name)
            for event in mentions:
                if _event_key(event.name) == key:
                    return _respell(event, name)
                if key in _event_key(event.name) or _event_key(event.name) in key:
                    return attrs.evolve(event, name=event.name if len(event.name) >= len(name) else name)
            head = _EVENT_HEAD.search(name)
            return Event(name=name, kind=head.group(0).lower() if head else None, ordinal=_ordinal_of(name))
        met_at = self._met_at(mentions)
        if met_at is not None:
            return met_at
        for event in mentions:
            if event.span is None:
                continue
            if (
                day is not None
                and event.start is not None
                and event.start.day is not None
                and str(event.start) <= str(day) <= str(event.end or event.start)
            ):
                return event
            # "met in Valparaíso on 13 and 14 March 2024 at the invitation of …, on the occasion of the …"
            before = self.text[max(0, event.span.start - 300) : event.span.start]
            if re.search(
                r"\b(?:met|meet|gathered|convened|assembled)\b[^.]{0,240}\b(?:for|at|during|on\s+the\s+occasion\s+of)\s+(?:the\s+)?(?:first-ever\s+)?$",
                before,
                re.IGNORECASE,
            ):
                return event
            if re.search(r"\b(?:this|today's|the present)\s+$", before, re.IGNORECASE):
                return event
        return None

    def _met_at(self, mentions: Sequence[Event]) -> Event | None:
        """The meeting of the text's own "We … met in <place> on <days> at the <meeting>" sentence.

        The sentence is the authority on where and when: a meeting named earlier in
        another sense ("the convening of the Third Conference", with a resolution's date
        before it) takes the sentence's place and days.
        """
        text = self.text
        stop = min(len(text), self.body_start + 6000)
        for met in _MET_AT.finditer(text, self.body_start, stop):
            following = fold(text[met.end() : met.end() + 200])
            for event in mentions:
                if not _EVENT_HEAD.search(event.name) or not following.startswith(fold(event.name)):
                    continue
                dated = [
                    m
                    for m in _dates.find_dates(text, met.start(), met.end())
                    if m.calendar == "gregorian" and m.start.day is not None and m.start.year is not None
                ]
                places = [p for p in _places.find_places(text, met.start(), met.end()) if p.city or p.country]
                places.sort(key=lambda p: p.city is None)
                if places and places[0].city is None and places[0].span is not None:
                    places[0] = _city_before_country(text, places[0], met.start())
                changes: dict[str, object] = {}
                if dated:
                    changes["start"], changes["end"] = dated[0].start, dated[0].end or dated[0].start
                if places:
                    changes["place"] = places[0]
                return attrs.evolve(event, **changes) if changes else event  # type: ignore[arg-type]
        return None

    def _visit_for_meeting(self, event: Event, mentions: Sequence[Event]) -> Event:
        """ "paid a visit to X on <days> for the 14th Annual Summit": the summit is the event."""
        if event.span is None or not re.search(r"\bvisit\b", event.name, re.IGNORECASE):
            return event
        sentence_end = re.compile(r"[.!?](?=\s|$)").search(self.text, event.span.end, event.span.end + 300)
        stop = sentence_end.start() if sentence_end is not None else event.span.end + 300
        for mention in mentions:
            if mention is event or mention.span is None or not event.span.end <= mention.span.start < stop:
                continue
            before = self.text[max(event.span.end, mention.span.start - 12) : mention.span.start]
            if re.search(r"\bfor\s+(?:the\s+)?$", before) and _EVENT_HEAD.search(mention.name):
                # The sentence may name the city after the country visited ("… in New Delhi").
                cities = [p for p in _places.find_places(self.text, event.span.start, stop) if p.city]
                return attrs.evolve(
                    mention,
                    start=mention.start or event.start,
                    end=mention.end or event.end,
                    place=mention.place or (cities[-1] if cities else event.place),
                )
        return event

    def _meeting_on(self, mentions: Sequence[Event], day: PartialDate | None, exclude: Event) -> Event | None:
        """A mentioned meeting held on ``day`` (the declaration's day, else the publication day)."""
        if day is None and self.published is not None and self.published.day is not None:
            day = PartialDate(year=self.published.year, month=self.published.month, day=self.published.day)
        if day is None:
            return None
        for event in mentions:
            if event is exclude or event.start is None or event.start.day is None:
                continue
            if _names_a_declaration(event.name) or not _EVENT_HEAD.search(event.name):
                continue
            if str(event.start) <= str(day) <= str(event.end or event.start):
                return event
        return None

    def _enrich(
        self,
        event: Event,
        place: Place | None,
        start: PartialDate | None,
        end: PartialDate | None,
        today: PartialDate | None,
    ) -> Event:
        text = self.text
        changes: dict[str, object] = {}
        if event.place is None and place is not None:
            changes["place"] = place
        elif (
            event.place is not None
            and event.place.city is None
            and place is not None
            and place.city is not None
            and place.country == event.place.country
        ):
            # The visit was "to Indonesia"; the dateline says where in it ("Jakarta").
            changes["place"] = place
        if event.start is None and start is not None:
            changes["start"] = start
            changes["end"] = end
        if changes.get("place") is None and event.place is None:
            met = _MEETING_VERB.search(text, self.body_start, min(len(text), self.body_start + 3000))
            if met is not None:
                stop = text.find(". ", met.end(), met.end() + 300)
                stop = met.end() + 300 if stop < 0 else stop
                places = [
                    p for p in _places.find_places(text, met.start(), min(stop, len(text))) if p.city or p.country
                ]
                places.sort(key=lambda p: p.city is None)
                if places:
                    changes["place"] = places[0]
        met_dates = self._meeting_sentence_dates()
        if met_dates is not None:
            met_start, met_end = met_dates
            current_start = changes.get("start", event.start)
            current_end = changes.get("end", event.end)
            if current_start is None or (
                isinstance(current_start, PartialDate)
                and current_start.day is not None
                and (current_end is None or str(current_end) == str(current_start))
                and str(met_start) <= str(current_start) <= str(met_end)
            ):
                # "met in Hiroshima for our Summit on May 19-21": the meeting's own days.
                changes["start"], changes["end"] = met_start, met_end
        if (
            "start" not in changes
            and event.start is None
            and today is not None
            and re.search(r"\b(?:met|meet|gathered|convened|discussed[^.]{0,80}?)\s+(?:in\s+[A-Z]\w+\s+)?today\b", text)
        ):
            changes["start"] = today
            changes["end"] = today
        if event.host is None:
            host = _HOSTING.search(text) or _HOSTED_BY.search(text)
            if host is not None:
                changes["host"] = re.sub(r"^the\s+", "", collapse(host.group("host")).strip())
        if event.ordinal is None:
            ordinal = _ordinal_of(event.name)
            if ordinal is not None:
                changes["ordinal"] = ordinal
        if event.series is None:
            series = self._series(event)
            if series is not None:
                changes["series"] = series
        return attrs.evolve(event, **changes) if changes else event  # type: ignore[arg-type]

    def _meeting_sentence_dates(self) -> tuple[PartialDate, PartialDate] | None:
        """The days of the first "… met in X on <date>" sentence near the top of the text."""
        text = self.text
        met = _MEETING_VERB.search(text, self.body_start, min(len(text), self.body_start + 3000))
        if met is None:
            return None
        end = re.compile(r"[.!?](?=\s|$)").search(text, met.end(), min(len(text), met.end() + 200))
        stop = end.start() if end is not None else min(len(text), met.end() + 200)
        for mention in _dates.find_dates(text, met.end(), stop):
            if mention.calendar == "gregorian" and mention.start.day is not None and mention.start.year is not None:
                return mention.start, mention.end or mention.start
        return None

    def _series(self, event: Event) -> str | None:
        if _names_a_declaration(event.name):
            # A text named for want of a meeting ("G7 … Leaders' Communiqué") belongs to no series.
            return None
        words = {w for w in fold(event.name).split() if len(w) > 3}
        for match in _PROCESS.finditer(self.text):
            name = collapse(match.group("name"))
            if words & {w for w in fold(name).split() if len(w) > 3}:
                return name[0].upper() + name[1:]
        base = re.sub(
            r"^(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,4}(?:st|nd|rd|th))(?:-ever)?|next|annual|inaugural)\s+",
            "",
            event.name,
            flags=re.IGNORECASE,
        )
        base = collapse(base)
        if _EVENT_HEAD.fullmatch(base):
            # "1234th Meeting" leaves "Meeting": a bare noun names no series.
            return None
        if (
            base
            and (
                event.ordinal is not None
                or re.search(
                    r"\b(?:next|previous|annual(?:ly)?|first-ever|inaugural|every year)\b", self.text, re.IGNORECASE
                )
            )
            and fold(base) in fold(self.text).replace(fold(event.name), "", 1)
        ):
            return base
        return None

    def _subject_event(self, mentions: Sequence[Event], event: Event | None, structure: Clauses) -> Event | None:
        for mention in mentions:
            if event is not None and _same(mention, event):
                continue
            opening = structure.preamble[0] if structure.preamble else None
            if (
                mention.status == "scheduled"
                and opening is not None
                and mention.span is not None
                and mention.span.start < opening.end
            ):
                return mention
            if mention.span is not None:
                before = self.text[max(0, mention.span.start - 60) : mention.span.start]
                if re.search(
                    r"\b(?:in connection with|ahead of|regarding|concerning|on the eve of|upcoming|forthcoming|in relation to|about)\s+(?:the\s+)?$",
                    before,
                    re.IGNORECASE,
                ):
                    return mention
        if event is None and structure.preamble:
            first = structure.preamble[0]
            for mention in mentions:
                if mention.span is not None and first.start <= mention.span.start < first.end:
                    return mention
        return None


# How UN-style preambular paragraphs open: a participle or an adjective of attitude.
_PREAMBULAR = re.compile(
    r"(?:(?:deeply|gravely|seriously|strongly|further|also|firmly|fully)\s+)?"
    r"(?:recalling|reaffirming|reiterating|noting|taking\s+note|welcoming|bearing\s+in\s+mind|acknowledging|"
    r"recogni[sz]ing|emphasi[sz]ing|stressing|underlining|underscoring|expressing|having\s+\w+|guided\s+by|"
    r"convinced|mindful|aware|determined|alarmed|concerned|considering|affirming|commending|cognizant|"
    r"desirous|desiring|inspired|encouraged|appreciating|regretting|deploring|condemning|observing|"
    r"taking\s+into\s+(?:account|consideration))\b",
    re.IGNORECASE,
)


def _subject_line(units: Sequence[Unit]) -> list[Signatory]:
    """The body a UN-style text speaks as: "The General Assembly," above its participle paragraphs."""
    first = next((i for i, u in enumerate(units) if _PREAMBULAR.match(u.text)), None)
    if not first:
        return []
    line = units[first - 1]
    match = re.fullmatch(r"The\s+(?P<body>[A-Z][^,;:]{2,100}),", line.text)
    if match is None or word_count(match.group("body")) > 12 or not plausible_name(match.group("body")):
        return []
    return [Signatory(name=collapse(match.group("body")), span=Span(line.start, line.end))]


def _preambular(units: Sequence[Unit], before_clauses: bool) -> list[Unit]:
    """The preamble paragraphs: without the subject line and the short line introducing the clauses.

    In the UN style ("The Ministers …, / Recalling … / Deeply concerned … / Have agreed as
    follows:") the preambular paragraphs are the participle ones; the subject above them and
    the operative phrase below them belong to the sentence the clauses complete.
    """
    kept = list(units)
    if before_clauses and kept and kept[-1].text.endswith(":") and word_count(kept[-1].text) <= 20:
        kept.pop()
    first = next((i for i, u in enumerate(kept) if _PREAMBULAR.match(u.text)), None)
    if first is not None and first > 0:
        lead = kept[:first]
        # Only a subject line (or an adoption line) ending in a comma gives way, never prose.
        if all(u.text.endswith(",") or word_count(u.text) <= 8 for u in lead):
            kept = kept[first:]
    return kept


def _attach_signers(subject: Sequence[Signatory], signers: Sequence[Signatory]) -> list[Signatory]:
    """Put the persons of a signature block on the members the text speaks for."""
    remaining = list(signers)
    out: list[Signatory] = []
    for group in subject:
        members: list[Signatory] = []
        for member in group.members or (group,):
            key = fold(member.name)
            match = next(
                (
                    s
                    for s in remaining
                    if key and (key in fold(s.name) or fold(s.name) in key or key in fold(s.title or ""))
                ),
                None,
            )
            if match is not None:
                remaining.remove(match)
                member = attrs.evolve(member, person=match.person, title=match.title, span=member.span or match.span)
            members.append(member)
        out.append(attrs.evolve(group, members=tuple(members)) if group.members else members[0])
    if remaining:
        # Signers the text does not speak for: the signature block is the better list.
        return list(signers)
    return out


_BARE_NUMBERED = re.compile(
    r"(?P<number>\d{1,4}(?:st|nd|rd|th)|[A-Za-z]{3,12}(?:st|nd|rd|th))\s+(?P<head>meeting|session|summit|conference)",
    re.IGNORECASE,
)


_IN_TOWN = re.compile(r"\bin\s+(?P<city>[A-Z][\w'’-]{2,30}(?: [A-Z][\w'’-]{2,30}){0,2}),\s+$")


def _city_before_country(text: str, country: Place, floor: int) -> Place:
    """ "met in Awaza, Turkmenistan": a town the gazetteer lacks, named before its country."""
    assert country.span is not None
    before = _IN_TOWN.search(text, max(floor, country.span.start - 60), country.span.start)
    if before is None:
        return country
    city = collapse(before.group("city"))
    return Place(
        name=f"{city}, {country.name}",
        city=city,
        country=country.country,
        span=Span(before.start("city"), country.span.end),
    )


# "Resolution adopted by the General Assembly on …": what the text is, above it.
_ADOPTED_AS = re.compile(r"\b(Resolution|Decision|Declaration)\s+adopted\s+by\b", re.IGNORECASE)
# "The General Assembly," / "The Peace and Security Council of the African Union,": the
# organ whose resolution the paragraphs after it make.
_ORGAN_OPENER = re.compile(r"(?:The|THE)\s+[A-Z][\w’'-]*(?:\s+(?:of|and|the|for|on|[A-Z][\w’'-]*)){0,10}\s*,")
# "80/1. Participation by …", "Resolution 2721 (2023)": the number a title line opens with.
_NUMBERED_TITLE = re.compile(r"^\d{1,4}/\d{1,4}\.\s+")


def first_clause_start(structure: Clauses, default: int) -> int:
    """Where the first clause starts (``default`` if there is none)."""
    return structure.items[0].head.start if structure.items else default


def _title_over_organ(text: str, header: Header, units: Sequence[Unit]) -> Header:
    """The title line over "The General Assembly," when the header is the symbol block.

    A UN or AU resolution prints its number and title ("80/1. Participation by …")
    between the distribution lines and the organ that speaks.
    """
    for index in range(1, min(len(units), 16)):
        if not _ORGAN_OPENER.fullmatch(collapse(units[index].text)):
            continue
        last = units[index - 1]
        line = collapse(text[last.start : last.end])
        if word_count(line) > 25 or line.endswith((".", ",", ";", ":")) or "\n" in text[last.start : last.end].strip():
            return header
        numbered = _NUMBERED_TITLE.match(line)
        if numbered is None:
            return header
        title = line[numbered.end() :]
        at = last.start + text[last.start : last.end].find(title)
        return attrs.evolve(header, title=title, title_span=Span(at, at + len(title)), subtitle=None)
    return header


def _title_over_clauses(
    text: str, header: Header, structure: Clauses, header_units: Sequence[Unit] = ()
) -> tuple[Header, Clauses]:
    """A heading naming a kind just above the first clause is the title when the header names none.

    A UN resolution's annex ("Annex / Awaza Political Declaration / 1. We, …") or a
    letterhead over "JOINT STATEMENT" and its points: the header lines (symbol, organ,
    distribution) are the document's, the heading over the clauses is the text's. A
    header naming a resolution yields to the declaration the resolution annexes.
    """
    if not structure.items or not structure.preamble:
        return header, structure
    named = find_kind(header.title) if header.title else None
    if named is None or named[0] == "resolution":
        # "Resolution adopted by the General Assembly …" over "80/1. <Title>" is no title.
        header = _title_over_organ(text, header, [*header_units, *structure.preamble])
    header_kind = find_kind(header.title) if header.title else None
    last = structure.preamble[-1]
    raw = text[last.start : last.end]
    lines = [line for line in raw.strip().split("\n") if line.strip()]
    # The title repeated over the annexed text ("80/3. Awaza Political Declaration" …
    # "Annex / Awaza Political Declaration"): the text starts at the repeat.
    repeated = bool(lines) and header.title is not None and fold(collapse(lines[-1])) == fold(header.title)
    if header_kind is not None and header_kind[0] != "resolution" and not repeated:
        return header, structure
    if not lines or len(lines) > 3 or any(word_count(line) > 10 for line in lines):
        return header, structure
    line = collapse(lines[-1])
    if line.endswith((".", ",", ";", ":")) or not line[:1].isupper():
        return header, structure
    found = find_kind(line)
    if found is None or (header_kind is not None and found[0] == header_kind[0] and not repeated):
        return header, structure
    at = last.start + raw.rfind(lines[-1].strip())
    title = title_case(line) if is_all_caps(line) else line
    header = attrs.evolve(header, title=title, title_span=Span(at, at + len(lines[-1].strip())), subtitle=None)
    return header, attrs.evolve(structure, preamble=tuple(structure.preamble[:-1]))


def _title_states(title: str | None) -> list[Signatory]:
    """The two states a joint text's title names ("… visit of the Prime Minister of A to B").

    A joint communiqué or statement between two governments is theirs; a title naming
    exactly two states, whatever the words between them, names its two issuers.
    """
    if not title:
        return []
    names: dict[str, str] = {}
    for place in _places.find_places(title):
        if place.city is None and place.country is not None and place.country not in names:
            names[place.country] = _places.country_name(place.country) or place.name or place.country
    if len(names) != 2:
        return []
    return [Signatory(name=name) for name in names.values()]


def _persons_named(title: str | None, signatories: list[Signatory]) -> list[Signatory]:
    """One signatory per person a title's issuer phrase names.

    "Statement of the President of the Commission A, the President of the Council B and
    the Prime Minister of C D" is issued by three people, not by one long phrase.
    """
    if title is None or len(signatories) > 1:
        return signatories
    issuer = title_issuer(title)
    if issuer is None:
        return signatories
    persons = [a for a in find_actors_in(issuer) if a.kind == "person"]
    if len(persons) >= 2 or (persons and not (signatories and plausible_name(signatories[0].name))):
        return [Signatory(name=a.name) for a in persons]
    return signatories


def _visit_days(event: Event, mentions: Sequence[Event], day: PartialDate | None) -> Event:
    """A visit named in the title takes its days and place from the text's account of it.

    "Joint Communiqué on the occasion of the visit of the Prime Minister of A to B" names
    the visit; "… paid a working visit to B on 12-13 August" gives its days and where it was.
    """
    if event.kind != "visit" or day is None or day.day is None:
        return event
    if event.start is not None and event.start.day is not None and str(event.start) <= str(day) <= str(event.end or event.start):
        return event
    for mention in mentions:
        if mention is event or mention.kind != "visit" or mention.start is None or mention.start.day is None:
            continue
        if str(mention.start) <= str(day) <= str(mention.end or mention.start):
            return attrs.evolve(event, start=mention.start, end=mention.end, place=mention.place or event.place)
    return event


def _meeting_of(event: Event, body: str) -> Event:
    """ "1234th Meeting" of a council that issues the text is "1234th meeting of the <council>"."""
    bare = _BARE_NUMBERED.fullmatch(event.name.strip())
    if bare is None or not re.search(
        r"\b(?:Council|Assembly|Commission|Committee|Board|Conference|Parliament)\b", body
    ):
        return event
    name = f"{bare.group('number').lower()} {bare.group('head').lower()} of the {body}"
    return attrs.evolve(event, name=name)


def _names_a_declaration(name: str) -> bool:
    """Whether an event name is the name of a text ("… Summit Communiqué"), not of a meeting."""
    found = find_kind(name)
    if found is None:
        return False
    # "Conference on the Vienna Declaration" is a meeting: there the kind is a complement.
    before = fold(name)[: found[1]].split()
    return not before or before[-1] not in {"on", "of", "for", "about", "to", "the", "a"}


def _event_key(name: str) -> str:
    """An event name folded for comparison: "Australia - Indonesia" is "Australia-Indonesia"."""
    return re.sub(r"\s*([-–—])\s*", "-", fold(name)).replace("–", "-").replace("—", "-")


def _respell(event: Event, spelled_in: str | None) -> Event:
    """Give ``event`` the spelling its name has in ``spelled_in`` (the cleaned title)."""
    if not spelled_in:
        return event
    at = fold(spelled_in).find(fold(event.name))
    if at < 0:
        return event
    spelled = spelled_in[at : at + len(event.name)]
    if fold(spelled) != fold(event.name):
        return event
    series = spelled if event.series is not None and fold(event.series) == fold(event.name) else event.series
    return attrs.evolve(event, name=spelled, series=series)


def _same(a: Event, b: Event) -> bool:
    if a.span is not None and b.span is not None and a.span == b.span:
        return True
    return fold(a.name) == fold(b.name)


_TITLE_EVENT = re.compile(
    r"(?:\bof|\bat|\bfollowing|\bfrom|\bon the occasion of|\bduring|\bissued at|\badopted at|\bafter)\s+(?:the\s+)?(?P<name>[^,;:()\[\]]{3,160})",
    re.IGNORECASE,
)


_TITLE_CUE = re.compile(
    r"\b(?:at|following|on the occasion of|during|issued at|adopted at|after)\s+(?:the\s+)?", re.IGNORECASE
)


def _event_name_in_title(title: str | None) -> str | None:
    """The meeting a title names ("Final Declaration of the Second Vienna Conference")."""
    if not title:
        return None
    title = re.sub(r"\s*\[[^\]]{0,40}\]\s*", " ", title).strip()
    kind = find_kind(title)
    candidates: list[str] = []
    if ":" in title:
        candidates.append(title.split(":", 1)[1].strip())
    for match in _TITLE_EVENT.finditer(title):
        candidates.append(match.group("name").strip())
    if kind is None:
        candidates.append(title)
    for candidate in candidates:
        head = _EVENT_HEAD.search(candidate)
        if head is None:
            continue
        # "of Palestine during the eightieth session": the meeting starts after the inner cue.
        inner = list(_TITLE_CUE.finditer(candidate, 0, head.start()))
        if inner:
            candidate = candidate[inner[-1].end() :]
            head = _EVENT_HEAD.search(candidate)
            if head is None:
                continue
        name = candidate[: head.end()]
        # Keep a name's own complement ("Meeting on Foreign Terrorist Fighters").
        rest = candidate[head.end() :]
        complement = re.match(r"\s+(?:on|of|for)\s+[^,;:]{3,120}", rest, re.IGNORECASE)
        if complement and not re.match(r"\s+of\s+the\s+(?:leaders|heads|ministers)\b", rest, re.IGNORECASE):
            name += complement.group(0)
        name = re.sub(r"\s+\d{1,2}\s+\w+$|\s+(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?$", "", name).strip()
        name = re.sub(r"^(?:the|a)\s+", "", name, flags=re.IGNORECASE)
        if word_count(name) >= 2 and (name[:1].isupper() or name[:1].isdigit()):
            return name
    return None


def _shifted(mention: _dates.DateMention, offset: int) -> _dates.DateMention:
    original = mention.original
    if original is not None and original.span is not None:
        original = attrs.evolve(original, span=original.span.shift(offset))
    return attrs.evolve(mention, span=mention.span.shift(offset), original=original)


def _bare_event_head(title: str) -> str | None:
    """The event noun a title names without a name ("… Following the Summit of …")."""
    match = re.search(
        r"\b(?:following|after|at|of)\s+the\s+(summit|conference|meeting|forum|talks|visit)\b", title, re.IGNORECASE
    )
    return match.group(1).lower() if match else None


def _iso(value: str) -> PartialDate | None:
    try:
        return PartialDate.parse(value[:10])
    except ValueError:
        return None


def _name_like(text: str) -> bool:
    """Whether a line reads as a name (of a person, office or organisation), not prose."""
    body = text.strip()
    words = body.split()
    if body.endswith((":", ";")) and 1 <= len(words) <= 20 and words[0][:1].isupper():
        # A group heading of a signatory list ("X, that comprised the following parties;").
        return True
    if not 1 <= len(words) <= 16 or (
        body.endswith((".", ":", "?", "!")) and not body.endswith(("Jr.", "Sr.", "Inc.", "Ltd."))
    ):
        return body.endswith(":") and len(words) <= 16
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitals / len(words) >= 0.5 and word_count(body) <= 16


def _lines_name_like(text: str, unit: Unit) -> bool:
    lines = [collapse(line) for line in text[unit.start : unit.end].split("\n") if line.strip()]
    return len(lines) >= 2 and all(_name_like(line) or looks_like_date(line) for line in lines)
