"""Factory defaults are held once: config.cfg names components and resources only.

(a) the assembled pipeline's config equals config.cfg for every key config.cfg sets,
    and config.cfg repeats no plain factory default;
(b) every config key of every component can be set through ``add_pipe(config=...)`` on
    a bare ``spacy.blank("en")``, one row per key, and the component then runs;
(c) ``nlp.analyze_pipes()`` reports no problems.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.util import load_config_from_str

from pressfacts.nlp import load_pipeline_config

PIPE_ORDER = (
    "pressfacts_sentences",
    "pressfacts_entities",
    "pressfacts_quotes",
    "pressfacts_periods",
    "pressfacts_numbers",
)
TEXT = (
    "Detective Sergeant Rhiannon Voss of Gwent Police said: “We will keep knocking on doors "
    "until every family feels safe.” Reports to the Kestrel Trust rose by 14% in 2023."
)


def _raw_config() -> Any:
    """config.cfg as written, without auto-fill."""
    text = importlib_resources.files("pressfacts").joinpath("config.cfg").read_text("utf-8")
    return load_config_from_str(text)


def _is_reference(value: object) -> bool:
    return isinstance(value, dict) and any(str(key).startswith("@") for key in value)


def _leaves(tree: dict[str, Any], prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    """Every leaf of a nested config section, keyed by its path."""
    out: dict[tuple[str, ...], Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_leaves(value, (*prefix, key)))
        else:
            out[(*prefix, key)] = value
    return out


def test_built_config_equals_config_cfg_for_every_key_it_sets(nlp: Language) -> None:
    written = _leaves(dict(_raw_config()))
    built = _leaves(dict(nlp.config))
    assert written, "config.cfg is empty"
    differing = {
        key: (value, built.get(key)) for key, value in written.items() if built.get(key) != value
    }
    assert not differing


def test_config_cfg_repeats_no_plain_factory_default(nlp: Language) -> None:
    repeated = []
    for name, section in _raw_config()["components"].items():
        defaults = nlp.get_factory_meta(section["factory"]).default_config
        for key, value in section.items():
            if key != "factory" and not _is_reference(value) and defaults.get(key) == value:
                repeated.append(f"{name}.{key} = {value!r}")
    assert not repeated, "config.cfg repeats factory defaults: " + ", ".join(repeated)


def test_config_cfg_lists_the_stages_in_order() -> None:
    assert tuple(load_pipeline_config()["nlp"]["pipeline"]) == PIPE_ORDER


# (component, key, a value other than the default): one row per config key.
KEYS: list[tuple[str, str, object]] = [
    ("pressfacts_sentences", "abbreviations", ["zz", "Insp"]),
    ("pressfacts_sentences", "exclaimed_names", ["Speak Out!"]),
    (
        "pressfacts_entities",
        "gazetteer",
        [{"id": "charity:kestrel-trust", "type": "CHARITY", "name": "Kestrel Trust"}],
    ),
    (
        "pressfacts_entities",
        "titles",
        [{"id": "warden", "title": "Warden", "kind": "job_title", "forms": ["Warden"]}],
    ),
    ("pressfacts_entities", "speech_verbs", ["said", "told"]),
    ("pressfacts_entities", "places", ["Gwent", "Caerleon"]),
    ("pressfacts_entities", "non_name_words", ["Reports"]),
    ("pressfacts_entities", "given_names", ["rhiannon", "mabli"]),
    ("pressfacts_entities", "head_words", ["trust", "unit"]),
    # a trained model is exercised in tests/entities/test_ner_model.py
    ("pressfacts_entities", "ner_model", None),
    (
        "pressfacts_entities",
        "patterns",
        [{"id": "trust", "type": "CHARITY", "patterns": [["CAP", {"ORTH": "Trust"}]]}],
    ),
    ("pressfacts_quotes", "speech_verbs", ["said"]),
    ("pressfacts_quotes", "gendered_words", ["she", "he"]),
    ("pressfacts_quotes", "speaker_nouns", ["spokesperson"]),
    ("pressfacts_quotes", "organisation_references", ["the force"]),
    ("pressfacts_quotes", "end_markers", ["ends"]),
    ("pressfacts_quotes", "non_speech_cues", ["a sign read"]),
    ("pressfacts_quotes", "min_speech_words", 3),
    (
        "pressfacts_numbers",
        "cues",
        [{"id": "change-up", "role": "change_after", "value": "increase", "words": ["rise"]}],
    ),
    ("pressfacts_numbers", "places", ["Gwent"]),
    (
        "pressfacts_numbers",
        "bodies",
        [{"id": "force:gwent-police", "type": "FORCE", "name": "Gwent Police", "areas": ["Gwent"]}],
    ),
    ("pressfacts_numbers", "within", ["Caerleon > Gwent"]),
    ("pressfacts_numbers", "towns", ["Caerleon"]),
]


def _configurable_keys() -> set[tuple[str, str]]:
    nlp = spacy.blank("en")
    return {
        (factory, key)
        for factory in PIPE_ORDER
        for key in nlp.get_factory_meta(factory).default_config
    }


def test_every_config_key_has_a_row() -> None:
    assert {(component, key) for component, key, _ in KEYS} == _configurable_keys()


@pytest.mark.parametrize(
    ("component", "key", "value"), KEYS, ids=[f"{c[11:]}.{k}" for c, k, _ in KEYS]
)
def test_config_key_reaches_the_component(component: str, key: str, value: object) -> None:
    nlp = spacy.blank("en")
    for name in PIPE_ORDER[: PIPE_ORDER.index(component) + 1]:
        nlp.add_pipe(name, config={key: value} if name == component else {})
    assert nlp.get_pipe_config(component)[key] == value
    doc = nlp(TEXT)
    assert doc.text == TEXT


def test_abbreviations_setting_changes_the_splitting() -> None:
    text = "Ring zz. Harlow for details."
    default = spacy.blank("en")
    default.add_pipe("pressfacts_sentences", config={"abbreviations": []})
    custom = spacy.blank("en")
    custom.add_pipe("pressfacts_sentences", config={"abbreviations": ["zz"]})
    assert (len(list(default(text).sents)), len(list(custom(text).sents))) == (2, 1)


def test_analyze_pipes_reports_no_problems(nlp: Language) -> None:
    problems = nlp.analyze_pipes()["problems"]
    assert set(problems) == set(PIPE_ORDER)
    assert all(not found for found in problems.values())
