"""Golden layouts of PDF-derived texts: blocks and residue as the pdf-text parser gives them.

The fixtures in ``tests/fixtures/pdftext/`` were written for these tests in the shapes
real extractions take (pdftotext output with form feeds, running headers, footnotes and
hanging indents; an OCR'd typed release with debris and lost bullets). Only the layout is
compared, not the shared analysis, so that these tests change only when the parser does.
Set ``DECLKIT_UPDATE_FIXTURES=1`` to rewrite the expected files after a deliberate change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from declkit_pdftext import PdfTextParser

import declkit
from declkit.testing import UPDATE_ENV

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pdftext"
INPUTS = sorted(FIXTURES.glob("*.txt"))


def _block(block: declkit.Block) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": block.kind, "text": block.text, "span": [block.span.start, block.span.end]}
    for key in ("level", "marker", "page"):
        value = getattr(block, key)
        if value is not None:
            out[key] = value
    if block.tags:
        out["tags"] = list(block.tags)
    return out


def layout_json(path: Path) -> dict[str, Any]:
    layout = PdfTextParser().parse(declkit.Source(name=path.name, data=path.read_bytes(), path=path))
    meta = layout.metadata
    return {
        "metadata": {
            "title": meta.title,
            "authors": list(meta.authors),
            "publisher": meta.publisher,
            "published": str(meta.published) if meta.published else None,
            "url": meta.url,
        },
        "blocks": [_block(b) for b in layout.blocks],
        "residue": [_block(b) for b in layout.residue],
    }


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_golden_layout(path: Path) -> None:
    got = layout_json(path)
    expected = path.with_suffix(".layout.json")
    if os.environ.get(UPDATE_ENV) == "1":
        expected.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(expected.read_text(encoding="utf-8"))
    assert got["metadata"] == want["metadata"]
    assert [(b["kind"], b.get("marker"), b.get("level"), b["text"]) for b in got["blocks"]] == [
        (b["kind"], b.get("marker"), b.get("level"), b["text"]) for b in want["blocks"]
    ]
    assert got == want


def test_there_are_golden_fixtures() -> None:
    assert len(INPUTS) >= 2
    text = (FIXTURES / "pdftotext_communique.txt").read_text(encoding="utf-8")
    layout = layout_json(FIXTURES / "pdftotext_communique.txt")
    for block in layout["blocks"]:
        start, end = block["span"]
        assert text[start:end].strip() == text[start:end]
