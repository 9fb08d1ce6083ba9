"""Rule ``service_of_non_charity``: a service named after the possessive of a known
organisation that is no charity is that organisation's own service, not a charity.

The charity rules of ``organisation_patterns.jsonl`` read a capitalised run before a
service's head word ("Helpline", "Service", "Project", "Programme") as a CHARITY: a named
service a charity runs ("the Samaritans' Listening Helpline", "Childline's Night
Service"). Right after the possessive of a gazetteer name of another type, the service is
that body's own ("Swim England's Safeguarding Helpline", "Kent Police's Victim Service"):
no charity, and no entity of its own. Not "Barnardo's Children's Helpline" (a charity's).

Rule ``charity_possessive_owner``: a pattern led by a bare possessive (``preceded_by`` of
only "'s" and "'": ``charity-service-named-possessive``, a named service or programme in
lower case after an owner's name) counts only right after a known charity's name:
"Extern's Fresh Start Belfast programme"; not "Belfast's Safe Streets scheme" (a place's)
nor "Kent Police's Safer Nights scheme" (a force's).

Rule ``charity_owned_service``: a service an ORG rule names ("… Service", "… Programme")
right after the possessive of a known charity is the charity's named service, so a CHARITY
("Brake's National Road Victim Service", "Barnardo's National Leaving Care Service"); not
after a force's or council's possessive ("Kent Police's National Victim Service").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from pressfacts.doc_text import doc_text
from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.models.ids import entity_id
from pressfacts.models.resources import OrganisationPattern

SERVICE_HEADS = frozenset({"helpline", "service", "project", "programme"})
"""Head words of a named service (the last word of the match)."""
_POSSESSIVE = re.compile(r"['’]s?\s+")
"""The possessive and the space between the owner's name and the service's."""
_OWNED_GAP = re.compile(r"(?:['’]s?)?\s+")
"""The gap after an owner whose name ends in its own possessive ("Barnardo's")."""
POSSESSIVE_LEADS = frozenset({"'s", "'", "’s", "’"})
"""``preceded_by`` phrases that are only a possessive: the owner is the name before them."""


def service_of_non_charity(
    span: Span, rule_type: str, known: Sequence[tuple[Span, OrganisationMention]]
) -> bool:
    """Whether the CHARITY match ``span`` names a service (its last word one of
    :data:`SERVICE_HEADS`) right after the possessive of a known organisation of another
    type: "Swim England's [Safeguarding Helpline]"."""
    if rule_type != "CHARITY" or span[-1].lower_ not in SERVICE_HEADS:
        return False
    owner = _possessive_owner(span, known)
    return owner is not None and owner.type != "CHARITY"


def _possessive_owner(
    span: Span, known: Sequence[tuple[Span, OrganisationMention]], owned_too: bool = False
) -> OrganisationMention | None:
    """The first known organisation whose name stands right before ``span`` with a
    possessive between them ("Swim England's [Helpline]"); ``owned_too``: or a name that
    ends in its own possessive, then a space ("Barnardo's [Keeping Safe Service]")."""
    text = doc_text(span.doc)
    for owner, mention in known:
        owned = owned_too and owner.text.endswith(("'s", "’s", "'", "’"))  # "Barnardo's"
        gap = _OWNED_GAP if owned else _POSSESSIVE
        if gap.fullmatch(text, owner.end_char, span.start_char) is not None:
            return mention
    return None


def uncharitable_possessive(
    span: Span, rule: OrganisationPattern, known: Sequence[tuple[Span, OrganisationMention]]
) -> bool:
    """Rule ``charity_possessive_owner``: whether ``span``, found by a rule led only by a
    possessive (:data:`POSSESSIVE_LEADS`), follows no known charity's name: "Belfast's
    [Safe Streets] scheme" is no charity's; "Extern's [Fresh Start Belfast] programme" is."""
    if not rule.preceded_by or not set(rule.preceded_by) <= POSSESSIVE_LEADS:
        return False
    owner = _possessive_owner(span, known)
    return owner is None or owner.type != "CHARITY"


CHARITY_SERVICE_RULE = "charity_owned_service"
"""Rule name of a named service re-typed as its owning charity's (:func:`charity_owned`)."""


def charity_owned(
    span: Span, mention: OrganisationMention, known: Sequence[tuple[Span, OrganisationMention]]
) -> OrganisationMention:
    """``mention`` as a CHARITY when it is an ORG named service (its last word one of
    :data:`SERVICE_HEADS`) right after the possessive of a known charity: "Brake's [National
    Road Victim Service]"; else ``mention`` as it is."""
    if mention.type != "ORG" or span[-1].lower_ not in SERVICE_HEADS:
        return mention
    owner = _possessive_owner(span, known, owned_too=True)
    if owner is None or owner.type != "CHARITY":
        return mention
    return OrganisationMention(
        mention.start,
        mention.end,
        entity_id("CHARITY", mention.name),
        "CHARITY",
        mention.name,
        rule=CHARITY_SERVICE_RULE,
    )
