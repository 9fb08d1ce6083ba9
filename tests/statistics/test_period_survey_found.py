"""A sentence opening "The survey found …", "The report shows …", "The poll also found …"
speaks of the figures stated just before (back-reference rule ``the_figures_show``, whose
nouns now hold survey, poll and report): it takes their period. Sentences invented; near
misses keep a period of their own, or none when none was stated before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.test_period_context import periods_of

P = dt.date(2026, 1, 22)
YEAR_2025 = ("2025-01-01", "2025-12-31")

ROWS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # the dated sentence lies beyond the few sentences a plain sentence looks back over
    (
        "The charity questioned 1,840 people who had reported a crime during 2025. Of those, "
        '990 said they were satisfied.\n\nIts director said: "We heard from far too many '
        'people. Nobody should feel let down."\n\nThe survey found that 44% of victims had not '
        "been offered support.",
        {1840: YEAR_2025, 990: YEAR_2025, 44: YEAR_2025},
    ),
    (
        "Gwent Police answered 61,200 non-emergency calls in 2025. Of these, 9,800 were "
        'about anti-social behaviour.\n\nThe chief constable said: "We know waits matter. '
        'We have listened."\n\nThe report shows that 82% were answered within a minute.',
        {61200: YEAR_2025, 9800: YEAR_2025, 82: YEAR_2025},
    ),
    (
        "More than 2,000 residents of Powys took part in the poll during 2025. Of them, 640 "
        'lived in Newtown.\n\nThe commissioner said: "This matters. Thank you to everyone."'
        "\n\nThe poll also found that 57% felt safe walking alone after dark.",
        {2000: YEAR_2025, 640: YEAR_2025, 57: YEAR_2025},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # a period of its own
    (
        "The charity questioned 1,840 people during 2025. The survey found that 44% had "
        "waited more than a week in December.",
        {1840: YEAR_2025, 44: ("2025-12-01", "2025-12-31")},
    ),
    # no period stated before: none to take
    (
        "The survey found that 44% of victims had not been offered support.",
        {44: None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_survey_found_takes_the_period_before(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
