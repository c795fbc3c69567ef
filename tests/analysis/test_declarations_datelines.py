"""Datelines after the text, menus copied with a page, issuers named in a title, visits."""

from __future__ import annotations

import declkit
from declkit._analysis._declarations import find_declarations
from declkit._analysis._text import is_chrome

from .declaration_helpers import raw_layout

VISIT_COMMUNIQUE = """JOINT COMMUNIQUE

ON THE OCCASION OF THE VISIT OF THE PRIME MINISTER OF ARCADIA TO KENYA

1. At the invitation of the President of Kenya, the Prime Minister of Arcadia paid a working visit to Kenya on 11-12 May 2031.

2. The two leaders welcomed the growth of trade, which reached a record level in the programme for 2030-31 and in February 2031.

3. The two leaders agreed to meet again in 2032.

Nairobi 12 May

12 May 2031

Media Releases 2031 | 2030 | 2029 | 2028

Home | Links | Search | Help | Site Map
"""


def _one(text: str) -> declkit.Declaration:
    found = find_declarations(raw_layout(text))
    assert len(found.declarations) == 1
    return found.declarations[0]


def test_dateline_after_the_text_gives_place_and_day() -> None:
    declaration = _one(VISIT_COMMUNIQUE)
    assert str(declaration.start) == "2031-05-12"
    assert declaration.place is not None and declaration.place.city == "Nairobi"
    # The dateline and the menus after it are no closing paragraphs.
    assert [b.text for b in declaration.closing] == []
    assert len(declaration.clauses) == 3


def test_title_visit_takes_its_days_and_place_from_the_text() -> None:
    event = _one(VISIT_COMMUNIQUE).event
    assert event is not None and event.kind == "visit"
    assert (str(event.start), str(event.end)) == ("2031-05-11", "2031-05-12")
    assert event.place is not None and event.place.city == "Nairobi" and event.place.country == "KE"


def test_a_bar_of_links_is_chrome_but_a_table_row_is_not() -> None:
    assert is_chrome("Home | Links | Search | Help | Site Map | Copyright | Privacy")
    assert is_chrome("Media Releases 2001 | 2000 | 1999 | 1998 | 1997")
    assert not is_chrome("| Arcadia | 12 | 14 |")
    assert not is_chrome("The ministers met in Arcadia | the vote was close")


def test_title_naming_several_people_gives_one_signatory_each() -> None:
    text = (
        "Statement of the President of the Arcadian Council Maria Lindqvist, the President of the "
        "Ruritanian Assembly Tomas Halvorsen and the Prime Minister of Australia Peter Morgan\n\n"
        "Brussels, 15 November 2031\n\n"
        "We strongly condemn the attacks and stand united in solidarity with the victims.\n\n"
        "We agreed today to deepen our relationship."
    )
    names = [s.name for s in _one(text).signatories]
    assert names == ["Maria Lindqvist", "Tomas Halvorsen", "Peter Morgan"]


ANNEX_RESOLUTION = """United Nations
A/RES/90/7
General Assembly
Distr.: General
2 November 2031

Ninetieth session
Agenda item 12

Resolution adopted by the General Assembly on 1 November 2031

90/7. Harbour Town Declaration

The General Assembly,

Recalling its resolution 89/300 of 3 April 2031 on the convening of the Second Conference on Inland Waterways,

1. Endorses the declaration adopted by the Second Conference on Inland Waterways;

2. Expresses its gratitude to the Government of Chile for hosting the Conference.

Annex
Harbour Town Declaration

1. We, the Heads of State and Government and high-level representatives, met in Puerto Quillay, Chile, from 5 to 8 August 2031 at the Second Conference on Inland Waterways, under the theme "Rivers connect".

2. We welcome the programme of action adopted by the Conference.

3. We call upon all development partners to support inland transport.
"""


def test_annex_heading_over_the_clauses_is_the_title() -> None:
    declaration = _one(ANNEX_RESOLUTION)
    assert declaration.title == "Harbour Town Declaration"
    assert declaration.kind == "declaration"


def test_we_met_at_sentence_gives_the_meeting_its_days_and_town() -> None:
    event = _one(ANNEX_RESOLUTION).event
    assert event is not None and event.name == "Second Conference on Inland Waterways"
    assert (str(event.start), str(event.end)) == ("2031-08-05", "2031-08-08")
    assert event.place is not None and (event.place.city, event.place.country) == ("Puerto Quillay", "CL")


def test_we_comma_opening_the_first_clause_names_the_issuer() -> None:
    names = [s.name for s in _one(ANNEX_RESOLUTION).signatories]
    assert names == ["Heads of State and Government and high-level representatives"]


NUMBERED_RESOLUTION = """United Nations
A/RES/91/4
General Assembly
Distr.: General
3 March 2032

Ninety-first session
Agenda item 7

Resolution adopted by the General Assembly on 2 March 2032

91/4. Participation of Arcadia during the ninety-first session

The General Assembly,

Recalling its earlier resolutions on participation,

1. Decides that Arcadia may take part in the general debate;

2. Requests the Secretary-General to give effect to the present resolution.
"""


def test_numbered_title_over_the_organ_is_the_title_and_the_adoption_line_the_kind() -> None:
    declaration = _one(NUMBERED_RESOLUTION)
    assert declaration.title == "Participation of Arcadia during the ninety-first session"
    assert declaration.kind == "resolution"
    # "of Arcadia during the … session" names no meeting called "Arcadia during …".
    assert declaration.event is None or "Arcadia" not in declaration.event.name


SUMMIT_COMMUNIQUE = """Ruritania Summit Communiqué

1. We, the Heads of State and Government, met in Strelsau, Ruritania, on 4 and 5 June 2032 at the Fifth Summit of the Northern Alliance.

2. We welcome the progress made since the Fourth Summit of the Northern Alliance in 2030.
"""


def test_a_title_naming_the_text_yields_to_the_meeting_the_text_says_it_met_at() -> None:
    event = _one(SUMMIT_COMMUNIQUE).event
    assert event is not None and event.name == "Fifth Summit of the Northern Alliance"
    assert (str(event.start), str(event.end)) == ("2032-06-04", "2032-06-05")


def test_a_joint_communique_title_naming_two_states_gives_them_as_issuers() -> None:
    text = (
        "JOINT COMMUNIQUE\n\nON THE OCCASION OF THE VISIT OF THE PRESIDENT OF CHILE TO PERU\n\n"
        "1. The two Presidents reaffirmed their commitment to regional integration.\n\n"
        "2. They agreed to meet again in 2033."
    )
    assert [s.name for s in _one(text).signatories] == ["Chile", "Peru"]


def test_the_title_of_the_text_is_no_part_of_a_persons_role() -> None:
    from declkit._analysis._actors import find_actors_in

    actors = find_actors_in("Statement of the President of the Arcadian Council Maria Lindqvist")
    assert [(a.name, a.role) for a in actors if a.kind == "person"] == [
        ("Maria Lindqvist", "President of the Arcadian Council")
    ]


def test_what_stands_above_a_title_found_in_the_body_is_no_preamble() -> None:
    resolution = _one(NUMBERED_RESOLUTION)
    assert [b.text for b in resolution.preamble] == ["Recalling its earlier resolutions on participation,"]
    # The annexed declaration opens with its first clause: the resolution above is not its preamble.
    annexed = _one(ANNEX_RESOLUTION)
    assert annexed.title == "Harbour Town Declaration"
    assert [b.text for b in annexed.preamble] == []
