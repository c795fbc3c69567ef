"""Signatories: lists with nested groups, signature blocks, first-person subjects, titles."""

from __future__ import annotations

from declkit import Span
from declkit._analysis._places import country_code
from declkit._analysis._signatories import (
    bilateral_signatories,
    is_bio,
    parse_signature_lines,
    subject_signatories,
    title_signatories,
    title_signatory,
)


def _lines(text: str) -> list[tuple[str, Span]]:
    out = []
    position = 0
    for line in text.split("\n"):
        out.append((line, Span(position, position + len(line))))
        position += len(line) + 1
    return out


def test_nested_groups_merge_when_named_twice() -> None:
    text = (
        "Names of the parties are in alphabetical order\n"
        "Alpha Front\n"
        "Beta Movement\n"
        "Coalition for Renewal that comprised the following parties;\n"
        "Gamma Party\n"
        "National İslamic Union\n"
        "Coalition for Renewal:\n"
        "Delta Council"
    )
    found = parse_signature_lines(_lines(text))
    assert [s.name for s in found] == ["Alpha Front", "Beta Movement", "Coalition for Renewal"]
    assert [m.name for m in found[2].members] == ["Gamma Party", "National İslamic Union", "Delta Council"]


def test_signature_block_with_titles() -> None:
    text = "Prime Minister Jane Doe of the Republic of Utopia\nPresident John Roe of Arcadia\nAmbassador Ann Poe of the Kingdom of\nNowhere"
    found = parse_signature_lines(_lines(text))
    assert [(s.name, s.person, s.title) for s in found] == [
        ("Republic of Utopia", "Jane Doe", "Prime Minister"),
        ("Arcadia", "John Roe", "President"),
        ("Kingdom of Nowhere", "Ann Poe", "Ambassador"),
    ]


def test_we_the_participants() -> None:
    text = "In view of this, we, the participants of the Third Lisbon Forum, consider the plight grave."
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["participants of the Third Lisbon Forum"]
    assert (
        found[0].span is not None
        and text[found[0].span.start : found[0].span.end] == "participants of the Third Lisbon Forum"
    )


def test_we_the_governments_of_a_list() -> None:
    text = "We—the governments of Atlantis, Lemuria, Mu, and the Republic of Thule—meet on the occasion of the summit."
    found = subject_signatories(text, 0, len(text))
    assert len(found) == 1 and found[0].name == "governments"
    assert [m.name for m in found[0].members] == ["Atlantis", "Lemuria", "Mu", "Republic of Thule"]


def test_we_the_leaders_g7_style() -> None:
    text = "We, the Leaders of the Group of Seven, met in Hiroshima for our annual summit."
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["Leaders of the Group of Seven"]


def test_ministers_from_a_list_met() -> None:
    text = "On 3 May 2021 ministers and senior officials from Chile, Peru, Bolivia and the Argentine Republic met in Lima for the talks."
    found = subject_signatories(text, 0, len(text))
    assert found[0].name == "ministers and senior officials"
    assert [m.name for m in found[0].members] == ["Chile", "Peru", "Bolivia", "Argentine Republic"]


def test_leaders_of_two_parties_are_two_signatories() -> None:
    text = "At the invitation of the King, the leaders of the Nordic Council member states and the United Kingdom met today in Oslo."
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["Nordic Council member states", "United Kingdom"]


def test_as_well_as_with_a_person() -> None:
    text = "State and Territory Ministers, as well as Fiji's Minister for Labour, the Hon. Jo Bloggs, discussed issues in Suva today."
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["State and Territory Ministers", "Fiji's Minister for Labour"]
    assert found[1].person == "Jo Bloggs"


def test_title_names_the_issuer() -> None:
    found = title_signatory("Statement of the Ministry of Foreign Affairs of the Republic of Ruritania")
    assert found is not None and found.name == "Ministry of Foreign Affairs of the Republic of Ruritania"
    assert title_signatory("Final Declaration of the Second Lisbon Conference") is None


def test_bilateral_pair_of_states() -> None:
    text = "This year Norway and Chile celebrate fifty years of relations."
    codes = {"Norway": "NO", "Chile": "CL"}
    found = bilateral_signatories(text, 0, len(text), codes.get)
    assert [s.name for s in found] == ["Norway", "Chile"]


def test_bio_after_a_name() -> None:
    assert is_bio("Jane Doe", "Jane Doe is an entrepreneur and activist from Ohio.")
    assert not is_bio("Alpha Front", "Beta Movement")


def test_title_naming_two_states() -> None:
    codes = {"United States": "US", "India": "IN"}
    found = title_signatories("Joint Statement from the Leaders of the United States and India", codes.get)
    assert [s.name for s in found] == ["United States", "India"]
    single = title_signatories("Statement by the Ministry of Trade and Industry", codes.get)
    assert [s.name for s in single] == ["Ministry of Trade and Industry"]


def test_we_in_capitals_with_emphasis_and_no_closing_comma() -> None:
    text = "**WE**, the Member States of the Union and the Republic of Utopia gather on the occasion of the summit."
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["Member States of the Union and the Republic of Utopia"]


def test_name_comma_role_line_is_a_person_signing() -> None:
    found = parse_signature_lines([("Anna van der Berg, President of the Arcadian Council", Span(0, 10))])
    assert [(s.name, s.person, s.title) for s in found] == [
        ("Anna van der Berg", "Anna van der Berg", "President of the Arcadian Council")
    ]


def test_the_body_whose_numbered_meeting_issues_a_chair_statement() -> None:
    from declkit._analysis._signatories import title_signatories

    assert [s.name for s in title_signatories("Chairman's Statement of the 12th SADC Summit")] == ["SADC"]
    assert title_signatories("Declaration of the Second Vienna Conference") == []


def test_the_topic_of_a_title_is_no_part_of_its_issuer() -> None:
    from declkit._analysis._signatories import title_signatories

    assert [s.name for s in title_signatories("Statement by the Spokesperson on the elections in Arcadia")] == [
        "Spokesperson"
    ]
    assert [
        s.name for s in title_signatories("Statement of the Ministry of Foreign Affairs of Utopia regarding the talks")
    ] == ["Ministry of Foreign Affairs of Utopia"]


def test_we_the_ministers_of_a_comma_list_reads_past_the_first_comma() -> None:
    text = "We, the Foreign Ministers of Arcadia, New Utopia and Ruritania, met in Zenda on 2 May 2031."
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["Foreign Ministers"]
    assert [m.name for m in found[0].members] == ["Arcadia", "New Utopia", "Ruritania"]
    for member in found[0].members:
        assert member.span is not None and text[member.span.start : member.span.end] == member.name


def test_a_list_of_states_splits_at_the_of_before_the_states() -> None:
    text = "We, the Ministers of Foreign Affairs of Brazil, India and South Africa, meeting in Pretoria, agree"
    found = subject_signatories(text, 0, len(text))
    assert [s.name for s in found] == ["Ministers of Foreign Affairs"]
    assert [m.name for m in found[0].members] == ["Brazil", "India", "South Africa"]


def test_a_state_whose_name_holds_of_stays_one_member() -> None:
    text = "We, the Ministers of the Republic of Korea, Japan and China, met in Seoul"
    found = subject_signatories(text, 0, len(text))
    assert [m.name for m in found[0].members] == ["Republic of Korea", "Japan", "China"]


def test_two_states_announcing_are_the_issuers_not_the_officials_who_met() -> None:
    text = (
        "Today, President Ana Ruiz of Mexico and Security Advisor Dr. Tom Hale met in Mexico City to build on "
        "their initiative. Following that meeting, the United States and Mexico are announcing a set of measures."
    )
    found = subject_signatories(text, 0, len(text), country_code)
    assert [s.name for s in found] == ["United States", "Mexico"]
    # Two states that merely appear together say nothing.
    quiet = "Today, President Ana Ruiz of Mexico met in Mexico City with officials from Peru and Chile."
    assert [s.name for s in subject_signatories(quiet, 0, len(quiet), country_code)] != ["Peru", "Chile"]
