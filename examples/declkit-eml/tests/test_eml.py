"""Tests of the eml parser, written the way any plugin author would write them."""

from __future__ import annotations

from pathlib import Path

import declkit_eml
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import declkit
from declkit.testing import assert_parses_to, use_plugin

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def eml_plugin():
    """Register the plugin for each test, whether or not it is installed.

    When the distribution is installed, declkit has already loaded it from its
    entry point, so there is nothing to add.
    """
    names = {info.name for info in declkit.plugins() if info.status == "ok"}
    if "eml" in names:
        yield
    else:
        with use_plugin(declkit_eml, name="eml-under-test"):
            yield


def test_statement_parses_to_expected_json():
    document = assert_parses_to(FIXTURES / "joint-statement.eml", FIXTURES / "joint-statement.expected.json")
    assert document.parser.startswith("eml ")


def test_headers_become_metadata():
    document = declkit.parse(FIXTURES / "joint-statement.eml")
    assert document.format == "eml"
    assert document.title is not None and document.title.startswith("Joint Statement of the Foreign Ministers")
    assert document.publisher == "Ministry of Foreign Affairs of Chile - Press Office"
    assert str(document.published) == "2024-03-14T16:41"
    assert document.metadata["message_id"] == "<20240314194155.7Q2KX@mfa.example.org>"
    assert document.metadata["list_id"].endswith("<press-releases.mfa.example.org>")
    assert document.language == "en"


def test_every_span_indexes_the_body():
    _, layout = declkit.parse_layout(FIXTURES / "joint-statement.eml")
    assert "Valparaíso" in layout.text  # the body is decoded, not raw bytes
    for block in (*layout.blocks, *layout.residue):
        evidence = layout.text[block.span.start : block.span.end]
        assert block.text.split()[-1] in evidence
    items = [b for b in layout.blocks if b.kind == "list_item"]
    assert [b.marker for b in items] == ["1.", "2.", "3.", "4.", "5."]
    assert {b.kind for b in layout.residue} == {"chrome", "signature"}


def test_html_only_message_uses_the_html_part():
    parser, layout = declkit.parse_layout(FIXTURES / "html-only.eml")
    assert parser.name == "eml"
    assert layout.blocks[1].kind == "heading"
    for block in layout.blocks:
        assert layout.text[block.span.start : block.span.end] == block.text
    assert "<p>" not in layout.text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"From: a@example.org\nSubject: Hi\nDate: Thu, 14 Mar 2024 16:41:55 -0300\n\nBody\n", 0.9),
        (b"MIME-Version: 1.0\nSubject: Statement\n\nBody\n", 0.9),
        (b"Joint Statement\n\nFrom: the ministers\nSubject: peace\n", 0.0),
        (b"Subject: only one header\n\nBody\n", 0.0),
        (b"%PDF-1.7\n", 0.0),
        (b"From press@mfa.example.org Thu Mar 14 16:41:55 2024\nFrom: press@mfa.example.org\nSubject: x\n\nBody\n", 0.9),
        (b"Received: from a\r\n\tby b\r\nSubject: x\r\nX-Mailer: y\r\n\r\nBody\r\n", 0.9),
        (b"<!DOCTYPE html><html><head><title>Subject: x</title>", 0.0),
    ],
)
def test_sniff(head: bytes, expected: float):
    assert declkit_eml.EmlParser().sniff(declkit.Source(name="<bytes>", data=head)) == expected


def test_eml_suffix_raises_confidence():
    source = declkit.Source(name="x.eml", data=b"From: a@example.org\nSubject: Hi\n\nBody\n", path=Path("x.eml"))
    assert declkit_eml.EmlParser().sniff(source) == 1.0


def test_message_without_text_body_is_a_parse_error():
    data = (
        b"From: a@example.org\nSubject: Scan\nMIME-Version: 1.0\n"
        b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcK\n"
    )
    with pytest.raises(declkit.ParseError, match="no text/plain or text/html part"):
        declkit.parse(data, parser="eml")


def test_forwarded_statement_keeps_the_forwarding_headers_as_residue():
    data = (
        b"From: Desk <desk@newsroom.example.net>\nSubject: Fwd: Statement on the talks\nDate: Fri, 15 Mar 2024 09:00:00 +0000\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        b"FYI\n\n"
        b"---------- Forwarded message ---------\n"
        b"From: Press Office <press@mfa.example.org>\n"
        b"Date: Thu, 14 Mar 2024 at 16:41\n"
        b"Subject: Statement on the talks\n"
        b"To: <press-list@mfa.example.org>\n\n"
        b"Statement on the talks\n\n"
        b"We welcome the resumption of the talks.\n"
    )
    _, layout = declkit.parse_layout(data, parser="eml")
    assert layout.metadata.title == "Statement on the talks"
    assert layout.metadata.extra["subject"] == "Fwd: Statement on the talks"
    kinds = {block.kind: layout.text[block.span.start : block.span.end] for block in layout.residue}
    assert kinds["forwarded_headers"].startswith("---------- Forwarded message")
    assert [b.text for b in layout.blocks] == ["FYI", "Statement on the talks", "We welcome the resumption of the talks."]


def test_malformed_headers_do_not_escape():
    data = b"From: <<<\nSubject: =?bogus?q?x?=\nDate: not a date\n\nWe welcome the talks.\n"
    document = declkit.parse(data, parser="eml")
    assert document.published is None
    assert "We welcome the talks." in document.text


HEADERS = st.sampled_from(
    [
        b"From: a@example.org\nSubject: x\n",
        b"From: =?utf-8?b?////?= <a@example.org>\nDate: Mon, 99 Foo 2024 99:99:99 +9999\nSubject: x\n",
        b"MIME-Version: 1.0\nSubject: x\nContent-Type: multipart/alternative; boundary=b\n",
        b"MIME-Version: 1.0\nSubject: x\nContent-Type: text/plain; charset=no-such-charset\nContent-Transfer-Encoding: base64\n",
        b"MIME-Version: 1.0\nSubject: x\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(HEADERS, st.binary(max_size=600) | st.text(max_size=600).map(lambda s: s.encode("utf-8")))
def test_only_declkit_errors_escape_and_spans_index_the_text(headers: bytes, body: bytes):
    source = declkit.Source(name="<bytes>", data=headers + b"\n" + body)
    parser = declkit_eml.EmlParser()
    assert 0.0 <= parser.sniff(source) <= 1.0
    try:
        layout = parser.parse(source)
    except declkit.DeclkitError:
        return
    for block in (*layout.blocks, *layout.residue):
        assert 0 <= block.span.start <= block.span.end <= len(layout.text)
