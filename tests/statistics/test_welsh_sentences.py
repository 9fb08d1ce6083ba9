"""A bilingual release's Welsh sentences state no figure of their own (``lexicon.welsh``):
the English sentence beside them does. Sentences invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.lexicon.welsh import is_welsh
from pressfacts.statistics.figures import candidate_figures

WELSH = [
    pytest.param(
        "Cafodd 41 o bobl eu harestio yn ystod yr ymgyrch yng Ngheredigion.", id="passive"
    ),
    pytest.param("Mae'r llu wedi atafaelu 12 o gerbydau ers mis Mai.", id="since"),
    pytest.param("Dywedodd y Prif Gwnstabl fod 300 o swyddogion ar ddyletswydd.", id="reported"),
]
ENGLISH = [
    pytest.param("Officers made 41 arrests in Ynys Môn and Pen-y-bont.", id="welsh-places"),
    pytest.param("The force seized 12 vehicles in Bangor since May.", id="plain"),
    pytest.param("Y Bont Faen and Llan-y-pwll saw 9 burglaries in 2024.", id="place-led"),
]


@pytest.mark.parametrize("sentence", WELSH)
def test_a_welsh_sentence_states_no_figure(sentence: str) -> None:
    assert is_welsh(sentence.lower()) and candidate_figures(sentence) == []


@pytest.mark.parametrize("sentence", ENGLISH)
def test_an_english_sentence_with_welsh_names_keeps_its_figures(sentence: str) -> None:
    assert not is_welsh(sentence.lower()) and candidate_figures(sentence)
