"""Inputs: reading paths, bytes, text and file objects, and decoding them to text."""

from __future__ import annotations

import codecs
import functools
import io
import os
import re
from pathlib import Path
from typing import IO

import attrs

from ._errors import InputTooLarge, UnsupportedInput

__all__ = ["DEFAULT_MAX_BYTES", "SNIFF_BYTES", "Source", "decode_bytes", "read_source"]

#: Inputs larger than this raise :class:`InputTooLarge` unless a larger limit is given.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: How much of an input :meth:`Parser.sniff` may look at.
SNIFF_BYTES = 64 * 1024

#: What :func:`declkit.parse` accepts.
InputLike = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")


def _declared_encoding(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


#: Control bytes that do not occur in text (tab, line feed, form feed, carriage return and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    The order of trust is: a byte-order mark, a declared ``<meta charset>`` or XML
    encoding (for markup), strict UTF-8, then charset-normalizer's detection for
    legacy encodings.

    Raises:
        UnsupportedInput: the bytes are binary or undecodable.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UnsupportedInput(f"starts with a {encoding} byte-order mark but does not decode: {exc}", source=name) from None
    if _looks_binary(data):
        raise UnsupportedInput("looks like binary data, not text; is it a format no installed plugin reads?", source=name)
    declared = _declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedInput("cannot tell the text's character encoding; convert it to UTF-8 first", source=name)
    return str(best), best.encoding


@attrs.define(slots=False)
class Source:
    """One input, as parsers see it: its name, raw bytes and decoded text.

    Decoding happens on first use of :attr:`text`, so parsers of binary formats
    (PDF) never pay for it.
    """

    #: The input's name (its path, or ``<bytes>`` or ``<text>``).
    name: str
    #: The raw bytes.
    data: bytes = attrs.field(repr=False)
    #: The path, when the input was a file.
    path: Path | None = None
    #: Text given directly by the caller, used instead of decoding :attr:`data`.
    given_text: str | None = attrs.field(default=None, repr=False)

    @property
    def suffix(self) -> str:
        """The file suffix in lower case (``".html"``), or ``""``."""
        return self.path.suffix.lower() if self.path else ""

    @property
    def prefix(self) -> bytes:
        """The first :data:`SNIFF_BYTES` bytes, for sniffing."""
        return self.data[:SNIFF_BYTES]

    @functools.cached_property
    def _decoded(self) -> tuple[str, str]:
        if self.given_text is not None:
            return self.given_text, "utf-8"
        return decode_bytes(self.data, name=self.name)

    @property
    def text(self) -> str:
        """The decoded text (see :func:`decode_bytes`)."""
        return self._decoded[0]

    @property
    def encoding(self) -> str:
        """The encoding :attr:`text` was decoded from."""
        return self._decoded[1]

    @functools.cached_property
    def text_prefix(self) -> str:
        """The decoded first bytes, for sniffing text formats; ``""`` for binary data."""
        if self.given_text is not None:
            return self.given_text[:SNIFF_BYTES]
        try:
            text, _ = decode_bytes(self.prefix, name=self.name)
        except UnsupportedInput:
            return ""
        return text

    @classmethod
    def from_text(cls, text: str, *, name: str = "<text>") -> Source:
        """Wrap text that is already decoded."""
        return cls(name=name, data=text.encode("utf-8", "surrogatepass"), given_text=text)


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 4096 and bool(value.strip())


def read_source(value: InputLike | Source, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Source:
    """Turn a path, bytes, text or binary file object into a :class:`Source`.

    A ``str`` is a path when a file of that name exists; otherwise it is the text itself.

    Raises:
        InputTooLarge: the input is over ``max_bytes``.
        UnsupportedInput: the value is of a type declkit cannot read, or the path is missing.
    """
    if isinstance(value, Source):
        source = value
    elif isinstance(value, os.PathLike) or (isinstance(value, str) and _looks_like_path(value) and os.path.isfile(value)):
        path = Path(os.fspath(value))
        label = name or str(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UnsupportedInput(f"cannot read the file: {exc.strerror}", source=label) from None
        if size > max_bytes:
            raise InputTooLarge(f"is {size} bytes, over the limit of {max_bytes}; pass a larger max_bytes", source=label)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UnsupportedInput(f"cannot read the file: {exc.strerror}", source=label) from None
        return Source(name=label, data=data, path=path)
    elif isinstance(value, str):
        source = Source.from_text(value, name=name or "<text>")
    elif isinstance(value, (bytes, bytearray, memoryview)):
        source = Source(name=name or "<bytes>", data=bytes(value))
    elif isinstance(value, io.TextIOBase):
        raise UnsupportedInput("is a text-mode file; open it in binary mode ('rb')", source=name or getattr(value, "name", "<file>"))
    elif hasattr(value, "read"):
        label = name or str(getattr(value, "name", "<file>"))
        data = value.read(max_bytes + 1)
        if not isinstance(data, bytes):
            raise UnsupportedInput("file object did not return bytes; open it in binary mode ('rb')", source=label)
        if len(data) > max_bytes:
            raise InputTooLarge(f"is over the limit of {max_bytes} bytes; pass a larger max_bytes", source=label)
        file_path = getattr(value, "name", None)
        return Source(name=label, data=data, path=Path(file_path) if isinstance(file_path, str) else None)
    else:
        raise UnsupportedInput(f"cannot read a {type(value).__name__}; pass a path, bytes, str or binary file", source=name)
    if len(source.data) > max_bytes:
        raise InputTooLarge(f"is {len(source.data)} bytes, over the limit of {max_bytes}; pass a larger max_bytes", source=source.name)
    return source
