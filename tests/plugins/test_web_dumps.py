"""The web parser on page dumps whose site furniture is plain text or bare links.

Every page here is written for these tests: a ministry page copied as plain text, a
council page saved as Markdown, a pandoc conversion with escaped markers and footnotes.
"""

from __future__ import annotations

import declkit_web
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import declkit

PLAIN_PAGE = """\
Joint Communiqué of the Third Coastal States Ministerial Meeting
June 4, 2024

Home > Foreign Policy > Regional Cooperation > Coastal States
Print | Share | Español

Preamble

We, the Ministers of the coastal states, met in Valparaíso on 3-4 June 2024 to review our cooperation on fisheries and maritime safety.

We decided to:

• establish a joint coordination desk for search and rescue operations along the whole of our shared coastline;
• share fisheries data through a common platform open to the scientific bodies of every coastal state.

Back to Coastal States Cooperation
Back to Top
Related Information
Ministry of Foreign Affairs © 2024
"""

MARKDOWN_PAGE = """\
---
title: "Joint declaration on river basin management"
date: 2024-02-12
---

[Skip to content](#content)

* [Home](/)
* [Newsroom](/newsroom/)
* [Statements](/newsroom/statements/)

# Joint declaration on river basin management

Ministry of Water | Statement | 12 February 2024 | 10:00

1. The ministers agreed to share hydrological data every month.

2. The ministers called on the basin commission to publish a joint flood plan.

Minister A, Minister of Water of Country A
Minister B, Minister of Water of Country B

[Print](#) [Share](#)
"""

PANDOC_PAGE = """\
**Declaration on Coastal Resilience**

**Adopted by the ministers at their meeting in Lisbon on 2 May 2024**

2 May. 2024 - | Press Release (2024) 012 | Issued on 2 May. 2024 | Last updated: 9 May. 2024 11:05

1\\. We, the ministers, met in Lisbon to agree on coastal resilience measures for the decade ahead.

2\\. We welcome the new observers to the partnership.[^1]

3\\. We will meet again in Oslo in 2025 \\*with\\* our partners.

[^1]: One delegation reserved its position on this paragraph.
"""


def dump(text: str) -> declkit.Layout:
    return declkit_web.read_text_dump(declkit.Source.from_text(text))


def texts(blocks: tuple[declkit.Block, ...]) -> list[str]:
    return [block.text for block in blocks]


def residue_kinds(layout: declkit.Layout) -> dict[str, str]:
    return {block.text: block.kind for block in layout.residue}


def check_spans(layout: declkit.Layout) -> None:
    for block in (*layout.blocks, *layout.residue):
        evidence = layout.text[block.span.start : block.span.end]
        assert evidence and evidence == evidence.strip()


def test_plain_page_furniture_goes_to_residue() -> None:
    layout = dump(PLAIN_PAGE)
    check_spans(layout)
    kinds = residue_kinds(layout)
    assert kinds["Home > Foreign Policy > Regional Cooperation > Coastal States"] == "navigation"
    assert kinds["Print | Share | Español"] == "share"
    assert kinds["Back to Coastal States Cooperation"] == "navigation"
    assert kinds["Back to Top"] == "navigation"
    assert kinds["Related Information"] == "related"
    assert kinds["Ministry of Foreign Affairs © 2024"] == "footer"
    body = texts(layout.blocks)
    assert not any(">" in text or "©" in text or text.startswith("Back to") for text in body)
    assert "Related Information" not in body


def test_plain_page_title_is_the_line_over_the_date_not_the_breadcrumb() -> None:
    layout = dump(PLAIN_PAGE)
    assert layout.metadata.title == "Joint Communiqué of the Third Coastal States Ministerial Meeting"
    assert layout.metadata.published == declkit.PartialDate(year=2024, month=6, day=4)
    first = layout.blocks[0]
    assert first.kind == "heading"
    assert first.text == layout.metadata.title


def test_link_only_entries_before_the_heading_are_navigation() -> None:
    layout = dump(MARKDOWN_PAGE)
    check_spans(layout)
    assert layout.blocks[0].kind == "heading"
    assert layout.blocks[0].text == "Joint declaration on river basin management"
    kinds = residue_kinds(layout)
    assert kinds["Newsroom"] == "navigation"
    assert kinds["Statements"] == "navigation"
    assert kinds["Print Share"] == "share"
    assert "Print Share" not in texts(layout.blocks)


def test_pipe_meta_row_is_a_byline_that_dates_and_names_the_issuer() -> None:
    layout = dump(MARKDOWN_PAGE.replace("date: 2024-02-12\n", ""))
    kinds = residue_kinds(layout)
    assert kinds["Ministry of Water | Statement | 12 February 2024 | 10:00"] == "byline"
    assert layout.metadata.published == declkit.PartialDate(year=2024, month=2, day=12)
    assert layout.metadata.publisher == "Ministry of Water"


def test_pandoc_escaped_markers_are_list_items() -> None:
    layout = dump(PANDOC_PAGE)
    check_spans(layout)
    items = [block for block in layout.blocks if block.kind == "list_item"]
    assert [item.marker for item in items] == ["1.", "2.", "3."]
    assert items[0].text.startswith("We, the ministers, met in Lisbon")
    assert items[2].text == "We will meet again in Oslo in 2025 *with* our partners."


def test_footnote_marker_is_dropped_and_its_definition_is_residue() -> None:
    layout = dump(PANDOC_PAGE)
    items = [block for block in layout.blocks if block.kind == "list_item"]
    assert items[1].text == "We welcome the new observers to the partnership."
    assert residue_kinds(layout)["One delegation reserved its position on this paragraph."] == "footnote"
    assert not any("[^" in text for text in texts(layout.blocks))


def test_meta_row_with_labels_publishes_on_the_issue_date_not_the_update() -> None:
    layout = dump(PANDOC_PAGE)
    assert layout.metadata.published == declkit.PartialDate(year=2024, month=5, day=2)
    assert "byline" in {block.kind for block in layout.residue}


def test_bold_line_repeating_the_front_matter_title_is_the_heading() -> None:
    page = '---\ntitle: "Declaration on Coastal Resilience"\n---\n\n' + PANDOC_PAGE
    layout = dump(page)
    headings = [block for block in layout.blocks if block.kind == "heading"]
    assert len(headings) == 1
    assert layout.text[headings[0].span.start : headings[0].span.end] == "**Declaration on Coastal Resilience**"


def test_section_label_under_the_title_is_navigation() -> None:
    page = (
        "Joint Statement on Trade and Investment\n"
        "April 2, 2024\n"
        "Bilateral/Regional Documents\n\n"
        "1. The two ministers reviewed the trade relationship between their countries in detail.\n\n"
        "2. The two ministers agreed to meet again next year in the capital of the other country.\n"
    )
    layout = dump(page)
    assert residue_kinds(layout)["Bilateral/Regional Documents"] == "navigation"
    assert layout.metadata.title == "Joint Statement on Trade and Investment"


def test_capital_numbered_short_lines_are_section_headings() -> None:
    page = (
        "Joint Statement\n\n"
        "I. Political Cooperation\n\n"
        "1. The leaders welcomed the regular dialogue between their foreign ministries and agencies.\n\n"
        "II. Economic Partnership\n\n"
        "2. The leaders agreed to expand trade in goods and services between the two economies.\n"
    )
    layout = dump(page)
    headings = {block.text: block.level for block in layout.blocks if block.kind == "heading"}
    assert headings["I. Political Cooperation"] == 2
    assert headings["II. Economic Partnership"] == 2
    assert [block.marker for block in layout.blocks if block.kind == "list_item"] == ["1.", "2."]


def test_a_closing_sentence_with_a_date_stays_content() -> None:
    page = PLAIN_PAGE.replace("Back to Top\n", "")
    layout = dump(page)
    assert any(text.startswith("We, the Ministers of the coastal states") for text in texts(layout.blocks))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Home > Press > Statements", "navigation"),
        ("Home › Statements", "navigation"),
        ("About us » Media » Press releases » 2024", "navigation"),
        ("Back to Press Releases", "navigation"),
        ("Related Information", "related"),
        ("Related documents", "related"),
        ("Print | Share | Email", "share"),
        ("Facebook X LinkedIn Email", "share"),
        ("Share this: Facebook | Twitter | WhatsApp", "share"),
        ("Government of Examplia © 2024", "footer"),
    ],
)
def test_chrome_kind_of_furniture_lines(line: str, kind: str) -> None:
    assert declkit_web.chrome_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Growth > inflation this year",
        "The ministers went back to the negotiating table after a long pause in the talks.",
        "The Parties shall share information on fisheries and maritime safety.",
        "India and/or Japan / Korea",
        "Related to the above, the ministers discussed the budget.",
        "Print media and broadcasters were invited to the ceremony.",
    ],
)
def test_content_lines_with_furniture_words_are_not_chrome(line: str) -> None:
    assert declkit_web.chrome_kind(line) is None


def test_plain_text_site_furniture_sniffs_above_the_floor_but_below_markdown() -> None:
    score = declkit_web.sniff_text(PLAIN_PAGE)
    assert 0.15 < score < 0.58
    assert declkit_web.sniff_text(PLAIN_PAGE.split("Home >")[0]) == 0.15


_ITEM = st.text(alphabet=st.sampled_from("ab >|›/©·•"), max_size=30)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ITEM, max_size=30))
def test_chrome_kind_handles_any_row(items: list[str]) -> None:
    line = " | ".join(items)
    kind = declkit_web.chrome_kind(line)
    assert kind is None or isinstance(kind, str)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("[]^1:\\.( )ab*\n#-|"), max_size=300))
def test_dump_spans_hold_for_any_markup(text: str) -> None:
    layout = dump(text)
    assert layout.text == text
    for block in (*layout.blocks, *layout.residue):
        assert 0 <= block.span.start <= block.span.end <= len(text)


FOOTNOTED_HTML = """\
<html><head><title>Declaration on Coastal Resilience</title></head><body>
<nav><a href="/">Home</a></nav>
<main><article><h1>Declaration on Coastal Resilience</h1>
<p>1. We, the ministers, met in Lisbon to agree on coastal resilience measures for the decade ahead.</p>
<p>2. We welcome the new observers to the partnership as full members.<sup class="footnote-ref"><a href="#fn1" id="fnref1">1</a></sup> They will join our work in 2025.</p>
<p>3. We note the report of the expert group<a href="#_ftn2">[2]</a> and the <a href="#notes">Notes section</a> of it.</p>
<section class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn1"><p>One delegation reserved its position on this paragraph.</p></li>
<li id="fn2"><p>Document EG/2024/3.</p></li>
</ol></section>
</article></main><footer>Ministry of the Sea © 2024</footer></body></html>
"""


def test_html_footnote_marks_leave_the_text_and_notes_go_to_residue() -> None:
    layout = declkit_web.extract_html(declkit.Source.from_text(FOOTNOTED_HTML, name="notes.html"))
    check_spans(layout)
    body = texts(layout.blocks)
    assert "2. We welcome the new observers to the partnership as full members. They will join our work in 2025." in body
    assert "3. We note the report of the expert group and the Notes section of it." in body
    assert not any("One delegation" in text for text in body)
    notes = [block.text for block in layout.residue if block.kind == "footnote"]
    assert any(text.startswith("One delegation reserved its position") for text in notes)


def test_markdown_footnote_definition_goes_on_over_indented_lines() -> None:
    page = (
        "The ministers welcomed the new members of the partnership and their delegations.[^a]\n\n"
        "[^a]: One delegation reserved its position\n    on this paragraph.\n\n"
        "The ministers will meet again next year in the capital of the chair country.\n"
    )
    layout = dump(page)
    check_spans(layout)
    assert residue_kinds(layout)["One delegation reserved its position on this paragraph."] == "footnote"
    assert texts(layout.blocks) == [
        "The ministers welcomed the new members of the partnership and their delegations.",
        "The ministers will meet again next year in the capital of the chair country.",
    ]


def test_plain_text_bracket_notes_need_a_mark_above_them() -> None:
    page = (
        "Statement of the Ministers\n\n"
        "1. The ministers welcomed the new members of the partnership.[1]\n\n"
        "2. The ministers adopted the rules set out in [2] below.\n\n"
        "[1] One delegation reserved its position.\n\n"
        "[2] The rules of procedure of the partnership.\n"
    )
    layout = dump(page)
    notes = [block.text for block in layout.residue if block.kind == "footnote"]
    assert notes == ["One delegation reserved its position."]
    body = texts(layout.blocks)
    assert "The ministers welcomed the new members of the partnership." in body
    assert "The ministers adopted the rules set out in [2] below." in body
    assert "[2] The rules of procedure of the partnership." in body


def test_hard_wrapped_plain_text_sniffs_below_the_pdf_text_floor() -> None:
    sentence = "The members of the council condemned the attack and expressed their sympathy to the families of the victims and to the government. "
    words = (sentence * 8).split()
    lines: list[str] = []
    current = ""
    for word in words:
        if len(current) + 1 + len(word) > 78:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    text = "Press Statement on the Attack\n\n" + "\n".join(lines) + "\n"
    assert declkit_web.sniff_text(text) == 0.1
    assert declkit_web.sniff_text(" ".join(lines)) == 0.15


def test_a_signer_linked_to_a_profile_page_stays_content() -> None:
    page = MARKDOWN_PAGE.replace("Minister A, Minister of Water of Country A\n", "[Jane Example](/people/jane-example/)\n\n")
    layout = dump(page)
    assert "Jane Example" in texts(layout.blocks)
    assert residue_kinds(layout)["Newsroom"] == "navigation"


def test_government_page_dump_with_numbered_breadcrumb_and_from_line() -> None:
    page = (
        "[Skip to main content](#content)\n\n"
        "1. [Home](https://www.example.gov/)\n"
        "2. [Government](https://www.example.gov/government)\n"
        "3. [Foreign affairs](https://www.example.gov/world)\n\n"
        "# Coastal Ministers' Communiqué\n\n"
        "From: Ministry of the Sea\n\n"
        "Download PDF\n\n"
        "1. The ministers met in Porto on 3 May 2024 and agreed on a joint plan for coastal safety.\n\n"
        "2. The ministers called on all partners to share data on storms and floods every month.\n"
    )
    layout = dump(page)
    check_spans(layout)
    assert layout.metadata.publisher == "Ministry of the Sea"
    assert layout.metadata.title == "Coastal Ministers' Communiqué"
    items = [block for block in layout.blocks if block.kind == "list_item"]
    assert [item.marker for item in items] == ["1.", "2."]
    assert items[0].text.startswith("The ministers met in Porto")
    kinds = residue_kinds(layout)
    assert kinds["Home"] == "navigation" and kinds["Foreign affairs"] == "navigation"
    assert kinds["Download PDF"] == "share"


def test_pandoc_escaped_letter_and_parenthesised_markers_nest() -> None:
    page = (
        "The Council,\n\n"
        "1\\. Decides the following measures for the region and its partners:\n\n"
        "    \\(a) to open the first office in the capital of the region;\n\n"
        "    b\\) to open the second office in the port city of the region;\n\n"
        "\\(3\\) Requests a report on the \\*new\\* offices.\n"
    )
    layout = dump(page)
    check_spans(layout)
    items = [(block.level, block.marker, block.text) for block in layout.blocks if block.kind == "list_item"]
    assert items == [
        (1, "1.", "Decides the following measures for the region and its partners:"),
        (2, "(a)", "to open the first office in the capital of the region;"),
        (2, "b)", "to open the second office in the port city of the region;"),
        (1, "(3)", "Requests a report on the *new* offices."),
    ]


def test_meta_row_with_a_byline_gives_authors_not_a_publisher() -> None:
    page = (
        "# Leaders agree on a coastal plan\n\n"
        "By Jane Example | Coastal Times | May 5, 2024\n\n"
        "The leaders of the coastal states agreed on Friday on a joint plan for storm warnings.\n"
    )
    layout = dump(page)
    assert layout.metadata.authors == ("Jane Example",)
    assert layout.metadata.publisher == "Coastal Times"
    assert layout.metadata.published == declkit.PartialDate(year=2024, month=5, day=5)


def test_the_line_over_the_date_is_the_page_title_under_a_masthead() -> None:
    page = (
        "Ministry of the Sea\n"
        "Home > Statements > 2024\n"
        "Joint Communiqué of the Coastal Ministers\n"
        "June 4, 2024\n\n"
        "The ministers of the coastal states met in Porto on 3 and 4 June 2024 and adopted a plan for the decade ahead.\n"
    )
    layout = dump(page)
    assert layout.metadata.title == "Joint Communiqué of the Coastal Ministers"
    assert layout.metadata.published == declkit.PartialDate(year=2024, month=6, day=4)


def test_initials_before_names_are_not_section_numbers() -> None:
    page = (
        "Joint Statement\n\n"
        "1. The leaders welcomed the regular dialogue between their foreign ministries and agencies.\n\n"
        "V. Putin\n\n"
        "J. Smith\n"
    )
    layout = dump(page)
    assert not [block for block in layout.blocks if block.kind == "heading" and block.text in ("V. Putin", "J. Smith")]
    lone = dump("Statement\n\nI. Political Cooperation\n\n1. The leaders welcomed the regular dialogue between the ministries.\n")
    assert "I. Political Cooperation" not in [block.text for block in lone.blocks if block.kind == "heading"]


RELEASE_WITH_CONTACTS = """\
---
date: 2031-03-05
title: Minister for Trade - Harbour Partners Meeting
---

# Harbour Partners Meeting

Statement

Valletta

4 March 2031

The ministers of Arcadia, Ruritania and Borduria met in Valletta to review the harbour cooperation agreement.

The ministers agreed to open a joint customs office at the northern quay before the end of the year.

## Media enquiries

* Minister's office: (01) 2345 6789
* Ministry Media Liaison: (01) 9876 5432
"""


def test_a_releases_press_contact_box_is_residue_not_part_of_the_statement() -> None:
    doc = declkit.parse(RELEASE_WITH_CONTACTS.encode(), parser="web")
    decl = doc.declarations[0]
    body = " ".join(b.text for b in (*decl.preamble, *decl.clauses, *decl.closing))
    assert "Media enquiries" not in body and "Liaison" not in body
    assert not decl.clauses
    assert [b.kind for b in doc.residue if "Liaison" in b.text or "enquiries" in b.text] == ["contact", "contact"]


def test_a_headline_over_a_kind_label_stays_the_title() -> None:
    doc = declkit.parse(RELEASE_WITH_CONTACTS.encode(), parser="web")
    decl = doc.declarations[0]
    assert decl.title == "Harbour Partners Meeting"
    assert decl.kind == "statement"
    assert str(decl.start) == "2031-03-04"
    assert decl.place is not None and decl.place.city == "Valletta"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Media enquiries", "contact"),
        ("Press contacts:", "contact"),
        ("For more information, please contact the press office", "contact"),
        ("We contacted the press.", None),
    ],
)
def test_press_contact_headings_end_the_content(line: str, kind: str | None) -> None:
    assert declkit_web.is_tail_marker(line) == kind


HEADLINE_ONLY_IN_FRONT_MATTER = """\
---
date: '2031-05-02'
title: "Arcadia and Ruritania Strengthen Joint Plan on River Safety"
---

Today, the foreign ministers of Arcadia and Ruritania met in Vienna. Following that meeting, Arcadia and Ruritania are announcing the following measures.

First, Arcadia and Ruritania will increase joint patrols on the river.

Second, the two countries committed to share flood data every week.
"""


def test_the_page_headline_titles_a_statement_that_has_no_title_line() -> None:
    decl = declkit.parse(HEADLINE_ONLY_IN_FRONT_MATTER.encode(), parser="web").declarations[0]
    assert decl.title == "Arcadia and Ruritania Strengthen Joint Plan on River Safety"
    assert [c.label for c in decl.clauses] == ["First", "Second"]
