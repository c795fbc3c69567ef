"""Text utilities shared by the analysis: look-alike folding, whitespace, sentences, scripts.

Everything here scans in linear time; none of it knows about any particular document.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import TypeVar

__all__ = [
    "acronyms_in_prose",
    "collapse",
    "fold",
    "is_chrome",
    "is_document_symbol",
    "is_noise",
    "is_other_script",
    "latin_share",
    "sentences",
    "strip_emphasis",
    "strip_trailing_symbol",
    "title_case",
    "unspace_letters",
    "word_count",
]

# Letters that look like ASCII letters but are not (Turkish dotted capital I, dotless i,
# long s, ligatures); folded when names are matched, never in the text we return.
_LOOKALIKES = str.maketrans(
    {
        "İ": "I",
        "ı": "i",
        "ſ": "s",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\w)|(?<=[\w.,;:!?])\*(?!\w)")


def fold(text: str) -> str:
    """Return ``text`` folded for matching: look-alikes to ASCII, accents off, lower case.

    >>> fold("National İslamic Movement")
    'national islamic movement'
    """
    folded = unicodedata.normalize("NFKD", text.translate(_LOOKALIKES))
    if not folded.isascii():  # no ASCII character is a combining mark
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return collapse(folded).casefold()


def collapse(text: str) -> str:
    """Return ``text`` with every run of whitespace made one space, and trimmed.

    >>> collapse("  a\\n  b  ")
    'a b'
    """
    # str.split() cuts at exactly the characters that \s matches (str.isspace).
    return " ".join(text.replace("\\_", " ").replace("\u00ad", "").split())


def strip_emphasis(text: str) -> str:
    """Remove Markdown emphasis marks (``**bold**``, ``*italic*``) that parsers left in."""
    if "*" not in text and "__" not in text:
        return text  # every mark has one of them
    return _EMPHASIS.sub("", text)


def word_count(text: str) -> int:
    """Number of whitespace-separated words in ``text``."""
    return len(text.split())


_SENTENCE_END = re.compile(r"[.!?;](?:[\"'’”)\]]{0,3})(?=\s+[\"'“‘(]{0,2}[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen hon no nos vol art para e.g i.e etc jr sr inc ltd co u.s u.k u.n h.e gen col lt sec dept".split()
)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return ``(start, end)`` offsets into ``text``.

    Abbreviations (``Mr.``, ``U.S.``), initials and numbers do not end a sentence.
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        if text[match.start()] == ".":
            head = text[max(begin, match.start() - 6) : match.start()].split()
            word = head[-1].lower().lstrip("(") if head else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or word.endswith((".", "u.s")):
                continue
        out.append((begin, match.end()))
        begin = match.end()
        while begin < stop and text[begin].isspace():
            begin += 1
    if begin < stop and text[begin:stop].strip():
        tail = stop
        while tail > begin and text[tail - 1].isspace():
            tail -= 1
        out.append((begin, tail))
    return out


#: Characters outside the Latin blocks (Basic Latin to Latin Extended-B, Latin Extended
#: Additional): the only ones that can be letters of another script.
_BEYOND_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff]")

_T = TypeVar("_T")
_ANSWERS: contextvars.ContextVar[dict[tuple[Callable[[str], object], str], object] | None] = contextvars.ContextVar(
    "declkit_text_answers", default=None
)


@contextlib.contextmanager
def remembering() -> Iterator[None]:
    """Within the block (one analysis), the text tests remember their answers.

    The analysis asks them about the same paragraphs many times over (as a unit, as the
    unit after another, as the start of a tail …). Nothing is kept after the block.
    """
    token = _ANSWERS.set({})
    try:
        yield
    finally:
        _ANSWERS.reset(token)


def _remembered(test: Callable[[str], _T], text: str) -> _T:
    answers = _ANSWERS.get()
    if answers is None:
        return test(text)
    key = (test, text)
    if key in answers:
        return answers[key]  # type: ignore[return-value]
    answer = answers[key] = test(text)
    return answer


def latin_share(text: str) -> float:
    """Share of letters in ``text`` that are Latin script (1.0 when it has no letters)."""
    return _remembered(_latin_share, text)


def _latin_share(text: str) -> float:
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 1.0
    other = sum(map(str.isalpha, _BEYOND_LATIN.findall(text)))
    return (letters - other) / letters


def is_other_script(text: str) -> bool:
    """Whether most letters of ``text`` are in a script other than Latin."""
    return _remembered(_latin_share, text) < 0.5


_PAGE_OR_RULE = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—_*=~#.\s\\]{1,80}", re.IGNORECASE)
_WORDLIKE = re.compile(r"[(\"“]?(?:[A-Za-z][a-z'’-]{1,30}|[A-Z]{2,10}|\d[\d,./–-]{0,12}|[a-z])[.,;:)\"”]?")


def is_noise(text: str) -> bool:
    """Whether ``text`` is OCR debris, a page number, a separator or leftover markup.

    >>> is_noise("//â  2 ,/H  Z <3 ^")
    True
    >>> is_noise("ESL")
    False
    """
    return _remembered(_is_noise, text)


def _is_noise(text: str) -> bool:
    body = text.strip()
    if not body or not any(map(str.isalnum, body)):
        return True
    if body.startswith("<!--") or body in {"***", "*****", "\\###", "###", "* * *", "---"}:
        return True
    if _PAGE_OR_RULE.fullmatch(body):
        return True
    tokens = body.split()
    letters = sum(map(str.isalpha, body))
    # Neither letter nor digit nor space (no character is both alphanumeric and a space).
    symbols = len(body) - sum(map(str.isalnum, body)) - sum(map(str.isspace, body))
    if all(t.isalpha() and t.isupper() for t in tokens) and unspace_letters(body) is not None:
        # Letter-spaced capitals ("J O I N T  C O M M U N I Q U E") are a heading, not debris.
        return False
    if len(tokens) >= 3 and _few_words(tokens):
        return True
    if len(tokens) >= 4 and sum(1 for t in tokens if len(t) == 1) / len(tokens) >= 0.6:
        return True
    return len(body) >= 4 and symbols > letters


def _few_words(tokens: list[str]) -> bool:
    """Whether under 40 % of ``tokens`` look like words (counting stops once enough do)."""
    words = 0
    for token in tokens:
        if _WORDLIKE.fullmatch(token):
            words += 1
            if words / len(tokens) >= 0.4:
                return False
    return words / len(tokens) < 0.4


# Phrases that web pages put around every article, whatever the site: navigation,
# comment forms, sharing and contact widgets. A content block equal to or starting
# with one of these is page chrome.
_CHROME = (
    "previous",
    "next",
    "previous post",
    "next post",
    "leave a reply",
    "leave a comment",
    "your email address will not be published",
    "required fields are marked",
    "close this search box",
    "skip to content",
    "share this",
    "share on",
    "print this",
    "related posts",
    "related articles",
    "read more",
    "subscribe",
    "scan the code",
    "all rights reserved",
    "copyright",
    "©",
    "posted in",
    "tags:",
    "back to top",
    "back to ",
    "related information",
    "related content",
    "related links",
    "related documents",
    "press contacts",
    "media inquiries",
    "media enquiries",
    "media contact",
    "for further information",
    "further information",
    "for more information",
    "press contact",
    "contact:",
    "enquiries:",
    "ends",
)


def _is_menu(text: str) -> bool:
    """Whether ``text`` is a bar of links ("Home | Links | Search | Help").

    Three or more short items between bars make a navigation line, as a page copied
    into a PDF or a text dump keeps it. A line that opens with a bar is a table row
    ("| Country | Amount |"), not a menu.
    """
    line = collapse(text)
    if line.startswith("|") or line.count("|") < 2 or "\n" in text.strip():
        return False
    items = [item.strip() for item in line.split("|")]
    return all(0 < word_count(item) <= 4 for item in items)


def is_chrome(text: str) -> bool:
    """Whether ``text`` is site navigation or a widget rather than content."""
    return _remembered(_is_chrome, text)


def _is_chrome(text: str) -> bool:
    body = fold(text).strip(" .:-")
    if not body or len(body) > 120:
        return False
    if "©" in body and word_count(body) <= 16:
        return True
    if _is_menu(text):
        return True
    return any(body == phrase or (body.startswith(phrase) and len(phrase) > 6) for phrase in _CHROME)


_SMALL = frozenset("a an and as at but by for from in into nor of on or the to via with".split())


def title_case(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Title-case an ALL-CAPS heading, keeping short function words lower case.

    Words in ``keep`` (acronyms the document writes in capitals elsewhere) stay as they are.

    >>> title_case("SUB-REGIONAL MEETING ON FOREIGN TERRORIST FIGHTERS")
    'Sub-Regional Meeting on Foreign Terrorist Fighters'
    """
    out: list[str] = []
    for index, word in enumerate(text.split()):
        lower = word.lower()
        if word.strip("()[],.;:'’") in keep:
            out.append(word)
        elif index and lower in _SMALL:
            out.append(lower)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(out)


def acronyms_in_prose(text: str) -> frozenset[str]:
    """Capitalised words (``ASEAN``, ``GCC``) that the text also writes amid lower-case prose."""
    found: set[str] = set()
    for match in re.finditer(r"\b[A-Z][A-Z0-9]{1,7}\b", text):
        if match.group().lower() in _SMALL:
            continue
        before = text[max(0, match.start() - 30) : match.start()].split()
        after = text[match.end() : match.end() + 30].split()
        neighbours = before[-1:] + after[:1]
        if neighbours and all(any(c.islower() for c in word) for word in neighbours):
            found.add(match.group())
    return frozenset(found)


def is_all_caps(text: str) -> bool:
    """Whether the letters of ``text`` are (nearly) all capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(1 for c in letters if c.isupper()) / len(letters) > 0.9


def unspace_letters(text: str) -> str | None:
    """Close up a letter-spaced line (``"J O I N T  C O M M U N I Q U E"``), if it is one.

    Wide gaps (two spaces or more) separate words; single spaces between single letters
    are closed up. Returns ``None`` for ordinary text.

    >>> unspace_letters("J O I N T  C O M M U N I Q U E")
    'JOINT COMMUNIQUE'
    >>> unspace_letters("M E D IA R E L E A S E")
    'MEDIA RELEASE'
    """
    tokens = text.split()
    singles = sum(1 for t in tokens if len(t) == 1 and t.isalpha())
    if singles < 3 or singles * 2 <= len(tokens) or len(tokens) > 80:
        return None
    words: list[str] = []
    for group in re.split(r"\s{2,}", text.strip()):
        pieces = group.split()
        if "  " in text.strip() and all(len(p) == 1 for p in pieces):
            words.append("".join(pieces))
            continue
        out: list[str] = []
        previous = ""
        for piece in pieces:
            # OCR splits spaced words unevenly ("M E D IA"): a short capital run continues one.
            joins = (
                len(previous) == 1 and previous.isalpha() and (len(piece) == 1 or (piece.isupper() and len(piece) <= 3))
            )
            if out and joins:
                out[-1] += piece
            else:
                out.append(piece)
            previous = piece
        words.append(" ".join(out))
    return " ".join(words)


_DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,12}(?:[/.][A-Z0-9-]{1,14}){1,8}(?:\s{1,3}\(\d{4}\))?")


def is_document_symbol(text: str) -> bool:
    """Whether ``text`` is only a document symbol (``SC/15287``, ``PSC/PR/COMM.1234 (2023)``).

    >>> is_document_symbol("A/RES/77/1")
    True
    >>> is_document_symbol("EU-Canada")
    False
    """
    body = text.strip()
    return "/" in body and _DOCUMENT_SYMBOL.fullmatch(body) is not None


def strip_trailing_symbol(text: str) -> str:
    """Drop a running document symbol a page break left after the last sentence.

    >>> strip_trailing_symbol("Decides to remain seized of the matter. PSC/PR/COMM.1234 (2023)")
    'Decides to remain seized of the matter.'
    """
    body = text.rstrip()
    cut = max(body.rfind(". "), body.rfind("; "))
    if cut < 0 or len(body) - cut > 60:
        return text
    return body[: cut + 1] if is_document_symbol(body[cut + 2 :]) else text
