"""A release whose lead gives its scope as "County X" while the body it names is known by
X ("Durham County Council … across County Durham") speaks for "County X" as worded (rule
``lead-county-wording``, :func:`pressfacts.statistics.county_wording.county_scope`), and a
later figure given the short name X by another rule ("the council spent", "in the county")
takes the same wording (rule ``county-as-worded``). A larger area ("County Durham and
Darlington"), a lead with no "County" wording, or another county keeps its own area.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durham County Council's wardens collected 640 stray dogs across County Durham "
            "in 2023.\n\nWardens also issued 85 fines for dog fouling.",
            [(640, "County Durham"), (85, "County Durham")],
        ),
        (
            "Durham County Council fitted 120 new bins across County Durham last year.\n\n"
            "The council spent £42,000 on the bins.",
            [(120, "County Durham"), (42000, "County Durham")],
        ),
        (
            "Durham Constabulary seized 37 dogs across County Durham in 2023.\n\nThe force "
            "received 210 reports of dangerous dogs in the county.",
            [(37, "County Durham"), (210, "County Durham")],
        ),
        # near misses: a larger area than the body's; no "County" wording in the lead; a
        # district named by the figure itself
        (
            "Durham Constabulary made 52 arrests across County Durham and Darlington in "
            "2023.\n\nOfficers also seized 14 cars.",
            [(52, "County Durham and Darlington"), (14, "Durham")],
        ),
        (
            "Durham County Council's wardens collected 640 stray dogs in 2023.\n\nWardens "
            "also issued 85 fines for dog fouling.",
            [(640, "Durham"), (85, "Durham")],
        ),
        (
            "Durham County Council's wardens collected 640 stray dogs across County Durham "
            "in 2023.\n\nWardens issued 85 fines in Peterlee.",
            [(640, "County Durham"), (85, "Peterlee")],
        ),
    ],
)  # fmt: skip
def test_county_wording(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
