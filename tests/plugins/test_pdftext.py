"""The pdf-text parser's layout: furniture out, lines re-flowed, page breaks rejoined."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from declkit_pdftext import PdfTextParser, layout_text
from declkit_pdftext._lines import find_marker, is_page_number, line_noise_kind
from declkit_pdftext._meta import metadata_from_front_matter
from declkit_pdftext._sniff import FALLBACK, sniff_text

import declkit

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_001 = FIXTURES / "seeds" / "001_249e64af62dc17fc.txt"
DEV_09 = FIXTURES / "dev" / "09_manado-ftf-joint-statement.txt"
DEV_11 = FIXTURES / "dev" / "11_immigration-ministers-communique-1994.txt"


def layout_of(path: Path) -> declkit.Layout:
    return PdfTextParser().parse(declkit.Source(name=str(path), data=path.read_bytes(), path=path))


def kinds(layout: declkit.Layout) -> list[str]:
    return [block.kind for block in layout.blocks]


def check_spans(layout: declkit.Layout) -> None:
    previous_end = 0
    for block in layout.blocks:
        assert previous_end <= block.span.start < block.span.end <= len(layout.text)
        previous_end = block.span.end
        evidence = layout.text[block.span.start : block.span.end]
        assert evidence == evidence.strip()


# ---------------------------------------------------------------- seed 001


def test_seed_001_header_lines_are_separate_blocks() -> None:
    layout = layout_of(SEED_001)
    first = layout.blocks[:3]
    assert [(b.kind, b.text) for b in first] == [
        ("heading", "Final Declaration of the Second Vienna Conference"),
        ("line", "Vienna, Austria"),
        ("line", "April 24-26, 2023 / Saur 4-6 - 1402 HS"),
    ]
    assert first[0].level == 1


def test_seed_001_clauses_are_one_block_each_and_the_page_break_is_rejoined() -> None:
    layout = layout_of(SEED_001)
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert len(items) == 13
    assert all(b.marker == "-" and b.level == 1 for b in items)
    assert "While admiring and firmly supporting the struggles" in items[3].text
    assert not any(b.text.startswith("and firmly") for b in layout.blocks)
    assert kinds(layout).count("paragraph") == 4  # three preamble paragraphs and the closing
    check_spans(layout)


def test_seed_001_span_covers_the_marker_and_text_drops_it() -> None:
    layout = layout_of(SEED_001)
    item = next(b for b in layout.blocks if b.kind == "list_item")
    assert layout.text[item.span.start : item.span.end].startswith("- Upholding")
    assert item.text.startswith("Upholding")


# ---------------------------------------------------------------- dev 09


def test_dev_09_front_matter_becomes_metadata_and_residue() -> None:
    layout = layout_of(DEV_09)
    meta = layout.metadata
    assert meta.title == "Sub-regional meeting on foreign terrorist fighters and cross border terrorism"
    assert str(meta.published) == "2017-07-29"
    assert meta.authors == ("Bishop, Julie",)
    assert meta.publisher == "MINISTER FOR FOREIGN AFFAIRS"
    assert meta.url is not None and meta.url.startswith("http://parlinfo.aph.gov.au/")
    front = [b for b in layout.residue if b.kind == "front_matter"]
    assert len(front) == 1 and front[0].span.start == 0
    assert layout.text[front[0].span.start : front[0].span.end].endswith("---")


def test_dev_09_title_and_dateline_are_split() -> None:
    layout = layout_of(DEV_09)
    head = [(b.kind, b.text) for b in layout.blocks[:3]]
    assert head == [
        ("heading", "JOINT STATEMENT"),
        ("heading", "SUB-REGIONAL MEETING ON FOREIGN TERRORIST FIGHTERS AND CROSS BORDER TERRORISM"),
        ("line", "Manado-Indonesia, 29 July 2017"),
    ]
    title, dateline = layout.blocks[1], layout.blocks[2]
    assert title.span.end < dateline.span.start
    assert layout.text[dateline.span.start : dateline.span.end] == "Manado-Indonesia, 29 July 2017"


def test_dev_09_numbered_clauses_with_nested_bullets_and_pages() -> None:
    layout = layout_of(DEV_09)
    top = [b for b in layout.blocks if b.kind == "list_item" and b.level == 1]
    nested = [b for b in layout.blocks if b.kind == "list_item" and b.level == 2]
    assert [b.marker for b in top] == [f"{n}." for n in range(1, 14)]
    assert len(nested) == 7 and all(b.marker == "-" for b in nested)
    assert [b.text for b in layout.residue if b.kind == "page_number"] == ["2", "3"]
    assert top[0].page == 1 and top[-1].page == 3
    assert nested[1].page == 2  # the bullet after the page number
    assert "  " not in top[1].text and top[1].text.startswith("The meeting was co-hosted")
    check_spans(layout)


# ---------------------------------------------------------------- dev 11


def test_dev_11_ocr_noise_is_residue_and_short_real_lines_stay() -> None:
    layout = layout_of(DEV_11)
    noise = [b.text for b in layout.residue if b.kind == "ocr_noise"]
    assert len(noise) == 3
    assert any("Z <3" in text for text in noise)
    assert any(b.text == "ESL" for b in layout.blocks)
    assert layout.blocks[0].text == "COMMUNIQUE"


def test_dev_11_agenda_list_with_lost_bullets() -> None:
    layout = layout_of(DEV_11)
    texts = [b.text for b in layout.blocks]
    start = texts.index("Among other issues considered at today's meeting were:")
    items = layout.blocks[start + 1 : start + 10]
    assert all(b.kind == "list_item" for b in items)
    assert [b.marker for b in items[:4]] == ["."] * 4
    assert items[5].text == "ESL"
    assert layout.blocks[start + 10].kind == "heading"


def test_dev_11_sentence_cut_by_a_blank_line_is_rejoined() -> None:
    layout = layout_of(DEV_11)
    joined = [b for b in layout.blocks if "rejoined" in b.tags]
    assert any("They will also request that the Ministers' Conference" in b.text for b in joined)
    assert any("migrants in the Commonwealth, State and Local Government spheres." in b.text for b in joined)


# ---------------------------------------------------------------- furniture in general


def test_form_feeds_running_headers_and_hyphenation() -> None:
    page = "ANNUAL MINISTERIAL MEETING\n\n{body}\n\nPage {n} of 3\n"
    bodies = [
        "1. Ministers welcomed the imple-\nmentation of the agreement and the ﬁnal report.\n\n2. Ministers agreed to meet in",
        "the spring, and called on all parties to end the conflict.\n\n3. Ministers thanked the host.",
        "4. Ministers noted the follow-\nup meetings of the follow-up process and the imple-\nmentation.",
    ]
    text = "\f".join(page.format(body=b, n=i + 1) for i, b in enumerate(bodies))
    layout = layout_text(text)
    assert [b.kind for b in layout.residue].count("page_number") == 3
    headers = [b for b in layout.residue if b.kind.startswith("page_") and b.kind != "page_number"]
    assert len(headers) == 3  # a repeated header at every page top is furniture, first page included
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert [b.marker for b in items] == ["1.", "2.", "3.", "4."]
    assert items[0].text == "Ministers welcomed the implementation of the agreement and the final report."
    assert items[1].text == "Ministers agreed to meet in the spring, and called on all parties to end the conflict."
    assert [b.page for b in items] == [1, 1, 2, 3]
    # The document's own spelling decides whether a line-end hyphen stays.
    assert items[3].text == "Ministers noted the follow-up meetings of the follow-up process and the implementation."


def test_hard_wrapped_paragraphs_are_reflowed_and_split_where_the_writer_broke() -> None:
    words = "The ministers discussed the situation in the region and agreed on further steps".split()
    paragraph = " ".join(words * 3) + "."
    wrapped = []
    line = ""
    for word in paragraph.split():
        if len(line) + 1 + len(word) > 60:
            wrapped.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped.append(line)
    text = "\n".join(wrapped) + "\n" + "\n".join(wrapped) + "\n"
    layout = layout_text(text)
    assert [b.text for b in layout.blocks] == [paragraph, paragraph]


def test_bullets_as_written_mojibake_and_marker_lines() -> None:
    text = "We agreed:\n\nâ€¢ to meet again;\nï‚· to report back;\n\uf0b7 to act now.\n•\nTo keep in touch.\n"
    layout = layout_text(text)
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert [(b.marker, b.text) for b in items] == [
        ("â€¢", "to meet again;"),
        ("ï‚·", "to report back;"),
        ("\uf0b7", "to act now."),
        ("•", "To keep in touch."),
    ]


def test_list_levels_follow_marker_styles() -> None:
    text = "1. First point.\n(a) sub point;\n(b) another;\n- a bullet under it\n2. Second point.\n"
    layout = layout_text(text)
    assert [(b.marker, b.level) for b in layout.blocks] == [("1.", 1), ("(a)", 2), ("(b)", 2), ("-", 3), ("2.", 1)]


def test_leading_and_trailing_blank_runs_are_ignored() -> None:
    layout = layout_text("\n\n\n\n   \nJoint Statement\n\nWe met today.\n\n\n\n")
    assert [(b.kind, b.text) for b in layout.blocks] == [("heading", "Joint Statement"), ("paragraph", "We met today.")]
    assert layout.residue == ()


def test_pages_follow_footer_page_numbers() -> None:
    text = "First page text goes here.\n\n1\n\nSecond page text goes here.\n\n2\n"
    layout = layout_text(text)
    assert [b.page for b in layout.blocks] == [1, 2]


# ---------------------------------------------------------------- line tests


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("- Upholding", "-"),
        ("• We", "•"),
        ("1. We", "1."),
        ("12) We", "12)"),
        ("(a) the", "(a)"),
        ("iv. the", "iv."),
        (". the Migration Program", "."),
        ("1.2 Scope of work", "1.2"),
        ("2017. The year", None),
        ("-2 degrees", None),
        ("A. and B. met", None),
        ("Vienna, Austria", None),
    ],
)
def test_find_marker(line: str, marker: str | None) -> None:
    found = find_marker(line)
    assert (found.text if found else None) == marker


@pytest.mark.parametrize(("line", "expected"), [("2", True), ("- 3 -", True), ("Page 4 of 9", True), ("2017", False), ("2 July", False)])
def test_page_numbers(line: str, expected: bool) -> None:
    assert is_page_number(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("//â  2 ,/H  Z <3 ^", "ocr_noise"),
        ("/ H c / 6 7 ? C  < v c - T '< v />", "ocr_noise"),
        ("ESL", None),
        ("Multicultural affairs", None),
        ("A/RES/70/291", None),
        ("Media Inquiries : Ruth Dewsbury (06) 264 2176", None),
        ("*****", "separator"),
        ("共同声明", None),
    ],
)
def test_noise_lines(line: str, expected: str | None) -> None:
    assert line_noise_kind(line) == expected


def test_front_matter_dates_as_objects_or_strings() -> None:
    as_date = metadata_from_front_matter({"date": datetime.date(1994, 3, 18), "creators": None, "trove_url": "http://t"})
    assert str(as_date.published) == "1994-03-18" and as_date.authors == () and as_date.url == "http://t"
    as_text = metadata_from_front_matter({"date": "2017-07-29", "creators": ["A", "B"], "source": "X"})
    assert str(as_text.published) == "2017-07-29" and as_text.authors == ("A", "B") and as_text.publisher == "X"


# ---------------------------------------------------------------- sniffing


def source_of(path: Path) -> declkit.Source:
    return declkit.Source(name=str(path), data=path.read_bytes(), path=path)


@pytest.mark.parametrize("path", [SEED_001, DEV_09, DEV_11])
def test_sniff_claims_pdf_derived_text(path: Path) -> None:
    assert 0.6 <= PdfTextParser().sniff(source_of(path)) <= 0.85


@pytest.mark.parametrize(
    "name",
    ["seeds/000_90b27f53bdc912d7.txt", "seeds/002_162b791b7c24384f.txt", "seeds/003_30c33f3df06b16d3.txt", "seeds/004_bc3cc3d54166b0b5.txt",
     "dev/03_us-pacific-partnership-declaration.txt", "dev/07_se-af-ghani-communique.txt", "dev/20_militarytimes-manado-meeting.txt"],
)
def test_sniff_leaves_other_text_at_the_fallback(name: str) -> None:
    assert PdfTextParser().sniff(source_of(FIXTURES / name)) < 0.45


def test_sniff_values() -> None:
    assert sniff_text("Just a sentence.\n") == FALLBACK
    # One weak sign alone stays below what the news and web parsers claim.
    assert sniff_text("\n\n\n\nTitle\n\nText.\n") < 0.6
    assert sniff_text("A long line of text that ends in the middle of a\n\nsentence that goes on.\n") < 0.65
    assert sniff_text("Text\fMore text\n") >= 0.8
    assert PdfTextParser().sniff(declkit.Source(name="x.pdf", data=b"%PDF-1.7\n...")) == 1.0
    assert PdfTextParser().sniff(declkit.Source(name="x", data=b"<html><body><p>Hi</p></body></html>")) < FALLBACK


@pytest.mark.parametrize("path", [SEED_001, DEV_09, DEV_11])
def test_pdf_derived_documents_go_to_this_parser(path: Path) -> None:
    parser, _ = declkit.parse_layout(path)
    assert parser.name == "pdf-text"


def test_double_spaced_text_joins_lines_and_splits_at_wider_gaps() -> None:
    first = ["The Ministers discussed the size and composition of the", "Migration Program and the factors expected to contribute", "to a moderate upward trend in numbers, including signs of", "increases in demand for migration flowing from a stronger", "economy."]
    second = ["They also noted the continuing decline in resettlement of", "people from Indo-China and the success of the Special", "Assistance Category for those who have experienced", "hardship and suffering and have close links with", "Australia."]
    third = ["Ministers noted Australia would host the first major", "international conference of this kind, which would", "provide a showcase for its experience."]
    text = "COMMUNIQUE\n\n\n" + "\n\n\n".join("\n\n".join(p) for p in (first, second, third)) + "\n"
    layout = layout_text(text)
    assert [b.text for b in layout.blocks] == ["COMMUNIQUE", *(" ".join(p) for p in (first, second, third))]


def test_all_caps_heading_and_spilled_sentence_tail() -> None:
    text = "NEXT STEPS\n\nThe Ministers were joined by the President of the Australian Local Government\n\nAssociation.\n\nThey met again.\n"
    layout = layout_text(text)
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("heading", "NEXT STEPS"),
        ("paragraph", "The Ministers were joined by the President of the Australian Local Government Association."),
        ("paragraph", "They met again."),
    ]


def test_wrapped_titles_are_headings_and_word_bullets_nest() -> None:
    text = (
        "JOINT STATEMENT OF THE FOREIGN MINISTERS OF\nTHE G7 ON UKRAINE\n\n"
        "Final Communiqué of the\nMeeting of Heads of State\n\n"
        "We, the ministers, met in Rome.\n\n1. We agreed:\n• to act;\no in the north;\no in the south.\n"
    )
    layout = layout_text(text)
    assert [(b.kind, b.level, b.marker, b.text) for b in layout.blocks] == [
        ("heading", 1, None, "JOINT STATEMENT OF THE FOREIGN MINISTERS OF THE G7 ON UKRAINE"),
        ("heading", 1, None, "Final Communiqué of the Meeting of Heads of State"),
        ("paragraph", None, None, "We, the ministers, met in Rome."),
        ("list_item", 1, "1.", "We agreed:"),
        ("list_item", 2, "•", "to act;"),
        ("list_item", 3, "o", "in the north;"),
        ("list_item", 3, "o", "in the south."),
    ]


def test_signature_lines_are_lines_and_sentences_with_wide_gaps_stay_whole() -> None:
    text = (
        "Joint Statement\n\nThe meeting was held in  Vienna, 24 April 2023.\n\nPART I\n\nGeneral Provisions\n\n"
        "1. We agree.\n\nFor the Government of Austria\n\nJohn Smith\nMinister of Foreign Affairs\n"
    )
    layout = layout_text(text)
    assert [(b.kind, b.level, b.text) for b in layout.blocks] == [
        ("heading", 1, "Joint Statement"),
        ("paragraph", None, "The meeting was held in Vienna, 24 April 2023."),
        ("heading", 2, "PART I"),
        ("heading", 2, "General Provisions"),
        ("list_item", 1, "We agree."),
        ("line", None, "For the Government of Austria"),
        ("line", None, "John Smith"),
        ("line", None, "Minister of Foreign Affairs"),
    ]


def test_ocr_debris_at_line_edges_is_trimmed_from_block_text() -> None:
    text = " '  .  (File 168/75)\n\nLEADER OF THE OPPOSITION â \n\nThe Government will not allow it.  .\n\n i\n\n * * * * *\n"
    layout = layout_text(text)
    assert [b.text for b in layout.blocks] == ["(File 168/75)", "LEADER OF THE OPPOSITION", "The Government will not allow it."]
    assert [(b.kind, b.text) for b in layout.residue] == [("ocr_noise", "i"), ("separator", "* * * * *")]


def test_footnotes_at_a_page_foot_are_residue_and_the_clause_joins_across_them() -> None:
    text = (
        "1. Ministers recalled resolution 2231 (2015)1 and agreed that the parties\nshould continue to\n\n"
        "1 See the report of the Secretary-General.\n2 Adopted on 20 July 2015.\n\n- 1 -\n"
        "\fimplement it in full.\n\n2. Ministers thanked the host.\n\n- 2 -\n"
    )
    layout = layout_text(text)
    assert [(b.marker, b.page, b.text) for b in layout.blocks] == [
        ("1.", 1, "Ministers recalled resolution 2231 (2015)1 and agreed that the parties should continue to implement it in full."),
        ("2.", 2, "Ministers thanked the host."),
    ]
    assert [b.kind for b in layout.residue] == ["footnote", "footnote", "page_number", "page_number"]


def test_hanging_indents_continue_items_and_first_line_indents_start_paragraphs() -> None:
    text = (
        "1. The ministers agreed to strengthen cooperation among the agencies\n"
        "   Indonesia and Malaysia have set up for the purpose of the region.\n"
        "2. The ministers thanked the hosts for their hospitality and for all the\n"
        "   arrangements they made for the meeting in Manado in the month of July.\n\n"
        "The meeting closed with a statement by the chair of the conference on\n"
        "the road ahead.\n"
        "   The participants left the next day for their home countries and were\n"
        "thanked by the hosts.\n"
    )
    layout = layout_text(text)
    assert [(b.kind, b.marker, b.text.split()[:3]) for b in layout.blocks] == [
        ("list_item", "1.", ["The", "ministers", "agreed"]),
        ("list_item", "2.", ["The", "ministers", "thanked"]),
        ("paragraph", None, ["The", "meeting", "closed"]),
        ("paragraph", None, ["The", "participants", "left"]),
    ]
    assert layout.blocks[0].text.endswith("the agencies Indonesia and Malaysia have set up for the purpose of the region.")


def test_all_caps_lines_are_headings_even_with_a_stop_and_caps_datelines_are_lines() -> None:
    layout = layout_text("STATEMENT BY THE MINISTER.\n\nCANBERRA, 8 JUNE 1971\n\nThe Minister said so.\n")
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("heading", "STATEMENT BY THE MINISTER."),
        ("line", "CANBERRA, 8 JUNE 1971"),
        ("paragraph", "The Minister said so."),
    ]


def test_figures_and_dashes_wrapped_to_a_line_start_are_not_markers() -> None:
    text = (
        "1. Ministers agreed to strengthen cooperation among the agencies of the region and\n"
        "1.2 of the annex, which sets out the plan for the coming years, and they asked the\n"
        "– secretariat to report back before the end of the year on all of these matters.\n"
        "2. Ministers agreed to strengthen cooperation among the agencies of the regions\n"
        "3. Ministers thanked the hosts.\n"
    )
    layout = layout_text(text)
    assert [b.marker for b in layout.blocks] == ["1.", "2.", "3."]
    assert "region and 1.2 of the annex" in layout.blocks[0].text


def test_crlf_line_ends_give_the_same_blocks() -> None:
    text = SEED_001.read_text(encoding="utf-8")
    unix = layout_text(text)
    windows = layout_text(text.replace("\n", "\r\n"))
    assert [(b.kind, b.marker, b.text) for b in windows.blocks] == [(b.kind, b.marker, b.text) for b in unix.blocks]
    for block in windows.blocks:
        evidence = windows.text[block.span.start : block.span.end]
        assert not evidence.endswith("\r")


def test_letter_spaced_words_are_closed_up() -> None:
    layout = layout_text("THE PARTY m e d i a  r e l e a s e FEDERAL OFFICE\n\nThe U N  agencies met.\n")
    assert [b.text for b in layout.blocks] == ["THE PARTY media release FEDERAL OFFICE", "The U N agencies met."]


TWO_PAGE_RESOLUTION = (
    "United Nations \nA/RES/91/4 \n \nGeneral Assembly \nDistr.: General \n3 March 2032 \n \n"
    "91/4. Cooperation between Arcadia and Ruritania \n \nThe General Assembly, \n \n"
    "Recalling its earlier resolutions on regional cooperation, \n \n"
    "1. \nDecides that the two States shall report on their cooperation to the \n"
    "_______________ \n \n1 See resolution 88/12.\n\n"
    "A/RES/91/4 \nCooperation between Arcadia and Ruritania\n \n32-01234\n2/2 \n \n"
    "Assembly at its ninety-second session; \n \n"
    "2. \nRequests the Secretary-General to give them all the help they need. \n"
)


def test_a_page_counter_or_a_footnote_rule_marks_pdf_text() -> None:
    assert sniff_text(TWO_PAGE_RESOLUTION) >= 0.7
    assert sniff_text("Some text.\n\n2/5\n\nMore text on the next page.\n") >= 0.7
    # A fraction in a sentence, or a first page's "1/3", is no page counter.
    assert sniff_text("Stir in 1/2 cup of sugar.\n") == FALLBACK
    assert sniff_text("Title\n1/3\nText.\n") < 0.45


def test_running_head_at_a_lone_page_break_repeats_the_first_page_and_goes() -> None:
    layout = layout_text(TWO_PAGE_RESOLUTION)
    texts = [b.text for b in layout.blocks]
    assert "Decides that the two States shall report on their cooperation to the Assembly at its ninety-second session;" in texts
    assert not any("A/RES/91/4" in t and "Decides" in t for t in texts)


def test_footnote_numbers_set_on_words_are_taken_off_but_names_keep_their_figures() -> None:
    text = (
        "1. We reaffirm the Convention on Climate Change1 and the Paris Agreement,2 and welcome COP21\n"
        "and the G20 summit.\n\n"
        "_______________\n\n1 Resolution 70/1.\n2 Decision 1/CP.21.\n\n- 1 -\n"
        "\f2. We thank the host.\n\n- 2 -\n"
    )
    layout = layout_text(text)
    assert layout.blocks[0].text == (
        "We reaffirm the Convention on Climate Change and the Paris Agreement, and welcome COP21 and the G20 summit."
    )
