"""The words that name a thing whose start "since" dates, as a regex part of the "since"
period rules of :mod:`pressfacts.statistics.since_days` ("since the Police, Crime,
Sentencing and Courts Act 2022 came into force in August 2022")."""

from __future__ import annotations

NAMED_WORD = r"(?:(?-i:[A-Z])[\w’'-]*,(?=\s+(?-i:[A-Z]))|[\w’'-]+)"
"""Rule ``since_comma_named_thing``: a word of the thing whose start "since" dates, with
the comma of a list inside a name ("since the Police, Crime, Sentencing and Courts Act 2022
came into force in August 2022": a capitalised word, its comma, a capitalised word); not a
comma before a lower-case word ("since the ban, which …"), nor one of a lower-case list."""
