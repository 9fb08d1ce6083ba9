"""A place a force's local team is named after: the patch the team polices.

"West Yorkshire Police's Keighley neighbourhood policing team have shut 12 homes": the
team works in Keighley, so its figures are Keighley's, as a division's are its territory's
(rule ``local-team-patch``, read by :func:`.figure_areas._rank`, which ranks such a place
with the territorial bodies and divisions, so the nearer of them wins). Not a team that
only speaks ("…, the Dover neighbourhood team said": a source, not where the figure is).
"""

from __future__ import annotations

import re

__all__ = ["LOCAL_TEAM_AFTER", "local_team_patch"]

LOCAL_TEAM_AFTER = re.compile(
    r"(?:\s+(?:(?:safer\s+)?neighbourhoods?(?:\s+policing)?|town\s+centre|city\s+centre|"
    r"beat|community\s+policing|local\s+policing)\s+teams?\b|(?<=[Cc]entre)\s+teams?\b)"
    r"(?!,?\s+(?:has\s+|had\s+)?(?:said|says|told|warned)\b)",
    re.I,
)
"""Right after a place: a local policing team named after it ("Keighley neighbourhood
policing team", "Hastings safer neighbourhood team", "Dover town centre team", "Crewe beat
team", "Darlington local policing team"; " team" alone after a place ending in "centre",
"Dover town centre"); not when the team closes a telling ("the Dover neighbourhood team
said")."""


def local_team_patch(text: str, place_end: int) -> bool:
    """Whether the place ending at ``place_end`` names a local team's patch (rule
    ``local-team-patch``)."""
    return LOCAL_TEAM_AFTER.match(text, place_end) is not None
