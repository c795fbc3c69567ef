"""Reading real PDF files: text layer, pages, furniture, and clear errors for bad files.

The PDFs are rendered at test time with fpdf2 from real declaration text, so that the
repository holds no binary fixtures that could drift from the text they stand for.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from declkit_pdftext import PdfSupportMissing, PdfTextParser, layout_text
from declkit_pdftext._pdf import read_pdf

import declkit

fpdf = pytest.importorskip("fpdf")

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_001 = FIXTURES / "seeds" / "001_249e64af62dc17fc.txt"
_LATIN1 = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def latin1(text: str) -> str:
    """The core PDF fonts cover Latin-1 only."""
    return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def render_pdf(
    paragraphs: list[list[str]],
    *,
    header: str | None = None,
    page_numbers: bool = True,
    title: str | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> bytes:
    """A PDF of ``paragraphs`` (each a list of hard lines), wrapped by fpdf2."""

    class Rendered(fpdf.FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 8, header, align="C")
                self.ln(12)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Rendered()
    if title:
        pdf.set_title(title)
    if user_password or owner_password:
        pdf.set_encryption(owner_password=owner_password or "owner", user_password=user_password or "")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for lines in paragraphs:
        for line in lines:
            pdf.multi_cell(0, 5.5, latin1(line), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(4)
    return bytes(pdf.output())


def paragraphs_of(text: str) -> list[list[str]]:
    """The paragraphs of a text version as the writer broke them (blank lines, lines)."""
    return [[line.strip() for line in part.split("\n") if line.strip()] for part in text.split("\n\n") if part.strip()]


def parse_pdf(data: bytes, name: str = "doc.pdf") -> declkit.Layout:
    return PdfTextParser().parse(declkit.Source(name=name, data=data))


def normalised(blocks: tuple[declkit.Block, ...]) -> list[str]:
    return [" ".join(latin1(block.text).split()) for block in blocks]


TWO_PAGES = [
    ["JOINT COMMUNIQUE"],
    ["Geneva, 3 March 2024"],
    *[[f"{n}. The ministers discussed item {n} of the agenda at length and agreed on a common position "
       "that reflects the views of all delegations present at the meeting."] for n in range(1, 31)],
]


@pytest.fixture(scope="module")
def two_page_pdf() -> bytes:
    return render_pdf(TWO_PAGES, header="Meeting of Ministers - Joint Communique", title="Joint Communique")


def test_two_pages_running_header_and_page_numbers_are_furniture(two_page_pdf: bytes) -> None:
    layout = parse_pdf(two_page_pdf)
    residue = {(b.kind, b.text) for b in layout.residue}
    assert ("page_number", "1") in residue and ("page_number", "2") in residue
    assert sum(1 for b in layout.residue if b.kind == "page_header") == 2
    assert "\f" in layout.text
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert [b.marker for b in items] == [f"{n}." for n in range(1, 31)]
    assert {b.page for b in items} == {1, 2}
    assert items[0].page == 1 and items[-1].page == 2
    assert [b.kind for b in layout.blocks[:2]] == ["heading", "line"]
    for block in (*layout.blocks, *layout.residue):
        assert layout.text[block.span.start : block.span.end].strip()
    assert layout.metadata.title == "Joint Communique"


def test_pdf_gives_the_same_blocks_as_its_text_version() -> None:
    text = SEED_001.read_text(encoding="utf-8")
    data = render_pdf(paragraphs_of(text), header=None)
    from_pdf = parse_pdf(data)
    from_text = PdfTextParser().parse(declkit.Source.from_text(text))
    assert normalised(from_pdf.blocks) == normalised(from_text.blocks)
    assert [b.kind for b in from_pdf.blocks] == [b.kind for b in from_text.blocks]
    assert [b.marker for b in from_pdf.blocks] == [b.marker for b in from_text.blocks]


def _clauses_of_both() -> tuple[list[str], list[str]]:
    text = SEED_001.read_text(encoding="utf-8")
    from_pdf = declkit.parse(render_pdf(paragraphs_of(text), header=None), name="001.pdf")
    from_text = declkit.parse(text, parser="pdf-text")
    if not from_text.declarations or not from_pdf.declarations:
        pytest.fail("the declaration analysis found no declaration")
    pdf_clauses = [" ".join(latin1(c.text).split()) for c in from_pdf.declarations[0].clauses]
    text_clauses = [" ".join(latin1(c.text).split()) for c in from_text.declarations[0].clauses]
    return pdf_clauses, text_clauses


def test_pdf_declaration_has_the_same_clauses_as_its_text_version() -> None:
    pdf_clauses, text_clauses = _clauses_of_both()
    assert len(text_clauses) == 13
    assert [c.split()[:8] for c in pdf_clauses] == [c.split()[:8] for c in text_clauses]


def test_pdf_declaration_clause_texts_match_word_for_word() -> None:
    pdf_clauses, text_clauses = _clauses_of_both()
    assert pdf_clauses == text_clauses


@pytest.mark.parametrize("backend", ["pypdf", "pdfminer"])
def test_both_pdf_libraries_give_the_text_versions_blocks(backend: str) -> None:
    pytest.importorskip("pypdf" if backend == "pypdf" else "pdfminer")
    text = SEED_001.read_text(encoding="utf-8")
    extracted = read_pdf(render_pdf(paragraphs_of(text), header=None), name="001.pdf", backend=backend)
    assert extracted.pages == 2
    layout = layout_text(extracted.text)
    expected = PdfTextParser().parse(declkit.Source.from_text(text)).blocks
    assert normalised(layout.blocks) == normalised(expected)


def test_two_text_columns_are_read_one_after_the_other() -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    left = [f"{n}. Left column point {n} says that the ministers agreed on a shared approach to the question." for n in range(1, 7)]
    right = [f"{n}. Right column point {n} says that the ministers will meet again next year in the capital." for n in range(7, 13)]
    with pdf.text_columns(ncols=2, gutter=10, balance=True) as columns:
        for item in left + right:
            columns.write(item)
            columns.ln()
            columns.ln()
    extracted = read_pdf(bytes(pdf.output()), name="columns.pdf", backend="pypdf")
    items = [b for b in layout_text(extracted.text).blocks if b.kind == "list_item"]
    assert [b.marker for b in items] == [f"{n}." for n in range(1, 13)]
    assert all(("Left" in b.text) == (n <= 6) for n, b in enumerate(items, 1))


def test_password_protected_pdf_is_a_clear_parse_error() -> None:
    data = render_pdf([["Secret text of a statement."]], user_password="secret")
    with pytest.raises(declkit.ParseError, match="password"):
        parse_pdf(data, "locked.pdf")


def test_pdf_with_an_owner_password_only_is_read() -> None:
    data = render_pdf([["We welcome the agreement."]], owner_password="owner")
    layout = parse_pdf(data)
    assert [b.text for b in layout.blocks] == ["We welcome the agreement."]


@pytest.mark.parametrize("data", [b"%PDF-1.4\nthis is not a pdf at all", b"%PDF-", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>"])
def test_corrupt_pdf_is_a_clear_parse_error(data: bytes) -> None:
    with pytest.raises(declkit.ParseError, match=r"broken\.pdf: "):
        parse_pdf(data, "broken.pdf")


def test_truncated_pdf_is_a_parse_error_or_partial_text(two_page_pdf: bytes) -> None:
    try:
        layout = parse_pdf(two_page_pdf[: len(two_page_pdf) // 2], "cut.pdf")
    except declkit.ParseError as exc:
        assert "cut.pdf" in str(exc)
    else:
        assert layout.blocks


def test_pdf_without_text_layer_names_ocr() -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    data = bytes(pdf.output())
    with pytest.raises(declkit.ParseError, match="OCR"):
        parse_pdf(data, "scan.pdf")


def test_missing_pdf_library_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("pdfminer", "pdfminer.high_level", "pypdf"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(PdfSupportMissing, match=re.escape('pip install "declkit[pdf]"')) as caught:
        parse_pdf(b"%PDF-1.4\n", "x.pdf")
    assert isinstance(caught.value, declkit.DeclkitError)


def test_parse_reads_a_pdf_path(tmp_path: Path, two_page_pdf: bytes) -> None:
    path = tmp_path / "communique.pdf"
    path.write_bytes(two_page_pdf)
    document = declkit.parse(path)
    assert document.format == "pdf-text"
    assert any(b.page == 2 for b in document.blocks)
    for block in document.blocks:
        assert document.text[block.span.start : block.span.end].strip()


@pytest.mark.parametrize("backend", ["pypdf", "pdfminer"])
def test_numbered_clauses_with_sub_bullets_survive_pdf_pages(backend: str) -> None:
    pytest.importorskip("pypdf" if backend == "pypdf" else "pdfminer")
    text = (FIXTURES / "dev" / "09_manado-ftf-joint-statement.txt").read_text(encoding="utf-8")
    _, start = declkit.read_front_matter(text)
    paragraphs = [[" ".join(p.split())] for p in text[start:].split("\n\n") if p.strip() and not p.strip().isdigit()]
    data = render_pdf(paragraphs, header="Joint Statement")
    layout = layout_text(read_pdf(data, name="09.pdf", backend=backend).text)
    expected = PdfTextParser().parse(declkit.Source.from_text(text)).blocks
    items = [b for b in layout.blocks if b.kind == "list_item"]
    expected_items = [b for b in expected if b.kind == "list_item"]
    assert normalised(tuple(items)) == normalised(tuple(expected_items))
    assert [(b.marker, b.level) for b in items] == [(b.marker, b.level) for b in expected_items]
    assert layout.blocks[0].text == "JOINT STATEMENT"  # the title is not the running header "Joint Statement"
    assert {b.page for b in items} == {1, 2}


def test_pypdf_plain_mode_is_the_fallback_when_layout_mode_fails(monkeypatch: pytest.MonkeyPatch, two_page_pdf: bytes) -> None:
    pypdf = pytest.importorskip("pypdf")
    original = pypdf.PageObject.extract_text

    def layout_fails(self: object, *args: object, **kwargs: object) -> str:
        if kwargs.get("extraction_mode") == "layout":
            raise ValueError("layout mode cannot read this page")
        return str(original(self, *args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(pypdf.PageObject, "extract_text", layout_fails)
    extracted = read_pdf(two_page_pdf, name="odd.pdf", backend="pypdf")
    items = [b for b in layout_text(extracted.text).blocks if b.kind == "list_item"]
    assert [b.marker for b in items] == [f"{n}." for n in range(1, 31)]
