"""The area a sentence's back-pointing words take ("across the region", "the county", "in
the town"): the same for every figure of the sentence, read once per sentence (moved from
:mod:`pressfacts.statistics.figure_areas`, behaviour unchanged, then given the rule
``town-named-here``), and the words that make them a figure's own
(:data:`OWN_REGION_WORDS`, :data:`CLOSING_REGION_WORDS`, read by the area rule
``own-region-words``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.areas import REGION_WORDS
from pressfacts.statistics.county_wording import county_after_unplaced
from pressfacts.statistics.nations import is_country
from pressfacts.statistics.place_wording import (
    LIST_PARTS,
    THE_CITY,
    THE_REGION,
    PlaceTree,
    fold_place,
    list_parts,
)

THE_BOROUGH = re.compile(
    r"\b(?:in|across|throughout|within)\s+the\s+borough\b(?!['’]|\s+(?:council|of)\b)", re.I
)
"""Rule ``the-borough-own-area``: "in the borough", "across the borough" point back to
the borough the release speaks for, its own area ("… reports in Telford and Wrekin. … 40% of
all episodes in the borough, West Mercia Police said": Telford and Wrekin), not to the area
named last (a county, or a town within the borough); none when the release's area is a
county, a region or a country (a Merseyside Police release's "in the borough" is Wirral or
Sefton, not Merseyside: the one named before it, :func:`_borough_named_before`). Not "the
borough council", "the borough of Swale", "the borough's"."""


def _borough_named_before(last_area: str | None, county: str, tree: PlaceTree) -> str | None:
    """Rule ``the-borough-named-before``: in a county's or region's release, "in the
    borough" is the place named last before its sentence when that lies within the
    release's area ("… burglaries across Wirral. … cut burglary in the borough by 14%":
    Wirral; a metropolitan borough such as Dudley, a county of its own in the tree, too);
    else which borough is not said (None)."""
    if last_area is None or last_area == county:
        return None
    return last_area if tree.within(last_area, county) else None


OWN_REGION_WORDS = re.compile(
    r"£?[\d,.]+(?:\s*(?:%|per\s+cent|m|bn|million|billion))?\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:in|across|throughout|within)\s+the\s+(?:(?:rest|remainder)\s+of\s+the\s+)?"
    r"(?:county(?!\s+council)|region|area|"
    r"(?:city|town|borough)(?!['’]|\s+(?:council|centre|center|hall|of)\b))\b",
    re.I,
)
"""A figure, its noun and back-pointing words after it: "412 hate crimes in the county", "60 arrests
across the region", "thefts in the city", "in the borough" (rule ``the-borough-own-area``);
"with 52 in the rest of the county" (rule ``rest-of-region``: what a place named before
leaves of its county is counted for that county)."""


CLOSING_REGION_WORDS = re.compile(
    r"\b(?:in|across|throughout|within)\s+the\s+(?:city|town)"
    r"(?!['’]|\s+(?:council|centre|center|hall|of)\b)\s*[.!?]?[\"”’']?\s*$",
    re.I,
)
"""Back-pointing words that close the figure's sentence (rule ``closing_region_words``):
"West Yorkshire Police has arrested nine people, including four boys …, in connection
with bin fires in the city." (the city named before, not the force's county); not "…
in the city centre." nor "… the city's", nor with a place named after the figure ("40
people in Plymouth for thefts in the city": Plymouth's)."""


THE_CITY_ITSELF = re.compile(
    r"\b(?:in|across|throughout|around|within)\s+the\s+city\b"
    r"(?!['’]|\s+(?:council|centre|center|hall|of)\b)",
    re.I,
)
"""Rule ``city-release-over-its-parts``: "in the city" (the word "city", not "town") in a
city's own release, after neighbourhoods or towns of its county named last that are no city
of their own ("… lived in Bulwell or Clifton. … 14 lines operating in the city": the
release's Nottingham, not the neighbourhoods nor the county of the force its sentence names;
"… in Knowsley. … across the city" in Liverpool's release: Liverpool). Not "in the town"
(a town named last is that town), not in a county's or region's release, nor after a place
outside the release's county ("… a coach from Stoke-on-Trent" in Leeds's release)."""


def _city_release_over_parts(
    sentence: str, last_area: str | None, own_area: str | None, tree: PlaceTree
) -> str | None:
    """The release's own city for "in the city" after parts of its county named last
    (rule ``city-release-over-its-parts``, :data:`THE_CITY_ITSELF`); else None."""
    if not own_area or not last_area or not THE_CITY_ITSELF.search(sentence):
        return None
    county = tree.county_of(own_area)
    if county == own_area or fold_place(last_area) == fold_place(own_area):
        return None
    parts = list_parts(last_area)
    inside = all(tree.within(p, county) or not tree.knows(p) for p in parts)
    holds_release = any(tree.within(own_area, p) for p in parts)
    return own_area if parts and inside and not holds_release else None


LONDON_REGION = "London"
"""Rule ``london-borough-own-area``: a London borough lies right in the London region, with
no county between (``Lambeth > London`` in ``place_within.txt``), so
:meth:`PlaceTree.county_of` takes it for a county; for "in the borough" it is a borough, the
release's own ("Lambeth Council … 44 arrests in the borough": Lambeth). Not London itself,
nor "Greater London" (the region's other name)."""


def london_borough(area: str, tree: PlaceTree) -> bool:
    """Whether ``area`` is a borough of London (rule ``london-borough-own-area``)."""
    folded = area.lower()
    return folded not in ("london", "greater london") and tree.within(area, LONDON_REGION)


def region_area(
    text: str,
    sentence: tuple[int, int],
    tree: PlaceTree,
    last_area: str | None,
    document_area: str | None = None,
    own_area: str | None = None,
    named_here: Sequence[tuple[int, str]] = (),
    last_region: str | None = None,
) -> str | None:
    """The area the back-pointing words of a sentence ("across the region", "the
    county", :data:`REGION_WORDS`) take of ``last_area``, the area named before it, or,
    for "nationally", of the document's area when that is a country
    (:meth:`PlaceTree.pointed_back`), and for "the region" after a country, of the
    release's own area ``own_area``; None when it has no such words. "The region" after a
    region its own sentence names (``named_here``: (start, area) of its places) is that
    region. "In the town" or "in the city" after a town its own sentence names before
    the words (rule ``town-named-here``: "Sgt Hill, of the team in Rhyl, said officers
    met 40 women in the town": Rhyl) points back to that town, not to the area named
    before the sentence; a county or region named there is no town and changes nothing.
    "The region" after towns that lie within the region named before them (``last_region``,
    rule ``region-named-before``: "… in the East of England. … at Chelmsford and
    Colchester. … across the region rose by 23%": East of England) is that region.
    The same for every figure of the sentence: read once per sentence."""
    s_start, s_end = sentence
    words = REGION_WORDS.search(text, s_start, s_end)
    if not words:
        if not THE_BOROUGH.search(text, s_start, s_end):
            return None
        if own_area is None or is_country(own_area):
            return None
        if tree.county_of(own_area) == own_area and not london_borough(own_area, tree):
            return _borough_named_before(last_area, own_area, tree)
        return own_area  # rule the-borough-own-area
    last_area = county_after_unplaced(text[s_start:s_end], last_area, own_area, tree)
    if words.group("n") and (  # "across the four towns": a list of that many named last
        last_area is None or len(LIST_PARTS.split(last_area)) != count_value(words.group("n"))
    ):
        return None
    here = next((a for at, a in reversed(named_here) if at < words.start()), None)
    if here is not None and THE_CITY.match(words.group()) and tree.county_of(here) != here:
        last_area = here  # rule town-named-here
    if THE_REGION.match(words.group()):  # "The North West ROCU seized … across the region"
        region = next((a for at, a in reversed(named_here) if at < words.start()), None)
        if region is not None and tree.is_region(region):
            return region
        if (  # rule region-named-before
            last_region is not None
            and last_area is not None
            and not tree.is_region(last_area)
            and tree.all_within(last_area, last_region)
        ):
            return last_region
    back = tree.pointed_back(text[s_start:s_end], last_area, document_area, own_area)
    return back or _city_release_over_parts(text[s_start:s_end], last_area, own_area, tree)
