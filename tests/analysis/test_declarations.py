"""Whole declarations in the layouts of many bodies: UN, AU, G7, bilateral, coalitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import declkit
from declkit._analysis import _declarations
from declkit._analysis._declarations import find_declarations

from .declaration_helpers import clean_layout, raw_layout

UN_RESOLUTION = """RESOLUTION 9999 (2031)

The Security Council,

Recalling its previous resolutions on the situation in the region,

Expressing grave concern at the humanitarian situation,

1. Decides to extend the mandate of the mission until 31 March 2032;

2. Calls upon all parties to cease hostilities immediately;

3. Requests the Secretary-General to report to the Council every ninety days;

4. Decides to remain seized of the matter.
"""

AU_COMMUNIQUE = """COMMUNIQUE

OF THE 1234TH MEETING OF THE PEACE AND SECURITY COUNCIL

Addis Ababa, Ethiopia, 12 March 2031

The Peace and Security Council of the African Union, at its 1234th meeting held on 12 March 2031, adopted the following decision:

The Council,

(a) Takes note of the briefing by the Commissioner;

(b) Condemns all attacks against civilians;

(c) Urges the Transitional Authorities to respect the timetable;

(d) Decides to remain actively seized of the matter.
"""

G7_STATEMENT = """G7 Leaders' Statement

We, the Leaders of the Group of Seven, met today to discuss the crisis.

We reaffirm our unwavering support for the people of the region.

- We condemn the attacks on critical infrastructure.
- We call on all states to refrain from supplying weapons.
- We welcome the efforts of the United Nations to broker a ceasefire.

We will remain united in our resolve.
"""

BILATERAL = """JOINT STATEMENT

BETWEEN THE REPUBLIC OF ARCADIA AND THE KINGDOM OF UTOPIA

The Parties have agreed as follows:

Article 1

The Parties shall strengthen their cooperation in trade and investment.

Article 2

The Parties shall hold consultations at the level of foreign ministers every year.

Article 3

This Joint Statement takes effect on the date of its signature.
"""


def _one(layout: declkit.Layout) -> declkit.Declaration:
    found = find_declarations(layout)
    assert len(found.declarations) == 1
    return found.declarations[0]


def test_un_resolution_numbered_operative_paragraphs() -> None:
    declaration = _one(raw_layout(UN_RESOLUTION))
    assert declaration.kind == "resolution"
    assert [c.label for c in declaration.clauses] == ["1.", "2.", "3.", "4."]
    assert declaration.clauses[1].addressees == ("all parties",)
    assert declaration.clauses[2].addressees == ("Secretary-General",)
    assert "decide" in declaration.clauses[0].acts
    # The subject line is not a preambular paragraph; the participle paragraphs are.
    assert [b.text.split()[0] for b in declaration.preamble] == ["Recalling", "Expressing"]


def test_au_communique_with_lettered_items() -> None:
    declaration = _one(raw_layout(AU_COMMUNIQUE))
    assert declaration.kind == "communique"
    assert declaration.title is not None and declaration.title.lower().startswith("communique")
    assert [c.label for c in declaration.clauses] == ["(a)", "(b)", "(c)", "(d)"]
    assert declaration.clauses[2].addressees == ("Transitional Authorities",)
    assert "condemn" in declaration.clauses[1].acts


def test_g7_statement_bullets_and_subject() -> None:
    declaration = _one(raw_layout(G7_STATEMENT))
    assert declaration.kind == "statement"
    assert declaration.title == "G7 Leaders' Statement"
    assert len(declaration.clauses) == 3
    assert declaration.clauses[1].addressees == ("all states",)
    assert [b.text for b in declaration.closing] == ["We will remain united in our resolve."]
    assert [s.name for s in declaration.signatories] == ["Leaders of the Group of Seven"]


def test_bilateral_articles() -> None:
    declaration = _one(raw_layout(BILATERAL))
    assert declaration.kind == "joint statement"
    assert declaration.title == "Joint Statement between the Republic of Arcadia and the Kingdom of Utopia"
    assert [c.label for c in declaration.clauses] == ["Article 1", "Article 2", "Article 3"]
    assert declaration.clauses[1].text.startswith("The Parties shall hold consultations")


def test_cleaned_blocks_give_the_same_structure() -> None:
    layout = clean_layout(
        [
            ("heading", "Final Declaration of the Third Lisbon Forum", None, 1),
            ("paragraph", "We, the participants of the Third Lisbon Forum, have agreed to the following:", None, None),
            ("list_item", "We ask the international community to act.", "•", 1),
            ("list_item", "We condemn the violence.", "•", 1),
            ("paragraph", "We thank the hosts for their hospitality.", None, None),
        ]
    )
    declaration = _one(layout)
    assert declaration.title == "Final Declaration of the Third Lisbon Forum"
    assert [c.label for c in declaration.clauses] == ["•", "•"]
    assert declaration.clauses[0].addressees == ("international community",)
    assert declaration.event is not None and declaration.event.ordinal == 3
    assert [s.name for s in declaration.signatories] == ["participants of the Third Lisbon Forum"]


def test_prose_statement_keeps_everything_in_preamble() -> None:
    text = "\n\n".join(
        [
            "Statement of the Ministry of Foreign Affairs of the Republic of Ruritania",
            "We have followed the events of the past week with attention and concern for the people.",
            "We call on all our foreign partners to adopt an even-handed approach to the situation.",
            "We are calling upon our colleagues, our neighbors. Do not make hasty statements.",
        ]
    )
    declaration = _one(raw_layout(text))
    assert declaration.kind == "statement"
    assert declaration.clauses == ()
    assert len(declaration.preamble) == 3
    assert declaration.preamble[1].addressees == ("foreign partners",)
    assert declaration.preamble[2].addressees == ("colleagues", "neighbors")
    assert [s.name for s in declaration.signatories] == ["Ministry of Foreign Affairs of the Republic of Ruritania"]


def test_chrome_and_other_script_go_to_residue() -> None:
    text = "\n\n".join(
        [
            "Close this search box.",
            "بیانیه نشست",
            "We, the members of the Alliance, have agreed to the following:",
            "- We urge the parties to negotiate.",
            "- We support the mediation.",
            "Leave a Reply",
            "Your email address will not be published.",
        ]
    )
    found = find_declarations(raw_layout(text))
    kinds = {b.text: b.kind for b in found.residue}
    assert kinds["بیانیه نشست"] == "other_script"
    assert "Leave a Reply" in kinds and "Close this search box." in kinds
    declaration = found.declarations[0]
    assert len(declaration.clauses) == 2
    assert all("Leave a Reply" not in c.text for c in declaration.clauses)


def test_metadata_title_used_only_when_it_names_a_kind() -> None:
    body = "We, the members of the Alliance, have agreed to the following:\n\n- We support peace.\n\n- We reject war."
    assert _one(raw_layout(body, title="Joint Statement on Peace")).title == "Joint Statement on Peace"
    assert _one(raw_layout(body, title="Home page of the Alliance")).title is None


def test_clauses_are_ordered_and_their_spans_hold_their_words() -> None:
    layout = raw_layout(UN_RESOLUTION)
    declaration = _one(layout)
    previous_end = -1
    for clause in declaration.clauses:
        assert clause.span.start >= previous_end
        previous_end = clause.span.end
        evidence = clause.span.slice(layout.text)
        assert clause.text.split()[0] in evidence and clause.text.split()[-1] in evidence


_PIECES = st.sampled_from(
    [
        "1. ",
        "2. ",
        "(a) ",
        "- ",
        "• ",
        "First, ",
        "Second: ",
        "Article 1",
        "We ask the UN to act. ",
        "We, the participants of the Forum, ",
        "have agreed to the following:",
        "Vienna, Austria",
        "April 24-26, 2023",
        "JOINT STATEMENT",
        "Leave a Reply",
        "بیانیه",
        "\n",
        "\n\n",
        "   ",
        "**",
        "Names of parties",
        "Alpha Party;",
        "x",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_random_layouts_never_raise_and_spans_are_sound(text: str) -> None:
    layout = raw_layout(text)
    found = _declarations._Reader(layout).read()
    for declaration in found.declarations:
        previous_end = -1
        for clause in declaration.clauses:
            assert 0 <= clause.span.start <= clause.span.end <= len(text)
            assert clause.span.start >= previous_end
            previous_end = clause.span.end
        for block in (*declaration.preamble, *declaration.closing):
            assert block.span.end <= len(text)
    for block in found.residue:
        assert block.span.end <= len(text)


def test_done_at_line_gives_place_and_date() -> None:
    text = (
        "Declaration on Ocean Cooperation\n\n"
        "We, the ministers of the coastal states, have agreed to the following:\n\n"
        "1. We commit to protect the ocean.\n\n"
        "2. We support marine research.\n\n"
        "Done at Lisbon, on 14 June 2031."
    )
    declaration = _one(raw_layout(text))
    assert str(declaration.start) == "2031-06-14"
    assert declaration.place is not None and declaration.place.country == "PT"


def test_opening_dateline_gives_place_and_date() -> None:
    text = (
        "Joint Statement on Water\n\n"
        "NAIROBI, 3 March 2030 – The ministers of the basin states met to discuss water security and adopted this statement."
    )
    declaration = _one(raw_layout(text))
    assert str(declaration.start) == "2030-03-03"
    assert declaration.place is not None and declaration.place.country == "KE"


def test_a_plain_article_is_no_declaration() -> None:
    text = "\n\n".join(
        [
            "Local team wins the cup",
            "The home side won the final on Sunday after a tense second half in front of a full stadium.",
            "Fans celebrated late into the night in the town centre, the police said.",
        ]
    )
    assert find_declarations(raw_layout(text)).declarations == ()


ASEAN_STYLE = """JOINT COMMUNIQUE OF THE 56TH ASEAN FOREIGN MINISTERS' MEETING
Jakarta, Indonesia, 11 July 2023

1. We, the Foreign Ministers of the Member States of the Association of Southeast Asian Nations (ASEAN), met in Jakarta on 11 July 2023.

2. We reaffirmed our commitment to the ASEAN Charter.

3. We called on all parties to exercise restraint:
a) to refrain from violence;
b) to engage in dialogue.

4. We looked forward to the 57th ASEAN Foreign Ministers' Meeting in 2024.
"""


def test_asean_style_header_numbered_clauses_and_meeting() -> None:
    declaration = _one(raw_layout(ASEAN_STYLE))
    assert declaration.title == "Joint Communique of the 56th ASEAN Foreign Ministers' Meeting"
    assert declaration.kind == "joint communique"
    assert declaration.place is not None and (declaration.place.city, declaration.place.country) == ("Jakarta", "ID")
    assert str(declaration.start) == "2023-07-11"
    assert [c.label for c in declaration.clauses] == ["1.", "2.", "3.", "4."]
    assert [s.label for s in declaration.clauses[2].subclauses] == ["a)", "b)"]
    assert declaration.clauses[2].addressees == ("all parties",)
    assert declaration.event is not None
    assert (declaration.event.ordinal, declaration.event.series) == (56, "ASEAN Foreign Ministers' Meeting")
    assert declaration.signatories[0].name.startswith("Foreign Ministers of the Member States")


def test_mojibake_bullets_and_a_signature_block() -> None:
    text = (
        "Chair’s Statement\n\n"
        "â€¢ The Chair welcomed the participants.\n"
        "â€¢ The participants urged the parties to the conflict to protect civilians.\n"
        "â€¢ The meeting condemned the attacks.\n\n"
        "For the Government of Ruritania\n(signed)\nJane Doe\nMinister of Foreign Affairs\n"
    )
    declaration = _one(raw_layout(text))
    assert declaration.kind == "statement"
    assert len(declaration.clauses) == 3
    assert declaration.clauses[1].addressees == ("parties to the conflict",)
    assert declaration.closing == ()
    signatory = declaration.signatories[0]
    assert (signatory.name, signatory.person, signatory.title) == (
        "Government of Ruritania",
        "Jane Doe",
        "Minister of Foreign Affairs",
    )


_BLOCK_TEXTS = st.sampled_from(
    [
        "We, the participants of the Forum, have agreed to the following:",
        "We ask the United Nations to act.",
        "1. Decides to act;",
        "and firmly supporting the struggle",
        "Names of parties",
        "Alpha Party",
        "Council for Renewal:",
        "Leave a Reply",
        "بیانیه",
        "April 24-26, 2023",
        "Vienna, Austria",
        "",
        "   ",
        "First, we resolve.",
    ]
)
_BLOCKS = st.lists(
    st.tuples(
        st.sampled_from(["paragraph", "heading", "list_item", "line"]),
        _BLOCK_TEXTS,
        st.sampled_from([None, "-", "•", "1.", "(a)", "Second", "."]),
        st.sampled_from([None, 1, 2, 3]),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None)
@given(_BLOCKS)
def test_random_cleaned_blocks_never_raise(parts: list[tuple[str, str, str | None, int | None]]) -> None:
    layout = clean_layout([(kind, text or "x", marker, level) for kind, text, marker, level in parts])
    found = _declarations._Reader(layout).read()
    for declaration in found.declarations:
        starts = [c.span.start for c in declaration.clauses]
        assert starts == sorted(starts)
        for clause in declaration.clauses:
            assert clause.span.end <= len(layout.text)
            for sub in clause.subclauses:
                assert clause.span.start <= sub.span.start and sub.span.end <= clause.span.end


def test_long_title_naming_its_kind() -> None:
    title = (
        "Joint Statement by the Ministers of Foreign Affairs of the Republic of Arcadia, the Kingdom of Utopia "
        "and the Federation of Atlantis on the Situation in the Northern Region and the Protection of Civilians"
    )
    text = title + "\n\nThe Ministers met today and adopted this statement on the situation in the region at length."
    declaration = _one(raw_layout(text))
    assert declaration.title == title
    assert declaration.kind == "joint statement"
    assert len(declaration.preamble) == 1


def test_declaration_span_stops_before_trailing_chrome() -> None:
    text = "\n\n".join(
        [
            "We, the members of the Alliance, have agreed to the following:",
            "- We urge the parties to negotiate.",
            "- We support the mediation.",
            "Alpha Party",
            "Beta Movement",
            "Leave a Reply",
        ]
    )
    declaration = _one(raw_layout(text))
    assert declaration.span is not None
    assert declaration.span.slice(text).endswith("Beta Movement")
    assert [s.name for s in declaration.signatories] == ["Alpha Party", "Beta Movement"]


def test_release_labels_are_not_part_of_the_title() -> None:
    text = "MEDIA RELEASE\n\nJOINT STATEMENT\n\nMEETING ON WATER SECURITY\n\nMinisters met in Lima and agreed to cooperate on water security for all."
    declaration = _one(raw_layout(text))
    assert declaration.title == "Joint Statement: Meeting on Water Security"


def test_calendars_that_disagree_give_a_warning() -> None:
    text = (
        "Final Declaration of the Third Lisbon Forum\nLisbon, Portugal\nApril 24-26, 2023 / Saur 5-7 - 1402 HS\n\n"
        "We, the participants of the Third Lisbon Forum, have agreed to the following:\n\n- We act.\n\n- We support peace."
    )
    found = find_declarations(raw_layout(text))
    declaration = found.declarations[0]
    assert str(declaration.start) == "2023-04-24"
    assert [d.calendar for d in declaration.original_dates] == ["solar-hijri"]
    assert any("disagree" in w for w in found.warnings)


def test_calendars_that_agree_give_no_warning() -> None:
    text = (
        "Final Declaration of the Third Lisbon Forum\nLisbon, Portugal\nApril 24-26, 2023 / Saur 4-6 - 1402 HS\n\n"
        "We, the participants of the Third Lisbon Forum, have agreed to the following:\n\n- We act.\n\n- We support peace."
    )
    found = find_declarations(raw_layout(text))
    assert str(found.declarations[0].end) == "2023-04-26"
    assert found.warnings == ()


def test_signatory_list_before_the_text() -> None:
    text = "\n\n".join(
        [
            "Joint Appeal for Peace",
            "Signatories:",
            "Alpha Party",
            "Beta Movement",
            "Gamma Union",
            "We, the undersigned parties, call on all sides to cease hostilities and return to talks at once.",
            "We urge the international community to support a ceasefire monitoring mission without delay.",
        ]
    )
    declaration = _one(raw_layout(text))
    assert [s.name for s in declaration.signatories] == ["Alpha Party", "Beta Movement", "Gamma Union"]
    assert len(declaration.preamble) == 2
    assert declaration.preamble[1].addressees == ("international community",)


def test_a_dateline_before_prose_is_not_the_end() -> None:
    text = "\n\n".join(
        [
            "Statement on the Floods",
            "We, the members of the Regional Council, express our deep sorrow at the loss of life in the floods this week.",
            "12 May 2031",
            "We call on all donors to respond generously to the appeal launched by the humanitarian agencies today.",
        ]
    )
    declaration = _one(raw_layout(text))
    assert [b.text[:12] for b in declaration.preamble] == ["We, the memb", "12 May 2031", "We call on a"]


def test_date_then_place_line() -> None:
    text = "Joint Statement on Rivers\n24 April 2031, Vienna, Austria\n\nThe ministers met and agreed to cooperate on rivers for the benefit of all."
    declaration = _one(raw_layout(text))
    assert str(declaration.start) == "2031-04-24"
    assert declaration.place is not None and declaration.place.country == "AT"
    assert declaration.title == "Joint Statement on Rivers"
