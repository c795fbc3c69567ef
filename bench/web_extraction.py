"""Main-content extraction benchmark: declkit's web parser against trafilatura.

Runs on the 181 pages of the public article-extraction benchmark
(scrapinghub/article-extraction-benchmark; a copy lives in
``/work/shared/bench/article-extraction``) and scores every extractor with the
benchmark's own metric: multisets of 4-token shingles of ``\\w+`` tokens, per-page
precision and recall, macro-averaged over pages, F1 from the two means. Speed is
pages per second of CPU time of this one process (pinned to one core), decoding included, after a
warm-up on three pages (imports and compiled patterns) for each system alike; the
systems take the pages in turn, so that both see the same machine load.

    python bench/web_extraction.py [--data DIR] [--only declkit|trafilatura] [--limit N] [--repeat N]

trafilatura is not a declkit dependency; install it to compare with it::

    pip install trafilatura
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DEFAULT_DATA = Path(os.environ.get("DECLKIT_BENCH_DATA", "/work/shared/bench/article-extraction"))
_TOKEN = re.compile(r"\w+")

Extractor = Callable[[bytes, str], str]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The benchmark's units: 4-token shingles (or the whole list when it is shorter)."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(gold: str, predicted: str) -> tuple[float | None, float | None]:
    """Per-page precision and recall (``None`` where the page does not count)."""
    expected, got = shingles(gold), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def score(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Macro precision, recall, F1 and exact-token accuracy over the gold pages."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = 0
    for key, body in gold.items():
        guess = predicted.get(key) or ""
        precision, recall = page_scores(body, guess)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
        exact += _TOKEN.findall(body) == _TOKEN.findall(guess)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "accuracy": exact / max(len(gold), 1)}


def declkit_extractor() -> Extractor:
    import declkit_web

    import declkit

    def extract(data: bytes, name: str) -> str:
        layout = declkit_web.extract_html(declkit.Source(name=name, data=data))
        return "\n\n".join(block.text for block in layout.blocks if block.kind != "heading" or block.level != 1)

    return extract


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed; `pip install trafilatura` to compare with it", file=sys.stderr)
        return None

    def extract(data: bytes, name: str) -> str:
        return trafilatura.extract(data.decode("utf-8", "replace")) or ""

    return extract


def run_all(systems: list[tuple[str, Extractor]], pages: list[tuple[str, bytes]]) -> dict[str, tuple[dict[str, str], float, int]]:
    """Extract every page with every system, page by page in turn.

    Interleaving the systems gives them the same machine load, so that the ratio of
    their speeds holds on a shared machine. Returns, per system, the outputs, the
    CPU seconds spent and the failures.
    """
    results: dict[str, tuple[dict[str, str], float, int]] = {name: ({}, 0.0, 0) for name, _ in systems}
    for key, data in pages:
        for name, extract in systems:
            out, spent, failures = results[name]
            began = time.process_time()
            try:
                out[key] = extract(data, key)
            except Exception as exc:  # a failure scores as an empty page, as upstream does
                failures += 1
                out[key] = ""
                print(f"  {name} {key[:12]}: {type(exc).__name__}: {exc}", file=sys.stderr)
            results[name] = (out, spent + time.process_time() - began, failures)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark directory (ground-truth.json, html/)")
    parser.add_argument("--only", choices=("declkit", "trafilatura"), help="run one extractor")
    parser.add_argument("--limit", type=int, help="first N pages only")
    parser.add_argument("--dump", type=Path, help="write each system's outputs as JSON into this directory")
    parser.add_argument("--repeat", type=int, default=1, help="time each system N times and keep the fastest run")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where declkit scores worst")
    args = parser.parse_args(argv)
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: args.limit]
    gold = {key: truth[key]["articleBody"] for key in keys}
    pages = [(key, gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes())) for key in keys]
    wanted: list[tuple[str, Extractor | None]] = []
    if args.only in (None, "declkit"):
        wanted.append(("declkit", declkit_extractor()))
    if args.only in (None, "trafilatura"):
        wanted.append(("trafilatura", trafilatura_extractor()))
    systems = [(name, extract) for name, extract in wanted if extract is not None]
    print(f"{len(pages)} pages from {args.data}, one core")
    print(f"{'system':<14}{'F1':>7}{'precision':>11}{'recall':>8}{'accuracy':>10}{'pages/s':>9}{'failed':>8}")
    run_all(systems, pages[:3])  # warm-up: imports, compiled patterns (all systems alike)
    results = run_all(systems, pages)
    for _ in range(args.repeat - 1):
        again = run_all(systems, pages)
        results = {name: (out, min(spent, again[name][1]), failures) for name, (out, spent, failures) in results.items()}
    for name, _ in systems:
        outputs, seconds, failures = results[name]
        result = score(gold, outputs)
        speed = len(pages) / seconds if seconds else float("inf")
        print(f"{name:<14}{result['f1']:>7.3f}{result['precision']:>11.3f}{result['recall']:>8.3f}{result['accuracy']:>10.3f}{speed:>9.1f}{failures:>8}")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.json").write_text(json.dumps({k: {"articleBody": v} for k, v in outputs.items()}, ensure_ascii=False, indent=1))
        if name == "declkit" and args.worst:
            ranked = []
            for key in keys:
                p, r = page_scores(gold[key], outputs.get(key, ""))
                ranked.append(((p or 0) + (r or 0), key, p, r))
            for _, key, p, r in sorted(ranked)[: args.worst]:
                print(f"    worst {key[:16]} P={p if p is None else round(p, 2)} R={r if r is None else round(r, 2)} {truth[key]['url'][:80]}")
    if len(systems) == 2:
        ratio = results["trafilatura"][1] / results["declkit"][1] if results["declkit"][1] else float("inf")
        print(f"declkit is {ratio:.1f} times as fast as trafilatura (CPU time, pages interleaved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
