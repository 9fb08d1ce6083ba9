"""A level's plural subject may be followed by three short phrases before its verb, not only
two (rule ``subject_three_phrases``: ``level_subjects.AFTER_SUBJECT``): "Referrals of
children to the National Referral Mechanism for exploitation reached 5,400" counts
referrals. Before, a capitalised name of three words filled the second phrase and the count
had no noun, so it was dropped. A third phrase is read only when no phrase holds a relative
word ("that", "which", "who"). Every sentence is invented."""

from __future__ import annotations

import pytest

from pressfacts.statistics.level_subjects import level_subject


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "Referrals of children to the National Referral Mechanism for exploitation reached ",
            "referrals",
        ),
        (
            "The review found that calls from carers to the Missing People Charity Helpline "
            "about teenagers totalled ",
            "calls",
        ),
        (
            "Applications by councils to the Youth Endowment Fund Trust for grants stood at ",
            "applications",
        ),
        # near misses: a clause of its own before the level; a subject with a figure
        ("Arrests rose after visits by officers to homes in Hull, and the team reached ", None),
        ("Officers said that the scheme, which works with children, reached ", None),
        # a relative clause inside the phrases: its own subject and verb, no third phrase
        (
            "Thefts of bikes that students in Bath and Bristol reported to the university reached ",
            None,
        ),
        (
            "Calls from parents who live in Hull and Goole to the helpline about bullying reached ",
            None,
        ),
    ],
)
def test_a_subject_with_three_phrases_is_counted(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected
