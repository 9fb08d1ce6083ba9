""" "The previous summer" as "last summer", and a comparison's yardstick counted in words
("compared with nine in the previous summer") as one in digits."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.units import noun_after
from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 9, 8)
SUMMER = ("2026-06-01", "2026-08-31")
LAST_SUMMER = ("2025-06-01", "2025-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people died on roads in Tayside from 1 June to 31 August, compared with "
            "seven in the previous summer.",
            [(4, "people", SUMMER), (7, "people", LAST_SUMMER)],
        ),
        (
            "Officers in Fife stopped 300 drivers this summer, against 410 the preceding summer.",
            [(300, "drivers", SUMMER), (410, "drivers", LAST_SUMMER)],
        ),
        (  # the span stated after the comparison is still the campaign's
            "Officers in Moray caught 61 drink drivers from 1 June to 31 August, compared "
            "with twelve in the previous summer. Police Scotland caught 900 drink drivers "
            "over the same three months.",
            [(61, "drivers", SUMMER), (12, "drivers", LAST_SUMMER), (900, "drivers", SUMMER)],
        ),
        (  # a campaign's span across a new year, partly in the winter before P's: the
            # previous winter is the one before that
            "Officers in Angus caught 63 drink drivers from 1 December 2025 to 2 January 2026, "
            "down from 81 the previous winter.",
            [
                (63, "drivers", ("2025-12-01", "2026-01-02")),
                (81, "drivers", ("2024-12-01", "2025-02-28")),
            ],
        ),
        (  # near miss: "last winter" after such a span is the latest winter over by P
            "Officers in Angus caught 63 drink drivers from 1 December 2025 to 2 January 2026. "
            "Last winter, 81 drivers were caught in Perth.",
            [
                (63, "drivers", ("2025-12-01", "2026-01-02")),
                (81, "drivers", ("2025-12-01", "2026-02-28")),
            ],
        ),
    ],
)
def test_previous_season(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str]]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("after", "unit"),
    [(" the previous summer.", None), (" summer camps in Fife", "camps")],
)
def test_a_season_after_previous_is_no_unit(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit
