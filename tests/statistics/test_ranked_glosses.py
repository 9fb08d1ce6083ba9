"""A ranking with its counts in brackets: "Leeds recorded the most burglaries (612),
followed by Bradford (401) and Wakefield (377)". Each count counts the ranking's measure
(unit rule ``share-gloss``, ``gloss_units.glossed_noun``) and is the place's before its bracket
(``own_places.PLACE_BRACKET``); the whole a sentence opens on ("Of the 38 forces that
responded, …") takes no place from the clause after it."""

from __future__ import annotations

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, area) of each figure the pipeline reads in ``text``."""
    return [(f.value, f.unit, f.area) for f in nlp(text)._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent Police took 3,000 calls. Maidstone made the most calls (612), followed by "
            "Dover (401) and Ashford (377).",
            [
                (3000, "calls", "Kent"),
                (612, "calls", "Maidstone"),
                (401, "calls", "Dover"),
                (377, "calls", "Ashford"),
            ],
        ),
        (
            "Forces in England recorded 900 thefts. Cumbria Constabulary had the highest "
            "number of thefts (88), then Durham Constabulary (61).",
            [(900, "thefts", "England"), (88, "thefts", "Cumbria"), (61, "thefts", "Durham")],
        ),
        # near misses: a bracket that glosses no ranking, and an aside
        (
            "Kent Police (pictured) made 40 arrests in Dover.",
            [(40, "arrests", "Dover")],
        ),
        (
            "Arrests in Leeds (up 12%) rose to 310.",
            [(12, "percent", "Leeds"), (310, "arrests", "Leeds")],
        ),
    ],
)
def test_a_ranking_with_counts_in_brackets(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forces in Wales took 4,000 reports. Of the 38 teams that replied, Gwent Police "
            "logged the most.",
            [(4000, "reports", "Wales"), (38, "teams", "Wales")],
        ),
        # near miss: a place inside the opening is the whole's own
        (
            "Forces in Wales took 4,000 reports. Of the 120 arrests in Cardiff, 40 were for "
            "burglary.",
            [(4000, "reports", "Wales"), (120, "arrests", "Cardiff"), (40, "arrests", "Cardiff")],
        ),
    ],
)
def test_the_whole_an_opening_divides_takes_no_place_after_it(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert figures(nlp, text) == expected
