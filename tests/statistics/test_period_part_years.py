"""A part singled out with "alone" (or ranked) of a span stated just before it is dated
inside that span (``period_part_years.parts_in_their_wholes``). Sentences invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2025, 7, 15)


def spans(text: str) -> dict[str, tuple[str, str]]:
    return {
        text[p.start_char : p.end_char]: (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
    }


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The charity had 1,240 reports last summer. In June alone, it took 9,012 calls.",
            "In June",
            ("2024-06-01", "2024-06-30"),
        ),
        (
            "Officers seized 300 bikes in 2023. In March alone they seized 41.",
            "In March",
            ("2023-03-01", "2023-03-31"),
        ),
        (
            "Officers seized 300 bikes in 2024. In November alone they seized 41.",
            "In November",
            ("2024-11-01", "2024-11-30"),
        ),
        (
            "There were 800 thefts between April 2024 and March 2025. The busiest month was "
            "August, with 96.",
            "The busiest month was August",
            ("2024-08-01", "2024-08-31"),
        ),
        (
            "Officers made 300 arrests last year. Sergeant Ola Fenn said: “In June alone we "
            "made 41 arrests.” The inspector added that in March alone officers made 20.",
            "in March",
            ("2024-03-01", "2024-03-31"),
        ),
        # part_quoted_after_whole: a speaker's own part, quoted after the whole, is the
        # latest one
        (
            "Officers made 300 arrests last year. Sergeant Ola Fenn said: “In June alone we "
            "made 41 arrests.”",
            "In June",
            ("2025-06-01", "2025-06-30"),
        ),
        (
            'The charity had 1,240 reports in 2023. Its manager said: "Over the August bank '
            'holiday weekend alone we took 90 calls."',
            "Over the August bank holiday weekend",
            ("2024-08-24", "2024-08-26"),
        ),
        # near misses: a part inside its whole already; a year of its own; no "alone"; a
        # whole too far back
        (
            "Officers seized 300 bikes this year. In May alone they seized 41.",
            "In May",
            ("2025-05-01", "2025-05-31"),
        ),
        (
            "The charity had 1,240 reports last summer. In June 2025 alone it took 90 calls.",
            "In June 2025",
            ("2025-06-01", "2025-06-30"),
        ),
        (
            "There were 9,000 arrivals between January and June, against 7,000 in the first "
            "half of 2024. June was the busiest month, with 2,100.",
            "June",
            ("2025-06-01", "2025-06-30"),
        ),
        (
            "Officers seized 300 bikes in 2024. Last month alone they seized 41.",
            "Last month",
            ("2025-06-01", "2025-06-30"),
        ),
        (
            "The charity had 1,240 reports last summer. In June, it took 9,012 calls.",
            "In June",
            ("2025-06-01", "2025-06-30"),
        ),
    ],
)
def test_a_part_is_dated_inside_its_whole(
    text: str, phrase: str, expected: tuple[str, str]
) -> None:
    assert spans(text)[phrase] == expected
