"""Rule ``service_of_non_charity``: a service named after the possessive of a known
organisation that is no charity is that organisation's own service, not a charity.

The charity rules of ``organisation_patterns.jsonl`` read a capitalised run before a
service's head word ("Helpline", "Service", "Project", "Programme") as a CHARITY: a named
service a charity runs ("the Samaritans' Listening Helpline", "Childline's Night
Service"). Right after the possessive of a gazetteer name of another type, the service is
that body's own ("Swim England's Safeguarding Helpline", "Kent Police's Victim Service"):
no charity, and no entity of its own. Not "Barnardo's Children's Helpline" (a charity's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from pressfacts.doc_text import doc_text
from pressfacts.entities.gazetteer import OrganisationMention

SERVICE_HEADS = frozenset({"helpline", "service", "project", "programme"})
"""Head words of a named service (the last word of the match)."""
_POSSESSIVE = re.compile(r"['’]s?\s+")
"""The possessive and the space between the owner's name and the service's."""


def service_of_non_charity(
    span: Span, rule_type: str, known: Sequence[tuple[Span, OrganisationMention]]
) -> bool:
    """Whether the CHARITY match ``span`` names a service (its last word one of
    :data:`SERVICE_HEADS`) right after the possessive of a known organisation of another
    type: "Swim England's [Safeguarding Helpline]"."""
    if rule_type != "CHARITY" or span[-1].lower_ not in SERVICE_HEADS:
        return False
    text = doc_text(span.doc)
    for owner, mention in known:
        gap = _POSSESSIVE.fullmatch(text, owner.end_char, span.start_char)
        if gap is not None:
            return mention.type != "CHARITY"
    return False
