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
