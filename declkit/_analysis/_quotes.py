"""Quotations with speakers, and reported statements in news.

Direct quotations follow the conventions of English news writing: a quotation is
attributed by a reporting verb (``said``, ``told``, ``wrote``, ``according to`` …) in
the same sentence, before or after the quoted words, or in the next sentence; a
pronoun speaker (``he added``) stands for the last named person; a declaration or
statement "speaking" stands for the group that issued it (the last group that was
reported as saying something). Speakers are names as written, without the titles
that precede them ("Attorney General George Brandis" gives ``George Brandis``).

Everything here is a linear scan over the content blocks: no regular expression
with nested quantifiers touches the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from .._layout import Layout
from .._model import Block, Quote, Span

__all__ = ["REPORTED_STATEMENT", "find_quotes", "mark_reported_statements"]

#: The tag :func:`mark_reported_statements` puts on blocks that report a declaration.
REPORTED_STATEMENT = "reported_statement"

_OPENERS = frozenset("“„‟«")
_CLOSERS = frozenset("”»")
_STRAIGHT = '"'
# A straight quote after one of these characters opens a quotation.
_OPEN_CONTEXT = frozenset(" \t\n\r([{—–-/:*_>")
_EDGE_MARKUP = " \t\r\n*_"
_CONTENT_KINDS = frozenset({"paragraph", "list_item", "line", "quote", "blockquote"})
# How far a quotation may run on over following paragraphs.
_MAX_CONTINUED_BLOCKS = 8
_MAX_QUOTE_CHARS = 6000
# How far around a quotation (characters) and before a verb (words) attribution is read;
# it keeps the work per quotation bounded on run-on text.
_CONTEXT_CHARS = 300
_SUBJECT_WORDS = 40

_SAY_VERBS = frozenset(
    """
    said says say told tells tell added adds stated states wrote writes noted notes warned warns
    stressed stresses emphasised emphasized emphasises emphasizes explained explains insisted
    insists argued argues announced announces declared declares urged urges agreed agree agrees
    pledged pledge pledges asked asks remarked observed commented tweeted posted replied responded
    recalled acknowledged admitted claimed affirmed reaffirmed reiterated underlined underscored
    highlighted concluded suggested predicted promised vowed demanded condemned described cautioned
    mentioned welcomed praised committed recognised recognized expressed requested rejected
    maintained confirmed indicated asks asked reported reports explains writes alleged alleges insisted
    testified recounted conceded
    """.split()
)
# "called" reports speech only as "called on" / "called for".
_CALL_VERBS = frozenset({"called", "calls", "call"})
_AUXILIARIES = frozenset(
    """
    also then had has have was were is are will would had been being further later again jointly
    earlier previously once already recently reportedly however too all both repeatedly publicly
    clearly strongly firmly openly separately still not never just even allegedly privately quickly
    simply often later initially subsequently
    """.split()
)
_BOUNDARY_WORDS = frozenset(
    """
    that which who whom whose what when while as after before because since if although though
    where whereas so than to of on in at by for with from during about into
    """.split()
)
# Words that end a noun phrase read after an inverted verb ("said Wiranto, who …").
_NP_STOP = frozenset(
    """
    who which that on in at during after before when to as while from for with in his her their its
    and but
    """.split()
) - {"of"}
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
# Present participles that attach a quotation to the subject of the main clause
# ("X addressed the summit, saying …").
_PARTICIPLES = frozenset(
    """
    saying adding telling noting warning stressing insisting arguing declaring explaining urging
    calling writing describing asking acknowledging claiming vowing promising
    """.split()
)
# Past forms that are not "-ed" words, for finding the verb that ends a subject.
_IRREGULAR_PAST = frozenset(
    """
    met spoke took gave made went wrote held told sent led left said came saw began became sought
    fought brought thought kept struck won lost stood ran set put chose drew flew rose spent
    """.split()
)
# Titles a person is named with ("Crown Prince X") and referred back to by ("the crown prince").
_PERSON_TITLES = frozenset(
    """
    president minister prince princess king queen chancellor secretary secretary-general ambassador
    spokesman spokeswoman spokesperson governor mayor premier senator commissioner envoy emir sheikh
    sultan general chairman chairwoman chairperson chair director leader pope cardinal bishop imam
    judge commander admiral colonel captain major lieutenant sergeant marshal rapporteur
    representative congressman congresswoman professor coordinator prosecutor administrator
    """.split()
)
# Words of an institution's name: a title before them names a body, not a person.
_BODY_WORDS = frozenset(
    """
    department ministry council office act states committee commission house party assembly
    agency bureau court union nations government administration cabinet parliament senate
    congress army forces force police bank fund organisation organization secretariat
    """.split()
)
# A name as printed after a title: capitalised words and name particles, at most five.
_ROLE_NAME = re.compile(r"[A-Z][\w’'-]{0,30}(?: (?:[A-Z][\w’'-]{0,30}|(?:al|el|ad|ar|as)-[A-Z][\w’'-]{0,30}|bin|bint|al|el|de|da|del|di|du|van|von|der|den|la|le|ibn|abu|dos|das)){0,4}")
_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "all", "both", "some", "many", "several", "our"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_GROUP_PRONOUNS = frozenset({"they"})
_NO_SPEAKER = frozenset({"i", "we", "you", "it", "this", "these", "those", "there", "what", "who", "which", "one", "someone", "nobody"})
_DOCUMENT_NOUNS = frozenset(
    """
    declaration declarations statement statements communique communiqué communiques communiqués
    resolution resolutions text document report letter agreement charter memorandum conclusions
    """.split()
)
_COPY_NOUNS = frozenset({"copy", "text", "draft", "version", "wording"})
_DOCUMENT_ADJECTIVES = frozenset({"joint", "final", "closing", "concluding", "common", "signed", "adopted", "new", "latest", "same", "that", "this", "its", "their"})
# Capitalised words that do not start a name.
_NOT_NAMES = frozenset(
    """
    the a an this that these those it its he she they we i in on at by for with from but and or
    however meanwhile also after before when while as if last next since during according although
    then there here our their his her my your speaking referring asked
    """.split()
)
_TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rep rep. sen sen. gen gen. lt lt. col col.
    capt capt. maj maj. adm adm. gov gov. pres pres. rev rev. hon hon. sgt sgt. cmdr cmdr.
    president vice prime minister ministers secretary secretary-general under-secretary
    attorney general chancellor king queen prince princess senator representative congressman
    congresswoman ambassador spokesman spokeswoman spokesperson chairman chairwoman chair chief
    director deputy governor mayor premier pm fm commissioner envoy judge justice speaker leader
    commander emir sheikh sultan foreign defence defense interior home finance state
    high special acting former general-secretary pope cardinal bishop imam ayatollah mullah
    colonel captain major lieutenant admiral sergeant marshal field professor doctor officer
    coordinator rapporteur representative delegate councillor councilor assistant associate
    executive managing board first administrator ceo cfo coo cto chairperson superintendent sheriff
    coach manager secretary-general chancellor minister-president ombudsman auditor inspector
    """.split()
)
_ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson official adviser advisor aide analyst expert professor researcher
    fellow head founder member author editor correspondent reporter lawyer activist mp lawmaker
    """.split()
)
_NAME_PARTICLES = frozenset({"bin", "bint", "al", "al-", "el", "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "ibn", "abu", "dos", "das", "y"})
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr rep sen gen lt col capt maj adm gov pres rev hon sgt cmdr no vs etc
    inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.u
    """.split()
)
_TOKEN = re.compile(r"[^\W\d_][\w’'&.-]{0,60}|\d[\w.,:/-]{0,30}|[,;:()\[\]—–]")

_REPORT_SUBJECTS = frozenset(
    """
    participants leaders ministers delegates delegations signatories members parties countries nations
    states governments attendees conference meeting summit organisers organizers heads representatives
    partners allies sides
    """.split()
)
_REPORT_VERBS = _SAY_VERBS | _CALL_VERBS | frozenset(
    """
    emphasised emphasized reaffirmed recognised recognized expressed supported support decided resolved
    encouraged invited noted denounced deplored regretted endorsed commended
    """.split()
)
# Words after a subject that show its verb is not a report ("… should be considered").
_SUBJECT_STOP = frozenset(
    """
    that which who whom whose what when while because since if although though where whereas so than
    should could would may might must can be been being
    """.split()
)
_DOCUMENT_PHRASE = re.compile(
    r"\b(?:in|according to|under|as stated in)\s+(?:the|their|its|a)\s+(?:[\w-]{1,20}\s+){0,2}?"
    r"(?:declaration|statement|communiqu[eé]|resolution|final document|joint text)\b",
    re.IGNORECASE,
)


class _Word(NamedTuple):
    """A word of a sentence (a named tuple: they are many)."""

    text: str
    lower: str
    start: int
    end: int


@attrs.define
class _Memory:
    """Who spoke last, for pronouns and declarations that "say" something."""

    person: str | None = None
    group: str | None = None
    persons: list[str] = attrs.field(factory=list)
    #: The document text, where a surname's full name is looked up.
    text: str = ""
    #: Full names already looked up, by surname.
    full_names: dict[str, str | None] = attrs.field(factory=dict)
    #: Where the quotation being attributed opens (a role is resolved before it).
    position: int = 0
    #: Where each role phrase introduces a name ("Crown Prince X"), by role words.
    role_names: dict[tuple[str, ...], tuple[list[int], list[str]]] = attrs.field(factory=dict)


@attrs.frozen
class _RawQuote:
    open_at: int
    #: Pieces of quoted text (several when a quotation runs on over paragraphs).
    pieces: tuple[tuple[int, int], ...]
    close_at: int | None
    block_index: int
    close_block_index: int


# ---------------------------------------------------------------- scanning


def _content_blocks(layout: Layout) -> list[Block]:
    blocks = [b for b in layout.blocks if b.kind in _CONTENT_KINDS]
    return sorted(blocks, key=lambda b: (b.span.start, b.span.end))


def _marks(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Quotation marks in ``text[start:end]`` as ``(position, opens)``."""
    out: list[tuple[int, bool]] = []
    for i in range(start, end):
        char = text[i]
        if char in _OPENERS:
            out.append((i, True))
        elif char in _CLOSERS:
            out.append((i, False))
        elif char == _STRAIGHT:
            before = text[i - 1] if i > start else " "
            out.append((i, before in _OPEN_CONTEXT))
    if not out and "‘" in text[start:end]:
        out = _single_marks(text, start, end)
    return out


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """British-style single quotation marks, for a paragraph with no double ones.

    ‘ opens when no letter precedes it; ’ closes when no letter follows it (between
    two letters it is an apostrophe: "don’t").
    """
    out: list[tuple[int, bool]] = []
    opened: int | None = None
    weak: int | None = None  # a closer followed by a lowercase word: maybe a plural possessive
    for i in range(start, end):
        char = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if char == "‘" and not before.isalnum():
            if opened is not None and weak is not None:
                out += [(opened, True), (weak, False)]
            opened, weak = i, None
        elif char == "’" and opened is not None and not after.isalnum():
            j = i + 1
            while j < end and text[j] == " ":
                j += 1
            if j < end and text[j].islower() and j > i + 1 and text[j : j + 4] not in ("said", "says", "told", "adde", "wrot"):
                weak = weak if weak is not None else i
                continue
            out += [(opened, True), (i, False)]
            opened, weak = None, None
    if opened is not None and weak is not None:
        out += [(opened, True), (weak, False)]
    return out


def _starts_with_opener(text: str, start: int, end: int, marks: list[tuple[int, bool]]) -> bool:
    if not marks or not marks[0][1]:
        return False
    return not text[start : marks[0][0]].strip(_EDGE_MARKUP)


#: An attribution right after a closing mark: ", Mr. X said", ", said X", " X added".
_ATTRIBUTED_AFTER = re.compile(
    r"[ \t]{0,2},?[ \t]{0,2}(?:(?:[A-Z][\w.’'-]{0,30}[ \t]{1,2}){1,4}(?:said|says|added|told)\b|(?:said|says|added)\b)"
)


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|stated)\b")


def _raw_quotes(text: str, blocks: Sequence[Block]) -> list[_RawQuote]:
    """Pair quotation marks block by block, letting a quotation run on over paragraphs."""
    found: list[_RawQuote] = []
    all_marks = [_marks(text, b.span.start, b.span.end) for b in blocks]
    consumed: dict[int, int] = {}  # block index -> number of leading marks already used
    for index, block in enumerate(blocks):
        marks = all_marks[index]
        opened: int | None = None
        for position, opens in marks[consumed.get(index, 0) :]:
            if opens:
                opened = position
                continue
            if opened is not None:
                found.append(_RawQuote(opened, ((opened + 1, position),), position, index, index))
                opened = None
        if opened is None:
            continue
        pieces = [(opened + 1, block.span.end)]
        close_at: int | None = None
        last = index
        for follow in range(index + 1, min(len(blocks), index + 1 + _MAX_CONTINUED_BLOCKS)):
            nxt = blocks[follow]
            nmarks = all_marks[follow]
            if nxt.span.start - opened > _MAX_QUOTE_CHARS or not nmarks:
                break
            if _starts_with_opener(text, nxt.span.start, nxt.span.end, nmarks):
                # The usual convention: a quotation over paragraphs reopens each one.
                later = nmarks[1:]
                closer = next((p for p, o in later if not o), None)
                opener = next((p for p, o in later if o), None)
                if (
                    closer is not None
                    and (opener is None or closer < opener)
                    and _ATTRIBUTED_AFTER.match(text, closer + 1)
                    and _SAID_BEFORE.search(text, block.span.start, opened)
                ):
                    # Both paragraphs name the speaker ("X said, “…" / "“…,” X said"): two quotations.
                    break
                if closer is not None and (opener is None or closer < opener):
                    pieces.append((nmarks[0][0] + 1, closer))
                    close_at, last = closer, follow
                    consumed[follow] = 1 + sum(1 for p, _ in later if p <= closer)
                    break
                if opener is not None:
                    break
                pieces.append((nmarks[0][0] + 1, nxt.span.end))
                last = follow
                consumed[follow] = len(nmarks)
                continue
            if not nmarks[0][1]:
                # A stray paragraph break inside a quotation: it closes in the next paragraph.
                pieces[-1] = (pieces[-1][0], nmarks[0][0])
                close_at, last = nmarks[0][0], follow
                consumed[follow] = 1
            break
        if close_at is None and len(pieces) > 1:
            # Reopened paragraphs that never close: keep what was opened.
            pass
        found.append(_RawQuote(opened, tuple(pieces), close_at, index, last))
    found.sort(key=lambda q: q.open_at)
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_MARKUP:
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKUP + ",":
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> list[_Word]:
    out: list[_Word] = []
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        stop = match.end()
        if token.endswith(".") and len(token) > 1:
            bare = token[:-1].lower()
            if not (bare in _ABBREVIATIONS or (len(bare) == 1 and token[0].isupper()) or "." in bare):
                token = token[:-1]
                stop -= 1
        token = token.rstrip("’'") if token.endswith(("’", "'")) and not token.endswith(("s’", "s'")) else token
        out.append(_Word(token, token.lower(), match.start(), stop))
    return out


def _sentence_starts(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets where sentences begin in ``text[start:end]``, never inside a quotation."""
    inside = [False] * (end - start)
    for qs, qe in quotes:
        for i in range(max(qs, start), min(qe, end)):
            inside[i - start] = True
    starts = [start]
    i = start
    while i < end:
        char = text[i]
        if char in ".!?" and (not inside[i - start] or _closes_after(text, i + 1, end)):
            stop = i + 1
            while stop < end and text[stop] in "”\"’')]*_»":
                stop += 1
            if _ends_sentence(text, start, i, stop, end):
                nxt = stop
                while nxt < end and text[nxt].isspace():
                    nxt += 1
                starts.append(nxt)
                i = nxt
                continue
        i += 1
    return starts


def _closes_after(text: str, i: int, end: int) -> bool:
    """Whether a closing quotation mark follows at ``i`` (a quoted sentence ends there)."""
    return i < end and (text[i] in _CLOSERS or text[i] == _STRAIGHT)


def _ends_sentence(text: str, start: int, dot: int, stop: int, end: int) -> bool:
    if stop >= end:
        return False
    if not text[stop].isspace():
        return False
    nxt = stop
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return False
    follower = text[nxt]
    if not (follower.isupper() or follower in _OPENERS or follower == _STRAIGHT or follower.isdigit() or follower in "*_["):
        return False
    if text[dot] != ".":
        return True
    word_start = dot
    while word_start > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return False
    return not (len(word) == 1 and text[word_start].isupper())


# ---------------------------------------------------------------- speakers


def _is_capitalised(word: _Word) -> bool:
    first = word.text[0]
    return first.isupper() and word.lower not in _NOT_NAMES


def _name_run(words: Sequence[_Word]) -> list[_Word]:
    """The run of capitalised words that ends ``words`` (particles allowed inside)."""
    run: list[_Word] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i]
        if word.text in ",;:()[]—–":
            break
        if _is_capitalised(word) or (run and word.lower in _NAME_PARTICLES and _particles_follow_name(words, i)):
            run.insert(0, word)
            i -= 1
            continue
        break
    while run and run[0].lower in _NAME_PARTICLES:
        run.pop(0)
    return run


def _particles_follow_name(words: Sequence[_Word], i: int) -> bool:
    """Whether the particle at ``i`` continues a name: a chain of particles ("von der")
    with a capitalised given name before it ("Ursula von der Leyen")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and words[j].lower in _NAME_PARTICLES:
        j -= 1
    return j >= 0 and i - j <= 3 and _is_capitalised(words[j])


def _is_initial(word: _Word) -> bool:
    """A middle or first initial ("M." of "Robert M. Danin"): part of a name, never a title."""
    return len(word.text) == 2 and word.text[0].isupper() and word.text[1] == "."


def _strip_titles(run: list[_Word]) -> list[_Word]:
    last_title = -1
    for i, word in enumerate(run[:-1]):
        bare = word.lower.rstrip(".")
        if _is_initial(word):
            continue
        # Role nouns count as titles here: "National Security Advisor Jake Sullivan".
        if word.lower in _TITLES or bare in _TITLES or bare in _ROLE_NOUNS or (word.text.isupper() and len(word.text) <= 3):
            last_title = i
    rest = run[last_title + 1 :]
    # A possessive ("Qureshi’s") is an owner, not the speaker.
    for i in range(len(rest) - 1, -1, -1):
        if rest[i].lower.endswith(("’s", "'s")):
            rest = rest[i + 1 :]
            break
    return rest


def _join(text: str, words: Sequence[_Word]) -> str:
    return " ".join(w.text for w in words)


@attrs.frozen
class _Speaker:
    name: str | None
    is_person: bool
    is_document: bool = False
    coordinated: bool = False


def _noun_phrase_speaker(words: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """Read the speaker from the words of a subject noun phrase."""
    words = [w for w in words if w.text not in "()[]"]
    while words and (words[-1].lower in _AUXILIARIES or words[-1].text in ",;:—–"):
        words = words[:-1]
    if not words:
        return None
    if words[-1].lower in {"and", "but", "or"}:
        return _Speaker(None, False, coordinated=True)
    # The last comma-separated segment is the subject; an appositive role after a name
    # ("Geng Shuang, the ministry's spokesman,") gives way to the name.
    segments: list[list[_Word]] = [[]]
    for word in words:
        if word.text in ",;:—–()":
            segments.append([])
        else:
            segments[-1].append(word)
    segments = [s for s in segments if s]
    # A relative clause between the subject and its verb ("X, who chaired the summit,
    # told …") describes the subject; it is not one.
    while len(segments) > 1 and segments[-1][0].lower in _RELATIVE_PRONOUNS:
        segments.pop()
    if not segments:
        return None
    segment = segments[-1]
    whole = segment
    cut = max((i for i, w in enumerate(segment) if w.lower in _BOUNDARY_WORDS and w.lower != "of"), default=-1)
    segment = segment[cut + 1 :]
    if not segment:
        return None
    if len(segments) > 1 and (_is_role(segment) or _is_role(whole)):
        # "General Mark Milley, chairman of the Joint Chiefs of Staff, told …"
        before = _strip_titles(_name_run(segments[-2]))
        if before and not (len(before) == 1 and before[0].lower in _NOT_NAMES):
            return _Speaker(_expand(_join("", before), memory), True)
    head = segment[-1].lower
    # A pronoun right before the verb is the subject ("At the time she said …").
    if head in _PERSON_PRONOUNS:
        return _Speaker(memory.person, True) if memory.person else None
    if head in _GROUP_PRONOUNS:
        return _Speaker(memory.group, False) if memory.group else None
    if head in _NO_SPEAKER and len(segment) == 1:
        return None
    if head in {"i", "we", "you"}:
        return None
    role = _role_person(segment, memory)
    if role is not None:
        return role
    if len(segment) > 1 and segment[0].text.endswith("ing") and segment[0].text[0].isupper():
        # A sentence-opening participle ("Following Trump's remarks, …") is not a name.
        segment = segment[1:]
    run = _name_run(segment)
    if run:
        run = _person_before_of(segment, run)
        name_words = _strip_titles(run)
        if name_words and not (len(name_words) == 1 and name_words[0].lower in _NOT_NAMES):
            return _Speaker(_expand(_join("", name_words), memory), True)
    return _group_speaker(segment, memory)


def _person_before_of(segment: Sequence[_Word], run: list[_Word]) -> list[_Word]:
    """The person of "President Ana Lima of Brazil": the name before "of (the) Place"."""
    at = len(segment) - len(run) - 1
    if at >= 0 and segment[at].lower == "the":
        at -= 1
    if at < 1 or segment[at].lower != "of" or len(run) > 4 or any(w.lower in _TITLES for w in run):
        return run
    earlier = _name_run(segment[:at])
    named = _strip_titles(earlier)
    titled = any(w.lower.rstrip(".") in _TITLES for w in earlier[:-1])
    possessive = any(w.lower.endswith(("’s", "'s")) for w in earlier)
    if titled and not possessive and named and named[-1].lower not in _TITLES and named[-1].lower not in _NOT_NAMES:
        return earlier
    return run


def _role_person(segment: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """The person a role phrase stands for ("the crown prince" after "Crown Prince X").

    News introduces a person with title and name and then refers back by the title
    alone; the last such introduction before the quotation names the speaker. A role
    nobody was introduced with stays as written ("crown prince").
    """
    words = list(segment)
    if not words or words[0].lower != "the":
        return None
    phrase = words[1:]
    # Capitalised modifiers may lead the role ("the Saudi crown prince"); the role itself
    # is the lower-case words that follow.
    modifiers = 0
    while modifiers < len(phrase) - 1 and modifiers < 2 and phrase[modifiers].text[:1].isupper() and phrase[modifiers].lower not in _TITLES:
        modifiers += 1
    role = phrase[modifiers:]
    if not 1 <= len(role) <= 4 or not all(w.text.isalpha() and (w.text.islower() or w.lower in _TITLES) for w in role):
        return None
    if not all(w.text.isalpha() for w in phrase[:modifiers]):
        return None
    if role[-1].lower not in _PERSON_TITLES:
        return None
    found = _introduced_with_role(memory, [w.lower for w in role], memory.position)
    return _Speaker(found, True) if found is not None else None


def _introduced_with_role(memory: _Memory, role: Sequence[str], before: int) -> str | None:
    """The name printed right after the last "Role" (any case) before ``before``."""
    key = tuple(role)
    found = memory.role_names.get(key)
    if found is None:
        if len(memory.role_names) >= 100:
            return None
        found = _role_introductions(memory.text, key)
        memory.role_names[key] = found
    starts, names = found
    i = bisect.bisect_left(starts, before) - 1
    return names[i] if i >= 0 else None


def _role_introductions(text: str, role: Sequence[str]) -> tuple[list[int], list[str]]:
    """Every "Role Name" and "Name, the role" of ``text``: where each is and the name it introduces."""
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(word) for word in role) + r"\s+(?=[A-Z])", re.IGNORECASE)
    starts: list[int] = []
    names: list[str] = []
    for match in pattern.finditer(text):
        if text[match.start() : match.end()].strip().islower():
            continue  # the role phrase again, not a title in front of a name
        printed = _ROLE_NAME.match(text, match.end())
        if printed is None:
            continue
        name: list[str] = []
        for word in printed.group(0).split():
            lower = word.lower()
            if word[0].isupper() and lower not in _NOT_NAMES and lower not in _TITLES:
                name.append(word)
            elif name and (lower in _NAME_PARTICLES or (lower.split("-", 1)[0] in _NAME_PARTICLES and "-" in lower)):
                name.append(word)
            else:
                break
        while name and name[-1].lower() in _NAME_PARTICLES:
            name.pop()
        if name and not (len(name) == 1 and name[0].isupper()) and not any(w.lower() in _BODY_WORDS for w in name):
            starts.append(match.start())
            names.append(" ".join(w[:-2] if w.lower().endswith(("’s", "'s")) else w for w in name))
    # "Name, the [Saudi] crown prince, …": an appositive introduces the name too.
    joined = r"\s+".join(re.escape(word) for word in role)
    appositive = re.compile(r",\s{1,3}(?:the|a|an)\s+(?:[\w'’.-]{1,30}\s+){0,3}?" + joined + r"\b", re.IGNORECASE)
    for match in appositive.finditer(text):
        before = _strip_titles(_name_run(_words(text, max(0, match.start() - 120), match.start())))
        if before and before[0].lower not in _NOT_NAMES and not any(w.lower in _BODY_WORDS for w in before):
            at = bisect.bisect_left(starts, match.start())
            starts.insert(at, match.start())
            names.insert(at, " ".join(w.text for w in before))
    return starts, names


def _is_role(segment: Sequence[_Word]) -> bool:
    """Whether a noun phrase is an office ("the ministry's spokesman", "chairman of …")."""
    words = [w for w in segment if w.lower not in _DETERMINERS]
    if not words or not (segment[0].lower in _DETERMINERS or words[0].text[0].islower()):
        return False
    head = [w for w in words[:4] if not w.lower.endswith(("’s", "'s"))]
    return any(w.lower in _TITLES for w in head) or any(w.lower in _ROLE_NOUNS for w in head)


def _group_speaker(segment: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    words = list(segment)
    had_determiner = False
    while words and words[0].lower in _DETERMINERS:
        words.pop(0)
        had_determiner = True
    if not words or len(words) > 9:
        return None
    first = words[0].lower
    if first in _NO_SPEAKER or first in _PERSON_PRONOUNS or first in _GROUP_PRONOUNS:
        return None
    core = [w for w in words if w.lower not in _DOCUMENT_ADJECTIVES]
    if core and (core[0].lower in _DOCUMENT_NOUNS or (core[0].lower in _COPY_NOUNS and any(w.lower in _DOCUMENT_NOUNS for w in core))):
        return _Speaker(memory.group, False, is_document=True)
    first_word = words[0].text
    if not first_word[0].isalpha():
        return None
    if not had_determiner and not (first_word.islower() and first_word.endswith("s") and first_word.isalpha()):
        return None
    if any(w.lower in _SAY_VERBS for w in words):
        return None
    return _Speaker(" ".join(w.text for w in words), False)


def _expand(name: str, memory: _Memory) -> str:
    """Give a surname alone ("Geng") the full name it was introduced with."""
    if " " in name:
        return name
    for full in reversed(memory.persons):
        if name in full.split():
            return full
    if name not in memory.full_names:
        memory.full_names[name] = _introduced_as(memory.text, name) if len(memory.full_names) < 200 else None
    return memory.full_names[name] or name


def _introduced_as(text: str, surname: str) -> str | None:
    """The first "Given Surname" of ``text`` (how news introduces a person before using the surname)."""
    if not surname[:1].isupper() or surname.lower() in _NOT_NAMES:
        return None
    pattern = re.compile(r"\b([A-Z][\w’'-]{1,30}) " + re.escape(surname) + r"\b")
    for match in pattern.finditer(text):
        given = match.group(1)
        if given.lower() not in _TITLES and given.lower() not in _NOT_NAMES and not given.isupper():
            return f"{given} {surname}"
    return None


def _verb_at(words: Sequence[_Word], i: int) -> bool:
    word = words[i]
    if not word.text[0].islower():
        return False
    if word.lower in _SAY_VERBS:
        return True
    if word.lower in _CALL_VERBS and i + 1 < len(words) and words[i + 1].lower in {"on", "for", "upon"}:
        return True
    return word.lower == "according" and i + 1 < len(words) and words[i + 1].lower == "to"


def _participle_at(words: Sequence[_Word], i: int) -> bool:
    """Whether ``words[i]`` is a speech participle after a comma (", saying …")."""
    return i > 0 and words[i].lower in _PARTICIPLES and words[i].text.islower() and words[i - 1].text == ","


def _main_clause_subject(words: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """The subject that opens a clause: the words before its first verb."""
    for i, word in enumerate(words[: _SUBJECT_WORDS]):
        if i == 0 or not word.text.islower() or word.lower in _NAME_PARTICLES or word.lower in _DETERMINERS:
            continue
        if word.lower in _AUXILIARIES or word.lower in _SAY_VERBS or word.lower in _IRREGULAR_PAST or (
            word.lower.endswith("ed") and len(word.lower) > 4
        ):
            subject = list(words[:i])
            if any(w.text in ";:" or w.lower in {"and", "or", "&"} for w in subject):
                return None  # a list or a coordinated subject names no one speaker
            return _noun_phrase_speaker(subject, memory)
    return None


def _after_verb_speaker(words: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """The noun phrase right after an inverted verb ("… ,” said Wiranto, who …")."""
    phrase: list[_Word] = []
    for word in words:
        if word.text in ",;:.()—–" or word.lower in _NP_STOP:
            break
        phrase.append(word)
        if len(phrase) > 10:
            return None
    if not phrase:
        return None
    return _noun_phrase_speaker(phrase, memory)


def _speaker_before_quote(words: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """Attribution in the words leading up to a quotation ("X said that …“")."""
    verbs = [i for i in range(len(words)) if _verb_at(words, i) or _participle_at(words, i)][-3:]
    for position, i in enumerate(reversed(verbs)):
        if _participle_at(words, i):
            found = _main_clause_subject(words[: i - 1], memory)
            if found is not None and found.name:
                return found
            continue
        if words[i].lower == "according":
            found = _after_verb_speaker(words[i + 2 :], memory)
        else:
            found = _noun_phrase_speaker(words[max(0, i - _SUBJECT_WORDS) : i], memory)
        if found is not None and found.coordinated:
            earlier = verbs[: len(verbs) - position - 1]
            for j in reversed(earlier):
                found = _noun_phrase_speaker(words[max(0, j - _SUBJECT_WORDS) : j], memory)
                if found is not None and not found.coordinated:
                    return found
            return _Speaker(None, False, coordinated=True)
        if found is not None:
            return found
    return None


def _speaker_after_quote(words: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """Attribution after a quotation (", said X", ", X said", ", according to X")."""
    words = list(words)
    while words and words[0].text in ",;—–":
        words.pop(0)
    if not words:
        return None
    if _verb_at(words, 0):
        skip = 2 if words[0].lower == "according" else 1
        return _after_verb_speaker(words[skip:], memory)
    for i in range(min(len(words), 24)):
        if _verb_at(words, i):
            if words[i].lower == "according":
                return _after_verb_speaker(words[i + 2 :], memory)
            subject = [w for w in words[:i] if w.text not in ",;"]
            if not subject or len(subject) > 20:
                return None
            return _noun_phrase_speaker(words[max(0, i - _SUBJECT_WORDS) : i], memory)
        if words[i].text in ";:":
            return None
    return None


def _attribution_in_sentence(words: Sequence[_Word], memory: _Memory) -> _Speaker | None:
    """The speaker of a sentence without quotations (for the memory)."""
    for i in range(len(words)):
        if _verb_at(words, i) and words[i].lower != "according":
            found = _noun_phrase_speaker(words[max(0, i - _SUBJECT_WORDS) : i], memory)
            if found is not None and not found.coordinated and found.name:
                return found
    return None


def _remember(memory: _Memory, speaker: _Speaker | None) -> None:
    if speaker is None or not speaker.name or speaker.is_document:
        return
    if speaker.is_person:
        memory.person = speaker.name
        if " " in speaker.name:
            if speaker.name in memory.persons:
                memory.persons.remove(speaker.name)
            memory.persons.append(speaker.name)
            del memory.persons[:-50]
    else:
        memory.group = speaker.name


# ---------------------------------------------------------------- public


def _quote_text(text: str, pieces: Sequence[tuple[int, int]]) -> tuple[str, Span] | None:
    trimmed = [_trim(text, s, e) for s, e in pieces]
    trimmed = [(s, e) for s, e in trimmed if e > s]
    if not trimmed:
        return None
    span = Span(trimmed[0][0], trimmed[-1][1])
    if len(trimmed) == 1:
        return text[span.start : span.end], span
    return "\n\n".join(text[s:e] for s, e in trimmed), span


def _iter_sentences(text: str, block: Block, quote_ranges: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    starts = _sentence_starts(text, block.span.start, block.span.end, quote_ranges)
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else block.span.end
        if stop > start:
            yield start, stop


def find_quotes(layout: Layout) -> tuple[Quote, ...]:
    """Direct quotations in the content blocks, with their speakers.

    A quotation is text between quotation marks (curly or straight, double), or from an
    opening mark to the end of a paragraph when the next paragraph reopens it (the
    convention for a quotation over several paragraphs). Its :attr:`~declkit.Quote.text`
    is the quoted words without the marks, exactly the text its span selects (for a
    quotation over several paragraphs, the reopening marks are left out). Quotations of
    one to three words that nobody is said to have said are scare quotes, not quotations.

    >>> import declkit
    >>> text = '“We will not give up,” said Jane Doe, the mayor.'
    >>> layout = declkit.Layout(text=text, blocks=[declkit.Block(text=text, span=(0, len(text)))], genre="article")
    >>> [(q.text, q.speaker) for q in find_quotes(layout)]
    [('We will not give up', 'Jane Doe')]
    """
    text = layout.text
    blocks = _content_blocks(layout)
    raw = _raw_quotes(text, blocks)
    by_block: dict[int, list[_RawQuote]] = {}
    for quote in raw:
        by_block.setdefault(quote.block_index, []).append(quote)
    ranges_by_block: dict[int, list[tuple[int, int]]] = {}
    for quote in raw:
        stop = quote.close_at + 1 if quote.close_at is not None else quote.pieces[-1][1]
        for index in range(quote.block_index, quote.close_block_index + 1):
            ranges_by_block.setdefault(index, []).append((quote.open_at, stop))
    memory = _Memory(text=text)
    out: list[Quote] = []
    previous: tuple[_RawQuote, str | None] | None = None
    for index, block in enumerate(blocks):
        quote_ranges = _Ranges(ranges_by_block.get(index, []))
        pending = list(by_block.get(index, []))
        sentences = _Sentences(_iter_sentences(text, block, quote_ranges))
        for s_index, (s_start, s_end) in enumerate(sentences):
            here = []
            while pending and pending[0].open_at < s_end:
                here.append(pending.pop(0))
            outside = _words_outside(text, s_start, min(s_end, s_start + 4 * _CONTEXT_CHARS), quote_ranges)
            sentence_speaker: _Speaker | None = None
            for quote in here:
                made = _quote_text(text, quote.pieces)
                if made is None:
                    continue
                quoted, span = made
                memory.position = quote.open_at
                speaker = _attribute(text, quote, blocks, s_start, s_end, sentences, s_index, quote_ranges, memory)
                if speaker is None and previous is not None and _continues(text, previous[0], quote, blocks, s_start):
                    speaker = _Speaker(previous[1], True) if previous[1] else None
                name = speaker.name if speaker is not None else None
                if name is None and len(quoted.split()) <= 3:
                    continue
                out.append(Quote(text=quoted, speaker=name, span=span))
                previous = (quote, name)
                if speaker is not None:
                    sentence_speaker = speaker
                    _remember(memory, speaker)
            if sentence_speaker is None:
                _remember(memory, _attribution_in_sentence(outside, memory))
    return tuple(out)


class _Ranges(list[tuple[int, int]]):
    """Quotation ranges of a block, sorted, with their starts for bisection."""

    def __init__(self, ranges: Sequence[tuple[int, int]] = ()) -> None:
        super().__init__(sorted(ranges))
        self.starts = [r[0] for r in self]


class _Sentences(list[tuple[int, int]]):
    """Sentence ranges of a block, with their starts for bisection."""

    def __init__(self, sentences: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(sentences)
        self.starts = [start for start, _ in self]


def _words_outside(text: str, start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> list[_Word]:
    words = _words(text, start, end)
    if not quote_ranges:
        return words
    ranges = quote_ranges if isinstance(quote_ranges, _Ranges) else _Ranges(quote_ranges)
    starts = ranges.starts
    out: list[_Word] = []
    for word in words:
        i = bisect.bisect_right(starts, word.start) - 1
        # Quotations do not nest, so only the last one opening before the word can hold it.
        if i < 0 or not (ranges[i][0] <= word.start < ranges[i][1]):
            out.append(word)
    return out


def _attribute(
    text: str,
    quote: _RawQuote,
    blocks: Sequence[Block],
    s_start: int,
    s_end: int,
    sentences: Sequence[tuple[int, int]],
    s_index: int,
    quote_ranges: Sequence[tuple[int, int]],
    memory: _Memory,
) -> _Speaker | None:
    after_start = quote.close_at + 1 if quote.close_at is not None else quote.pieces[-1][1]
    close_block = blocks[quote.close_block_index]
    if quote.close_block_index == quote.block_index:
        starts = sentences.starts if isinstance(sentences, _Sentences) else [start for start, _ in sentences]
        i = bisect.bisect_right(starts, after_start)
        after_end = starts[i] if i < len(starts) else close_block.span.end
    else:
        after_end = _sentence_end_after(text, close_block, after_start)
    after_end = min(after_end, after_start + _CONTEXT_CHARS)
    after_words = _words_outside(text, after_start, after_end, quote_ranges) if after_start < after_end else []
    after = _speaker_after_quote(_until_next_quote(text, after_words, after_start, after_end), memory)
    if after is not None and after.name and not after.is_document:
        return after
    before_words = _words_outside(text, max(s_start, quote.open_at - _CONTEXT_CHARS), quote.open_at, quote_ranges)
    found = _speaker_before_quote(before_words, memory)
    if found is not None and found.coordinated:
        # "X welcomed … and urged …“": the subject is the one the sentence opened with.
        head = _words_outside(text, s_start, min(quote.open_at, s_start + _CONTEXT_CHARS), quote_ranges)
        found = _attribution_in_sentence(head, memory)
    if found is not None and found.name and not (after is not None and after.name and found.is_document):
        return found
    if after is not None and after.name:
        return after
    # The next sentence may name the speaker ("… .” Geng said.).
    if quote.close_block_index == quote.block_index and s_index + 1 < len(sentences) and after_end >= s_end:
        n_start, n_end = sentences[s_index + 1]
        n_end = min(n_end, n_start + _CONTEXT_CHARS)
        following = _words_outside(text, n_start, n_end, quote_ranges)
        found = _speaker_after_quote(following[:12], memory)
        if found is not None and found.name and _verb_within(following, 6):
            return found
    # "X said:" closing the previous paragraph introduces a quotation set as its own paragraph.
    block = blocks[quote.block_index]
    if quote.block_index > 0 and not text[block.span.start : quote.open_at].strip(_EDGE_MARKUP):
        previous_block = blocks[quote.block_index - 1]
        lead = text[previous_block.span.start : previous_block.span.end].rstrip(_EDGE_MARKUP)
        if lead.endswith(":"):
            lead_words = _words(text, max(previous_block.span.start, previous_block.span.end - _CONTEXT_CHARS), previous_block.span.end)
            found = _speaker_before_quote(lead_words, memory)
            if found is not None and found.name:
                return found
    # A paraphrase ending in its attribution may lead into the quotation ("…, he said. “But …”").
    if s_index > 0 and not text[s_start : quote.open_at].strip(_EDGE_MARKUP):
        p_start, p_end = sentences[s_index - 1]
        previous = _words_outside(text, max(p_start, p_end - _CONTEXT_CHARS), p_end, quote_ranges)
        commas = [i for i, w in enumerate(previous) if w.text == ","]
        tail = previous[commas[-1] + 1 :] if commas else []
        if tail and len(tail) <= 6 and any(_verb_at(tail, i) for i in range(len(tail))):
            found = _speaker_after_quote(tail, memory)
            if found is not None and found.name:
                return found
    return None


def _verb_within(words: Sequence[_Word], limit: int) -> bool:
    return any(_verb_at(words, i) for i in range(min(limit, len(words))))


def _until_next_quote(text: str, words: list[_Word], start: int, end: int) -> list[_Word]:
    for i in range(start, end):
        if text[i] in _OPENERS or (text[i] == _STRAIGHT and (i == start or text[i - 1] in _OPEN_CONTEXT)):
            return [w for w in words if w.start < i]
    return words


def _sentence_end_after(text: str, block: Block, start: int) -> int:
    for i in range(start, block.span.end):
        if text[i] in ".!?" and _ends_sentence(text, block.span.start, i, i + 1, block.span.end):
            return i + 1
    return block.span.end


def _continues(text: str, earlier: _RawQuote, later: _RawQuote, blocks: Sequence[Block], sentence_start: int) -> bool:
    """Whether ``later`` opens a sentence that goes on from the attributed quotation ``earlier``.

    "“…,” said X. “More words.”" and a quotation reopened in the next paragraph both
    keep the speaker.
    """
    if earlier.close_at is None or later.block_index - earlier.close_block_index > 1:
        return False
    if text[sentence_start : later.open_at].strip(_EDGE_MARKUP):
        return False
    if later.block_index != earlier.close_block_index:
        tail = text[earlier.close_at + 1 : blocks[earlier.close_block_index].span.end]
        if not tail.strip(_EDGE_MARKUP + "."):
            return True
        # A paragraph that is nothing but a quotation goes on with the last speaker.
        block = blocks[later.block_index]
        after = text[later.close_at + 1 : block.span.end] if later.close_at is not None else ""
        return later.close_block_index == later.block_index and not after.strip(_EDGE_MARKUP + ".")
    return later.open_at - earlier.close_at < 600


# ---------------------------------------------------------------- reported statements


def _reports_declaration(words: Sequence[_Word], sentence: str) -> bool:
    if _DOCUMENT_PHRASE.search(sentence):
        return True
    for i, word in enumerate(words):
        lower = word.lower
        if lower in _DOCUMENT_NOUNS and i > 0 and words[i - 1].lower in _DETERMINERS | _DOCUMENT_ADJECTIVES:
            follow = [w for w in words[i + 1 : i + 5] if w.lower not in _AUXILIARIES]
            if follow and follow[0].lower in _REPORT_VERBS:
                return True
        if lower in _REPORT_SUBJECTS and word.text.islower():
            for j in range(i + 1, min(len(words), i + 9)):
                candidate = words[j]
                if candidate.text in ",;:()—–" or candidate.lower in _SUBJECT_STOP:
                    break
                if candidate.lower in _AUXILIARIES:
                    continue
                if candidate.lower in _REPORT_VERBS and (candidate.lower not in _CALL_VERBS or _verb_at(words, j)):
                    return True
    return False


def mark_reported_statements(layout: Layout) -> tuple[Block, ...]:
    """Return the content blocks, tagging those that report what a declaration says.

    A block is tagged :data:`REPORTED_STATEMENT` when one of its sentences reports the
    content of a declaration: the declaration or statement as subject of a reporting
    verb ("the declaration also welcomed …"), a phrase such as "in their declaration" or
    "according to the statement", or the participants, leaders or ministers of a meeting
    as subject of a reporting or speech-act verb ("the participants agreed to …").

    >>> import declkit
    >>> text = "According to the declaration, a working group was formed.\\n\\nIt rained."
    >>> blocks = [declkit.Block(text=text[:57], span=(0, 57)), declkit.Block(text="It rained.", span=(59, 69))]
    >>> [b.tags for b in mark_reported_statements(declkit.Layout(text=text, blocks=blocks, genre="article"))]
    [('reported_statement',), ()]
    """
    text = layout.text
    content = _content_blocks(layout)
    quoted: list[tuple[int, int]] = []
    for quote in _raw_quotes(text, content):
        quoted.append((quote.open_at, quote.close_at + 1 if quote.close_at is not None else quote.pieces[-1][1]))
    quoted.sort()
    opens = [a for a, _ in quoted]
    out: list[Block] = []
    for block in layout.blocks:
        if block.kind not in _CONTENT_KINDS or REPORTED_STATEMENT in block.tags:
            out.append(block)
            continue
        tagged = False
        low = bisect.bisect_left(opens, block.span.start - _MAX_QUOTE_CHARS)
        high = bisect.bisect_left(opens, block.span.end)
        ranges = _Ranges([(a, b) for a, b in quoted[low:high] if b > block.span.start])
        for start, stop in _iter_sentences(text, block, ranges):
            sentence = text[start:stop]
            if _reports_declaration(_words_outside(text, start, stop, ranges), sentence):
                tagged = True
                break
        out.append(attrs.evolve(block, tags=(*block.tags, REPORTED_STATEMENT)) if tagged else block)
    return tuple(out)
