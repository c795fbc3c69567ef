"""Helpers for names: folding, word tokens with spans, acronyms and their initials.

Places and actors both match names written in many ways (``Türkiye``/``Turkiye``,
``U.S.``/``US``, curly and straight apostrophes, look-alike letters such as dotted
``İ``). These helpers give one folded form to compare and a tokeniser that keeps the
offsets of every word, so that a match can always point back into the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import attrs

__all__ = [
    "MINOR_WORDS",
    "Token",
    "acronym_matches",
    "fold",
    "is_capitalised",
    "tokens",
]

#: Words that stay lower case inside a proper name and that an acronym may skip.
MINOR_WORDS = frozenset(
    "a an and at by de del della der des di do dos du e el en et for from in la le les "
    "of on the to van von y d da das al".split()
)

# Letters that NFKD does not decompose but that stand for a plain Latin letter.
_LOOKALIKES = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
    }
)

_NOT_WORD = re.compile(r"[^0-9a-z]+")

#: Longest text whose folded form is remembered (words and short names recur a lot).
_MEMO_LENGTH = 64


_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEEN_ORDINALS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TENS_ORDINALS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_ORDINAL_WORDS: dict[str, int] = {
    **{word: index + 1 for index, word in enumerate(_UNIT_ORDINALS)},
    **{word: index + 10 for index, word in enumerate(_TEEN_ORDINALS)},
    **{word: 20 + 10 * index for index, word in enumerate(_TENS_ORDINALS)},
    "hundredth": 100,
}
_FIGURE_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)")


def ordinal_value(word: str) -> int | None:
    """The position an ordinal word states, in words or figures; ``None`` if it is not one.

    >>> [ordinal_value(w) for w in ("Second", "eightieth", "twenty-ninth", "21st", "first-ever", "firstly")]
    [2, 80, 29, 21, 1, None]
    """
    lowered = word.casefold()
    if lowered.endswith("-ever"):
        lowered = lowered[: -len("-ever")]
    if lowered in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[lowered]
    tens, _, unit = lowered.partition("-")
    if tens in _TENS and unit in _UNIT_ORDINALS:
        return 20 + 10 * _TENS.index(tens) + _UNIT_ORDINALS.index(unit) + 1
    figure = _FIGURE_ORDINAL.fullmatch(lowered)
    return int(figure.group(1)) if figure else None


def fold(text: str) -> str:
    """Return the case-, accent- and punctuation-free form of ``text`` used as a key.

    Periods vanish (``"U.S."`` folds to ``"us"``), other punctuation becomes a
    space, and runs of spaces collapse.

    >>> fold("Türkiye")
    'turkiye'
    >>> fold("Washington, D.C.")
    'washington dc'
    """
    if len(text) <= _MEMO_LENGTH:
        return _fold_short(text)
    return _fold(text)


@functools.lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        # Nothing to decompose: only the one look-alike in ASCII (the backtick) is left.
        text = text.replace("`", "'").lower().replace(".", "")
        return _NOT_WORD.sub(" ", text).strip()
    text = unicodedata.normalize("NFKD", text.translate(_LOOKALIKES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace(".", "")
    return _NOT_WORD.sub(" ", text).strip()


@attrs.frozen
class Token:
    """A word of the text with its offsets."""

    #: Offset of the first character.
    start: int
    #: Offset one past the last character.
    end: int
    #: The word as written.
    text: str

    @property
    def key(self) -> str:
        """The folded form of the word."""
        return fold(self.text)


# An abbreviation with periods (U.S., D.C., U.S.A.) is one token; otherwise a token is
# a run of letters and digits. Both alternatives are bounded, so scanning is linear.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,6}|[^\W_]{1,80}")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Yield the words of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else min(end, len(text))
    for match in _TOKEN.finditer(text, max(0, start), max(0, stop)):
        yield Token(match.start(), match.end(), match.group())


def is_capitalised(word: str) -> bool:
    """Whether ``word`` starts with an upper-case letter."""
    return bool(word) and word[0].isupper()


def _contributions(word: str) -> tuple[str, ...]:
    """The letter strings one word of a long form may give to its acronym."""
    pieces = [fold(p) for p in re.split(r"[-’']", word)]
    pieces = [p.replace(" ", "") for p in pieces if p]
    if not pieces:
        return ("",)
    options = {pieces[0][0]}
    # A hyphenated or compound word may give the initial of each part (Co-operation).
    run = ""
    for piece in pieces:
        run += piece[0]
        options.add(run)
    # Inner capitals start a part too (BioTech → BT).
    inner = "".join(m.group() for m in re.finditer(r"(?<=[a-z])[A-Z]", word)).lower()
    if inner:
        options.add(pieces[0][0] + inner)
    # An acronym inside the long form gives all its letters (OSCE Office … → OSCE/ODIHR).
    if len(word) >= 2 and word.isupper() and word.isalpha():
        options.add(fold(word))
    if len(pieces) == 1 and pieces[0] in MINOR_WORDS:
        options.add("")
    return tuple(sorted(options, key=len, reverse=True))


def acronym_matches(acronym: str, name: str, *, inner: bool = True) -> bool:
    """Whether ``acronym`` plausibly abbreviates ``name``.

    The acronym's letters must be the initials of ``name``'s words in order. Minor
    words (``of``, ``the``, ``and`` …) may give their initial or nothing, a hyphenated
    or compound word may give the initial of each part (``Co-operation``), and an
    acronym inside the long form gives all its letters. No other letters count, so
    ``NRF`` matches "National Resistance Front" but not "National Front". With
    ``inner`` (the default), one letter may come from inside a word ("Southeast" gives
    S and E in ASEAN).

    >>> acronym_matches("OIC", "Organization of Islamic Cooperation")
    True
    >>> acronym_matches("NRF", "National Front")
    False
    """
    # A session or edition number is not part of the initials ("CSW67").
    letters = "".join(c for c in fold(acronym).rstrip("0123456789 ") if c.isalpha())
    words = [w for w in re.split(r"[\s/&,]+", name) if w and fold(w)]
    if not 2 <= len(letters) <= 12 or not words or len(words) > 24:
        return False
    options = [_contributions(w) for w in words]
    folded_words = [fold(w).replace(" ", "") for w in words]
    # Dynamic programming over (letters used, inner letter spent): linear in the words.
    # One letter from inside a word is allowed (Southeast → S, E in ASEAN).
    reachable = {(0, False)}
    for choices, word in zip(options, folded_words, strict=True):
        step: set[tuple[int, bool]] = set()
        for used, spent in reachable:
            for choice in choices:
                if letters.startswith(choice, used):
                    step.add((used + len(choice), spent))
                    after = used + len(choice)
                    if (
                        inner
                        and choice
                        and not spent
                        and after < len(letters)
                        and letters[after] in word[len(choice) :]
                    ):
                        step.add((after + 1, True))
        reachable = step
        if not reachable:
            return False
    return any(used == len(letters) for used, _ in reachable)
