"""How a release tells a ratio between groups of the figures it has just stated.

"Black residents were 4.2 times more likely than white residents to be searched" compares
the rates of the searches just counted: a sentence holding such a likelihood ratio and no
period of its own speaks of the span of the figures before it (the back-reference
``likelihood_ratio`` of
:data:`pressfacts.statistics.period_back_references.BACK_REFERENCE_RULES`).
"""

from __future__ import annotations

import re

LIKELIHOOD_RATIO = re.compile(
    r"\W{0,3}[^.;:!?\n]{0,150}?\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+times\s+(?:more|less|as)\s+likely\b",
    re.I,
)
"""A sentence opening up to a likelihood ratio: "In Hull, where most stops took place, Asian
men were 2.4 times more likely to be stopped"; not "… 2.4 times a week" (how often)."""
