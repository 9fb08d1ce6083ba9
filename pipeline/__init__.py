"""pressfacts: press releases in, a deduplicated knowledge set out.

:func:`build_nlp` is the one place that assembles the spaCy pipeline, from
``config.cfg`` in this package: ``spacy.blank("en")``'s tokenizer plus the pressfacts
stages, each a registered component in its own module.
"""

from __future__ import annotations

from importlib import metadata
from importlib import resources as importlib_resources
from typing import Any

from spacy.language import Language
from spacy.util import load_config_from_str, load_model_from_config

from pipeline import entities, numbers, periods, quotes, registry, sentences  # noqa: F401
from pipeline.extensions import register_extensions

try:
    __version__ = metadata.version("pressfacts")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"


def load_pipeline_config(overrides: dict[str, Any] | None = None) -> Any:
    """The pipeline's config (``pipeline/config.cfg``), with dotted-key overrides applied."""
    text = importlib_resources.files(__name__).joinpath("config.cfg").read_text(encoding="utf-8")
    return load_config_from_str(text, overrides=overrides or {})


def build_nlp(overrides: dict[str, Any] | None = None) -> Language:
    """Build the pressfacts pipeline once; reuse it for every document of a batch."""
    register_extensions()
    return load_model_from_config(load_pipeline_config(overrides), auto_fill=True)
