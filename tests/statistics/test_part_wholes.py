"""Parts after a partitive lead-in ("Of those arrested, nine …") count what their whole
counts: the count the lead-in's participle names, else the last count. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.part_wholes import PARTITIVE_LEAD

ROWS = [
    pytest.param(
        "Essex Police arrested 42 drivers in December. Officers also stopped 1,300 vehicles. "
        "Of those arrested, nine were in Colchester and 14 in Harlow.",
        [(42, "drivers"), (1300, "vehicles"), (9, "drivers"), (14, "drivers")],
        id="participle-names-the-earlier-count",
    ),
    pytest.param(
        "Wardens issued 310 fines. Some 2,000 drivers were stopped. "
        "Of those stopped, 12 were banned.",
        [(310, "fines"), (2000, "drivers"), (12, "drivers")],
        id="participle-names-the-last-count",
    ),
    pytest.param(
        "Officers seized 64 knives in March. Of these, seven were found in parks.",
        [(64, "knives"), (7, "knives")],
        id="no-participle-the-last-count",
    ),
    pytest.param(
        "Thirty men were charged in Leeds. Of those charged, more than 20 were remanded.",
        [(30, "men"), (20, "men")],
        id="qualified-part",
    ),
    pytest.param(
        "Essex Police arrested 42 drivers in December. Officers also stopped 1,300 vehicles. "
        "Of those arrested:\n\n- 19 failed a breath test\n- 6 refused a test",
        [(42, "drivers"), (1300, "vehicles"), (19, "drivers"), (6, "drivers")],
        id="a-list-under-a-partitive-lead-line",
    ),
    pytest.param(
        "Essex Police arrested 42 drivers in December. Totals:\n\n- 19 failed a breath test",
        [(42, "drivers")],
        id="a-list-under-another-lead-line",
    ),
    # the partitive after the count, with its participle: the count the participle names,
    # not the last count (a quoted national figure)
    pytest.param(
        "Dorset Police arrested 64 people in May. The force checked 900 homes. "
        "Officers said 22 of those arrested were wanted, and 8 of them were jailed.",
        [(64, "people"), (900, "homes"), (22, "people"), (8, "people")],
        id="a-trailing-partitive-with-its-participle",
    ),
    pytest.param(
        "Dorset Police arrested 64 people in May. The force checked 900 homes. "
        "Officers said eleven of those arrested were wanted.",
        [(64, "people"), (900, "homes"), (11, "people")],
        id="a-word-count-before-a-trailing-partitive",
    ),
    pytest.param(
        "Dorset Police arrested 64 people in May. The force checked 900 homes. "
        "Officers said 22 of those were empty.",
        [(64, "people"), (900, "homes"), (22, "homes")],
        id="no-participle-after-the-count-the-last-count",
    ),
    # near misses: "one" is a person, not a count; a whole of its own is read as written
    pytest.param(
        "Police arrested 18 people. Of those, one was a woman.",
        [(18, "people")],
        id="one-is-no-count",
    ),
    pytest.param(
        "Police made 90 arrests. Of the 58 people held in Hull, 41 were charged.",
        [(90, "arrests"), (58, "people"), (41, "people")],
        id="a-whole-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_part_counts_what_its_whole_counts(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    doc = nlp(text)
    assert [(f.value, f.unit) for f in doc._.statistics] == expected


@pytest.mark.parametrize(
    ("opening", "done"),
    [
        ("Of those arrested, ", "arrested"),
        ("Of these, nearly ", None),
        ("Of them held, ", "held"),
        ("Of the drivers arrested, ", "no lead"),
        ("In Hull, ", "no lead"),
    ],
)
def test_partitive_lead(opening: str, done: str | None) -> None:
    lead = PARTITIVE_LEAD.fullmatch(opening)
    assert (lead.group("done") if lead else "no lead") == done


AREA_ROWS = [
    pytest.param(
        "Kent Police arrested 60 people in a week of action. Officers in Dover made 20 of the "
        "arrests, Folkestone 25 and Ashford 15.\n\nOf those arrested, 18 were wanted on warrant.",
        (18, "people", "Kent"),
        id="a-breakdown-closing-a-paragraph-is-not-the-arrested-count",
    ),
    pytest.param(
        "Humberside Police detained 90 suspects. Officers held 41 suspects in Hull and 30 in "
        "Grimsby.\n"
        "Of those detained, 22 were remanded in custody.",
        (22, "suspects", "Humberside"),
        id="a-line-break-ends-the-count-s-own-words",
    ),
    # near miss: the count whose own sentence holds the participle is still the whole
    pytest.param(
        "Officers stopped 300 drivers across Essex. In Harlow 40 were arrested.\n\n"
        "Of those arrested, 12 were over the limit.",
        (12, "drivers", "Harlow"),
        id="the-participle-in-the-count-s-own-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_a_part_is_where_its_whole_was_counted(
    nlp: Language, text: str, expected: tuple[float, str, str]
) -> None:
    doc = nlp(text)
    last = doc._.statistics[-1]
    assert (last.value, last.unit, last.area) == expected
