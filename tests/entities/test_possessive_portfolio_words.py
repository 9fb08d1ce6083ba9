"""A portfolio written in lower case between an owner's possessive and the title may hold a
possessive word naming whom the post serves, which keeps its apostrophe
(``title_context.POSSESSIVE_PORTFOLIO_WORD``, rule ``possessive_portfolio_word``): "Keele
SU's international students' officer, Ola Penn, said" gives "International Students'
Officer". Sentences invented; the near misses keep a plain portfolio or none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Exeter Students' Union's international students' officer, Ola Penn, said: "
        '"Nobody will ring you for money."',
        "Ola Penn",
        ["International Students' Officer"],
        id="plural-possessive-portfolio",
    ),
    pytest.param(
        "The union's women's officer, Kit Rowe, said: \"Tell someone straight away.\"",
        "Kit Rowe",
        ["Women's Officer"],
        id="irregular-plural-possessive",
    ),
    pytest.param(
        "Durham Constabulary's victims' lead, Ann Tully, said: \"Every report counts.\"",
        "Ann Tully",
        ["Victims' Lead"],
        id="possessive-before-lead",
    ),
    # near misses: a plain lower-case portfolio, and none
    pytest.param(
        'Kent Police\'s chief digital officer, Ravi Dean, said: "It works."',
        "Ravi Dean",
        ["Chief Digital Officer"],
        id="near-miss-plain-portfolio",
    ),
    pytest.param(
        'The union\'s officer, Kit Rowe, said: "Tell someone straight away."',
        "Kit Rowe",
        ["Officer"],
        id="near-miss-no-portfolio",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_possessive_portfolio_words(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
