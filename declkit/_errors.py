"""declkit's exceptions. Every error declkit raises derives from :class:`DeclkitError`."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousInput",
    "DeclkitError",
    "InputTooLarge",
    "ParseError",
    "PluginError",
    "UnsupportedInput",
]


class DeclkitError(Exception):
    """Base class of every error declkit raises.

    Attributes:
        source: name of the input the error concerns (a path or ``<bytes>``), if any.
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputTooLarge(DeclkitError):
    """The input exceeds the size limit; raise ``max_bytes`` to read it anyway."""


class UnsupportedInput(DeclkitError):
    """No parser reads this input (binary data, an unknown format, undecodable text)."""

    def __init__(
        self, message: str, *, source: str | None = None, candidates: Sequence[str] = ()
    ) -> None:
        self.candidates = tuple(candidates)
        super().__init__(message, source=source)


class AmbiguousInput(DeclkitError):
    """Several parsers claim the input equally; name one with ``parser=``."""

    def __init__(self, message: str, *, source: str | None = None, candidates: Sequence[str] = ()) -> None:
        self.candidates = tuple(candidates)
        super().__init__(message, source=source)


class ParseError(DeclkitError):
    """The input is of a known format but damaged (a corrupt PDF, a PDF without text …)."""


class PluginError(DeclkitError):
    """A plugin failed to load, or raised while sniffing or parsing.

    Attributes:
        plugin: the plugin's name.
        distribution: the distribution that provides it, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        plugin: str,
        distribution: str | None = None,
        source: str | None = None,
    ) -> None:
        self.plugin = plugin
        self.distribution = distribution
        where = f"plugin {plugin!r}" + (f" (from {distribution})" if distribution else "")
        super().__init__(f"{where}: {message}", source=source)
