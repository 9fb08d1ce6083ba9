"""A country's short name is worded as the name its statistics are kept under when the
release also names it so (``place_wording.SHORT_NAMES``, rule ``country_short_name``): "on
Britain's roads" after "in Great Britain" is Great Britain; in a release that never names
Great Britain, "Britain" stays as worded."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Official figures show 1,650 people died on roads in Great Britain in 2023. Some "
            "80 people were hurt on Britain's roads every day.",
            [(1650, "Great Britain"), (80, "Great Britain")],
        ),
        (
            "Across Britain, 312 bus drivers were assaulted in 2023, a tenth of them in Great "
            "Britain's cities.",
            [(312, "Great Britain"), (10, "Great Britain")],
        ),
        # near misses: the short name alone stays as worded; the full name as worded;
        # another country's name unchanged
        ("Some 1,650 people died on Britain's roads last year.", [(1650, "Britain")]),
        ("Across Britain, 312 bus drivers were assaulted in 2023.", [(312, "Britain")]),
        ("In Great Britain, 48 riders were killed in June.", [(48, "Great Britain")]),
        ("In Northern Ireland, 71 people died on the roads last year.", [(71, "Northern Ireland")]),
    ],
)
def test_britain_is_great_britain_when_the_release_names_it(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
