"""Parse one declaration and print what declkit found in it.

    python examples/parse_one.py [FILE]

Without FILE it parses the bundled Final Declaration of the Second Vienna
Conference (examples/data/vienna-declaration-2023.txt). Every value printed comes
with its evidence: the span into ``document.text`` it was read from.
"""

from __future__ import annotations

import sys
from pathlib import Path

import declkit

DEFAULT = Path(__file__).parent / "data" / "vienna-declaration-2023.txt"


def show(path: Path) -> None:
    document = declkit.parse(path)
    print(f"input:     {path.name}")
    print(f"parser:    {document.parser} (format {document.format})")
    print(f"title:     {document.title or '-'}")
    print(f"published: {document.published or '-'}")
    print(f"blocks:    {len(document.blocks)} content, {len(document.residue)} residue")
    if not document.declarations:
        print("declarations: none found")
    for declaration in document.declarations:
        print(f"\n{declaration.kind}: {declaration.title or '(untitled)'}")
        when = str(declaration.start or "?")
        if declaration.end and declaration.end != declaration.start:
            when += f" to {declaration.end}"
        where = (declaration.place.name or declaration.place.city) if declaration.place else None
        print(f"  issued: {when}, {where or 'place not stated'}")
        if declaration.event is not None:
            print(f"  by:     {declaration.event.name}")
        print(f"  preamble paragraphs: {len(declaration.preamble)}, clauses: {len(declaration.clauses)}")
        for clause in declaration.clauses:
            acts = f" [{', '.join(clause.acts)}]" if clause.acts else ""
            print(f"  {clause.number:>3} {clause.label or '':<5} {' '.join(clause.text.split())[:70]}{acts}")
            # The span is the evidence: the clause as written in the text, marker included.
            evidence = document.text[clause.span.start : clause.span.end]
            assert evidence.strip(), "every clause points at its text"
    if document.events:
        print(f"\nevents ({len(document.events)}):")
        for event in document.events[:10]:
            print(f"  {event.kind or 'event':<12} {event.name}")
    if document.quotes:
        print(f"\nquotes ({len(document.quotes)}):")
        for quote in document.quotes[:5]:
            print(f"  {quote.speaker or '(unattributed)'}: {' '.join(quote.text.split())[:70]}")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    try:
        show(path)
    except declkit.DeclkitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
