"""A count with "extra/additional" after a verb of reinforcing ("the team has been
strengthened with six extra officers", "was bolstered by 12 additional staff") counts what
is added: a level, not a change (cue ``level-reinforced-extra-before``, role
``level_before_extra``, as ``level-put-extra-before``'s "put eight extra officers"). "N
more …" keeps the change, as does a comparison with "than". Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 10)
"""The publication date of every text of this file."""


ROWS = [
    pytest.param(
        "The airport team in Luton has been strengthened with six extra officers.",
        [(6, "officers", None)],
        id="strengthened-with-extra",
    ),
    pytest.param(
        "Patrols in Blackpool were bolstered by 12 additional PCSOs over the summer.",
        [(12, "pcsos", None)],
        id="bolstered-by-additional",
    ),
    pytest.param(
        "The control room in Exeter was reinforced with nine extra call handlers.",
        [(9, "handlers", None)],
        id="reinforced-with-extra",
    ),
    # near misses: "more" keeps the change, as does "than"
    pytest.param(
        "The airport team in Luton has been strengthened with six more officers.",
        [(6, "officers", "increase")],
        id="strengthened-with-more",
    ),
    pytest.param(
        "The team in Luton was strengthened with 6 extra officers than in 2024.",
        [(6, "officers", "increase")],
        id="than-comparison",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_reinforced_before(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
