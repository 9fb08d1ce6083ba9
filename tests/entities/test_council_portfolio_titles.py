"""A council's cabinet or executive member, lead member or portfolio holder holds that
title with its portfolio, also before the name after the council's possessive
(``titles.jsonl`` entries ``cabinet-member``, ``executive-member``, ``lead-member``,
``portfolio-holder``; rule ``title_comma_name``): "Dunmore Council's cabinet member for
community safety, Jo Bell, said". Sentences invented; the near miss is a member of no
portfolio."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Medway Council's cabinet member for community safety, Amal Reid, said the cameras "
        "would help.",
        "Amal Reid",
        [("Cabinet Member for Community Safety", "org:medway-council")],
        id="cabinet-member-before-name",
    ),
    pytest.param(
        "Wiltshire Council's executive member for safer communities, Cllr Rob Hale, said "
        "the order had worked.",
        "Rob Hale",
        [("Councillor", None), ("Executive Member for Safer Communities", "org:wiltshire-council")],
        id="executive-member-and-rank",
    ),
    pytest.param(
        "The council's portfolio holder for communities, Cllr Dee Ward, said it would stay.",
        "Dee Ward",
        [("Councillor", None), ("Portfolio Holder for Communities", None)],
        id="portfolio-holder",
    ),
    pytest.param(
        "Lead Member for Children's Services Omar Price said referrals had fallen.",
        "Omar Price",
        [("Lead Member for Children's Services", None)],
        id="lead-member-capitalised",
    ),
]


@pytest.mark.parametrize(("text", "name", "roles"), ROWS)
def test_council_portfolio_titles(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None]]
) -> None:
    found = people(nlp, text)[name]
    assert sorted((role.title, role.organisation) for role in found.roles) == sorted(roles)
