"""Rule ``compared-count-word`` (:data:`pressfacts.statistics.units.COMPARED_WORD`): a
yardstick in words with no noun of its own ("…, compared with nine in 2024") counts what the
count before it counts and, as a yardstick in digits does (``compared-count``), in the same
place: a force's count keeps the force's area for its yardstick, not the release's. Sentences
invented for the test; near misses: a yardstick naming its own place, and one with its own
noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

NATIONAL = "The charity received 900 calls across England last year. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            NATIONAL + "Kent Police made 31 arrests in 2023, compared with nine in 2022.",
            [(900, "England"), (31, "Kent"), (9, "Kent")],
            id="force-count-word-yardstick",
        ),
        pytest.param(
            NATIONAL + "Dyfed-Powys Police seized 14 quad bikes last year, up from six the year "
            "before, a spokesman said.",
            [(900, "England"), (14, "Dyfed-Powys"), (6, "Dyfed-Powys")],
            id="up-from-word",
        ),
        pytest.param(
            NATIONAL + "Cumbria Constabulary charged 12 people in 2023, compared with the "
            "seven charged in 2022.",
            [(900, "England"), (12, "Cumbria"), (7, "Cumbria")],
            id="compared-with-the-word",
        ),
        # near misses: the yardstick names a place of its own; the yardstick has its own noun
        pytest.param(
            NATIONAL + "Kent Police made 31 arrests in Dover, compared with nine in Ashford.",
            [(900, "England"), (31, "Dover"), (9, "Ashford")],
            id="own-place",
        ),
        pytest.param(
            NATIONAL + "Kent Police made 31 arrests in 2023, compared with nine charities in 2022.",
            [(900, "England"), (31, "Kent"), (9, "England")],
            id="own-noun",
        ),
    ],
)
def test_compared_word_yardstick_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
