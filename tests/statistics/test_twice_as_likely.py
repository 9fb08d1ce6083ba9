""" "Twice as likely", "nearly twice as common", "more than twice their share" compare two
groups: a ratio of 2 with no change of its own (figure rule ``twice-as-likely``), as "three
times as likely" is; "doubled", "twice as many as in 2023", "twice as high as last year"
stay changes. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

PUBLISHED = dt.date(2026, 3, 12)


def twice_of(nlp: Language, text: str) -> list[tuple[float, str | None, str | None]]:
    """(value, qualifier, change) of each multiple of ``text``."""
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return [(float(f.value), f.qualifier, f.change) for f in nlp(doc)._.statistics
            if f.unit == "times"]  # fmt: skip


ROWS = [
    pytest.param(
        "Asian men in Bradford were twice as likely as white men to be stopped last year.",
        [(2.0, None, None)],
        id="twice-as-likely",
    ),
    pytest.param(
        "Black children were nearly twice as likely as white children to be strip searched.",
        [(2.0, "nearly", None)],
        id="nearly-twice-as-likely",
    ),
    pytest.param(
        "Disabled people in Dorset were more than twice as likely to report a hate crime.",
        [(2.0, "more than", None)],
        id="more-than-twice-as-likely",
    ),
    pytest.param(
        "Injuries were twice as common among young officers as among older ones.",
        [(2.0, None, None)],
        id="twice-as-common",
    ),
    pytest.param(
        "Young men made up 12% of those arrested but 30% of Taser use, more than twice "
        "their share.",
        [(2.0, "more than", None)],
        id="twice-their-share",
    ),
    # near misses: a multiple of an earlier period's count is a change
    pytest.param(
        "Arrests in Grimsby more than doubled last year.",
        [(2.0, "more than", "increase")],
        id="doubled",
    ),
    pytest.param(
        "There were twice as many arrests in Hull as last year.",
        [(2.0, None, "increase")],
        id="twice-as-many-as-last-year",
    ),
    pytest.param(
        "The number of complaints in Luton was twice as high as in 2024.",
        [(2.0, None, "increase")],
        id="twice-as-high-as-a-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twice_as_likely(
    nlp: Language, text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert twice_of(nlp, text) == expected
