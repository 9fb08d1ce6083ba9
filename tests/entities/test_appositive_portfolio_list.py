"""Rule ``appositive_portfolio_list`` (:data:`pressfacts.entities.portfolio_runs.
APPOSITIVE_LIST_PART`): a title after the name whose subjects are listed in lower case with
commas and closed by "and" keeps the whole list ("Jo Bell, the force's lead for rural,
wildlife and heritage crime, said"). Before, the comma in the list ended the appositive and
the person lost the title or was not found. Near misses: a list of descriptions with no
title, an age before "and". Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

CASES = {
    "rank_then_force_lead": (
        "Inspector Dan Morley, the force's lead for roads, rail and bridges, said the "
        "crossings were safer.",
        {"Dan Morley": ["Inspector", "Lead for Roads, Rail and Bridges"]},
    ),
    "council_cabinet_member": (
        "Amira Shah, the council's cabinet member for parks, leisure and culture, said: \"We "
        'will reopen the lido."',
        {"Amira Shah": ["Cabinet Member for Parks, Leisure and Culture"]},
    ),
    "force_head_of_a_listed_remit": (
        "Sergeant Kate Llewellyn, Gwent Police's head of fraud, cyber and economic crime, "
        "said the scam was new.",
        {"Kate Llewellyn": ["Sergeant", "Head of Fraud, Cyber and Economic Crime"]},
    ),
    # near misses: descriptions with no title word, an age and a companion
    "descriptions_no_title": (
        "Tom Reed, a farmer, father and dog owner, said the law was fair.",
        {"Tom Reed": []},
    ),
    "age_and_companion": (
        "Tom Reed, 45, and his wife said the law was fair.",
        {"Tom Reed": []},
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_appositive_portfolio_list(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    doc = nlp(text)
    people = {
        info.name: sorted(info.titles)
        for info in doc._.entity_info.values()
        if info.type == "PERSON"
    }
    assert people == {name: sorted(titles) for name, titles in expected.items()}
