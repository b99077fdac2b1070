"""The workbench's version, in a module of its own so that any layer can name it (TMX headers, `--version`)
without importing the package and, through it, the pipeline and the store."""

from __future__ import annotations

__version__ = "0.1.0"
