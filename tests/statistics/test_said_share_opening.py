"""A share opening a reported clause after a short "<speaker> said" lead points back to the
figure before, as a share opening its sentence does, when the speaker is the source just
named or one referred to again (rule ``said_share_opening``,
``referred_figures.SHARE_OPENING`` with ``said_share_leads.said_lead_elsewhere``).
Sentences invented for these tests; near misses keep a speaker named afresh to its own
share."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from spacy.language import Language

from pressfacts.statistics.said_share_leads import said_share_pointer

Span = tuple[str, str] | None


def _span(period: Any) -> Span:
    return (period.start.isoformat(), period.end.isoformat()) if period else None


def read(nlp: Language, text: str) -> list[tuple[float, str | None, Span]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 6, 10)
    doc = nlp(doc)
    return [(f.value, f.area, _span(f.period)) for f in doc._.statistics]


Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gwent Police arrested 45 people in 2025. According to the Home Office, 12,400 "
         "licences were issued in Scotland in 2025. The Home Office said about 6% of "
         "applications had been refused.",
         [(45, "Gwent", Y25), (12400, "Scotland", Y25), (6, "Scotland", Y25)]),
        ("The charity took in 2,100 dogs in Wales last year. Its director said a third were "
         "over 65.",
         [(2100, "Wales", Y25), (33.3, "Wales", Y25)]),
        # near misses: a speaker named afresh states a share of its own
        ("Sussex Police arrested 120 people in 2025. The NSPCC said 40% of children had been "
         "contacted online.",
         [(120, "Sussex", Y25), (40, "UK", None)]),
    ],
)  # fmt: skip
def test_said_share_opening(nlp: Language, text: str, expected: object) -> None:
    assert read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        ("Ofcom logged 900 complaints in 2025. ", "Ofcom said about 6% were upheld.",
         "opening-share"),
        ("The trust helped 410 families. ", "The trust said that nearly half had children.",
         "opening-share"),
        # near misses: a common noun capitalised by its place, a source named afresh, no
        # share right after the lead
        ("Police stopped 300 drivers in 2025. ", "Drivers said only 12% were stopped.", None),
        ("Police stopped 300 drivers in 2025. ", "Ofsted said 40% were good.", None),
        ("Ofcom logged 900 complaints in 2025. ", "Ofcom said it upheld 6% of them.", None),
    ],
)  # fmt: skip
def test_said_share_pointer(text: str, sentence: str, expected: str | None) -> None:
    start = next(
        i for i, c in enumerate(sentence) if c.isdigit() or sentence[i:].startswith("half")
    )
    at = len(text)
    assert said_share_pointer(sentence, start, "percent", text + sentence, at) == expected
