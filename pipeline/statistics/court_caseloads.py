"""A place that begins an institution's name, and the court caseload that keeps it.

"Bangor University", "Leeds Crown Court": the place begins the name of an institution,
which is not the scope of the sentence's figures (place role ``institution-name``). A
court's own caseload is the exception (rule ``court_caseload``): "47 trials listed at
Chelmsford Crown Court were adjourned", "312 cases at Truro Magistrates' Court" count that
court's business, so its town is their area, as the towns of courts named together are
("waiting at Leeds and Bradford Crown Courts").
"""

from __future__ import annotations

import re

INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:University|General|Royal|District|Community|Teaching|Children['’]s))*"
    r"\s+(?:Hospitals?|Infirmary|University|College)\b|"
    r"\s+(?:Crown|Magistrates['’]?|Youth|County|Family|Sheriff|Coroners?['’]?)\s+Court\b(?!s)"
)
"""After a place, the institution it begins ("Bangor University", "Leeds Crown Court"): not
the figures' scope; not courts named together ("at Leeds and Bradford Crown Courts")."""
CASELOAD_NOUNS = ("trials", "cases", "hearings", "appeals", "sittings")
"""Rule ``court_caseload``: the business a court's own caseload counts."""
CASELOAD_BEFORE = re.compile(
    r"\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(CASELOAD_NOUNS)
    + r")\s+(?:(?:listed|heard|waiting|outstanding|scheduled|due|adjourned|open)\s+)?at\s+$"
)
"""Right before a court's place: a count of that court's business ("47 trials listed at",
"312 cases at", "90 crown trials scheduled at"); not a defendant's hearing ("jailed at"),
nor a count of people whose cases wait there ("3,180 victims whose cases are waiting to be
heard at": no count right before the noun)."""


def institution_name(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` begins an institution's name
    (:data:`INSTITUTION_AFTER`) that is not the court of a caseload before it
    (:data:`CASELOAD_BEFORE`)."""
    return bool(INSTITUTION_AFTER.match(text, end)) and not CASELOAD_BEFORE.search(
        text, max(0, start - 60), start
    )
