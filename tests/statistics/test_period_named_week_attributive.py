"""Rule ``named_week_attributive`` (a guard of the period rule ``the_week``): a named week
written right before what it holds ("Road Safety Week lessons", "Sceptre week events")
qualifies that noun; "in" is then taking part, not the time a figure covers, so the
figure keeps the period its sentence states. Sentences invented for the tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, phrase_spans

P = dt.date(2026, 6, 16)


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("The trust said 40,000 pupils had taken part in Road Safety Week lessons since "
         "2021.", 40000, ("2021-01-01", "2026-06-16")),
        ("In 2025, 300 schools joined in Knife Crime Awareness Week assemblies.", 300,
         ("2025-01-01", "2025-12-31")),
    ],
)  # fmt: skip
def test_a_named_week_before_its_content_is_no_period(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == period


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # the week's content: no phrase; near misses: a subject after the week's name, the
        # week alone (both a phrase, undated with no week stated before)
        ("Officers held 12 talks in Road Safety Week lessons.", 0),
        ("During Sceptre week officers made 40 arrests.", 1),
        ("Volunteers helped in Road Safety Week.", 1),
    ],
)
def test_which_named_weeks_are_period_phrases(text: str, phrases: int) -> None:
    assert len(phrase_spans(text, P)) == phrases
