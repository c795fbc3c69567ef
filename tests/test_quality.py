"""Quality floor: scores against the hand-made gold may only go down on purpose.

The scorer is the project's shared one (``../shared/eval/score.py``, beside the
checkout in CI); without it these tests are skipped. The floors live in
``tests/quality_floor.json``: raise them when the analysis improves; lowering one is a
deliberate, reviewed change.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import declkit

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"
FLOORS: dict[str, float] = json.loads((HERE / "quality_floor.json").read_text())


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("declkit_gold_scorer", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases() -> list[tuple[str, Path, Path]]:
    out = []
    for group in ("seeds", "dev", "extra"):
        for gold in sorted((FIXTURES / "gold" / group).glob("*.json")):
            docs = [p for p in (FIXTURES / group).glob(gold.stem + ".*")]
            if docs:
                out.append((gold.stem, gold, docs[0]))
    return out


@pytest.mark.parametrize(("name", "gold", "document"), _cases(), ids=[c[0] for c in _cases()])
def test_gold_score_stays_above_its_floor(name: str, gold: Path, document: Path) -> None:
    scorer = _scorer()
    expected = json.loads(gold.read_text(encoding="utf-8"))
    card = scorer.score_document(expected, declkit.to_dict(declkit.parse(document)))
    values = [v for _, v in card.rows]
    score = sum(values) / max(len(values), 1)
    floor = FLOORS.get(name, 0.0)
    weakest = sorted(card.rows, key=lambda r: r[1])[:5]
    assert score >= floor, f"{name} scored {score:.3f}, under its floor {floor}; weakest fields: {weakest}"
