"""Speed of the pdf-text parser and of PDF reading, on one core (CPU time).

    python bench/pdftext_speed.py [--mb 8] [--pages 60]

Prints a table:

- layout MB/s: :func:`declkit_pdftext.layout_text` alone on a synthetic input built
  from the seed/dev PDF-derived texts in ``tests/fixtures`` (pages joined with form
  feeds, page numbers and a running header, as pdftotext writes them);
- parse MB/s: the whole ``declkit.parse`` (layout and shared analysis) on a smaller
  slice of the same input;
- PDF pages/s: reading a generated multi-page PDF with pdfminer.six and with pypdf,
  text extraction alone and with the layout;
- paragraph agreement: for a PDF rendering of seed 001, the share of the text
  version's blocks that each backend's layout reproduces exactly, in order.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SOURCES = [
    FIXTURES / "seeds" / "001_249e64af62dc17fc.txt",
    FIXTURES / "dev" / "09_manado-ftf-joint-statement.txt",
    FIXTURES / "dev" / "11_immigration-ministers-communique-1994.txt",
]
_LATIN1 = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def one_core() -> None:
    """Pin the process to one core where the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def synthetic_text(megabytes: float) -> str:
    """PDF-derived text of about ``megabytes`` MB: fixture bodies as pages."""
    import declkit

    bodies = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        _, start = declkit.read_front_matter(text)
        bodies.append(text[start:])
    pages: list[str] = []
    size = 0
    number = 0
    while size < megabytes * 1_000_000:
        body = bodies[number % len(bodies)]
        number += 1
        page = f"MINISTERIAL MEETING - JOINT STATEMENT\n\n{body}\n\n{number}\n"
        pages.append(page)
        size += len(page.encode("utf-8"))
    return "\f".join(pages)


def timed(call: Callable[[], object], repeat: int = 3) -> float:
    """Best CPU time of ``repeat`` calls, in seconds.

    CPU time rather than wall time: the work is single-threaded, and on a shared machine
    the wall clock also counts the time other processes hold the core.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def render_pdf(paragraphs: list[list[str]], header: str | None) -> bytes:
    """A PDF of ``paragraphs`` (each a list of hard lines), with page numbers."""
    import fpdf

    class Rendered(fpdf.FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 8, header, align="C")
                self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Rendered()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for lines in paragraphs:
        for line in lines:
            text = line.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(4)
    return bytes(pdf.output())


def paragraphs_of(text: str) -> list[list[str]]:
    return [[line.strip() for line in part.split("\n") if line.strip()] for part in text.split("\n\n") if part.strip()]


def multi_page_pdf(pages: int) -> tuple[bytes, int]:
    """A PDF of at least ``pages`` pages of declaration text, and its page count."""
    import io

    import pypdf

    text = SOURCES[0].read_text(encoding="utf-8")
    paragraphs = paragraphs_of(text)
    copies = 1
    while True:
        data = render_pdf(paragraphs * copies, header="Final Declaration - Second Vienna Conference")
        count = len(pypdf.PdfReader(io.BytesIO(data)).pages)
        if count >= pages:
            return data, count
        copies = max(copies + 1, int(copies * pages / max(count, 1)) + 1)


def agreement(expected: list[str], got: list[str]) -> float:
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(expected), len(got), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=8.0, help="size of the synthetic text for the layout (MB)")
    parser.add_argument("--parse-mb", type=float, default=0.5, help="size of the slice for the full parse (MB)")
    parser.add_argument("--pages", type=int, default=60, help="pages of the generated PDF")
    args = parser.parse_args(argv)
    one_core()
    sys.path.insert(0, str(ROOT / "plugins"))
    from declkit_pdftext import layout_text
    from declkit_pdftext._pdf import read_pdf

    import declkit

    rows: list[tuple[str, str, str]] = []
    text = synthetic_text(args.mb)
    size = len(text.encode("utf-8")) / 1_000_000
    seconds = timed(lambda: layout_text(text), repeat=2)
    blocks = len(layout_text(text).blocks)
    rows.append(("layout_text (furniture, re-flow, blocks)", f"{size / seconds:.2f} MB/s", f"{size:.1f} MB, {blocks} blocks, {seconds:.2f} s"))

    small = synthetic_text(args.parse_mb)
    small_size = len(small.encode("utf-8")) / 1_000_000
    seconds = timed(lambda: declkit.parse(small, parser="pdf-text"), repeat=1)
    rows.append(("declkit.parse (layout + analysis)", f"{small_size / seconds:.2f} MB/s", f"{small_size:.2f} MB, {seconds:.2f} s"))

    data, count = multi_page_pdf(args.pages)
    for backend in ("pdfminer", "pypdf"):
        seconds = timed(lambda backend=backend: read_pdf(data, name="bench.pdf", backend=backend), repeat=2)
        rows.append((f"PDF text extraction, {backend}", f"{count / seconds:.1f} pages/s", f"{count} pages, {seconds:.2f} s"))
        seconds = timed(lambda backend=backend: layout_text(read_pdf(data, name="bench.pdf", backend=backend).text), repeat=2)
        rows.append((f"PDF extraction + layout, {backend}", f"{count / seconds:.1f} pages/s", f"{count} pages, {seconds:.2f} s"))

    seed = SOURCES[0].read_text(encoding="utf-8")
    seed_pdf = render_pdf(paragraphs_of(seed), header=None)
    normal = lambda blocks: [" ".join(b.text.translate(_LATIN1).split()) for b in blocks]  # noqa: E731
    expected = normal(layout_text(seed).blocks)
    for backend in ("pdfminer", "pypdf"):
        got = normal(layout_text(read_pdf(seed_pdf, name="seed.pdf", backend=backend).text).blocks)
        rows.append((f"seed 001 PDF blocks = text version, {backend}", f"{agreement(expected, got):.0%}", f"{len(got)} blocks vs {len(expected)}"))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>14}  detail")
    print(f"{'-' * width}  {'-' * 14}  {'-' * 30}")
    for name, figure, detail in rows:
        print(f"{name:<{width}}  {figure:>14}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
