"""A share opening a ", with" clause that names no place of its own takes the place of
the whole its sentence stated before it ("referrals to UK law enforcement more than
doubled in 2025, with 91% of victims male": UK; ``figure_areas.WITH_PART``), not the
release's area; a part with a place of its own keeps it. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Kent Police made 300 arrests in 2023.\n\nThe NCA said referrals to UK law "
        "enforcement more than doubled in 2023, with 91% of victims male.",
        [(300, "Kent"), (2, "UK"), (91, "UK")],
        id="a-share-after-a-national-change",
    ),
    pytest.param(
        "Kent Police made 300 arrests in 2023.\n\nReferrals in Scotland rose by 40% in "
        "2023, with nearly 80% of victims aged under 18.",
        [(300, "Kent"), (40, "Scotland"), (80, "Scotland")],
        id="a-qualified-share-after-a-place",
    ),
    # near misses: a part with a place of its own keeps it
    pytest.param(
        "Kent Police made 300 arrests in 2023.\n\nReferrals in Scotland rose by 40% in "
        "2023, with 12% in Glasgow.",
        [(300, "Kent"), (40, "Scotland"), (12, "Glasgow")],
        id="near-miss-a-place-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_with_part_takes_the_whole_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
