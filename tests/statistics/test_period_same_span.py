""" "The same quarter last year", "the same six months of 2022", "the same campaign a year
earlier": the span stated before, a year (or to that year) earlier, not the whole year."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2023, 10, 3)


def last_period(text: str, published: dt.date | None = P) -> tuple[str, str, str] | None:
    """The last period phrase of ``text``: ISO dates and kind (None when undated)."""
    last = find_period_phrases(text, published)[-1]
    if last.kind == UNRESOLVED:
        return None
    return last.start.isoformat(), last.end.isoformat(), last.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the span stated before, one year earlier
        (
            "Dyfed-Powys Police logged 61 burglaries in the third quarter of 2022, against 80 "
            "in the same quarter last year",
            ("2021-07-01", "2021-09-30", "previous"),
        ),
        (
            "Between May and October, 404 scams were reported, up 9% on the same six months "
            "last year",
            ("2022-05-01", "2022-10-31", "previous"),
        ),
        (
            "In Q2 2023 the charity answered 1,020 calls, down from 1,200 in the same quarter a "
            "year earlier",
            ("2022-04-01", "2022-06-30", "previous"),
        ),
        (
            "The crackdown ran from 4 to 17 March 2023, and seizures rose from 31 during the same "
            "crackdown a year earlier",
            ("2022-03-04", "2022-03-17", "previous"),
        ),
        (
            "Officers stopped 88 vans from 2 to 8 July 2023, compared with 70 during the same week "
            "of action last year",
            ("2022-07-02", "2022-07-08", "previous"),
        ),
        # to a stated year
        (
            "From July to September there were 52 thefts, compared with 65 in the same quarter "
            "of 2021",
            ("2021-07-01", "2021-09-30", "previous"),
        ),
        (
            "Between 1 and 14 February 2023 there were 40 calls, against 44 in the same two weeks "
            "of 2022",
            ("2022-02-01", "2022-02-14", "previous"),
        ),
        # "equivalent", "corresponding", "comparable" repeat the span as "same" does
        (
            "Cleveland Police stopped 212 vans from 6 to 12 March 2023, up 14% on the "
            "equivalent week last year",
            ("2022-03-06", "2022-03-12", "previous"),
        ),
        (
            "Between April and June, 96 cyclists were hurt, against 120 in the corresponding "
            "period a year earlier",
            ("2022-04-01", "2022-06-30", "previous"),
        ),
        (
            "In the six months to August 2023, 340 thefts were logged, down from 388 in the "
            "comparable six months of 2021",
            ("2021-03-01", "2021-08-31", "previous"),
        ),
        # near misses: "last year" alone in a sentence of its own is the calendar year;
        # with nothing stated before, "the same quarter last year" is undated
        (
            "Between May and October 404 scams were reported. Last year 900 were",
            ("2022-01-01", "2022-12-31", "relative"),
        ),
        ("Reports rose on the same quarter last year", None),
    ],
)
def test_same_span_earlier(text: str, expected: tuple[str, str, str] | None) -> None:
    assert last_period(text) == expected


def test_same_campaign_alone_is_not_a_year_earlier() -> None:
    """ "during the same campaign" without "a year earlier" is that campaign's dates."""
    text = "The campaign ran from 1 to 21 May 2023. During the same campaign, 40 were held"
    assert last_period(text) != ("2022-05-01", "2022-05-21", "previous")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same N months" is the latest span that long, past a shorter one between
        (
            "Between January and June 2023, 410 vans were stopped. In May alone, 96 were. On "
            "the M5, 120 were stopped over the same six months",
            ("2023-01-01", "2023-06-30", "same"),
        ),
        (
            "From 1 to 14 May 2023 officers ran checks. On 9 May, 40 were held. Over the same "
            "two weeks, 12 bikes were seized",
            ("2023-05-01", "2023-05-14", "same"),
        ),
        # near miss: nothing stated that long: undated
        ("In March 2023 there were 14 thefts. Over the same nine months, 80 were", None),
    ],
)
def test_the_same_units_is_the_span_that_long(
    text: str, expected: tuple[str, str, str] | None
) -> None:
    assert last_period(text) == expected
