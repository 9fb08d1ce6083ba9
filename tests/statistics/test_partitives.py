"""A share of a total opening its sentence, the count set off after it, counts the
total's noun (:data:`pressfacts.statistics.partitives.SHARE_PARTITIVE`)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.partitives import partitive_noun, partitive_opening


def figures(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 9)
    doc = nlp(doc)
    return [(f.value, f.unit, f.area) for f in doc._.statistics]


SHARE_ROWS = [
    pytest.param(
        "Humberside Police recorded 61 burglaries in May. Most of the burglaries, 38, were "
        "in Grimsby, while 14 were in Scunthorpe.",
        [(61, "burglaries", "Humberside"), (38, "burglaries", "Grimsby"),
         (14, "burglaries", "Scunthorpe")],
        id="most-of-the-noun",
    ),
    pytest.param(
        "Officers made 72 arrests in Swindon in May. The majority of the arrests, 44, were "
        "for shoplifting.",
        [(72, "arrests", "Swindon"), (44, "arrests", "Swindon")],
        id="the-majority-of",
    ),
    pytest.param(
        "Police in Exeter received 180 calls in May. Most of them, 121, came at night.",
        [(180, "calls", "Exeter"), (121, "calls", "Exeter")],
        id="most-of-them",
    ),
    # the share is read too; it is no total the count after it is a part of
    pytest.param(
        "Police in Exeter received 180 calls in May. Nearly half of them, 86, came at night.",
        [(180, "calls", "Exeter"), (50, "percent", "Exeter"), (86, "calls", "Exeter")],
        id="nearly-half-of-them",
    ),
    pytest.param(
        "Police in Exeter received 180 calls in May. Two thirds of the calls, 120, came at "
        "night.",
        [(180, "calls", "Exeter"), (66.7, "percent", "Exeter"), (120, "calls", "Exeter")],
        id="two-thirds-of-the-noun",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARE_ROWS)
def test_a_share_s_count_counts_the_total_s_noun(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    found = [(round(v, 1), u, a) for v, u, a in figures(nlp, text)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Most of the burglaries, 34, were in Hull.", "burglaries"),
        ("The bulk of the seizures, 212, were cannabis.", "seizures"),
        ("Just over half of them, 108, were in Leeds.", None),  # a whole, nameless
        ("Of the arrests, 12 were in Hull.", "arrests"),  # the plain opening still reads
        ("Of the 41 people charged, 30 were men.", "people"),
    ],
)
def test_partitive_openings(sentence: str, noun: str | None) -> None:
    opening = partitive_opening(sentence)
    assert opening is not None
    assert partitive_noun(opening) == noun


@pytest.mark.parametrize(
    "sentence",
    [
        # no count right after the total: the share is the sentence's figure
        "Almost half of the young people who used the service were in care, and 40 said so.",
        "Most of the arrests were in Hull, and 12 people were charged.",
        "Most officers, 40 in all, were in Hull.",  # no "of the" total
        "Most of the 40 officers were in Hull.",
    ],
)
def test_no_share_partitive_opening(sentence: str) -> None:
    assert partitive_opening(sentence) is None
