"""Adversarial texts for the linear-time checks: one generator per pattern, any length.

Each pattern repeats a unit that stresses one kind of scan: many quote marks
(balanced, stray and unclosed, on one long line and over many lines), many figures
like "1,234,567.89", many "Chief Inspector Smith Jones" names, text with no white
space at all, runs of blank lines, many "…," she said quotes with no person
named before them, many changes in per cent beside their yardsticks, a charity named again and
again, and many pipe tables. The units
are invented. Used by benchmarks/bench_adversarial.py and
tests/knowledge/test_adversarial_inputs.py.
"""

from __future__ import annotations

PATTERNS: dict[str, str] = {
    "quote marks": (
        'DI Jo Bell said: "We will keep going." "And again," she added. Officers were '
        '"busy and "tired and "alert" at the "scene. '
    ),
    "quote paragraphs": '"We will keep going.\n\n"And we will not stop,\n\n',
    "figures": "Officers seized 1,234,567.89 items and £1,234,567.89 in 2,345 raids. ",
    "ranked names": "Chief Inspector Smith Jones and Chief Inspector Smith Jones ",
    "no white space": "Alpha.Beta,\"Gamma'Delta\u201cEpsilon\u201d1,234.5%Zeta:",
    "blank lines": "\n\n\n \n",
    "pronoun quotes": 'Kent Police and the NSPCC met. "We will act today," she said. ',
    "percentages": "Thefts in Leeds rose by 12% and calls by 7 per cent, above the 3% average. ",
    # parts of a group that no earlier sentence dates: each looks back for the group
    "group parts": "Officers in Bury made 118 of the arrests and 14 of the referrals. ",
    # a charity named by the words before it, then named again bare: every later use is
    # looked for, and each checked against the mentions already taken
    "names again": "The charity Unseen met Kent Police. Unseen said it would help. ",
    # events named back over many periods: each looks back for the sentence dating it
    "named events": (
        "In 2023 and in May 2024 and in June 2024, officers made 40 arrests. "
        "Arrests during the campaign rose. "
    ),
    # pipe tables, each with its lead: every cell is looked up among the periods and
    # places, and every sentence figure against the tables
    "pipe tables": (
        "Arrests by district in 2024:\n\n| District | 2023 | 2024 | Change |\n"
        "|---|---|---|---|\n| Hull | 1,204 | 1,388 | +15% |\n| York | 310 | 298 | -4% |\n\n"
    ),
}
"""Pattern name -> the unit repeated to make a text of that pattern."""


def adversarial_text(pattern: str, size: int) -> str:
    """A text of ``size`` characters repeating the unit of ``pattern``."""
    unit = PATTERNS[pattern]
    text = unit * (size // len(unit) + 1)
    return "Kent Police said officers were out.\n\n" + text[:size]
