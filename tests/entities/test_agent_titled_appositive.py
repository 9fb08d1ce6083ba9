"""A person named as a passive's agent, then a title in commas ("launched in Colne by
Ruth Okoye, the Police and Crime Commissioner for Cumbria, after …"), is a person with
that title (person rule ``agent_titled_appositive``); an appositive may close before an
adverbial clause's opening word as before a full stop (``predicate_verbs.CLAUSE_OPENERS``:
"after", "during", "following" …). Sentences invented for these tests; the near misses
are a force after "by", an appositive with no title and a name with no appositive."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = [
    pytest.param(
        "The scheme was launched in Colne by Ruth Okoye, the Police and Crime Commissioner "
        "for Cumbria, after burglaries of shops rose.",
        {"Ruth Okoye": ["Police and Crime Commissioner"]},
        id="pcc-after",
    ),
    pytest.param(
        "The new radios were handed over by Ian Dobbs, the Chief Constable, during a visit "
        "to the market.",
        {"Ian Dobbs": ["Chief Constable"]},
        id="rank-during",
    ),
    pytest.param(
        "The hub was opened by Priya Walsh, the chief executive of Safer Streets Trust.",
        {"Priya Walsh": ["Chief Executive"]},
        id="closing-sentence",
    ),
    pytest.param(
        "“We will not stop,” said Tom Hale, the Deputy Chief Constable, following the raids.",
        {"Tom Hale": ["Deputy Chief Constable"]},
        id="said-following",
    ),
    # near misses: a force after "by"; no title in the appositive; no appositive at all
    pytest.param(
        "The award was given by Durham Constabulary, the force that led it, after a vote.",
        {},
        id="force-agent",
    ),
    pytest.param(
        # no title from this rule; the person is found by ``passive_agent`` (a given name)
        "The fete was opened by Ruth Okoye, a mother of three, after the storm.",
        {"Ruth Okoye": []},
        id="no-title",
    ),
    pytest.param("The van was stolen by Ian Dobbs after midnight.", {}, id="no-appositive"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_agent_with_a_title_in_commas(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
