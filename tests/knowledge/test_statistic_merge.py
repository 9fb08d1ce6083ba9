"""Statistic records: one per figure across documents, hedges reconciled, ids stable."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_set
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
