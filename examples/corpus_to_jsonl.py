"""Parse every document in a folder to JSON Lines: one JSON object per line.

    python examples/corpus_to_jsonl.py [FOLDER] [-o OUT.jsonl] [--parser NAME]

Without FOLDER it parses examples/data/. Each line is the JSON of declkit's
contract (``declkit.to_json``), so the output loads with any JSON Lines reader, and
back into the model with ``declkit.from_json``. A file that fails is reported on
standard error and skipped; the exit status is 1 if any did.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import declkit

DEFAULT = Path(__file__).parent / "data"
SKIP = {"README.md", "README.rst", "README.txt"}


def documents_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in SKIP and not p.name.startswith("."))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    ap.add_argument("--parser", help="use this parser for every file instead of sniffing")
    args = ap.parse_args(argv)

    paths = documents_in(args.folder)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for path in paths:
            try:
                document = declkit.parse(path, parser=args.parser)
            except declkit.DeclkitError as exc:
                failed += 1
                print(f"skipped: {exc}", file=sys.stderr)
                continue
            out.write(declkit.to_json(document, indent=None) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"parsed {len(paths) - failed} of {len(paths)} file(s) from {args.folder}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
