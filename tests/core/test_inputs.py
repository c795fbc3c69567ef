"""Reading inputs: paths, bytes, text, file objects; encodings; limits; errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from strategies import arbitrary_bytes, arbitrary_text

import declkit
from declkit._source import decode_bytes, read_source

TEXT = "Joint Statement\n\nWe, the participants, condemn the attack on Café Zürich.\n"


def test_paths_bytes_text_and_files_read_alike(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(TEXT, encoding="utf-8")
    docs = [
        declkit.parse(path, parser="pdf-text"),
        declkit.parse(str(path), parser="pdf-text"),
        declkit.parse(TEXT.encode(), parser="pdf-text"),
        declkit.parse(TEXT, parser="pdf-text"),
        declkit.parse(io.BytesIO(TEXT.encode()), parser="pdf-text"),
    ]
    assert {d.text for d in docs} == {TEXT}
    assert docs[0].source == str(path)
    assert docs[2].source == "<bytes>"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-8"), "utf-8"),
        ('<html><head><meta charset="windows-1251"></head><body>Заявление</body></html>'.encode("cp1251"), "cp1251"),
    ],
)
def test_encodings_are_detected_and_recorded(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert found == encoding
    assert "Café" in text or "Заявление" in text


def test_legacy_encodings_fall_back_to_detection() -> None:
    legacy = ("Заявление Министерства иностранных дел о выборах. " * 20).encode("cp1251")
    text, encoding = decode_bytes(legacy)
    assert text.startswith("Заявление")
    assert encoding != "utf-8"


def test_the_size_limit_raises_input_too_large(tmp_path: Path) -> None:
    with pytest.raises(declkit.InputTooLarge, match="over the limit of 10"):
        declkit.parse(TEXT, max_bytes=10)
    path = tmp_path / "big.txt"
    path.write_text(TEXT)
    with pytest.raises(declkit.InputTooLarge, match="big.txt"):
        declkit.parse(path, max_bytes=10)
    with pytest.raises(declkit.InputTooLarge):
        declkit.parse(io.BytesIO(TEXT.encode()), max_bytes=10)


def test_binary_input_is_unsupported() -> None:
    with pytest.raises(declkit.UnsupportedInput, match="binary input"):
        declkit.parse(b"\x00\x01\x02\x03PK\x03\x04" * 50)


def test_missing_files_and_wrong_types_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(declkit.UnsupportedInput, match="cannot read the file"):
        declkit.parse(tmp_path / "missing.txt")
    with pytest.raises(declkit.UnsupportedInput, match="cannot read a int"):
        declkit.parse(42)  # type: ignore[arg-type]
    with pytest.raises(declkit.UnsupportedInput, match="binary mode"):
        declkit.parse(io.StringIO("text"))  # type: ignore[arg-type]


def test_errors_name_the_input(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(declkit.DeclkitError) as info:
        declkit.parse(path)
    assert str(path) in str(info.value)
    assert info.value.source == str(path)


@pytest.mark.parametrize("parser", ["news", "pdf-text", "web"])
@given(text=arbitrary_text)
def test_parsers_raise_only_declkit_errors_on_any_text(parser: str, text: str) -> None:
    try:
        doc = declkit.parse(text, parser=parser)
    except declkit.DeclkitError:
        return
    for block in (*doc.blocks, *doc.residue):
        assert block.span.end <= len(doc.text)
    assert declkit.from_json(declkit.to_json(doc)) == doc


@pytest.mark.parametrize("parser", ["news", "pdf-text", "web", None])
@given(data=arbitrary_bytes)
def test_parsers_raise_only_declkit_errors_on_any_bytes(parser: str | None, data: bytes) -> None:
    try:
        doc = declkit.parse(data, parser=parser)
    except declkit.DeclkitError:
        return
    assert declkit.from_json(declkit.to_json(doc)) == doc


def test_read_source_keeps_sources_as_they_are() -> None:
    source = declkit.Source.from_text("abc")
    assert read_source(source) is source
