"""Declarations in real documents, through the whole pipeline (parser and analysis)."""

from __future__ import annotations

from pathlib import Path

import pytest

import declkit

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _declaration(path: Path) -> declkit.Declaration:
    document = declkit.parse(path)
    assert len(document.declarations) == 1
    return document.declarations[0]


def test_pdf_declaration_with_header_and_page_break() -> None:
    declaration = _declaration(FIXTURES / "seeds" / "001_249e64af62dc17fc.txt")
    assert declaration.title == "Final Declaration of the Second Vienna Conference"
    assert declaration.place is not None and declaration.place.country == "AT"
    assert len(declaration.preamble) == 3
    assert len(declaration.clauses) == 13
    assert "While admiring and firmly supporting the struggles" in declaration.clauses[3].text
    assert declaration.clauses[8].addressees == ("United Nations", "international community")
    assert declaration.closing[0].addressees == ("Austria", "other friendly countries")
    assert [s.name for s in declaration.signatories] == ["participants of the Second Vienna Conference"]
    assert declaration.event is not None and declaration.event.ordinal == 2


def test_web_declaration_with_ordinal_labels_and_nested_signatories() -> None:
    declaration = _declaration(FIXTURES / "seeds" / "003_30c33f3df06b16d3.txt")
    assert declaration.title is None
    assert [c.label for c in declaration.clauses] == ["1st", "Second", "Third", "Fourth"]
    assert declaration.clauses[0].text.startswith("Appreciating")
    council = declaration.signatories[-1]
    assert len(declaration.signatories) == 4
    assert len(council.members) == 11


@pytest.mark.parametrize(
    ("name", "clauses", "subclauses"),
    [
        ("09_manado-ftf-joint-statement.txt", 13, {5: 2, 6: 4, 7: 1}),
        ("05_us-gcc-summit-joint-statement.txt", 12, {}),
        ("03_us-pacific-partnership-declaration.txt", 11, {}),
        ("07_se-af-ghani-communique.txt", 0, {}),
    ],
)
def test_dev_structures(name: str, clauses: int, subclauses: dict[int, int]) -> None:
    declaration = _declaration(FIXTURES / "dev" / name)
    assert len(declaration.clauses) == clauses
    for index, count in subclauses.items():
        assert len(declaration.clauses[index].subclauses) == count


def test_ocr_communique_agenda_list() -> None:
    declaration = _declaration(FIXTURES / "dev" / "11_immigration-ministers-communique-1994.txt")
    assert declaration.title == "Communique: Annual Conference of Ministers for Immigration and Ethnic Affairs"
    assert [c.text for c in declaration.clauses][5:7] == ["ESL", "Multicultural affairs"]
    assert len(declaration.clauses) == 9


@pytest.mark.parametrize(
    ("group", "name", "clauses", "title"),
    [
        ("seeds", "001_249e64af62dc17fc.txt", 13, "Final Declaration of the Second Vienna Conference"),
        ("seeds", "003_30c33f3df06b16d3.txt", 4, None),
        ("dev", "03_us-pacific-partnership-declaration.txt", 11, "Declaration on U.S.-Pacific Partnership"),
        (
            "dev",
            "09_manado-ftf-joint-statement.txt",
            13,
            "Joint Statement: Sub-Regional Meeting on Foreign Terrorist Fighters and Cross Border Terrorism",
        ),
        ("dev", "11_immigration-ministers-communique-1994.txt", 9, None),
    ],
)
def test_raw_paragraph_layouts_give_the_same_structure(group: str, name: str, clauses: int, title: str | None) -> None:
    from declkit._analysis._declarations import find_declarations

    from .declaration_helpers import raw_layout

    text = (FIXTURES / group / name).read_text(encoding="utf-8")
    declaration = find_declarations(raw_layout(text)).declarations[0]
    assert len(declaration.clauses) == clauses
    if title is not None:
        assert declaration.title == title
