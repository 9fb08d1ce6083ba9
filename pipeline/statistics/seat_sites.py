"""The seats a place is named as, right before it: a hospital a casualty lies in, the
headquarters of a body. Where the building stands, not the scope of the figures told with it:
the lead roles ``hospital-site`` and ``headquarters-site`` of
:data:`pressfacts.statistics.place_role_leads.LEAD_ROLES` (``site`` roles: no lead's scope
and no figure's area).
"""

from __future__ import annotations

import re

HOSPITAL_SITE_BEFORE = re.compile(
    r"\b(?:in|to|at|into)\s+hospital\s+(?:in|at)\s+$",
    re.I,
)
"""Rule ``hospital-site``: the town of the hospital a casualty was taken to or lies in,
right before it ("and a man remains in hospital in Middlesbrough", "was airlifted to
hospital in Leeds"): where the patient is treated, not the scope of the casualty figures
(the crash's place or the issuer's area is); not "hospitals in Leeds treated 300 riders"
(the hospitals of a place counting: its area), nor "officers in Leeds" (no hospital)."""

HEADQUARTERS_WORDS: tuple[str, ...] = ("headquarters", "head office", "head offices")
"""Words for a body's seat that put the town after them as the building's place ("opened at
Staffordshire Police's headquarters in Stafford"), read case-blind; "HQ" is read in
capitals only ("the force's HQ at Hindlip")."""
HEADQUARTERS_SITE_BEFORE = re.compile(
    r"(?:\b(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in HEADQUARTERS_WORDS)
    + r")|\bHQ)\s+(?:in|at)\s+(?:the\s+)?$"
)
"""Rule ``headquarters-site``: a body's headquarters right before the town it stands in ("A
new £6.8m control room has opened at the force's headquarters in Stafford", "staff moved
to the new HQ at Ripley"): where the seat stands, not the scope of the figures (the body's
own area is); not "based in Stafford" (``body-base``), "officers in Stafford" (no seat word),
"the force's headquarters, Stafford" (no "in" or "at")."""
