"""Two area rules of fraud releases. Every sentence is invented for the test.

- ``victims-went-on`` (``pronoun_openings.victims_went_on``): a sentence opened by the
  victims of the crimes just counted, in the past ("Victims lost …"), takes the area of the
  figure before, not the document's;
- ``placed_bystander`` (``clause_breaks.PLACED_BYSTANDER``): "before/after/until/when" + a
  bystander placed by its own place + its verb opens a clause of that place: the figure
  before keeps its own ("a pensioner from Rhyl handed over £22,000 before a cashier in
  Prestatyn raised the alarm": Rhyl).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Action Fraud received 210 reports of romance fraud from Stoke-on-Trent in 2023."
        " Victims lost a total of £1.4 million.",
        [(210.0, "Stoke-on-Trent"), (1400000.0, "Stoke-on-Trent")],
        id="victims-lost",
    ),
    pytest.param(
        "Gwent Police recorded 96 investment scams in Newport last year. Those targeted handed"
        " over more than £700,000, and the average loss was £7,300.",
        [(96.0, "Newport"), (700000.0, "Newport"), (7300.0, "Newport")],
        id="those-targeted-handed-over",
    ),
    # near misses: the victims' own whole; speech; the present
    pytest.param(
        "Gwent Police recorded 96 investment scams in Newport last year. Victims of fraud"
        " across Wales lost £9 million.",
        [(96.0, "Newport"), (9000000.0, "Wales")],
        id="victims-of-a-whole-with-its-own-place",
    ),
    pytest.param(
        "Gwent Police is warning people across Gwent about scams. The force recorded 96"
        " investment scams in Newport last year. Victims are urged to report any loss, even"
        " £50.",
        [(96.0, "Newport"), (50.0, "Gwent")],
        id="victims-are-urged",
    ),
    pytest.param(
        "Police said a pensioner from Rhyl handed over £22,000 in cash before a cashier in"
        " Prestatyn raised the alarm.",
        [(22000.0, "Rhyl")],
        id="before-a-cashier-in",
    ),
    pytest.param(
        "A widow from Lewes was persuaded to hand over £14,500 until her daughter in Eastbourne"
        " became suspicious.",
        [(14500.0, "Lewes")],
        id="until-her-daughter-in",
    ),
    # near misses: the people acting; no verb; no clause
    pytest.param(
        "A man handed over £22,000 in cash before officers in Prestatyn arrested the courier.",
        [(22000.0, "Prestatyn")],
        id="officers-acting",
    ),
    pytest.param(
        "A pensioner from Rhyl handed over £22,000 to a cashier in Prestatyn.",
        [(22000.0, "Prestatyn")],
        id="no-clause-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_victims_and_bystanders(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
