"""Importing spaCy without its command line, for the ``pressfacts`` commands that run it.

Why: ``import spacy`` also imports ``spacy.cli`` (its ``__init__`` takes ``info`` from
``spacy.cli.info``), and with it typer, click, rich, requests, httpx, weasel and the
``spacy download``/``init``/``debug`` code: about 0.15 s of CPU at every start of
``pressfacts run``, paid before any worker can start, for nothing the pipeline uses.

How: while spaCy's ``__init__`` runs, ``spacy.cli.info`` is a stand-in module whose
``info`` imports the real one when called; it is taken out of ``sys.modules`` as soon
as spaCy is imported, so a later ``import spacy.cli`` (or ``spacy.info()``) loads the
real command line. Only the ``pressfacts`` command does this, for its own process; the
library's ``import pressfacts`` leaves spaCy's import as it is.
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
    """Import spaCy, without ``spacy.cli``, unless it is imported already."""
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
