"""Rule ``word_count_subject`` (a count in words of
:data:`pressfacts.statistics.clause_breaks._SHARE_SUBJECT`): ", and" + a count in words as
the subject of its own verb opens a clause of its own place, as a count in digits does
(``FIGURE_SUBJECT``): "Half were about vans, and twelve came from Dover" gives Dover to the
twelve, not to the half. Sentences invented for the test; near misses: a count in words
with its own noun after it (the same subject's list), and a place inside the share's own
clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers logged 60 calls in Kent last year. Half were about vans, and twelve "
            "came from Dover.",
            [(60, "Kent"), (50, "Kent"), (12, "Dover")],
            id="word-count-came-from",
        ),
        pytest.param(
            "Wardens found 48 traps across Powys in 2023. Around a third were illegal, and "
            "nine were in Brecon.",
            [(48, "Powys"), (33.3, "Powys"), (9, "Brecon")],
            id="word-count-were-in",
        ),
        # near misses: a noun after the count (one subject's list); the share's own place
        pytest.param(
            "Officers logged 60 calls in Kent last year. Half were about vans, and twelve "
            "calls came from Dover.",
            [(60, "Kent"), (50, "Dover"), (12, "Dover")],
            id="count-with-its-noun",
        ),
        pytest.param(
            "Officers logged 60 calls in Kent last year. Half were about vans in Dover, and "
            "twelve about cars.",
            [(60, "Kent"), (50, "Dover")],
            id="share-own-place",
        ),
    ],
)
def test_word_count_subject_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
