"""An event held "near" a place (a festival, a show, a festival site) has that place for
its scope, in the lead and in a figure's own clause, as "in" or "at" a place does (rule
``event_near_place``: ``lead_sentences.EVENT_NEAR``, read by ``scope_of_lead`` and
``district_names.venue_at``); Lincolnshire's market towns are placed in the county
(``place_within.txt``). Sentences invented for the test, with near misses: a place something
else lies near (a crash, a home) stays no scope of the release."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lincolnshire Police made 18 arrests at a music festival near Horncastle over the "
         "weekend.\n\nOfficers also seized 40 canisters.",
         [(18, "Horncastle"), (40, "Horncastle")]),
        ("North Yorkshire Police said 12 people were ejected from the county show near "
         "Harrogate on Saturday.", [(12, "Harrogate")]),
        ("Avon and Somerset Police made 35 arrests at the festival site near Shepton Mallet."
         "\n\nOfficers dealt with 60 thefts from tents.",
         [(35, "Shepton Mallet"), (60, "Shepton Mallet")]),
        ("Officers made 23 arrests at the Riverside festival near Market Rasen, Lincolnshire "
         "Police said.\n\nSecurity staff ejected 41 people.",
         [(23, "Market Rasen"), (41, "Market Rasen")]),
        # near misses: no event held near the place; the release keeps its force's area
        ("Lincolnshire Police attended 14 crashes near Horncastle last month.\n\nOfficers "
         "issued 22 tickets.", [(14, "Horncastle"), (22, "Lincolnshire")]),
        ("Lincolnshire Police arrested 9 men who live near Horncastle last month.\n\n"
         "Officers issued 22 tickets.", [(9, "Horncastle"), (22, "Lincolnshire")]),
        ("Lincolnshire Police made 18 arrests at a music festival in Lincolnshire over the "
         "weekend.\n\nOfficers also seized 40 canisters.",
         [(18, "Lincolnshire"), (40, "Lincolnshire")]),
    ],
)  # fmt: skip
def test_event_near_place(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
