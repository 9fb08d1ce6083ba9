""" "The previous summer" as "last summer", and a comparison's yardstick counted in words
("compared with nine in the previous summer") as one in digits."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.units import noun_after
from tests.statistics.conftest import UnitPeriodsOf, dated_phrases

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule previous_of_stated: "the previous summer" after a summer stated before it is
        # the one before that; rule season_before: "the summer before" reads the same
        (
            "Last summer, officers in Newry dealt with 640 reports, 12% fewer than the"
            " previous summer.",
            [("Last summer", "2024-06-01", "2024-08-31"),
             ("the previous summer", "2023-06-01", "2023-08-31")],
        ),
        (
            "Last winter, crews in Omagh attended 212 fires, up from 180 the winter before.",
            [("Last winter", "2024-12-01", "2025-02-28"),
             ("the winter before", "2023-12-01", "2024-02-29")],
        ),
        # near misses: "the winter before last", "the summer before the pandemic"
        ("Reports fell in the summer before last.",
         [("in the summer", "2025-06-01", "2025-07-01")]),
        ("Reports fell in the summer before the pandemic.",
         [("in the summer", "2025-06-01", "2025-07-01")]),
    ],
)  # fmt: skip
def test_a_season_before_the_one_stated(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, dt.date(2025, 7, 1)) == expected
