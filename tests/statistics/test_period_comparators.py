"""Words before a period that make it the earlier half of a comparison with the main
period stated before it ("compared with 71 in 2018-19", "3 per cent lower on 2020-21"),
and near misses where they do not (moved out of ``test_period_rules``)."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2021, 7, 14)

# the words before a period that make it the earlier half of a comparison with the
# main period stated before it: (text, P, (kind, start, end, anchor) of the last phrase)
COMPARATORS: dict[str, tuple[str, dt.date | None, tuple[str, str, str, tuple[str, str] | None]]] = {
    "on_financial_year": (
        "Thefts in 2021/22 were 3 per cent lower on 2020-21",
        None,
        ("previous", "2020-04-01", "2021-03-31", ("2021-04-01", "2022-03-31")),
    ),
    "than_relative_span": (
        "Between March and May, calls were 9% above than the first three months of last year",
        P,
        ("previous", "2020-01-01", "2020-03-31", ("2021-03-01", "2021-05-31")),
    ),
    "compared_with_figure_in": (
        "There were 88 thefts in 2019-20, compared with 71 in 2018-19",
        None,
        ("previous", "2018-04-01", "2019-03-31", ("2019-04-01", "2020-03-31")),
    ),
    "not_after_in": (
        "There were 88 thefts in 2019-20 and 71 in 2018-19",
        None,
        ("explicit", "2018-04-01", "2019-03-31", None),
    ),
    "not_a_later_period": (
        "In 2018-19 there were 71, against 2019-20 when there were 88",
        None,
        ("explicit", "2019-04-01", "2020-03-31", None),
    ),
}


@pytest.mark.parametrize("name", list(COMPARATORS), ids=list(COMPARATORS))
def test_comparator_words_make_the_earlier_half(name: str) -> None:
    text, published, (kind, start, end, anchor) = COMPARATORS[name]
    last = find_period_phrases(text, published)[-1]
    got_anchor = (last.anchor[0].isoformat(), last.anchor[1].isoformat()) if last.anchor else None
    assert (last.kind, last.start.isoformat(), last.end.isoformat(), got_anchor) == (
        kind,
        start,
        end,
        anchor,
    )
