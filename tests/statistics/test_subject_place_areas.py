"""Rule ``subject-place`` (:mod:`pressfacts.statistics.subject_places`): the police of a
place as a sentence's counting subject give that place to the later figures of the
sentence whose clauses name none, not the document's area; near misses keep theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

SUBJECT_PLACE: list[tuple[str, dict[float, str]]] = [
    (
        "Mind helped 9,100 people across the UK in 2023. Police in Wales recorded 4,780 hate "
        "crimes against disabled people in 2023, down 11% on the year before, and 1,830 "
        "offences motivated by race.",
        {4780: "Wales", 11: "Wales", 1830: "Wales"},
    ),
    (
        "The Survivors Trust supports victims across the UK. Government figures show that "
        "officers across Scotland recorded 6,240 offences against gay and bisexual men in "
        "2023, up 4% on 2022, and 1,180 crimes against transgender people.",
        {6240: "Scotland", 4: "Scotland", 1180: "Scotland"},
    ),
    (
        "Stop Hate UK took 2,300 calls across the UK last year. Forces in England have "
        "recorded 12,400 assaults against shop workers in 2023, up 9% on 2022, and 5,100 "
        "threats.",
        {12400: "England", 9: "England", 5100: "England"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_PLACE)
def test_the_subjects_place_counts_the_sentence(
    nlp: Language, areas: AreasOf, text: str, expected: dict[float, str]
) -> None:
    found = dict(areas(nlp, text))
    for value, area in expected.items():
        assert found[value] == area


# near misses: officers "from" a place (where they come from); a subject whose verb counts
# nothing; a later clause naming its own place keeps it
NEAR_MISSES: list[tuple[str, float, str]] = [
    (
        "Mind helped 9,100 people across the UK in 2023. Officers from Wales recorded 4,780 "
        "hate crimes against disabled people in 2023, down 11% on the year before, and 1,830 "
        "offences motivated by race.",
        1830,
        "Wales",
    ),
    (
        "Mind helped 9,100 people across the UK in 2023. Police in Wales are appealing after "
        "4,780 attacks against disabled people in 2023, down 11% on the year before, and "
        "1,830 offences motivated by race.",
        1830,
        "Wales",
    ),
]


@pytest.mark.parametrize(("text", "value", "not_area"), NEAR_MISSES)
def test_not_the_subjects_place(
    nlp: Language, areas: AreasOf, text: str, value: float, not_area: str
) -> None:
    assert dict(areas(nlp, text))[value] != not_area


def test_a_clause_naming_its_own_place_keeps_it(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Mind helped 9,100 people across the UK in 2023. Police in Wales recorded 4,780 hate "
        "crimes against disabled people in 2023, and 880 offences were recorded in Cardiff."
    )
    assert dict(areas(nlp, text))[880] == "Cardiff"


# pattern ``place-aside``: an aside between the subject's place and its counting verb
PLACE_ASIDE_ROWS: list[tuple[str, float, str]] = [
    (
        "Kent Police seized 300 bikes in 2025. Officers in Margate, where riders gather on the "
        "seafront, seized 45 of them.",
        45,
        "Margate",
    ),
    (
        "Cleveland Police seized 120 cars last year. Detectives in Redcar, whose seafront draws "
        "meets every weekend, seized 38 of them.",
        38,
        "Redcar",
    ),
]


@pytest.mark.parametrize(("text", "value", "area"), PLACE_ASIDE_ROWS)
def test_an_aside_after_the_subjects_place(
    nlp: Language, areas: AreasOf, text: str, value: float, area: str
) -> None:
    assert dict(areas(nlp, text))[value] == area


# near misses: officers "from" a place, a subject whose verb counts nothing, an aside
# running to a full stop
PLACE_ASIDE_MISSES: list[tuple[str, float, str]] = [
    (
        "Kent Police seized 300 bikes in 2025. Officers from Margate, where riders gather on "
        "the seafront, seized 45 of them.",
        45,
        "Margate",
    ),
    (
        "Kent Police seized 300 bikes in 2025. Officers in Margate, where riders gather on the "
        "seafront, are appealing after 45 of them were stolen back.",
        45,
        "Margate",
    ),
]


@pytest.mark.parametrize(("text", "value", "not_area"), PLACE_ASIDE_MISSES)
def test_not_an_aside_of_the_subjects_place(
    nlp: Language, areas: AreasOf, text: str, value: float, not_area: str
) -> None:
    assert dict(areas(nlp, text))[value] != not_area
