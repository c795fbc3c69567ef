"""Clause structure: marker families, runs, sub-clauses, page-break joins."""

from __future__ import annotations

import pytest

from declkit._analysis._clauses import detect_marker, find_clauses, make_units

from .declaration_helpers import clean_layout, raw_layout


@pytest.mark.parametrize(
    ("text", "label", "family", "value", "keep"),
    [
        ("1. Decides to", "1.", "number.", 1, False),
        ("12) Urges", "12)", "number)", 12, False),
        ("(a) Welcomes", "(a)", "(alpha)", 1, False),
        ("b. Notes", "b.", "alpha", 2, False),
        ("(iv) Calls", "(iv)", "roman", 4, False),
        ("1st: Appreciating", "1st", "ordinal", 1, False),
        ("Second: While", "Second", "ordinal", 2, False),
        ("Eleventh, way forward", "Eleventh", "ordinal", 11, True),
        ("Twentieth: Finally", "Twentieth", "ordinal", 20, False),
        ("Article 3 Scope", "Article 3", "article", 3, False),
        ("- item", "-", "bullet:-", None, False),
        ("• item", "•", "bullet:•", None, False),
        ("â€¢ item", "â€¢", "bullet:•", None, False),
        ("ï‚· item", "ï‚·", "bullet:•", None, False),
        ("\uf0b7 item", "\uf0b7", "bullet:•", None, False),
        ("● item", "●", "bullet:•", None, False),
        ("▪ item", "▪", "bullet:▪", None, False),
        (". the Migration Program", ".", "bullet:.", None, False),
        ("II. Security", "II.", "ROMAN", 2, False),
        ("B. Trade", "B.", "ALPHA", 2, False),
        ("(C) Health", "(C)", "(ALPHA)", 3, False),
        ("2.3 Calls upon", "2.3", "decimal", 3, False),
    ],
)
def test_markers_of_every_common_kind(text: str, label: str, family: str, value: int | None, keep: bool) -> None:
    marker = detect_marker(text)
    assert marker is not None
    assert (marker.label, marker.family, marker.value, marker.keep) == (label, family, value, keep)


@pytest.mark.parametrize(
    "text", ["The end of it.", "Firstborn children", "Secondary schools are open", "2023 was a year", "I. M. Pei"]
)
def test_prose_has_no_marker(text: str) -> None:
    marker = detect_marker(text)
    assert marker is None or marker.family not in {"ordinal", "number."}


def _structure(text: str):
    return find_clauses(make_units(raw_layout(text)))


def test_numbered_list_with_bullet_subitems() -> None:
    text = (
        "Preamble paragraph that introduces the text.\n\n"
        " 1. Ministers met in the city.\n\n"
        " 2. Ministers noted the work.\n\n"
        " - Ministers welcomed the plan.\n\n"
        " 2\n\n"
        " - Ministers agreed to establish a forum.\n\n"
        " 3. Ministers agreed to meet again.\n\n"
        "Closing words of thanks to the hosts."
    )
    structure = _structure(text)
    assert [u.text for u in structure.preamble] == ["Preamble paragraph that introduces the text."]
    assert [i.head.marker.label for i in structure.items] == ["1.", "2.", "3."]
    assert [s.head.text for s in structure.items[1].subitems] == [
        "Ministers welcomed the plan.",
        "Ministers agreed to establish a forum.",
    ]
    assert [u.text for u in structure.closing] == ["Closing words of thanks to the hosts."]


def test_page_break_inside_a_bullet_is_one_clause() -> None:
    text = (
        "We have agreed to the following:\n\n"
        "- First point is made here. While admiring\n\n\n"
        "and firmly supporting the struggle, we act.\n\n"
        "- Second point.\n\n"
        "We thank the hosts for everything they did."
    )
    structure = _structure(text)
    assert len(structure.items) == 2
    assert [u.text for u in structure.items[0].units][-1].startswith("and firmly")
    assert [u.text for u in structure.closing] == ["We thank the hosts for everything they did."]


def test_ordinal_headings_own_their_prose() -> None:
    text = (
        "We, the leaders, meet today.\n\n"
        "**First, we resolve to act.**\n\n"
        "We share a vision of peace and prosperity for all of our peoples here.\n\n"
        "**Second, we commit to regionalism.**\n\n"
        "The region is stronger united, and we acknowledge the role of the forum.\n\n"
        "**Third, we act on climate.**\n\n"
        "We urge all countries to act now on emissions before the next conference."
    )
    structure = _structure(text)
    assert [i.head.marker.label for i in structure.items] == ["First", "Second", "Third"]
    assert structure.items[0].head.text.startswith("First, we resolve")
    assert structure.items[2].rest[0].text.startswith("We urge all countries")
    assert structure.closing == ()


def test_colon_list_goes_on_with_unmarked_items() -> None:
    text = (
        "Ministers met today.\n\n"
        "Among other issues considered at today's meeting were:\n\n"
        " . the migration program\n\n"
        " . the humanitarian program\n\n"
        " the national settlement strategy and plans\n\n"
        " ESL\n\n"
        " Multicultural affairs\n\n"
        " an ongoing focus on the needs of women.\n\n"
        " The Migration Program\n\n"
        " The Ministers discussed the size and composition of the program and the key factors expected "
        "to contribute to a moderate upward trend in numbers, flowing from a stronger economy."
    )
    structure = _structure(text)
    assert [i.head.text for i in structure.items] == [
        "the migration program",
        "the humanitarian program",
        "the national settlement strategy and plans",
        "ESL",
        "Multicultural affairs",
        "an ongoing focus on the needs of women.",
    ]


def test_prose_without_markers_is_all_preamble() -> None:
    text = "\n\n".join(f"Paragraph {n} says something about the state of affairs at length." for n in range(1, 8))
    structure = _structure(text)
    assert structure.items == ()
    assert len(structure.preamble) == 7


def test_cleaned_blocks_with_markers_and_levels() -> None:
    layout = clean_layout(
        [
            ("paragraph", "The Council,", None, None),
            ("list_item", "Decides to act;", "1.", 1),
            ("list_item", "on peace;", "(a)", 2),
            ("list_item", "on security;", "(b)", 2),
            ("list_item", "Requests the Secretary-General to report;", "2.", 1),
            ("list_item", "Decides to remain seized of the matter.", "3.", 1),
        ]
    )
    structure = find_clauses(make_units(layout))
    assert [i.head.marker.label for i in structure.items] == ["1.", "2.", "3."]
    assert [s.head.marker.label for s in structure.items[0].subitems] == ["(a)", "(b)"]
    assert structure.items[1].head.text == "Requests the Secretary-General to report;"


def test_marker_left_in_cleaned_block_text_is_stripped() -> None:
    layout = clean_layout(
        [("list_item", "1. Decides to act;", "1.", 1), ("list_item", "2. Notes the report.", "2.", 1)]
    )
    structure = find_clauses(make_units(layout))
    assert [i.head.text for i in structure.items] == ["Decides to act;", "Notes the report."]


def test_articles_are_clauses() -> None:
    text = (
        "The Parties have agreed as follows:\n\n"
        "Article 1\n\nThe Parties shall cooperate on trade.\n\n"
        "Article 2\n\nThe Parties shall consult each other regularly.\n\n"
        "Article 3\n\nThis agreement enters into force on signature."
    )
    structure = _structure(text)
    assert [i.head.marker.label for i in structure.items] == ["Article 1", "Article 2", "Article 3"]
    assert structure.items[1].rest[0].text.startswith("The Parties shall consult")


def test_sub_bullets_outnumbering_their_numbered_parents() -> None:
    parts = ["Intro paragraph of the text."]
    for number in range(1, 4):
        parts.append(f"{number}. Ministers agreed on topic {number}.")
        parts.extend(f"- Ministers agreed on detail {number}.{n}." for n in range(1, 5))
    structure = _structure("\n\n".join(parts))
    assert [i.head.marker.label for i in structure.items] == ["1.", "2.", "3."]
    assert all(len(i.subitems) == 4 for i in structure.items)


def test_parser_levels_decide_the_top_level() -> None:
    layout = clean_layout(
        [("list_item", "Top one.", "•", 1)]
        + [("list_item", f"Sub {n}.", "-", 2) for n in range(5)]
        + [("list_item", "Top two.", "•", 1)]
    )
    structure = find_clauses(make_units(layout))
    assert [i.head.text for i in structure.items] == ["Top one.", "Top two."]
    assert len(structure.items[0].subitems) == 5


def test_section_headings_divide_one_bullet_list() -> None:
    text = (
        "**WE HEREBY DECLARE:**\n\n"
        "**Health**\n\n"
        "-   We support pandemic recovery.\n\n"
        "**Trade**\n\n"
        "-   We are committed to trade.\n\n"
        "-   We seek deeper connectivity.\n\n"
        "**Climate**\n\n"
        "-   We resolve to act on climate.\n\n"
        "We look forward to the next summit."
    )
    structure = _structure(text)
    assert [i.head.text for i in structure.items] == [
        "We support pandemic recovery.",
        "We are committed to trade.",
        "We seek deeper connectivity.",
        "We resolve to act on climate.",
    ]
    assert all(i.rest == () for i in structure.items)
    assert [u.text for u in structure.closing] == ["We look forward to the next summit."]


def test_bare_markers_from_a_parser() -> None:
    layout = clean_layout([("list_item", "Decides to act;", "1", 1), ("list_item", "Notes the report.", "2", 1)])
    structure = find_clauses(make_units(layout))
    assert [i.head.marker.label for i in structure.items] == ["1", "2"]
    assert [i.head.marker.value for i in structure.items] == [1, 2]


def test_plain_paragraphs_after_an_operative_phrase_are_clauses() -> None:
    text = (
        "The participants discussed the situation in the region at length and have agreed on the following:\n\n"
        "The parties will establish a joint commission to oversee the ceasefire within thirty days.\n\n"
        "The parties will exchange prisoners under the supervision of the Red Cross before the end of the year.\n\n"
        "The parties will meet again in three months to review progress on all of these commitments."
    )
    structure = _structure(text)
    assert len(structure.preamble) == 1
    assert [i.head.text.split()[3] for i in structure.items] == ["establish", "exchange", "meet"]
    assert all(i.head.marker is None for i in structure.items)


def test_markdown_escaped_markers() -> None:
    structure = _structure(
        "The Council,\n\n1\\. Decides to act;\n\n2\\. Requests a report;\n\n3\\. Decides to remain seized."
    )
    assert [i.head.marker.label for i in structure.items] == ["1.", "2.", "3."]
    assert structure.items[0].head.text == "Decides to act;"


def test_roman_section_headings_between_numbered_paragraphs_are_no_subclauses() -> None:
    from declkit._analysis._declarations import find_declarations

    from .declaration_helpers import raw_layout

    text = (
        "Arcadia-Utopia Joint Statement\n\n"
        "1. The two leaders met in the capital on 2 May 2030.\n\n"
        "I. Trade and Investment\n\n"
        "2. The leaders welcomed the growth of trade.\n\n"
        "II. Regional Issues\n\n"
        "3. The leaders called on all parties to respect the ceasefire.\n"
    )
    declaration = find_declarations(raw_layout(text)).declarations[0]
    assert [(c.label, len(c.subclauses)) for c in declaration.clauses] == [("1.", 0), ("2.", 0), ("3.", 0)]
    assert all("Trade and Investment" not in c.text for c in declaration.clauses)
