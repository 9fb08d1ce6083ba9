"""An academy trust ("… Academy Trust", "… Academies Trust", "… Learning Trust") is an ORG
(``academy-trust`` in ``resources/organisation_patterns.jsonl``), not a CHARITY as other
"… Trust" names are.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def typed(nlp: Language, text: str) -> dict[str, str]:
    """Organisation name -> type of every non-person entity the pipeline finds."""
    doc = nlp(text)
    return {i.name: i.type for i in doc._.entity_info.values() if i.type != "PERSON"}


CASES = {
    "academies_trust": (
        "Staff at the Brookfield Academies Trust have trained 40 mentors, the trust said.",
        {"Brookfield Academies Trust": "ORG"},
    ),
    "academy_trust_after_a_title": (
        "Amy Cole, chief executive of the Harrow Vale Academy Trust, said exclusions fell.",
        {"Harrow Vale Academy Trust": "ORG"},
    ),
    "learning_trust": (
        "Pupils from the Riverside Learning Trust took part in the workshops.",
        {"Riverside Learning Trust": "ORG"},
    ),
    # near miss: another "… Trust" stays a charity
    "other_trust_stays_charity": (
        "Volunteers from the Hollin Bridge Trust ran the workshops.",
        {"Hollin Bridge Trust": "CHARITY"},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_academy_trusts(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    assert typed(nlp, text) == expected
