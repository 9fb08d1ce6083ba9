"""The lesser places of ``towns.txt`` (GeoNames' towns, villages and city districts that
``places.txt`` does not list) as places for a figure's area, with the rules that hold for
them alone.

The hand-written gazetteer names places a release means when it names them; a list of
3,000 small places also holds names that begin longer names. Named rules:

- ``town_in_longer_name`` (:func:`town_in_longer_name`): a town of ``towns.txt`` that opens
  a longer capitalised or hyphenated name is no place there: "Ilkley Moor", "Bramham Park",
  "Wembley Park station", "Notting Hill Carnival", "Westbury-sub-Mendip". A listed place
  keeps its own readings ("Leeds Festival" is read by the rules of ``places.txt``). Not "in
  Yarm and Guisborough" nor "in Yarm, Cleveland" (no capital right after the name).
- ``town_before_the_county`` (:meth:`.place_wording.PlaceTree.pointed_back`): "the county"
  or "the region" after such a town, whose county ``place_within.txt`` does not know, takes
  the release's own area ("… 40 checks in Wroughton and Chiseldon. … across the county":
  Wiltshire, the force's), not the town.
- ``town_not_release_scope`` (:meth:`.areas.AreaReader.document_area`): such a town, or a
  list naming one, in the lead is no scope of the release ("Eleven people were arrested
  after an order was put in place in Anfield, Everton and Kirkdale"): the release speaks
  for its issuer's area, and a later figure with no place of its own takes that. A figure
  whose own clause names the town still takes it. A listed place in the lead keeps the
  rule ``lead-place`` ("across Tewkesbury borough").
"""

from __future__ import annotations

import re

LONGER_NAME = re.compile(r"-[A-Za-z]|[ \t]+[A-Z][a-z]")
"""Right after a town's name: a hyphen and a word, or a capitalised word on the same line."""


def town_in_longer_name(text: str, end: int) -> bool:
    """Rule ``town_in_longer_name``: the town ending at ``end`` opens a longer name."""
    return LONGER_NAME.match(text, end) is not None
