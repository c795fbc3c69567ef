"""The text tests (noise, chrome, script): answers, and how one analysis remembers them."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from declkit._analysis import _text
from tests.strategies import arbitrary_text

_SAMPLES = [
    "",
    "   ",
    "12",
    "Page 3 of 9",
    "* * *",
    "//â  2 ,/H  Z <3 ^",
    "J O I N T  C O M M U N I Q U E",
    "ESL",
    "The Ministers of Arcadia and Ruritania met in Lisbon on 4 May.",
    "Министры Аркадии и Руританії встретились.",
    "Ministers — Министры Аркадии",
    "a b c d e f",
    "ﬁnal İstanbul ſtatement ẞ ß",
    "Share this",
    "© 2024 Ruritania News",
]
# The forms before the counts moved to C (map over str methods): the answers must not change.
_OLD_WORDLIKE = re.compile(r"[(\"“]?(?:[A-Za-z][a-z'’-]{1,30}|[A-Z]{2,10}|\d[\d,./–-]{0,12}|[a-z])[.,;:)\"”]?")


def _old_latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00) / len(letters)


def _old_is_noise(text: str) -> bool:
    body = text.strip()
    if not body or not any(c.isalnum() for c in body):
        return True
    if body.startswith("<!--") or body in {"***", "*****", "\\###", "###", "* * *", "---"}:
        return True
    if _text._PAGE_OR_RULE.fullmatch(body):
        return True
    tokens = body.split()
    words = [t for t in tokens if _OLD_WORDLIKE.fullmatch(t)]
    letters = sum(1 for c in body if c.isalpha())
    symbols = sum(1 for c in body if not c.isalnum() and not c.isspace())
    if all(t.isalpha() and t.isupper() for t in tokens) and _text.unspace_letters(body) is not None:
        return False
    if len(tokens) >= 3 and len(words) / len(tokens) < 0.4:
        return True
    if len(tokens) >= 4 and sum(1 for t in tokens if len(t) == 1) / len(tokens) >= 0.6:
        return True
    return len(body) >= 4 and symbols > letters


def _old_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_text._LOOKALIKES))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _text.collapse(folded).casefold()


@pytest.mark.parametrize("text", _SAMPLES)
def test_answers_as_before(text: str) -> None:
    assert _text.latin_share(text) == _old_latin_share(text)
    assert _text.is_noise(text) == _old_is_noise(text)
    assert _text.fold(text) == _old_fold(text)


@given(st.one_of(arbitrary_text, st.text(max_size=200)))
def test_answers_as_before_on_any_text(text: str) -> None:
    assert _text.latin_share(text) == _old_latin_share(text)
    assert _text.is_noise(text) == _old_is_noise(text)
    assert _text.fold(text) == _old_fold(text)
    with _text.remembering():
        assert _text.is_noise(text) == _old_is_noise(text)
        assert _text.is_noise(text) == _old_is_noise(text)
        assert _text.is_other_script(text) == (_old_latin_share(text) < 0.5)


def test_one_analysis_asks_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = _text._is_noise

    def counted(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(_text, "_is_noise", counted)
    with _text.remembering():
        for _ in range(3):
            assert _text.is_noise("Page 2")
            assert not _text.is_noise("The Ministers met in Lisbon.")
    assert asked == ["Page 2", "The Ministers met in Lisbon."]
    # nothing is kept once the analysis is over
    assert _text.is_noise("Page 2")
    assert asked[-1] == "Page 2" and len(asked) == 3


_OLD_SPACE = re.compile(r"\s+")
_OLD_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\w)|(?<=[\w.,;:!?])\*(?!\w)")


@given(
    st.one_of(
        arbitrary_text,
        st.text(max_size=200),
        st.text(alphabet=" \t\n\u00a0\u2009\u3000\x1c\x85*_\\a\u00ad", max_size=40),
    )
)
def test_collapse_and_emphasis_as_before(text: str) -> None:
    assert _text.collapse(text) == _OLD_SPACE.sub(" ", text.replace("\\_", " ").replace("\u00ad", "")).strip()
    assert _text.strip_emphasis(text) == _OLD_EMPHASIS.sub("", text)
