"""JSON for the model: one cattrs converter owned by declkit, and a JSON Schema of it."""

from __future__ import annotations

import json
import types
import typing
from typing import Any, TypeVar, Union

import attrs
import cattrs

from ._errors import DeclkitError
from ._model import (
    Actor,
    Block,
    Clause,
    Declaration,
    Document,
    Event,
    OriginalDate,
    PartialDate,
    Place,
    Quote,
    Signatory,
    Span,
)

__all__ = ["converter", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

T = TypeVar("T")

#: declkit's own converter; the global cattrs converter is left alone.
converter = cattrs.Converter(forbid_extra_keys=False)
converter.register_unstructure_hook(Span, lambda s: [s.start, s.end])
converter.register_structure_hook(Span, lambda v, _: Span(int(v[0]), int(v[1])))
converter.register_unstructure_hook(PartialDate, str)
converter.register_structure_hook(PartialDate, lambda v, _: PartialDate.parse(v))

_MODEL = (Actor, Block, Clause, Declaration, Document, Event, OriginalDate, Place, Quote, Signatory)


def to_dict(value: Any) -> Any:
    """Unstructure a model value to plain JSON-ready data (dicts, lists, strings …)."""
    return converter.unstructure(value)


def from_dict(data: Any, cls: type[T] = Document) -> T:  # type: ignore[assignment]
    """Structure plain data (as :func:`to_dict` gives) back into ``cls``.

    Raises:
        DeclkitError: the data does not fit the model.
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise DeclkitError(f"JSON does not fit declkit's {cls.__name__} model: {exc}") from None


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """Serialise a :class:`Document` (or any model value) to JSON per CONTRACT.md.

    >>> import declkit
    >>> doc = declkit.parse("We condemn the attack.", parser="pdf-text")
    >>> declkit.from_json(declkit.to_json(doc)) == doc
    True
    """
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T] = Document) -> T:  # type: ignore[assignment]
    """Read JSON written by :func:`to_json` back into the model, losslessly.

    Raises:
        DeclkitError: the text is not JSON, or does not fit the model.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DeclkitError(f"not JSON: {exc}") from None
    return from_dict(data, cls)


# -- JSON Schema -------------------------------------------------------------------


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is Span:
        return {"$ref": "#/$defs/Span"}
    if tp is PartialDate:
        return {"$ref": "#/$defs/PartialDate"}
    if tp in _MODEL:
        _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_type_schema(a, defs) for a in typing.get_args(tp)]}
    if tp is type(None):
        return {"type": "null"}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(typing.get_args(tp)[1], defs)}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no schema for {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # reserve the name first: the model is recursive
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        props[field.name] = _type_schema(hints[field.name], defs)
        required.append(field.name)
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": required,
    }


def json_schema() -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) of the JSON that :func:`to_json` writes."""
    defs: dict[str, Any] = {
        "Span": {
            "type": "array",
            "description": "[start, end] character offsets into the document text",
            "items": {"type": "integer", "minimum": 0},
            "minItems": 2,
            "maxItems": 2,
        },
        "PartialDate": {
            "type": "string",
            "description": "ISO 8601 at the source's precision: 2023-04-24, 2022-09, 2022, --05-01, 2023-05-06T20:55",
            "pattern": r"^(-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|--\d{2}-\d{2})$",
        },
    }
    _class_schema(Document, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://declkit.readthedocs.io/schema/document.json",
        "title": "declkit Document",
        "$ref": "#/$defs/Document",
        "$defs": defs,
    }
