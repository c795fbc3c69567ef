"""Write a parser plugin in a few lines and use it without installing anything.

    python examples/write_a_parser.py

Some newsrooms and archives hand out press releases as small JSON records::

    {"headline": "...", "issued": "2024-03-14", "office": "...", "paragraphs": ["...", "..."]}

This script writes a parser for them, registers it for the length of a ``with``
block with ``declkit.testing.use_plugin`` (an installed plugin would use an entry
point instead; see examples/declkit-eml/), and parses a record. The same plugin
also implements the second hook, ``declkit_enrich_document``, to add a word count
to every document parsed while it is registered.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import attrs

import declkit
from declkit.testing import use_plugin


class JsonReleaseParser:
    """Press releases as JSON records with a headline and a list of paragraphs."""

    name: str = "json-release"
    version: str = "0.1.0"
    format: str = "json-release"
    media_types: tuple[str, ...] = ("application/json",)
    suffixes: tuple[str, ...] = (".json",)

    def sniff(self, source: declkit.Source) -> float:
        head = source.text_prefix.lstrip()
        return 0.8 if head.startswith("{") and '"paragraphs"' in head else 0.0

    def parse(self, source: declkit.Source) -> declkit.Layout:
        try:
            record = json.loads(source.text)
            paragraphs = [str(p) for p in record["paragraphs"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise declkit.ParseError(f"not a JSON press release: {exc}", source=source.name) from None
        builder = declkit.TextBuilder()
        if record.get("headline"):
            builder.add(str(record["headline"]), kind="heading", level=1)
        for paragraph in paragraphs:
            builder.add(paragraph)
        issued = record.get("issued")
        metadata = declkit.Metadata(
            title=record.get("headline"),
            publisher=record.get("office"),
            published=declkit.PartialDate.parse(issued) if issued else None,
        )
        return builder.layout(metadata=metadata)


class JsonReleasePlugin:
    """The plugin: hook implementations, as methods of an object or functions of a module."""

    @declkit.hookimpl
    def declkit_register_parsers(self, register: Callable[[declkit.Parser], None]) -> None:
        register(JsonReleaseParser())

    @declkit.hookimpl
    def declkit_enrich_document(self, document: declkit.Document) -> declkit.Document | None:
        words = len(document.text.split())
        return attrs.evolve(document, metadata={**document.metadata, "word_count": str(words)})


RELEASE = {
    "headline": "Joint Statement on Humanitarian Access",
    "issued": "2024-05-02",
    "office": "Press Office of the Ministry of Foreign Affairs",
    "paragraphs": [
        "The Foreign Ministers met in Geneva on 2 May 2024.",
        "1. We call on all parties to allow unimpeded humanitarian access.",
        "2. We welcome the announcement of new pledges to the flash appeal.",
    ],
}


def main() -> int:
    data = json.dumps(RELEASE).encode("utf-8")
    with use_plugin(JsonReleasePlugin(), name="json-release-example"):
        document = declkit.parse(data)  # sniffing picks the new parser
        print(f"parser:    {document.parser}")
        print(f"title:     {document.title}")
        print(f"publisher: {document.publisher}")
        print(f"published: {document.published}")
        print(f"words:     {document.metadata['word_count']}")
        for block in document.blocks:
            assert document.text[block.span.start : block.span.end] == block.text
            print(f"  {block.kind:<9} {block.text}")
    # Outside the block the plugin is gone again.
    assert "json-release" not in {info.name for info in declkit.plugins()}
    print("unregistered: json-release is no longer installed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
