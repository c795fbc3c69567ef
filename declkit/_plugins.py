"""The plugin registry: loading entry points, registering parsers, choosing one."""

from __future__ import annotations

import importlib.metadata
import os
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import attrs
import pluggy

from . import hookspecs
from ._errors import AmbiguousInput, DeclkitError, PluginError, UnsupportedInput
from ._layout import Layout, Parser
from ._model import Document
from ._source import Source

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "PluginWarning", "Registry", "get_registry", "use_plugin"]

#: The entry-point group plugins register under.
ENTRY_POINT_GROUP = "declkit"
#: Environment variable naming plugins or parsers to leave off (comma-separated).
DISABLE_ENV = "DECLKIT_DISABLE_PLUGINS"
#: Below this confidence a sniff does not count as a claim.
MIN_CONFIDENCE = 0.05


class PluginWarning(UserWarning):
    """A plugin failed to load or to sniff; declkit carries on without it."""


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``declkit plugins`` reports about one plugin or parser."""

    #: Parser name, or the entry-point name for a plugin that failed before registering.
    name: str
    #: Parser version, if it registered.
    version: str | None = None
    #: The distribution that provides it.
    distribution: str | None = None
    #: The plugin (entry point or module) that registered it.
    plugin: str | None = None
    #: The format it produces.
    format: str | None = None
    #: Media types it reads.
    media_types: tuple[str, ...] = ()
    #: File suffixes it reads.
    suffixes: tuple[str, ...] = ()
    #: ``ok``, ``broken`` or ``disabled``.
    status: str = "ok"
    #: What went wrong, for a broken plugin.
    error: str | None = None


@attrs.define
class _Registered:
    parser: Parser
    plugin: str
    distribution: str | None


def _disabled_names() -> set[str]:
    return {n.strip() for n in os.environ.get(DISABLE_ENV, "").split(",") if n.strip()}


_REQUIRED = ("name", "version", "format", "media_types", "suffixes", "sniff", "parse")


class Registry:
    """Parsers registered by plugins, and the plugin manager that holds the plugins."""

    def __init__(self, *, load_entry_points: bool = True) -> None:
        self.pm = pluggy.PluginManager("declkit")
        self.pm.add_hookspecs(hookspecs)
        self._parsers: dict[str, _Registered] = {}
        self._problems: list[PluginInfo] = []
        self._distributions: dict[str, str | None] = {}
        self._disabled = _disabled_names()
        if load_entry_points:
            self._load_entry_points()

    # -- loading ---------------------------------------------------------------

    def _report(self, name: str, distribution: str | None, message: str, status: str = "broken") -> None:
        self._problems.append(PluginInfo(name=name, distribution=distribution, plugin=name, status=status, error=message))
        if status == "broken":
            where = f"{name!r}" + (f" (from {distribution})" if distribution else "")
            warnings.warn(f"declkit plugin {where} is broken and was skipped: {message}", PluginWarning, stacklevel=4)

    def _load_entry_points(self) -> None:
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            distribution = entry_point.dist.name if entry_point.dist else None
            if entry_point.name in self._disabled:
                self._report(entry_point.name, distribution, f"disabled by {DISABLE_ENV}", status="disabled")
                continue
            if self.pm.has_plugin(entry_point.name):
                continue
            try:
                plugin = entry_point.load()
            except Exception as exc:  # a broken plugin must never take declkit down
                self._report(entry_point.name, distribution, f"failed to import: {type(exc).__name__}: {exc}")
                continue
            self.add_plugin(plugin, name=entry_point.name, distribution=distribution)

    def add_plugin(self, plugin: ModuleType | object, *, name: str, distribution: str | None = None) -> None:
        """Register a plugin object (module or instance with hook implementations).

        Its parsers are registered at once. A plugin whose hooks are misspelled or
        raise is reported as broken and left out.
        """
        try:
            self.pm.register(plugin, name=name)
            self.pm.check_pending()
        except Exception as exc:
            if self.pm.is_registered(plugin):
                self.pm.unregister(plugin)
            self._report(name, distribution, f"invalid hooks: {exc}")
            return
        self._distributions[name] = distribution
        impls = [i for i in self.pm.hook.declkit_register_parsers.get_hookimpls() if i.plugin is plugin]
        added: list[str] = []
        try:
            for impl in impls:
                impl.function(register=lambda parser: added.append(self._register(parser, name, distribution)))
        except DeclkitError:
            for parser_name in added:
                self._parsers.pop(parser_name, None)
            self.pm.unregister(plugin)
            raise
        except Exception as exc:
            for parser_name in added:
                self._parsers.pop(parser_name, None)
            self.pm.unregister(plugin)
            self._report(name, distribution, f"declkit_register_parsers raised {type(exc).__name__}: {exc}")

    def remove_plugin(self, name: str) -> None:
        """Unregister a plugin and every parser it registered."""
        for parser_name in [n for n, r in self._parsers.items() if r.plugin == name]:
            del self._parsers[parser_name]
        if self.pm.has_plugin(name):
            self.pm.unregister(name=name)
        self._distributions.pop(name, None)

    def _register(self, parser: Parser, plugin: str, distribution: str | None) -> str:
        missing = [a for a in _REQUIRED if not hasattr(parser, a)]
        if missing:
            raise PluginError(f"parser {parser!r} lacks {', '.join(missing)}", plugin=plugin, distribution=distribution)
        name = str(parser.name)
        if name in self._parsers:
            other = self._parsers[name]
            raise PluginError(
                f"parser name {name!r} is already registered by plugin {other.plugin!r}",
                plugin=plugin,
                distribution=distribution,
            )
        if name in self._disabled:
            self._problems.append(
                PluginInfo(name=name, version=str(parser.version), plugin=plugin, distribution=distribution, status="disabled", error=f"disabled by {DISABLE_ENV}")
            )
            return name
        self._parsers[name] = _Registered(parser, plugin, distribution)
        return name

    # -- queries ---------------------------------------------------------------

    @property
    def parsers(self) -> dict[str, Parser]:
        """Registered, enabled parsers by name."""
        return {name: r.parser for name, r in self._parsers.items()}

    def infos(self) -> list[PluginInfo]:
        """One entry per parser, plus one per broken or disabled plugin."""
        out = [
            PluginInfo(
                name=name,
                version=str(r.parser.version),
                distribution=r.distribution,
                plugin=r.plugin,
                format=str(r.parser.format),
                media_types=tuple(r.parser.media_types),
                suffixes=tuple(r.parser.suffixes),
            )
            for name, r in sorted(self._parsers.items())
        ]
        return out + list(self._problems)

    def _guarded(self, registered: _Registered, what: str, call: Callable[[], Any], source: Source) -> Any:
        try:
            return call()
        except DeclkitError:
            raise
        except RecursionError:
            raise PluginError(f"{what} hit the recursion limit (deeply nested input?)", plugin=registered.plugin, distribution=registered.distribution, source=source.name) from None
        except Exception as exc:
            raise PluginError(
                f"parser {registered.parser.name!r} raised {type(exc).__name__} in {what}: {exc}",
                plugin=registered.plugin,
                distribution=registered.distribution,
                source=source.name,
            ) from exc

    def choose(self, source: Source, parser: str | None = None) -> Parser:
        """Return the parser for ``source``: the one named, or the one most sure of it.

        Raises:
            UnsupportedInput: no parser of that name, or none claims the input.
            AmbiguousInput: several parsers claim it with the same confidence.
        """
        if parser is not None:
            if parser not in self._parsers:
                raise UnsupportedInput(
                    f"no parser named {parser!r}; installed: {', '.join(sorted(self._parsers)) or 'none'}",
                    source=source.name,
                    candidates=sorted(self._parsers),
                )
            return self._parsers[parser].parser
        scores: list[tuple[float, str]] = []
        for name, registered in self._parsers.items():
            try:
                score = float(registered.parser.sniff(source))
            except Exception as exc:
                warnings.warn(
                    f"declkit parser {name!r} (plugin {registered.plugin!r}) raised {type(exc).__name__} while sniffing {source.name}: {exc}",
                    PluginWarning,
                    stacklevel=3,
                )
                continue
            if score >= MIN_CONFIDENCE:
                scores.append((score, name))
        scores.sort(reverse=True)
        if not scores:
            what = "this binary input (not text)" if not source.text_prefix else "this input"
            raise UnsupportedInput(
                f"no parser recognises {what}; name one with parser= (installed: {', '.join(sorted(self._parsers)) or 'none'})",
                source=source.name,
                candidates=sorted(self._parsers),
            )
        if len(scores) > 1 and abs(scores[0][0] - scores[1][0]) < 1e-9:
            tied = [n for s, n in scores if abs(s - scores[0][0]) < 1e-9]
            raise AmbiguousInput(
                f"parsers {', '.join(sorted(tied))} claim this input equally ({scores[0][0]:.2f}); name one with parser=",
                source=source.name,
                candidates=sorted(tied),
            )
        return self._parsers[scores[0][1]].parser

    def run_parser(self, parser: Parser, source: Source) -> Layout:
        """Call ``parser.parse`` inside the plugin guard."""
        registered = self._parsers.get(str(parser.name)) or _Registered(parser, str(parser.name), None)
        layout = self._guarded(registered, "parse", lambda: parser.parse(source), source)
        if not isinstance(layout, Layout):
            raise PluginError(
                f"parser {parser.name!r} returned {type(layout).__name__}, not a declkit.Layout",
                plugin=registered.plugin,
                distribution=registered.distribution,
                source=source.name,
            )
        return layout

    def enrich(self, document: Document) -> Document:
        """Pass ``document`` through every ``declkit_enrich_document`` implementation."""
        for impl in reversed(self.pm.hook.declkit_enrich_document.get_hookimpls()):
            try:
                result = impl.function(document=document)
            except DeclkitError:
                raise
            except Exception as exc:
                raise PluginError(
                    f"declkit_enrich_document raised {type(exc).__name__}: {exc}",
                    plugin=impl.plugin_name,
                    distribution=self._distributions.get(impl.plugin_name),
                    source=document.source,
                ) from exc
            if result is not None:
                if not isinstance(result, Document):
                    raise PluginError(
                        f"declkit_enrich_document returned {type(result).__name__}, not a Document or None",
                        plugin=impl.plugin_name,
                        source=document.source,
                    )
                document = result
        return document


_registry: Registry | None = None
_lock = threading.Lock()


def get_registry() -> Registry:
    """Return the process-wide registry, loading entry points on first use."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                _registry = Registry()
    return _registry


def reset_registry() -> None:
    """Forget the registry so that the next use loads entry points again."""
    global _registry
    with _lock:
        _registry = None


@contextmanager
def use_plugin(plugin: ModuleType | object, *, name: str | None = None) -> Iterator[Registry]:
    """Register ``plugin`` for the length of a ``with`` block.

    >>> import declkit
    >>> class Plugin:
    ...     @declkit.hookimpl
    ...     def declkit_register_parsers(self, register):
    ...         pass
    >>> with declkit.testing.use_plugin(Plugin(), name="mine") as registry:
    ...     registry.pm.has_plugin("mine")
    True
    """
    registry = get_registry()
    plugin_name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
    registry.add_plugin(plugin, name=plugin_name)
    try:
        yield registry
    finally:
        registry.remove_plugin(plugin_name)
