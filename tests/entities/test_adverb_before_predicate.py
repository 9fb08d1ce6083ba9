"""An adverb between a titled appositive and its verb ("…, the Police and Crime
Commissioner for Kent, also welcomed the plan") still vouches for the name (rule
``adverb_before_predicate``, ``predicate_verbs.PREDICATE_ADVERBS`` in the person rule
``name_appositive_verb``), as a second named subject joined after it does (rule
``joined_titled_subject``, ``predicate_verbs.JOINED_NAMED_SUBJECT``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def people(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [i.name for i in doc._.entity_info.values() if i.type == "PERSON"]


ROWS = [
    pytest.param(
        "Amy Cole, Essex's Police, Fire and Crime Commissioner, also welcomed the report.",
        ["Amy Cole"],
        id="also-welcomed",
    ),
    pytest.param(
        "Raj Gill, head of policy at the charity, also backed the plan.",
        ["Raj Gill"],
        id="also-backed",
    ),
    pytest.param(
        "Tom Shaw, the council's cabinet member for housing, has also said the plan is good.",
        ["Tom Shaw"],
        id="auxiliary-then-adverb",
    ),
    pytest.param(
        "Nia Rees, the Children's Commissioner for Wales, jointly launched the guide.",
        ["Nia Rees"],
        id="jointly",
    ),
    pytest.param(
        "Amy Cole, Essex's Police, Fire and Crime Commissioner, and Ben Harris, Chief Constable "
        "of Essex Police, welcomed the report.",
        ["Amy Cole", "Ben Harris"],
        id="joined-titled-subject",
    ),
    pytest.param(
        "Amy Cole, Essex's Police, Fire and Crime Commissioner, and Chief Constable Ben Harris "
        "opened the hub.",
        ["Amy Cole", "Ben Harris"],
        id="joined-ranked-subject",
    ),
    # near misses: no title in the appositive; a joined subject that is no name
    pytest.param("Long Lane, the road to the farm, also flooded in May.", [], id="no-title"),
    pytest.param(
        "Long Lane, the road to the farm, and Mill Lane, the road to the mill, flooded.",
        [],
        id="joined-no-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_adverb_before_predicate(nlp: Language, text: str, expected: list[str]) -> None:
    assert people(nlp, text) == expected
