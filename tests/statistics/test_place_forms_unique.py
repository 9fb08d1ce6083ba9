"""The place matcher keeps every form under one key and the form matched names its place
(``areas.PLACE_KEY``): no form of the place lists may name two places, or one would be
read as the other without a word."""

from __future__ import annotations

from spacy.language import Language

from pressfacts.phrase_arrays import PhraseArrays
from pressfacts.statistics.place_spellings import place_forms


def test_no_place_form_names_two_places(nlp: Language) -> None:
    areas = nlp.get_pipe("pressfacts_numbers").reader.areas  # type: ignore[attr-defined]
    phrases = PhraseArrays(nlp.make_doc)
    places_of: dict[tuple[int, ...], set[str]] = {}
    for name in areas._places.values():
        for form in phrases.of("LOWER", sorted(place_forms(name))):
            places_of.setdefault(form, set()).add(name)
    assert len(places_of) > 4000  # the place lists were read
    assert [names for names in places_of.values() if len(names) > 1] == []
