"""The JSON Schema describes what declkit writes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from strategies import documents

import declkit
from declkit import Document

FIXTURES = Path(__file__).parent.parent / "fixtures"
SCHEMA = declkit.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@given(documents())
def test_generated_documents_validate(doc: Document) -> None:
    VALIDATOR.validate(declkit.to_dict(doc))


@pytest.mark.parametrize("path", sorted((FIXTURES / "seeds").iterdir()) + sorted((FIXTURES / "dev").iterdir()), ids=lambda p: p.name)
def test_real_output_validates(path: Path) -> None:
    data = json.loads(declkit.to_json(declkit.parse(path)))
    VALIDATOR.validate(data)
