"""Rule ``these-those-in-sentence``
(:func:`pressfacts.statistics.sentence_referents.sentence_referent`): "those tractors" after a
count of tractors in the same sentence points back to that count, not to the last count of
a sentence before, so a change of "those" things takes that count's area. Sentences invented
for the test; near miss: "those farms", a noun no count before it in its sentence counts
(the count of the sentence before, as before), and "11 of those cases" (a part, never what
"those" points to)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.sentence_referents import sentence_referent
from tests.statistics.conftest import AreasOf

BEFORE = "The charity received 500 reports across Wales in 2023. In Cardiff, 60 vans were stopped. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            BEFORE + "Since 2021 the charity has fitted trackers to 230 tractors, and thefts of "
            "those tractors have fallen by 40%.",
            [(500, "Wales"), (60, "Cardiff"), (230, "Wales"), (40, "Wales")],
            id="change-of-those-things",
        ),
        pytest.param(
            BEFORE + "Since 2021 the charity has marked 90 quad bikes in Powys, and claims for "
            "those bikes have dropped by a third.",
            [(500, "Wales"), (60, "Cardiff"), (90, "Powys"), (33.3, "Powys")],
            id="last-word-of-the-unit",
        ),
        # near miss: "those farms" names no count of its sentence
        pytest.param(
            BEFORE + "Since 2021 the charity has fitted trackers to 230 tractors, and thefts "
            "from those farms have fallen by 40%.",
            [(500, "Wales"), (60, "Cardiff"), (230, "Wales"), (40, "Cardiff")],
            id="noun-of-no-count",
        ),
    ],
)
def test_those_in_sentence_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


def _count(sentence: str, figure: str, unit: str) -> StatisticFinding:
    start = sentence.index(figure)
    return StatisticFinding(start=start, end=start + len(figure), value=int(figure), unit=unit)


def test_those_points_to_the_count_before() -> None:
    sentence = "It fitted alarms on 410 churches, and claims from those churches fell by 90%."
    found = [_count(sentence, "410", "churches")]
    assert sentence_referent(sentence, sentence.index("90%"), 0, found) == found[0]


def test_the_part_before_of_those_is_no_referent() -> None:
    """Near miss: "in only 11 of those cases" is a part, not what "those cases" points to."""
    sentence = (
        "Force was used on 19 of them, but in only 11 of those cases was it logged, in one in four."
    )
    found = [_count(sentence, "19", "detainees"), _count(sentence, "11", "cases")]
    assert sentence_referent(sentence, sentence.index("one in four"), 0, found) is None
