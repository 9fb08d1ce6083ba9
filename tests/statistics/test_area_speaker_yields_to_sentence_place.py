"""A figure whose clause names no place but the force closing its sentence as the speaker
takes the place named earlier in that sentence, or the one the later rules read there
("officers in the town") ("Officers in Truro made 40 arrests, and
magistrates remanded 12 of them, Devon and Cornwall Police said": the 12 are Truro's), not
the speaker's force area (rule ``speaker-yields-to-sentence-place`` of area rule
``clause-place``, ``figure_areas._nearest`` with ``closing_bodies.closes_as_speaker``).
Near misses: a clause with a scope or a yardstick of its own ("across the county",
"compared with", "up from"), no place before the clause, a place of the clause itself.
Found by held-out 330; sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Truro made 40 arrests, and magistrates remanded 12 of them, Devon and "
         "Cornwall Police said.", [(40, "Truro"), (12, "Truro")]),
        ("Patrols in Wrexham stopped 85 cars, and 19 drivers were reported, North Wales "
         "Police has said.", [(85, "Wrexham"), (19, "Wrexham")]),
        ("In Newry, wardens issued 30 warnings, while 7 fines followed, the Police Service "
         "of Northern Ireland said.", [(30, "Newry"), (7, "Newry")]),
        ("Bodmin is the county's busiest court. Officers in the town charged 40 people, and "
         "12 of them were remanded, Devon and Cornwall Police said.",
         [(40, "Bodmin"), (12, "Bodmin")]),
        # near misses: a scope or a yardstick of its own; no place before; a place of its own
        ("Officers in Truro made 40 arrests, and 310 were made across the county, Devon and "
         "Cornwall Police said.", [(40, "Truro"), (310, "Devon and Cornwall")]),
        ("Officers in Truro made 40 arrests, up from 28, and 12 were remanded, Devon and "
         "Cornwall Police said.", [(40, "Truro"), (28, "Truro"), (12, "Truro")]),
        ("Officers made 40 arrests, and 12 were remanded, Devon and Cornwall Police said.",
         [(40, "Devon and Cornwall"), (12, "Devon and Cornwall")]),
        ("Officers in Truro made 40 arrests, and 12 were made in Bodmin, Devon and Cornwall "
         "Police said.", [(40, "Truro"), (12, "Bodmin")]),
    ],
)  # fmt: skip
def test_speaker_yields_to_sentence_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
