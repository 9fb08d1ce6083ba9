"""A bare yardstick level after "compared with" in a place's breakdown covers the earlier
half of the comparison stated before it, as a level after "down from" does (rule
``compared_level_from``, ``period_range_levels.CHANGE_FROM``): "Thefts fell 34% on the same
quarter last year. Nottinghamshire saw the biggest fall, with 96 thefts compared with 171":
the 171 is of last year's quarter; a yardstick of another place or group ("compared with 94
in Woking", "compared with 12% across the county") is not. Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between July and September, 520 shed burglaries were reported across Surrey, down "
         "21% on the same quarter last year. Guildford saw the biggest fall, with 61 "
         "burglaries compared with 94.",
         [(520, "burglaries", ("2025-07-01", "2025-09-30")),
          (21, "percent", ("2024-07-01", "2025-09-30")),
          (61, "burglaries", ("2025-07-01", "2025-09-30")),
          (94, "burglaries", ("2024-07-01", "2024-09-30"))]),
        ("In the six months to October, 310 van thefts were recorded in Essex, up 12% on the "
         "same six months last year. In Basildon there were 44 thefts, compared to 30.",
         [(310, "thefts", ("2025-05-01", "2025-10-31")),
          (12, "percent", ("2024-05-01", "2025-10-31")),
          (44, "thefts", ("2025-05-01", "2025-10-31")),
          (30, "thefts", ("2024-05-01", "2024-10-31"))]),
        # near misses: a yardstick of another place or a share of another whole is of the
        # same period; a yardstick with a period of its own keeps it; "down from" as before
        ("Between July and September, 520 shed burglaries were reported across Surrey, down "
         "21% on the same quarter last year. Guildford saw the biggest fall, with 61 "
         "burglaries compared with 94 in Woking.",
         [(520, "burglaries", ("2025-07-01", "2025-09-30")),
          (21, "percent", ("2024-07-01", "2025-09-30")),
          (61, "burglaries", ("2025-07-01", "2025-09-30")),
          (94, "burglaries", ("2025-07-01", "2025-09-30"))]),
        ("Between July and September, 520 shed burglaries were reported across Surrey, down "
         "21% on the same quarter last year. In Guildford, 18% of burglaries involved sheds, "
         "compared with 12% across the county.",
         [(520, "burglaries", ("2025-07-01", "2025-09-30")),
          (21, "percent", ("2024-07-01", "2025-09-30")),
          (18, "percent", ("2025-07-01", "2025-09-30")),
          (12, "percent", ("2025-07-01", "2025-09-30"))]),
        ("Between July and September, 520 shed burglaries were reported across Surrey, down "
         "21% on the same quarter last year. Guildford saw 61 burglaries, compared with 94 "
         "in 2023.",
         [(520, "burglaries", ("2025-07-01", "2025-09-30")),
          (21, "percent", ("2024-07-01", "2025-09-30")),
          (61, "burglaries", ("2025-07-01", "2025-09-30")),
          (94, "burglaries", ("2023-01-01", "2023-12-31"))]),
        ("Between July and September, 520 shed burglaries were reported across Surrey, down "
         "21% on the same quarter last year. Guildford saw 61 burglaries, down from 94.",
         [(520, "burglaries", ("2025-07-01", "2025-09-30")),
          (21, "percent", ("2024-07-01", "2025-09-30")),
          (61, "burglaries", ("2025-07-01", "2025-09-30")),
          (94, "burglaries", ("2024-07-01", "2024-09-30"))]),
    ],
)  # fmt: skip
def test_compared_level_periods(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
