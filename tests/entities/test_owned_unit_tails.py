"""Rule ``bare_unit_tail`` (``titles.BARE_UNIT_TAIL``; named ``owned_unit_tail`` until stop
53, a name ``title_tails`` also used): a unit noun left alone after the last organisation
taken out of a title phrase is that organisation's unit, and the connector before the
organisation goes with it. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        "Dave Quinlan, branch secretary for Unison's Merseyside Police branch, said pay was low.",
        "Dave Quinlan",
        ["Branch Secretary"],
        id="unison-force-branch",
    ),
    pytest.param(
        "Ann Lee, branch chair for the GMB's Durham Police branch, said staff were tired.",
        "Ann Lee",
        ["Branch Chair"],
        id="gmb-force-branch",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_an_organisation_s_unit_is_no_part_of_the_title(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert titles_of(nlp, text, name) == expected


NEAR_MISSES = [
    pytest.param(
        "Tom Hart, head of branch at Barclays, said staff were tired.",
        "Tom Hart",
        ["Head of Branch"],
        id="unit-before-the-organisation",
    ),
    pytest.param(
        "Kim Cole, head of the NSPCC's policy unit, said staff were tired.",
        "Kim Cole",
        ["Head of Policy Unit"],
        id="a-named-unit",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), NEAR_MISSES)
def test_other_units_stay(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected


def test_an_organisation_and_its_unit_alone_are_no_title(nlp: Language) -> None:
    """A phrase of an organisation and its unit only ("appointed to the Unison branch")
    gives no title and fails no document (it raised an IndexError)."""
    assert titles_of(nlp, "Jo Bell was appointed to the Unison branch.", "Jo Bell") == []
    assert titles_of(nlp, "Jo Bell was appointed as the Kent Police team.", "Jo Bell") == []
