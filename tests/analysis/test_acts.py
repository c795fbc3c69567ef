"""Speech acts and addressees."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from declkit._analysis import _acts
from declkit._analysis._acts import find_acts, find_addressees


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We ask the United Nations and the international community to reprimand them.",
            ("United Nations", "international community"),
        ),
        (
            "We also ask that the international community recognize the legitimacy of the struggle.",
            ("international community",),
        ),
        (
            "We request that the organizers of the Talks (May 1-2-2023), which is hosted by the UN, to refrain.",
            ("organizers of the Talks",),
        ),
        (
            "We ask The International Criminal Court ICC to identify and prosecute them.",
            ("International Criminal Court",),
        ),
        (
            "We request the Muslim countries, especially the Organization of Islamic Cooperation (OIC), to act.",
            ("Muslim countries", "Organization of Islamic Cooperation"),
        ),
        (
            "We thank and ask Austria and other friendly countries to continue their support.",
            ("Austria", "other friendly countries"),
        ),
        ("We call on all our foreign partners to adopt an even-handed approach.", ("foreign partners",)),
        (
            "We are calling upon our colleagues, our neighbors. Do not make hasty statements.",
            ("colleagues", "neighbors"),
        ),
        (
            "We urge all countries – especially major emitters – whose targets lag to increase ambition.",
            ("all countries – especially major emitters",),
        ),
        ("The Assembly calls upon Member States to ratify the Convention.", ("Member States",)),
        ("The Council urges the African Union Commission to deploy observers.", ("African Union Commission",)),
        ("We invite the Secretary-General of the League to convene a summit.", ("Secretary-General of the League",)),
        ("Ministers appealed to donors to increase funding.", ("donors",)),
    ],
)
def test_addressees(text: str, expected: tuple[str, ...]) -> None:
    assert find_addressees(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We consider the statements of the Deputy Secretary General very unfortunate.",
        "We welcome the regional consensus on recognition.",
        "The leaders affirmed their commitment to joint cooperation.",
        "We encourage expanding opportunities for diaspora investments.",
        "They discussed the need to encourage and expand their efforts.",
        "In view of conditions demanding our taking serious steps.",
        "They have not heeded the rightful demands of the peoples.",
        "During the visit, the Prime Minister called on H.E. Dr Arto Lind, the Speaker of the Arcadian Assembly.",
    ],
)
def test_no_addressees_without_a_request(text: str) -> None:
    assert find_addressees(text) == ()


def test_acts_are_lemmas_in_order() -> None:
    acts = find_acts(
        "In addition, we strongly condemn the closing of schools. We also reject the changes and welcome the consensus."
    )
    assert acts == ("condemn", "reject", "welcome")


def test_request_acts() -> None:
    assert "request" in find_acts("We ask the Court to act.")
    assert "call" in find_acts("The Council calls upon all parties to cease fire.")
    assert "urge" in find_acts("Urges Member States to contribute.")


def test_attention_of_someone_to_do_something() -> None:
    assert find_addressees(
        "The attention of the United Nations and other aid agencies to carefully separate aid is needed."
    ) == (
        "United Nations",
        "other aid agencies",
    )
    assert find_addressees("The report caught the attention of the public.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demands that all parties immediately cease hostilities.", ("all parties",)),
        ("We request that the Government should release all detainees.", ("Government",)),
        ("We ask that the donors provide funds.", ("donors",)),
    ],
)
def test_that_clauses(text: str, expected: tuple[str, ...]) -> None:
    assert find_addressees(text) == expected


def test_adjectival_participles_quantified_pairs_and_tasking() -> None:
    assert find_addressees("We called on the remaining member states to ratify the treaty.") == (
        "remaining member states",
    )
    assert find_addressees("Urges all Member States and partners to honour their pledges.") == (
        "all Member States and partners",
    )
    assert find_addressees("We tasked the Joint Working Group on Trade to report by June.") == (
        "Joint Working Group on Trade",
    )
    assert find_addressees("The President invited the Prime Minister to visit the capital.") == ()
    assert find_addressees("We urge the donors and the lenders to act.") == ("donors", "lenders")


# ---------------------------------------------------------------- the cues that let a text skip an act


def _acts_without_cues(text: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for lemma, pattern, _ in _acts._ACT_RE:
        match = pattern.search(text)
        if match and lemma not in {f[1] for f in found}:
            found.append((match.start(), lemma))
    return tuple(lemma for _, lemma in sorted(found))


@pytest.mark.parametrize("index", range(len(_acts._ACT_FORMS)))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_form_holds_a_cue(index: int, data: st.DataObject) -> None:
    lemma, form, cues = _acts._ACT_FORMS[index]
    written = data.draw(st.from_regex(re.compile(form, re.IGNORECASE), fullmatch=True))
    lowered = written.translate(_acts._CASE_TWINS).lower()
    assert any(cue in lowered for cue in cues), (lemma, written)


_WORDS = st.sampled_from(
    "We Ministers REQUEST asked Calls on urge DEMANDED appeal to invites Encouraging condemn rejected "
    "welcomes supports committed thanks gratitude considered believe agreed reaffirm renewed our commitment "
    "affirms deep concern noted stresses underlines recognise acknowledged resolved decides declared "
    "endorsing deplore regretted commend praised İnvite aſk the Arcadia , . ; notably".split()
)


@given(st.lists(_WORDS, max_size=20).map(" ".join))
def test_cues_do_not_change_the_acts(text: str) -> None:
    assert find_acts(text) == _acts_without_cues(text)
