"""A span counted after its anchor ("the following six months", "the next six months") may
count from a past start stated in its own sentence (rule ``following_a_start`` of
:mod:`pressfacts.statistics.periods`): "where the scheme was piloted in June 2024, …
doubled in the following six months" are July to December 2024, a span of its own (no
comparison with the start's month). Sentences invented for these tests; the near misses
are a span in the next sentence, a pledge (counted from P instead: rule
``next_from_publication``), and a span before the start."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2026, 5, 21)

ROWS = [
    pytest.param(
        "In Dover, where the council opened a youth hub in May 2023, referrals doubled over "
        "the next six months.",
        ("2023-06-01", "2023-11-30", None),
        id="next-months",
    ),
    pytest.param(
        "Teachers in Rhyl, where the lessons were piloted in September 2024, saw disclosures "
        "rise by a third in the following three months.",
        ("2024-10-01", "2024-12-31", None),
        id="following-months",
    ),
    pytest.param(
        "After the charity started a text service in January 2025, contacts rose by 40% in "
        "the subsequent six months.",
        ("2025-02-01", "2025-07-31", None),
        id="subsequent-months",
    ),
    # near misses: the span is in the next sentence; a pledge (from P); a span before it
    pytest.param(
        "Where the charity started a helpline in March 2025, calls rose. In the following six "
        "months they doubled.",
        None,
        id="next-sentence",
    ),
    pytest.param(
        "In Dover, where the council opened a youth hub in May 2023, referrals will double "
        "over the next six months.",
        ("2026-06-01", "2026-11-30", None),  # from P (rule next_from_publication)
        id="pledge",
    ),
    pytest.param(
        "In Hull, where the force introduced the scheme in May 2023, calls were up on the "
        "previous six months.",
        None,
        id="previous-months",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_span_after_a_past_start(text: str, expected: tuple[str, str, None] | None) -> None:
    last = find_period_phrases(text, P)[-1]
    got = (last.start.isoformat(), last.end.isoformat(), last.anchor)
    if expected is None:
        assert last.kind == "unresolved"
    else:
        assert got == expected
