"""A crime category named in the singular before the noun that counts it is counted by that
noun (rule ``category_then_head``: ``compound_units.CATEGORY_THEN_HEAD``): "33,145 violence
against the person offences" counts offences, not "violences". Every phrase is invented."""

from __future__ import annotations

import pytest

from pressfacts.statistics.units import noun_after


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" violence against the person offences over the year", "offences"),
        (" theft from the person crimes in Leeds", "crimes"),
        (" possession of weapons offences", "offences"),
        (" criminal damage offences in Hull", "offences"),
        # near misses: adjectives before the head are read as before; a plural noun first
        # is the count's own; no head after the category
        (" public order incidents", "incidents"),
        (" thefts of bikes in Cambridge", "thefts"),
        (" people arrested for theft offences", "people"),
        (" assaults on officers", "assaults"),
    ],
)
def test_a_category_is_counted_by_its_head(after: str, expected: str | None) -> None:
    assert noun_after(after) == expected
