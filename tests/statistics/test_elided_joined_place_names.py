"""Places' gapped counts after a level verb (rule ``level_at_end``) when the next place's
name holds "and" ("… while Perth and Kinross recorded 301 and Argyll and Bute 265") or the
count closes its clause after "between them" ("while forces in Wales recorded 412 between
them"). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units_and_areas(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 12)
    doc = nlp(doc)
    return [(float(f.value), f.unit, f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the next place's name holds "and"
            "In Leeds, 500 reports were logged, while Perth and Kinross recorded 301 and "
            "Argyll and Bute 265.",
            [
                (500, "reports", "Leeds"),
                (301, "reports", "Perth and Kinross"),
                (265, "reports", "Argyll and Bute"),
            ],
        ),
        (
            "Officers in Kent recorded 420 complaints, while Brighton and Hove recorded 310 "
            "and Dumfries and Galloway 205.",
            [
                (420, "complaints", "Kent"),
                (310, "complaints", "Brighton and Hove"),
                (205, "complaints", "Dumfries and Galloway"),
            ],
        ),
        (  # "between them" closes the clause
            "Forces in Scotland recorded 900 cases, while forces in Wales recorded 412 "
            "between them.",
            [(900, "cases", "Scotland"), (412, "cases", "Wales")],
        ),
        (  # near miss: a period after "between" is no "between them"
            "Officers in Kent recorded 420 complaints, while Sussex recorded 310 between "
            "2020 and 2022.",
            [(420, "complaints", "Kent")],
        ),
        (  # near miss: a noun of its own is read first
            "Officers in Kent recorded 420 complaints, while Perth and Kinross recorded 31 "
            "arrests.",
            [(420, "complaints", "Kent"), (31, "arrests", "Perth and Kinross")],
        ),
    ],
)
def test_elided_joined_place_names(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units_and_areas(nlp, text) == expected
