"""The documentation keeps up with the code (after datasette's test_docs.py).

- every public name (``declkit.__all__``) has its own entry on the reference page;
- every hook is documented on the hooks page under a heading with its exact
  signature, and no heading documents a hook that does not exist;
- every hook is exercised by at least one test.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import declkit
import declkit.testing
from declkit import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TESTS = ROOT / "tests"

_AUTO = re.compile(r"^\.\. auto(?:class|function|exception|data|module|attribute)::\s+(\S+)", re.MULTILINE)
_HOOK_HEADING = re.compile(r"^(declkit_\w+)\((.*)\)\n[-=~^]{3,}$", re.MULTILINE)


def _hookspecs() -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(function)
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, "declkit_spec")
    }


HOOKS = _hookspecs()


def _documented(page: str) -> set[str]:
    return set(_AUTO.findall((DOCS / page).read_text(encoding="utf-8")))


def test_there_are_hooks():
    assert {"declkit_register_parsers", "declkit_enrich_document"} <= set(HOOKS)


@pytest.mark.parametrize("name", declkit.__all__)
def test_public_name_is_on_the_reference_page(name: str):
    assert f"declkit.{name}" in _documented("reference.rst"), (
        f"declkit.{name} is public but docs/reference.rst has no autodoc entry for it"
    )


def test_reference_page_documents_only_public_names():
    stale = {
        name
        for name in _documented("reference.rst")
        if name.count(".") == 1 and name.split(".")[1] not in declkit.__all__
    }
    assert not stale, f"docs/reference.rst documents names that are not in declkit.__all__: {sorted(stale)}"


def test_testing_helpers_are_documented():
    reference = (DOCS / "reference.rst").read_text(encoding="utf-8")
    members = re.search(r"automodule:: declkit\.testing\n\s+:members: ([^\n]+)", reference)
    assert members, "docs/reference.rst must document declkit.testing with an explicit :members: list"
    listed = {m.strip() for m in members.group(1).split(",")}
    assert set(declkit.testing.__all__) <= listed, f"undocumented: {sorted(set(declkit.testing.__all__) - listed)}"


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hook_is_documented_with_its_exact_signature(name: str):
    page = (DOCS / "plugins" / "hooks.rst").read_text(encoding="utf-8")
    headings = dict(_HOOK_HEADING.findall(page))
    assert name in headings, f"docs/plugins/hooks.rst has no heading '{name}(...)'"
    expected = ", ".join(HOOKS[name].parameters)
    assert headings[name] == expected, f"{name} is documented as ({headings[name]}), but its signature is ({expected})"
    assert f".. autofunction:: declkit.hookspecs.{name}" in page


def test_hooks_page_documents_no_missing_hook():
    page = (DOCS / "plugins" / "hooks.rst").read_text(encoding="utf-8")
    documented = {name for name, _ in _HOOK_HEADING.findall(page)}
    assert documented == set(HOOKS), f"stale: {sorted(documented - set(HOOKS))}, missing: {sorted(set(HOOKS) - documented)}"


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hook_is_covered_by_a_test(name: str):
    covering = [
        path.relative_to(ROOT).as_posix()
        for path in TESTS.rglob("*.py")
        if path.name != Path(__file__).name and name in path.read_text(encoding="utf-8")
    ]
    assert covering, f"no test under tests/ mentions the hook {name}"


def test_every_page_is_reachable_from_the_index():
    pages = {p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.rst") if "_build" not in p.parts}
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    listed = set(re.findall(r"^   ([\w/-]+)$", index, re.MULTILINE))
    assert pages - {"index"} <= listed, f"pages missing from the index's toctrees: {sorted(pages - {'index'} - listed)}"


def _public_attribute_docs() -> list[tuple[str, list[str]]]:
    """``(name, lines)`` of every ``#:`` attribute comment of a public class."""
    analyzer_module = pytest.importorskip("sphinx.pycode")
    out = []
    for name in declkit.__all__:
        value = getattr(declkit, name)
        if not inspect.isclass(value) or not value.__module__.startswith("declkit"):
            continue
        analyzer = analyzer_module.ModuleAnalyzer.for_module(value.__module__)
        for (owner, attribute), lines in analyzer.find_attr_docs().items():
            if owner == value.__name__:
                out.append((f"{name}.{attribute}", [line for line in lines if line]))
    return out


def test_attribute_docs_do_not_read_as_typed_fields():
    """Napoleon reads ``#: Word: more`` as a type ``Word``; the docs then show nonsense."""
    napoleon = pytest.importorskip("sphinx.ext.napoleon.docstring")
    config = pytest.importorskip("sphinx.ext.napoleon").Config(napoleon_use_ivar=False)
    garbled = [
        f"{name}: {lines[0]!r}"
        for name, lines in _public_attribute_docs()
        if any(":type:" in out for out in napoleon.GoogleDocstring(lines, config, what="attribute", name=name).lines())
    ]
    assert not garbled, "rephrase without a colon in the first line (e.g. 'X (Y)' or 'X, Y'):\n" + "\n".join(garbled)
