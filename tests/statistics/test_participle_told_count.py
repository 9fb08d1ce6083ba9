"""A part "of those <participle>" counts what the participle tells as done: the count
whose own words after it hold the participle ("Six people were arrested"), or whose verb
it is right before it ("arrested 42 drivers"), not a later count whose words merely follow
it across "and" ("… were arrested and 37 vehicles stopped"): rule
``participle_told_count`` of :mod:`pressfacts.statistics.done_wholes`. Every sentence is
invented; near misses are counts the participle is the verb of. A partitive opening's
participle after its noun ("Of the people searched, …", :func:`.partitive_done`) picks the
count of that noun the same way (the people searched, not a later part of those arrested)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.done_wholes import partitive_done
from pressfacts.statistics.partitives import partitive_opening
from tests.statistics.conftest import UnitsOf

P = dt.date(2026, 7, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Six people were arrested and 37 vehicles stopped in Hull in May. Three of those "
            "arrested have been charged.",
            ["people", "vehicles", "people"],
            id="passive-then-and",
        ),
        pytest.param(
            "Eleven men were detained and 240 phones seized during the week. Of those "
            "detained, four were in Luton.",
            ["men", "phones", "men"],
            id="lead-in-detained",
        ),
        # near miss: the participle is the verb right before the later count
        pytest.param(
            "Police stopped 300 cars and arrested 12 drivers in Leeds in May. Of those "
            "arrested, five were banned.",
            ["cars", "drivers", "drivers"],
            id="verb-before-later-count",
        ),
        # near miss: the participle is the verb of the earlier sentence's count
        pytest.param(
            "Essex Police arrested 42 drivers in December. Officers also stopped 1,300 "
            "vehicles. Of those arrested, nine were in Colchester.",
            ["drivers", "vehicles", "drivers"],
            id="verb-in-sentence-before",
        ),
    ],
)
def test_participle_told_count(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[str]
) -> None:
    assert [unit for _value, unit in units_of(nlp, text, P)] == expected


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        pytest.param(
            "Of the people searched, 61 were under 25.", ("searched", "search"), id="searched"
        ),
        pytest.param(
            "Of the drivers stopped, nine were banned.", ("stopped", "stop"), id="stopped"
        ),
        pytest.param("Of the vehicles seized, 12 were stolen.", ("seized", "seiz"), id="seized"),
        # near misses: no participle after the noun, or no noun
        pytest.param("Of the arrests, 12 were in Hull.", (), id="noun-alone"),
        pytest.param("Of those, 40 were women.", (), id="no-noun"),
    ],
)
def test_partitive_done(sentence: str, forms: tuple[str, ...]) -> None:
    assert partitive_done(partitive_opening(sentence)) == forms
