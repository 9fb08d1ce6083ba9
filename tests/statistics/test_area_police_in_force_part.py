"""Rule ``police_in_force_part`` (:mod:`pressfacts.statistics.force_part_leads`): a lead's
"Police in Devon" names a force by one part of the joint area it serves, so when the
document names that force ("Devon and Cornwall Police") a figure whose sentence names no
place takes the force's whole area, not the part. Not a part with no joint force of it
named in the document. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Somerset have begun a crackdown on drink driving. Avon and Somerset "
            "Police said 40 drivers were arrested in December. Officers also caught 61 drivers "
            "using a phone.",
            [(40, "Avon and Somerset"), (61, "Avon and Somerset")],
        ),
        (
            "Officers in Cornwall have started a summer campaign against speeding. Devon and "
            "Cornwall Police said almost a quarter of serious crashes last year involved speed. "
            "Officers stopped 412 vehicles in 2025.",
            [(25, "Devon and Cornwall"), (412, "Devon and Cornwall")],
        ),
        (
            "Police in Powys are targeting motorcyclists this summer. Dyfed-Powys Police said "
            "19 riders were seriously hurt last year. Officers held 35 safety checks in June.",
            [(19, "Dyfed-Powys"), (35, "Dyfed-Powys")],
        ),
        # near misses: no joint force named (only "the force", or a council of the place)
        (
            "Police in Devon have begun a crackdown on drink driving. The force said 40 "
            "drivers were arrested in December. Officers also caught 61 drivers using a phone.",
            [(40, "Devon"), (61, "Devon")],
        ),
        (
            "Police in Cornwall have begun a crackdown on drink driving. Cornwall Council said "
            "40 drivers were arrested in December. Officers also caught 61 drivers using a "
            "phone.",
            [(40, "Cornwall"), (61, "Cornwall")],
        ),
    ],
)
def test_area_police_in_force_part(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
