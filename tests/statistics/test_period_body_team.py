"""A team or unit of the body the sentence before spoke of, going on with what it did then
("Its asset recovery team obtained 40 orders", "The unit seized £90,000") takes that
sentence's period (back-reference rule ``the_body_went_on``); sentences invented for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.test_period_context import periods_of

YEAR = ("2021-04-01", "2022-03-31")


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police made 300 arrests in 2021/22. Its Economic Crime Unit obtained 40 "
        "confiscation orders.",
        "The regional unit disrupted 90 gangs in 2021/22. Its asset recovery team froze 40 "
        "accounts.",
        "Essex Police charged 300 people in 2021/22. Their financial investigators seized 40 cars.",
        "The regional unit disrupted 90 gangs in 2021/22. The unit recovered 40 firearms.",
    ],
)
def test_a_team_of_the_body_went_on(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] == YEAR


@pytest.mark.parametrize(
    "text",
    [
        # speech or the present perfect: no back-reference
        "Kent Police made 300 arrests in 2021/22. Its Economic Crime Unit said 40 orders "
        "were pending.",
        "Kent Police made 300 arrests in 2021/22. Its asset recovery team has frozen 40 accounts.",
    ],
)
def test_a_team_of_the_body_near_misses(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] is None
