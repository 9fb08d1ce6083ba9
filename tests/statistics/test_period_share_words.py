"""A share written with a count word from six to nine and "of" ("Seven in ten of them",
"Nearly eight in ten of the callers") opens a back-reference to the figures just stated
(rule ``share_of_them`` of
:data:`pressfacts.statistics.period_back_references.BACK_REFERENCE_RULES`), as "one in
five" does: it takes their period, even across a paragraph break. Sentences invented for
these tests; the near misses are such a share without "of" (a group of its own), a share of
a whole a body has and a share with a period of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2025, 8, 12)


def periods_of(nlp: Language, text: str) -> dict[float, tuple[str, str] | None]:
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    return {
        float(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None
        for f in doc._.statistics
    }


FY = ("2024-04-01", "2025-03-31")
ROWS = [
    pytest.param(
        "Police Scotland is warning parents about online blackmail.\n\nThe force received 240 "
        "reports in the year to March 2025. Nearly nine in ten of the victims were boys.",
        {240: FY, 90: FY},
        id="nine-in-ten",
    ),
    pytest.param(
        "Kent Police is warning parents.\n\nOfficers dealt with 512 reports of grooming in "
        "2024/25. Seven in ten of the victims were girls.",
        {512: FY, 70: FY},
        id="seven-in-ten",
    ),
    pytest.param(
        "The charity spoke to parents.\n\nIts helpline took 3,100 calls in 2024/25. More than "
        "six in ten of the callers were mothers.",
        {3100: FY, 60: FY},
        id="six-in-ten",
    ),
    pytest.param(
        "Dyfed-Powys Police is urging caution.\n\nThe force logged 88 reports in 2024/25. "
        "Around eight in ten of the children were aged under 15.",
        {88: FY, 80: FY},
        id="eight-in-ten-of-them",
    ),
    # near misses: no "of" (a share of a group of its own); a share of a whole a body has;
    # a share with a period of its own
    pytest.param(
        "Avon and Somerset's commissioner funds mentors.\n\nThe scheme supported 210 children "
        "in 2024/25. Mentors met them within 48 hours. Seven in ten children on the scheme "
        "said they felt safer.",
        {210: FY, 70: None},
        id="no-of",
    ),
    pytest.param(
        "Humberside Police is warning parents.\n\nThe force has had 61 reports since January, "
        "compared with 32 in the whole of last year. Nearly nine in ten victims were boys.",
        {61: ("2025-01-01", "2025-08-12"), 32: ("2024-01-01", "2024-12-31"), 90: None},
        id="no-of-after-two-periods",
    ),
    pytest.param(
        "Essex Police is recruiting.\n\nThe force received 240 reports in 2024/25. Nine in "
        "ten of the force's officers have now been trained.",
        {240: FY, 90: None},
        id="share-of-a-body-whole",
    ),
    pytest.param(
        "Kent Police is warning parents.\n\nOfficers dealt with 512 reports of grooming in "
        "2024/25. Nine in ten involved an app in 2023.",
        {512: FY, 90: ("2023-01-01", "2023-12-31")},
        id="own-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_share_in_count_words_refers_back(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected
