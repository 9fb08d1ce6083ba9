"""Period rules for a year named as the year of a report, a survey or an election, whose
figures that year covers.

- ``yearly_report``: "In its 2023 inspection", "in their 2024 survey": the year of a
  report, inspection or survey the figure comes from (:data:`YEARLY_REPORTS`); not
  "according to the 2021 census", an aside whose year would date the sentence's other
  figures and what follows (the population's year is not the span they count);
- ``yearly_report_found``: an owner's report of a year and what it found ("Its 2024
  survey found that 55% …", "the commission said its 2024 survey showed …"); not "Its
  2024 survey will ask …" (no finding);
- ``year_of_report``: "Historic England's 2025 Heritage at Risk Register lists …", "the
  2024 annual report": the year the report is of;
- ``election_year``: "at the 2022 elections", "in the 2024 general election", "during
  the 2021 PCC elections": the year of the election the figure is of (a year is whole,
  as the output contract's calendar units are); not "since the 2022 elections" (a span
  from it) or "the 2026 elections will …" with no "at/in/during" before.

They join the period table through
:data:`pressfacts.statistics.period_own_needs.OWN_NEEDS_RULES`.
"""

from __future__ import annotations

from pressfacts.statistics.period_rules import YEAR, PeriodRule, compile_rule, resolve_year

YEARLY_REPORTS: tuple[str, ...] = ("inspection", "survey", "audit", "census", "report", "review")
"""What a year before it dates as the year it covers: "In its 2023 inspection, … found"."""

_REPORTS = "|".join(YEARLY_REPORTS)
_REPORT_KIND = r"(?:(?:annual|staff|national|latest|victims?['’]?|public)\s+)?"
"""What may stand between the year and the report noun: "our 2024 staff survey"."""
_FOUND = r"(?:found|finds|showed|shows|revealed|reveals|suggested|suggests|recorded|records)"
"""The verbs by which a report tells its findings."""
_ELECTION_KIND = (
    r"(?:(?:general|local|council|mayoral|county|district|borough|parliamentary|European|"
    r"Senedd|Holyrood|Scottish\s+Parliament|Assembly|PCC|police\s+and\s+crime\s+commissioner|"
    r"police,\s+fire\s+and\s+crime\s+commissioner)\s+)?"
)
"""The kinds of election named between the year and "election": "the 2024 general
election", "the 2021 PCC elections"."""

REPORT_YEAR_RULES: tuple[PeriodRule, ...] = (
    # "In its 2023 inspection, … found", "in our 2024 staff survey"; not "its 2023 target"
    PeriodRule(
        "yearly_report",
        compile_rule(
            rf"\b(?:in|from)\s+(?:its|their|our|his|her|the)\s+(?P<y>{YEAR})\s+"
            rf"{_REPORT_KIND}(?:{_REPORTS})s?\b",
            "if",
        ),
        resolve_year,
        needs=YEARLY_REPORTS,
    ),
    # "Its 2024 survey found that …", "… said its 2024 survey showed …"; not "Its 2024
    # survey will ask …" (no finding), "The 2024 survey found …" (no owner)
    PeriodRule(
        "yearly_report_found",
        compile_rule(
            rf"\b(?:its|their|our)\s+(?P<y>{YEAR})\s+{_REPORT_KIND}"
            rf"(?:{_REPORTS})s?(?=\s+(?:also\s+)?{_FOUND}\b)",
            "ito",
        ),
        resolve_year,
        needs=YEARLY_REPORTS,
    ),
    # "Historic England's 2025 Heritage at Risk Register lists 118 …", "the 2024 annual
    # report": the year of a body's yearly report (an owner's, or called annual); not "the
    # 2023 Act", "a 2024 survey", "the 2019 review" (no owner: a one-off), "… 2025 report of
    # 2024" (another year's follows)
    PeriodRule(
        "year_of_report",
        compile_rule(
            rf"\b(?:[A-Z][\w-]*['’]s|the(?=\s+{YEAR}\s+annual\b))\s+(?P<y>{YEAR})\s+(?:annual\s+)?"
            r"(?:(?-i:[A-Z])[\w-]*\s+"
            r"(?:(?:at|of|on|and|for|in)\s+)?){0,4}(?:report|register|survey|review|audit)\b"
            r"(?!\s+(?:of|for)\s+(?:19|20)\d\d)",
        ),
        resolve_year,
        needs=("report", "register", "survey", "review", "audit"),
    ),
    # "at the 2022 elections", "in the 2024 general election", "during the 2021 PCC
    # elections"; not "since the 2022 elections", "the 2026 elections will …"
    PeriodRule(
        "election_year",
        compile_rule(
            rf"\b(?:at|in|during)\s+the\s+(?P<y>{YEAR})\s+{_ELECTION_KIND}elections?\b",
            "aid",
        ),
        resolve_year,
        needs=("election",),
    ),
)
"""The period rules of a report's or an election's year."""
