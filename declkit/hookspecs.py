"""The hooks a declkit plugin can implement.

Plugins implement these with :data:`declkit.hookimpl` and register through the
``declkit`` entry-point group::

    [project.entry-points.declkit]
    my_format = "my_package.plugin"

Hook implementations take no default arguments (pluggy does not pass them). Hooks grow
by adding fields to the objects they receive, never by changing signatures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from ._layout import Parser
    from ._model import Document

__all__ = ["declkit_enrich_document", "declkit_register_parsers", "hookimpl", "hookspec"]

#: Marks a function as the specification of a declkit hook.
hookspec = pluggy.HookspecMarker("declkit")
#: Marks a function as a plugin's implementation of a declkit hook.
hookimpl = pluggy.HookimplMarker("declkit")


@hookspec
def declkit_register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the plugin's parsers by calling ``register(parser)`` once for each.

    Called once, the first time declkit needs its parser registry. A name that is
    already registered raises :class:`~declkit.PluginError`: names are unique.
    """


@hookspec
def declkit_enrich_document(document: Document) -> Document | None:
    """Add to or correct a parsed document.

    Called after the shared analysis, for every document, once per implementing
    plugin, in pluggy's call order. Return a new document (built with
    :func:`attrs.evolve`) to replace it, or ``None`` to leave it unchanged. The
    returned document is passed to the next enricher.
    """
