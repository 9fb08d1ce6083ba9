"""A town a rural site is near is the scope of what was found there (rule
``site-near-place`` of ``site_places.SITE_NEAR``, read by ``district_names.venue_at``): it
outranks the force the sentence names; a town after no site noun, or after a person near
it, does not (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.site_places import site_near


def areas(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 5, 4)
    doc = nlp(doc)
    return [(float(f.value), f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria Police is appealing after two peregrines were found shot on a farm near "
         "Penrith.", [(2, "Penrith")]),
        ("Dyfed-Powys Police found 14 snares on the moorland near Tregaron.",
         [(14, "Tregaron")]),
        ("Lancashire Police seized 60 cannabis plants in woodland outside Clitheroe.",
         [(60, "Clitheroe")]),
        # near miss: a person near the town, not a site
        ("Cumbria Police said a farm worker near Penrith had reported three thefts.",
         [(3, "Cumbria")]),
    ],
)  # fmt: skip
def test_site_near_place_area(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("found on a grouse moor near ", True),
        ("set in woodland close to ", True),
        ("at the estate outside ", True),
        ("a farm worker near ", False),
        ("found near ", False),
        ("on a farm in ", False),
    ],
)
def test_site_near(before: str, expected: bool) -> None:
    assert site_near(before) is expected
