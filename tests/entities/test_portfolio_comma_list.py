"""Rule ``portfolio_comma_list`` (:data:`pressfacts.entities.portfolio_runs.
LOWER_PORTFOLIO_LIST`): a title before a comma and a name may carry a portfolio listed with
commas and closed by "and" ("deputy mayor for policing, crime and criminal justice, Jo
Bell, said"), as it already may after the name. Sentences invented for the test; near
misses: a comma run with no "and", and a list after the name (unchanged).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "West Yorkshire's deputy mayor for policing, crime and criminal justice, Omar Reece, "
        "said the patrols would continue.",
        "Omar Reece",
        ["Deputy Mayor for Policing, Crime and Criminal Justice"],
        id="possessive-place-deputy-mayor",
    ),
    pytest.param(
        "The council's cabinet member for housing, planning and transport, Cllr Ruth Aston, "
        "said the plan was fair.",
        "Ruth Aston",
        ["Cabinet Member for Housing, Planning and Transport", "Councillor"],
        id="cabinet-member-and-rank",
    ),
    pytest.param(
        "The charity's director of policy, research and campaigns, Leah Dunmore, said: "
        "\u201cWe need action.\u201d",
        "Leah Dunmore",
        ["Director of Policy, Research and Campaigns"],
        id="director-before-quote",
    ),
    # a subject of two words inside the list ("young people", "community safety")
    pytest.param(
        "Sheffield City Council's cabinet member for schools, young people and families, "
        "Priya Marsh, said the pilot would grow.",
        "Priya Marsh",
        ["Cabinet Member for Schools, Young People and Families"],
        id="two-word-subject",
    ),
    pytest.param(
        "The borough's lead member for housing, community safety and parks, Dev Okafor, said "
        "the scheme had worked.",
        "Dev Okafor",
        ["Lead Member for Housing, Community Safety and Parks"],
        id="two-word-subject-second",
    ),
    # near misses: no "and" closing the run; the list after the name
    pytest.param(
        "The council's head of policy, young people, Leah Dunmore, said it was fine.",
        "Leah Dunmore",
        [],
        id="two-words-no-and",
    ),
    pytest.param(
        "The charity's head of policy, research, Leah Dunmore, said it was fine.",
        "Leah Dunmore",
        [],
        id="no-and",
    ),
    pytest.param(
        "Omar Reece, deputy mayor for policing, crime and criminal justice, said it was fine.",
        "Omar Reece",
        ["Deputy Mayor for Policing, Crime and Criminal Justice"],
        id="after-the-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_portfolio_comma_list(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
