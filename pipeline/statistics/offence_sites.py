"""Where an offence told in a lead happened: no scope of the release's figures.

A court-case lead names the place of the offence in the clause that tells it: "A driver
who killed a cyclist in Gateshead while over the limit has been jailed", "A man has been
jailed after stabbing a teenager in Luton". The release speaks for the force that issues it
(its figures of the year, its campaign's arrests), not for the street where one offence was
committed. Read by the lead role ``offence-site`` of
:data:`pressfacts.statistics.place_role_leads.LEAD_ROLES` (a ``site`` role: the place is no
lead's scope, but it stays the area of a figure its own clause states).
"""

from __future__ import annotations

import re

__all__ = ["OFFENCE_SITE_BEFORE"]

OFFENCE_SITE_BEFORE = re.compile(
    r"\b(?:who|after|for)\s+(?:(?:fatally|seriously|critically)\s+)?"
    r"(?:kill|injur|hit|struck|strik|knock|attack|stabb|assault|robb|ran\s+over|running\s+over)"
    r"[a-z]*\s+(?:down\s+)?(?:a|an|the|two|three|four|his|her|their)\s+"
    r"(?!streets?\b|roads?\b|headlines\b|targets?\b)(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
    r"(?:in|at|near)\s+$"
)
"""Rule ``offence-site``: a relative clause or an "after"/"for" phrase telling a harm done to
someone (killed, injured, hit, struck, knocked down, attacked, stabbed, assaulted, robbed,
ran over), right before the place it was done in: "who killed a cyclist in ", "after
seriously injuring two pedestrians near ", "for attacking a woman at ". Not "who hit the
streets in " (a patrol), nor "who killed 12 people in " (a count, which may be scoped), nor
"officers in " (no offence)."""
