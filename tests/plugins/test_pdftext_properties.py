"""Properties of the pdf-text layout on arbitrary text."""

from __future__ import annotations

import re
import unicodedata

from declkit_pdftext import PdfTextParser, layout_text
from declkit_pdftext._lines import fix_mojibake
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import arbitrary_text

import declkit

# Text shaped like PDF extraction output: lines of words, markers, page numbers,
# hyphenated line ends, form feeds, blank runs, padded lines.
_pdf_lines = st.lists(
    st.one_of(
        st.sampled_from(["", "", " ", "\f", "2", " 3 ", "Page 4 of 9", "*****", "//â  2 ,/H  Z <3 ^", "ESL", "JOINT STATEMENT"]),
        st.builds(
            lambda marker, words, end: f"{marker}{' '.join(words)}{end}",
            st.sampled_from(["", "", "- ", "• ", "1. ", "(a) ", ". ", " ", "â€¢ ", "ï‚· "]),
            st.lists(st.sampled_from(["We", "the", "Ministers", "agreed", "imple-", "mentation", "of", "ﬁnal", "and", "Vienna,", "29", "July", "2017", "  "]), min_size=1, max_size=14),
            st.sampled_from(["", ".", ",", "-", ":", "  "]),
        ),
    ),
    max_size=40,
)
pdf_like_text = _pdf_lines.map("\n".join)

_WORD = re.compile(r"\w+")


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return "".join(_WORD.findall(folded)).casefold()


def _check(layout: declkit.Layout) -> None:
    text = layout.text
    previous_end = 0
    for block in layout.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(text)
        assert block.span.start >= previous_end, "blocks overlap or are out of order"
        previous_end = block.span.end
        # The evidence less the furniture inside it (a page number between two halves
        # of a hyphenated word).
        pieces = []
        position = block.span.start
        for furniture in layout.residue:
            if block.span.start <= furniture.span.start and furniture.span.end <= block.span.end:
                pieces.append(text[position : furniture.span.start])
                position = furniture.span.end
        pieces.append(text[position : block.span.end])
        # Block text undoes mojibake line by line ("Ã•" → "Õ"); so does the comparison.
        raw = _letters("\n".join(fix_mojibake(line) for line in "".join(pieces).split("\n")))
        # Every word of the cleaned text is in the evidence; hyphen joins only remove
        # characters, so comparing the letters in order holds.
        for word in _WORD.findall(unicodedata.normalize("NFKC", block.text)):
            assert word.casefold() in raw, (word, block)
    for block in layout.residue:
        assert 0 <= block.span.start <= block.span.end <= len(text)


@settings(max_examples=80, deadline=None)
@given(arbitrary_text)
@example("We Ã• ")
@example("Vienna, Austria- ª---\ncall on ")
def test_arbitrary_text_lays_out_without_error(text: str) -> None:
    _check(layout_text(text))


@settings(max_examples=80, deadline=None)
@given(pdf_like_text)
def test_pdf_like_text_keeps_spans_in_order_and_words_in_evidence(text: str) -> None:
    _check(layout_text(text))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_declkit_errors(data: bytes) -> None:
    parser = PdfTextParser()
    for payload in (data, b"%PDF-1.4\n" + data):
        source = declkit.Source(name="x", data=payload)
        try:
            parser.sniff(source)
            parser.parse(source)
        except declkit.DeclkitError:
            pass


@settings(max_examples=30, deadline=None)
@given(pdf_like_text)
def test_full_parse_raises_only_declkit_errors(text: str) -> None:
    try:
        declkit.parse(text, parser="pdf-text")
    except declkit.DeclkitError:
        pass
