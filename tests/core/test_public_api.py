"""The public surface: __all__, imports of plugins, typing marker."""

from __future__ import annotations

import ast
from pathlib import Path

import declkit

ROOT = Path(__file__).parent.parent.parent


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from declkit import *", namespace)
    namespace.pop("__builtins__")
    assert sorted(namespace) == sorted(declkit.__all__)


def test_all_is_sorted_and_every_name_exists() -> None:
    assert list(declkit.__all__) == sorted(declkit.__all__)
    for name in declkit.__all__:
        assert getattr(declkit, name) is not None


def test_every_public_name_is_documented() -> None:
    for name in declkit.__all__:
        assert getattr(declkit, name).__doc__, name


def test_builtin_plugins_use_only_the_public_api() -> None:
    offenders = []
    for path in (ROOT / "plugins").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith("declkit.") and n.split(".")[1].startswith("_")]
    assert offenders == []


def test_package_is_typed() -> None:
    assert (Path(declkit.__file__).parent / "py.typed").exists()
