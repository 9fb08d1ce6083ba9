"""A count in a contrasting clause (", while …") of a sentence stating no period phrase
takes the period of the dated count before it in its sentence when no rule dates it (rule
``while_level_clause``, ``period_parallels.LEVEL_CONTRASTS``); a sentence that states a
period keeps its contrasted clause apart, and a share measures another whole. Every
sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2026, 2, 11)
Y2025 = ("2025-01-01", "2025-12-31")
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "Arson attacks in Hull rose to 310 in 2025, up from 250 in 2024. Vehicle fires fell "
        "to 96, while 41 fires were started in bins.",
        {310: Y2025, 250: Y2024, 96: Y2025, 41: Y2025},
        id="while-beside-a-dated-count",
    ),
    # near misses: a sentence stating its own period; no contrast; a share beside a count
    pytest.param(
        "Arson attacks in Hull rose to 310 in 2025, up from 250 in 2024. Vehicle fires fell "
        "to 96, while 12% of owners had insurance.",
        {310: Y2025, 250: Y2024, 96: Y2025, 12: None},
        id="a-share-beside-a-count",
    ),
    pytest.param(
        "Arson attacks in Hull rose to 310 in 2025, up from 250 in 2024. Vehicle fires fell "
        "to 96, and 41 fires were started in bins.",
        {310: Y2025, 250: Y2024, 96: Y2025, 41: None},
        id="and-no-contrast",
    ),
    pytest.param(
        "Hull recorded 310 arson attacks in 2025, compared with 250 in 2024, while "
        "Beverley recorded 97.",
        {310: Y2025, 250: Y2024, 97: Y2025},
        id="a-sentence-stating-a-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_while_level_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
