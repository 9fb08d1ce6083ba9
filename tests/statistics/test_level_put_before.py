"""A count with "extra/additional" after the verb "put" ("the force had put eight extra
officers on foot patrol", "is putting 15 additional officers on the streets") counts what
is deployed: a level, not a change (cue ``level-put-extra-before``, role
``level_before_extra``). "put N more …" keeps the change ("we have put 280 more officers
into neighbourhood teams since 2024"), as does a comparison with "than". Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 10)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "She said the force had put eight extra officers on foot patrol in Leeds since May.",
        [(8, "officers", None)],
        id="had-put-extra",
    ),
    pytest.param(
        "The council will put 12 extra wardens on duty in Halifax town centre this summer.",
        [(12, "wardens", None)],
        id="will-put-extra",
    ),
    pytest.param(
        "Cleveland Police is putting 15 additional officers on the streets of Middlesbrough.",
        [(15, "officers", None)],
        id="putting-additional",
    ),
    # near misses: a change stays a change
    pytest.param(
        "In Leeds, 350 more people were arrested last year.",
        [(350, "people", "increase")],
        id="no-verb-of-putting",
    ),
    pytest.param(
        "The council will put 12 more wardens on duty in Halifax town centre this summer.",
        [(12, "wardens", "increase")],
        id="put-more",
    ),
    pytest.param(
        "The force put 40 extra officers on patrol in 2024 than in 2023.",
        [(40, "officers", "increase")],
        id="than-comparison",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_put_before(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
