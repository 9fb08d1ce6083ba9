"""A named operation its subject ran, dated in its sentence, dates the figures after it
(lead-in rule ``ran_named_operation_lead_in`` of LEAD_IN_RULES), and near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2025, 11, 21)
WEEK = ("2025-11-10", "2025-11-16")


def _periods(nlp: Language, text: str) -> dict[float, tuple[str, str] | None]:
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    return {
        float(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None
        for f in doc._.statistics
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers ran Operation Sceptre between 10 and 16 November, putting bins in 19 "
            "police stations. In total 437 weapons were surrendered.",
            {19: WEEK, 437: WEEK},
        ),
        (
            "Essex Police held Operation Sceptre from 10 to 16 November. Officers seized 52 "
            "knives.",
            {52: WEEK},
        ),
        (
            "The force mounted Operation Viper in May. In total 120 knives were seized.",
            {120: ("2025-05-01", "2025-05-31")},
        ),
        # near misses: no named operation; a count of its own in the dated sentence
        (
            "Kent officers ran 40 checks in May. In total 437 weapons have been surrendered.",
            {40: ("2025-05-01", "2025-05-31"), 437: None},
        ),
        (
            "Officers ran a week of talks between 10 and 16 November. Later, 437 pupils signed up.",
            {437: None},
        ),
    ],
)
def test_a_named_operation_run_dates_what_follows(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert _periods(nlp, text) == expected
