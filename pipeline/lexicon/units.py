"""The units a statistic is measured in rather than counted in, named once.

Why: several stages ask whether a figure counts things (a count may be a part of a
total, restated with another noun, or the whole a share is of) or measures them (a
share, a multiple, a sum of money). The answer was a tuple written out in eight
modules; a new currency had to be added to each.
"""

from __future__ import annotations

from typing import Final

MONEY_UNITS: Final = frozenset({"pounds", "euros"})
"""Sums of money: "£1.2m" is 1,200,000 pounds, "€1.4 million" 1,400,000 euros (the
Irish forces' and charities' releases)."""

NOT_COUNTED_UNITS: Final = frozenset({"percent", "times"}) | MONEY_UNITS
"""Units of a measure, not of a count: a share, a multiple or a sum."""

CURRENCIES: Final = {"£": "pounds", "€": "euros"}
"""The unit of a sum by the sign before it."""

CURRENCY_SIGNS: Final = "".join(CURRENCIES)
"""The signs of :data:`CURRENCIES` as the inside of a character class ("£€")."""
