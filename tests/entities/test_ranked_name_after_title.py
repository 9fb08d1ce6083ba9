"""A leading title set off by a comma before a name that carries a rank of
:data:`~pressfacts.entities.person_rules.NAME_RANKS` ("The Police and Crime Commissioner
for Gwent, Councillor Jo Bell, said"): both are the person's titles (rules
``title_phrase_then_name`` and ``title_comma_name``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "The Police and Crime Commissioner for Gwent, Councillor Ffion Rees, said she would act.",
        "Ffion Rees",
        ["Police and Crime Commissioner", "Councillor"],
        id="pcc-for-place-councillor",
    ),
    pytest.param(
        "The leader of Wakefield Council, Cllr Dominic Hart, said the money was welcome.",
        "Dominic Hart",
        ["Leader", "Councillor"],
        id="leader-of-council-cllr",
    ),
    pytest.param(
        "The Deputy Mayor, Councillor Asha Patel, has said the plan will go ahead.",
        "Asha Patel",
        ["Deputy Mayor", "Councillor"],
        id="title-comma-name",
    ),
    # near misses: an honorific is no title; a rank with no leading title is the only title
    pytest.param(
        "The Police and Crime Commissioner for Gwent, Mrs Ffion Rees, said she would act.",
        "Ffion Rees",
        ["Police and Crime Commissioner"],
        id="honorific-only",
    ),
    pytest.param(
        "Councillor Asha Patel said the plan will go ahead.",
        "Asha Patel",
        ["Councillor"],
        id="rank-alone",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_a_ranked_name_keeps_the_leading_title(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    people = {info.name: info for info in nlp(text)._.entity_info.values()}
    assert sorted(people[name].titles) == sorted(titles)
