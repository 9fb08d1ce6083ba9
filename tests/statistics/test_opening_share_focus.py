"""Rule ``opening-share-focus`` (:data:`pressfacts.statistics.referred_figures.FOCUS_OPENING`):
a share opening its sentence after a focus word ("Only one in ten had …", "Just 12% were
…", "Still nearly half were …") is a share of the figures before, as without the word
(pointer ``opening-share``): it takes their period and area. Not a share naming its own
whole ("Only one in ten victims were …"). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.referred_figures import points_back
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only one in ten had ever checked a licence.", "opening-share"),
        ("Just 12% were reported to police.", "opening-share"),
        ("Only about a third had a permit.", "opening-share"),
        ("Still nearly half were repeat offenders.", "opening-share"),
        # near misses: a whole of its own; a focus word not opening the sentence
        ("Only one in ten victims were men.", None),
        ("Drivers said only 12% were stopped.", None),
    ],
)
def test_a_focus_word_before_an_opening_share(sentence: str, expected: str | None) -> None:
    start = next(
        i
        for i, c in enumerate(sentence)
        if c.isdigit() or sentence[i:].startswith(("one in", "a third", "half"))
    )
    assert points_back(sentence, start, "percent") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The survey of 1,500 farmers in Devon, carried out in August, found that nearly "
            "half had lost stock. Only one in five had reported it.",
            {
                1500: ("2025-08-01", "2025-08-31"),
                50: ("2025-08-01", "2025-08-31"),
                20: ("2025-08-01", "2025-08-31"),
            },
        ),
        (
            "Kent Council recorded 3,100 fly-tips in 2024. Just 8% were fined.",
            {3100: ("2024-01-01", "2024-12-31"), 8: ("2024-01-01", "2024-12-31")},
        ),
    ],
)
def test_a_focused_opening_share_takes_the_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
