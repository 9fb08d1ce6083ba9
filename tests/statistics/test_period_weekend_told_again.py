""" "over the weekend" after a weekend told again by its days ("… over the bank holiday
weekend. … between Saturday and Monday. … Over the weekend, …"): those days, from as far as
a named weekend (rule ``weekend_told_again``,
:mod:`pressfacts.statistics.period_weekend_again`). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

FILL = (
    " The patrols were praised by residents in the town and by visitors from across the "
    "region, and the force thanked its volunteers and partner agencies for their long hours "
    "on the water, on the slipways and on the beaches, often in difficult conditions and late "
    "into the evening. Sergeant Gwen Price said she was proud of the way the team had worked "
    "with the lifeboat crews."
)

ROWS = [
    (
        "2026-05-06",
        "Humberside Police dealt with 30 calls on the Humber over the early May bank holiday "
        "weekend. Crews rescued nine people between Saturday and Monday." + FILL + " Over the "
        "weekend, officers also seized three jet skis.",
        ("Over the weekend", "2026-05-02", "2026-05-04"),
    ),
    (
        "2026-09-02",
        "Lifeguards at Tynemouth treated 54 people over the August bank holiday weekend. From "
        "Saturday to Monday, 11 swimmers were helped back to shore." + FILL + " During the "
        "weekend, 7 children were reunited with their families.",
        ("During the weekend", "2026-08-29", "2026-08-31"),
    ),
]

NEAR_MISSES = [
    # no phrase called these days a weekend: far off, the calendar's latest weekend
    (
        "2026-05-06",
        "Crews rescued nine people between Saturday and Monday." + FILL + " Over the weekend, "
        "officers also seized three jet skis.",
        ("Over the weekend", "2026-05-02", "2026-05-03"),
    ),
    # the weekend named earlier was of other days (Good Friday to Easter Monday)
    (
        "2026-04-08",
        "North Wales Police received 22 calls over the Easter weekend. Crews rescued nine "
        "people between Saturday and Monday." + FILL + " During the weekend, officers also "
        "seized three jet skis.",
        ("During the weekend", "2026-04-04", "2026-04-05"),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ROWS + NEAR_MISSES)
def test_the_weekend_after_its_days_told_again(
    published: str, text: str, expected: tuple[str, str, str]
) -> None:
    """Rule ``weekend_told_again``."""
    assert dated_phrases(text, dt.date.fromisoformat(published))[-1] == expected
