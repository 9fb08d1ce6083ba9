"""The nouns that name an offence, written once for the rules that read what a count was
for.

"Officers arrested 54 people, 38 for drugs offences and 16 for theft": after a count and
"for", one of these heads (perhaps after a word or two: "drugs offences", "criminal
damage") says the count is another item of a list of what the people counted were
arrested, charged or reported for, so it counts what the count before it counts.
General English words for offences, not taken from any release.
"""

from __future__ import annotations

OFFENCE_HEADS: tuple[str, ...] = (
    "offences", "offence", "crimes", "crime", "theft", "thefts", "burglary", "burglaries",
    "robbery", "robberies", "assault", "assaults", "possession", "supply", "fraud",
    "violence", "damage", "harassment", "stalking", "disorder", "shoplifting", "dealing",
    "trafficking", "breaches", "murder", "manslaughter", "rape", "arson", "affray",
    "kidnap", "handling", "intimidation", "threats",
)  # fmt: skip
"""Head nouns of an offence a count was for ("for theft", "for drugs offences")."""

OFFENCE_HEAD = r"(?:" + "|".join(sorted(OFFENCE_HEADS, key=len, reverse=True)) + r")\b"
""":data:`OFFENCE_HEADS` as one regular-expression alternation, longest first."""
