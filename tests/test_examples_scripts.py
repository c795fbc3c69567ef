"""Every example script in examples/ runs and prints what it promises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))

#: Text each script must print on standard output.
EXPECTED = {
    "parse_one.py": ["input:     vienna-declaration-2023.txt", "parser:    "],
    "corpus_to_jsonl.py": ['"format": '],
    "write_a_parser.py": [
        "parser:    json-release 0.1.0",
        "title:     Joint Statement on Humanitarian Access",
        "published: 2024-05-02",
        "unregistered: json-release is no longer installed",
    ],
}


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=EXAMPLES.parent,
        check=False,
    )


def test_there_are_examples():
    assert {"parse_one.py", "corpus_to_jsonl.py", "write_a_parser.py"} <= {p.name for p in SCRIPTS}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script: Path):
    result = run(script)
    assert result.returncode == 0, f"{script.name} failed:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    for expected in EXPECTED.get(script.name, []):
        assert expected in result.stdout, f"{script.name} did not print {expected!r}:\n{result.stdout[:2000]}"


def test_every_example_has_expectations():
    assert {p.name for p in SCRIPTS} <= set(EXPECTED), "add the new example's expected output to EXPECTED"


def test_corpus_to_jsonl_writes_one_document_per_file(tmp_path: Path):
    out = tmp_path / "corpus.jsonl"
    result = run(EXAMPLES / "corpus_to_jsonl.py", str(EXAMPLES / "data"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    documents = sorted(p for p in (EXAMPLES / "data").iterdir() if p.suffix == ".txt")
    assert len(lines) == len(documents)
    import declkit

    for line in lines:
        record = json.loads(line)
        assert record["text"]
        assert declkit.from_json(line).text == record["text"]


def test_parse_one_reports_a_missing_file_without_a_traceback(tmp_path: Path):
    result = run(EXAMPLES / "parse_one.py", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "error:" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_example_document_has_its_source_noted():
    notes = (EXAMPLES / "data" / "README.md").read_text(encoding="utf-8")
    for path in (EXAMPLES / "data").iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in notes, f"examples/data/README.md does not say where {path.name} comes from"
