"""Hypothesis strategies shared by the test suite."""

from __future__ import annotations

from hypothesis import strategies as st

from declkit.testing import documents, partial_dates

__all__ = ["arbitrary_bytes", "arbitrary_text", "documents", "partial_dates"]

_PIECES = st.sampled_from(
    ["We ", "call on ", "1. ", "Second: ", "Vienna, Austria", "April 24-26, 2023", "said ", "<p>", "</p>", "---\n", "Saur 4-6 - 1402 HS", "\n\n", "- ", "• ", "“", "”"]
)
_CHARS = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\n\f\t -•*●▪()[]:;.,“”\"'’–—#_<>!/")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=40,
)
#: Text with what documents really contain: letters of several scripts, digits,
#: punctuation, bullets, quotes, form feeds, line breaks and declaration phrases.
arbitrary_text = st.lists(st.one_of(_PIECES, _CHARS), max_size=30).map("".join)
#: Any bytes.
arbitrary_bytes = st.binary(max_size=400)
