"""A county the text words with "County" before its name ("County Durham", "County Antrim").

The gazetteer knows a council or force by its county's short name ("Durham County Council",
"Durham Constabulary": Durham), but a release that gives its scope as "across County
Durham" words the same place with "County". Rule ``lead-county-wording``
(:func:`county_scope`): a lead sentence's scope place that is the one county of the bodies
it names, worded "County <name>", is the document's area as worded. Rule
``county-as-worded`` (:func:`county_as_worded`): a figure's area that is that county by its
short name (from "the council" or "the county") is given as the document words it. A
larger area ("County Durham and Darlington") is no such wording. Rule
``county-after-unplaced`` (:func:`county_after_unplaced`): "the county" after a single
district the place tree does not know ("the Stanley area") is the release's own county,
not that district.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressfacts.statistics.nations import is_country
from pressfacts.statistics.place_folds import THE_COUNTY, fold_place

if TYPE_CHECKING:
    from pressfacts.statistics.place_wording import PlaceTree

_LIST = re.compile(r",|\band\b")


def is_county_wording(worded: str, short: str) -> bool:
    """Whether ``worded`` is ``short`` with "County" before it ("County Durham", "Durham")."""
    return fold_place(worded) == f"county {fold_place(short)}"


def county_scope(place: str, innermost: str | None) -> tuple[str, str] | None:
    """(``place``, ``lead-county-wording``) when the lead's scope place ``place`` is the
    bodies' one area ``innermost`` worded with "County"; else None."""
    if innermost and is_county_wording(place, innermost):
        return place, "lead-county-wording"
    return None


def county_as_worded(area: str | None, document_area: str | None) -> str | None:
    """Rule ``county-as-worded``: ``document_area`` when it is ``area`` worded with
    "County" ("Durham" in a release about "County Durham"); else ``area``."""
    if area and document_area and is_county_wording(document_area, area):
        return document_area
    return area


def county_after_unplaced(
    sentence: str, last_area: str | None, own_area: str | None, tree: PlaceTree
) -> str | None:
    """Rule ``county-after-unplaced``: ``own_area`` (the release's) as what "the county" in
    ``sentence`` points back to when ``last_area``, the area named last, is one place the
    tree knows nothing of (a district read by a district rule: "…, while the Stanley area
    saw 29. The force received 96 reports … in the county"); else ``last_area``. A list
    of places, a country and a place the tree knows keep their own reading."""
    if (
        last_area is None
        or own_area is None
        or not THE_COUNTY.search(sentence)
        or _LIST.search(last_area)
        or is_country(last_area)
        or tree.nation_of(last_area) != last_area
    ):
        return last_area
    return own_area
