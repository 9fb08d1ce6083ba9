"""The document's area from a place that modifies the noun the lead opens on ("A Walsall
loan shark who lent …", "The Hull charity …"), also after a byline line, when no
territorial or national body gives one (``lead_sentences.lead_modifier``; sentences
invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Walsall loan shark has been jailed. His victims repaid more than £91,000.",
         [(91000, "Walsall")]),
        ("By Tom Hadley\n\nA Walsall loan shark has been jailed.\n\nThe court heard that "
         "his victims repaid more than £91,000.", [(91000, "Walsall")]),
        ("The Hull charity has warned of rising debts. It helped 400 families last year.",
         [(400, "Hull")]),
        # near misses: a territorial body named later is the area; a place that is part
        # of a name modifies no noun
        ("A Leeds charity has warned of rising debts. West Yorkshire Police said it "
         "helped 400 families last year.", [(400, "West Yorkshire")]),
        ("A Leeds United fan has been banned. The club said 40 fans were banned.",
         [(40, None)]),
    ],
)  # fmt: skip
def test_lead_modifier(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Gwynedd charity supported 486 young carers last year.\n\nVolunteers gave more than "
         "2,000 hours of their time.\n\nNorth Wales Police and Crime Commissioner Jo Bell said "
         "the clubs were vital.", [(486, "Gwynedd"), (2000, "Gwynedd")]),
        ("A Doncaster-based charity gave out 950 food parcels last winter.\n\nIts waiting list "
         "holds 61 families.\n\nSouth Yorkshire Police donated £3,000 to the appeal.",
         [(950, "Doncaster"), (61, "Doncaster"), (3000, "South Yorkshire")]),
        ("The Torbay hospice cared for 1,200 patients in 2024.\n\nNurses made 8,400 home "
         "visits.\n\nDevon and Cornwall Police officers ran a half marathon for it.",
         [(1200, "Torbay"), (8400, "Torbay")]),
    ],
)  # fmt: skip
def test_lead_placed_charity(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``lead-placed-charity``: a lead opening on a charity of a place gives the
    document that place, over a territorial body named only later (a funder, a partner)."""
    assert sorted(areas(nlp, text)) == sorted(expected)  # type: ignore[type-var]
