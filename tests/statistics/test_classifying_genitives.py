"""A plural possessive that classifies the place or service after it is counted with that
noun (rule ``classifying_genitive``: ``compound_units.CLASSIFYING_GENITIVE``): "two new
children's homes" counts children's homes. Before, the possessive ended the reading and the
count had no noun, so it was dropped. Every sentence is invented."""

from __future__ import annotations

import pytest

from pressfacts.statistics.units import noun_after


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" new children's homes in east Sussex", "children's homes"),
        (" children’s centres across the borough", "children’s centres"),
        (" women's refuges in Devon", "women's refuges"),
        (" more men's sheds", "men's sheds"),
        (" young people's services", "young people's services"),
        (" girls' hostels in Leeds", "girls' hostels"),
        (" specialist women’s hubs", "women’s hubs"),
        # near misses: an owner, not a class; a place owning the noun
        (" children's mothers were arrested", None),
        (" of the city's parks", None),
        (" women's lives", None),
    ],
)
def test_a_classifying_genitive_is_counted_with_its_noun(after: str, expected: str | None) -> None:
    assert noun_after(after) == expected
