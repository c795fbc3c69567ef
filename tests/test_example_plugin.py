"""The example third-party plugin in examples/declkit-eml is discovered like any other.

CI installs it (``pip install ./examples/declkit-eml``); elsewhere these tests skip.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

import pytest

import declkit

FIXTURE = Path(__file__).resolve().parent.parent / "examples" / "declkit-eml" / "tests" / "fixtures" / "joint-statement.eml"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("declkit_eml") is None,
    reason="the example plugin is not installed; run: pip install ./examples/declkit-eml",
)


def test_entry_point_is_registered():
    entry_points = {ep.name: ep for ep in importlib.metadata.entry_points(group="declkit")}
    assert "eml" in entry_points
    assert entry_points["eml"].value == "declkit_eml"
    assert entry_points["eml"].dist is not None
    assert entry_points["eml"].dist.name == "declkit-eml"


def test_listed_by_declkit_plugins():
    infos = {info.name: info for info in declkit.plugins()}
    assert "eml" in infos
    eml = infos["eml"]
    assert eml.status == "ok"
    assert eml.distribution == "declkit-eml"
    assert ".eml" in eml.suffixes
    assert "message/rfc822" in eml.media_types


def test_parse_sniffs_the_eml_parser():
    document = declkit.parse(FIXTURE)
    assert document.parser.startswith("eml")
    assert document.format == "eml"
    assert document.title is not None and "Protection of the High Seas" in document.title
    assert str(document.published) == "2024-03-14T16:41"
    for block in document.blocks:
        assert block.span.end <= len(document.text)


def test_eml_parser_claims_no_builtin_fixture():
    parser = declkit.parse_layout(FIXTURE)[0]
    import declkit_eml

    assert isinstance(parser, declkit_eml.EmlParser)
    seed = Path(__file__).resolve().parent.parent / "examples" / "data" / "vienna-declaration-2023.txt"
    assert not declkit.parse(seed).parser.startswith("eml")
