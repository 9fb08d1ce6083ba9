"""An acronym bracketed right after a local branch named by a known charity and a place
after it, spelling the known name alone, is the branch's own short form (rule
``branch-acronym``): "the Rape and Sexual Abuse Support Centre Cheshire (RASASC)" makes
"RASASC" there and after it a mention of the branch, not of the parent charity whose
gazetteer abbreviation it also is. Sentences invented for the test; near misses are the
parent named alone with its acronym and an acronym that spells nothing of the name."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The grant goes to the Rape and Sexual Abuse Support Centre Cheshire (RASASC), "
        "which saw 900 clients. RASASC said demand was rising.",
        {"Rape and Sexual Abuse Support Centre Cheshire": ("CHARITY", ["RASASC"])},
    ),
    (
        "Support After Murder and Manslaughter Kent (SAMM) runs a peer group in Ashford.",
        {"Support After Murder and Manslaughter Kent": ("CHARITY", ["SAMM"])},
    ),
    (
        "Independent Domestic Abuse Services Lancashire (IDAS) and Lancashire Police "
        "ran the training.",
        {
            "Independent Domestic Abuse Services Lancashire": ("CHARITY", ["IDAS"]),
            "Lancashire Constabulary": ("FORCE", ["Lancashire Police"]),
        },
    ),
    # near misses: the parent alone keeps its acronym; an acronym spelling nothing of it
    (
        "The Rape and Sexual Abuse Support Centre (RASASC) said its lines were busy.",
        {"Rape and Sexual Abuse Support Centre": ("CHARITY", ["RASASC"])},
    ),
    (
        "Support After Murder and Manslaughter Kent (SK) met in Ashford.",
        {"Support After Murder and Manslaughter Kent": ("CHARITY", [])},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_branch_acronyms(
    nlp: Language, text: str, expected: dict[str, tuple[str, list[str]]]
) -> None:
    doc = nlp(text)
    found = {
        info.name: (info.type, sorted(info.aliases))
        for info in doc._.entity_info.values()
        if info.type != "PERSON"
    }
    assert found == expected
