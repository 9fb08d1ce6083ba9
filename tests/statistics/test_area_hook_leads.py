"""A release that opens on a hook (a finding to come, a warning, a finding credited to a
survey) naming neither a place nor
a figure reads the sentence after it as its lead too, when that sentence states a figure:
the scope stated there is the document's area
(:func:`pressfacts.statistics.lead_sentences.figure_lead`). Every sentence is invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Ann Craft Trust has warned that disabled children are too often missed, as new "
            "research is published today. Its survey found 3,200 children in Scotland had been "
            "harmed last year. Neglect was the concern in 1,400 of the cases.",
            [(3200, "Scotland"), (1400, "Scotland")],
            id="hook-then-scope",
        ),
        pytest.param(
            "Crimestoppers has warned parents to talk to their children about grooming. A "
            "poll of 2,000 parents across Wales found most had never done so. More than half "
            "said they did not know the signs.",
            [(2000, "Wales"), (50, "Wales")],
            id="hook-then-across",
        ),
        pytest.param(  # a finding in words credited to a survey: its scope comes next
            "Almost half of bus drivers have been spat at, according to a survey by the Ann "
            "Craft Trust. The charity polled 1,800 drivers across Scotland in May. One in six "
            "had been punched.",
            [(50, "Scotland"), (1800, "Scotland"), (16.7, "Scotland")],
            id="according-to-a-survey",
        ),
        pytest.param(  # near miss: "according to the charity" credits no survey or study
            "Almost half of bus drivers have been spat at, according to the Ann Craft Trust. "
            "The charity polled 1,800 drivers across Scotland in May. One in six had been "
            "punched.",
            [(50, None), (1800, "Scotland"), (16.7, "Scotland")],
            id="according-to-a-body",
        ),
        pytest.param(  # near miss: no finding or warning told: no hook
            "Crimestoppers has urged parents to talk to their children about grooming. A poll "
            "of 2,000 parents across Wales found most had never done so. More than half said "
            "they did not know the signs.",
            [(2000, "Wales"), (50, None)],
            id="no-hook",
        ),
        pytest.param(  # near miss: the lead states a figure: its own scope (none)
            "The Ann Craft Trust has warned that 900 children a year are missed by councils. "
            "Its survey found 3,200 children in Scotland had been harmed. Neglect was the "
            "concern in 1,400 of the cases.",
            [(900, None), (3200, "Scotland"), (1400, None)],
            id="lead-with-a-figure",
        ),
        pytest.param(  # near miss: the lead names a place: its scope, not the next one's
            "The Ann Craft Trust has warned that disabled children in Kent are too often "
            "missed. Its survey found 3,200 children in Scotland had been harmed. Neglect was "
            "the concern in 1,400 of the cases.",
            [(3200, "Scotland"), (1400, "Kent")],
            id="lead-with-a-place",
        ),
    ],
)
def test_a_hook_lead_takes_the_scope_after_it(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
