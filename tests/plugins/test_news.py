"""The news parser: metadata, residue, datelines, sniffing and HTML pages."""

from __future__ import annotations

from pathlib import Path

import declkit_news
import pytest
from declkit_news import NewsParser, clean_markup, dateline_of, sniff_html, sniff_text
from hypothesis import given, settings

import declkit
from tests.strategies import arbitrary_bytes, arbitrary_text

NEWS = Path(__file__).parent.parent / "fixtures" / "news"
SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
DEV = Path(__file__).parent.parent / "fixtures" / "dev"


def _parse(path: Path) -> declkit.Document:
    return declkit.parse(path, parser="news")


def _residue_text(doc: declkit.Document) -> str:
    return " ".join(b.text for b in doc.residue)


def _body_text(doc: declkit.Document) -> str:
    return " ".join(b.text for b in doc.blocks)


def test_opinion_dump_metadata() -> None:
    doc = _parse(NEWS / "opinion-dump.md.txt")
    assert doc.format == "news"
    assert doc.title == "Why the coastal summit matters more than its communique suggests"
    assert doc.authors == ("Maria Olsen",)
    assert doc.publisher == "The Harbour Post"
    assert str(doc.published) == "2024-03-14T09:30"
    assert doc.url == "https://hpost.example/x1y2z"
    assert doc.declarations == ()


def test_opinion_dump_residue() -> None:
    doc = _parse(NEWS / "opinion-dump.md.txt")
    kinds = {b.kind for b in doc.residue}
    assert {"caption", "byline", "pull_quote", "bio", "chrome"} <= kinds
    residue = _residue_text(doc)
    for chrome in ("Est. 1921", "Independent Journalism for the Coast", "Short Url", "Disclaimer"):
        assert chrome in residue
    body = _body_text(doc)
    assert "Disclaimer" not in body and "Short Url" not in body
    # The pull quote repeats a body sentence: the body keeps it once.
    assert body.count("It set a new tone for the talks.") == 0 or body.count("set a new tone") == 1
    assert sum(1 for b in doc.residue if b.kind == "pull_quote") == 1


def test_opinion_dump_quote() -> None:
    doc = _parse(NEWS / "opinion-dump.md.txt")
    assert [(q.speaker, q.text[:20]) for q in doc.quotes] == [("João Ferreira", "Today we have shown ")]


def test_wire_dateline_and_tail_chrome() -> None:
    doc = _parse(NEWS / "wire-dateline.txt")
    assert doc.title is None and doc.authors == () and doc.published is None
    assert doc.metadata["dateline"] == "GENEVA, Switzerland"
    assert doc.metadata["dateline_city"] == "Geneva"
    assert doc.metadata["dateline_country"] == "CH"
    assert doc.blocks[0].text.startswith("GENEVA, Switzerland — ")
    assert [b.text for b in doc.residue] == ["In Other News", "Load More"]


def test_wire_quotes() -> None:
    doc = _parse(NEWS / "wire-dateline.txt")
    got = [(q.speaker, q.text.split()[0]) for q in doc.quotes]
    assert ("Anna Keller", "We") in got
    assert ("Anna Keller", "The") in got
    assert ("Daniel Mwangi", "marks") in got
    assert ("participants", "strengthen") in got
    assert all(q.text != "turning point" for q in doc.quotes)


def test_wire_reported_statements() -> None:
    doc = _parse(NEWS / "wire-dateline.txt")
    tagged = [b.text.split()[0] for b in doc.blocks if "reported_statement" in b.tags]
    assert "In" in tagged and "The" in tagged
    assert all("Observers" not in b.text for b in doc.blocks if "reported_statement" in b.tags)


def test_byline_by() -> None:
    doc = _parse(NEWS / "multi-paragraph.txt")
    assert doc.authors == ("Tom Reyes",)
    assert [q.speaker for q in doc.quotes] == ["Lina Duarte", "Lina Duarte"]


def test_seed_without_metadata() -> None:
    doc = _parse(SEEDS / "000_90b27f53bdc912d7.txt")
    assert (doc.title, doc.authors, doc.publisher, doc.published, doc.url) == (None, (), None, None, None)
    assert doc.residue == ()
    assert any("reported_statement" in b.tags for b in doc.blocks)


def test_html_page_metadata() -> None:
    doc = _parse(NEWS / "aljazeera-helicopter-crash.html")
    assert doc.format == "news"
    assert doc.title == "US service members killed in Afghanistan helicopter crash"
    assert doc.publisher == "Al Jazeera"
    assert str(doc.published).startswith("2019-11-20")
    assert doc.url is not None and doc.url.startswith("https://www.aljazeera.com/news/2019/11/")
    assert "Al Jazeera" not in doc.authors
    assert doc.declarations == ()


def test_html_page_content_and_quotes() -> None:
    doc = _parse(NEWS / "aljazeera-helicopter-crash.html")
    body = _body_text(doc)
    assert "Two United States service members have been killed" in body
    speakers = {q.speaker for q in doc.quotes}
    assert "Zabihullah Mujahid" in speakers
    assert doc.residue


def test_html_press_release_time_itemprop() -> None:
    doc = _parse(DEV / "71_ep-georgia-resolution-press-release.html")
    assert str(doc.published) == "2025-02-13T12:47"
    assert doc.publisher == "European Parliament"
    residue = _residue_text(doc)
    assert "Share this page" in residue


def test_html_updated_byline_and_highlight() -> None:
    doc = _parse(DEV / "72_toi-china-kashmir-imran-khan-visit.html")
    assert str(doc.published) == "2019-10-09T11:05"
    assert doc.authors == ("Saibal Dasgupta",)
    assert doc.publisher == "The Times of India"
    starts = [q.text[:25] for q in doc.quotes]
    # The highlight box repeats a body quote: it is residue, so the quote is found once.
    assert starts.count("We call on India and Paki") == 1


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (SEEDS / "000_90b27f53bdc912d7.txt", "news"),
        (SEEDS / "004_bc3cc3d54166b0b5.txt", "news"),
        (DEV / "20_militarytimes-manado-meeting.txt", "news"),
        (DEV / "71_ep-georgia-resolution-press-release.html", "news"),
        (DEV / "72_toi-china-kashmir-imran-khan-visit.html", "news"),
        (NEWS / "wire-dateline.txt", "news"),
        (NEWS / "aljazeera-helicopter-crash.html", "news"),
    ],
)
def test_news_inputs_go_to_news(path: Path, expected: str) -> None:
    parser, _ = declkit.parse_layout(path)
    assert parser.name == expected


@pytest.mark.parametrize(
    "path",
    [
        SEEDS / "001_249e64af62dc17fc.txt",
        SEEDS / "002_162b791b7c24384f.txt",
        SEEDS / "003_30c33f3df06b16d3.txt",
        DEV / "03_us-pacific-partnership-declaration.txt",
        DEV / "05_us-gcc-summit-joint-statement.txt",
        DEV / "07_se-af-ghani-communique.txt",
        DEV / "09_manado-ftf-joint-statement.txt",
        DEV / "11_immigration-ministers-communique-1994.txt",
    ],
)
def test_declarations_sniff_low(path: Path) -> None:
    source = declkit.Source(name=str(path), data=path.read_bytes(), path=path)
    assert NewsParser().sniff(source) <= 0.1


def test_declaration_text_is_not_news() -> None:
    text = "We, the participants of the meeting,\n\n1. We request the council to act.\n2. We condemn the attack.\n3. We welcome the talks.\n"
    assert sniff_text(text) < 0.1


def test_dateline_text_sniffs_high() -> None:
    assert 0.6 <= sniff_text("LONDON (Reuters) - Ministers agreed on Monday to extend the sanctions, officials said.") <= 0.9


def test_sniff_html_needs_article_signals() -> None:
    assert sniff_html(b'<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head></html>') == 0.95
    assert sniff_html(b'<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01"></head></html>') == 0.95
    assert sniff_html(b"<html><head><title>Ministry</title></head><body><p>Text</p></body></html>") == 0.0


def test_clean_markup_and_dateline() -> None:
    assert clean_markup("**Bold** and [a link](http://x.example)") == "Bold and a link"
    found = dateline_of("BEIJING: China on Tuesday changed its position on the dispute.")
    assert found is not None and found["dateline_city"] == "Beijing" and found["dateline_country"] == "CN"
    assert dateline_of("The talks went on.") is None


def test_public_api_only() -> None:
    for path in Path(declkit_news.__file__).parent.glob("*.py"):
        assert "declkit._" not in path.read_text(encoding="utf-8"), path


@settings(max_examples=60)
@given(arbitrary_text)
def test_random_text_raises_only_declkit_errors(text: str) -> None:
    source = declkit.Source.from_text(text)
    parser = NewsParser()
    assert 0.0 <= parser.sniff(source) <= 1.0
    try:
        layout = parser.parse(source)
    except declkit.DeclkitError:
        return
    assert layout.genre == "article"
    for block in (*layout.blocks, *layout.residue):
        assert block.span.end <= len(layout.text)
    doc = declkit.analyze(layout, format="news", parser="news test")
    for quote in doc.quotes:
        assert quote.span is not None and quote.span.end <= len(doc.text)


@settings(max_examples=40)
@given(arbitrary_bytes)
def test_random_bytes_raise_only_declkit_errors(data: bytes) -> None:
    source = declkit.Source(name="<bytes>", data=b"<html><body>" + data)
    parser = NewsParser()
    try:
        parser.sniff(source)
        parser.parse(source)
    except declkit.DeclkitError:
        pass


def test_headline_about_a_declaration_is_still_news() -> None:
    text = "Leaders adopt Vienna declaration\n\nVIENNA, Austria — Leaders of ten countries adopted a declaration on Tuesday, officials said.\n"
    assert sniff_text(text) >= 0.6
    assert sniff_text("Joint Statement on Trade\n\nThe leaders welcomed the talks. The leaders noted the progress.\n") < 0.1


def test_plain_headline_and_by_line() -> None:
    text = (
        "Ministers agree to boost river patrols\n\nBy Ana Ruiz and Tom Berg\n\nPublished: 12 June 2024, 14:05\n\n"
        "Ministers from four countries agreed on Friday to boost patrols on the river, officials said after the meeting.\n"
    )
    layout = NewsParser().parse(declkit.Source.from_text(text))
    assert layout.metadata.title == "Ministers agree to boost river patrols"
    assert layout.metadata.authors == ("Ana Ruiz", "Tom Berg")
    assert str(layout.metadata.published) == "2024-06-12T14:05"
    assert [b.kind for b in layout.residue] == ["byline", "byline"]


def test_dateline_place() -> None:
    doc = _parse(NEWS / "wire-dateline.txt")
    assert doc.metadata["place"] == "Geneva, Switzerland"


def test_fallback_extraction_without_the_web_parser() -> None:
    from declkit_news import _html

    path = NEWS / "aljazeera-helicopter-crash.html"
    source = declkit.Source(name=str(path), data=path.read_bytes(), path=path)
    layout = _html._fallback_extract(source, declkit.html_tree(source.text))
    body = " ".join(b.text for b in layout.blocks)
    assert "Two United States service members have been killed" in body
    assert layout.residue


def test_html_entities_are_not_expanded() -> None:
    page = (
        b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-02">'
        b"</head><body><article><p>&xxe; &c; The ministers agreed on Monday to extend the talks, officials said today.</p>"
        b"</article></body></html>"
    )
    source = declkit.Source(name="<xxe>", data=page)
    try:
        layout = NewsParser().parse(source)
    except declkit.DeclkitError:
        return
    assert "root:" not in layout.text
    assert "aaaaaaaaaaaaaaaaaaaa" not in layout.text


def test_inline_chrome_lines_are_residue() -> None:
    text = (
        "Ministers agree on patrols\n\nBy Ana Ruiz\n\n"
        "Ministers from four countries agreed on Friday to boost patrols on the river, officials said after the meeting.\n\n"
        "Read more: Floods hit the river towns again as the rains return early this year\n\nAdvertisement\n\n"
        "One response to the floods has been to build higher walls along the river, the ministers said on Friday.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert [b.kind for b in doc.residue] == ["byline", "chrome", "chrome"]
    assert doc.blocks[-1].text.startswith("One response to the floods")


def test_page_title_loses_section_and_site() -> None:
    from declkit_news._html import _clean_title

    assert _clean_title("Talks resume in Vienna | World News - Daily Planet", None) == "Talks resume in Vienna"
    assert _clean_title("UN talks in Vienna – what we know | BBC News", "BBC News") == "UN talks in Vienna – what we know"
    assert _clean_title("Ministers meet &amp; agree | Site", None) == "Ministers meet & agree"


def test_wire_credits_are_residue() -> None:
    text = (
        "LONDON (Reuters) - Ministers agreed on Monday to extend the sanctions for another year, officials said.\n\n"
        "The decision follows months of talks between the governments of the region, a spokesperson said.\n\n"
        "(Reporting by Jane Doe; Editing by John Roe)\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.metadata["agency"] == "Reuters"
    assert [b.kind for b in doc.residue] == ["credits"]
    # The agency publishes wire copy that names no other outlet; the reporters are the authors.
    assert doc.publisher == "Reuters"
    assert doc.authors == ("Jane Doe",)


def test_dateline_with_date_and_agency() -> None:
    found = dateline_of("WASHINGTON, May 5 (Reuters) - The United States said on Monday it would send envoys.")
    assert found is not None
    assert (found["dateline_city"], found["dateline_date"], found["agency"]) == ("Washington", "May 5", "Reuters")


def test_short_item_keeps_its_text() -> None:
    layout = NewsParser().parse(declkit.Source.from_text("Talks resume.\n\nThe ministers met again on Monday.\n"))
    assert [b.text for b in layout.blocks] == ["Talks resume.", "The ministers met again on Monday."]


def test_front_matter_metadata() -> None:
    text = (
        "---\ntitle: Leaders agree to extend the truce\ndate: 2023-05-06\nsource_url: https://news.example/a1\n"
        "author: Ana Ruiz\n---\n\nLeaders of the three countries agreed on Saturday to extend the truce, officials said.\n"
    )
    layout = NewsParser().parse(declkit.Source.from_text(text))
    meta = layout.metadata
    assert (meta.title, meta.authors, str(meta.published), meta.url) == (
        "Leaders agree to extend the truce",
        ("Ana Ruiz",),
        "2023-05-06",
        "https://news.example/a1",
    )


_AP_STORY = (
    "Six nations agree to open their borders to farm trade\n\n"
    "By ANA LIMA and OMAR HADDAD\n"
    "Associated Press\n"
    "Published 9:05 PM EDT, March 3, 2021\n\n"
    "NAIROBI, Kenya (AP) — Trade ministers from six East African nations agreed on Wednesday to lift tariffs on "
    "farm goods, a move officials said would help millions of small farmers across the region.\n\n"
    "The deal will take effect after national parliaments ratify it, the ministers said in a joint statement.\n\n"
    "___\n\n"
    "Associated Press writer Ana Lima reported from Kampala, Uganda.\n"
)


def test_ap_story_publisher_date_authors_and_reporter_note() -> None:
    doc = declkit.parse(_AP_STORY, parser="news")
    assert doc.publisher == "Associated Press"
    assert str(doc.published) == "2021-03-03T21:05"
    assert doc.authors == ("Ana Lima", "Omar Haddad")
    kinds = {b.text: b.kind for b in doc.residue}
    assert kinds["Associated Press writer Ana Lima reported from Kampala, Uganda."] == "credits"
    assert kinds["Associated Press"] == "byline"
    assert all("reported from Kampala" not in b.text for b in doc.blocks)


def test_agency_byline_is_publisher_not_author() -> None:
    text = (
        "Summit ends without a deal on climate finance\n\n"
        "By The Associated Press\n"
        "March 3, 2021\n\n"
        "GENEVA — Talks on climate finance ended on Friday without agreement after two weeks of negotiations, "
        "delegates said, leaving the question open until the next round.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.publisher == "Associated Press"
    assert doc.authors == ()


def test_masthead_outlet_wins_over_the_wire_agency() -> None:
    text = (
        "THE DAILY PLANET\n\n"
        "Ministers agree to extend the sanctions for a year\n\n"
        "By Jane Doe\n"
        "May 5, 2022\n\n"
        "LONDON (Reuters) - Ministers agreed on Monday to extend the sanctions for another year, officials said "
        "after a long meeting in the capital.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.publisher == "The Daily Planet"


def test_dateline_day_takes_the_year_of_the_copyright_notice() -> None:
    text = (
        "WASHINGTON, May 5 (Reuters) - The United States said on Friday it would send envoys to the region "
        "next week to restart the talks, officials said.\n\n"
        "The envoys will meet the foreign ministers of both countries, a spokesperson said.\n\n"
        "© 2023 Reuters. All rights reserved.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.publisher == "Reuters"
    assert str(doc.published) == "2023-05-05"


def test_dateline_day_without_any_year_is_not_guessed() -> None:
    text = (
        "WASHINGTON, May 5 (Reuters) - The United States said on Friday it would send envoys to the region "
        "next week to restart the talks, officials said.\n\n"
        "The envoys will meet the foreign ministers of both countries, a spokesperson said.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.published is None


def test_reuters_sign_off_credits_reporters_not_editors() -> None:
    from declkit_news._wire import credit_reporters

    assert credit_reporters("(Reporting by Jane Doe in Nairobi and Omar Ali; Editing by Kim Lee)") == ["Jane Doe", "Omar Ali"]
    assert credit_reporters("(Reporting by Jane Doe and Omar Ali; Writing by Sam Roe; Editing by Kim Lee)") == ["Jane Doe", "Omar Ali", "Sam Roe"]
    assert credit_reporters("(Editing by Kim Lee)") == []


def test_html_without_wire_dateline_is_not_claimed() -> None:
    page = b"<html><body><p>NAIROBI (Office of the President) - The president met the envoys today and discussed trade.</p></body></html>"
    assert sniff_html(page) == 0.0


def test_html_wire_story_takes_agency_and_credits() -> None:
    page = (
        "<!doctype html><html><head><title>Leaders agree on trade pact</title></head><body><article>"
        "<h1>Leaders agree on trade pact at regional summit</h1>"
        "<p>NAIROBI, Kenya (AP) — Leaders from six East African nations agreed on Tuesday to cut tariffs on farm goods, "
        "officials said, in a deal hailed as a turning point for the region's farmers and traders.</p>"
        "<p>The agreement will take effect next year after ratification by national parliaments, the officials said.</p>"
        "<p>Associated Press writer Jane Mwangi reported from Kampala, Uganda.</p>"
        "</article></body></html>"
    )
    assert sniff_html(page.encode()) > 0.9  # beats the web parser's 0.9 for any HTML page
    doc = declkit.parse(page.encode(), parser="news")
    assert doc.publisher == "Associated Press"
    assert [b.kind for b in doc.residue if "reported from" in b.text] == ["credits"]


def test_published_line_wins_over_an_earlier_updated_line() -> None:
    text = (
        "Ministers agree to extend the sanctions for a year\n\n"
        "By Jane Doe\n"
        "Updated 10:02 AM EDT, May 6, 2022\n"
        "Published 8:15 PM EDT, May 5, 2022\n\n"
        "LONDON — Ministers agreed on Monday to extend the sanctions for another year, officials said "
        "after a long meeting in the capital.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert str(doc.published) == "2022-05-05T20:15"


def test_agency_staff_byline_and_standards_footer() -> None:
    text = (
        "Ministers agree to extend the sanctions for a year\n\n"
        "By Reuters Staff\n"
        "May 5, 2022\n\n"
        "LONDON (Reuters) - Ministers agreed on Monday to extend the sanctions for another year, officials said "
        "after a long meeting in the capital.\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.authors == ()
    assert doc.publisher == "Reuters"
    assert all("Trust Principles" not in b.text for b in doc.blocks)


def test_closing_agency_credit_line() -> None:
    text = (
        "Ministers agree to extend the sanctions for a year\n\n"
        "Ministers from the region agreed on Monday to extend the sanctions for another year, officials said "
        "after a long meeting in the capital.\n\n"
        "The decision follows months of talks between the governments of the region, a spokesperson said.\n\n"
        "— AFP\n"
    )
    doc = declkit.parse(text, parser="news")
    assert doc.publisher == "Agence France-Presse"
    assert [b.kind for b in doc.residue if "AFP" in b.text] == ["credits"]


def test_html_article_filed_under_a_day_is_news_and_dated() -> None:
    head = (
        '<html><head><meta property="og:type" content="article"/>'
        '<meta property="og:site_name" content="Arcadia Herald"/>'
        '<link rel="canonical" href="https://herald.example/world/2016/04/12/envoys-meet-in-port-royal/"/>'
        "<title>Envoys meet in Port Royal</title></head><body>"
    )
    body = (
        "<h1>Envoys meet in Port Royal</h1>"
        '<div class="story-sig"><span class="story-timestamp">April 12 at 9:05 AM</span></div>'
        "<article><p>Envoys of Arcadia and Ruritania met in Port Royal on Monday to discuss the border, "
        "officials said, and agreed to meet again next month.</p>"
        "<p>The talks were the first since the ceasefire of last year, the officials added.</p></article></body></html>"
    )
    page = (head + body).encode()
    assert sniff_html(page) > 0.9  # a dated article URL, beating the web parser's 0.9
    doc = declkit.parse(page)
    assert doc.format == "news"
    assert str(doc.published) == "2016-04-12T09:05"  # the byline's day, in the URL's year
    undated = (head + body.replace("April 12 at 9:05 AM", "Updated hourly")).encode()
    assert str(declkit.parse(undated).published) == "2016-04-12"  # the URL's day


def test_date_line_before_headline_and_a_lead_without_full_stop() -> None:
    text = (
        " date 2024-05-02 Arcadia-News.com\n\n"
        "Border Talks Stall As Ministers Disagree - Foreign Min.\n\n"
        "Lena Holt Published May 02, 2024 | 06:05 PM\n\n"
        "The talks over a final communique at the Arcadia-Ruritania ministerial meeting are still stalled amid "
        "reports that the ministers failed to agree on a joint text, Arcadian spokesperson Tomas Varga said on Wednesday\n\n"
        '"Negotiations are ongoing, so I would not want to get ahead of that," Varga said during a press briefing.\n'
    )
    doc = declkit.parse(text.encode(), parser="news")
    assert doc.title == "Border Talks Stall As Ministers Disagree - Foreign Min."
    assert doc.authors == ("Lena Holt",)
    assert doc.blocks[1].text.startswith("The talks over a final communique")


def test_read_link_line_and_social_sign_off_are_chrome() -> None:
    text = (
        "Ministers fail to agree joint statement, says Arcadian envoy\n\n"
        "By Lena Holt\n\n"
        "Ministers of Arcadia and Ruritania failed to agree on a joint statement at their meeting in Port Royal, "
        "the Arcadian envoy said on Friday after the talks ended.\n\n"
        "Read | Port Royal Harbour Reopens After Storm Damage Repairs\n\n"
        "The envoy said the two sides would meet again next month to continue the talks on the border.\n\n"
        "To read more news, now you can also follow us on social media – on Twitter and on Facebook.\n"
    )
    doc = declkit.parse(text.encode(), parser="news")
    body = _body_text(doc)
    assert "Harbour Reopens" not in body and "follow us" not in body
    assert "Harbour Reopens" in _residue_text(doc) and "follow us" in _residue_text(doc)
