"""Quotations with speakers and reported statements (declkit._analysis._quotes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import declkit
from declkit._analysis._quotes import REPORTED_STATEMENT, find_quotes, mark_reported_statements
from tests.strategies import arbitrary_text


def _layout(*paragraphs: str) -> declkit.Layout:
    text = "\n\n".join(paragraphs)
    blocks = [declkit.Block(text=text[s.start : s.end], span=s) for s in declkit.split_paragraphs(text)]
    return declkit.Layout(text=text, blocks=blocks, genre="article")


def _quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    layout = _layout(*paragraphs)
    found = find_quotes(layout)
    for quote in found:
        assert quote.span is not None
        evidence = layout.text[quote.span.start : quote.span.end]
        if not any(mark in evidence for mark in "“”\"„‟«»"):
            assert evidence == quote.text
    return [(q.speaker, q.text) for q in found]


def test_said_after_quote_with_inverted_speaker() -> None:
    assert _quotes("“We will rebuild the port,” said Ana Lima, who leads the council.") == [
        ("Ana Lima", "We will rebuild the port")
    ]


def test_speaker_before_said_after_quote() -> None:
    got = _quotes('"The ceasefire must hold everywhere," Foreign Minister Omar Haddad said on Monday.')
    assert got == [("Omar Haddad", "The ceasefire must hold everywhere")]


def test_wrote_colon_before_quote_strips_title() -> None:
    got = _quotes("Releasing a statement, the committee chairman, Rep. John Carter, wrote: “I welcome this agreement.”")
    assert got == [("John Carter", "I welcome this agreement.")]


def test_said_in_speech_that_partial_quote() -> None:
    got = _quotes(
        "Australian Attorney General Jane Brandt said in her opening speech that the conflict “reminds us of the threat we all face.”"
    )
    assert got == [("Jane Brandt", "reminds us of the threat we all face.")]


def test_partial_quote_of_a_group() -> None:
    got = _quotes("This time, the participants also agreed to “support all forms of peaceful protest,” including strikes.")
    assert got == [("participants", "support all forms of peaceful protest")]


def test_pronoun_takes_last_named_person() -> None:
    got = _quotes(
        "“Both sides are talking,” spokesperson Li Wen said.",
        "“We have a tradition of dialogue,” he added.",
    )
    assert got == [("Li Wen", "Both sides are talking"), ("Li Wen", "We have a tradition of dialogue")]


def test_surname_expands_to_full_name() -> None:
    got = _quotes(
        "“The talks were useful,” spokesperson Geng Wei said.",
        "“Our position is clear and consistent,” Geng emphasized.",
    )
    assert got[1] == ("Geng Wei", "Our position is clear and consistent")


def test_follow_on_sentence_keeps_speaker() -> None:
    got = _quotes("“We cannot keep silent,” said Rahmat, who uses one name. “No country is free from this threat.”")
    assert got == [("Rahmat", "We cannot keep silent"), ("Rahmat", "No country is free from this threat.")]


def test_quote_over_paragraphs() -> None:
    got = _quotes(
        '"We have rebuilt the bridge and the school.',
        '"And we will rebuild the market before the rains," Mayor Lina Duarte told the crowd.',
    )
    assert got == [("Lina Duarte", "We have rebuilt the bridge and the school.\n\nAnd we will rebuild the market before the rains")]


def test_quote_cut_by_stray_paragraph_break() -> None:
    got = _quotes("The participants also agreed to “support all forms of resistance against the", "regime,” including armed resistance.")
    assert got and got[0][0] == "participants"
    assert got[0][1].startswith("support all forms") and got[0][1].endswith("regime")


def test_declaration_speaks_for_its_issuers() -> None:
    got = _quotes(
        "The participants of the Riga meeting have warned that the risk is growing.",
        'The declaration also welcomed the talks and urged the court to prosecute those who committed "crimes against humanity and war crimes".',
    )
    assert got == [("participants of the Riga meeting", "crimes against humanity and war crimes")]


def test_according_to() -> None:
    got = _quotes("“The border will stay open,” according to Interior Minister Sara Novak.")
    assert got == [("Sara Novak", "The border will stay open")]


def test_next_sentence_names_speaker() -> None:
    got = _quotes("“There is no alternative to dialogue.” Ambassador Hana Sato said this on Friday.")
    assert got == [("Hana Sato", "There is no alternative to dialogue.")]


def test_appositive_role_after_name() -> None:
    got = _quotes("General Mark Stone, chairman of the Joint Chiefs, told reporters the troops would stay “for several more years”.")
    assert got == [("Mark Stone", "for several more years")]


def test_scare_quotes_are_not_quotes() -> None:
    assert _quotes("The mission, known as “Resolute Support”, ended in 2021.") == []
    assert _quotes("Officials called it a “turning point” for the region.") == []


def test_unattributed_long_quote_has_no_speaker() -> None:
    assert _quotes("The banner read “peace for all the people of the valley” in three languages.") == [
        (None, "peace for all the people of the valley")
    ]


def test_straight_and_curly_mixed() -> None:
    got = _quotes('He urged them to avoid "crimes against humanity, war crimes and violations”.')
    assert [t for _, t in got] == ["crimes against humanity, war crimes and violations”."] or [t for _, t in got] == [
        "crimes against humanity, war crimes and violations"
    ]


def test_reported_statements_are_tagged() -> None:
    layout = _layout(
        "In their declaration, the participants emphasised that the Taliban have not responded.",
        "According to the declaration, a working group has been formed.",
        "The participants of the second meeting praised the resistance of women.",
        "The declaration also welcomed the consensus of the region.",
        "It rained in Vienna on Tuesday.",
        "The text was adopted by 400 votes in favour.",
    )
    tags = [REPORTED_STATEMENT in b.tags for b in mark_reported_statements(layout)]
    assert tags == [True, True, True, True, False, False]


def test_reported_statement_ignores_quoted_words_and_names() -> None:
    layout = _layout(
        "The senator wrote: “I commend the allies of the United States for their courage.”",
        "The latest conference should be considered the start of a process.",
    )
    assert [b.tags for b in mark_reported_statements(layout)] == [(), ()]


@settings(max_examples=80)
@given(arbitrary_text)
def test_random_text_never_raises_and_spans_hold(text: str) -> None:
    blocks = [declkit.Block(text=text[s.start : s.end], span=s) for s in declkit.split_paragraphs(text)]
    layout = declkit.Layout(text=text, blocks=blocks, genre="article")
    for quote in find_quotes(layout):
        assert quote.span is not None and 0 <= quote.span.start <= quote.span.end <= len(text)
        evidence = text[quote.span.start : quote.span.end]
        if not any(mark in evidence for mark in "“”\"„‟«»"):
            assert evidence == quote.text
    assert len(mark_reported_statements(layout)) == len(blocks)


def test_long_coordinated_sentence_keeps_its_subject() -> None:
    filler = "the consensus of the region and the world regarding the non-recognition of the regime until " * 4
    got = _quotes(
        "The participants of the Oslo meeting have warned that the risk is growing.",
        f"The declaration also welcomed {filler}and urged the court to prosecute those who committed “crimes against humanity”.",
    )
    assert got == [("participants of the Oslo meeting", "crimes against humanity")]


def test_role_appositive_between_quote_and_verb() -> None:
    got = _quotes(
        "“They had a duty to keep inmates safe,” Joan Berman, the U.S. attorney for the Southern District, said in a release."
    )
    assert got == [("Joan Berman", "They had a duty to keep inmates safe")]


def test_surname_that_is_also_a_title_word() -> None:
    got = _quotes(
        "Veteran analyst Ken Doctor has followed the industry for years.",
        "“There has not been a single good year,” says Doctor. “They see the decline as inevitable.”",
    )
    assert got == [("Ken Doctor", "There has not been a single good year"), ("Ken Doctor", "They see the decline as inevitable.")]


def test_surname_expands_from_the_text() -> None:
    got = _quotes("Planetary scientist Rosa Lopes led the study.", "“Organic materials can reach the ocean,” Lopes said.")
    assert got == [("Rosa Lopes", "Organic materials can reach the ocean")]


def test_quotation_paragraph_goes_on_with_last_speaker() -> None:
    got = _quotes(
        "“The authorities must end this crackdown now,” said Philip Ruther, a director at the group.",
        "“The persistence of lethal force raises serious fears about state policy.”",
    )
    assert [speaker for speaker, _ in got] == ["Philip Ruther", "Philip Ruther"]


def test_paraphrase_attribution_leads_into_quote() -> None:
    got = _quotes(
        "“We had hoped for better,” lawyer Mia Figgins said.",
        'Sometimes employees do not follow the rules, she said. "But does that mean they will all go to jail?”',
    )
    assert got[1] == ("Mia Figgins", "But does that mean they will all go to jail?")


_NEWS_PIECES = st.sampled_from(
    [
        "“", "”", '"', " said ", "He ", "she added", "The declaration ", "the participants ", ", ", ". ", "\n\n",
        "Ana Lima", "Minister ", "according to ", " told reporters", "We ", "“Yes,” ", ": ", "and urged ", "Rep. ",
        " who ", "'s ", "’s ", "Geng", "**", "(AFP)", " wrote: ",
    ]
)
news_like_text = st.lists(st.one_of(_NEWS_PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=150)
@given(news_like_text)
def test_news_like_text_quotes_hold(text: str) -> None:
    blocks = [declkit.Block(text=text[s.start : s.end], span=s) for s in declkit.split_paragraphs(text)]
    layout = declkit.Layout(text=text, blocks=blocks, genre="article")
    for quote in find_quotes(layout):
        assert quote.span is not None and quote.text
        evidence = text[quote.span.start : quote.span.end]
        if not any(mark in evidence for mark in "“”\"„‟«»"):
            assert evidence == quote.text
        assert quote.speaker is None or quote.speaker.strip() == quote.speaker
    mark_reported_statements(layout)


def test_british_single_quotes() -> None:
    got = _quotes("‘We won’t give up the leaders’ plan,’ said Prime Minister Anna Berg.")
    assert got == [("Anna Berg", "We won’t give up the leaders’ plan")]


def test_british_single_quoted_name_is_a_scare_quote() -> None:
    assert _quotes("The ‘Resolute Support’ mission ended in 2021, officials said.") == []


def test_colon_paragraph_introduces_quote() -> None:
    got = _quotes("In a statement, Foreign Minister Lea Novak said:", "“We will keep the embassy open for as long as it is safe.”")
    assert got == [("Lea Novak", "We will keep the embassy open for as long as it is safe.")]


def test_relative_clause_between_speaker_and_told_that() -> None:
    got = _quotes("Foreign Minister Ana Lima, who hosted the talks, told the meeting that the region “cannot wait for another decade of promises.”")
    assert got == [("Ana Lima", "cannot wait for another decade of promises.")]


def test_role_phrase_resolves_to_the_person_introduced_with_it() -> None:
    got = _quotes(
        "Kenyan Prime Minister Daniel Otieno opened the session on Monday.",
        "“Our farmers need open borders more than ever,” the prime minister said.",
    )
    assert got == [("Daniel Otieno", "Our farmers need open borders more than ever")]


def test_role_phrase_without_an_introduction_stays_as_written() -> None:
    got = _quotes("“The talks will go on until we have a text everybody can sign,” the spokesman said.")
    assert got == [("spokesman", "The talks will go on until we have a text everybody can sign")]


def test_role_before_an_institution_is_no_introduction() -> None:
    got = _quotes(
        "The Secretary General Office issued a note, and Secretary Council members met.",
        "“The talks will go on until we have a text everybody can sign,” the secretary said.",
    )
    assert got == [("secretary", "The talks will go on until we have a text everybody can sign")]


def test_role_resolution_uses_the_last_introduction_before_the_quote() -> None:
    got = _quotes(
        "Former President Joan Okafor attended as an observer.",
        "President Samuel Ade welcomed the delegates.",
        "“We are one region with one future,” the president said.",
        "President Mary Banda arrived later in the afternoon.",
    )
    assert got == [("Samuel Ade", "We are one region with one future")]


def test_saying_attributes_to_the_subject_of_the_main_clause() -> None:
    got = _quotes("Chilean Foreign Minister Rosa Vidal also addressed the conference by video, saying the region had “waited far too long” for the plan.")
    assert got == [("Rosa Vidal", "waited far too long")]


def test_saying_after_a_group_subject() -> None:
    got = _quotes("The ministers issued a short statement on Friday, saying they were “deeply alarmed by the renewed fighting in the north.”")
    assert got == [("ministers", "deeply alarmed by the renewed fighting in the north.")]


def test_inverted_role_with_a_nationality_modifier() -> None:
    got = _quotes(
        "Kenyan President Samuel Ade welcomed the delegates.",
        "“We are one region with one future,” said the Kenyan president.",
    )
    assert got == [("Samuel Ade", "We are one region with one future")]


def test_capitalised_role_phrase_resolves_too() -> None:
    got = _quotes(
        "Foreign Minister Ana Lima chaired the meeting.",
        "“Nobody leaves this room without a deal,” the Foreign Minister said.",
    )
    assert got == [("Ana Lima", "Nobody leaves this room without a deal")]


def test_role_resolves_to_a_name_with_a_hyphenated_particle() -> None:
    got = _quotes(
        "Syrian President Karim al-Hadi arrived on Thursday.",
        "“Syria is back where it belongs,” the president said.",
    )
    assert got == [("Karim al-Hadi", "Syria is back where it belongs")]


def test_saying_after_a_coordinated_subject_names_no_single_speaker() -> None:
    got = _quotes("Ana Lima and Omar Haddad visited the camp, saying instead that it was “misleading and unfair to everyone involved.”")
    assert got == [(None, "misleading and unfair to everyone involved.")]


def test_role_resolves_to_an_appositive_introduction() -> None:
    got = _quotes(
        "Omar Haddad, the foreign minister, opened the talks in the morning.",
        "“We have waited long enough for this agreement,” the foreign minister said.",
    )
    assert got == [("Omar Haddad", "We have waited long enough for this agreement")]


def test_titled_person_of_a_country_is_the_speaker() -> None:
    got = _quotes("President Ana Lima of Brazil, who arrived late, told the gathering: “We need a deal now, not next year.”")
    assert got == [("Ana Lima", "We need a deal now, not next year.")]
    got = _quotes("“We need a deal now,” said Secretary-General Omar Haddad of the United Nations.")
    assert got == [("Omar Haddad", "We need a deal now")]


def test_speaker_keeps_name_particles_initials_and_drops_role_nouns() -> None:
    got = _quotes(
        "“The harbour stays open,” Arcadian Commission President Ilse von der Marken said.",
        "“Talks resume in May,” said Tomas R. Varga, a senior fellow at the Ruritania Institute.",
        "“Nobody expected it,” Varga said.",
        "Ruritania’s National Security Advisor Lena Holt said the plan “ignores the facts.”",
    )
    assert got == [
        ("Ilse von der Marken", "The harbour stays open"),
        ("Tomas R. Varga", "Talks resume in May"),
        ("Tomas R. Varga", "Nobody expected it"),
        ("Lena Holt", "ignores the facts."),
    ]


def test_reopened_paragraph_with_its_own_attribution_is_a_new_quote() -> None:
    got = _quotes(
        "Speaking on the talks, Ms. Holt said, “There was broad agreement on trade. We could not agree on the border.",
        "“Despite the differences, we reached consensus on other issues,” Ms. Holt said.",
    )
    assert [text[:20] for _, text in got] == ["There was broad agre", "Despite the differen"]
    assert [speaker for speaker, _ in got] == ["Holt", "Holt"]


def test_words_are_light_tuples() -> None:
    from declkit._analysis import _quotes

    words = _quotes._words("“We agree,” said Ms. Arcadia’s envoy.", 0, 37)
    assert all(isinstance(w, tuple) for w in words)
    assert [(w.text, w.lower) for w in words if w.text == "Ms."] == [("Ms.", "ms.")]
