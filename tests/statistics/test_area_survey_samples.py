"""A share of those a survey asked ("More than half said …") is of the sample's place, not
the document's (area rule ``survey-sample-share``, ``survey_samples.sample_share``). Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "One in four cyclists in England say they were cut up last week, Cycling UK said."
            "\n\nThe charity surveyed 1,800 cyclists across Britain in May. Nearly half said "
            "they avoided main roads, and 29% said they had given up cycling to work.",
            [(25, "England"), (1800, "Britain"), (50, "Britain"), (29, "Britain")],
            id="shares-after-a-sample-in-the-sentence-before",
        ),
        pytest.param(
            "Three in ten drivers in Wales admit speeding, the RAC Foundation said.\n\n"
            "It polled 2,400 motorists across the UK, and four in ten told researchers they "
            "drove tired.",
            [(30, "Wales"), (2400, "UK"), (40, "UK")],
            id="share-told-after-a-sample-in-its-own-sentence",
        ),
        pytest.param(
            "Two in five parents in Scotland worry about school roads, a study found.\n\n"
            "Researchers questioned more than 900 parents in the UK. A third of them admitted "
            "parking on zig-zags.",
            [(40, "Scotland"), (900, "UK"), (33.3, "UK")],
            id="share-of-them-admitted",
        ),
        # near misses: no answering verb; no sample counted before the share
        pytest.param(
            "One in five riders in Britain crashed last year, RoSPA said.\n\nThe charity "
            "surveyed 2,000 riders across the UK. 38% of the crashes were on A roads.",
            [(20, "Britain"), (2000, "UK"), (38, "Britain")],
            id="share-with-no-answering-verb",
        ),
        pytest.param(
            "One in five riders in Britain crashed last year, RoSPA said.\n\nThe charity "
            "works across the UK with 40 partners.\n\nNearly half said they felt unsafe.",
            [(20, "Britain"), (40, "UK"), (50, "Britain")],
            id="share-with-no-sample-before",
        ),
    ],
)
def test_a_share_of_a_survey_sample_takes_its_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
