"""The web parser on text and Markdown dumps of pages: markup to structure, chrome to residue."""

from __future__ import annotations

from pathlib import Path

import declkit_web
import pytest
from declkit_web import WebParser

import declkit

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_002 = FIXTURES / "seeds" / "002_162b791b7c24384f.txt"
SEED_003 = FIXTURES / "seeds" / "003_30c33f3df06b16d3.txt"
DEV_03 = FIXTURES / "dev" / "03_us-pacific-partnership-declaration.txt"
DEV_05 = FIXTURES / "dev" / "05_us-gcc-summit-joint-statement.txt"
DEV_07 = FIXTURES / "dev" / "07_se-af-ghani-communique.txt"


def layout_of(path: Path) -> declkit.Layout:
    return WebParser().parse(declkit.Source(name=str(path), data=path.read_bytes(), path=path))


def dump(text: str) -> declkit.Layout:
    return declkit_web.read_text_dump(declkit.Source.from_text(text))


def check(layout: declkit.Layout, source_text: str) -> None:
    assert layout.text == source_text
    for block in (*layout.blocks, *layout.residue):
        evidence = layout.text[block.span.start : block.span.end]
        assert evidence == evidence.strip()
        assert evidence


def residue_of(layout: declkit.Layout, kind: str) -> list[str]:
    return [b.text for b in layout.residue if b.kind == kind]


# ---------------------------------------------------------------- seeds


def test_seed_002_bullets_bio_and_post_links() -> None:
    layout = layout_of(SEED_002)
    check(layout, SEED_002.read_text(encoding="utf-8"))
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert len(items) == 11
    assert all(b.marker == "•" and b.level == 1 for b in items)
    assert layout.blocks[0].kind == "heading"
    assert layout.metadata.title == "Declaration of the Second Vienna Conference"
    assert layout.metadata.authors == ("Kumayl Nazary",)
    assert residue_of(layout, "byline") == ["Kumayl Nazary"]
    assert residue_of(layout, "bio")[0].startswith("Kumayl Nazary is an")
    navigation = residue_of(layout, "navigation")
    assert "Previous" in navigation and "Next" in navigation
    assert any(text.startswith("Ahmad Massoud addresses Press") for text in navigation)
    assert layout.blocks[-1].text.startswith("We, the participants of the Second Vienna Conference, thank")


def test_seed_003_search_box_persian_title_comment_form_and_chat() -> None:
    layout = layout_of(SEED_003)
    check(layout, SEED_003.read_text(encoding="utf-8"))
    assert layout.metadata.title == "نشست سازمان ملل در قطر"
    assert residue_of(layout, "search") == ["Close this search box."]
    assert residue_of(layout, "title") == ["نشست سازمان ملل در قطر"]
    comments = residue_of(layout, "comments")
    assert "Leave a Reply" in comments
    assert any(text.startswith("Your email address will not be published") for text in comments)
    assert "Scan the code" in residue_of(layout, "chat")
    body = [b.text for b in layout.blocks]
    assert body[0].startswith("The currents whose names are listed")
    assert body[-1] == "The Process to Protect the values of Jihad and Resistance"
    assert not any("چت" in text for text in body)


# ---------------------------------------------------------------- Markdown dumps


def test_front_matter_gives_metadata_and_is_kept_as_residue() -> None:
    layout = layout_of(DEV_03)
    check(layout, DEV_03.read_text(encoding="utf-8"))
    meta = layout.metadata
    assert meta.title == "Declaration on U.S.-Pacific Partnership"
    assert meta.url is not None and meta.url.startswith("https://bidenwhitehouse.archives.gov/")
    assert meta.published is not None and str(meta.published).startswith("2022-09-29")
    front = residue_of(layout, "front_matter")
    assert len(front) == 1 and front[0].startswith("---\ndate:")
    heading = layout.blocks[0]
    assert (heading.kind, heading.level, heading.text) == ("heading", 1, meta.title)


def test_bold_ordinal_lines_lose_their_stars_and_are_tagged_bold() -> None:
    layout = layout_of(DEV_03)
    bold = [b.text for b in layout.blocks if "bold" in b.tags]
    assert len(bold) == 11
    assert bold[0] == "First, we resolve to strengthening our partnership."
    assert bold[3].startswith("Fourth, we are committed to enhancing our cooperation to advance")
    assert not any("*" in b.text for b in layout.blocks)
    assert "Boe Declaration on Regional Security" in " ".join(b.text for b in layout.blocks)
    assert residue_of(layout, "chrome") == ["###"]


def test_hard_broken_signature_lines_are_separate_blocks() -> None:
    layout = layout_of(DEV_03)
    lines = [b.text for b in layout.blocks if "line" in b.tags]
    assert "Prime Minister Mark Brown of Cook Islands" in lines
    assert "Prime Minister James Marape of the Independent State of Papua New Guinea" in lines


def test_dash_list_separated_by_html_comments() -> None:
    layout = layout_of(DEV_05)
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert len(items) == 12
    assert all(b.marker == "-" and b.level == 1 for b in items)
    assert items[0].text.startswith("At the invitation of the Custodian of the Two Holy Mosques, King Salman")
    assert "<!--" not in " ".join(b.text for b in layout.blocks)
    assert layout.metadata.title is not None and "\u00a0" not in layout.metadata.title


def test_atx_heading_is_the_title() -> None:
    layout = layout_of(DEV_07)
    assert layout.blocks[0].kind == "heading" and layout.blocks[0].level == 1
    assert layout.metadata.title == "Gemensam kommuniké från Afghanistans president Ashraf Ghanis besök i Stockholm 4 december"
    assert len(layout.blocks) == 8


def test_markdown_markup_becomes_structure() -> None:
    text = (
        "## Joint *statement* on [water](https://example.org/water)\n\n"
        "1. We welcome the **progress** made.\n"
        "2. We agree to:\n"
        "   - share data\\;\n"
        "   - meet again.\n\n"
        "> We call on all parties to show restraint.\n\n"
        "Setext title\n"
        "============\n\n"
        "Escaped \\# hash and \\*stars\\* and `code` and <span>tags</span>.\n"
    )
    layout = dump(text)
    check(layout, text)
    got = [(b.kind, b.level, b.marker, b.text) for b in layout.blocks]
    assert got == [
        ("heading", 2, None, "Joint statement on water"),
        ("list_item", 1, "1.", "We welcome the progress made."),
        ("list_item", 1, "2.", "We agree to:"),
        ("list_item", 2, "-", "share data;"),
        ("list_item", 2, "-", "meet again."),
        ("paragraph", None, None, "We call on all parties to show restraint."),
        ("heading", 1, None, "Setext title"),
        ("paragraph", None, None, "Escaped # hash and *stars* and code and tags."),
    ]
    assert "blockquote" in layout.blocks[5].tags


def test_list_item_span_covers_its_marker() -> None:
    layout = dump("Intro paragraph of the statement, long enough to count as content.\n\n- First point\n- Second point\n")
    item = next(b for b in layout.blocks if b.kind == "list_item")
    assert layout.text[item.span.start : item.span.end] == "- First point"
    assert item.text == "First point"


def test_share_and_newsletter_lines_are_chrome_anywhere() -> None:
    text = "Share this:\n\nWe, the ministers, adopted the following statement on the protection of rivers.\n\nSubscribe to our newsletter\n\nWe commit to report back next year, and we thank the hosts for their hospitality.\n"
    layout = dump(text)
    assert [b.kind for b in layout.residue] == ["share", "newsletter"]
    assert len(layout.blocks) == 2


# ---------------------------------------------------------------- chrome by text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Close this search box.", "search"),
        ("Search for:", "search"),
        ("Leave a Reply", "comments"),
        ("Leave a comment", "comments"),
        ("3 Comments", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("Previous", "navigation"),
        ("« Previous Post", "navigation"),
        ("Next article →", "navigation"),
        ("Skip to content", "navigation"),
        ("Share this:", "share"),
        ("Print", "share"),
        ("Click to share on Twitter (Opens in new window)", "share"),
        ("Scan the code", "chat"),
        ("We use cookies to give you the best experience on our website.", "cookies"),
        ("Subscribe to our newsletter", "newsletter"),
        ("Related posts", "related"),
        ("About the author", "bio"),
        ("© 2007-2020, Ministry of Foreign Affairs", "footer"),
        ("Tags: diplomacy, water", "footer"),
    ],
)
def test_chrome_kind(line: str, kind: str) -> None:
    assert declkit_web.chrome_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "We share the concern of the international community.",
        "The next meeting will be held in Doha.",
        "Comments on the draft resolution were received from twelve states.",
        "Previous declarations of the conference remain valid.",
        "Afghanistan Freedom Front",
    ],
)
def test_content_lines_are_not_chrome(line: str) -> None:
    assert declkit_web.chrome_kind(line) is None


def test_bio_detection() -> None:
    assert declkit_web.looks_like_name("Kumayl Nazary")
    assert not declkit_web.looks_like_name("Names of political entities")
    assert declkit_web.is_bio("Jane Doe is a senior fellow at the Institute.")
    assert not declkit_web.is_bio("The council is a body of twelve members.")


# ---------------------------------------------------------------- sniffing


@pytest.mark.parametrize("path", [SEED_002, SEED_003, DEV_03, DEV_05])
def test_strong_web_dump_evidence_sniffs_between_0_6_and_0_8(path: Path) -> None:
    score = WebParser().sniff(declkit.Source(name=str(path), data=path.read_bytes(), path=path))
    assert 0.6 <= score <= 0.8


def test_markdown_heading_alone_sniffs_just_under_news() -> None:
    score = WebParser().sniff(declkit.Source(name=str(DEV_07), data=DEV_07.read_bytes(), path=DEV_07))
    assert 0.5 < score < 0.6


@pytest.mark.parametrize(
    "name",
    ["seeds/000_90b27f53bdc912d7.txt", "seeds/001_249e64af62dc17fc.txt", "dev/09_manado-ftf-joint-statement.txt", "dev/11_immigration-ministers-communique-1994.txt", "dev/20_militarytimes-manado-meeting.txt"],
)
def test_other_texts_sniff_low(name: str) -> None:
    path = FIXTURES / name
    score = WebParser().sniff(declkit.Source(name=str(path), data=path.read_bytes(), path=path))
    assert score < 0.6


def test_pandoc_leftovers_and_pipe_tables() -> None:
    text = "::: {.content}\n# Joint Statement {#top}\n\n[]{#anchor}We agree on the [terms]{.underline} of the accord.\n\n| Country | Pledge |\n|---|---|\n| Ruritania | 10 million |\n\n:::\n"
    layout = dump(text)
    check(layout, text)
    got = [(b.kind, b.text) for b in layout.blocks]
    assert got == [
        ("heading", "Joint Statement"),
        ("paragraph", "We agree on the terms of the accord."),
        ("table_row", "Country | Pledge"),
        ("table_row", "Ruritania | 10 million"),
    ]


def test_link_menus_in_dumps_are_navigation() -> None:
    text = "* [Home](/)\n* [News](/news)\n* [About us](/about)\n\nHome | Statements | Contact\n\n# Joint Statement\n\nWe, the ministers, agree on the [following](http://x) points after long talks.\n\n1. We welcome the talks.\n2. We call for calm.\n\n[Privacy](/p) [Terms](/t) [Contact](/c)\n"
    layout = dump(text)
    assert [b.text for b in layout.blocks] == ["Joint Statement", "We, the ministers, agree on the following points after long talks.", "We welcome the talks.", "We call for calm."]
    assert residue_of(layout, "navigation") == ["Home", "News", "About us", "Home | Statements | Contact", "Privacy Terms Contact"]


def test_reader_style_header_is_front_matter() -> None:
    text = "Title: Joint Statement on Water\nURL Source: https://example.org/statement\nPublished Time: 2024-06-04T10:00:00Z\n\nMarkdown Content:\n# Joint Statement on Water\n\nWe, the ministers, agree on the following points after long talks in Geneva.\n\n1. We welcome the talks.\n"
    layout = dump(text)
    check(layout, text)
    meta = layout.metadata
    assert (meta.title, meta.url, str(meta.published)) == ("Joint Statement on Water", "https://example.org/statement", "2024-06-04T10:00")
    assert [b.kind for b in layout.blocks] == ["heading", "paragraph", "list_item"]
    assert residue_of(layout, "front_matter")[0].endswith("Markdown Content:")
    assert declkit_web.sniff_text(text) == 0.8


def test_dateline_byline_and_url_lines() -> None:
    text = "# Water statement\n\nPosted on 12 May 2023 by Jane Doe\n\nWe, the ministers, agree on the following points after long talks in Geneva.\n\n1. We welcome the talks.\n\nhttps://example.org/statement\n"
    layout = dump(text)
    assert layout.metadata.authors == ("Jane Doe",)
    if declkit.parse_date("12 May 2023") is not None:  # the shared date reader, when present
        assert str(layout.metadata.published) == "2023-05-12"
    assert residue_of(layout, "byline") == ["Posted on 12 May 2023 by Jane Doe"]
    assert residue_of(layout, "links") == ["https://example.org/statement"]
    assert [b.kind for b in layout.blocks] == ["heading", "paragraph", "list_item"]


@pytest.mark.parametrize(("line", "kind"), [("Dela", "share"), ("Skriv ut", "share"), ("Suivant", "navigation"), ("Weiterlesen", "navigation"), ("Sök", "search")])
def test_chrome_kind_in_other_languages(line: str, kind: str) -> None:
    assert declkit_web.chrome_kind(line) == kind
