"""Sniffing across all built-in parsers: each kind of document reaches the right one.

The three text parsers all see ``.txt`` files; their confidences are calibrated
against each other, so this test pins the outcome on real documents of every kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import declkit
from declkit._plugins import get_registry

FIXTURES = Path(__file__).parent / "fixtures"

EXPECTED = {
    "seeds/000_90b27f53bdc912d7.txt": "news",  # plain news body, no metadata
    "seeds/001_249e64af62dc17fc.txt": "pdf-text",  # PDF-derived declaration
    "seeds/002_162b791b7c24384f.txt": "web",  # page text with bio and previous/next links
    "seeds/003_30c33f3df06b16d3.txt": "web",  # page text with search box and comment form
    "seeds/004_bc3cc3d54166b0b5.txt": "news",  # Markdown-like news page with masthead and byline
    "dev/03_us-pacific-partnership-declaration.txt": "web",  # Markdown dump with front matter
    "dev/05_us-gcc-summit-joint-statement.txt": "web",
    "dev/07_se-af-ghani-communique.txt": "web",
    "dev/09_manado-ftf-joint-statement.txt": "pdf-text",  # archive front matter + PDF text
    "dev/11_immigration-ministers-communique-1994.txt": "pdf-text",  # OCR
    "dev/20_militarytimes-manado-meeting.txt": "news",  # wire story with a dateline
    "dev/70_by-mfa-election-statement.html": "web",  # ministry statement page
    "dev/71_ep-georgia-resolution-press-release.html": "news",  # press-room article page
    "dev/72_toi-china-kashmir-imran-khan-visit.html": "news",  # newspaper article page
}


@pytest.mark.parametrize(("name", "parser"), sorted(EXPECTED.items()))
def test_documents_reach_the_right_parser(name: str, parser: str) -> None:
    chosen, _ = declkit.parse_layout(FIXTURES / name)
    assert chosen.name == parser


def test_pdf_magic_bytes_go_to_pdf_text() -> None:
    source = declkit.Source(name="x.pdf", data=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    confidence = {name: parser.sniff(source) for name, parser in get_registry().parsers.items()}
    assert max(confidence, key=lambda name: confidence[name]) == "pdf-text"
