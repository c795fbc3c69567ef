"""Declarations in layouts not seen while building: letterheads, datelines, UN-style preambles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import declkit
from declkit._analysis._declarations import find_declarations
from declkit._analysis._signatories import plausible_name, subject_signatories
from declkit._analysis._text import is_document_symbol, is_noise, strip_trailing_symbol, unspace_letters

from .declaration_helpers import raw_layout

RIVER_COMMUNIQUE = """JOINT COMMUNIQUÉ
of the Second Ministerial Meeting of the Upper River Commission
Bamako, Mali, 3–4 March 2031

The Ministers of Water of Mali, Guinea and Senegal, meeting in Bamako on 3 and 4 March 2031,

Recalling the conclusions of the First Ministerial Meeting,

Gravely concerned by the falling level of the river,

Have agreed as follows:

(a) The Ministers call upon all riparian states to share hydrological data;

(b) They request the Commission to prepare a basin plan;

(c) They decide to meet again in Conakry in 2032.

Done at Bamako, 4 March 2031

For the Republic of Mali
For the Republic of Guinea
For the Republic of Senegal
"""


def _one(layout: declkit.Layout) -> declkit.Declaration:
    found = find_declarations(layout)
    assert len(found.declarations) == 1
    return found.declarations[0]


def test_prepositional_subtitle_reads_on_after_the_kind_line() -> None:
    declaration = _one(raw_layout(RIVER_COMMUNIQUE))
    assert declaration.title == "Joint Communiqué of the Second Ministerial Meeting of the Upper River Commission"


def test_done_at_line_is_a_dateline_not_a_signatory() -> None:
    declaration = _one(raw_layout(RIVER_COMMUNIQUE))
    assert [s.name for s in declaration.signatories] == [
        "Republic of Mali",
        "Republic of Guinea",
        "Republic of Senegal",
    ]
    # The day of signature, within the meeting's days, dates the declaration.
    assert str(declaration.start) == "2031-03-04"


def test_un_style_preamble_is_the_participle_paragraphs() -> None:
    declaration = _one(raw_layout(RIVER_COMMUNIQUE))
    assert [b.text.split()[0] for b in declaration.preamble] == ["Recalling", "Gravely"]
    assert [c.label for c in declaration.clauses] == ["(a)", "(b)", "(c)"]


LETTERHEAD = """MINISTRY OF FOREIGN AFFAIRS
THE HON JANE DOE MP

M E D I A  R E L E A S E

J O I N T  C O M M U N I Q U E
ARCADIA - UTOPIA MINISTERIAL FORUM

The Fifth Arcadia-Utopia Ministerial Forum was held in the capital on 2 and 3 May 2030, chaired by the two foreign ministers.

2. Ministers reaffirmed the close relationship between the two countries.

3. Ministers agreed to expand cooperation in education and research.

4. Ministers agreed that the Sixth Forum would be held in 2032.
"""


def test_letterhead_above_a_letter_spaced_kind_line_leaves_the_title() -> None:
    declaration = _one(raw_layout(LETTERHEAD))
    assert declaration.title == "Joint Communique: Arcadia - Utopia Ministerial Forum"
    assert declaration.kind == "joint communique"


def test_first_paragraph_unnumbered_before_item_two_is_item_one() -> None:
    declaration = _one(raw_layout(LETTERHEAD))
    assert len(declaration.clauses) == 4
    assert declaration.clauses[0].text.startswith("The Fifth Arcadia-Utopia Ministerial Forum")
    assert declaration.preamble == ()


def test_country_pair_in_title_signs() -> None:
    text = (
        "France-Germany Joint Statement on Rail\n\n"
        "The two governments agreed to build a faster railway between Paris and Berlin by 2035.\n\n"
        "They asked their rail companies to present a plan within a year.\n"
    )
    declaration = _one(raw_layout(text))
    assert [s.name for s in declaration.signatories] == ["France", "Germany"]


NAVIGATION = """Leaders' Statement on Ocean Health
June 2, 2031

Home > Policy > Oceans > Statement
Print | Share

Preamble

We, the Leaders of the Coastal Alliance, met in Lisbon to act for the ocean.

We will:

• end illegal fishing by 2035;
• protect a third of the sea by 2030.

Back to Ocean Summit
Related Information
Ministry of the Sea © 2031
"""


def test_navigation_after_the_date_and_chrome_after_the_text_stay_out() -> None:
    declaration = _one(raw_layout(NAVIGATION))
    assert declaration.title == "Leaders' Statement on Ocean Health"
    assert [s.name for s in declaration.signatories] == ["Leaders of the Coastal Alliance"]
    # The short line introducing the list is not a preamble paragraph.
    assert [b.text[:6] for b in declaration.preamble] == ["We, th"]


def test_as_leaders_of_a_list_of_states() -> None:
    text = (
        "As leaders of Arcadia, the Republic of Korea, and Japan, guided by our shared values, "
        "we resolve to deepen our cooperation, to meet the challenges ahead."
    )
    found = subject_signatories(
        text, 0, len(text), lambda name: "XX" if name in {"Arcadia", "Japan", "Republic of Korea"} else None
    )
    assert [s.name for s in found] == ["Arcadia", "Republic of Korea", "Japan"]


def test_a_sentence_is_never_a_signatory() -> None:
    text = (
        "As the people of the valley, guided by our ideals, we resolve to work with partners, "
        "to meet the challenges of the century."
    )
    assert all(plausible_name(s.name) for s in subject_signatories(text, 0, len(text)))
    assert not plausible_name("As leaders of A, guided by our ideals, we resolve to")
    assert plausible_name("Heads of State and Government of the member countries of the North Atlantic Alliance")


def test_letter_spacing_and_document_symbols() -> None:
    assert unspace_letters("J O I N T  S T A T E M E N T") == "JOINT STATEMENT"
    assert unspace_letters("Plan A and B") is None
    assert not is_noise("J O I N T  S T A T E M E N T")
    assert is_noise(", ' ~ . I ': . , , i")
    assert is_document_symbol("S/RES/2719 (2023)")
    assert not is_document_symbol("Joint Statement")
    assert strip_trailing_symbol("Decides to remain seized of the matter. S/RES/2719 (2023)") == (
        "Decides to remain seized of the matter."
    )
    assert strip_trailing_symbol("Welcomes the report of the U.N. Panel") == "Welcomes the report of the U.N. Panel"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AB CDI/.,:-() \n", max_size=400))
def test_helpers_accept_any_text(text: str) -> None:
    unspace_letters(text)
    is_document_symbol(text)
    plausible_name(text)
    subject_signatories(text, 0, len(text))


def test_name_comma_role_lines_sign_as_persons() -> None:
    text = (
        "Joint statement following the Arcadia-Utopia summit\n\n"
        "1. We, the leaders of Arcadia and Utopia, met in Port Royal on 2 May 2030.\n\n"
        "2. We agreed to open a joint research centre.\n\n"
        "Anna van der Berg, President of the Arcadian Council\n"
        "John Smith, Prime Minister of Utopia\n"
    )
    declaration = _one(raw_layout(text))
    # Each signer speaks for a state the text names: the person goes on that state.
    assert [(s.person, s.title) for s in declaration.signatories] == [
        ("Anna van der Berg", "President of the Arcadian Council"),
        ("John Smith", "Prime Minister of Utopia"),
    ]


def test_a_body_that_names_itself_before_the_kind_or_adopts_the_text() -> None:
    press = (
        "Trusteeship Council Press Statement on the Island Elections\n\n"
        "The members of the Trusteeship Council welcomed the peaceful elections held on the islands.\n"
    )
    assert [s.name for s in _one(raw_layout(press)).signatories] == ["Trusteeship Council"]
    adopted = (
        "COMMUNIQUÉ\n\n"
        "Adopted by the Regional Security Council (RSC) of the Coastal Union at its 12th meeting,\n\n"
        "Recalling its earlier decisions,\n\n"
        "1. Condemns the attacks on fishing villages;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    declaration = _one(raw_layout(adopted))
    assert [s.name for s in declaration.signatories] == ["Regional Security Council"]
    assert [b.text.split()[0] for b in declaration.preamble] == ["Recalling"]


def test_event_names_match_across_hyphen_spacing() -> None:
    from declkit._analysis._declarations import _event_key, _names_a_declaration

    assert _event_key("Arcadia - Utopia Ministerial Forum") == _event_key("Arcadia-Utopia Ministerial Forum")
    assert _names_a_declaration("Lisbon Summit Communiqué")
    assert not _names_a_declaration("meeting of the Ocean Council in Lisbon")


def test_the_meeting_of_the_day_not_the_titled_text_is_the_event() -> None:
    text = (
        "**Lisbon Summit Communiqué**\n\n"
        "**Issued by the Heads of State and Government participating in the meeting of the Ocean Council "
        "in Lisbon on 11 July 2031**\n\n"
        "1. We, the Heads of State and Government of the Ocean Alliance, have gathered in Lisbon.\n\n"
        "2. We call on all states to protect the high seas.\n"
    )
    declaration = _one(raw_layout(text, published="2031-07-11"))
    assert declaration.title == "Lisbon Summit Communiqué"
    assert declaration.event is not None
    assert declaration.event.name.startswith("meeting of the Ocean Council")


def test_spelled_out_signing_date_dates_the_declaration_and_leaves_the_closing() -> None:
    from declkit._analysis._header import spelled_date

    assert str(spelled_date("on the twenty-first day of March, in the year nineteen ninety-six")) == "1996-03-21"
    assert (
        str(spelled_date("the first day of July in the year one thousand nine hundred and ninety-six")) == "1996-07-01"
    )
    assert spelled_date("the eleventh day of Maybe in the year two") is None
    text = (
        "CHAIR'S STATEMENT OF THE 9TH RIVER SUMMIT\n"
        "Port Royal, 10-11 May 2031\n\n"
        "1. The 9th River Summit was held in Port Royal on 10-11 May 2031.\n\n"
        "2. We welcomed the new basin plan.\n\n"
        "Done in Port Royal on the eleventh day of May in the year two thousand and thirty-one.\n"
    )
    declaration = _one(raw_layout(text))
    assert str(declaration.start) == "2031-05-11"
    assert declaration.closing == ()


def test_meeting_sentence_gives_the_event_its_days() -> None:
    text = (
        "Leaders' Communiqué of the Coastal Alliance\n"
        "May 20, 2031\n\n"
        "We, the Leaders of the Coastal Alliance, met in Lisbon for our Summit on May 19-21, 2031.\n\n"
        "We will:\n\n"
        "• end illegal fishing by 2035;\n"
        "• protect a third of the sea by 2030.\n"
    )
    declaration = _one(raw_layout(text))
    assert str(declaration.start) == "2031-05-20"
    assert declaration.event is not None
    assert (str(declaration.event.start), str(declaration.event.end)) == ("2031-05-19", "2031-05-21")


def test_a_visit_made_for_a_summit_gives_the_summit() -> None:
    text = (
        "Arcadia-Utopia Joint Statement\n"
        "March 19, 2031\n\n"
        "1. The Prime Minister of Utopia paid an official visit to Arcadia on 19-20 March 2031 for the "
        "9th Arcadia-Utopia Annual Summit with the President of Arcadia.\n\n"
        "2. The leaders welcomed the growth of trade.\n"
    )
    declaration = _one(raw_layout(text))
    assert declaration.event is not None
    assert declaration.event.name == "9th Arcadia-Utopia Annual Summit"
    assert declaration.event.ordinal == 9


COUNCIL = """FINAL COMMUNIQUÉ
OF THE EXTRAORDINARY SESSION OF THE COUNCIL OF RIVER STATES
Port Royal, 5 August 2031

The Council of River States,

Guided by the principles of its Charter,

Having considered the report of the Secretary-General,

Decides the following:

1. Condemns the pollution of the upper basin;

2. Calls upon the member states to take appropriate measures;

3. Requests the Secretary-General to follow up on this communiqué.
"""


def test_un_style_subject_line_issues_the_text_and_the_title_reads_on_in_lower_case() -> None:
    declaration = _one(raw_layout(COUNCIL))
    assert declaration.title == "Final Communiqué of the Extraordinary Session of the Council of River States"
    assert [s.name for s in declaration.signatories] == ["Council of River States"]
    assert [b.text.split()[0] for b in declaration.preamble] == ["Guided", "Having"]


def test_a_text_with_no_meeting_behind_it_has_no_event() -> None:
    text = (
        "Declaration on Press Freedom\n\n"
        "We, the undersigned organisations, call on governments everywhere to release jailed journalists.\n\n"
        "Signed:\nReporters Without Borders\nCommittee to Protect Journalists\n"
    )
    declaration = _one(raw_layout(text))
    assert declaration.event is None
    assert [s.name for s in declaration.signatories] == [
        "Reporters Without Borders",
        "Committee to Protect Journalists",
    ]


def test_a_bare_numbered_meeting_belongs_to_the_council_that_issues_the_text() -> None:
    from declkit._analysis._declarations import _meeting_of

    event = declkit.Event(name="1234TH MEETING", ordinal=1234)
    assert _meeting_of(event, "Regional Security Council").name == "1234th meeting of the Regional Security Council"
    assert _meeting_of(event, "Arcadia").name == "1234TH MEETING"
    named = declkit.Event(name="Fifth Ministerial Meeting of the River Forum")
    assert _meeting_of(named, "River Council") is named


def test_a_letter_spaced_kind_line_set_aside_by_the_parser_is_read_once() -> None:
    text = (
        "J O I N T  S T A T E M E N T\nRIVER FORUM\n\n1. We met in the capital.\n\n2. We call on all states to act.\n"
    )
    kind_end = text.index("\n")
    blocks = [
        declkit.Block(text=text[s.start : s.end], span=s, kind="paragraph")
        for s in declkit.split_paragraphs(text)
        if s.start > kind_end
    ]
    heading = declkit.Block(text="RIVER FORUM", span=declkit.Span(kind_end + 1, kind_end + 12), kind="heading")
    residue = [declkit.Block(text=text[:kind_end], span=declkit.Span(0, kind_end), kind="ocr_noise")]
    layout = declkit.Layout(text=text, blocks=[heading, *blocks], residue=residue)
    declaration = _one(layout)
    assert declaration.title == "Joint Statement: River Forum"


def test_a_clause_in_a_signature_list_is_never_a_signatory() -> None:
    text = (
        "Declaration on Clean Rivers\n\n"
        "We, the undersigned organisations, call on governments to stop the dumping of waste in rivers.\n\n"
        "Signed:\nArcadian River League\nOur Members Are Many And We Will Grow\nUtopian Water Trust\n"
    )
    names = [s.name for s in _one(raw_layout(text)).signatories]
    assert names == ["Arcadian River League", "Utopian Water Trust"]


LABELLED_TITLE = """JOINT STATEMENT

Joint Statement of the Ministers of Arcadia and Ruritania on River Safety

Zenda, 14 March 2031

We, the Ministers of Arcadia and Ruritania, met in Zenda on
13 and 14 March 2031 at the invitation of the Government of Ruritania, on the occasion
of the Third Ministerial Dialogue on River Safety.

We have agreed as follows:

1. We call on all riparian States to share hydrological data.
2. We commit to a joint basin plan before the end of 2031.
"""


def test_a_title_that_repeats_its_kind_label_is_not_doubled() -> None:
    found = find_declarations(raw_layout(LABELLED_TITLE))
    assert found.declarations[0].title == "Joint Statement of the Ministers of Arcadia and Ruritania on River Safety"


def test_the_event_named_after_a_wrapped_on_the_occasion_of_is_the_issuing_event() -> None:
    event = find_declarations(raw_layout(LABELLED_TITLE)).declarations[0].event
    assert event is not None and event.name == "Third Ministerial Dialogue on River Safety"
    assert str(event.start) == "2031-03-13" and str(event.end) == "2031-03-14"


CLOSING_DATELINE = """Statement of the Ministry of Foreign Affairs of Ruritania on the situation in Arcadia

It is with deep concern that we see the situation deteriorate in several regions of Arcadia.

We fully support the efforts of the leadership of Arcadia to restore order and the normal functioning of the country.

The Republic of Ruritania is prepared to assist the friendly people of Arcadia.

December 6, 2031, Minsk
"""


def test_a_closing_date_and_place_line_dates_and_places_the_statement() -> None:
    doc = declkit.parse(CLOSING_DATELINE.encode(), parser="web")
    decl = doc.declarations[0]
    assert [b.text[:12] for b in decl.preamble] == ["It is with d", "We fully sup", "The Republic"]
    assert str(decl.start) == str(decl.end) == "2031-12-06"
    assert decl.place is not None and decl.place.city == "Minsk" and decl.place.country == "BY"
    # The page gives no date of its own: it was published on the statement's day.
    assert str(doc.published) == "2031-12-06"


def test_a_short_closing_sentence_with_a_date_is_not_a_dateline() -> None:
    text = CLOSING_DATELINE.replace("December 6, 2031, Minsk", "Talks resume on December 6, 2031.")
    decl = declkit.parse(text.encode(), parser="web").declarations[0]
    assert decl.place is None
    assert decl.preamble[-1].text.startswith("Talks resume")


def test_the_opening_meeting_place_places_a_statement_without_an_event() -> None:
    text = (
        "Arcadia and Ruritania Strengthen Their River Plan\n\n"
        "Today, the foreign ministers of Arcadia and Ruritania met in Mexico City to build on their river plan.\n\n"
        "First, the two countries will share flood data every week.\n\n"
        "Second, the two countries will open a joint rescue centre.\n"
    )
    decl = declkit.parse(text.encode(), parser="web").declarations[0]
    assert decl.place is not None and (decl.place.city, decl.place.country) == ("Mexico City", "MX")
    # A place the gazetteer does not know is no place.
    unknown = text.replace("Mexico City", "Port Royal")
    assert declkit.parse(unknown.encode(), parser="web").declarations[0].place is None


UNNAMED_KIND = """Arcadia and Ruritania Strengthen Cooperation on River Safety

Zenda, 14 March 2031

Today, the Governments of Arcadia and Ruritania met in Zenda to review their joint work.

1. The two Governments call on all riparian States to share hydrological data.
2. They commit to a joint basin plan before the end of 2031.
"""


def test_a_text_that_names_no_kind_is_a_statement() -> None:
    found = find_declarations(raw_layout(UNNAMED_KIND)).declarations
    assert found and found[0].kind == "statement"
