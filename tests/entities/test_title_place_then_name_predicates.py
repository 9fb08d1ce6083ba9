""" "Mayor of Greater Manchester Andy Burnham thanked staff": a title with its place, then a
name with no comma, is vouched for by a verb of work or stance (``ACTIVITY_VERBS``) or a
relative clause ("…, whose office …") as by a verb of saying (rule
``title_place_then_name``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor of West Yorkshire Tracy Brabin thanked the crews.", {"Tracy Brabin": ["Mayor"]}),
        ("Police and Crime Commissioner for Cleveland Matt Storey, whose office funds the "
         "scheme, visited the hub.", {"Matt Storey": ["Police and Crime Commissioner"]}),
        ("Chief Constable of Dyfed-Powys Police Ifan Charles, who joined in 2023, opened the "
         "station.", {"Ifan Charles": ["Chief Constable"]}),
        ("Mayor of Bristol Tom Reed condemned the attack.", {"Tom Reed": ["Mayor"]}),
        # near misses: a place then a capitalised pair before no such verb is no person
        ("Mayor of West Yorkshire Fire Service plans were delayed.", {}),
    ],
)  # fmt: skip
def test_title_place_then_name_before_other_predicates(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
