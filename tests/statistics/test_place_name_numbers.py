"""A number word inside a place's name is no figure (rule ``number-word-in-place-name``,
``place_name_numbers``): "the Dacorum and Three Rivers districts" states no count 3; a
number word or digits beside the place, not inside its name, are still read. Sentences
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import Place
from pressfacts.statistics.place_name_numbers import RULE, outside_place_names
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the 80 burglaries were in the Watford and Three Rivers districts.",
         [(80, "Watford and Three Rivers")]),
        ("Three Rivers recorded 41 thefts of number plates.", [(41, "Three Rivers")]),
        ("Three Rivers District Council fined 12 dealers.", [(12, "Three Rivers")]),
        # near misses: a number word or digits beside the place are counts
        ("Three men were arrested in Three Rivers.", [(3, "Three Rivers")]),
        ("Officers arrested 3 men in Three Rivers.", [(3, "Three Rivers")]),
        ("Police in Three Rivers seized three vans.", [(3, "Three Rivers")]),
    ],
)  # fmt: skip
def test_a_number_word_in_a_place_name_is_no_figure(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


def test_only_words_inside_a_place_are_set_aside() -> None:
    sentence = "in Three Rivers and 3 more"
    place = Place(3, 15, "Three Rivers", "place")
    raw = [(3, 8, 3.0, "", None), (20, 21, 3.0, "", None)]
    assert outside_place_names(raw, sentence, 0, [place]) == [raw[1]]
    assert RULE == "number-word-in-place-name"
