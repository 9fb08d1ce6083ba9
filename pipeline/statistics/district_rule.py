"""The shape of a district rule of :data:`.district_names.DISTRICT_RULES`, the name of a
ward or district its patterns read, and the words of a text that ranks its wards behind a
named one (rule ``ward_led_ranking``)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DistrictRule:
    """A named way a text names a district: ``pattern``'s ``place`` group is the area;
    ``needs``: words one of which the text must hold for the pattern to be tried."""

    name: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...]


WARD_NAME = r"[A-Z][a-z]+(?:['’]s)?(?:[ -][A-Z][a-z]+(?:['’]s)?){0,2}"
"""A district's or ward's name: up to three capitalised words ("Firth Park", "St Ann's")."""

WARD_LEADS: tuple[str, ...] = tuple(
    f"{ward} {verb}"
    for ward in ("ward", "wards")
    for verb in ("accounted for", "recorded", "had", "saw", "logged", "reported", "topped")
)
"""Rule ``ward_led_ranking``: a named ward as the subject of a verb of counting ("The Elm
ward accounted for 214 of the complaints", "the Castle ward recorded 90"): the text ranks
its wards, so the members after "followed by" are wards too."""
