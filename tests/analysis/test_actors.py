"""Actors: acronyms, organisations, groups, states and persons with roles."""

from __future__ import annotations

from hypothesis import given, settings

from declkit import Actor, Block, Layout, Span
from declkit._analysis._actors import acronyms, find_actors, find_actors_in
from declkit._analysis._names import acronym_matches, fold
from tests.strategies import arbitrary_text


def _by_name(actors: list[Actor] | tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def _layout(*paragraphs: str) -> Layout:
    text = "\n\n".join(paragraphs)
    blocks = []
    start = 0
    for paragraph in paragraphs:
        blocks.append(Block(text=paragraph, span=Span(start, start + len(paragraph))))
        start += len(paragraph) + 2
    return Layout(text=text, blocks=blocks)


# ---------------------------------------------------------------- names and acronyms


def test_fold_removes_case_accents_and_periods() -> None:
    assert fold("Türkiye") == "turkiye"
    assert fold("U.S.") == "us"
    assert fold("İslamic  Council") == "islamic council"


def test_acronym_matches_initials() -> None:
    assert acronym_matches("AU", "African Union")
    assert acronym_matches("WFP", "World Food Programme")
    assert acronym_matches("OECD", "Organisation for Economic Co-operation and Development")
    assert acronym_matches("ASEAN", "Association of Southeast Asian Nations")
    assert not acronym_matches("WFP", "World Health Organization")
    assert not acronym_matches("X", "Xylophone")


def test_acronyms_in_parentheses_after_and_before() -> None:
    text = (
        "Leaders of the African Union (AU) thanked the World Food Programme WFP and the "
        "IGAD (Intergovernmental Authority on Development) for the Arab League (AL) talks."
    )
    found = acronyms(text)
    assert found["AU"] == "African Union"
    assert found["WFP"] == "World Food Programme"
    assert found["IGAD"] == "Intergovernmental Authority on Development"
    assert found["AL"] == "Arab League"


def test_an_acronym_that_does_not_fit_is_not_a_definition() -> None:
    assert "NRF" not in acronyms("the National Front (NRF) met")


def test_lower_case_terms_are_acronyms_but_not_actors() -> None:
    text = "They discussed preventing violent extremism (PVE) programmes with the PVE unit."
    assert acronyms(text) == {"PVE": "preventing violent extremism"}
    assert all(a.name != "PVE" for a in find_actors_in(text))


# ---------------------------------------------------------------- organisations, groups, states


def test_organisation_with_acronym() -> None:
    text = "Delegates of the Southern Liberation Movement (SLM) met. The SLM said it would return."
    slm = _by_name(find_actors_in(text))["Southern Liberation Movement"]
    assert (slm.kind, slm.acronym) == ("organization", "SLM")
    assert slm.span is not None and text[slm.span.start : slm.span.end] == "Southern Liberation Movement"


def test_organisations_by_their_head_or_lead_noun() -> None:
    text = (
        "The Permanent Council of the Andean Community and the Ministry of Foreign Affairs of Peru "
        "welcomed the statement of the Coastal Farmers Association."
    )
    names = set(_by_name(find_actors_in(text)))
    assert "Permanent Council of the Andean Community" in names
    assert "Ministry of Foreign Affairs of Peru" in names
    assert "Coastal Farmers Association" in names


def test_capitalised_name_before_a_lower_case_organisation_noun() -> None:
    text = "Members of the ruling Green Dawn party left the chamber."
    actor = _by_name(find_actors_in(text))["Green Dawn"]
    assert actor.kind == "organization"


def test_recurring_the_name_is_a_group() -> None:
    text = "The Houthis attacked. The talks failed because the Houthis refused, and the Houthis left."
    actor = _by_name(find_actors_in(text))["Houthis"]
    assert actor.kind == "group"


def test_a_body_named_once_in_mid_sentence_and_groups_over_blocks() -> None:
    layout = _layout(
        "Ministers asked the Commission to act.", "The Houthis attacked.", "Talks with the Houthis failed."
    )
    names = _by_name(find_actors(layout))
    assert names["Commission"].kind == "organization"
    assert names["Houthis"].kind == "group"
    assert "Ministers" not in names


def test_countries_are_states_once() -> None:
    actors = find_actors_in("Kenya and Uganda signed. Kenya will host the next round.")
    states = [a for a in actors if a.kind == "state"]
    assert [a.name for a in states] == ["Kenya", "Uganda"]


def test_acronym_used_before_its_long_form_joins_it() -> None:
    actors = find_actors_in("The AU sent observers. Later the African Union (AU) reported.")
    names = _by_name(actors)
    assert "AU" not in names
    assert names["African Union"].acronym == "AU"


# ---------------------------------------------------------------- persons


def test_person_with_apposition_after_and_organisation() -> None:
    text = "Maria Lopes, the chairwoman of the Coastal Farmers Association (CFA), spoke first."
    person = _by_name(find_actors_in(text))["Maria Lopes"]
    assert (person.kind, person.role, person.organization) == ("person", "chairwoman", "Coastal Farmers Association")


def test_descriptive_apposition_keeps_its_words() -> None:
    text = "Jonas Berg, a former member of the Danish parliament, and Ana Ruiz, the former trade minister of Chile, signed."
    actors = _by_name(find_actors_in(text))
    assert actors["Jonas Berg"].role == "former member of the Danish parliament"
    assert actors["Ana Ruiz"].role == "former trade minister of Chile"
    assert actors["Ana Ruiz"].organization == "Chile"


def test_apposition_before_the_name() -> None:
    text = "It praised the founder of the Open Skies Foundation, Lena Park, for her work."
    person = _by_name(find_actors_in(text))["Lena Park"]
    assert (person.role, person.organization) == ("founder", "Open Skies Foundation")


def test_title_before_the_name_with_demonym_and_honorifics() -> None:
    text = (
        "The talks were opened by Kenyan Cabinet Secretary for Interior Dr. Amos Wako and "
        "Canadian Foreign Minister the Hon. Claire Dubois MP."
    )
    actors = _by_name(find_actors_in(text))
    assert (actors["Amos Wako"].role, actors["Amos Wako"].organization) == ("Cabinet Secretary for Interior", "Kenya")
    assert (actors["Claire Dubois"].role, actors["Claire Dubois"].organization) == ("Foreign Minister", "Canada")


def test_lower_case_title_with_organisation_noun() -> None:
    text = "Japanese defence ministry spokesperson Kenji Sato said so; President Lula da Silva agreed."
    actors = _by_name(find_actors_in(text))
    assert (actors["Kenji Sato"].role, actors["Kenji Sato"].organization) == (
        "spokesperson",
        "Japanese defence ministry",
    )
    assert actors["Lula da Silva"].role == "President"


def test_title_with_an_organisation_after_of() -> None:
    text = "They wrote to the Secretary General of the Arab League Omar Haddad."
    person = _by_name(find_actors_in(text))["Omar Haddad"]
    assert (person.role, person.organization) == ("Secretary General of the Arab League", "Arab League")


def test_single_name_after_a_role_apposition() -> None:
    text = "Ghana’s chief negotiator, Mensah, told reporters the deal was close."
    person = _by_name(find_actors_in(text))["Mensah"]
    assert (person.kind, person.role, person.organization) == ("person", "Ghana’s chief negotiator", "Ghana")


def test_formal_title_drops_the_possessor() -> None:
    text = "Norway's Minister for Fisheries, Kari Nilsen, opened the meeting."
    person = _by_name(find_actors_in(text))["Kari Nilsen"]
    assert (person.role, person.organization) == ("Minister for Fisheries", "Norway")


def test_surname_alone_is_the_same_person() -> None:
    text = "Kari Nilsen, the chairwoman of the Fisheries Council, spoke. Later Nilsen left."
    persons = [a for a in find_actors_in(text) if a.kind == "person"]
    assert [p.name for p in persons] == ["Kari Nilsen"]


def test_capitalised_phrases_that_are_not_people() -> None:
    text = (
        "Cross Border Terrorism and Gender Equality were discussed at Freedom Square. "
        "Explaining Beijing’s position, officials said “Resolute Support” would go on."
    )
    assert [a for a in find_actors_in(text) if a.kind == "person"] == []


def test_find_actors_merges_over_blocks_and_keeps_first_span() -> None:
    layout = _layout(
        "Prime Minister Sofia Reyes met delegates.",
        "Sofia Reyes, the leader of the Civic Renewal Party, spoke again.",
    )
    actors = find_actors(layout)
    person = _by_name(actors)["Sofia Reyes"]
    assert person.role == "Prime Minister"
    assert person.span is not None and person.span.start == layout.text.index("Sofia Reyes")


def test_home_country_for_unaffiliated_state_officials() -> None:
    layout = _layout(
        "Protests continued in Moldova. Moldova's parliament met.",
        "The opposition asked Prime Minister Ion Rusu to resign, Moldova said.",
    )
    person = _by_name(find_actors(layout))["Ion Rusu"]
    assert person.organization == "Moldova"


def test_find_actors_in_respects_the_window() -> None:
    text = "Prime Minister Ana Lima spoke. President Rui Costa replied."
    start = text.index("President")
    names = [a.name for a in find_actors_in(text, start)]
    assert names == ["Rui Costa"]


@settings(max_examples=60, deadline=None)
@given(arbitrary_text)
def test_random_text_never_raises_and_spans_index_evidence(text: str) -> None:
    for actor in find_actors_in(text):
        assert actor.span is not None
        evidence = text[actor.span.start : actor.span.end]
        assert fold(evidence) and fold(actor.name).split()[0] in fold(evidence)
    acronyms(text)


def test_particles_in_names_and_appositions_with_organisation_names() -> None:
    text = (
        "The forum heard Karl von der Berg, President of the Alpine Council. "
        "The plan was welcomed, said Ivan Petrov, the Kremlin spokesman. "
        "Dr. Amara Diallo, WHO Regional Director, warned of risks."
    )
    actors = _by_name(find_actors_in(text))
    assert (actors["Karl von der Berg"].role, actors["Karl von der Berg"].organization) == (
        "President",
        "Alpine Council",
    )
    assert actors["Ivan Petrov"].role == "Kremlin spokesman"
    assert (actors["Amara Diallo"].role, actors["Amara Diallo"].organization) == ("Regional Director", "WHO")


def test_acronym_may_leave_out_a_complement() -> None:
    found = acronyms("the International Fund for Agricultural Development (IFAD) and the Development Bank of Asia (DB)")
    assert found["IFAD"] == "International Fund for Agricultural Development"
    assert found["DB"] == "Development Bank of Asia"


def test_names_with_suffix_okina_and_particles_in_a_list() -> None:
    text = (
        "President Tom Ellis, Jr. of the Republic of Palau  \nPrime Minister Sione ‘Aho Lavaka of the Kingdom of Tonga"
    )
    actors = _by_name(find_actors_in(text))
    assert actors["Tom Ellis, Jr"].organization == "Republic of Palau"
    assert actors["Sione ‘Aho Lavaka"].organization == "Kingdom of Tonga"
    assert actors["Sione ‘Aho Lavaka"].role == "Prime Minister"


def test_month_surnames_and_groups_of_states() -> None:
    actors = _by_name(find_actors_in("Prime Minister Ellen May met the G20 leaders on Friday 3 May."))
    assert actors["Ellen May"].role == "Prime Minister"
    assert actors["G20"].kind == "organization"


def test_communique_style_titles_and_parenthesised_acronyms() -> None:
    text = (
        "The Council thanked the Commissioner for Trade, Industry and Mining, Ambassador Sara Bello, "
        "and the Special Envoy of the Chairperson and Head of the Liaison Office, Omar Sy. "
        "It commended H.E. President Ana Costa of Cabo Verde. "
        "The spokesperson for the Pacific Ocean Fisheries Agency (POFA), Lui Tanaka, said so. "
        "The eastern Democratic Republic of Congo (DRC) and the Northern Basin Authority (NBA) were discussed."
    )
    actors = _by_name(find_actors_in(text))
    assert "Industry" not in actors and "Mining" not in actors
    assert actors["Sara Bello"].kind == "person"
    assert actors["Omar Sy"].role == "Special Envoy of the Chairperson and Head of the Liaison Office"
    assert (actors["Ana Costa"].role, actors["Ana Costa"].organization) == ("President", "Cabo Verde")
    assert (actors["Lui Tanaka"].role, actors["Lui Tanaka"].organization) == (
        "spokesperson",
        "Pacific Ocean Fisheries Agency",
    )
    assert actors["Democratic Republic of Congo"].kind == "state"
    assert actors["Democratic Republic of Congo"].acronym == "DRC"
    assert actors["Northern Basin Authority"].acronym == "NBA"


def test_initials_before_inner_letters() -> None:
    found = acronyms(
        "the European External Action Service (EEAS) and the Association of Southeast Asian Nations (ASEAN)"
    )
    assert found["EEAS"] == "European External Action Service"
    assert found["ASEAN"] == "Association of Southeast Asian Nations"


def test_organisation_named_before_a_title() -> None:
    text = (
        "Fiji Prime Minister Sitiveni Rabuka spoke first. Then the Pacific Islands Forum Secretary General "
        "Baron Waqa and European Commission President Ana Lind replied; Japanese Foreign Ministry spokesman "
        "Ken Mori declined to comment."
    )
    actors = _by_name(find_actors_in(text))
    assert (actors["Sitiveni Rabuka"].role, actors["Sitiveni Rabuka"].organization) == ("Prime Minister", "Fiji")
    assert (actors["Baron Waqa"].role, actors["Baron Waqa"].organization) == (
        "Secretary General",
        "Pacific Islands Forum",
    )
    assert (actors["Ana Lind"].role, actors["Ana Lind"].organization) == ("President", "European Commission")
    assert (actors["Ken Mori"].role, actors["Ken Mori"].organization) == ("spokesman", "Japanese Foreign Ministry")


def test_signature_lines_and_hyphenated_capitals() -> None:
    text = (
        "We support the Council for Trade and Co-operation in Asia (CTCA).\n"
        "For Denmark: Karen Holm, Minister for Foreign Affairs\n"
        "For the Government of Chile: Pablo Rojas\n"
        "For Norway: Eva Lund\n"
        "Signed in Oslo."
    )
    actors = _by_name(find_actors_in(text))
    assert actors["Council for Trade and Co-operation in Asia"].acronym == "CTCA"
    assert "Council for Trade and Co-operation" not in actors
    assert (actors["Karen Holm"].role, actors["Karen Holm"].organization) == ("Minister for Foreign Affairs", "Denmark")
    assert actors["Pablo Rojas"].organization == "Government of Chile"
    assert actors["Eva Lund"].organization == "Norway"


def test_lower_case_portfolio_words_and_religious_honorifics() -> None:
    text = (
        "AU trade policy chief Musa Kone met Chad's supreme leader, Imam Idriss Deby, "
        "and Ghana's president, Kofi Mensah."
    )
    actors = _by_name(find_actors_in(text))
    assert (actors["Musa Kone"].role, actors["Musa Kone"].organization) == ("trade policy chief", "AU")
    assert (actors["Idriss Deby"].role, actors["Idriss Deby"].organization) == ("Chad's supreme leader", "Chad")
    assert (actors["Kofi Mensah"].role, actors["Kofi Mensah"].organization) == ("Ghana's president", "Ghana")


@settings(max_examples=40, deadline=None)
@given(arbitrary_text)
def test_find_actors_on_random_layouts_never_raises(text: str) -> None:
    blocks = []
    start = 0
    for piece in text.split("\n\n"):
        blocks.append(Block(text=piece, span=Span(start, start + len(piece))))
        start += len(piece) + 2
    layout = Layout(text=text, blocks=blocks)
    for actor in find_actors(layout):
        assert actor.span is not None and 0 <= actor.span.start <= actor.span.end <= len(text)
        assert actor.kind in {"person", "organization", "group", "state"}


def test_genitive_without_apostrophe_in_a_mixed_language_heading() -> None:
    layout = _layout("Kommuniké från Kenyas president Amina Odhiambos besök", "President Amina Odhiambo visited Oslo.")
    person = _by_name(find_actors(layout))["Amina Odhiambo"]
    assert (person.role, person.organization) == ("President", "Kenya")


def test_long_gaps_between_words_are_not_joined() -> None:
    text = "Prime Minister Ana" + " " * 5000 + ", Lima Costa spoke."
    names = [a.name for a in find_actors_in(text) if a.kind == "person"]
    assert "Ana Lima Costa" not in names


def test_bodies_named_by_acronym_and_word_and_numbered_acronyms() -> None:
    text = (
        "At the Forum on Small Island States (FSIS12), Ms. Lena Bahous, Executive Director of UN Habitat, "
        "and Mr. Juan Perez, President of the General Assembly, spoke. The COVID-19 crisis was discussed."
    )
    actors = _by_name(find_actors_in(text))
    assert actors["Forum on Small Island States"].acronym == "FSIS12"
    assert (actors["Lena Bahous"].role, actors["Lena Bahous"].organization) == ("Executive Director", "UN Habitat")
    assert actors["Juan Perez"].organization == "General Assembly"
    assert "COVID-19" not in actors and "COVID" not in actors


def test_copula_and_relative_clause_appositions() -> None:
    text = (
        "Rosa Vidal is a senior fellow at the Andes Policy Institute. "
        "Tomas Berg, who is the chair of the Nordic Water Council, spoke. Lars Moe is expected to attend."
    )
    actors = _by_name(find_actors_in(text))
    assert (actors["Rosa Vidal"].role, actors["Rosa Vidal"].organization) == ("senior fellow", "Andes Policy Institute")
    assert (actors["Tomas Berg"].role, actors["Tomas Berg"].organization) == ("chair", "Nordic Water Council")
    assert actors["Lars Moe"].role is None


# ---------------------------------------------------------------- held-out false positives


def test_a_role_cut_at_a_line_end_hyphen_keeps_the_whole_word() -> None:
    text = "The Summit was chaired by H.E. Joko Widodo, President of the Republic of Indo-\nnesia.\n"
    widodo = _by_name(find_actors_in(text))["Joko Widodo"]
    assert widodo.role == "President of the Republic of Indonesia"
    assert widodo.organization is not None and "Indo" in widodo.organization
    assert widodo.organization.endswith("Indonesia")


def test_letter_spaced_pairs_and_reference_numbers_are_no_acronyms() -> None:
    text = "M E D IA R E L E A S E\n      FA 47      30 July 1996\n\nThe UN welcomed the forum."
    names = set(_by_name(find_actors_in(text)))
    assert "IA" not in names and "FA" not in names
    assert "UN" in names


def test_tails_of_longer_names_and_headings_are_no_persons() -> None:
    text = (
        "III. Regional and Global Issues\n\n"
        "The ministers welcomed progress on the Mumbai-Ahmedabad High Speed Rail. "
        "Our 2022 Strategic Concept sets out our tasks. "
        "The Lake Chad Basin Governors' Forum met."
    )
    persons = {a.name for a in find_actors_in(text) if a.kind == "person"}
    assert persons == set()


def test_names_introduced_by_a_role_or_alone_on_a_line_are_still_persons() -> None:
    text = (
        "President Cyril Ramaphosa opened the summit with Senegal's Macky Sall.\n\n"
        "For the European Union:\nCharles Michel\n"
    )
    persons = {a.name for a in find_actors_in(text) if a.kind == "person"}
    assert {"Cyril Ramaphosa", "Macky Sall", "Charles Michel"} <= persons


def test_words_the_text_writes_in_lower_case_are_no_person() -> None:
    text = "The Council condemned the Terrorist Attack in Mogadishu. The terrorist attack killed many."
    assert not [a for a in find_actors_in(text) if a.kind == "person"]


def test_a_verb_before_the_is_not_part_of_an_organisation() -> None:
    names = set(_by_name(find_actors_in("Requests the AU Commission to report on the matter.")))
    assert "AU Commission" in names
    assert not any(name.startswith("Requests") for name in names)


def test_a_country_in_the_genitive_is_the_organisation_of_a_bare_name() -> None:
    sall = _by_name(find_actors_in("Comoros took over the chairmanship from Senegal's Macky Sall."))["Macky Sall"]
    assert sall.organization == "Senegal"


def test_plural_common_nouns_are_no_person() -> None:
    text = "Afghanistan's Women Protestor Movements met in Kabul."
    assert not [a for a in find_actors_in(text) if a.kind == "person"]


def test_acronyms_inside_compounds_are_no_actors() -> None:
    text = "Partnership for a Post-COVID World. The ministers backed AU-led peace support operations."
    names = set(_by_name(find_actors_in(text)))
    assert "COVID" not in names and "AU-led" not in names


def test_an_everyday_word_after_the_is_no_group() -> None:
    text = (
        "The Peace and Security Council met. The Peace and Security Council decided. "
        "Lasting peace needs the Taliban to talk. The Taliban refused."
    )
    actors = _by_name(find_actors_in(text))
    assert "Peace" not in actors
    assert "Taliban" in actors


def test_initials_abbreviated_titles_clergy_and_shared_plural_titles() -> None:
    text = (
        "Foreign Minister K. Ardent met President Ivo H.R. Mallory in Port Royal. "
        "Later PM Sorel said the talks went well. "
        "The priest, Anselm Quill, is mediating between the factions. "
        "The envoys are deputy ministers Lena Holt and Tomas Varga, who arrived on Monday."
    )
    people = {a.name: (a.role, a.organization) for a in find_actors_in(text) if a.kind == "person"}
    assert people["K. Ardent"] == ("Foreign Minister", None)
    assert people["Ivo H.R. Mallory"] == ("President", None)
    assert people["Sorel"] == ("PM", None)
    assert people["Anselm Quill"] == ("priest", None)
    assert people["Lena Holt"] == people["Tomas Varga"] == ("deputy ministers", None)


def test_demonym_and_body_before_a_title_name_the_body() -> None:
    text = "Palestinian Authority President Mahmoud Abbas and Kenyan Cabinet Secretary Jane Wanjiru spoke."
    people = {a.name: (a.role, a.organization) for a in find_actors_in(text) if a.kind == "person"}
    assert people["Mahmoud Abbas"] == ("President", "Palestinian Authority")
    assert people["Jane Wanjiru"] == ("Cabinet Secretary", "Kenya")


def test_first_of_two_appositions_and_no_home_country_against_a_nationality() -> None:
    text = (
        "“The talks will fail,” said Lena Holt, executive director of the Port Royal Institute and a former envoy to Arcadia.",
        "Ruritania and Ruritania's allies met; Ruritania, Ruritania and Ruritania again.",
        "But Ivo Marek’s victory keeps in place an Arcadian prime minister. Prime Minister Marek said he would not yield.",
    )
    people = {a.name: a for a in find_actors(_layout(*text)) if a.kind == "person"}
    assert (people["Lena Holt"].role, people["Lena Holt"].organization) == ("executive director", "Port Royal Institute")
    assert people["Ivo Marek"].organization is None  # the paragraph is about an Arcadian, not Ruritania
