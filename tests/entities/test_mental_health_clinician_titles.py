"""Mental health clinicians hold their job titles (``titles.jsonl`` entries ``nurse``,
``mental-health-nurse``, ``nurse-practitioner``, ``mental-health-nurse-practitioner``,
``community-psychiatric-nurse``, ``staff-nurse``, ``mental-health-practitioner``,
``psychiatrist``, ``consultant-psychiatrist``, ``approved-mental-health-professional``),
in lower case before the name or after it: "said community psychiatric nurse Ivo Penhale"
is "Community Psychiatric Nurse", not the bare "Practitioner" or nothing. Every sentence is
invented for the test; the near misses name no person or keep the title they had."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        '"It was a long night," said mental health nurse practitioner Carys Mabey.',
        "Carys Mabey",
        ["Mental Health Nurse Practitioner"],
        id="nurse-practitioner-after-quote",
    ),
    pytest.param(
        "Community psychiatric nurse Ivo Penhale said the team saw 30 people.",
        "Ivo Penhale",
        ["Community Psychiatric Nurse"],
        id="cpn-opening",
    ),
    pytest.param(
        "Senior staff nurse Orla Brennock said the unit had six beds.",
        "Orla Brennock",
        ["Senior Staff Nurse"],
        id="senior-staff-nurse",
    ),
    pytest.param(
        "Priya Oduya, a consultant psychiatrist at the hospital, said waits had fallen.",
        "Priya Oduya",
        ["Consultant Psychiatrist"],
        id="psychiatrist-appositive",
    ),
    pytest.param(
        "Approved mental health professional Dan Kilbride said the assessment took hours.",
        "Dan Kilbride",
        ["Approved Mental Health Professional"],
        id="amhp-opening",
    ),
    pytest.param(
        "The car was crewed by PC Lee Tarrant and mental health nurse Jo Vickery.",
        "Jo Vickery",
        ["Mental Health Nurse"],
        id="nurse-in-crew",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_mental_health_clinician_titles(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles


@pytest.mark.parametrize(
    "text",
    [
        "A nurse said the ward would reopen in May.",
        "The mental health nurse practitioner service took 40 calls.",
        "Staff nurses and psychiatrists met at the trust.",
    ],
)
def test_clinician_words_alone_name_no_person(nlp: Language, text: str) -> None:
    assert people(nlp, text) == {}


def test_chief_nurse_stays_chief_nurse(nlp: Language) -> None:
    found = people(nlp, "Chief Nurse Dylan Frost said the crisis line was busy.")
    assert [role.title for role in found["Dylan Frost"].roles] == ["Chief Nurse"]
