"""The Centre for Women's Justice, the charity that brings legal challenges over the
policing of violence against women, is a gazetteer charity (``charities.jsonl``), with its
curly-apostrophe form and its initials; so are Women in Prison and Clinks, the charities
of women in the justice system and of the voluntary groups that work in it (the lower-case
"women in prison" is no name); a title's organisation after "of" is dropped once the
charity is known. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The report was published by the Centre for Women's Justice on Monday.",
            [("Centre for Women's Justice", "CHARITY")],
        ),
        (
            "Lawyers at the Centre for Women’s Justice wrote to the force.",
            [("Centre for Women’s Justice", "CHARITY")],
        ),
        ("The CWJ said the force had not replied.", [("CWJ", "CHARITY")]),
        (
            "Women in Prison said 60% of its clients had been abused.",
            [("Women in Prison", "CHARITY")],
        ),
        ("Clinks said 40% of its members had cut services.", [("Clinks", "CHARITY")]),
        ("Most women in prison have been victims of abuse.", []),
        # near misses: a women's centre or a justice centre of no known name
        ("The women's justice centre in the town closed in May.", []),
        ("Officers met staff at the justice centre.", []),
    ],
)
def test_womens_justice_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found


def test_director_of_the_charity_drops_it(nlp: Language) -> None:
    text = (
        'Ruth Adeyemi, director of the Centre for Women\'s Justice, said: "Forces must do better."'
    )
    assert people(nlp, text)["Ruth Adeyemi"].titles == ["Director"]
