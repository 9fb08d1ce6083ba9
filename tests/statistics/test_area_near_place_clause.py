"""In ", and a farmer near Ripon lost 14 ewes", ", and" + an indefinite subject placed "near"
a place opens a clause of that place (``clause_breaks.NEW_PLACE``, which read only "in",
"at" and "across"), so the count takes the nearer place, not the scope of the clause
before it. North Yorkshire's market towns and County Durham's towns named alone in rural
releases are gazetteer places (``places.txt``, ``place_within.txt``: "Helmsley", "Malton",
"Pickering", "Knaresborough", "Spennymoor", "Barnard Castle" …). Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "North Yorkshire Police issued the figures.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Most of them were in Selby and Craven, and a farmer near Ripon lost 14 "
         "ewes in one attack.", [(14, "Ripon")]),
        (_LEAD + "Half of the attacks were in Harrogate, and a shepherd near Knaresborough "
         "lost 22 lambs.", [(50, "Harrogate"), (22, "Knaresborough")]),
        (_LEAD + "Officers spoke to 180 walkers on paths around Malton and Pickering.",
         [(180, "Malton and Pickering")]),
        (_LEAD + "A farmer near Helmsley lost 11 ewes in March.", [(11, "Helmsley")]),
        ("Durham Constabulary issued the figures.\n\nWardens found 16 stray dogs in "
         "Spennymoor and 9 in Barnard Castle.", [(16, "Spennymoor"), (9, "Barnard Castle")]),
        # near misses: no comma before "and" (one clause: its scope place); a person whose
        # family name is a town
        (_LEAD + "Most of them were in Selby and a farmer near Ripon lost 14 ewes.",
         [(14, "Selby")]),
        (_LEAD + "Sergeant Amy Pickering said 12 dogs were seized in Bedale.",
         [(12, "Bedale")]),
    ],
)  # fmt: skip
def test_near_place_clause(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
