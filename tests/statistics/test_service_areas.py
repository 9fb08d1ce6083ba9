"""A release that no body places takes the area its subject says it works in
(pressfacts.statistics.service_areas): "The service supports … in Kent and Medway"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Larchfield Foundation's mentoring scheme worked with 240 care leavers in "
            "2025. The scheme supports 16 to 24-year-olds in Kent and Medway. Of the 240, "
            "150 found a home.",
            [(240, "Kent and Medway"), (240, "Kent and Medway"), (150, "Kent and Medway")],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. The charity "
            "works across the North East, Cumbria and the Scottish Borders. About 40% had "
            "no heating.",
            [
                (96, "North East, Cumbria and the Scottish Borders"),
                (40, "North East, Cumbria and the Scottish Borders"),
            ],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. Its caseworkers "
            "cover Hull and York. About 40% had no heating.",
            [(96, "Hull and York"), (40, "Hull and York")],
        ),
        # rule subject-aside-covers: the remit in an aside after a possessive subject
        (
            "The Larchfield Foundation said 96 families were helped last year. The charity's "
            "advice service, which covers Devon and Cornwall, took 1,200 calls. About 40% "
            "had no heating.",
            [(96, "Devon and Cornwall"), (1200, "Devon and Cornwall"), (40, "Devon and Cornwall")],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. Its helpline, "
            "which operates across Wales, took 900 calls in May. About 40% had no heating.",
            [(96, "Wales"), (900, "Wales"), (40, "Wales")],
        ),
        # rule subject-aside-object-across: the remit after the aside's verb and its object
        (
            "The Larchfield Foundation said 96 families were helped last year. The charity, "
            "which runs a befriending line for carers across Scotland, said about 40% had no "
            "heating.",
            [(96, "Scotland"), (40, "Scotland")],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. The trust, "
            "who supports young carers throughout the North East, said about 40% had no "
            "heating.",
            [(96, "North East"), (40, "North East")],
        ),
        # near misses: the aside's object in a place (where, not a remit); a comma
        # closing the aside before the place (the place is the figure's)
        (
            "The Larchfield Foundation said 96 families were helped last year. The charity, "
            "which runs a shop in Leeds, said about 40% had no heating.",
            [(96, None), (40, "Leeds")],
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. The charity, "
            "which runs a befriending line, said 40 carers across Scotland had no heating.",
            [(96, None), (40, "Scotland")],
        ),
        # near misses: a place that is not where the subject works; a service sentence too
        # late in the release; an aside saying where the service began, not where it works
        (
            "The Larchfield Foundation said 96 families were helped last year. Its helpline, "
            "which opened in Leeds in 2019, took 900 calls in May. About 40% had no heating.",
            [(96, None), (900, "Leeds"), (40, "Leeds")],  # the last place, not the release's
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. Its founder "
            "grew up in Leeds. About 40% had no heating.",
            [(96, None), (40, "Leeds")],  # the lead-in rule's, not the release's area
        ),
        (
            "The Larchfield Foundation said 96 families were helped last year. About 40% had "
            "no heating. Most were renting. Many had children. The charity works in Bristol.",
            [(96, None), (40, None)],
        ),
    ],
)
def test_a_release_takes_the_area_its_subject_works_in(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
