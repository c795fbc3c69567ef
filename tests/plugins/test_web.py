"""The web parser on saved HTML pages: main content found, structure kept, chrome in residue."""

from __future__ import annotations

from pathlib import Path

import declkit_web
import pytest
from declkit_web import WebParser

import declkit

FIXTURES = Path(__file__).parent.parent / "fixtures"
WEB = FIXTURES / "web"


def source_of(path: Path) -> declkit.Source:
    return declkit.Source(name=str(path), data=path.read_bytes(), path=path)


def layout_of(path: Path) -> declkit.Layout:
    return WebParser().parse(source_of(path))


def check_spans(layout: declkit.Layout) -> None:
    for block in (*layout.blocks, *layout.residue):
        assert layout.text[block.span.start : block.span.end] == block.text


def residue_text(layout: declkit.Layout, kind: str | None = None) -> str:
    return " ".join(b.text for b in layout.residue if kind is None or b.kind == kind)


def content_text(layout: declkit.Layout) -> str:
    return " ".join(b.text for b in layout.blocks)


# ---------------------------------------------------------------- JSON-LD metadata


def test_json_ld_metadata_wins_over_opengraph_and_meta_tags() -> None:
    layout = layout_of(WEB / "jsonld_article.html")
    meta = layout.metadata
    assert meta.title == "Ministers adopt the Lisbon Declaration on Ocean Safety"
    assert meta.authors == ("Maria Fonseca", "Tom Reyes")
    assert meta.publisher == "Coastal Policy Review"
    assert str(meta.published) == "2024-03-08T17:45"
    assert meta.url == "https://coastal-policy.example.org/2024/03/lisbon-declaration"
    assert meta.language == "en-GB"


def test_article_page_keeps_content_and_sorts_chrome_by_kind() -> None:
    layout = layout_of(WEB / "jsonld_article.html")
    check_spans(layout)
    body = content_text(layout)
    assert body.count("LISBON") == 1
    assert "Observers from two international organisations" in body
    assert [b.level for b in layout.blocks if b.kind == "heading"] == [1, 2]
    assert "title" in layout.blocks[0].tags
    for chrome in ("Skip to content", "Accept all cookies", "Share on Facebook", "Sign up for the newsletter", "Related posts", "Most read", "All rights reserved", "covers maritime affairs", "Photo: Press office"):
        assert chrome not in body
        assert chrome in residue_text(layout)
    kinds = {b.kind for b in layout.residue}
    assert {"cookies", "share", "newsletter", "related", "bio", "caption", "footer"} <= kinds


def test_meta_tags_with_value_instead_of_content_are_read() -> None:
    page = b"""<html><head><meta property="og:title" value="Talks resume in Doha">
    <meta name="author" value="A. Reporter"><meta property="article:published_time" value="2023-05-01T10:00:00Z">
    </head><body><article><p>The talks resumed on Monday, officials said, after a pause of three weeks and a round of consultations.</p>
    <p>Delegations from both sides were present, and the mediators called the atmosphere constructive.</p></article></body></html>"""
    layout = declkit_web.extract_html(declkit.Source(name="value.html", data=page))
    assert layout.metadata.title == "Talks resume in Doha"
    assert layout.metadata.authors == ("A. Reporter",)
    assert str(layout.metadata.published).startswith("2023-05-01")


def test_page_title_is_split_from_the_site_name() -> None:
    layout = layout_of(WEB / "cp1251_statement.html")
    assert layout.metadata.title == "Заявление Министерства иностранных дел"
    assert layout.metadata.publisher == "Министерство иностранных дел"


# ---------------------------------------------------------------- comments


def test_comment_section_and_its_form_go_to_residue() -> None:
    layout = layout_of(WEB / "comments_page.html")
    check_spans(layout)
    body = content_text(layout)
    assert "We call on all riparian states" in body
    assert "We welcome the progress" in body
    comments = residue_text(layout, "comments")
    for chrome in ("Jan de Vries", "machine-readable", "Leave a Reply", "Your email address will not be published"):
        assert chrome in comments
        assert chrome not in body
    assert "Previous post" in residue_text(layout, "navigation")
    assert "Chat with us" in residue_text(layout)
    assert "Archives" in residue_text(layout)
    assert layout.metadata.publisher == "Open Waterways Blog"


# ---------------------------------------------------------------- numbered lists


def test_ordered_list_numbering_follows_start_type_and_value() -> None:
    layout = layout_of(WEB / "numbered_declaration.html")
    check_spans(layout)
    items = [(b.marker, b.level, b.text[:20]) for b in layout.blocks if b.kind == "list_item"]
    assert items == [
        ("3.", 1, "We recognise that wa"),
        ("4.", 1, "We agree to:"),
        ("a.", 2, "share hydrological d"),
        ("b.", 2, "support the joint tr"),
        ("7.", 1, "We request the secre"),
        ("•", 1, "Annex I: list of par"),
    ]


def test_br_lines_blockquotes_and_table_rows_are_kept() -> None:
    layout = layout_of(WEB / "numbered_declaration.html")
    lines = [b.text for b in layout.blocks if "line" in b.tags]
    assert lines == [
        "The ministers responsible for water, meeting in Geneva on 3 and 4 June 2024,",
        "having reviewed the report of the working group,",
        "adopted the following communiqué:",
    ]
    quotes = [b.text for b in layout.blocks if "blockquote" in b.tags]
    assert quotes == ["Water is a common good and a shared responsibility."]
    rows = [b.text for b in layout.blocks if b.kind == "table_row"]
    assert rows == ["Country | Pledge", "Ruritania | 10 million", "Freedonia | 7 million"]
    assert "Home" in residue_text(layout, "navigation")
    assert "All rights reserved" in residue_text(layout, "footer")


@pytest.mark.parametrize(
    ("number", "style", "marker"),
    [(1, "1", "1."), (3, "a", "c."), (28, "A", "AB."), (4, "i", "iv."), (9, "I", "IX.")],
)
def test_list_markers(number: int, style: str, marker: str) -> None:
    from declkit_web._html import _ol_marker

    assert _ol_marker(number, style) == marker


def test_reversed_list_counts_down() -> None:
    page = b"<html><body><div class='content'><p>The parties agreed on the following points, in reverse order of priority, as follows:</p><ol reversed><li>first point of the list</li><li>second point of the list</li><li>third point of the list</li></ol></div></body></html>"
    layout = declkit_web.extract_html(declkit.Source(name="reversed.html", data=page))
    assert [b.marker for b in layout.blocks if b.kind == "list_item"] == ["3.", "2.", "1."]


# ---------------------------------------------------------------- encodings


def test_page_in_windows_1251_is_decoded_from_its_meta_charset() -> None:
    layout = layout_of(WEB / "cp1251_statement.html")
    assert layout.encoding in ("cp1251", "windows-1251")
    body = content_text(layout)
    assert "Мы призываем наших партнёров" in body
    assert "Главная" not in body
    assert "© 2007-2020" in residue_text(layout, "footer")


def test_utf8_page_without_declaration_and_latin1_page_are_decoded() -> None:
    text = "<html><body><article><p>Déclaration finale — les ministres se félicitent des progrès réalisés à Genève cette année.</p></article></body></html>"
    for encoding in ("utf-8", "latin-1"):
        data = text.replace("—", "-").encode(encoding)
        layout = declkit_web.extract_html(declkit.Source(name=f"{encoding}.html", data=data))
        assert "Déclaration finale" in content_text(layout)


# ---------------------------------------------------------------- safety


def test_entities_are_not_expanded() -> None:
    layout = layout_of(WEB / "xxe_page.html")
    text = layout.text
    assert "lollollol" not in text
    assert "root:" not in text
    assert "We welcome the ceasefire" in content_text(layout)


def test_deep_nesting_and_huge_attributes_do_not_crash() -> None:
    deep = "<div>" * 5000 + "<p>We call for calm.</p>" + "</div>" * 5000
    huge = f'<div class="{"x" * 2_000_000}"><p>We welcome the talks and call for restraint on all sides.</p></div>'
    for page in (deep, huge):
        try:
            layout = declkit_web.extract_html(declkit.Source(name="hostile.html", data=f"<html><body>{page}</body></html>".encode()))
        except declkit.DeclkitError:
            continue
        check_spans(layout)


def test_empty_page_raises_a_parse_error() -> None:
    with pytest.raises(declkit.DeclkitError):
        declkit_web.extract_html(declkit.Source(name="empty.html", data=b"   "))


# ---------------------------------------------------------------- dev page 70


def test_dev_70_statement_paragraphs_and_chrome() -> None:
    layout = layout_of(FIXTURES / "dev" / "70_by-mfa-election-statement.html")
    check_spans(layout)
    assert layout.metadata.title == "Statement of the Ministry of Foreign Affairs of the Republic of Belarus"
    assert layout.metadata.publisher == "Ministry of Foreign Affairs of the Republic of Belarus"
    assert layout.metadata.published is None
    paragraphs = [b.text for b in layout.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 11
    assert paragraphs[0].startswith("In view of a series of")
    assert paragraphs[-1].startswith("We are calling upon our colleagues")
    residue = residue_text(layout)
    for chrome in ("Belarusian Diplomatic Missions abroad", "Export of Belarus", "© 2007-2020, Ministry of Foreign Affairs"):
        assert chrome in residue
        assert chrome not in content_text(layout)


# ---------------------------------------------------------------- sniffing


def test_html_sniffs_at_0_9_and_parses_through_declkit() -> None:
    source = source_of(WEB / "numbered_declaration.html")
    assert WebParser().sniff(source) == 0.9
    doc = declkit.parse(WEB / "numbered_declaration.html", parser="web")
    assert doc.format == "web"
    assert doc.title == "Final Communiqué of the Ministerial Meeting on Water Security"


def test_looks_like_html() -> None:
    assert declkit_web.looks_like_html(b"\xef\xbb\xbf<!DOCTYPE html><html>")
    assert declkit_web.looks_like_html(b"  <html lang='en'>")
    assert not declkit_web.looks_like_html(b"Joint Statement\n\n1. We agree.")


# ---------------------------------------------------------------- titles, bylines, dates


@pytest.mark.parametrize(
    ("title", "headings", "site", "expected"),
    [
        ("Talks resume | World News - The Daily Planet", (), "The Daily Planet", ("Talks resume", "The Daily Planet")),
        ("Ministers meet | News | Council of Europe", ("Ministers meet",), None, ("Ministers meet", "Council of Europe")),
        ("India - Pakistan talks resume", ("Something else",), None, ("India - Pakistan talks resume", None)),
    ],
)
def test_clean_title(title: str, headings: tuple[str, ...], site: str | None, expected: tuple[str, str | None]) -> None:
    from declkit_web._meta import clean_title

    assert clean_title(title, headings=headings, site=site) == expected


def test_byline_without_by_and_its_updated_date() -> None:
    page = b"""<html><head><title>Leaders agree on a ceasefire plan</title></head><body>
    <div class="main"><h1>Leaders agree on a ceasefire plan</h1>
    <div class="byline"><a href="/author/jane-doe">Jane Doe</a> / Agency / <span>Updated: Oct 9, 2019, 11:05 IST</span></div>
    <p>The leaders agreed on Tuesday on a plan for a ceasefire, officials said after the meeting in the capital.</p>
    <p>The plan, which has three stages, will be put to the parties next week, a spokesman said.</p></div></body></html>"""
    layout = declkit_web.extract_html(declkit.Source(name="byline.html", data=page))
    assert layout.metadata.authors == ("Jane Doe",)
    assert "Jane Doe" in residue_text(layout, "byline")
    if declkit.parse_date("Oct 9, 2019") is not None:  # the shared date reader, when present
        assert str(layout.metadata.published).startswith("2019-10-09")


def test_itemprop_date_published() -> None:
    page = b"""<html><head><title>Resolution adopted</title></head><body><article>
    <time itemprop="datePublished" datetime="2025-02-13T12:47:00">13 February</time>
    <p>Parliament adopted a resolution on Thursday by a large majority, after a debate on Tuesday.</p>
    <p>The text calls for new elections and for the release of all political prisoners.</p></article></body></html>"""
    layout = declkit_web.extract_html(declkit.Source(name="time.html", data=page))
    assert str(layout.metadata.published) == "2025-02-13T12:47"


def test_layout_table_is_not_read_as_data_rows() -> None:
    page = b"""<html><body><table><tr><td><a href="/">Home</a></td><td><h2>Joint Communique</h2>
    <p>The ministers met in Paris on Monday and agreed on a plan, the host said at the end.</p>
    <p>They call on all parties to respect the ceasefire and to return to the talks soon.</p></td></tr></table></body></html>"""
    layout = declkit_web.extract_html(declkit.Source(name="layout-table.html", data=page))
    assert [(b.kind, b.text[:16]) for b in layout.blocks] == [("heading", "Joint Communique"), ("paragraph", "The ministers me"), ("paragraph", "They call on all")]


def test_article_body_split_by_an_ad_is_read_whole() -> None:
    part = '<div class="article-body"><p>{}</p><p>{}</p></div>'
    page = (
        "<html><body><div class='page'>"
        + part.format("The summit opened on Monday with a call for calm, as delegates gathered in the capital.", "Ministers from twelve countries attended, and the host welcomed them in a short speech.")
        + "<div class='ad-slot'>Advertisement</div>"
        + part.format("On Tuesday the ministers adopted a joint statement on maritime security and trade.", "The statement asks the secretariat to report on progress before the next summit.")
        + "</div><footer>Contact us</footer></body></html>"
    ).encode()
    layout = declkit_web.extract_html(declkit.Source(name="split.html", data=page))
    texts = [b.text[:20] for b in layout.blocks]
    assert texts == ["The summit opened on", "Ministers from twelv", "On Tuesday the minis", "The statement asks t"]
    assert "Advertisement" in residue_text(layout)


def test_bold_only_paragraphs_are_tagged_bold() -> None:
    page = b"<html><body><div class=content><p><strong>First, we resolve to act.</strong></p><p>We share a vision for the region, and we will work together on it for years to come.</p><p><b>Second</b>, <b>we commit to peace.</b></p><p>Plain text with <b>one bold</b> word only, which is not a bold line at all.</p></div></body></html>"
    layout = declkit_web.extract_html(declkit.Source(name="bold.html", data=page))
    assert ["bold" in b.tags for b in layout.blocks] == [True, False, True, False]


def test_byline_and_dateline_paragraphs_in_the_content_go_to_residue() -> None:
    page = b"<html><body><article><h1>Talks</h1><p>By Jane Doe</p><p>Published: 3 March 2024</p><p>The ministers met on Monday and agreed a plan for the region, officials said.</p><p>They will meet again next year in the capital, the host announced at the end.</p></article></body></html>"
    layout = declkit_web.extract_html(declkit.Source(name="byline-p.html", data=page))
    assert layout.metadata.authors == ("Jane Doe",)
    assert [b.text[:12] for b in layout.blocks] == ["Talks", "The minister", "They will me"]
    assert "By Jane Doe" in residue_text(layout, "byline")
    if declkit.parse_date("3 March 2024") is not None:
        assert str(layout.metadata.published) == "2024-03-03"


PORTAL_PAGE = """<html><head><title>RURITANIA RECEIVES FLOOD AID FROM ARCADIA - Press Releases - Portal</title></head>
<body><header><h1>Ministry portal</h1><nav><a href="/">Home</a> <a href="/press">Press Releases</a></nav></header>
<main><h3 class="header-title">RURITANIA RECEIVES FLOOD AID FROM ARCADIA</h3>
<p>Ruritania has today received two hundred tonnes of relief supplies from the Government of Arcadia, handed over at a ceremony at the capital's airport.</p>
<p>The Government of Ruritania extends its sincere appreciation to the Government of Arcadia for its generous help to the people of the flooded provinces.</p></main>
<footer><p>© 2018 Ministry of Foreign Affairs, Ruritania. All Rights Reserved</p></footer></body></html>"""


def test_a_headline_in_a_lower_heading_cuts_section_and_generic_site_off_the_title() -> None:
    doc = declkit.parse(PORTAL_PAGE.encode(), parser="web")
    assert doc.title == "RURITANIA RECEIVES FLOOD AID FROM ARCADIA"
    # "Portal" names no one; the copyright line names the site's owner.
    assert doc.publisher == "Ministry of Foreign Affairs, Ruritania"


def test_a_releases_closing_dateline_gives_the_publication_day() -> None:
    page = PORTAL_PAGE.replace("</main>", "<p><strong>PUTRAJAYA</strong></p><p><strong>3 MARCH 2031</strong></p></main>")
    doc = declkit.parse(page.encode(), parser="web")
    assert not doc.declarations
    assert str(doc.published) == "2031-03-03"
    # A date inside the last sentence is no dateline.
    assert declkit.parse(PORTAL_PAGE.encode(), parser="web").published is None
