"""The declkit command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from declkit._cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = FIXTURES / "seeds" / "001_249e64af62dc17fc.txt"


def test_parse_prints_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--to", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "pdf-text"
    assert data["text"].startswith("\n")


def test_parse_many_to_jsonl_with_one_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01" * 100)
    status = main(["parse", str(SEED), str(bad), str(SEED), "--to", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert len(out.strip().splitlines()) == 2
    assert "bad.bin" in err and "1 of 3" in err


def test_parse_writes_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["parse", str(SEED), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["format"] == "pdf-text"


def test_parse_with_a_named_parser(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--parser", "web"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "web"
    assert main(["parse", str(SEED), "--parser", "nope"]) == 1
    assert "no parser named 'nope'" in capsys.readouterr().err


def test_plugins_lists_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    for name in ("news", "pdf-text", "web"):
        assert name in out
    assert main(["plugins", "--json"]) == 0
    assert {p["name"] for p in json.loads(capsys.readouterr().out)} >= {"news", "pdf-text", "web"}


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "declkit Document"


def test_version_and_module_entry() -> None:
    out = subprocess.run([sys.executable, "-m", "declkit", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("declkit ")


def test_pipes_get_no_progress_bar(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "declkit", "parse", str(SEED), str(SEED), "--to", "jsonl"], capture_output=True, text=True, check=True)
    assert out.stderr == ""
    assert len(out.stdout.splitlines()) == 2
