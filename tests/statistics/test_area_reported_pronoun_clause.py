""" " and that" + a pronoun (or a short noun subject with "had", "was" …: part
``reported_noun_clause``) opens the second of two reported clauses even with no comma
(``elided_words.REPORTED_PRONOUN_CLAUSE``, rule ``reported_pronoun_clause``, in
``clause_breaks.CLAUSE_BREAK``): its place is its own, not the figure's before it. Every
sentence is invented for the test; the near misses keep one clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Norfolk Constabulary said thefts from vans had fallen by 14% since 2024 and "
            "that it was recruiting 42 more special constables in Thetford.",
            [(14, "Norfolk"), (42, "Thetford")],
            id="it-after-a-change",
        ),
        pytest.param(
            "Dorset Police said it had seized 63 bikes this year and that they would be "
            "crushed at a yard in Poole along with 20 more.",
            [(63, "Dorset"), (20, "Poole")],
            id="they-after-a-count",
        ),
        pytest.param(
            "Age UK Leeds said demand for its befriending calls had almost doubled and that "
            "it needed 25 more volunteers in Otley and Wetherby.",
            [(2, "Leeds"), (25, "Otley and Wetherby")],
            id="charity-doubling",
        ),
        # part reported_noun_clause: a short noun subject with "had", "was" …
        pytest.param(
            "Kent Police said it had recovered 40 stolen caravans since 2023 and that "
            "cloned plates had been found on nine vans in Ashford this year.",
            [(40, "Kent"), (9, "Ashford")],
            id="noun-subject-had-been",
        ),
        pytest.param(
            "Cheshire Police said officers had seized 31 e-bikes and that two riders were "
            "arrested in Crewe.",
            [(31, "Cheshire"), (2, "Crewe")],
            id="noun-subject-were",
        ),
        # near misses: a noun subject after "and that" (one clause, as before) and a
        # demonstrative "that figure"
        pytest.param(
            "Dorset Police said it had seized 63 bikes and that officers in Poole made 20 arrests.",
            [(63, "Poole"), (20, "Poole")],
            id="near-miss-noun-subject",
        ),
        pytest.param(
            "Norfolk Constabulary said thefts had fallen by 14% and that figure was lower "
            "in Thetford.",
            [(14, "Thetford")],
            id="near-miss-demonstrative",
        ),
    ],
)
def test_a_pronoun_led_reported_clause_has_its_own_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
