"""The release's force as the subject of "made", its figure counting referrals to the
National Referral Mechanism, counts its referrals force-wide, not in the town of the raids
its lead tells of (area rule ``force-subject``, its part ``force-made-nrm-referrals``:
``force_subjects.FORCE_MADE``, ``MADE_NRM_REFERRALS``), with the figures after it in that
sentence and with the misspelling "referals" of reprints. Sentences invented for the test,
with near misses (a deed, referrals to another body)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = (
    "Six women were safeguarded after officers searched two nail bars in Grimsby on "
    "Monday.\n\nThe searches were led by Humberside Police with the council.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "The force made 140 referrals to the National Referral Mechanism in 2025, "
            "up 9% on 2024.",
            [(6, "Grimsby"), (2, "Grimsby"), (140, "Humberside"), (9, "Humberside")],
        ),
        (
            _LEAD + "The force has made more than 90 referals to the NRM this year.",
            [(6, "Grimsby"), (2, "Grimsby"), (90, "Humberside")],
        ),
        (
            _LEAD + "The force made 75 NRM referrals in 2025.",
            [(6, "Grimsby"), (2, "Grimsby"), (75, "Humberside")],
        ),
        (
            _LEAD + "The force made 60 referrals into the national referral mechanism in 2025.",
            [(6, "Grimsby"), (2, "Grimsby"), (60, "Humberside")],
        ),
        # near misses: a deed done where the lead places it, referrals to another body
        (
            _LEAD + "The force made 40 arrests in 2025.",
            [(6, "Grimsby"), (2, "Grimsby"), (40, "Grimsby")],
        ),
        (
            _LEAD + "The force made 30 referrals to social services in 2025.",
            [(6, "Grimsby"), (2, "Grimsby"), (30, "Grimsby")],
        ),
    ],
)
def test_force_made_nrm_referrals(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
