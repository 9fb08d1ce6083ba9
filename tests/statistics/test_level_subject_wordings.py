"""More wordings of a level's subject (``level_subjects``): the noun a level verb or a
change "by N to M" joins to its count, after "about" ("Calls about scams"), with an aside
listing what it includes between commas, after a report that shows or found it, and
with a phrase of where, near or around what, after the head noun.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from pressfacts.statistics.level_subjects import level_subject


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # what the sessions or calls were about stands after the head noun
        ("Calls about scams rose by 12% to ", "calls"),
        ("Sessions about bullying reached ", "sessions"),
        # an aside of what the subject includes, commas and all
        (
            "Reports of fraud, including romance scams, courier fraud and phishing, fell by 9% to ",
            "reports",
        ),
        ("Calls about abuse, such as neglect and violence at home, totalled ", "calls"),
        # a report or the figures that show it, before the subject
        ("The trust's annual report shows that referrals rose by a fifth to ", "referrals"),
        ("A review of the scheme found that visits reached ", "visits"),
        ("The council's latest survey found that complaints fell by 8% to ", "complaints"),
        # rule long_opening_clause: a relative clause of up to 100 characters opening it
        (
            "In Powys, where the trust has run the county's victim advice line since 2020, "
            "calls rose from ",
            "calls",
        ),
        # rule subject_near_phrase: where the things counted were, near or around a place
        ("Drone sightings near jails in Wales rose to ", "sightings"),
        ("Fights outside nightclubs in the town reached ", "fights"),
        ("Thefts around the harbour totalled ", "thefts"),
        ("Reports within the old town fell by 9% to ", "reports"),
        # near misses: an aside with a figure of its own; a verb of showing with no
        # change or level verb after its subject
        ("Reports of fraud, including 40 romance scams, fell by 9% to ", None),
        ("The review shows that officers visited ", None),
    ],
)
def test_level_subject_wordings(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected
