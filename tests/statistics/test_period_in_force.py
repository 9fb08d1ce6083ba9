"""A figure "since" a law, ban or power "came into force" or "took effect" on a day runs
from that day to P (``since_start_day`` with ``_IN_FORCE``), with or without an article
before the thing; and the figures after it in its paragraph and the next take that span
(lead-in ``since_start_day_lead_in``). Near misses: no "since", a bare day, a month."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)

SENTENCES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Officers have seized 212 dogs since the ban came into force on 3 March 2024.",
        {212: ("2024-03-03", "2025-10-08")},
    ),
    (
        "Since new powers for wardens came into force on 14 April, the council has issued "
        "38 fines.",
        {38: ("2025-04-14", "2025-10-08")},
    ),
    (
        "The force has made 57 arrests since the order took effect on 9 June 2025.",
        {57: ("2025-06-09", "2025-10-08")},
    ),
    (
        "Since stricter licensing rules came into effect on 1 January, 19 breeders have "
        "been prosecuted.",
        {19: ("2025-01-01", "2025-10-08")},
    ),
    # a thing named in up to seven words before "came into force" / "took effect"
    (
        "Since the ban on American XL Bully type dogs came into force on 1 February 2024, "
        "Lancashire Police has seized 176 dogs.",
        {176: ("2024-02-01", "2025-10-08")},
    ),
    (
        "Since the protection order for Hull city centre took effect on 2 June, wardens "
        "have issued 64 fines.",
        {64: ("2025-06-02", "2025-10-08")},
    ),
    (
        "The council has issued 29 notices since the new dog control rules in its parks "
        "came into force on 7 July 2025.",
        {29: ("2025-07-07", "2025-10-08")},
    ),
    # the figures after it in its paragraph and the next take its span
    (
        "Gwent Police has seized 140 dogs since the ban came into force on 5 May 2024. "
        "Of those, 61 were returned.\n\nIn Newport, 22 owners were charged.",
        {
            140: ("2024-05-05", "2025-10-08"),
            61: ("2024-05-05", "2025-10-08"),
            22: ("2024-05-05", "2025-10-08"),
        },
    ),
    # near misses: with no "since" the day is the event's (no span to P); a month with
    # no day keeps its month
    (
        "The ban came into force on 5 May 2024, when 40 dogs were handed in.",
        {40: None},
    ),
    (
        "Officers seized 33 dogs in May 2024, when the order took effect.",
        {33: ("2024-05-01", "2024-05-31")},
    ),
    (
        "Officers seized 33 dogs in May 2024, when the order took effect.",
        {33: ("2024-05-01", "2024-05-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_since_in_force_on_a_day(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
