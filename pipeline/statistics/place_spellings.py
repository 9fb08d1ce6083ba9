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
figure is the same however the text spells the district.
"""

from __future__ import annotations

from collections.abc import Callable

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
