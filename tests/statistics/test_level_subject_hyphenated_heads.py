"""A level's subject whose head is a hyphenated plural (rule ``hyphenated_subject_head``:
"Call-outs to the lifeboat rose to 73") or that an aside in lower-case words between
commas says more about (rule ``appositive_aside``: "Call-outs to tombstoning, people
jumping from piers into the sea, rose to 73") is still the counted noun.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from pressfacts.statistics.level_subjects import level_subject


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # hyphenated heads
        ("Call-outs to the lifeboat station rose to ", "call-outs"),
        ("Break-ins at allotment sheds in Hull fell to ", "break-ins"),
        ("Lifeguard call-outs reached ", "call-outs"),
        ("Drive-offs from petrol stations totalled ", "drive-offs"),
        # an aside saying what the subject is
        ("Reports of tombstoning, people leaping from harbour walls, rose to ", "reports"),
        ("Call-outs to wild swimmers, most of them teenagers, fell to ", "call-outs"),
        # near misses: a hyphenated modifier keeps its own head; an aside opening on a
        # conjunction, or holding a figure, is no aside of the subject
        ("Anti-social behaviour reports fell to ", "reports"),
        ("Thefts, and burglaries in the town, rose to ", None),
        ("Call-outs, 40 of them at night, rose to ", None),
    ],
)
def test_level_subject_hyphenated_heads(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected
