"""A figure of another measure that points back after a breakdown by place takes the
whole's area, not the last member's (``part_wholes._leaves_breakdown``, rule
``breakdown-whole-other-measure``), the breakdown being the run of place counts that
closes it (rule ``breakdown-tail``: counts of the whole's own area before it are no
members), and a yardstick of another span is no member of the
breakdown. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police received 300 reports of fly-tipping across Devon in 2025. Exeter "
            "accounted for 120 of them, Torquay for 80 and Paignton for 40. Intelligence "
            "from those reports led to nine prosecutions.",
            [(300, "Devon"), (120, "Exeter"), (80, "Torquay"), (40, "Paignton"), (9, "Devon")],
            id="count-of-another-measure",
        ),
        pytest.param(
            "Officers logged 64 thefts from boats across Dorset in 2025, up from 40 in 2024. "
            "Poole accounted for 30 of them and Weymouth for 20. Information from those "
            "thefts led to six arrests and the recovery of goods worth £48,000.",
            [
                (64, "Dorset"),
                (40, "Dorset"),
                (30, "Poole"),
                (20, "Weymouth"),
                (6, "Dorset"),
                (48000, "Dorset"),
            ],
            id="yardstick-of-another-span-and-money",
        ),
        pytest.param(
            "Officers stopped 500 drivers across Kent in December, and 60 drivers failed a "
            "breath test. In Dover alone, officers stopped 140 drivers, while Ashford "
            "accounted for 95. Checks on those drivers led to 18 arrests.",
            [(500, "Kent"), (60, "Kent"), (140, "Dover"), (95, "Ashford"), (18, "Kent")],
            id="breakdown-tail-after-a-count-of-the-whole-area",
        ),
        # near misses: one place named, no breakdown; the same measure again
        pytest.param(
            "Officers stopped 500 drivers across Kent in December, and 60 drivers failed a "
            "breath test. In Dover alone, officers stopped 140 drivers. Checks on those drivers "
            "led to 18 arrests.",
            [(500, "Kent"), (60, "Kent"), (140, "Dover"), (18, "Dover")],
            id="one-place-after-a-count-of-the-whole-area",
        ),
        pytest.param(
            "Exeter recorded 120 reports of fly-tipping in 2025. Those reports led to nine "
            "prosecutions.",
            [(120, "Exeter"), (9, "Exeter")],
            id="no-breakdown",
        ),
        pytest.param(
            "Police received 300 reports of fly-tipping across Devon in 2025. Exeter "
            "accounted for 120 of them, Torquay for 80 and Paignton for 40. Of the vans "
            "seized, nine were unregistered.",
            [(300, "Devon"), (120, "Exeter"), (80, "Torquay"), (40, "Paignton"), (9, "Paignton")],
            id="partitive-opening-points-to-the-last-count",
        ),
    ],
)
def test_another_measure_after_a_breakdown_takes_the_whole(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
