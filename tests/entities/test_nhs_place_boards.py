"""An NHS body named "NHS" and its place (an integrated care board: "NHS Surrey
Heartlands", "NHS Cheshire and Merseyside") is one ORG: a pattern of the ``health-body``
rule in ``organisation_patterns.jsonl``; a title "at" it then drops it ("chief medical
officer at NHS Surrey Heartlands" is Chief Medical Officer). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS: list[tuple[str, list[str]]] = [
    ("Nurses from NHS Surrey Heartlands joined the patrols.", ["NHS Surrey Heartlands"]),
    ("The scheme is paid for by NHS Cheshire and Merseyside.", ["NHS Cheshire and Merseyside"]),
    ("NHS Norfolk and Waveney said it would help.", ["NHS Norfolk and Waveney"]),
    # near misses: "and" then no place; a trust named before "NHS"
    ("Staff from NHS Kent and the council met.", ["NHS Kent"]),
    (
        "Staff at Leeds Teaching Hospitals NHS Trust were trained.",
        ["Leeds Teaching Hospitals NHS Trust"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nhs_place_boards(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[str]
) -> None:
    assert [name for name, _type, _id in organisations(nlp, text)] == expected


def test_title_at_an_nhs_board(nlp: Language) -> None:
    doc = nlp("Dr Ann Cole, chief medical officer at NHS Surrey Heartlands, said it helped.")
    roles = [i.roles for i in doc._.entity_info.values() if i.type == "PERSON"]
    assert [(r.title, r.organisation) for r in roles[0]] == [
        ("Chief Medical Officer", "org:nhs-surrey-heartlands")
    ]
