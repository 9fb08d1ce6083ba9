"""Rules `subject_number_of` (:data:`~pressfacts.statistics.level_subjects.NUMBER_OF`: "the
number of" leaves the subject's three modifiers to the noun) and `subject_contact_relative`
(:data:`~pressfacts.statistics.level_subjects.CONTACT_RELATIVE`) and the participles
"sought", "obtained", "applied for", "secured"
(:data:`~pressfacts.statistics.level_subjects.SUBJECT_PARTICIPLES`): a level subject's head
noun followed by a relative clause of a pronoun or the force and such a verb ("the number
of protection orders it applied for went from four to 11"), or by the participle alone, is
still the counted subject, so a first level in words is read. Sentences invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 5, 12)
Y24 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "Stalking reports rose in 2024, while the number of protection orders it applied for"
        " went from three to 14.",
        [(3.0, "orders", Y24), (14.0, "orders", Y24)],
        id="contact-relative-it",
    ),
    pytest.param(
        "The number of closure orders the force obtained went from five to 12 in 2024.",
        [(5.0, "orders", Y24), (12.0, "orders", Y24)],
        id="contact-relative-the-force",
    ),
    pytest.param(
        "The number of warrants sought went from two to nine in 2024.",
        [(2.0, "warrants", Y24), (9.0, "warrants", Y24)],
        id="participle-sought",
    ),
    pytest.param(
        "Injunctions secured by the council rose from six to 17 in 2024.",
        [(6.0, "injunctions", Y24), (17.0, "injunctions", Y24)],
        id="participle-secured",
    ),
    pytest.param(
        "The number of recorded knife crime offences went from nine to 14 in 2024.",
        [(9.0, "offences", Y24), (14.0, "offences", Y24)],
        id="number-of-long-noun",
    ),
    pytest.param(
        "Figures show the number of forced marriage protection orders it sought went from"
        " two to seven in 2024.",
        [(2.0, "orders", Y24), (7.0, "orders", Y24)],
        id="number-of-and-relative",
    ),
    # near misses: a count with no change or level verb; a relative clause of another verb
    pytest.param(
        "The number of arrests they made was four.",
        [],
        id="no-level-verb",
    ),
    pytest.param(
        "The number of stops it feared went from few to many in 2024.",
        [],
        id="no-counts",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_subject_contact_relative(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
