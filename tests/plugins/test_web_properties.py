"""Properties of the web parser: any input gives a valid layout or a declkit error, never a crash."""

from __future__ import annotations

import declkit_web
from declkit_web import WebParser
from hypothesis import given, settings
from hypothesis import strategies as st

import declkit
from tests.strategies import arbitrary_bytes, arbitrary_text

_TAGS = ["p", "div", "span", "a", "ul", "ol", "li", "table", "tr", "td", "h1", "h2", "br", "nav", "footer", "aside", "blockquote", "script", "article", "section", "form", "b"]
_ATTRIBUTES = ['class="content"', 'class="comments"', 'id="sidebar"', 'role="navigation"', 'hidden', 'start="3"', 'type="a"', 'value="x"', 'style="display:none"', 'class="share-buttons"', 'itemprop="articleBody"']
_WORDS = st.sampled_from(["We call on", "the parties", "Leave a Reply", "Share", "1.", "—", "&amp;", "&lol;", "<", ">", "Vienna", "«", "said", "Next", "\u00a0", "ü", "نشست"])


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    """Random, often malformed HTML with the tags and attributes that matter to the extractor."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 5 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            attribute = draw(st.sampled_from(["", *_ATTRIBUTES]))
            inner = draw(html_trees(depth + 1))
            closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
            parts.append(f"<{tag} {attribute}>{inner}{closing}")
        else:
            parts.append(" ".join(draw(st.lists(_WORDS, max_size=6))))
    return "".join(parts)


def check(layout: declkit.Layout) -> None:
    for block in (*layout.blocks, *layout.residue):
        assert 0 <= block.span.start <= block.span.end <= len(layout.text)


@settings(max_examples=60)
@given(html_trees())
def test_random_html_trees_give_a_layout_or_a_declkit_error(tree: str) -> None:
    page = f"<!DOCTYPE html><html><head><title>T</title></head><body>{tree}</body></html>"
    try:
        layout = declkit_web.extract_html(declkit.Source(name="random.html", data=page.encode("utf-8")))
    except declkit.DeclkitError:
        return
    check(layout)
    for block in layout.blocks:
        assert layout.text[block.span.start : block.span.end] == block.text


@settings(max_examples=60)
@given(arbitrary_bytes)
def test_random_bytes_give_a_layout_or_a_declkit_error(data: bytes) -> None:
    parser = WebParser()
    source = declkit.Source(name="random.bin", data=data)
    score = parser.sniff(source)
    assert 0.0 <= score <= 1.0
    try:
        layout = parser.parse(source)
    except declkit.DeclkitError:
        return
    check(layout)


@settings(max_examples=60)
@given(arbitrary_bytes)
def test_random_bytes_as_html_give_a_layout_or_a_declkit_error(data: bytes) -> None:
    try:
        layout = declkit_web.extract_html(declkit.Source(name="random.html", data=b"<html><body>" + data))
    except declkit.DeclkitError:
        return
    check(layout)


@settings(max_examples=80)
@given(arbitrary_text)
def test_text_dumps_keep_the_input_as_text_and_spans_hold_their_evidence(text: str) -> None:
    try:
        layout = declkit_web.read_text_dump(declkit.Source.from_text(text))
    except declkit.DeclkitError:
        return
    assert layout.text == text
    check(layout)
    for block in layout.blocks:
        evidence = text[block.span.start : block.span.end]
        assert evidence.strip() == evidence and evidence


def test_billion_laughs_is_not_expanded() -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    page = f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><p>We welcome &i; the talks and call for restraint on all sides.</p></body></html>'
    layout = declkit_web.extract_html(declkit.Source(name="laughs.html", data=page.encode()))
    assert len(layout.text) < 10_000
    assert "aaaaaaaaaaaaaaaaaaaa" not in layout.text
