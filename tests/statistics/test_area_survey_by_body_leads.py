"""A lead crediting its finding to "a survey by" a body that "has found" it (rule
``survey_by_body_found`` of :data:`pressfacts.statistics.lead_sentences.HOOK`) is a hook:
the scope the next sentence states is the document's area; the length of a span in the
lead ("in the last 12 months") is no figure of its own that would keep the lead to itself
(rule ``span_length_no_figure``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than half of wheelchair users have been blocked by parked scooters, a survey "
            "by the Ann Craft Trust has found. The charity asked 900 wheelchair users across "
            "Wales in March. One in four had missed an appointment.",
            [(50, "Wales"), (900, "Wales"), (25, "Wales")],
            id="survey-by-has-found",
        ),
        pytest.param(
            "Nearly a third of cyclists were hit by a car door in the last 12 months, a poll "
            "for the Ann Craft Trust found. It polled 2,400 riders across Scotland in May. One "
            "in ten had broken a bone.",
            [(33.3, "Scotland"), (2400, "Scotland"), (10, "Scotland")],
            id="poll-for-found-span-length",
        ),
        pytest.param(
            "Almost half of bus drivers were abused over the past 2 years, a study from the "
            "Ann Craft Trust shows. The charity asked 700 drivers across Wales in April. One "
            "in five had been punched.",
            [(50, "Wales"), (700, "Wales"), (20, "Wales")],
            id="study-from-shows-span-length",
        ),
        # near misses: the lead states a count in digits (its own scope); a survey by a
        # body with no finding told
        pytest.param(
            "Some 450 drivers were abused in the last 12 months, a survey by the Ann Craft "
            "Trust has found. The charity asked 900 drivers across Wales in March.",
            [(450, None), (900, "Wales")],
            id="lead-with-a-count",
        ),
        pytest.param(
            "Almost half of riders wear no helmet, in a survey by students at the college. "
            "The charity asked 900 riders across Wales in March. One in four had crashed.",
            [(50, None), (900, "Wales"), (25, "Wales")],
            id="survey-by-no-finding",
        ),
    ],
)
def test_a_survey_by_body_lead_takes_the_scope_after_it(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
