"""An organiser is a portfolio word (``title_cleaning.PORTFOLIO_WORDS``): a union's
"regional organiser for ambulance staff" set off before or after the name keeps its whole
title, "for" and its portfolio too. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    ("GMB's regional organiser for health workers, Lena Oduya, said the union backed the plan.",
     "Lena Oduya", ["Regional Organiser for Health Workers"]),
    ("Unison's South West regional organiser for paramedics, Owen Pryce, said crews were tired.",
     "Owen Pryce", ["Regional Organiser for Paramedics"]),
    ("Rhian Tudor, the RCN's senior organiser for community nurses, said the cuts hurt.",
     "Rhian Tudor", ["Senior Organiser for Community Nurses"]),
    # near misses: an organiser with no portfolio stays as it was; organisers of an event
    # (a plural, no title) give none
    ("Unison's regional organiser, Carys Webb, said the union welcomed the cameras.",
     "Carys Webb", ["Regional Organiser"]),
    ("Organisers of the march, including Sam Hale, said it went well.", "Sam Hale", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_organiser_portfolio(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    doc = nlp(text)
    person = next(i for i in doc._.entity_info.values() if i.name == name)
    assert person.titles == titles
