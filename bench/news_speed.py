"""Speed of the news parser on one core: articles per second, text and HTML.

    python bench/news_speed.py [--seconds 3] [--html-dir DIR]

Prints a table with, for each input kind, the articles per second of

- layout: ``NewsParser.parse`` alone (text: metadata, residue and datelines; HTML: the
  web parser's content extraction plus news metadata and residue);
- parse: the whole ``declkit.parse`` (layout and shared analysis: events, actors,
  quotations, reported statements).

Text inputs are the news texts in ``tests/fixtures`` (seeds 000 and 004, dev 20 and the
news fixtures); HTML inputs are the news pages there (dev 71 and 72, the Al Jazeera
page), or every ``*.html``/``*.html.gz`` page of ``--html-dir`` (for example the
article-extraction benchmark's ``html/`` folder).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TEXTS = [
    FIXTURES / "seeds" / "000_90b27f53bdc912d7.txt",
    FIXTURES / "seeds" / "004_bc3cc3d54166b0b5.txt",
    FIXTURES / "dev" / "20_militarytimes-manado-meeting.txt",
    FIXTURES / "news" / "wire-dateline.txt",
    FIXTURES / "news" / "opinion-dump.md.txt",
    FIXTURES / "news" / "summit-report.txt",
]
PAGES = [
    FIXTURES / "dev" / "71_ep-georgia-resolution-press-release.html",
    FIXTURES / "dev" / "72_toi-china-kashmir-imran-khan-visit.html",
    FIXTURES / "news" / "aljazeera-helicopter-crash.html",
]


def one_core() -> None:
    """Pin the process to one core where the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def read_pages(directory: Path | None) -> list[tuple[str, bytes]]:
    """The HTML inputs: the fixtures, or every page of ``directory``."""
    if directory is None:
        return [(p.name, p.read_bytes()) for p in PAGES]
    out = []
    for path in sorted(directory.iterdir()):
        if path.name.endswith(".html.gz"):
            out.append((path.name, gzip.decompress(path.read_bytes())))
        elif path.suffix in (".html", ".htm"):
            out.append((path.name, path.read_bytes()))
    return out


def rate(inputs: list[tuple[str, bytes]], run: Callable[[str, bytes], object], seconds: float) -> tuple[float, int, int]:
    """Articles per second of ``run`` over ``inputs``, repeated for about ``seconds``."""
    done = failed = 0
    start = time.perf_counter()
    while True:
        for name, data in inputs:
            try:
                run(name, data)
            except Exception:  # a failing page counts, and is reported
                failed += 1
            done += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed, done, failed


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    parser.add_argument("--html-dir", type=Path, help="a folder of .html or .html.gz news pages")
    args = parser.parse_args(argv)
    one_core()

    from declkit_news import NewsParser

    import declkit

    news = NewsParser()
    texts = [(p.name, p.read_bytes()) for p in TEXTS]
    pages = read_pages(args.html_dir)

    def layout(name: str, data: bytes) -> object:
        return news.parse(declkit.Source(name=name, data=data))

    def full(name: str, data: bytes) -> object:
        return declkit.parse(data, parser="news", name=name)

    for name, data in texts[:1] + pages[:1]:  # warm caches (gazetteers, lxml) before timing
        full(name, data)
    print(f"{'input':<6} {'stage':<7} {'articles/s':>11} {'articles':>9} {'failed':>7} {'avg KB':>7}")
    for label, inputs in (("text", texts), ("html", pages)):
        size = sum(len(d) for _, d in inputs) / max(1, len(inputs)) / 1000
        for stage, run in (("layout", layout), ("parse", full)):
            per_second, count, failed = rate(inputs, run, args.seconds)
            print(f"{label:<6} {stage:<7} {per_second:>11.1f} {count:>9} {failed:>7} {size:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
