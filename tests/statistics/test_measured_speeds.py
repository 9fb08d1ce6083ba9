"""A speed a release reports as measured is a figure with its unit as written ("mph",
"km/h"): figure rule ``measured-speed`` of :mod:`pressfacts.statistics.measured_speeds`.
Sentences written for these tests. Near misses: speed limits and the zones, roads and
courses they name, a limit "of" a speed, a threshold ("above 20mph"), a pair of limits
("20mph and 30mph roads") are no figures."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Average speeds on the B1234 near Lowestoft fell by about 4mph after the cameras went in.",
         [(4, "mph")]),
        ("Mean speeds in the village are now roughly 24mph, compared with 31mph last summer.",
         [(24, "mph"), (31, "mph")]),
        ("Speeds on Mill Road have dropped to 24mph since the signs went up.", [(24, "mph")]),
        ("Traffic on the ring road was averaging 38 km/h during the morning peak.",
         [(38, "km/h")]),
        # near misses: limits, zones, roads, thresholds
        ("The council will bring in a 20mph limit on Mill Lane next spring.", []),
        ("Volunteers checked traffic in 30mph zones across Rutland.", []),
        ("Crashes on 20mph and 30mph roads in Gwynedd were studied.", []),
        ("Residents asked for a limit of 20mph on the high street.", []),
        ("Drivers going above 40mph in a 40mph area were warned.", []),
        ("Those caught were offered the 20mph-specific course.", []),
        # near misses: a speed as an example or a threshold; one driver's speed
        ("A motorcyclist was clocked at 131mph on the A9 near Pitlochry.", []),
        ("A driver doing 35mph past a school gate can kill a child.", []),
        ("Volunteers logged 210 cars at more than 40mph in the 30mph limit.", [(210, "cars")]),
        ("Some kits let e-bikes reach more than 30mph.", []),
    ],
)  # fmt: skip
def test_measured_speeds(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
