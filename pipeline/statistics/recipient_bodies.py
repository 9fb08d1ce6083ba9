"""A body named as the one money is given to: not where the figures are.

Named rule ``money_recipient`` (:data:`MONEY_RECIPIENT`): a territorial body (a national
branch of a charity, a force, a commissioner's office) right after a verb of giving and a
sum and "to" ("has given £38,000 to Barnardo's Cymru", "awarded a £5,000 grant to the
Northumbria Police Cadets") receives the money; the figures of the sentence are the
giver's, in the giver's area, as a partner's are (:func:`~pressfacts.statistics.
partner_cues.partnered`). Not a body the sum is not given to ("£38,000 for Barnardo's
Cymru's work in Wrexham": no verb of giving), nor a body that gives ("Barnardo's Cymru
has given £38,000 to the school": the body stands before the verb).
"""

from __future__ import annotations

import re

_SUM = r"£\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?"
"""A sum of money: "£38,000", "£1.2m", "£5 million"."""

MONEY_RECIPIENT = re.compile(
    r"\b(?:given|gave|gives|give|awarded|granted|handed(?:\s+over)?|allocated|donated|"
    r"committed|pledged)\s+(?:[^.;:\n£]{0,25}?)" + _SUM + r"[^.;:\n£]{0,40}?\bto\s+(?:the\s+)?$",
    re.I,
)
"""Rule ``money_recipient``: a verb of giving, a sum and "to" right before a body."""

_REACH = 110
"""How far before a body (characters) its verb of giving may be."""


def money_recipient(text: str, start: int) -> bool:
    """Whether the body named at ``start`` is what a sum is given to (rule
    ``money_recipient``)."""
    return bool(MONEY_RECIPIENT.search(text, max(0, start - _REACH), start))
