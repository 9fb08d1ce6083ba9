"""Each scan skipped on texts without its required text: every match holds that text,
and the finding the scan is for still comes out."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from pressfacts.entities.acronyms import _ACRONYM_DEFINITION
from pressfacts.entities.person_rules import MUST_CONTAIN, PERSON_RULES
from pressfacts.extensions import ENTITY_SPAN_GROUP

EXAMPLES = {
    **{rule.name: rule.example for rule in PERSON_RULES if rule.name in MUST_CONTAIN},
    "according_to": "The road was closed, according to Imani Okafor of the parish.",
    "role_by_reference": (
        "Inspector Tomas Varga spoke. The officer, who is the rural crime lead for the "
        "force, said more patrols were due."
    ),
    "acronym_definition": "The Rural Crime Team (RCT) led the search.",
}


def _scan(nlp: Language, name: str) -> re.Pattern[str]:
    finder = nlp.get_pipe("pressfacts_entities").people
    if name == "acronym_definition":
        return _ACRONYM_DEFINITION
    if name == "role_by_reference":
        return finder._role_by_reference
    return finder._patterns[name]


def test_every_required_text_has_an_example() -> None:
    assert set(EXAMPLES) == set(MUST_CONTAIN)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_match_holds_the_required_text(nlp: Language, name: str) -> None:
    """Each scan: it matches its example, and the match holds what the scan requires."""
    matches = list(_scan(nlp, name).finditer(EXAMPLES[name]))
    assert matches
    assert all(MUST_CONTAIN[name].search(match.group(0)) for match in matches)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (EXAMPLES["according_to"], "Imani Okafor", None),
        (EXAMPLES["role_by_reference"], "Tomas Varga", "Rural Crime Lead"),
    ],
)
def test_the_findings_still_come_out(
    nlp: Language, text: str, person: str, title: str | None
) -> None:
    """Each case: a text, the person it names and the title a skipped scan would lose."""
    doc = nlp(text)
    people = {doc._.entity_info[span.id_].name for span in doc.spans[ENTITY_SPAN_GROUP]}
    assert person in people
    if title is not None:
        titles = [t for info in doc._.entity_info.values() for t in info.titles]
        assert title in titles


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("given_name_age", "Calls rose from 1,497 to 3,062 in the year."),
        ("given_name_age", "The fund holds £12,500,000 for 2,400 families."),
    ],
)
def test_a_scan_is_spared_where_its_text_is_absent(name: str, text: str) -> None:
    """Each case: a text without what the scan needs (a figure's "3,062" is no age)."""
    assert MUST_CONTAIN[name].search(text) is None
