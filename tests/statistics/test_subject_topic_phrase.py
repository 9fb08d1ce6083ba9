"""A level's subject may be followed by a phrase opened by a participle used as a
preposition that says what the things counted concern
(``level_subjects.SUBJECT_TOPIC_PREPOSITIONS``, rule ``subject_topic_phrase``): the head
noun is still the counted subject. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts.statistics.level_subjects import level_subject


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Reports relating to the professional game reached ", "reports"),
        ("Calls linked to county lines rose to ", "calls"),
        ("Complaints related to parking fines totalled ", "complaints"),
        ("Incidents connected to the night-time economy fell to ", "incidents"),
        ("Appeals concerning school places stood at ", "appeals"),
        # near misses: a verb of saying before the phrase; no plural subject
        ("Police said relating to the game reached ", None),
        ("The team relating to the case reached ", None),
    ],
)
def test_subject_topic_phrase(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected
