"""Lines of PDF-derived text and what each one is: content, a list marker, furniture or noise.

Everything here looks at one line at a time; :mod:`declkit_pdftext._blocks` puts the
lines together into blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Line",
    "Marker",
    "clean_inline",
    "close_letter_spacing",
    "find_marker",
    "first_date",
    "has_date",
    "is_document_symbol",
    "is_page_number",
    "line_noise_kind",
    "split_text_lines",
]

#: Characters that end a sentence (or a clause-level unit) when they end a line.
TERMINAL = frozenset('.!?;:"”’)]»…')

# Bullets as PDF extraction writes them: real bullet characters, the Symbol-font
# private-use code points, and their UTF-8-read-as-cp1252 spellings (mojibake).
_BULLET_CHARS = frozenset("-–—•·*●▪◦■□►▸‣⁃○◆◇✓✔➢➤⦁\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8")
_MOJIBAKE_BULLETS = ("â€¢", "ï‚·", "ï‚§", "â–ª", "â—\x8f", "â—", "Â·", "ï€­", "ï‚Ø")

_ORDERED = re.compile(
    r"\((?P<paren>\d{1,3}|[A-Za-z]{1,6})\)"
    r"|(?P<multi>\d{1,3}(?:\.\d{1,3}){1,3})\.?"
    r"|(?P<plain>\d{1,3}|[A-Za-z]{1,6})(?P<close>[.)])"
)
_ROMAN = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s{{0,3}}[-–]\s{{0,3}}\d{{1,2}})?\s{{1,3}}(?:{_MONTHS})\.?,?\s{{1,3}}\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?(?:\s{{0,3}}[-–]\s{{0,3}}\d{{1,2}})?,?\s{{1,3}}\d{{4}}"
    rf"|(?:{_MONTHS})\.?,?\s{{1,3}}\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|pg\.?|seite|página|pagina)?\s{0,3}[-–—(\[]?\s{0,3}\d{1,3}\s{0,3}[-–—)\]]?"
    r"(?:\s{0,3}(?:of|/|von|de)\s{0,3}\d{1,3})?",
    re.IGNORECASE,
)
_LIGATURES = str.maketrans(
    {
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\u00ad": "",  # soft hyphen: a break opportunity, not a character
        "\u200b": "",
        "\ufeff": "",
        "\u00a0": " ",
        "\t": " ",
        "\r": " ",
        "\f": " ",
    }
)
_MOJIBAKE_HINT = re.compile("[ÂÃâï][\u0080-\u00bf\u0152-\u2122]")
_SPACES = re.compile(r"\s+")
_LETTER_SPACED_HINT = re.compile(r" [^\W\d_] [^\W\d_] [^\W\d_] ")
# Slash-separated upper-case reference with figures, an optional year in brackets.
_SYMBOL_LINE = re.compile(r"[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\-]{0,15}){1,6}(?:\s{1,3}\(\d{4}\))?")
_TOKEN = re.compile(r"\S+")
_PLAIN_WORD = re.compile(r"(?<!\S)[\"'“‘(\[]?[A-Za-z]{0,40}[AEIOUYaeiouy][A-Za-z'’-]{0,40}[.,;:!?)\]\"”’]{0,3}(?!\S)")
_VOWELS = frozenset("aeiouyAEIOUY")
_OUTER_PUNCT = "\"'“”‘’()[]{}.,;:!?«»*"
_SHORT_WORDS = frozenset({"a", "i", "&", "o", "y", "e", "à", "é", "è", "ü"})
_MOJIBAKE_LEADS = frozenset({"â", "Â", "Ã", "ï", "Ð"})
# Tokens without letters that still carry meaning at the start of a line.
_KEEP_LEADING = frozenset({"$", "€", "£", "%", "&", "§", "#", "¶", "*", "-", "–", "—", "•"})
_NO_VOWEL_WORDS = frozenset({"st", "nd", "rd", "th", "mr", "mrs", "dr", "ms", "vs", "cf", "pp", "hrs", "km", "kg", "sq", "pm", "nw", "sw", "nsw"})


@dataclass(frozen=True, slots=True)
class Marker:
    """A list marker at the start of a line.

    Attributes:
        text: the marker as written (``"-"``, ``"1."``, ``"(a)"``).
        style: what kind of marker it is, used to tell list levels apart
            (``"bullet:-"``, ``"decimal."``, ``"alpha-lower)"`` …).
        end: offset in the stripped line where the item's text starts.
    """

    text: str
    style: str
    end: int


@dataclass(slots=True)
class Line:
    """One physical line of the input.

    Attributes:
        start: offset of the line's first character in the document text.
        end: offset one past its last character (line break excluded).
        raw: the line as written.
        page: 1-based page by form feeds seen before it (1 when there are none).
        after_form_feed: a form feed came right before the line.
        kind: ``blank``, ``content``, ``page_number``, ``ocr_noise``, ``separator``,
            ``page_header`` or ``page_footer``.
        marker: the list marker the line starts with, for content lines.
    """

    start: int
    end: int
    raw: str
    page: int
    after_form_feed: bool = False
    kind: str = "content"
    marker: Marker | None = None

    @property
    def stripped(self) -> str:
        """The line without surrounding whitespace."""
        return self.raw.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-space character."""
        return self.start + (len(self.raw) - len(self.raw.lstrip()))

    @property
    def content_end(self) -> int:
        """Offset one past the last non-space character."""
        return self.start + len(self.raw.rstrip())

    @property
    def indent(self) -> int:
        """Number of leading whitespace characters."""
        return len(self.raw) - len(self.raw.lstrip())


def split_text_lines(text: str) -> list[Line]:
    """Split ``text`` into lines, counting form feeds as page breaks.

    A form feed inside a line ends the line there, as pdftotext and declkit's own PDF
    reader put one at each page start.
    """
    lines: list[Line] = []
    page = 1
    pos = 0
    length = len(text)
    after_ff = False
    while pos <= length:
        newline = text.find("\n", pos)
        stop = length if newline < 0 else newline
        segment_start = pos
        while True:
            feed = text.find("\f", segment_start, stop)
            seg_end = stop if feed < 0 else feed
            raw_end = seg_end - 1 if seg_end > segment_start and text[seg_end - 1] == "\r" else seg_end
            if raw_end > segment_start or feed < 0:
                lines.append(Line(segment_start, raw_end, text[segment_start:raw_end], page, after_ff))
                after_ff = False
            if feed < 0:
                break
            page += 1
            after_ff = True
            segment_start = feed + 1
        if newline < 0:
            break
        pos = newline + 1
    return lines


def _roman_value_ok(token: str) -> bool:
    lowered = token.lower()
    return bool(lowered) and _ROMAN.fullmatch(lowered) is not None


def find_marker(stripped: str) -> Marker | None:
    """The list marker that ``stripped`` (a line without leading space) starts with, if any.

    >>> find_marker("1. We welcome").text
    '1.'
    >>> find_marker("(a) the talks").style
    'alpha-lower()'
    >>> find_marker("- Upholding").style
    'bullet:-'
    >>> find_marker("2017. The year") is None
    True
    """
    if not stripped:
        return None
    for mojibake in _MOJIBAKE_BULLETS:
        if stripped.startswith(mojibake):
            rest = len(mojibake)
            body = stripped[rest:].lstrip()
            return Marker(mojibake, "bullet:mojibake", len(stripped) - len(body)) if body else None
    first = stripped[0]
    if first == "o" and len(stripped) > 3 and stripped[1] in " \t" and stripped[2:].lstrip()[:1].isalpha():
        # Word's second-level bullet, extracted as the letter o.
        body = stripped[1:].lstrip()
        return Marker("o", "bullet:o", len(stripped) - len(body))
    if first in _BULLET_CHARS:
        if len(stripped) < 3:
            return None
        needs_space = first in "-–—*"
        following = stripped[1]
        if needs_space and not following.isspace():
            return None
        if first in "-–—" and len(stripped) > 2 and stripped[1:].lstrip()[:1].isdigit():
            return None  # "- 2 -" page numbers and negative figures
        body = stripped[1:].lstrip()
        return Marker(first, "bullet:" + first, len(stripped) - len(body)) if body else None
    if first == "." and len(stripped) > 2 and stripped[1].isspace():
        body = stripped[1:].lstrip()
        if body[:1].isalnum():
            return Marker(".", "dot", len(stripped) - len(body))
        return None
    match = _ORDERED.match(stripped)
    if not match or match.end() >= len(stripped) or not stripped[match.end()].isspace():
        return None
    body = stripped[match.end() :].lstrip()
    if not body:
        return None
    token = match.group("paren") or match.group("plain")
    if match.group("multi"):
        style = "multi"
    else:
        assert token is not None
        punct = "()" if match.group("paren") else str(match.group("close"))
        if token.isdigit():
            style = "decimal" + punct
        elif len(token) == 1 and token.lower() != "i":
            # "c" or "v" may be roman too; the list levels sort that out by context.
            style = ("alpha-lower" if token.islower() else "alpha-upper") + punct
        elif _roman_value_ok(token) and (token.islower() or token.isupper()):
            style = ("roman-lower" if token.islower() else "roman-upper") + punct
        elif len(token) == 1:
            style = ("alpha-lower" if token.islower() else "alpha-upper") + punct
        else:
            return None
        if style.startswith("alpha-upper") and punct == "." and not body[:1].isupper():
            return None  # "A. and B." inside a sentence rather than an item
    return Marker(stripped[: match.end()], style, len(stripped) - len(body))


def is_page_number(stripped: str) -> bool:
    """Whether a whole line is a page number (``2``, ``- 2 -``, ``Page 2 of 5``).

    >>> is_page_number("3"), is_page_number("Page 2 of 5"), is_page_number("2017")
    (True, True, False)
    """
    if not stripped or len(stripped) > 24 or not any(c.isdigit() for c in stripped):
        return False
    return _PAGE_NUMBER.fullmatch(stripped) is not None


def page_number_value(stripped: str) -> int | None:
    """The page number a page-number line states (its first figure)."""
    digits = ""
    for char in stripped:
        if char.isdigit():
            digits += char
        elif digits:
            break
    return int(digits) if digits else None


def is_document_symbol(stripped: str) -> bool:
    """Whether a whole line is a document symbol (``SC/15287``, ``A/RES/77/1``, ``PSC/PR/COMM.1234 (2023)``).

    >>> is_document_symbol("S/2023/123"), is_document_symbol("Bilateral/Multilateral Documents")
    (True, False)
    """
    return len(stripped) <= 40 and any(c.isdigit() for c in stripped) and _SYMBOL_LINE.fullmatch(stripped) is not None


def first_date(text: str) -> re.Match[str] | None:
    """The first calendar date in ``text``, as a match."""
    return _DATE.search(text)


def has_date(text: str) -> bool:
    """Whether ``text`` contains a calendar date (``29 July 2017``, ``April 24-26, 2023``)."""
    return _DATE.search(text) is not None


def _token_is_word(token: str) -> bool:
    cleaned = token.strip(_OUTER_PUNCT)
    if not cleaned:
        return False
    if len(cleaned) == 1:
        return cleaned.isdigit() or cleaned in _SHORT_WORDS
    alnum = sum(1 for c in cleaned if c.isalnum())
    if alnum / len(cleaned) < 0.7:
        return False
    letters = [c for c in cleaned if c.isalpha()]
    if not letters:
        return True  # figures: 1994/95, 264-2176
    if all(c.isascii() for c in letters):
        if any(c in _VOWELS for c in letters):
            return True
        word = "".join(letters)
        return word.isupper() or word.lower() in _NO_VOWEL_WORDS
    # Letters of other scripts are words when they are real letters, not symbols
    # that happen to be in the Latin-1 range (OCR reads smudges as "Î¯").
    latin1_noise = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
    return latin1_noise < len(letters) / 2 or len(letters) > 3


def line_noise_kind(stripped: str) -> str | None:
    """``"ocr_noise"`` or ``"separator"`` for a line that carries no words, else ``None``.

    The test is the share of word-like tokens, so that short real lines (``ESL``,
    ``Annex``) stay content while OCR debris (``//â  2 ,/H  Z <3 ^``) does not.

    >>> line_noise_kind("//â  2 ,/H  Z <3 ^"), line_noise_kind("ESL"), line_noise_kind("*****")
    ('ocr_noise', None, 'separator')
    """
    if not stripped:
        return None
    if not any(c.isalnum() for c in stripped):
        if len(stripped) >= 3 and len(set(stripped.replace(" ", ""))) <= 2:
            return "separator"
        return "ocr_noise"
    tokens = stripped.split()
    # Most lines are plain words: count those with one regex before the slow test.
    if len(_PLAIN_WORD.findall(stripped)) * 2 >= len(tokens) and len(tokens) > 1:
        return None
    good = sum(1 for t in tokens if _token_is_word(t))
    if len(tokens) == 1:
        if len(stripped) == 1 and stripped.isalpha():
            return "ocr_noise"  # a lone letter is a smudge, not a line of text
        return None if good else "ocr_noise"
    if good / len(tokens) < 0.5:
        return "ocr_noise"
    singles = sum(1 for t in tokens if len(t) == 1)
    if len(tokens) >= 6 and singles / len(tokens) > 0.6:
        return "ocr_noise"
    return None


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 (``â€™`` → ``’``) where that is what happened."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    out = []
    for word in text.split(" "):
        if _MOJIBAKE_HINT.search(word):
            try:
                word = word.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out.append(word)
    return " ".join(out)


def _is_debris(token: str) -> bool:
    core = token.strip(_OUTER_PUNCT)
    if core.isalnum():
        return core in _MOJIBAKE_LEADS and core == token
    alnum = [c for c in token if c.isalnum()]
    if not alnum:
        return True
    if token in _MOJIBAKE_LEADS:
        return True
    return all(not c.isascii() for c in alnum) and len(alnum) < len(token) and len(token) <= 6


def trim_debris(text: str) -> str:
    """Drop OCR debris tokens (``'``, ``.``, ``·'·â``) from both ends of a line's text.

    >>> trim_debris("'  .  (File 168/75)")
    '(File 168/75)'
    >>> trim_debris("war orphans.  .")
    'war orphans.'
    """
    if not text:
        return text
    head = text.split(None, 1)
    tail = text.rsplit(None, 1)
    if not head or ((head[0] in _KEEP_LEADING or not _is_debris(head[0])) and not _is_debris(tail[-1])):
        return text  # the common case: clean edges, no need to split the whole line
    tokens = text.split()
    start, end = 0, len(tokens)
    while start < end and _is_debris(tokens[start]) and tokens[start] not in _KEEP_LEADING:
        start += 1
    while end > start and _is_debris(tokens[end - 1]) and not (end - 1 == start):
        end -= 1
    if start == 0 and end == len(tokens):
        return text
    kept = " ".join(tokens[start:end])
    if end < len(tokens) and kept.endswith("-") and not kept.endswith(" -"):
        # "Austria- ª---": debris stood after the hyphen, so the line did not end in a
        # word broken by the wrapping; keep it a dash, never joined to the next line.
        kept = kept[:-1] + " -"
    return kept


def _spaced_core(token: str) -> str | None:
    """The letters of a token that may belong to a letter-spaced word (one letter, or an OCR-glued pair)."""
    core = token.rstrip(".,:;")
    if 1 <= len(core) <= 2 and core.isalpha():
        return core
    return None


def _run_qualifies(cores: list[str]) -> bool:
    singles = sum(1 for core in cores if len(core) == 1)
    pairs = len(cores) - singles
    if singles < 3 or pairs > max(1, singles // 4):
        return False
    rest = "".join(cores[1:])
    # One case throughout (the first letter may be a capital): "a b c" in prose is rare,
    # "I am a" mixes cases.
    return rest.isupper() or rest.islower()


def close_letter_spacing(text: str) -> str:
    """Close up letter-spaced words, as typeset for emphasis or read so by OCR.

    Runs of single letters separated by single spaces are words; a gap of two or more
    spaces parts them. OCR glues the odd pair of letters (``M E D IA``), which a run
    may hold. A short run (``O F``, ``U N``) is closed up only next to a longer one, so
    that ``the U N agencies`` stays as written. The gaps between words are kept.

    >>> close_letter_spacing("J O I N T  C O M M U N I Q U E")
    'JOINT  COMMUNIQUE'
    >>> close_letter_spacing("M E D IA R E L E A S E")
    'MEDIARELEASE'
    >>> close_letter_spacing("The U N  agencies")
    'The U N  agencies'
    >>> close_letter_spacing("Sections A, B, C and D")
    'Sections A, B, C and D'
    """
    if not (_LETTER_SPACED_HINT.search(text) or _LETTER_SPACED_HINT.match(" " + text[:6])):
        return text
    tokens = [(m.start(), m.end(), _spaced_core(m.group(0))) for m in _TOKEN.finditer(text)]
    runs: list[list[int]] = []  # token indexes of each run of candidates joined by single spaces
    for index, (start, _end, core) in enumerate(tokens):
        if core is None:
            continue
        previous = runs[-1][-1] if runs else -2
        # Punctuation may close a run ("C O M M U N I Q U E."), never sit inside one
        # ("Sections A, B, C and D", "J. R. R. Tolkien").
        open_run = previous >= 0 and text[tokens[previous][1] - 1].isalpha()
        if previous == index - 1 and open_run and text[tokens[previous][1] : start] == " ":
            runs[-1].append(index)
        else:
            runs.append([index])
    chosen = [_run_qualifies([str(tokens[i][2]) for i in run]) for run in runs]
    # Short runs of single letters beside a chosen run belong to the same heading.
    for order in (range(len(runs)), range(len(runs) - 1, -1, -1)):
        for position in order:
            if chosen[position] or any(len(str(tokens[i][2])) != 1 for i in runs[position]):
                continue
            before, after = position - 1, position + 1
            if (before >= 0 and chosen[before] and runs[before][-1] + 1 == runs[position][0]) or (
                after < len(runs) and chosen[after] and runs[position][-1] + 1 == runs[after][0]
            ):
                chosen[position] = True
    if not any(chosen):
        return text
    pieces: list[str] = []
    cursor = 0
    for run, take in zip(runs, chosen, strict=True):
        if not take:
            continue
        start, end = tokens[run[0]][0], tokens[run[-1]][1]
        pieces.append(text[cursor:start])
        pieces.append(text[start:end].replace(" ", ""))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def clean_inline(text: str) -> str:
    """Text of one line cleaned for a block: ligatures spelled out, mojibake undone, spaces collapsed.

    Letter-spaced words (``m e d i a  r e l e a s e``, typeset for emphasis) are closed
    up first, while the wider gaps still tell the words apart.
    """
    text = close_letter_spacing(fix_mojibake(text.translate(_LIGATURES)))
    return trim_debris(_SPACES.sub(" ", text).strip())
