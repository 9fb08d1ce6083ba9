"""Statistic records: one per figure across documents, hedges reconciled, ids stable."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.knowledge.statistic_merge import (
    PartialStatistic,
    merge_statistics,
    restated_nouns,
)
from pressfacts.models.records import Mention, Period
from pressfacts.reader.read import SourceDocument

RELEASE = "Around 1,500 people in Kent sought help last year, police said."
REPRINT = "Police said 1,500 people in Kent sought help last year."
OTHER_AREA = "Police said 1,500 people in Essex sought help last year."


def statistics(nlp: Language, *texts: str) -> list:
    documents = [
        SourceDocument(source=f"{i}.txt", text=text, published=dt.date(2024, 2, 1))
        for i, text in enumerate(texts)
    ]
    return [r for r in build_knowledge_set(documents, nlp) if r.kind == "statistic"]


def test_the_same_figure_in_two_documents_is_one_record(nlp: Language) -> None:
    [record] = statistics(nlp, RELEASE, REPRINT)
    assert (record.value, record.unit, record.area) == (1500, "people", "Kent")
    assert record.qualifier == "approximately"  # the hedge one copy gives is kept
    assert record.period and (record.period.start, record.period.end) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 12, 31),
    )
    assert [m.text for m in record.mentions] == sorted(
        ["Around 1,500", "1,500"], key=lambda t: [m.text for m in record.mentions].index(t)
    )
    assert len({m.doc for m in record.mentions}) == 2


def test_a_different_area_is_a_different_figure(nlp: Language) -> None:
    records = statistics(nlp, RELEASE, OTHER_AREA)
    assert sorted(r.area for r in records) == ["Essex", "Kent"]


def test_ids_do_not_depend_on_document_order(nlp: Language) -> None:
    forward = [r.id for r in statistics(nlp, RELEASE, REPRINT, OTHER_AREA)]
    backward = [r.id for r in statistics(nlp, OTHER_AREA, REPRINT, RELEASE)]
    assert forward == backward


def test_check_is_recorded_on_the_change(nlp: Language) -> None:
    records = statistics(nlp, "Calls went from 200 calls to 300 calls, a rise of 50%.")
    [change] = [r for r in records if r.change]
    assert change.check is not None
    assert (change.check.from_value, change.check.to_value, change.check.agrees) == (200, 300, True)


def test_a_headline_restatement_joins_the_specific_figure(nlp: Language) -> None:
    [record] = statistics(
        nlp, "Grooming up 89 per cent\n\nGrooming crimes in Wales rose by 89% last year."
    )
    assert (record.value, record.area, len(record.mentions)) == (89, "Wales", 2)


# -- the merge rules on findings directly: one row per rule, and order-freedom ----------

FY = Period(start=dt.date(2022, 4, 1), end=dt.date(2023, 3, 31), text="in 2022/23")
CY = Period(start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31), text="in 2022")


def partial(
    doc: str, value: float = 57, unit: str = "warrants", area: str | None = "Kent",
    period: Period | None = None, start: int = 0,
) -> PartialStatistic:  # fmt: skip
    finding = StatisticFinding(start=start, end=start + 2, value=value, unit=unit, area=area)
    return PartialStatistic(
        finding, Mention(doc=doc, start=start, end=start + 2, text="57"), period
    )


def shape(records: list) -> list[tuple[object, ...]]:
    rows = [
        (r.value, r.unit, r.area, (r.period.start, r.period.end) if r.period else None,
         len(r.mentions))
        for r in records
    ]  # fmt: skip
    return sorted(rows, key=str)


MERGE_ROWS = [
    pytest.param(
        [partial("doc:a", period=FY), partial("doc:b")],
        [(57, "warrants", "Kent", (FY.start, FY.end), 2)],
        id="reprint-period",
    ),
    pytest.param(
        [partial("doc:a", period=FY), partial("doc:b", period=CY), partial("doc:c")],
        sorted(
            [
                (57, "warrants", "Kent", None, 1),
                (57, "warrants", "Kent", (CY.start, CY.end), 1),
                (57, "warrants", "Kent", (FY.start, FY.end), 1),
            ],
            key=str,
        ),
        id="reprint-period-ambiguous",
    ),
    pytest.param(
        [partial("doc:a", period=FY), partial("doc:b", area="Essex")],
        sorted(
            [(57, "warrants", "Essex", None, 1), (57, "warrants", "Kent", (FY.start, FY.end), 1)],
            key=str,
        ),
        id="reprint-period-other-area",
    ),
    pytest.param(
        [partial("doc:a", period=FY, start=40), partial("doc:a", area=None, start=0)],
        [(57, "warrants", "Kent", (FY.start, FY.end), 2)],
        id="vague-restatement",
    ),
]


@pytest.mark.parametrize(("partials", "expected"), MERGE_ROWS)
def test_merge_rules(partials: list[PartialStatistic], expected: list[tuple[object, ...]]) -> None:
    assert shape(merge_statistics(partials)) == expected


COPIES = [
    partial("doc:a", period=FY),
    partial("doc:b"),
    partial("doc:c", area="Essex"),
    partial("doc:d", value=12, unit="percent", period=CY),
    partial("doc:e", value=12, unit="percent"),
    partial("doc:f", value=12, unit="percent", period=FY),
]


@given(st.permutations(COPIES))
def test_the_merge_does_not_depend_on_document_order(copies: list[PartialStatistic]) -> None:
    assert merge_statistics(copies) == merge_statistics(COPIES)


def test_every_permutation_of_three_copies_gives_one_record() -> None:
    copies = [partial("doc:a", period=FY), partial("doc:b"), partial("doc:c")]
    results = {
        tuple(r.id for r in merge_statistics(list(p))) for p in itertools.permutations(copies)
    }
    assert len(results) == 1 and len(next(iter(results))) == 1


_FY = PeriodFinding(10, 17, dt.date(2024, 4, 1), dt.date(2025, 3, 31), "explicit")


@pytest.mark.parametrize(
    ("findings", "units"),
    [
        pytest.param(
            [StatisticFinding(0, 2, 440, "reports", change="increase", sentence=0),
             StatisticFinding(40, 42, 440, "victims", change="increase", sentence=0)],
            ["reports", "reports"],
            id="restated-noun",
        ),
        pytest.param(
            [StatisticFinding(0, 1, 5, "men", sentence=0),
             StatisticFinding(10, 11, 5, "women", sentence=0)],
            ["men", "women"],
            id="side-by-side-counts-stay",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 74, "firearms", sentence=0, period=_FY),
             StatisticFinding(90, 92, 74, "guns", sentence=3)],
            ["firearms", "firearms"],
            id="undated-restatement-by-a-synonym",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 2, "drones", sentence=0, period=_FY),
             StatisticFinding(90, 92, 2, "drone detection units", sentence=3)],
            ["drones", "drone detection units"],
            id="undated-count-of-another-kind-stays",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 74, "guns", sentence=0),
             StatisticFinding(90, 92, 74, "firearms", sentence=3, period=_FY)],
            ["guns", "firearms"],
            id="undated-before-the-dated-stays",
        ),
        # small-count-coincidence: a small count of another kind in a later sentence
        pytest.param(
            [StatisticFinding(0, 2, 2, "excavators", sentence=0, period=_FY),
             StatisticFinding(60, 63, 2, "men", sentence=1, period=_FY)],
            ["excavators", "men"],
            id="small-count-of-another-kind-stays",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 3, "dogs", sentence=0, period=_FY),
             StatisticFinding(60, 63, 3, "women", sentence=2, period=_FY)],
            ["dogs", "women"],
            id="small-count-people-after-things-stays",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 2, "suspects", sentence=0, period=_FY),
             StatisticFinding(60, 63, 2, "men", sentence=1, period=_FY)],
            ["suspects", "suspects"],
            id="near-miss-small-count-same-kind",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 4, "vans", sentence=0, period=_FY),
             StatisticFinding(60, 63, 4, "vehicles", sentence=1, period=_FY)],
            ["vans", "vans"],
            id="near-miss-small-count-synonym",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 5, "takeaways", sentence=0, period=_FY),
             StatisticFinding(60, 63, 5, "failures", sentence=3, period=_FY)],
            ["takeaways", "takeaways"],
            id="near-miss-small-count-two-kinds-of-things",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 12, "excavators", sentence=0, period=_FY),
             StatisticFinding(60, 63, 12, "machines", sentence=1, period=_FY)],
            ["excavators", "excavators"],
            id="near-miss-larger-count-restated",
        ),
        pytest.param(
            [StatisticFinding(0, 2, 5, "reports", change="increase", sentence=0),
             StatisticFinding(40, 42, 5, "victims", change="increase", sentence=1)],
            ["reports", "reports"],
            id="near-miss-small-change-restated",
        ),
    ],
)  # fmt: skip
def test_restated_nouns(findings: list[StatisticFinding], units: list[str]) -> None:
    assert [f.unit for f in restated_nouns(findings)] == units


def test_a_reprint_without_its_period_is_one_record(nlp: Language) -> None:
    records = statistics(
        nlp,
        "Officers in Kent executed 57 warrants in 2022/23, the force said.",
        "Officers in Kent executed 57 warrants, the force said.",
    )
    [record] = [r for r in records if r.value == 57]
    assert record.period and record.period.start == dt.date(2022, 4, 1)
    assert len({m.doc for m in record.mentions}) == 2
