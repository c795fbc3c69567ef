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
