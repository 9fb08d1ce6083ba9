"""The spellings of a gazetteer place the area matcher also accepts.

A place of ``places.txt`` is matched case-folded in every form of :data:`PLACE_SPELLINGS`,
a table of named rules, each turning the listed name into another way texts write it:

- ``hyphen_as_space`` / ``space_as_hyphen``: "Dyfed-Powys" and "Dyfed Powys", "Stoke on
  Trent" and "Stoke-on-Trent".
- ``commas_dropped``: a district named for several towns written without its commas
  ("Newry Mourne and Down" for "Newry, Mourne and Down"), as police statistics tables
  and reprints often print it.
- ``and_as_ampersand``: such a district with "&" for "and" ("Ards & North Down",
  "Armagh City, Banbridge & Craigavon"), as the PSNI's policing district tables print it.

The form matched is read as the listed place (its canonical spelling), so the area of a
figure is the same however the text spells the district. Only at the end, rule
``ampersand_as_worded`` (:func:`worded_areas`) gives an area the gazetteer lists with
"and" as the text writes it when the text writes it only with "&" ("Brighton & Hove City
Council": "Brighton & Hove"), as areas are given as the text words them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from pressfacts.findings import StatisticFinding

PLACE_SPELLINGS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("hyphen_as_space", lambda name: name.replace("-", " ")),
    ("space_as_hyphen", lambda name: name.replace(" ", "-")),
    ("commas_dropped", lambda name: name.replace(",", "")),
    ("and_as_ampersand", lambda name: name.replace(" and ", " & ")),
)
"""Named rules: each turns a listed place name into another spelling texts use."""


def place_forms(name: str) -> set[str]:
    """Every spelling of the gazetteer place ``name`` to match: as listed, each rule of
    :data:`PLACE_SPELLINGS` alone, and commas dropped with "&" for "and" together."""
    forms = {name} | {spell(name) for _, spell in PLACE_SPELLINGS}
    forms.add(name.replace(",", "").replace(" and ", " & "))
    return forms


_NAME_WORD_BEFORE = re.compile(r"\b(?!The\b)[A-Z][\w’'-]*\s+$")
"""A capitalised word right before a place: the place ends a longer name ("Rape Crisis
England & Wales"), not written as the place itself."""


def _written_with_ampersand(area: str, text: str, folded: str) -> bool:
    """Whether ``text`` writes ``area`` with "&" (opening a name or alone: "Brighton & Hove
    City Council") and never with "and"."""
    if area.lower() in folded or len(folded) != len(text):  # "İ" lower-cases longer
        return False
    ampersand = area.replace(" and ", " & ").lower()
    start = folded.find(ampersand)
    while start >= 0:
        if not _NAME_WORD_BEFORE.search(text, max(0, start - 40), start):
            return True
        start = folded.find(ampersand, start + 1)
    return False


def and_places(places: Iterable[str]) -> frozenset[str]:
    """The gazetteer places listed with "and" ("Brighton and Hove"), lower-cased: the areas
    :func:`worded_areas` may respell."""
    return frozenset(place.lower() for place in places if " and " in place)


def worded_areas(
    findings: Sequence[StatisticFinding], text: str, listed: frozenset[str]
) -> list[StatisticFinding]:
    """Rule ``ampersand_as_worded``: each area of ``listed`` (a gazetteer place with "and",
    :func:`and_places`: "Brighton and Hove") that ``text`` writes with "&" (opening a name
    or alone) and never with "and" is given with "&". A text that writes it with "and"
    anywhere ("Brighton and Hove was the only area …", beside "Brighton & Hove City
    Council"), one whose "&" form only ends a longer name ("Rape Crisis England & Wales"),
    places joined into one area ("Kent & Essex": a list, "Kent and Essex") and every other
    area keep the listed form."""
    folded = text.lower()
    spelled: dict[str, str] = {}
    out: list[StatisticFinding] = []
    for finding in findings:
        area = finding.area
        if area and area.lower() in listed:
            if area not in spelled:
                written = _written_with_ampersand(area, text, folded)
                spelled[area] = area.replace(" and ", " & ") if written else area
            if spelled[area] != area:
                finding = replace(finding, area=spelled[area])
        out.append(finding)
    return out
