"""Quotes with the same words are indexed once, with every speaker their copies give."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.quote_merge import cluster, cluster_exhaustive

LONG = (
    "Volunteers at the harbour food bank packed four hundred parcels this winter "
    "and every one of them went to a family in the town who asked for help"
)
HALF = (
    "Volunteers at the harbour food bank packed four hundred parcels this winter "
    "despite a leaking roof and two broken vans"
)


@pytest.mark.parametrize(
    ("half_speaker", "linked"),
    [
        ("person:ines-calloway", True),  # agrees with one copy of the long version
        ("person:odo-brandt", True),  # agrees with the other copy
        ("person:someone-else", False),  # agrees with neither; under 80% of it is inside
        (None, True),  # unknown agrees with anyone
    ],
)
def test_speakers_of_every_copy_count(half_speaker: str | None, linked: bool) -> None:
    texts = [LONG, LONG, HALF]
    speakers = ["person:ines-calloway", "person:odo-brandt", half_speaker]
    groups = sorted(cluster(texts, speakers))
    assert groups == sorted(cluster_exhaustive(texts, speakers))
    assert groups == ([[0, 1, 2]] if linked else [[0, 1], [2]])
