"""The ``declkit`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TypeVar

from ._errors import DeclkitError

__all__ = ["main"]

T = TypeVar("T")


def _progress(items: Sequence[T], stream: IO[str], label: str = "parsing") -> Iterator[T]:
    """Yield ``items``, drawing a one-line progress bar on ``stream`` when it is a terminal."""
    show = len(items) > 1 and stream.isatty()
    width = 30
    for i, item in enumerate(items):
        if show:
            done = int(width * i / len(items))
            stream.write(f"\r{label} [{'#' * done}{'.' * (width - done)}] {i}/{len(items)}")
            stream.flush()
        yield item
    if show:
        stream.write(f"\r{label} [{'#' * width}] {len(items)}/{len(items)}\n")
        stream.flush()


def _cmd_parse(args: argparse.Namespace) -> int:
    from ._api import parse
    from ._json import to_dict

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    results = []
    try:
        for path in _progress(args.files, sys.stderr):
            try:
                document = parse(Path(path), parser=args.parser, max_bytes=args.max_bytes)
            except DeclkitError as exc:
                failed += 1
                print(f"declkit: error: {exc}", file=sys.stderr)
                continue
            data = to_dict(document)
            if args.to == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                results.append(data)
        if args.to == "json" and results:
            payload = results[0] if len(args.files) == 1 else results
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"declkit: {failed} of {len(args.files)} input(s) failed", file=sys.stderr)
        return 1
    return 0


def _cmd_plugins(args: argparse.Namespace) -> int:
    from . import plugins

    infos = plugins()
    if args.json:
        from ._json import converter

        print(json.dumps([converter.unstructure(i) for i in infos], indent=2))
        return 0
    rows = [("NAME", "VERSION", "DISTRIBUTION", "STATUS", "MEDIA TYPES / SUFFIXES")]
    for info in infos:
        kinds = ", ".join((*info.media_types, *info.suffixes))
        status = info.status if not info.error else f"{info.status}: {info.error}"
        rows.append((info.name, info.version or "-", info.distribution or "-", status, kinds or "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)) + "  " + row[4])
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from ._json import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``declkit`` command."""
    from . import __version__
    from ._source import DEFAULT_MAX_BYTES

    ap = argparse.ArgumentParser(prog="declkit", description="Turn declarations, statements and the news about them into typed, source-linked records.")
    ap.add_argument("--version", action="version", version=f"declkit {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse documents to JSON")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--parser", help="use this parser instead of sniffing (see 'declkit plugins')")
    p.add_argument("--to", choices=["json", "jsonl"], default="json", help="output format (default: json)")
    p.add_argument("-o", "--output", help="write here instead of standard output")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse inputs larger than this")
    p.set_defaults(func=_cmd_parse)

    p = sub.add_parser("plugins", help="list installed parsers and broken plugins")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_plugins)

    p = sub.add_parser("schema", help="print the JSON Schema of declkit's output")
    p.set_defaults(func=_cmd_schema)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except DeclkitError as exc:
        print(f"declkit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
