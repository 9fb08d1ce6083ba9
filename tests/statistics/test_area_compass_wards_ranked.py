"""A town's ward named by a compass point or "Central" as the next of a ranking, after
"followed by" or a count and "and" ("followed by Gillingham North with 17 and Rochester
West with 11"), is that ward's figure, as after "in" (``compass_ward_ranked`` of the
``compass_ward`` rule, ``district_names.DISTRICT_RULES``); sentences invented for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 40 arrests in Leeds, followed by Bradford West with 17 and "
         "Halifax Central with 9.", [(40, "Leeds"), (17, "Bradford West"), (9, "Halifax Central")]),
        ("Wardens issued 52 notices in Hull, followed by Grimsby East with 21.",
         [(52, "Hull"), (21, "Grimsby East")]),
        ("Most thefts were in Preston, with 61, followed by Blackpool South with 30 and "
         "Burnley North with 12.",
         [(61, "Preston"), (30, "Blackpool South"), (12, "Burnley North")]),
        # near misses: no compass point, a region, or a longer name with a capital after
        ("Officers made 40 arrests in Leeds, followed by Bradford with 17 and Halifax with 9.",
         [(40, "Leeds"), (17, "Bradford"), (9, "Halifax")]),
        ("Most thefts were in Lancashire, with 61, followed by North Yorkshire with 30.",
         [(61, "Lancashire"), (30, "North Yorkshire")]),
        ("Officers made 40 arrests in Leeds, followed by Bradford West Police with 17.",
         [(40, "Leeds"), (17, "Bradford")]),
    ],
)  # fmt: skip
def test_compass_ward_next_in_a_ranking(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
