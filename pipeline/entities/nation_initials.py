"""What a name closed by "NI" must not be to count as a charity (rule
``nation-initials-charity`` of ``organisation_patterns.jsonl``: "Carers NI", "Advice NI").

Northern Ireland's voluntary sector names itself so, but so do places written with their
nation ("Lisburn NI"), businesses and trade bodies ("Power NI", "Ulster Bank NI", "Retail
NI"), events and operations ("Scams Awareness Week NI"): :func:`not_a_charity_name` tells
them apart, and the rule's ``not_preceded_by`` keeps out "Operation Sentinel NI"'s tail.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

NI_NOT_CHARITY_WORDS: frozenset[str] = frozenset(
    {
        "bank", "power", "energy", "electricity", "gas", "water", "airtricity", "retail",
        "manufacturing", "hospitality", "pubs", "pharmacy", "business", "businesses",
        "university", "college", "week", "day", "month", "awareness", "operation", "magazine",
        "news", "radio", "media", "rail", "airport", "group", "ltd", "plc", "council",
        "executive", "board", "department", "agency", "authority", "service", "services",
    }
)  # fmt: skip
"""Words that make a name closed by "NI" a business, a trade body, a public body, an event
or an operation, not a charity ("Power NI", "Retail NI", "Scams Awareness Week NI")."""


def not_a_charity_name(span: Span, places: Collection[str]) -> bool:
    """Whether the words of ``span`` before its closing "NI" are a known place ("Lisburn
    NI", "Across Belfast NI": a place and its nation) or hold a word of
    :data:`NI_NOT_CHARITY_WORDS` ("Ulster Bank NI")."""
    doc = span.doc
    words = doc[span.start : span.end - 1]
    return any(token.lower_ in NI_NOT_CHARITY_WORDS for token in words) or any(
        doc[at : span.end - 1].text.lower() in places for at in range(span.start, span.end - 1)
    )
