"""School staff titles and school academies.

- ``head-teacher`` and ``headteacher`` (``resources/titles.jsonl``): "head teacher" is the
  title "Head Teacher" and "headteacher" (or "headmaster", "headmistress") "Headteacher", as
  the text words it; the two had been one title, "Headteacher", whatever the spelling.
- ``principal`` (``resources/titles.jsonl``): a college's principal ("Laura Bennett,
  principal of Langley Fields College") has the title "Principal"; not "the principal
  reason" (an adjective, no person).
- ``school-academy`` (``resources/organisation_patterns.jsonl``): a school named "…
  Academy" ("Coldharbour Vale Academy") is an ORG, so a head teacher "of" it keeps the
  title alone; not "the Police Academy" (a training school of a force), nor an academy
  trust (``academy-trust``).

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


def _orgs(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {i.name: i.type for i in doc._.entity_info.values() if i.type != "PERSON"}


TITLES: dict[str, tuple[str, str, list[str]]] = {
    "head_teacher_two_words_after_name": (
        "Priya Lamb, head teacher of Moorside Primary School in Rochdale, said pupils were shaken.",
        "Priya Lamb",
        ["Head Teacher"],
    ),
    "headteacher_one_word_keeps_its_spelling": (
        "Headteacher Owen Price said the school would reopen on Monday.",
        "Owen Price",
        ["Headteacher"],
    ),
    "headmistress_is_a_headteacher": (
        "Headmistress Ruth Calder said the gates would be locked.",
        "Ruth Calder",
        ["Headteacher"],
    ),
    "principal_of_a_college": (
        'Imran Shah, principal of Ashdown Vale College, said: "Students felt safer."',
        "Imran Shah",
        ["Principal"],
    ),
    "college_principal_before_name": (
        "College principal Nora Quinn said the arches would stay until summer.",
        "Nora Quinn",
        ["Principal"],
    ),
    "head_teacher_of_an_academy": (
        '"We found nothing," said Glen Ardley, head teacher of Kingsmead Park Academy in Bolton.',
        "Glen Ardley",
        ["Head Teacher"],
    ),
    # near miss: "principal" as an adjective gives no title
    "principal_reason_is_no_title": (
        "The principal reason was cost, said Amy Cole.",
        "Amy Cole",
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(TITLES))
def test_school_staff_titles(nlp: Language, case: str) -> None:
    text, name, expected = TITLES[case]
    assert sorted(people(nlp, text)[name].titles) == expected


ACADEMIES: dict[str, tuple[str, dict[str, str]]] = {
    "academy_with_two_words": (
        "Pupils at Kingsmead Park Academy in Bolton walked through the arch.",
        {"Kingsmead Park Academy": "ORG"},
    ),
    "academy_with_one_word": (
        "Staff at Brambleton Academy found two knives in a hedge.",
        {"Brambleton Academy": "ORG"},
    ),
    # near misses: a force's training academy, an academy trust, a sports academy
    "police_academy_is_no_school": ("Recruits at the Police Academy finished training.", {}),
    "academy_trust_stays_the_trust": (
        "The Harrow Vale Academy Trust said searches were rare.",
        {"Harrow Vale Academy Trust": "ORG"},
    ),
    "boxing_academy_stays_whole": (
        "Coaches at Hartcliffe Boxing Academy ran the sessions.",
        {"Hartcliffe Boxing Academy": "ORG"},
    ),
}


@pytest.mark.parametrize("case", sorted(ACADEMIES))
def test_school_academies(nlp: Language, case: str) -> None:
    text, expected = ACADEMIES[case]
    assert _orgs(nlp, text) == expected
