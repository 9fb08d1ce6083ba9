"""Words that name a body as a partner in the work, not the place the work is for.

:data:`PARTNER_CUES` and :func:`partnered`, read by the area rules
(:mod:`pressfacts.statistics.areas`, :mod:`pressfacts.statistics.component`): a council,
force or commissioner named after a cue ("working with", "run by", "a partnership with")
or given a sum (rule ``money_recipient``) is no figure's place nor a lead-in's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressfacts.statistics.recipient_bodies import money_recipient

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Place


PARTNER_CUES: tuple[str, ...] = (
    "alongside",
    "working with",
    "work with",
    "worked with",
    "in partnership with",
    "partnership with",
    "together with",
    "joined by",
    "supported by",
    "run by",
    "run with",
    "runs with",
    "shares with",
    "shared with",
    "share with",
    "funded by",
    "paid for by",
    "commissioned by",
    "led by",
    "delivered by",
    "campaign with",
    "teamed up with",
    "joined forces with",
    "in conjunction with",
    "agreed with",
    "joint inspections with",
    "joint inspection with",
    "joint visits with",
    "joint visit with",
    "joint checks with",
    "joint check with",
    "joint patrols with",
    "joint patrol with",
    "patrols with",
    "joint operation with",
    "joint operations with",
    "joint investigation by",
    "joint investigation with",
    "joint investigations with",
)
"""Words that name a body as a partner in the work, not where the work is: "the hub will
see 90 families a year, alongside Suffolk Constabulary" (the families are the hub's);
"the scheme is run by Kent Police, Barnardo's and Medway Council" (each body of the list
the cue opens); "paid for by the Police and Crime Commissioner for Gwent" (the place a
commissioner is named for); "launched a campaign with the City of London Police" (the charity's
figures are not the City's); "a £120,000 scheme agreed with Nottinghamshire Fire and Rescue
Service" (a city council's scheme, not the county's); "revoked two licences and refused
three applications following joint inspections with South Yorkshire Police" (the council's
licensing figures: a joint inspection, visit, check, patrol or operation with a force, one
or many, names it as the partner: "found 38 stolen covers at the site during a joint
inspection with West Yorkshire Police" keeps the place of the site; and so do patrols run
with a force, rule ``patrols_with``: "ran 11 overnight patrols with Durham Constabulary
along the border"); "has launched a retail crime
partnership with more than 60 shops, Derby City Council and Derbyshire Constabulary" (a
Derbyshire commissioner's partners, rule ``partnership_with``: the shops are the
commissioner's, not the city's); "after a joint investigation by Sussex Police and the
Metropolitan Police Service" (each force of the list is a partner in the case, so the
figures after it keep the release's area, not the last force named); "officers from the roads
policing unit Kent Police shares with Essex Police" (a unit shared with a force names that
force as a partner: rule ``force-area-not-partner`` then gives "across the force area" Kent's)."""
_PARTNER_REACH = 100
"""How far before a body (characters) the cue of the list it stands in may be."""
_PARTNER = re.compile(
    r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in PARTNER_CUES) + r")"
    r"\s+(?:the\s+)?(?:[^.;:\n]{0,70}?(?:,|\band|&)\s+(?:the\s+)?)?"
    r"(?:(?:deputy\s+)?police(?:,\s+fire)?\s+(?:and|&)\s+crime\s+commissioner\s+for\s+(?:the\s+)?)?$",
    re.I,
)


NATIONAL_PARTNER_CUES: tuple[str, ...] = ("works with", "works closely with", "works alongside")
"""Words that name a nation's branch of a body (rule ``national-branch``: "the Farmers' Union
of Wales", "NFU Cymru", "Crimestoppers Scotland") as a partner of the body that counts (rule
``works_with_national``): "The team, which has nine officers, works with the Farmers' Union
of Wales" keeps the team's area. A body that "works with" a force or a council still works
in that body's area (not in :data:`PARTNER_CUES`: "It works with Essex Police" names Essex),
but one that works with a body of a whole nation does not work across the nation."""
_NATIONAL_PARTNER = re.compile(
    r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in NATIONAL_PARTNER_CUES) + r")"
    r"\s+(?:the\s+)?(?:[^.;:\n]{0,70}?(?:,|\band|&)\s+(?:the\s+)?)?$",
    re.I,
)


def partnered(text: str, place: Place) -> bool:
    """The place (or list of places) is a body named as a partner (:data:`PARTNER_CUES`)
    or given a sum (rule ``money_recipient``): not a figure's place, nor a lead-in's (the
    document's area may still come from it)."""
    if place.rule == "place":
        return False
    reach = max(0, place.start - _PARTNER_REACH)
    partner = _PARTNER.search(text, reach, place.start)
    if place.rule == "national-branch" and _NATIONAL_PARTNER.search(text, reach, place.start):
        return True  # rule works_with_national
    return bool(partner) or money_recipient(text, place.start)
