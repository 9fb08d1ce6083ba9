"""What a number before a unit of time is not a duration for: the exclusion ``duration``
of :mod:`pressfacts.statistics.exclusions` reads these around "N hours/days/years", so a
count of hours put in ("4,200 hours of patrols", "volunteers gave 41,000 hours") or a
school year ("40 Year 11 pupils") stays a figure."""

from __future__ import annotations

NOT_SCHOOL_YEAR = r"(?!(?<=(?-i:Year))\s+\d)"
"""After a duration's unit: not a capitalised "Year" numbering a school year ("40 Year 11
pupils" counts pupils; "40 years" and "a four-year term" stay durations)."""
NOT_WORK_HOURS = (
    r"(?!(?<=hours)\s+(?:of|on)\s+(?:[\w-]+\s+){0,2}?(?:patrols?|patrolling|policing|overtime|"
    r"volunteering|footage|work|their\s+time|community\s+service|mentoring)\b)"
)
"""After a duration's unit: not hours of work counted ("4,200 hours of high-visibility
patrols", "900 hours on foot patrols", "900 hours of CCTV footage", "5,600 hours of unpaid
work", "700 hours of their time" count the hours put in); "48 hours" stays a duration."""
NOT_GIVEN_HOURS = r"(?<![\d,.])" + "".join(rf"(?<!\b{v}\s)" for v in ("gave", "worked", "logged"))
"""Before a duration: not inside a number, nor time put in ("gave 41,000 hours last year")."""
