"""Plugin discovery, registration and parser choice."""

from __future__ import annotations

import importlib.metadata
import sys
import textwrap
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import declkit
from declkit import Layout, Source
from declkit._plugins import Registry, reset_registry
from declkit.testing import use_plugin


class FakeParser:
    name = "fake"
    version = "9.9"
    format = "fake"
    media_types = ("text/x-fake",)
    suffixes = (".fake",)

    def __init__(self, confidence: float = 0.99, fail: str | None = None) -> None:
        self.confidence = confidence
        self.fail = fail

    def sniff(self, source: Source) -> float:
        if self.fail == "sniff":
            raise RuntimeError("sniff exploded")
        return self.confidence if source.text_prefix.startswith("FAKE") else 0.0

    def parse(self, source: Source) -> Layout:
        if self.fail == "parse":
            raise KeyError("parse exploded")
        text = source.text
        return Layout(text=text, blocks=[declkit.Block(text=text[s.start : s.end], span=s) for s in declkit.split_paragraphs(text)])


def plugin_with(parser: object) -> object:
    class Plugin:
        @declkit.hookimpl
        def declkit_register_parsers(self, register: Callable[[object], None]) -> None:
            register(parser)

    return Plugin()


def test_builtins_are_registered_through_entry_points() -> None:
    names = {ep.name for ep in importlib.metadata.entry_points(group="declkit")}
    assert {"news", "pdf-text", "web"} <= names
    infos = {i.name: i for i in declkit.plugins()}
    for name in ("news", "pdf-text", "web"):
        assert infos[name].status == "ok"
        assert infos[name].distribution == "declkit"


def test_a_registered_plugin_is_used_for_the_block() -> None:
    with use_plugin(plugin_with(FakeParser()), name="fake-plugin"):
        doc = declkit.parse("FAKE\n\nWe condemn it.\n")
        assert doc.parser == "fake 9.9"
        assert doc.format == "fake"
    assert "fake" not in {i.name for i in declkit.plugins()}


def test_duplicate_parser_names_are_rejected_loudly() -> None:
    registry = Registry(load_entry_points=False)
    registry.add_plugin(plugin_with(FakeParser()), name="one")
    with pytest.raises(declkit.PluginError, match="already registered"):
        registry.add_plugin(plugin_with(FakeParser()), name="two")


def test_a_forced_parser_wins_and_an_unknown_one_lists_the_candidates() -> None:
    doc = declkit.parse("FAKE but read as web\n", parser="pdf-text")
    assert doc.format == "pdf-text"
    with pytest.raises(declkit.UnsupportedInput, match="no parser named 'nope'") as info:
        declkit.parse("text", parser="nope")
    assert {"news", "pdf-text", "web"} <= set(info.value.candidates)


def test_ties_raise_and_list_the_candidates() -> None:
    registry = Registry(load_entry_points=False)
    a, b = FakeParser(0.5), FakeParser(0.5)
    b.name = "fake-too"  # type: ignore[misc]
    registry.add_plugin(plugin_with(a), name="a")
    registry.add_plugin(plugin_with(b), name="b")
    with pytest.raises(declkit.AmbiguousInput) as info:
        registry.choose(Source.from_text("FAKE input"))
    assert set(info.value.candidates) == {"fake", "fake-too"}


def test_unclaimed_input_raises_unsupported() -> None:
    registry = Registry(load_entry_points=False)
    registry.add_plugin(plugin_with(FakeParser()), name="a")
    with pytest.raises(declkit.UnsupportedInput, match="no parser recognises"):
        registry.choose(Source.from_text("something else"))


def test_a_parser_that_raises_in_parse_gives_a_plugin_error() -> None:
    with use_plugin(plugin_with(FakeParser(fail="parse")), name="broken-parse"):
        with pytest.raises(declkit.PluginError, match="broken-parse.*KeyError"):
            declkit.parse("FAKE\n")


def test_a_parser_that_raises_in_sniff_is_skipped_with_a_warning() -> None:
    with use_plugin(plugin_with(FakeParser(fail="sniff")), name="broken-sniff"):
        with pytest.warns(declkit.PluginWarning, match="sniff exploded"):
            doc = declkit.parse("FAKE\n\nWe condemn the attack.\n")
        assert doc.parser != "fake 9.9"


def test_a_parser_missing_attributes_is_refused() -> None:
    registry = Registry(load_entry_points=False)
    with pytest.raises(declkit.PluginError, match="lacks"):
        registry.add_plugin(plugin_with(object()), name="bad")


def test_misspelled_hooks_make_a_plugin_broken_not_fatal() -> None:
    class Misspelled:
        @declkit.hookimpl
        def declkit_register_parser(self, register: object) -> None:  # missing "s"
            pass

    registry = Registry(load_entry_points=False)
    with pytest.warns(declkit.PluginWarning, match="invalid hooks"):
        registry.add_plugin(Misspelled(), name="misspelled")
    assert [i.status for i in registry.infos()] == ["broken"]


def test_enrichers_run_after_analysis() -> None:
    class Enricher:
        @declkit.hookimpl
        def declkit_enrich_document(self, document: declkit.Document) -> declkit.Document:
            return __import__("attrs").evolve(document, metadata={**document.metadata, "enriched": "yes"})

    with use_plugin(Enricher(), name="enricher"):
        doc = declkit.parse("We condemn the attack.\n", parser="pdf-text")
    assert doc.metadata["enriched"] == "yes"


def test_an_enricher_returning_junk_is_a_plugin_error() -> None:
    class Junk:
        @declkit.hookimpl
        def declkit_enrich_document(self, document: declkit.Document) -> object:
            return "junk"

    with use_plugin(Junk(), name="junk"), pytest.raises(declkit.PluginError, match="not a Document"):
        declkit.parse("We condemn the attack.\n", parser="pdf-text")


# -- a fake installed distribution -----------------------------------------------


@pytest.fixture
def fake_distributions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Install two distributions on sys.path: one good plugin and one that fails to import."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "good_plugin.py").write_text(
        textwrap.dedent(
            '''
            import declkit

            class Parser:
                name = "good"
                version = "1.0"
                format = "good"
                media_types = ("text/x-good",)
                suffixes = (".good",)

                def sniff(self, source):
                    return 0.99 if source.text_prefix.startswith("GOOD") else 0.0

                def parse(self, source):
                    return declkit.Layout(text=source.text)

            @declkit.hookimpl
            def declkit_register_parsers(register):
                register(Parser())
            '''
        )
    )
    (site / "bad_plugin.py").write_text("raise ImportError('missing dependency frobnicate')\n")
    for dist, module in (("good_dist", "good_plugin"), ("bad_dist", "bad_plugin")):
        info = site / f"{dist}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(f"[declkit]\n{module.replace('_plugin', '')} = {module}\n")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    reset_registry()
    yield site
    reset_registry()
    for module in ("good_plugin", "bad_plugin"):
        sys.modules.pop(module, None)


def test_entry_point_plugins_load_and_broken_ones_are_reported(fake_distributions: Path) -> None:
    with pytest.warns(declkit.PluginWarning, match="'bad'.*bad_dist.*frobnicate"):
        infos = {i.name: i for i in declkit.plugins()}
    assert infos["good"].status == "ok"
    assert infos["good"].distribution == "good_dist"
    assert infos["bad"].status == "broken"
    assert "frobnicate" in (infos["bad"].error or "")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert declkit.parse("GOOD text\n").format == "good"
        assert declkit.parse("We condemn the attack.\n", parser="pdf-text").format == "pdf-text"


def test_disabled_plugins_are_left_out(fake_distributions: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DECLKIT_DISABLE_PLUGINS", "good, bad")
    reset_registry()
    infos = {i.name: i for i in declkit.plugins()}
    assert infos["good"].status == "disabled"
    assert infos["bad"].status == "disabled"
    with pytest.raises(declkit.UnsupportedInput):
        declkit.parse("GOOD text\n", parser="good")
