"""Sphinx configuration of declkit's documentation.

Build with ``sphinx-build -W -b html docs docs/_build/html``; run the examples with
``sphinx-build -W -b doctest docs docs/_build/doctest``. Everything builds offline.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Build from a plain checkout too: the package and the example plugin are importable
# from the source tree even when they are not installed.
for path in (ROOT, ROOT / "plugins", ROOT / "examples" / "declkit-eml"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import declkit  # noqa: E402

project = "declkit"
author = "The declkit developers"
copyright = "declkit developers; MIT licence"  # noqa: A001
release = declkit.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

# The docs build without network access: no intersphinx.
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []
html_static_path = ["_static"]
html_theme = "furo"
html_title = f"declkit {release}"
pygments_style = "sphinx"
nitpicky = False

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "show-inheritance": False}
autodoc_preserve_defaults = True
autoclass_content = "class"

napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# Every doctest, on the pages and in docstrings pulled in by autodoc, starts with
# the public API imported and knows where the example documents are.
doctest_global_setup = f"""
import json
from pathlib import Path
import declkit
from declkit import *
EXAMPLES = Path({str(ROOT / "examples")!r})
"""
doctest_default_flags = 0
import doctest as _doctest  # noqa: E402

doctest_default_flags = _doctest.ELLIPSIS | _doctest.NORMALIZE_WHITESPACE | _doctest.DONT_ACCEPT_TRUE_FOR_1
