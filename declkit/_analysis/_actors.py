"""Actors: persons with roles, organisations with acronyms, groups and states.

Everything here is English apposition and title grammar, not a list of names:

* an acronym defined next to its long form ("the National Resistance Front (NRF)",
  "the International Criminal Court ICC", "OIC (Organization of Islamic
  Cooperation)") when its letters are the long form's initials;
* organisations as capitalised names with an organisational noun at the head or the
  lead ("… Council", "Ministry of …"), or before a lower-case one ("the Georgian Dream
  party"), groups as "the X" names that recur, states from the gazetteer;
* persons as capitalised names that are neither places nor organisations, with the
  role and affiliation that a title before the name ("Australian Attorney General
  George Brandis", "Chinese foreign ministry spokesperson Geng Shuang") or an
  apposition after or before it ("X, the leader of the Y"; "the commander of the Y,
  X") gives. Honorifics (H.E., Hon., Dr, Senator …) are not part of a name.

One actor is kept per distinct name: later mentions add a missing role, affiliation or
acronym, and a surname alone ("Massoud") is the person named in full earlier.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from .._layout import Layout
from .._model import Actor, Span
from ._names import MINOR_WORDS, Token, acronym_matches, fold, is_capitalised
from ._places import country_code, country_name, demonym_code, lowercase_words, words_in

__all__ = ["acronyms", "find_actors", "find_actors_in"]

#: Nouns that name an office or a role a person holds.
ROLE_HEADS = frozenset(
    """
    president presidents chairman chairwoman chairperson chair leader leaders head chief
    commander minister ministers secretary secretaries spokesperson spokesman spokeswoman
    spokespeople ambassador envoy representative adviser advisor director governor mayor
    senator congressman congresswoman king queen prince princess emir sultan premier
    chancellor counterpart speaker founder cofounder ceo coordinator commissioner judge
    prosecutor rapporteur delegate councillor councilor lawmaker legislator member members
    officer official officials attorney general colonel captain lieutenant major admiral
    marshal sheikh imam cleric activist journalist oligarch businessman businesswoman lawyer
    scholar analyst expert professor researcher fellow writer author editor correspondent
    deputy vice mp affaires pm fm dpm vp governor-general secretary-general director-general president-elect
    foreign-minister chargé charge consul diplomat negotiator mediator observer monarch
    viceroy chieftain warlord emissary administrator superintendent undersecretary
    under-secretary registrar treasurer comptroller auditor ombudsman pope patriarch
    archbishop bishop cardinal rabbi mufti ayatollah dean rector provost principal priest pastor
    facilitator moderator convener convenor champion coordinator chairs co-chair co-chairs
    """.split()
)

#: Words that qualify a role ("former", "deputy", "foreign", "top security").
ROLE_MODIFIERS = frozenset(
    """
    former deputy vice acting interim outgoing incoming newly appointed elected designate
    top senior chief junior assistant associate executive general special permanent
    foreign defence defense security home interior finance trade justice health education
    economy economic environment energy labour labor transport agriculture culture
    immigration information communications national coordinating prime principal first
    second state federal regional provincial legitimate self-proclaimed de facto late
    then current sitting longtime long-time veteran military army navy air force police
    intelligence opposition party union parliamentary presidential ministerial joint
    high lord grand supreme co-chair co attorney secretary minister affairs political
    legal social policy press climate human rights aid humanitarian development budget tax
    customs maritime naval space cyber counterterrorism counter-terrorism terrorism drug
    refugee migration disaster emergency relief electoral domestic internal external public
    media legislative judicial constitutional ruling supreme spiritual religious
    """.split()
)

#: Courtesy titles and ranks that go before a name but are not part of it.
HONORIFICS = frozenset(
    """
    he hon honourable honorable excellency his her dr doctor mr mrs ms miss mx sir dame
    lord lady senator sen sec rep representative dato datuk tan tun gen general
    col colonel lt capt captain maj major adm admiral brig prof professor rev reverend
    sheikh shaikh sheik councillor councilor cllr judge justice ambassador amb president
    pres gov governor mayor queen king prince princess emir sultan mp mep h e pm fm dpm
    excellencies honourable ayatollah imam rabbi cardinal archbishop bishop
    """.split()
)

# Honorifics that are offices in their own right: before a name they are its title.
_TITLE_HONORIFICS = frozenset(
    "president pres king queen prince princess emir sultan governor gov mayor ambassador amb judge justice pm fm dpm".split()
)

# Bodies that make one title with the role after them ("Cabinet Secretary").
_TITLE_BODIES = frozenset({"cabinet"})

# Offices that "General" completes ("Attorney General", "Secretary-General").
_GENERAL_TITLES = frozenset(
    "attorney secretary director governor inspector solicitor auditor consul surgeon procurator advocate commissioner postmaster".split()
)

# Organisation nouns that, before a role, name the body the person speaks for
# ("foreign ministry spokesperson"); "army chief" stays one role.
_BODY_NOUNS = frozenset(
    "ministry office department bureau agency council committee commission embassy secretariat parliament government party court".split()
)

#: Letters after a name that are not part of it.
POSTNOMINALS = frozenset("mp qc kc mep mla mpp obe mbe cbe kbe dbe ao ac phd md esq".split())

#: Suffixes that are part of a name.
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())

#: Nouns that make a capitalised name an organisation.
ORG_NOUNS = frozenset(
    """
    front council court party parties movement organization organisation union nations
    assembly committee commission ministry institute institution agency bank fund
    association group parliament government alliance league forum office department
    bureau service services authority board secretariat conference federation
    coalition society foundation center centre network army police force forces
    corps command embassy consulate mission university college academy tribunal senate
    congress cabinet presidency administration community company corporation
    programme program initiative taskforce task unit division directorate house
    council's observatory trust club caucus delegation chamber
    """.split()
)

#: Lower-case organisational nouns after a capitalised name ("the Georgian Dream party").
_TRAILING_ORG_NOUNS = frozenset(
    "party movement group militia coalition alliance faction network organization organisation".split()
)

#: Nouns of events and documents: names ending in them are not actors.
EVENT_NOUNS = frozenset(
    """
    conference meeting meetings summit declaration statement communique communiqué
    agreement accord accords resolution charter act treaty convention protocol
    process round talks dialogue session process plan programme strategy report
    games olympics day week year election elections war crisis
    """.split()
)

# Capitalised words that start sentences or name times, never a person's name.
_NOT_NAMES = frozenset(
    """
    the a an in at on of for to from by with and or but as if when while after before
    since during this that these those it its we our they their he she his her i you
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    tomorrow mr ms
    north south east west northern southern eastern western central southeast
    southwest northeast northwest middle upper lower greater
    asia europe africa america americas oceania antarctica pacific atlantic arctic
    ocean sea gulf island islands river lake mountains mount valley province state
    states region city kingdom republic federation
    islamic christian muslim jewish buddhist hindu sikh catholic orthodox
    key top read more load share click follow subscribe sign news related url
    other others all both many several some each every various such these
    heads later meanwhile however also then now earlier separately instead still thus
    hence therefore moreover furthermore additionally finally next last under over
    without despite among between against through across following including like
    unlike besides neither either only even just yet so not no dear thank please
    according asked about above below into onto upon via per than whether although
    though because once until unless where which who whom whose what why how there
    here my your mine yours ours theirs him them us me she
    """.split()
)

# Nouns of places and buildings: names with them are not persons.
_PLACE_NOUNS = frozenset(
    """
    square street road avenue airport station building hotel stadium zone strait peninsula
    desert coast border palace tower
    """.split()
)

# Particles inside names ("bin Hamad", "von der Leyen", "de la Cruz").
_PARTICLES = frozenset("bin binti bint al el van von der den de da la le du dos das del di ibn abu ter".split())

# First words of place names that look like a person's ("Camp David", "Fort Worth").
_PLACE_LEADS = frozenset("camp fort mount mt port lake cape point glen".split())

_DETERMINERS = frozenset({"the", "a", "an"})

# Capitalised words at the start of a run that are not part of an organisation's name.
_ORG_LEAD_SKIP = frozenset(
    """
    the a an in at on of for to from by with and or but as if when while after before since
    during this that these those it its we our they their his her first second third other
    others all both many several some each every various such later meanwhile however also
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday
    """.split()
)
_COMPLEMENT = frozenset({"of", "at", "to", "in"})
# A Markdown hard line break ("  \n") ends a line of a list as surely as a full stop.
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]{}“”\"|]|—|–\s|\s-\s|\n\s*\n|  \n")
_SPACE_ONLY = re.compile(r"[ \t\u00a0]*\r?\n?[ \t\u00a0]*")


@attrs.frozen
class _Word:
    token: Token
    key: str
    cap: bool
    possessive: bool  # followed by 's


_LINE_END_HYPHEN = re.compile(r"[-\u00ad][ \t]{0,3}\r?\n[ \t]{0,40}")
_CUT_WORD = re.compile(r"(?<=[a-z])[-\u00ad][ \t]{0,3}\r?\n[ \t]{0,40}(?=[a-z])")


def _words(text: str, start: int, end: int) -> list[_Word]:
    out: list[_Word] = []
    for token in words_in(text, start, end):
        if (
            out
            and token.text[:1].islower()
            and out[-1].token.text[-1:].islower()
            and _LINE_END_HYPHEN.fullmatch(text, out[-1].token.end, token.start)
        ):
            # "Indo-⏎nesia": a word cut at the end of a line is one word.
            previous = out[-1].token
            joined = Token(previous.start, token.end, previous.text + token.text)
            out[-1] = _Word(joined, joined.key, out[-1].cap, False)
            continue
        if token.text in {"s", "S"} and out and text[out[-1].token.end : token.start] in {"'", "’"}:
            out[-1] = attrs.evolve(out[-1], possessive=True)
            continue
        cap = is_capitalised(token.text)
        if not cap and out and out[-1].cap and text[out[-1].token.end : token.start] in {"-", "‐"}:
            cap = token.text.isalpha() and token.key not in MINOR_WORDS  # "Co-operation": one capitalised word
        out.append(_Word(token, token.key, cap, False))
    return out


def _gap(text: str, left: _Word, right: _Word) -> str:
    end = left.token.end
    if left.possessive:
        end = text.find("s", end, right.token.start) + 1 or end
    return text[end : right.token.start]


def _tight(text: str, words: Sequence[_Word], i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` are in one phrase (only spaces, a hyphen or an initial's period)."""
    gap = _gap(text, words[i], words[i + 1])
    if len(gap) > 12:
        return False  # also keeps the pattern below from backtracking over long gaps
    if _SPACE_ONLY.fullmatch(gap):
        return "  \n" not in gap and not _new_line_starts(gap, words[i + 1])
    if gap in {"-", "‐", "'", "’"}:
        return True
    if gap.startswith(".") and _SPACE_ONLY.fullmatch(gap[1:]):
        # "Dr. Ali", "George W. Bush", "Hon. Gerry": a period after an abbreviation.
        word = words[i].key
        return len(words[i].token.text) <= 4 and (word in HONORIFICS or len(word) == 1 or word in NAME_SUFFIXES)
    return False


def _breaks(text: str, words: Sequence[_Word], i: int) -> bool:
    """Whether a clause ends between words ``i`` and ``i + 1``."""
    gap = _gap(text, words[i], words[i + 1])
    if _tight(text, words, i):
        return False
    return len(gap) > 40 or bool(_CLAUSE_BREAK.search(gap)) or _new_line_starts(gap, words[i + 1])


def _new_line_starts(gap: str, right: _Word) -> bool:
    # A line that starts with a capitalised function word ("For Norway:", "The …") is a
    # new line of a list or a new sentence, not a wrapped continuation.
    return "\n" in gap and right.cap and right.key in _ORG_LEAD_SKIP


def _comma(text: str, words: Sequence[_Word], i: int) -> bool:
    gap = _gap(text, words[i], words[i + 1]).strip()
    return gap == ","


def _is_place_word(key: str) -> bool:
    return country_code(key) is not None


def _nameish(word: _Word) -> bool:
    """A capitalised word that may be part of a person's name."""
    key = word.key
    if not word.cap or not key or key[0].isdigit():
        return False
    if key in _NOT_NAMES or key in ROLE_HEADS or key in ORG_NOUNS or key in EVENT_NOUNS:
        return False
    if key in HONORIFICS or key in POSTNOMINALS or key in MINOR_WORDS or key in ROLE_MODIFIERS:
        return False
    text = word.token.text
    if text.isupper() and len(text) > 1 and key not in NAME_SUFFIXES:
        return False  # an acronym or a word of an all-capital line
    return not _is_place_word(text)


@attrs.define
class _Found:
    name: str
    kind: str
    span: Span
    role: str | None = None
    organization: str | None = None
    acronym: str | None = None
    #: A "the X" name that counts only if it recurs in the document.
    tentative: bool = False


def _phrase(text: str, words: Sequence[_Word], first: int, last: int) -> str:
    end = words[last].token.end
    if words[last].possessive:
        end = text.find("s", end) + 1
    written = text[words[first].token.start : end]
    if "\n" in written:
        written = _CUT_WORD.sub("", written)  # "Republic of Indo-⏎nesia"
    return re.sub(r"\s+", " ", written).strip()


def _strip_the(words: Sequence[_Word], first: int, last: int) -> int:
    while first < last and words[first].key in _DETERMINERS:
        first += 1
    return first


# ---------------------------------------------------------------- acronyms


def _acronym_token(word: _Word) -> bool:
    """An abbreviation in capitals, perhaps numbered ("UN", "U.S.", "CSW67")."""
    return _acronym_text(word.token.text)


@functools.lru_cache(maxsize=1 << 14)
def _acronym_text(text: str) -> bool:
    letters = text.replace(".", "").rstrip("0123456789")
    return 2 <= len(letters) <= 10 and letters.isupper() and letters.isalpha()


def _long_form_before(text: str, words: Sequence[_Word], stop: int, acronym: str) -> tuple[int, int] | None:
    """The capitalised phrase ending at word ``stop`` that ``acronym`` abbreviates."""
    best: tuple[int, int] | None = None
    first = stop
    limit = max(0, stop - 14)
    while first > limit:
        if not _tight(text, words, first - 1) and _gap(text, words[first - 1], words[first]).strip() not in {
            ",",
            "&",
            "/",
        }:
            break
        if not (words[first - 1].cap or words[first - 1].key in MINOR_WORDS):
            break
        first -= 1
    initial = fold(acronym)[:1]
    # Letters from word initials only first; one inner letter (ASEAN) only if that fails,
    # so that "European External Action Service (EEAS)" is not cut to its last three words.
    for inner in (False, True):
        only_acronyms = True
        for start in range(stop, first - 1, -1):
            only_acronyms = only_acronyms and _acronym_token(words[start])
            if not words[start].cap or only_acronyms or not words[start].key.startswith(initial):
                continue  # acronyms side by side define nothing
            name = _phrase(text, words, start, stop)
            if acronym_matches(acronym, name, inner=inner):
                return (start, stop)
            # The acronym may leave out a complement: "Food and Agriculture Organization
            # of the United Nations (FAO)".
            cut = next(
                (k for k in range(start + 1, stop) if words[k + 1].key in {"of", "for"} and words[k].key in ORG_NOUNS),
                None,
            )
            if cut is not None and acronym_matches(acronym, _phrase(text, words, start, cut), inner=inner):
                return (start, stop)
    if best is None:
        # A lower-case term ("countering violent extremism (CVE)"): as many words as letters.
        count = len([c for c in acronym if c.isalpha()])
        start = stop - count + 1
        lower = start >= 0 and all(not w.cap for w in words[start : stop + 1])
        if lower and all(_tight(text, words, k) for k in range(start, stop)):
            if acronym_matches(acronym, _phrase(text, words, start, stop)):
                best = (start, stop)
    return best


def _long_form_after(text: str, words: Sequence[_Word], start: int, acronym: str) -> tuple[int, int] | None:
    last = start
    while last + 1 < len(words) and last - start < 14 and _tight(text, words, last):
        if not (words[last + 1].cap or words[last + 1].key in MINOR_WORDS):
            break
        last += 1
    if not words[start].key.startswith(fold(acronym)[:1]):
        return None
    only_acronyms = True
    for stop in range(start, last + 1):
        only_acronyms = only_acronyms and _acronym_token(words[stop])
        if only_acronyms:
            continue
        if words[stop].cap and acronym_matches(acronym, _phrase(text, words, start, stop)):
            return (start, stop)
    return None


def _acronym_definitions(text: str, words: Sequence[_Word]) -> list[_Found]:
    found: list[_Found] = []
    for i, word in enumerate(words):
        if not _acronym_token(word) or i == 0:
            continue
        acronym = word.token.text.rstrip(".")
        # Include a second acronym joined by a slash ("OSCE/ODIHR").
        gap_before = _gap(text, words[i - 1], word)
        if gap_before.strip() == "/" and _acronym_token(words[i - 1]):
            continue
        end_index = i
        if i + 1 < len(words) and _gap(text, word, words[i + 1]) == "/" and _acronym_token(words[i + 1]):
            acronym = f"{acronym}/{words[i + 1].token.text}"
            end_index = i + 1
        long: tuple[int, int] | None = None
        if gap_before.strip() == "(" or (
            gap_before.strip() in {"", "-", "–", ","} and _SPACE_ONLY.fullmatch(gap_before)
        ):
            long = _long_form_before(text, words, i - 1, acronym)
            if long and gap_before.strip() == "" and long[0] < i - 1 and words[i - 1].key in MINOR_WORDS:
                long = None
        if long is None and end_index + 1 < len(words):
            after = _gap(text, words[end_index], words[end_index + 1]).strip()
            if after == "(":
                long = _long_form_after(text, words, end_index + 1, acronym)
        if long is None:
            continue
        first = _strip_the(words, long[0], long[1])
        name = _phrase(text, words, first, long[1])
        kind = "organization" if words[first].cap else "term"
        if kind == "organization" and country_code(name) is not None:
            kind = "state"  # "the Democratic Republic of Congo (DRC)"
        found.append(
            _Found(
                name=name,
                kind=kind,
                span=Span(words[first].token.start, words[long[1]].token.end),
                acronym=acronym,
            )
        )
    return found


def acronyms(text: str, start: int = 0, end: int | None = None) -> dict[str, str]:
    """Acronyms defined in ``text[start:end]``, each with its long form.

    >>> acronyms("the Organization of Islamic Cooperation (OIC) met")
    {'OIC': 'Organization of Islamic Cooperation'}
    """
    if not isinstance(text, str):
        return {}
    stop = len(text) if end is None else end
    words = _words(text, start, stop)
    out: dict[str, str] = {}
    for found in _acronym_definitions(text, words):
        if found.acronym:
            out.setdefault(found.acronym, found.name)
    return out


# ---------------------------------------------------------------- organisations


def _runs(text: str, words: Sequence[_Word]) -> list[tuple[int, int]]:
    """Maximal capitalised phrases, minor words allowed inside ("Council of Europe")."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i].cap:
            i += 1
            continue
        last = i
        j = i
        while j + 1 < len(words) and _tight(text, words, j) and not words[j].possessive and j - i < 16:
            nxt = words[j + 1]
            if nxt.cap:
                j += 1
                last = j
            elif nxt.key in {"of", "for", "and", "the", "on", "de", "du", "des", "la", "al", "bin", "van", "von"}:
                if nxt.key == "and" and j + 2 < len(words) and not words[j + 2].cap:
                    break
                if nxt.key == "the" and words[j].cap:
                    break  # "Requests the AU Commission": a verb before its object, not one name
                j += 1
            else:
                break
        runs.append((i, last))
        i = last + 1
    return runs


def _org_in_run(text: str, words: Sequence[_Word], first: int, last: int) -> tuple[int, int] | None:
    """The organisation named by the capitalised run ``first..last``, if any."""
    first = _strip_the(words, first, last)
    while first <= last and words[first].key in _ORG_LEAD_SKIP:
        first += 1
    if first > last:
        return None
    keys = [w.key for w in words[first : last + 1]]
    if (
        keys[-1] in EVENT_NOUNS
        or keys[0] in EVENT_NOUNS
        or (first < last and all(w.token.text.isupper() for w in words[first : last + 1]))
    ):
        return None
    # A role title ("Deputy Secretary General of the United Nations") names its organisation after
    # "of"; without a complement a run ending in an organisation noun is one ("General Assembly").
    titled = keys[0] in ROLE_HEADS or (keys[0] in ROLE_MODIFIERS and any(k in ROLE_HEADS for k in keys[:4]))
    if titled and any(k in _COMPLEMENT for k in keys[1:-1]):
        for index in range(first, last + 1):
            if words[index].key in _COMPLEMENT and index < last:
                return _org_in_run(text, words, index + 1, last)
        return None
    if titled and keys[-1] not in ORG_NOUNS:
        return None
    # An acronym and a word name a body ("UN Women", "UN Habitat").
    if (
        len(keys) == 2
        and _gap(text, words[first], words[last]).isspace()
        and _acronym_token(words[first])
        and words[last].token.text.isalpha()
        and not words[last].token.text.isupper()
        and not any(k in ROLE_HEADS for k in keys)
    ):
        return (first, last)
    if keys[-1] in ORG_NOUNS and words[last].cap and (len(keys) > 1 or words[last].token.text.isupper()):
        return (first, last)
    if keys[0] in ORG_NOUNS and len(keys) >= 3 and keys[1] in _COMPLEMENT | {"for", "on"}:
        return (first, last)
    for index in range(first, last):
        if keys[index - first] in ORG_NOUNS and keys[index - first + 1] in {"of", "for", "on"} and index > first:
            return (first, last)
    return None


def _organisations(text: str, words: Sequence[_Word]) -> list[_Found]:
    found: list[_Found] = []
    for first, last in _runs(text, words):
        org = _org_in_run(text, words, first, last)
        if org is not None:
            start, stop = org
            # An organisation in the genitive keeps its name ("the Prime Minister's Office" is a title).
            found.append(
                _Found(
                    _phrase(text, words, start, stop).removesuffix("’s").removesuffix("'s"),
                    "organization",
                    Span(words[start].token.start, words[stop].token.end),
                )
            )
            continue
        # "the Georgian Dream party", "the Islamic State group"
        if last + 1 < len(words) and words[last + 1].key in _TRAILING_ORG_NOUNS and _tight(text, words, last):
            start = _strip_the(words, first, last)
            name = _phrase(text, words, start, last)
            prefixed = text[max(0, words[start].token.start - 1) : words[start].token.start] in {"-", "‐"}
            if country_code(name) is None and words[start].key not in _NOT_NAMES and not prefixed:
                # ("anti-Taliban movement" names no organisation)
                found.append(_Found(name, "organization", Span(words[start].token.start, words[last].token.end)))
    return found


def _groups(text: str, words: Sequence[_Word]) -> list[_Found]:
    """ "The X" for a capitalised word X that recurs: a group ("the Taliban")."""
    seen: dict[str, list[int]] = {}
    for i in range(1, len(words)):
        word = words[i]
        if words[i - 1].key != "the" or not word.cap or not _tight(text, words, i - 1):
            continue
        if i + 1 < len(words) and words[i + 1].cap and _tight(text, words, i):
            continue
        if (
            i + 2 < len(words)
            and words[i + 1].key in {"of", "for", "on"}
            and words[i + 2].cap | (words[i + 2].key == "the")
        ):
            continue  # "the Organization of Islamic Cooperation": part of a longer name
        key = word.key
        if key in _NOT_NAMES or key in EVENT_NOUNS or key in ROLE_HEADS or key in ROLE_MODIFIERS:
            continue
        if word.token.text.isupper() or country_code(word.token.text) is not None or _is_city(word.token.text):
            continue
        if key not in ORG_NOUNS and key in lowercase_words(text):
            continue  # an everyday word of the text ("the Peace …"), not a group's name
        seen.setdefault(key, []).append(i)
    found: list[_Found] = []
    for indexes in seen.values():
        for index in indexes:
            word = words[index]
            # "the Council" in mid-sentence names one body; other names must recur (see _merge).
            sure = word.key in ORG_NOUNS and words[index - 1].token.text == "the"
            kind = "organization" if word.key in ORG_NOUNS else "group"
            found.append(_Found(word.token.text, kind, Span(word.token.start, word.token.end), tentative=not sure))
    return found


@functools.lru_cache(maxsize=4096)
def _is_currency(code: str) -> bool:
    import pycountry

    return len(code) == 3 and pycountry.currencies.get(alpha_3=code) is not None


# Groups of states named by a letter and their number ("G7", "G20", "P5", "E3").
_GROUP_OF_STATES = re.compile(r"[A-Z]\d{1,2}")


def _standalone_acronyms(
    text: str, words: Sequence[_Word], lowercase_defined: frozenset[str] = frozenset()
) -> list[_Found]:
    found: list[_Found] = []
    for i, word in enumerate(words):
        raw = word.token.text
        if _GROUP_OF_STATES.fullmatch(raw):
            found.append(_Found(raw, "organization", Span(word.token.start, word.token.end), acronym=raw))
            continue
        if not _acronym_token(word) or "." in raw or len(raw) < 2:
            continue
        key = word.key
        if key in POSTNOMINALS or key in HONORIFICS or key in NAME_SUFFIXES or country_code(raw) is not None:
            continue
        if re.fullmatch(r"[IVXLC]+", raw) or len(raw) > 6 or raw in lowercase_defined or _is_currency(raw):
            continue
        # Part of a code ("A/RES/70/291") or a place in capitals ("MANADO, Indonesia").
        around = text[max(0, word.token.start - 1) : word.token.end + 2]
        if "/" in around or re.search(r"-\d", around) or _is_city(raw.title()):
            continue  # a code ("A/RES/70/291", "COVID-19") or a place in capitals
        prefix = text[max(0, word.token.start - 2) : word.token.start]
        if len(prefix) == 2 and prefix[0].isalpha() and prefix[1] in "-‐":
            continue  # the second part of a compound ("Post-COVID World")
        # A word in an all-capital heading or line is not an acronym.
        neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words) and not _breaks(text, words, min(i, j))]
        if any(n.token.text.isupper() and len(n.token.text) > 1 and n.token.text.isalpha() for n in neighbours):
            continue
        if _letter_spaced(text, words, i) or _reference_number(text, words, i):
            continue
        found.append(_Found(raw, "organization", Span(word.token.start, word.token.end), acronym=raw))
    return found


def _letter_spaced(text: str, words: Sequence[_Word], i: int) -> bool:
    """Whether word ``i`` is two letters glued in letter-spaced capitals ("M E D IA R E L E A S E")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            other = words[j].token.text
            left, right = (words[j], words[i]) if j < i else (words[i], words[j])
            if len(other) == 1 and other.isupper() and text[left.token.end : right.token.start] == " ":
                return True
    return False


def _reference_number(text: str, words: Sequence[_Word], i: int) -> bool:
    """Whether word ``i`` is the letters of a reference number ("FA 47", a release's number)."""
    if len(words[i].token.text) > 2 or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return following.token.text.isdigit() and text[words[i].token.end : following.token.start] in {" ", "\u00a0"}


# ---------------------------------------------------------------- persons


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initial_then_name(text: str, words: Sequence[_Word], i: int) -> bool:
    """Whether word ``i`` is an initial ("S.", "H.W.") right before a name word."""
    word = words[i]
    dotted = _DOTTED_INITIALS.fullmatch(word.token.text) is not None
    single = len(word.token.text) == 1 and word.token.text.isupper() and text.startswith(".", word.token.end)
    if not (dotted or single) or i + 1 >= len(words) or word.key in HONORIFICS:
        return False  # "H.E. Joko Widodo": a courtesy, not an initial
    nxt = words[i + 1]
    return _nameish(nxt) and len(nxt.key) > 1 and _tight(text, words, i)


def _name_at(text: str, words: Sequence[_Word], first: int, limit: int) -> int | None:
    """The last word of a person's name starting at ``first`` (up to ``limit`` words)."""
    if first < len(words) and _initial_then_name(text, words, first):
        pass  # "S. Jaishankar": an initial opens the name
    elif (
        first >= len(words)
        or not _nameish(words[first])
        or len(words[first].key) < 2
        or words[first].key in NAME_SUFFIXES
    ):
        return None
    if words[first].key in _PLACE_LEADS:
        return None  # "Camp David", "Fort Worth"
    last = first
    while last + 1 < len(words) and last - first < limit - 1 and not words[last].possessive:
        nxt = words[last + 1]
        gap = _gap(text, words[last], nxt)
        # An ʻokina or apostrophe inside a name ("Mata’afa", "Siaosi ‘Ofakivahafolau").
        okina = gap in {" ‘", " ʻ", "ʻ"} and nxt.cap
        suffix = gap.strip() == "," and nxt.key in NAME_SUFFIXES and nxt.cap  # "Whipps, Jr."
        if not (_tight(text, words, last) or okina or suffix) or "\n" in gap:
            break  # a name does not run on to the next line of a list
        joined_by_apostrophe = gap in {"'", "’", "ʻ"} and nxt.token.text.isalpha()
        # A month after a first name is a surname ("Theresa May"), unless a day follows.
        month_surname = (
            nxt.key in {"may", "march", "august", "june", "april"}
            and nxt.cap
            and not (last + 2 < len(words) and words[last + 2].key.isdigit())
        )
        if (
            _nameish(nxt)
            or (nxt.key in NAME_SUFFIXES and nxt.cap)
            or joined_by_apostrophe
            or okina
            or month_surname
            or (_DOTTED_INITIALS.fullmatch(nxt.token.text) and _initial_then_name(text, words, last + 1))
        ):
            last += 1
        elif nxt.key in _PARTICLES:
            # "bin Hamad", "von der Leyen", "de la Cruz": particles, then a name.
            ahead = last + 1
            while ahead < len(words) and ahead - last <= 3 and words[ahead].key in _PARTICLES:
                ahead += 1
            if (
                ahead < len(words)
                and _nameish(words[ahead])
                and all(_tight(text, words, k) for k in range(last, ahead))
            ):
                last = ahead
            else:
                break
        else:
            break
    return last


def _skip_honorifics_back(text: str, words: Sequence[_Word], index: int) -> int:
    """Index of the first honorific before the name starting at ``index`` (or ``index``)."""
    i = index
    while i > 0 and not _breaks(text, words, i - 1):
        prev = words[i - 1]
        compound = i >= 2 and (words[i - 2].key in _GENERAL_TITLES or _gap(text, words[i - 2], prev) in {"-", "‐"})
        if prev.key == "general" and compound:
            break  # "Attorney-General", "Secretary General": a title, not a rank
        if prev.key in HONORIFICS and prev.key not in _TITLE_HONORIFICS:
            i -= 1
        elif prev.key == "the" and i < index and words[i].key in {"hon", "honourable", "honorable"}:
            i -= 1
        elif prev.key in {"h", "e"} and len(prev.token.text) == 1:
            i -= 1
        else:
            break
    return i


def _title_back(text: str, words: Sequence[_Word], index: int, barrier: int = 0) -> int:
    """First word of a title that ends just before word ``index``; ``index`` if none.

    The title never reaches back to ``barrier`` or beyond (the end of the previous name).
    """
    i = index
    steps = 0
    while i > barrier and steps < 16 and not _breaks(text, words, i - 1):
        prev = words[i - 1]
        gap = _gap(text, prev, words[i]).strip()
        right = [w.key for w in words[i:index]]
        if gap == ",":
            # Commas join only the parts of a portfolio ("for Political, Legal and Security Affairs").
            if not (prev.cap and words[i].cap and "and" in right and not any(k in ROLE_HEADS for k in right)):
                break
        elif gap not in {"", "-", "‐", "'", "’"}:
            break
        key = prev.key
        if key in _DETERMINERS:
            # "Minister at the Prime Minister's Office": an article inside the title.
            if i - 2 > barrier and words[i - 2].key in {"of", "at", "for", "to"} and i < index:
                i -= 1
                steps += 1
                continue
            break
        if prev.possessive:
            i -= 1
            steps += 1
            continue
        if key == "d" and i < index and words[i].key == "affaires":
            i -= 1  # "Chargé d'Affaires"
            steps += 1
            continue
        if len(prev.token.text) == 1:
            break  # an initial ("H.E"): not part of a title
        if key in HONORIFICS and key not in ROLE_HEADS and key not in ROLE_MODIFIERS and key not in ORG_NOUNS:
            break  # "H.E. President João Lourenço": the courtesy comes before the title
        if key in ROLE_HEADS or key in ROLE_MODIFIERS or key in ORG_NOUNS or demonym_code(prev.token.text):
            i -= 1
        elif key == "and" and (not words[i].cap or any(k in ROLE_HEADS for k in right)):
            break  # "Xi and Chinese premier Li": a list, not one title
        elif key in {"of", "for", "at", "and", "on"} and i < index and (words[i].cap or words[i].key == "the"):
            i -= 1
        elif prev.cap and key not in _ORG_LEAD_SKIP:
            i -= 1
        elif _acronym_token(prev):
            i -= 1
        else:
            break
        steps += 1
    # Do not start a title on a connector.
    while i < index and words[i].key in {"of", "for", "at", "and", "on"}:
        i += 1
    return i


def _country_display(text: str) -> str | None:
    text = re.sub(r"['’]s$", "", text.strip())
    code = country_code(text)
    if code is None:
        return None
    if demonym_code(text) is not None:
        return country_name(code) or text
    return re.sub(r"^(?:the|The)\s+", "", text)


def _split_title(
    text: str, words: Sequence[_Word], first: int, last: int, *, appositive: bool, keep_possessor: bool = False
) -> tuple[str | None, str | None]:
    """Read a title ``first..last`` as (role, organisation).

    With ``keep_possessor``, a description in lower case keeps the country that owns it
    ("Indonesia's top security minister"); a formal title does not ("New Zealand's
    Minister for Immigration" → "Minister for Immigration").
    """
    if first > last:
        return None, None
    first = _strip_the(words, first, last)
    title_start = first
    organization: str | None = None
    # A leading country, demonym or acronym names whom the person serves.
    index = first
    while index <= last:
        word = words[index]
        if word.possessive:
            place = _country_display(_phrase(text, words, first, index).removesuffix("’s").removesuffix("'s"))
            if place and index < last:
                organization = place
                first = index + 1
                break
            break
        if index < last and word.token.text.endswith("s") and not word.possessive:
            # A genitive without an apostrophe in a Germanic-language heading ("Afghanistans president").
            place = _country_display(word.token.text[:-1])
            if place is not None and demonym_code(word.token.text[:-1]) is None:
                organization = place
                first = index + 1
                break
        end = index
        # Multi-word countries ("New Zealand", "Brunei Darussalam", "Saudi Arabia").
        for span_end in range(min(last - 1, index + 3), index - 1, -1):
            if country_code(_phrase(text, words, first, span_end)) is not None:
                end = span_end
                break
        else:
            end = -1
        if end >= 0 and end < last:
            organization = _country_display(_phrase(text, words, first, end))
            first = end + 1
        elif _acronym_token(word) and index < last and word.key not in HONORIFICS:
            organization = word.token.text
            first = index + 1
        break
    if first > last:
        return None, organization
    keys = [w.key for w in words[first : last + 1]]
    if not any(k in ROLE_HEADS for k in keys):
        return None, organization
    if keep_possessor and first > title_start and words[first - 1].possessive and not words[first].cap:
        return _phrase(text, words, title_start, last), organization
    # "foreign ministry spokesperson", "Pacific Islands Forum Secretary General": the
    # organisation named before the role. A capitalised organisation noun counts when
    # the role follows it directly; a lower-case one only if it names a body ("army
    # chief" stays one role).
    for offset in range(1, len(keys)):
        head = keys[offset] in ROLE_HEADS or (
            keys[offset] in ROLE_MODIFIERS and any(k in ROLE_HEADS for k in keys[offset:])
        )
        body = words[first + offset - 1]
        if not head or body.key not in ORG_NOUNS or body.key in ROLE_HEADS:
            continue
        # "Kenyan Cabinet Secretary", "Pakistan Army chief": the noun is part of the title.
        named = any(country_code(w.token.text) is None for w in words[first : first + offset - 1])
        # "Palestinian Authority President": a capitalised body right after the demonym
        # that opens the title is that people's institution, named with the demonym.
        # ("Cabinet Secretary", "Army chief" stay titles of the country's).
        own_body = (
            offset == 1
            and body.cap
            and body.key not in ROLE_MODIFIERS
            and body.key not in _TITLE_BODIES
            and first > title_start
            and demonym_code(words[title_start].token.text) is not None
        )
        if body.key in _BODY_NOUNS or (body.cap and named) or own_body:
            organization = _phrase(text, words, title_start, first + offset - 1)
            return _phrase(text, words, first + offset, last), organization
    # "leader of the National Resistance Front": the organisation after "of".
    for offset, key in enumerate(keys):
        if key == "for" and appositive and offset > 0 and keys[offset - 1] in ROLE_HEADS:
            # "the spokesperson for the European External Action Service": a body, not a portfolio
            comp_first = _strip_the(words, first + offset + 1, last)
            org = _org_in_run(text, words, comp_first, last) if comp_first <= last else None
            if org is not None and words[comp_first].cap:
                return _phrase(text, words, first, first + offset - 1), _phrase(text, words, org[0], org[1])
            continue
        if key in _COMPLEMENT and offset > 0 and keys[offset - 1] in ROLE_HEADS | ROLE_MODIFIERS:
            comp_first = _strip_the(words, first + offset + 1, last)
            if comp_first > last:
                break
            complement = _phrase(text, words, comp_first, last)
            place = _country_display(complement)
            org = _org_in_run(text, words, comp_first, last)
            if place is not None:
                return _phrase(text, words, first, last), organization or place
            if org is not None and words[comp_first].cap:
                org_name = _phrase(text, words, org[0], org[1])
                if appositive and words[comp_first].key not in ROLE_HEADS:
                    return _phrase(text, words, first, first + offset - 1), org_name
                return _phrase(text, words, first, last), organization or org_name
            break
    if organization is None:
        # "Qureshi's Chinese counterpart": the demonym says whom the person serves.
        for word in words[first : last + 1]:
            code = demonym_code(word.token.text)
            if code is not None:
                organization = country_name(code)
                break
    return _phrase(text, words, first, last), organization


def _apposition_after(text: str, words: Sequence[_Word], last: int) -> tuple[int, int] | None:
    """A role phrase after "NAME," ("the leader of …", "a former member of …", "President of …")."""
    i = last + 1
    if i >= len(words):
        return None
    if words[i].key == "as" and _tight(text, words, last):
        i += 1  # "recognise X as Georgia's legitimate president"
        if i >= len(words):
            return None
        if words[i].possessive and _country_display(words[i].token.text) and i + 1 < len(words):
            probe = i + 1
            while (
                probe < len(words)
                and probe - i < 4
                and words[probe].key in ROLE_MODIFIERS
                and words[probe].key not in ROLE_HEADS
            ):
                probe += 1
            if probe < len(words) and words[probe].key in ROLE_HEADS:
                return i, probe
    elif words[i].key in {"is", "was"} and _tight(text, words, last):
        # "Luke Rowe is a senior fellow at the Hudson Institute"
        i += 1
        if i >= len(words) or words[i].key not in _DETERMINERS:
            return None
    elif not _comma(text, words, last):
        return None
    elif words[i].key == "who" and i + 2 < len(words) and words[i + 1].key in {"is", "was"}:
        i += 2  # "X, who is the chair of …"
        if words[i].key not in _DETERMINERS:
            return None
    first = i
    if words[i].key in _DETERMINERS:
        i += 1
    probe = i
    while (
        probe < len(words)
        and probe - i < 4
        and (
            words[probe].key in ROLE_MODIFIERS
            or demonym_code(words[probe].token.text)
            or (words[probe].cap and i > first)
            or _acronym_token(words[probe])
            or country_code(words[probe].token.text) is not None
        )
        and words[probe].key not in ROLE_HEADS
    ):
        probe += 1
    if probe >= len(words) or words[probe].key not in ROLE_HEADS:
        return None
    end = probe
    while end + 1 < len(words) and end - first < 24 and not _breaks(text, words, end) and not _comma(text, words, end):
        nxt = words[end + 1]
        if nxt.key == "and" and end + 2 < len(words) and words[end + 2].cap and not words[end].cap:
            break
        if nxt.key == "and" and end + 2 < len(words) and words[end + 2].key in {"a", "an"}:
            break  # "executive vice president of X and a former ambassador": the first role
        if not (
            nxt.cap
            or nxt.key in MINOR_WORDS
            or nxt.key in ROLE_HEADS
            or nxt.key in ROLE_MODIFIERS
            or nxt.key in ORG_NOUNS
            or demonym_code(nxt.token.text)
        ):
            break
        if nxt.key in {"who", "which", "said", "says", "and"} and not nxt.cap and nxt.key != "and":
            break
        end += 1
    while end > probe and words[end].key in MINOR_WORDS:
        end -= 1
    return first, end


def _apposition_before(text: str, words: Sequence[_Word], name_first: int) -> tuple[int, int] | None:
    """A role phrase before ", NAME" ("the commander of the NRF, Ahmad Massoud")."""
    first = _skip_honorifics_back(text, words, name_first)
    if first == 0 or _gap(text, words[first - 1], words[first]).strip() not in {",", "),"}:
        return None
    end = first - 1
    if end > 0 and _acronym_token(words[end]) and _gap(text, words[end - 1], words[end]).strip() == "(":
        end -= 1  # "the spokesperson for the European External Action Service (EEAS), Peter Stano"
    start = end
    has_head = False
    while start >= 0 and end - start < 20:
        word = words[start]
        if word.key in ROLE_HEADS:
            has_head = True
        if start == 0 or _breaks(text, words, start - 1):
            break
        gap = _gap(text, words[start - 1], word).strip()
        if gap == ",":
            if not (words[start - 1].cap and word.cap):
                break
        prev = words[start - 1]
        inside = start >= 2 and words[start - 2].key in {"of", "to", "for", "at"}
        if prev.key in _DETERMINERS and (not has_head or inside):
            start -= 1  # "of the National …": the article inside the phrase
            continue
        if prev.key in _DETERMINERS or prev.possessive:
            if prev.possessive:
                start -= 1
                # Include a multi-word possessor ("New Zealand's").
                while start > 0 and words[start - 1].cap and _tight(text, words, start - 1):
                    start -= 1
            break
        if not (
            prev.cap
            or prev.key in MINOR_WORDS
            or prev.key in ROLE_HEADS
            or prev.key in ROLE_MODIFIERS
            or prev.key in ORG_NOUNS
        ):
            break
        start -= 1
    if not has_head:
        return None
    if words[start].key not in ROLE_HEADS | ROLE_MODIFIERS and not words[start].possessive and not words[start].cap:
        return None
    return start, end


_TEXT_KIND_LEAD = re.compile(
    r"^(?:joint\s+)?(?:press\s+)?(?:statement|declaration|communiqu[ée]|message|remarks|address|letter)\s+(?:of|by|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _persons(text: str, words: Sequence[_Word], claimed: set[int]) -> list[_Found]:
    found: list[_Found] = []
    barrier = 0
    i = 0
    while i < len(words):
        if i in claimed:
            i += 1
            continue
        last = _name_at(text, words, i, 5)
        if last is None:
            i += 1
            continue
        # Drop letters after the name (MP, QC) that _nameish let through as capitals.
        name_first = i
        sentence_start = i == 0 or _breaks(text, words, i - 1)
        if sentence_start and last > i and words[i].key.endswith(("ing", "ed")) and len(words[i].key) > 5:
            i += 1  # "Explaining Beijing's position": a participle, not a first name
            continue
        honor_first = _skip_honorifics_back(text, words, name_first)
        title_first = _title_back(text, words, honor_first, barrier)
        role: str | None = None
        organization: str | None = None
        if title_first < honor_first:
            role, organization = _split_title(text, words, title_first, honor_first - 1, appositive=False)
        if role is None:
            before = _apposition_before(text, words, name_first)
            if before is not None:
                role, org2 = _split_title(text, words, before[0], before[1], appositive=True, keep_possessor=True)
                organization = organization or org2
        if role is None and found and name_first >= 2 and words[name_first - 1].key == "and":
            # "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": a plural title
            # before the first name covers the names joined to it.
            previous = found[-1]
            if (
                previous.role
                and previous.span.end == words[name_first - 2].token.end
                and previous.role.split()[-1].lower() in ROLE_HEADS
                and previous.role.split()[-1].lower().endswith("s")
            ):
                role, organization = previous.role, previous.organization
        single = last == name_first
        introduced = role is not None or honor_first < name_first
        if (
            single
            and name_first > 0
            and _acronym_token(words[name_first - 1])
            and words[name_first - 1].key not in ROLE_HEADS  # "PM Modi", "FM Wang": a title
            and honor_first == name_first
        ):
            i = last + 1  # "UN Women", "NATO Summit": an acronym and a word name a body
            continue
        bare = honor_first == name_first and title_first == name_first
        if single and bare and last + 2 < len(words) and words[last + 1].key == "and" and words[last + 2].cap:
            i = last + 1  # "… Political Affairs, Peace and Security": a portfolio, not a person
            continue
        # A bare courtesy title ("Councillor Peter Woods") yields to an apposition.
        weak = role is not None and title_first == name_first - 1 and words[title_first].key in HONORIFICS
        after = _apposition_after(text, words, last)
        if after is not None:
            role2, org3 = _split_title(text, words, after[0], after[1], appositive=True)
            if role2 is not None and (role is None or weak) and not single:
                role, organization = role2, org3 or organization
        preceded_by_the = name_first > 0 and words[name_first - 1].key == "the" and honor_first == name_first
        if (single and not introduced) or preceded_by_the:
            i = last + 1
            continue
        if not introduced and (
            _inside_longer_name(text, words, name_first)
            or _common_words(text, words, name_first, last)
            or _determined(words, name_first)
            or _in_heading(text, words, name_first, last)
        ):
            i = last + 1
            continue
        following = words[last + 1] if last + 1 < len(words) else None
        if (
            following is not None
            and following.cap
            and _tight(text, words, last)
            and following.key not in POSTNOMINALS
            and not words[last].possessive
            and "\n" not in _gap(text, words[last], following)
        ):
            # Part of a longer capitalised name ("Gender Equality Declaration").
            i = last + 1
            continue
        if (
            role is not None
            and organization is None
            and following is not None
            and following.key == "of"
            and not _breaks(text, words, last)
        ):
            # "Prime Minister Mark Brown of the Cook Islands"
            start = _strip_the(words, last + 2, len(words) - 1)
            stop = start
            while (
                stop + 1 < len(words)
                and stop - start < 10
                and _tight(text, words, stop)
                and (words[stop + 1].cap or words[stop + 1].key in {"of", "the", "and"})
            ):
                stop += 1
            while stop > start and not words[stop].cap:
                stop -= 1
            if start < len(words) and words[start].cap:
                organization = _country_display(_phrase(text, words, start, stop)) or _phrase(text, words, start, stop)
        if organization is None:
            organization = _signing_for(text, words, min(honor_first, title_first))
        for lead in (min(honor_first, title_first) - 1, name_first - 1):
            if organization is None and lead >= 0 and words[lead].possessive and _tight(text, words, lead):
                organization = _country_display(words[lead].token.text)  # "Senegal's Macky Sall"
        name = re.sub(r"\s+", " ", text[words[name_first].token.start : words[last].token.end])
        whole = _phrase(text, words, honor_first, last)
        quoted = text[words[name_first].token.start - 1 : words[name_first].token.start] in {"“", '"', "‘"}
        if quoted and not introduced:
            i = last + 1
            continue
        if (
            country_code(whole) is not None
            or country_code(name) is not None
            or not _plausible_person(name, strict=not introduced, courtesy=honor_first < name_first)
        ):
            i = last + 1
            continue
        barrier = last
        if role is not None:
            # "Statement of the President of the Commission Jean-Claude Juncker": the title
            # of the text is no part of his.
            role = _TEXT_KIND_LEAD.sub("", role) or None
        found.append(
            _Found(
                name,
                "person",
                Span(words[name_first].token.start, words[last].token.end),
                role=role,
                organization=organization,
            )
        )
        i = last + 1
    return found


def _inside_longer_name(text: str, words: Sequence[_Word], first: int) -> bool:
    """Whether a capitalised word runs into the name from before ("High Speed Rail", "Chad Basin Governors").

    A title, an honorific, a possessive ("Senegal's Macky Sall"), a nationality or a
    word opening the sentence or line may stand there; any other capitalised word
    makes the name the tail of a longer one.
    """
    if first == 0:
        return False
    before = words[first - 1]
    if not before.cap or before.possessive or not _tight(text, words, first - 1):
        return False
    key = before.key
    if key in ROLE_HEADS or key in HONORIFICS or key in _ORG_LEAD_SKIP:
        return False
    if demonym_code(before.token.text) is not None or before.token.text.isupper():
        return False
    if first - 1 == 0 or _breaks(text, words, first - 2):
        return False  # the first word of a sentence or line
    return "\n" not in _gap(text, before, words[first])


# Words that make what follows a thing or a group, not a person ("our 2022 Strategic Concept").
_DETERMINERS_OF_THINGS = frozenset("a an our their its this that these those my your new".split())

_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii".split())


def _determined(words: Sequence[_Word], first: int) -> bool:
    """Whether a determiner (perhaps before a year) stands before the name ("Our 2022 Strategic Concept")."""
    index = first - 1
    if index >= 0 and words[index].key.isdigit():
        if len(words[index].key) == 4:
            return True  # "the 2022 Strategic Concept", "2030 Agenda"
        index -= 1
    return index >= 0 and words[index].key in _DETERMINERS_OF_THINGS


def _in_heading(text: str, words: Sequence[_Word], first: int, last: int) -> bool:
    """Whether the name is part of a title-case heading line ("III. Regional and Global Issues").

    The line has no sentence punctuation, every other word on it is capitalised or a
    minor word, and it has at least two more words than the name: a signature line
    holding only a name is no heading.
    """
    line_start = text.rfind("\n", 0, words[first].token.start) + 1
    line_end = text.find("\n", words[last].token.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 200:
        return False
    body = text[line_start:line_end].strip().lstrip("0123456789IVXLCivxlc.()# \t")
    if not body or any(mark in body for mark in ".,;:!?"):
        return False
    others: list[_Word] = []
    j = first - 1
    while j >= 0 and words[j].token.start >= line_start:
        others.append(words[j])
        j -= 1
    j = last + 1
    while j < len(words) and words[j].token.start < line_end:
        others.append(words[j])
        j += 1
    others = [w for w in others if not w.key.isdigit() and w.key not in _ROMAN]
    return len(others) >= 2 and all(w.cap or w.key in MINOR_WORDS for w in others)


def _common_words(text: str, words: Sequence[_Word], first: int, last: int) -> bool:
    """Whether every word of a name is written in lower case elsewhere in the text ("Global Issues")."""
    lower = lowercase_words(text)
    return all(w.key in lower for w in words[first : last + 1] if w.key not in MINOR_WORDS)


@functools.lru_cache(maxsize=4096)
def _is_city(name: str) -> bool:
    from ._places import find_places

    return any(p.city for p in find_places(name))


# Endings of English common nouns and adjectives, rare at the end of a name.
_COMMON_ENDINGS = (
    "ions",
    "ces",
    "ism",
    "tion",
    "sion",
    "ment",
    "ity",
    "ness",
    "ance",
    "ence",
    "ive",
    "ies",
    "ists",
    "ers",
    "ship",
    "ics",
    "ous",
    "ated",
    "ized",
    "ised",
    "ful",
    "less",
    "ments",
    "ances",
    "ences",
    "isms",
    "ships",
)


def _signing_for(text: str, words: Sequence[_Word], index: int) -> str | None:
    """The party a signature line names before a person ("For Norway: Anne Berg")."""
    if index < 2 or _gap(text, words[index - 1], words[index]).strip() not in {":", ","}:
        return None
    start = index - 1
    while start > 0 and index - start < 12 and not _breaks(text, words, start - 1) and words[start - 1].key != "for":
        start -= 1
    if start == 0 or words[start - 1].key != "for" or (not words[start].cap and words[start].key != "the"):
        return None
    if start - 1 > 0 and not _breaks(text, words, start - 2):
        return None  # "for" inside a sentence, not at the start of a line
    party = _phrase(text, words, _strip_the(words, start, index - 1), index - 1)
    return _country_display(party) or party


@functools.lru_cache(maxsize=4096)
def _plausible_person(name: str, *, strict: bool = True, courtesy: bool = False) -> bool:
    """Whether a capitalised name can be a person's.

    ``strict`` (no title introduced it) also rules out place names; ``courtesy`` (Ms.,
    Dr., H.E. before it) vouches for names with the endings of English nouns ("Bahous").
    """
    from ._places import find_places

    parts = [fold(part) for part in name.split()]
    if any(part in ORG_NOUNS or part in EVENT_NOUNS or part in _PLACE_NOUNS for part in parts):
        return False
    if not courtesy and any(len(part) > 5 and part.endswith(_COMMON_ENDINGS) for part in parts):
        return False
    return not strict or not find_places(name)


# ---------------------------------------------------------------- assembling


def _states(text: str, start: int, end: int, *, cities: bool = False) -> list[_Found]:
    """Countries named in the span as states; with ``cities``, cities too (kind ``place``)."""
    from ._places import find_places

    found: list[_Found] = []
    for place in find_places(text, start, end):
        if place.span is None:
            continue
        if place.city is None and place.country:
            found.append(_Found(place.name or place.country, "state", place.span))
        elif cities:
            found.append(_Found(place.name or "", "place", place.span))
    return found


def _within(span: Span, outer: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether ``span`` lies strictly inside one of ``outer`` (in text order; ``starts`` their starts)."""
    index = bisect.bisect_right(starts, span.start)
    # Definitions do not nest, so only the nearest few before ``span`` can contain it.
    return any(o.start <= span.start and span.end <= o.end and o != span for o in outer[max(0, index - 4) : index])


def _covered(words: Sequence[_Word], spans: Iterable[Span]) -> set[int]:
    """Indexes of the words that start inside one of ``spans`` (one sweep, no pairs)."""
    starts = sorted(spans, key=lambda s: s.start)
    claimed: set[int] = set()
    reach = -1
    pointer = 0
    for index, word in enumerate(words):
        position = word.token.start
        while pointer < len(starts) and starts[pointer].start <= position:
            reach = max(reach, starts[pointer].end)
            pointer += 1
        if position < reach:
            claimed.add(index)
    return claimed


def _collect(text: str, start: int, end: int) -> list[_Found]:
    words = _words(text, start, end)
    found: list[_Found] = []
    definitions = _acronym_definitions(text, words)
    terms = frozenset(f.acronym for f in definitions if f.kind == "term" and f.acronym)
    found += [f for f in definitions if f.kind != "term"]
    organisations = _organisations(text, words)
    # An organisation inside a defined long form is a fragment of it.
    outer = sorted((f.span for f in found), key=lambda span: span.start)
    starts = [span.start for span in outer]
    found += [org for org in organisations if not _within(org.span, outer, starts)]
    places = _states(text, start, end, cities=True)
    claimed = _covered(words, [f.span for f in found] + [p.span for p in places])
    found += _persons(text, words, claimed)
    found += _groups(text, words)
    found += _standalone_acronyms(text, words, terms)
    found += [p for p in places if p.kind == "state"]
    return found


def _merge(found: Iterable[_Found]) -> list[Actor]:
    """One actor per distinct name, in order of first mention, later mentions merged in."""
    found = list(found)
    recurring: dict[str, int] = {}
    for item in found:
        if item.tentative:
            recurring[fold(item.name)] = recurring.get(fold(item.name), 0) + 1
    ordered = sorted(
        (f for f in found if not f.tentative or recurring[fold(f.name)] > 1), key=lambda f: (f.span.start, -f.span.end)
    )
    states: dict[str, _Found] = {}
    persons: dict[str, _Found] = {}
    organisations: dict[str, _Found] = {}
    defined: dict[str, _Found] = {}  # acronym → organisation whose long form defines it
    bare: dict[str, _Found] = {}  # acronyms used alone
    out: list[_Found] = []
    for item in ordered:
        key = fold(item.name)
        if not key:
            continue
        if item.kind == "state":
            code = country_code(item.name) or key
            if code not in states:
                states[code] = item
                out.append(item)
            else:
                states[code].acronym = states[code].acronym or item.acronym
            continue
        if item.kind == "person":
            person = persons.get(key)
            if person is None:
                persons[key] = item
                out.append(item)
            else:
                person.role = person.role or item.role
                person.organization = person.organization or item.organization
            continue
        if item.acronym and item.acronym == item.name:
            if item.acronym in defined:
                continue
            if item.acronym not in bare:
                bare[item.acronym] = item
                out.append(item)
            continue
        existing = organisations.get(key)
        if existing is not None:
            existing.acronym = existing.acronym or item.acronym
            if item.acronym:
                defined.setdefault(item.acronym, existing)
            continue
        organisations[key] = item
        if item.acronym:
            defined.setdefault(item.acronym, item)
        out.append(item)

    # An acronym used alone joins the organisation it abbreviates, wherever that is named.
    absorbed: set[int] = set()
    by_initial: dict[str, list[_Found]] = {}
    for form in organisations.values():
        if form.kind in {"organization", "group"}:
            by_initial.setdefault(fold(form.name)[:1], []).append(form)
    for acronym, item in bare.items():
        candidates = by_initial.get(fold(acronym)[:1], [])
        target = defined.get(acronym) or next((f for f in candidates if acronym_matches(acronym, f.name)), None)
        if target is not None and target is not item:
            target.acronym = target.acronym or acronym
            absorbed.add(id(item))

    # A surname alone belongs to the person named in full, and so does a genitive in -s
    # ("Ashraf Ghanis besök", a Swedish or German heading).
    by_surname: dict[str, _Found] = {}
    for key, person in persons.items():
        parts = key.split()
        if len(parts) > 1:
            by_surname.setdefault(parts[-1], person)
    result: list[_Found] = []
    for item in out:
        if id(item) in absorbed:
            continue
        if item.kind == "person":
            key = fold(item.name)
            if key.endswith("s") and persons.get(key[:-1], item) is not item:
                base = persons[key[:-1]]
                base.role = base.role or item.role
                base.organization = base.organization or item.organization
                continue
            full = by_surname.get(key) if len(key.split()) == 1 else None
            if full is not None:
                full.role = full.role or item.role
                full.organization = full.organization or item.organization
                continue
        result.append(item)
    return [
        Actor(
            name=item.name,
            kind=item.kind,
            role=item.role,
            organization=item.organization,
            acronym=item.acronym,
            span=item.span,
        )
        for item in result
    ]


def find_actors_in(text: str, start: int = 0, end: int | None = None) -> list[Actor]:
    """Persons, organisations, groups and states named in ``text[start:end]``, in order."""
    if not isinstance(text, str) or not text:
        return []
    stop = len(text) if end is None else max(0, min(end, len(text)))
    return _merge(_collect(text, max(0, start), stop))


def find_actors(layout: Layout) -> tuple[Actor, ...]:
    """Persons, organisations, groups and states that the content blocks name.

    Each block is read on its own (an apposition never spans two blocks); actors are
    then merged over the whole document, so that one actor stands for every mention
    of a name, with the first mention's span.
    """
    text = layout.text
    found: list[_Found] = []
    blocks: list[tuple[Span, set[str]]] = []
    for block in layout.blocks:
        here = _collect(text, block.span.start, block.span.end)
        found += here
        codes = {code for f in here if f.kind == "state" and (code := country_code(f.name))}
        # A nationality names a country too ("an Israeli prime minister").
        codes |= {
            code
            for token in words_in(text, block.span.start, block.span.end)
            if token.text[:1].isupper() and (code := demonym_code(token.text))
        }
        blocks.append((block.span, codes))
    return tuple(_with_home_country(_merge(found), found, blocks))


# Offices of a state: an unaffiliated holder most likely serves the country the text is about.
_NATIONAL_OFFICES = frozenset(
    "president prime premier minister speaker chancellor king queen emir sultan pm fm vp".split()
)


def _with_home_country(
    actors: list[Actor], found: Sequence[_Found], blocks: Sequence[tuple[Span, set[str]]]
) -> list[Actor]:
    """Give state officials without a stated affiliation the country the text is mostly about.

    Only when one country clearly dominates the text (at least three mentions, half
    again as many as any other) and the paragraph that names the official names no
    other country: "Prime Minister Irakli Kobakhidze" in a text on Georgia serves
    Georgia, but a king in a paragraph on a summit with another kingdom is left alone.
    """
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for item in found:
        if item.kind == "state":
            code = country_code(item.name)
            if code:
                counts[code] = counts.get(code, 0) + 1
                names.setdefault(code, item.name)
    if not counts:
        return actors
    home, count = max(counts.items(), key=lambda pair: pair[1])
    runner_up = max((c for code, c in counts.items() if code != home), default=0)
    if count < 3 or count < 1.5 * runner_up:
        return actors
    out: list[Actor] = []
    starts = [where.start for where, _codes in blocks]
    for actor in actors:
        role_words = set(fold(actor.role or "").split())
        if actor.kind == "person" and actor.organization is None and role_words & _NATIONAL_OFFICES:
            span = actor.span
            index = bisect.bisect_right(starts, span.start) - 1 if span is not None else -1
            around = (
                blocks[index][1] if index >= 0 and span is not None and span.start < blocks[index][0].end else set()
            )
            if not around - {home}:
                actor = attrs.evolve(actor, organization=names[home])
        out.append(actor)
    return out
