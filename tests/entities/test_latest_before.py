"""LatestBefore: the item listed last among those starting before a position.

Rows are (behaviour, item starts in list order, positions asked in order, the list
indexes answered); one row per behaviour the short-form rule relies on.
"""

from __future__ import annotations

import pytest

from pressfacts.entities.latest_before import LatestBefore

ROWS = [
    ("none before: the first listed", [50, 10], [5], [0]),
    ("the one before", [10, 50], [30], [0]),
    ("the last listed, not the nearest", [40, 10], [45], [1]),
    ("listed later and before wins", [10, 40], [45], [1]),
    ("a start equal to the position is not before", [10, 30], [30, 31], [0, 1]),
    ("answers follow the positions asked", [100, 20, 60], [10, 30, 70, 200], [0, 1, 2, 2]),
]


@pytest.mark.parametrize(
    ("behaviour", "starts", "positions", "answers"), ROWS, ids=[row[0] for row in ROWS]
)
def test_latest_before(
    behaviour: str, starts: list[int], positions: list[int], answers: list[int]
) -> None:
    items = list(enumerate(starts))
    latest = LatestBefore(items, lambda item: item[1])
    assert [latest.at(position)[0] for position in positions] == answers
