"""pdf-text re-flow rules: letter-spaced headings, paragraph breaks, headers beside page numbers, hyphens.

Every document here is written for the test; none is copied from a real one.
"""

from __future__ import annotations

from declkit_pdftext import layout_text
from declkit_pdftext._lines import close_letter_spacing
from declkit_pdftext._sniff import FALLBACK, formal_document_score, sniff_text
from hypothesis import given, settings
from hypothesis import strategies as st

import declkit


def texts(layout: declkit.Layout) -> list[str]:
    return [b.text for b in layout.blocks]


# ------------------------------------------------------------------ letter spacing


def test_letter_spaced_title_with_double_space_word_gaps_is_a_heading() -> None:
    text = "S U M M I T  D E C L A R A T I O N\n\n1. The leaders met in Lima and agreed on a plan.\n"
    layout = layout_text(text)
    assert layout.blocks[0].kind == "heading"
    assert layout.blocks[0].text == "SUMMIT DECLARATION"
    assert not layout.residue


def test_ocr_glued_letter_pair_is_closed_up_with_its_run() -> None:
    text = "P R E S S R E L E AS E\n\nThe Ministers met in Oslo on 3 May 2001 and agreed on a plan.\n"
    layout = layout_text(text)
    assert layout.blocks[0].text == "PRESSRELEASE"
    assert layout.blocks[0].kind == "heading"


def test_short_letter_runs_close_up_only_beside_a_long_one() -> None:
    assert " ".join(close_letter_spacing("R E P O R T  O F  T H E  P A N E L").split()) == "REPORT OF THE PANEL"
    assert close_letter_spacing("Annex A B and C") == "Annex A B and C"
    assert close_letter_spacing("I am a b") == "I am a b"


@settings(max_examples=150)
@given(st.text(alphabet="ABCDEFGH abc  .", max_size=60))
def test_closing_letter_spacing_only_removes_spaces(text: str) -> None:
    closed = close_letter_spacing(text)
    assert closed.replace(" ", "") == text.replace(" ", "")


# ------------------------------------------------------------------ paragraph breaks

PREAMBLE = (
    "Adopted by the Regional Council of Ministers at its fortieth session held in Accra,\n"
    "\n"
    "The Regional Council of Ministers,\n"
    "\n"
    "Recalling its earlier decisions on the protection of migrant workers in the region,\n"
    "\n"
    "Deeply concerned by the growing number of displaced persons along the borders,\n"
    "\n"
    "further noting the work of the regional office,\n"
    "\n"
    "Have agreed as follows:\n"
    "\n"
    "1. The Council decides to remain seized of the matter.\n"
)


def test_comma_ended_paragraphs_separated_by_blank_lines_stay_apart() -> None:
    blocks = texts(layout_text(PREAMBLE))
    assert blocks == [
        "Adopted by the Regional Council of Ministers at its fortieth session held in Accra,",
        "The Regional Council of Ministers,",
        "Recalling its earlier decisions on the protection of migrant workers in the region,",
        "Deeply concerned by the growing number of displaced persons along the borders,",
        "further noting the work of the regional office,",
        "Have agreed as follows:",
        "The Council decides to remain seized of the matter.",
    ]


def test_lower_case_continuation_after_a_full_line_is_rejoined() -> None:
    first = "The Ministers agreed that the regional office would report on the progress made"
    text = f"{first}\n\nin the first half of the year to all member governments.\n"
    layout = layout_text(text)
    assert texts(layout) == [first + " in the first half of the year to all member governments."]
    assert "rejoined" in layout.blocks[0].tags


def test_lower_case_continuation_after_a_short_line_stays_apart() -> None:
    text = "The Ministers met in Oslo,\n\nin a spirit of friendship they agreed.\n"
    assert len(layout_text(text).blocks) == 2


def test_sentence_cut_by_a_page_break_is_rejoined_even_after_a_comma() -> None:
    text = (
        "1. The Ministers welcomed the steps taken by the Governments of Chile, Peru,\n"
        "\f"
        "and Colombia to open their markets.\n"
        "\n"
        "2. The Ministers thanked the host.\n"
    )
    items = [b for b in layout_text(text).blocks if b.kind == "list_item"]
    assert [b.text for b in items] == [
        "The Ministers welcomed the steps taken by the Governments of Chile, Peru, and Colombia to open their markets.",
        "The Ministers thanked the host.",
    ]


def test_page_number_between_lines_without_blank_lines_does_not_end_the_paragraph() -> None:
    body = "The Ministers reviewed the situation on the border and reaffirmed the ceasefire."
    text = (
        f"3. {body}\n"
        "                                                                 4\n"
        "They urged all parties to return to the talks held under the auspices of the\n"
        "regional organisation.\n"
        "\n"
        "4. The Ministers thanked the host.\n"
    )
    items = [b for b in layout_text(text).blocks if b.kind == "list_item"]
    assert len(items) == 2
    assert items[0].text.startswith(body + " They urged all parties")
    assert items[0].text.endswith("regional organisation.")


# ------------------------------------------------------------------ running headers


def test_header_beside_page_number_lines_is_furniture_from_two_copies() -> None:
    text = (
        "JOINT COMMUNIQUE\n"
        "\n"
        "1. The Ministers met in Nairobi on 3 March 2021 and reviewed the situation in the region\n"
        "and its effects on trade.\n"
        "REG/MIN/COMM.12 (2021)\n"
        "Page 1 of 2\n"
        "\n"
        "2. The Ministers decided to remain seized of the matter.\n"
        "REG/MIN/COMM.12 (2021)\n"
        "Page 2 of 2\n"
    )
    layout = layout_text(text)
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert items[-1].text == "The Ministers decided to remain seized of the matter."
    assert all("REG/MIN" not in b.text for b in layout.blocks)
    assert [b.kind for b in layout.residue].count("page_footer") == 2


def test_a_line_repeated_twice_without_page_furniture_stays_content() -> None:
    text = "Annex\n\nThe Ministers agreed on a plan.\n\nAnnex\n\nThe Ministers agreed on a budget.\n"
    assert texts(layout_text(text)).count("Annex") == 2


# ------------------------------------------------------------------ hyphenation


def _joined(first: str, second: str) -> str:
    text = f"The Ministers agreed on the need to {first}\n{second} in the whole region and beyond.\n"
    return layout_text(text).blocks[0].text


def test_line_end_hyphen_after_a_hyphenating_prefix_stays() -> None:
    assert "to de-escalate tensions" in _joined("de-", "escalate tensions")
    assert "to co-operate closely" in _joined("co-", "operate closely")
    assert "to re-elect the board" in _joined("re-", "elect the board")
    assert "to self-determination" in _joined("self-", "determination")
    assert "to non-proliferation" in _joined("non-", "proliferation")
    assert "to post-election talks" in _joined("post-", "election talks")


def test_line_end_hyphen_before_a_capital_or_a_figure_stays_without_a_space() -> None:
    assert "to Asia-Pacific trade" in _joined("Asia-", "Pacific trade")
    assert "to COVID-19 recovery" in _joined("COVID-", "19 recovery")


def test_line_end_hyphen_inside_a_word_goes() -> None:
    assert "to implement reforms" in _joined("imple-", "ment reforms")
    assert "to postpone the vote" in _joined("post-", "pone the vote")
    assert "to re-port" not in _joined("re-", "port progress")


def test_document_usage_beats_the_prefix_rule() -> None:
    text = "The Ministers agreed to cooperate.\n\nThey also agreed to co-\noperate on trade in the whole region and beyond.\n"
    assert "to cooperate on trade" in texts(layout_text(text))[1]


# ------------------------------------------------------------------ sniffing

STATEMENT = (
    "                                                                      XY/1234\n"
    "                                                                 4 June 2022\n"
    "\n"
    "Council Press Statement on the Floods in the Delta\n"
    "\n"
    "The members of the Council expressed their deep sympathy and condolences to the\n"
    "families of the victims of the floods that struck the delta region on 1 June 2022,\n"
    "and to the Government and people of the country, and they wished a speedy and\n"
    "full recovery to those who were injured in the disaster.\n"
    "\n"
    "The members of the Council underlined the need for humanitarian access to all\n"
    "affected areas and called on all parties to support the relief effort led by the\n"
    "national authorities together with the agencies of the United Nations system.\n"
)


def test_one_page_statement_without_furniture_goes_to_pdf_text() -> None:
    score = sniff_text(STATEMENT)
    assert 0.3 <= score <= 0.44
    parser, _ = declkit.parse_layout(declkit.Source(name="statement.txt", data=STATEMENT.encode()))
    assert parser.name == "pdf-text"


def test_plain_prose_without_layout_stays_at_the_fallback() -> None:
    text = "The leaders met today. They agreed on a plan for the region.\n\nThey will meet again next year.\n"
    assert sniff_text(text) == FALLBACK
    assert formal_document_score(text.split("\n")) == 0.0


def test_markdown_gets_no_formal_document_score() -> None:
    markdown = "# Joint statement\n\n" + STATEMENT
    assert sniff_text(markdown) < 0.3


# ------------------------------------------------------------------ letterhead


def test_contact_lines_above_the_body_are_letterhead() -> None:
    text = (
        "REGIONAL COUNCIL\n"
        "Harbour Road     P.O. Box 1200     Tel: +99 12 345 678     Fax: +99 12 345 679\n"
        "Email: office@council.example.org     www.council.example.org\n"
        "\n"
        "COMMUNIQUE\n"
        "\n"
        "1. The Council met on 3 March 2021 and reviewed the situation in the region.\n"
        "\n"
        "For more, write to press@council.example.org or call Tel: +99 12 345 000.\n"
    )
    layout = layout_text(text)
    assert [b.kind for b in layout.residue] == ["letterhead", "letterhead"]
    assert texts(layout)[:2] == ["REGIONAL COUNCIL", "COMMUNIQUE"]
    assert texts(layout)[-1].startswith("For more, write to press@")  # below the body: the writer's


def test_standing_press_notes_on_their_own_line_are_disclaimers() -> None:
    text = (
        "Check against delivery\n"
        "\n"
        "The Minister said the talks would go on. It was not an official record of the talks.\n"
        "\n"
        "For information purposes only. Not an official document.\n"
    )
    layout = layout_text(text)
    assert [b.kind for b in layout.residue] == ["disclaimer", "disclaimer"]
    assert texts(layout) == ["The Minister said the talks would go on. It was not an official record of the talks."]


def test_line_end_hyphen_after_an_acronym_or_before_a_compound_half_stays() -> None:
    assert "to AU-led operations" in _joined("AU-", "led operations")
    assert "to high-level talks" in _joined("high-", "level talks")
    assert "to long-term peace" in _joined("long-", "term peace")
    assert "to determine the" in _joined("de-", "termine the")


def test_a_document_symbol_line_is_a_tagged_line_not_a_heading() -> None:
    layout = layout_text("XY/PR/COMM.12 (2021)\n\nCOMMUNIQUE\n\n1. The Council met in Accra and agreed on a plan.\n")
    first = layout.blocks[0]
    assert (first.kind, first.text, first.tags) == ("line", "XY/PR/COMM.12 (2021)", ("document_symbol",))
    assert layout.blocks[1].kind == "heading"


def test_hanging_indents_and_a_capital_title_make_a_formal_document() -> None:
    text = (
        "JOINT STATEMENT\n"
        "\n"
        "1. The Ministers met in Lima on 3 May 2022 and reviewed the\n"
        "   situation in the region.\n"
        "\n"
        "2. The Ministers agreed to meet again in the spring of the\n"
        "   following year.\n"
    )
    assert 0.3 <= formal_document_score(text.split("\n")) <= 0.44
    flat = text.replace("\n   ", "\n")
    assert formal_document_score(flat.split("\n")) == 0.0


def test_letters_parted_by_punctuation_are_not_letter_spacing() -> None:
    assert close_letter_spacing("Sections A, B, C and D apply") == "Sections A, B, C and D apply"
    assert close_letter_spacing("by J. R. R. Tolkien") == "by J. R. R. Tolkien"
    assert " ".join(close_letter_spacing("C O M M U N I Q U E.").split()) == "COMMUNIQUE."
