"""Importing spaCy lean, for the ``pressfacts`` command that runs the pipeline.

Both cost CPU at every start of ``pressfacts run``, before any worker can start, for
nothing the pipeline uses:

- ``import spacy`` also imports ``spacy.cli`` (its ``__init__`` takes ``info`` from
  ``spacy.cli.info``), and with it typer, click, rich, requests, httpx, weasel and the
  ``spacy download``/``init``/``debug`` code: about 0.1 s. While spaCy's ``__init__``
  runs, ``spacy.cli.info`` is a stand-in module whose ``info`` imports the real one when
  called; it is taken out of ``sys.modules`` as soon as spaCy is imported, so a later
  ``import spacy.cli`` (or ``spacy.info()``) loads the real command line.
- Each look-up in a spaCy registry (about 130 while the pipeline is built: factories,
  ``@misc`` resources, the tokenizer) asks catalogue for the registry's entry points,
  and catalogue selects them from every installed package's entry points each time:
  about 25 ms. :func:`index_entry_points` gives catalogue the same entry points grouped
  once (a mapping it reads by group), so each look-up is one dictionary read.

Only the ``pressfacts`` command does this, for its own process; the library's ``import
pressfacts`` leaves spaCy's import as it is.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

STAND_IN = "spacy.cli.info"
"""The module spaCy's ``__init__`` imports from ``spacy.cli``, stood in for."""


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real ``spacy.cli.info.info``, imported when first called."""
    real = importlib.import_module(STAND_IN).info
    return real(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy, without ``spacy.cli``, unless it is imported already; then
    :func:`index_entry_points`."""
    if "spacy" in sys.modules or STAND_IN in sys.modules:
        return
    stand_in = types.ModuleType(STAND_IN, _info.__doc__)
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[STAND_IN] = stand_in
    try:
        importlib.import_module("spacy")
    except ImportError:  # a spaCy that takes more from its command line: import it whole
        sys.modules.pop(STAND_IN, None)
        importlib.import_module("spacy")
    finally:
        if sys.modules.get(STAND_IN) is stand_in:
            del sys.modules[STAND_IN]
    index_entry_points()


def index_entry_points() -> None:
    """catalogue's entry points (``catalogue.AVAILABLE_ENTRY_POINTS``) as a mapping of
    group to its entry points, in their order: what ``select(group=...)`` gives, read
    without scanning them all. Left as it is when it is no selectable collection."""
    catalogue: Any = importlib.import_module("catalogue")
    available = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(available, "select") and hasattr(available, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {
            group: available.select(group=group) for group in available.groups
        }
