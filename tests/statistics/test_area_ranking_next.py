"""The next member of a ranking after "ahead of" (``RANKING_NEXT``, as "followed by"): its
place and count are its own, its noun the ranking's; a place, "on", then the count is that
place's (``PLACE_ON``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Thames Valley Police made 900 arrests last year. Reading recorded the most arrests, "
        "210, ahead of Oxford on 180 and Milton Keynes on 150.",
        [(900, "Thames Valley"), (210, "Reading"), (180, "Oxford"), (150, "Milton Keynes")],
    ),
    (
        "Kent Police dealt with 4,000 thefts last year. Medway had the highest number of "
        "thefts, 800, ahead of Maidstone with 600.",
        [(4000, "Kent"), (800, "Medway"), (600, "Maidstone")],
    ),
    (
        "Sussex Police logged 2,300 calls last year. Brighton took 610 calls, ahead of "
        "Crawley on 402.",
        [(2300, "Sussex"), (610, "Brighton"), (402, "Crawley")],
    ),
    # near misses: "ahead of" with no member's count after it; "on" before no place
    (
        "Sussex Police logged 2,300 calls last year. Brighton took 610 calls ahead of the summer.",
        [(2300, "Sussex"), (610, "Brighton")],
    ),
    (
        "Sussex Police logged 2,300 calls last year. Officers in Brighton went on 40 patrols.",
        [(2300, "Sussex"), (40, "Brighton")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ranking_next(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
