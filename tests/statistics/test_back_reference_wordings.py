"""Back-references in more wordings: a share inside its sentence, an aside before "also",
a place's kind after its name, and a share after "of them, around"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2026, 5, 14)
FY = ("2024-04-01", "2025-03-31")
NEXT_SPRING = ("2027-03-01", "2027-05-31")  # "next spring" from P (rule next_season)


def findings(nlp: Language, text: str) -> list[tuple[float, str, tuple[str, str] | None]]:
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    return [
        (
            float(f.value),
            f.unit,
            (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None,
        )
        for f in doc._.statistics
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # share_in_part: a share of the figures just stated, inside its sentence
            "Tayside officers recorded 2,600 assaults in 2024/25. Alcohol was noted as a "
            "factor in around 38% of the assaults.",
            [(2600, "assaults", FY), (38, "percent", FY)],
        ),
        (
            "Gwent Police made 940 stop searches in 2024/25. Heroin was found in almost "
            "eight in ten successful searches.",
            [(940, "searches", FY), (80, "percent", FY)],
        ),
        (  # a whole a body has, not the figures just stated
            "Gwent Police made 940 stop searches in 2024/25. Cameras are fitted in 40% of "
            "the force's vans.",
            [(940, "searches", FY), (40, "percent", None)],
        ),
        (  # continued_also past an aside
            "Fife officers detected 88 drink drivers in 2024/25. The campaign, run with Fife "
            "Council, also saw 410 speeding offences detected.",
            [(88, "drivers", FY), (410, "offences", FY)],
        ),
        (  # named_part_accounted with the place's kind after its name
            "Police in Wales seized 4,100 knives in 2024/25. The Cardiff policing district "
            "accounted for 1,230 of the knives, around 30% of the total.",
            [(4100, "knives", FY), (1230, "knives", FY), (30, "percent", FY)],
        ),
        (  # kind_part_accounted: a kind in lower-case words, then its count
            "Suffolk Safeguarding Adults Board says 6,200 safeguarding concerns were raised in "
            "the county in 2024/25.\n\nOf those, 700 were about care homes. Financial abuse "
            "accounted for 980 concerns.",
            [(6200, "concerns", FY), (700, "concerns", FY), (980, "concerns", FY)],
        ),
        (
            "Suffolk Safeguarding Adults Board says 6,200 safeguarding concerns were raised in "
            "the county in 2024/25.\n\nOf those, 700 were about care homes. Physical abuse "
            "accounted for 980 concerns.",
            [(6200, "concerns", FY), (700, "concerns", FY), (980, "concerns", FY)],
        ),
        (  # near miss: no count after "accounted for"; the next sentence is no part
            "Suffolk Safeguarding Adults Board says 6,200 safeguarding concerns were raised in "
            "the county in 2024/25.\n\nOf those, 700 were about care homes. Neglect "
            "accounted for most of them. The board will train 90 staff next spring.",
            [(6200, "concerns", FY), (700, "concerns", FY), (90, "staff", NEXT_SPRING)],
        ),
        (  # "around" after "of them" is no unit
            "Police in Wales seized 4,100 knives in 2024/25. Swansea accounted for 820 of "
            "them, around 20%.",
            [(4100, "knives", FY), (820, "knives", FY), (20, "percent", FY)],
        ),
    ],
)
def test_back_reference_wordings(
    nlp: Language, text: str, expected: list[tuple[float, str, tuple[str, str] | None]]
) -> None:
    assert findings(nlp, text) == expected
