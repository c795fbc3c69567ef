"""Who issues a declaration: signature lists, nested memberships, first-person subjects.

Three sources, tried in order: an explicit list of names after (or before) the text,
with groups whose members follow them; the subject the text speaks as ("We, the
participants of …", "Ministers from A, B and C met …"); and the issuer the title
names ("Statement of the Ministry of …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .._model import Signatory, Span
from ._places import country_code as _country_code
from ._text import collapse, fold, is_chrome, is_noise, is_other_script, sentences, word_count

__all__ = [
    "adopted_by",
    "bilateral_signatories",
    "is_bio",
    "is_list_intro",
    "parse_signature_lines",
    "plausible_name",
    "subject_signatories",
    "title_pair",
    "title_signatories",
    "title_signatory",
]

_INTRO = re.compile(
    r"^(?:names?\s+of\b|list\s+of\b|signed\b|signatories\b|signatory\b|endorsed\s+by\b|on\s+behalf\s+of\b$|"
    r"undersigned\b|the\s+following\s+(?:organi[sz]ations|parties|entities|groups)\b|supported\s+by\b|issued\s+by\b)",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\b(?:that|which|who)?\s*(?:comprised|comprises|comprising|consisting|consists|composed|including|includes)\b.{0,80}$",
    re.IGNORECASE,
)


def is_list_intro(text: str) -> bool:
    """Whether a line introduces a list of signatories ("Names of … in alphabetical order")."""
    return bool(_INTRO.match(text.strip())) and word_count(text) <= 16


def is_bio(name_line: str, paragraph: str) -> bool:
    """Whether ``paragraph`` is a short biography of the person ``name_line`` names."""
    name = name_line.strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return paragraph.startswith(name) and bool(re.match(r"\s+(?:is|was|has|serves|works)\b", paragraph[len(name) :]))


_TITLES = re.compile(
    r"^(?P<title>(?:(?:Deputy|Vice|Acting|Former|Foreign|Prime|Chief|Executive|Permanent|Special|High|Senior|Secretary|Under|Assistant|Chargé|Charge)[\s-]+){0,3}"
    r"(?:President|Prime Minister|Minister|Chancellor|King|Queen|Emir|Sultan|Ambassador|Representative|Secretary(?:-General| General)?|"
    r"Commissioner|Chair(?:man|woman|person)?|Director(?:-General| General)?|Governor|Premier|Envoy|d[’']Affaires|Head of (?:State|Government)|Leader))"
    r"\s+(?P<person>[A-Z][^\n]{1,80}?)\s+(?:of|for)\s+(?P<entity>(?:the\s+)?[A-Z][^\n]{1,120})$"
)


_ROLE_WORDS = (
    r"(?:President|Prime Minister|Minister|Chancellor|King|Queen|Emir|Sultan|Ambassador|Representative|Secretary|"
    r"Commissioner|Chair|Director|Governor|Premier|Envoy|Head|Leader|Spokesperson|Mayor|Vice|Deputy|Foreign|High)"
)
_NAME_COMMA_ROLE = re.compile(
    r"^(?P<person>[A-Z][\w.'’-]{1,30}(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w.'’-]{1,30}){1,3}),\s+"
    r"(?:the\s+)?(?P<title>" + _ROLE_WORDS + r"\b[^,;:]{0,120})$"
)


def _person_line(line: str) -> Signatory | None:
    named = _NAME_COMMA_ROLE.match(line)
    if named is not None:
        # "Charles Michel, President of the European Council": the person signs.
        person = named.group("person").strip()
        return Signatory(name=person, person=person, title=named.group("title").strip(" ,."))
    match = _TITLES.match(line)
    if not match:
        return None
    entity = re.sub(r"^the\s+", "", match.group("entity").strip(" ,;."))
    return Signatory(name=entity, person=match.group("person").strip(" ,"), title=match.group("title").strip())


_ON_BEHALF = re.compile(r"^(?:For|On behalf of|FOR|ON BEHALF OF)\s+(?:the\s+|THE\s+)?(?P<entity>[A-Z].{2,120})$")


def _name(line: str) -> str:
    return collapse(line).strip(" ,;:.–-•*")


def parse_signature_lines(lines: Sequence[tuple[str, Span]]) -> list[Signatory]:
    """Read a list of signatory lines, with groups and their members.

    A line ending in a colon or semicolon, or saying that it *comprises* what follows,
    opens a group; the lines after it are its members until the next group. A group
    named twice is one group.
    """
    joined: list[tuple[str, Span]] = []
    for raw, span in lines:
        line = collapse(raw)
        if (
            joined
            and 1 <= word_count(line) <= 2
            and _person_line(collapse(joined[-1][0])) is not None
            and not line.endswith((":", ";"))
        ):
            previous, previous_span = joined[-1]
            joined[-1] = (previous.rstrip() + " " + line, previous_span.cover(span))
        else:
            joined.append((raw, span))
    out: list[Signatory] = []
    groups: dict[str, int] = {}
    current: int | None = None
    signing: int | None = None
    for raw, span in joined:
        line = collapse(raw)
        if not line or is_noise(line) or is_list_intro(line):
            continue
        group = _GROUP.search(line)
        opens = line.endswith((":", ";")) or group is not None
        if opens:
            name = _name(line[: group.start()] if group else line)
            if not name:
                continue
            key = fold(name)
            if key in groups:
                current = groups[key]
            else:
                out.append(Signatory(name=name, span=span))
                current = groups[key] = len(out) - 1
            continue
        behalf = _ON_BEHALF.match(line)
        if behalf is not None:
            out.append(Signatory(name=_name(behalf.group("entity")), span=span))
            current = None
            signing = len(out) - 1
            continue
        if signing is not None and re.fullmatch(r"\(?(?:signed|sgd\.?|signature)\)?", line, re.IGNORECASE):
            continue
        if signing is not None and word_count(line) <= 8:
            holder = out[signing]
            if holder.person is None:
                out[signing] = Signatory(
                    name=holder.name, person=_name(line), span=holder.span.cover(span) if holder.span else span
                )
                continue
            if holder.title is None:
                out[signing] = Signatory(
                    name=holder.name,
                    person=holder.person,
                    title=_name(line),
                    span=holder.span.cover(span) if holder.span else span,
                )
                signing = None
                continue
        signing = None
        person = _person_line(line)
        entry = (
            Signatory(name=person.name, person=person.person, title=person.title, span=span)
            if person
            else Signatory(name=_name(line), span=span)
        )
        if current is not None:
            parent = out[current]
            out[current] = Signatory(
                name=parent.name,
                members=(*parent.members, entry),
                person=parent.person,
                title=parent.title,
                span=parent.span.cover(span) if parent.span else span,
            )
        else:
            out.append(entry)
    return out


_WE_COMMA = re.compile(r"\b(?:[Ww]e|WE)[*_]{0,2},\s+(?:the\s+)?(?P<np>[^,;:]{3,300}?)\s*(?:,|$)")
_WE_DASH = re.compile(r"\b(?:[Ww]e|WE)[*_]{0,2}\s*[—–]\s*(?:the\s+)?(?P<np>[^—–]{3,1200}?)\s*[—–]")
_SPEAKING_VERB = re.compile(
    r"\s(?:gather|have\s+gathered|declare|hereby|adopt|issue|agree|have\s+agreed|affirm|reaffirm|commit)\b"
)
_MEET = re.compile(r"\s(?:met|meet|meeting|gathered|convened|assembled|discussed|came together|have met|held talks)\b")
_HEADS = re.compile(
    r"\b(?:leaders?|ministers?|heads?|governments?|participants?|representatives?|delegations?|delegates?|officials?|members?|"
    r"presidents?|states|countries|parties|secretaries|chancellors?|premiers?|signatories|organi[sz]ations)\b",
    re.IGNORECASE,
)
_LIST_OF = re.compile(r"^(?P<head>.{1,80}?)\s+(?:of|from)\s+(?P<list>.+)$")
_PERSON_GROUPS = re.compile(
    r"^(?:the\s+)?(?:leaders?|heads?\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents?|representatives?|delegations?)$",
    re.IGNORECASE,
)


def _split_list(text: str) -> list[str]:
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=the\b|[A-Z])", text)
    return [re.sub(r"^the\s+", "", i.strip(" ,.;")) for i in items if i.strip(" ,.;")]


_OF_OR_FROM = re.compile(r"\s(?:of|from)\s")


def _list_split(phrase: str) -> tuple[str, list[str]] | None:
    """Where "Ministers of Foreign Affairs of A, B and C" turns from the head to its list.

    The first "of" unless a later one is followed by nothing but states' names
    ("… of Brazil, Russia and India"); "Republic of Korea" stays one item.
    """
    first: tuple[str, list[str]] | None = None
    for match in _OF_OR_FROM.finditer(phrase, 0, 81):
        head, items = phrase[: match.start()].strip(), _split_list(phrase[match.end() :])
        if not head or not items:
            continue
        if len(items) >= 2 and all(_country_code(i) for i in items):
            return head, items
        first = first or (head, items)
    return first


def _item_span(text: str | None, span: Span | None, item: str) -> Span | None:
    """Where a list item of the phrase at ``span`` is in ``text`` (``None`` if not found there)."""
    if text is None or span is None:
        return None
    at = text.find(item, span.start, span.end)
    return Span(at, at + len(item)) if at >= 0 else None


def _from_phrase(phrase: str, span: Span | None, text: str | None = None) -> list[Signatory]:
    phrase = collapse(phrase).strip(" ,")
    phrase = re.sub(r"^(?:we\s*[,—–]\s*)?the\s+", "", phrase, flags=re.IGNORECASE)
    person = None
    hon = re.search(
        r",\s+(?:the\s+)?(?:Hon\.?|H\.?E\.?|Honou?rable|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?P<person>[A-Z][^,]{2,60})$",
        phrase,
    )
    if hon:
        person = hon.group("person").strip()
        phrase = phrase[: hon.start()]
    split = _list_split(phrase)
    if split is not None:
        head, items = split
        if len(items) >= 3 and all(word_count(i) <= 8 for i in items):
            members = tuple(Signatory(name=i, span=_item_span(text, span, i)) for i in items)
            return [Signatory(name=head, members=members, span=span)]
        if len(items) == 2 and _PERSON_GROUPS.match(head):
            return [Signatory(name=i, span=_item_span(text, span, i) or span) for i in items]
    return [Signatory(name=phrase, person=person, span=span)] if phrase else []


# Words that make a phrase a clause rather than a name.
_CLAUSE_WORD = re.compile(
    r"\b(?:we|our|us|they|is|are|was|were|will|shall|would|should|must|have|has|had|resolve[sd]?|guided|met|agreed?)\b",
    re.IGNORECASE,
)


def plausible_name(name: str) -> bool:
    """Whether ``name`` can be the name of a signatory: short, with no verb or clause punctuation.

    >>> plausible_name("Foreign Ministers of the Pacific Islands Forum")
    True
    >>> plausible_name("As leaders of Australia, guided by our ideals, we resolve to")
    False
    """
    body = collapse(name)
    if not body or word_count(body) > 20 or re.search(r"[;!?]", body):
        return False
    return _CLAUSE_WORD.search(body) is None


def _plausible(found: list[Signatory]) -> list[Signatory]:
    """Nothing rather than a sentence taken for a name."""
    if all(plausible_name(s.name) and all(plausible_name(m.name) for m in s.members) for s in found):
        return found
    return []


_AS_HEADS = re.compile(
    r"\bAs\s+(?:the\s+)?(?P<head>leaders|heads\s+of\s+state(?:\s+and\s+government)?|heads\s+of\s+government|"
    r"(?:foreign\s+)?ministers|presidents|prime\s+ministers|representatives)\s+of\s+(?P<list>[^.;:]{3,300}?),\s+"
    r"(?=[a-z])(?!the\b|and\b|or\b|as\b)",
)


def _as_heads(text: str, start: int, end: int, country_code: Callable[[str], str | None] | None) -> list[Signatory]:
    """ "As leaders of A, B, and C, … we …": the states the authors speak for."""
    match = _AS_HEADS.search(text, start, min(end, start + 2000))
    if match is None:
        return []
    items = _split_list(match.group("list"))
    if len(items) < 2 or not all(plausible_name(i) and word_count(i) <= 6 for i in items):
        return []
    spans: list[Span | None] = []
    for item in items:
        at = text.find(item, match.start("list"), match.end("list"))
        spans.append(Span(at, at + len(item)) if at >= 0 else None)
    if country_code is not None and all(country_code(i) for i in items):
        return [Signatory(name=i, span=sp) for i, sp in zip(items, spans, strict=True)]
    head = match.group("head")
    return [
        Signatory(
            name=head,
            members=tuple(Signatory(name=i, span=sp) for i, sp in zip(items, spans, strict=True)),
            span=Span(match.start("head"), match.end("list")),
        )
    ]


def subject_signatories(
    text: str, start: int, end: int, country_code: Callable[[str], str | None] | None = None
) -> list[Signatory]:
    """The issuer the text speaks as, from ``text[start:end]`` (the opening paragraphs).

    Args:
        text: the document text.
        start: where the opening paragraphs start.
        end: where they end.
        country_code: tells a state's name from other names (``None``: never).
    """
    found = _as_heads(text, start, end, country_code)
    if not found and country_code is not None:
        found = _states_speaking(text, start, end, country_code)
    return found or _plausible(_subject_signatories(text, start, end))


# "the United States and Mexico are announcing …": two states as the subject of a speech act.
_STATES_SPEAKING = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+and\s+(?:the\s+)?(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"\s+(?:(?:are|have|will|jointly|hereby|also|today)\s+){0,2}"
    r"(?:announc|agree|affirm|reaffirm|commit|declar|decid|resolv|pledg|condemn|call)\w{0,4}\b"
)


def _states_speaking(text: str, start: int, end: int, country_code: Callable[[str], str | None]) -> list[Signatory]:
    """Two states the opening text makes the subject of what is said ("A and B are announcing …")."""
    for match in _STATES_SPEAKING.finditer(text, start, min(end, start + 3000)):
        first, second = match.group("a"), match.group("b")
        if first != second and country_code(first) and country_code(second):
            return [
                Signatory(name=first, span=Span(match.start("a"), match.end("a"))),
                Signatory(name=second, span=Span(match.start("b"), match.end("b"))),
            ]
    return []


def _read_on_list(region: str, at: int, np: str) -> str:
    """ "We, the Ministers of A, B and C, met …": the first comma is inside the list of names."""
    window = region[at : at + 400]
    stop = re.search(r"[.;:]\s|\n\s*\n", window)
    window = window[: stop.start()] if stop else window
    verb = _MEET.search(window) or _SPEAKING_VERB.search(window)
    if verb is None:
        return np
    candidate = window[: verb.start()].rstrip(" ,")
    listed = _LIST_OF.match(candidate)
    if len(candidate) <= len(np) or listed is None:
        return np
    items = _split_list(listed.group("list"))
    if len(items) >= 2 and all(i[:1].isupper() and word_count(i) <= 6 and plausible_name(i) for i in items):
        return candidate
    return np


def _subject_signatories(text: str, start: int, end: int) -> list[Signatory]:
    region = text[start:end]
    dash = _WE_DASH.search(region)
    comma = _WE_COMMA.search(region)
    for match in sorted((m for m in (dash, comma) if m), key=lambda m: m.start()):
        np = match.group("np")
        if match is comma:
            np = _read_on_list(region, match.start("np"), np)
        # "We, the Member States of X and Y gather on …": the phrase ends at its verb.
        verb = _MEET.search(np) or _SPEAKING_VERB.search(np)
        if verb is not None:
            np = np[: verb.start()]
        if _HEADS.search(np) and word_count(np) <= 200:
            span = Span(start + match.start("np"), start + match.start("np") + len(np.rstrip()))
            return _from_phrase(np, span, text)
    for sentence_start, sentence_end in sentences(region, 0, min(len(region), 4000)):
        sentence = region[sentence_start:sentence_end]
        lead = re.match(r"\s*(?:[-–•*·]\s+|\d{1,3}[.)]\s+)?", sentence)
        if lead is not None and lead.end():
            sentence = sentence[lead.end() :]
        verb = _MEET.search(sentence)
        if not verb:
            continue
        subject = sentence[: verb.start()]
        cut = 0
        for comma_match in re.finditer(r",\s+", subject):
            if _HEADS.search(subject[comma_match.end() :]) and re.match(
                r"^(?:At|On|In|Following|After|Upon|During|Today|Yesterday|Under|Further)\b", subject.strip()
            ):
                cut = comma_match.end()
        subject = subject[cut:]
        dated = re.match(r"^\s*(?:On|In|At)\b[^,]{0,40}?\d{4},?\s+", subject)
        if dated:
            subject = subject[dated.end() :]
        parts = re.split(r",?\s+(?:as well as|together with|along with)\s+", subject)
        if not any(_HEADS.search(p) for p in parts):
            continue
        out: list[Signatory] = []
        base = start + sentence_start + (lead.end() if lead is not None else 0)
        for part in parts:
            offset = sentence.find(part.strip())
            part_span = Span(base + offset, base + offset + len(part.strip())) if offset >= 0 else None
            out.extend(_from_phrase(part, part_span, text))
        return out
    return []


_TITLE_ISSUER = re.compile(
    r"^(?:joint\s+)?(?:press\s+)?(?:statement|declaration|communiqu[ée]|resolution)\s+(?:of|by|from)\s+(?:the\s+)?(?P<issuer>.{3,200})$",
    re.IGNORECASE,
)
_EVENTISH = re.compile(
    r"\b(?:conference|meeting|summit|forum|session|visit|talks|assembly|congress|convention|dialogue|round|consultations?)\b",
    re.IGNORECASE,
)


# "Security Council Press Statement on …": a body names itself before the kind.
_ORGAN_BEFORE_KIND = re.compile(
    r"^(?:the\s+)?(?P<organ>(?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?){0,6}"
    r"(?:Council|Commission|Assembly|Ministry|Government|Secretariat|Parliament|Committee|Union|Presidency|Office|Board|Court|"
    r"Senate|Cabinet|Congress|Department))\s+(?:joint\s+)?(?:press\s+)?(?:statement|declaration|communiqu[ée]|resolution)\b",
    re.IGNORECASE,
)
_BODY_OF_MEETING = re.compile(
    r"\b(?:of|at)\s+the\s+(?:\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|[A-Za-z]{3,12}(?:th|st|nd|rd|TH|ST|ND|RD))\s+"
    r"(?P<body>[A-Z][A-Z0-9+]{1,9})\s+(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Ss]ession|[Ff]orum|SUMMIT|MEETING)\b"
)
_ADOPTED_BY = re.compile(
    r"\b(?:[Aa]dopted|[Ii]ssued)\s+by\s+(?:the\s+)?(?P<issuer>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|on|the)){0,10})"
)


def adopted_by(text: str, start: int, end: int) -> Signatory | None:
    """The body an "Adopted by the …" or "Issued by the …" line names."""
    match = _ADOPTED_BY.search(text, start, min(end, start + 3000))
    if match is None:
        return None
    issuer = re.sub(r"(?:\s+(?:of|and|for|on|the))+$", "", match.group("issuer")).strip()
    if not plausible_name(issuer) or word_count(issuer) < 1:
        return None
    return Signatory(name=issuer, span=Span(match.start("issuer"), match.start("issuer") + len(issuer)))


def _opens_with_kind(title: str) -> bool:
    """Whether a title opens with its kind ("Chairman's Statement of …", "Joint Communiqué of …")."""
    return (
        re.match(
            r"^(?:[\w'’]+\s+){0,2}(?:statement|declaration|communiqu[ée]|resolution)\s+(?:of|by|from)\b",
            collapse(title),
            re.IGNORECASE,
        )
        is not None
    )


def title_issuer(title: str | None) -> str | None:
    """The issuer phrase of a "Statement of/by/from …" title, as written (``None`` if none)."""
    match = _TITLE_ISSUER.match(collapse(title)) if title else None
    return match.group("issuer") if match else None


def title_signatories(title: str | None, country_code: Callable[[str], str | None] | None = None) -> list[Signatory]:
    """The issuers a title names ("Statement of the Ministry of Foreign Affairs of …").

    A title naming several states ("Joint Statement of the United States and India")
    gives one signatory per state.
    """
    if not title:
        return []
    match = _TITLE_ISSUER.match(collapse(title))
    if not match:
        organ = _ORGAN_BEFORE_KIND.match(collapse(title))
        if organ is not None:
            return [Signatory(name=organ.group("organ"))]
        body = _BODY_OF_MEETING.search(collapse(title)) if _opens_with_kind(title) else None
        return [Signatory(name=body.group("body"))] if body is not None else []
    issuer = match.group("issuer").strip(" .")
    # "Statement by the Spokesperson on the elections in …": the topic is no part of the issuer.
    topic = re.search(
        r"\s+(?:on|regarding|concerning|about|following|after|ahead of|in response to|in connection with)\s+",
        issuer,
    )
    if topic is not None and topic.start() > 0:
        issuer = issuer[: topic.start()]
    if _EVENTISH.search(issuer):
        # "Chairman's Statement of the 42nd ASEAN Summit": the body whose meeting it is.
        body = _BODY_OF_MEETING.search(collapse(title))
        return [Signatory(name=body.group("body"))] if body is not None else []
    if country_code is not None:
        core = re.sub(
            r"^(?:the\s+)?(?:leaders|governments|heads\s+of\s+state(?:\s+and\s+government)?|(?:foreign\s+)?ministers)\s+of\s+(?:the\s+)?",
            "",
            issuer,
            flags=re.IGNORECASE,
        )
        parts = [re.sub(r"^the\s+", "", p.strip()) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", core) if p.strip()]
        if len(parts) >= 2 and all(country_code(p) for p in parts):
            return [Signatory(name=p) for p in parts]
    return [Signatory(name=issuer)]


def title_signatory(title: str | None) -> Signatory | None:
    """The single issuer a title names, if it names one."""
    found = title_signatories(title)
    return found[0] if found else None


_PAIR = re.compile(r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ?[-–—] ?(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")


def title_pair(title: str | None, country_code: Callable[[str], str | None]) -> list[Signatory]:
    """Two states a title pairs with a hyphen ("India-Japan Joint Statement", "Australia - Indonesia Forum")."""
    if not title:
        return []
    for match in _PAIR.finditer(collapse(title)):
        first, second = match.group("a"), match.group("b")
        # "Australia - Indonesia Ministerial Forum": the pair ends where the states do.
        while second and not country_code(second) and " " in second:
            second = second.rsplit(" ", 1)[0]
        if country_code(first) and country_code(second) and country_code(first) != country_code(second):
            return [Signatory(name=first), Signatory(name=second)]
    return []


def bilateral_signatories(
    text: str, start: int, end: int, country_code: Callable[[str], str | None]
) -> list[Signatory]:
    """Two states that the opening text pairs ("Sweden and Afghanistan …")."""
    pattern = re.compile(r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) and (?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")
    for match in pattern.finditer(text, start, min(end, start + 3000)):
        first, second = match.group("a"), match.group("b")
        if country_code(first) and country_code(second) and first != second:
            return [
                Signatory(name=first, span=Span(match.start("a"), match.end("a"))),
                Signatory(name=second, span=Span(match.start("b"), match.end("b"))),
            ]
    return []


def tail_kind(line: str) -> str | None:
    """Residue kind for a line after the declaration that is not a signatory."""
    if is_other_script(line):
        return "other_script"
    if is_chrome(line):
        return "chrome"
    return None
