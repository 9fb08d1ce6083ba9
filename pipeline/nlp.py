"""Assembling the spaCy pipeline.

:func:`build_nlp` is the one place that assembles the spaCy pipeline, from
``config.cfg`` in this package: ``spacy.blank("en")``'s tokenizer (kept linear on long
runs without white space, :mod:`pressfacts.tokenizer.long_runs`) plus the pressfacts
stages, each a registered component in its own module.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from typing import Any

from spacy.language import Language
from spacy.util import load_config_from_str, load_model_from_config

from pressfacts import registry  # noqa: F401  (registers the resource functions)
from pressfacts.entities import component as _entities  # noqa: F401
from pressfacts.extensions import register_extensions
from pressfacts.lifetime import long_lived
from pressfacts.quotes import component as _quotes  # noqa: F401
from pressfacts.sentences import component as _sentences  # noqa: F401
from pressfacts.statistics import component as _numbers  # noqa: F401
from pressfacts.statistics import periods as _periods  # noqa: F401
from pressfacts.tokenizer import long_runs as _tokenizer  # noqa: F401


def load_pipeline_config(overrides: dict[str, Any] | None = None) -> Any:
    """The pipeline's config (``pipeline/config.cfg``), with dotted-key overrides applied."""
    text = (
        importlib_resources.files("pressfacts").joinpath("config.cfg").read_text(encoding="utf-8")
    )
    return load_config_from_str(text, overrides=overrides or {})


def build_nlp(overrides: dict[str, Any] | None = None) -> Language:
    """Build the pressfacts pipeline once; reuse it for every document of a batch.

    The built pipeline (about 100,000 Python objects: vocabulary, word lists, matchers)
    lives as long as the run, so it is moved out of the garbage collector's view
    (:func:`pressfacts.lifetime.long_lived`): each full collection during the run would
    otherwise scan all of it again, about 50 ms each time, for nothing it could free.
    """
    register_extensions()
    with long_lived():
        return load_model_from_config(load_pipeline_config(overrides), auto_fill=True)
